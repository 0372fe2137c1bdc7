"""The corpus generator: deterministic by seed, truth consistent with itself and with the text."""
from __future__ import annotations

import html
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

import textmine
from corpora.generator import (LEVELS, RENDERING_WEIGHTS, RENDERINGS, SCRIPT_MARKER, TEMPLATES, generate_corpus,
                               generate_report)
from corpora.generator.tables import APPLICANT_COLUMNS, REVIEW_BLOCKS
from textmine.problems.topics import TOPIC_LABELS
from textmine.problems.units import section_units
from textmine.readers import read_bytes
from textmine.sections import split_sections

ROOT = Path(__file__).resolve().parent.parent
SEEDS = range(60)


def _plain_text(report) -> str:
    """What a reader should see: page text for HTML (tags dropped), document.xml runs for DOCX."""
    if report.format == "docx":
        xml = zipfile.ZipFile(io.BytesIO(report.data)).read("word/document.xml").decode("utf-8")
        return html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)))
    text = report.text
    if report.format == "html":
        text = html.unescape(re.sub(r"<script.*?</script>|<[^>]+>", "", text, flags=re.S))
    return text


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_same_seed_same_bytes_and_truth(rendering):
    a, b = generate_report(11, rendering=rendering), generate_report(11, rendering=rendering)
    assert a.data == b.data and a.truth == b.truth and a.name == b.name
    assert generate_report(12, rendering=rendering).data != a.data


def test_corpus_varies_levels_templates_renderings_and_formats():
    reports = list(generate_corpus(150))
    assert {r.truth["level"] for r in reports} == set(LEVELS)
    assert {r.truth["template"] for r in reports} == set(TEMPLATES)
    assert {r.rendering for r in reports} == {k for k, weight in RENDERING_WEIGHTS.items() if weight}
    assert "pdf" in RENDERINGS and RENDERING_WEIGHTS["pdf"] == 0  # PDFs only when asked for
    encodings = Counter(r.truth["encoding"] for r in reports if r.format == "txt")
    assert encodings["utf-8"] and encodings["gb18030"]
    assert len({r.truth["agency"] for r in reports}) > 120
    assert any(r.truth["planted"] for r in reports)


@pytest.mark.parametrize("seed", SEEDS)
def test_table_truth_adds_up(seed):
    tables = generate_report(seed).truth["tables"]
    if "applications" in tables:
        apps = tables["applications"]
        results = [k for k in apps if k not in ("new", "carried_over", "total", "carried_forward")]
        assert len(results) in (19, 21)  # 2019 / 2021 layouts
        for col in (*APPLICANT_COLUMNS, "total"):
            v = {k: apps[k][col] or 0 for k in apps}
            assert v["new"] + v["carried_over"] == v["total"] + v["carried_forward"]
            assert sum(v[k] for k in results) == v["total"]
        for row in apps.values():
            assert sum(row[c] or 0 for c in APPLICANT_COLUMNS) == row["total"]
    if "review_litigation" in tables:
        for block in REVIEW_BLOCKS:
            parts = tables["review_litigation"][block]
            assert sum(parts[p] or 0 for p in ("upheld", "corrected", "other", "pending")) == parts["total"]


@pytest.mark.parametrize("seed", SEEDS)
def test_narrative_figures_match_tables_and_text(seed):
    report = generate_report(seed)
    truth = report.truth
    text = _plain_text(report)
    for figure in truth["figures"]:
        assert figure["text"] in text, figure
    figures = truth["figures"]
    for i, total in enumerate(figures):
        if total.get("exhaustive"):
            parts = [f["value"] for f in figures if f.get("part_of") == i]
            assert parts and sum(parts) == total["value"]
    received = [f["value"] for f in figures if f["metric"] == "applications_received"]
    apps = truth["tables"].get("applications")
    if apps and received:
        if truth["planted"]:
            assert received[0] == truth["planted"][0]["narrative"] != apps["new"]["total"]
        else:
            assert received[0] == apps["new"]["total"]
    for sentence in truth["sentences"]:
        assert sentence["text"] in text and sentence["label"] in ("problem", "measure")
    labels = Counter(s["label"] for s in truth["sentences"])
    assert labels["problem"] >= 1 and labels["problem"] == labels["measure"]


@pytest.mark.parametrize("seed", SEEDS)
def test_every_table_cell_is_written(seed):
    report = generate_report(seed)
    text = _plain_text(report)
    for cell in report.truth["cells"]:
        assert cell["status"] in ("value", "blank", "not_applicable")
        if cell["status"] == "value":
            assert cell["raw"] in text and cell["value"] is not None
        else:
            assert cell["value"] is None


def test_html_scripts_are_there_to_be_ignored():
    report = generate_report(3, rendering="html")
    assert report.text.count(SCRIPT_MARKER) == 2
    assert SCRIPT_MARKER not in _plain_text(report)
    assert report.truth["script_marker"] == SCRIPT_MARKER


def test_docx_is_a_word_file_with_merged_tables():
    import docx

    report = generate_report(5, rendering="docx", template="2021", tables_missing=False)
    document = docx.Document(io.BytesIO(report.data))
    assert len(document.tables) == 3
    header = [c.text for c in document.tables[1].rows[0].cells]
    assert header[3:] == ["申请人情况"] * 7  # one cell spanning seven columns
    assert report.truth["title"] in document.paragraphs[0].text


def test_pdf_is_laid_out_on_numbered_pages_with_ruled_tables():
    import pypdfium2 as pdfium

    report = generate_report(5, rendering="pdf", template="2021", tables_missing=False)
    assert report.format == "pdf" and report.name.endswith(".pdf") and report.truth["encoding"] is None
    document = pdfium.PdfDocument(report.data)
    try:
        pages = [document[k] for k in range(len(document))]
        texts = [page.get_textpage().get_text_range().replace("\r\n", "") for page in pages]
        rules = sum(1 for page in pages for obj in page.get_objects() if obj.type == 2)
    finally:
        document.close()
    assert len(texts) >= 3 and rules > 100
    whole = "".join(texts)
    assert texts[0].startswith(report.truth["title"])
    assert all(cell["raw"] in whole for cell in report.truth["cells"] if cell["status"] == "value")
    for n, text in enumerate(texts, 1):  # every page ends with its number, in one of the styles
        assert text.rstrip().endswith((f"- {n} -", f"— {n} —", f"第{n}页 共{len(texts)}页")), text[-30:]


@pytest.mark.parametrize("rendering", ("tsv", "pipe", "cells"))
def test_text_renderings_read_back_with_all_six_parts(rendering):
    report = generate_report(21, rendering=rendering, template="2021")
    doc = textmine.load(report.data)
    assert doc.encoding.replace("-sig", "") == report.truth["encoding"].replace("-sig", "")
    sections = textmine.audit(doc).sections
    assert sections.keys == tuple(report.truth["sections"])


def test_pre_2019_outline_and_2019_table_keys():
    old = generate_report(8, template="pre-2019")
    assert "fees" in old.truth["sections"] and old.truth["tables"] == {}
    t2019 = generate_report(8, template="2019", tables_missing=False).truth["tables"]
    assert set(t2019["active_disclosure"]["licensing"]) == {"previous_count", "change", "decisions"}
    assert "other" in t2019["applications"] and "other.other" not in t2019["applications"]


def test_command_line_writes_files_and_truth(tmp_path):
    out = tmp_path / "corpus"
    subprocess.run([sys.executable, "-m", "corpora.generator", "--n", "6", "--out", str(out), "--seed", "40"],
                   check=True, cwd=ROOT, capture_output=True)
    truth = [json.loads(line) for line in (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [t["seed"] for t in truth] == list(range(40, 46))
    for t in truth:
        assert (out / t["file"]).read_bytes() == generate_report(t["seed"]).data


def test_section_five_units_are_mostly_distinct():
    """Real reports share phrasing, not sentences: a 五 unit (as the analyser cuts it) seldom
    repeats across agencies, so per-text caches must not hit more on generated corpora."""
    units = Counter()
    for seed in SEEDS:
        report = generate_report(seed)
        doc = read_bytes(report.data, report.name, report.format)
        units.update(u.clean for u in section_units(doc, split_sections(doc)))
    total = sum(units.values())
    assert total > 5 * len(SEEDS)
    assert len(units) / total >= 0.9, units.most_common(10)


_CHECKABLE = re.compile(r"\d|《(?!条例》)|“[^”]+”|由办公室|每(?:月|季度|周|半年)")
_UNCHECKABLE_BREACH = re.compile(r"\d|《(?!条例》)|每(?:月|季度|周|半年)|牵头|由办公室|%")


def test_section_five_truth_is_consistent():
    """Topics come from the taxonomy, measures mirror the problems' topics in order, a
    specific measure carries a checkable marker and a boilerplate one none (field guide §4.3)."""
    for seed in range(200):
        sentences = generate_report(seed).truth["sentences"]
        problems = [s for s in sentences if s["label"] == "problem"]
        measures = [s for s in sentences if s["label"] == "measure"]
        assert [p["topics"][0] for p in problems] == [m["topics"][0] for m in measures]
        assert len({p["topics"][0] for p in problems}) == len(problems)
        for s in sentences:
            assert s["topics"] and set(s["topics"]) <= set(TOPIC_LABELS), s
            if s["label"] == "problem":
                assert not s["specific"] and not re.search(r"\d", s["text"]), s
            elif s["specific"]:
                assert _CHECKABLE.search(s["text"]), s
            else:
                assert not _UNCHECKABLE_BREACH.search(s["text"]), s
