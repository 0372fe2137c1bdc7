"""A stated total against the sum of its stated parts (``共N条，其中A条、B条、C条``).

Only a breakdown the extractor marks exhaustive can FAIL; a selection (``等``, a ``其中``
listing some categories) only has to stay within its total. 万-scaled figures are summed as
decimals with their rounding as tolerance, and qualified figures (约/余) widen the interval
instead of failing.

A breakdown whose total and parts are each compared with a written table cell by their own
narrative-vs-table rule (``办结 63 件,其中予以公开 28 件、…``; ``行政复议 351 件,其中结果维持
72 件…``) is left to those rules: each number is checked against the table, whose own
identities relate them. Summing the prose would only add false alarms there: whether such a
list names every outcome, and whether a 收到 total counts the carried-over cases the outcomes
include, is written in the table, not in the words."""
from __future__ import annotations

from . import figview
from .context import Context
from .model import Evidence
from .verdicts import make


def _num(x: float):
    x = round(x, 6)
    return int(x) if x == int(x) else x


def breakdown_sums(ctx: Context, rule):
    figures = tuple(ctx.figures)
    indexed = figview.by_index(figures)
    findings = []
    for total in figures:
        if figview.is_change(total):
            continue
        parts = [p for p in figview.parts_of(total, figures, indexed)
                 if not figview.is_change(p) and _same_unit(total, p)]
        if len(parts) < 2:
            continue
        if all(_checked_against_table(ctx, f) for f in (total, *parts)):
            continue
        findings.append(_judge(rule, total, parts))
    return tuple(findings)


def _checked_against_table(ctx: Context, fig) -> bool:
    from .narrative import checked_against_table
    from .rules import TWINS

    twin = TWINS.get(fig.metric)
    return twin is not None and checked_against_table(ctx, twin, fig)


def _same_unit(total, part) -> bool:
    a, b = getattr(total, "unit", None), getattr(part, "unit", None)
    return a is None or b is None or a == b or {a, b} <= {"件", "份", "条", "件次"}


def _judge(rule, total, parts):
    evidence = [Evidence(start=total.start, end=total.end)] + [Evidence(start=p.start, end=p.end) for p in parts]
    total_range = figview.allowed_range(total)
    part_ranges = [figview.allowed_range(p) for p in parts]
    low = sum(r.low for r in part_ranges)
    high = sum(r.high for r in part_ranges)
    stated_sum = _num(sum(float(p.value) for p in parts))
    listed = "＋".join(p.text for p in parts)
    exact = total_range.exact and all(r.exact for r in part_ranges)
    qualified = figview.qualifier(total) or any(figview.qualifier(p) for p in parts)
    tolerance = 0.0 if exact else max(total_range.tolerance, (high - low) / 2)
    exhaustive = figview.is_exhaustive(total)
    unit = total.text
    if exhaustive:
        overlap = low <= total_range.high + 1e-9 and total_range.low <= high + 1e-9
        if overlap:
            note = "" if exact else "（在约数或“万”四舍五入容差内）"
            return make(rule, "PASS", f"“{total.text}”与所列各项之和{stated_sum}一致{note}",
                        expected=_num(float(total.value)), found=stated_sum, evidence=evidence, unit=unit,
                        tolerance=tolerance)
        if qualified:
            return make(rule, "UNCERTAIN",
                        f"“{total.text}”与所列各项（{listed}）之和{stated_sum}超出约数容差",
                        expected=_num(float(total.value)), found=stated_sum, evidence=evidence, unit=unit,
                        tolerance=tolerance)
        return make(rule, "FAIL",
                    f"“{total.text}”为分项列举的合计，但各项（{listed}）之和为{stated_sum}",
                    expected=_num(float(total.value)), found=stated_sum, evidence=evidence, unit=unit,
                    tolerance=tolerance)
    # a selection: the parts only have to fit inside the total
    if low <= total_range.high + 1e-9:
        return make(rule, "PASS",
                    f"“{total.text}”所列为部分分项（非穷举），各项之和{stated_sum}未超过合计",
                    expected=f"<={_num(float(total.value))}", found=stated_sum, evidence=evidence, unit=unit,
                    tolerance=tolerance)
    return make(rule, "UNCERTAIN",
                f"“{total.text}”所列分项之和{stated_sum}超过合计；分项可能相互重叠（如渠道与类别混列），请核实",
                expected=f"<={_num(float(total.value))}", found=stated_sum, evidence=evidence, unit=unit,
                tolerance=tolerance)
