"""Split a report into its standard parts, whatever the heading variant.

Headings are recognised by *title*, not by ordinal: reports insert extra parts and renumber
(``六、存在的主要问题…`` / ``七、其他…``), and table row labels such as ``四、结转下年度继续办理``
or ``一、本年新收…`` carry section-style ordinals. Each heading variant seen in real reports
is one line in :data:`HEADING_VARIANTS`; adding a variant is adding a line there.

How a split is found:

1. every line that reads as a heading becomes a candidate (ordinal style, number, key); a
   line with dot leaders and a page number (a table of contents) or a TAB / ``|`` (a table
   row) is not a heading;
2. for each ordinal style (``一、`` / ``(一)`` / ``1.``), the best chain of candidates in
   report order is chosen: most standard parts, then fewest unnumbered headings, then
   fewest ordinals out of sequence, then most text held (a table of contents holds none);
3. when lines are very long (a document-sharing site that dropped every line break), the
   same search also runs inline, on ordinal + title wherever they occur;
4. parts not found are listed in ``SectionMap.missing``; nothing is invented. A stated part
   count that disagrees with what the introduction lists or what was found, ordinals out of
   order, a renumbered part and a 五 split into two top-level parts become notes.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .model import SECTION_KEYS, Document, Section, SectionMap, Subsection

# --------------------------------------------------------------------------- declarations


@dataclass(frozen=True, slots=True)
class Variant:
    """One heading wording. ``pattern`` is matched at the start of the heading text with
    whitespace removed (traditional characters already folded). ``numbered_only``: trusted
    only after a top-level ordinal (``一、`` or ``第一部分``) — loose patterns that would
    otherwise catch sub-headings or sentences."""

    key: str
    pattern: str
    numbered_only: bool = False


_GOV = r"(?:政府信息公开|政务信息公开|政务公开|信息公开)"  # 政务信息公开: 五、政务信息公开工作存在的主要问题…
_AND = r"(?:[、,和及与]|以及)"
#: what may stand before 五's title: a time or the agency (当前 / 本机关 / 我局 / 2023年度)
_FIVE_PRE = r"(?:当前|目前|现阶段|本年度|年度|本(?:机关|单位|部门)|我(?:局|委|办|厅|镇|乡|街道|区|县|市|署|中心|院|会)|20\d\d年度?)"
#: 存在的主要问题、原因及改进措施
_CAUSE = r"(?:[、和及与]原因)?"

#: Every heading variant, one line each, most specific first within a key (the first
#: variant that matches wins, so a problems heading is tried before a bare measures one).
HEADING_VARIANTS: tuple[Variant, ...] = (
    # 一 overview
    Variant("overview", rf"{_GOV}?(?:工作)?总体(?:工作)?(?:推进)?情况"),  # 总体情况 / 工作总体推进情况
    Variant("overview", r"工作基本情况|基本工作情况"),
    Variant("overview", r"(?:主要)?(?:工作)?概述|总体概况"),  # pre-2019 一、概述 / 一、概 述 / 一、工作概述
    Variant("overview", r"主要任务落实情况"),
    Variant("overview", r"基本情况|工作概况", numbered_only=True),
    # 二 active disclosure (table 2)
    Variant("active_disclosure", r"(?:行政机关)?主动公开政府信息(?:的)?(?:统计)?情况"),
    Variant("active_disclosure", r"主动公开(?:政府)?信息(?:的)?(?:工作)?情况|主动公开(?:工作)?情况"),
    Variant("active_disclosure", r"主动公开[^,。;:、]{1,30}?情况", numbered_only=True),  # spam inside
    # 三 applications (table 3)
    Variant("applications", rf"(?:行政机关)?收到和处理{_GOV}?申请(?:的)?情况"),
    Variant("applications", r"依申请公开(?:政府信息)?(?:的)?(?:工作)?(?:办理)?情况"),
    Variant("applications", r"(?:行政机关)?收到和处理[^,。;:、]{1,30}?申请(?:的)?情况", numbered_only=True),  # spam
    Variant("applications", r"依申请公开政府信息和不予公开政府信息(?:的)?情况"),  # the 2008 outline's 三
    Variant("applications", r"依申请公开(?:政府信息)?办理", numbered_only=True),  # …、依申请公开办理、… (short names)
    # 四 reconsideration and litigation (table 4)
    Variant("review_litigation",
            rf"(?:{_GOV}(?:工作)?(?:的)?)?行{{1,2}}政复议{_AND}?(?:行政)?诉讼(?:和申诉)?(?:的)?情况"),
    Variant("review_litigation",
            rf"因{_GOV}(?:工作)?(?:被)?申请行政复议(?:{_AND}?(?:提起)?(?:行政)?诉讼(?:和申诉)?)?(?:的)?情况"),
    Variant("review_litigation", r"[^,。;:、]{0,30}?行{1,2}政复议[^,。;:]{0,12}?诉讼[^,。;:、]{0,6}?情况",
            numbered_only=True),
    Variant("review_litigation", r"复议(?:和|及|与|、)?诉讼(?:的)?情况", numbered_only=True),  # short: 复议和诉讼情况
    # 五 problems and improvements
    Variant("problems", rf"{_GOV}?(?:工作)?中?存在的?(?:主要)?(?:问题|不足){_CAUSE}{_AND}(?:改进|整改)(?:情况|措施|计划|方向|工作)?"),
    Variant("problems", rf"{_GOV}?(?:工作)?中?存在的?(?:主要)?(?:问题|不足){_AND}(?:下一?步|今后)?(?:的)?(?:工作)?(?:打算|计划|思路|努力方向)"),
    Variant("problems", rf"{_GOV}?(?:工作)?(?:主要)?(?:问题|不足)(?:[、和及与]|以及)(?:改进|整改)(?:措施|情况|计划|方向|思路)?"),  # 五、问题及改进措施
    Variant("problems", rf"{_GOV}?(?:工作)?中?存在的?(?:主要)?(?:问题|不足)"),  # pre-2019 五、 存在问题
    Variant("problems", rf"{_GOV}?(?:工作中?)?(?:主要)?(?:问题(?:与|和|及)不足|不足(?:与|和|及)问题)"),  # 四、问题与不足
    # 三、存在的困难和问题 (及下一步工作打算)
    Variant("problems", rf"{_GOV}?(?:工作)?存在的?(?:主要)?(?:困难和问题|困难与问题|问题和困难|困难)"
                        rf"(?:{_AND}(?:下一?步|今后)?(?:的)?(?:工作)?(?:打算|计划|思路|措施|努力方向)|{_AND}(?:改进|整改)(?:措施|情况|计划)?)?"),
    Variant("problems", r"(?:主要)?(?:困难和问题|困难与问题|问题和困难)", numbered_only=True),  # 五、困难和问题
    # 五、当前存在的主要问题及改进措施 / 五、本机关… / 五、我局… / 五、2023年…: after an ordinal only
    Variant("problems", rf"{_FIVE_PRE}{_GOV}?(?:工作)?中?存在的?(?:主要)?(?:问题|不足|困难)", numbered_only=True),
    # (二、政府信息公开中存在的问题 / 三、下一步的工作措施, 四、下一步改进措施: an old outline's parts)
    Variant("measures", r"(?:(?:下一?步|今后)(?:的)?(?:工作)?)?(?:改进|整改)(?:措施|情况|计划)|下一?步(?:的)?(?:工作)?(?:打算|计划|安排|措施)"
                        r"|(?:今后|明年)?(?:的)?工作打算|今后(?:的)?工作(?:计划|思路)"),
    # 六 other matters
    Variant("other", r"其[他它](?:需要|需)?(?:报告|说明)?的?事项"),
    # non-standard parts of older (and some newer) outlines
    Variant("fees", rf"(?:{_GOV}的?)?收费(?:及|和|与)?减免(?:的)?情况|收费及减免|政府支出和收费"),
    Variant("consultations", rf"(?:{_GOV}的?)?咨询(?:处理)?(?:的)?情况"),
    Variant("npc_cppcc", r"(?:人大)?代表建议(?:和|及|、)?(?:政协)?(?:委员)?提案办理(?:结果)?(?:公开)?(?:的)?情况"),
    Variant("interpretation", r"(?:政策)?(?:回应|解读)(?:和|及|、)?(?:回应|解读)?(?:关切)?(?:的)?情况", numbered_only=True),
    Variant("organisation", rf"{_GOV}?(?:工作)?机构(?:建设)?[、,和及].{{0,16}}情况", numbered_only=True),
    Variant("complaints", r"举报投诉(?:处理)?(?:的)?(?:情况)?", numbered_only=True),
    Variant("key_tasks", r".{0,10}要点.{0,2}落实情况", numbered_only=True),
    Variant("other_work", r"其他工作情况", numbered_only=True),
    Variant("appendix", r"说明与附表|附表|附件|部分指标统计图表"),
)


def _alternation(variants: tuple[Variant, ...]) -> regex.Pattern:
    """One pattern trying ``variants`` in order, each as a group of its own, so a match says
    by its ``lastindex`` which variant it is (one match call per candidate line instead of one
    per variant; an alternation tries its branches in order, so the first variant that
    matches still wins, with the same end)."""
    pattern = regex.compile("|".join(f"({v.pattern})" for v in variants))
    if pattern.groups != len(variants):
        raise ValueError("a heading variant has a capturing group: write (?:...) instead")
    return pattern


_VARIANTS_PATTERN = _alternation(HEADING_VARIANTS)

#: The order standard parts come in; extra parts may sit anywhere.
_RANK = {key: i for i, key in enumerate(SECTION_KEYS)}
_RANK["measures"] = _RANK["problems"]  # a split-off 改进措施 part belongs to 五

_CN = "一二三四五六七八九十"

#: ordinal prefixes, by style: 一、 / 一. / 一 (space) / 第一部分 (cn), (一) (paren), 1. / 1、 (arabic)
_ORDINALS: tuple[tuple[str, regex.Pattern], ...] = (
    ("cn", regex.compile(rf"^\s*第(?P<num>[{_CN}]{{1,3}})(?:部分|章|篇)\s*[、.,:]?\s*")),
    ("cn", regex.compile(rf"^\s*(?P<num>[{_CN}]{{1,3}})(?:\s*[、.,:]\s*|\s+)(?=\S)")),
    ("paren", regex.compile(rf"^\s*\((?P<num>[{_CN}]{{1,3}})\)\s*")),
    ("arabic", regex.compile(r"^\s*(?P<num>\d{1,2})\s*[、.](?!\d)\s*")),
)
#: preference between chains of equal merit
_STYLE_PRIORITY = {"cn": 3, "paren": 2, "arabic": 1, "none": 0}

#: a table-of-contents entry: dot leaders (or a wide gap) and a page number
_TOC_LINE = regex.compile(r"(?:\.{3,}|…+|·{3,}|-{3,}|_{3,}|\s{4,})\s*\d{1,3}\s*$")

#: 等 right before the stated count (…等六个部分组成)
_ETC_BEFORE_COUNT = regex.compile(r"等(?:共)?\s*$")
#: what makes a sentence counting parts one about the report itself (本报告由…, 本年报由…, 全文由…)
_ABOUT_THE_REPORT = regex.compile(r"报告|年报|全文")
#: the report's contents named without the word report, then 由/共 N 个部分组成
_REPORT_CONTENTS = regex.compile(r"^\s*(?:本年度)?主要内容(?:包括|有|由)")
#: a stated number of parts in the introduction: 六部分 / 六个部分 / 6个部分 / 六大部分 / 六大内容模块
_PART_COUNT = regex.compile(
    rf"(?<!第)(?P<n>[{_CN}]{{1,2}}|\d{{1,2}})\s*(?:个|大)?\s*(?:部分|内容模块|方面内容|方面)")
#: how a part's title ends when the introduction lists the parts (…情况、…事项、附表); a piece of
#: the list ending otherwise is half of a title cut at its own 、 (行政复议、行政诉讼情况)
_PART_ENDING = regex.compile(
    r"(?:情况|事项|措施|打算|计划|方向|思路|附表|附件|概述|概况|说明|问题|不足|图表|内容|工作|保障|建设|要点|办理)$")
#: where the list starts (the last of these before the count) and what closes it
#: (not the 有 of 有关, 所有, 有效: …依申请公开政府信息及有关行政复议、诉讼情况… is a title, not a list's lead)
_LIST_LEAD = regex.compile(r"包括|包含|涵盖|分为|分成|组成为|由|(?<![所没具拥])有(?!关|效|待|序)|[::]")
_LIST_TAIL = regex.compile(r"(?:等|共|计|合计|总计|这|以上|以下)+\s*$")
_QUOTED_TITLE = regex.compile(r"“[^”]{2,40}”")
#: a title's own ending with another title's words straight after it
#: (…收到和处理政府信息公开申请统计政府信息公开行政复议、行政诉讼情况: a title ending in 统计, the next run on)
_TITLE_JOINED = regex.compile(r"(?:情况|概述|事项|申请统计)(?=\p{Han}{2})(?!说明|报告|的)")
#: (…主动公开政府信息情况和收到和处理…申请情况: 和 after a title's own ending parts two titles; not
#: …事项及附表, one part with its tables, as four annotated outlines count it)
#: (…存在主要问题及改进措施和需要说明的其他事项: 措施 ends a title too)
_LIST_SEPARATOR = regex.compile(r"[、,;]|(?:以及|和|及|与)(?=其[他它])|(?<=情况|事项|概述|说明|方向|打算|措施)(?:以及|和|及|与)(?!附表)")

#: labelled sub-parts inside 五 (at a line start, or run-in after a sentence end). Spaces are
#: taken only after a number: a pattern free to open with ``\s*`` tries every position of a
#: run of blanks and runs to its end from each, which is quadratic (a DOCX row of empty cells
#: in 五, 20,000 tabs, took 40 s)
_LABEL_PREFIX = rf"(?P<number>(?:\((?:[{_CN}]|\d)\)|[{_CN}][、.]|\d[、.])\s*)?"
_PROBLEM_LABEL = regex.compile(
    _LABEL_PREFIX + r"(?P<title>(?:工作中)?存在的?(?:主要)?(?:问题|不足)|主要问题)"
                    r"(?:[^\n。:]{0,4}?)(?=[。:]|$)", regex.MULTILINE)
_MEASURE_LABEL = regex.compile(
    _LABEL_PREFIX + r"(?P<title>(?:改进|整改)(?:情况|措施|计划|方向)|进一步整改|"
                    r"下一?步(?:工作)?(?:打算|计划|安排|措施)|工作打算)(?:[^\n。:]{0,4}?)(?=[。:]|$)",
    regex.MULTILINE)

_MAX_TITLE_CHARS = 40  # a heading's own words (compact); more is a sentence
_LONG_LINE = 400  # lines this long suggest a text whose line breaks were lost


@dataclass(frozen=True, slots=True)
class _Candidate:
    key: str
    style: str  # cn | paren | arabic | none
    number: str | None
    title: str
    start: int  # where the heading starts (its ordinal)
    body_start: int  # after the heading text (and run-in punctuation)
    inline: bool = False


def _cn_number(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if any(ch not in _CN for ch in text):
        return None
    if text == "十":
        return 10
    if len(text) == 1:
        return _CN.index(text) + 1
    if text.startswith("十"):
        return 10 + _CN.index(text[1]) + 1
    if text.endswith("十"):
        return (_CN.index(text[0]) + 1) * 10
    if len(text) == 3 and text[1] == "十":
        return (_CN.index(text[0]) + 1) * 10 + _CN.index(text[2]) + 1
    return None


def _match_variant(compact: str, numbered: bool):
    """First variant matching at the start of ``compact``: ``(variant, match end)``."""
    hit = _VARIANTS_PATTERN.match(compact)
    if hit is None:
        return None
    variant = HEADING_VARIANTS[hit.lastindex - 1]
    if numbered or not variant.numbered_only:
        return variant, hit.end()
    # the first variant that matches is trusted only after an ordinal this line lacks: the
    # first of the later ones that needs none (rare; each compiled when first needed)
    for later in HEADING_VARIANTS[hit.lastindex:]:
        if not later.numbered_only:
            found = regex.match(later.pattern, compact)
            if found:
                return later, found.end()
    return None


def _ordinal(line: str) -> tuple[str, str | None, int]:
    """``(style, number, end of the ordinal)`` of a line."""
    for style, pattern in _ORDINALS:
        m = pattern.match(line)
        if m:
            return style, m.group("num"), m.end()
    return "none", None, len(line) - len(line.lstrip())


def classify_heading(line: str) -> tuple[str, str | None, str, int, str] | None:
    """If ``line`` is a section heading, return ``(key, ordinal, title, title_end, style)``
    where ``title_end`` is the offset within ``line`` where the heading text stops."""
    # (a table-of-contents entry ends in its page number: only such lines are searched; a tab between
    # cells makes a table row, one indenting the line does not: \t一、总体情况 on pages that indent with tabs)
    if "\t" in line.strip() or "|" in line or (line.rstrip()[-1:].isdigit() and _TOC_LINE.search(line)):
        return None
    style, number, rest_start = _ordinal(line)
    rest = line[rest_start:]
    compact_rest = "".join(rest.split())
    if not compact_rest:
        return None
    if style == "none" and len(compact_rest) > 24:
        return None  # an unnumbered heading is short (tested first: it spares most prose lines)
    numbered = style == "cn"
    found = _match_variant(compact_rest, numbered)
    if found is None:
        return None
    variant, end = found
    tail = compact_rest[end:]
    if tail and tail[0] in "。:":
        # a run-in heading ("一、总体情况。2023年…") needs a top-level ordinal to be trusted
        if tail[1:] and style != "cn":
            return None
    elif tail:
        # a short suffix such as "(图解)" or "如下" is tolerated, not a sentence, not a page
        # number (a table-of-contents entry without leaders)
        if regex.fullmatch(r"\([^()]{1,30}\)", tail):
            end = len(compact_rest)  # (含上年度问题整改情况): a note belonging to the heading
        elif len(tail) > 8 or regex.search(r"[,。;、]", tail) or tail.isdigit():
            if not _text_on_heading_line(line, rest_start, end, style, variant.key, tail):
                return None
        else:
            end = len(compact_rest)  # the suffix belongs to the heading
    if end > _MAX_TITLE_CHARS:
        return None
    title_end = _offset_after(line, rest_start, end)
    return variant.key, number, line[rest_start:title_end].strip(), title_end, style


#: parts whose heading is seen with its first sentence on the same line, after a blank
#: (``五、存在的主要问题及改进情况 我局…``: an excerpt or a page that lost its line breaks)
_RUN_IN_KEYS = ("problems", "measures", "other")


def _text_on_heading_line(line: str, rest_start: int, end: int, style: str, key: str, tail: str) -> bool:
    """Whether a top-level heading of 五 or 六 is followed on its line by text, set off by a
    blank: the title ends at a space and what follows is a sentence (not a page number, not
    punctuation continuing the title)."""
    if style != "cn" or key not in _RUN_IN_KEYS or tail[0] in ",。;、:)》”" or tail.isdigit():
        return False
    after = _offset_after(line, rest_start, end)
    return after < len(line) and line[after].isspace()


def _offset_after(line: str, start: int, n_chars: int) -> int:
    """Offset in ``line`` after ``n_chars`` non-space characters from ``start``."""
    seen = 0
    i = start
    while i < len(line) and seen < n_chars:
        if not line[i].isspace():
            seen += 1
        i += 1
    return i


def _iter_lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _skip_run_in(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in "。: ":
        pos += 1
    return pos


def _line_candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for start, line in _iter_lines(text):
        if not line.strip() or len(line) > 2000:
            continue
        result = classify_heading(line)
        if result is None:
            continue
        key, number, title, title_end, style = result
        head = start + len(line) - len(line.lstrip())
        body_start = _skip_run_in(text, start + title_end, start + len(line))
        found.append(_Candidate(key, style, number, title, head, body_start))
    return found


_INLINE_ORDINAL = regex.compile(rf"(?<![{_CN}第])(?P<num>[{_CN}]{{1,2}})[、.]")


def _inline_candidates(text: str) -> list[_Candidate]:
    """Headings wherever they occur in running text: a top-level ordinal directly followed
    by a heading title (for texts whose line breaks were lost)."""
    keep = [i for i, ch in enumerate(text) if not ch.isspace()]
    compact = "".join(text[i] for i in keep)
    found: list[_Candidate] = []
    for m in _INLINE_ORDINAL.finditer(compact):
        after = compact[m.end():m.end() + _MAX_TITLE_CHARS + 30]
        hit = _match_variant(after, True)
        if hit is None:
            continue
        variant, end = hit
        if variant.key in ("appendix",):
            continue
        start = keep[m.start()]
        title_end = keep[m.end() + end - 1] + 1
        title = text[keep[m.end()]:title_end]
        found.append(_Candidate(variant.key, "cn", m.group("num"), " ".join(title.split()), start,
                                _skip_run_in(text, title_end, len(text)), inline=True))
    return found


def _score_chain(candidates: list[_Candidate], text_len: int, style: str):
    """Best chain over the candidates usable by one ordinal style (that style plus
    unnumbered headings). Returns ``(score, chain)``."""
    pool = [c for c in candidates if c.style in (style, "none")]
    n = len(pool)
    if n == 0:
        return (0, 0, 0, 0, 0), []
    ends = [pool[i + 1].start if i + 1 < n else text_len for i in range(n)]
    body = [max(ends[i] - pool[i].body_start, 0) for i in range(n)]
    # each candidate's rank and ordinal's value, worked out once (the loop below is quadratic)
    ranks = [_RANK.get(c.key) for c in pool]
    numbers = [_cn_number(c.number) for c in pool]
    # score: (standard parts, -unnumbered, -out of sequence, text held); prev index
    best: list[tuple[tuple[int, int, int, int], int]] = []
    for i, cand in enumerate(pool):
        rank = ranks[i]
        b = numbers[i]
        own = (1 if cand.key in SECTION_KEYS else 0, -(cand.style == "none"), 0, body[i])
        score, prev_best = own, -1
        for j in range(i):
            prev = pool[j]
            prev_rank = ranks[j]
            if prev.start >= cand.start:
                continue
            if rank is not None and prev_rank is not None:
                if prev_rank > rank or (prev_rank == rank and not (prev.key == "problems" and cand.key == "measures")):
                    continue
            elif cand.key == prev.key:
                continue
            if _used_key(best, pool, j, cand.key) and cand.key not in SECTION_KEYS:
                continue
            violation = 0
            a = numbers[j]
            if a is not None and b is not None and b <= a:
                violation = 1
            base = best[j][0]
            option = (base[0] + own[0], base[1] + own[1], base[2] - violation, base[3] + own[3])
            if option > score:
                score, prev_best = option, j
        best.append((score, prev_best))
    i = max(range(n), key=lambda k: (best[k][0], -k))
    chain: list[_Candidate] = []
    while i != -1:
        chain.append(pool[i])
        i = best[i][1]
    return best[max(range(n), key=lambda k: (best[k][0], -k))][0], chain[::-1]


def _used_key(best, pool, j: int, key: str) -> bool:
    """Whether the chain ending at ``j`` already holds ``key``."""
    while j != -1:
        if pool[j].key == key:
            return True
        j = best[j][1]
    return False


def _choose(candidates: list[_Candidate], text_len: int) -> list[_Candidate]:
    options = []
    for style in ("cn", "paren", "arabic", "none"):
        score, chain = _score_chain(candidates, text_len, style)
        if chain:
            options.append(((score[0], score[1], score[2], _STYLE_PRIORITY[style], score[3]), chain))
    if not options:
        return []
    return max(options, key=lambda o: o[0])[1]


def _subsections(text: str, start: int, end: int) -> tuple[Subsection, ...]:
    """Labelled problem / measure parts inside 五: ``(一)存在的问题`` / ``(二)改进情况``,
    label-colon forms ``存在问题:`` … ``改进措施:`` at a line start or after a sentence end."""
    body = text[start:end]
    marks: list[tuple[int, str, str]] = []
    for key, pattern in (("problems", _PROBLEM_LABEL), ("measures", _MEASURE_LABEL)):
        for m in pattern.finditer(body):
            # what stands before the label: a numbered one counts from its number (spaces
            # skipped), a bare one from the blanks before it (any whitespace skipped); looked
            # at in place, not by copying the body up to each label
            k = m.start()
            if m.group("number"):
                while k and body[k - 1] == " ":
                    k -= 1
            else:
                while k and body[k - 1].isspace():
                    k -= 1
            if k and body[k - 1] not in "\n。;":
                continue  # mid-sentence: not a label
            marks.append((start + m.start(), key, m.group("title")))
    marks.sort()
    # a label repeated (e.g. two problem labels) keeps the first of each run
    collapsed: list[tuple[int, str, str]] = []
    for mark in marks:
        if collapsed and collapsed[-1][1] == mark[1]:
            continue
        collapsed.append(mark)
    if not any(k == "measures" for _, k, _ in collapsed):
        return ()
    subs: list[Subsection] = []
    for i, (pos, key, title) in enumerate(collapsed):
        sub_end = collapsed[i + 1][0] if i + 1 < len(collapsed) else end
        subs.append(Subsection(title.strip(), pos, sub_end, key))
    return tuple(subs)


_GLOSS = regex.compile(r"\([^()]{0,30}\)")


def _list_body(listed_text: str) -> str:
    """The list of an introduction's parts: after its lead word, without its tail and glosses."""
    lead = None
    for lead in _LIST_LEAD.finditer(listed_text):
        pass
    body = listed_text[lead.end():] if lead else listed_text
    body = _LIST_TAIL.sub("", body)
    return _GLOSS.sub("", body)  # 依申请公开政府信息情况(受理、答复情况): the gloss is no separator


def _quotes_as_separators(body: str) -> str:
    """A list whose quotes stand between titles rather than around each (…情况”“主动公开…): ``”“`` as a separator,
    the other quotes dropped."""
    return body.replace("”“", "、").replace("“", "").replace("”", "")


def _listed_parts(listed_text: str) -> tuple[int, bool]:
    """How many parts an introduction's list names (``包括总体情况、…、其他需要报告的事项``):
    the list after its lead word, cut at its separators. In a list of full titles a piece that
    does not end like one is half of a title cut at its own 、 and joins the next
    (``政府信息公开行政复议、行政诉讼情况`` is one part); in a list of short names (``总体情况、
    主动公开、依申请公开、复议诉讼…``), where most pieces end otherwise, every piece is a part.
    ``(count, sure)``: sure when every part listed reads as one of :data:`HEADING_VARIANTS`, each
    a different part (then what the list lacks can be named), not otherwise."""
    body = _list_body(listed_text)
    quoted = _QUOTED_TITLE.findall(body)
    broken = False
    repeated: set[int] = set()  # (1-based) titles the list names again right after
    if len(quoted) < 2 and "”“" in body:
        # (本报告由基本工作情况”“主动公开政府信息情况存在的问题…三个部分组成: quotes that lost their pairs still
        # stand between titles) the quotes are separators, and a list written so is not counted surely
        body, quoted, broken = _quotes_as_separators(body), [], True
    if len(quoted) >= 2 and any(_LIST_SEPARATOR.search(q) for q in quoted):
        # (重点从“总体情况、…、存在的主要问题及改进情况”“其他需要报告的事项”六个部分: quotes around runs
        # of titles, not around each title) the quotes are one more separator
        body, quoted = _quotes_as_separators(body), []
    if len(quoted) >= 2:
        titles = [q[1:-1] for q in quoted]  # “总体情况”“主动公开政府信息情况”…: each title in its own quotes
        # 本报告由总体情况”“主动公开…”: the first title lost its opening quote; it is still a
        # part, and a list written so carelessly is not counted surely
        before = body[:body.find(quoted[0])].strip(" ,、:“”\"")
        if before:
            titles.insert(0, before)
            broken = True
    else:
        pieces = [p.strip() for p in _LIST_SEPARATOR.split(body) if p.strip()]
        ended = [bool(_PART_ENDING.search(p)) for p in pieces]
        if sum(ended) <= len(pieces) - sum(ended):
            return len(pieces), False
        titles, pending = [], ""
        for piece, piece_ended in zip(pieces, ended):
            if pending and len(pending) >= 6 and piece.startswith(pending[:6]):
                # (…、因政府信息公开工作被申请行政复议、因政府信息公开工作被申请行政复议和提起行政诉讼情况、…: the
                # next piece says the unfinished one again and goes on — the list names that part twice, each an entry)
                titles.append(pending)
                repeated.add(len(titles))
                pending = ""
            if pending and piece_ended:
                # (主动公开、依申请公开、行政复议及行政诉讼情况: a joined title whose last piece is a
                # part's own title may be several parts named short — the count is not sure)
                whole, last = _match_variant(_bare_title(pending + piece), True), _match_variant(_bare_title(piece), True)
                if last and (not whole or whole[0].key != last[0].key):
                    broken = True
            pending += piece
            if piece_ended:
                titles.append(pending)
                pending = ""
        if pending:
            titles.append(pending)
    titles = [part for title in titles for part in _split_joined_titles(title)]
    keys = []
    for title in titles:
        hit = _match_variant(_bare_title(title), True)
        keys.append(hit[0].key if hit else _overview_subpart(title))
    # titles run together without a separator (概述主动公开政府信息情况, …减免情况申请行政复议…情况) are
    # counted as one: a count that may be short, never a sure one
    run_together = any(_runs_together(title) for title in titles)
    # (存在主要问题、改进情况: the problems and the improvements named apart may be one part or two)
    split_five = {"problems", "measures"} <= set(keys)
    # (…工作存在的问题及努力方向及附件等四部分: an appendix named in the list may or may not be counted as a part)
    appendix = any(regex.search(r"附件|附表", title) for title in titles)
    # (a part named twice in a row is two entries of the written list, but a slip of one part to a reader who
    # counts the parts: annotators split between the two, so the count is not sure)
    sure = None not in keys and not _named_twice(titles, keys) and not broken and not run_together and not split_five \
        and not appendix and not repeated
    return len(titles), sure


def _named_twice(titles: list[str], keys: list) -> bool:
    """Whether the list names one part twice: two titles of the same part, one the other's words or its end
    (存在的主要问题及改进情况, 政府信息公开工作存在的主要问题及改进情况). Two different titles of one part are
    two parts of the old outline (收到和处理政府信息公开申请情况, 依申请公开政府信息和不予公开政府信息情况)."""
    bare = [_bare_title(title) for title in titles]
    return any(keys[i] == keys[j] and (bare[i].endswith(bare[j]) or bare[j].endswith(bare[i]))
               for i in range(len(titles)) for j in range(i + 1, len(titles)))


def _halves(compact: str, join) -> tuple:
    """The parts the two sides of a title's own ending followed by more words read as (or None)."""
    return _match_variant(_bare_title(compact[:join.end()]), True), _match_variant(_bare_title(compact[join.end():]), True)


def _split_joined_titles(title: str) -> list[str]:
    """A title run together with the next for want of a separator (…行政诉讼情况存在的主要问题及
    改进情况) as the two titles, where both halves read as different parts (基本情况概述 is one title);
    otherwise the title as it is."""
    compact = "".join(title.split())
    for m in _TITLE_JOINED.finditer(compact):
        first, second = _halves(compact, m)
        if first and second and first[0].key != second[0].key:
            return [compact[:m.end()], *_split_joined_titles(compact[m.end():])]
    return [title]


def _runs_together(title: str) -> bool:
    """Whether another title's words follow a title's own ending (概述主动公开政府信息情况); not
    where both halves name the same part (基本情况概述)."""
    compact = "".join(title.split())
    for m in _TITLE_JOINED.finditer(compact):
        first, second = _halves(compact, m)
        if not (first and second and first[0].key == second[0].key):
            return True
    return False


def _bare_title(title: str) -> str:
    """A listed title without spaces and the words some lists put before it (本年度, 的; 我局2021年度信息公开的…: the
    body and year the whole list is of, said before its first title)."""
    return regex.sub(r"^(?:(?:我|本)(?:局|委|办|厅|镇|乡|街道|区|县|市|单位|机关)?(?:(?:19|20)\d{2}年度?|本年度|年度)?"
                     r"(?:政府信息公开|信息公开|政务公开)(?:工作)?的|本年度|年度|本机关|政府信息公开工作的|的)",
                     "", "".join(title.split()))


#: (key, title): the 2021 template's sub-parts of 总体情况 that some introductions list among the report's parts
#: (本年报由总体情况、主动公开…、依申请公开情况、政府信息管理情况、政府信息公开平台建设情况、…六部分): each is a
#: title of the written list, read surely as the headings are
_OVERVIEW_SUBPARTS = tuple((key, regex.compile(pattern)) for key, pattern in (
    ("sub:management", r"(?:政府)?信息(?:公开)?管理(?:工作)?(?:情况)?"),
    # (政府信息平台建设情况: the platforms named with the information they carry)
    ("sub:platforms", r"(?:政府信息公开|政府信息|信息公开|政务公开)?平台建设(?:情况)?"),
    ("sub:oversight", r"监督保障(?:情况)?"),
))


def _overview_subpart(title: str) -> str | None:
    """The key of one of :data:`_OVERVIEW_SUBPARTS` the listed title is, or None."""
    bare = _bare_title(title)
    return next((key for key, pattern in _OVERVIEW_SUBPARTS if pattern.fullmatch(bare)), None)


#: the parts of the 2021 outline: a list naming as many names every part
_FULL_OUTLINE_PARTS = 6


def _cut_at_own_separators(listed_text: str) -> int:
    """How many pieces the list's own separators make, every piece counted as a part."""
    return sum(1 for piece in _LIST_SEPARATOR.split(_list_body(listed_text)) if piece.strip())


def _first_paragraph_end(text: str, section: Section) -> int:
    """Where the first paragraph under the overview's heading ends (0 for another part)."""
    if section.key != SECTION_KEYS[0]:
        return 0
    body = len(text) - len(text[section.body_start:].lstrip())
    end = text.find("\n", body)
    return min(section.end, len(text) if end < 0 else end)


def _stated_part_count(text: str, first_heading: int, introduction_end: int = 0) -> tuple[int | None, int | None, int, int, bool]:
    """``(stated, listed, start, end, sure)``: the number of parts the introduction states, how
    many parts its list names (None where there is no such statement / list), where the
    sentence stating them is, and whether the list was read surely (see :func:`_listed_parts`).
    The introduction is the text before the first heading, or, where the page puts it under
    一、总体情况 (…⏎一、总体情况⏎根据《条例》…本年报由…六个部分组成), that part's first paragraph
    (``introduction_end``)."""
    head = text[: min(max(first_heading if first_heading > 0 else 1500, introduction_end), 3000)]
    for m in _PART_COUNT.finditer(head):
        sentence_start = max(head.rfind("。", 0, m.start()), head.rfind("\n", 0, m.start())) + 1
        sentence = head[sentence_start:m.end()]
        if _ABOUT_THE_REPORT.search(sentence) is None and not (
                _REPORT_CONTENTS.search(sentence) and head.startswith("组成", m.end())):
            # (…报告根据…编制。主要内容包括概述、…等共七个部分组成: the report named in the sentence before)
            continue
        stated = _cn_number(m.group("n"))
        listed_text = sentence[: m.start() - sentence_start]
        listed, sure = _listed_parts(listed_text)
        if sure and _FULL_OUTLINE_PARTS <= listed < stated and _cut_at_own_separators(listed_text) == stated:
            # every part named, …政府信息公开行政复议、行政诉讼情况…7 个部分: the page counted the
            # pieces its own 、 cut the list into, a count a reviewer could not call wrong (a list
            # that lacks a part stays a sure count however its pieces fall)
            sure = False
        if sure and _ETC_BEFORE_COUNT.search(listed_text.rstrip()) and listed <= 2 < stated:
            # (由总体情况、主动公开政府信息情况等六个部分组成: with two named, 等 reads as "and so on", an
            # abbreviated list; from three named on, 等 closes the list and a short one is a slip — ANNOTATION.md's
            # settled rule, which the blind annotations follow for three and four named too)
            sure = False
        if sure and listed == stated - 1 and _APPENDIX_AFTER.match(head, m.end()):
            # (…其它需报告的事项等七个部分组成,并附相关指标统计附表: six named, the appended table may be the
            # seventh as the page counts it)
            sure = False
        return stated, (listed if listed >= 2 else None), sentence_start, m.end(), sure
    return None, None, 0, 0, False


#: an appendix said right after the count of parts (…七个部分组成,并附相关指标统计附表)
_APPENDIX_AFTER = regex.compile(r"[^。\n]{0,4}?,?\s?(?:并|另)?附(?:有|录)?[^。\n]{0,16}?(?:附表|附件|统计表|表格|表)")


#: how far after a problems label its measures label may start for the pair to be 五 (below)
_SUBHEADED_FIVE_WINDOW = 1500
_ENUMERATOR_START = regex.compile(rf"\((?:[{_CN}]|\d)\)|[{_CN}][、.]|\d[、.]")


def _subheaded_five(text: str, sections: list[Section]) -> Section | None:
    """五 written as two numbered labels under another part, on a page without a 五 heading
    (its top headings lost: …(七)依申请公开工作情况…(一)存在问题:一是…(二)进一步整改:一是…): a
    problems part from the problems label to the next part, with the two as its sub-parts."""
    if any(s.key == "problems" for s in sections):
        return None
    subs = _subsections(text, 0, len(text))
    for problems, measures in zip(subs, subs[1:]):
        if problems.key != "problems" or measures.key != "measures" \
                or measures.start - problems.start > _SUBHEADED_FIVE_WINDOW \
                or not _ENUMERATOR_START.match(text, problems.start):
            continue
        end = min((s.start for s in sections if s.start > problems.start), default=len(text))
        parts = (Subsection(problems.title, problems.start, measures.start, "problems"),
                 Subsection(measures.title, measures.start, end, "measures"))
        return Section("problems", problems.title, None, problems.start, problems.start, end, parts)
    return None


def split_sections(doc: Document) -> SectionMap:
    """Find the standard parts of ``doc``."""
    text = doc.text
    candidates = _line_candidates(text)
    chain = _choose(candidates, len(text))
    spans = [(start, start + len(line)) for start, line in _iter_lines(text) if len(line) > _LONG_LINE]
    for c in chain:
        # a heading with its first sentence on its line: the next part's heading may be
        # on that line too (五、存在的主要问题… 我局… 六、其他需要报告的事项)
        line_end = text.find("\n", c.start)
        line_end = len(text) if line_end < 0 else line_end
        if text[c.body_start:line_end].strip() and line_end - c.start <= _LONG_LINE:
            spans.append((c.start, line_end))
    if spans and sum(1 for c in chain if c.key in SECTION_KEYS) < 5:
        # line breaks may be lost: look for headings inside the long lines too (only there,
        # and only when the lines alone do not give the parts, so that a paragraph that
        # merely names a part is not taken for it)
        seen = {c.start for c in candidates}
        inline = [c for c in _inline_candidates(text) if c.start not in seen
                  and any(a <= c.start < b for a, b in spans)]
        if inline:
            widened = _choose(sorted(candidates + inline, key=lambda c: c.start), len(text))
            if sum(1 for c in widened if c.key in SECTION_KEYS) > sum(1 for c in chain if c.key in SECTION_KEYS):
                chain = widened
    sections: list[Section] = []
    notes: list[str] = []
    if any(c.inline for c in chain):
        notes.append("headings found inside running text (the line breaks appear to be lost)")
    for i, cand in enumerate(chain):
        end = chain[i + 1].start if i + 1 < len(chain) else len(text)
        key = cand.key
        if key == "measures":
            if sections and sections[-1].key == "problems":
                # 五 split into two top-level parts: the problems part extends over it
                prev = sections[-1]
                subs = (Subsection(prev.title, prev.start, cand.start, "problems"),
                        Subsection(cand.title, cand.start, end, "measures"))
                sections[-1] = Section("problems", prev.title, prev.number, prev.start, prev.body_start, end, subs)
                notes.append(f"五 is split into two top-level parts ({prev.title} / {cand.title}); "
                             "read as one problems part with two sub-parts")
                continue
            key = "problems"
        subs = _subsections(text, cand.body_start, end) if key == "problems" else ()
        sections.append(Section(key, cand.title, cand.number, cand.start, cand.body_start, end, subs))
    subheaded = _subheaded_five(text, sections)
    if subheaded is not None:
        # the part it was written under ends where it starts
        sections = [replace(s, end=subheaded.start) if s.start < subheaded.start < s.end else s for s in sections]
        sections = sorted([*sections, subheaded], key=lambda s: s.start)
        notes.append(f"五 found as two labelled sub-parts ({subheaded.subsections[0].title} / "
                     f"{subheaded.subsections[1].title}) without a heading of its own")
    found_keys = {s.key for s in sections}
    missing = tuple(k for k in SECTION_KEYS if k not in found_keys)
    preamble = (0, sections[0].start) if sections and sections[0].start > 0 else None
    numbers = [_cn_number(s.number) for s in sections if s.number]
    if numbers and any(b <= a for a, b in zip(numbers, numbers[1:])):
        notes.append("part ordinals are out of order: " + " ".join(s.number for s in sections if s.number))
    for position, section in enumerate(sections, start=1):
        number = _cn_number(section.number)
        if section.key in _RANK and number is not None and number != _RANK[section.key] + 1 \
                and all(s.number for s in sections[:position]):
            notes.append(f"{section.key} is numbered {section.number} (standard position "
                         f"{_CN[_RANK[section.key]]}): parts were inserted or renumbered")
    stated, listed, stated_start, stated_end, sure = _stated_part_count(
        text, sections[0].start if sections else 0, _first_paragraph_end(text, sections[0]) if sections else 0)
    stated_parts = None
    if stated is not None:
        stated_parts = (stated, listed, stated_start, stated_end, sure)
        if listed is not None and listed != stated:
            notes.append(f"the introduction states {stated} parts but lists {listed}")
        if stated != len(sections):
            notes.append(f"the introduction states {stated} parts but {len(sections)} were found")
    return SectionMap(tuple(sections), missing, tuple(notes), preamble, stated_parts)
