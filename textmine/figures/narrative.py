"""The narrative a figure may come from, as one searchable string with a map back to offsets.

Figures live in prose. This module decides which parts of ``Document.text`` are prose and
glues them into a *view*:

* of the preamble before 一 (when 一 was found) only prose lines without contact details or
  document numbers are kept (本报告由…汇总 14 个地州市…编制 counts bodies; addresses, postcodes
  and phone numbers live there too);
* table bodies are left out: TAB- or pipe-separated lines, the span of every ``RawTable``,
  and inside 二/三/四 every line that looks like a table row (numbers separated by spaces,
  header vocabulary, no sentence punctuation). Prose lines around the tables stay;
* wrapped PDF lines are joined (the break removed) and page furniture (``- 3 -``) inside a
  wrapped paragraph is dropped, so ``答\\n复 3050 件`` reads ``答复 3050 件``;
* the measures part of 五 (``(二)改进措施``, ``改进措施:``) is left out: it states plans and
  targets (``每季度开展一次栏目巡查``, ``视频解读不少于4篇``), not figures of the year;
* every left-out stretch becomes one ``\\n`` in the view, so nothing is matched across it.

:meth:`View.to_doc` maps a view offset back to ``Document.text``.
"""
from __future__ import annotations

import functools
from bisect import bisect_right
from dataclasses import dataclass

import regex

from ..model import Document, SectionMap
from ..segment import PAGE_FURNITURE, _wrapped_breaks
from . import vocabulary as V

#: sections whose bodies hold the standard tables
TABLE_SECTIONS = frozenset({"active_disclosure", "applications", "review_litigation"})

#: a line that is part of a table when it sits in 二/三/四 (or anywhere, for TAB/pipe rows)
_TABLE_WORDS = regex.compile(
    r"第二十条|信息内容|本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额|勾稽关系|申请人情况"
    r"|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|结果维持|结果纠正|尚未审结|未经复议直接起诉|复议后起诉"
    r"|本年新收|上年结转政府信息公开|本年度办理结果|结转下年度继续办理|属于国家秘密|本机关不掌握|信访举报投诉"
    r"|本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增/减|处理决定数量")
_NUMBER_RUN = regex.compile(r"(?:^|\s)\d[\d.]*(?:\s+\d[\d.]*){2,}(?:\s|$)")
_SENTENCE_PUNCT = regex.compile(r"[,。;!?]")
#: a preamble sentence (up to and with its 。) and what makes it prose (the title and the
#: date have no sentence punctuation)
_PREAMBLE_SENTENCE = regex.compile(r"[^。\n]+。?")
_PREAMBLE_PROSE = regex.compile(r"[,。;]")
#: contact details: where the preamble's numbers are not figures
_CONTACT = regex.compile(r"地址|邮编|邮政编码|电话|传真|网址|邮箱|电子信箱|联系方式|联系人|咨询|疑问|〔\d{4}〕|\[\d{4}\]")
_PROSE_PUNCT = regex.compile(r"[,。;:!?]")
#: a comma between clauses (a table row has none; a cell's own comma, 公开或部分公开,… is one)
_CLAUSE_COMMA = regex.compile(r"[,，](?!\d{3}(?!\d))")


@dataclass(frozen=True)
class View:
    """Narrative text glued from ``segments``: ``(view_start, doc_start, length)``."""

    text: str
    segments: tuple[tuple[int, int, int], ...]

    def to_doc(self, pos: int) -> int:
        """Document offset of view offset ``pos`` (an end offset maps just after the last
        character before it)."""
        if not self.segments:
            return pos
        i = bisect_right(self._starts, pos) - 1
        i = max(i, 0)
        view_start, doc_start, length = self.segments[i]
        return doc_start + min(pos - view_start, length)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Document span of the view span ``start..end``."""
        if end <= start:
            d = self.to_doc(start)
            return d, d
        return self.to_doc(start), self.to_doc(end - 1) + 1

    @property
    def _starts(self) -> list[int]:
        cached = self.__dict__.get("_starts_cache")
        if cached is None:
            cached = [s for s, _, _ in self.segments]
            self.__dict__["_starts_cache"] = cached
        return cached


_DIGIT = regex.compile(r"\d")
#: a year (2018年, 2018年度): the date of a sentence, no cell's value
_YEAR = regex.compile(V.YEAR_WORD)
#: a part counted in brackets right after its label (工作情况(5件)、机构职能(1件)…, 公开栏(35条)、“某某通”(86条)等): the view blanks the
#: brackets (same length, so every offset holds) and the label meets its number as in 工作情况 5 件
_BRACKETED_COUNT = regex.compile(r"(?<=[\p{Han}”》])\((\d{1,6}(?:\.\d{1,2})?(?:件|条|个|项|篇|份|次|期))\)(?=[、,;。\n]|等|$)")
#: an outline heading on a line of its own (no sentence punctuation after its words)
_HEADING_LINE = regex.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])[^,。;!?\n]{2,40}")


@functools.lru_cache(maxsize=16384)
def _is_table_line(line: str, in_table_section: bool) -> bool:
    """Cached: table lines repeat across reports (labels, one value per line)."""
    stripped = line.strip()
    # (a tab between cells makes a row; one indenting a line of prose does not: \t(一)主动公开…)
    if "\t" in stripped or line.count("|") >= 2:
        return True
    if not stripped:
        return False
    if _NUMBER_RUN.search(stripped) and not _SENTENCE_PUNCT.search(stripped):
        return True  # "72 64 178 37 351", "规章 1 0 11" (but not prose "发布信息 4 216 条,")
    if not in_table_section:
        return False
    if _TABLE_WORDS.search(stripped) and len(stripped) < 80 and "。" not in stripped \
            and len(_CLAUSE_COMMA.findall(stripped)) < 2:
        # (a sentence in 三 may use the table's words: 新收…申请数量300件,上年结转…21件。; so may one
        # cut off by the page end before its 。, whose clauses show it: 收到…,办理完成108件,结转下年度继续办理2件,注重…)
        return True
    if not _PROSE_PUNCT.search(stripped) and _DIGIT.search(_YEAR.sub("", stripped)):
        # "行政许可 447228" (not a sentence cut by the page end before its 。 whose only digits date it:
        # 2018年度我局没有出现…行政复议)
        return True
    return False


def _inside(spans: list[tuple[int, int]]):
    """A test ``pos -> bool``: whether ``pos`` lies in one of ``spans`` (half-open). It is
    asked for every line of a report (a table written one cell per line has hundreds), so
    the spans are merged into disjoint ones, found by bisection."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue  # holds no position
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    if not merged:
        return lambda pos: False
    if len(merged) == 1:
        (s0, e0), = merged
        return lambda pos: s0 <= pos < e0
    starts = [s for s, _ in merged]
    ends = [e for _, e in merged]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < ends[k]
    return inside


def _preamble_prose(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of the preamble stretch ``start:end`` that are prose without contact
    details (本报告由…汇总 14 个地州市…编制。), as spans; not the title, the date, addresses or
    phone numbers."""
    out: list[tuple[int, int]] = []
    for m in _PREAMBLE_SENTENCE.finditer(text, start, end):
        sentence = m.group()
        if _PREAMBLE_PROSE.search(sentence) and not _CONTACT.search(sentence):
            out.append(m.span())
    return out


def _lines_cut_at_sections(text: str, sections: SectionMap) -> list[tuple[int, int]]:
    """The lines of ``text`` as ``(start, end)``, a line also cut where a part starts inside it: a page
    flattened onto one line (一、… 2021年主动公开信息133条… 二、… | 信息内容 | 本年制发件数 |…) keeps its
    prose apart from the table that follows on the same line."""
    cuts = sorted(s.start for s in sections.sections)
    out: list[tuple[int, int]] = []
    pos = 0
    k = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while k < len(cuts) and cuts[k] <= start:
            k += 1
        while k < len(cuts) and cuts[k] < end:
            out.append((start, cuts[k]))
            start = cuts[k]
            k += 1
        out.append((start, end))
    return out


def narrative_spans(doc: Document, sections: SectionMap) -> list[tuple[int, int]]:
    """``(start, end)`` spans of ``doc.text`` that are narrative prose, in order."""
    text = doc.text
    # the preamble before 一: only its prose lines without contact details (本报告由…汇总 14 个
    #地州市、41 个部门的年度报告编制: the bodies counted), never addresses or phone numbers
    preamble_end = sections.sections[0].start if sections.sections and sections.sections[0].key == "overview" else 0
    table_spans = sorted((t.start, t.end) for t in doc.tables)
    table_ranges = [(s.body_start, s.end) for s in sections.sections if s.key in TABLE_SECTIONS]
    plans = [(sub.start, sub.end) for s in sections.sections for sub in s.subsections if sub.key == "measures"]
    in_table, in_plan, in_table_section = _inside(table_spans), _inside(plans), _inside(table_ranges)
    spans: list[tuple[int, int]] = []
    for start, end in _lines_cut_at_sections(text, sections):
        line = text[start:end]
        if start < preamble_end:
            spans.extend(_preamble_prose(text, start, min(end, preamble_end)))
            if end <= preamble_end:
                continue
            start = preamble_end
        if in_table(start) or in_plan(start):
            continue
        if _is_table_line(line, in_table_section(start)):
            continue
        spans.append((start, end))
    return spans


def build_view(doc: Document, sections: SectionMap) -> View:
    """The narrative of ``doc`` as one string (see module docstring)."""
    text = doc.text
    spans = narrative_spans(doc, sections)
    soft = _wrapped_breaks(text) if "\n" in text else set()
    # a heading is never a wrapped line: 四、依申请公开政府信息收费及减免情况 / 我镇无申请。 stay apart
    soft = {pos for pos in soft if not _HEADING_LINE.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos)}
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    length = 0
    prev_end: int | None = None
    for start, end in spans:
        if PAGE_FURNITURE.fullmatch(text, start, end):
            continue  # joined over below when the paragraph wraps around it
        joined = prev_end is not None and _only_soft_between(text, prev_end, start, soft)
        if prev_end is not None and not joined:
            parts.append("\n")
            length += 1
        segments.append((length, start, end - start))
        parts.append(text[start:end])
        length += end - start
        prev_end = end
    joined_text = "".join(parts)
    if "(" in joined_text:
        joined_text = _BRACKETED_COUNT.sub(r" \1 ", joined_text)
    return View(joined_text, tuple(segments))


def _only_soft_between(text: str, end: int, start: int, soft: set[int]) -> bool:
    """True when only wrapped-line breaks and page furniture lie between ``end`` and
    ``start`` (so the two lines are one paragraph)."""
    if end not in soft:
        return False
    pos = end + 1
    while pos < start:
        nl = text.find("\n", pos, start)
        line_end = start if nl < 0 else nl
        if not (PAGE_FURNITURE.fullmatch(text, pos, line_end) or not text[pos:line_end].strip()):
            return False
        if nl >= 0 and nl not in soft and line_end < start:
            return False
        pos = line_end + 1
    return True
