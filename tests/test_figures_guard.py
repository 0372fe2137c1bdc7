"""textmine.figures.guard: the guarded wording alternation and its shipped first sets."""
from __future__ import annotations

import json

import regex

from textmine.figures import guard
from textmine.figures.extract import BEFORE, BEFORE_ALTERNATIVES
from textmine.paths import models_dir


def test_shipped_first_sets_are_current():
    shipped = json.loads((models_dir() / guard.FIRST_CHARS_FILE).read_text(encoding="utf-8"))
    assert shipped == guard.first_chars_table(BEFORE_ALTERNATIVES), \
        "models/figure_first_chars.json is stale: run python -m textmine.figures.refresh"


def test_the_pattern_is_the_same_with_or_without_the_shipped_sets():
    worked_out = guard.guarded(BEFORE_ALTERNATIVES, known={})
    assert BEFORE.pattern == worked_out
    assert guard.guarded(BEFORE_ALTERNATIVES) == worked_out


def test_first_sets_by_partial_matching():
    pool = guard.pool_of(["(?:同比|较上年)增长", r"\p{Han}{0,4}培训"])
    assert guard.first_chars("(?:同比|较上年)增长", pool) == frozenset("同较")
    assert guard.first_chars(r"\p{Han}{0,4}培训", pool) is None  # may start with anything
    assert guard.first_chars(r"\d+件", pool) == frozenset("0123456789")


def test_a_branch_opening_with_a_look_behind_is_never_kept_out():
    # a look-behind opening a branch inside the alternative (not only the whole alternative): a lone
    # character never satisfies it, so the guard must let the alternative be tried anywhere
    alternative = r"(?P<k>其中|(?<=\d条信息)中(?=[,:]))"
    pool = guard.pool_of([alternative])
    assert guard.first_chars(alternative, pool) is None
    compiled = regex.compile(guard.guarded([alternative], known={}))
    assert [m.group(0) for m in compiled.finditer("收到47条信息中,机构信息8条")] == ["中"]
    # a negative look-behind keeps the partial matching as it was
    assert guard.first_chars(r"(?<!非)文件", guard.pool_of([r"(?<!非)文件"])) == frozenset("文")


def test_a_new_wording_is_worked_out_and_a_changed_pool_ignores_the_file(tmp_path, monkeypatch):
    alternatives = ["(?P<a>同比增长)", "(?P<b>予以公开)"]
    monkeypatch.setenv("TEXTMINE_MODELS", str(tmp_path))
    guard.write_first_chars(alternatives)
    pool = guard.pool_of(alternatives)
    assert guard.shipped_first_chars(pool) == {"(?P<a>同比增长)": frozenset("同"), "(?P<b>予以公开)": frozenset("予")}
    # a wording the file does not know: worked out, same pattern as without the file
    more = alternatives + ["(?P<c>(?:新收|收到)申请)"]
    assert guard.shipped_first_chars(guard.pool_of(more)) == {}  # new characters: another pool
    assert guard.guarded(more) == guard.guarded(more, known={})
    # with the file made for this pool, its sets are the look-aheads
    assert "(?=[同])" in guard.guarded(alternatives)
    # unreadable or foreign files are ignored
    (tmp_path / guard.FIRST_CHARS_FILE).write_text("not json", encoding="utf-8")
    assert guard.shipped_first_chars(pool) == {}
    (tmp_path / guard.FIRST_CHARS_FILE).write_text(json.dumps({"pool": "x", "first": {}}), encoding="utf-8")
    assert guard.shipped_first_chars(pool) == {}
    assert regex.compile(guard.guarded(more)).search("今年收到申请5件").group("c") == "收到申请"


def test_an_alternative_opening_with_a_lookbehind_can_start_anywhere():
    from textmine.figures.guard import first_chars, guarded
    alternative = "(?P<m0>(?<=[,、])微信(?:公众号)?)"
    assert first_chars(alternative, frozenset("微信,、公众号")) is None
    pattern = regex.compile(guarded([alternative, "(?P<m1>网站)"]))
    assert pattern.search("其中,微信").lastgroup == "m0"
