"""Put one row's values into its columns, and say which placements are certain.

A row arrives as the value cells that followed its label. When their number equals the
number of columns the answer is plain. When it does not (blank cells dropped by the
rendering, spacer cells from merged group cells, digits glued into one run) every placement
the rendering allows is enumerated; placements that break the row's arithmetic (parts that
do not add up to the total) are discarded when at least one placement does add up; a column
is *certain* when every remaining placement puts the same thing in it. Everything else is
``unknown`` with a note saying why. Nothing is ever placed by guess.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Callable, Sequence

from .cells import split_digit_run
from .tokens import Cell

#: a placement check: the values per column (None for blank/NA/unreadable) -> True (adds
#: up), False (contradicts), None (cannot tell)
Check = Callable[[Sequence["int | float | None"]], "bool | None"]

#: above this many placements the row is not enumerated (it cannot be certain anyway)
MAX_PLACEMENTS = 60000


@dataclass(frozen=True, slots=True)
class Slot:
    """What one column of a row holds after solving."""

    status: str  # value | blank | not_applicable | unknown
    value: int | float | None
    raw: str
    start: int | None
    end: int | None
    note: str | None = None


def _slot_from_cell(cell: Cell | None) -> Slot:
    if cell is None:
        return Slot("blank", None, "", None, None, "no cell written in this rendering")
    if cell.kind == "value":
        return Slot("value", cell.value, cell.text, cell.start, cell.end)
    if cell.kind == "blank":
        return Slot("blank", None, "", cell.start, cell.end)
    if cell.kind == "not_applicable":
        return Slot("not_applicable", None, cell.text, cell.start, cell.end, cell.note)
    if cell.kind == "suspect":
        return Slot("unknown", None, cell.text, cell.start, cell.end, cell.note)
    return Slot("unknown", None, cell.text, cell.start, cell.end, "unreadable cell")


def _numeric(cell: Cell | None) -> int | float | None:
    return cell.value if cell is not None and cell.kind == "value" else None


def _unknown_row(n: int, note: str) -> list[Slot]:
    return [Slot("unknown", None, "", None, None, note) for _ in range(n)]


def _agree(candidates: list[tuple[Cell | None, ...]], n: int, ambiguity: str) -> list[Slot]:
    """Per column: certain when every candidate puts the same thing there."""
    slots: list[Slot] = []
    for j in range(n):
        options = [c[j] for c in candidates]
        first = options[0]
        if all(o is first for o in options):
            slots.append(_slot_from_cell(first))
            continue
        kinds = {("blank" if o is None else o.kind, _numeric(o)) for o in options}
        if len(kinds) == 1 and first is not None and first.kind in ("value", "blank", "not_applicable"):
            # same value from different cells (e.g. several zeros): the value is certain,
            # its position in the text is one of several
            spans = [o for o in options if o is not None and o.start is not None]
            base = _slot_from_cell(first)
            slots.append(Slot(base.status, base.value, base.raw,
                              min((o.start for o in spans), default=None),
                              max((o.end for o in spans), default=None),
                              "same value in every possible placement"))
            continue
        seen = sorted({("空" if o is None or o.kind == "blank" else o.text) for o in options})
        slots.append(Slot("unknown", None, "", None, None,
                          f"{ambiguity}; this column could hold {' or '.join(seen)}"))
    return slots


def _plausible(candidates: list[tuple[Cell | None, ...]], check: Check | None) -> tuple[list, bool]:
    if check is None or len(candidates) <= 1:
        return candidates, True
    good = [c for c in candidates if check([_numeric(x) for x in c]) is not False]
    if good:
        return good, True
    return candidates, False


def _expand_runs(cells: list[Cell], n: int) -> list[tuple[Cell | None, ...]] | None:
    """Placements for a row holding digit runs glued to its label. A run stands for one or
    more written cells; a flattened row is read as writing every cell (blanks leave no
    trace in a run), so the values must fill all ``n`` columns."""
    fixed = sum(1 for c in cells if c.kind != "run" and c.kind != "blank")
    runs = [c for c in cells if c.kind == "run"]
    if len(runs) != 1:
        return None
    run = runs[0]
    parts = n - fixed
    if "." in run.text:
        # a decimal is one number ("行政事业性收费12.6"), never several
        splits: list[tuple] | None = [(float(run.text),)] if parts == 1 else []
    else:
        splits = split_digit_run(run.text, parts) if parts >= 1 else []
        if splits is None:
            return None
    candidates: list[tuple[Cell | None, ...]] = []
    for split in splits:
        pieces: list[Cell] = []
        pos = run.start or 0
        for number in split:
            width = len(run.text) if isinstance(number, float) else len(str(number))
            pieces.append(Cell("value", run.text[pos - (run.start or 0):pos - (run.start or 0) + width],
                               pos, pos + width, number))
            pos += width
        row: list[Cell | None] = []
        for c in cells:
            if c is run:
                row.extend(pieces)
            elif c.kind != "blank":
                row.append(c)
        if len(row) == n:
            candidates.append(tuple(row))
    return candidates


@dataclass(frozen=True)
class Alignment:
    """Where a delimited row's values start, counted in cells from the start of its line:
    ``base`` is the line position of the first cell handed to the solver, ``preferred`` the
    start most rows of the same table were forced into (None: no preference)."""

    base: int
    preferred: int | None = None


@dataclass(frozen=True)
class Solution:
    """A solved row: one slot per column, an issue when something is uncertain, and for a
    delimited row whose placement was forced, the line position where its values start
    (so the caller can learn the table's alignment)."""

    slots: list[Slot]
    issue: str | None = None
    forced_start: int | None = None


def solve_row(cells: Sequence[Cell], n: int, *, delimited: bool, check: Check | None = None,
              alignment: Alignment | None = None) -> Solution:
    """Place ``cells`` (the values written after a row's label) into ``n`` columns."""
    slots, issue, forced = _solve(cells, n, delimited, check, alignment)
    return Solution(slots, issue, forced)


def _solve(cells, n, delimited, check, alignment) -> tuple[list[Slot], str | None, int | None]:
    cells = [c for c in cells if c.kind != "text"]
    if any(c.kind == "run" for c in cells):
        candidates = _expand_runs(cells, n)
        if candidates is None:
            return _unknown_row(n, "digits run together; too many ways to cut them"), "digit run could not be cut", None
        if not candidates:
            return _unknown_row(n, "digits run together cannot fill the columns"), "digit run does not fit the columns", None
        good, adds_up = _plausible(candidates, check)
        if len(good) == 1:
            return [_slot_from_cell(c) for c in good[0]], None, None
        cuts = "; ".join("/".join(x.text for x in c if x is not None) for c in good[:6])
        note = f"digits run together: {len(good)} ways to cut them ({cuts})"
        slots = _agree(good, n, note)
        return slots, (note if any(s.status == "unknown" for s in slots) else None), None

    if delimited:
        return _solve_delimited(list(cells), n, check, alignment)
    slots, issue = _solve_loose(list(cells), n, check)
    return slots, issue, None


def _solve_delimited(cells: list[Cell], n: int, check: Check | None,
                     alignment: Alignment | None = None) -> tuple[list[Slot], str | None, int | None]:
    """Blanks are explicit. Spacer cells (from merged group cells) and filler cells may sit
    before or after the values; the values themselves are contiguous. When several windows
    remain and the other rows of the table were all forced to start at the same line
    position, the window starting there is taken (the table's own alignment says so)."""
    filled = [i for i, c in enumerate(cells) if c.kind != "blank"]
    if not filled:
        blanks = [cells[i] if i < len(cells) else None for i in range(n)]
        return [_slot_from_cell(c) if c is not None else
                Slot("blank", None, "", None, None, "no cell written in this rendering") for c in blanks], None, None
    first, last = filled[0], filled[-1]
    width = last - first + 1
    if width > n:
        note = f"{width} cells for {n} columns"
        return _unknown_row(n, note), note, None
    candidates: list[tuple[Cell | None, ...]] = []
    starts: list[int] = []
    for s in range(max(0, last - n + 1), first + 1):
        window = tuple(cells[s + j] if s + j < len(cells) else None for j in range(n))
        candidates.append(window)
        starts.append(s)
    forced = alignment.base + starts[0] if len(candidates) == 1 and alignment is not None else None
    good, adds_up = _plausible(candidates, check)
    if len(good) == 1:
        return [_slot_from_cell(c) for c in good[0]], None, forced
    if alignment is not None and alignment.preferred is not None:
        s = alignment.preferred - alignment.base
        if s in starts and candidates[starts.index(s)] in good:
            chosen = candidates[starts.index(s)]
            return [_slot_from_cell(c) for c in chosen], None, None
    note = "cells could sit in more than one column position" + ("" if adds_up else " (none adds up)")
    slots = _agree(good, n, note)
    return slots, (note if any(s.status == "unknown" for s in slots) else None), None


def _solve_loose(cells: list[Cell], n: int, check: Check | None) -> tuple[list[Slot], str | None]:
    """Blanks leave no trace: ``k`` values for ``n`` columns can sit in any ``k`` of them."""
    k = len(cells)
    if k == n:
        return [_slot_from_cell(c) for c in cells], None
    if k > n:
        note = f"{k} values for {n} columns"
        return _unknown_row(n, note), note
    if math.comb(n, k) > MAX_PLACEMENTS:
        note = f"{k} values for {n} columns: too many placements"
        return _unknown_row(n, note), note
    candidates: list[tuple[Cell | None, ...]] = []
    for positions in itertools.combinations(range(n), k):
        row: list[Cell | None] = [None] * n
        for cell, p in zip(cells, positions):
            row[p] = cell
        candidates.append(tuple(row))
    good, adds_up = _plausible(candidates, check)
    if len(good) == 1:
        return [_slot_from_cell(c) for c in good[0]], None
    note = f"{k} values for {n} columns (blank cells not written)" + ("" if adds_up else "; no placement adds up")
    slots = _agree(good, n, note)
    return slots, (note if any(s.status == "unknown" for s in slots) else None)


# --------------------------------------------------------------------------- checks


def parts_equal_total(values: Sequence[int | float | None]) -> bool | None:
    """The last column is the sum of the others (table 三 rows, table 四 blocks)."""
    *parts, total = values
    if total is None:
        return None
    return math.isclose(sum(p or 0 for p in parts), total, abs_tol=1e-6)


def blocks_of(width: int, check: Check) -> Check:
    """A check applied to consecutive blocks of ``width`` columns (table 四)."""

    def run(values: Sequence[int | float | None]) -> bool | None:
        verdicts = [check(values[i:i + width]) for i in range(0, len(values), width)]
        if any(v is False for v in verdicts):
            return False
        return True if any(v for v in verdicts) else None

    return run


def total_at_least_published(values: Sequence[int | float | None]) -> bool | None:
    """2019 table 二: 对外公开总数量 counts this year's 本年新公开数量 too."""
    made, published, total = values
    if published is None or total is None:
        return None
    return total >= published
