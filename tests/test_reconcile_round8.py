"""Breakdowns (issue 18, round 8): one channel for all the applications, then their outcomes, are two
partitions of the total (a false FAIL of the fresh batch z23). Bodies written here in the shape of the
real pages."""
from __future__ import annotations

import pytest

import textmine

HEAD = "某区2024年政府信息公开工作年度报告\n一、总体情况\n"


def breakdowns(body: str) -> list[str]:
    report = textmine.audit(HEAD + body)
    return [f.status for f in report.findings if f.rule == "breakdown.sum"]


@pytest.mark.parametrize("body, expected", [
    ("(二)依申请公开\n收到申请信息公开件共6件。其中,信函申请6件;申请信息已公开的2件,不属于本行政机关的4件。", ["PASS"]),
    # the outcomes alone over the total stay a FAIL
    ("(二)依申请公开\n收到申请信息公开件共6件。其中,信函申请6件;申请信息已公开的5件,不属于本行政机关的4件。", ["FAIL"]),
    # one channel over the total stays a FAIL too
    ("(二)依申请公开\n收到申请信息公开件共6件。其中,信函申请8件;申请信息已公开的2件,不属于本行政机关的4件。", ["FAIL"]),
])
def test_one_channel_then_the_outcomes_are_two_partitions(body, expected):
    assert breakdowns(body) == expected
