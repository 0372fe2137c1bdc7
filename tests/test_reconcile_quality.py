"""Table and report quality findings (issue 22): a missing table, a table of blanks and '/',
an empty or 无 五 — each a declared rule with its severity and Chinese messages, and never a
FAIL for what a fragment or a cut page does not show. Fixtures in the shapes of the field
guide (§2 shape 10: headings 二、三、四 with nothing between them; 无。 as a whole part)."""
from __future__ import annotations

import pytest

import textmine
from textmine.reconcile import RULES_BY_KEY
from textmine.tables.evaluation import default_suite

CASES = default_suite() / "cases"
QUALITY_RULES = ("quality.missing_table", "quality.blank_cells", "quality.empty_problems")

TITLE = "青山县交通运输局2023年政府信息公开工作年度报告\n"
ONE = "一、总体情况\n2023年,我局主动公开政府信息156条,全年共收到政府信息公开申请3件,均按期答复。\n"
FIVE = ("五、存在的主要问题及改进情况\n一是政策解读形式较为单一;二是基层公开人员业务能力不足。"
        "下一步,我局将每季度组织一次业务培训,并在门户网站开设图解专栏。\n")
SIX = "六、其他需要报告的事项\n本年度未收取信息处理费。\n"


def findings(report, rule):
    return [(f.status, f.severity, f.unit) for f in report.findings if f.rule == rule]


def test_the_rules_are_declared_with_severity_and_chinese_descriptions():
    for key in QUALITY_RULES:
        rule = RULES_BY_KEY[key]
        assert rule.severity == "warning" and any("\u4e00" <= ch <= "\u9fff" for ch in rule.description)


def test_headings_with_nothing_between_them_are_missing_tables():
    report = textmine.audit(CASES / "missing-tables.txt")
    missing = [f for f in report.findings if f.rule == "quality.missing_table"]
    # a table served as an image reads the same as one never filled in: a reviewer checks
    assert [(f.status, f.severity) for f in missing] == [("UNCERTAIN", "warning")] * 3
    assert "未读到表三" in missing[1].message and missing[1].evidence[0].start is not None


def test_a_complete_report_passes_every_quality_rule(example_path):
    report = textmine.audit(example_path)
    assert {f.status for f in report.findings if f.rule in QUALITY_RULES} == {"PASS"}
    assert len([f for f in report.findings if f.rule == "quality.missing_table"]) == 1


def test_a_fragment_lacking_its_tables_is_not_a_missing_table():
    page = ("四、政府信息公开行政复议、行政诉讼情况\n本年度未发生政府信息公开行政复议、行政诉讼案件。\n" + FIVE)
    report = textmine.audit(page)
    assert report.metadata.fragment is True
    assert {s for s, _, _ in findings(report, "quality.missing_table")} == {"NOT_ASSESSABLE"}
    assert "片段" in next(f.message for f in report.findings if f.rule == "quality.missing_table")


def test_a_page_cut_after_a_heading_is_uncertain_and_what_it_never_reaches_is_not_assessable():
    report = textmine.audit(TITLE + ONE + "二、主动公开政府信息情况\n")
    assert report.metadata.fragment is False
    assert [s for s, _, _ in findings(report, "quality.missing_table")] == ["UNCERTAIN", "NOT_ASSESSABLE",
                                                                           "NOT_ASSESSABLE"]
    assert [s for s, _, _ in findings(report, "quality.empty_problems")] == ["NOT_ASSESSABLE"]


def test_reports_before_2019_had_no_standard_tables():
    old = ("东江县2016年政府信息公开工作年度报告\n一、概述\n2016年,我县主动公开政府信息1200条。\n"
           "二、主动公开政府信息情况\n全年主动公开政府信息1200条。\n"
           "三、依申请公开政府信息情况\n全年受理申请5件。\n四、政府信息公开的收费及减免情况\n未收取任何费用。\n")
    report = textmine.audit(old)
    assert [s for s, _, _ in findings(report, "quality.missing_table")] == ["NOT_ASSESSABLE"]


def test_a_table_of_blanks_and_slashes_is_noted_and_an_unfilled_one_fails(blank_template_path):
    report = textmine.audit(CASES / "blanks-tsv.txt")
    assert findings(report, "quality.blank_cells") == [("UNCERTAIN", "info", "表二（主动公开）"),
                                                       ("UNCERTAIN", "info", "表三（依申请公开）"),
                                                       ("UNCERTAIN", "info", "表四（复议诉讼）")]
    note = next(f.message for f in report.findings if f.rule == "quality.blank_cells")
    assert "个空白" in note and "为“/”" in note
    template = textmine.audit(blank_template_path)
    assert [s for s, _, _ in findings(template, "quality.blank_cells")] == ["FAIL"] * 3
    # the template's 五 holds only its placeholder: not a 五 that was written
    five = [f for f in template.findings if f.rule == "quality.empty_problems"]
    assert [f.status for f in five] == ["FAIL"] and "占位文字" in five[0].message


@pytest.mark.parametrize("five,status", [
    ("五、存在的主要问题及改进情况\n无。\n", "FAIL"),
    ("五、存在的主要问题及改进情况\n暂无。\n", "FAIL"),
    ("五、存在的主要问题及改进情况\n\n", "FAIL"),      # nothing before 六
    (FIVE, "PASS"),
])
def test_an_empty_or_nothing_five_fails(five, status):
    report = textmine.audit(TITLE + ONE + five + SIX)
    got = [f for f in report.findings if f.rule == "quality.empty_problems"]
    assert [(f.status, f.severity) for f in got] == [(status, "warning" if status == "FAIL" else "info")]


def test_a_five_heading_at_the_end_of_a_cut_page_is_uncertain():
    report = textmine.audit(TITLE + ONE + "五、存在的主要问题及改进情况\n")
    assert [s for s, _, _ in findings(report, "quality.empty_problems")] == ["UNCERTAIN"]


def test_a_fragment_without_five_is_not_assessable():
    page = ("(二)依申请公开情况。本年度我局共收到政府信息公开申请6件,均已按期答复,其中予以公开4件,不予公开1件,"
            "无法提供1件。未发生因政府信息公开引起的行政复议和行政诉讼。\n"
            "(三)政府信息管理情况。严格落实信息发布审核制度,对拟公开的信息进行保密审查。\n")
    report = textmine.audit(page)
    assert report.metadata.fragment is True
    assert [s for s, _, _ in findings(report, "quality.empty_problems")] == ["NOT_ASSESSABLE"]
