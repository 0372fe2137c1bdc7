"""Narrative vs table: a number stated in prose against the table cell(s) it restates.

Each metric with a table twin is one declared rule (see ``TWINS`` in
:mod:`textmine.reconcile.rules`); :func:`check_twin` is their common check. A figure with a
qualifier (约/余/不足) or a 万-rounded form gets an interval instead of a point and is never
a FAIL: outside its interval it is UNCERTAIN."""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import figview
from .context import Cell, Context
from .labels import cell_name, metric_name
from .model import Evidence
from .verdicts import make


@dataclass(frozen=True)
class Twin:
    """A narrative metric and the table cells whose sum it restates.

    ``cells`` are ``(row, column)``; a row ending in ``.*`` means every row of that group
    that the layout has (``denied.*`` = the eight 不予公开 rows, or the group row itself).
    ``alternative`` is a second reading that is also correct (``共受理`` counted with the
    carried-over applications). ``money`` compares 元 in prose with 万元 in the table.

    ``parts`` says which parts of the metric the table holds too. A figure that counts only
    part of its metric (:func:`figview.part_label`: a category, or an unlabelled part of a
    total of the same metric) is compared only with its part's own cells: ``(label, cells)``
    (自然人 -> new/natural_person; 法人或其他组织 -> the five organisation columns; 直接起诉 ->
    the litigation_direct total), ``(label, None)`` keeps ``cells`` (含新制定 2 件 is the
    本年制发 count). A part whose label is not listed (网上申请, 修订) is not compared: a part
    against a whole cell is no evidence either way. A total one of whose parts is compared
    with the same cells is not compared itself (the part is the more specific statement)."""

    metric: str
    table: str
    cells: tuple[tuple[str, str], ...]
    alternative: tuple[tuple[str, str], ...] = ()
    with_carried: tuple[tuple[str, str], ...] = ()
    money: bool = False
    units: frozenset = field(default=figview.COUNT_UNITS)
    aliases: tuple[str, ...] = ()  # other names the extractor has used for the metric
    parts: tuple[tuple[str, tuple[tuple[str, str], ...] | None], ...] = ()
    #: parts the table's cell may or may not include, depending on how the report filled it
    #: (修订 in 本年制发, 宣布失效 in 本年废止): a figure that misses the cell but reaches it
    #: with such parts stated beside it in the same sentence is UNCERTAIN, not FAIL
    maybe_included: tuple[str, ...] = ()
    #: ``(cell, cell)``: where an older template holds the same fact (2019 table 二: 本年新制作
    #: 数量 for 本年制发件数); used when the layout has no such cell
    equivalents: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = ()
    #: wording that makes the figure a count of something near the cell, not the cell's own
    #: quantity (公开行政许可信息 55 项: items published about decisions, not the decisions): a
    #: figure so worded that misses the cell is UNCERTAIN, never FAIL
    loose: str | None = None

    @property
    def metrics(self) -> tuple[str, ...]:
        return (self.metric,) + self.aliases

    def part_cells(self, label: str) -> tuple[bool, tuple[tuple[str, str], ...] | None]:
        """(whether the table holds the part ``label``, its cells, or None for ``cells``)."""
        for name, cells in self.parts:
            if name == label:
                return True, cells
        return False, None

    def specs_for(self, fig, figures) -> tuple[tuple[str, str], ...] | None:
        """The cells ``fig`` is compared with, before any carried-over reading; None when it
        is a part the table does not hold."""
        label = figview.part_label(fig, figures)
        if label is None:
            return self.cells
        held, cells = self.part_cells(label)
        if not held:
            return None
        return self.cells if cells is None else cells


def expand(ctx: Context, table: str, specs) -> list[Cell]:
    cells: list[Cell] = []
    rows = ctx.rows(table)
    for row, column in specs:
        if row.endswith(".*"):
            group = row[:-2]
            members = [r for r in rows if r.startswith(group + ".")] or ([group] if group in rows else [])
            if not members:
                cells.append(Cell(table, group, column, None, "absent"))
            cells.extend(ctx.cell(table, r, column) for r in members)
        else:
            cells.append(ctx.cell(table, row, column))
    return cells


def twin_cells(ctx: Context, twin: Twin, specs) -> list[Cell]:
    """:func:`expand`, with a cell the layout lacks replaced by its declared equivalent."""
    cells = expand(ctx, twin.table, specs)
    if not twin.equivalents:
        return cells
    older = dict(twin.equivalents)
    out = []
    for cell in cells:
        if cell.status == "absent" and (cell.row, cell.column) in older:
            row, column = older[(cell.row, cell.column)]
            cell = ctx.cell(twin.table, row, column)
        out.append(cell)
    return out


def _state(cells: list[Cell]) -> tuple[str, float | None, bool]:
    """(``ok`` / ``missing``, summed value, whether blanks were counted as 0)."""
    if any(c.status in ("absent", "unknown") for c in cells):
        return "missing", None, False
    soft = any(c.status in ("blank", "not_applicable") for c in cells)
    total = sum((c.value or 0) for c in cells)
    return "ok", total, soft


def _num(x):
    if isinstance(x, float) and x == int(x):
        return int(x)
    return round(x, 6) if isinstance(x, float) else x


#: wording that restricts an applications figure to new ones
_NEW_ONLY = regex.compile(r"新收|新增|本年收到|当年新")


def relevant_figures(ctx: Context, twin: Twin):
    """The figures ``twin`` compares: this year's counts of its metric in the narrative, in
    a unit that fits, that are the whole metric or a part the table holds too."""
    out = []
    by_metric = ctx.figures_by_metric()
    metrics = twin.metrics
    positions = by_metric.get(metrics[0], ()) if len(metrics) == 1 else \
        sorted({k for metric in metrics for k in by_metric.get(metric, ())})
    figures = ctx.figures
    for k in positions:
        fig = figures[k]
        if not figview.comparable(fig):
            continue
        if ctx.in_table_region(fig.start, fig.end):
            continue  # table text, not narrative
        specs = twin.specs_for(fig, ctx.figures)
        if specs is None:
            continue  # a part (网上申请, 修订) the table has no cell for
        if specs == twin.cells and not (twin.with_carried and figview.includes_carried_over(fig)) \
                and _restated_by_a_part(ctx, twin, fig):
            continue  # the total counts more than the cell its part restates
        unit = getattr(fig, "unit", None)
        if twin.money:
            if unit not in figview.MONEY_UNITS and unit is not None:
                continue
        elif unit not in twin.units:
            continue
        out.append(fig)
    return out


def checked_against_table(ctx: Context, twin: Twin, fig) -> bool:
    """Whether ``twin`` compares ``fig`` with table cells that all hold a written value."""
    if not ctx.has_table(twin.table) or not any(f is fig for f in relevant_figures(ctx, twin)):
        return False
    specs = twin.specs_for(fig, ctx.figures)
    if figview.part_label(fig, ctx.figures) is None and figview.includes_carried_over(fig):
        specs = specs + twin.with_carried
    return all(c.known for c in twin_cells(ctx, twin, specs))


def _restated_by_a_part(ctx: Context, twin: Twin, fig) -> bool:
    """``公开规章 3 件(含新制定 2 件、修订 1 件)``: the labelled part 新制定 is the table's
    本年制发; the total counts 新制定 and 修订 together and is not that cell."""
    parts = getattr(fig, "parts", ()) or ()
    if not parts:
        return False
    by_index = ctx.figure_by_index()
    for index in parts:
        part = by_index.get(index)
        if part is not None and part.metric in twin.metrics and figview.part_label(part, ctx.figures) \
                and twin.specs_for(part, ctx.figures) == twin.cells:
            return True
    return False


def check_twin(ctx: Context, rule):
    twin: Twin = rule.params
    findings = []
    for fig in relevant_figures(ctx, twin):
        findings.append(_judge_figure(ctx, rule, twin, fig))
    return tuple(findings)


def _judge_figure(ctx: Context, rule, twin: Twin, fig):
    span = Evidence(start=fig.start, end=fig.end)
    stated = f"“{fig.text}”"
    name = metric_name(twin.metric)
    whole = figview.part_label(fig, ctx.figures) is None  # not a part: readings with carried-over apply
    carried = whole and figview.includes_carried_over(fig) and bool(twin.with_carried)
    specs = twin.specs_for(fig, ctx.figures) + (twin.with_carried if carried else ())
    cells = twin_cells(ctx, twin, specs)
    evidence = [span] + [c.evidence for c in cells if c.status != "absent"]
    where = "＋".join(cell_name(c.table, c.row, c.column) for c in cells)
    if not ctx.has_table(twin.table):
        return make(rule, "NOT_ASSESSABLE", f"叙述称{stated}，但未找到对应表格，无法核对", found=fig.value,
                    evidence=[span], unit=name)
    if not ctx.filled(twin.table):
        return make(rule, "NOT_ASSESSABLE", f"叙述称{stated}，但{ctx.unfilled_reason(twin.table)}",
                    found=fig.value, evidence=[span], unit=name)
    state, table_value, soft = _state(cells)
    if state == "missing":
        return make(rule, "NOT_ASSESSABLE", f"叙述称{stated}，但{where}缺失或无法确定",
                    found=fig.value, evidence=evidence, unit=name)
    scale = figview.money_scale(fig) if twin.money else 1
    value = float(fig.value) * scale
    table_compare = table_value * 10_000 if twin.money else table_value
    rng = figview.scaled(figview.allowed_range(fig), scale)
    tolerance = rng.tolerance
    if twin.money:
        tolerance = max(tolerance, _table_rounding(cells))
        rng = figview.Range(min(rng.low, value - tolerance), max(rng.high, value + tolerance),
                            rng.exact and tolerance == 0, rng.note or "按表格“万元”的四舍五入容差")
    expected = _num(table_compare)
    shown_table = f"{_num(table_value)}万元" if twin.money else f"{_num(table_value)}"
    reading = "（按“含上年结转”口径：新收＋上年结转）" if carried else ""
    if rng.contains(table_compare):
        note = f"，{rng.note}" if not rng.exact and rng.note else ""
        return make(rule, "PASS", f"叙述{stated}与{where}（{shown_table}）一致{reading}{note}",
                    expected=expected, found=fig.value, evidence=evidence, unit=name,
                    tolerance=0 if rng.exact else tolerance)
    # a second correct reading (共受理 = new + carried) or the flagged reading that fails
    alt_specs = () if not whole else twin.alternative if not carried else twin.cells
    if not carried and _NEW_ONLY.search(fig.text or ""):
        alt_specs = ()  # 新收 says "new" in so many words: no second reading
    if alt_specs:
        alt_cells = expand(ctx, twin.table, alt_specs)
        alt_state, alt_value, _ = _state(alt_cells)
        if alt_state == "ok" and rng.contains(alt_value) and alt_value != table_value:
            alt_where = "＋".join(cell_name(c.table, c.row, c.column) for c in alt_cells)
            if not carried:
                # 共受理 N 件 with N = new + carried: correct if the report counts the carried-over
                # applications, wrong if it means new ones; the wording does not say which
                return make(rule, "UNCERTAIN",
                            f"叙述{stated}不等于{where}（{shown_table}），但等于{alt_where}（{_num(alt_value)}）；"
                            f"若此数含上年结转则一致，否则不一致，请核实口径",
                            expected=expected, found=fig.value,
                            evidence=evidence + [c.evidence for c in alt_cells], unit=name, severity="warning")
            return make(rule, "UNCERTAIN",
                        f"叙述{stated}注明含上年结转，但数值等于{alt_where}（{_num(alt_value)}）而非新收＋上年结转"
                        f"（{expected}）；请核实口径",
                        expected=expected, found=fig.value, evidence=evidence, unit=name)
    owner = _listed_under_another_metric(ctx, fig)
    if owner is not None:
        # 利用委内 OA 系统发布信息 95 条,其中发布规范性文件 2 件: the documents one platform carried,
        # a count the table's cell need not equal
        return make(rule, "UNCERTAIN",
                    f"叙述{stated}与{where}（{shown_table}）不一致；该数是“{owner.text}”的分项（某一渠道或平台"
                    f"发布的数），与表格口径可能不同，请核实", expected=expected, found=fig.value, evidence=evidence,
                    unit=name)
    if soft:
        return make(rule, "UNCERTAIN",
                    f"叙述{stated}与{where}（{shown_table}，空白按0计）不一致；表中空白单元格可能代表未填写的数",
                    expected=expected, found=fig.value, evidence=evidence, unit=name)
    siblings = _maybe_included_siblings(ctx, twin, fig)
    if siblings and not twin.money:
        with_siblings = value + sum(float(f.value) for f in siblings)
        shift = with_siblings - value
        if figview.Range(rng.low + shift, rng.high + shift, rng.exact).contains(table_compare):
            named = "、".join(f"“{f.text}”" for f in siblings)
            return make(rule, "UNCERTAIN",
                        f"叙述{stated}与{where}（{shown_table}）不一致，但加上同句的{named}后一致；"
                        f"表中数字是否包含这些要看填报口径，请核实",
                        expected=expected, found=fig.value,
                        evidence=evidence + [Evidence(start=f.start, end=f.end) for f in siblings], unit=name)
    if not rng.exact and figview.qualifier(fig):
        return make(rule, "UNCERTAIN",
                    f"叙述{stated}为约数，与{where}（{shown_table}）超出容差（{rng.note}）",
                    expected=expected, found=fig.value, evidence=evidence, unit=name, tolerance=tolerance)
    if twin.loose and regex.search(twin.loose, fig.text or ""):
        return make(rule, "UNCERTAIN",
                    f"叙述{stated}与{where}（{shown_table}）不一致；叙述数的是公开的信息条数，未必等于表中的数量，请核实",
                    expected=expected, found=fig.value, evidence=evidence, unit=name)
    return make(rule, "FAIL", f"叙述{stated}与{where}（{shown_table}）不一致{reading}",
                expected=expected, found=fig.value, evidence=evidence, unit=name,
                tolerance=0 if rng.exact else tolerance)


_SENTENCE_END = regex.compile(r"[。!?！？\n]")


def _listed_under_another_metric(ctx: Context, fig):
    """The total of items published that ``fig`` is listed under as one kind of them, if any."""
    parent = getattr(fig, "parent", None)
    if parent is None:
        return None
    owner = ctx.figure_by_index().get(parent)
    if owner is None or owner.metric != "items_published":
        return None
    return owner


def _maybe_included_siblings(ctx: Context, twin: Twin, fig) -> list:
    """Figures of the same metric in ``fig``'s sentence whose part label the cell may include
    (``新制定规范性文件 3 件,修订 2 件`` against 本年制发 5)."""
    if not twin.maybe_included or figview.part_label(fig, ctx.figures) in twin.maybe_included:
        return []
    out = []
    for other in ctx.figures:
        if other is fig or other.metric not in twin.metrics or not figview.comparable(other):
            continue
        if figview.part_label(other, ctx.figures) not in twin.maybe_included:
            continue
        between = (fig.end, other.start) if other.start >= fig.end else (other.end, fig.start)
        if not _SENTENCE_END.search(ctx.text, *between):
            out.append(other)
    return out


def _table_rounding(cells: list[Cell]) -> float:
    """元 tolerance implied by how many decimals the 万元 cells were written with."""
    return 0.0 if not cells else max(_decimals_half_unit(c) for c in cells)


def _decimals_half_unit(cell: Cell) -> float:
    value = cell.value
    if value is None:
        return 0.0
    text = f"{value}"
    decimals = len(text.split(".")[1]) if "." in text and not text.endswith(".0") else 0
    return 0.5 * 10_000 / (10 ** decimals)


# --------------------------------------------------------------------------- fees

def info_processing_fees(ctx: Context, rule):
    """信息处理费 has no amount cell in the 2021 tables: say so, and check what can be checked
    (a stated 0 / 未收取 against table 三's 逾期未缴纳信息处理费 row). Table 二's
    行政事业性收费 (万元) is a different thing and is never compared."""
    findings = []
    for fig in ctx.figures:
        if fig.metric != "info_processing_fees" or figview.is_change(fig):
            continue
        span = Evidence(start=fig.start, end=fig.end)
        no_fee = ctx.cell("applications", "other.no_fee", "total")
        base = (f"叙述称信息处理费“{fig.text}”；2021年版表格没有信息处理费金额栏，"
                f"表二“行政事业性收费”（万元）是机关全部行政事业性收费，不是信息处理费，不能比较")
        if float(fig.value) == 0 and no_fee.known and no_fee.value:
            findings.append(make(rule, "UNCERTAIN",
                                 f"{base}；另外，表三有{no_fee.value}件因“逾期未缴纳信息处理费”不再处理，"
                                 f"说明曾发出收费通知——与“未收取”并不矛盾（申请人未缴费），但请核实",
                                 expected=None, found=fig.value, evidence=[span, no_fee.evidence],
                                 unit=metric_name(rule.params.metric), severity="info"))
            continue
        extra = ""
        if no_fee.known:
            extra = f"；表三“逾期未缴纳信息处理费”{no_fee.value}件（件数，非金额），与所述金额无矛盾"
            evidence = [span, no_fee.evidence]
        else:
            evidence = [span]
        findings.append(make(rule, "NOT_ASSESSABLE", base + extra, found=fig.value, evidence=evidence,
                             unit=metric_name(rule.params.metric)))
    return tuple(findings)
