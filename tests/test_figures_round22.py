"""Round 22 (stop 45): classes the fresh blind batches z159–z164 (county departments of 江西 广西, street offices
of the north, townships of the south-west, county-level cities of the east, counties of the north-east and
north-west, zones, institutions and bureaus of 湖北 安徽) and the rebuilt dev2 pages showed. Fixtures are written
here in the shapes of those pages (no page text is copied)."""
from __future__ import annotations

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
