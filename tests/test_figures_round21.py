"""Round 21 (stop 44): classes the fresh blind batches z146 (county departments of 湖南 四川), z147 (old-outline
reports of 2014–2017), z148 (street offices of large cities) and z149 (city and provincial departments of the
north and west) showed. Fixtures are written here in the shapes of those pages (no page text is copied)."""
from __future__ import annotations

import pytest

import textmine
from figure_text import audit_narrative as audit, audited as figures, statuses


# --------------------------------------------------------------------------- outcomes of applications

def test_withdrawn_among_the_outcomes_is_other_handling():
    text = "本年度共收到政府信息公开申请6件。予以公开2件,部分公开1件,不予公开1件,撤回2件。"
    assert figures(text) == [("applications_received", 6), ("applications_granted", 2), ("applications_partial", 1),
                             ("applications_denied", 1), ("applications_other", 2)]


def test_a_review_decision_revoked_stays_corrected_not_withdrawn():
    # (撤销 among a review's results is the decision revoked — the review's correction, not an application withdrawn)
    assert ("applications_other", 4) not in figures("全年行政复议12件,其中维持6件,撤销4件,其他2件。")


def test_an_application_outside_the_bodys_duties_counted_before_it_is_unavailable():
    text = "共收到依申请公开申请3件,其中1起申请公开的内容不属于我局职责范围,另2起均进行了回复。"
    assert ("applications_unavailable", 1) in figures(text)
    assert ("applications_handled", 2) in figures(text)


def test_an_application_falling_in_the_range_to_disclose_is_granted():
    text = "全年共受理依申请公开事项2件,按时办结2件。经保密审查,2件属于同意公开范围。"
    assert ("applications_granted", 2) in figures(text)


def test_application_forms_received_are_applications():
    assert figures("本年收到当面递交或邮寄纸质信息公开申请表3件,均已回复。") == [("applications_received", 3)]


def test_answers_said_of_every_application_restated_stay_the_received_count():
    # ANNOTATION.md: 收到申请 5 件…5 件申请均在法定期限内作出答复 is the received count restated, no handled figure
    text = "全年共受理政府信息公开申请5件。5件申请均在法定期限内作出答复。"
    assert "applications_handled" not in {metric for metric, _ in figures(text)}


# --------------------------------------------------------------------------- other wordings

def test_petitions_answered_online_are_messages():
    assert figures("财政预决算信息2条,信访网络办理回复26件,回复率100%。")[1] == ("messages_handled", 26)


def test_the_kinds_of_service_guides_listed_after_their_total_are_service_items():
    text = "在省政务服务网上公布办事指南35项,行政许可类指南12项,行政奖励指南9项,行政备案类10项,行政征收0项,行政确认1项。"
    assert figures(text) == [("service_items", v) for v in (35, 12, 9, 10, 0, 1)]


def test_spot_check_tasks_are_inspections():
    assert figures("全区共制定双随机抽查任务407个,抽查结果全部公示。") == [("inspections", 407)]


def test_a_quoted_name_ending_in_a_handling_verb_is_no_handled_count():
    # (明确“一日办结”政策规定,一个企业开办环节…: the 一 after the quoted name counts nothing)
    assert "applications_handled" not in {m for m, _ in figures("明确“一日办结”政策规定,一个企业开办环节压缩至一天。")}


def test_the_share_of_documents_interpreted_is_the_interpretation_rate():
    assert figures("政策性文件多样化解读占比达100%。") == [("interpretation_rate", 100)]


def test_key_area_columns_named_with_what_they_publish_are_site_columns():
    assert figures("在门户网站新建10余个重点领域信息公开专题专栏。") == [("site_columns", 10)]


@pytest.mark.parametrize("made, published", [
    ("我局共对外制发文件41件,公开发布39件", 39),
    ("全年行政发文共21件,主动公开18件", 18),
    ("整年月报发文数42件,公开的42件", 42),
    ("2025年度产生政府文件信息22条,其中主动公开14条", 14),
])
def test_a_bare_publishing_verb_after_the_documents_made_counts_documents(made, published):
    assert ("documents_published", published) in figures(made + "。")


def test_a_kind_named_before_its_publishing_verb_keeps_its_own_reading():
    # (…发文 11 条,其中,公文类政府信息主动公开 1 条,财务信息公开 1 条: the second part is named, items)
    found = figures("2016年我镇累计发文11条,其中,公文类政府信息主动公开1条,财务信息公开1条。")
    assert ("documents_published", 1) not in found[2:]


# --------------------------------------------------------------------------- years and outlines

def test_a_title_named_by_its_year_of_publication_over_last_years_period_is_uncertain():
    text = ("2017年某县某镇人民政府政府信息公开工作年度报告\n发布时间:2017-03-01\n"
            "本报告中所列数据统计期限为2016年1月1日至2016年12月31日。\n一、概述\n2016年,我镇公开信息36条。\n")
    assert statuses(textmine.audit(text), "text.report_year")[0] == "UNCERTAIN"


def test_a_period_of_the_year_before_stays_a_fail_when_the_page_was_published_later():
    text = ("2017年某县某镇人民政府政府信息公开工作年度报告\n发布时间:2018-03-01\n"
            "本报告中所列数据统计期限为2016年1月1日至2016年12月31日。\n一、概述\n我镇公开信息36条。\n")
    assert "FAIL" in statuses(textmine.audit(text), "text.report_year")


@pytest.mark.parametrize("sentence", [
    "截止2021年12月31日,我街道共受理政府信息公开申请50件,上年结转3件。",
    "截至2021年底,我镇尚无收到和处理政府信息公开申请的情况。",
    "据统计,截止2021年末,全街从事信息公开工作人员2人。",
])
def test_the_years_work_stated_as_of_the_end_of_the_year_before_is_a_copied_year(sentence):
    assert "FAIL" in statuses(audit("我街道依法做好政府信息公开工作。" + sentence, year=2022), "text.report_year")


def test_a_stock_or_an_uncounted_statement_as_of_last_years_end_is_no_fail():
    stock = audit("截至2021年底,我镇累计公开政府信息1200条。", year=2022)
    assert "FAIL" not in statuses(stock, "text.report_year")
    uncounted = audit("截至2021年底,我局政府信息公开工作运行正常。", year=2022)
    assert statuses(uncounted, "text.report_year") == ["UNCERTAIN"]


def test_an_outline_whose_quotes_lost_their_pairs_is_still_counted():
    text = ("某县某局2017年政务信息公开年度报告\n本报告由基本工作情况”“主动公开政府信息情况存在的问题及改进情况三个部分组成。\n"
            "一、基本工作情况\n我局公开信息120条。\n")
    assert "FAIL" not in statuses(textmine.audit(text), "narrative.listed_count")


# --------------------------------------------------------------------------- z150–z152

def test_applications_not_yet_answered_are_no_zero():
    # (对未答复的疑难复杂信息公开申请进行梳理: the ones still open, an attribute — no received 0, no restated FAIL)
    report = audit("全年新收政府信息公开申请730件,均已依法办结。对未答复的疑难复杂信息公开申请进行梳理,加强风险预警。")
    assert [(f.metric, f.value) for f in report.figures if f.metric == "applications_received"] == [
        ("applications_received", 730)]
    assert "FAIL" not in statuses(report, "narrative.restated")


def test_documents_repealed_with_de_are_repealed():
    assert figures("本年度制发行政规范性文件23件,废止的行政规范性文件26件。") == [
        ("normative_documents_issued", 23), ("normative_documents_repealed", 26)]


def test_last_years_applications_still_handled_are_carried_over():
    assert ("applications_carried_over", 0) in figures("全年受理政府信息公开申请83件,上年度继续办理政府信息公开申请0件。")


def test_the_2021_tables_other_prohibited_row_quoted_is_denied():
    text = "全年受理申请83件,办结77件。其中属于“予以公开数”38件,属于“其他法律行政法规禁止公开”1件。"
    assert ("applications_denied", 1) in figures(text)


def test_the_kinds_of_a_disclosure_catalogue_are_no_service_items():
    text = "完成我镇2025年主动公开事项目录编制工作,目录包括19个一级公开类别、38个公开事项。"
    assert "service_items" not in {m for m, _ in figures(text)}


def test_two_civilisations_is_a_slogan():
    assert figures("加强信息发布、解读和回应,抓好政务公开与两个文明建设相结合。") == []


def test_answers_within_the_time_limit_of_a_part_are_handled():
    assert figures("全年收到依申请公开19件,其中17件在法定期限内完成答复,2件转至下年继续办理。") == [
        ("applications_received", 19), ("applications_handled", 17), ("applications_carried_forward", 2)]


@pytest.mark.parametrize("text", ["收到依申请公开政府信息的要求1条,已公开1条。", "依申请公开办理19件,已公开18件,1件结转下年度。"])
def test_already_disclosed_after_the_applications_is_granted(text):
    assert "applications_granted" in {m for m, _ in figures(text)}


def test_the_2019_tables_matters_in_words_are_service_items_not_decisions():
    # (行政处罚事项新增 10 项,总计 44 项,处理决定数量 29 件: the matters; only the 29 are decisions — no FAIL of the
    # matters against table 二's decisions)
    found = figures("其他对外管理服务事项新增57项,总计57项;行政处罚事项新增10项,总计44项,处理决定数量29件。")
    assert ("punishment_decisions", 10) not in found and ("punishment_decisions", 44) not in found
    assert ("service_items", 10) in found


def test_a_title_run_on_after_a_statistics_title_is_no_sure_count():
    text = ("某区某局2020年政府信息公开工作年度报告\n本局特编制本报告。全文包括:总体情况、主动公开政府信息情况、"
            "收到和处理政府信息公开申请统计政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、"
            "其他需要报告的事项等六个部分组成。\n一、总体情况\n我局公开信息36条。\n")
    assert "FAIL" not in statuses(textmine.audit(text), "narrative.listed_count")


def test_last_years_end_as_a_clauses_date_is_a_copied_year():
    text = "我局对政府信息进行了梳理和编目,截至2018年12月31日,我局新增主动公开政府信息266条。"
    assert "FAIL" in statuses(audit(text, year=2019), "text.report_year")


# --------------------------------------------------------------------------- rebuilt pages, z153

def test_no_normative_documents_issued_said_in_words_is_no_figure():
    # ANNOTATION.md lists zeros in words for applications, fees, reviews and suits only
    assert figures("全年主动公开信息945条,未制发行政规范性文件。") == [("items_published", 945)]


def test_a_year_disagreement_names_the_preambles_year_when_the_title_lacks_it():
    text = ("某镇\n您现在所在的位置: 网站首页 > 政府信息公开 > 某镇 > 政府信息公开年报\n某镇2014年度信息年度公开报告\n"
            "根据《中华人民共和国政府信息公开条例》要求,特向社会公布2013年度某镇政府信息公开年度报告。"
            "本报告中所列数据统计期限自2014年1月1日起至2014年12月31日。\n一、基本概述\n我镇工作有序开展。\n"
            "二、政府信息主动公开情况\n全镇2014年主动公开政府信息36条。\n")
    report = textmine.audit(text)
    fail = next(f for f in report.findings if f.rule == "text.report_year" and f.status == "FAIL")
    assert any(report.document.text[e.start:e.end] == "2013" for e in fail.evidence)


def test_a_rhythm_said_with_one_week_is_no_count():
    assert figures("在政府信息网上增设了视频新闻,一周五期,形象、生动。全年发布视频新闻120期。") == [("items_published", 120)]


def test_what_a_gloss_says_the_count_includes_names_no_metric():
    found = figures("主要包括重大行政决策事项9项、政策类文件(含行政规范性文件)182件、政策解读材料20条。")
    assert ("documents_published", 182) in found and ("normative_documents_issued", 182) not in found


def test_none_carried_either_way():
    assert figures("全年共收到申请3件,均已办结,无上年和下年结转件。") == [
        ("applications_received", 3), ("applications_carried_over", 0), ("applications_carried_forward", 0)]


def test_applications_of_every_kind_answered_are_handled():
    assert figures("2020年共答复各类政府信息公开申请31宗,主要涉及农业。") == [("applications_handled", 31)]


def test_information_officers_trained_are_training_attendance():
    assert figures("继续举办全省体育信息员培训,对全省100余名信息员进行培训。") == [("training_attendance", 100)]


def test_documents_put_out_for_comment_are_consultations():
    assert figures("制定重点政策文件前,全年共16个文件征集反馈公众意见。") == [("consultations", 16)]


# --------------------------------------------------------------------------- z154

def test_regular_work_meetings_are_meetings():
    assert figures("建立季度例会工作模式,2023年召开工作例会3次。") == [("meetings", 3)]


def test_gelei_before_documents_and_their_interpretations_is_no_each():
    # (公开各类政策文件和政策解读信息 102 条: 各 of 各类 — one count of documents, not as many interpretations again)
    assert figures("其中公开各类政策文件和政策解读信息102条,县政府常务会议15条。") == [
        ("documents_published", 102), ("items_published", 15)]
    assert figures("全年共发布政策文件及解读各8件。") == [("documents_published", 8), ("policy_interpretations", 8)]


def test_applications_of_a_quoted_kind_counted_before_it_are_received():
    assert figures("2021年度,我县共收到9件“依申请公开”申请。") == [("applications_received", 9)]


def test_case_files_and_answers_listed_after_a_publishing_verb_are_items():
    text = ("2023年,公开书记县长信箱或领导信箱(网上信访)办件22件、12345政务服务热线办件7341件、"
            "人大代表建议及答复107件、政协提案和答复149件,开展在线访谈2期。")
    assert figures(text) == [("items_published", v) for v in (22, 7341, 107, 149)] + [("online_interviews", 2)]
    # (the hotline's cases taken in, and messages answered, keep their own reading)
    assert figures("全年受理12345政务服务热线办件7341件,办结率100%。")[0] == ("hotline_cases", 7341)
    assert figures("全年公开回复网民留言120条。") == [("messages_handled", 120)]


# --------------------------------------------------------------------------- z155, z156

def test_either_review_or_suit_answered_with_a_colon_zero_is_both_none():
    assert sorted(figures("2021年,本局因政府信息公开工作而被申请行政复议或被提起行政诉讼的情况:0件。")) == [
        ("lawsuits", 0), ("reconsiderations", 0)]


def test_an_accounts_subscribers_after_the_account_are_followers():
    assert figures("2024年,“某某司法”微信公众号订阅1900余人次,发布信息876条。") == [
        ("new_media_followers", 1900), ("items_published", 876)]


def test_complaints_taken_in_are_messages():
    assert figures("全年共受理投诉67件,回复率100%。") == [("messages_handled", 67), ("reply_rate", 100)]


def test_what_a_gloss_says_the_total_leaves_out_is_no_part_of_it():
    # (收到申请 208 件(不含上年结转 5 件),其中已办结 196 件,结转下年办理 17 件: the parts cover 208 + 5 — no FAIL)
    report = audit("2022年共收到政府信息公开申请208件(不含上年结转5件),其中已办结196件,结转下年办理17件。")
    assert "FAIL" not in statuses(report, "breakdown.sum")


@pytest.mark.parametrize("text, expected", [
    ("全年共收到并按时办结16件政府信息公开申请。", [("applications_received", 16), ("applications_handled", 16)]),
    ("共收到政府信息公开申请6件,上年结转1件,全年实际处理申请共计7件,均按时规范答复。",
     [("applications_received", 6), ("applications_carried_over", 1), ("applications_handled", 7)]),
    ("受理群众向县人民政府办公室提交的信息公开申请3件,办结3件。", [("applications_received", 3), ("applications_handled", 3)]),
    ("全年新收到政府信息公开申请113件,接办上年7件,办结113件。",
     [("applications_received", 113), ("applications_carried_over", 7), ("applications_handled", 113)]),
])
def test_more_wordings_of_the_applications(text, expected):
    assert figures(text) == expected


def test_service_guides_and_hot_topics_named_in_quotes():
    assert figures("打造一站式服务场景,提供32项政务指南。") == [("service_items", 32)]
    assert figures("2025年共发布“热点回应”事项19个。") == [("hot_topics_responded", 19)]


# --------------------------------------------------------------------------- z157

def test_the_2019_table_of_documents_in_force_said_in_other_words():
    assert figures("2023年,我局主动公开规范性现行有效文件13项,本年废止件数0项。") == [
        ("normative_documents_in_force", 13), ("normative_documents_repealed", 0)]


def test_the_number_of_answers_after_the_applications_is_handled():
    assert figures("2023年,我局收到依申请公开申请数量47件,依法回复数量47件。") == [
        ("applications_received", 47), ("applications_handled", 47)]


# --------------------------------------------------------------------------- dev2 residue

def test_measures_of_area_length_and_weight_are_no_counts():
    assert figures("2022年收到8条依申请公开,申请内容涉及2019年街道0.5万亩高标准农田建设。") == [("applications_received", 8)]
    assert figures("规划面积15.8平方公里,全年公开信息120条。") == [("items_published", 120)]


def test_the_count_of_the_year_compared_with_in_its_bracket_is_no_figure():
    found = figures("2023年共受理依申请公开22件,申请数量较2022年同比增长57%(2022年依申请公开申请数量为14件)。")
    assert ("applications_received", 14) not in found and ("applications_received", 22) in found


def test_yi_gongkai_shenqing_written_short_is_an_application():
    assert figures("全年共受理依公开申请13件,均按照有关规定答复。") == [("applications_received", 13)]


# --------------------------------------------------------------------------- z158

def test_two_items_of_a_list_whose_labels_read_the_same_are_both_parts():
    # (预算及三公经费 1 条、决算及三公经费 1 条: the labels lose what comes before 及 — still two items, no FAIL)
    report = audit("主动公开各类政府信息5条,其中:信息公开年度报告1条、预算及三公经费1条、决算及三公经费1条、项目公示2条。")
    assert statuses(report, "breakdown.sum") == ["PASS"]


def test_an_account_named_alone_before_its_posts_counts_items():
    assert [(f.metric, f.value, f.channel) for f in audit("官方微博发布信息218条;官方抖音181条。").figures] == [
        ("items_published", 218, "weibo"), ("items_published", 181, "douyin")]


def test_activities_named_in_quotes_are_events():
    assert figures("累计开展就业社保“政策零距离、服务进万家”活动2100余场,参与人员5万人。") == [("events", 2100)]
    assert figures("组织举办线上线下相结合的“政务公开在行动——政策进千企万家”政策宣传活动1次。") == [("events", 1)]
    assert figures("2024年,共开展政策大讲堂33场。") == [("events", 33)]
    # (an open day or an interview named in quotes keeps its own metric)
    assert figures("开展“政府开放日”活动4次。") == [("open_days", 4)]
    assert figures("举办“惠民惠农政策暖人心”在线访谈活动1场。") == [("online_interviews", 1)]


def test_the_last_part_of_a_list_closed_by_deng_is_a_part():
    # (…回应关切 2 条、监督保障 9 条等方面: 等 after the count closes the list — the 9 is one more kind)
    found = figures("全年主动公开信息207条,其中涉及政策解读3条、回应关切2条、监督保障9条等方面。")
    assert found[-1] == ("items_published", 9)
