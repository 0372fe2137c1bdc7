"""Year consistency: a report copied from last year's with the year left unchanged.

Only statements that claim to be *about the reporting period* are checked: the statistics
period (``统计期限自2022年1月1日起至…``) and a paragraph or sentence opening with a bare
year in the narrative parts 一 and 六 (``2022年，我局…``). References to other years are
legitimate and never flagged: last year's problems (``针对2022年度…存在的问题``),
comparisons (``较2022年``), cumulative figures (``截至…``), next year's plans (``2024年，我局
将…``) and anything in 五. The agency stating its figures for another year in the present tense
(``我局2022年度共受理…申请15件`` in a 2023 report) is a FAIL, and UNCERTAIN where the
sentence could be comparing the two years (较, 同比, 上年, the report year beside it). A preamble that calls
the report by another year (``现将…2021年度…报告向社会公布`` under a 2022 title) is a FAIL too."""
from __future__ import annotations

from dataclasses import replace

import regex

from ..metadata import PERIOD_DATES, self_named_year
from .context import Context, sentence_bounds
from .model import Evidence
from .verdicts import make, not_assessable

#: the statistics period statement; both ends must be the report year
_PERIOD = regex.compile(
    # (本年报统计数据的时限为…: 数据 and 的 between)
    r"(?:统计|数据)(?:数据)?(?:的)?(?:期限|时限|时间|区间|周期)[^。\n]{0,12}?" + PERIOD_DATES)

#: a sentence or paragraph that opens with a bare year: ``2022年,`` / ``2022年度,`` /
#: ``2022年全年`` / ``2022年我局``. The look-behind keeps it at a sentence start.
_OPENING_YEAR = regex.compile(
    r"(?:^|(?<=[\n。;!?]))[ \t]*(?P<year>(?:19|20)\d{2})\s*年(?:度)?\s*(?:,|，|全年|我)", regex.M)

#: words right after the year that make it a plan, not a statement about the period
_PLAN = regex.compile(r"^[^。\n]{0,30}?(?:将|计划|拟|打算|力争|争取)")

#: the page's own publication date, in the fields a government site prints above the report (发布时间:2017-03-01)
_PUBLISHED = regex.compile(r"(?:发布|发文|成文)(?:时间|日期)\s*[:：]?\s*(?P<year>(?:19|20)\d{2})")
#: how far into the page those fields stand
_PAGE_HEAD = 400

SECTIONS_CHECKED = ("overview", "other")
#: the parts whose prose is read for another year's statistics: also 二 and 三, whose prose (old outlines, or a
#: page whose (一)(二) sub-headings were taken for the parts) states the year's counts as 一 does
STATISTICS_CHECKED = SECTIONS_CHECKED + ("active_disclosure", "applications")

#: the agency stating its own figures for a year: ``我局2022年度共受理…申请15件``,
#: ``全县2022年累计主动公开…`` — present-tense statistics, which in a report of another
#: year were copied from that year's report unless the sentence compares the two years
_AGENCY = r"(?:我|本|全)(?:局|委|办|厅|院|署|中心|镇|乡|街道|区|县|市|州|省|机关|单位|部门|系统)"
#: how a body's own short name ends when a report names itself by it (经开区, 某某街道, 某某镇)
_SHORT_NAME_END = r"(?:经开区|高新区|开发区|园区|街道|镇|乡)"
_STATISTIC_VERB = r"(?:受理|收到|接收|办理|答复|办结|主动公开|公开|发布|更新|制发|制定|制作|获取|出台|废止|作出|举办|召开|开展|组织|处理)"
#: how a body's full name ends when a report names itself by it after the year's comma (2019 年度,某某县卫生健康局主动公开…)
_FULL_NAME_END = r"(?:局|委员会|委|办公室|中心)"
#: (also the year first, at a sentence's start and run into the statement: ``2022年我镇收到…申请0件``,
#: ``2010年度主动公开政府信息54条``, and set off by a comma, ``2019年,我镇通过…网站公开信息94条``: a statement of that
#: year's figures, as ANNOTATION.md reads it; an opening year without a statistic stays UNCERTAIN)
_STATISTIC_YEAR = regex.compile(
    # (我镇通过县政府网站2022年全年公开政府信息0条: the channel named between the agency and its year)
    r"(?:" + _AGENCY + r"(?:通过[^。\n;!?\d]{1,12}?)?[^。\n;!?]{0,4}?(?P<year>(?:19|20)\d{2})\s*年(?:度)?(?!以来|至今|起|以前|之前|前|底|末|以后|后)"
    # (2019 年,我镇通过县政府网站公开信息 94 条: set off by a comma, the same present-tense statistic)
    # (…做到应公开尽公开,2021 年度共主动公开政府信息 4 条: a clause after a comma opening with the year the same)
    # (2023 年,经开区通过政府网站主动公开…915 条: the body named by its own short name after the comma)
    r"|(?:^|(?<=[\n。;!?,]))[ \t]*(?P<year>(?:19|20)\d{2})\s*年(?:度)?\s*,?\s*(?:" + _AGENCY
    + r"|(?<=,)\p{Han}{0,4}?" + _SHORT_NAME_END + r"|(?<=,)\p{Han}{2,14}?" + _FULL_NAME_END + r")?"
    r"(?:通过[^。\n;!?\d]{1,16}?|在[^。\n;!?\d]{1,16}?)?"
    r"(?:共|累计|全年)?(?=" + _STATISTIC_VERB + r"))"
    r"[^。\n;!?\d]{0,12}?" + _STATISTIC_VERB + r"[^。\n;!?]{0,40}?\d", regex.M)
#: the same statement of none, in words (2024 年建宁乡未收到和办理依申请公开信息 in a 2025 report): the year opening the
#: sentence, the body right after it by its own name, then the negated receiving verb
_NONE_STATED_YEAR = regex.compile(
    r"(?:^|(?<=[\n。;!?]))[ \t]*(?P<year>(?:19|20)\d{2})\s*年(?:度)?\s*,?\s*(?:" + _AGENCY
    + r"|\p{Han}{1,6}?" + _SHORT_NAME_END + r")(?:未|没有)(?:收到|受理|接到)", regex.M)
#: words that make a sentence a comparison between years (较2022年, 同比, 上年 …)
_COMPARISON = regex.compile(r"较|同比|环比|上年|去年|上一年|比(?:19|20)\d{2}|相比|对比|增长|下降|增加|减少|持平|分别")
_SENTENCE_STOP = "。\n;!?"


def report_year_references(ctx: Context, rule):
    year = ctx.metadata.year if ctx.metadata else None
    if not year:
        return not_assessable(rule, "未识别报告年度")
    findings = []
    text = ctx.text
    for m in _PERIOD.finditer(text):
        y1, y2 = int(m.group("year")), int(m.group("end") or m.group("year"))
        span = [Evidence(start=m.start(), end=m.end())]
        if y1 != year or y2 != year:
            # the title's year is the other side of the disagreement (either may be the slip)
            span += _title_year_evidence(ctx, year)
            # (a period after the report year: the year the report goes by is the stale one as likely)
            stale = "可能沿用了上年报告" if min(y1, y2) < year else "报告年度或统计期限有一处有误"
            if y1 == y2 == year - 1 and _published_in(text, year):
                # (2017年泸县喻寺镇…年度报告, 发布时间:2017-03-01, 统计期限为2016年…: a title named by the year it
                # was published in, over last year's statistics — the period is the year the report covers)
                findings.append(make(rule, "UNCERTAIN",
                                     f"统计期限写为“{m.group(0)}”，与标题年度{year}年不符；页面发布于{year}年，"
                                     f"标题年份可能是发布年份而非报告年度", expected=year, found=y1, evidence=span,
                                     unit="统计期限"))
                continue
            findings.append(make(rule, "FAIL",
                                 f"统计期限写为“{m.group(0)}”，与报告年度{year}年不符，{stale}",
                                 expected=year, found=y1 if y1 != year else y2, evidence=span, unit="统计期限"))
        else:
            findings.append(make(rule, "PASS", f"统计期限与报告年度{year}年一致", expected=year, found=y1,
                                 evidence=span, unit="统计期限"))
    named = self_named_year(text)
    if named is not None and int(named.group("year")) != year:
        # 锡林郭勒盟民政局2022年…年度报告 whose preamble says 现将…2021年度…年度报告向社会公布: the preamble
        # copied from last year's report
        stated = int(named.group("year"))
        findings.append(make(rule, "FAIL",
                             f"前言称“{named.group(0)}”，与报告年度{year}年不符，可能沿用了上年报告",
                             expected=year, found=stated,
                             evidence=[Evidence(start=named.start("year"), end=named.end("year"))]
                             + _title_year_evidence(ctx, year),
                             unit="报告自称年度"))
    # statements of another year's figures first: a sentence they judge (its year's start is
    # added to ``flagged``) is not judged again as one that merely opens with a year
    flagged = {f.evidence[0].start for f in findings if f.evidence}
    statistics = _statistics_of_another_year(ctx, rule, year, flagged) + _as_of_last_year(ctx, rule, year, flagged)
    for section in _sections(ctx, SECTIONS_CHECKED):
        body = text[section.body_start:section.end]
        for m in _OPENING_YEAR.finditer(body):
            stated = int(m.group("year"))
            if stated >= year:  # this year, or a plan for next year
                continue
            start = section.body_start + m.start("year")
            if start in flagged:
                continue
            rest = text[start:start + 60]
            if _PLAN.search(rest):
                continue
            end = text.find("。", start)
            end = len(text) if end < 0 else min(end + 1, start + 80)
            findings.append(make(rule, "UNCERTAIN",
                                 f"{year}年度报告中有以“{stated}年”开头、陈述本期工作的语句，可能沿用了上年报告"
                                 f"而未改年份：“{text[start:end]}”",
                                 expected=year, found=stated, evidence=[Evidence(start=start, end=end)],
                                 unit="叙述年份"))
    findings.extend(statistics)
    if not findings:
        return (make(rule, "PASS", f"未发现与报告年度{year}年不符的本期陈述"),)
    return _folded_into_the_copied_year(findings)


#: the findings that say the whole report is of another year (its period, its preamble's own name for it)
_WHOLE_REPORT_UNITS = ("统计期限", "报告自称年度")


def _folded_into_the_copied_year(findings: list) -> tuple:
    """``统计期限为2019年…`` in a 2020 report and then ``2019年全县主动公开…100多条``: the sentences stating the copied
    year are that one finding's evidence, not findings of their own — a reviewer takes up one copied report."""
    copied = {f.found: i for i, f in enumerate(findings) if f.status == "FAIL" and f.unit in _WHOLE_REPORT_UNITS}
    if not copied:
        return tuple(findings)
    out = list(findings)
    kept = []
    for i, f in enumerate(findings):
        at = copied.get(f.found)
        if at is not None and i != at and f.unit not in _WHOLE_REPORT_UNITS:
            out[at] = replace(out[at], evidence=out[at].evidence + f.evidence)
            continue
        kept.append(i)
    return tuple(out[i] for i in kept)


def _published_in(text: str, year: int) -> bool:
    """Whether the page's own fields say it was published in ``year``."""
    m = _PUBLISHED.search(text, 0, _PAGE_HEAD)
    return m is not None and int(m.group("year")) == year


def _sections(ctx: Context, keys: tuple[str, ...]) -> list:
    """The parts of ``keys`` the page has, in the order of ``keys``."""
    found = (ctx.sections.get(key) for key in keys) if ctx.sections else ()
    return [section for section in found if section is not None]


def _title_year_evidence(ctx: Context, year: int) -> list[Evidence]:
    """Where the title states the report year, as evidence; without a title stating it, where the preamble
    calls the report by that year (特向社会公布2023年度…年度报告: the year was read there, and it is
    the other side of a disagreement with the statistics period); [] when neither says it."""
    span = ctx.metadata.title_span if ctx.metadata else None
    at = ctx.text.find(str(year), span[0], span[1]) if span is not None else -1
    if at >= 0:
        return [Evidence(start=at, end=at + 4)]
    # (no title, or one without the year — 泾县黄村镇 over a page whose preamble names the report 2013年度: the year
    # was read there)
    named = self_named_year(ctx.text)
    if named is not None and int(named.group("year")) == year:
        return [Evidence(start=named.start("year"), end=named.end("year"))]
    return []


def _sentence(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` inside ``[lo, hi)``, its full stop included."""
    a, b = sentence_bounds(text, start, end, _SENTENCE_STOP, lo, hi)
    return a, (b + 1 if b < hi else hi)


def _statistics_of_another_year(ctx: Context, rule, year: int, flagged: set) -> list:
    """``我局2022年度共受理…`` in a 2023 report: FAIL when the sentence speaks of that year
    alone; UNCERTAIN when it could be a comparison (较, 同比, 上年, the report year stated
    beside it). Plans (将, 计划) and 截至 stocks are not statements about a year's work."""
    out = []
    text = ctx.text
    for section in _sections(ctx, STATISTICS_CHECKED):
        for m in (*_STATISTIC_YEAR.finditer(text, section.body_start, section.end),
                  *_NONE_STATED_YEAR.finditer(text, section.body_start, section.end)):
            stated = int(m.group("year"))
            start = m.start("year")
            if stated >= year or start in flagged:  # a copied report states an earlier year
                continue
            a, b = _sentence(text, m.start(), m.end(), section.body_start, section.end)
            sentence = text[a:b]
            if _PLAN.search(text[start:b]) or "截至" in sentence or "截止" in sentence:
                continue
            years = {int(y) for y in regex.findall(r"(?:19|20)\d{2}(?=\s*年)", sentence)}
            quoted = sentence.strip()
            evidence = [Evidence(start=a, end=b)]
            if _COMPARISON.search(sentence) or year in years \
                    or _report_year_stated_before(text, a, year, section.body_start):
                out.append(make(rule, "UNCERTAIN",
                                f"{year}年度报告中有陈述{stated}年统计数字的语句，可能是与{stated}年的比较，"
                                f"也可能沿用了{stated}年报告而未改年份：“{quoted}”",
                                expected=year, found=stated, evidence=evidence, unit="统计年份"))
            else:
                out.append(make(rule, "FAIL",
                                f"{year}年度报告以现在时陈述{stated}年的统计数字，且未与本年比较：“{quoted}”；"
                                f"可能沿用了{stated}年报告而未改年份",
                                expected=year, found=stated, evidence=evidence, unit="统计年份"))
            flagged.add(start)
    return out


#: a sentence or clause opening with the end of a year as its date (截止2021年12月31日,我街道共受理…申请50件): what it states
#: stands as of that day
#: (also after a heading's colon, (一)主动公开政府信息情况:截至 2020 年 12 月 31 日,…; run on after a clause whose 。 the page
#: lost, …回应社会关切截至 20211231 日,…; with the date's 年/月 dropped; and with no comma before what it dates,
#: 截至 2024 年 12 月 31 日现行有效行政规范性文件 143 件 — not 对截至…日制定的文件进行清理, the documents made before it)
_AS_OF_YEAR_END = regex.compile(
    r"(?:^|(?<=[\n。;!?,:])|(?<=\p{Han})(?<![对将于在至到]))[ \t]*(?:据统计\s*[,，]?\s*)?截(?:至|止)(?:到)?\s*"
    r"(?P<year>(?:19|20)\d{2})\s*(?:年\s*(?:12\s*月\s*31\s*日|底|末)|1231\s*日)"
    r"\s*(?:[,，]|(?=\p{Han})(?!制定|印发|出台|发布的|以前|之前|前|止))", regex.M)
#: a count or a zero of the year's work in that sentence (…人员数2人; 尚无…收到…申请)
_COUNTED = regex.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:件|条|人|个|次|篇|份|项|名)|(?:尚无|没有|未)[^。\n]{0,16}?(?:收到|受理|申请)")
#: a stock kept over the years, not the year's work (累计, 历年, 以来)
#: (not 全年累计主动公开…455 条: the year's own total)
_STOCK = regex.compile(r"(?<!全年|本年|今年|年度)累计|历年|以来|总计|至今")


def _as_of_last_year(ctx: Context, rule, year: int, flagged: set) -> list:
    """``截止2021年12月31日,我街道共受理政府信息公开申请50件`` in a 2022 report: the year's work stated as of the
    end of the year before — copied from last year's report (FAIL); such a sentence with nothing counted (…工作运行
    正常) is UNCERTAIN; a stock (累计…) as of then is no statement of the year."""
    out = []
    text = ctx.text
    for section in _sections(ctx, STATISTICS_CHECKED):
        for m in _AS_OF_YEAR_END.finditer(text, section.body_start, section.end):
            start = m.start("year")
            if int(m.group("year")) != year - 1 or start in flagged:
                continue
            _, b = _sentence(text, m.end(), m.end(), section.body_start, section.end)
            if _STOCK.search(text, m.start(), b) or _PLAN.search(text[m.start():b]):
                continue
            quoted = text[m.start():b].strip()
            evidence = [Evidence(start=text.index("截", m.start()), end=b)]
            if _COUNTED.search(text, m.end(), b):
                out.append(make(rule, "FAIL", f"{year}年度报告陈述截至{year - 1}年底的本期工作数字：“{quoted}”；"
                                              f"可能沿用了{year - 1}年报告而未改年份",
                                 expected=year, found=year - 1, evidence=evidence, unit="统计年份"))
            else:
                out.append(make(rule, "UNCERTAIN", f"{year}年度报告以“截至{year - 1}年底”陈述本期工作：“{quoted}”；"
                                                   f"可能沿用了上年报告而未改年份", expected=year, found=year - 1,
                                 evidence=evidence, unit="叙述年份"))
            flagged.add(start)
    return out


def _report_year_stated_before(text: str, at: int, year: int, lo: int) -> bool:
    """Whether the sentence before ``at`` (across one line break) states the report year's own
    figures: ``本委2010年度网上共受理市民来信126件…。⏎本委2009年度网上共受理…96件`` sets the two
    years side by side, which may be a comparison."""
    end = at
    while end > lo and text[end - 1] in " \t\n\u3000":
        end -= 1
    if end <= lo or text[end - 1] not in _SENTENCE_STOP:
        return False
    start, _ = sentence_bounds(text, end - 1, end - 1, _SENTENCE_STOP, lo)
    return any(int(m.group("year")) == year for m in _STATISTIC_YEAR.finditer(text, start, end))
