"""The annotated real pages (corpora/real_pages): the annotations still fit the pages in
../shared, and the whole audit reads them at least as well as it was measured to (regression
floors a little below the figures the README publishes). Skipped without ../shared."""
from __future__ import annotations

import json

import pytest

from textmine.cli import main
from textmine.real.evaluation import evaluate, summarise
from textmine.real.pages import default_annotation_paths, load_annotations, load_pages, load_split

#: published figures minus a small margin: a change that reads real pages worse fails here
FLOORS = {
    "dev": {"precision": 0.98, "recall": 0.96, "false_fails_per_50": 0.5},
    "heldout": {"precision": 0.94, "recall": 0.905, "false_fails_per_50": 0.5},
}


@pytest.fixture(scope="module")
def real():
    pages = load_pages()
    if not pages:
        pytest.skip("../shared/corpora/real-pages is not beside the project")
    annotations = load_annotations(default_annotation_paths(), pages)
    return pages, annotations


@pytest.fixture(scope="module")
def results(real):
    pages, annotations = real
    return evaluate(annotations, pages)


def test_annotations_cover_the_corpus_and_keep_the_split(real):
    pages, annotations = real
    assert len(annotations) >= 150
    split = load_split()
    assert all(a.split == split[a.page_id] for a in annotations)
    levels = {pages[a.page_id].level for a in annotations}
    eras = {pages[a.page_id].era for a in annotations}
    assert levels >= {"township", "county", "city", "province", "department"}
    assert eras == {"2021+", "2019-2020", "pre-2019"}
    assert {a.split for a in annotations} == {"dev", "heldout"}


def test_no_annotated_page_is_refused(results):
    assert [r.page.id for r in results if r.refused] == []


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_real_pages_read_at_least_as_well_as_published(results, split):
    summary = summarise(results, lambda r: r.annotation.split)[split]
    floor = FLOORS[split]
    assert summary.with_metric.precision >= floor["precision"]
    assert summary.with_metric.recall >= floor["recall"]
    assert summary.false_fails_per_50 <= floor["false_fails_per_50"]


def test_fragments_are_flagged(results):
    fragments = [r for r in results if r.annotation.fragment]
    assert fragments
    flagged = sum(bool(r.fragment_flag) for r in fragments)
    assert flagged == len(fragments)
    # and no whole report is taken for one
    assert not [r.page.id for r in results if r.fragment_flag and not r.annotation.fragment]


def test_cli_prints_the_real_figures(real, capsys):
    assert main(["eval", "real", "--split", "dev", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    dev = data["splits"]["dev"]
    assert dev["pages"] > 100
    assert set(dev["figures"]) == {"by_value", "with_metric", "strict", "unnamed_by_value"}
    assert "false_fails_per_50_reports" in dev["findings"]
