"""The declared rules: one line per rule (key, Chinese description, inputs, tolerance,
severity, check). Adding a rule is adding a line here; the order here is the order of the
findings.

Inputs name what a rule reads: ``表三:new/total`` a table cell, ``figures:METRIC`` narrative
figures, ``previous`` last year's report, ``metadata:agency``. ``tolerance`` is the allowed
absolute difference for exact arithmetic (qualified figures get their own interval, see
:func:`textmine.reconcile.figview.allowed_range`); ``tolerance_note`` says it in words."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from . import arithmetic, breakdowns, crossyear, issuer, narrative, quality, statements, years
from .narrative import Twin


@dataclass(frozen=True)
class Rule:
    key: str
    description: str
    inputs: tuple[str, ...]
    tolerance: float
    tolerance_note: str
    severity: str
    check: Callable[..., Any]
    params: Any = None
    cross_year: bool = False

    @property
    def tolerance_value(self) -> float:
        return self.tolerance


EXACT = "0（精确相等）"
QUALIFIED = "0；约/余/不足及“万”写法按区间判断，超出区间为UNCERTAIN"

#: parts of a metric that the tables hold too (see :class:`narrative.Twin`): label as the
#: extractor gives it -> the cells of that part (None: the twin's own cells)
_ORGANISATIONS = tuple(("new", c) for c in ("business", "research", "social_org", "legal_service", "other_org"))
APPLICANT_PARTS: tuple[tuple[str, tuple[tuple[str, str], ...] | None], ...] = (
    ("自然人", (("new", "natural_person"),)),
    ("法人或其他组织", _ORGANISATIONS),
    ("法人和其他组织", _ORGANISATIONS),
    ("法人及其他组织", _ORGANISATIONS),
    ("商业企业", (("new", "business"),)),
    ("企业", (("new", "business"),)),
    ("科研机构", (("new", "research"),)),
    ("社会公益组织", (("new", "social_org"),)),
    ("法律服务机构", (("new", "legal_service"),)),
    ("新收", None),        # 共受理 31 件,其中上年结转 2 件,本年新收 29 件
    ("本年新收", None),
    ("新增", None),
)
#: 行政诉讼 3 件,其中直接起诉 2 件、复议后起诉 1 件: table 四's two litigation blocks
LAWSUIT_PARTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("直接起诉", (("litigation_direct", "total"),)),
    ("未经复议直接起诉", (("litigation_direct", "total"),)),
    ("直接向法院起诉", (("litigation_direct", "total"),)),
    ("复议后起诉", (("litigation_after_reconsideration", "total"),)),
    ("经复议后起诉", (("litigation_after_reconsideration", "total"),)),
)
#: 公开规章 3 件(含新制定 2 件、修订 1 件): the newly made part is 本年制发
ISSUED_PARTS: tuple[tuple[str, None], ...] = tuple(
    (label, None) for label in ("新制定", "制定", "新制发", "制发", "新出台", "出台", "新印发", "印发"))
#: parts a report may or may not have counted in the cell (修订 in 本年制发: revised documents
#: are re-issued; 宣布失效 in 本年废止): not compared on their own, and a figure that reaches the
#: cell only together with them is UNCERTAIN
REVISED = ("修订", "修改")
INVALIDATED = ("宣布失效", "已失效", "失效")

_APPS = "applications"
_ACTIVE = "active_disclosure"
_REVIEW = "review_litigation"


#: 公开行政许可信息 55 项 counts items published about decisions (see Twin.loose)
_INFORMATION_ITEMS = r"信息"
#: …or 行政处罚、行政强制处理决定数量 14 宗, one count over penalties and coercion (the 2019 table's joint row), read as the
#: penalties: the table's penalty row alone need not match it
_INFORMATION_ITEMS_OR_WITH_COERCION = _INFORMATION_ITEMS + r"|强制"
#: 主动公开规范性文件 14 个: documents published this year, which need not be the ones made this year
_PUBLISHED_NOT_MADE = r"公开|发布"


def _twin(metric: str, description: str, table: str, cells, *, severity: str = "error", **kw) -> Rule:
    spec = Twin(metric=metric, table=table, cells=tuple(cells), **kw)
    inputs = (f"figures:{metric}",) + tuple(f"{table}:{r}/{c}" for r, c in spec.cells)
    return Rule(f"narrative_vs_table.{metric}", description, inputs, 0.0, QUALIFIED, severity,
                narrative.check_twin, spec)


RULES: tuple[Rule, ...] = (
    # ---- table 三 ------------------------------------------------------------------
    Rule("applications.identity", "表三勾稽关系：本年新收＋上年结转＝办理结果总计＋结转下年度（逐列）",
         ("applications:new/*", "applications:carried_over/*", "applications:total/*",
          "applications:carried_forward/*"), 0.0, EXACT, "error", arithmetic.applications_identity),
    Rule("applications.results_total", "表三（七）总计＝各项办理结果之和（逐列；25行与23行版式）",
         ("applications:<result rows>/*", "applications:total/*"), 0.0, EXACT, "error",
         arithmetic.applications_results_total),
    Rule("applications.applicant_columns", "表三各行：自然人＋五类法人或其他组织＝总计",
         ("applications:*/<six applicant columns>", "applications:*/total"), 0.0, EXACT, "error",
         arithmetic.applications_applicant_columns),
    # ---- table 四 ------------------------------------------------------------------
    Rule("review_litigation.block_totals", "表四各栏：结果维持＋结果纠正＋其他结果＋尚未审结＝总计",
         ("review_litigation:<block>/upheld,corrected,other,pending,total",), 0.0, EXACT, "error",
         arithmetic.review_block_totals),
    # ---- all tables ----------------------------------------------------------------
    Rule("tables.non_negative_integers", "表二（件数）、表三、表四的数值均为非负整数",
         ("active_disclosure:*/issued,repealed,in_force,decisions", "applications:*/*",
          "review_litigation:*/*"), 0.0, EXACT, "error", arithmetic.non_negative_integers),
    # ---- table 二 ------------------------------------------------------------------
    Rule("active_disclosure.in_force_vs_issued", "表二现行有效件数不少于本年制发件数",
         ("active_disclosure:regulations,normative_documents/issued,in_force",), 0.0,
         "现行有效≥本年制发", "warning", arithmetic.in_force_vs_issued),
    Rule("active_disclosure.regulations_issuer", "无权制定规章的机关（乡镇街道、县区政府及县级政府工作部门）不应填报规章",
         ("active_disclosure:regulations/*", "metadata:agency"), 0.0, "规章行应为0", "warning",
         issuer.regulations_issuer),
    # ---- table and report quality -------------------------------------------------------
    Rule("quality.missing_table", "2019年起的报告应有表二、表三、表四：有该部分标题却未读到表格（报告片段不作判断）",
         ("sections:active_disclosure,applications,review_litigation", "tables", "metadata:fragment,template"),
         0.0, "应有表格", "warning", quality.missing_tables),
    Rule("quality.blank_cells", "表格应填写数字（无数据填0）：空白或“/”过多时空白无法区分0与未填写",
         ("active_disclosure:*/*", "applications:*/*", "review_litigation:*/*"), 0.0,
         f"空白或“/”少于{round(quality.BLANK_SHARE * 100)}%；全部空白为FAIL", "warning", quality.blank_cells),
    Rule("quality.empty_problems", "第五部分应写明存在的主要问题及改进情况，不应为空或只写“无”",
         ("text:problems", "metadata:fragment"), 0.0, "有实质内容", "warning", quality.empty_problems),
    # ---- narrative vs table ----------------------------------------------------------
    _twin("applications_received", "叙述中的收到申请数＝表三本年新收总计（“含上年结转”时＝新收＋上年结转）",
          _APPS, [("new", "total")], alternative=(("new", "total"), ("carried_over", "total")),
          with_carried=(("carried_over", "total"),), parts=APPLICANT_PARTS),
    _twin("applications_carried_over", "叙述中的上年结转申请数＝表三上年结转总计", _APPS,
          [("carried_over", "total")]),
    _twin("applications_carried_forward", "叙述中的结转下年度申请数＝表三结转下年度总计", _APPS,
          [("carried_forward", "total")]),
    _twin("applications_handled", "叙述中的办结（答复）申请数＝表三办理结果总计", _APPS,
          [("total", "total")], aliases=("applications_answered",)),
    _twin("applications_granted", "叙述中的予以公开件数＝表三（一）予以公开总计", _APPS, [("granted", "total")]),
    _twin("applications_partial", "叙述中的部分公开件数＝表三（二）部分公开总计", _APPS, [("partial", "total")]),
    _twin("applications_denied", "叙述中的不予公开件数＝表三（三）不予公开各项之和", _APPS, [("denied.*", "total")]),
    _twin("applications_unavailable", "叙述中的无法提供件数＝表三（四）无法提供各项之和", _APPS,
          [("unavailable.*", "total")]),
    _twin("applications_not_processed", "叙述中的不予处理件数＝表三（五）不予处理各项之和", _APPS,
          [("not_processed.*", "total")]),
    _twin("applications_other", "叙述中的其他处理件数＝表三（六）其他处理各项之和", _APPS, [("other.*", "total")]),
    _twin("regulations_issued", "叙述中的本年制发规章件数＝表二规章本年制发", _ACTIVE, [("regulations", "issued")],
          parts=ISSUED_PARTS, maybe_included=REVISED,
          equivalents=((("regulations", "issued"), ("regulations", "new_made")),)),
    _twin("regulations_repealed", "叙述中的本年废止规章件数＝表二规章本年废止", _ACTIVE, [("regulations", "repealed")],
          maybe_included=INVALIDATED),
    _twin("regulations_in_force", "叙述中的现行有效规章件数＝表二规章现行有效", _ACTIVE, [("regulations", "in_force")]),
    _twin("normative_documents_issued", "叙述中的本年制发规范性文件件数＝表二本年制发", _ACTIVE,
          [("normative_documents", "issued")], parts=ISSUED_PARTS, maybe_included=REVISED,
          equivalents=((("normative_documents", "issued"), ("normative_documents", "new_made")),),
          loose=_PUBLISHED_NOT_MADE),
    _twin("normative_documents_repealed", "叙述中的本年废止规范性文件件数＝表二本年废止", _ACTIVE,
          [("normative_documents", "repealed")], maybe_included=INVALIDATED),
    _twin("normative_documents_in_force", "叙述中的现行有效规范性文件件数＝表二现行有效", _ACTIVE,
          [("normative_documents", "in_force")]),
    _twin("licence_decisions", "叙述中的行政许可处理决定数＝表二行政许可", _ACTIVE, [("licensing", "decisions")],
          loose=_INFORMATION_ITEMS),
    _twin("punishment_decisions", "叙述中的行政处罚处理决定数＝表二行政处罚", _ACTIVE, [("punishment", "decisions")],
          loose=_INFORMATION_ITEMS_OR_WITH_COERCION),
    _twin("coercion_decisions", "叙述中的行政强制处理决定数＝表二行政强制", _ACTIVE, [("coercion", "decisions")],
          loose=_INFORMATION_ITEMS),
    _twin("admin_fees", "叙述中的行政事业性收费（元）＝表二行政事业性收费（万元×10000）", _ACTIVE,
          [("fees", "amount")], money=True),
    _twin("reconsiderations", "叙述中的行政复议案件数＝表四行政复议总计", _REVIEW, [("reconsideration", "total")]),
    _twin("reconsiderations_upheld", "叙述中的行政复议结果维持数＝表四", _REVIEW, [("reconsideration", "upheld")]),
    _twin("reconsiderations_corrected", "叙述中的行政复议结果纠正数＝表四", _REVIEW, [("reconsideration", "corrected")]),
    _twin("reconsiderations_other", "叙述中的行政复议其他结果数＝表四", _REVIEW, [("reconsideration", "other")]),
    _twin("reconsiderations_pending", "叙述中的行政复议尚未审结数＝表四", _REVIEW, [("reconsideration", "pending")]),
    _twin("lawsuits", "叙述中的行政诉讼案件数＝表四直接起诉总计＋复议后起诉总计", _REVIEW,
          [("litigation_direct", "total"), ("litigation_after_reconsideration", "total")], parts=LAWSUIT_PARTS),
    _twin("lawsuits_upheld", "叙述中的行政诉讼结果维持数＝表四两栏之和", _REVIEW,
          [("litigation_direct", "upheld"), ("litigation_after_reconsideration", "upheld")]),
    _twin("lawsuits_corrected", "叙述中的行政诉讼结果纠正数＝表四两栏之和", _REVIEW,
          [("litigation_direct", "corrected"), ("litigation_after_reconsideration", "corrected")]),
    _twin("lawsuits_other", "叙述中的行政诉讼其他结果数＝表四两栏之和", _REVIEW,
          [("litigation_direct", "other"), ("litigation_after_reconsideration", "other")]),
    _twin("lawsuits_pending", "叙述中的行政诉讼尚未审结数＝表四两栏之和", _REVIEW,
          [("litigation_direct", "pending"), ("litigation_after_reconsideration", "pending")]),
    Rule("narrative_vs_table.info_processing_fees",
         "信息处理费：2021年版表格无金额栏，说明能比较什么（不与表二行政事业性收费比较）",
         ("figures:info_processing_fees", "applications:other.no_fee/total"), 0.0, "不比较金额", "info",
         narrative.info_processing_fees, Twin("info_processing_fees", _APPS, ())),
    # ---- breakdowns ------------------------------------------------------------------
    Rule("breakdown.sum", "叙述中的合计＝所列各分项之和（仅穷举列举；非穷举时分项之和不超过合计）",
         ("figures:<total with parts>",), 0.0, QUALIFIED, "error", breakdowns.breakdown_sums),
    Rule("breakdown.share", "叙述中分项所占比例＝分项÷合计（比例所指的合计为该列举的合计时）",
         ("figures:<share of a part>",), 0.0, "末位数字的四舍五入或截断", "error", breakdowns.share_of_totals),
    # ---- the prose against itself (pages without tables) -------------------------------
    Rule("narrative.identity", "叙述中的申请收支：收到＋上年结转＝办结＋结转下年度（表三无数字时；未写明的项按未知处理）",
         ("figures:applications_received,applications_carried_over,applications_handled,applications_carried_forward",),
         0.0, EXACT, "error", statements.application_identity),
    Rule("narrative.rate", "叙述中的办结率/答复率＝办结数÷收到数（表三无数字时；口径不明为UNCERTAIN）",
         ("figures:reply_rate,completion_rate", "figures:applications_received,applications_handled"), 0.0,
         "末位数字的四舍五入或截断", "error", statements.stated_rates),
    Rule("narrative.change", "叙述中同一变化的增减数与增减幅一致：增幅＝增减数÷（本年数∓增减数）",
         ("figures:<count, its change as a count and as a percentage>",), 0.0, "末位数字的四舍五入或截断", "error",
         statements.stated_changes),
    Rule("narrative.restated", "同一事实（指标、渠道、类别、期间相同）前后数字一致",
         ("figures:*",), 0.0, EXACT, "error", statements.restated_facts),
    Rule("narrative.listed_count", "所称项数与列举项数一致（“由…等六部分组成”“存在以下三个方面的问题”）",
         ("text:preamble", "text:problems"), 0.0, EXACT, "warning", statements.listed_counts),
    # ---- text ----------------------------------------------------------------------
    Rule("text.report_year", "统计期限与陈述本期工作的语句应为报告年度（引用其他年度不在此列）",
         ("text", "metadata:year"), 0.0, "年份相等", "warning", years.report_year_references),
    # ---- cross-year (need last year's report) ------------------------------------------
    Rule("cross_year.pairing", "所给上年报告应为同一机关上一年度的报告（机关不同或年度相同时不运行跨年度核对）",
         ("previous:metadata:agency,year", "metadata:agency,year", "agency_identity"), 0.0, "同一机关、相差一年",
         "warning", crossyear.pairing, cross_year=True),
    Rule("cross_year.carried_over_chain", "本年“上年结转”＝上年报告“结转下年度继续办理”（逐列）",
         ("applications:carried_over/*", "previous:applications:carried_forward/*"), 0.0, EXACT, "error",
         crossyear.carried_over_chain, cross_year=True),
    Rule("cross_year.in_force_stock", "上年现行有效＋本年制发－本年废止＝本年现行有效（规章、规范性文件）",
         ("previous:active_disclosure:*/in_force", "active_disclosure:*/issued,repealed,in_force"), 0.0,
         "0；文件有效期届满自然失效会造成差异，故为警告", "warning", crossyear.in_force_stock, cross_year=True),
    Rule("cross_year.repeated_text", "一、五、六部分与上年报告重复的文字比例不超过阈值",
         ("text:overview,problems,other", "previous:text"), 0.0,
         "一60%，五50%，六90%（12字连续相同计为重复）", "warning", crossyear.repeated_text, cross_year=True),
)

RULES_BY_KEY: dict[str, Rule] = {rule.key: rule for rule in RULES}
#: metric (and its aliases) -> the narrative-vs-table twin that compares it
TWINS: dict[str, Twin] = {metric: rule.params for rule in RULES if rule.check is narrative.check_twin
                          for metric in rule.params.metrics}


def rule_table() -> list[dict[str, Any]]:
    """The declared rules as plain rows (for documentation and ``frame``)."""
    return [{"rule": r.key, "description": r.description, "inputs": ", ".join(r.inputs),
             "tolerance": r.tolerance_note, "severity": r.severity, "cross_year": r.cross_year}
            for r in RULES]
