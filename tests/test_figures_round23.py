"""Round 23 (stop 46): classes the rebuilt dev2 pages and the fresh blind batches z171–z173 (county-level
cities of the south-west, departments of 广东's cities, city departments of the north) showed. Fixtures are
written here in the shapes of those pages (no page text is copied)."""
from __future__ import annotations

from figure_text import audit_narrative as audit, audited as figures, statuses


# --------------------------------------------------------------------------- clicks on the items published

def test_clicks_said_right_after_the_items_published_with_no_website_named_are_views_of_the_items():
    text = "全年主动公开政府信息共计312条,涵盖政策文件、工作动态、财政信息等内容,累计点击量达86120人次。"
    got = figures(text)
    assert ("content_views", 86120) in got and ("site_visits", 86120) not in got


def test_views_after_items_pushed_on_a_disclosure_platform_are_views_of_the_items():
    text = "通过政府信息公开平台推送各类政务信息128条,累计浏览量达20417次。"
    assert ("content_views", 20417) in figures(text)


def test_clicks_of_a_website_named_in_the_sentence_stay_its_visits():
    text = "全年主动公开政府信息60条,网站访问点击量达到56436次。"
    assert ("site_visits", 56436) in figures(text)


def test_visits_after_the_items_published_stay_visits():
    text = "全年主动公开政府信息146条,累计访问量179715次。"
    assert ("site_visits", 179715) in figures(text)


# --------------------------------------------------------------------------- items taken by the site they were sent to

def test_items_sent_up_and_taken_by_the_receiving_site_are_submitted():
    text = "向市政府网站报送县区动态、专题专栏等各类信息采用318条,得分650分。"
    got = figures(text)
    assert ("items_submitted", 318) in got and ("items_published", 318) not in got


def test_items_published_on_the_own_site_stay_published():
    assert ("items_published", 3820) in figures("通过区政府门户网站公开信息3820条。")


def test_a_request_carried_over_named_by_the_information_it_asks_for():
    text = "本年度我镇收到依申请公开0件,上年结转政府信息1件,涉及土地征收补偿,已在法定时限内予以答复。"
    got = figures(text)
    assert ("applications_carried_over", 1) in got and ("items_published", 1) not in got


def test_none_of_reviews_or_suits_is_a_zero_of_both():
    got = figures("本年度我局共受理依申请公开0件,政府信息公开被申请的行政复议或行政诉讼0件。")
    assert ("reconsiderations", 0) in got and ("lawsuits", 0) in got


# --------------------------------------------------------------------------- outcomes in other words

OUTCOMES = ("在已办理的145件申请中,全部或部分公开的73件、不予公开10件、无法提供49件、不予处理10件、"
            "逾期未补正视为放弃依申请公开3件。")


def test_granted_in_full_or_in_part_together_is_granted():
    got = figures(OUTCOMES)
    assert ("applications_granted", 73) in got and ("applications_partial", 73) not in got


def test_given_up_for_want_of_completion_is_other_handling_whatever_noun_follows():
    got = figures(OUTCOMES)
    assert ("applications_other", 3) in got and ("applications_received", 3) not in got


def test_not_completed_is_no_statement_that_no_applications_came():
    got = figures("其中予以公开5件,逾期未补正视为放弃申请3件。")
    assert ("applications_received", 0) not in got and ("applications_other", 3) in got


# --------------------------------------------------------------------------- events named by the act

EVENTS_LIST = "全年门户网站发布政务动态类信息2210条,完成在线访谈4个、新闻发布5个、专题专栏2个、在线调查6个。"


def test_press_briefings_named_by_the_act_and_counted_as_events():
    assert ("press_conferences", 5) in figures(EVENTS_LIST)


def test_online_surveys_are_consultations():
    assert ("consultations", 6) in figures(EVENTS_LIST)


def test_news_items_counted_in_items_stay_items():
    got = figures("全年新闻发布信息36条。")
    assert ("items_published", 36) in got and "press_conferences" not in {m for m, _ in got}
    assert ("items_published", 2) in figures("网站发布信息120条,其中工作动态100条,新闻发布2条,通知公告18条。")


# --------------------------------------------------------------------------- one-to-each rules, changes, letters

LETTERS = ("2025年,本局共收到依申请公开件27封,其中,14封申请人主动撤销申请,13封均在规定时限内答复办结,"
           "并按一件一档规范档案管理,办结率达100%。")


def test_a_one_to_each_filing_rule_is_no_count():
    got = figures("收到依申请公开信件28件,其中,24件已办结,4件转下年度继续办理,并按一件一档规范档案管理。")
    assert ("applications_received", 1) not in got
    assert ("applications_received", 28) in got and ("applications_carried_forward", 4) in got


def test_one_staff_member_on_the_front_line_is_still_one():
    assert ("staff", 1) in figures("确定一名一线工作人员负责信息发布。")


def test_applications_counted_in_letters():
    got = figures(LETTERS)
    assert ("applications_received", 27) in got and ("applications_other", 14) in got
    assert ("applications_handled", 13) in got


def test_a_completion_rate_over_the_applications_not_withdrawn_is_no_contradiction():
    report = audit(LETTERS)
    assert "FAIL" not in statuses(report, "narrative.rate")


def test_a_growth_named_with_what_grew_and_its_rate_are_changes():
    report = audit("发布政务信息11347条,同比2020年增长信息量1870条,增长率18.63%。")
    changes = {(f.value, f.direction) for f in report.figures if f.kind == "change"}
    assert (1870, "up") in changes and (18.63, "up") in changes


def test_last_years_cases_handed_on_without_their_noun_are_carried_over():
    got = figures("收到依申请公开信件33件,上一年度转办4件,所有信件都在法定时限内规范办理答复。")
    assert ("applications_carried_over", 4) in got


def test_suggestions_answered_in_a_list_of_items_published_are_items():
    got = figures("全年共公开335条政府信息,其中包括人大建议办理回复4条,政协提案办理回复9条。")
    assert ("items_published", 4) in got and ("items_published", 9) in got
    assert "applications_handled" not in {m for m, _ in got}


def test_examples_in_a_bracket_after_a_label_do_not_name_its_count():
    got = figures("主动公开政府信息共计172条,其中,工作动态91条,通知公告32条,其他信息(意见征集、答问知识库等)18条。")
    assert ("items_published", 18) in got and ("consultations", 18) not in got


# --------------------------------------------------------------------------- an outline naming a part twice

def test_an_outline_that_names_a_part_again_right_after_is_not_read_as_its_count():
    from textmine.sections import _listed_parts

    listed = ("全文由总体情况、行政机关主动公开政府信息情况、行政机关收到和处理政府信息公开申请情况、"
              "因政府信息公开工作被申请行政复议、因政府信息公开工作被申请行政复议和提起行政诉讼情况、"
              "政府信息公开工作存在的问题及改进情况、其他需要报告的事项")
    # seven entries, one part named twice: not the sure six that made the count PASS, and not a sure seven
    assert _listed_parts(listed) == (7, False)


def test_a_title_cut_at_its_own_separator_is_still_one():
    from textmine.sections import _listed_parts

    listed = ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
              "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项")
    assert _listed_parts(listed) == (6, True)


# --------------------------------------------------------------------------- the leader in charge

def test_a_leader_in_charge_whatever_the_verbs_adverb_is_staff():
    assert ("staff", 1) in figures("调整充实了工作小组,由一名分管领导总体抓,经办人员具体负责日常工作。")
    assert figures("明确一名处级领导全面负责,科长牵头。") == [("staff", 1)]


def test_a_deputy_of_the_office_sharing_the_charge_is_staff():
    assert ("staff", 1) in figures("由党工委副书记及一名办事处副主任共同分管信息工作。")


def test_a_deputy_secretary_chairing_a_meeting_is_no_staff():
    assert figures("由一名副书记主持召开专题会议。") == []


def test_the_overviews_sub_parts_named_in_the_outline_are_titles_of_the_written_list():
    from textmine.sections import _listed_parts

    listed = ("本年报由总体情况、主动公开政府信息情况、依申请公开情况、政府信息管理情况、政府信息公开平台建设情况、"
              "存在的主要问题及改进情况、其他需要报告的事项")
    assert _listed_parts(listed) == (7, True)


# --------------------------------------------------------------------------- a mixed list whose kinds alone exceed the total

def test_a_list_of_kinds_and_one_channel_whose_kinds_alone_exceed_the_total_fails():
    report = audit("全年我局主动公开各类信息153条,其中计划总结类信息2条,政策规定类信息4条,通报类信息8条,招商动态115条,"
                   "两办信息40条,电台、报纸5条。")
    assert "FAIL" in statuses(report, "breakdown.sum")


def test_a_mixed_list_that_exceeds_only_with_its_channel_part_stays_uncertain():
    report = audit("全年我局主动公开各类信息153条,其中计划总结类信息2条,政策规定类信息4条,通报类信息8条,招商动态100条,"
                   "两办信息30条,电台、报纸15条。")
    assert "FAIL" not in statuses(report, "breakdown.sum")


# --------------------------------------------------------------------------- last year's statistics, by the body's short name

def test_last_years_statistics_opened_by_the_bodys_short_name_fail_the_year():
    text = ("某经济开发区管理委员会2024年政府信息公开工作年度报告\n本报告统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、总体情况\n(一)主动公开情况。2023年,经开区通过政府网站主动公开各类政府信息915条,政务微信发布信息1560条。\n")
    assert "FAIL" in statuses(audit(text), "text.report_year")


def test_a_comparison_with_last_year_by_the_bodys_short_name_is_no_copied_year():
    text = ("某经济开发区管理委员会2024年政府信息公开工作年度报告\n本报告统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、总体情况\n(一)主动公开情况。2023年,经开区通过政府网站主动公开政府信息915条,本年较上年增长12%。\n")
    assert "FAIL" not in statuses(audit(text), "text.report_year")


def test_the_bodies_whose_budgets_are_published_are_departments():
    got = figures("本级2021年预算部门87个,市财政局已批复预算部门87个;本级2020年决算部门76个。")
    assert got == [("departments", 87), ("departments", 87), ("departments", 76)]


def test_powers_and_public_services_counted_before_them_are_matters():
    assert figures("2020年公开我局3项行政权力和责任、2个公共服务事项。") == [("service_items", 3), ("service_items", 2)]


def test_powers_counted_in_a_flow_chart_sentence_are_no_matters_by_themselves():
    assert figures("全年共有12项行政权力运行流程图上网公示。") == []


# --------------------------------------------------------------------------- information about penalties

def test_information_about_penalties_counted_in_items_is_items():
    got = figures("其中,主动公开部门文件27条,决策部署落实情况25条,行政许可信息23条,行政处罚信息6条。")
    assert ("items_published", 6) in got and "punishment_decisions" not in {m for m, _ in got}


def test_penalty_information_counted_in_cases_is_the_decisions():
    assert ("punishment_decisions", 31) in figures("全年公开环境质量信息20篇,行政处罚信息31件。")


def test_penalty_decisions_made_public_stay_decisions():
    assert figures("全年作出行政处罚决定15件,公开行政处罚公示信息18条。") == [
        ("punishment_decisions", 15), ("punishment_decisions", 18)]


def test_interpretations_counted_before_their_contents_or_as_the_sentences_last_noun():
    assert ("policy_interpretations", 14) in figures("以视频、音频、图文等形式发布14条解读内容,积极回应社会关切。")
    assert figures("2022年,我局发布14条政策解读。") == [("policy_interpretations", 14)]


def test_an_interpretation_named_in_a_list_of_documents_stays_a_part_of_the_documents():
    got = figures("政策文件类信息9条,其中包括1条政策解读,5条工作方案1条大厅管理办法。")
    assert ("documents_published", 5) in got


def test_what_came_in_on_the_hotline_named_by_tongguo_is_its_cases():
    assert figures("通过“12345市民服务热线”办理各类咨询及问题反映1336条。") == [("hotline_cases", 1336)]
    assert figures("通过“12345市民服务热线”等平台接收、流转并回复各类公众咨询、投诉及建议超过380条。") == [
        ("hotline_cases", 380)]


def test_questions_on_the_website_stay_messages():
    assert figures("全年处理区政府网站群众咨询及民生问题信件79条。") == [("messages_handled", 79)]


def test_opinions_sought_are_consultations():
    assert figures("全年在门户网站发布意见征询13条。") == [("consultations", 13)]


def test_what_is_withheld_from_publishing_the_applications_is_no_zero_of_them():
    assert figures("按照要求对不涉及个人隐私的情况对申请情况和办理结果进行网上公布。") == []


def test_none_refused_with_the_outcome_quoted_is_a_zero_of_refusals():
    got = figures("2021年没有受理政府信息申请情况、没有“不予公开”的政府信息情况。")
    assert ("applications_denied", 0) in got and ("applications_received", 0) in got


def test_a_count_said_to_have_risen_to_a_level_is_that_level():
    assert figures("农高区微信公众号累计发布新闻608条,订阅用户数增至4963。") == [
        ("items_published", 608), ("new_media_followers", 4963)]


# --------------------------------------------------------------------------- outcomes after their reasons; a count that is one of a breakdown

OUTCOMES_WITH_REASONS = ("2024年度市商务局共计收到7条政府信息公开申请,均在规定时限内办结。2条依申请公开,1条部分公开,"
                         "其余内容涉及经济安全不宜公开,3条公开详细内容可能涉及经济安全,不予公开;1条内容本机关未制作,也未保存,无法提供。")


def test_an_outcome_closing_the_clauses_after_a_count_and_its_reasons_is_that_counts():
    got = figures(OUTCOMES_WITH_REASONS)
    assert ("applications_denied", 3) in got and ("applications_unavailable", 1) in got


def test_a_count_that_with_the_outcomes_after_it_makes_the_earlier_total_draws_no_fail():
    report = audit(OUTCOMES_WITH_REASONS)
    assert "FAIL" not in statuses(report, "narrative.restated")
    assert "FAIL" not in statuses(report, "breakdown.sum")


def test_a_received_count_said_again_with_another_value_still_fails():
    assert "FAIL" in statuses(audit("全年共收到申请7件,均已办结。另据统计,全年共收到申请9件。"), "narrative.restated")


def test_a_count_inside_the_list_in_another_unit_that_makes_up_the_shortfall_is_no_fail():
    text = ("2024年,在县政府网站累计公开各类政府信息共计2698条,其中:工作动态1201条、通知公告251条、政策解读44条、"
            "人事信息45条、征集调查16期、其他类信息1141条。")
    assert statuses(audit(text), "breakdown.sum") == ["UNCERTAIN"]
    shorter = ("2024年,在县政府网站累计公开各类政府信息共计2698条,其中:工作动态1201条、通知公告251条、政策解读44条、"
               "人事信息45条、其他类信息1141条。")
    assert statuses(audit(shorter), "breakdown.sum") == ["FAIL"]


def test_last_years_cases_with_the_scope_named_between_are_carried_over():
    got = figures("2024年全区结转政府信息公开申请14件。2025年,全区新收到政府信息公开申请211件。")
    assert got == [("applications_carried_over", 14), ("applications_received", 211)]


def test_a_consumer_complaints_desk_by_its_number_takes_hotline_cases_and_their_kinds():
    got = figures("12315投诉台共受理消费者投诉3817件,其中消费投诉2821件,举报733件,咨询252件,建议11件。")
    assert got == [("hotline_cases", 3817), ("hotline_cases", 2821), ("hotline_cases", 733), ("hotline_cases", 252),
                   ("hotline_cases", 11)]


def test_a_bracket_after_the_last_part_that_goes_on_with_the_outer_list_is_no_fail():
    text = ("2025年,全年累计发布信息46条,其中机构概况6条、公示公告16条、政策文件2条、统计信息0条、规划信息1条、"
            "财政信息1条(各业务线数据:环境保护14条、应急管理1条、行政许可3条、行政检查1条)。")
    assert "FAIL" not in statuses(audit(text), "breakdown.sum")


def test_the_kinds_of_a_count_of_powers_and_duties_after_qizhong_are_matters():
    got = figures("依法公布本局权责事项共141项,其中:行政许可1项、行政处罚60项、行政强制0项、行政检查9项、其他行政权力4项、"
                  "其他权责事项56项、其他公共服务11项。")
    assert got[0] == ("service_items", 141) and all(metric == "service_items" for metric, _ in got)


def test_licences_and_penalties_decided_stay_decisions():
    assert figures("全年作出行政许可1项、行政处罚60项。") == [("licence_decisions", 1), ("punishment_decisions", 60)]


def test_policy_normative_documents_without_a_kind_word_are_normative_documents():
    got = figures("全年公开信息45条,其中政策规范性文件2条,政策解读2条,政务动态41条。")
    assert ("normative_documents_issued", 2) in got
    assert ("documents_published", 12) in figures("全年主动公开政府信息94条,其中:政策规范性文件类信息12条。")


def test_brief_questions_and_answers_on_policy_are_interpretations():
    assert ("policy_interpretations", 5) in figures("在县人民政府网站发布政府文件27件,政策解读9件,政策简明问答5期。")
