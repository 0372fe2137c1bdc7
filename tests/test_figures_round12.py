"""Real-page classes of round 12 (issue 18): the classes round 11's fresh batches (z49–z51) left, then
round 12's own fresh batches. Each sentence is written here in the shape of the real pages (made-up
bodies and numbers)."""
from __future__ import annotations

import pytest

import textmine
from figure_text import figures as _figures, statuses
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


@pytest.mark.parametrize("text, expected", [
    # documents counted in 个, their parts named by their number series
    ("公开区政府(办公室)文件共20个,其中府发8个、府办发12个。",
     [("documents_published", 20), ("documents_published", 8), ("documents_published", 12)]),
    # consultations held, counted in times
    ("围绕政策措施征集网民意见5次。", [("consultations", 5)]),
    # the good ratings' share is satisfaction
    ("好差评系统线上办理好评率99.5%。", [("satisfaction_rate", 99.5)]),
    # clicks, whatever the page calls them, when counted in times
    ("网站点击率累计达到12.5万次。", [("site_visits", 125000)]),
    # questions asked in a column are messages, not columns
    ("共收到网站《在线咨询》栏目问题320个,均及时回复。", [("messages_handled", 320)]),
    # matters a service platform lists, and the lists by how often one must go
    ("政务服务管理平台发布事项52项。", [("service_items", 52)]),
    ("政务服务事项办理跑腿清单900项。其中,零跑腿清单600条,只跑一次腿清单300项。",
     [("service_items", 900), ("service_items", 600), ("service_items", 300)]),
])
def test_round12_vocabulary(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # how a count is kept is no count
    ("主动公开政府信息500条(不同渠道和方式公开相同信息按1条计)。", [("items_published", 500)]),
    # 一次 inside the reform's set phrases is a name
    ("推行最多跑一次改革,梳理只跑一次事项清单40项。", [("service_items", 40)]),
    # kinds of a catalogue counted in 个 are no columns
    ("公开主体细化至中小学、卫生院等9个二级分类,发布信息2.1万条。", [("items_published", 21000)]),
    # the last kind of a list closed by 等…领域: the fields' items together
    ("医疗卫生、义务教育、行政处罚和强制等重点领域政府信息公开300条。", [("items_published", 300)]),
])
def test_round12_no_figure_or_items(text, expected):
    assert _found(text) == expected


def test_clean_up_of_normative_documents_at_the_bodys_own_level():
    # 区本级 between the verb and the documents; a part opening with a verb of making them is the year's own
    assert _found("清理区本级规范性文件3件,保留20件,新制发2件。") == [
        ("normative_documents_reviewed", 3), ("normative_documents_in_force", 20), ("normative_documents_issued", 2)]


def test_an_opener_after_a_numbered_item_is_not_the_whole_lists():
    # 其中 opening a sentence after 5.…;: its parts are of that item's counts, not of the list's total 7000
    text = ("2022年通过政府门户网站发布政府信息7000条,《条例》第20条规定的信息公开情况:1.统计信息发布27条;"
            "2.办理行政许可公开100件,政务服务事项办理跑腿清单800项。其中,零跑腿清单500条,只跑一次腿清单300项。")
    figures = _figures(text)
    parts = [f for f in figures if f.value in (500, 300)]
    assert [f.metric for f in parts] == ["service_items", "service_items"]
    assert all(f.parent is None or figures[f.parent].value != 7000 for f in parts)


@pytest.mark.parametrize("text, expected", [
    # applications asked for with 提出 and no 的, or as a request
    ("本年度我镇收到公民提出公开政府信息申请3件。", [("applications_received", 3)]),
    ("本年度我局收到信息公开请求2件。", [("applications_received", 2)]),
    # handled, 政府 alone before 依申请公开
    ("2023年我办成功办结政府依申请公开事项4件。", [("applications_handled", 4)]),
    # a bare verb before the number yields to the noun after it
    ("2024年共发布6条政策解读信息。", [("policy_interpretations", 6)]),
    ("全年发布12条信息。", [("items_published", 12)]),
])
def test_round12_applications_and_nouns_after(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年未产生政府信息公开处理费。", [("info_processing_fees", 0)]),
    # the administrative fee with its verb written out is no information-processing fee
    ("全年无行政事业性收取费用。", [("admin_fees", 0)]),
])
def test_round12_fee_nones(text, expected):
    assert _found(text) == expected


def _statuses(text: str, rule: str) -> list[str]:
    return statuses(textmine.audit(text), rule)


def _year_findings(text: str) -> list[tuple[str, str]]:
    return [(f.status, text[f.evidence[0].start:f.evidence[0].end]) for f in textmine.audit(text).findings
            if f.rule == "text.report_year" and f.status != "PASS" and f.evidence]


_BODY = ("一、总体情况\n2022年,我局认真落实政务公开工作要求。\n(一)主动公开\n全年主动公开政府信息120条。\n"
         "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n")


def test_the_preamble_calling_the_report_by_last_years_name_is_a_fail():
    title = "某盟民政局2022年政府信息公开年度报告\n"
    preamble = "按照要求,现将某盟民政局2021年度政府信息公开工作年度报告向社会公布。\n"
    assert _year_findings(title + preamble + _BODY) == [("FAIL", "2021")]
    # the same preamble naming the report year says nothing wrong
    assert _year_findings(title + preamble.replace("2021年度", "2022年度") + _BODY) == []
    # an old-outline summary introduced the same way
    old = "现对我局2021年度政府信息公开工作总结如下。\n"
    assert _year_findings(title + old + _BODY) == [("FAIL", "2021")]


def test_without_a_title_the_preamble_names_the_year_a_stale_period_is_checked_against():
    preamble = ("根据《条例》要求,现将2022年度政府信息公开工作报告如下。本报告中所列数据的统计期限自2021年1月1日起"
                "至2021年12月31日止。\n")
    findings = _year_findings(preamble + _BODY)
    assert [status for status, _ in findings] == ["FAIL"] and "2021年1月1日" in findings[0][1]


_CITY_HEAD = "某市2021年政府信息公开工作年度报告\n一、总体情况\n"


def _breakdown_statuses(body: str) -> list[str]:
    return _statuses(_CITY_HEAD + body, "breakdown.sum")


def test_levels_that_make_the_total_then_channels_are_two_lists():
    # by level (the two make the total exactly), then by channel with no stop between: a list of its own
    body = ("(一)主动公开。2021年,全市各级政府及部门主动公开政府信息9000条。其中:市政府及本级部门主动公开政府信息3000条,"
            "占33.33%县(区)政府及所属部门主动公开政府信息6000条,占66.67%通过政府公报公开10条,政府网站公开5000条,"
            "政务微信公开2000条,其他政务新媒体公开900条。\n")
    assert _breakdown_statuses(body) == ["PASS"]
    # levels that do not make the total stay a FAIL
    assert _breakdown_statuses(body.replace("政府信息6000条", "政府信息6500条")) == ["FAIL"]


@pytest.mark.parametrize("text, expected", [
    # the field named before 信息公开申请; the noun left out after 政府信息公开 (依申请)
    ("全年受理审计信息公开申请2件。", [("applications_received", 2)]),
    ("本年度受理政府信息公开3件,办结3件。", [("applications_received", 3), ("applications_handled", 3)]),
    ("2024年全市共办理政府信息公开依申请900件。", [("applications_received", 900)]),
    # carried forward, 按期 between
    ("已办结80件,结转下年度按期办理6件。", [("applications_handled", 80), ("applications_carried_forward", 6)]),
    # visitors at a reading site asking there
    ("在便民服务中心开设政务公开专区,全年接待公众查询40人次。", [("reading_visitors", 40)]),
    # interpretations named as information
    ("媒体报道解读相关信息25篇次。", [("policy_interpretations", 25)]),
    # none carried, named with 申请, is no none of the applications received
    ("2024年我局共受理政府信息公开2件,办结2件。全年无政府信息公开申请结转办理情况。",
     [("applications_received", 2), ("applications_handled", 2)]),
])
def test_round12_z58_to_z60_wordings(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the forms an interpretation takes, listed before 解读: interpretations all
    ("发布政策解读20件,音频、视频、图表解读9件,媒体解读2件。",
     [("policy_interpretations", 20), ("policy_interpretations", 9), ("policy_interpretations", 2)]),
    # other kinds named before it: items, as before
    ("政府会议、会议解读类信息40条。", [("items_published", 40)]),
])
def test_forms_of_interpretation_are_not_kinds_of_items(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # posts counted as 发稿
    ("市政府门户网站总计发稿3000篇。", [("items_published", 3000)]),
    ("微信公众号关注量5000人,发稿量300篇。", [("new_media_followers", 5000), ("items_published", 300)]),
])
def test_posts_counted_as_fagao(text, expected):
    assert _found(text) == expected


def test_channel_counts_after_another_count_go_on_with_the_items():
    text = ("2021年,经开区累计主动公开政府信息900条,其中政务要闻300条、通知公告100条、其他100条,调整栏目3个,"
            "微信公众号:250条,微博150条。")
    assert [(f.metric, f.value, f.channel) for f in _figures(text) if f.value in (250, 150)] == [
        ("items_published", 250, "wechat"), ("items_published", 150, "weibo")]
    # the categories ending in 其他 fall short by exactly the channels after them: no FAIL
    statuses = _statuses("某开发区2021年政府信息公开工作年度报告\n一、总体情况\n" + text, "breakdown.sum")
    assert "FAIL" not in statuses
    # with no items count in the sentence a channel alone counts nothing
    assert _found("调整栏目3个,微信公众号600条。") == [("site_columns", 3)]


def test_an_outline_naming_its_appendix_is_no_sure_count():
    head = "某区司法局2010年政府信息公开工作年度报告\n"
    intro = "本报告主要包括基本工作情况、主动公开信息情况、行政复议和诉讼情况、工作存在的问题及努力方向及附件等{}部分。\n"
    body = "一、基本工作情况\n全年公开信息35条。\n二、主动公开信息情况\n"
    # five pieces with the appendix against a stated four: the appendix may not be a part
    assert _statuses(head + intro.format("四") + body, "narrative.listed_count") == ["UNCERTAIN"]
    # and against a stated five it is one: nothing to report
    assert _statuses(head + intro.format("五") + body, "narrative.listed_count") == []


def test_a_share_of_the_whole_after_a_list_within_a_list_is_no_fail():
    text = ("某市物价局2008年政府信息公开年度报告\n一、概述\n全年主动公开政府信息1000条。\n"
            "在主动公开的1000条信息中,政策法规类的信息30条,其中政策法规10条,规范性文件20条,占总体的比例为3%;"
            "规划计划类的信息4条,其中年度工作计划2条,其它2条,占总体的比例为0.4%;"
            "属于本单位业务类信息966条,占总体的比例为96.6%。\n")
    assert "FAIL" not in _statuses(text, "breakdown.share")


def test_a_preamble_compiled_under_last_years_name_and_a_title_called_nianbao():
    text = ("2012年某市气象局政府信息公开工作年报\n引言\n本年报是根据《条例》要求,由某市气象局编制的2009年度政府信息公开"
            "年度报告。\n一、概述\n2012年,我局认真做好政府信息公开工作。\n")
    report = textmine.audit(text)
    assert report.metadata.year == 2012
    assert _year_findings(text) == [("FAIL", "2009")]


def test_administrative_units_counted_before_their_noun_are_bodies():
    assert _found("机构改革后,政府信息公开工作机构调整为40个行政单位,其中区政府委、办、局单位30个,镇、街道10个。") == [
        ("departments", 40), ("departments", 30), ("departments", 10)]


def test_no_need_to_apply_is_no_none_of_applications():
    assert _found("对群众关心的信息主动公开,无须群众提出申请。") == []
    assert _found("全年无政府信息公开申请。") == [("applications_received", 0)]


def test_parts_that_make_the_total_then_a_new_statement_with_a_verb():
    body = ("(一)主动公开\n2023年,本局门户网站共发布信息2000条,更新发布政策解读90条,其中解读材料50条,解读产品40条,"
            "发布本系统政务动态信息500条。\n")
    assert _breakdown_statuses(body) == ["PASS"]
    # parts over the total before the new statement stay a FAIL
    assert _breakdown_statuses(body.replace("解读产品40条", "解读产品45条")) == ["FAIL"]


@pytest.mark.parametrize("text, expected", [
    # received and handled in one wording, 依法 between
    ("截止2023年12月31日,我办收到依法处理依申请公开12件。", [("applications_received", 12), ("applications_handled", 12)]),
    # 没 for 没有
    ("我局2016年没收到政府信息公开申请。", [("applications_received", 0)]),
])
def test_round12_z64_to_z66_applications(text, expected):
    assert _found(text) == expected


def test_a_new_statement_after_parts_that_make_the_total_is_no_part():
    figures = _figures("2023年更新发布政策解读90条,其中解读材料50条,解读产品40条,发布本系统政务动态信息500条。")
    assert [(f.metric, f.value) for f in figures] == [("policy_interpretations", 90), ("policy_interpretations", 50),
                                                      ("policy_interpretations", 40), ("items_published", 500)]
    assert figures[3].parent is None
