"""Wordings real report pages showed that the extractor missed or misread (issue: truth on
real reports). Each case is a sentence written here in the shape of the real ones, one class
per case: the wording class, not one page, is what is pinned."""
from __future__ import annotations

import pytest

from figure_text import figures, metric_values as brief


@pytest.mark.parametrize("text, expected", [
    # the number before the noun
    ("本年度我镇收到0件政府信息公开申请。", [("applications_received", 0)]),
    ("共收到申请5件,其中4件已按法定时限书面答复,1件结转2025年度继续办理。",
     [("applications_received", 5), ("applications_handled", 4), ("applications_carried_forward", 1)]),
    # carried over / forward written with 答复 (not applications handled)
    ("上年结转答复2件,结转下一年答复1件。", [("applications_carried_over", 2), ("applications_carried_forward", 1)]),
    ("结转至2025年答复3件。", [("applications_carried_forward", 3)]),
    # decisions counted in 条
    ("公开行政处罚2条、行政许可事项决定7条。", [("punishment_decisions", 2), ("licence_decisions", 7)]),
    # gazette copies
    ("编发政府公报6期,印发1200本。", [("gazette_issues", 6), ("gazette_copies", 1200)]),
    # coordinated nouns share the number; a verb makes 政策 N 条 a count
    ("发布政策解读和图解政策21条。", [("policy_interpretations", 21)]),
    ("全年发布政策18条。", [("documents_published", 18)]),
    ("动态更新文件1500余份。", [("documents_published", 1500)]),
    # staff, departments, units
    ("明确2名同志专门负责政务公开工作。", [("staff", 2)]),
    ("推动35家县直部门完善公开目录。", [("departments", 35)]),
    ("覆盖52个部门及140家所属单位。", [("departments", 52), ("departments", 140)]),
    ("组织28个部门40余人参加培训。", [("departments", 28), ("training_attendance", 40)]),
    # events, open days, hot topics, meetings, online answers
    ("举办政府开放日活动3次,开展政务公开宣传活动6场。", [("open_days", 3), ("events", 6)]),
    ("回应社会关切9次。", [("hot_topics_responded", 9)]),
    ("热点回应4条。", [("hot_topics_responded", 4)]),
    ("召开专题会议2次研究部署政务公开工作。", [("meetings", 2)]),
    ("召开业务培训会议2次。", [("trainings", 2)]),
    ("在线解答群众咨询160人次。", [("messages_handled", 160)]),
])
def test_real_wordings_are_read(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text", [
    # the report's outline is not a count of anything
    "本报告由总体情况、主动公开政府信息情况、其他需要报告的事项等6个部分组成。",
    "全文包括总体情况、主动公开政府信息情况等六大部分。",
    # table-heading ordinals in a flattened table
    "第二十条第(一)项 规章 本年制发件数 本年废止件数",
    "第二十条第(五)项 行政许可 本年处理决定数量",
])
def test_not_figures(text):
    assert brief(text) == []


def test_departments_do_not_become_training_sessions():
    figs = figures("组织36个部门50余人参加政务公开专题培训。")
    assert [(f.metric, f.value, f.qualifier) for f in figs] == [("departments", 36, None),
                                                              ("training_attendance", 50, "more_than")]


def test_a_total_over_coordinated_channels_has_no_channel():
    figs = figures("通过门户网站、微信公众号和政务公开栏发布信息460条,其中门户网站发布300条。")
    assert [(f.value, f.channel) for f in figs] == [(460, None), (300, "website")]
    # one channel named: it is that channel's
    assert [(f.value, f.channel) for f in figures("通过门户网站发布信息460条。")] == [(460, "website")]


def test_a_verb_phrase_is_no_category():
    figs = figures("全年及时准确公开各领域信息120条。")
    assert [(f.metric, f.value, f.category) for f in figs] == [("items_published", 120, None)]


def test_parts_separated_by_semicolons_after_a_colon_are_read():
    figs = figures("主动公开信息2954条,其中:工作动态86条;通知公告473条;政策文件120条。")
    assert [f.value for f in figs] == [2954, 86, 473, 120]
    assert figs[0].parts == (1, 2, 3)


def test_a_long_list_of_one_item_parts_keeps_every_part():
    # another metric's noun (建议提案) inside a list of categories is one more category; the list
    # after a stated total (共计) and its 其中 runs to the end of the sentence
    figs = figures("主动公开政府信息共计48条,其中工作动态30条,通知公告6条,建议提案1条,规划计划2条,人事信息3条,"
                   "统计信息1条,内设机构4条,直属机构1条。")
    total = figs[0]
    assert [figs[i].category for i in total.parts] == ["工作动态", "通知公告", "建议提案", "规划计划", "人事信息",
                                                       "统计信息", "内设机构", "直属机构"]
    assert sum(figs[i].value for i in total.parts) == 48


def test_a_new_statement_still_ends_a_list_of_categories():
    figs = figures("全年发布信息60条,其中通知公告4条,工作动态56条,办理网民留言30条。")
    assert [(f.metric, f.parent) for f in figs] == [("items_published", None), ("items_published", 0),
                                                    ("items_published", 0), ("messages_handled", None)]


@pytest.mark.parametrize("text, expected", [
    # parts of a 其中 list separated by ; without a colon
    ("主动公开政府信息数100条,其中,综合政务59条;人事工作信息1条;财政信息5条;教育35条。",
     [("items_published", 100), ("items_published", 59), ("items_published", 1), ("items_published", 5),
      ("items_published", 35)]),
    # zeros in the general shape old outlines answer every part with
    ("我镇2016年度无申请。", [("applications_received", 0)]),
    ("全年未发生针对本部门有关政府信息公开事务的行政复议案件和行政诉讼案件。", [("reconsiderations", 0), ("lawsuits", 0)]),
    ("本单位未对任何公民、法人和组织收取任何费用。", [("info_processing_fees", 0)]),
    ("全年共办理依申请公开事项10件,无结转下年度办理的申请。",
     [("applications_received", 10), ("applications_carried_forward", 0)]),
    # applications named by the verb and 依申请
    ("全年共收到依申请公开信息12条。", [("applications_received", 12)]),
    ("本年度受理依申请政府信息公开事项25件。", [("applications_received", 25)]),
    ("收到申请公开21条,办结21条。", [("applications_received", 21), ("applications_handled", 21)]),
    # documents among the categories of published items
    ("其中:政策法规类信息14条,规划计划类信息6条。", [("documents_published", 14), ("items_published", 6)]),
    ("全年公开文件104份。", [("documents_published", 104)]),
])
def test_more_real_wordings(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text", [
    "工作动态每周2篇,并及时发送。",                     # how often, not how many
    "信息发布量由2013年的1128条增加到2014年的1887条。",  # the first is another year's
    "德兴乡将推进政务信息公开作为一项重要工作来抓。",      # 一 as an article
    "公开内容:1、机构类信息:公开了领导姓名。",            # an item's number
])
def test_more_not_figures(text):
    assert 1128 not in [v for _, v in brief(text)]
    assert [(m, v) for m, v in brief(text) if v in (1, 2)] == []


# --------------------------------------------------------------------------- lists (second pass)

def parts_of(text: str, total_value):
    figs = figures(text)
    total = next(i for i, f in enumerate(figs) if f.value == total_value and f.parent is None)
    return [(f.metric, f.value, f.category) for f in figs if f.parent == total]


def test_a_gloss_in_parentheses_does_not_end_the_list():
    text = ("网站全年主动公开信息180条,其中政策文件21条、工作动态96条、预决算3条、"
            "重点领域信息(环境监管)40条、民生信息(住房保障)20条。")
    assert [v for _, v, _ in parts_of(text, 180)] == [21, 96, 3, 40, 20]
    assert parts_of(text, 180)[3][2] == "重点领域信息(环境监管)"


def test_a_digit_free_gloss_between_wording_and_number():
    text = "全年公开文件90份,其中政策法规文件(办法、细则、规定)6份,占比6.7%。"
    figs = figures(text)
    assert [(f.metric, f.value, f.kind) for f in figs] == [
        ("documents_published", 90, "count"), ("documents_published", 6, "count"),
        ("documents_published", 6.7, "share")]
    assert figs[1].parent == 0


def test_labelled_parts_after_an_opener_naming_the_published_information():
    text = ("全年主动公开政府信息300条,全文电子化率100%。在主动公开的信息中,机构职能类40条,"
            "通知公告类25条,便民服务事项(个人)30条,业务咨询5条,热点问题解答12条。")
    got = [(m, v) for m, v, _ in parts_of(text, 300)]
    # a label saying the items were answered keeps its metric and is one more part of the items published (stop 51:
    # 62 annotated responses are parts of such lists; it had been read as a count of its own)
    assert got == [("items_published", 40), ("items_published", 25), ("items_published", 30),
                   ("items_published", 5), ("hot_topics_responded", 12)]


def test_quoted_column_names_without_a_total_are_categories():
    text = "其中“政策法规”12条,“重大决策预公开”6条,“规划计划”5条,“建议提案办理”4条,“政策解读”9条,“回应关切”3条。"
    got = [(f.metric, f.value, f.category) for f in figures(text)]
    assert ("items_published", 5, "规划计划") in got
    assert ("items_published", 4, "建议提案办理") in got
    assert ("policy_interpretations", 9) in [(m, v) for m, v, _ in got]
    assert ("hot_topics_responded", 3) in [(m, v) for m, v, _ in got]


def test_parts_continue_across_sentences_when_the_label_opens_the_next():
    text = ("共公开文件120份。其中制度规范类15份,占比12.5%。工作部署类(计划、方案)45份,占比37.5%。"
            "资金管理类60份,占比50%。")
    counts = [(f.value, f.parent) for f in figures(text) if f.kind == "count"]
    assert counts == [(120, None), (15, 0), (45, 0), (60, 0)]


def test_a_part_whose_unit_was_left_out_between_labels():
    text = "年内共发布各类信息900条,其中概况类信息120条工作动态300条通知公告80政务要闻400条。"
    assert [(v, c) for _, v, c in parts_of(text, 900)] == [
        (120, "概况类"), (300, "工作动态"), (80, "通知公告"), (400, "政务要闻")]


def test_a_glued_list_ends_where_a_new_channel_statement_follows():
    text = "年内发布各类信息500条,其中新闻类信息200文件50政策解读30、微信平台同步发布信息420条。"
    figs = figures(text)
    wechat = next(f for f in figs if f.value == 420)
    assert wechat.parent is None and wechat.channel == "wechat"


def test_a_stated_sum_after_the_parts_is_not_one_more_part():
    text = "发布信息60条,其中工作动态25条、通知公告10条,共计35条。"
    figs = figures(text)
    assert [(f.value, f.parent) for f in figs] == [(60, None), (25, 0), (10, 0), (35, None)]
    text = "在门户网站发布信息1800条,在省政府网站专栏发布信息600条,总计2400条。"
    assert [v for m, v in brief(text) if m == "items_published"] == [1800, 600, 2400]


def test_a_cumulative_count_after_a_count_in_its_unit():
    figs = figures("全年共公开文件96份,历年累计1200份,已经100%实现全文电子化。")
    assert [(f.metric, f.value) for f in figs] == [
        ("documents_published", 96), ("documents_published", 1200), ("digitisation_rate", 100)]


def test_a_channel_named_part_of_another_total():
    text = "全年共协调处置网络舆情80件(其中政务服务平台30件、市长信箱45件,便民热线5件)。"
    assert [(m, v) for m, v, _ in parts_of(text, 80)] == [
        ("hot_topics_responded", 30), ("hot_topics_responded", 45), ("hot_topics_responded", 5)]


@pytest.mark.parametrize("text, expected", [
    ("共受理政府信息公开申请15件,12件为自然人申请,3件为法人申请。",
     [("applications_received", 15), ("applications_received", 12), ("applications_received", 3)]),
    ("申请量同比增长12.5%。", [("applications_received", 12.5)]),
    ("办公室牵头办理向区政府申请的政府信息20件,其中予以公开8件、逾期未补正2件。",
     [("applications_received", 20), ("applications_granted", 8), ("applications_other", 2)]),
    ("为群众提供在线服务60余人次,办理信访事项12件,处理网上投诉件9件,回复论坛网帖30篇。",
     [("messages_handled", 60), ("messages_handled", 12), ("messages_handled", 9), ("messages_handled", 30)]),
    ("在门户网站设置了20多个子栏目,编制5个重点专栏。", [("site_columns", 20), ("site_columns", 5)]),
    ("在全市12个乡镇设置信息联络员。", [("departments", 12)]),
])
def test_wordings_of_the_second_pass(text, expected):
    assert brief(text) == expected


def test_a_none_paragraph_under_a_heading_is_the_headings_zero():
    text = ("一、总体情况\n本年度主动公开信息120条。\n"
            "三、依申请公开政府信息情况\n我乡2016年度无申请。\n"
            "四、依申请公开政府信息收费及减免情况\n我乡2016年度无申请。\n"
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n我乡2016年度无申请。\n")
    zeros = sorted(m for m, v in brief(text) if v == 0)
    assert zeros == ["applications_received", "info_processing_fees", "lawsuits", "reconsiderations"]


def test_a_paragraph_naming_its_own_subject_is_read_as_written():
    text = "(二)依申请公开政府信息\n全年未收到政府信息公开方面的行政复议申请和行政诉讼。\n"
    zeros = sorted(m for m, v in brief(text) if v == 0)
    assert zeros == ["lawsuits", "reconsiderations"]


# --------------------------------------------------------------------------- wordings found on more real pages

@pytest.mark.parametrize("text, expected", [
    # an NPC suggestion or CPPCC proposal named with its answer is one count of them
    ("办理人大代表建议及答复56件、政协提案和答复71件。", [("npc_suggestions", 56), ("cppcc_proposals", 71)]),
    # made public right after the verb, the answers are items published (round 13; ANNOTATION.md)
    ("公开人大代表建议及答复56件、政协提案和答复71件。", [("items_published", 56), ("items_published", 71)]),
    # a mailbox with a gloss, counted in 办件 after 公开: the case files published, items (four figures on two dev2 pages
    # against one, round 21; messages until stop 44)
    ("公开县长信箱(网上信访)办件18件。", [("items_published", 18)]),
    # answered, not received a second time
    ("本年度受理政府信息公开申请3件,已完成依申请公开申请3件。",
     [("applications_received", 3), ("applications_handled", 3)]),
    # applicants named as citizens
    ("公民个人提出申请420件,法人或其他组织提出申请12件。",
     [("applications_received", 420), ("applications_received", 12)]),
    # what a clean-up kept is in force
    ("清理后保留规范性文件15件,废止4件。", [("normative_documents_in_force", 15), ("normative_documents_repealed", 4)]),
    ("继续有效的行政规范性文件22件。", [("normative_documents_in_force", 22)]),
    # interpretations in pictures
    ("制作政策图解6期。", [("policy_interpretations", 6)]),
    ("完成调查征集2期、政策简明问答图解4期。", [("consultations", 2), ("policy_interpretations", 4)]),
    # the number before the noun, for suggestions and proposals
    ("主动公开收到的9件建议提案。", [("npc_cppcc_items", 9)]),
    ("本年度收到3件人大代表建议、5件政协提案。", [("npc_suggestions", 3), ("cppcc_proposals", 5)]),
    # the old outline's 不予公开 part answered with none
    ("2014年度我委依申请公开政府信息2条,无不予以公开政府信息。",
     [("applications_received", 2), ("applications_denied", 0)]),
    # an application received in a letter, counted as applications
    ("共受理答复依申请公开政府信息信件0件。", [("applications_received", 0)]),
    # decisions published as information, and approvals handled
    ("公开行政处罚信息12件。", [("punishment_decisions", 12)]),
    ("办理食品经营许可行政审批事项9项。", [("licence_decisions", 9)]),
])
def test_more_real_page_wordings(text, expected):
    assert brief(text) == expected


def test_corrections_are_no_publications():
    assert brief("全年修正重复信息120条,错别字30条。") == []


def test_a_reach_figure_inside_a_list_does_not_end_it():
    text = ("主动公开政府信息60条,其中门户网站发布10条,微信公众号发布42条,阅读量9000人次,"
            "区报发布8条。")
    figs = figures(text)
    parts = [(f.value, f.channel) for f in figs if f.parent == 0]
    assert parts == [(10, "website"), (42, "wechat"), (8, "other")]


def test_channels_a_column_and_a_summing_etc_are_not_one_channel():
    # 公开栏目 is a column of a website, not a bulletin board
    figs = figures("在门户网站开设信息公开栏目,全年发布各类信息900余条。")
    assert [(f.value, f.channel) for f in figs] == [(900, "website")]
    # 等新媒体 sums up the channels listed before it
    figs = figures("依托区政府网站和政务微信公众号“东江发布”等新媒体,主动公开信息48条。")
    assert [(f.value, f.channel) for f in figs] == [(48, None)]


def test_generic_applicant_words_need_their_application():
    # 企业信用信息公示系统 is a channel's name, not applications from enterprises
    assert brief("在国家企业信用信息公示系统公开信息300条。") == [("items_published", 300)]
    assert brief("企业提出申请3件,公民个人提出申请5件。") == [
        ("applications_received", 3), ("applications_received", 5)]


def test_a_list_opened_by_specifically():
    text = "全年公开政府信息500条,具体为门户网站320条、“政策问答库”80条、其他平台100条。"
    assert [(v, c) for _, v, c in parts_of(text, 500)][:2] == [(320, None), (80, "政策问答库")]


def test_a_decision_count_inside_a_list_of_items_is_one_of_its_parts():
    # (the decisions published are among the items: 150 + 140 + 1 + 9 = 300)
    text = "全年发布采购信息300条,其中采购公告150条,结果公告140条,行政处罚决定1条,监督检查报告9条。"
    figs = figures(text)
    assert [(f.metric, f.value, f.parent) for f in figs] == [
        ("items_published", 300, None), ("items_published", 150, 0), ("items_published", 140, 0),
        ("punishment_decisions", 1, 0), ("items_published", 9, 0)]


def test_a_label_after_a_year_and_the_agency_is_a_category():
    text = "2023年我局主动公开环境质量信息20篇;重点单位监测结果共计58条。"
    figs = figures(text)
    assert (figs[0].value, figs[0].category) == (20, "环境质量信息")
    assert (figs[1].metric, figs[1].value) == ("items_published", 58)
