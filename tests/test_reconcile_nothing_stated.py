"""A check with no stated values is NOT_ASSESSABLE, never PASS (issue 22).

The 2021 template as issued PASSed table arithmetic ("7列均相符"): blanks counted as 0 on
both sides of every equation. Blank beside a written number still means 0, as in practice
(field guide §2.3); an equation, a table or a year pair in which nothing at all is written
has nothing to agree or disagree, for every table rule: 二/三/四 arithmetic, narrative vs
table, cross-year."""
from __future__ import annotations

import dataclasses

import pytest

import textmine
from test_reconcile_crossyear import hongze
from test_reconcile_helpers import (APP_COLUMNS, SAMPLE_APPLICATIONS, active, applications, document, figure,
                                    review, sample_tables)
from textmine.reconcile import cross_year, reconcile
from textmine.reconcile.context import Cell, judge_sum

TABLE_RULES = ("applications.identity", "applications.results_total", "applications.applicant_columns",
               "review_litigation.block_totals", "tables.non_negative_integers",
               "active_disclosure.in_force_vs_issued", "active_disclosure.regulations_issuer")


def _blank_tables() -> dict:
    apps = {row: (None,) * 7 for row in SAMPLE_APPLICATIONS}
    return {"applications": applications(apps),
            "review_litigation": review({b: (None,) * 5 for b in ("reconsideration", "litigation_direct",
                                                                  "litigation_after_reconsideration")}),
            "active_disclosure": active({k: None for k in (("regulations", "issued"), ("regulations", "in_force"),
                                                           ("normative_documents", "issued"),
                                                           ("licensing", "decisions"))})}


def test_the_blank_2021_template_passes_no_table_rule(blank_template_path):
    report = textmine.audit(blank_template_path)
    table_findings = [f for f in report.findings if f.rule in TABLE_RULES]
    assert {f.rule for f in table_findings} == set(TABLE_RULES)
    assert [f for f in table_findings if f.status != "NOT_ASSESSABLE"] == []
    said = [f.message for f in table_findings if f.rule != "tables.non_negative_integers"]
    assert all("没有填写任何数字" in m for m in said), said


def test_unfilled_tables_pass_no_rule_even_for_a_named_township():
    text = "青山镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n全年未收到政府信息公开申请。\n"
    doc, sections, meta = document(text, agency="青山镇人民政府")
    findings = reconcile(doc, sections, _blank_tables(), [], metadata=meta)
    table_findings = [f for f in findings if f.rule in TABLE_RULES]
    assert table_findings and {f.status for f in table_findings} == {"NOT_ASSESSABLE"}
    # a stated 0 against an unfilled table 三: nothing in the table to compare it with
    zero = figure("未收到政府信息公开申请", text, "applications_received", 0)
    findings = reconcile(doc, sections, _blank_tables(), [zero], metadata=meta)
    twin = [f for f in findings if f.rule == "narrative_vs_table.applications_received"]
    assert [f.status for f in twin] == ["NOT_ASSESSABLE"] and "没有填写任何数字" in twin[0].message


def _cell(status, value=None, row="new", column="total"):
    return Cell("applications", row, column, value, status)


@pytest.mark.parametrize("lhs,rhs,status", [
    # nothing written on either side
    ([_cell("blank"), _cell("blank")], [_cell("blank"), _cell("not_applicable")], "NOT_ASSESSABLE"),
    # a written 0 beside blanks: blank means 0
    ([_cell("value", 0), _cell("blank")], [_cell("blank")], "PASS"),
    ([_cell("value", 5), _cell("blank")], [_cell("value", 5), _cell("blank")], "PASS"),
    # every operand of one side blank, the other side written and non-zero: blank is no proof
    ([_cell("blank"), _cell("blank")], [_cell("value", 3)], "UNCERTAIN"),
    ([_cell("value", 4), _cell("value", 1)], [_cell("value", 6)], "FAIL"),
])
def test_judge_sum_needs_one_written_number(lhs, rhs, status):
    assert judge_sum(lhs, rhs).status == status


def test_one_blank_block_of_table_four_is_not_assessable_the_others_pass():
    tables = sample_tables(litigation_direct__upheld=None, litigation_direct__corrected=None,
                           litigation_direct__other=None, litigation_direct__pending=None,
                           litigation_direct__total=None)
    doc, sections, meta = document("临川市生态环境局2023年政府信息公开工作年度报告\n")
    findings = [f for f in reconcile(doc, sections, tables, [], metadata=meta)
                if f.rule == "review_litigation.block_totals"]
    assert sorted((f.status, f.unit) for f in findings) == [
        ("NOT_ASSESSABLE", "行政诉讼（未经复议直接起诉）"), ("PASS", "2栏")]
    blocked = next(f for f in findings if f.status == "NOT_ASSESSABLE")
    assert "没有填写任何数字" in blocked.message


def test_cross_year_chain_on_two_blank_carried_rows_is_not_assessable():
    blank_forward = {f"carried_forward__{c}": None for c in APP_COLUMNS}
    blank_over = {f"carried_over__{c}": None for c in APP_COLUMNS}
    last = hongze(2023, "五、存在的主要问题及改进情况\n无。\n")
    last = dataclasses.replace(last, tables={**last.tables,
                                             "applications": applications(**blank_forward)})
    this = hongze(2024, "五、存在的主要问题及改进情况\n无。\n")
    this = dataclasses.replace(this, tables={**this.tables, "applications": applications(**blank_over)})
    chain = [f for f in cross_year(this, last) if f.rule == "cross_year.carried_over_chain"]
    assert [f.status for f in chain] == ["NOT_ASSESSABLE"]
    assert "均未填写数字" in chain[0].message


def test_cross_year_stock_flow_on_blank_rows_is_not_assessable():
    blank = {("regulations", "issued"): None, ("regulations", "repealed"): None, ("regulations", "in_force"): None,
             ("normative_documents", "issued"): 2, ("normative_documents", "repealed"): 0,
             ("normative_documents", "in_force"): 12}
    last_active = dict(blank)
    last_active[("normative_documents", "in_force")] = 10
    last = hongze(2023, "五、存在的主要问题及改进情况\n无。\n")
    last = dataclasses.replace(last, tables={**last.tables, "active_disclosure": active(last_active)})
    this = hongze(2024, "五、存在的主要问题及改进情况\n无。\n")
    this = dataclasses.replace(this, tables={**this.tables, "active_disclosure": active(blank)})
    stock = sorted((f.status, f.unit) for f in cross_year(this, last) if f.rule == "cross_year.in_force_stock")
    assert stock == [("NOT_ASSESSABLE", "规章"), ("PASS", "行政规范性文件")]


def test_an_unfilled_table_of_either_year_stops_the_cross_year_rules():
    last = hongze(2023, "五、存在的主要问题及改进情况\n无。\n")
    last = dataclasses.replace(last, tables=_blank_tables())
    this = hongze(2024, "五、存在的主要问题及改进情况\n无。\n")
    findings = {f.rule: f for f in cross_year(this, last)
                if f.rule not in ("cross_year.repeated_text", "cross_year.pairing")}
    assert {f.status for f in findings.values()} == {"NOT_ASSESSABLE"}
    assert all("上年报告" in f.message and "没有填写任何数字" in f.message for f in findings.values())
