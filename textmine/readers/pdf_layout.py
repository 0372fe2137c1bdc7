"""Text lines and paragraphs from positioned PDF glyphs (pure functions, no PDF library).

A PDF has no paragraphs, only glyphs at coordinates. This module rebuilds what a reader
sees: glyphs become lines (clustered by baseline, sorted left to right, spaces only where a
Latin word gap or a real column gap is), page furniture ("- 1 -", "第1页 共5页") is dropped,
and wrapped lines are joined into paragraphs using the page geometry: a paragraph starts at
an indented line, after a line that stops short of the right margin, at a change of font
size, or after a wide vertical gap. Chinese wraps anywhere, so joined lines are glued
without a space.
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from typing import Iterable, Sequence

import regex

from ..fastinit import quick_init


#: Lines that are page furniture wherever they stand (one pattern per convention).
FURNITURE_ANYWHERE: tuple[str, ...] = (
    r"[-—–－]\s*\d{1,4}\s*[-—–－]",  # - 1 -
    r"第\s*\d{1,4}\s*页\s*[,，/]?\s*(?:共\s*\d{1,4}\s*页)?",  # 第1页 共5页
    r"共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页",  # 共5页 第1页
    r"(?i:page)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-—–]\s*.{0,60})?",  # Page N - <title>
    r"(?i:p)\.\s*\d{1,4}",  # P. 3
    r"\d{1,4}\s*/\s*\d{1,4}",  # 3 / 12
)
#: Lines that are furniture only in the top or bottom margin band (a bare number there
#: is a page number; in the body it could be a table value).
FURNITURE_IN_MARGIN: tuple[str, ...] = (
    r"\d{1,4}",
)
#: a flipbook pagination strip "7 8 9 10 11" in the margin band: four or more numbers, each one
#: more than the last (a table row such as "0 0 0 0 0 0 0" that a page break put in the band
#: is a row of values, not furniture)
_NUMBER_STRIP = regex.compile(r"^(?:\d{1,4}\s+){3,}\d{1,4}$")
_FURNITURE_ANYWHERE = regex.compile(r"^(?:" + "|".join(FURNITURE_ANYWHERE) + r")$")
_FURNITURE_IN_MARGIN = regex.compile(r"^(?:" + "|".join(FURNITURE_IN_MARGIN) + r")$")

#: share of the page height that counts as top / bottom margin band
MARGIN_BAND = 0.09

#: a paragraph start written as an ordinal, so a heading that is not indented still starts
#: a new paragraph once the previous line ended a sentence
_ORDINAL_START = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、](?!\d)|"
    r"[一二三四五六七八九十]是|第[一二三四五六七八九十]{1,3}(?:部分|章|条)?[,，、])")
_SENTENCE_END = "。！？!?；;：:”\""

# gap thresholds, as fractions of the font size
_LATIN_GAP = 0.2  # between two ASCII letters/digits: a word space
_WIDE_GAP = 0.9  # anywhere: a deliberate gap (column, tab stop)


@quick_init
@dataclass(frozen=True, slots=True)
class TextLine:
    """One visual line of text on a page."""

    page: int  # 1-based
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    font: str
    text: str


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """The body column of a document: where lines normally start and stop."""

    left: float
    right: float
    em: float
    pitch: float  # usual distance between baselines of consecutive lines


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "%.-@_/:#+")


def _line_text(glyphs: Sequence[dict]) -> str:
    """Text of one line from glyphs sorted by x. Spaces in the stream and gaps between
    glyphs become one space only between Latin words / numbers or at wide gaps; the
    justification spaces PDF producers put between CJK characters are dropped."""
    out: list[str] = []
    prev: dict | None = None
    pending_space = False
    for g in glyphs:
        ch = g["text"]
        if not ch:
            continue
        if ch.isspace():
            pending_space = True
            continue
        if prev is not None:
            size = max(min(prev.get("size") or 10.0, g.get("size") or 10.0), 1.0)
            if ch == prev["text"] and abs(g["x0"] - prev["x0"]) < 0.3 * size:
                continue  # the same glyph drawn twice, slightly offset (fake bold)
            gap = g["x0"] - prev["x1"]
            last = out[-1][-1] if out and out[-1] else ""
            latin_pair = _ascii_word(last) and _ascii_word(ch[0])
            if gap > _WIDE_GAP * size or (latin_pair and (pending_space or gap > _LATIN_GAP * size)):
                out.append(" ")
        out.append(ch)
        prev = g
        pending_space = False
    return "".join(out)


def _line_groups(glyphs: Iterable[dict]) -> list[list[dict]]:
    """Glyphs clustered into lines (top to bottom), each sorted left to right."""
    items = [g for g in glyphs if g.get("text")]
    if not items:
        return []
    items.sort(key=lambda g: ((g["top"] + g["bottom"]) / 2, g["x0"]))
    groups: list[list[dict]] = []
    centre = None
    height = None
    for g in items:
        c = (g["top"] + g["bottom"]) / 2
        h = max(g["bottom"] - g["top"], 1.0)
        if groups and abs(c - centre) <= 0.45 * min(h, height):
            groups[-1].append(g)
            continue
        groups.append([g])
        centre, height = c, h
    x0 = itemgetter("x0")
    for group in groups:
        group.sort(key=x0)
    return groups


def line_texts(glyphs: Iterable[dict]) -> list[str]:
    """The texts of :func:`build_lines` alone (a table cell's lines: nothing else of them is
    read, and a ruled page has a few hundred cells)."""
    return [text for text in (_line_text(group).strip() for group in _line_groups(glyphs)) if text]


def build_lines(glyphs: Iterable[dict], page: int) -> list[TextLine]:
    """Cluster glyphs into lines (top to bottom), each sorted left to right."""
    lines: list[TextLine] = []
    for group in _line_groups(glyphs):
        text = _line_text(group).strip()
        if not text:
            continue
        visible = [g for g in group if not g["text"].isspace()] or group
        lines.append(TextLine(
            page=page,
            top=min(g["top"] for g in visible),
            bottom=max(g["bottom"] for g in visible),
            x0=visible[0]["x0"],
            x1=max(g["x1"] for g in visible),
            size=_most_common([round(g.get("size") or 0.0, 1) for g in visible]),
            font=_most_common([str(g.get("fontname") or "") for g in visible]),
            text=text,
        ))
    return lines


def _most_common(values: list):
    """The most common value (the first seen of the most common), without counting when all
    are the same, as in most lines."""
    first = values[0]
    if all(v == first for v in values):
        return first
    return Counter(values).most_common(1)[0][0]


def is_furniture(line: TextLine, page_height: float) -> bool:
    """Page numbers, "第N页 共M页", flipbook "Page N - title" strips."""
    text = line.text.strip()
    if _FURNITURE_ANYWHERE.match(text):
        return True
    in_margin = line.top < MARGIN_BAND * page_height or line.bottom > (1 - MARGIN_BAND) * page_height
    return bool(in_margin and (_FURNITURE_IN_MARGIN.match(text) or _is_pagination_strip(text)))


def _is_pagination_strip(text: str) -> bool:
    if not _NUMBER_STRIP.match(text):
        return False
    numbers = [int(n) for n in text.split()]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def running_headers(lines_by_page: Sequence[Sequence[TextLine]], heights: Sequence[float]) -> set[str]:
    """Texts that repeat in the margin band of most pages (a running header or footer such
    as the report title on every page)."""
    if len(lines_by_page) < 3:
        return set()
    seen: Counter[str] = Counter()
    for lines, height in zip(lines_by_page, heights):
        texts = {regex.sub(r"\d+", "#", ln.text) for ln in lines
                 if ln.top < MARGIN_BAND * height or ln.bottom > (1 - MARGIN_BAND) * height}
        seen.update(texts)
    need = max(3, (len(lines_by_page) + 1) // 2)
    return {t for t, n in seen.items() if n >= need}


def geometry(lines: Sequence[TextLine]) -> PageGeometry:
    """The body column, from the lines that carry most of the text."""
    if not lines:
        return PageGeometry(0.0, 0.0, 10.0, 14.0)
    em = statistics.median(ln.size for ln in lines) or 10.0
    body = [ln for ln in lines if abs(ln.size - em) < 1.0] or list(lines)
    # the left margin: where wrapped lines start, which is left of the indented first lines
    # even where those are the more common (a report of one- and two-line paragraphs)
    starts = Counter(round(ln.x0) for ln in body)
    usual = starts.most_common(1)[0][1]
    left = min(x for x, n in starts.items() if n >= max(2, 0.25 * usual) or n == usual)
    # the right margin: what long lines reach (the highest common value, not a stray one)
    rights = sorted(round(ln.x1) for ln in body)
    right = rights[int(len(rights) * 0.8)] if len(rights) > 4 else rights[-1]
    pitches = [b.top - a.top for a, b in zip(body, body[1:])
               if a.page == b.page and 0 < b.top - a.top < 3 * em]
    pitch = statistics.median(pitches) if pitches else 1.5 * em
    return PageGeometry(float(left), float(right), float(em), float(pitch))


def _wraps_centred(prev: TextLine, line: TextLine, geo: PageGeometry) -> bool:
    """``line`` is centred (as far from both margins, not at the left one) and continues
    ``prev``: a line as wide as the body in the same size on the same page, one pitch above,
    that ends no sentence. A title too long for one line wraps so; a centred heading after a
    paragraph has a paragraph's last line above it (short, or ending a sentence)."""
    em = max(line.size, 1.0)
    centred = line.x0 >= geo.left + 1.0 * em and abs((line.x0 - geo.left) - (geo.right - line.x1)) <= em
    full = prev.x0 <= geo.left + 0.5 * em and prev.x1 >= geo.right - 1.0 * em
    return (centred and full and prev.page == line.page and abs(prev.size - line.size) <= 0.5
            and 0 < line.top - prev.top <= 2.0 * em and prev.text[-1:] not in _SENTENCE_END)


def starts_paragraph(prev: TextLine | None, line: TextLine, geo: PageGeometry) -> bool:
    """Whether ``line`` begins a new paragraph rather than continuing ``prev``."""
    if prev is None:
        return True
    em = geo.em
    if _wraps_centred(prev, line, geo):  # a long centred title wrapped onto a second line
        return False
    if line.x0 >= geo.left + 1.0 * em:  # first-line indent (or a centred title line)
        return True
    if prev.x1 < geo.right - 2.0 * em:  # previous line stopped short: it ended its paragraph
        return True
    if abs(line.size - prev.size) > 1.0:  # a title or heading in another size
        return True
    if prev.x0 > geo.left + 4 * em and prev.x1 < geo.right - 0.5 * em:  # a centred line
        return True
    if line.page == prev.page and line.top - prev.top > 1.6 * max(geo.pitch, em):
        return True
    if prev.text[-1:] in _SENTENCE_END and _ORDINAL_START.match(line.text):
        return True
    return False
