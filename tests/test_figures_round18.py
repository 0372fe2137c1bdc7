"""Round 18 (stop 41): classes the fresh blind batches z112 (county and city departments of the north and
west) and z113 (townships and zones) showed. Fixtures are written here in the shapes of those pages (no
page text is copied)."""
from __future__ import annotations

import pytest

from functools import partial

import textmine

from figure_text import audit_narrative, audited, statuses

audit = partial(audit_narrative, year=2023)
figures = partial(audited, year=2023)
parts = partial(audited, fields=("metric", "value", "parent"), year=2023)


# --------------------------------------------------------------------------- z112

def test_service_matters_revised_or_counted_in_tiao_are_the_catalogue():
    # 82 条政务服务事项 reviewed, 行政许可 36 项 revised: the matters' entries, not decisions made
    assert figures("二是优化服务事项。对全系统96条政务服务事项进行了全面梳理,更新办事流程,修改完善行政许可41项,"
                   "行政确认事项5项。") == [("service_items", 96), ("service_items", 41), ("service_items", 5)]
    # published licensing matters stay the decisions (ANNOTATION.md, stop 27)
    assert figures("门户网站主动公开行政许可事项65项。") == [("licence_decisions", 65)]


def test_penalty_decisions_published_without_xingzheng():
    assert figures("在网站公开了行政执法基本信息,2022年我局公开处罚决定11件。") == [("punishment_decisions", 11)]


def test_a_part_in_another_unit_inside_the_enumeration_is_a_part():
    # the 篇 parts are listed with 、 among the 条 parts: the list's sum exceeds its total, a certain FAIL
    report = audit("2023年我局主动公开政府信息62条。其中发布开放日活动2篇、专项行动7篇、宣传培训类信息45 条、"
                   "执法信息5条、预算决算信息4条。")
    breakdown = [f for f in report.findings if f.rule == "breakdown.sum"]
    assert [f.status for f in breakdown] == ["FAIL"]
    # a part in another unit after the list, with a verb of its own, may be a statement apart: UNCERTAIN
    report = audit("发布信息231条,其中动态221条,概况9条,发布政策解读稿件5篇。")
    assert statuses(report, "breakdown.sum") == ["UNCERTAIN"]


def test_parts_after_semicolons_with_the_verb_said_again():
    found = parts("主动公开各类政府信息96条,其中,公开领导介绍3项;组织机构5项;公开法规公文8项;公开规划计划2项。")
    assert found == [("items_published", 96, None), ("items_published", 3, 0), ("items_published", 5, 0),
                     ("documents_published", 8, 0), ("items_published", 2, 0)]


def test_a_website_s_sections_are_columns_and_a_report_s_are_no_figure():
    assert figures("网站共设置6个板块,21个栏目及8个重点领域信息专栏,内容涵盖执法监督等。") == [
        ("site_columns", 6), ("site_columns", 21), ("site_columns", 8)]
    assert figures("报告由总体情况等6个板块组成。") == []
    assert figures("发布信息覆盖6个重点领域。") == []


def test_two_counts_of_one_output_with_a_comma_between():
    found = figures("“某市图书馆”微信公众号共计发布信息176期,650条,阅读量达3.2万次。")
    assert found == [("items_published", 176), ("items_published", 650), ("content_views", 32000)]


def test_cadres_trained_are_no_staff():
    assert figures("组织综合办公室5名干部开展政府信息公开工作业务培训。") == [("training_attendance", 5)]
    assert figures("配备2名工作人员负责信息公开。") == [("staff", 2)]


# --------------------------------------------------------------------------- z113

@pytest.mark.parametrize("text", [
    "主动公开政务信息120条;接受并办理依申请公开件3件。",
    "主动公开政务信息120条;受理并办理政府信息公开申请3件。",
])
def test_taken_up_and_handled_in_one_wording(text):
    assert ("applications_received", 3) in figures(text)
    assert ("applications_handled", 3) in figures(text)


def test_a_list_after_fenbiewei_goes_on_past_semicolons():
    # 及时 before the total coordinates nothing; the list's parts keep their total past each ;
    found = parts("及时准确公开信息37条,分别为饮用水卫生监测情况6条;行政处罚公示12条;行政处罚事项清单1条;"
                  "部门预算公开2条;权责事项目录1条;科普教育信息发布15条。")
    assert found == [("items_published", 37, None), ("items_published", 6, 0), ("punishment_decisions", 12, 0),
                     ("items_published", 1, 0), ("items_published", 2, 0), ("items_published", 1, 0),
                     ("items_published", 15, 0)]
    report = audit("及时准确公开信息37条,分别为饮用水卫生监测情况6条;行政处罚公示12条;行政处罚事项清单1条;"
                   "部门预算公开2条;权责事项目录1条;科普教育信息发布15条。")
    assert statuses(report, "breakdown.sum") == ["PASS"]
    # two channels coordinated before 分别 still share out the numbers
    assert [(f.channel, f.value) for f in audit("在网站和微信公众号分别发布信息120条、80条。").figures] == [
        ("website", 120), ("wechat", 80)]


def test_a_list_of_matters_in_tiao_among_items_is_an_item_not_the_catalogue_or_decisions():
    found = figures("公开信息20条,其中行政执法事项清单1条;行政强制事项清单1条;工作动态18条。")
    assert found == [("items_published", 20), ("items_published", 1), ("items_published", 1),
                     ("items_published", 18)]
    # the catalogue counted in 项 stays service matters
    assert figures("公布行政许可事项清单236项。") == [("service_items", 236)]


def test_normative_documents_are_parts_of_the_documents_published():
    # the list after 其中 is the documents' (not the count of items before them), normative ones among them
    found = parts("2024年通过政府网站更新领导简介信息4条,公开政府文件31份,其中规范性文件5份、人事任免文件20份、"
                  "其他文件6份,公开常务会议文稿信息36条。")
    assert found[1:5] == [("documents_published", 31, None), ("normative_documents_issued", 5, 1),
                          ("documents_published", 20, 1), ("documents_published", 6, 1)]
    assert [f.status for f in audit("公开政府文件31份,其中规范性文件5份、人事任免文件20份、其他文件6份。").findings
            if f.rule == "breakdown.sum"] == ["PASS"]


# --------------------------------------------------------------------------- dev2

def test_bare_lawsuits_after_the_reviews_and_suits_brought():
    found = figures("政府信息公开行政复议案件4件,结果维持2件,结果纠正1件,正在复议1件;起诉案件1件,正在审理中;"
                    "结转起诉案件2件,结果维持。")
    assert found == [("reconsiderations", 4), ("reconsiderations_upheld", 2), ("reconsiderations_corrected", 1),
                     ("reconsiderations_pending", 1), ("lawsuits", 1), ("lawsuits_pending", 1), ("lawsuits", 2),
                     ("lawsuits_upheld", 2)]
    assert ("lawsuits", 1) in figures("答复后被行政复议7件,全部维持;诉讼1件,未审结。")
    # not a cost of litigation
    assert figures("行政复议0件,诉讼费0元。") == [("reconsiderations", 0)]


def test_received_and_handled_run_together_and_requests_passed_on():
    assert figures("2022年,省民政厅共接收办理政府信息公开申请11件。") == [
        ("applications_received", 11), ("applications_handled", 11)]
    report = audit("某街道收到依申请公开件共计30件,均已全部按时办结。区政府交办信息公开件7件,均已如期回复。")
    assert [(f.metric, f.value, f.category) for f in report.figures] == [
        ("applications_received", 30, None), ("applications_received", 7, "交办信息公开件")]
    assert not [f for f in report.findings if f.status == "FAIL"]


def test_sub_columns_counted():
    assert figures("优化政策解读栏目,设置文字解读、政策图解、视频解读等三个分栏目。") == [("site_columns", 3)]


# --------------------------------------------------------------------------- z115

def test_the_list_after_a_closed_bracket_is_the_bracket_owners_siblings():
    found = parts("截止到12月底,更新新闻动态80条(工作动态50条,上级动态30条),政务公开25条(人事信息3条,财政信息18条,"
                  "规划计划4条),文件通知7条,林长制21条,以案释法6条。")
    assert [(m, v, p) for m, v, p in found if v in (21, 6)] == [("items_published", 21, None),
                                                               ("items_published", 6, None)]
    assert not [f for f in audit("截止到12月底,政务公开25条(人事信息3条,财政信息18条,规划计划4条),文件通知7条,"
                                 "林长制21条,以案释法6条。").findings if f.status == "FAIL"]


def test_a_nested_list_whose_tail_makes_up_the_outer_total_is_uncertain():
    # 41 + 55 = 96: the 55 may be the outer list's, the nested one closed before it
    report = audit("2021年我局主动公开政府信息96条,其中通过局网站主动公开动态类和通知公告信息41条,其中政策解读文件2份,"
                   "城管执法信息6条,部门信息55条。")
    assert statuses(report, "breakdown.sum") == ["UNCERTAIN"]
    # parts exceeding a part whose tail does not make up the outer total stay a FAIL
    report = audit("2021年我局主动公开政府信息120条,其中审计公开12条,包括审计结果8条、审计整改情况8条。")
    assert "FAIL" in statuses(report, "breakdown.sum")


# --------------------------------------------------------------------------- z116

def test_labelled_parts_glossed_in_brackets_run_on():
    found = figures("分类公开信息中,乡村振兴领域50余条(含产业扶持、人居环境整治等),民生保障领域70余条(含教育补贴等),"
                    "重大项目建设领域10余条(含道路修缮等)。")
    assert found == [("items_published", 50), ("items_published", 70), ("items_published", 10)]


def test_the_kinds_counted_before_the_items_count():
    found = parts("2020年,主动公开计划总结、工作动态、文件解读、公示公告信息4类40条,其中:计划总结信息1条、"
                  "工作动态信息27条、文件解读信息2条、公示公告信息10条。")
    assert found == [("items_published", 40, None), ("items_published", 1, 0), ("items_published", 27, 0),
                     ("policy_interpretations", 2, 0), ("items_published", 10, 0)]


def test_a_request_by_letter_and_a_sites_channels():
    assert figures("2024年收到依申请公开来信1件次,且所申请公开信息不属于本单位的公开范围。") == [
        ("applications_received", 1)]
    assert figures("目前镇政府网站为乡镇概况、工作信息、信息公开等3个频道。") == [("site_columns", 3)]
    # network applications on a traditional-character mirror (網路 → 网路)
    assert ("applications_received", 11) in figures("收到政府信息公开申请21件。从申请方式看,網路申請11件,信函申請10件。")


# --------------------------------------------------------------------------- dev2 (stop 41, the rebuilt cache)

def test_a_day_named_by_month_and_day_is_no_count():
    # 5•15 政务公开日: May 15th; its 5 had joined the list's parts and made a false FAIL
    report = audit("通过区门户网站公开信息30条,其中发布街道工作动态类信息25条、营商环境2篇、决策公开1篇、"
                   "5•15政务公开日活动1篇、办事处领导简介1篇。")
    assert 5 not in [f.value for f in report.figures]
    assert statuses(report, "breakdown.sum") == ["PASS"]


def test_a_change_after_two_metrics_on_one_number_is_the_first_ones():
    found = figures("2019年,某厅共接收办理政府信息公开申请13件,同比下降58%。")
    assert found == [("applications_received", 13), ("applications_handled", 13), ("applications_received", 58)]


# --------------------------------------------------------------------------- z117–z118

@pytest.mark.parametrize("text, expected", [
    ("新区12345政务热线办结12.5万件。", [("hotline_cases", 125000)]),
    ("开展网络舆情处置和回应570次。", [("hot_topics_responded", 570)]),
    ("及时办结回复政务留言信息9条。", [("messages_handled", 9)]),
    # outcomes given by their reasons, with two verbs or 由于
    ("不予公开的4件中2件为属于行政查询事项,2件属于机关内部事务文件。",
     [("applications_denied", 4), ("applications_denied", 2), ("applications_denied", 2)]),
    ("我委共收到政府信息公开申请6件。其中6件由于本机关不掌握相关政府信息或不属于本级政府管理内容无法提供。",
     [("applications_received", 6), ("applications_unavailable", 6)]),
])
def test_round18_wordings_of_z117_z118(text, expected):
    assert figures(text) == expected


def test_an_application_withdrawn_named_before_its_number():
    found = parts("2022年,收到群众的信息公开申请10例(其中,撤件1例)。")
    assert found == [("applications_received", 10, None), ("applications_other", 1, 0)]


# --------------------------------------------------------------------------- z119–z120

def test_one_channels_count_has_no_parts_by_the_others():
    report = audit("2024年在区政府网公开政府信息共计54条,通过“某某云语”微信公众号发布信息共计296条、"
                   "“某某云语”抖音视频号发布61条视频。")
    assert [(f.metric, f.value, f.parent) for f in report.figures] == [
        ("items_published", 54, None), ("items_published", 296, None), ("items_published", 61, None)]
    assert not [f for f in report.findings if f.status == "FAIL"]
    # a total with no channel still takes its parts by channel (共计…,通过门户网站…,政务微信…)
    assert parts("全年主动公开政府信息共计6535条,通过门户网站公开3593条,政务微信2942条。") == [
        ("items_published", 6535, None), ("items_published", 3593, 0), ("items_published", 2942, 0)]


def test_mailbox_letters_concluded_and_a_count_concluded_in_another_paragraph():
    report = textmine.audit("某县人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况\n"
                            "(一)主动公开。发布政务动态信息4921条,政府公开信箱信件办理办结312件。\n"
                            "(二)依申请公开。累计收到政府信息公开申请27件,上年结转5件,17件结转下年办理。\n")
    assert ("messages_handled", 312) in [(f.metric, f.value) for f in report.figures]
    assert not [f for f in report.findings if f.rule == "narrative.identity" and f.status == "FAIL"]
    # a count concluded in the paragraph before the applications' is no FAIL of their balance
    report = textmine.audit("某县人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况\n"
                            "(一)主动公开。发布政务动态信息4921条,办理事项办结312件。\n"
                            "(二)依申请公开。累计收到政府信息公开申请27件,上年结转5件,17件结转下年办理。\n")
    assert statuses(report, "narrative.identity") == ["UNCERTAIN"]
    # in one paragraph the imbalance stays a FAIL
    report = textmine.audit("某县人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况\n"
                            "(二)依申请公开。累计收到政府信息公开申请27件,上年结转5件,办结12件,17件结转下年办理。\n")
    assert statuses(report, "narrative.identity") == ["FAIL"]


def test_documents_among_other_kinds_counted_in_tiao_are_items():
    assert figures("全年主动公开政策文件、工作简报、经济运行情况等90条。") == [("items_published", 90)]
    assert parts("发布政务服务等相关政策等内容共计600条,其中转发上级400条,自创200条。") == [
        ("items_published", 600, None), ("items_published", 400, 0), ("items_published", 200, 0)]
    # documents in their own unit stay documents (发文、数据公报等 50 件), and a document wording alone
    assert figures("全年公开发文、数据公报等50件。") == [("documents_published", 50)]
    assert figures("公开政策文件28件。") == [("documents_published", 28)]


# --------------------------------------------------------------------------- z121

def test_a_page_metadata_row_is_no_title_and_its_index_year_no_report_year():
    report = textmine.audit("| 索引号 | 014421113/2026-244370 | 分类 | 信息公开年报 |\n| 发布机构 | 某街道 | 发文日期 | 2026-01-13 |\n"
                            "根据《中华人民共和国政府信息公开条例》规定,现公布某区某街道办事处2025年政府信息公开工作年度报告。"
                            "报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n一、总体情况\n"
                            "2025年共受理政府信息公开申请2件,均依法按期办理并答复。\n")
    assert report.metadata.year == 2025
    assert not [f for f in report.findings if f.rule == "text.report_year" and f.status == "FAIL"]


def test_an_outline_closing_with_improvement_measures_is_no_count():
    assert figures("本报告包括总体情况、主动公开、依申请公开、行政复议和行政诉讼情况、现存问题与改进举措等五项。") == []
