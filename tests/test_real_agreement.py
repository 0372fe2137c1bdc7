"""Two annotators of the same real pages (textmine.real.agreement, `eval real --second`): the second
annotator's figures are scored against the first with the audit's own matcher. The first
annotation is a real dev page of ../shared (skipped without it); the second is written here from
it with known differences, so every count below follows from them."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from textmine.cli import main
from textmine.real.agreement import annotator_as_audit, compare, marked_figures
from textmine.real.evaluation import score_page
from textmine.real.pages import default_annotation_paths, load_annotations, load_pages

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
        assert record["split"] == "dev2" and record["checks"] == [] and record["figures"]
    skipped: list[str] = []
    assert load_annotations(paths, {}, skipped) == [] and len(skipped) == len(seconds)
