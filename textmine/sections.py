"""Split a report into its standard parts, whatever the heading variant.

Headings are recognised by *title*, not by ordinal: reports insert extra parts and renumber
(``六、存在的主要问题…`` / ``七、其他…``), and table row labels such as ``四、结转下年度继续办理``
or ``一、本年新收…`` carry section-style ordinals. Each variant seen in real reports is one
pattern in :data:`HEADING_VARIANTS`; adding a variant is adding a line there.

Candidates are collected from every line that starts like a heading; the chosen headings are
the longest run in report order (a table of contents or a stray duplicate loses to the body
that follows it). Parts not found are listed in ``SectionMap.missing``; nothing is invented.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .model import SECTION_KEYS, Document, Section, SectionMap, Subsection

# --------------------------------------------------------------------------- declarations

#: (section key, title pattern). Patterns are matched against the heading with whitespace
#: removed and traditional characters already folded by normalisation. Extra, non-standard
#: parts get their own keys so that the standard part before them ends where they start.
HEADING_VARIANTS: tuple[tuple[str, str], ...] = (
    # 一 overview
    ("overview", r"(?:政府信息公开)?(?:工作)?总体(?:工作)?(?:推进)?情况"),
    ("overview", r"工作总体推进情况|工作基本情况|基本工作情况|主要工作概述|概述|主要任务落实情况"),
    ("overview", r"政府信息公开总体工作情况|总体概况|基本情况"),
    # 二 active disclosure
    ("active_disclosure", r"(?:行政机关)?主动公开政府信息(?:的)?(?:统计)?情况"),
    ("active_disclosure", r"主动公开(?:政府)?信息(?:的)?(?:工作)?情况|主动公开情况"),
    # 三 applications
    ("applications", r"(?:行政机关)?收到和处理.{0,16}申请(?:的)?情况"),
    ("applications", r"依申请公开政府信息(?:的)?(?:工作)?情况|依申请公开(?:工作)?情况"),
    # 四 reconsideration / litigation
    ("review_litigation",
     r"(?:政府信息公开(?:工作)?)?(?:的)?行{1,2}政复议[、,和及与]?(?:行政)?(?:诉讼)(?:和申诉)?(?:的)?情况"),
    ("review_litigation",
     r"因政府信息公开(?:工作)?(?:被)?申请行政复议[、,和及与]?(?:提起)?行政诉讼(?:和申诉)?(?:的)?情况"),
    ("review_litigation", r"(?:政府信息公开)?(?:申请)?行政复议.{0,12}行政诉讼.{0,6}情况"),
    # 五 problems and improvements
    ("problems",
     r"(?:政府信息公开(?:工作)?)?(?:工作)?存在的?(?:主要)?(?:问题|不足)(?:[及和与]|以及)?"
     r"(?:改进|整改|下一?步|工作打算|打算|努力方向)[^\t|]{0,8}"),
    ("problems", r"(?:政府信息公开(?:工作)?)?主要问题[及和与](?:改进|整改)(?:措施|情况|计划)"),
    ("problems", r"存在的?(?:主要)?问题|存在的?不足"),
    ("measures", r"改进措施|整改措施|改进情况|下一?步工作(?:打算|计划|安排)"),
    # 六 other
    ("other", r"其[他它](?:需要|需)?(?:报告|说明)?的?事项|其[他它]需要报告事项"),
    # non-standard parts of older outlines
    ("fees", r"(?:政府信息公开的?)?收费及减免情况|收费(?:和|及)减免"),
    ("consultations", r"(?:政府信息公开的?)?咨询(?:处理)?情况"),
    ("appendix", r"说明与附表|附表|附件"),
    ("npc_cppcc", r"(?:人大)?代表建议(?:和|及|、)?(?:政协)?(?:委员)?提案办理(?:结果)?(?:公开)?情况"),
)

_COMPILED = tuple((key, regex.compile(rf"(?:{pattern})")) for key, pattern in HEADING_VARIANTS)

#: The order standard parts come in; extra parts may sit anywhere.
_RANK = {key: i for i, key in enumerate(SECTION_KEYS)}
_RANK["measures"] = _RANK["problems"]  # a split-off 改进措施 part belongs to 五

_CN_DIGITS = "一二三四五六七八九十"

#: ordinal prefixes a heading can carry: 一、 / 一. / 一 / 第一部分 / 1. / 1、
_ORDINAL = regex.compile(
    r"^\s*(?:(?P<num>[一二三四五六七八九十]{1,3})\s*[、.．,:：]?|第(?P<num>[一二三四五六七八九十]{1,3})(?:部分|章)[、.,:：]?"
    r"|(?P<num>\d{1,2})\s*[、.．](?!\d))\s*")

#: lines that are table-of-contents entries: dot leaders (or spaces) then a page number.
_TOC_LINE = regex.compile(r"(?:\.{3,}|…+|·{3,}|-{3,}|\s{4,})\s*\d{1,3}\s*$")

#: a stated number of parts in the introduction
_PART_COUNT = regex.compile(
    r"(?:分为|包括|由|共|分|包含)?[^。\n]{0,60}?(?P<n>[一二三四五六七八九十\d]{1,2})\s*(?:个|大)?\s*(?:部分|内容模块|方面内容)")

#: sub-part headings inside 五
_PROBLEM_SUB = regex.compile(
    r"^\s*(?:\(?[一二三四五]\)|[一二三四五][、.]|\d[、.])?\s*(?P<title>(?:存在的?(?:主要)?(?:问题|不足)|主要问题|工作中存在的问题)"
    r"[^\n。]{0,6}?)(?:[。:]|$|\s)")
_MEASURE_SUB = regex.compile(
    r"^\s*(?:\(?[一二三四五]\)|[一二三四五][、.]|\d[、.])?\s*(?P<title>(?:改进(?:情况|措施|计划|方向)|整改(?:措施|情况)|"
    r"进一步整改|下一?步(?:工作)?(?:打算|计划|安排|措施)|工作打算)[^\n。]{0,6}?)(?:[。:]|$|\s)")

_MAX_HEADING_CHARS = 48


@dataclass(frozen=True, slots=True)
class _Candidate:
    key: str
    number: str | None
    title: str
    start: int  # line start
    body_start: int  # after the heading text
    line_end: int


def _cn_number(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_DIGITS.index(text[1]) + 1
    if text.endswith("十"):
        return (_CN_DIGITS.index(text[0]) + 1) * 10
    if "十" in text:
        tens, ones = text.split("十")
        return (_CN_DIGITS.index(tens) + 1) * 10 + _CN_DIGITS.index(ones) + 1
    return _CN_DIGITS.index(text) + 1 if len(text) == 1 else None


def classify_heading(line: str) -> tuple[str, str | None, str, int] | None:
    """If ``line`` is a section heading, return ``(key, ordinal, title, title_end)`` where
    ``title_end`` is the offset within ``line`` where the heading text stops."""
    if "\t" in line or "|" in line:
        return None
    m = _ORDINAL.match(line)
    number = m.group("num") if m else None
    rest_start = m.end() if m else len(line) - len(line.lstrip())
    rest = line[rest_start:]
    compact_rest = "".join(rest.split())
    if not compact_rest:
        return None
    if _TOC_LINE.search(line):
        return None
    for key, pattern in _COMPILED:
        hit = pattern.match(compact_rest)
        if not hit:
            continue
        tail = compact_rest[hit.end():]
        if tail and tail[0] in "。:":
            tail = tail[1:]
            # a run-in heading ("一、总体情况。2023年…") needs an ordinal to be trusted
            if tail and number is None:
                return None
        elif tail:
            # tail text after a heading on the same line: tolerate a short suffix such as
            # "(图解)" or "如下", not a sentence
            if len(tail) > 8 or regex.search(r"[,。;、]", tail):
                continue
        if number is None and len(compact_rest) > 24:
            continue
        if number is not None and not (number.isdigit() or set(number) <= set(_CN_DIGITS)):
            continue
        # Arabic-numbered lines are list items far more often than part headings; accept
        # them only for titles that are unmistakably part names.
        if number is not None and number.isdigit() and key not in {"overview", "active_disclosure",
                                                                    "applications", "review_litigation",
                                                                    "problems", "other"}:
            continue
        title_end = _title_end(line, rest_start, hit.end())
        return key, number, line[rest_start:title_end].strip(), title_end
    return None


def _title_end(line: str, rest_start: int, compact_len: int) -> int:
    """Offset in ``line`` after ``compact_len`` non-space characters from ``rest_start``."""
    seen = 0
    i = rest_start
    while i < len(line) and seen < compact_len:
        if not line[i].isspace():
            seen += 1
        i += 1
    return i


def _iter_lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _candidates(doc: Document) -> list[_Candidate]:
    found: list[_Candidate] = []
    for start, line in _iter_lines(doc.text):
        if not line.strip() or len("".join(line.split())) > _MAX_HEADING_CHARS + 200:
            continue
        result = classify_heading(line)
        if result is None:
            continue
        key, number, title, title_end = result
        body_start = start + title_end
        # skip the run-in punctuation
        while body_start < start + len(line) and doc.text[body_start] in "。: ":
            body_start += 1
        found.append(_Candidate(key, number, title, start, body_start, start + len(line)))
    return found


def _choose(candidates: list[_Candidate], text_len: int) -> list[_Candidate]:
    """Longest chain in report order; ties go to the chain whose parts hold more text (a
    table of contents holds none)."""
    n = len(candidates)
    if n == 0:
        return []
    ends = [candidates[i + 1].start if i + 1 < n else text_len for i in range(n)]
    body = [ends[i] - candidates[i].body_start for i in range(n)]
    best: list[tuple[int, int, int]] = []  # (count, text, prev)
    for i, cand in enumerate(candidates):
        rank = _RANK.get(cand.key)
        score = (1, body[i], -1)
        for j in range(i):
            prev = candidates[j]
            prev_rank = _RANK.get(prev.key)
            if rank is not None and prev_rank is not None:
                if prev_rank > rank or (prev_rank == rank and not (prev.key == "problems" and cand.key == "measures")):
                    continue
            elif cand.key == prev.key:
                continue
            count, text, _ = best[j]
            option = (count + 1, text + body[i], j)
            if option[:2] > score[:2]:
                score = option
        best.append(score)
    i = max(range(n), key=lambda k: (best[k][0], best[k][1], -k))
    chain: list[_Candidate] = []
    while i != -1:
        chain.append(candidates[i])
        i = best[i][2]
    return chain[::-1]


def _subsections(doc: Document, start: int, end: int) -> tuple[Subsection, ...]:
    """Labelled problem / measure parts inside 五."""
    marks: list[tuple[int, str, str]] = []
    for line_start, line in _iter_lines(doc.text[start:end]):
        absolute = start + line_start
        for key, pattern in (("problems", _PROBLEM_SUB), ("measures", _MEASURE_SUB)):
            m = pattern.match(line)
            if m and len(m.group("title")) <= 16:
                marks.append((absolute, key, m.group("title")))
                break
    subs: list[Subsection] = []
    for i, (pos, key, title) in enumerate(marks):
        sub_end = marks[i + 1][0] if i + 1 < len(marks) else end
        subs.append(Subsection(title.strip(), pos, sub_end, key))
    return tuple(subs)


def _stated_part_count(doc: Document, first_heading: int) -> int | None:
    head = doc.text[: min(first_heading if first_heading > 0 else 1500, 3000)]
    m = _PART_COUNT.search(head)
    if not m or "报告" not in head[max(0, m.start() - 80): m.end()]:
        return None
    return _cn_number(m.group("n"))


def split_sections(doc: Document) -> SectionMap:
    """Find the standard parts of ``doc``."""
    chain = _choose(_candidates(doc), len(doc.text))
    sections: list[Section] = []
    notes: list[str] = []
    for i, cand in enumerate(chain):
        end = chain[i + 1].start if i + 1 < len(chain) else len(doc.text)
        key = cand.key
        if key == "measures":
            # a split-off 改进措施 part: extend the problems part over it
            if sections and sections[-1].key == "problems":
                prev = sections[-1]
                subs = (Subsection(prev.title, prev.start, cand.start, "problems"),
                        Subsection(cand.title, cand.start, end, "measures"))
                sections[-1] = Section("problems", prev.title, prev.number, prev.start, prev.body_start, end, subs)
                notes.append("五 is split into two top-level parts (problems, then measures); merged")
                continue
            key = "problems"
        subs = _subsections(doc, cand.body_start, end) if key == "problems" else ()
        sections.append(Section(key, cand.title, cand.number, cand.start, cand.body_start, end, subs))
    standard = [s for s in sections if s.key in _RANK]
    found_keys = {s.key for s in standard}
    missing = tuple(k for k in SECTION_KEYS if k not in found_keys)
    preamble = (0, sections[0].start) if sections and sections[0].start > 0 else None
    numbers = [_cn_number(s.number) for s in sections if s.number]
    if numbers and numbers != sorted(numbers):
        notes.append("part ordinals are out of order: " + " ".join(str(n) for n in numbers))
    stated = _stated_part_count(doc, sections[0].start if sections else 0)
    top_level = len(sections)
    if stated is not None and stated != top_level:
        notes.append(f"the introduction states {stated} parts but {top_level} were found")
    return SectionMap(tuple(sections), missing, tuple(notes), preamble)
