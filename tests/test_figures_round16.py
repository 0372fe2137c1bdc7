"""Round 16 (stop 39): classes the rebuilt dev2 pages and the fresh blind batches z96–z98 showed.
Fixtures are written here in the shapes of those pages (no page text is copied)."""
from __future__ import annotations

import pytest

import textmine
from textmine.sections import _listed_parts
from figure_text import statuses as statuses_of


def statuses(text: str, rule: str) -> list[str]:
    return statuses_of(textmine.audit(text), rule)


# --------------------------------------------------------------------------- the outline's parts

def _outline(listed: str, count: str) -> str:
    return (f"青林县统计局2016年政府信息公开工作年度报告\n本报告{listed}{count}组成。\n一、概述\n"
            "2016年我局主动公开政府信息56条。\n")


@pytest.mark.parametrize("listed, count, sure", [
    # the old outline's parts named in their own older words are parts, each a different one
    ("全文由概述、主动公开政府信息情况、依申请公开政府信息的情况、政府信息公开的收费及减免情况、"
     "因政府信息公开申请行政复议的情况、政府信息公开工作存在的主要问题及改进措施等", 6, True),
    ("内容由基本情况概述、主动公开政府信息情况、依申请公开政府信息和不予公开政府信息的情况、"
     "政府信息公开的收费及减免情况、主要问题和改进措施等", 5, True),
    # short names, one of them ending in 办理 (依申请公开办理 is the applications part)
    ("主要内容包括概述、主动公开情况、依申请公开办理、复议和诉讼情况、收费减免情况、存在的主要问题及改进情况等共", 6, True),
    # two titles run together for want of a separator are two parts
    ("内容由总体情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况存在的主要问题及改进情况,"
     "其他需要报告的事项", 5, True),
    # the agency's own office named before 机构和人员 is still the organisation part
    ("由概述、主动公开政府信息情况、依申请公开政府信息情况、政务公开工作机构和人员情况、存在的主要问题及改进措施", 5, True),
    # quotes around a run of titles, not around each: the quotes separate too
    ("由“总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况”“其他需要报告的事项”", 4, True),
])
def test_older_and_looser_outlines_are_counted(listed, count, sure):
    assert _listed_parts(listed) == (count, sure)


def test_one_title_whose_halves_name_the_same_part_is_not_two():
    # 基本情况概述: 情况 then 概述, both the overview — one title, and the count stays sure
    assert _listed_parts("由基本情况概述、主动公开政府信息情况、存在的主要问题及改进措施") == (3, True)


@pytest.mark.parametrize("listed, count, expected", [
    # six named for a stated five: more parts named than counted is a slip, 等 or not
    ("全文由概述、主动公开政府信息情况、依申请公开政府信息的情况、政府信息公开的收费及减免情况、"
     "因政府信息公开申请行政复议的情况、政府信息公开工作存在的主要问题及改进措施等", "五部分", ["FAIL"]),
    ("全文由概述、主动公开政府信息情况、依申请公开政府信息的情况、政府信息公开的收费及减免情况、"
     "因政府信息公开申请行政复议的情况、政府信息公开工作存在的主要问题及改进措施等", "六部分", []),
    # five named for six, the reconsideration part missing: 等 closing a list one part short is a slip
    ("内容由基本情况概述、主动公开政府信息情况、依申请公开政府信息和不予公开政府信息的情况、"
     "政府信息公开的收费及减免情况、主要问题和改进措施等", "六部分", ["FAIL"]),
    # two named for six: 等 abbreviates, a reviewer would not call it wrong
    ("由总体情况、主动公开政府信息情况等", "六个部分", ["UNCERTAIN"]),
    # run-together titles: five parts named for six, 主动公开 missing
    ("内容由总体情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况存在的主要问题及改进情况,"
     "其他需要报告的事项", "六个部分", ["FAIL"]),
])
def test_the_outline_count_against_its_parts(listed, count, expected):
    # (a count that agrees with its list gives no finding)
    assert statuses(_outline(listed, count), "narrative.listed_count") == expected


# --------------------------------------------------------------------------- interpretations

def figures(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in textmine.audit("某县2023年政府信息公开工作年度报告\n一、总体情况\n" + text).figures]


@pytest.mark.parametrize("text, expected", [
    # the forms an interpretation takes, listed before it and closed by 类 or 等, are no kinds of items
    ("加强政策宣传解读,发布文字、图片类政策解读11篇。", ("policy_interpretations", 11)),
    ("印发文件18件,配发图文、视频等解读材料共33件。", ("policy_interpretations", 33)),
    ("制作一图读懂、动漫等政策解读产品27个。", ("policy_interpretations", 27)),
    # interpreting policy information: the interpretations, as information
    ("强化政策解读,以多种方式解读政策信息 17 条。", ("policy_interpretations", 17)),
    ("全年发布各类信息1458条,解读回应政策信息24条。", ("policy_interpretations", 24)),
])
def test_interpretations_in_forms_and_as_information(text, expected):
    assert expected in figures(text)


def test_interpretations_named_last_among_other_kinds_still_count_items():
    # (意见征集、草案解读、决策文件、决策解读等: kinds, not forms — the items of them all)
    assert ("items_published", 27) in figures("公开意见征集、草案解读、决策文件、决策解读等27件。")


# --------------------------------------------------------------------------- service lines, 其中 after a full stop

def test_a_service_line_named_by_its_number_is_no_count():
    found = figures("全年受理信访件共计2688件,其中网转65件,人民来访107件,淄博12345转办件2516件。")
    assert all(value != 12345 for _, value in found)
    assert ("hotline_cases", 2516) in found


@pytest.mark.parametrize("text, expected", [
    # 其中 after the full stop, the sentence before holding several counts side by side: which total
    # the parts break down is not sure
    ("门户网站全年更新政务公开238条、新闻动态291条、业务公开82条。其中机构职能类3条,财政预算2条,"
     "政策法规类44条,专项工作177条。", {"UNCERTAIN"}),
    # one total before the full stop: its parts exceed it, a FAIL
    ("全年在门户网站发布信息82条。其中机构职能类3条,财政预算2条,政策法规类44条,专项工作177条。", {"FAIL"}),
])
def test_parts_after_a_full_stop_with_several_counts_before_it(text, expected):
    report = textmine.audit("某县某局2020年政府信息公开工作年度报告\n一、总体情况\n" + text)
    over = {f.status for f in report.findings if f.rule == "breakdown.sum" and "226" in f.message}
    assert over == expected


# --------------------------------------------------------------------------- z98: applications with 的, glosses, bare shares

def test_applications_named_with_de_are_applications():
    assert ("applications_received", 0) in figures("2023年度,我局收到政府信息公开的申请0条。")
    assert ("applications_received", 3) in figures("我局收到政府信息公开的申请3件,均已按时答复。")


def test_a_gloss_left_unclosed_after_a_count_opens_no_parts():
    text = ("发布部门动态20条,发布专题专栏1条(某县行政执法事项指导目录(2024年版),预算决算公开2条,"
            "领导简介变动2条(甲调出,乙调入)。")
    report = textmine.audit("某县某中心2024年政府信息公开工作年度报告\n一、总体情况\n" + text)
    assert [f.parent for f in report.figures if f.value == 2] == [None, None]
    assert not [f for f in report.findings if f.rule == "breakdown.sum" and f.status == "FAIL"]


def test_a_bracket_of_parts_after_a_count_still_opens_them():
    report = textmine.audit("某县某局2024年政府信息公开工作年度报告\n一、总体情况\n"
                            "全年报送信息30篇(县委用稿20篇,市局采用15篇)。")
    assert statuses_of(report, "breakdown.sum") == ["FAIL"]


def test_a_parts_share_written_bare_after_it():
    report = textmine.audit("某县2020年政府信息公开工作年度报告\n一、总体情况\n全县公开各类信息1190条。其中,机构职能类信息102条,"
                            "8.6%,政策、规范性文件类信息81条,6.8%,其他类信息1007条,占84.6%。")
    shares = [(f.metric, f.value, f.kind, report.figures[f.parent].value) for f in report.figures if f.kind == "share"]
    assert shares == [("items_published", 8.6, "share", 102), ("documents_published", 6.8, "share", 81),
                      ("items_published", 84.6, "share", 1007)]


# --------------------------------------------------------------------------- z97: outcomes, requests, picture explainers

@pytest.mark.parametrize("label, metric", [
    ("“非政府信息”", "applications_unavailable"),  # as earlier batches annotated it (z97 read other)
    ("“非本单位掌握信息”", "applications_unavailable"),
    ("非本部门掌握信息", "applications_unavailable"),
    ("“政府信息不存在”", "applications_unavailable"),
    ("“不予公开”", "applications_denied"),
])
def test_quoted_outcomes_after_the_answered(label, metric):
    found = figures(f"受理依申请公开数量27件,已答复件数27件,其中:{label}4件。")
    assert (metric, 4) in found


def test_applications_called_requests():
    found = figures("2024年,本单位接到依申请公开方面的诉求2件,均依法作出答复。")
    assert ("applications_received", 2) in found
    assert ("messages_handled", 2) not in found and ("applications_handled", 2) not in found


def test_a_picture_explainer_in_a_list_of_interpretations():
    assert ("policy_interpretations", 40) in figures("解读形式包括文字解读44条、负责人解读4条、一图读懂40条。")


# --------------------------------------------------------------------------- z101: catalogues of powers, documents filed

def test_the_kinds_of_a_bodys_powers_and_services_are_service_items():
    found = figures("公开行政确认事项19项,其他行政权力事项3项,一次办事项60项,网上办事项67项,政务服务事项207项。")
    assert [v for m, v in found if m == "service_items"] == [19, 3, 60, 67, 207]


def test_documents_sent_to_the_disclosure_office_are_documents():
    assert ("documents_published", 20) in figures("全年公开政府信息1094条。向省政府信息公开办送交备案20件。")


def test_a_wording_after_a_separator_labels_the_next_number():
    # (在线访谈 2 次、意见征集 17 次: 意见征集 is the 17's, not the 2's read after it)
    found = figures("开展在线访谈2次、意见征集17次、回应关切22条。")
    assert ("consultations", 17) in found and ("consultations", 2) not in found
    assert ("online_interviews", 2) in found
    # (…栏目归集 20 个部门文件 223 条: without a separator the wording after the number is its own)
    assert ("departments", 20) in figures("“履职依据”栏目归集20个部门文件223条。")


@pytest.mark.parametrize("text, expected", [
    # the applications counted after the verb that handled them are the handled ones
    ("收到政府信息公开申请22件,上年度结转2件。本年度办理的24件信息公开申请中,予以公开9件。", ("applications_handled", 24)),
    ("全市接收政府信息公开申请557件。依法依规办结的551件依申请公开中:予以公开300件。", ("applications_handled", 551)),
    ("2025年完成依申请政府信息公开申请1件,并及时出具答复告知书。", ("applications_handled", 1)),
    # …and a number first without that verb is still the applications received
    ("本年度共有24件信息公开申请,均已按时答复。", ("applications_received", 24)),
])
def test_applications_handled_named_by_the_verb_before_their_count(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, present, absent", [
    # received + carried over summed: the applications to answer, no figure of the vocabulary
    ("本年度全市接收政府信息公开申请557件,上年度结转4件,合计561件。", [], [561]),
    # …unless what they are is said after the number
    ("共收到政府信息公开申请6件,上年度结转1件,共计7件已依法答复完毕。", [("applications_handled", 7)], []),
    # outcomes summed: the answered
    ("本年度收到申请10件,其中予以公开3件、不予公开2件,共计5件。", [("applications_handled", 5)], []),
])
def test_a_sum_of_application_counts(text, present, absent):
    found = figures(text)
    assert all(p in found for p in present)
    assert all(v not in [value for _, value in found] for v in absent)
    assert ("applications_carried_over", 561) not in found and ("applications_carried_over", 7) not in found


# --------------------------------------------------------------------------- z100: carried into this year, cases assisted, the 12345 platform

def test_cases_brought_into_this_year_and_cases_assisted():
    text = ("全年共办理政府信息公开申请69件,含2023年转至今年办理的3件,办结68件,剩余1件结转下一年度处理,"
            "完成市政府办公室协办件13件,已按要求答复。")
    found = figures(text)
    assert ("applications_carried_over", 3) in found and all(v != 13 for _, v in found)
    report = textmine.audit("某区2024年政府信息公开工作年度报告\n一、总体情况\n" + text)
    assert "FAIL" not in statuses_of(report, "breakdown.sum")


def test_suggestions_by_role_keep_their_assisted_part():
    found = figures("办理人大代表建议22件(主办件19件、协办件3件)。")
    assert ("npc_suggestions", 3) in found


def test_the_service_lines_platform_taking_up_cases():
    assert ("hotline_cases", 47276) in figures("政府信息依申请公开件53件,政务服务12345平台受理47276件,全部按期答复。")


def test_the_parts_of_normative_documents_by_issuer_are_normative_documents():
    found = figures("2021年,我区主动公开规范性文件81件,其中市政府文件10件,市政府办文件18件;区政府文件29件,区政府办文件24件。")
    assert [v for m, v in found if m == "normative_documents_issued"] == [81, 10, 18, 29, 24]
    report = textmine.audit("某区2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我区主动公开规范性文件81件,"
                            "其中市政府文件10件,市政府办文件18件;区政府文件29件,区政府办文件24件。")
    assert statuses_of(report, "breakdown.sum") == ["PASS"]
    # other documents beside the normative ones stay documents, no part of them
    assert ("documents_published", 20) in figures("全年制发规范性文件5件,废止2件,其他文件20件。")


def test_applications_named_after_their_number_and_the_running_total_after_them():
    report = textmine.audit("某局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局收到1份要求公开政府信息的申请,历年累计8份。\n")
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("applications_received", 1, "annual"), ("applications_received", 8, "cumulative")]
    assert ("applications_received", 1) in figures("2021年,县乡村振兴局收到1条自然人公开信息申请。")


def test_received_and_answered_with_the_noun_left_out_and_a_business_applicant():
    found = figures("2025年共收到并依法答复政府信息公开95件(含上年度结转申请7件)。")
    assert ("applications_received", 95) in found and ("applications_handled", 95) in found
    # (the noun left out only where the number follows: 政府信息公开工作的意见 is no application)
    assert ("applications_received", 3) not in figures("收到并处理政府信息公开工作的意见3条。")
    assert ("applications_received", 1) in figures("今年来我局收到政府信息公开申请3件,2件为自然人申请,1件为商业机构申请。")


@pytest.mark.parametrize("text, value", [
    ("成立了政务公开工作领导小组,明确了1名工作专干,确保了工作正常运行。", 1),
    ("建立了25人的政府信息公开联络员队伍。", 25),
    ("组建了80多人覆盖全区各机关、街道办和驻区单位的信息管理员队伍。", 80),
])
def test_staff_named_as_a_post_or_as_a_team(text, value):
    assert ("staff", value) in figures(text)


@pytest.mark.parametrize("text, value", [
    ("政府网站下设35个子目录。", 35),
    ("设置“机构介绍”、“办理指南”、“新闻报道”等8个核心导航栏目。", 8),
])
def test_a_websites_sub_catalogues_and_navigation_columns(text, value):
    assert ("site_columns", value) in figures(text)


# --------------------------------------------------------------------------- z103: likes, applications by content, 需报告事项

def test_the_likes_a_channel_got_are_no_part_of_what_it_published():
    text = ("2022年,全校主动公开信息4363条。其中,通过官方微信公众号共发送推文353条,官方微博发布消息3527条,"
            "官方抖音发布短视频158条,累计关注人数近338万人,获赞3.6244万。此外,通过门户网站公开325条。")
    report = textmine.audit("某学院2022年政府信息公开工作年度报告\n一、总体情况\n" + text)
    assert all(f.value != 36244 for f in report.figures)
    assert "FAIL" not in statuses_of(report, "breakdown.sum")


def test_applications_broken_down_by_content_are_no_restatement():
    text = ("2023年共收到政府信息公开申请2宗,均为自然人通过网上提交申请。从申请内容来看,1宗申请我中心依申请公开的文件,"
            "1宗申请我中心与法院往来的函件。")
    report = textmine.audit("某中心2023年政府信息公开工作年度报告\n一、总体情况\n" + text)
    assert "FAIL" not in statuses_of(report, "narrative.restated")


def test_an_outline_closed_by_xu_baogao_shixiang_is_no_figure():
    found = figures("本报告全文包括总体情况、主动公开政府信息情况、政府信息公开行政复议和诉讼情况、存在的主要问题及改进情况、"
                    "其他需报告事项等六项内容。")
    assert found == []


def test_a_term_begun_by_a_numeral_and_ci_is_no_count():
    found = figures("共收到申请4件,申请内容主要涉及二次供水许可证信息、窗口单位纠纷解决办法等方面。")
    assert found == [("applications_received", 4)]
    assert ("inspections", 2) in figures("全年开展专项检查二次。")


def test_a_websites_first_and_second_level_catalogues():
    assert [v for m, v in figures("网站设置了10个一级目录和48个二级目录。") if m == "site_columns"] == [10, 48]


def test_a_preamble_naming_the_report_by_another_year_fails():
    # (settled at stop 39, ANNOTATION.md's year row: a copied year, z54, z61 and z40 read it so)
    text = ("2011年谷来镇人民政府信息公开年报\n引 言\n本年报是根据《条例》要求,由嵊州市谷来镇人民政府编制的2008年度政府信息公开"
            "年度报告。\n一、概述\n2011年我单位的政府信息公开工作稳步推进。\n")
    report = textmine.audit(text)
    assert [f.status for f in report.findings if f.rule == "text.report_year" and f.status != "PASS"] == ["FAIL"]


@pytest.mark.parametrize("preamble", [
    "根据《条例》和省、市相关规定,特向社会公布2015年度本级政府信息公开工作年度报告。",
    "本报告系根据《条例》及相关文件要求编制,总结某区人民政府办公室2015年政府信息公开工作情况。",
])
def test_other_ways_a_preamble_names_the_reports_year(preamble):
    text = f"2016年某县文广新局政府信息公开工作年度报告\n{preamble}\n一、概述\n2016年,我局主动公开政府信息56条。\n"
    report = textmine.audit(text)
    assert [f.status for f in report.findings if f.rule == "text.report_year" and f.status != "PASS"] == ["FAIL"]


def test_what_came_in_on_the_12345_line():
    found = figures("全年共受理12345群众来电问题23件,办结23件,办结率100%。")
    assert found.count(("hotline_cases", 23)) == 2


def test_an_archives_readers():
    assert ("reading_visitors", 412) in figures("全年接待各类来馆查档人员412人次,利用档案2061卷次。")


# --------------------------------------------------------------------------- z104–z105: a department named short, applications

def test_a_department_named_short_by_its_level_word_is_a_county_department():
    text = ("一、总体情况\n2025年,区城乡建设局聚焦中心工作和重点领域,积极推进全过程公开。通过区政府门户网站主动公开信息74条。\n"
            "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
            "规章 |\n2 |\n0 |\n0 |\n行政规范性文件 |\n0 |\n0 |\n0 |\n")
    report = textmine.audit(text)
    assert report.agency_identity.level == "county_department"
    assert statuses_of(report, "active_disclosure.regulations_issuer") == ["FAIL"]


@pytest.mark.parametrize("text, expected", [
    ("2020年,我局共收到公民、法人和其他组织提出的公开政府信息的申请2条,及时办结。", ("applications_received", 2)),
    ("2023年,某区税务局收到2条公众通过“依申请公开栏目”提交的申请,皆在规定时限内答复。", ("applications_received", 2)),
    ("全年共通过各级媒体刊登(播出)新闻144条,其中人民网4条。", ("items_published", 144)),
])
def test_applications_asked_by_the_public_and_news_carried(text, expected):
    assert expected in figures(text)


def test_a_list_of_columns_goes_on_past_the_concerns_column():
    report = textmine.audit("某局2021年政府信息公开工作年度报告\n一、总体情况\n共公开信息计239条,其中:机构领导栏目37条,政策解读栏目12条,"
                            "决策部署落实情况栏目30条,财政资金栏目15条,回应关切栏目16条,应急管理栏目12条,新闻发布栏目6条,"
                            "监督保障栏目20条,其他公开栏目91条。")
    assert statuses_of(report, "breakdown.sum") == ["PASS"]


def test_the_old_tables_pending_and_unclear_requests():
    found = figures("共收到申请0件,尚未办理0件,已经办理了0件,其中同意公开的有0件,申请内容不明确的有0件。")
    assert ("applications_carried_forward", 0) in found and ("applications_unavailable", 0) in found


def test_service_matters_named_in_quotes():
    found = figures("推出11大类165项“一次不用跑”清单,公告7大类133项“同城通办”办税事项。")
    assert [v for m, v in found if m == "service_items"] == [165, 133]


def test_interpretations_named_first_beside_another_kind_are_items():
    assert ("items_published", 2305) in figures("通过官方微博和微信公众号等平台发布政策解读、宣传稿件2305篇。")
    assert ("policy_interpretations", 23) in figures("发布政策解读稿件23篇。")


@pytest.mark.parametrize("text, expected", [
    ("共收到依申请公开案件5件,予以公开1件,所申请信息已主动公开2件,均按时答复。", ("applications_granted", 2)),
    ("全区收到政府信息公开申请278件,办结274件(含上年结转3件),结转下年度继续办理政府信息公开申请7件。",
     ("applications_carried_forward", 7)),
])
def test_already_public_and_carried_forward_named_as_applications(text, expected):
    assert expected in figures(text)


def test_a_count_restated_as_concluded_is_the_handled():
    found = figures("2023年,共收到政府信息公开申请14件。其中,自然人申请13件,法人或其他组织申请1件。14件政府信息公开申请已全部办结。")
    assert ("applications_received", 14) in found and ("applications_handled", 14) in found
