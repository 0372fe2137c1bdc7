"""Year consistency: a report copied from last year's with the year left unchanged.

Only statements that claim to be *about the reporting period* are checked: the statistics
period (``统计期限自2022年1月1日起至…``), a paragraph or sentence opening with a bare
year in the narrative parts 一 and 六 (``2022年，我局…``), and a year stated with the period's
statistics anywhere in a sentence (``我局2022年度共受理…``). References to other years are
legitimate and never flagged: last year's problems (``针对2022年度…存在的问题``),
comparisons (``较2022年``), cumulative figures (``截至…``), next year's plans (``2024年，我局
将…``) and anything in 五."""
from __future__ import annotations

import regex

from .context import Context
from .model import Evidence
from .verdicts import make, not_assessable

#: the statistics period statement; both ends must be the report year
_PERIOD = regex.compile(
    r"(?:统计|数据)(?:期限|时限|时间|区间|周期)[^。\n]{0,12}?(?P<y1>(?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日"
    r"[^。\n]{0,6}?(?:至|到|-|—)\s*(?P<y2>(?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日")

#: a sentence or paragraph that opens with a bare year: ``2022年,`` / ``2022年度,`` /
#: ``2022年全年`` / ``2022年我局``. The look-behind keeps it at a sentence start.
_OPENING_YEAR = regex.compile(
    r"(?:^|(?<=[\n。;!?]))[ \t]*(?P<year>(?:19|20)\d{2})\s*年(?:度)?\s*(?:,|，|全年|我)", regex.M)

#: a year stated with the period's own statistics, anywhere in a sentence (我局2022年度共受理
#: 申请12件 in a 2023 report): the year, at most the agency's self-reference, then a verb of
#: counting. A comparison (较2022年, 与2022年相比, 比2022年(31起)) has no such verb after the
#: year; ``以来`` and ``截至`` make it a cumulative figure. Blanks are bounded: unbounded ``\s*``
#: either side of an optional word is quadratic on a long blank run.
_STATED_YEAR = regex.compile(
    r"(?<!较|比|与|和|至|自|从|于|截至|截止|同比|相比|上年|去年)(?P<year>(?:19|20)\d{2})\s{0,2}年(?:度)?\s{0,2}"
    r"(?:我\p{Han}{0,3}?|本(?:局|委|办|厅|机关|单位|部门|镇|乡|街道|区|县|市))?\s{0,2}(?:共|全年|累计|合计)?\s{0,2}"
    r"(?:受理|收到|接收|新收|办理|答复|主动公开|公开|发布|制发|印发)")

#: words right after the year that make it a plan, not a statement about the period
_PLAN = regex.compile(r"^[^。\n]{0,30}?(?:将|计划|拟|打算|力争|争取)")

SECTIONS_CHECKED = ("overview", "other")


def report_year_references(ctx: Context, rule):
    year = ctx.metadata.year if ctx.metadata else None
    if not year:
        return not_assessable(rule, "未识别报告年度")
    findings = []
    text = ctx.text
    for m in _PERIOD.finditer(text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        span = [Evidence(start=m.start(), end=m.end())]
        if y1 != year or y2 != year:
            findings.append(make(rule, "FAIL",
                                 f"统计期限写为“{m.group(0)}”，与报告年度{year}年不符，可能沿用了上年报告",
                                 expected=year, found=y1 if y1 != year else y2, evidence=span, unit="统计期限"))
        else:
            findings.append(make(rule, "PASS", f"统计期限与报告年度{year}年一致", expected=year, found=y1,
                                 evidence=span, unit="统计期限"))
    for key in SECTIONS_CHECKED:
        section = ctx.sections.get(key) if ctx.sections else None
        if section is None:
            continue
        body = text[section.body_start:section.end]
        seen: set[int] = set()
        for m in sorted([*_OPENING_YEAR.finditer(body), *_STATED_YEAR.finditer(body)], key=lambda m: m.start("year")):
            stated = int(m.group("year"))
            if stated >= year or m.start("year") in seen:  # this year, or a plan for next year
                continue
            seen.add(m.start("year"))
            start = section.body_start + m.start("year")
            rest = text[start:start + 60]
            if _PLAN.search(rest):
                continue
            end = text.find("。", start)
            end = len(text) if end < 0 else min(end + 1, start + 80)
            findings.append(make(rule, "UNCERTAIN",
                                 f"{year}年度报告中陈述本期工作的语句写作“{stated}年”，可能沿用了上年报告"
                                 f"而未改年份：“{text[start:end]}”",
                                 expected=year, found=stated, evidence=[Evidence(start=start, end=end)],
                                 unit="叙述年份"))
    if not findings:
        return (make(rule, "PASS", f"未发现与报告年度{year}年不符的本期陈述"),)
    return tuple(findings)
