"""Assemble a :class:`~textmine.model.Document` from paragraphs and tables.

Readers feed raw pieces in document order; the builder normalises each piece as it is
appended, so the offsets it hands out are offsets into the final normalised text. Tables are
written into the text as one line per grid row with TAB between cells (the same shape the
seed report has), and each cell keeps the span of its own text.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..model import Document, RawCell, RawTable
from ..normalize import join_wrapped_lines, normalize_text


#: the most grid columns a cell may span (browsers clip colspan to 1000; Word's tables have at
#: most 63 columns): more is a broken file, whose table would otherwise be laid out that wide
MAX_SPAN = 1000


# not frozen: hundreds are made per report and a frozen dataclass's __init__ costs
# about five times as much; nothing assigns to one after it is made
@dataclass(slots=True)
class CellSpec:
    """A cell as a reader sees it, before it has offsets."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1


@functools.lru_cache(maxsize=16384)
def clean_cell_text(text: str) -> str:
    """One line of text for a cell: wrapped lines joined, TABs turned into spaces. Cached:
    tables repeat the same labels and numbers."""
    text = normalize_text(text)
    return join_wrapped_lines(text.replace("\t", " ").split("\n"))


class DocumentBuilder:
    def __init__(self, source: str, fmt: str, encoding: str | None = None):
        self.source = source
        self.format = fmt
        self.encoding = encoding
        self._parts: list[str] = []
        self._length = 0
        self._tables: list[RawTable] = []
        self._pages: list[tuple[int, int]] = []
        self._page_start: int | None = None
        #: offset where each row of the last table added starts (for page marks inside it)
        self.row_starts: list[int] = []

    # -- low level ----------------------------------------------------------------------
    @property
    def offset(self) -> int:
        return self._length

    def _emit(self, normalised: str) -> None:
        self._parts.append(normalised)
        self._length += len(normalised)

    def _ends_with_newline(self) -> bool:
        for part in reversed(self._parts):
            if part:
                return part.endswith("\n")
        return True

    def _ensure_line_start(self) -> None:
        if not self._ends_with_newline():
            self._emit("\n")

    # -- public -------------------------------------------------------------------------
    def add_text(self, text: str) -> tuple[int, int]:
        """Append raw text verbatim (normalised). Returns its span."""
        normalised = normalize_text(text)
        start = self._length
        self._emit(normalised)
        return start, self._length

    def add_paragraph(self, text: str) -> tuple[int, int] | None:
        """Append one paragraph on its own line(s); blank paragraphs are skipped and the
        indentation around a paragraph (full-width spaces, NBSP) is dropped."""
        normalised = normalize_text(text).strip()
        if not normalised.strip():
            return None
        self._ensure_line_start()
        start = self._length
        self._emit(normalised)
        end = self._length
        self._emit("\n")
        return start, end

    def add_table(self, cells: list[CellSpec], origin: str, page: int | None = None) -> RawTable | None:
        """Write a grid into the text (row per line, TAB between grid positions) and record
        it. A spanning cell's text is written once, at its top-left position."""
        if not cells:
            return None
        anchors = {(c.row, c.col): c for c in cells}
        n_rows = max(c.row + c.rowspan for c in cells)
        n_cols = max(c.col + c.colspan for c in cells)
        self._ensure_line_start()
        table_start = length = self._length
        raw_cells: list[RawCell] = []
        row_starts: list[int] = []
        # what _emit does, inline: a table is hundreds of pieces
        parts = self._parts
        for r in range(n_rows):
            row_starts.append(length)
            for c in range(n_cols):
                if c:
                    parts.append("\t")
                    length += 1
                spec = anchors.get((r, c))
                if spec is None:
                    continue
                text = clean_cell_text(spec.text)
                parts.append(text)
                raw_cells.append(RawCell(r, c, text, length, length + len(text), spec.rowspan, spec.colspan))
                length += len(text)
            parts.append("\n")
            length += 1
        self._length = length
        self.row_starts = row_starts
        table = RawTable(tuple(raw_cells), table_start, length, origin, page)
        self._tables.append(table)
        return table

    def start_page(self) -> None:
        self._ensure_line_start()
        self._page_start = self._length

    def end_page(self) -> None:
        if self._page_start is not None:
            self._pages.append((self._page_start, self._length))
            self._page_start = None

    def build(self) -> Document:
        return Document(
            source=self.source,
            format=self.format,
            text="".join(self._parts),
            encoding=self.encoding,
            tables=tuple(self._tables),
            pages=tuple(self._pages),
        )
