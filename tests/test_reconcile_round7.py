"""Breakdowns (issue 18, round 7): the applications by channel and one outcome after them; a zero total's
parts; a list already summed up, then a count published elsewhere. Round 8: one channel for all the
applications, then their outcomes, are two partitions of the total (a false FAIL of the fresh batch z23).
Bodies written here in the shape of the dev2 pages."""
from __future__ import annotations

import pytest

import textmine

HEAD = "某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"


def breakdowns(body: str) -> list[str]:
    report = textmine.audit(HEAD + body)
    return [f.status for f in report.findings if f.rule == "breakdown.sum"]


@pytest.mark.parametrize("body, expected", [
    # the channels sum to the total; the one outcome after them is a statement of its own
    ("(二)依申请公开情况\n全年共收到信息公开申请12件,其中:线上12件、线下0件,驳回7件,均已按时办结。", ["PASS"]),
    # the channels alone over the total stay a FAIL
    ("(二)依申请公开情况\n全年共收到信息公开申请12件,其中:线上10件、线下5件,驳回7件,均已按时办结。", ["FAIL"]),
    # a zero total has no parts: 其中 lists the reviews' outcomes, which add up
    ("(四)复议诉讼\n因政府信息公开申请被行政复议5宗、行政诉讼0宗,其中2宗维持原答复,1宗结果纠正,1宗其他结果,1宗尚未审结。",
     ["PASS"]),
    # parts that make up the total, then a count published on another platform: no over-sum
    ("(一)主动公开\n通过政务网站共主动公开政府信息203条,其中更新工作动态172条,党务公开栏目更新11条,发布人事信息4条,"
     "发布公告16条,在信息公开目录系统发布政务动态172篇,更新组织机构信息15条。", ["PASS"]),
])
def test_breakdowns_of_round_7(body, expected):
    assert breakdowns(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("(二)依申请公开\n收到申请信息公开件共6件。其中,信函申请6件;申请信息已公开的2件,不属于本行政机关的4件。", ["PASS"]),
    # the outcomes alone over the total stay a FAIL
    ("(二)依申请公开\n收到申请信息公开件共6件。其中,信函申请6件;申请信息已公开的5件,不属于本行政机关的4件。", ["FAIL"]),
    # one channel over the total stays a FAIL too
    ("(二)依申请公开\n收到申请信息公开件共6件。其中,信函申请8件;申请信息已公开的2件,不属于本行政机关的4件。", ["FAIL"]),
])
def test_one_channel_then_the_outcomes_are_two_partitions(body, expected):
    assert breakdowns(body) == expected
