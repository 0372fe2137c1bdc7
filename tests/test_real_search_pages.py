"""Pages found with the search tool (split ``dev2``): annotations name them ``search:<key>`` and
their text is read from a cache outside the project (``TEXTMINE_FIGURE_CACHE`` or
``../realcache/figure_pages.jsonl``). The loader is tested on a made-up page in a temporary
cache; the committed annotations (corpora/real_pages/figures-c.jsonl) are checked against the
real cache, and those tests skip when it is absent."""
from __future__ import annotations

import hashlib
import json

import pytest

from textmine.cli import main
from textmine.real.evaluation import evaluate, summarise
from textmine.real.pages import (FIGURE_CACHE_PATH, SEARCH_SPLIT, RealPagesError, default_annotation_paths,
                                 figure_cache_path, is_search_page, load_annotations, load_pages, load_search_pages, load_split)

#: a made-up page (not a real report): a title, 一 with a total and a part, a zero in words
TEXT = ("某镇2022年政府信息公开工作年度报告\n一、总体情况\n"
        "2022年,我镇主动公开政府信息120条,其中通过政府网站发布80条。全年未收到政府信息公开申请。\n")
FIGURES = [
    {"metric": "items_published", "value": 120, "span": "120条"},
    {"metric": "items_published", "value": 80, "span": "80条", "channel": "website", "parent": 0},
    {"metric": "applications_received", "value": 0, "span": "未收到"},
]


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _key(text: str) -> str:
    return "search:" + _sha1(text)[:12]


def _write_cache(path, *texts):
    with open(path, "w", encoding="utf-8") as f:
        for text in texts:
            f.write(json.dumps({"key": _key(text), "url": "https://example.invalid/" + _sha1(text)[:6],
                                "level": "township", "year": 2022, "text": text, "sha1": _sha1(text)},
                               ensure_ascii=False) + "\n")


def _write_annotations(path, text, **changes):
    record = {"id": _key(text), "split": SEARCH_SPLIT, "source": _key(text), "sha1": _sha1(text),
              "fragment": False, "agency_level": "township", "figures": FIGURES, "checks": []}
    record.update(changes)
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def cache(tmp_path, monkeypatch):
    path = tmp_path / "figure_pages.jsonl"
    _write_cache(path, TEXT)
    monkeypatch.setenv("TEXTMINE_FIGURE_CACHE", str(path))
    return path


def test_the_cache_path_defaults_beside_the_project_and_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("TEXTMINE_FIGURE_CACHE", raising=False)
    assert figure_cache_path() == FIGURE_CACHE_PATH
    assert FIGURE_CACHE_PATH.parent.name == "realcache"
    monkeypatch.setenv("TEXTMINE_FIGURE_CACHE", str(tmp_path / "x.jsonl"))
    assert figure_cache_path() == tmp_path / "x.jsonl"
    assert load_search_pages() == {}  # absent cache: no pages, no error


def test_search_pages_load_from_the_cache(cache, tmp_path):
    pages = load_search_pages()
    assert list(pages) == [_key(TEXT)]
    page = pages[_key(TEXT)]
    assert page.text == TEXT and page.level == "township" and page.era == "2021+"
    skipped: list[str] = []
    annotations = load_annotations([_write_annotations(tmp_path / "figures-t.jsonl", TEXT)], pages, skipped)
    assert [a.page_id for a in annotations] == [_key(TEXT)] and skipped == []
    assert annotations[0].split == SEARCH_SPLIT


def test_a_search_page_missing_from_the_cache_is_skipped_and_counted(tmp_path, monkeypatch):
    monkeypatch.setenv("TEXTMINE_FIGURE_CACHE", str(tmp_path / "absent.jsonl"))
    skipped: list[str] = []
    path = _write_annotations(tmp_path / "figures-t.jsonl", TEXT)
    assert load_annotations([path], load_search_pages(), skipped) == []
    assert skipped == [_key(TEXT)]
    assert load_annotations([path], {}) == []  # without a list to count into, still skipped


def test_a_changed_search_page_is_refused(cache, tmp_path):
    pages = load_search_pages()
    path = _write_annotations(tmp_path / "figures-t.jsonl", TEXT, sha1=_sha1(TEXT + "改"))
    with pytest.raises(RealPagesError, match="sha1 differs"):
        load_annotations([path], pages)


def test_a_search_page_is_never_dev_or_heldout(cache, tmp_path):
    path = _write_annotations(tmp_path / "figures-t.jsonl", TEXT, split="heldout")
    with pytest.raises(RealPagesError, match="dev2"):
        load_annotations([path], load_search_pages())


def test_a_search_page_is_scored_in_its_own_split(cache, tmp_path):
    pages = load_search_pages()
    annotations = load_annotations([_write_annotations(tmp_path / "figures-t.jsonl", TEXT)], pages)
    summary = summarise(evaluate(annotations, pages), lambda r: r.annotation.split)
    assert list(summary) == [SEARCH_SPLIT]
    assert summary[SEARCH_SPLIT].with_metric.tp + summary[SEARCH_SPLIT].with_metric.fn == len(FIGURES)


def test_cli_prints_dev2_as_its_own_row(cache, tmp_path, capsys):
    if not load_pages():
        pytest.skip("../shared/corpora/real-pages is not beside the project")
    path = _write_annotations(tmp_path / "figures-t.jsonl", TEXT)
    assert main(["eval", "real", "--annotations", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["splits"]) == [SEARCH_SPLIT]
    assert data["splits"][SEARCH_SPLIT]["pages"] == 1
    assert data[SEARCH_SPLIT]["skipped_pages"] == 0
    assert data["levels"] == {} and data["eras"] == {}  # the original corpus' tables stay apart
    assert main(["eval", "real", "--annotations", str(path), "--by", "split,level"]) == 0
    out = capsys.readouterr().out
    assert f"| {SEARCH_SPLIT} | 1 |" in out and f"level ({SEARCH_SPLIT})" in out


# --------------------------------------------------------------------------- the committed dev2 pages


@pytest.fixture(scope="module")
def dev2():
    searched = load_search_pages()
    shared = load_pages()
    if not searched or not shared:
        pytest.skip("the search pages' cache (../realcache/figure_pages.jsonl) or ../shared is not beside the project")
    skipped: list[str] = []
    annotations = [a for a in load_annotations(default_annotation_paths(), {**shared, **searched}, skipped)
                   if a.split == SEARCH_SPLIT]
    return shared, searched, annotations, skipped


def test_the_dev2_pages_in_the_cache_are_new(dev2):
    shared, searched, annotations, skipped = dev2
    # (a cache rebuilt from the search tool may lack some pages: they are skipped and counted)
    assert len(annotations) >= 30 and all(is_search_page(key) for key in skipped)
    urls = {p.url.rstrip("/") for p in shared.values()}
    assert not any(searched[a.page_id].url.rstrip("/") in urls for a in annotations)
    assert not set(load_split()) & {a.page_id for a in annotations}
    assert sum(len(a.figures) for a in annotations) >= 250
    assert {searched[a.page_id].level for a in annotations} >= {"township", "county", "city", "province", "department"}
    assert {searched[a.page_id].era for a in annotations} == {"2021+", "2019-2020", "pre-2019"}


def test_the_original_splits_do_not_change_with_dev2(dev2):
    shared, searched, annotations, _ = dev2
    with_cache = load_annotations(default_annotation_paths(), {**shared, **searched})
    without = load_annotations(default_annotation_paths(), shared)
    assert [a.page_id for a in with_cache if a.split != SEARCH_SPLIT] == [a.page_id for a in without]


def test_no_dev2_page_is_refused(dev2):
    _, searched, annotations, _ = dev2
    assert [r.page.id for r in evaluate(annotations, searched) if r.refused] == []
