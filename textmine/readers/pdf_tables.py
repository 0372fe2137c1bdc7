"""Ruled PDF tables as grids (pure functions over cell rectangles, no PDF library).

The table finder (:mod:`.pdf_ruling`) gives each (merged) cell as a rectangle. Row and column
boundaries are the clustered edges of those rectangles, so a merged cell gets its rowspan
and colspan from how many boundaries it crosses. A table that runs over a page break comes
out as two pieces; :func:`continues` decides whether the second piece continues the first
(same outer edges, compatible column lines) and :func:`merge` stacks them into one grid.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

import regex

from ..fastinit import quick_init

#: how close (points) two edges must be to count as the same grid line
SNAP = 3.0


@quick_init
@dataclass(frozen=True, slots=True)
class PdfCell:
    row: int
    col: int
    rowspan: int
    colspan: int
    text: str
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom (page coordinates)


@dataclass(frozen=True)
class PdfGrid:
    """One table piece (or several merged pieces) with its grid lines."""

    page: int
    bbox: tuple[float, float, float, float]
    cols: tuple[float, ...]  # vertical grid lines, left to right
    n_rows: int
    cells: tuple[PdfCell, ...]
    last_page: int = 0
    notes: tuple[str, ...] = field(default=())
    #: (page, first grid row on that page) for every page after the first
    breaks: tuple[tuple[int, int], ...] = field(default=())

    @property
    def n_cols(self) -> int:
        return max(len(self.cols) - 1, 0)

    def row_texts(self, row: int) -> tuple[str, ...]:
        return tuple(c.text for c in sorted(self.cells, key=lambda c: c.col) if c.row == row)


def cluster(values: list[float], snap: float = SNAP) -> list[float]:
    """Sorted values with near-equal ones merged (their mean)."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= snap:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def index_of(lines: list[float] | tuple[float, ...], value: float) -> int:
    """Index of the grid line nearest to ``value`` (``lines`` sorted, as :func:`cluster`
    gives them; on a tie, the lower)."""
    if not lines:
        return 0
    i = bisect.bisect_left(lines, value)
    if i == len(lines) or (i > 0 and abs(lines[i - 1] - value) <= abs(lines[i] - value)):
        i -= 1
    return bisect.bisect_left(lines, lines[i])  # the first of equal lines


def grid_from_cells(rects: list[tuple[float, float, float, float]], texts: list[str], page: int) -> PdfGrid:
    """A grid from merged-cell rectangles (x0, top, x1, bottom) and their texts."""
    cols = cluster([r[0] for r in rects] + [r[2] for r in rects])
    rows = cluster([r[1] for r in rects] + [r[3] for r in rects])
    cells: list[PdfCell] = []
    taken: set[tuple[int, int]] = set()
    for rect, text in sorted(zip(rects, texts), key=lambda rt: (rt[0][1], rt[0][0])):
        c0, c1 = index_of(cols, rect[0]), index_of(cols, rect[2])
        r0, r1 = index_of(rows, rect[1]), index_of(rows, rect[3])
        if c1 <= c0 or r1 <= r0 or (r0, c0) in taken:
            continue
        taken.add((r0, c0))
        cells.append(PdfCell(r0, c0, r1 - r0, c1 - c0, text, rect))
    bbox = (min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects))
    return PdfGrid(page, bbox, tuple(cols), max(len(rows) - 1, 0), tuple(cells), page)


def _compatible_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Outer edges agree and the column lines of the piece with fewer lines all exist in
    the other (a continuation may lose inner lines where its rows merge cells)."""
    if len(a) < 2 or len(b) < 2:
        return False
    if abs(a[0] - b[0]) > 2 * SNAP or abs(a[-1] - b[-1]) > 2 * SNAP:
        return False
    fewer, more = (a, b) if len(a) <= len(b) else (b, a)
    return all(min(abs(x - y) for y in more) <= 2 * SNAP for x in fewer)


_ORDINAL_START = regex.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.]|第[一二三四五六七八九十\d])")


def _continues_cell(above: PdfCell, below: PdfCell) -> bool:
    """Whether ``below`` (top row of a continuation) is the rest of group cell ``above``."""
    if above.rowspan <= 1 and below.rowspan <= 1:
        return False  # an ordinary row on each side of the break
    text = below.text.strip()
    if not text:
        return above.rowspan > 1 and bool(above.text.strip())
    has_words = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return (has_words and bool(above.text.strip()) and not _ORDINAL_START.match(text)
            and above.text.strip()[-1:] not in "。)）")


def continues(first: PdfGrid, second: PdfGrid) -> bool:
    """Whether ``second`` (at the top of the next page) continues ``first``."""
    return second.page == first.last_page + 1 and _compatible_columns(first.cols, second.cols)


def merge(first: PdfGrid, second: PdfGrid) -> PdfGrid:
    """Stack ``second`` under ``first`` on a common set of column lines. Header rows that
    the producer repeated at the top of the continuation are dropped; a vertically merged
    group cell cut by the page break (empty at the top of the continuation) is extended
    rather than duplicated."""
    cols = tuple(cluster(list(first.cols) + list(second.cols), 2 * SNAP))

    def remap(cell: PdfCell, grid: PdfGrid, row_offset: int) -> PdfCell:
        c0 = index_of(cols, grid.cols[cell.col])
        c1 = index_of(cols, grid.cols[cell.col + cell.colspan])
        # (made directly: dataclasses.replace costs several times as much, for every cell
        # of both pieces at each page a table runs onto)
        return PdfCell(cell.row + row_offset, c0, cell.rowspan, max(c1 - c0, 1), cell.text, cell.bbox)

    top = [remap(c, first, 0) for c in first.cells]
    repeated = 0
    while repeated < min(first.n_rows, second.n_rows) - 1 and \
            second.row_texts(repeated) == first.row_texts(repeated) and any(second.row_texts(repeated)):
        repeated += 1
    bottom = [remap(c, second, first.n_rows - repeated) for c in second.cells if c.row >= repeated]
    # a vertically merged (group) cell cut by the page break continues at the top of the
    # next piece: empty there, or with the rest of its words ("(四)无" / "法提供")
    boundary = first.n_rows
    by_pos = {(c.col, c.colspan): i for i, c in enumerate(top) if c.row + c.rowspan == boundary}
    kept: list[PdfCell] = []
    notes = list(first.notes)
    for cell in bottom:
        i = by_pos.get((cell.col, cell.colspan))
        if cell.row == boundary and i is not None and _continues_cell(top[i], cell):
            above = top[i]
            text = f"{above.text}\n{cell.text}" if cell.text.strip() else above.text
            top[i] = replace(above, rowspan=above.rowspan + cell.rowspan, text=text)
            continue
        kept.append(cell)
    notes.append(f"table continues from page {first.last_page} to page {second.page}")
    bbox = first.bbox
    breaks = first.breaks + ((second.page, first.n_rows),) + tuple(
        (page, row + first.n_rows - repeated) for page, row in second.breaks)
    return PdfGrid(first.page, bbox, cols, first.n_rows - repeated + second.n_rows,
                   tuple(top + kept), second.page, tuple(notes), breaks)
