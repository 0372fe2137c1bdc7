"""Round 22 (stop 45): classes the fresh blind batches z159–z164 (county departments of 江西 广西, street offices
of the north, townships of the south-west, county-level cities of the east, counties of the north-east and
north-west, zones, institutions and bureaus of 湖北 安徽) and the rebuilt dev2 pages showed. Fixtures are written
here in the shapes of those pages (no page text is copied)."""
from __future__ import annotations

import pytest

from figure_text import audit_narrative as audit, audited as figures, statuses


# --------------------------------------------------------------------------- a page cut after "none received"

def test_a_page_cut_right_after_none_received_under_the_applications_heading_is_their_zero():
    text = ("一、总体情况\n(一)主动公开\n全年主动公开政府信息85条。\n(二)依申请公开情况\n"
            "本镇在门户网站设立依申请公开栏目,上传政府信息公开申请表,开通现场申请、信函和电子邮件申请等渠道,"
            "明确受理机构、程序和办理时限。2023年,未收到政府")
    assert ("applications_received", 0) in figures(text)


def test_a_page_cut_after_none_received_whose_paragraph_names_the_applications():
    text = ("一、总体情况\n全年主动公开政府信息85条。\n"
            "(三)强化信息公开申请办理。我委及时修订公开指南,明确依申请公开的办理程序。2020未收到提出政府信息公开")
    assert ("applications_received", 0) in figures(text)


def test_a_page_cut_after_none_received_of_complaints_is_no_zero_of_the_applications():
    text = ("一、总体情况\n(二)依申请公开情况\n全年收到政府信息公开申请3件,均按时答复。"
            "截至2024年12月31日,未接到关于信息公开工作的投诉")
    assert figures(text).count(("applications_received", 0)) == 0


def test_a_page_cut_after_none_received_under_the_fees_heading_is_no_zero_of_the_applications():
    text = ("一、总体情况\n全年主动公开政府信息85条。\n四、政府信息公开的收费及减免情况\n"
            "2018年度我局未收到任何形式的有关")
    assert ("applications_received", 0) not in figures(text)


def test_none_received_said_in_full_is_read_once():
    text = "一、总体情况\n(二)依申请公开\n2025年度,我区未收到信息公开申请"
    assert figures(text).count(("applications_received", 0)) == 1


# --------------------------------------------------------------------------- wordings

def test_a_gloss_that_the_count_includes_forwarded_posts_names_no_documents():
    text = "2016年网站、微信、微博共发布各类信息2483条,其中网站(含转发)319条,微信(含转发)851条、微博(含转发)2348条。"
    assert "documents_published" not in {metric for metric, _ in figures(text)}
    assert ("items_published", 319) in figures(text)


def test_a_document_number_series_in_brackets_is_still_documents():
    assert figures("全年公布〔白政办发〕105件,均在网站公开。") == [("documents_published", 105)]


def test_kept_said_of_units_running_accounts_is_no_count_of_documents_in_force():
    text = "持续对政务新媒体进行清理规范,目前全市仅保留4个主办单位共6个政务新媒体账号。"
    assert "normative_documents_in_force" not in {metric for metric, _ in figures(text)}
    assert ("new_media_accounts", 6) in figures(text)


def test_kept_after_a_clean_up_of_documents_stays_in_force():
    assert figures("清理后保留4件,废止2件。") == [("normative_documents_in_force", 4),
                                                 ("normative_documents_repealed", 2)]


def test_applications_for_public_information_with_who_asked_between_are_received():
    text = "主动公开政府信息2条,其中其他主动公开文件2件,受理公开权利人公开政府信息申请9条,均按照相关程序予以回告。"
    assert ("applications_received", 9) in figures(text)
    assert statuses(audit(text), "breakdown.sum") != ["FAIL"]


def test_the_kinds_of_a_count_of_powers_in_its_bracket_are_matters():
    text = "共梳理出行政权力64项(其中行政许可3项、行政处罚53项、行政确认3项、行政强制2项、其他权力3项)。"
    assert figures(text) == [("service_items", v) for v in (64, 3, 53, 3, 2, 3)]


def test_licences_published_outside_a_count_of_powers_stay_decisions():
    assert figures("全年公开行政许可决定53项,行政处罚决定12项。") == [("licence_decisions", 53),
                                                                ("punishment_decisions", 12)]


def test_what_the_next_part_holds_after_a_semicolon_opens_no_list_of_the_part_before():
    text = ("2024年主动公开各类政府信息64,其中,机构职责和领导分工3条;包含安全教育、学前教育等信息的部门文件28条;"
            "工作动态10条;总结和计划2条,涉及招生等信息的通知公告8条;教育政策与规划1条;经费使用与困难资助5条;"
            "行政执法1条,民办学校教育6条。")
    assert figures(text, ("metric", "value", "parent"))[1:4] == [("items_published", 3, 0), ("documents_published", 28, 0),
                                                                 ("items_published", 10, 0)]
    assert statuses(audit(text), "breakdown.sum") != ["FAIL"]


# --------------------------------------------------------------------------- breakdowns

def test_parts_making_the_total_exactly_before_a_qualified_count_of_another_channel_pass():
    text = ("2022年,中心网站累计主动公开政府信息505条,其中部门网站公开政府信息297条,通过政府信息公开专栏公开133条,"
            "互动交流信息74条,调查征集信息1条,新媒体方面发布官方微博30条、微信30条,全市公积金系统印发宣传彩页1万余份。")
    assert statuses(audit(text), "breakdown.sum") == ["PASS"]


def test_a_part_larger_than_its_total_in_a_clause_of_its_own_after_labelled_parts_is_uncertain():
    text = ("全年在政务公开网站共发布信息129条,其中政策解读9条,规划计划6条,财政资金8条,决策部署落实11条,"
            "行政权力运行类11条,监督保障15条,在市数据资源局门户网站发布信息647条。")
    assert statuses(audit(text), "breakdown.sum") == ["UNCERTAIN"]


def test_parts_all_published_through_channels_one_of_them_over_the_total_still_fail():
    text = ("全年主动公开政府信息50条。其中,通过区政府门户网站公开发布安全生产等政府信息46条;通过公开栏发布政府信息56条;"
            "通过宣传资料等方式公开政府信息34条。")
    assert statuses(audit(text), "breakdown.sum") == ["FAIL"]


# --------------------------------------------------------------------------- applications

def test_the_applications_counted_again_answered_with_outcomes_after_are_the_handled():
    text = "全年共受理政府信息公开申请64件。64件申请均在法定期限内予以答复,其中予以公开30件,部分公开14件。"
    assert figures(text, ("metric", "value", "parent")) == [
        ("applications_received", 64, None), ("applications_handled", 64, None),
        ("applications_granted", 30, 1), ("applications_partial", 14, 1)]


def test_the_applications_taken_up_counted_again_with_outcomes_after_are_the_handled():
    text = ("2023年受理的40件申请件已按规定在法定期限内予以答复,其中“予以公开”的20件、“不予公开”4件、"
            "“无法提供”16件。")
    assert figures(text)[0] == ("applications_handled", 40)


def test_answered_said_of_every_application_in_its_clause_stays_no_figure():
    assert figures("收到申请22件,均已按时办结。") == [("applications_received", 22)]


def test_a_zero_counted_again_has_no_handled_count():
    text = "全年共受理政府信息公开申请0件。0件申请均在法定期限内予以答复,其中予以公开0件。"
    assert ("applications_handled", 0) not in figures(text)


def test_replies_made_after_the_applications_received_are_the_handled():
    text = "全年,我市行政机关收到政府信息公开申请54件,进行回复52件,结转到下年度继续办理2件。"
    assert figures(text) == [("applications_received", 54), ("applications_handled", 52),
                             ("applications_carried_forward", 2)]


def test_replies_made_after_messages_stay_messages():
    assert figures("收到网民留言30条,进行回复30条。") == [("messages_handled", 30), ("messages_handled", 30)]


def test_asked_to_complete_and_repeated_floods_among_the_outcomes():
    text = ("共受理依申请公开信函31件。其中,予以公开11件、部分公开6件、信息不存在7件、重复申请2件、"
            "无正当理由大量反复申请1件、补正1件。")
    assert figures(text)[1:] == [("applications_granted", 11), ("applications_partial", 6),
                                 ("applications_unavailable", 7), ("applications_not_processed", 2),
                                 ("applications_not_processed", 1), ("applications_other", 1)]


def test_none_had_taken_up_in_a_list_of_nones_is_the_applications_zero():
    text = "我局2022年度主动公开政府信息15条。未有受理信息公开申请、行政复议、诉讼和申诉情况。"
    assert ("applications_received", 0) in figures(text)


def test_items_of_every_unit_checked_are_reviewed_not_published():
    assert figures("2023年,市政府办公室共计发布信息539条,审核全市各单位信息6000余条。") == [
        ("items_published", 539), ("items_reviewed", 6000)]


# --------------------------------------------------------------------------- years

def test_last_years_count_stated_in_a_clause_after_a_comma_fails():
    text = ("本报告中所列数据的统计时限为2022年1月1日至2022年12月31日。\n(一)政府信息公开基本情况\n"
            "1.主动公开信息方面,及时更新法定主动公开栏目内容,做到应公开尽公开,2021年度共主动公开政府信息4条。")
    assert "FAIL" in statuses(audit(text, year=2022), "text.report_year")


def test_last_years_count_beside_this_years_in_the_sentence_is_uncertain():
    text = ("本报告中所列数据的统计时限为2022年1月1日至2022年12月31日。\n(一)政府信息公开基本情况\n"
            "2022年主动公开政府信息100条,2021年度主动公开政府信息80条。")
    assert "FAIL" not in statuses(audit(text, year=2022), "text.report_year")


def test_applications_answered_in_the_legal_term_under_the_received_are_the_handled():
    text = "2024年依法受理534件信息公开申请,其中509件在法定期限内予以答复,25件结转2025年办结。"
    assert figures(text) == [("applications_received", 534), ("applications_handled", 509),
                             ("applications_carried_forward", 25)]


def test_the_applicant_in_everyday_words_after_the_count():
    text = "2024年全年收到政务公开申请6起,5件为公民个人申请、1件为公司法人申请,5件已办结,1件正在办理。"
    assert figures(text, ("metric", "value", "category"))[1:3] == [("applications_received", 5, "公民个人"),
                                                                   ("applications_received", 1, "公司法人")]


def test_a_sum_said_after_its_parts_with_both_sum_words():
    text = "主动公开发布基础信息285条,重大建设项目领域信息30条,水利领域信息138条,合计共453条,完成了年度重点工作。"
    assert figures(text)[-1] == ("items_published", 453)


@pytest.mark.parametrize("text, value", [
    ("开展全县政务公开检查7批次,及时发现整改各类问题。", 7),
    ("加强工作督导2轮次,督促各单位整改到位。", 2),
])
def test_rounds_of_checks_and_supervision_are_inspections(text, value):
    assert figures(text) == [("inspections", value)]


@pytest.mark.parametrize("text, value", [
    ("共发布信息1271条,其中门户网站公开信息581条,微信公众号发布600条,办结“12345”回复150条。", 150),
    ("通过12345平台,全年共办理诉求件502件,及时回复率达100%。", 502),
])
def test_requests_of_the_12345_line_named_around_them_are_hotline_cases(text, value):
    assert ("hotline_cases", value) in figures(text)


def test_one_outcome_said_twice_in_the_old_wordings_is_uncertain_not_fail():
    text = ("(二)依申请公开方面。2021年,我办共收到政府信息申请20条,其中:当面申请2条,网络申请3条,信函申请15条;"
            "属于予以公开的12条,属于同意公开答复12条;无法提供8条。")
    assert "FAIL" not in statuses(audit(text), "breakdown.sum")


def test_an_outcome_over_the_total_without_a_twin_still_fails():
    text = ("(二)依申请公开方面。2021年,我办共收到政府信息申请20条,其中:当面申请2条,网络申请3条,信函申请15条;"
            "属于予以公开的14条,部分公开12条;无法提供8条。")
    assert "FAIL" in statuses(audit(text), "breakdown.sum")


# --------------------------------------------------------------------------- metadata

def test_a_page_index_row_with_spaced_field_names_is_no_title():
    from textmine.pipeline import detect_metadata, load, parse_tables, split_sections
    text = ("| 索 引 号 | 014416330/2021-04847 | 分 类 | 政府信息公开年报 综合政务,其他 报告 |\n"
            "| 发布机构 | 市政府办 | 发文日期 | 2021-03-09 |\n"
            "根据《中华人民共和国政府信息公开条例》规定,现公布泰州市人民政府2020年政府信息公开工作年度报告。"
            "报告所列数据统计期限自2020年1月1日起至12月31日止。\n一、总体情况\n2020年,全市共主动公开政府信息17937条。\n")
    doc = load(text)
    sections = split_sections(doc)
    metadata = detect_metadata(doc, sections, parse_tables(doc, sections))
    assert metadata.year == 2020 and "索" not in (metadata.title or "")


def test_a_carried_clause_with_a_count_of_its_own_is_no_outcome_of_the_count_before():
    text = "2021年共受理政府信息公开申请29宗,共办结政府信息公开申请28宗,结转下年办理政府信息公开申请1宗。"
    assert figures(text) == [("applications_received", 29), ("applications_handled", 28),
                             ("applications_carried_forward", 1)]


def test_carried_said_of_every_application_after_their_count_stays_an_outcome():
    assert figures("全年共收到政府信息公开申请1件,结转至下一年度办理。") == [
        ("applications_received", 1), ("applications_carried_forward", 1)]


@pytest.mark.parametrize("text, value", [
    ("2023年,我局通过县政府门户网站主动公开领导信息、财政预决算、部门人事、行政事业性收费、公示公告、其他文件等117篇。", 117),
    ("2022年通过县政府网站主动公开规划计划、统计数据、建议提案办理结果、其他文件等共100余件,发布政策解读1件。", 100),
])
def test_documents_named_last_of_kinds_that_are_no_documents_count_items(text, value):
    assert figures(text)[0] == ("items_published", value)


def test_documents_named_last_of_kinds_of_documents_stay_documents():
    assert "items_published" not in {m for m, _ in figures("全年制发发文、数据公报、规范性文件等50件。")}


def test_a_claim_rejected_in_short_words_is_a_lawsuit_upheld():
    assert figures("因政府信息公开引起的行政诉讼案件2件,驳回诉请的2件。") == [("lawsuits", 2), ("lawsuits_upheld", 2)]


@pytest.mark.parametrize("text, value", [
    ("2021年主动公开政府信息100条,收到和处理12件政府信息公开申请,发布信息。", 12),
    ("本年度我委收到和处理1件政府公开信息申请,不予公开。", 1),
])
def test_received_and_handled_before_the_count_state_both(text, value):
    assert {("applications_received", value), ("applications_handled", value)} <= set(figures(text))


def test_received_alone_before_the_count_states_received_only():
    assert figures("共收到12件政府信息公开申请。") == [("applications_received", 12)]


def test_applications_by_channel_counted_by_the_people_who_asked():
    text = "全年收到政府信息公开申请5件,其中,信函申请2人次,网页申请3人次。全年答复申请4件。"
    assert figures(text, ("metric", "value", "parent"))[:3] == [
        ("applications_received", 5, None), ("applications_received", 2, 0), ("applications_received", 3, 0)]


@pytest.mark.parametrize("text, value", [
    ("印发《粮油生产保障资金管理办法》《农业生产发展资金管理办法》等五项重大涉农政策,并严格执行。", 5),
    ("出台《关于推进养老服务发展的实施意见》等9个政策文件,通过文字解读。", 9),
    ("发布《江苏省科学技术奖励办法》等科技政策10条,同步发布文字解读。", 10),
])
def test_documents_named_by_their_titles_then_counted_as_policies(text, value):
    assert figures(text) == [("documents_published", value)]


def test_files_counted_after_titles_keep_no_reading_of_their_own():
    # (…《…》等 25 个文件 was annotated as interpretations, as repealed, as nothing: the bare 文件 stays unread)
    assert figures("对《关于加强管理的通知》等3个文件开展清理。") == []


def test_two_labels_joined_by_and_sharing_their_noun_each_take_the_count():
    text = "收到申请7件,其中当面申请1件、网络和信函申请各3件。"
    assert figures(text, ("metric", "value", "parent")) == [
        ("applications_received", 7, None), ("applications_received", 1, 0), ("applications_received", 3, 0),
        ("applications_received", 3, 0)]
    assert statuses(audit(text), "breakdown.sum") == ["PASS"]


def test_the_rule_that_one_item_on_several_channels_counts_once_is_no_figure():
    text = "2020年,主动公开政府信息209条(不同渠道同一信息计1条),官网发布解读信息40条。"
    assert figures(text) == [("items_published", 209), ("policy_interpretations", 40)]
