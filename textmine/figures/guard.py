"""The figure wording alternation arranged as a tree behind first-character look-aheads.

A flat alternation tries every alternative at every position; the tree
(:func:`guarded`) turns most of those tries into a few character-class tests (about 2x
faster on report text). It needs the characters each alternative can start with, found by
partial matching, which means compiling every alternative on its own: ~0.12 s, an eighth of
a process's start. Those sets are shipped in ``models/figure_first_chars.json``, keyed by
the alternative's text and valid only for the same character pool; an alternative the file
does not know (a wording added since) is worked out as before, so the file only ever saves
time, never changes the pattern. ``python -m textmine.figures.refresh`` rewrites it
(``tests/test_figures_guard.py`` says when it is stale).
"""
from __future__ import annotations

import json
from typing import Iterable

import regex

from ..paths import models_dir

FIRST_CHARS_FILE = "figure_first_chars.json"
#: characters no wording is written with: an alternative that can start with them can start
#: with anything (``\p{Han}{0,4}…``)
_ANY_PROBES = "龘犇鑫Z"


def pool_of(alternatives: Iterable[str]) -> frozenset[str]:
    """The characters first sets are drawn from: every character the patterns are written
    with (a literal first character must appear in the pattern text), digits and openers."""
    return frozenset("".join(alternatives)) | frozenset("0123456789(“《\"")


#: an alternative with a branch opening with a positive look-behind (at its start, or after a ``|``
#: or a group's opening inside it): a lone character never satisfies it, so partial matching would
#: find no first character for that branch and the guard would never let it be tried
_OPENS_WITH_LOOKBEHIND = regex.compile(r"(?:^|\||\(\?:|\(\?P<\w+>|(?<!\\)\()\(\?<=")


def first_chars(alternative: str, pool: frozenset[str]) -> frozenset[str] | None:
    """The characters ``alternative`` can start with, or None when it can start with any."""
    if _OPENS_WITH_LOOKBEHIND.search(alternative):
        return None
    compiled = regex.compile(alternative)
    if any(compiled.match(ch, partial=True) for ch in _ANY_PROBES):
        return None
    return frozenset(ch for ch in pool if compiled.match(ch, partial=True))


def first_chars_table(alternatives: list[str]) -> dict:
    """What :data:`FIRST_CHARS_FILE` holds for ``alternatives``: the pool, and each
    alternative's first characters in code-point order (None: any)."""
    pool = pool_of(alternatives)
    first = {}
    for alternative in alternatives:
        chars = first_chars(alternative, pool)
        first[alternative] = None if chars is None else "".join(sorted(chars))
    return {"pool": "".join(sorted(pool)), "first": first}


def shipped_first_chars(pool: frozenset[str]) -> dict[str, frozenset[str] | None]:
    """The shipped first sets, or none when the file is missing, unreadable or made for
    another pool (a new character in any wording may widen any set)."""
    try:
        data = json.loads((models_dir() / FIRST_CHARS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("pool") != "".join(sorted(pool)) \
            or not isinstance(data.get("first"), dict):
        return {}
    return {alternative: None if chars is None else frozenset(chars)
            for alternative, chars in data["first"].items() if chars is None or isinstance(chars, str)}


def guarded(alternatives: list[str], fan: int = 4, known: dict | None = None) -> str:
    """The same alternation, arranged as a tree of groups each behind a look-ahead on the
    characters its members can start with. Order, and so leftmost-first priority, is
    unchanged. ``known``: first sets already worked out (default: the shipped ones)."""
    pool = pool_of(alternatives)
    if known is None:
        known = shipped_first_chars(pool)
    items = [(alternative, known[alternative] if alternative in known else first_chars(alternative, pool))
             for alternative in alternatives]

    def guard(pattern: str, first: frozenset[str] | None) -> str:
        return f"(?=[{regex.escape(''.join(sorted(first)))}]){pattern}" if first else pattern

    def build(chunk):
        if len(chunk) <= fan:
            return "|".join(guard(p, f) for p, f in chunk), _union(f for _, f in chunk)
        size = -(-len(chunk) // fan)
        groups = [build(chunk[i:i + size]) for i in range(0, len(chunk), size)]
        return "|".join(guard(f"(?:{p})", f) for p, f in groups), _union(f for _, f in groups)

    return build(items)[0]


def _union(sets) -> frozenset[str] | None:
    out: set[str] = set()
    for first in sets:
        if first is None:
            return None
        out |= first
    return frozenset(out)


def write_first_chars(alternatives: list[str]) -> str:
    """Rewrite :data:`FIRST_CHARS_FILE` for ``alternatives``; returns its path."""
    path = models_dir() / FIRST_CHARS_FILE
    text = json.dumps(first_chars_table(alternatives), ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return str(path)
