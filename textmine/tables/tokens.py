"""Turn the text (and grids) of a table region into lines of typed cells.

Whatever the rendering, the parser downstream sees the same thing: a sequence of
:class:`Line` s, each a sequence of :class:`Cell` s that are either label text or a value
(number, blank, not-applicable mark, a suspicious glued number, or a run of digits glued
to its label). What differs between renderings is only how lines and cells are cut:

=============  ==========================================================================
``*-grid``     a RawTable the reader gave us (HTML/DOCX/PDF): grid rows, exact columns
``tsv``        one table row per line, TAB between cells (the seed; the builder's output)
``pipe-rows``  one table row per line, ``|`` between cells
``pipe-cells`` cells separated by ``|`` but laid out one per line (`` |`` endings, pipes
               on their own lines, or cells padded with newlines): a stream of cells
``pdf-lines``  one visual line per line, cells separated by spaces, blanks dropped
``cell-per-line``  one cell per line, no separators, blanks dropped: a stream of cells
=============  ==========================================================================

In the two *stream* renderings a new line starts at every label, so a label and the
values after it form one line as in the line renderings.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from ..fastinit import quick_init
from ..model import Document, RawTable
from .cells import GLUED_DIGITS_RE, read_cell

#: page furniture inside a table region: "- 3 -", "第3页", "Page 3 - 标题", "P. 3", "3/5"
NOISE_LINE_RE = regex.compile(
    r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|"
    r"(?:Page|PAGE|P\.)\s*\d{1,4}\b.*|\d{1,4}\s*/\s*\d{1,4})\s*$")
_TOKEN_RE = regex.compile(r"\S+")
_SPACE_RE = regex.compile(r"\s")
_DIGIT_RE = regex.compile(r"\d")


# not frozen: hundreds are made per report and a frozen dataclass's __init__ costs
# about five times as much; nothing assigns to one after it is made
@dataclass(slots=True)
class Cell:
    """One cell (or token) of a table line, with its span in ``Document.text``.

    ``kind``: text | value | blank | not_applicable | suspect | run. A ``run`` is a string
    of digits glued to a label (``规章555``) that may stand for several values. ``col`` is
    the grid column when the cell comes from a RawTable (exact position), ``span`` its
    colspan. Blank cells the container did not give an offset have ``start`` None."""

    kind: str
    text: str
    start: int | None
    end: int | None
    value: int | float | None = None
    note: str | None = None
    col: int | None = None
    span: int = 1

    @property
    def is_value(self) -> bool:
        return self.kind != "text"


@quick_init
@dataclass(frozen=True, slots=True)
class Line:
    """One row of the table as this rendering cuts it. ``delimited``: blank cells are
    explicit (separators), so positions count; ``grid``: index of the RawTable it came
    from (columns exact) or None."""

    cells: tuple[Cell, ...]
    start: int
    end: int
    delimited: bool
    grid: int | None = None
    n_cols: int = 0
    stream: bool = False  # cut from a stream of cells (a new line at every label)


@dataclass(frozen=True)
class Tokenised:
    lines: tuple[Line, ...]
    renderings: tuple[str, ...]
    grid_origins: dict[int, str] = field(default_factory=dict)  # doc.tables index -> origin


# --------------------------------------------------------------------------- cells


def _split_glued(text: str, start: int) -> list[tuple]:
    """A text token, with digit runs glued onto labels cut out as ``run`` cells (as
    :func:`_cell_shape` pieces)."""
    out: list[tuple] = []
    pos = 0
    for m in GLUED_DIGITS_RE.finditer(text):
        if m.start() > pos:
            out.append(("text", text[pos:m.start()], start + pos, start + m.start(), None, None))
        digits = m.group(1)
        out.append(("run", digits, start + m.start(), start + m.end(), None, None))
        pos = m.end()
    if pos < len(text):
        out.append(("text", text[pos:], start + pos, start + len(text), None, None))
    return out


@functools.lru_cache(maxsize=16384)
def _cell_shape(text: str, blank_if_empty: bool) -> tuple[tuple, ...]:
    """What :func:`cell_tokens` cuts ``text`` into, as ``(kind, text, start, end, value,
    note)`` with offsets relative to the text. Cached: tables repeat the same labels and
    numbers, so only the offsets differ between reports."""
    stripped = text.strip()
    if not stripped:
        if not blank_if_empty:
            return ()
        lead = len(text) - len(text.lstrip())
        pos = min(lead, len(text))
        return (("blank", "", pos, pos, None, None),)
    if not _SPACE_RE.search(stripped):  # one token: the common case
        s = text.index(stripped)
        reading = read_cell(stripped)
        if reading.kind != "text":
            return ((reading.kind, stripped, s, s + len(stripped), reading.value, reading.note),)
        if not _DIGIT_RE.search(stripped):
            return (("text", stripped, s, s + len(stripped), None, None),)
    out: list[tuple] = []
    text_start: int | None = None
    text_end = 0
    for m in _TOKEN_RE.finditer(text):
        tok, s, e = m.group(), m.start(), m.end()
        reading = read_cell(tok)
        if reading.kind == "text":
            if text_start is None:
                text_start = s
            text_end = e
            continue
        if text_start is not None:
            out.extend(_split_glued(text[text_start:text_end], text_start))
            text_start = None
        out.append((reading.kind, tok, s, e, reading.value, reading.note))
    if text_start is not None:
        out.extend(_split_glued(text[text_start:text_end], text_start))
    return tuple(out)


def cell_tokens(text: str, offset: int, *, blank_if_empty: bool, col: int | None = None,
                span: int = 1) -> list[Cell]:
    """The cells one separator-delimited piece of text holds.

    An empty piece is one blank cell (when blanks are explicit in this rendering). Otherwise
    the piece is cut at whitespace; tokens that are values become value cells, adjacent text
    tokens merge into one label cell (labels contain spaces: ``结果 维持``). A piece that
    is one cell keeps the grid column ``col`` and colspan ``span``."""
    shape = _cell_shape(text, blank_if_empty)
    if len(shape) == 1:
        kind, tok, s, e, value, note = shape[0]
        return [Cell(kind, tok, offset + s, offset + e, value, note, col, span)]
    return [Cell(kind, tok, offset + s, offset + e, value, note) for kind, tok, s, e, value, note in shape]


# --------------------------------------------------------------------------- grids


def grid_lines(table: RawTable, index: int) -> list[Line]:
    """Rows of a RawTable as lines with exact column positions."""
    by_row: dict[int, list] = {}
    covered: set[tuple[int, int]] = set()
    for cell in table.cells:
        by_row.setdefault(cell.row, []).append(cell)
        if cell.rowspan == 1 and cell.colspan == 1:
            continue  # covers only its own position
        for r in range(cell.row, cell.row + cell.rowspan):
            for c in range(cell.col, cell.col + cell.colspan):
                if (r, c) != (cell.row, cell.col):
                    covered.add((r, c))
    n_cols = table.n_cols
    lines: list[Line] = []
    for r in range(table.n_rows):
        anchors = {c.col: c for c in by_row.get(r, ())}
        cells: list[Cell] = []
        for c in range(n_cols):
            anchor = anchors.get(c)
            if anchor is None:
                if (r, c) not in covered:
                    cells.append(Cell("blank", "", None, None, col=c))
                continue
            cells.extend(cell_tokens(anchor.text, anchor.start, blank_if_empty=True, col=c,
                                     span=anchor.colspan))
        starts = [a.start for a in by_row.get(r, ())]
        ends = [a.end for a in by_row.get(r, ())]
        if not cells:
            continue
        lines.append(Line(tuple(cells), min(starts, default=table.start), max(ends, default=table.start),
                          True, index, n_cols))
    return lines


# --------------------------------------------------------------------------- text


def _physical_lines(text: str, offset: int) -> list[tuple[str, int]]:
    """Non-empty, non-furniture lines with their offsets; prose sentences (ending in 。)
    inside a line are dropped, what follows the last 。 is kept."""
    out: list[tuple[str, int]] = []
    pos = 0
    for raw in text.split("\n"):
        start = pos
        pos += len(raw) + 1
        if not raw.strip() or NOISE_LINE_RE.match(raw):
            continue
        if "。" in raw:
            cut = raw.rfind("。") + 1
            raw, start = raw[cut:], start + cut
            if not raw.strip():
                continue
        out.append((raw, offset + start))
    return out


def _classify_text(lines: list[tuple[str, int]]) -> tuple[str, list[list[Cell]] | None]:
    """The rendering family of plain-text table lines, and (when telling ``pdf-lines`` from
    ``cell-per-line`` took them) every line's cells, so they are not cut twice."""
    if not lines:
        return "none", None
    n = len(lines)
    tabs = sum(1 for line, _ in lines if "\t" in line)
    if tabs >= max(2, 0.3 * n):
        return "tsv", None
    piped = [line for line, _ in lines if "|" in line]
    if len(piped) >= max(2, 0.3 * n):
        multi = sum(1 for line in piped if sum(1 for p in line.split("|") if p.strip()) >= 2)
        return ("pipe-rows" if multi >= 0.3 * len(piped) else "pipe-cells"), None
    multi = 0
    with_values = 0
    per_line = []
    for line, off in lines:
        cells = cell_tokens(line, off, blank_if_empty=False)
        per_line.append(cells)
        if any(c.is_value for c in cells):
            with_values += 1
            if len(cells) >= 2:
                multi += 1
    if with_values and multi >= 0.25 * with_values:
        return "pdf-lines", per_line
    return "cell-per-line", per_line


def _stream_lines(cells: list[Cell], delimited: bool) -> list[Line]:
    """Cut a stream of cells into lines, a new line at every label and at every row end."""
    lines: list[Line] = []
    current: list[Cell] = []

    def flush() -> None:
        if current:
            spans = [c for c in current if c.start is not None]
            start = spans[0].start if spans else 0
            end = spans[-1].end if spans else start
            lines.append(Line(tuple(current), start, end, delimited, stream=True))

    for cell in cells:
        if cell.kind == "break":
            flush()
            current = []
            continue
        if cell.kind == "text" and current:
            flush()
            current = []
        current.append(cell)
    flush()
    return lines


def text_lines(text: str, offset: int) -> tuple[list[Line], str]:
    """Lines of a stretch of plain text (no RawTable), and the rendering family found.

    In the stream families a row's values follow its label directly: cells for positions a
    row-spanning group covers come before the label (or not at all), never between label
    and values, so the solver prefers values starting right after the label."""
    physical = _physical_lines(text, offset)
    family, line_cells = _classify_text(physical)
    lines: list[Line] = []
    if family == "tsv" or family == "pipe-rows":
        sep = "\t" if family == "tsv" else "|"
        for raw, start in physical:
            parts = raw.split(sep)
            cells: list[Cell] = []
            pos = start
            for i, part in enumerate(parts):
                # the outer pipes of "| a | b |" leave empty pieces that are not cells; a
                # row that lost its leading pipe but starts with a blank cell (" | 2 |")
                # keeps that blank
                border = family == "pipe-rows" and ((i == 0 and part == "") or
                                                    (i == len(parts) - 1 and not part.strip()))
                if not border:
                    cells.extend(cell_tokens(part, pos, blank_if_empty=True))
                pos += len(part) + 1
            if cells:
                lines.append(Line(tuple(cells), start, start + len(raw), True))
    elif family == "pipe-cells":
        lines = _stream_lines(_pipe_stream(physical), True)
    elif family == "pdf-lines":
        for (raw, start), cells in zip(physical, line_cells):
            if cells:
                lines.append(Line(tuple(cells), start, start + len(raw), False))
    elif family == "cell-per-line":
        cells = [cell for one_line in line_cells for cell in one_line]
        lines = _stream_lines(cells, False)
    return lines, family


def _piece_cells(fragments: list[tuple[str, int]]) -> list[Cell]:
    """The cells of the text between two pipes (possibly spread over several lines)."""
    cells: list[Cell] = []
    for text, off in fragments:
        if not text:
            continue  # (what cell_tokens would say: no cells)
        for cell in cell_tokens(text, off, blank_if_empty=False):
            if cells and cell.kind == "text" and cells[-1].kind == "text":
                prev = cells[-1]
                cells[-1] = Cell("text", prev.text + cell.text, prev.start, cell.end)
            else:
                cells.append(cell)
    if not cells:
        text, off = fragments[0]
        return [Cell("blank", "", off, off)]
    return cells


_PIPES_ONLY = regex.compile(r"^\s*\|{2,}\s*$")
_ROW_OPENER = regex.compile(r"^\|\s*$")
#: marks the end of a row in a pipe stream (never part of a Line)
ROW_END = Cell("break", "", None, None)


def _pipe_stream(physical: list[tuple[str, int]]) -> list[Cell]:
    """Cells separated by pipes, wherever the line breaks fall: the text between two pipes
    is one cell (empty -> a blank cell), so `` |`` line endings, pipes on their own lines
    and cells padded with newlines all read the same.

    Row ends: a line of two or more pipes (``||``) ends a row and holds no cells. In the
    padded rendering (cell text indented on its own line) a row opens with a line holding a
    single pipe; the empty piece before it is the gap between two rows, not a cell. A lone
    ``|`` anywhere else is a blank cell."""
    content = [raw for raw, _ in physical if raw.strip(" |")]
    padded = bool(content) and sum(1 for raw in content if raw[:1].isspace()) >= 0.5 * len(content)
    cells: list[Cell] = []
    piece: list[tuple[str, int]] = []
    opened = False  # a pipe has been seen, so pieces are cells
    for raw, start in physical:
        # (the substring tests spare the patterns on lines that cannot match them)
        if ("||" in raw and _PIPES_ONLY.match(raw)) or (padded and raw[:1] == "|" and _ROW_OPENER.match(raw)):
            if any(p.strip() for p, _ in piece):
                cells.extend(_piece_cells(piece))
            cells.append(ROW_END)
            piece, opened = [], True
            continue
        pos = start
        parts = raw.split("|")
        for i, part in enumerate(parts):
            piece.append((part, pos))
            pos += len(part) + 1
            if i < len(parts) - 1:  # a pipe follows this part: the piece is complete
                if opened or any(p.strip() for p, _ in piece):
                    cells.extend(_piece_cells(piece))
                opened = True
                piece = []
    if any(p.strip() for p, _ in piece):
        cells.extend(_piece_cells(piece))
    return cells


def tokenise(doc: Document, start: int, end: int) -> Tokenised:
    """All lines of ``doc.text[start:end]``: RawTable rows where the reader gave grids, the
    text in between by its rendering family."""
    grids = [(i, t) for i, t in enumerate(doc.tables) if t.start < end and t.end > start]
    lines: list[Line] = []
    renderings: list[str] = []
    pos = start
    for index, table in grids:
        if table.start > pos:
            more, family = text_lines(doc.text[pos:table.start], pos)
            if more:
                lines.extend(more)
                renderings.append(family)
        table_lines = grid_lines(table, index)
        if table_lines:
            lines.extend(table_lines)
            renderings.append(f"{table.origin}-grid")
        pos = max(pos, table.end)
    if pos < end:
        more, family = text_lines(doc.text[pos:end], pos)
        if more:
            lines.extend(more)
            renderings.append(family)
    seen: dict[str, None] = {}
    for r in renderings:
        seen.setdefault(r, None)
    return Tokenised(tuple(lines), tuple(seen), {i: t.origin for i, t in grids})
