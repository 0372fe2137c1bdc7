"""The three real PDFs, values checked against the rendered pages.

Read twice: through ``textmine.load`` (the PDF reader hands over ruled tables as grids) and
from the PDF's text alone (pdfplumber's page text, no grids), which is what the table parser
must fall back on when a reader finds no ruling: number lines above or below wrapped
labels, vertical group labels in single characters, all fifteen table-四 values on one line.
"""
from __future__ import annotations

import pytest

from textmine.readers import load
from textmine.readers.builder import DocumentBuilder
from textmine.sections import split_sections
from textmine.tables import parse_tables

APPLICANTS = ("natural_person", "business", "research", "social_org", "legal_service", "other_org", "total")
BLOCKS = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
PARTS = ("upheld", "corrected", "other", "pending", "total")

ROWS_2019 = ("new", "carried_over", "granted", "partial", "denied.state_secret", "denied.law_forbidden",
             "denied.three_safety_one_stability", "denied.third_party", "denied.internal_affairs",
             "denied.process_info", "denied.enforcement_file", "denied.admin_query", "unavailable.not_held",
             "unavailable.needs_creation", "unavailable.unclear", "not_processed.petition",
             "not_processed.repeat", "not_processed.publication", "not_processed.massive",
             "not_processed.confirm", "other", "total", "carried_forward")

#: 洪泽区: only natural persons applied, so natural person = total and other columns are 0;
#: the values below are the natural-person column of the 23-row table 三
HONGZE = {
    "hongze2023": {
        "active": {"regulations": [0, 0, 0], "normative_documents": [0, 5, 5], "licensing": [550],
                   "punishment": [4119], "coercion": [195], "fees": [7730.28]},
        "natural": {"new": 21, "carried_over": 0, "granted": 0, "partial": 4, "denied.state_secret": 1,
                    "denied.law_forbidden": 0, "denied.three_safety_one_stability": 0, "denied.third_party": 0,
                    "denied.internal_affairs": 0, "denied.process_info": 1, "denied.enforcement_file": 1,
                    "denied.admin_query": 0, "unavailable.not_held": 10, "unavailable.needs_creation": 3,
                    "unavailable.unclear": 0, "not_processed.petition": 1, "not_processed.repeat": 0,
                    "not_processed.publication": 0, "not_processed.massive": 0, "not_processed.confirm": 0,
                    "other": 0, "total": 21, "carried_forward": 0},
        # the report's own totals are 0 while its parts are not: parsed as written
        "review": [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0],
    },
    "hongze2024": {
        "active": {"regulations": [0, 0, 0], "normative_documents": [3, 0, 8], "licensing": [9487],
                   "punishment": [2776], "coercion": [84], "fees": [7545]},
        "natural": {"new": 95, "carried_over": 0, "granted": 50, "partial": 9, "denied.state_secret": 0,
                    "denied.law_forbidden": 0, "denied.three_safety_one_stability": 1, "denied.third_party": 0,
                    "denied.internal_affairs": 0, "denied.process_info": 1, "denied.enforcement_file": 1,
                    "denied.admin_query": 0, "unavailable.not_held": 31, "unavailable.needs_creation": 1,
                    "unavailable.unclear": 0, "not_processed.petition": 1, "not_processed.repeat": 0,
                    "not_processed.publication": 0, "not_processed.massive": 0, "not_processed.confirm": 0,
                    "other": 0, "total": 95, "carried_forward": 0},
        "review": [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3],
    },
}

HUAIAN_APPLICATIONS = {
    "new": [3001, 53, 0, 0, 61, 4, 3119], "carried_over": [34, 0, 0, 0, 0, 0, 34],
    "granted": [1288, 21, 0, 0, 50, 3, 1362], "partial": [447, 7, 0, 0, 0, 0, 454],
    "denied.state_secret": [2, 0, 0, 0, 0, 0, 2], "denied.law_forbidden": [30, 1, 0, 0, 0, 0, 31],
    "denied.three_safety_one_stability": [5, 0, 0, 0, 0, 0, 5], "denied.third_party": [6, 0, 0, 0, 0, 0, 6],
    "denied.internal_affairs": [7, 1, 0, 0, 0, 0, 8], "denied.process_info": [12, 0, 0, 0, 0, 0, 12],
    "denied.enforcement_file": [9, 0, 0, 0, 0, 0, 9], "denied.admin_query": [105, 0, 0, 0, 0, 0, 105],
    "unavailable.not_held": [746, 12, 0, 0, 10, 1, 769], "unavailable.needs_creation": [11, 0, 0, 0, 0, 0, 11],
    "unavailable.unclear": [1, 0, 0, 0, 0, 0, 1], "not_processed.petition": [56, 6, 0, 0, 0, 0, 62],
    "not_processed.repeat": [25, 0, 0, 0, 0, 0, 25], "not_processed.publication": [0] * 7,
    "not_processed.massive": [0] * 7, "not_processed.confirm": [1, 0, 0, 0, 0, 0, 1],
    "other.no_correction": [67, 3, 0, 0, 1, 0, 71], "other.no_fee": [6, 0, 0, 0, 0, 0, 6],
    "other.other": [108, 2, 0, 0, 0, 0, 110], "total": [2932, 53, 0, 0, 61, 4, 3050],
    "carried_forward": [103, 0, 0, 0, 0, 0, 103],
}
HUAIAN_ACTIVE = {"regulations": [1, 0, 11], "normative_documents": [8, 26, 66], "licensing": [447228],
                 "punishment": [3985758], "coercion": [88283], "fees": [96171.6]}
HUAIAN_REVIEW = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]


def text_only(path) -> "Document":  # noqa: F821
    """The PDF as its page text alone (no grids): what a reader without ruling gives."""
    pdfplumber = pytest.importorskip("pdfplumber")
    builder = DocumentBuilder(str(path), "pdf")
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            builder.start_page()
            builder.add_text((page.extract_text() or "") + "\n")
            builder.end_page()
    return builder.build()


def _tables(doc):
    return parse_tables(doc, split_sections(doc))


def _check_active(table, expected):
    assert table.template == "2021"
    got = {row: [v.value for v in table.values if v.row == row] for row in expected}
    assert got == expected
    assert all(v.status == "value" for v in table.values)


def _check_review(table, flat):
    got = [table.value(b, p) for b in BLOCKS for p in PARTS]
    assert got == flat
    assert all(v.status == "value" for v in table.values)


@pytest.mark.parametrize("name", ["hongze2023", "hongze2024"])
@pytest.mark.parametrize("how", ["load", "text"])
def test_hongze_23_row_table(real_pdf, name, how):
    path = real_pdf(name)
    doc = load(path) if how == "load" else text_only(path)
    tables = _tables(doc)
    expected = HONGZE[name]
    _check_active(tables["active_disclosure"], expected["active"])
    apps = tables["applications"]
    assert apps.template == "2019"  # the single （六）其他处理 row
    assert list(apps.to_dict()) == list(ROWS_2019)
    for row, natural in expected["natural"].items():
        assert [apps.value(row, c) for c in APPLICANTS] == [natural, 0, 0, 0, 0, 0, natural], row
    assert apps.get("other.no_correction", "total") is None  # absent, never guessed
    assert all(v.status == "value" for v in apps.values)
    _check_review(tables["review_litigation"], expected["review"])
    if how == "text":
        assert {t.rendering for t in tables.values()} == {"pdf-lines"}
    for table in tables.values():
        for v in table.values:
            assert doc.text[v.start:v.end] == v.raw


@pytest.mark.parametrize("how", ["load", "text"])
def test_huaian_2024(real_pdf, how):
    path = real_pdf("huaian2024")
    doc = load(path) if how == "load" else text_only(path)
    tables = _tables(doc)
    _check_active(tables["active_disclosure"], HUAIAN_ACTIVE)
    apps = tables["applications"]
    assert apps.template == "2021"
    got = {row: [apps.value(row, c) for c in APPLICANTS] for row in HUAIAN_APPLICATIONS}
    assert got == HUAIAN_APPLICATIONS
    assert all(v.status == "value" for v in apps.values)
    _check_review(tables["review_litigation"], HUAIAN_REVIEW)
    assert tables["review_litigation"].template == "2021"


def test_real_pdf_tables_say_how_they_were_read(real_pdf):
    doc = load(real_pdf("huaian2024"))
    tables = _tables(doc)
    if doc.tables:  # the reader found the ruled tables
        assert {t.rendering for t in tables.values()} == {"pdf-grid"}
    for table in tables.values():
        assert table.issues == ()
