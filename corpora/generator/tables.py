"""The three standard tables of a generated report: true values and the grid they are written as.

Values are drawn to be internally consistent (table 三: new + carried = total + forward per
column, results add up to the total, applicant columns add up to 总计; table 四: each block's
总计 is the sum of its four parts). Keys follow shared/docs/contract.md; the 2019 template's
table 二 columns and the single ``other`` row of the 2019 table 三 use the names of
``textmine/tables/labels.py``.

A grid is a list of rows of :class:`Cell` (``None`` where a spanning cell covers the place);
:mod:`corpora.generator.render` writes it as TSV, pipes, one cell per line, HTML or DOCX.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

APPLICANT_COLUMNS = ("natural_person", "business", "research", "social_org", "legal_service", "other_org")
APPLICATION_COLUMNS = APPLICANT_COLUMNS + ("total",)
REVIEW_PARTS = ("upheld", "corrected", "other", "pending", "total")
REVIEW_BLOCKS = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")


@dataclass(frozen=True)
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    #: where a value cell's truth lives: (table, row, column)
    key: tuple[str, str, str] | None = None


@dataclass
class TableTruth:
    """True cells: ``{(table, row, column): (value, status, raw)}``."""

    cells: dict[tuple[str, str, str], tuple] = field(default_factory=dict)

    def put(self, table: str, row: str, column: str, value, status: str = "value", raw: str | None = None) -> str:
        raw = raw if raw is not None else ("" if value is None else _fmt(value))
        self.cells[(table, row, column)] = (value, status, raw)
        return raw

    def value(self, table: str, row: str, column: str):
        entry = self.cells.get((table, row, column))
        return entry[0] if entry else None

    def nested(self) -> dict:
        out: dict = {}
        for (table, row, column), (value, _status, _raw) in sorted(self.cells.items()):
            out.setdefault(table, {}).setdefault(row, {})[column] = value
        return out

    def records(self) -> list[dict]:
        return [{"table": t, "row": r, "column": c, "value": v, "status": s, "raw": raw}
                for (t, r, c), (v, s, raw) in sorted(self.cells.items())]


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value)


# --------------------------------------------------------------------------- values

#: result rows of table 三, 2021 layout: (key, label within its group, group label)
RESULT_ROWS_2021 = (
    ("granted", "（一）予以公开", None),
    ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("denied.state_secret", "1.属于国家秘密", "（三）不予公开"),
    ("denied.law_forbidden", "2.其他法律行政法规禁止公开", "（三）不予公开"),
    ("denied.three_safety_one_stability", "3.危及“三安全一稳定”", "（三）不予公开"),
    ("denied.third_party", "4.保护第三方合法权益", "（三）不予公开"),
    ("denied.internal_affairs", "5.属于三类内部事务信息", "（三）不予公开"),
    ("denied.process_info", "6.属于四类过程性信息", "（三）不予公开"),
    ("denied.enforcement_file", "7.属于行政执法案卷", "（三）不予公开"),
    ("denied.admin_query", "8.属于行政查询事项", "（三）不予公开"),
    ("unavailable.not_held", "1.本机关不掌握相关政府信息", "（四）无法提供"),
    ("unavailable.needs_creation", "2.没有现成信息需要另行制作", "（四）无法提供"),
    ("unavailable.unclear", "3.补正后申请内容仍不明确", "（四）无法提供"),
    ("not_processed.petition", "1.信访举报投诉类申请", "（五）不予处理"),
    ("not_processed.repeat", "2.重复申请", "（五）不予处理"),
    ("not_processed.publication", "3.要求提供公开出版物", "（五）不予处理"),
    ("not_processed.massive", "4.无正当理由大量反复申请", "（五）不予处理"),
    ("not_processed.confirm", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
    ("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other.no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other.other", "3.其他", "（六）其他处理"),
)
RESULT_ROWS_2019 = RESULT_ROWS_2021[:18] + (("other", "（六）其他处理", None),)

#: how often each outcome happens, relative (most applications are granted)
_OUTCOME_WEIGHTS = {"granted": 50, "partial": 8, "unavailable.not_held": 14, "not_processed.repeat": 4,
                    "denied.third_party": 2, "denied.process_info": 3, "unavailable.unclear": 3,
                    "not_processed.petition": 4, "other.other": 3, "other": 3, "denied.state_secret": 1,
                    "denied.internal_affairs": 2, "unavailable.needs_creation": 2, "other.no_correction": 2}

#: applications a year by level: (min, max)
_APPLICATION_RANGE = {"township": (0, 6), "county_bureau": (0, 25), "district_government": (10, 160),
                      "city_department": (2, 90), "province": (40, 600)}


def _split(rng: random.Random, total: int, weights: list[float]) -> list[int]:
    """``total`` shared out over the weights, integers that add up exactly."""
    if total == 0:
        return [0] * len(weights)
    picks = rng.choices(range(len(weights)), weights=weights, k=total)
    out = [0] * len(weights)
    for i in picks:
        out[i] += 1
    return out


def application_values(rng: random.Random, level: str, template: str) -> dict[str, dict[str, int]]:
    low, high = _APPLICATION_RANGE[level]
    new_total = rng.randint(low, high) if rng.random() > 0.15 else 0
    carried_total = rng.randint(0, max(0, new_total // 8)) if new_total else 0
    applicant_weights = [70, 18, 1, 2, 4, 5]
    new = _split(rng, new_total, applicant_weights)
    carried = _split(rng, carried_total, applicant_weights)
    rows = RESULT_ROWS_2021 if template == "2021" else RESULT_ROWS_2019
    result_keys = [r[0] for r in rows]
    weights = [_OUTCOME_WEIGHTS.get(k, 0.3) for k in result_keys]
    values: dict[str, dict[str, int]] = {k: {} for k in ["new", "carried_over", *result_keys, "total",
                                                         "carried_forward"]}
    for col, (n, c) in zip(APPLICANT_COLUMNS, zip(new, carried)):
        available = n + c
        forward = rng.randint(0, min(available, 2)) if available and rng.random() < 0.25 else 0
        handled = available - forward
        parts = _split(rng, handled, weights)
        values["new"][col] = n
        values["carried_over"][col] = c
        for key, part in zip(result_keys, parts):
            values[key][col] = part
        values["total"][col] = handled
        values["carried_forward"][col] = forward
    for row in values.values():
        row["total"] = sum(row[c] for c in APPLICANT_COLUMNS)
    return values


def review_values(rng: random.Random, level: str) -> dict[str, dict[str, int]]:
    busy = {"township": 0.05, "county_bureau": 0.15, "district_government": 0.5,
            "city_department": 0.3, "province": 0.8}[level]
    out = {}
    for block in REVIEW_BLOCKS:
        parts = [rng.choice((0, 0, 1, 1, 2, 3, 5)) if rng.random() < busy else 0 for _ in range(4)]
        out[block] = dict(zip(REVIEW_PARTS, [*parts, sum(parts)]))
    return out


def active_values(rng: random.Random, level: str, template: str) -> dict[str, dict]:
    issues_regulations = level in ("province",) or (level == "district_government" and rng.random() < 0.1)
    scale = {"township": 0.3, "county_bureau": 1, "district_government": 3, "city_department": 2,
             "province": 6}[level]
    reg = [rng.randint(0, 3), rng.randint(0, 1), rng.randint(5, 60)] if issues_regulations else [0, 0, 0]
    norm_issued = rng.randint(0, int(8 * scale))
    norm = [norm_issued, rng.randint(0, max(1, norm_issued // 2)), norm_issued + rng.randint(0, int(30 * scale))]
    licensing = rng.randint(0, int(900 * scale)) if level != "township" or rng.random() < 0.5 else 0
    punishment = rng.randint(0, int(120 * scale))
    coercion = rng.randint(0, int(10 * scale)) if rng.random() < 0.4 else 0
    fee = 0 if rng.random() < 0.85 else round(rng.uniform(0.5, 80), 2)
    if template == "2021":
        return {"regulations": dict(zip(("issued", "repealed", "in_force"), reg)),
                "normative_documents": dict(zip(("issued", "repealed", "in_force"), norm)),
                "licensing": {"decisions": licensing}, "punishment": {"decisions": punishment},
                "coercion": {"decisions": coercion}, "fees": {"amount": fee}}
    made = [reg[0], reg[0], reg[2]]
    norm19 = [norm[0], norm[0], norm[2]]
    return {"regulations": dict(zip(("new_made", "new_published", "public_total"), made)),
            "normative_documents": dict(zip(("new_made", "new_published", "public_total"), norm19)),
            "licensing": {"previous_count": rng.randint(0, 60), "change": rng.randint(-3, 5), "decisions": licensing},
            "other_services": {"previous_count": rng.randint(0, 20), "change": rng.randint(-2, 3),
                               "decisions": rng.randint(0, 50)},
            "punishment": {"previous_count": rng.randint(0, 200), "change": rng.randint(-5, 8), "decisions": punishment},
            "coercion": {"previous_count": rng.randint(0, 20), "change": rng.randint(-1, 2), "decisions": coercion},
            "fees": {"previous_count": rng.randint(0, 5), "change": 0},
            "procurement": {"projects": rng.randint(0, 12), "amount": rng.randint(0, 900) * 1000}}


# --------------------------------------------------------------------------- grids

@dataclass(frozen=True)
class Style:
    """Per-report quirks of how cells are written (field guide §2.2-2.3)."""

    blank_zeros: bool = False  # zero cells left blank (row totals still written)
    slash_regulations: bool = False  # 规章 row written as '/' (a unit that cannot issue them)
    split_headers: bool = False  # 商业 企业 / 科研 机构 with a space inside the cell
    signed_change: bool = False  # 2019 增/减 written +3 / -1


def _value_cell(truth: TableTruth, style: Style, table: str, row: str, column: str, value,
                colspan: int = 1, total: bool = False, slash: bool = False) -> Cell:
    if slash:
        raw = truth.put(table, row, column, None, "not_applicable", "/")
    elif style.blank_zeros and value == 0 and not total:
        raw = truth.put(table, row, column, None, "blank", "")
    elif style.signed_change and column == "change" and isinstance(value, int) and value > 0:
        raw = truth.put(table, row, column, value, "value", f"+{value}")
    else:
        raw = truth.put(table, row, column, value)
    return Cell(raw, 1, colspan, (table, row, column))


def _pad(rows: list[list], width: int) -> list[list]:
    """Rows hold one entry per grid position (``None`` where a span covers it); fill the end."""
    for row in rows:
        row.extend([None] * (width - len(row)))
    return rows


def active_grid(values: dict, template: str, truth: TableTruth, style: Style) -> list[list]:
    t = "active_disclosure"
    rows: list[list] = []

    def section(label: str):
        rows.append([Cell(label, 1, 4)])

    def header(*texts, spans=None):
        spans = spans or [1] * len(texts)
        rows.append([Cell(x, 1, s) for x, s in zip(texts, spans)])

    def line(label: str, row: str, cols: tuple, spans=None, slash=False):
        spans = spans or [1] * len(cols)
        rows.append([Cell(label)] + [_value_cell(truth, style, t, row, c, values[row][c], s, slash=slash)
                                     for c, s in zip(cols, spans)])

    if template == "2021":
        cols = ("issued", "repealed", "in_force")
        section("第二十条第（一）项")
        header("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")
        line("规章", "regulations", cols, slash=style.slash_regulations)
        line("行政规范性文件", "normative_documents", cols)
        section("第二十条第（五）项")
        header("信息内容", "本年处理决定数量", spans=[1, 3])
        line("行政许可", "licensing", ("decisions",), [3])
        section("第二十条第（六）项")
        header("信息内容", "本年处理决定数量", spans=[1, 3])
        line("行政处罚", "punishment", ("decisions",), [3])
        line("行政强制", "coercion", ("decisions",), [3])
        section("第二十条第（八）项")
        header("信息内容", "本年收费金额（单位：万元）", spans=[1, 3])
        line("行政事业性收费", "fees", ("amount",), [3])
    else:
        made = ("new_made", "new_published", "public_total")
        served = ("previous_count", "change", "decisions")
        section("第二十条第（一）项")
        header("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量")
        line("规章", "regulations", made, slash=style.slash_regulations)
        line("规范性文件", "normative_documents", made)
        section("第二十条第（五）项")
        header("信息内容", "上一年项目数量", "本年增/减", "处理决定数量")
        line("行政许可", "licensing", served)
        line("其他对外管理服务事项", "other_services", served)
        section("第二十条第（六）项")
        header("信息内容", "上一年项目数量", "本年增/减", "处理决定数量")
        line("行政处罚", "punishment", served)
        line("行政强制", "coercion", served)
        section("第二十条第（八）项")
        header("信息内容", "上一年项目数量", "本年增/减", spans=[1, 1, 2])
        line("行政事业性收费", "fees", ("previous_count", "change"), [1, 2])
        section("第二十条第（九）项")
        header("信息内容", "采购项目数量", "采购总金额", spans=[1, 1, 2])
        line("政府集中采购", "procurement", ("projects", "amount"), [1, 2])
    return _pad(rows, 4)


def applications_grid(values: dict, template: str, truth: TableTruth, style: Style) -> list[list]:
    t = "applications"
    business = "商业 企业" if style.split_headers else "商业企业"
    research = "科研 机构" if style.split_headers else "科研机构"
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" if template == "2021" else ""
    rows: list[list] = [
        [Cell(corner, 3, 3), None, None, Cell("申请人情况", 1, 7)],
        [None, None, None, Cell("自然人", 2, 1), Cell("法人或其他组织", 1, 5), None, None, None, None,
         Cell("总计", 2, 1)],
        [None, None, None, None, Cell(business), Cell(research), Cell("社会公益组织"), Cell("法律服务机构"),
         Cell("其他"), None],
    ]

    def values_of(row: str) -> list[Cell]:
        return [_value_cell(truth, style, t, row, c, values[row][c], total=(c == "total"))
                for c in APPLICATION_COLUMNS]

    rows.append([Cell("一、本年新收政府信息公开申请数量", 1, 3), None, None, *values_of("new")])
    rows.append([Cell("二、上年结转政府信息公开申请数量", 1, 3), None, None, *values_of("carried_over")])
    result_rows = RESULT_ROWS_2021 if template == "2021" else RESULT_ROWS_2019
    n_results = len(result_rows) + 1
    seen_groups: set[str] = set()
    group_sizes: dict[str, int] = {}
    for _, _, group in result_rows:
        if group:
            group_sizes[group] = group_sizes.get(group, 0) + 1
    for i, (key, label, group) in enumerate(result_rows):
        first = [Cell("三、本年度办理结果", n_results, 1)] if i == 0 else [None]
        if group is None:
            rows.append([*first, Cell(label, 1, 2), None, *values_of(key)])
        else:
            group_cell = Cell(group, group_sizes[group], 1) if group not in seen_groups else None
            seen_groups.add(group)
            rows.append([*first, group_cell, Cell(label), *values_of(key)])
    rows.append([None, Cell("（七）总计", 1, 2), None, *values_of("total")])
    rows.append([Cell("四、结转下年度继续办理", 1, 3), None, None, *values_of("carried_forward")])
    return _pad(rows, 10)


def review_grid(values: dict, truth: TableTruth, style: Style) -> list[list]:
    t = "review_litigation"
    labels = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    if style.split_headers:
        labels = ("结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计")
    rows: list[list] = [
        [Cell("行政复议", 1, 5), None, None, None, None, Cell("行政诉讼", 1, 10)] + [None] * 9,
        [*(Cell(x, 2, 1) for x in labels), Cell("未经复议直接起诉", 1, 5), None, None, None, None,
         Cell("复议后起诉", 1, 5), None, None, None, None],
        [None] * 5 + [Cell(x) for x in labels] * 2,
        [_value_cell(truth, style, t, block, part, values[block][part], total=(part == "total"))
         for block in REVIEW_BLOCKS for part in REVIEW_PARTS],
    ]
    return rows


__all__ = ["Cell", "TableTruth", "Style", "application_values", "review_values", "active_values",
           "active_grid", "applications_grid", "review_grid", "APPLICANT_COLUMNS", "REVIEW_BLOCKS"]
