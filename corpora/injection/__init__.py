"""Injected errors: one figure or one table cell changed in a consistent generated report.

    >>> from corpora.injection import injected_corpus
    >>> for case in injected_corpus(100, seed=0):
    ...     case.text            # the report with one number changed
    ...     case.clean_text      # the same report before the change
    ...     case.injection       # what changed, where, and whether a rule can see it

Reports come from :mod:`corpora.generator` (consistent by construction: tables add up and
the narrative restates them correctly), in the plain-text renderings whose tables are one
row per line (``tsv``, ``pipe``), so a cell can be located and rewritten in place. Exactly
one number is changed per report: a narrative figure (written as it was: Arabic, Chinese
small numeral, spaced) or a table cell (the cell's token on its row line).

Whether a change is detectable *by construction* is decided here from what the number means,
not from what the reconciler finds:

* a table 三 cell is in a row sum and in the column identities -> ``identity``;
* a table 四 cell is in its block's 维持+纠正+其他+尚未审结=总计 -> ``identity``;
* a table 二 cell restated by a narrative figure -> ``restated``; otherwise nothing states
  it twice -> ``none`` (undetectable; 现行有效 falling below 本年制发 is caught when it
  happens and counted separately as ``conditional``);
* a narrative figure restating a table cell (:data:`RESTATED_METRICS`) -> ``twin``; a part
  or total of an exhaustive breakdown -> ``breakdown`` when the change makes the parts exceed
  their total, ``shortfall`` (not detectable as a FAIL) when it makes them fall short: real
  reports list only some categories after 其中, so a list that falls short of its total is
  UNCERTAIN by rule (see :mod:`textmine.reconcile.breakdowns`); an approximate figure (余/约/万)
  or one nothing else states -> ``none``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterator

import regex

from corpora.generator import GeneratedReport, generate_report
from corpora.generator.narrative import cn_number
from textmine.normalize import normalize_text

#: narrative metrics that restate a table cell (contract.md vocabulary -> cell); a change to
#: one of these makes the narrative disagree with its table
RESTATED_METRICS: dict[str, tuple[str, str, str]] = {
    "applications_received": ("applications", "new", "total"),
    "applications_carried_over": ("applications", "carried_over", "total"),
    "applications_carried_forward": ("applications", "carried_forward", "total"),
    "applications_granted": ("applications", "granted", "total"),
    "applications_denied": ("applications", "denied.*", "total"),
    "normative_documents_issued": ("active_disclosure", "normative_documents", "issued"),
    "normative_documents_in_force": ("active_disclosure", "normative_documents", "in_force"),
    "licence_decisions": ("active_disclosure", "licensing", "decisions"),
    "punishment_decisions": ("active_disclosure", "punishment", "decisions"),
    "coercion_decisions": ("active_disclosure", "coercion", "decisions"),
    "reconsiderations": ("review_litigation", "reconsideration", "total"),
}

#: a substring that identifies each table 三 row's line (labels as the 2021/2019 templates
#: write them); the row's values are the last seven numbers on that line
APPLICATION_ROW_LABELS: dict[str, str] = {
    "new": "本年新收", "carried_over": "上年结转", "granted": "予以公开", "partial": "部分公开",
    "denied.state_secret": "国家秘密", "denied.law_forbidden": "禁止公开",
    "denied.three_safety_one_stability": "三安全一稳定", "denied.third_party": "第三方",
    "denied.internal_affairs": "内部事务", "denied.process_info": "过程性信息",
    "denied.enforcement_file": "执法案卷", "denied.admin_query": "行政查询",
    "unavailable.not_held": "不掌握", "unavailable.needs_creation": "另行制作",
    "unavailable.unclear": "仍不明确", "not_processed.petition": "信访举报",
    "not_processed.repeat": "重复申请", "not_processed.publication": "公开出版物",
    "not_processed.massive": "大量反复", "not_processed.confirm": "重新出具",
    "other.no_correction": "不补正", "other.no_fee": "缴纳费用", "other.other": "3.其他",
    "other": "其他处理", "total": "总计", "carried_forward": "结转下年度",
}
APPLICATION_COLUMNS = ("natural_person", "business", "research", "social_org", "legal_service", "other_org",
                       "total")
#: table 二 (2021 template): row label, and the columns on that row in order
ACTIVE_ROWS: dict[str, tuple[str, tuple[str, ...]]] = {
    "regulations": ("规章", ("issued", "repealed", "in_force")),
    "normative_documents": ("规范性文件", ("issued", "repealed", "in_force")),
    "licensing": ("行政许可", ("decisions",)),
    "punishment": ("行政处罚", ("decisions",)),
    "coercion": ("行政强制", ("decisions",)),
    "fees": ("行政事业性收费", ("amount",)),
}
REVIEW_ORDER = tuple((block, part) for block in ("reconsideration", "litigation_direct",
                                                 "litigation_after_reconsideration")
                     for part in ("upheld", "corrected", "other", "pending", "total"))

RENDERINGS = ("tsv", "pipe")
_NUMBER = regex.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


@dataclass(frozen=True)
class Injection:
    """One changed number. ``start``/``end`` locate the new number in the changed text.
    ``constraint`` says which relation makes it visible (``identity``, ``restated``,
    ``twin``, ``breakdown``, ``conditional``, ``none``)."""

    kind: str  # "cell" | "figure"
    old: int | float
    new: int | float
    start: int
    end: int
    constraint: str
    detectable: bool
    table: str | None = None
    row: str | None = None
    column: str | None = None
    metric: str | None = None
    phrase: str | None = None
    reason: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class InjectedReport:
    seed: int
    name: str
    clean_text: str
    text: str
    truth: dict
    injection: Injection


# --------------------------------------------------------------------------- locating


def _line_spans(text: str, start: int, end: int):
    pos = start
    for line in text[start:end].split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _region(text: str, table: str) -> tuple[int, int] | None:
    """Where a table's rows are in the text (between anchors the templates always write)."""
    if table == "active_disclosure":
        a = text.find("第二十条")
        b = text.find("本年新收", a)
        return (a, b) if a >= 0 and b > a else None
    if table == "applications":
        a = text.find("本年新收政府信息公开申请数量")
        b = text.find("结转下年度继续办理", a)
        if a < 0 or b < 0:
            return None
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        return line_start, (len(text) if line_end < 0 else line_end)
    if table == "review_litigation":
        apps = _region(text, "applications")
        a = apps[1] if apps else 0
        b = text.find("五、", a)
        return (a, len(text) if b < 0 else b)
    return None


def locate_cell(text: str, table: str, row: str, column: str, truth_row: dict) -> tuple[int, int] | None:
    """The span of a cell's number in ``text``, or None when it cannot be placed with
    certainty (blank cells on the row shift the numbers; an unknown layout)."""
    region = _region(text, table)
    if region is None:
        return None
    if table == "applications":
        label = APPLICATION_ROW_LABELS.get(row)
        columns = APPLICATION_COLUMNS
        order = columns.index(column)
        if any(v is None for v in truth_row.values()):
            return None
        hits = []
        for s, e, line in _line_spans(text, *region):
            if label and label in line:
                numbers = list(_NUMBER.finditer(line))
                if len(numbers) >= len(columns):
                    hits.append((s, numbers[len(numbers) - len(columns) + order]))
        if row == "granted":  # 不予公开 lines never contain 予以公开, but be strict
            hits = [h for h in hits if "不予" not in text[h[0]:h[0] + 40]]
        if len(hits) != 1:
            return None
        s, m = hits[0]
        return s + m.start(), s + m.end()
    if table == "active_disclosure":
        label, columns = ACTIVE_ROWS.get(row, (None, ()))
        if label is None or column not in columns or any(v is None for v in truth_row.values()):
            return None
        hits = []
        for s, e, line in _line_spans(text, *region):
            cells = [c.strip() for c in regex.split(r"[\t|]", line) if c.strip()]
            if cells and cells[0] in (label, "行政" + label):
                numbers = list(_NUMBER.finditer(line))
                if len(numbers) == len(columns):
                    hits.append((s, numbers[columns.index(column)]))
        if len(hits) != 1:
            return None
        s, m = hits[0]
        return s + m.start(), s + m.end()
    if table == "review_litigation":
        for s, e, line in _line_spans(text, *region):
            numbers = list(_NUMBER.finditer(line))
            if len(numbers) == 15:
                m = numbers[REVIEW_ORDER.index((row, column))]
                return s + m.start(), s + m.end()
    return None


def _figure_number(text: str, figure: dict, taken: set[int]) -> tuple[int, int, str] | None:
    """(start, end, form) of the number inside a figure's phrase in ``text``; form is
    ``arabic`` or ``chinese``. Only exact figures written as a plain number are used."""
    phrase = normalize_text(figure["text"])
    value = figure["value"]
    if figure.get("qualifier") or not isinstance(value, int) or "万" in phrase:
        return None
    at = -1
    while True:
        at = text.find(phrase, at + 1)
        if at < 0:
            return None
        if at not in taken:
            break
    arabic = [m for m in _NUMBER.finditer(phrase) if m.group() == str(value)]
    if len(arabic) == 1:
        m = arabic[0]
        return at + m.start(), at + m.end(), "arabic"
    cn = cn_number(value) if value <= 99 else None
    if cn and not arabic and phrase.count(cn) == 1 and not _NUMBER.search(phrase):
        i = phrase.index(cn)
        return at + i, at + i + len(cn), "chinese"
    return None


# --------------------------------------------------------------------------- injecting


def _new_value(rng: random.Random, old: int | float) -> int | float:
    if isinstance(old, float) and old != int(old):
        return round(old + rng.choice((0.1, 0.5, 1.0, -0.1)), 2) if old > 1 else round(old + 0.5, 2)
    old = int(old)
    for _ in range(10):
        new = old + rng.choice((1, 2, 3, 5, 10, -1, -2))
        if new >= 0 and new != old:
            return new
    return old + 1


def _restated_cells(truth: dict) -> set[tuple[str, str, str]]:
    out = set()
    for fig in truth["figures"]:
        if fig.get("qualifier"):
            continue
        target = RESTATED_METRICS.get(fig["metric"])
        if target and not target[1].endswith(".*"):
            out.add(target)
    return out


def _cell_constraint(table: str, row: str, column: str, truth: dict, new) -> tuple[str, bool, str]:
    if table in ("applications", "review_litigation"):
        return "identity", True, "表三/表四的单元格处在行、列合计关系中"
    if (table, row, column) in _restated_cells(truth):
        return "restated", True, "叙述中复述了该单元格"
    if row in ("regulations", "normative_documents") and column in ("issued", "in_force"):
        other = truth["tables"]["active_disclosure"][row]
        issued = new if column == "issued" else other.get("issued")
        in_force = new if column == "in_force" else other.get("in_force")
        if issued is not None and in_force is not None and in_force < issued:
            return "conditional", False, "改动后现行有效少于本年制发（仅此情形可见）"
    return "none", False, "表二该单元格没有其他地方复述，也不在任何等式中"


def _figure_constraint(index: int, figure: dict, truth: dict, new) -> tuple[str, bool, str]:
    tables = truth["tables"]
    target = RESTATED_METRICS.get(figure["metric"])
    if target and target[0] in tables and tables[target[0]]:
        return "twin", True, f"叙述数字复述表格单元格 {target[0]}:{target[1]}/{target[2]}"
    figures = truth["figures"]
    if figure.get("exhaustive") and any(f.get("part_of") == index for f in figures):
        if new > figure["value"]:
            return "shortfall", False, "合计改大后分项之和少于合计：“其中”后的列举可能不全，按规则为UNCERTAIN"
        return "breakdown", True, "穷举分项的合计"
    parent = figure.get("part_of")
    if parent is not None and figures[parent].get("exhaustive") and not figures[parent].get("qualifier"):
        if new < figure["value"]:
            return "shortfall", False, "分项改小后分项之和少于合计：“其中”后的列举可能不全，按规则为UNCERTAIN"
        return "breakdown", True, "穷举分项之一"
    return "none", False, "叙述数字没有表格或分项可对照"


def inject(report: GeneratedReport, rng: random.Random) -> InjectedReport | None:
    """Change one number of ``report``; None when no number could be placed."""
    text = report.text
    truth = report.truth
    if text is None:
        return None
    # work in the normalised text: every offset textmine reports is an offset into it
    text = normalize_text(text)
    targets: list[tuple] = []
    taken: set[int] = set()
    for i, fig in enumerate(truth["figures"]):
        found = _figure_number(text, fig, taken)
        if found:
            targets.append(("figure", i, found))
    cells = []
    for record in truth["cells"]:
        if record["status"] != "value" or record["value"] is None:
            continue
        row_truth = truth["tables"][record["table"]][record["row"]]
        span = locate_cell(text, record["table"], record["row"], record["column"], row_truth)
        if span and text[span[0]:span[1]] == record["raw"]:
            cells.append(("cell", record, span))
    # half figures, half cells (when a report has both)
    pool = [t for t in targets] if (rng.random() < 0.5 and targets) or not cells else cells
    if not pool:
        return None
    choice = pool[rng.randrange(len(pool))]
    if choice[0] == "figure":
        _, i, (start, end, form) = choice
        fig = truth["figures"][i]
        old = fig["value"]
        new = _new_value(rng, old)
        written = cn_number(new) if form == "chinese" and 0 < new <= 99 else str(new)
        constraint, detectable, reason = _figure_constraint(i, fig, truth, new)
        changed = text[:start] + written + text[end:]
        phrase = normalize_text(fig["text"])
        injection = Injection("figure", old, new, start, start + len(written), constraint, detectable,
                              metric=fig["metric"], phrase=phrase, reason=reason)
    else:
        _, record, (start, end) = choice
        old = record["value"]
        new = _new_value(rng, old)
        written = f"{new:g}" if isinstance(new, float) else str(new)
        constraint, detectable, reason = _cell_constraint(record["table"], record["row"], record["column"],
                                                          truth, new)
        changed = text[:start] + written + text[end:]
        injection = Injection("cell", old, new, start, start + len(written), constraint, detectable,
                              table=record["table"], row=record["row"], column=record["column"], reason=reason)
    return InjectedReport(report.seed, report.name, text, changed, truth, injection)


def injected_corpus(n: int, seed: int = 0, *, templates=("2021", "2021", "2021", "2019")) -> Iterator[InjectedReport]:
    """``n`` injected reports (deterministic for a seed). Reports where nothing could be
    placed are skipped and the next seed is used."""
    made = 0
    s = seed
    while made < n:
        rng = random.Random(f"textmine-injection:{s}")
        template = templates[s % len(templates)]
        rendering = RENDERINGS[s % len(RENDERINGS)]
        report = generate_report(s, template=template, rendering=rendering, plant=False, tables_missing=False)
        s += 1
        case = inject(report, rng)
        if case is None:
            continue
        made += 1
        yield case


__all__ = ["Injection", "InjectedReport", "inject", "injected_corpus", "locate_cell", "RESTATED_METRICS"]
