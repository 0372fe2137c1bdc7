"""Every cell of the seed report's three tables (TSV with shifted merged-cell rows)."""
from __future__ import annotations

import pytest

from textmine.readers import load
from textmine.sections import split_sections
from textmine.tables import parse_tables

APPLICANTS = ("natural_person", "business", "research", "social_org", "legal_service", "other_org", "total")

#: the seed's table 三 as printed: only rows new, granted and total are non-zero
SEED_APPLICATIONS = {
    "new": [8, 0, 0, 0, 0, 0, 8],
    "carried_over": [0] * 7,
    "granted": [8, 0, 0, 0, 0, 0, 8],
    **{row: [0] * 7 for row in (
        "partial", "denied.state_secret", "denied.law_forbidden", "denied.three_safety_one_stability",
        "denied.third_party", "denied.internal_affairs", "denied.process_info", "denied.enforcement_file",
        "denied.admin_query", "unavailable.not_held", "unavailable.needs_creation", "unavailable.unclear",
        "not_processed.petition", "not_processed.repeat", "not_processed.publication",
        "not_processed.massive", "not_processed.confirm", "other.no_correction", "other.no_fee",
        "other.other")},
    "total": [8, 0, 0, 0, 0, 0, 8],
    "carried_forward": [0] * 7,
}


@pytest.fixture(scope="module")
def seed(request):
    from conftest import SEED

    if not SEED.exists():
        pytest.skip("seed report not available")
    doc = load(SEED)
    return doc, parse_tables(doc, split_sections(doc))


def test_seed_active_disclosure_every_cell(seed):
    doc, tables = seed
    t = tables["active_disclosure"]
    assert (t.template, t.rendering) == ("2021", "tsv")
    assert t.to_dict() == {
        "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
        "normative_documents": {"issued": 0, "repealed": 0, "in_force": 11},
        "licensing": {"decisions": 716}, "punishment": {"decisions": 59},
        "coercion": {"decisions": 0}, "fees": {"amount": 0},
    }
    assert all(v.status == "value" for v in t.values)
    assert t.issues == ()


def test_seed_applications_every_cell(seed):
    doc, tables = seed
    t = tables["applications"]
    assert (t.template, t.rendering) == ("2021", "tsv")
    got = {row: [t.get(row, col).value for col in APPLICANTS] for row in SEED_APPLICATIONS}
    assert got == SEED_APPLICATIONS
    assert len(t.values) == 25 * 7
    assert all(v.status == "value" for v in t.values)
    # rows in template order
    assert list(t.to_dict()) == list(SEED_APPLICATIONS)


def test_seed_review_every_cell(seed):
    doc, tables = seed
    t = tables["review_litigation"]
    assert t.rendering == "tsv"
    assert t.to_dict() == {block: {c: 0 for c in ("upheld", "corrected", "other", "pending", "total")}
                           for block in ("reconsideration", "litigation_direct", "litigation_after_reconsideration")}


def test_seed_offsets_point_at_the_written_values(seed):
    doc, tables = seed
    for table in tables.values():
        for v in table.values:
            assert v.start is not None and v.end is not None
            assert doc.text[v.start:v.end] == v.raw, (table.key, v.row, v.column)
    licensing = tables["active_disclosure"].get("licensing", "decisions")
    line = doc.text[doc.text.rfind("\n", 0, licensing.start) + 1:licensing.end]
    assert line == "行政许可\t716"
    # the shifted rows (lost their group tabs) are read by label: 3.其他 and (七) 总计
    other = tables["applications"].get("other.other", "natural_person")
    assert doc.text[doc.text.rfind("\n", 0, other.start) + 1:other.start].startswith("3.其他")
    total = tables["applications"].get("total", "total")
    assert doc.text[doc.text.rfind("\n", 0, total.start) + 1:total.end].startswith("(七) 总计\t8")


def test_seed_table_spans_cover_their_cells(seed):
    _, tables = seed
    for table in tables.values():
        assert table.start <= min(v.start for v in table.values)
        assert table.end >= max(v.end for v in table.values)
