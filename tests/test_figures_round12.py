"""Real-page classes of round 12 (issue 18): the classes round 11's fresh batches (z49–z51) left, then
round 12's own fresh batches. Each sentence is written here in the shape of the real pages (made-up
bodies and numbers)."""
from __future__ import annotations

import pytest

from figure_text import figures as _figures
from figure_text import metric_values as _found


@pytest.mark.parametrize("text, expected", [
    # 依申请公开办理 N 件: the applications taken up, as 办理依申请公开 N 件 is read (the none restated)
    ("本年度未收到公民、法人或者其他组织获取政府信息的申请,依申请公开办理0件。",
     [("applications_received", 0), ("applications_received", 0)]),
    ("2024年依申请公开办理7件。", [("applications_received", 7)]),
    # the cases carried over, named with two verbs or as 办件
    ("全年受理政府信息公开申请40件,答复43件,上年度结转办理答复3件。",
     [("applications_received", 40), ("applications_handled", 43), ("applications_carried_over", 3)]),
    ("全年受理依申请公开来件12件,续办上年度结转办件2件,共办理14件。",
     [("applications_received", 12), ("applications_carried_over", 2), ("applications_handled", 14)]),
])
def test_applications_taken_up_and_carried_over(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the rule's own words for what an application asks, a comma inside them
    ("2023年本街道未收到获取本机关主动公开以外的,与自身生产、生活、科研等特殊需要相关的政府信息公开申请。",
     [("applications_received", 0)]),
    # the applications by their own name, first in a list of nones
    ("2023年,未收到政府信息公开申请、行政复议和行政诉讼。",
     [("applications_received", 0), ("reconsiderations", 0), ("lawsuits", 0)]),
    # how an application would have come, or who would have asked, named before it
    ("本年度未受理到依申请公开件。", [("applications_received", 0)]),
    ("2022年,本单位未收到书面申请政府信息公开。", [("applications_received", 0)]),
    ("全年未收到任何个人及组织申请公开信息要求。", [("applications_received", 0)]),
    # one zero after both kinds of case, the lawsuits brought (提起)
    ("因政府信息公开工作被申请行政复议、提起行政诉讼0条。", [("reconsiderations", 0), ("lawsuits", 0)]),
])
def test_nones_of_applications_and_cases(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the public's messages named by their kinds, with or without the verb and the public
    ("累计发布稿件300篇,回应咨询和投诉类信息45条。", [("items_published", 300), ("messages_handled", 45)]),
    ("在线办理群众咨询类及投诉类信息67条。", [("messages_handled", 67)]),
    # a kind of information published stays items
    ("发布通知公告类信息20条。", [("items_published", 20)]),
])
def test_messages_named_by_their_kinds(text, expected):
    assert _found(text) == expected


def test_a_list_after_a_rate_said_in_passing_is_the_counts():
    text = "累计公开政府信息30条,全文电子化率达100%具体包括:机构职能类2条,重大建设项目8条,社会保障类20条。"
    assert _found(text) == [("items_published", 30), ("digitisation_rate", 100), ("items_published", 2),
                            ("items_published", 8), ("items_published", 20)]
    figures = _figures(text)
    parts = [f for f in figures if f.metric == "items_published" and f.value in (2, 8, 20)]
    assert {figures[f.parent].value for f in parts if f.parent is not None} == {30} and all(f.parent is not None for f in parts)
