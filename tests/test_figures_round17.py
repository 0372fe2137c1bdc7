"""Round 17 (stop 40): classes the fresh blind batches z106– and the rebuilt dev2 pages showed.
Fixtures are written here in the shapes of those pages (no page text is copied)."""
from __future__ import annotations

import pytest

import textmine
from figure_text import audit_narrative as audit, audited as figures, statuses


# --------------------------------------------------------------------------- z106

def test_public_opinion_answered_is_no_application_answered():
    # 答复网民舆情: online opinion answered, a response to concerns; not a request answered (it made a
    # false narrative.identity FAIL against a received 0)
    report = audit("全年共受理政府信息公开申请0件。通过门户网站公开政务动态234条,答复网民舆情13条。")
    assert ("hot_topics_responded", 13) in [(f.metric, f.value) for f in report.figures]
    assert not [f for f in report.findings if f.rule == "narrative.identity" and f.status == "FAIL"]


@pytest.mark.parametrize("text, expected", [
    # two channels, the second with its owner, and one number after 分别: the number said of each
    ("通过区门户网站、教体局微信公众号分别发布500余条。", [("website", 500), ("wechat", 500)]),
    ("通过县政府网站、卫健局微信公众号和政务微博分别发布信息120条。",
     [("website", 120), ("wechat", 120), ("weibo", 120)]),
    # one number per channel: each its own
    ("通过网站、微信和微博分别发布300条、200条和100条。", [("website", 300), ("wechat", 200), ("weibo", 100)]),
])
def test_one_number_after_distributed_channels(text, expected):
    assert [(f.channel, f.value) for f in audit(text).figures if f.metric == "items_published"] == expected


def test_kinds_of_power_in_a_list_of_powers_are_catalogue_matters():
    found = figures("在县政府权力清单公开办事平台公开行政许可事项32项,行政处罚事项709项,行政强制事项29项,"
                    "行政检查事项11项。")
    assert found == [("service_items", 32), ("service_items", 709), ("service_items", 29), ("service_items", 11)]
    # outside a list of powers the settled reading stays: licensing matters published are the decisions
    assert figures("门户网站主动公开行政许可事项65项,行政处罚决定3件。") == [
        ("licence_decisions", 65), ("punishment_decisions", 3)]


def test_a_weak_wording_before_reviews_said_of_both_is_none_of_them():
    # 因政府信息公开被申请…均为 0 件: 政府信息公开 qualifies the reviews, it counts no items
    assert figures("因政府信息公开被申请行政复议、提起行政诉讼的均为0件。") == [
        ("reconsiderations", 0), ("lawsuits", 0)]


# --------------------------------------------------------------------------- z107

def test_a_page_flattened_onto_one_line_keeps_its_prose_apart_from_the_table():
    # 一 and 二 on the same physical line, 二's table written with pipes: the line was dropped as a table row
    # and every figure of 一 with it
    text = ("一、总体情况 根据《条例》要求,某街道面向社会公布2021年度政府信息公开年度报告。本年度报告中所列数据的统计"
            "期限自2021年1月1日起至2021年12月31日止。 一、基本情况 2021年,某街道主动在政府信息网站公开信息133条,"
            "发布政务新媒体信息155条,向县级报送政务信息83条,收到群众留言1条并及时回复。 (一)组织领导情况。因班子"
            "工作变动,及时调整分工,指定分管领导。 (二)制度建设情况。工作机制逐步完善,信息载体丰富多样。 (三)学习培训"
            "情况。认真学习《条例》,参加上级部门组织的培训会。 (四)平台维护。适时更新网站内容,杜绝“僵尸”、“睡眠”"
            "现象,做到规范化、系统化地公开政府信息,并接受社会和公众的监督。 "
            "二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | "
            "规章 | 0 | 0 | 0 | 行政规范性文件 | 0 | 0 | 0 |")
    found = [(f.metric, f.value) for f in textmine.audit(text).figures]
    assert found[:4] == [("items_published", 133), ("items_published", 155), ("items_submitted", 83),
                         ("messages_handled", 1)]


def test_applications_taken_in_named_as_received_for_disclosure():
    assert figures("接收主动申请公开0条,办理0条,未因政府信息公开工作被申请行政复议。")[:2] == [
        ("applications_received", 0), ("applications_handled", 0)]


def test_the_units_the_disclosure_covers_are_departments():
    assert figures("我镇应推行信息公开的镇属单位27个,已推行信息公开的单位有27个。") == [
        ("departments", 27), ("departments", 27)]


def test_one_label_over_documents_and_their_interpretations_stays_documents():
    # five dev2 pages read 政策文件及解读 N 条 as documents, two as items: the majority reading is kept
    found = figures("主动公开信息2516条,其中组织机构信息26条,政策文件及政策解读信息14条,工作动态信息796条。")
    assert ("documents_published", 14) in found


def test_a_preamble_formed_on_another_years_work_is_a_year_fail():
    report = textmine.audit("某镇2021年政府信息公开工作年度报告\n根据《条例》要求,某镇认真落实,完成2020年政府信息公开工作,"
                            "形成本报告。本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n"
                            "2021年主动公开信息30条。\n")
    assert "FAIL" in statuses(report, "text.report_year")
    same = textmine.audit("某镇2021年政府信息公开工作年度报告\n某镇完成2021年政府信息公开工作,形成本报告。\n一、总体情况\n"
                          "2021年主动公开信息30条。\n")
    assert not [f for f in same.findings if f.rule == "text.report_year" and f.status == "FAIL"]


# --------------------------------------------------------------------------- dev2: years copied (missed true FAILs)

def _year_statuses(text: str) -> list[str]:
    return statuses(textmine.audit(text), "text.report_year")


def test_a_statistics_period_written_with_de_is_read():
    text = ("某县科学技术局2013年政府信息公开年度报告\n本年报由概述、主动公开政府信息情况等七部分组成。本年报统计数据的时限为"
            "2012年1月1日至2012年12月31日。\n一、概述\n2013年我局认真学习《条例》。\n")
    assert "FAIL" in _year_statuses(text)
    assert "FAIL" not in _year_statuses(text.replace("2012年1月1日至2012年12月31日", "2013年1月1日至2013年12月31日"))


def test_another_years_count_stated_after_the_channel_in_a_sub_part():
    # (一)/(二) sub-headings taken for the parts: the prose under them is read for another year's statistics too
    head = "某镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n我镇及时公开政务动态。"
    tail = "\n(二)依申请公开情况\n2023年,全镇共收到依申请公开政府信息0件。\n"
    assert "FAIL" in _year_statuses(head + "我镇通过县政府网站2022年全年公开政府信息0条。" + tail)
    # a comparison with the year before is not a copied year
    assert "FAIL" not in _year_statuses(head + "我镇通过县政府网站2023年全年公开政府信息12条,较2022年增加3条。" + tail)


# --------------------------------------------------------------------------- z108

def test_gazette_copies_counted_before_the_gazettes_name():
    assert ("gazette_copies", 2000) in figures("编制发放四期2000余份《某区人民政府公报》。")
    assert figures("印发5期《某旗公报》。") == [("gazette_issues", 5)]


def test_applications_asked_for_by_law():
    assert figures("本年度收到依法申请公开4件,均已按期答复。")[:1] == [("applications_received", 4)]


def test_a_review_carried_over_is_a_part_of_the_reviews():
    report = audit("因政府信息依申请公开答复被申请行政复议9件(含上一年度结转1件),被提起行政诉讼1件。")
    found = [(f.metric, f.value, f.parent) for f in report.figures]
    assert found == [("reconsiderations", 9, None), ("reconsiderations", 1, 0), ("lawsuits", 1, None)]
    # an application carried over stays one
    assert ("applications_carried_over", 1) in figures("本年度收到政府信息公开申请10件,上一年度结转1件。")


@pytest.mark.parametrize("text, expected", [
    # the answers published are items; the proposals handled are the proposals
    ("本年度公开政协提案2件。", ("items_published", 2)),
    ("其中公开人大建议提案35条。", ("items_published", 35)),
    # … and so are their results published (stop 50; the suggestions handled from round 14 until then)
    ("公开人大代表建议办理结果3件。", ("items_published", 3)),
    ("全年办理政协提案5件。", ("cppcc_proposals", 5)),
])
def test_proposals_published_are_items(text, expected):
    assert figures(text) == [expected]


# --------------------------------------------------------------------------- dev2: kinds listed after a comma

@pytest.mark.parametrize("text, expected", [
    # a labelled number right after a count of what was published, only a comma between: one more kind
    ("主动公开政策文件15条,重大民生领域工作动态30条,主动更新街道领导分工。",
     [("documents_published", 15), ("items_published", 30)]),
    ("主动公开信息50条,工作动态30条。", [("items_published", 50), ("items_published", 30)]),
    # not a kind: what of it was published (已公开) is no second count of items
    ("本年度公文类信息共发文37个,已公开37个。", [("items_published", 37)]),
])
def test_kinds_listed_after_a_comma(text, expected):
    assert [(f.metric, f.value) for f in audit(text).figures if f.kind == "count"] == expected


# --------------------------------------------------------------------------- z109 / z110

@pytest.mark.parametrize("text, expected", [
    # a head count each unit assigns is no count of the body's staff
    ("局机关各科室、局属各单位还专门指派1名工作人员担任信息员。", []),
    ("厅各处室(单位)各确定1名处级干部作为责任领导,1名工作人员为具体责任人。", []),
    ("明确了机关各科室、下属事业单位均要落实一名信息员。", []),
    ("要求镇各部门上报一名信息员负责本部门公开信息。", []),
    ("各办(所)明确1名政务公开信息员。", []),
    ("各部门安排一名信息发布专职人员,确定一名分管责任人负责信息公开工作。", []),
    # the body's own
    ("我局确定1名同志具体负责政府信息公开工作。", [("staff", 1)]),
    ("组织各科室50余人参加培训,配备2名专职工作人员。", [("training_attendance", 50), ("staff", 2)]),
    # the units' people counted together, and the body's own after the units' assignment
    ("局属各基层单位配备兼职政务信息员6名。", [("staff", 6)]),
    ("现街道各办各社区均指定有专门的信息报送联络员,另外配备2名兼职工作人员。", [("staff", 2)]),
])
def test_a_head_count_per_unit_is_no_staff(text, expected):
    assert figures(text) == expected


def test_each_of_a_wording_naming_two_metrics():
    assert figures("办理人大代表建议和政协提案各5件。") == [("npc_suggestions", 5), ("cppcc_proposals", 5)]


# --------------------------------------------------------------------------- dev2: events, zeros and matters named in quotes

def test_events_counted_before_their_quoted_names():
    assert figures("精心组织11期“在线访谈”和29场“新闻发布会”。") == [("online_interviews", 11), ("press_conferences", 29)]


def test_a_heading_closed_by_a_full_stop_with_its_none_on_the_line():
    text = ("公开实行全部免费,未发生收费行为。\n\n5、因政府信息公开申请行政复议、提起行政诉讼的情况。无。\n\n"
            "6、政府信息公开工作存在的问题。\n")
    found = figures(text)
    assert ("reconsiderations", 0) in found and ("lawsuits", 0) in found
    # a heading whose line goes on with a sentence of figures is no heading of a zero
    assert ("reconsiderations", 0) not in figures("5、复议诉讼情况。全年收到申请3件,均已答复。\n")


def test_service_matters_named_in_quotes_before_their_number():
    assert figures("新增“秒报秒批一体化”事项30项、“免申即享”事项159项。") == [
        ("service_items", 30), ("service_items", 159)]


@pytest.mark.parametrize("text, expected", [
    # the guides of the services, each a matter, named before or after their number
    ("在政务服务网上及时公布维护办事指南38项,行政许可类指南14项。", [("service_items", 38), ("service_items", 14)]),
    ("全年共发布12大类272项办税指南。", [("service_items", 272)]),
    ("制订125项厅权责清单。", [("service_items", 125)]),
    # not the disclosure guide, nor guides among the kinds of items published, nor one list per township
    ("更新政府信息公开指南1项。", [("items_published", 1)]),
    ("主动公开政府信息716条,其中公开政策文件5件,公开办事指南150条。", None),
    ("发布22个乡镇权责清单(2025年版)。", None),
])
def test_service_guides_and_lists_of_powers(text, expected):
    found = figures(text)
    if expected is None:
        assert not [m for m, _ in found if m == "service_items"]
    else:
        assert found == expected


@pytest.mark.parametrize("text", [
    "2020年我局共收到2件公众关于政府信息公开的申请。",
    "2023年,我局总共收到1件自然人提起的政府信息公开申请。",
    "2022年,我局共收到2起涉及药械化方面的政府信息公开申请。",
])
def test_applications_counted_after_the_receiving_verb_whatever_qualifies_them(text):
    assert [(f.metric, f.value) for f in audit(text).figures][:1] in ([("applications_received", 2)],
                                                                      [("applications_received", 1)])


def test_reviews_led_to_by_applications_are_no_applications():
    assert figures("2023年全区收到8件因政府信息公开申请提起的行政复议。") == [("reconsiderations", 8)]


def test_a_blank_line_between_a_heading_and_its_none():
    text = "四、收费情况 \n\n本年度未收取任何费用。 \n\n五、申请行政复议、提起行政诉讼的情况 \n\n未发生针对我办有关政府信息公开的复议诉讼。\n"
    found = figures(text)
    assert ("reconsiderations", 0) in found and ("lawsuits", 0) in found


def test_past_a_blank_line_a_general_paragraph_is_no_none():
    text = ("(二)主动公开、依申请公开、交流互动等情况\n\n本年度我局继续对涉及国家秘密、商业秘密和个人隐私的信息进行清查,"
            "目前本局信息公开均不涉及以上信息。\n")
    assert ("applications_received", 0) not in figures(text)


def test_the_measures_of_a_plan_are_no_items():
    assert figures("年初召开领导小组会议,出台推进政务公开4方面17条措施,加强顶层设计。") == []
    assert figures("全年发布政策措施解读17条。") == [("policy_interpretations", 17)]


# --------------------------------------------------------------------------- z111

def test_reviews_lawsuits_and_outcomes_stated_bare_after_the_applications():
    found = figures("全年共收到依申请公开件1件,已按期答复1件,无转结下年度继续办理件。涉及复议0件,诉讼0件,无被纠错和败诉。")
    for expected in [("applications_carried_forward", 0), ("reconsiderations", 0), ("lawsuits", 0),
                     ("reconsiderations_corrected", 0), ("lawsuits_corrected", 0)]:
        assert expected in found
    found = figures("被申请行政复议9件,被提起行政诉讼1件,已审结案件中,未发生被纠错、败诉情况。")
    assert ("reconsiderations_corrected", 0) in found and ("lawsuits_corrected", 0) in found
