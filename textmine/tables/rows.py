"""From lines of cells to labelled rows, and from labelled rows to rows with their values.

A *logical row* is a run of label text followed by the values written after it on the same
line (or, in stream renderings, until the next label). Its label decides what it is: a
canonical row, a group heading (``（三）不予公开``), header text, or a fragment (a wrapped
piece of a label, a vertical group label's single character).

Pairing: a row whose label and values sit on one line is *anchored*. In PDF text a row's
numbers may sit on their own line above or below a label that wrapped (the numbers are
vertically centred in the cell), and in stream renderings a label can be split over two
cells. Between two anchored rows the free labels and the free value runs are therefore
paired in order, and only when there are as many of each; otherwise the labels get
``unknown`` cells and the values are reported as unplaced. Values before any table text
(a stray number line, a page number) are dropped and reported.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from .labels import ORDINAL_PREFIX
from .tokens import Cell, Line

_COMPACT_DROP = regex.compile(r"[\s|]+")


@functools.lru_cache(maxsize=8192)
def compact(text: str) -> str:
    """``text`` without whitespace and pipes. Cached: every report has the same labels."""
    return _COMPACT_DROP.sub("", text)


@dataclass
class LRow:
    """A logical row: label cells, the value cells after them, and what the label is."""

    labels: list[Cell]
    values: list[Cell]
    line: Line
    key: str | None = None
    role: str = "none"  # row | group | header | fragment | none
    label: str = ""

    def __post_init__(self) -> None:
        self.label = compact("".join(c.text for c in self.labels))

    @property
    def start(self) -> int:
        for c in self.labels + self.values:
            if c.start is not None:
                return c.start
        return self.line.start

    @property
    def end(self) -> int:
        for c in reversed(self.labels + self.values):
            if c.end is not None:
                return c.end
        return self.line.end

    @property
    def has_values(self) -> bool:
        return any(c.kind != "blank" for c in self.values)

    @property
    def delimited(self) -> bool:
        return self.line.delimited

    @property
    def grid(self) -> int | None:
        return self.line.grid


def logical_rows(lines: tuple[Line, ...] | list[Line]) -> list[LRow]:
    """Cut every line into label+values rows (a label after values starts a new row, so a
    line flattened from a whole table becomes one row per label)."""
    rows: list[LRow] = []
    for line in lines:
        labels: list[Cell] = []
        values: list[Cell] = []
        for cell in line.cells:
            if cell.kind == "text":
                if values and labels:
                    rows.append(LRow(labels, values, line))
                    labels, values = [], []
                elif values and any(v.kind != "blank" for v in values):
                    rows.append(LRow([], values, line))
                    values = []
                else:
                    values = []  # spacer positions of a row-spanning group cell
                labels.append(cell)
            else:
                values.append(cell)
        if labels or values:
            rows.append(LRow(labels, values, line))
    return rows


def strip_ordinal(label: str) -> str:
    return ORDINAL_PREFIX.sub("", label)


@dataclass
class Paired:
    """A canonical row key with the row(s) its values come from."""

    key: str
    label_row: LRow
    values: list[Cell]
    delimited: bool
    grid: int | None
    start: int
    end: int
    note: str | None = None
    value_line: "Line | None" = None

    @property
    def base(self) -> int | None:
        """Line position of the first value cell (for alignment), None if unknown."""
        if not self.values or self.value_line is None:
            return None
        first = self.values[0]
        for i, cell in enumerate(self.value_line.cells):
            if cell is first:
                return i
        return None


@dataclass
class Pairing:
    rows: list[Paired] = field(default_factory=list)
    unpaired_labels: list[LRow] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)


def writes_every_cell(rows: list[LRow], width: int | None) -> bool:
    """Whether a table that drops blank cells (PDF text lines, one cell per line) shows that
    it wrote every cell it had: each of its value lines holds ``width`` values (at least
    three such lines, none shorter; runs glued to a label do not count either way)."""
    if not width:
        return False
    counts = [sum(1 for c in r.values if c.kind != "blank") for r in rows
              if r.has_values and not r.delimited and r.grid is None and
              not any(c.kind == "run" for c in r.values)]
    return len(counts) >= 3 and all(n == width for n in counts)


def pair_rows(rows: list[LRow], what: str, width: int | None = None) -> Pairing:
    """Attach values to row labels (see module docstring). ``rows`` are classified.

    A label with no value line anywhere between its neighbours, in a table where most
    labelled rows carry values, is a row of blank cells (a rendering that drops blanks
    leaves just the label) — unless the table writes every cell of every other row (all
    ``width`` of them, zeros included): a row left wholly blank there is not the likely
    reading, its numbers were lost (a reader that took them for page furniture, a line
    the page cut), and its cells stay unknown. In a table where most labels have none (a
    skeleton), the values were lost and the cells stay unknown."""
    out = Pairing()
    value_lines = sum(1 for r in rows if r.has_values)
    bare_labels = sum(1 for r in rows if r.role == "row" and not r.values)
    table_has_values = value_lines > 0 and value_lines >= bare_labels
    full = writes_every_cell(rows, width)
    first_table_text = next((i for i, r in enumerate(rows) if r.role in ("row", "group", "header")), len(rows))
    stray = [r for r in rows[:first_table_text] if r.has_values]
    if stray:
        shown = ", ".join(" ".join(c.text for c in r.values if c.kind != "blank") for r in stray[:3])
        out.issues.append(f"{what}: ignored numbers before the table ({shown})")
    anchored_keys = {r.key for r in rows if r.role == "row" and r.values}
    items: list[tuple[str, LRow]] = []
    seen_free: set[str] = set()
    for r in rows[first_table_text:]:
        if r.role == "row" and r.values:
            items.append(("A", r))
        elif r.role == "row":
            # a wrapped label can match twice (its first line and a continuation that holds
            # the numbers); the anchored one wins
            if r.key in anchored_keys or r.key in seen_free:
                continue
            seen_free.add(r.key)
            items.append(("L", r))
        elif r.has_values:
            items.append(("N", r))
    segment_l: list[LRow] = []
    segment_n: list[LRow] = []

    def close_segment() -> None:
        if segment_l and not segment_n and full:
            out.unpaired_labels.extend(segment_l)
            labels = ", ".join(r.key or "?" for r in segment_l)
            out.issues.append(f"{what}: no values after {len(segment_l)} label(s) ({labels}) in a table that "
                              f"writes all {width} cells of every other row: their numbers were not read")
        elif segment_l and not segment_n and table_has_values:
            for lab in segment_l:
                out.rows.append(Paired(lab.key or "", lab, [], False, lab.grid, lab.start, lab.end,
                                       "no value written after this label", lab.line))
        elif len(segment_l) == len(segment_n):
            for lab, num in zip(segment_l, segment_n):
                start = min(lab.start, num.start)
                end = max(lab.end, num.end)
                out.rows.append(Paired(lab.key or "", lab, num.values, num.delimited, num.grid, start, end,
                                       None, num.line))
        else:
            out.unpaired_labels.extend(segment_l)
            if segment_n:
                shown = "; ".join(" ".join(c.text for c in r.values if c.kind != "blank") for r in segment_n[:3])
                labels = ", ".join(r.key or "?" for r in segment_l) or "none"
                out.issues.append(f"{what}: {len(segment_n)} value line(s) ({shown}) and {len(segment_l)} "
                                  f"label(s) without values ({labels}) between two complete rows: not paired")
        segment_l.clear()
        segment_n.clear()

    for kind, r in items:
        if kind == "A":
            close_segment()
            out.rows.append(Paired(r.key or "", r, r.values, r.delimited, r.grid, r.start, r.end, None, r.line))
        elif kind == "L":
            segment_l.append(r)
        else:
            segment_n.append(r)
    close_segment()
    return out
