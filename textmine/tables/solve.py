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
from typing import Callable, Iterable, Sequence

from .cells import split_digit_run
from .tokens import Cell

#: a placement check: the values per column (None for blank/NA/unreadable) -> True (adds
#: up), False (contradicts), None (cannot tell)
Check = Callable[[Sequence["int | float | None"]], "bool | None"]

#: above this many placements the row is not enumerated (it cannot be certain anyway)
MAX_PLACEMENTS = 60000


# not frozen: hundreds are made per report and a frozen dataclass's __init__ costs
# about five times as much; nothing assigns to one after it is made
@dataclass(slots=True)
class Slot:
    """What one column of a row holds after solving."""

    status: str  # value | blank | not_applicable | unknown
    value: int | float | None
    raw: str
    start: int | None
    end: int | None
    note: str | None = None


def slot_from_cell(cell: Cell | None) -> Slot:
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


def _with_note(slot: Slot, note: str) -> Slot:
    return Slot(slot.status, slot.value, slot.raw, slot.start, slot.end,
                f"{slot.note}; {note}" if slot.note else note)


def _numeric(cell: Cell | None) -> int | float | None:
    return cell.value if cell is not None and cell.kind == "value" else None


def unknown_row(n: int, note: str) -> list[Slot]:
    return [Slot("unknown", None, "", None, None, note) for _ in range(n)]


class _Agreement:
    """Per column, what the placements seen so far put there. A column is certain when
    every placement puts the same thing in it (the same cell, or the same value from
    different cells, e.g. one of several zeros)."""

    def __init__(self, n: int):
        self.n = n
        self.count = 0
        self.first: tuple[Cell | None, ...] | None = None
        self.same_cell = [True] * n
        self.kinds: list[set] = [set() for _ in range(n)]
        self.cells: list[list[Cell]] = [[] for _ in range(n)]

    def add(self, cand: tuple[Cell | None, ...]) -> None:
        self.count += 1
        if self.first is None:
            self.first = cand
        for j, cell in enumerate(cand):
            if cell is not self.first[j]:
                self.same_cell[j] = False
            self.kinds[j].add(("blank" if cell is None else cell.kind, _numeric(cell)))
            if cell is not None and len(self.cells[j]) < 8 and all(cell is not c for c in self.cells[j]):
                self.cells[j].append(cell)

    def hopeless(self) -> bool:
        """Every column already holds two different things: nothing can become certain."""
        return self.count > 1 and all(len(k) > 1 for k in self.kinds)

    def slots(self, ambiguity: str) -> list[Slot]:
        out: list[Slot] = []
        for j in range(self.n):
            first = self.first[j]
            if self.same_cell[j]:
                out.append(slot_from_cell(first))
                continue
            kinds = self.kinds[j]
            kind = next(iter(kinds))[0] if len(kinds) == 1 else None
            if kind in ("value", "blank", "not_applicable"):
                written = [c for c in self.cells[j] if c.start is not None]
                base = slot_from_cell(written[0] if written else first)
                out.append(Slot(base.status, base.value, base.raw,
                                min((c.start for c in written), default=None),
                                max((c.end for c in written), default=None),
                                "same value in every possible placement"))
                continue
            seen = sorted({("空" if k[0] == "blank" else
                            next((c.text for c in self.cells[j] if (c.kind, _numeric(c)) == k), "?"))
                           for k in kinds})
            out.append(Slot("unknown", None, "", None, None,
                            f"{ambiguity}; this column could hold {' or '.join(seen)}"))
        return out


def _decide(candidates: Callable[[], Iterable[tuple[Cell | None, ...]]], n: int, check: Check | None,
            ambiguity: str) -> tuple[list[Slot], bool, int]:
    """Slots agreed by every placement that adds up (by every placement when none does).
    Returns the slots, whether the kept placements add up, and how many were kept (stops
    counting once nothing can become certain)."""
    def plausible():
        for cand in candidates():
            if check is None or check([_numeric(x) for x in cand]) is not False:
                yield cand

    for adds_up, stream in ((True, plausible()), (False, candidates())):
        state = _Agreement(n)
        for cand in stream:
            state.add(cand)
            if state.hopeless():
                break
        if state.count:
            note = ambiguity + ("" if adds_up else " (no placement adds up)")
            return state.slots(note), adds_up, state.count
    return unknown_row(n, ambiguity), False, 0


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
    """Where a delimited row's values start. ``base`` is the line position of the first cell
    handed to the solver (the cell after the label). The table's other rows may all have
    been forced to start at the same line position (``absolute``) or the same distance
    after their label (``relative``); either, when given, picks among ambiguous windows.
    ``uniform``: every row of the table has the same number of cells after its label, so
    the rendering does not drop trailing cells and a window may not run past a row's end."""

    base: int
    absolute: int | None = None
    relative: int | None = None
    uniform: bool = False


@dataclass(frozen=True)
class Solution:
    """A solved row: one slot per column, an issue when something is uncertain, and for a
    delimited row whose placement was forced, the line position where its values start
    (so the caller can learn the table's alignment)."""

    slots: list[Slot]
    issue: str | None = None
    forced_start: tuple[int, int] | None = None  # (line position, cells after the label)


def solve_row(cells: Sequence[Cell], n: int, *, delimited: bool, check: Check | None = None,
              alignment: Alignment | None = None) -> Solution:
    """Place ``cells`` (the values written after a row's label) into ``n`` columns."""
    slots, issue, forced = _solve(cells, n, delimited, check, alignment)
    return Solution(slots, issue, forced)


def _solve(cells, n, delimited, check, alignment) -> tuple[list[Slot], str | None, tuple[int, int] | None]:
    cells = [c for c in cells if c.kind != "text"]
    if any(c.kind == "run" for c in cells):
        candidates = _expand_runs(cells, n)
        if candidates is None:
            return unknown_row(n, "digits run together; too many ways to cut them"), "digit run could not be cut", None
        if not candidates:
            return unknown_row(n, "digits run together cannot fill the columns"), "digit run does not fit the columns", None
        if len(candidates) == 1:
            return [slot_from_cell(c) for c in candidates[0]], None, None
        good = [c for c in candidates if check is None or check([_numeric(x) for x in c]) is not False]
        cuts = "; ".join("/".join(x.text for x in c if x is not None) for c in (good or candidates)[:6])
        note = f"digits run together: {len(good) or len(candidates)} ways to cut them ({cuts})"
        slots, _, _ = _decide(lambda: candidates, n, check, note)
        return slots, (note if any(s.status == "unknown" for s in slots) else None), None

    if delimited:
        return _solve_delimited(list(cells), n, check, alignment)
    slots, issue = _solve_loose(list(cells), n, check)
    return slots, issue, None


def _solve_delimited(cells: list[Cell], n: int, check: Check | None,
                     alignment: Alignment | None = None) -> tuple[list[Slot], str | None, tuple[int, int] | None]:
    """Blanks are explicit. Spacer cells (from merged group cells) and filler cells may sit
    before or after the values; the values themselves are contiguous. When several windows
    remain and the other rows of the table were all forced to start at the same line
    position, the window starting there is taken (the table's own alignment says so)."""
    filled = [i for i, c in enumerate(cells) if c.kind != "blank"]
    if not filled:
        blanks = [cells[i] if i < len(cells) else None for i in range(n)]
        return [slot_from_cell(c) if c is not None else
                Slot("blank", None, "", None, None, "no cell written in this rendering") for c in blanks], None, None
    first, last = filled[0], filled[-1]
    width = last - first + 1
    if width > n:
        note = f"{width} cells for {n} columns"
        return unknown_row(n, note), note, None
    candidates: list[tuple[Cell | None, ...]] = []
    starts: list[int] = []
    latest = first
    if alignment is not None and alignment.uniform and len(cells) >= n:
        latest = min(first, len(cells) - n)
    for s in range(max(0, last - n + 1), latest + 1):
        window = tuple(cells[s + j] if s + j < len(cells) else None for j in range(n))
        candidates.append(window)
        starts.append(s)
    forced = ((alignment.base + starts[0], starts[0]) if len(candidates) == 1 and alignment is not None
              else None)
    if len(candidates) == 1:
        return [slot_from_cell(c) for c in candidates[0]], None, forced
    good = [c for c in candidates if check is None or check([_numeric(x) for x in c]) is not False]
    if len(good) == 1:
        return [slot_from_cell(c) for c in good[0]], None, None
    preferred = None
    if alignment is not None:
        if alignment.relative is not None:
            preferred = alignment.relative
        elif alignment.absolute is not None:
            preferred = alignment.absolute - alignment.base
    if preferred is not None:
        s = preferred
        if s in starts and candidates[starts.index(s)] in (good or candidates):
            chosen = candidates[starts.index(s)]
            return [_with_note(slot_from_cell(c), "placed by the column alignment of the table's other rows")
                    for c in chosen], None, None
    note = "cells could sit in more than one column position"
    slots, _, _ = _decide(lambda: candidates, n, check, note)
    return slots, (note if any(s.status == "unknown" for s in slots) else None), None


def _solve_loose(cells: list[Cell], n: int, check: Check | None) -> tuple[list[Slot], str | None]:
    """Blanks leave no trace: ``k`` values for ``n`` columns can sit in any ``k`` of them."""
    k = len(cells)
    if k == n:
        return [slot_from_cell(c) for c in cells], None
    if k > n:
        note = f"{k} values for {n} columns"
        return unknown_row(n, note), note
    if math.comb(n, k) > MAX_PLACEMENTS:
        note = f"{k} values for {n} columns: too many placements"
        return unknown_row(n, note), note

    def placements():
        for positions in itertools.combinations(range(n), k):
            row: list[Cell | None] = [None] * n
            for cell, p in zip(cells, positions):
                row[p] = cell
            yield tuple(row)

    note = f"{k} values for {n} columns (blank cells not written)"
    slots, _, _ = _decide(placements, n, check, note)
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
