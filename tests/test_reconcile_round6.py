"""Breakdowns by channel (issue 18, round 6): lists whose parts are the channels each came
through, separated by ; and closed by 其他方式. Bodies written here in the shape of the dev2 pages."""
from __future__ import annotations

import pytest

import textmine

HEAD = "东江镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开。"


def breakdowns(body: str) -> list[str]:
    report = textmine.audit(HEAD + body)
    return [f.status for f in report.findings if f.rule == "breakdown.sum"]


@pytest.mark.parametrize("body, expected", [
    # parts by channel after 其中 separated by ;: one list; the board alone is over the total
    ("全年主动公开政府信息60条。其中,通过区政府门户网站公开发布安全生产等政府信息40条;通过公开栏发布政府信息65条;"
     "通过宣传资料、村村通广播等方式公开20条。", ["FAIL"]),
    ("全年主动公开政府信息60条。其中,通过区政府门户网站公开政府信息40条;通过公开栏发布政府信息15条;"
     "通过宣传资料、村村通广播等方式公开5条。", ["PASS"]),
    # one channel carried every item, the others repeat them: no certain FAIL
    ("全年主动公开政府信息73条,其中依托市政府网站主动公开信息73条;通过政务微信公众号公开政府信息73条;"
     "通过政务微博公开政府信息20条。", ["UNCERTAIN"]),
    # channel parts over the total with none as large as it: FAIL as before
    ("全年主动公开政府信息200条,其中政府网站发布120条,微信公众号发布90条,微博发布30条。", ["FAIL"]),
])
def test_lists_of_parts_by_channel(body, expected):
    assert breakdowns(body) == expected


@pytest.mark.parametrize("body, expected", [
    # 其他方式 names the rest of the channels: a complete list that falls short
    ("全年累计主动公开政府信息167条,其中在政府网站公开政府信息75条,政务微信公开政府信息24条,其他方式公开政府信息67条。",
     ["FAIL"]),
    ("全年累计主动公开政府信息167条,其中在政府网站公开政府信息75条,政务微信公开政府信息24条。", ["UNCERTAIN"]),
])
def test_the_rest_of_the_channels_closes_the_list(body, expected):
    assert breakdowns(body) == expected


def test_a_part_counted_in_another_unit_leaves_an_over_sum_uncertain():
    assert breakdowns("主动公开信息231条,其中,政务动态信息数221条,概况类信息数9条,发布政策解读稿件5篇。") == ["UNCERTAIN"]
    # in the total's own unit the same sum is over for sure
    assert breakdowns("主动公开信息231条,其中,政务动态信息数221条,概况类信息数9条,政策解读5条。") == ["FAIL"]


def test_handed_on_to_next_year_is_no_outcome_of_the_concluded():
    body = ("2023年全区共办结政府信息依申请公开733件,其中予以公开238件,部分公开33件,不予公开38件,无法提供323件,"
            "不予处理25件,其他处理76件,转接下年度办理45件。")
    assert breakdowns(body) == ["PASS"]


def listed(text: str) -> list[str]:
    report = textmine.audit(text)
    return [f.status for f in report.findings if f.rule == "narrative.listed_count"]


@pytest.mark.parametrize("intro, expected", [
    # 全文由 / 本年报由: sentences about the report, counted as 本报告由 is
    ("全文由政府信息公开工作总体情况、主动公开政府信息的情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
     "行政诉讼情况、政府信息公开工作中存在的问题及改进措施等六部分组成。", ["FAIL"]),
    ("本年报由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
     "存在的主要问题及改进情况、其他需要报告的事项六部分组成。", ["PASS"]),
    # three named and 等: 等 closes the list (ANNOTATION.md's settled rule, which the blind annotations of such
    # pages follow), a list three short
    ("本年报由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分组成。", ["FAIL"]),
    # two named and 等: read as "and so on", an abbreviated list
    ("本年报由总体情况、主动公开政府信息情况等六个部分组成。", ["UNCERTAIN"]),
])
def test_the_outline_count_in_any_sentence_about_the_report(intro, expected):
    text = "东江镇人民政府2021年政府信息公开工作年度报告\n" + intro + "\n一、总体情况\n全年主动公开政府信息40条。\n"
    found = listed(text)
    assert [s for s in found if s != "PASS"] == [s for s in expected if s != "PASS"]


def test_two_titles_joined_after_measures_are_two_parts():
    intro = ("报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
             "政府信息公开工作存在主要问题及改进措施和需要说明的其他事项等六个部分组成。")
    text = "某省生态环境厅2020年度政府信息公开工作年度报告\n" + intro + "\n一、总体情况\n全年主动公开政府信息40条。\n"
    assert "FAIL" not in listed(text)
