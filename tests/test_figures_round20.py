"""Round 20 (stop 43): classes the fresh blind batches z135 (townships and county departments of 湖南 湖北
江西 安徽), z136 (四川 贵州 云南 广西 重庆) and z137 (甘肃 陕西 吉林 黑龙江) showed. Fixtures are written here in
the shapes of those pages (no page text is copied)."""
from __future__ import annotations

from functools import partial

import pytest

import textmine
from figure_text import audit_narrative as audit, audited, audited as figures, statuses

labelled = partial(audited, fields=("metric", "value", "category"))


# --------------------------------------------------------------------------- z137

@pytest.mark.parametrize("lead", ["各类", "相关"])
def test_a_kind_led_by_gelei_after_a_count_is_one_more_kind(lead):
    # the label drops its leading 各类 / 相关; the number after it was lost altogether
    assert labelled(f"全年主动公开工作动态15条,{lead}通知公告55条,政策法规8条。") == [
        ("items_published", 15, "工作动态"), ("items_published", 55, "通知公告"), ("documents_published", 8, "政策法规")]


def test_articles_cited_in_a_run_after_di_are_no_counts():
    # 《条例》第19条,20条,21条: the 20 and the 21 are articles as the 19 is
    assert figures("我镇严格按照《条例》第19条,20条,21条的要求,全年公开信息36条。") == [("items_published", 36)]


def test_the_people_holding_a_leading_groups_posts_are_no_staff():
    text = "成立了由镇长任组长,组织委员任常务副组长,两名副镇长任副组长的领导小组,确定2名工作人员具体负责。"
    assert figures(text) == [("staff", 2)]


# --------------------------------------------------------------------------- z136

def test_many_kinds_listed_after_a_publishing_verb_up_to_deng_count_items():
    text = ("全年主动公开机构职能类、政策与规范性文件类、规划计划类、行政许可类、重大建设项目、民生实事类、"
            "民政扶贫救灾社会保障就业类、国土资源城乡建设环保能源类、科教文体卫生类、应急管理类等178条。")
    assert figures(text) == [("items_published", 178)]


def test_a_policy_name_stem_coordinated_with_information_is_no_policys_name():
    # (民营经济32条 stays a name; 疫情信息和防控措施135条 counts what was published)
    assert figures("依法依规公开疫情信息和防控措施135条,公开乡村振兴信息20条。") == [
        ("items_published", 135), ("items_published", 20)]
    assert figures("认真落实民营经济32条,公开乡村振兴信息20条。") == [("items_published", 20)]


def test_documents_counted_in_ge():
    assert figures("2021年我镇主动公开招标采购文件2个。") == [("documents_published", 2)]
    assert figures("2025年,制发行政规范性文件6个,清理失效文件4个,现行有效行政规范性文件18个。") == [
        ("normative_documents_issued", 6), ("normative_documents_repealed", 4), ("normative_documents_in_force", 18)]


def test_one_number_of_both_kinds_reads_the_wordings_of_its_own_clause():
    # (2022年未转结政府信息公开申请 in the clause before is no third kind of the 均为 0 件)
    report = audit("2023年共受理政府信息依申请公开0件,2022年未转结政府信息公开申请,"
                   "进入行政复议程序和行政诉讼程序均为0件。")
    assert sorted((f.metric, f.value) for f in report.figures) == [
        ("applications_carried_over", 0), ("applications_received", 0), ("lawsuits", 0), ("reconsiderations", 0)]


@pytest.mark.parametrize("text, value", [
    ("全年共收到2次公民申请公开政府信息,均已按期答复。", 2),
    ("2025年,街道接到7条提出公开政府信息的申请,均已答复。", 7),
])
def test_requests_received_counted_before_their_noun(text, value):
    assert figures(text) == [("applications_received", value)]


def test_carried_into_ci_nian_is_carried_forward():
    assert figures("共办理8件政府信息公开申请,其中本机关新收5件,上年度未办结3件。办结7件,结转次年办理1件。")[-1] == (
        "applications_carried_forward", 1)


def test_answers_to_npc_papers_published_in_a_column_are_items():
    assert labelled("在县政府网站“人大代表建议和政协提案办理工作”专栏发布办理答复12件。") == [
        ("items_published", 12, "办理答复")]
    # (答复申请 12 件 with no paper named stays the applications answered)
    assert figures("全年共收到政府信息公开申请12件,依法答复12件。")[-1] == ("applications_handled", 12)


@pytest.mark.parametrize("text, zero", [
    ("2022年,未收到信息公开行政复议方面的申请。", "reconsiderations"),
    ("2022年,未收到行政诉讼方面的申请。", "lawsuits"),
])
def test_no_review_or_lawsuit_applications_say_nothing_of_disclosure_applications(text, zero):
    assert figures(text) == [(zero, 0)]


def test_a_work_summary_written_in_the_reports_place_is_audited():
    # no title, no standard part: the page names itself a summary of disclosure work, then counts what it published
    text = ("根据上级关于开展2023年度政务公开工作考评的通知安排,现就开展2023年度政府信息公开工作总结如下:\n"
            "2023年1月1日至12月31日,某某分局在市政府门户网站共发布各类信息311条。其中部门动态14条,环境质量信息44条。\n")
    report = textmine.audit(text)
    # (round 29: 现就…工作总结如下 is the report speaking of itself, so the page starts at its beginning — no fragment,
    # as its annotation reads it; it is audited either way)
    assert not report.metadata.fragment
    assert ("items_published", 311) in [(f.metric, f.value) for f in report.figures]


# --------------------------------------------------------------------------- z135

def test_responses_to_concerns_named_as_a_kind_are_responses():
    assert figures("针对群众咨询高频问题,发布回应关切类信息13条,做到及时回应。") == [("hot_topics_responded", 13)]
    assert figures("全年发布信息477条。其中政策文件20件,回应民众关切信息13次,其中负责人回应4次。")[2:] == [
        ("hot_topics_responded", 13), ("hot_topics_responded", 4)]


def test_pushes_glued_before_the_items_they_carried():
    # 累计发布247次457条: the verb counts the items; the pushes are no figure of the vocabulary
    assert audited("官方微信公众号“健康某某”累计发布247次457条。", fields=("metric", "value", "channel")) == [
        ("items_published", 457, "wechat")]


def test_items_sent_to_a_site_and_published_there_are_items_published():
    report = audit("2023年,某区统计局公开政府信息共计91条。其中向区政府网站报送信息公开91条,包括:统计分析54条,"
                   "工作信息37条;另向湖北省政府采购网报送政府采购信息公开3条。")
    got = [(f.metric, f.value, f.parent) for f in report.figures]
    assert [m for m, _, _ in got] == ["items_published"] * 5
    # 另向…: another site after the list, no part of it
    assert got[-1] == ("items_published", 3, None)


def test_a_leader_in_charge_named_alone_in_his_clause_is_staff():
    assert figures("为加强组织领导,明确一名分管领导,一名工作人员具体负责。") == [("staff", 1), ("staff", 1)]


def test_notices_counted_before_their_title_are_documents():
    text = ("其中应急工作栏目发布公开内容7条;应急预案栏目公开3项预案印发的通知;"
            "救灾栏目发布10条某市自然灾害风险形势分析报告的通知。")
    assert figures(text) == [("items_published", 7), ("documents_published", 3), ("documents_published", 10)]


def test_checks_named_in_quotes_after_their_number():
    assert figures("2022年度已在3月、6月、8月、12月开展4次“双随机”检查。") == [("inspections", 4)]


# --------------------------------------------------------------------------- z138 and dev2

def test_a_member_of_the_leadership_put_in_charge_is_staff():
    assert audited("由一名政府领导班子成员专门负责政务公开工作,并指定一名专职人员负责日常事务。",
                   fields=("metric", "value", "category")) == [("staff", 1, None), ("staff", 1, "专职人员")]


def test_nobody_having_asked_is_no_application_received():
    report = audit("2022年度政府信息公开工作中没有群众提出其他方面政府信息公开的请求,并未对政府信息公开申请实施收费。")
    assert sorted((f.metric, f.value) for f in report.figures) == [("applications_received", 0), ("info_processing_fees", 0)]


def test_a_mark_an_amount_passed_is_no_count():
    assert figures("主动发布全县地方财政收入突破13亿大关的核心数据,公开财政信息12条。") == [("items_published", 12)]


# --------------------------------------------------------------------------- z139 and z140

def fails(report, rule: str) -> list[str]:
    return [f.message for f in report.findings if f.rule == rule and f.status == "FAIL"]


def test_documents_split_by_release_are_no_second_count_of_applications():
    # 行政发文共21件,主动公开18件,依申请公开3件 beside 收到申请10件: how documents were released, not the year's
    # applications said twice (a false FAIL of narrative.restated)
    report = audit("全年行政发文共21件,主动公开18件,依申请公开3件。\n(二)依申请公开\n本年度共收到申请10件,作出答复10件。"
                   "其中予以公开7件,信息不存在3件。")
    assert not fails(report, "narrative.restated")
    assert statuses(report, "narrative.restated") == ["UNCERTAIN"]


def test_the_handled_count_beside_the_outcomes_is_no_more_of_them():
    # 其中申请人为自然人1件,答复“予以公开”1件,已办结1件: granted is a part of the handled, not summed with it
    report = audit("本年度收到信息公开申请1件。其中申请人为自然人1件,答复“予以公开”1件,已办结1件。")
    assert not fails(report, "breakdown.sum")


def test_a_period_whose_end_leaves_out_the_year_is_read_with_it():
    report = textmine.audit("某镇2025年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2024年1月1日起至12月31日止。\n"
                            "一、总体情况\n2025年,我镇主动公开政府信息120条。\n")
    assert statuses(report, "text.report_year") == ["FAIL"]


def test_rates_listed_before_one_percentage_each_take_it():
    assert figures("共收到建议提案4件,均已办结回复并公示,做到了满意率、办复率、公示率100%。")[1:] == [
        ("satisfaction_rate", 100), ("reply_rate", 100), ("disclosure_rate", 100)]


def test_information_given_free_is_a_zero_fee_only_when_answering_requests():
    assert ("info_processing_fees", 0) in figures("收到申请1件,已按时答复完成,且免费予以提供。")
    assert figures("在便民服务中心设置查询专区,免费提供公开的政府文件供群众查阅。") == []


def test_the_headings_of_content_counted_by_kind_are_no_figures():
    assert figures("主动公开政府信息共44条,公开内容涵盖组织机构、政府文件、办事指南、政务动态、其他等5类7项内容。") == [
        ("items_published", 44)]


def test_a_sentence_naming_the_kinds_of_the_total_before_opens_its_list():
    # …32条,全文电子化率达100%。主动公开政府信息的类别主要包括:…: the kinds are of the 32 (their 33 a FAIL)
    report = audit("2022年累计主动公开政府信息32条,全文电子化率达100%。主动公开政府信息的类别主要包括:机构职能类信息共4条,"
                   "应急管理类信息共13条,农业类信息共1条;其他类别信息共15条。")
    assert [f.parent for f in report.figures if f.metric == "items_published"] == [None, 0, 0, 0, 0]
    assert fails(report, "breakdown.sum")


def test_online_questioning_sessions_are_interviews_and_their_questions_messages():
    assert figures("召开新闻发布会4场、参加政行风热线2次、网络问政1次。")[-1] == ("online_interviews", 1)
    assert figures("答复网民留言1300条,举办行风在线活动2次,答复提问数量170条。") == [
        ("messages_handled", 1300), ("online_interviews", 2), ("messages_handled", 170)]


# --------------------------------------------------------------------------- z142

def test_normative_documents_in_force_said_without_the_noun():
    assert figures("全年累计制发新增规范性文件8份、废止27份、有效存续47份,及时动态更新。") == [
        ("normative_documents_issued", 8), ("normative_documents_repealed", 27), ("normative_documents_in_force", 47)]


def test_information_interpreted_counts_interpretations():
    assert figures("全年通过区政府网站的政务公开栏目,对2条信息进行解读。") == [("policy_interpretations", 2)]


def test_what_the_public_sent_through_the_interaction_column_is_messages():
    assert figures("门户网站发布各类信息共4176余条;处理回复网站“政民互动”各类信息230条,办结率为100%。")[1] == (
        "messages_handled", 230)


def test_a_long_rate_name_in_a_list_of_rates():
    assert figures("全区承办市政协提案3件,所有提案的办结率、见面沟通率、满意或基本满意率都达到100%。")[1:] == [
        ("completion_rate", 100), ("satisfaction_rate", 100)]


# --------------------------------------------------------------------------- z141 and z143

@pytest.mark.parametrize("text, value", [
    ("提升服务窗口水平,12345平台办件受理95件。", 95),
    ("2023年街道办事处“12345”诉求平台受理791件,已全部办理。", 791),
    ("办理12345热线来电来信15847件,办理区长信箱65件。", 15847),
])
def test_the_12345_lines_cases_whatever_the_platform_is_called(text, value):
    assert figures(text)[0] == ("hotline_cases", value)


def test_received_and_answered_with_the_information_named_first():
    assert figures("2022年,某市交通运输局新收并答复政府信息依申请公开1件,申请事由为个人需要。") == [
        ("applications_received", 1), ("applications_handled", 1)]


def test_a_repeat_among_the_outcomes_is_not_processed():
    assert figures("收到申请17宗,其中予以公开3宗,部分公开3宗,无法提供8宗,重复2宗,均按要求办结。")[-1] == (
        "applications_not_processed", 2)


# --------------------------------------------------------------------------- rebuilt dev2 pages

def test_papers_of_one_house_named_under_both_are_that_houses():
    got = figures("2024年,我局共承办“两会”议提案57件,其中人大主办件14件(议案7件,建议7件);政协主办件11件。")
    assert got == [("npc_cppcc_items", 57), ("npc_suggestions", 14), ("npc_suggestions", 7), ("npc_suggestions", 7),
                   ("cppcc_proposals", 11)]


def test_answers_to_papers_counted_in_pian_are_items_posted():
    assert figures("2022年,我局通过局门户网站发布通知公告45篇、回复建议提案34篇,及时回应关切。") == [
        ("items_published", 45), ("items_published", 34)]


# --------------------------------------------------------------------------- z145

def test_documents_named_by_their_year_are_this_years_parts():
    # (not a history of years: the budget of 2025, the final accounts of 2024, published this year)
    report = audit("年内,新街镇在县政府网站共计公开各类政府信息共计92条。2025年新街镇主动公开的信息主要包括:发布2024年财政决算1条,"
                   "2025年财政预算1条,2024年政府工作报告1条,民政信息14条,工作动态43条。")
    assert [(f.value, f.category, f.parent) for f in report.figures] == [
        (92, None, None), (1, "财政决算", 0), (1, "财政预算", 0), (1, "政府工作报告", 0), (14, "民政信息", 0),
        (43, "工作动态", 0)]


# --------------------------------------------------------------------------- z144

def test_a_bracket_breaks_down_the_number_right_before_it_not_an_earlier_figure():
    # (…项目 32 个 is no figure of the vocabulary; its bracketed parts were summed against the 0 before: a false FAIL)
    report = audit("发布规范性文件0,公布政府集中采购项目32个(其中:公开招标1个、询价29个、单一来源2个),收到留言14条。")
    assert not fails(report, "breakdown.sum")
    assert all(f.parent is None for f in report.figures)


def test_powers_put_into_the_service_hall_are_catalogue_matters():
    assert figures("2020年,我局进驻省政务服务网上大厅行政许可14项,行政处罚203项,其他行政职权9项。") == [
        ("service_items", 14), ("service_items", 203), ("service_items", 9)]


def test_rules_of_the_province_and_city_in_force():
    assert figures("公开现行有效省市政府规章483件。") == [("regulations_in_force", 483)]


def test_a_list_closed_by_the_rest_of_every_kind_falling_short_fails():
    # 其他各类信息 57 条 names the rest: the list claims to be complete, and 3 + 0 + 28 + 57 = 88 is not 126
    report = audit("全年街道办事处网站共发布各类信息126条。其中新闻要闻类信息3条、政策文件类信息0条、重要会议信息28条,"
                   "其他各类信息57条。")
    assert fails(report, "breakdown.sum")


def test_an_earlier_years_statistic_set_off_by_a_comma_is_a_copied_year():
    report = textmine.audit("某镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2019年,我镇通过县政府网站公开信息94条。\n")
    assert statuses(report, "text.report_year") == ["FAIL"]
    # (a comparison stays UNCERTAIN)
    report = textmine.audit("某镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2019年,我镇通过县政府网站公开信息94条,"
                            "较上年增加10条。\n")
    assert statuses(report, "text.report_year") == ["UNCERTAIN"]


def test_a_long_gloss_between_the_wording_and_its_number():
    # (the columns the count covers, listed in the bracket: the 239 and its first part were lost, and with them a FAIL)
    report = audit("官方网站共发布信息(工作动态、住房保障、城乡建设、建筑业管理、历史文化名城名镇名村保护等栏目)239条,"
                   "其中政务动态161条,信息公开71条,政策解读信息12条。")
    assert [f.value for f in report.figures][:2] == [239, 161]
    assert fails(report, "breakdown.sum")


def test_another_site_named_after_a_semicolon_ends_the_list():
    report = audit("在政府网站集约化平台主动转载、公开政务信息140余条,其中工作情况信息38条,法定主动公开内容24条,"
                   "其他公开内容81条;重庆政务服务网公开行政许可信息546条。")
    assert [(f.value, f.parent) for f in report.figures] == [(140, None), (38, 0), (24, 0), (81, 0), (546, None)]
    assert not fails(report, "breakdown.sum")


def test_parts_more_than_twice_what_a_yu_total_can_mean_fail():
    # 400余 can mean up to 500: parts of 1104 are surely over it (a total of 约 400 stays UNCERTAIN)
    # (stop 51: parts just over 500 FAIL too — any excess over what 余 can mean, the annotated real FAILs' reading)
    report = audit("2021年我局累计发布信息400余条。其中,通过政务公开专栏发布信息8条,通过市局网站发布各类信息300余条,"
                   "微信公众号发布信息735条,微博发布信息25条。")
    assert fails(report, "breakdown.sum")
    report = audit("2021年我局累计发布信息400余条。其中,通过市局网站发布各类信息300余条,微信公众号发布信息235条。")
    assert statuses(report, "breakdown.sum") == ["FAIL"]
    report = audit("2021年我局累计发布信息约400条。其中,通过市局网站发布各类信息300余条,微信公众号发布信息235条。")
    assert statuses(report, "breakdown.sum") == ["UNCERTAIN"]


def test_special_topics_of_a_kind_counted_before_them():
    assert figures("完成网站后台系统升级,新建20个特色专题,丰富网站内容。") == [("site_columns", 20)]
    assert figures("开展3期专题培训。") == [("trainings", 3)]
