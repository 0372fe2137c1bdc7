"""PDF reports: the text layer in reading order, ruled tables as grids.

Each page's glyphs and painted paths come from PDFium (:mod:`.pdf_source`, in the shapes
pdfplumber gives); ruled tables are found on the *visible* ruling as pdfplumber's table
finder finds them (:mod:`.pdf_ruling`; invisible white boxes that some producers draw behind
every line of body text would otherwise turn whole pages into one-column "tables"). Grids
with at least two columns become :class:`~textmine.model.RawTable` s; everything else is
text. Text lines are joined into paragraphs by page geometry (:mod:`.pdf_layout`), page
furniture is dropped, and a table cut by a page break is stitched back together
(:mod:`.pdf_tables`).

Broken input is reported, never guessed at: a file without ``%PDF`` or ``%%EOF`` (truncated),
a password, a page count over the cap, or a document without a text layer (a scan) each
raise a :class:`~textmine.errors.TextmineError` naming the file.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..errors import CorruptFile, EmptyInput, UndecodableText
from ..model import Document
from .builder import CellSpec, DocumentBuilder
from .pdf_layout import (PageGeometry, TextLine, build_lines, geometry, is_furniture, line_texts,
                         running_headers, starts_paragraph)
from .pdf_ruling import find_tables
from .pdf_source import PageContent, pdfminer_pages, read_document
from .pdf_tables import PdfGrid, continues, grid_from_cells, merge

#: a table needs at least this many columns; a one-column box framing body text is text
MIN_TABLE_COLUMNS = 2
#: share of glyphs without a Unicode mapping ("(cid:N)") above which the text layer is junk
MAX_UNMAPPED_SHARE = 0.3


@dataclass(frozen=True)
class _Page:
    number: int
    height: float
    items: tuple  # TextLine | PdfGrid, in reading order
    glyphs: int
    unmapped: int


class _CellFinder:
    """The first of a table's cell rectangles (x0, top, x1, bottom; edges included) that
    holds a point. The rectangles' edges cut the plane into slots; each slot lists the
    rectangles over it in their order, so a point is looked up by bisection. A point on an
    edge may lie in rectangles on both sides of it: those few are looked for in order."""

    def __init__(self, rects: list[tuple[float, float, float, float]]):
        self.rects = rects
        self.xs = sorted({v for r in rects for v in (r[0], r[2])})
        self.ys = sorted({v for r in rects for v in (r[1], r[3])})
        self.slots: dict[tuple[int, int], list[int]] = {}
        for k, (x0, top, x1, bottom) in enumerate(rects):
            for i in range(bisect.bisect_left(self.xs, x0), bisect.bisect_left(self.xs, x1)):
                for j in range(bisect.bisect_left(self.ys, top), bisect.bisect_left(self.ys, bottom)):
                    self.slots.setdefault((i, j), []).append(k)

    def __call__(self, x: float, y: float) -> int | None:
        i = bisect.bisect_right(self.xs, x) - 1
        j = bisect.bisect_right(self.ys, y) - 1
        if (0 <= i < len(self.xs) and self.xs[i] == x) or (0 <= j < len(self.ys) and self.ys[j] == y):
            return next((k for k, r in enumerate(self.rects) if r[0] <= x <= r[2] and r[1] <= y <= r[3]), None)
        return next(iter(self.slots.get((i, j), ())), None)


def _read_page(content: PageContent) -> _Page:
    number = content.number
    glyphs = [g for g in content.glyphs if g["text"]]
    grids: list[PdfGrid] = []
    in_table: set[int] = set()
    tables = find_tables(content.paths) if content.paths else ()
    centres = [((g["x0"] + g["x1"]) / 2, (g["top"] + g["bottom"]) / 2) for g in glyphs] if tables else []
    for table in tables:
        rects = [tuple(float(v) for v in cell) for cell in table.cells]
        if not rects:
            continue
        x0, top, x1, bottom = (float(v) for v in table.bbox)
        find = _CellFinder(rects)
        per_cell: list[list[dict]] = [[] for _ in rects]
        members: list[int] = []
        for i, (cx, cy) in enumerate(centres):
            if i in in_table or not (x0 <= cx <= x1 and top <= cy <= bottom):
                continue
            k = find(cx, cy)
            if k is not None:
                per_cell[k].append(glyphs[i])
                members.append(i)
        texts = ["\n".join(line_texts(cell_glyphs)) for cell_glyphs in per_cell]
        grid = grid_from_cells(rects, texts, number)
        if grid.n_cols < MIN_TABLE_COLUMNS or not any(t.strip() for t in texts):
            continue
        grids.append(grid)
        in_table.update(members)
    free = [g for i, g in enumerate(glyphs) if i not in in_table]
    lines = [ln for ln in build_lines(free, number) if not is_furniture(ln, content.height)]
    items: list = list(lines) + grids
    items.sort(key=lambda it: it.top if isinstance(it, TextLine) else it.bbox[1])
    return _Page(number, content.height, tuple(items), len(glyphs) + content.unmapped, content.unmapped)


def _check_container(data: bytes, source: str) -> None:
    if not data.lstrip()[:1024].find(b"%PDF-") >= 0:
        raise CorruptFile(source, "not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-4096:]:
        raise CorruptFile(source, "the PDF is truncated (no %%EOF end marker); download it again")


def read_pages(data: bytes, source: str, limits) -> list[_Page]:
    _check_container(data, source)
    pages: list[_Page] = []
    contents = read_document(data, source, limits.max_pdf_pages)
    incomplete = [c.number for c in contents if c.incomplete]
    # a page PDFium read only in part is pdfminer's, unless pdfminer cannot read it at all
    redone = pdfminer_pages(data, incomplete) if incomplete else {}
    for content in contents:
        content = redone.get(content.number, content)
        try:
            pages.append(_read_page(content))
        except Exception as exc:  # the table finder on a malformed ruling
            raise CorruptFile(source, f"page {content.number}: cannot lay out the page "
                                      f"({type(exc).__name__}: {exc})"[:300]) from None
    return pages


# --------------------------------------------------------------------------- assembly


def _stitch_tables(pages: list[_Page]) -> list[tuple[int, object]]:
    """All items in reading order as (page, item); a table piece that opens a page and
    continues the table that closed the previous page is merged into it."""
    out: list[tuple[int, object]] = []
    for page in pages:
        for i, item in enumerate(page.items):
            if (i == 0 and isinstance(item, PdfGrid) and out and isinstance(out[-1][1], PdfGrid)
                    and continues(out[-1][1], item)):
                out[-1] = (out[-1][0], merge(out[-1][1], item))
                continue
            out.append((page.number, item))
    return out


def _join(lines: list[TextLine]) -> tuple[str, list[int]]:
    """One paragraph's text from its lines and the offset where each line starts in it."""
    text = ""
    starts: list[int] = []
    for line in lines:
        piece = line.text.strip()
        if text and piece and text[-1].isascii() and text[-1].isalpha() and piece[0].isascii() and piece[0].isalpha():
            text += " "
        starts.append(len(text))
        text += piece
    return text, starts


def _cell_specs(grid: PdfGrid) -> list[CellSpec]:
    return [CellSpec(c.row, c.col, c.text, c.rowspan, c.colspan) for c in grid.cells]


def assemble(pages: list[_Page], source: str) -> Document:
    from ..normalize import normalize_text

    lines_by_page = [[it for it in p.items if isinstance(it, TextLine)] for p in pages]
    headers = running_headers(lines_by_page, [p.height for p in pages])
    if headers:
        import regex

        pages = [_Page(p.number, p.height, tuple(
            it for it in p.items
            if not (isinstance(it, TextLine) and regex.sub(r"\d+", "#", it.text) in headers
                    and (it.top < 0.09 * p.height or it.bottom > 0.91 * p.height))), p.glyphs, p.unmapped)
            for p in pages]
        lines_by_page = [[it for it in p.items if isinstance(it, TextLine)] for p in pages]
    geo: PageGeometry = geometry([ln for lines in lines_by_page for ln in lines])
    builder = DocumentBuilder(source, "pdf", None)
    page_starts: dict[int, int] = {}
    paragraph: list[TextLine] = []

    def flush() -> None:
        if not paragraph:
            return
        normalised = [TextLine(ln.page, ln.top, ln.bottom, ln.x0, ln.x1, ln.size, ln.font,
                               normalize_text(ln.text)) for ln in paragraph]
        text, starts = _join(normalised)
        span = builder.add_paragraph(text)
        if span is not None:
            for line, offset in zip(normalised, starts):
                page_starts.setdefault(line.page, span[0] + offset)
        paragraph.clear()

    prev: TextLine | None = None
    for page_no, item in _stitch_tables(pages):
        if isinstance(item, PdfGrid):
            flush()
            prev = None
            table = builder.add_table(_cell_specs(item), "pdf", item.page)
            if table is not None:
                page_starts.setdefault(page_no, table.start)
                for page, row in item.breaks:
                    if row < len(builder.row_starts):
                        page_starts.setdefault(page, builder.row_starts[row])
            continue
        if starts_paragraph(prev, item, geo):
            flush()
        paragraph.append(item)
        prev = item
    flush()
    doc = builder.build()
    spans: list[tuple[int, int]] = []
    cursor = 0
    for page in pages:
        start = max(page_starts.get(page.number, cursor), cursor)
        spans.append((start, start))
        cursor = start
    pages_spans = tuple((s, spans[i + 1][0] if i + 1 < len(spans) else len(doc.text))
                        for i, (s, _) in enumerate(spans))
    return Document(doc.source, doc.format, doc.text, doc.encoding, doc.tables, pages_spans)


def read(data: bytes, source: str, limits) -> Document:
    pages = read_pages(data, source, limits)
    glyphs = sum(p.glyphs for p in pages)
    unmapped = sum(p.unmapped for p in pages)
    if glyphs == 0:
        raise EmptyInput(source, f"no text layer in {len(pages)} page(s) — scanned? OCR is not supported")
    if unmapped > MAX_UNMAPPED_SHARE * glyphs:
        raise UndecodableText(source, f"{unmapped} of {glyphs} characters in the text layer have no "
                                      "Unicode mapping (fonts without ToUnicode); OCR would be needed")
    return assemble(pages, source)
