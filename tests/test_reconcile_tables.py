"""Table arithmetic rules on tables built from real reports (the example, 洪泽区 2023,
淮安市 2024): the clean tables pass, one changed cell gives exactly the FAILs it must, and
blank / unknown / missing cells never give a FAIL."""
from __future__ import annotations

import pytest

from test_reconcile_helpers import (HONGZE_2023_ACTIVE, HONGZE_2023_APPLICATIONS, HONGZE_2023_REVIEW,
                                    HUAIAN_2024_APPLICATIONS, HUAIAN_2024_REVIEW, active, applications,
                                    document, review, sample_tables)
from textmine.reconcile import RULES, reconcile
from textmine.reconcile.issuer import classify_issuer

TEXT = "临川市生态环境局2023年政府信息公开工作年度报告\n一、总体情况\n本年度工作稳步推进。\n"


def run(tables, agency="临川市生态环境局", year=2023, figures=()):
    doc, sections, meta = document(TEXT, agency=agency, year=year)
    return reconcile(doc, sections, tables, figures, metadata=meta)


def fails(findings):
    return {(f.rule, f.unit) for f in findings if f.status == "FAIL"}


def statuses(findings, rule):
    return [f.status for f in findings if f.rule == rule]


def test_every_rule_is_declared_once_with_chinese_description():
    keys = [r.key for r in RULES]
    assert len(keys) == len(set(keys))
    for rule in RULES:
        assert rule.severity in ("error", "warning", "info")
        assert any("\u4e00" <= ch <= "\u9fff" for ch in rule.description)
        assert rule.inputs and callable(rule.check)


def test_sample_tables_pass_every_table_rule():
    findings = run(sample_tables())
    assert not [f for f in findings if f.status in ("FAIL", "UNCERTAIN")]
    for rule in ("applications.identity", "applications.results_total", "applications.applicant_columns",
                 "review_litigation.block_totals", "tables.non_negative_integers",
                 "active_disclosure.in_force_vs_issued", "active_disclosure.regulations_issuer"):
        assert statuses(findings, rule) == ["PASS"], rule


@pytest.mark.parametrize("change, expected", [
    # 本年新收 total changed: the identity's 总计 column and the new row's applicant sum
    ({"new__total": 63}, {("applications.identity", "“总计”列"),
                          ("applications.applicant_columns", "“一、本年新收”行")}),
    # 结转下年度 for 自然人: identity of that column and the row sum of 结转下年度
    ({"carried_forward__natural_person": 2}, {("applications.identity", "“自然人”列"),
                                               ("applications.applicant_columns", "“四、结转下年度继续办理”行")}),
    # one result cell: (七)总计 of its column and its own row sum
    ({"denied_third_party__business": 2}, {("applications.results_total", "“商业企业”列"),
                                           ("applications.applicant_columns", "“（三）4.保护第三方合法权益”行")}),
    # (七)总计 itself in an applicant column: identity, results total and the 总计 row
    ({"total__research": 2}, {("applications.identity", "“科研机构”列"),
                              ("applications.results_total", "“科研机构”列"),
                              ("applications.applicant_columns", "“（七）总计”行")}),
])
def test_one_changed_cell_of_table_three_gives_exactly_its_fails(change, expected):
    assert fails(run(sample_tables(**change))) == expected


def test_hongze_2023_table_four_totals_fail_as_published():
    tables = {"applications": applications(HONGZE_2023_APPLICATIONS), "review_litigation": review(HONGZE_2023_REVIEW),
              "active_disclosure": active(HONGZE_2023_ACTIVE)}
    findings = run(tables, agency="洪泽区人民政府")
    failed = [f for f in findings if f.status == "FAIL"]
    assert {(f.rule, f.unit) for f in failed} == {
        ("review_litigation.block_totals", "行政复议"),
        ("review_litigation.block_totals", "行政诉讼（复议后起诉）")}
    reconsideration = next(f for f in failed if f.unit == "行政复议")
    assert (reconsideration.expected, reconsideration.found) == (11, 0)
    assert {e.column for e in reconsideration.evidence} == {"upheld", "corrected", "other", "pending", "total"}
    after = next(f for f in failed if f.unit == "行政诉讼（复议后起诉）")
    assert (after.expected, after.found) == (5, 0)
    # its 23-row table 三 (（六）其他处理 as one row) adds up
    assert statuses(findings, "applications.results_total") == ["PASS"]


def test_huaian_2024_tables_pass():
    tables = {"applications": applications(HUAIAN_2024_APPLICATIONS), "review_litigation": review(HUAIAN_2024_REVIEW)}
    findings = run(tables, agency="淮安市人民政府", year=2024)
    assert not fails(findings)
    assert statuses(findings, "applications.identity") == ["PASS"]


def test_blank_cells_standing_for_zero_pass_and_blank_that_breaks_is_uncertain():
    # blank for zero with the row total filled (field guide §2.3)
    tables = sample_tables(denied_state_secret__natural_person=None, denied_state_secret__total=None)
    findings = run(tables)
    assert not fails(findings)
    assert statuses(findings, "applications.results_total") == ["PASS"]
    # a blank where a number should be: the sums no longer hold, but blank is not proof
    tables = sample_tables(granted__business=None)
    findings = run(tables)
    assert not fails(findings)
    uncertain = {(f.rule, f.unit) for f in findings if f.status == "UNCERTAIN"}
    assert uncertain == {("applications.results_total", "“商业企业”列"),
                         ("applications.applicant_columns", "“（一）予以公开”行")}


def test_unknown_and_missing_cells_are_not_assessable_never_fail():
    findings = run(sample_tables(new__total="?"))
    assert not fails(findings)
    assert "NOT_ASSESSABLE" in statuses(findings, "applications.identity")
    # a result row the parser could not find: the sum falls short, but that is not an error
    findings = run(sample_tables(granted__natural_person="DROP", granted__business="DROP", granted__research="DROP",
                                 granted__social_org="DROP", granted__legal_service="DROP",
                                 granted__other_org="DROP", granted__total="DROP"))
    assert not fails(findings)
    uncertain = [f.unit for f in findings if f.rule == "applications.results_total" and f.status == "UNCERTAIN"]
    # the five columns where 予以公开 was non-zero; 其他 (0) still adds up
    assert uncertain == ["“自然人”列", "“商业企业”列", "“科研机构”列", "“社会公益组织”列", "“法律服务机构”列",
                         "“总计”列"]
    # no tables at all: every table rule says so
    findings = run({})
    assert not fails(findings)
    assert statuses(findings, "applications.identity") == ["NOT_ASSESSABLE"]
    assert statuses(findings, "review_litigation.block_totals") == ["NOT_ASSESSABLE"]


def test_blank_row_totals_in_shanghai_style_are_not_assessable():
    # only the 总计 row has a total (Shanghai 2019 HTML): sub-row totals blank
    changes = {f"{row.replace('.', '_')}__total": None for row in ("granted", "partial", "unavailable.not_held")}
    findings = run(sample_tables(**changes))
    assert not fails(findings)
    assert "NOT_ASSESSABLE" in statuses(findings, "applications.applicant_columns")


def test_non_negative_integers():
    findings = run(sample_tables(granted__social_org=-1, granted__total=27))
    assert ("tables.non_negative_integers", "表三（依申请公开）“（一）予以公开”行“社会公益组织”列") in fails(findings)
    findings = run(sample_tables(licensing__decisions=12.5))
    assert {r for r, _ in fails(findings)} == {"tables.non_negative_integers"}
    # the fee amount in 万元 may be a decimal
    assert not fails(run(sample_tables(fees__amount=7730.28)))


def test_in_force_smaller_than_issued_is_a_warning_fail():
    # (制发 3, 废止 1) 现行有效 1: even the one repealed cannot explain it
    findings = run(sample_tables(normative_documents__in_force=1))
    failed = [f for f in findings if f.status == "FAIL"]
    assert [(f.rule, f.unit, f.severity) for f in failed] == [
        ("active_disclosure.in_force_vs_issued", "行政规范性文件", "warning")]


def test_in_force_short_of_issued_by_what_was_repealed_is_uncertain():
    # (制发 3, 废止 1, 现行有效 2: a new body whose one repealed document was this year's — z77's zone)
    findings = run(sample_tables(normative_documents__in_force=2))
    statuses = [f.status for f in findings if f.rule == "active_disclosure.in_force_vs_issued" and f.unit == "行政规范性文件"]
    assert statuses == ["UNCERTAIN"]


@pytest.mark.parametrize("agency, can", [
    ("洪泽区人民政府", False), ("淮安市洪泽区人民政府", False), ("平顶山市应急管理局", None),
    ("临川市生态环境局", None), ("江苏省教育厅", None), ("城关镇人民政府", False), ("东风街道办事处", False),
    ("清河县市场监督管理局", False), ("明桥区教育局", False),
    ("淮安市人民政府", True), ("江苏省人民政府办公厅", True), ("上海市人民政府", True),
    ("国家统计局", True), ("恩施土家族苗族自治州人民政府", True),
])
def test_issuer_classification(agency, can):
    assert classify_issuer(agency)[1] is can


def test_regulations_reported_by_a_township_is_a_warning():
    tables = sample_tables(regulations__issued=1, regulations__in_force=6)
    findings = run(tables, agency="城关镇人民政府")
    failed = [f for f in findings if f.status == "FAIL"]
    assert [(f.rule, f.severity) for f in failed] == [("active_disclosure.regulations_issuer", "warning")]
    assert "无权制定规章" in failed[0].message
    # a 设区的市 government may (淮安市 2024 reports 规章 1/0/11)
    findings = run(sample_tables(regulations__issued=1, regulations__in_force=11), agency="淮安市人民政府")
    assert statuses(findings, "active_disclosure.regulations_issuer") == ["PASS"]
    # an agency we cannot classify is not judged
    findings = run(tables, agency=None)
    assert statuses(findings, "active_disclosure.regulations_issuer") == ["NOT_ASSESSABLE"]
