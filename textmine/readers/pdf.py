"""PDF reports: the text layer in reading order, ruled tables as grids.

Each page's glyphs and painted paths come from PDFium (:mod:`.pdf_source`, in the shapes
pdfplumber gives); pdfplumber's table finder runs on the *visible* ruling (invisible white
boxes that some producers draw behind every line of body text would otherwise turn whole
pages into one-column "tables"). Grids with at least two
columns become :class:`~textmine.model.RawTable` s; everything else is text. Text lines are
joined into paragraphs by page geometry (:mod:`.pdf_layout`), page furniture is dropped, and
a table cut by a page break is stitched back together (:mod:`.pdf_tables`).

Broken input is reported, never guessed at: a file without ``%PDF`` or ``%%EOF`` (truncated),
a password, a page count over the cap, or a document without a text layer (a scan) each
raise a :class:`~textmine.errors.TextmineError` naming the file.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from operator import itemgetter

from ..errors import CorruptFile, EmptyInput, UndecodableText
from ..model import Document
from .builder import CellSpec, DocumentBuilder
from .pdf_layout import (PageGeometry, TextLine, build_lines, geometry, is_furniture, line_texts,
                         running_headers, starts_paragraph)
from .pdf_source import PageContent, pdfminer_pages, read_document
from .pdf_tables import PdfGrid, continues, grid_from_cells, merge, ruled_cells

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


def _visible(obj: dict) -> bool:
    """Keep every object except fill-only white (or unfilled, unstroked) rectangles: those
    are backgrounds, not rules."""
    if obj.get("object_type") != "rect":
        return True
    if obj.get("stroke"):
        return True
    if not obj.get("fill"):
        return False
    colour = obj.get("non_stroking_color")
    if colour is None:
        return True
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    try:
        values = [float(v) for v in values]
    except (TypeError, ValueError):
        return True
    if len(values) == 4:  # CMYK white is all zeros
        return any(v > 0.03 for v in values)
    return not all(v > 0.97 for v in values)


def _closing_edges(edges: list[dict]) -> list[dict]:
    """Horizontal rules a table lacks where a page break cut it: producers leave the top of
    a continued table, or the bottom of an interrupted one, open. Where two or more vertical
    rules start (or stop) at the same height and no horizontal rule covers their span, one
    is supplied so the cut row still closes into cells."""
    verticals = [e for e in edges if e.get("orientation") == "v"]
    horizontals = [e for e in edges if e.get("orientation") == "h"]
    # the horizontals near a height, found by bisection and summed in their own order
    by_top = sorted(range(len(horizontals)), key=lambda k: horizontals[k]["top"])
    tops = [horizontals[k]["top"] for k in by_top]
    out: list[dict] = []
    for key in ("top", "bottom"):
        groups: dict[int, list[dict]] = {}
        for e in verticals:
            groups.setdefault(round(e[key] / 2), []).append(e)
        for group in groups.values():
            if len(group) < 2:
                continue
            y = sum(e[key] for e in group) / len(group)
            x0 = min(e["x0"] for e in group)
            x1 = max(e["x0"] for e in group)
            # (the window a hair wider than the test below, which alone decides)
            near = sorted(by_top[bisect.bisect_left(tops, y - 2.001):bisect.bisect_right(tops, y + 2.001)])
            covered = sum(max(0.0, min(h["x1"], x1) - max(h["x0"], x0))
                          for h in (horizontals[k] for k in near) if abs(h["top"] - y) <= 2.0)
            if covered < 0.8 * (x1 - x0):
                out.append({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y,
                            "width": x1 - x0, "height": 0.0, "doctop": y})
    return out


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


@dataclass(frozen=True)
class _Ruling:
    """What pdfplumber's table finder reads of a page: its edges and its box."""

    edges: list
    bbox: tuple[float, float, float, float]




def _tables(content: PageContent) -> list:
    """pdfplumber's table finder (lines strategy) on the page's visible ruling: its edges,
    intersections and grouping of cells into tables, with the cells themselves found by
    :func:`~.pdf_tables.ruled_cells` (the same cells, a fraction of the time)."""
    from pdfplumber.table import Table, TableSettings, cells_to_tables, edges_to_intersections

    edges = ruling_edges(content.paths)
    extra = _closing_edges(edges)
    settings = TableSettings.resolve({"explicit_horizontal_lines": extra} if extra else {})
    ruling = _Ruling(edges, (0.0, 0.0, content.width, content.height))
    # TableFinder's own steps, in its order (its __init__ runs them with the slow cell finder)
    intersections = edges_to_intersections(table_edges(edges, settings), settings.intersection_x_tolerance,
                                           settings.intersection_y_tolerance)
    return [Table(ruling, group) for group in cells_to_tables(ruled_cells(intersections))]


def ruling_edges(paths) -> list[dict]:
    """The edges pdfplumber's ``obj_to_edges`` makes of the visible paths (lines, then
    rectangles, then curves), with only what the table finder reads of them (position, size,
    orientation): its edges are copies of the whole path, four to a rectangle."""
    visible = [p for p in paths if _visible(p)]
    edges: list[dict] = []
    for p in visible:
        if p["object_type"] == "line":  # (a slanted line counts as vertical, as pdfplumber has it)
            edges.append(_edge(p, "h" if p["top"] == p["bottom"] else "v"))
    for r in visible:
        if r["object_type"] == "rect":
            x0, x1, top, bottom, width, height = r["x0"], r["x1"], r["top"], r["bottom"], r["width"], r["height"]
            edges.append({"x0": x0, "x1": x1, "top": top, "bottom": top, "width": width, "height": 0,
                          "orientation": "h"})
            edges.append({"x0": x0, "x1": x1, "top": top + height, "bottom": bottom, "width": width, "height": 0,
                          "orientation": "h"})
            edges.append({"x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0, "height": height,
                          "orientation": "v"})
            edges.append({"x0": x1, "x1": x1, "top": top, "bottom": bottom, "width": 0, "height": height,
                          "orientation": "v"})
    for c in visible:
        if c["object_type"] == "curve":
            for (ax, ay), (bx, by) in zip(c["pts"], c["pts"][1:]):
                edges.append({"x0": min(ax, bx), "x1": max(ax, bx), "top": min(ay, by), "bottom": max(ay, by),
                              "width": abs(ax - bx), "height": abs(ay - by),
                              "orientation": "v" if ax == bx else ("h" if ay == by else None)})
    return edges


def _edge(e: dict, orientation: str | None = None) -> dict:
    """What the table finder reads of an edge (``orientation``: unless the edge's own)."""
    return {"x0": e["x0"], "x1": e["x1"], "top": e["top"], "bottom": e["bottom"], "width": e["width"],
            "height": e["height"], "orientation": orientation or e["orientation"]}


def table_edges(edges: list[dict], settings) -> list[dict]:
    """pdfplumber's ``TableFinder.get_edges`` for the lines strategy with explicit horizontal
    lines given as objects (what :func:`_tables` asks of it): the same edges, in the same
    order, at the same positions, as small dicts. Its snapping and joining copy every key of
    every edge at each move (~8 ms a ruled page here); the clustering is pdfplumber's own."""
    from pdfplumber.utils import cluster_objects, obj_to_edges

    if settings.vertical_strategy != "lines" or settings.horizontal_strategy != "lines" \
            or settings.explicit_vertical_lines or \
            any(not isinstance(d, dict) for d in settings.explicit_horizontal_lines or ()):
        raise ValueError("table_edges reads the lines strategy with explicit horizontal lines as objects only")
    pre = settings.edge_min_length_prefilter
    vertical = [_edge(e) for e in edges if e["orientation"] == "v" and e["height"] >= pre]
    horizontal = [_edge(e) for e in edges if e["orientation"] == "h" and e["width"] >= pre]
    horizontal += [_edge(e) for d in settings.explicit_horizontal_lines or () for e in obj_to_edges(d)
                   if e["orientation"] == "h"]

    def snap(objs: list[dict], attr: str, keys: tuple[str, str], tolerance) -> list[dict]:
        out = []
        for cluster in cluster_objects(objs, itemgetter(attr), tolerance):
            average = sum(map(itemgetter(attr), cluster)) / len(cluster)
            for obj in cluster:
                shift = average - obj[attr]
                moved = dict(obj)
                for key in keys:
                    moved[key] = obj[key] + shift
                out.append(moved)
        return out

    if settings.snap_x_tolerance > 0 or settings.snap_y_tolerance > 0:
        vertical = snap(vertical, "x0", ("x0", "x1"), settings.snap_x_tolerance)
        horizontal = snap(horizontal, "top", ("top", "bottom"), settings.snap_y_tolerance)

    def group(edge: dict) -> tuple:
        return ("h", edge["top"]) if edge["orientation"] == "h" else ("v", edge["x0"])

    joined_edges: list[dict] = []
    for (orientation, _), items in itertools.groupby(sorted(vertical + horizontal, key=group), key=group):
        low, high = ("x0", "x1") if orientation == "h" else ("top", "bottom")
        tolerance = settings.join_x_tolerance if orientation == "h" else settings.join_y_tolerance
        ordered = sorted(items, key=itemgetter(low))
        joined = [ordered[0]]
        for e in ordered[1:]:
            last = joined[-1]
            if e[low] <= last[high] + tolerance:
                if e[high] > last[high]:  # extend the current edge to the new extremity
                    longer = dict(last)
                    longer[high] = e[high]
                    if orientation == "h":
                        longer["width"] = e[high] - last["x0"]
                    else:
                        longer["height"] = last["height"] + (e[high] - last[high])
                    joined[-1] = longer
            else:
                joined.append(e)
        joined_edges.extend(joined)
    minimum = settings.edge_min_length
    return [e for e in joined_edges if e["height" if e["orientation"] == "v" else "width"] >= minimum]


def _read_page(content: PageContent) -> _Page:
    number = content.number
    glyphs = [g for g in content.glyphs if g["text"]]
    grids: list[PdfGrid] = []
    in_table: set[int] = set()
    tables = _tables(content) if content.paths else ()
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
