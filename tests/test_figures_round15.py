"""Real-page classes of round 15 (issue 18): the first run of fresh batch z89 (province and prefecture
departments of the north and west, 2020–2022). Each sentence is written here in the shape of the real
pages (made-up bodies and numbers)."""
from __future__ import annotations

import pytest

from figure_text import figures as _figures
from figure_text import metric_values as _found


@pytest.mark.parametrize("text, expected", [
    # sent out to be published on named sites (报送发布): the items published, the sites its parts
    ("全年报送发布信息41条,其中在市政府门户网站公开发布20条、省厅网站公开发布15条。",
     [("items_published", 41), ("items_published", 20), ("items_published", 15)]),
    # sent up to several bodies listed with 、: submitted, not published by an office named 信息科
    ("全年上报省局各类信息300余条,报送市委、市政府信息科各类信息45条。",
     [("items_submitted", 300), ("items_submitted", 45)]),
    # submitted alone stays submitted
    ("全年报送各类信息120条。", [("items_submitted", 120)]),
])
def test_items_sent_out(text, expected):
    assert _found(text) == expected


def test_sent_out_to_be_published_parts_exceeding_their_total_fail():
    """The parts of 报送发布 are its parts: eleven and thirteen and five exceed the total of 23."""
    import textmine

    report = textmine.audit("某市外事办2020年政府信息公开工作年度报告\n一、总体情况\n"
                            "全年报送发布信息23条,其中在市政府门户网站公开发布11条、省外事办网站公开发布13条,"
                            "市党建网公开发布5条。\n")
    assert [(f.rule, f.status) for f in report.findings if f.rule == "breakdown.sum"] == [("breakdown.sum", "FAIL")]


@pytest.mark.parametrize("text, expected", [
    # the field a rank is taken in is no count of the year's work
    ("信息宣传工作在全国系统62个直报点排名第三。", []),
    ("我市在全省21个地市中排名第二。", []),
    # a count of peers without a rank stays what it is
    ("全年向62个直报点报送信息30条。", [("items_submitted", 30)]),
])
def test_the_field_of_a_ranking(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the public's concerns sent through mailboxes, hotlines and message boards, answered: messages
    ("通过信箱、热线、留言平台回应各类关切5230条。", [("messages_handled", 5230)]),
    # concerns the body chose to answer stay hot topics
    ("全年回应社会关切18次。", [("hot_topics_responded", 18)]),
    # a mailbox's messages answered
    ("省人防信息网咨询信箱答复信息6条。", [("messages_handled", 6)]),
])
def test_concerns_answered_through_the_publics_channels(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # applications dealt with and answered (处理…答复信息): both facts, as 办理回复
    ("2020年,共处理依申请公开答复信息5条。", [("applications_received", 5), ("applications_handled", 5)]),
    # dealt with alone stays received only (round 13)
    ("全年共处理依申请公开9件。", [("applications_received", 9)]),
])
def test_applications_dealt_with_and_answered(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # interpretations given, counted before them
    ("2020年,我局共计开展6次政策解读,以图片图表的方式呈现。", [("policy_interpretations", 6)]),
    # a training on them is not an interpretation
    ("组织开展2次政策解读业务培训。", [("trainings", 2)]),
])
def test_interpretations_counted_before_them(text, expected):
    assert _found(text) == expected


def test_interpretation_count_keeps_its_unit():
    (figure,) = _figures("2020年,我局共计开展6次政策解读。")
    assert (figure.metric, figure.value, figure.unit) == ("policy_interpretations", 6, "次")
