"""Table arithmetic: the identities tables 三 and 四 state, and sanity of table 二.

Each function is the ``check`` of one declared rule (see :mod:`textmine.reconcile.rules`):
it takes the context and the rule and returns findings."""
from __future__ import annotations

from .context import (APPLICANT_COLUMNS, APPLICATION_COLUMNS, DOCUMENT_COLUMNS, REVIEW_BLOCKS, REVIEW_PARTS,
                      Context, Judgement, judge_sum, sum_cells)
from .labels import cell_name, column_name, row_name, table_name
from .verdicts import Judged, collapse, from_judgement, judged, make, not_assessable


def _fmt(cells) -> str:
    return "＋".join(_v(c) for c in cells)


def _v(cell) -> str:
    if cell.status == "blank":
        return "空"
    if cell.status == "not_applicable":
        return "/"
    if cell.value is None:
        return "?"
    return f"{cell.value:g}" if isinstance(cell.value, float) else str(cell.value)


# --------------------------------------------------------------------------- table 三


def applications_identity(ctx: Context, rule):
    """一 + 二 = (七)总计 + 四, column by column (the 勾稽关系 the table itself states)."""
    unfilled = ctx.unfilled_reason("applications")
    if unfilled:
        return not_assessable(rule, unfilled)
    findings = []
    for col in APPLICATION_COLUMNS:
        new, carried = ctx.cell("applications", "new", col), ctx.cell("applications", "carried_over", col)
        total, forward = ctx.cell("applications", "total", col), ctx.cell("applications", "carried_forward", col)
        if all(c.status == "absent" for c in (new, carried, total, forward)):
            continue
        findings.append(_identity_column(rule, col, new, carried, total, forward))
    if not findings:
        return not_assessable(rule, "表三缺少本年新收、上年结转、总计、结转下年度各行")
    return collapse(rule, findings, what="列")


def _identity_column(rule, col: str, new, carried, total, forward) -> Judged:
    j = judge_sum([new, carried], [total, forward])
    return judged(rule, j, f"“{column_name(col)}”列",
                  lambda: (f"本年新收{_v(new)}＋上年结转{_v(carried)}＝{_s(j.expected)}，"
                           f"办理结果总计{_v(total)}＋结转下年度{_v(forward)}＝{_s(j.found)}"),
                  lambda: [c.evidence for c in (new, carried, total, forward)])


def applications_results_total(ctx: Context, rule):
    """(七)总计 = the sum of every result row (25-row 2021 layout or 23-row 2019 layout)."""
    unfilled = ctx.unfilled_reason("applications")
    if unfilled:
        return not_assessable(rule, unfilled)
    results = ctx.result_rows()
    if not results:
        return not_assessable(rule, "表三没有办理结果各行")
    complete, lacking = ctx.result_layout_complete()
    findings = []
    for col in APPLICATION_COLUMNS:
        parts = [ctx.cell("applications", r, col) for r in results]
        total = ctx.cell("applications", "total", col)
        if total.status == "absent" and all(p.status == "absent" for p in parts):
            continue
        findings.append(_results_column(rule, col, parts, total, complete, lacking))
    if not findings:
        return not_assessable(rule, "表三没有（七）总计行")
    return collapse(rule, findings, what="列")


def _results_column(rule, col: str, parts: list, total, complete: bool, lacking: str) -> Judged:
    j = judge_sum(parts, [total])
    if j.status == "FAIL" and not complete:
        j = Judgement("UNCERTAIN", j.expected, j.found, f"表格缺少{lacking}的部分行，差额可能来自未识别的行")
    return judged(rule, j, f"“{column_name(col)}”列",
                  lambda: f"办理结果{len(parts)}行之和{_s(j.expected)}，（七）总计{_v(total)}",
                  lambda: [total.evidence] + [p.evidence for p in parts if p.status != "absent"])


def applications_applicant_columns(ctx: Context, rule):
    """On every row the six applicant columns add up to 总计."""
    unfilled = ctx.unfilled_reason("applications")
    if unfilled:
        return not_assessable(rule, unfilled)
    findings = []
    for row in ctx.rows("applications"):
        parts = [ctx.cell("applications", row, c) for c in APPLICANT_COLUMNS]
        total = ctx.cell("applications", row, "total")
        unit = f"“{row_name(row)}”行"
        if total.status in ("blank", "absent"):
            if any(p.known and p.value for p in parts):
                findings.append(make(rule, "NOT_ASSESSABLE", f"{unit}：总计单元格为空，无法核对各申请人列之和",
                                     evidence=[total.evidence], unit=unit))
            continue
        findings.append(_applicant_row(rule, unit, parts, total))
    if not findings:
        return not_assessable(rule, "表三没有可核对的行")
    return collapse(rule, findings, what="行")


def _applicant_row(rule, unit: str, parts: list, total) -> Judged:
    j = judge_sum(parts, [total])
    return judged(rule, j, unit, lambda: f"各申请人列{_fmt(parts)}＝{_s(j.expected)}，总计{_v(total)}",
                  lambda: [total.evidence] + [p.evidence for p in parts if p.status != "absent"])


# --------------------------------------------------------------------------- table 四


def review_block_totals(ctx: Context, rule):
    """维持 + 纠正 + 其他 + 尚未审结 = 总计 in each of the three blocks of table 四."""
    unfilled = ctx.unfilled_reason("review_litigation")
    if unfilled:
        return not_assessable(rule, unfilled)
    findings = []
    for block in REVIEW_BLOCKS:
        parts = [ctx.cell("review_litigation", block, p) for p in REVIEW_PARTS]
        total = ctx.cell("review_litigation", block, "total")
        if total.status == "absent" and all(p.status == "absent" for p in parts):
            continue
        j = judge_sum(parts, [total])
        detail = (f"结果维持{_v(parts[0])}＋结果纠正{_v(parts[1])}＋其他结果{_v(parts[2])}"
                  f"＋尚未审结{_v(parts[3])}＝{_s(j.expected)}，总计{_v(total)}")
        findings.append(from_judgement(rule, j, row_name(block), detail,
                                       [total.evidence] + [p.evidence for p in parts]))
    if not findings:
        return not_assessable(rule, "表四没有可识别的复议、诉讼栏")
    return collapse(rule, findings, what="栏")


# --------------------------------------------------------------------------- all tables

#: which cells must be non-negative integers: table -> columns (None = every column)
COUNT_CELLS: dict[str, tuple[str, ...] | None] = {
    "applications": None,
    "review_litigation": None,
    "active_disclosure": ("issued", "repealed", "in_force", "decisions"),
}


def non_negative_integers(ctx: Context, rule):
    """Counts are whole numbers >= 0 (the fee amount in 万元 may be a decimal)."""
    findings = []
    checked = 0
    for key, columns in COUNT_CELLS.items():
        table = ctx.table(key)
        if table is None:
            continue
        for v in table.values:
            if columns is not None and v.column not in columns:
                continue
            if v.status != "value" or v.value is None:
                continue
            checked += 1
            value = v.value
            if value < 0 or (isinstance(value, float) and value != int(value)):
                unit = cell_name(key, v.row, v.column)
                why = "为负数" if value < 0 else "不是整数"
                findings.append(make(rule, "FAIL", f"{unit}为“{v.raw or value}”，件数{why}",
                                     expected="非负整数", found=value,
                                     evidence=[ctx.cell(key, v.row, v.column).evidence], unit=unit))
    if not checked:
        return not_assessable(rule, "未找到表二、表三、表四的数值")
    if not findings:
        return (make(rule, "PASS", f"{rule.description}：{checked}个单元格均为非负整数", unit=f"{checked}个单元格"),)
    return tuple(findings)


# --------------------------------------------------------------------------- table 二

DOCUMENT_ROWS = ("regulations", "normative_documents")


def in_force_vs_issued(ctx: Context, rule):
    """现行有效 should not be smaller than 本年制发: this year's documents are still in force
    unless repealed the same year (possible, hence a warning)."""
    unfilled = ctx.unfilled_reason("active_disclosure")
    if unfilled:
        return not_assessable(rule, unfilled)
    findings = []
    for row in DOCUMENT_ROWS:
        issued = ctx.cell("active_disclosure", row, "issued")
        in_force = ctx.cell("active_disclosure", row, "in_force")
        repealed = ctx.cell("active_disclosure", row, "repealed")
        unit = row_name(row)
        if not (issued.known and in_force.known):
            if issued.status != "absent" or in_force.status != "absent":
                findings.append(make(rule, "NOT_ASSESSABLE", f"{unit}：制发件数或现行有效件数缺失",
                                     evidence=[issued.evidence, in_force.evidence], unit=unit))
            continue
        evidence = [issued.evidence, in_force.evidence] + ([repealed.evidence] if repealed.known else [])
        if in_force.value >= issued.value:
            findings.append(make(rule, "PASS", f"{unit}：现行有效{_v(in_force)}件不少于本年制发{_v(issued)}件",
                                 expected=f">={issued.value}", found=in_force.value, evidence=evidence, unit=unit))
        elif repealed.known and in_force.value + repealed.value >= issued.value:
            # (制发 3, 废止 1, 现行有效 2: a document of this year repealed the same year would explain it)
            findings.append(make(rule, "UNCERTAIN",
                                 f"{unit}：现行有效{_v(in_force)}件少于本年制发的{_v(issued)}件，但本年废止{_v(repealed)}件；"
                                 f"若废止的含本年制发的文件则可成立，请核实",
                                 expected=f">={issued.value}", found=in_force.value, evidence=evidence, unit=unit))
        else:
            findings.append(make(rule, "FAIL",
                                 f"{unit}：现行有效仅{_v(in_force)}件，少于本年制发的{_v(issued)}件；"
                                 f"除非本年制发的文件当年即废止或失效，否则现行有效件数有误",
                                 expected=f">={issued.value}", found=in_force.value, evidence=evidence, unit=unit))
    if not findings:
        older = [c for row in DOCUMENT_ROWS for c in DOCUMENT_COLUMNS["2019"]
                 if ctx.cell("active_disclosure", row, c).status != "absent"]
        if older:
            return not_assessable(rule, "2019年版表二只有本年新制作、本年新公开、对外公开总数量，没有现行有效件数")
        return not_assessable(rule, "表二没有规章、规范性文件行")
    return collapse(rule, findings, what="行")


def _s(x) -> str:
    if x is None:
        return "?"
    return f"{x:g}" if isinstance(x, float) else str(x)


__all__ = ["applications_identity", "applications_results_total", "applications_applicant_columns",
           "review_block_totals", "non_negative_integers", "in_force_vs_issued", "sum_cells",
           "table_name"]
