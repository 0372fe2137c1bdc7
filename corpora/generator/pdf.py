"""A generated report as a PDF, laid out the way an office suite exports one: A4 pages, an
indented first line to every paragraph, wrapped lines, ruled tables whose merged cells are
drawn as one box, tables that run on over a page break (cut between rows, a merged cell cut
in two where no row boundary is free), and a page number in the footer.

Text is drawn in Type3 fonts of 255 characters each (a character's font and code are given
in order of first use) with ToUnicode maps, which is what text extraction reads. Each glyph
is an empty procedure with its box (``d1``): a viewer shows nothing, but every reader measures
glyphs as in a file with embedded fonts. (A CID font the file does not embed would do for
pdfminer, but PDFium, on a machine without that font, measures a lone glyph zero wide and
leaves it out of its text.) Widths: full width for CJK characters and punctuation, half for
everything below U+2000. Every byte is a function of the inputs: no dates, no document ID.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from .tables import Cell

PAGE_W, PAGE_H = 595.0, 842.0
#: the body box (top-down y, as the reader's coordinates)
LEFT, RIGHT, TOP, BOTTOM = 72.0, 523.0, 72.0, 770.0
FOOTER_TOP = 790.0
#: the font's ascent (per 1000): where a line's baseline sits below its top
ASCENT = 859
#: characters that may not start a line (they stay at the end of the line before)
NO_LINE_START = "，。、；：？！）》”’,.;:?!)%"
#: cell padding, points
PAD = 3.0
#: footer styles: page number n of N
FOOTERS = ("- {n} -", "第{n}页 共{total}页", "— {n} —")


class _Fonts:
    """Characters to (font, code): 255 codes per Type3 font, given in order of first use."""

    PER_FONT = 255

    def __init__(self) -> None:
        self.codes: dict[str, tuple[int, int]] = {}

    def runs(self, text: str) -> list[tuple[int, str]]:
        """``text`` as (font, hex codes) runs."""
        out: list[tuple[int, str]] = []
        for ch in text:
            if ch not in self.codes:
                n = len(self.codes)
                self.codes[ch] = (n // self.PER_FONT, n % self.PER_FONT + 1)
            font, code = self.codes[ch]
            if out and out[-1][0] == font:
                out[-1] = (font, out[-1][1] + f"{code:02X}")
            else:
                out.append((font, f"{code:02X}"))
        return out

    def show(self, x: float, baseline: float, size: float, text: str) -> str:
        shown = " ".join(f"/T{font} {size:g} Tf <{codes}> Tj" for font, codes in self.runs(text))
        return f"BT 1 0 0 1 {x:.2f} {baseline:.2f} Tm {shown} ET"


def char_width(ch: str, size: float) -> float:
    return size * (0.5 if ord(ch) < 0x2000 else 1.0)


def text_width(text: str, size: float) -> float:
    return sum(char_width(ch, size) for ch in text)


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (the first ``indent`` narrower); CJK text
    breaks anywhere, but closing punctuation never starts a line."""
    lines: list[str] = []
    line, used, room = "", 0.0, width - indent
    for ch in text:
        w = char_width(ch, size)
        if line and used + w > room and ch not in NO_LINE_START:
            lines.append(line)
            line, used, room = "", 0.0, width
        line += ch
        used += w
    if line or not lines:
        lines.append(line)
    return lines


@dataclass
class _Page:
    ops: list[str] = field(default_factory=list)


class _Layout:
    """Pages of drawing operators, filled top to bottom."""

    def __init__(self) -> None:
        self.pages: list[_Page] = [_Page()]
        self.y = TOP
        self.fonts = _Fonts()

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = TOP

    def room(self, height: float) -> bool:
        return self.y + height <= BOTTOM

    def text(self, x: float, top: float, size: float, text: str) -> None:
        baseline = PAGE_H - (top + size * ASCENT / 1000)
        self.page.ops.append(self.fonts.show(x, baseline, size, text))

    def box(self, x0: float, top: float, x1: float, bottom: float) -> None:
        self.page.ops.append(f"{x0:.2f} {PAGE_H - bottom:.2f} {x1 - x0:.2f} {bottom - top:.2f} re S")

    def paragraph(self, text: str, size: float, pitch: float, *, indent: float, center: bool = False) -> None:
        for k, line in enumerate(wrap(text, RIGHT - LEFT, size, 0.0 if center else indent)):
            if not self.room(pitch):
                self.new_page()
            if center:
                x = LEFT + (RIGHT - LEFT - text_width(line, size)) / 2
            else:
                x = LEFT + (indent if k == 0 else 0.0)
            self.text(x, self.y, size, line)
            self.y += pitch


# --------------------------------------------------------------------------- tables


def _anchors(grid: list[list]) -> dict[tuple[int, int], Cell]:
    return {(r, c): cell for r, row in enumerate(grid) for c, cell in enumerate(row) if isinstance(cell, Cell)}


def _column_edges(grid: list[list], size: float) -> list[float]:
    """Column boundaries: each column as wide as its longest one-column cell wants (within
    bounds), scaled to the body width."""
    n = len(grid[0])
    want = [2.5 * size + 2 * PAD] * n
    for (r, c), cell in _anchors(grid).items():
        if cell.colspan == 1:
            want[c] = max(want[c], min(text_width(cell.text, size), 8 * size) + 2 * PAD)
    scale = (RIGHT - LEFT) / sum(want)
    edges = [LEFT]
    for w in want:
        edges.append(edges[-1] + w * scale)
    edges[-1] = RIGHT
    return edges


def _safe_rows(grid: list[list]) -> set[int]:
    """Rows a page break may come before: no merged cell runs from the row above into them."""
    unsafe = set()
    for (r, _), cell in _anchors(grid).items():
        unsafe.update(range(r + 1, r + cell.rowspan))
    return set(range(len(grid))) - unsafe


def table(layout: _Layout, grid: list[list], size: float) -> None:
    """Draw ``grid`` (rows of :class:`Cell` / placeholders) as a ruled table from the
    layout's cursor on, running over page breaks."""
    anchors = _anchors(grid)
    edges = _column_edges(grid, size)
    pitch = round(size * 1.3, 2)
    lines = {key: wrap(cell.text, edges[key[1] + cell.colspan] - edges[key[1]] - 2 * PAD, size)
             for key, cell in anchors.items()}
    need = {key: len(lines[key]) * pitch + 2 * PAD for key in anchors}
    heights = [pitch + 2 * PAD] * len(grid)
    for (r, c), cell in anchors.items():
        if cell.rowspan == 1:
            heights[r] = max(heights[r], need[(r, c)])
    for (r, c), cell in anchors.items():
        if cell.rowspan > 1:
            short = need[(r, c)] - sum(heights[r:r + cell.rowspan])
            if short > 0:
                heights[r + cell.rowspan - 1] += short
    # rows to pages: a row that does not fit starts a new page, taking with it the rows
    # back to the last row a break may come before (when that is not the piece's first)
    safe = _safe_rows(grid)
    pieces: list[list[int]] = [[]]
    y = layout.y
    for r in range(len(grid)):
        if y + heights[r] > BOTTOM and (pieces[-1] or y > TOP):
            back = [s for s in pieces[-1] if s in safe and s != pieces[-1][0]]
            if pieces[-1] and back and r not in safe:
                cut = pieces[-1].index(back[-1])
                moved = pieces[-1][cut:]
                pieces[-1] = pieces[-1][:cut]
            else:
                moved = []
            pieces.append(moved)
            y = TOP + sum(heights[m] for m in moved)
        pieces[-1].append(r)
        y += heights[r]
    for k, rows in enumerate(pieces):
        if k:
            layout.new_page()
        if not rows:
            continue
        tops = {}
        y = layout.y
        for r in rows:
            tops[r] = y
            y += heights[r]
        on_page = set(rows)
        for (r, c), cell in sorted(anchors.items()):
            spanned = [rr for rr in range(r, r + cell.rowspan) if rr in on_page]
            if not spanned:
                continue
            top, bottom = tops[spanned[0]], tops[spanned[-1]] + heights[spanned[-1]]
            x0, x1 = edges[c], edges[c + cell.colspan]
            layout.box(x0, top, x1, bottom)
            if r not in on_page:
                continue  # the text of a cell cut by the break is on the page before
            text_lines = lines[(r, c)]
            block = len(text_lines) * pitch
            line_top = top + max(PAD, (bottom - top - block) / 2)
            for line in text_lines:
                if line:
                    layout.text(x0 + (x1 - x0 - text_width(line, size)) / 2, line_top + (pitch - size) / 2, size, line)
                line_top += pitch
        layout.y = y
    layout.y += pitch


# --------------------------------------------------------------------------- the file


def _to_unicode(chars: list[str]) -> bytes:
    """The ToUnicode map of one font: code k + 1 is ``chars[k]``."""
    entries = [f"<{k + 1:02X}> <{ch.encode('utf-16-be').hex().upper()}>" for k, ch in enumerate(chars)]
    blocks = [f"{len(entries[i:i + 100])} beginbfchar\n" + "\n".join(entries[i:i + 100]) + "\nendbfchar"
              for i in range(0, len(entries), 100)]
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" + "\n".join(blocks) +
            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
    return cmap.encode("ascii")


def _stream(body: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"


def write_pdf(pages: list[list[str]], fonts: _Fonts) -> bytes:
    """The PDF file: catalog, page tree, the two glyph procedures (full and half width), each
    font and its ToUnicode map, then each page and its content stream."""
    by_font: dict[int, list[str]] = {}
    for ch, (font, code) in fonts.codes.items():
        by_font.setdefault(font, []).append(ch)
    n_fonts = len(by_font)
    first_font = 5
    first_page = first_font + 2 * n_fonts
    kids = " ".join(f"{first_page + 2 * k} 0 R" for k in range(len(pages)))
    descent = ASCENT - 1000
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        _stream(f"1000 0 0 {descent} 1000 {ASCENT} d1".encode()),
        _stream(f"500 0 0 {descent} 500 {ASCENT} d1".encode()),
    ]
    for font in range(n_fonts):
        chars = by_font[font]
        names = " ".join(f"/g{k + 1}" for k in range(len(chars)))
        procs = " ".join(f"/g{k + 1} {4 if ord(ch) < 0x2000 else 3} 0 R" for k, ch in enumerate(chars))
        widths = " ".join("500" if ord(ch) < 0x2000 else "1000" for ch in chars)
        objs.append(f"<< /Type /Font /Subtype /Type3 /FontBBox [0 {descent} 1000 {ASCENT}] "
                    f"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << {procs} >> "
                    f"/Encoding << /Type /Encoding /Differences [1 {names}] >> /FirstChar 1 "
                    f"/LastChar {len(chars)} /Widths [{widths}] /ToUnicode {first_font + 2 * font + 1} 0 R "
                    "/Resources << >> >>".encode())
        objs.append(_stream(_to_unicode(chars)))
    font_refs = " ".join(f"/T{k} {first_font + 2 * k} 0 R" for k in range(n_fonts))
    for k, ops in enumerate(pages):
        content = first_page + 2 * k + 1
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W:g} {PAGE_H:g}] /Contents {content} 0 R "
                    f"/Resources << /Font << {font_refs} >> >> >>".encode())
        objs.append(_stream("\n".join(["0.5 w 0 0 0 RG", *ops]).encode("ascii")))
    out = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"]
    offsets = []
    size = len(out[0])
    for number, body in enumerate(objs, 1):
        offsets.append(size)
        chunk = b"%d 0 obj\n" % number + body + b"\nendobj\n"
        out.append(chunk)
        size += len(chunk)
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    out += [b"%010d 00000 n \n" % offset for offset in offsets]
    out.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, size))
    return b"".join(out)


def pdf_document(doc: dict, rng: random.Random) -> bytes:
    """The report as a PDF (see module docstring); ``rng`` picks the sizes and the footer."""
    body = rng.choice((14.0, 15.0, 16.0))
    pitch = round(body * rng.choice((1.5, 1.6, 1.75)), 2)
    cell_size = rng.choice((9.0, 10.5))
    footer = rng.choice(FOOTERS)
    layout = _Layout()
    layout.paragraph(doc["title"], body + 4, round((body + 4) * 1.5, 2), indent=0.0, center=True)
    layout.y += pitch / 2
    indent = 2 * body
    if doc["preamble"]:
        layout.paragraph(doc["preamble"], body, pitch, indent=indent)
    for heading, paragraphs, grid in doc["sections"]:
        layout.paragraph(heading, body, pitch, indent=indent)
        for paragraph in paragraphs:
            layout.paragraph(paragraph, body, pitch, indent=indent)
        if grid is not None:
            layout.y += pitch / 3
            table(layout, grid, cell_size)
    total = len(layout.pages)
    for n, page in enumerate(layout.pages, 1):
        text = footer.format(n=n, total=total)
        baseline = PAGE_H - (FOOTER_TOP + 10.5 * ASCENT / 1000)
        page.ops.append(layout.fonts.show((PAGE_W - text_width(text, 10.5)) / 2, baseline, 10.5, text))
    return write_pdf([p.ops for p in layout.pages], layout.fonts)


__all__ = ["pdf_document", "wrap", "write_pdf"]
