"""Round 24 (stop 47): classes of application wordings left over from the stop-46 review (a part named
依申请公开 among the outcomes; the bare noun 申请 after a receiving verb and its number; the reason 因信息不存在).
Fixtures are written here in the shapes of the real pages (no page text is copied)."""
from __future__ import annotations

from figure_text import audit_narrative as audit, audited as figures, statuses


# --------------------------------------------------------------------------- applications in few words

def test_the_bare_noun_after_a_receiving_verb_and_its_number_is_an_application():
    got = figures("2024年,本镇全年收到7件申请,均已在法定期限内办结。")
    assert ("applications_received", 7) in got


def test_the_bare_noun_after_taking_up_is_an_application():
    assert ("applications_received", 3) in figures("本年度共受理3条申请,无行政复议和行政诉讼。")


def test_an_application_of_another_kind_named_between_is_no_disclosure_application():
    got = figures("本年度共收到5件低保申请,均已按程序审核。")
    assert ("applications_received", 5) not in got


def test_the_applicant_after_the_number_is_no_application():
    got = figures("全年接待来访群众,收到3名申请人的咨询,均已当场答复。")
    assert ("applications_received", 3) not in got


# --------------------------------------------------------------------------- the information given, among the outcomes

OUTCOME_LIST = "全年收到7件申请,均已办结。其中2件依申请公开,1件部分公开,4件不予公开。"


def test_a_part_named_by_the_disclosure_on_application_among_outcomes_is_granted():
    got = figures(OUTCOME_LIST)
    assert ("applications_granted", 2) in got and ("applications_received", 2) not in got
    assert ("applications_received", 7) in got and ("applications_denied", 4) in got


def test_outcomes_with_the_granted_part_add_up_to_the_applications():
    got = statuses(audit(OUTCOME_LIST), "breakdown.sum")
    assert got and set(got) == {"PASS"}


def test_the_disclosure_on_application_as_a_total_stays_received():
    got = figures("收到依申请公开4件,已全部按时办结。")
    assert ("applications_received", 4) in got and ("applications_granted", 4) not in got


def test_applications_of_the_disclosure_kind_before_an_outcome_list_stay_received():
    got = figures("共收到4件依申请公开申请,1件部分公开,3件予以公开。")
    assert ("applications_received", 4) in got and ("applications_granted", 3) in got


def test_a_part_named_disclosure_on_application_before_its_number_among_outcomes_is_granted():
    text = "2025年本街道收到政务公开申请11件,其中:主动公开1件,依申请公开4件,咨询2件,非政府信息1件,信息不存在3件。"
    got = figures(text)
    assert ("applications_granted", 4) in got and ("applications_received", 4) not in got
    assert set(statuses(audit(text), "breakdown.sum")) == {"PASS"}


def test_a_granted_part_with_the_next_outcome_after_its_reason_is_granted():
    text = ("2024年度共计收到5条政府信息公开申请,均在规定时限内办结。其中1条依申请公开,"
            "3条公开内容可能涉及商业秘密,不予公开,1条内容本机关未制作,也未保存,无法提供。")
    got = figures(text)
    assert ("applications_granted", 1) in got and ("applications_denied", 3) in got
    assert ("applications_unavailable", 1) in got and ("applications_received", 1) not in got


def test_the_disclosure_on_application_as_the_only_part_names_the_kind_of_all():
    got = figures("收到申请9件,其中依申请公开9件。")
    assert ("applications_granted", 9) not in got


def test_a_total_named_by_the_disclosure_on_application_before_one_outcome_stays_received():
    got = figures("全年共收到12件依申请公开,1件不予公开,其余均予以公开。")
    assert ("applications_received", 12) in got and ("applications_granted", 12) not in got


def test_applications_received_through_the_disclosure_system_are_received():
    text = "共收到政府信息公开申请15件,其中依申请公开系统收到11件、信函4件,其中予以公开9件,不予公开6件。"
    got = figures(text)
    assert ("applications_received", 11) in got and ("applications_granted", 11) not in got


# --------------------------------------------------------------------------- the reason given with 因

def test_information_that_does_not_exist_given_as_the_reason_is_unavailable():
    got = figures("共收到申请7件,其中3件因信息不存在告知申请人,4件予以公开。")
    assert ("applications_unavailable", 3) in got and ("applications_received", 3) not in got


# --------------------------------------------------------------------------- fresh batches z179–z180 (2025 reports)

def test_the_new_applications_received_and_concluded_in_one_wording_are_received():
    text = "全年累计办理依申请公开事项3件,其中上年结转1件、本年度新收并办结2件。"
    got = figures(text)
    assert ("applications_received", 2) in got and ("applications_handled", 2) not in got
    assert ("applications_carried_over", 1) in got


def test_news_about_policies_forwarded_are_items_not_the_policies():
    got = figures("通过微信公众号发布信息300条,其中转发省市县重要政策资讯268条。")
    assert ("items_published", 268) in got and ("documents_published", 268) not in got


def test_policies_published_by_a_verb_stay_documents():
    assert ("documents_published", 24) in figures("2025年,我县通过政府门户网站发布政策24条。")


# --------------------------------------------------------------------------- an outline part naming 有关 matters

OUTLINE_REPORT = ("某市商务局2016年度政府信息公开工作年度报告\n"
                  "本报告全文由概述,主动公开政府信息情况,依申请公开政府信息及有关行政复议、诉讼情况,"
                  "{fees}存在的主要问题和改进措施等五个部分组成。\n"
                  "一、概述\n2016年,我局认真落实政务公开工作要求。\n"
                  "二、主动公开情况\n全年共主动公开政务信息267条。\n")


def _listed_count(text: str) -> list[str]:
    from textmine import audit as audit_report
    return [f.status for f in audit_report(text).findings if f.rule == "narrative.listed_count"]


def test_the_you_of_youguan_inside_a_part_title_is_no_lead_of_the_outline_list():
    # five titles named, five stated: nothing to report (the list was read from 有关 on: three, a FAIL)
    assert _listed_count(OUTLINE_REPORT.format(fees="政府信息公开的收费及减免情况,")) == []


def test_an_outline_list_with_a_part_left_out_still_fails():
    assert _listed_count(OUTLINE_REPORT.format(fees="")) == ["FAIL"]


# --------------------------------------------------------------------------- rebuilt dev2 pages (z120–z178)

def test_the_bodys_own_licensing_matters_are_its_catalogue():
    got = figures("2024年我局行政许可事项13项,比上年减少3项,行政许可处理决定数量7556件。")
    assert ("service_items", 13) in got and ("licence_decisions", 13) not in got
    assert ("licence_decisions", 7556) in got


def test_licensing_matters_published_stay_decisions():
    assert ("licence_decisions", 148) in figures("在门户网站公开行政许可事项148条。")


def test_information_written_for_the_bodies_above_is_submitted():
    got = figures("全年共向旗委、政府和盟教体局编发信息147条。")
    assert ("items_submitted", 147) in got and ("items_published", 147) not in got


def test_information_written_and_published_without_a_recipient_stays_published():
    assert ("items_published", 147) in figures("全年编发信息147条。")


def test_an_application_withdrawn_by_the_party_and_one_disclosed_by_the_rules():
    got = figures("依申请公开政府信息共2项。我局及时受理,1项当事人撤销信息公开申请,1项依规予以公开。")
    assert ("applications_other", 1) in got and ("applications_granted", 1) in got


def test_applications_taken_up_and_then_disclosed_by_the_rules_are_granted_all():
    got = figures("全年累计收到政府信息公开申请2件,均已按时受理并按规定予以公开答复。")
    assert ("applications_received", 2) in got and ("applications_granted", 2) in got


def test_the_bodies_answerable_for_disclosure_are_departments():
    got = figures("目前全市共49家信息公开责任主体单位,其中部门38家,镇(街道)11家。")
    assert ("departments", 49) in got and ("departments", 38) in got and ("departments", 11) in got
    assert ("departments", 520) in figures("我市共有政务公开责任单位520个,覆盖市县乡三级。")


def test_the_body_and_year_said_before_the_first_outline_title_do_not_unsettle_the_list():
    text = ("某区民政局2021年政府信息公开工作年度报告\n"
            "本报告包括我局2021年度信息公开的总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六方面的内容。\n"
            "一、总体情况\n2021年,我局认真落实政务公开工作要求。\n")
    assert _listed_count(text) == ["FAIL"]


# --------------------------------------------------------------------------- 各 after more labels than metric wordings

def test_each_of_several_labels_in_a_list_is_a_part_even_where_a_label_names_a_document():
    text = "全年公开政府信息962条,其中年度报告、公开指南、标准目录、全清单、政策文件法治政府建设年度报告各1条,财政预决算12条。"
    got = figures(text, ("metric", "value", "category"))
    assert sum(1 for f in got if f[:2] == ("items_published", 1)) == 5
    assert ("documents_published", 1) not in [f[:2] for f in got]


def test_each_after_metric_wordings_alone_gives_each_metric():
    got = figures("公开信息50条,其中政策解读、规范性文件各2条。")
    assert ("policy_interpretations", 2) in got and ("normative_documents_issued", 2) in got


# --------------------------------------------------------------------------- reviews and suits, kind after the number

REVIEW_PARTS = ("政府信息公开类行政复议192件,行政诉讼73件,其中:140件行政复议、49件行政诉讼获维持,"
                "8件行政复议结果纠正,16件行政复议、14件行政诉讼为其他结果,其余尚未审结。")


def test_parts_of_reviews_and_suits_named_by_kind_then_outcome_are_outcomes():
    got = figures(REVIEW_PARTS)
    for expected in (("reconsiderations_upheld", 140), ("lawsuits_upheld", 49), ("reconsiderations_corrected", 8),
                     ("reconsiderations_other", 16), ("lawsuits_other", 14)):
        assert expected in got
    assert ("reconsiderations", 140) not in got and ("lawsuits", 49) not in got
    assert ("reconsiderations", 192) in got and ("lawsuits", 73) in got


def test_parts_still_pending_coordinated_by_kind():
    got = figures("政府信息公开类行政复议166件,行政诉讼44件,其中37件行政复议、8件行政诉讼尚未审结。")
    assert ("reconsiderations_pending", 37) in got and ("lawsuits_pending", 8) in got


def test_a_review_counted_by_kind_with_no_outcome_stays_a_review():
    got = figures("本年度发生3件行政复议,均为申请人不服答复提起。")
    assert ("reconsiderations", 3) in got


def test_suits_received_said_with_the_bare_word():
    got = figures("2024年度收到诉讼为3件,其中未经复议直接起诉2件,均尚未审结。")
    assert ("lawsuits", 3) in got and ("reconsiderations", 3) not in got
    assert ("lawsuits", 1) not in figures("收到诉讼请求1件。")


# --------------------------------------------------------------------------- fresh batch z182 (old-template reports)

def test_a_line_the_bodies_are_sorted_by_is_no_count():
    text = ("通报表扬了单月公开政府信息前三名及公开政府信息数超30条的单位,通报批评了公开信息少于10条的单位。"
            "针对单月未公开一条政府信息的单位,及时下发督办函。")
    got = figures(text)
    assert ("items_published", 30) not in got and ("items_published", 10) not in got
    assert ("items_published", 1) not in got


def test_a_count_said_to_exceed_a_number_stays_a_count():
    assert ("items_published", 300) in figures("全年公开信息超过300条,其中工作动态120条。")


def test_matters_that_can_be_done_on_line_are_service_matters():
    got = figures("开设办事服务栏目,共有可办理政务服务事项数量95项,88项可全程在线办理。")
    assert ("service_items", 95) in got and ("service_items", 88) in got
    assert ("service_items", 32) in figures("全区政务服务事项中32项实现全程网办。")


def test_cases_done_on_line_are_no_matters():
    assert ("service_items", 88) not in figures("全年办件数量919件,其中88件在线办理。")


# --------------------------------------------------------------------------- fresh batch z181 (development zones)

def test_cases_named_by_the_request_after_a_receiving_verb_are_applications():
    got = figures("2024年,我局受理3件依申请件,均按规进行办结。")
    assert ("applications_received", 3) in got


def test_people_who_took_part_in_a_training_named_at_length():
    text = "36个部门50余人参加了政务公开和政府信息公开工作专题培训。"
    got = figures(text)
    assert ("training_attendance", 50) in got and ("departments", 36) in got


def test_the_parts_a_whole_is_divided_into_are_no_count():
    got = figures("政府信息公开分为8个内容,据统计我镇共发布政府信息公开28条。")
    assert ("items_published", 8) not in got and ("items_published", 28) in got


def test_staff_counted_right_before_their_training_are_the_people_trained():
    got = figures("对全市各级承办部门工作人员1000多人进行业务培训,实现热线全覆盖。")
    assert ("training_attendance", 1000) in got and ("staff", 1000) not in got
    assert ("staff", 12) in figures("我局共有政务公开工作人员12人。")


# --------------------------------------------------------------------------- documents named after their number

def test_regulations_and_normative_documents_named_after_their_numbers():
    text = "2024年,我市公开了2件规章,以及11件以市政府和市政府名义印发的行政规范性文件。"
    got = figures(text)
    assert ("regulations_issued", 2) in got and ("normative_documents_issued", 11) in got
    assert ("regulations_issued", 11) not in got and ("items_published", 2) not in got


def test_the_rules_of_the_body_after_their_number_are_no_regulations():
    assert ("regulations_issued", 12) not in figures("收集整理12件规章制度,汇编成册。")


# --------------------------------------------------------------------------- fresh batch z183 (provincial departments)

def test_the_powers_a_body_lists_and_their_kinds_are_its_catalogue():
    text = ("对622项行政权力进行梳理公示,其中,行政许可32项、行政处罚495项、行政强制26项、行政确认2项、"
            "行政征收2项、行政检查15项、行政奖励2项、其他权力48项。")
    got = figures(text)
    assert ("service_items", 622) in got and ("service_items", 495) in got and ("service_items", 48) in got
    assert ("punishment_decisions", 495) not in got
    assert set(statuses(audit(text), "breakdown.sum")) == {"PASS"}


def test_a_list_separator_before_carried_forward_gives_it_to_the_next_number():
    text = ("共受理申请151件,其中,属于公开范围的55件、不予公开的48件、不属于本行政机关公开或申请信息不存在的31件、"
            "重复申请的1件、咨询说明和其他的9件、结转下年度继续办理7件。")
    got = figures(text)
    assert ("applications_other", 9) in got and ("applications_carried_forward", 7) in got
    assert ("applications_carried_forward", 9) not in got and ("applications_handled", 7) not in got


def test_other_applications_in_a_list_by_channel_stay_received():
    got = figures("共收到申请20件,其中网上申请15件,其他的5件。")
    assert ("applications_received", 5) in got and ("applications_other", 5) not in got


def test_modules_named_are_a_count_of_kinds_and_a_second_pass_no_count():
    assert figures("开设“行政许可结果”、“行政处罚结果”、“执法检查信息”等十二个模块。") == []
    assert ("policy_interpretations", 2) not in figures("对重要政策文件同步配套解读,做好二次解读。")
    assert ("policy_interpretations", 2) in figures("全年开展政策解读2次。")


def test_an_outline_closing_with_the_matters_to_explain_is_no_count():
    text = ("全文包括总体情况、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开类行政复议、行政诉讼和举报申诉等情况、"
            "存在的主要问题和改进情况、其他需要说明的事项六项内容。")
    assert figures(text) == []


def test_the_templates_category_names_with_he_are_whole_labels():
    got = figures("本年度主动公开信息332条,重大建设项目批准和实施24条,国民经济和社会发展规划10条。",
                  ("metric", "value", "category"))
    assert ("items_published", 24, "重大建设项目批准和实施") in got
    assert ("items_published", 10, "国民经济和社会发展规划") in got


def test_npc_papers_counted_in_cases_after_items_in_tiao_stay_the_papers():
    text = "本年度主动公开信息332条,重大建设项目批准和实施24条,人大建议和政协提案办理共计11件,其中人大建议办理6件,政协提案办理5件。"
    got = figures(text)
    assert ("npc_cppcc_items", 11) in got and ("npc_suggestions", 6) in got and ("cppcc_proposals", 5) in got
    assert ("items_published", 24) in got


def test_npc_answers_in_the_items_unit_after_items_are_items():
    got = figures("发布政策解读18条,建议提案办理17条。")
    assert ("items_published", 17) in got
