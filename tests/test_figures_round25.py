"""Round 25 (stop 48): classes from the fresh blind batches z184–z191 and the rebuilt dev2 pages (a service
hall's approvals handled; a change whose clause names what changed; matters named by their kind of service).
Fixtures are written here in the shapes of the real pages (no page text is copied)."""
from __future__ import annotations

import textmine

from figure_text import audit_narrative as audit, audited as figures, statuses


# --------------------------------------------------------------------------- a service hall's approvals

HALL = ("行政审批局全年共受理办结审批1840件,累计压缩审批时间9600天,平均审批效率提高了61.2%。"
        "同时推行跨层级联办,共办结事项5件。")


def test_approvals_handled_are_licensing_decisions_not_applications():
    got = figures(HALL)
    assert ("licence_decisions", 1840) in got
    assert not any(metric.startswith("applications_") for metric, _ in got)


def test_approval_matters_handled_are_licensing_decisions():
    assert ("licence_decisions", 412) in figures("2021年共办结审批事项412件,群众满意率100%。")


def test_disclosure_applications_handled_stay_applications():
    got = figures("全年共受理政府信息公开申请6件,办结6件。")
    assert ("applications_handled", 6) in got and ("licence_decisions", 6) not in got


def test_matters_handled_across_levels_are_a_part_not_the_same_fact_restated():
    got = statuses(audit(HALL), "narrative.restated")
    assert "FAIL" not in got


# --------------------------------------------------------------------------- what changed, named in its clause

def test_a_rise_whose_clause_names_another_quantity_is_no_change_of_the_count_before():
    got = [f for f in audit(HALL).figures if f.value == 61.2]
    assert got == []


def test_a_bare_change_right_after_a_count_is_still_that_count_changed():
    got = [(f.metric, f.kind, f.direction) for f in audit("全年受理申请87件,减少12件。").figures if f.value == 12]
    assert got == [("applications_received", "change", "down")]


def test_a_bare_change_of_the_number_of_items_is_still_a_change():
    got = [(f.metric, f.kind) for f in audit("全年受理申请87件,数量增长了12%。").figures if f.value == 12]
    assert got == [("applications_received", "change")]


# --------------------------------------------------------------------------- matters named by their kind of service

def test_matters_named_by_a_kind_of_service_after_their_number_are_service_items():
    got = figures("推行“一件事”改革,目前已梳理公开18个套餐服务事项清单。")
    assert ("service_items", 18) in got


def test_public_service_matters_after_their_number_stay_service_items():
    assert ("service_items", 2) in figures("公开我局3项行政权力和责任、2个公共服务事项。")


# --------------------------------------------------------------------------- applications and suits still open

STREET = ("2024年,本街道共受理政府信息公开申请15件,其中14件已在限期内答复申请人,1件还在答复限期内,答复率93%;"
          "涉信息公开行政诉讼案件3件(审结2件、1件在审)。")


def test_an_application_still_within_its_answering_time_is_carried_forward():
    got = figures(STREET)
    assert ("applications_carried_forward", 1) in got and ("applications_handled", 1) not in got


def test_a_suit_still_being_heard_is_pending():
    got = figures(STREET)
    assert ("lawsuits_pending", 1) in got and ("lawsuits", 1) not in got


def test_a_review_named_for_its_check_is_no_pending_case():
    got = figures("行政复议案件2件,在审查期间撤回1件。")
    assert ("reconsiderations_pending", 1) not in got


# --------------------------------------------------------------------------- the rest of the outcomes, 其他 alone

def test_other_alone_after_the_outcomes_is_the_other_handling():
    text = "收到政府信息公开申请6件,已办结6件,其中予以公开2件,部分公开1件,无法提供3件,其他0件,结转下年度继续办理0件。"
    got = figures(text)
    assert ("applications_other", 0) in got and ("applications_handled", 0) not in got
    assert "FAIL" not in statuses(audit(text), "breakdown.sum")


def test_other_alone_after_the_applicants_stays_applications():
    got = figures("收到政府信息公开申请4件,其中来自自然人3件,其他1件。")
    assert ("applications_other", 1) not in got


# --------------------------------------------------------------------------- the people a training reached

def test_the_staff_a_training_reached_are_the_people_trained():
    got = figures("全年开展政务公开业务培训9场,覆盖各科室、村居相关工作人员超400人次。")
    assert ("trainings", 9) in got and ("training_attendance", 400) in got


def test_people_reached_by_something_else_are_not_trained():
    assert ("training_attendance", 5000) not in figures("政策宣传活动覆盖群众5000人次。")


# --------------------------------------------------------------------------- lists that name every part

def test_a_list_closing_with_the_rest_of_what_was_published_is_complete():
    text = ("主动公开政府信息120条,其中工作动态类信息60条;公示公告类信息30条;政策类信息14条;"
            "其他主动公开类信息8条。")
    got = statuses(audit(text), "breakdown.sum")
    assert got == ["FAIL"]


def test_a_paragraph_opening_with_the_list_breaks_down_the_count_closing_the_one_before():
    text = ("我局通过县政府门户网站主动公开信息90条。\n"
            "具体包括履职依据2条,法规文件1条,通知公告6条,建议提案12条,行政执法公示30条,其他信息31条。")
    got = audit(text)
    parts = [f for f in got.figures if f.parent is not None]
    assert [f.value for f in parts] == [2, 1, 6, 12, 30, 31]
    assert statuses(got, "breakdown.sum") == ["FAIL"]


def test_a_list_after_a_paragraph_that_says_more_after_its_count_stays_apart():
    text = "全年主动公开信息90条,网站访问量12万次。\n其中,群众反映问题3件。"
    got = audit(text)
    assert not [f for f in got.figures if f.value == 3 and f.parent is not None]


# --------------------------------------------------------------------------- the outline's stated parts

def _outline(listed: str, stated: str):
    return textmine.audit(f"某区卫生健康局2024年政府信息公开工作年度报告\n本报告由{listed}{stated}组成。\n"
                          "一、总体情况\n本年度主动公开政府信息56条。\n")


def test_platforms_named_with_the_information_they_carry_are_a_part_of_the_outline():
    text = _outline("总体情况、主动公开政府信息情况、依申请公开情况、政府信息管理情况、政府信息平台建设情况、监督保障情况、"
                    "存在的主要问题及改进情况和其他需要报告的事项", "六个部分")
    assert statuses(text, "narrative.listed_count") == ["FAIL"]


def test_two_different_titles_of_the_old_outline_are_two_parts():
    text = _outline("概述、主动公开政府信息情况、收到和处理政府信息公开申请情况、依申请公开政府信息和不予公开政府信息情况、"
                    "政府信息公开的收费及减免情况、因政府信息公开申请行政复议、提起行政诉讼的情况、存在的主要问题及改进情况",
                    "六个部分")
    assert statuses(text, "narrative.listed_count") == ["FAIL"]


def test_the_old_outline_counted_right_passes():
    text = _outline("概述、主动公开政府信息情况、收到和处理政府信息公开申请情况、依申请公开政府信息和不予公开政府信息情况、"
                    "政府信息公开的收费及减免情况、因政府信息公开申请行政复议、提起行政诉讼的情况、存在的主要问题及改进情况",
                    "七个部分")
    assert "FAIL" not in statuses(text, "narrative.listed_count")


def test_one_part_named_twice_stays_unsure():
    text = _outline("政府信息公开总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,"
                    "存在的主要问题及改进情况,政府信息公开工作存在的主要问题及改进情况,其他需要报告的事项", "六部分")
    assert statuses(text, "narrative.listed_count") == ["UNCERTAIN"]


def test_coaching_sessions_are_trainings():
    got = figures("持续开展优秀政策解读评选,举办政策解读专题辅导讲评会4场,以高质量解读推动政策落地。")
    assert ("trainings", 4) in got


# --------------------------------------------------------------------------- the papers of one house

HOUSES = ("2024年,我局共承办“两会”议提案40件,其中人大主办件9件(议案4件,建议5件),协办件8件(议案3件,建议5件);"
          "政协主办件10件,协办件13件。")


def test_a_part_named_by_its_role_after_a_house_named_part_is_that_houses():
    got = figures(HOUSES)
    assert ("npc_suggestions", 8) in got and ("cppcc_proposals", 13) in got
    assert ("npc_cppcc_items", 40) in got


def test_the_parts_of_a_houses_papers_are_that_houses():
    got = figures(HOUSES)
    assert ("npc_suggestions", 3) in got and ("npc_cppcc_items", 3) not in got


def test_the_role_parts_of_a_house_counted_before_them_are_that_houses():
    got = figures("共受理人大政协建议提案11件,其中区人大建议3件,主办1件、会办2件;区政协提案8件,主办5件、会办3件。")
    assert ("npc_suggestions", 1) in got and ("npc_suggestions", 2) in got
    assert ("cppcc_proposals", 5) in got and ("cppcc_proposals", 3) in got


def test_a_role_part_after_a_semicolon_does_not_take_the_house_before_it():
    got = figures("共办理建议提案20件,其中人大代表建议12件;主办件5件,协办件3件。")
    assert ("npc_suggestions", 5) not in got


# --------------------------------------------------------------------------- a zero drawn again as a consequence

def test_a_zero_drawn_again_as_the_consequence_of_a_zero_count_is_no_second_zero():
    got = [f for f in audit("全年受理政府信息公开申请0件,故无依申请公开相关信息。").figures
           if f.metric == "applications_received"]
    assert [(f.value, f.text) for f in got] == [(0, "受理政府信息公开申请0件")]


def test_a_zero_said_again_as_the_cause_of_another_stays_listed():
    text = ("2016年度我乡没有依申请公开的政府信息。\n四、政府信息公开的收费及减免情况\n"
            "2016年度,我乡未发生政府信息公开申请,因而未发生政府信息公开的收费及减免情况。")
    got = [f for f in audit(text).figures if f.metric == "applications_received"]
    assert len(got) == 2


# --------------------------------------------------------------------------- more wordings

def test_a_zero_said_in_words_beside_a_change_of_the_count_is_read():
    got = [f for f in audit("2025年度,本镇未收到政府信息公开申请,办理数量为0件,较2024年减少4件。").figures
           if f.metric == "applications_received" and f.value == 0]
    assert any(f.text.startswith("未收到") for f in got)


def test_interpretations_the_body_made_counted_before_them_are_interpretations():
    got = figures("转载上级政策解读6件,制作2件本单位政策解读,采用图表等多种形式。")
    assert ("policy_interpretations", 2) in got and ("policy_interpretations", 6) in got


def test_study_sessions_on_the_rules_are_trainings():
    assert ("trainings", 3) in figures("全年开展《条例》专题学习3次,业务交流5次。")


def test_reviews_and_suits_named_after_the_applications_in_a_list_of_nones_are_none():
    got = figures("截至2024年12月31日,我局未受理政府信息公开申请,行政复议和行政诉讼。")
    assert {("applications_received", 0), ("reconsiderations", 0), ("lawsuits", 0)} <= set(got)


def test_none_carried_into_the_year_named_with_its_verb_turned_round():
    got = figures("2022年,收到信息依申请公开共0件,其中书面申请0件,转办0件,0件转结2023年办结。")
    assert ("applications_carried_forward", 0) in got


def test_an_application_still_being_handled_by_its_procedure_is_carried_forward():
    got = figures("2023年,我办新收政府信息公开申请9件,上年度结转1件。其中依法办结9件,1件正在依程序办理中。")
    assert ("applications_carried_forward", 1) in got and ("applications_received", 1) not in got


# --------------------------------------------------------------------------- meetings and trainings worded round the work

def test_the_leaders_hearing_the_work_reported_are_meetings():
    assert ("meetings", 2) in figures("主要领导同志年内听取工作汇报并部署推进措施2次,确保工作落实。")
    assert ("meetings", 3) in figures("主要领导专题听取并指导有关信息公开工作3次。")


def test_a_training_whose_subjects_are_listed_before_it_is_counted():
    got = figures("积极组织了4次涵盖政策解读、新媒体应用、舆情应对的专业培训。")
    assert ("trainings", 4) in got


def test_a_study_of_the_named_rules_is_a_training():
    assert ("trainings", 2) in figures("全年,开展《政府信息公开条例》学习2次,提升业务能力。")


# --------------------------------------------------------------------------- kinds with their interpretations

def test_the_policy_q_and_a_as_one_kind_listed_is_items():
    got = figures("共发布各类信息171条,其中新闻动态8条,政策问答7条,法定主动公开内容63条。")
    assert ("items_published", 7) in got and ("policy_interpretations", 7) not in got


def test_the_policy_q_and_a_published_alone_stays_interpretations():
    assert ("policy_interpretations", 47) in figures("整理发布政策问答47条。")


def test_data_with_its_interpretation_as_one_label_is_items():
    got = figures("全年公布政府概况1条,公示公告11条,会议报告2条,统计数据及解读3条,人事信息1条。")
    assert ("items_published", 3) in got and ("policy_interpretations", 3) not in got


# --------------------------------------------------------------------------- fragments

def _metadata(text: str):
    return textmine.audit(text).metadata


BODY = ("一、总体情况\n2024年,我委认真贯彻落实《中华人民共和国政府信息公开条例》,进一步完善政府信息公开制度建设。\n"
        "(一)主动公开情况\n网站全年主动公开政府信息36条,其中行政许可类信息4条。\n"
        "(二)依申请公开情况\n全年合计受理依申请公开申请2件,均按时答复。\n")


def test_a_page_opening_with_the_preambles_contact_line_alone_is_a_fragment():
    text = "如对本报告有任何疑问,请联系:某开发区管理委员会政府信息公开办公室,电话:0591-12345678。\n" + BODY
    assert _metadata(text).fragment


def test_a_page_opening_with_its_preamble_is_no_fragment():
    text = ("根据《中华人民共和国政府信息公开条例》规定,编制本报告。如对本报告有任何疑问,请联系本委办公室。\n" + BODY)
    assert not _metadata(text).fragment


def test_a_preamble_inside_the_first_part_published_to_the_public_is_no_fragment():
    text = BODY.replace("进一步完善政府信息公开制度建设。",
                        "根据《中华人民共和国政府信息公开条例》规定,现向社会公布2024年本委政府信息公开工作报告。")
    assert not _metadata(text).fragment


# --------------------------------------------------------------------------- lists written number first

def test_a_list_written_number_first_goes_on_with_parts_labelled_by_any_noun():
    got = figures("在主动公开的信息中,有3条文件信息,17条政务信息,2条工作总结,1条面向公民的办事指南。")
    assert ("items_published", 17) in got and ("items_published", 2) in got and ("items_published", 1) in got


def test_such_parts_of_a_documents_total_are_documents():
    got = audit("政策文件类信息8条,其中包括1条政策解读,5条工作方案,1条大厅管理办法,1条志愿服务制度。").figures
    parts = [(f.metric, f.value) for f in got if f.parent is not None]
    assert ("documents_published", 5) in parts and ("items_published", 1) not in parts


def test_a_preamble_naming_the_report_in_its_own_title_marks_the_head():
    text = ("一、总体情况\n根据《中华人民共和国政府信息公开条例》的要求,北某街道依法开展2023年政府信息工作,"
            "现编制《北某街道办事处2023年政府信息公开工作年度报告》。\n(一)主动公开情况\n主动公开信息36条。\n"
            "(二)依申请公开情况\n全年收到申请2件。\n")
    assert not _metadata(text).fragment


def test_a_report_named_as_what_is_published_marks_the_head():
    text = ("2024年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,扎实推进政府信息公开工作。"
            "现公布2024年度某区商务局政府信息公开工作年度报告。\n(一)主动公开情况\n主动公开信息36条。\n"
            "(二)依申请公开情况\n全年收到申请2件。\n")
    assert not _metadata(text).fragment


# --------------------------------------------------------------------------- titles

def test_a_title_broken_inside_its_own_ending_is_joined():
    got = _metadata("大埔县某镇人民政府2023年政府信息\n公开工作年度报告\n一、总体情况\n2023年,本镇主动公开政府信息36条。\n")
    assert (got.title, got.agency, got.year, got.fragment) == (
        "大埔县某镇人民政府2023年政府信息公开工作年度报告", "大埔县某镇人民政府", 2023, False)


def test_a_title_whose_work_is_the_reports_own_is_a_title():
    got = _metadata("某乡关于2020年度政府信息公开工作的年度报告\n一、总体情况\n2020年,我乡主动公开信息20条。\n")
    assert (got.agency, got.year, got.fragment) == ("某乡", 2020, False)


def test_the_body_named_in_brackets_after_the_title_is_the_agency():
    got = _metadata("2024年政府信息公开工作年度报告(上海市某区国防动员办公室)\n一、总体情况\n主动公开信息20条。\n")
    assert (got.agency, got.year) == ("上海市某区国防动员办公室", 2024)


def test_a_list_closed_by_the_rest_of_the_statutory_contents_is_complete():
    text = ("主动公开政府信息30条。其中,发布“政府信息公开指南”1条,“机关简介”信息4条,“预算/决算”信息2条,"
            "“政策文件”3条,“其他法定主动公开内容”9条。")
    assert statuses(audit(text), "breakdown.sum") == ["FAIL"]


def test_a_preamble_cut_by_the_pages_line_break_is_still_a_head():
    assert not _metadata("根据《中华人民\n" + BODY).fragment


def test_a_preamble_reporting_the_years_work_as_follows_is_a_head():
    text = ("2022年在区委区政府的正确领导下,认真做好政府信息公开工作,不断增强信息公开实效。"
            "现将2022年度政府信息公开工作情况汇报如下:\n" + BODY)
    assert not _metadata(text).fragment


# --------------------------------------------------------------------------- z186's wordings

def test_policies_published_on_the_bodys_own_initiative_are_documents():
    got = figures("我局主动公开交通运输业纾困政策14条、公告公示12条、工作动态等信息40条。")
    assert ("documents_published", 14) in got
    assert ("documents_published", 245) in figures("公开疫情防控重要政策措施245条,公开政策解读信息26条。")


def test_policy_and_regulation_information_stays_documents_by_its_label():
    got = figures("主动公开政策法规信息75条、政策解读102条,规划计划27条。")
    assert ("documents_published", 75) in got


def test_people_following_an_account_counted_before_the_verb_are_followers():
    got = figures("大力推广“健康某区”公众号,已有6.0万人关注,2025年共发布健康信息110条。")
    assert ("new_media_followers", 60000) in got


def test_people_caring_about_matters_are_no_followers():
    assert not [m for m, _ in figures("群众普遍关注的3件事项已办结。") if m == "new_media_followers"]


def test_reports_taken_in_named_as_such_are_messages():
    assert ("messages_handled", 4) in figures("通过举报电话或邮箱受理办理安全生产举报件4件。")


def test_the_statutory_rest_without_its_kind_is_no_closing_rest():
    text = ("全年主动公开政府信息19条。其中,机关简介1条,规划信息3条,统计信息4条,预算/决算信息1条,重大项目5条,"
            "重大民生信息3条,其他法定信息2条,工作动态14条。")
    assert statuses(audit(text), "breakdown.sum") == ["FAIL"]


def test_reviews_and_suits_named_by_their_procedures_none_of_either():
    got = figures("2023年共受理政府信息依申请公开0件,进入行政复议程序、行政诉讼程序0件。")
    assert ("reconsiderations", 0) in got and ("lawsuits", 0) in got


def test_none_corrected_said_of_the_reviews_just_counted():
    got = figures("办理因政府信息公开引起的行政复议2件,未出现被纠错情形。")
    assert ("reconsiderations", 2) in got and ("reconsiderations_corrected", 0) in got


def test_none_corrected_said_alone_is_no_outcome_of_a_review():
    assert ("reconsiderations_corrected", 0) not in figures("全年发布信息20条,未出现被纠错情形。")


# --------------------------------------------------------------------------- the hotline's cases

def test_questions_answered_through_the_hotline_are_its_cases():
    got = figures("2023年,我镇主动公开各类政务信息11条,“12345政府热线”平台答复群众反映问题352个。")
    assert ("hotline_cases", 352) in got and ("applications_handled", 352) not in got


def test_cases_handled_named_as_the_hotlines_after_their_number_are_its_cases():
    assert ("hotline_cases", 657) in figures("2022年,我局共主动公开部门文件51件,办结657件12345诉求件。")


def test_the_hotline_as_one_of_several_channels_leaves_the_answers_messages_or_applications():
    got = figures("通过“某某办”、阳光理政、12345便民服务平台答复群众关心问题153条。")
    assert ("hotline_cases", 153) not in got


def test_applications_taken_in_by_the_hotline_stay_applications():
    got = figures("通过12345热线收到政府信息公开申请3件,已答复3件。")
    assert ("applications_received", 3) in got and ("applications_handled", 3) in got


def test_decisions_named_with_their_handling_and_notice_are_licensing_decisions():
    got = figures("其中审批决定公告信息13条,行政审批事项办理情况公告10条,行政许可类信息137条,工作动态20条。")
    assert ("licence_decisions", 13) in got and ("licence_decisions", 10) in got
    assert ("items_published", 137) in got


def test_outcomes_no_count_of_the_sentence_before_could_hold_are_a_fail():
    text = ("2019年,县财政局新收依申请公开1件,上年结转0件,办结1件,结转下年度继续办理0件,办结率100%。"
            "其中,予以公开2件,部分公开3件,不予公开0件,无法提供0件。")
    assert statuses(audit(text), "breakdown.sum") == ["FAIL"]


def test_parts_a_sibling_of_the_sentence_before_could_hold_stay_unsure():
    text = "全年发布政务公开信息238条、新闻动态291条、业务公开82条。其中机构职能类3条,工作动态260条。"
    assert "FAIL" not in statuses(audit(text), "breakdown.sum")


def test_the_administrative_fees_written_with_a_slip_are_those_fees():
    got = figures("全年无行政事业型收费。")
    assert ("admin_fees", 0) in got and ("info_processing_fees", 0) not in got


def test_open_days_named_as_the_governments_open_activities():
    got = figures("开展了形式多样的政府开放活动14场。")
    assert ("open_days", 14) in got and ("events", 14) not in got


# --------------------------------------------------------------------------- the books balanced by the outcomes

EVERY_OUTCOME = ("2023年收到政府信息公开申请63件,2022年结转政府信息公开申请7件。予以公开或部分公开36件,不予公开2件,"
                 "无法提供20件,不予处理1件,其他处理{other}件,结转至2024年9件。")


def test_every_outcome_named_with_both_carried_counts_balances_the_books():
    assert statuses(audit(EVERY_OUTCOME.format(other=2)), "narrative.identity") == ["PASS"]


def test_every_outcome_named_that_does_not_balance_is_a_fail():
    assert statuses(audit(EVERY_OUTCOME.format(other=1)), "narrative.identity") == ["FAIL"]


def test_outcomes_short_of_every_kind_say_nothing_of_the_books():
    text = "全年共收到政府信息公开申请70件,其中予以公开17件,不予公开6件,无法提供21件,其他处理12件。转结下年度办理1件。"
    assert "FAIL" not in statuses(audit(text), "narrative.identity")


# --------------------------------------------------------------------------- another year's none

def _report(body: str):
    return textmine.audit("某乡人民政府\n2025年政府信息公开工作年度报告\n一、总体情况\n" + body)


def test_none_stated_for_last_year_in_the_years_report_is_a_copied_year():
    got = _report("(一)主动公开方面\n2025年某乡主动公开信息42条。\n(二)依申请公开方面\n2024年某乡未收到和办理依申请公开信息。\n")
    assert statuses(got, "text.report_year") == ["FAIL"]


def test_none_stated_for_last_year_beside_this_years_count_may_compare():
    got = _report("2025年某乡主动公开信息42条。2024年某乡未收到申请,2025年某乡收到申请1件。\n")
    assert "FAIL" not in statuses(got, "text.report_year")


def test_statistical_rules_and_policy_measures_listed_are_documents():
    got = figures("共公开信息60条,其中统计法律规范4条,统计调查制度27条,统计数据发布20条,疫情防控政策措施1条,政策措施信息3条。")
    assert ("documents_published", 4) in got and ("documents_published", 27) in got and ("documents_published", 1) in got
    assert ("items_published", 20) in got and ("items_published", 3) in got


# --------------------------------------------------------------------------- z190's wordings

def test_the_reviews_and_suits_named_as_the_clauses_matter_take_its_none():
    text = "全年收到1件信息公开申请,均已按时办结。在行政复议、诉讼方面,也未收到有关政府信"
    got = audit(text)
    assert {(f.metric, f.value) for f in got.figures} >= {("reconsiderations", 0), ("lawsuits", 0)}
    assert "FAIL" not in statuses(got, "narrative.restated")


def test_responses_published_counted_before_them_are_hot_topics_answered():
    assert ("hot_topics_responded", 221) in figures("收集群众反映事项,全年共发布221条回应关切信息。")


def test_interpretations_in_several_forms_published_are_interpretations():
    assert ("policy_interpretations", 93) in figures("建立智能化政策问答平台,发布多角度、多样化解读93篇。")


def test_reads_of_an_account_and_of_the_website_worded_as_browsing():
    got = figures("公众号关注人数近64000人,浏览信息2530000余次,门户网站信息浏览约430万人次。")
    assert ("content_views", 2530000) in got and ("site_visits", 4300000) in got


def test_labels_whose_opening_quotes_were_lost_are_still_labels():
    got = figures("2017年通过通知公告栏目发布信息113条、发布动态要闻”62条、市县动态” 59条、地方政策”4条、党风廉政”3条。")
    assert ("items_published", 59) in got and ("documents_published", 4) in got and ("items_published", 3) in got
