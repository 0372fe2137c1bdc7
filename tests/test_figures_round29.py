"""Round 29 (stop 52): classes from the dev2 pages' remaining errors — mostly the reviews' and suits' nones of the old
outline and of pages the search cut. Fixtures are written here in the shapes of the real pages (no page text is copied)."""
from __future__ import annotations

import textmine
from figure_text import audit_narrative, audited, metric_values, statuses

#: the pre-2019 outline up to its part on reviews and suits; a page ends wherever a test cuts it
_OLD_OUTLINE = ("某县某局2017年政府信息公开工作年度报告\n"
                "一、概述\n2017年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,主动公开政府信息36条。\n"
                "二、主动公开政府信息的情况\n全年通过局门户网站公开工作动态20条。\n"
                "三、依申请公开政府信息办理情况\n2017年度我局未收到政府信息公开申请。\n"
                "四、政府信息公开的收费及减免情况\n2017年度我局未收取任何费用。\n"
                "五、因政府信息公开申请提起行政复议、行政诉讼的情况\n")


def _zeros(values: list[tuple[str, float]], *metrics: str) -> list[str]:
    return [metric for metric, value in values if metric in metrics and value == 0]


# --------------------------------------------------------------------------- 起 before the cause of the cases

def test_cases_counted_in_qi_before_their_cause_are_counted():
    assert audited("全年有2起因政府信息公开申请提起的行政复议,均维持原答复。")[0] == ("reconsiderations", 2)


def test_the_word_for_a_cause_is_still_no_unit():
    # (起因 after a number that counts something else: the cause, no unit of the count)
    got = audited("全年受理政府信息公开申请4件,起因均为征地补偿。")
    assert got == [("applications_received", 4)]


# --------------------------------------------------------------------------- a sentence cut before its 。

def test_a_sentence_cut_by_the_page_end_whose_only_digits_are_its_year_is_read():
    values = metric_values(_OLD_OUTLINE + "2017年度我局没有出现因政府信息公开申请提起的举报投诉、行政复议")
    assert _zeros(values, "reconsiderations") == ["reconsiderations"]


def test_a_table_row_without_punctuation_is_still_no_sentence():
    # (a row of the old outline's table said in a line: its count is no figure of the prose)
    values = metric_values(_OLD_OUTLINE.replace("五、", "五、") + "行政复议数量 3\n")
    assert ("reconsiderations", 3) not in values


# --------------------------------------------------------------------------- the noun cut by the page end

def test_a_none_cut_inside_the_suits_noun_is_the_none_of_both():
    values = metric_values("2023年,县交运局收到依申请公开共2件,均已按时答复,未收到行政复议和行政诉")
    assert sorted(_zeros(values, "reconsiderations", "lawsuits")) == ["lawsuits", "reconsiderations"]


def test_a_none_cut_inside_the_reviews_noun_is_the_reviews_none_only():
    values = metric_values("2024年,我局依申请公开件均按时办结。全年未发生因政府信息公开申请行政复")
    assert _zeros(values, "reconsiderations", "lawsuits") == ["reconsiderations"]


def test_a_whole_noun_before_the_page_end_is_not_completed_again():
    values = metric_values("2024年,我局未收到政府信息公开申请。全年未发生行政复议和行政诉讼。")
    assert sorted(_zeros(values, "reconsiderations", "lawsuits")) == ["lawsuits", "reconsiderations"]


def test_a_cut_word_that_is_no_review_is_not_completed():
    # (行政复 only completes at the page's very end; 行政服 is another word)
    values = metric_values("2024年,我局未收到政府信息公开申请,未发生行政服")
    assert _zeros(values, "reconsiderations", "lawsuits") == []


# --------------------------------------------------------------------------- a heading's none cut before its noun

def test_a_paragraph_cut_before_what_it_had_none_of_is_the_headings_none():
    # (as the annotators read three of four such pages: the heading says what the paragraph had none of)
    values = metric_values(_OLD_OUTLINE + "2017年度,某街道未发生与政府信息公开")
    assert sorted(_zeros(values, "reconsiderations", "lawsuits")) == ["lawsuits", "reconsiderations"]


def test_a_whole_none_under_the_reviews_heading_is_still_both_zeros():
    values = metric_values(_OLD_OUTLINE + "2017年度未发生。\n六、存在的主要问题和改进措施\n")
    assert sorted(_zeros(values, "reconsiderations", "lawsuits")) == ["lawsuits", "reconsiderations"]


# --------------------------------------------------------------------------- suits answered, and a third kind

def test_no_suit_answered_is_no_lawsuit():
    values = audited("全年受理政府信息公开申请6件,办结6件。政府信息公开引发的行政复议1件,无行政应诉案件。")
    assert ("reconsiderations", 1) in values and ("lawsuits", 0) in values


def test_one_zero_said_of_reviews_suits_and_complaints_is_both_zeros():
    values = metric_values("本局2016年度共受理有关政府信息公开工作的行政复议、行政诉讼和申诉案件0件。")
    assert sorted(_zeros(values, "reconsiderations", "lawsuits")) == ["lawsuits", "reconsiderations"]


def test_one_zero_said_of_the_cases_of_both_in_times_is_both_zeros():
    values = metric_values("3、本局2013年度因政府信息公开申请行政复议、提起行政诉讼的情况为0次。")
    assert sorted(_zeros(values, "reconsiderations", "lawsuits")) == ["lawsuits", "reconsiderations"]


# --------------------------------------------------------------------------- matters in their own unit after a list

def test_service_matters_in_their_own_unit_after_a_list_of_items_are_no_part_of_it():
    got = audited("全年通过门户网站发布信息3120条,其中通过政府信息公开目录公开980条,发布解读信息21条;"
                  "可全程网办政务服务事项745项,全年办件9万余件。", ("metric", "value", "parent"))
    assert ("service_items", 745, None) in got
    assert not any(metric == "items_published" and value == 745 for metric, value, _ in got)


def test_service_matters_in_the_lists_own_unit_stay_a_category():
    got = audited("全年发布信息300条,其中政策文件20条,政务服务事项40条。", ("metric", "value", "category"))
    assert ("items_published", 40, "政务服务事项") in got


# --------------------------------------------------------------------------- taken up and answered, how between

def test_applications_taken_up_and_answered_with_how_between_are_both():
    got = audited("全年受理并规范答复依申请公开申请件5件,按时办结率100%。")
    assert ("applications_received", 5) in got and ("applications_handled", 5) in got


# --------------------------------------------------------------------------- public enterprises counted by field

def test_the_units_of_each_field_in_brackets_are_public_enterprises():
    got = audited("持续推进公共企事业单位信息公开,开设“某区公共企事业单位信息公开专栏”,按照省级指引目录,向社会公开"
                  "教育(9个单位)、医疗卫生(12个单位)、供水(1个单位)信息。", ("metric", "value", "category"))
    assert got == [("public_enterprises", 9, "教育"), ("public_enterprises", 12, "医疗卫生"), ("public_enterprises", 1, "供水")]


def test_units_in_brackets_without_the_public_enterprises_are_not_theirs():
    got = audited("全年组织开展业务培训,参训单位包括教育(9个单位)、医疗卫生(12个单位)。")
    assert not any(metric == "public_enterprises" for metric, _ in got)


# --------------------------------------------------------------------------- a list written number first after a verb

def test_a_list_written_number_first_after_a_verb_gives_each_number_its_own_noun():
    got = audited("法定主动公开共公布2条领导信息、0条机构信息、3条财政资金、5条规划信息、1条政府信息公开年报。",
                  ("metric", "value", "category"))
    assert got == [("items_published", 2, "领导信息"), ("items_published", 0, "机构信息"), ("items_published", 3, "财政资金"),
                   ("items_published", 5, "规划信息"), ("items_published", 1, "政府信息公开年报")]


def test_a_noun_glued_after_a_count_without_a_list_is_no_label():
    got = audited("全年公开2条领导信息。", ("metric", "value", "category"))
    assert got == [("items_published", 2, None)]


def test_papers_counted_in_jian_before_their_noun_are_no_kinds_of_item():
    got = audited("重点领域公开完成6件人大主办件、3件政协主办件办理结果。", ("metric", "value", "category"))
    assert ("items_published", 6, "人大主办件") not in got


def test_the_rules_page_in_a_list_written_number_first_is_one_more_part():
    got = audited("全年共发布9条信息:2条政策解读、3条采购信息、4条政府信息公开制度。", ("metric", "value", "category"))
    assert ("items_published", 4, "政府信息公开制度") in got


def test_rules_set_up_are_still_no_figure():
    assert audited("制定了评议考核等9项政府信息公开工作制度。") == []
    assert audited("建立健全信息发布审核等4条工作制度。") == []


def test_an_article_cited_is_still_no_count():
    got = audited("依据《条例》第36条规定,受理政府信息公开申请3件。")
    assert got == [("applications_received", 3)]


# --------------------------------------------------------------------------- penalties and coercion counted together

def test_one_count_over_penalties_and_coercion_is_read_as_the_penalties():
    got = audited("行政许可处理决定数量1200宗;行政处罚、行政强制处理决定数量14宗。")
    assert got == [("licence_decisions", 1200), ("punishment_decisions", 14)]
    got = audited("主动公开信息430条,其中工作动态400条、行政许可13条、处罚强制5条。")
    assert ("punishment_decisions", 5) in got and not any(metric == "coercion_decisions" for metric, _ in got)


def test_three_kinds_said_in_turn_keep_one_count_each():
    got = audited("全市行政许可、行政处罚、行政强制决定数量分别为2897宗、4660宗和59宗。")
    assert got == [("licence_decisions", 2897), ("punishment_decisions", 4660), ("coercion_decisions", 59)]


def test_penalties_and_coercion_counted_apart_stay_apart():
    assert audited("全年作出行政处罚12件,行政强制3件。") == [("punishment_decisions", 12), ("coercion_decisions", 3)]


# --------------------------------------------------------------------------- a count that lost its unit at a line's end

def test_the_last_count_of_a_line_that_lost_its_unit_takes_its_neighbours():
    got = audited("2020年主动公开工作动态类信息40条,行政执法3条,人事信息2条,财政管理6\n(二)依申请公开情况\n本年度未收到申请。",
                  ("metric", "value", "unit", "text"))
    assert ("items_published", 6, "条", "财政管理6") in got


def test_a_bare_number_ending_a_line_after_another_sentence_stays_unread():
    got = audited("全年发布信息40条。制作发布各类服务材料609\n(二)依申请公开情况\n本年度未收到申请。")
    assert ("items_published", 609) not in got


# --------------------------------------------------------------------------- a restatement after another list's 其中

def test_applications_restated_after_another_lists_qizhong_fail():
    report = audit_narrative("2021年,我局发布政府信息1113条,其中部门文件20件;受理依申请公开办件1件,全部已办结。\n"
                             "(二)依申请公开情况\n今年共受理依申请公开2件,均已按时答复。", 2021)
    assert statuses(report, "narrative.restated") == ["FAIL"]


def test_a_list_after_qizhong_going_on_past_a_semicolon_stays_scoped():
    report = audit_narrative("2024年我单位共制作信息30条,其中主动公开信息数24条;依申请公开信息数6条;不予公开信息数0条。\n"
                             "(二)依申请公开情况\n2024年未受理依申请公开信息申请。")
    assert "FAIL" not in statuses(report, "narrative.restated")


# --------------------------------------------------------------------------- the report's opening words, title lost

_PARTS = ("一、总体情况\n(一)主动公开情况\n网站全年主动公开政府信息36条,其中行政许可类信息4条。\n"
          "(二)依申请公开情况\n全年合计受理依申请公开申请2件,均按时答复。\n")


def test_a_page_opening_with_the_years_work_summed_up_before_part_one_is_no_fragment():
    text = ("2023年,某县退役军人事务局认真贯彻落实《中华人民共和国政府信息公开条例》,坚持以公开为常态、不公开为例外,"
            "较好地完成了政务公开各项工作。\n" + _PARTS)
    assert not textmine.audit(text).metadata.fragment


def test_the_old_outlines_first_part_after_the_opening_words_is_no_fragment_either():
    text = ("2010年,某管理区认真贯彻落实《中华人民共和国政府信息公开条例》,加大政府信息公开力度。\n"
            "一、主动公开政府信息的情况\n2010年,管理区共主动公开政府信息45条。\n"
            "二、依申请公开政府信息的情况\n2010年未收到政府信息公开申请。\n")
    assert not textmine.audit(text).metadata.fragment


def test_a_page_opening_at_part_one_whose_first_paragraph_sums_up_the_year_is_still_a_fragment():
    # (一's own first paragraph, on a page that lost the title and the preamble above it)
    text = "一、总体情况\n2022年,某市政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》,规范信息公开。\n" + _PARTS[7:]
    assert textmine.audit(text).metadata.fragment


def test_a_page_opening_with_the_years_work_summed_up_as_the_report_is_no_fragment():
    text = ("根据《某省人民政府办公厅关于开展2023年度政务公开工作考评的通知》有关安排,结合工作实际,现就开展2023年度"
            "政府信息公开工作总结如下:\n2023年,某分局在市政府门户网站共发布各类信息31条。其中部门动态信息14条。\n"
            "(二)依申请公开情况\n全年未收到政府信息公开申请。\n")
    assert not textmine.audit(text).metadata.fragment
