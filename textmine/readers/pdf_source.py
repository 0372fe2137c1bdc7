"""What each page of a PDF holds, read with PDFium (``pypdfium2``): its glyphs with their
boxes and its painted paths (table rules), as plain dicts in the top-down page coordinates
and the shapes pdfplumber gives, so that :mod:`.pdf` lays out text and finds tables on them
without knowing which library read the file.

Why PDFium: pdfminer (under pdfplumber) interprets content streams in Python, nine tenths of
its time tokenising; PDFium does it in C. A real report takes ~60 ms instead of ~600 ms here,
layout and table finding included. What the reader needs is taken to match pdfminer's
readings (``tests/test_pdf_source.py`` checks them glyph by glyph and rule by rule on the
real reports, and the reports read byte-identically):

- a glyph: the text of every character PDFium did not make up itself (it adds spaces and
  line breaks of its own), ``x0``/``x1`` and the baseline-side edge from its *loose* box
  (font ascent/descent, not the ink), and the other edge one font size away, as pdfminer
  boxes a glyph (``size`` = font size times the text matrix's vertical scale). In a vertical
  font PDFium's loose box is one *unscaled* em square (hundreds of points where the text
  matrix scales the font down): then the glyph is one size square on its origin, as pdfminer
  has it;
- a glyph PDFium cannot map to Unicode is counted (``unmapped``) and left out, as pdfminer's
  ``(cid:N)`` glyphs are;
- a path: split into subpaths at each move, each classified as pdfminer does (one segment: a
  line; four axis-aligned segments closing on themselves: a rectangle; anything else: a curve
  through its points), with its draw mode and fill colour (RGB 0-1, what ``pdf_ruling.visible`` reads);
- coordinates are the page's own space: ``/Rotate`` turns a page for display only, and text
  drawn upright in the page's space reads in order there (pdfminer measured it turned, one
  letter per line). No font names: the layout never used them.

PDFium leaves out of its text a text object it measures zero wide: a lone glyph its font
lacks (a font the file does not embed and this machine does not have: CJK fonts on a server)
or a lone space. Such a page is marked ``incomplete`` and read with pdfminer instead
(:func:`pdfminer_pages`), which keeps every glyph it can map whatever the fonts.

PDFium is not thread-safe, and ``ctypes`` lets go of the GIL during its calls: one
process-wide lock is held while a document is open.
"""
from __future__ import annotations

import ctypes
import math
import threading
from dataclasses import dataclass

from ..errors import CorruptFile, EmptyInput, InputTooLarge

#: PDFium is not thread-safe (see module docstring)
PDFIUM_LOCK = threading.Lock()

_TEXT = 1  # FPDF_PAGEOBJ_TEXT
_PATH = 2  # FPDF_PAGEOBJ_PATH
_FORM = 5  # FPDF_PAGEOBJ_FORM
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2  # FPDF_SEGMENT_*
#: nesting depth of form XObjects followed for paths (deeper ones are not table rules)
_MAX_FORM_DEPTH = 8
#: a text object narrower than this (points) is one PDFium's text page leaves out
_MIN_TEXT_WIDTH = 0.01
#: code points PDFium gives a glyph it could not map
_NO_UNICODE = frozenset((0, 0xFFFD, 0xFFFE, 0xFFFF))


@dataclass(frozen=True)
class PageContent:
    """One page: glyph and path dicts in top-down coordinates (``top`` grows downwards)."""

    number: int  # 1-based
    width: float
    height: float
    glyphs: tuple[dict, ...]
    unmapped: int
    paths: tuple[dict, ...]
    #: PDFium left a text object out (see module docstring): read the page with pdfminer
    incomplete: bool = False


def _describe(exc: BaseException) -> str:
    message = str(exc).strip() or type(exc).__name__
    if "password" in message.lower():
        return "the PDF is encrypted with a password; save an unprotected copy"
    return f"not a readable PDF ({message})"[:300]


def read_document(data: bytes, source: str, max_pages: int) -> list[PageContent]:
    """Every page's content, or a :class:`~textmine.errors.TextmineError` naming ``source``."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except Exception as exc:  # PdfiumError for damaged, foreign or locked files
            raise CorruptFile(source, _describe(exc)) from None
        try:
            n_pages = len(document)
            if n_pages == 0:
                raise EmptyInput(source, "the PDF has no pages")
            if n_pages > max_pages:
                raise InputTooLarge(source, f"{n_pages} pages exceeds the {max_pages}-page cap")
            pages = []
            for index in range(n_pages):
                try:
                    pages.append(_read_page(document, index))
                except Exception as exc:
                    raise CorruptFile(source, f"page {index + 1}: {_describe(exc)}") from None
            return pages
        finally:
            document.close()


def _read_page(document, index: int) -> PageContent:
    import pypdfium2.raw as raw

    # the page and its text page through PDFium's own calls, opened and closed here: the
    # pypdfium2 objects around them (finalizers, parent links) cost ~0.6 ms a page
    page = raw.FPDF_LoadPage(document.raw, index)
    if not page:
        raise RuntimeError("Failed to load page.")
    try:
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if not raw.FPDFPage_GetMediaBox(page, left, bottom, right, top):
            left.value, bottom.value = 0.0, 0.0
            right.value, top.value = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
        page_top = float(top.value)
        width = float(right.value - left.value)
        height = float(top.value - bottom.value)
        textpage = raw.FPDFText_LoadPage(page)
        if not textpage:
            raise RuntimeError("Failed to load text page.")
        try:
            glyphs, unmapped = _glyphs(textpage, page_top)
        finally:
            raw.FPDFText_ClosePage(textpage)
        paths, incomplete = _paths(page, page_top)
    finally:
        raw.FPDF_ClosePage(page)
    return PageContent(index + 1, width, height, tuple(glyphs), unmapped, tuple(paths), incomplete)


def pdfminer_pages(data: bytes, numbers: list[int]) -> dict[int, PageContent]:
    """Pages ``numbers`` (1-based) as pdfminer reads them, through pdfplumber: the same
    dicts. The file is opened once; a page pdfminer cannot read is left out (the caller keeps
    PDFium's), and so are all of them when it cannot open the file."""
    import gc
    import io
    import logging

    import pdfplumber

    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)  # pdfminer warns about every oddity of real-world files
    out: dict[int, PageContent] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number in numbers:
                try:
                    page = pdf.pages[number - 1]
                    chars = [g for g in page.chars if g.get("text")]
                    paths = tuple(page.lines + page.rects + page.curves)
                    width, height = float(page.width), float(page.height)
                    page.close()
                except Exception:  # pdfminer raises many unrelated types on broken pages
                    continue
                unmapped = sum(1 for g in chars if g["text"].startswith("(cid:"))
                glyphs = tuple(g for g in chars if not g["text"].startswith("(cid:"))
                out[number] = PageContent(number, width, height, glyphs, unmapped, paths)
    except Exception:  # nor could it open the file
        pass
    finally:
        logger.setLevel(level)
    # pdfminer's objects live in reference cycles (~7,000 a file) that batch workers, which
    # collect rarely, would keep until a full collection
    gc.collect()
    return out


#: PDFium functions called per glyph, page object or path segment (thousands of times a page)
_HOT_CALLS = (
    "FPDFText_IsGenerated", "FPDFText_HasUnicodeMapError", "FPDFText_GetLooseCharBox", "FPDFText_GetFontSize",
    "FPDFText_GetMatrix", "FPDFText_GetCharOrigin", "FPDFPage_CountObjects", "FPDFPage_GetObject",
    "FPDFPageObj_GetType", "FPDFPageObj_GetBounds", "FPDFPageObj_GetMatrix", "FPDFFormObj_CountObjects",
    "FPDFFormObj_GetObject", "FPDFPath_GetDrawMode", "FPDFPageObj_GetFillColor", "FPDFPath_CountSegments",
    "FPDFPath_GetPathSegment", "FPDFPathSegment_GetPoint", "FPDFPathSegment_GetType", "FPDFPathSegment_GetClose",
)
_hot: dict = {}


def _calls() -> dict:
    """:data:`_HOT_CALLS` as ctypes prototypes of the same library functions that take every
    pointer (handles, out-parameters) as a plain address and give handles back as addresses.
    pypdfium2's bindings check and convert typed pointers on each call: a quarter of the
    ~1.3 µs a call costs here, and a real report's page makes ~3,000 of them (its ~450 text
    objects, ~560 glyphs and ~220 path segments). Made once per process, from the addresses
    of pypdfium2's own function objects (same library, same calling convention)."""
    if not _hot:
        import pypdfium2.raw as raw

        def plain(kind):
            return ctypes.c_void_p if kind is not None and issubclass(kind, ctypes._Pointer) else kind

        made = {}
        for name in _HOT_CALLS:
            bound = getattr(raw, name)
            quick = type(bound)(_address(bound))
            quick.argtypes = [plain(kind) for kind in bound.argtypes]
            quick.restype = plain(bound.restype)
            made[name] = quick
        _hot.update(made)
    return _hot


def _address(pointer) -> int | None:
    """The address a ctypes pointer (a pypdfium2 handle, a function) holds. Read off its
    buffer: ``ctypes.cast`` would leave two objects in a reference cycle at each call."""
    return ctypes.c_void_p.from_buffer(pointer).value


def _glyphs(textpage, page_top: float) -> tuple[list[dict], int]:
    import pypdfium2.raw as raw

    box = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    glyphs: list[dict] = []
    unmapped = 0
    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return glyphs, unmapped
    # every character's code in one call (one UTF-16 unit per character index), into a
    # plain buffer: an array type of this length, made per call, would live in cycles
    memory = bytearray(2 * (n + 1))
    raw.FPDFText_GetText(textpage, 0, n, ctypes.pointer(ctypes.c_ushort.from_buffer(memory)))
    codes = memoryview(memory).cast("H")[:n].tolist()
    calls = _calls()
    is_generated, map_error = calls["FPDFText_IsGenerated"], calls["FPDFText_HasUnicodeMapError"]
    char_box, font_size = calls["FPDFText_GetLooseCharBox"], calls["FPDFText_GetFontSize"]
    char_matrix, char_origin = calls["FPDFText_GetMatrix"], calls["FPDFText_GetCharOrigin"]
    page = _address(textpage)
    box_at, matrix_at = ctypes.addressof(box), ctypes.addressof(matrix)
    origin_at = (ctypes.addressof(origin_x), ctypes.addressof(origin_y))
    i = 0
    while i < n:
        k = i
        i += 1
        code = codes[k]
        if code == 10 or code == 13:
            continue
        # PDFium makes up spaces (and the line breaks above) of its own
        if code == 32 and is_generated(page, k) == 1:
            continue
        if code in _NO_UNICODE or map_error(page, k) == 1:
            unmapped += 1
            continue
        if 0xD800 <= code < 0xDC00 and i < n:  # a character beyond the BMP, as two halves
            low = codes[i]
            if 0xDC00 <= low < 0xE000:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                i += 1
        if 0xD800 <= code < 0xE000:
            unmapped += 1
            continue
        if not char_box(page, k, box_at):
            continue
        em = font_size(page, k)
        size = em
        if char_matrix(page, k, matrix_at):
            size *= math.hypot(matrix.c, matrix.d)
        x0, x1, y0 = float(box.left), float(box.right), float(box.bottom)
        if abs(size - em) > 0.01 and abs((x1 - x0) - em) < 0.01 and \
                char_origin(page, k, *origin_at):
            # vertical writing: PDFium boxes the glyph one unscaled em wide and high around
            # its origin; pdfminer one (scaled) size square standing on it
            x0, y0 = float(origin_x.value), float(origin_y.value)
            x1 = x0 + size
        glyphs.append({"text": chr(code), "x0": x0, "x1": x1, "top": page_top - (y0 + size),
                       "bottom": page_top - y0, "size": size})
    return glyphs, unmapped


# --------------------------------------------------------------------------- paths


def _paths(page, page_top: float) -> tuple[list[dict], bool]:
    """Path dicts (pdfplumber's ``line`` / ``rect`` / ``curve`` objects, the attributes
    :mod:`.pdf` reads) of every path on the page in painting order, form XObjects followed;
    and whether a text object on the way is zero wide (which PDFium's text page skips)."""
    calls = _calls()
    paths: list[dict] = []
    unmeasured = _walk(_address(page), calls["FPDFPage_CountObjects"], calls["FPDFPage_GetObject"], _IDENTITY,
                       page_top, 0, paths)
    return paths, unmeasured


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _walk(parent: int, count, get, outer: tuple, page_top: float, depth: int, paths: list[dict]) -> bool:
    import pypdfium2.raw as raw

    calls = _calls()
    object_type, bounds, object_matrix = calls["FPDFPageObj_GetType"], calls["FPDFPageObj_GetBounds"], \
        calls["FPDFPageObj_GetMatrix"]
    unmeasured = False
    matrix = raw.FS_MATRIX()
    matrix_at = ctypes.addressof(matrix)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    box_at = tuple(map(ctypes.addressof, (left, bottom, right, top)))
    for k in range(count(parent)):
        obj = get(parent, k)
        kind = object_type(obj)
        if kind == _TEXT:
            if not unmeasured and bounds(obj, *box_at):
                unmeasured = abs(right.value - left.value) < _MIN_TEXT_WIDTH
            continue
        if kind != _PATH and (kind != _FORM or depth >= _MAX_FORM_DEPTH):
            continue
        own = outer
        if object_matrix(obj, matrix_at):
            own = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == _PATH:
            paths.extend(_path_objects(obj, own, page_top))
        elif _walk(obj, calls["FPDFFormObj_CountObjects"], calls["FPDFFormObj_GetObject"], own, page_top,
                   depth + 1, paths):
            unmeasured = True
    return unmeasured


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying ``inner`` then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _segments(obj, m: tuple) -> list[tuple[str, tuple[float, float] | None]]:
    """The path as pdfminer's operators with their end points in page space: ``m`` / ``l``
    / ``c`` (a cubic: PDFium gives its two control points and end point as three segments;
    the end point is what pdfminer keeps) and ``h`` (close, no point)."""
    calls = _calls()
    get_segment, get_point = calls["FPDFPath_GetPathSegment"], calls["FPDFPathSegment_GetPoint"]
    segment_type, closes = calls["FPDFPathSegment_GetType"], calls["FPDFPathSegment_GetClose"]
    a, b, c, d, e, f = m
    x, y = ctypes.c_float(), ctypes.c_float()
    x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
    ops: list[tuple[str, tuple[float, float] | None]] = []
    pending_bezier = 0
    for k in range(calls["FPDFPath_CountSegments"](obj)):
        segment = get_segment(obj, k)
        if not segment or not get_point(segment, x_at, y_at):
            continue
        kind = segment_type(segment)
        if kind == _BEZIERTO:
            pending_bezier += 1
            if pending_bezier < 3:
                continue
            op = "c"
        else:
            op = "m" if kind == _MOVETO else "l"
        pending_bezier = 0
        px, py = float(x.value), float(y.value)
        ops.append((op, (a * px + c * py + e, b * px + d * py + f)))
        if closes(segment):
            ops.append(("h", None))
    return ops


def _path_objects(obj, m: tuple, page_top: float) -> list[dict]:
    calls = _calls()
    fill_mode, stroke_flag = ctypes.c_int(), ctypes.c_int()
    if not calls["FPDFPath_GetDrawMode"](obj, ctypes.addressof(fill_mode), ctypes.addressof(stroke_flag)):
        return []
    attrs = {"stroke": bool(stroke_flag.value), "fill": fill_mode.value != 0, "non_stroking_color": None}
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if calls["FPDFPageObj_GetFillColor"](obj, *map(ctypes.addressof, (r, g, b, a))):
        attrs["non_stroking_color"] = (r.value / 255, g.value / 255, b.value / 255)
    ops = _segments(obj, m)
    out: list[dict] = []
    starts = [k for k, (op, _) in enumerate(ops) if op == "m"]
    if not ops or ops[0][0] != "m":
        return out  # a path must begin with a move (pdfminer drops it too)
    for s, e in zip(starts, starts[1:] + [len(ops)]):
        item = _classify(ops[s:e], page_top)
        if item is not None:
            item.update(attrs)
            out.append(item)
    return out


def _classify(subpath: list, page_top: float) -> dict | None:
    """One subpath as pdfminer takes it: a line, a rectangle or a curve (see module docstring)."""
    shape = "".join(op for op, _ in subpath)
    first = subpath[0][1]
    pts = [pt if op != "h" else first for op, pt in subpath]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in ("mlh", "ml"):
        kind, pts = "line", pts[:2]
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        kind = "rect" if pts[0] == pts[4] and square else "curve"
    else:
        kind = "curve"
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    item = {"object_type": kind, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": page_top - y1,
            "bottom": page_top - y0, "doctop": page_top - y1, "width": x1 - x0, "height": y1 - y0}
    if kind == "curve":
        item["pts"] = [(x, page_top - y) for x, y in pts]
    return item
