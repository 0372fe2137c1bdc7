"""A stated total against the sum of its stated parts (``共N条，其中A条、B条、C条``).

Only a breakdown the extractor marks exhaustive can FAIL; a selection (``等``, a ``其中``
listing some categories) only has to stay within its total. 万-scaled figures are summed as
decimals with their rounding as tolerance, and qualified figures (约/余) widen the interval
instead of failing."""
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
    findings = []
    for total in figures:
        if figview.is_change(total):
            continue
        parts = [p for p in figview.parts_of(total, figures)
                 if not figview.is_change(p) and _same_unit(total, p)]
        if len(parts) < 2:
            continue
        findings.append(_judge(rule, total, parts, ctx.text))
    return tuple(findings)


def _same_unit(total, part) -> bool:
    a, b = getattr(total, "unit", None), getattr(part, "unit", None)
    return a is None or b is None or a == b or {a, b} <= {"件", "份", "条", "件次"}


def _judge(rule, total, parts, text: str):
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
        prefix = _matching_prefix(total, parts, total_range, text)
        if prefix:
            trailing = "＋".join(p.text for p in parts[prefix:])
            return make(rule, "PASS",
                        f"“{total.text}”与所列前{prefix}项之和一致；其后的“{trailing}”在另一分句中，"
                        f"应不属于该分项列举",
                        expected=_num(float(total.value)), found=_num(sum(float(p.value) for p in parts[:prefix])),
                        evidence=evidence[:prefix + 1], unit=unit, tolerance=tolerance)
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


#: a part listed after one of these has left the 其中 list (、 separates the list's items)
_CLAUSE_BREAKS = "，,；;。\n"


def _matching_prefix(total, parts, total_range, text: str) -> int:
    """When the extractor linked figures from the following clause to a breakdown (``其中A、B，
    推送信息C条``), the list proper is a prefix of the parts that adds up to the total and is
    separated from the rest by a clause break. Returns its length, or 0."""
    ordered = sorted(parts, key=lambda p: p.start)
    if ordered != list(parts):
        return 0
    running_low = running_high = 0.0
    for k, part in enumerate(parts[:-1], start=1):
        r = figview.allowed_range(part)
        running_low += r.low
        running_high += r.high
        if k < 2:
            continue
        if running_low <= total_range.high + 1e-9 and total_range.low <= running_high + 1e-9:
            gap = text[part.end:parts[k].start]
            if any(ch in _CLAUSE_BREAKS for ch in gap):
                return k
    return 0
