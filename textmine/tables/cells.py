"""What one cell's text means: a number, a blank, a not-applicable mark, or not a value.

The contract keeps the difference between a blank cell (``null``, status ``blank``), a
``/`` ``—`` ``-`` (``null``, status ``not_applicable``) and a written ``0``. Units written
inside a cell (``251000元``, ``20.3万元``, ``+1036``) are read as the number, the raw text
is kept beside it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..numbers import MAX_DIGITS

#: a number as written in a cell: optional sign, thousands separators, decimals, a unit
VALUE_RE = regex.compile(
    r"^(?P<sign>[+\-])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"\s*(?P<unit>万元|亿元|元|件|项|个|次|条|宗|%)?$")
#: marks that say "not applicable" (a dash, a slash, 无)
NA_RE = regex.compile(r"^(?:[/\\\-—–―－─‐]{1,3}|无|暂无)$")
#: numbers glued onto a label ("规章555", "…文件)141414"): a run of digits after a CJK
#: character, bracket or quote, not itself an ordinal ("1.属于…") or a 第N条-style number;
#: it may run into the next label's ordinal ("…秘密00000002.其他法律…": the 2. is the
#: ordinal, table 三's ordinals are single digits)
GLUED_DIGITS_RE = regex.compile(
    r"(?<=[\p{Han})”\]])(?<!第)(\d+(?:\.\d+)?)(?=$|[\p{Han}(“\[]|\d[.、]\p{Han})(?![条项款年月日号])")


@dataclass(frozen=True, slots=True)
class Reading:
    """What a cell's text says. ``kind``: value | blank | not_applicable | suspect | text."""

    kind: str
    value: int | float | None = None
    note: str | None = None


@functools.lru_cache(maxsize=8192)
def read_cell(text: str) -> Reading:
    """Interpret one cell's (normalised) text. Cached: tables repeat the same few strings."""
    t = text.strip()
    if not t:
        return Reading("blank")
    m = VALUE_RE.match(t)
    if m:
        num = m.group("num").replace(",", "")
        # "00" or "012": two cells glued by an extractor (a PDF cell holding "0\n0"),
        # never a number someone wrote
        if len(num) > 1 and num[0] == "0" and num[1] != ".":
            return Reading("suspect", None, f"'{t}' looks like several values run together")
        if len(num) > MAX_DIGITS:
            return Reading("suspect", None, f"'{t[:20]}…' ({len(num)} digits) looks like several values run together")
        value: int | float = float(num) if "." in num else int(num)
        if m.group("sign") == "-":
            value = -value
        return Reading("value", value)
    if NA_RE.match(t):
        return Reading("not_applicable", None, f"written as '{t}'")
    return Reading("text")


def is_value_text(text: str) -> bool:
    """A token that stands for one cell value (number, '/', '—')."""
    return read_cell(text).kind in ("value", "not_applicable", "suspect")


def split_digit_run(digits: str, parts: int, limit: int = 60000) -> list[tuple[int, ...]] | None:
    """Every way to cut a run of digits into ``parts`` numbers with no leading zeros
    (``"555"`` into 3 -> ``[(5, 5, 5)]``). ``None`` when there are more than ``limit`` ways
    (too many to judge; the caller marks the cells unknown)."""
    n = len(digits)
    if parts <= 0 or parts > n:
        return []
    if n > parts * MAX_DIGITS:
        return None  # some number would have more digits than any one value has
    out: list[tuple[int, ...]] = []
    visits = [0]

    def rec(pos: int, left: int, acc: list[int]) -> bool:
        # every branch that is entered can still be completed (the rest fits in ``left``
        # numbers of at most MAX_DIGITS digits), so the work follows the number of ways and
        # stops at ``limit``: '1' * 400 into 14 used to run for ever in branches that never
        # completed; the visit budget bounds what leading zeros can still waste
        visits[0] += 1
        if visits[0] > 8 * limit:
            return False
        if n - pos > left * MAX_DIGITS:
            return True
        if left == 1:
            piece = digits[pos:]
            if (len(piece) > 1 and piece[0] == "0") or len(piece) > MAX_DIGITS:
                return True
            out.append(tuple(acc + [int(piece)]))
            return len(out) <= limit
        max_len = n - pos - (left - 1)
        for length in range(1, max_len + 1):
            piece = digits[pos:pos + length]
            if (length > 1 and piece[0] == "0") or length > MAX_DIGITS:
                break
            if n - pos - length > (left - 1) * MAX_DIGITS:
                continue  # the rest would not fit: a longer piece first
            if not rec(pos + length, left - 1, acc + [int(piece)]):
                return False
        return True

    if not rec(0, parts, []):
        return None
    return out
