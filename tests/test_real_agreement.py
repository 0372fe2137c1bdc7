"""Two annotators of the same real pages (textmine.real.agreement, `eval real --second`): the second
annotator's figures are scored against the first with the audit's own matcher. The first
annotation is a real dev page of ../shared (skipped without it); the second is written here from
it with known differences, so every count below follows from them."""
from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from textmine.cli import main
from textmine.real.agreement import annotator_as_audit, compare, marked_figures
from textmine.real.evaluation import score_page
from textmine.real.pages import Annotation, Page, default_annotation_paths, load_annotations, load_pages

PAGE = "p004"  # a dev page whose first figures are items, then documents


@pytest.fixture(scope="module")
def first():
    pages = load_pages()
    if not pages:
        pytest.skip("../shared/corpora/real-pages is not beside the project")
    annotations = {a.page_id: a for a in load_annotations(default_annotation_paths(), pages)}
    return pages, annotations[PAGE]


def _second(annotation, figures):
    return replace(annotation, figures=tuple(figures), origin="second.jsonl:1")


def test_the_same_annotation_agrees_fully(first):
    pages, one = first
    result = score_page(pages[PAGE], one, annotator_as_audit(_second(one, one.figures)))
    named = len([f for f in one.figures if f["metric"] != "other"])
    assert (result.with_metric.tp, result.with_metric.fp, result.with_metric.fn) == (named, 0, 0)


def test_a_changed_metric_and_a_dropped_figure_are_counted(first):
    pages, one = first
    figures = [dict(f) for f in one.figures]
    assert figures[0]["metric"] == "items_published" and figures[1]["metric"] == "documents_published"
    figures[0]["metric"] = "documents_published"   # the same number read as documents
    dropped = figures.pop()                          # the last figure not marked at all
    assert dropped["metric"] != "other" and not dropped.get("same_span")
    agreement = compare([one], [_second(one, figures)], pages)
    (vs_first,) = agreement.second_vs_first
    named = len([f for f in one.figures if f["metric"] != "other"])
    assert (vs_first.by_value.tp, vs_first.by_value.fn) == (named - 1, 1)
    assert (vs_first.with_metric.tp, vs_first.with_metric.fp, vs_first.with_metric.fn) == (named - 2, 1, 2)
    assert agreement.metric_disagreements == {("items_published", "documents_published"): 1}
    # textmine is scored against both annotations of the same page
    assert len(agreement.textmine_vs_first) == len(agreement.textmine_vs_second) == 1


def test_marked_figures_sit_on_their_numbers(first):
    pages, one = first
    from textmine.readers import read_text

    text = read_text(pages[PAGE].text).text
    marked = marked_figures(one, text)
    assert marked and all(str(int(m.value)) in text[m.value_start:m.value_end].replace(",", "")
                          or m.value == 0 for m in marked)


def test_cli_prints_the_three_agreements(first, tmp_path, capsys):
    pages, one = first
    line = {"id": one.page_id, "split": one.split, "source": one.page_id, "sha1": pages[PAGE].sha1,
            "fragment": one.fragment, "agency_level": one.agency_level, "figures": list(one.figures),
            "checks": []}
    second = tmp_path / "figures-second.jsonl"
    second.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval", "real", "--split", "dev", "--second", str(second)]) == 0
    out = capsys.readouterr().out
    assert "pages both annotators annotated: 1" in out
    row = next(line for line in out.splitlines() if line.startswith("| annotator 2 vs annotator 1"))
    assert "| 1.000 | 1.000 | 1.000 | 1.000 |" in row
    assert "textmine vs annotator 2" in out


def test_the_second_annotation_names_annotated_pages_at_their_sha1():
    """corpora/real_pages/second: a blind second annotation of 50 dev2 pages (README, "Two
    annotators"). Each line is a page the first annotation holds, at the same text (sha1), with
    figures only; the scorer can read it without the page text (it is skipped, not an error)."""
    from textmine.paths import corpora_dir

    first = {}
    for path in default_annotation_paths():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                first[record["id"]] = record
    paths = sorted((corpora_dir() / "real_pages" / "second").glob("figures-second-*.jsonl"))
    assert paths
    seconds = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(seconds) == len({r["id"] for r in seconds}) >= 50
    for record in seconds:
        assert record["id"] in first and record["sha1"] == first[record["id"]]["sha1"]
        assert record["split"] == first[record["id"]]["split"] and record["checks"] == []
    skipped: list[str] = []
    search = [p for p in paths if all(json.loads(line)["id"].startswith("search:")
                                      for line in p.read_text(encoding="utf-8").splitlines() if line.strip())]
    assert load_annotations(search, {}, skipped) == [] and len(skipped) == sum(r["id"].startswith("search:") for r in seconds)


# --------------------------------------------------------------------------- adjudication

ADJUDICATE = Path(__file__).resolve().parents[1] / "corpora" / "real_pages" / "adjudicate.py"
ADJ_TEXT = ("某县某局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局配备2名工作人员,主动公开政府信息120条,"
            "其中政策文件20条,工作动态100条。设立1个信息申请受理点。全年未发生行政复议和行政诉讼。")


def _adjudicate_module():
    spec = importlib.util.spec_from_file_location("adjudicate", ADJUDICATE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_adjudication_brings_the_first_annotation_in_line_with_the_second():
    """Every kind of change the adjudication can make, on a page in the shape of the real ones: a
    metric changed, a figure the first marked removed (the figure sharing its span takes the span
    over), a fact outside the vocabulary given the second's metric, a figure only the second
    marked added after the one on the same words (same_span), and parents renumbered."""
    adjudicate = _adjudicate_module()
    page = Page("search:000000000001", "", "county_department", 2023, (), ADJ_TEXT)
    first = {"id": page.id, "split": "dev2", "notes": "某县某局 2023.", "figures": [
        {"metric": "items_published", "value": 120, "span": "120条"},
        {"metric": "documents_published", "value": 20, "span": "20条", "parent": 0},
        {"metric": "items_published", "value": 100, "span": "100条", "parent": 0},
        {"metric": "other", "value": 1, "span": "1个"},
        {"metric": "reconsiderations_corrected", "value": 0, "span": "未发生行政复议和行政诉讼"},
        {"metric": "reconsiderations", "value": 0, "same_span": True},
        {"metric": "lawsuits", "value": 0, "same_span": True}]}
    second = {"id": page.id, "split": "dev2", "figures": [
        {"metric": "staff", "value": 2, "span": "2名"},
        {"metric": "items_published", "value": 120, "span": "120条"},
        {"metric": "items_published", "value": 20, "span": "20条", "parent": 1},
        {"metric": "items_published", "value": 100, "span": "100条", "parent": 1},
        {"metric": "reading_sites", "value": 1, "span": "1个"},
        {"metric": "reconsiderations", "value": 0, "span": "未发生行政复议和行政诉讼"},
        {"metric": "lawsuits", "value": 0, "same_span": True}]}
    from textmine.readers import read_text

    text = read_text(ADJ_TEXT).text
    as_annotation = lambda r: Annotation(r["id"], "dev2", False, "county_department", tuple(r["figures"]), (), "x")  # noqa: E731
    found = adjudicate.disagreements(as_annotation(first), as_annotation(second), text)
    # the same readings pair first (the two zeros), so what is left is what differs
    assert [(d.first, d.second, d.kind) for d in found] == [
        (None, 0, "only_one"), (1, 2, "metric"), (None, 4, "only_one"), (4, None, "only_one")]
    changes = [({"page": page.id, "first": d.first, "second": d.second}, "rule") for d in found]
    assert adjudicate.apply_changes({page.id: page}, {page.id: first}, {page.id: second}, changes) == []
    assert [(f["metric"], f["value"], f.get("span"), f.get("same_span"), f.get("parent")) for f in first["figures"]] == [
        ("staff", 2, "2名", None, None),
        ("items_published", 120, "120条", None, None),
        ("items_published", 20, "20条", None, 1),
        ("items_published", 100, "100条", None, 1),
        ("reading_sites", 1, "1个", None, None),
        ("reconsiderations", 0, "未发生行政复议和行政诉讼", None, None),
        ("lawsuits", 0, None, True, None)]
    assert "Stop 37, adjudicated" in first["notes"] and "documents_published -> items_published" in first["notes"]
    assert "removed figure 4 (reconsiderations_corrected)" in first["notes"]


def test_adjudication_readings_are_blind_and_verdicts_name_a_side():
    adjudicate = _adjudicate_module()
    assert adjudicate.winner({"A_is": "first"}, "A") == "first"
    assert adjudicate.winner({"A_is": "first"}, "B") == "second"
    assert adjudicate.winner({"A_is": "second"}, "A") == "second"
    assert adjudicate.winner({"A_is": "second"}, "both") is None
    assert adjudicate.winner({"A_is": "first"}, "neither") is None
