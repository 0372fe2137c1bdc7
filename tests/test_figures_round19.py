"""Round 19 (stop 42): classes the dev2 pages' remaining errors showed (the index holds almost no fresh
figure pages). Fixtures are written here in the shapes of those pages (no page text is copied)."""
from __future__ import annotations

from functools import partial

import textmine

from figure_text import audit_narrative as audit, audited, audited as figures, statuses

labelled = partial(audited, fields=("metric", "value", "category"))


# --------------------------------------------------------------------------- NPC / CPPCC papers published

def test_suggestions_and_proposals_made_public_are_items_published():
    # the papers published, named right after the publishing verb, with or without 办理 in their label
    assert labelled("全年主动公开本级人大代表建议18件,政协委员提案27件,市人大建议 2 件。") == [
        ("items_published", 18, "人大代表建议"), ("items_published", 27, "政协委员提案"),
        ("items_published", 2, "市人大建议")]
    # one more kind in a 、 list of what was made public, counted in 次 like its neighbours
    assert figures("2023年我局公开政策解读3次、会议公开9次、人大提案5次、政协提案11次、疫情专题86条。") == [
        ("policy_interpretations", 3), ("items_published", 9), ("items_published", 5), ("items_published", 11),
        ("items_published", 86)]
    # the total word closing the label is no part of the category
    assert labelled("及时发布对人大代表建议的会办意见共6条。") == [("items_published", 6, "人大代表建议的会办意见")]


def test_suggestions_handled_stay_the_suggestions_when_the_clause_says_the_handling():
    # 办理 between the publishing verb and the label (or before the verb in its clause): the count handled
    assert figures("全年公开办理人大建议21件。") == [("npc_suggestions", 21)]
    assert figures("集中办理答复并主动公开人大政协建议提案15件。") == [("npc_cppcc_items", 15)]
    # and with no publishing verb at all
    assert figures("全年办理人大代表建议8件。") == [("npc_suggestions", 8)]


# --------------------------------------------------------------------------- counts without their unit

def test_a_count_after_information_without_its_unit_glued_to_the_next_clause():
    found = labelled("2024年,我镇主动公开政府信息73,其中惠农补贴信息51公开内容主要包括补贴发放等。"
                     "通过便民服务中心公开政府信息132通过电子显示屏滚动播放。")
    assert found == [("items_published", 73, None), ("items_published", 51, "惠农补贴信息"),
                     ("items_published", 132, None)]
    # a number glued to any other word stays no figure (a page number, a code inside a sentence)
    assert figures("经审核,全年共处理信息12办结群众事项。") == []


def test_a_kind_of_information_made_public_counted_in_postings():
    assert labelled("全年主动公开抽检信息19次(其中食品类8次、药品类11次),更新人事信息4次。") == [
        ("items_published", 19, "抽检信息"), ("items_published", 8, "食品类"), ("items_published", 11, "药品类"),
        ("items_published", 4, "人事信息")]
    # 次 after information that was not made public is no count of items
    assert figures("全年开展信息安全检查4次。") == [("inspections", 4)]


# --------------------------------------------------------------------------- no figures

def test_the_steps_of_a_procedure_counted_are_no_figure():
    assert figures("依申请公开严格按照登记、审核、答复、送达、行政复议和行政诉讼、归档八个环节办理。") == []
    assert figures("申请办理分为受理、审查、答复、存档四个流程。") == []


def test_a_rhythm_set_in_a_rule_is_no_count():
    assert figures("建立例会制度,每月召开一次政务公开联席会议,每季度组织一次信息公开培训。") == []
    assert figures("全年组织信息公开培训3次。") == [("trainings", 3)]


# --------------------------------------------------------------------------- fresh batches z122–z124 (reports of 2022–2025)

def test_carried_over_and_forward_in_more_wordings():
    assert figures("2024年,全区各级行政机关收到政府信息公开申请583件,结转上年未办结申请11件,全年作出答复580件。") == [
        ("applications_received", 583), ("applications_carried_over", 11), ("applications_handled", 580)]
    assert figures("2025年,我局共收到政府信息公开申请25件,转至2026年办理2件,均及时回复。") == [
        ("applications_received", 25), ("applications_carried_forward", 2)]
    assert figures("收到申请3件,办结3件。下年度继续办理0件。")[-1] == ("applications_carried_forward", 0)


def test_applicants_counted_are_not_the_applications():
    assert figures("2024年,全区各级行政机关收到187个申请人提出的政府信息公开申请583件。") == [
        ("applications_received", 583)]
    # a count of cases the applicants then withdrew stays a count
    assert figures("本年度收到申请7件,其中1件属行政执法案卷信息,6件申请人主动撤件。")[-1] == ("applications_other", 6)


def test_open_months_are_open_days():
    assert figures("举办线上线下政府开放月活动12场,参与人数超500人。")[0] == ("open_days", 12)


def test_interpretations_among_interpretations_and_beside_information():
    assert figures("深化政策解读工作机制,发布政策解读、草案解读31条。") == [("policy_interpretations", 31)]
    assert figures("依托微信公众号推出17篇政策解读推文。") == [("policy_interpretations", 17)]
    # interpretations coordinated with information in general: items of both
    assert figures("累计主动公开信息及政策解读材料44条。") == [("items_published", 44)]


def test_suggestions_and_proposals_named_the_other_way_round():
    assert labelled("2025年,共收到提案、建议19件,其中主办11件、会办8件。") == [
        ("npc_cppcc_items", 19, None), ("npc_cppcc_items", 11, "主办"), ("npc_cppcc_items", 8, "会办")]


def test_the_outcome_of_every_application_after_how_it_was_found():
    assert figures("本年度共收到政府信息公开申请4起,经核查均为不属于本机关负责公开的信息。") == [
        ("applications_received", 4), ("applications_unavailable", 4)]


def test_a_number_in_a_bracket_glossing_an_outcome_is_no_restatement():
    report = audit("共受理政府信息公开申请7件,答复7件。予以公开3件(主动公开1件,依申请公开2件);无法提供1件;"
                   "不予处理3件。")
    restated = [f for f in report.findings if f.rule == "narrative.restated"]
    assert [f.status for f in restated] == ["UNCERTAIN"]
    # said twice outside any bracket, the same fact with two values is a FAIL
    report = audit("共受理政府信息公开申请7件。\n(二)依申请公开情况\n本年度收到政府信息公开申请9件。")
    assert statuses(report, "narrative.restated") == ["FAIL"]


def test_a_preamble_year_against_the_statistics_period_points_at_both():
    text = ("根据《条例》规定,特向社会公布2023年度本级政府(机关)信息公开工作年度报告。本报告中所列数据的统计期限自2024年"
            "1月1日起至2024年12月31日止。\n一、总体情况\n2024年,我局收到政府信息公开申请6件,办结6件。\n")
    report = textmine.audit(text)
    year = [f for f in report.findings if f.rule == "text.report_year" and f.status == "FAIL"]
    assert len(year) == 1
    preamble = text.index("2023年度")
    assert any(e.start == preamble for e in year[0].evidence)
    # the period after the report year: either may be the slip, the message does not blame the period
    assert "有一处有误" in year[0].message


def test_a_total_word_before_one_named_kind_opens_no_list():
    report = audit("2025年度共计公开财政预决算信息2条,重点领域信息2条,其他类信息11条。")
    assert [(f.value, f.parent, f.category) for f in report.figures] == [
        (2, None, "财政预决算"), (2, None, "重点领域信息"), (11, None, "其他类")]
    assert not [f for f in report.findings if f.rule == "breakdown.sum"]


def test_documents_and_notices_and_a_count_then_its_information_opening_a_list():
    found = audit("2025年度主动公开的47条政府信息中,机构信息8条,文件通知信息26条,规划计划信息4条。").figures
    assert [(f.metric, f.value, f.parent) for f in found] == [
        ("items_published", 47, None), ("items_published", 8, 0), ("documents_published", 26, 0),
        ("items_published", 4, 0)]


def test_labels_sharing_one_number_are_named_each_in_the_breakdown_message():
    report = audit("全年公开政府信息962条,其中年度报告、公开指南、标准目录各1条,财政预决算2条,工作动态950条。")
    message = next(f.message for f in report.findings if f.rule == "breakdown.sum")
    assert "年度报告1条＋" in message and "标准目录1条＋" in message and "、" not in message.split("（")[1].split("）")[0]


# --------------------------------------------------------------------------- z125–z126 (2021 departments, 2022–23 townships)

def test_parts_of_the_applications_named_by_their_outcome():
    found = audit("我局今年共收到政府信息公开申请6件(均为网页申请),其中4件属于非本部门掌握,2件属于已主动公开。").figures
    assert [(f.metric, f.value, f.parent) for f in found] == [
        ("applications_received", 6, None), ("applications_unavailable", 4, 0), ("applications_granted", 2, 0)]
    # the outcome said of every case of the total stays a second figure on the total's number
    assert figures("收到申请4件,均及时予以公开。") == [("applications_received", 4), ("applications_granted", 4)]


def test_a_history_of_three_or_more_years_is_no_figure_of_the_earlier_years():
    report = audit("4、历年数据对比情况。2019年办理政府信息公开申请1件,2020年办理3件,2021年办理2件。")
    assert [(f.metric, f.value) for f in report.figures if f.value in (1, 3)] == []
    assert not [f for f in report.findings if f.rule == "narrative.restated" and f.status == "FAIL"]
    # two years side by side compare them: both stay, with the change
    assert figures("2023年受理申请21件,2024年受理申请17件,减少4件。")[:2] == [
        ("applications_received", 21), ("applications_received", 17)]


def test_statistical_bulletins_are_no_gazette():
    found = audit("2021年累计发布国民经济和社会发展统计公报1条,统计信息分析26条、工作动态102条。").figures
    assert [(f.metric, f.value, f.channel) for f in found] == [
        ("items_published", 1, None), ("items_published", 26, None), ("items_published", 102, None)]
    assert not [m for m, _ in figures("发布第四次全国经济普查系列公报10份。") if m.startswith("gazette")]
    assert figures("全年编印《区政府公报》12期3600份。") == [("gazette_issues", 12), ("gazette_copies", 3600)]


# --------------------------------------------------------------------------- z127 (2019–2020 reports)

def test_a_page_scraped_from_the_old_outline_s_overview_sub_headings_is_a_fragment_not_refused():
    report = textmine.audit("选择搜索类型\n请输入搜索\n(一)政府信息公开工作机构和人员设置情况\n我市设立了政务公开领导小组,"
                            "领导小组办公室设在市政管办。全市从事政府信息公开工作人员860名,其中市本级90名。\n"
                            "(二)建立健全政府信息公开工作制度情况\n2019年修订印发《市人民政府工作规则》,推进行政决策公开、执行公开。\n")
    # (two of the three kinds of report wording without the sub-headings: not enough to call it a report)
    assert report.metadata.fragment
    assert [(f.metric, f.value) for f in report.figures][:2] == [("staff", 860), ("staff", 90)]


def test_parts_joined_by_dun_that_make_the_total_then_a_comma_and_another_count():
    report = audit("我委2024年度共主动公开政府信息300条,其中,机构职能类8条、工作动态270条、水务信息10条、营商环境信息12条,"
                   "行政许可及行政处罚“双公示”560条。")
    assert statuses(report, "breakdown.sum") == ["PASS"]
    # the same parts all joined by 、: the list runs on, and the sum over the total is a FAIL
    report = audit("我委2024年度共主动公开政府信息300条,其中,机构职能类8条、工作动态270条、水务信息10条、营商环境信息12条、"
                   "其他信息560条。")
    assert statuses(report, "breakdown.sum") == ["FAIL"]


def test_an_appendix_after_the_count_of_parts_may_be_the_missing_part():
    text = ("某区2019年政府信息公开工作年报\n本报告全文由概述、主动公开政府信息情况、依申请公开政府信息情况、因政府信息公开申请"
            "行政复议及提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进措施、其它需报告的事项等七个部分组成,"
            "并附相关指标统计附表。\n一、概述\n2019年,我区主动公开信息120条。\n")
    assert statuses(textmine.audit(text), "narrative.listed_count") == ["UNCERTAIN"]
    without = text.replace(",并附相关指标统计附表", "")
    assert statuses(textmine.audit(without), "narrative.listed_count") == ["FAIL"]


# --------------------------------------------------------------------------- z128 (province departments, city governments)

def test_suits_the_body_answered_and_their_outcome():
    assert figures("全年共收到政府信息公开申请56件,均在法定期限内依法办结,应对政府信息公开诉讼3起,均胜诉。") == [
        ("applications_received", 56), ("lawsuits", 3), ("lawsuits_upheld", 3)]


def test_an_outcome_cut_by_the_page_end_before_its_own_count_is_no_outcome_of_all():
    found = textmine.audit("某局2025年政府信息公开工作年度报告\n一、总体情况\n2025年,我局共收到依申请公开9件,已办结8件,"
                           "结转下年度").figures
    assert [(f.metric, f.value) for f in found] == [("applications_received", 9), ("applications_handled", 8)]


# --------------------------------------------------------------------------- z129–z130 (zones; northern counties)

def test_documents_that_are_not_normative_and_documents_with_their_interpretations_each():
    assert labelled("2022年,县政府及县政府办公室主动公开政策文件75件,规范性文件3件,其他一般性文件72件。") == [
        ("documents_published", 75, None), ("normative_documents_issued", 3, None),
        ("documents_published", 72, "其他一般性文件")]
    assert figures("2023年,共发布政策文件及解读各6件、政府工作报告1个。")[:2] == [
        ("documents_published", 6), ("policy_interpretations", 6)]
    # without 各 the label is one kind of item counted once
    assert figures("2023年,共发布政策文件及解读6件。") == [("documents_published", 6)]


def test_received_and_handled_with_what_is_asked_named_first():
    assert figures("全年共收到和处理政府信息依申请公开申请13件,予以公开10件,不予公开3件。")[:2] == [
        ("applications_received", 13), ("applications_handled", 13)]


def test_the_rest_of_a_list_of_labelled_parts_is_one_more_part():
    found = audit("主动公开信息中,科教文体卫生类信息2条,占比9%;安全生产、应急管理类信息 2条,占比9%;其他18条,占比82%。").figures
    assert [(f.metric, f.value, f.category) for f in found if f.unit == "条"] == [
        ("items_published", 2, "科教文体卫生类"), ("items_published", 2, "应急管理类"), ("items_published", 18, "其他")]
    assert [f.category for f in found if f.value == 82] == ["其他"]
    # 其他 alone after no labelled part names nothing
    assert figures("全年共收到申请5件,其他2件。")[0] == ("applications_received", 5)


# --------------------------------------------------------------------------- z132 (county departments and townships of the east)

def test_messages_concluded_and_applications_done():
    assert figures("回应各类关切40多条,留言办结196件,发布调查征集10条。")[1] == ("messages_handled", 196)
    assert figures("本年度共受理政府信息公开申请3件,已完成3件。") == [
        ("applications_received", 3), ("applications_handled", 3)]
    # not done: no count of the answered
    assert figures("本年度共受理政府信息公开申请3件,未完成0件。")[:1] == [("applications_received", 3)]


def test_public_opinion_answered_is_no_application_handled():
    assert figures("全年办理回复网络舆情13条;微信公众号推送300余条。")[0] == ("hot_topics_responded", 13)
    assert figures("收到政府信息公开申请5件,办理回复5件。")[1] == ("applications_handled", 5)


def test_channel_parts_after_a_received_and_handled_count_are_parts_of_the_received():
    found = audit("2023年,我局共受理答复依申请公开政府信息案件6件(2件信函、4件政府网站渠道),均已按时答复。").figures
    assert [(f.metric, f.value, f.parent) for f in found] == [
        ("applications_received", 6, None), ("applications_handled", 6, None),
        ("applications_received", 2, 0), ("applications_received", 4, 0)]


def test_documents_interpreted_are_interpretations():
    assert figures("持续加大政策宣传解读力度,采用文字、图片解读本级政策文件3件。") == [("policy_interpretations", 3)]
    # documents published beside an interpretation stay documents
    assert figures("及时发布政策解读,公开政策文件12件。") == [("documents_published", 12)]


def test_none_received_from_citizens_and_bodies_and_an_outcome_of_every_case_not_held():
    assert figures("2023年,我局未收到公民、法人或其他组织要求乡政府公开政府信息的情况。") == [("applications_received", 0)]
    assert figures("2022年度,我委共收到政府信息公开申请1件,为本机关不掌握的信息。") == [
        ("applications_received", 1), ("applications_unavailable", 1)]
    # a part named by the same words with its own count stays that part
    assert ("applications_unavailable", 5) in figures("收到申请9件,其中予以公开4件,本机关不掌握相关信息5件。")


# --------------------------------------------------------------------------- z133–z134 (northern and border counties)

_TABLE_2019 = """某县某街道办事处2019年政府信息公开工作年度报告
一、总体情况
2019年,我街道主动公开政府信息36条。
二、主动公开政府信息情况
| 第二十条第(一)项 | | | |
| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
| 规章 | {made} | 1 | 1 |
| 规范性文件 | 0 | 0 | 0 |
三、收到和处理政府信息公开申请情况
本年度未收到政府信息公开申请。
"""


def test_a_street_office_that_published_but_made_no_rule_is_uncertain_not_a_fail():
    issuer = "active_disclosure.regulations_issuer"
    made_none = textmine.audit(_TABLE_2019.format(made=0)).findings
    assert [f.status for f in made_none if f.rule == issuer] == ["UNCERTAIN"]
    made_one = textmine.audit(_TABLE_2019.format(made=1)).findings
    assert [f.status for f in made_one if f.rule == issuer] == ["FAIL"]


def test_matters_licensed_and_the_cases_handled_under_them():
    report = audit("2023年度我局行政许可共11个事项,其中林木采伐许可证共办理466件,征占用草原许可共办理64个,"
                   "征占用林地手续共办理2个。")
    # the cases handled under each matter, named by it (not by the verb phrase 共办理)
    assert [(f.metric, f.value, f.category) for f in report.figures[1:]] == [
        ("licence_decisions", 466, "林木采伐许可证"), ("licence_decisions", 64, "征占用草原许可"),
        ("licence_decisions", 2, "征占用林地手续")]
    # cases handled against a count of matters: no sum is judged
    assert statuses(report, "breakdown.sum") == ["UNCERTAIN"]
