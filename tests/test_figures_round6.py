"""Real-page classes of round 6 (issue 18). Each sentence is written here in the shape of the dev2
pages (made-up bodies and numbers)."""
from __future__ import annotations

import pytest

from figure_text import figures, metric_values as brief


def _read(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.metric, f.value, f.category) for f in figures(text)]


# -- applications taken up (办理): received alone, handled after the received count


def test_applications_taken_up_alone_are_received():
    assert brief("2023年,区住建局全年共办理政府信息公开申请21件,均在法定期限内答复。")[0] == (
        "applications_received", 21)


@pytest.mark.parametrize("text, expected", [
    ("2022年,某区政府办公室共收到依申请公开48件以及2021年转办依申请公开3件。"
     "区政府办公室全年共办理依申请公开47件,其中,出具政府信息公开告知书44件,撤销申请1件。",
     [("applications_received", 48), ("applications_carried_over", 3), ("applications_handled", 47),
      ("applications_handled", 44), ("applications_other", 1)]),
    ("全市全年新收政府信息公开申请1200件,加上上年结转的,除去结转下年度办理的,共办理政府信息公开申请1190件。",
     [("applications_received", 1200), ("applications_handled", 1190)]),
])
def test_applications_taken_up_after_the_received_count_are_handled(text, expected):
    assert brief(text) == expected


def test_a_received_count_of_another_paragraph_leaves_taken_up_received():
    text = "(一)主动公开\n全年收到群众来信12件。\n(二)依申请公开\n全年共办理依申请公开5件。"
    assert ("applications_received", 5) in brief(text)


# -- shares written with their own label before 占


def test_outcome_shares_take_the_outcome_their_label_names():
    found = [(f.metric, f.value, f.kind, f.parent) for f in figures(
        "共办理政府信息公开申请800件,其中予以公开或部分公开占58.5%、不予公开占7.3%、因本机关不掌握等原因无法提供占28.9%。")]
    assert found == [("applications_received", 800, "count", None),
                     ("applications_granted", 58.5, "share", 0),
                     ("applications_denied", 7.3, "share", 0),
                     ("applications_unavailable", 28.9, "share", 0)]


def test_category_shares_take_their_label():
    found = _read("2019年,市某局主动公开法定信息320条,在公开的法定信息中,政策法规占7%,工作动态占45%。")
    assert found == [("items_published", 320, None), ("documents_published", 7, "政策法规"),
                     ("items_published", 45, "工作动态")]


def test_a_share_after_its_count_stays_the_share_of_that_count():
    found = [(f.metric, f.value, f.category, f.parent) for f in figures(
        "主动公开信息1000条,其中政策法规30条,占3%;工作动态600条,占60%。")]
    assert found == [("items_published", 1000, None, None), ("documents_published", 30, "政策法规", 0),
                     ("documents_published", 3, "政策法规", 1), ("items_published", 600, "工作动态", 0),
                     ("items_published", 60, "工作动态", 3)]


# -- outcomes written after their number, with 不予以 and the reason between


@pytest.mark.parametrize("text, expected", [
    ("收到政务信息公开申请6条,其中2条已公开,3条属于个人隐私,不予以公开;1条属于重复申请,不予以处理。",
     [("applications_received", 6), ("applications_granted", 2), ("applications_denied", 3),
      ("applications_not_processed", 1)]),
    ("收到申请5件,其中2件予以公开,2件因涉及商业秘密不予以公开,1件信息不存在。",
     [("applications_received", 5), ("applications_granted", 2), ("applications_denied", 2),
      ("applications_unavailable", 1)]),
])
def test_outcomes_after_their_number(text, expected):
    assert brief(text) == expected


def test_each_outcome_is_a_part_of_the_received():
    found = figures("收到申请4件,其中1件已公开,3件信息不存在。")
    assert [f.parent for f in found] == [None, 0, 0]


def test_applications_handed_on_from_last_year_are_carried_over():
    assert brief("共收到依申请公开30件以及2022年转办依申请公开1件。") == [
        ("applications_received", 30), ("applications_carried_over", 1)]


# -- numbers that are no counts: 一个 as an article, how often, per unit


@pytest.mark.parametrize("text", [
    "出台实施意见,将政务公开工作推入一个新的发展阶段。",
    "做到公开内容客观、全面、及时,还干部一个清白,给群众一个明白。",
    "通过区政府门户网站每3个月发布一期电子公报。",
    "涉及机构职能等固定信息每年检查更新一次。",
    "成立信息联络小组,每个科室(单位)和下属单位确定了一名信息员。",
    "各股室分别指定1名联络员负责信息报送。",
])
def test_numbers_that_count_nothing(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    ("办公室确定一名信息员负责日常工作。", [("staff", 1)]),
    ("今年在门户网站开设一个专栏。", [("site_columns", 1)]),
])
def test_one_is_still_a_count_where_it_counts(text, expected):
    assert brief(text) == expected


def test_a_table_row_printed_as_text_gives_no_figures():
    text = ("二、主动公开政府信息情况 第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 "
            "规 章 0 0 0 行政规范性文件 2 0 15 第二十条第(五)项 信息内容 本年处理决定数量 行政许可 12 "
            "三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3")
    assert [(metric, value) for metric, value in brief(text) if value in (2, 15, 3)] == []


def test_numbers_with_their_units_side_by_side_stay_figures():
    assert brief("全年主动公开信息 120 条 其中政策文件 12 条") == [("items_published", 120), ("documents_published", 12)]


@pytest.mark.parametrize("text", [
    "全年按时予以答复,没有出现被投诉举报、行政复议及行政诉讼纠错的情况。",
    "我局安排专人核查接收渠道,无申请公开渠道不顺畅问题情况存在。",
])
def test_negations_about_something_else_are_no_zeros(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    ("本年度未发生行政复议。", [("reconsiderations", 0)]),
    ("2019年未收到政府信息公开申请。", [("applications_received", 0)]),
])
def test_zeros_in_words_still_read(text, expected):
    assert brief(text) == expected


# -- bodies counted by their own nouns


@pytest.mark.parametrize("text, value", [
    ("目前,全县47个公开主体都能按照要求完成各自目录和指南的编制。", 47),
    ("明确办公室为主管部门,细化 6 个业务科室的公开工作分工。", 6),
    ("全区12个镇、街道和区政府各委、办、局均设立了公开专栏。", 12),
    ("政府预决算栏目,全区96家单位预决算310条。", 96),
    ("建设覆盖14家医疗卫生机构的政务专网。", 14),
    ("指导全局9个区县分局的政府信息公开工作。", 9),
    ("组织到5个隶属海关实地开展交叉评审。", 5),
    ("推动8个县市区政务服务大厅同步设立政策咨询窗口。", 8),
    ("组织召开政策说明会6场,参加单位45家。", 45),
])
def test_bodies_counted_before_or_after_their_noun_are_departments(text, value):
    assert ("departments", value) in brief(text)


@pytest.mark.parametrize("text", [
    "深化机构改革,完成3个机构职能调整。",
])
def test_a_reform_of_bodies_counts_no_bodies(text):
    assert ("departments", 3) not in brief(text)


# -- the application flow in the old outline's and the 2021 table's words


def test_outline_items_answered_with_none_are_zeros():
    text = ("1.主动公开政府信息的情况:64条\n\n2.行政机关依申请公开政府信息的数量:无\n\n"
            "3.不予以公开政府信息的数量:无\n\n4.政府信息公开的收费及减免情况:无")
    assert brief(text) == [("items_published", 64), ("applications_received", 0), ("applications_denied", 0),
                           ("info_processing_fees", 0)]


@pytest.mark.parametrize("text, expected", [
    ("本年度不存在上年度结转政府信息公开申请。", [("applications_carried_over", 0)]),
    ("2022年共受理依申请公开0件,2021年未转结政府信息公开申请。",
     [("applications_received", 0), ("applications_carried_over", 0)]),
])
def test_none_carried_over_in_words(text, expected):
    assert brief(text) == expected


def test_the_other_reason_of_unavailable_with_its_gloss():
    assert brief("共受理申请30件。其中,予以公开20件,无法提供(没有现成信息需另行制作)10件。") == [
        ("applications_received", 30), ("applications_granted", 20), ("applications_unavailable", 10)]


@pytest.mark.parametrize("text, expected", [
    ("2012年共收到3份书面政府信息公开申请,均依法回复。", [("applications_received", 3)]),
    ("街道指派一名政府信息工作经验丰富人员负责政府信息公开发布工作。", [("staff", 1)]),
])
def test_counts_before_their_noun_with_words_between(text, expected):
    assert brief(text) == expected


# -- labels of documents among the items published


@pytest.mark.parametrize("label, metric", [
    ("法律法规", "documents_published"),
    ("国家相关法律法规", "documents_published"),
    ("转载城管执法领域法律法规", "items_published"),  # reposted: items, whatever they are
    ("政策类", "documents_published"),
    ("招商相关政策", "documents_published"),
    ("政策信息", "items_published"),  # items about policy, not documents
    ("重大政策信息", "items_published"),
])
def test_labels_naming_documents_or_items(label, metric):
    found = brief(f"全年公开政府信息300条,其中工作动态54条、{label}12条、通知公告20条。")
    assert (metric, 12) in found


@pytest.mark.parametrize("label, metric", [
    ("行政许可类信息", "items_published"),
    ("项目审批信息", "items_published"),
    ("行政审批", "licence_decisions"),
    ("固体废物行政审批结果", "licence_decisions"),
    ("项目审批核准结果", "licence_decisions"),
])
def test_labels_naming_licensing_information_or_decisions(label, metric):
    found = brief(f"全年公开政府信息300条,其中工作动态54条、{label}12条、通知公告20条。")
    assert (metric, 12) in found and ("items_published", 20) in found


def test_labels_written_before_a_colon():
    text = ("全年新增主动公开政府信息300条,其中:机构概况:2条,主要包括领导职务等信息;人事信息:1条;行政许可类:5条;"
            "提案议案:8条;公共服务:150条;百姓关注:134条。")
    assert _read(text) == [("items_published", 300, None), ("items_published", 2, "机构概况"),
                           ("items_published", 1, "人事信息"), ("items_published", 5, "行政许可类"),
                           ("items_published", 8, "提案议案"), ("items_published", 150, "公共服务"),
                           ("items_published", 134, "百姓关注")]


def test_proposals_and_motions_together():
    assert brief("本年度承办提案议案共7件,均已按时办结。") == [("npc_cppcc_items", 7)]


def test_postings_counted_in_times():
    assert brief("2011年我局在政府门户网站公开发布信息60次,包括通知公告5次、工作动态55次。") == [
        ("items_published", 60), ("items_published", 5), ("items_published", 55)]


def test_times_without_a_noun_of_items_stay_no_items():
    assert not any(metric == "items_published" for metric, _ in brief("全年召开专题会议6次,开展宣传活动4次。"))


@pytest.mark.parametrize("text, expected", [
    ("在主动公开的信息中,政策规范性文件类信息120条;规划计划类信息14条。",
     [("documents_published", 120), ("items_published", 14)]),
    # a Taiwan-word mirror writes 文件 as 档案
    ("主动公开规章12件,行政规范性档案43件,市政府其他档案93件,人事任免档案142件。",
     [("regulations_issued", 12), ("normative_documents_issued", 43), ("documents_published", 93),
      ("documents_published", 142)]),
    ("主动公开信息417篇,其中部门档案2件、政策解读5件、公共服务187件。",
     [("items_published", 417), ("documents_published", 2), ("policy_interpretations", 5), ("items_published", 187)]),
])
def test_policy_normative_documents_and_the_mirrors_word_for_documents(text, expected):
    assert brief(text) == expected


def test_archives_kept_are_no_documents_published():
    assert brief("加强档案管理,整理人事档案120份。") == []


@pytest.mark.parametrize("text, expected", [
    ("本年度共收到政府信息公开申请2件,2件均已办结。", [("applications_received", 2)]),
    ("本年度共收到政府信息公开申请3件,2件已办结。", [("applications_received", 3), ("applications_handled", 2)]),
    ("全年共受理依申请公开12件,全部按时答复,没有出现一起投诉、复议和诉讼案件。",
     [("applications_received", 12), ("reconsiderations", 0), ("lawsuits", 0)]),
    ("全年通过政府网站发布信息6个类别,累计公开概况信息等共40条。", [("items_published", 40)]),
    ("2023年,省财政厅承办省人大代表建议、省政协委员提案共213件。", [("npc_cppcc_items", 213)]),
    ("2021年,共制作1件规范性文件。", [("normative_documents_issued", 1)]),
])
def test_round6_fresh_batch_shapes(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # parts by year of a cumulative total: only the latest year's is a fact of the year
    ("2018年,全街道主动公开政府信息共40条。累计发布政务信息491条,其中,2018年40条,2017年83条,2016年58条。",
     [("items_published", 40), ("items_published", 491), ("items_published", 40)]),
    ("累计发布信息300条,其中2016年50条、2017年80条、2018年170条。", [("items_published", 300), ("items_published", 170)]),
    ("街道政府信息公开工作转眼已经走过了8个年头。", []),
    ("送交省政府信息公开办信息100份。", [("items_submitted", 100)]),
    ("全街道信息公开查询点1个,全部能够进行电子信息查阅。", [("reading_sites", 1)]),
    ("全年更新并发布了街道政府信息公开工作年报以及本年度办事处文件等内容8条。", [("items_published", 8)]),
])
def test_round6_old_outline_shapes(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2015年度某局没有发生任何政府信息公开费用,也没有收取申请人任何费用。", [("info_processing_fees", 0, "没有收取")]),
])
def test_the_fee_zero_is_where_the_fee_is_not_charged(text, expected):
    found = figures(text)
    assert [(f.metric, f.value, text[f.value_start:f.value_end]) for f in found] == expected


def test_a_share_written_without_its_zhan():
    found = [(f.metric, f.value, f.kind) for f in figures("动态公告类信息17条,占比为39.5%;其他类别2条,比为4.7%。")]
    assert ("items_published", 4.7, "share") in found
    assert all(f.kind != "share" for f in figures("全年发布信息120条,同比为4.7%。"))


@pytest.mark.parametrize("text, expected", [
    ("网站专栏专题维护3个、新开设2个,解读信息发布22条。",
     [("site_columns", 3), ("site_columns", 2), ("policy_interpretations", 22)]),
    ("今年新开设2个窗口。", []),
])
def test_more_of_what_the_figure_before_counts_opened_this_year(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年公布政府概况1条,机构概况2条,法规文件及解读2条,会议纪要1条。",
     [("items_published", 1, "政府概况"), ("items_published", 2, "机构概况"), ("documents_published", 2, "法规文件及解读"),
      ("items_published", 1, "会议纪要")]),
    ("发布审计公告和解读6条。", [("items_published", 6, "审计公告和解读")]),
    ("全年发布数据解读信息89篇。", [("items_published", 89, "数据解读信息")]),
    ("发布政策解读信息12条。", [("policy_interpretations", 12, None)]),
])
def test_what_is_interpreted_decides(text, expected):
    assert _read(text) == expected


def test_pictures_explaining_policy_counted_before_them():
    assert brief("发布《图读市政府预算报告》和《带你了解财政电子票据》2篇政策简明问答图解。") == [("policy_interpretations", 2)]


def test_parts_named_by_their_own_kind_keep_the_label():
    assert _read("全年公开政府信息300条,其中政策文件4条、规范性文件2条、政策解读12条、工作动态54条。") == [
        ("items_published", 300, None), ("documents_published", 4, "政策文件"),
        ("normative_documents_issued", 2, "规范性文件"), ("policy_interpretations", 12, "政策解读"),
        ("items_published", 54, "工作动态")]


def test_outcomes_of_applications_carry_no_label():
    assert _read("共收到申请5件,其中予以公开3件,无法提供2件。") == [
        ("applications_received", 5, None), ("applications_granted", 3, None), ("applications_unavailable", 2, None)]


def test_the_kind_after_a_hot_topic_part_is_items():
    found = brief("主动公开信息1000条,其中决策公开8条、政策解读10条、回应关切26条、监督保障34条。")
    assert ("items_published", 34) in found


@pytest.mark.parametrize("text, expected", [
    ("行政诉讼案件4件,其中1件已撤回。", [("lawsuits", 4), ("lawsuits_other", 1)]),
    ("本年度本部门无新增的行政法规、规章和规范性文件。", [("regulations_issued", 0), ("normative_documents_issued", 0)]),
    ("全委共确定32名专(兼)职工作人员承担政府信息公开工作。", [("staff", 32)]),
    ("指定一名政务服务中心政务工作人员专人负责政府信息公开工作。", [("staff", 1)]),
    ("收到依申请公开共3件,其中书面申请1件,通过信息公开平台申请2件。",
     [("applications_received", 3), ("applications_received", 1), ("applications_received", 2)]),
    ("发布意见征集信息8条。", [("consultations", 8)]),
    ("收集书面意见建议16条,答复市民代表意见建议17项。", [("consultation_comments", 16), ("consultation_comments", 17)]),
])
def test_round6_z7_z8_shapes(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("网上咨询180人次,现场接待133人次,接听咨询电话500人次。",
     [("messages_handled", 180), ("messages_handled", 133), ("messages_handled", 500)]),
    ("收到来信1233件,接访共计3000余人次。", [("messages_handled", 1233), ("messages_handled", 3000)]),
])
def test_enquiries_received_in_person(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新筑街道办事处2022年共收到并办理自然人申请公开政府信息数11件。",
     [("applications_received", 11), ("applications_handled", 11)]),
    ("2022年结转至2023年2件,2023年共受理265件,已办结264件,结转下年度办理3件。",
     [("applications_carried_over", 2), ("applications_received", 265), ("applications_handled", 264),
      ("applications_carried_forward", 3)]),
])
def test_applications_taken_in(text, expected):
    assert brief(text) == expected


def test_a_sum_stated_with_a_bare_publishing_verb_sums_the_parts_before():
    assert brief("全年公开的财政直达资金政策11条,重大财政政策公开17条,共公开28条。") == [
        ("documents_published", 11), ("documents_published", 17), ("documents_published", 28)]


@pytest.mark.parametrize("text, expected", [
    ("涉及信息公开的行政复议0件,行政诉讼2件,均获维持。",
     [("reconsiderations", 0), ("lawsuits", 2), ("lawsuits_upheld", 2)]),
    ("2024年因政府信息依申请公开工作提起上诉案件1件。", [("lawsuits", 1)]),
    ("全年共进行各类民意征集43件。", [("consultations", 43)]),
])
def test_round6_z9_z10_shapes(text, expected):
    assert brief(text) == expected


def test_a_channel_of_messages_among_the_applications_received():
    found = _read("本年度共收到信息公开申请13件,其中通过政府信息依申请公开系统收到11件,局长信箱收到2件。")
    assert ("applications_received", 2, "局长信箱") in found
    assert ("applications_handled", 2, None) in _read("本年度共收到信息公开申请13件,其中局长信箱答复2件。")


@pytest.mark.parametrize("text, expected", [
    ("配备了3名兼职工作人员。", [("staff", 3, "兼职工作人员")]),
    ("确定1名同志具体负责。", [("staff", 1, None)]),
    ("配备2名全职工作人员、2名兼职工作人员。", [("staff", 2, "全职工作人员"), ("staff", 2, "兼职工作人员")]),
])
def test_the_kind_of_post_counted_before_it_is_the_label(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("按照9大类主动公开各类公文信息96条,其中通过宣传栏主动公开信息41条、网站公开信息49条、电视台公开信息6条。",
     [("documents_published", 96), ("documents_published", 41), ("documents_published", 49), ("documents_published", 6)]),
    ("全年公开各类文件200件,其中行政通知类文件105件,财政信息公开12件,各类公示公告57件。",
     [("documents_published", 200), ("documents_published", 105), ("documents_published", 12), ("documents_published", 57)]),
    # items counted in 条 under a loose 文件 total stay items, as the pages read them
    ("全年共发布17类文件共1528条,其中,政务动态信息更新1380条,公开财政预决算信息5条。",
     [("documents_published", 1528), ("items_published", 1380), ("items_published", 5)]),
])
def test_generic_parts_of_a_total_of_documents(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("我局全年共公开各类信息1559条,其中通过县政府网信息公开平台主动公开各类信息1544条,通过12316农业信息平台公开政府信息15条。",
     [("items_published", 1559), ("items_published", 1544), ("items_published", 15)]),
    ("全年共收到行政复议1件,维持结果1件;未经复议直接诉讼0件,复议后诉讼0件。",
     [("reconsiderations", 1), ("reconsiderations_upheld", 1), ("lawsuits", 0), ("lawsuits", 0)]),
    ("县人民政府共交办人大建议和政协提案36件,其中:县十八届人大二次会议代表建议22件。",
     [("npc_cppcc_items", 36), ("npc_suggestions", 22)]),
    ("本年度未发生行政诉讼。", [("lawsuits", 0)]),
])
def test_names_sessions_and_the_tables_kinds_of_lawsuit(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年无不予公开、无法提供、不予处理的情况。",
     [("applications_denied", 0), ("applications_unavailable", 0), ("applications_not_processed", 0)]),
    ("2020年没有因政府信息公开引起行政复议或者行政起诉。", [("reconsiderations", 0), ("lawsuits", 0)]),
    ("收到依申请公开的信息2条,均已答复。", [("applications_received", 2)]),
    ("同意公开或部分公开40件。", [("applications_granted", 40)]),
    ("全年制定2条行政规范性文件。", [("normative_documents_issued", 2)]),
    ("本年度不存在申请不予公开信息。", []),
])
def test_round6_z11_z12_shapes(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全市各地各部门认证微信317个,认证微博94个,移动客户端61个。",
     [("new_media_accounts", 317), ("new_media_accounts", 94), ("new_media_accounts", 61)]),
    ("目前,我局拥有微信平台公众号一个。", [("new_media_accounts", 1)]),
    ("我区加强全区25个政务微博、微信等新媒体的管理。", [("new_media_accounts", 25)]),
    ("开发“健康科普资源库”微信小程序,涵盖34个学科大类。", []),
    ("用活官网和微信公众号两个主阵地。", []),
    ("微信公众号发布信息317条。", [("items_published", 317)]),
])
def test_accounts_counted_by_their_channel(text, expected):
    assert brief(text) == expected


def test_an_accounts_count_inside_a_list_of_channel_parts_does_not_end_it():
    found = figures("全年主动公开政府信息23468条,包括政府网站8885条,27个政务新媒体共转载发布信息18446条,通过其他方式发布1211条。")
    assert [(f.metric, f.value, f.parent) for f in found] == [
        ("items_published", 23468, None), ("items_published", 8885, 0), ("new_media_accounts", 27, None),
        ("items_published", 18446, 0), ("items_published", 1211, 0)]


@pytest.mark.parametrize("text, expected", [
    # a notice answering an application is its answer, whatever the outcome (as two pages read it)
    ("共收到依申请公开64件,共印发政府信息公开告知书63件,补正告知书1件。",
     [("applications_received", 64), ("applications_handled", 63), ("applications_other", 1)]),
    ("2023年市人民政府办公室收到政府信息公开申请信件22件,其中本年度答复21件,结转下年度办理1件。",
     [("applications_received", 22), ("applications_handled", 21), ("applications_carried_forward", 1)]),
    ("2023年,我镇受理依申请公开1件,上年结转0件,办件0件,结转下年度继续办理0件。",
     [("applications_received", 1), ("applications_carried_over", 0), ("applications_handled", 0),
      ("applications_carried_forward", 0)]),
    ("2024年度,我街受理依申请公开政府信息0件,回复处理0件。", [("applications_received", 0), ("applications_handled", 0)]),
    ("全年收到依申请公开办件0条。", [("applications_received", 0)]),
])
def test_answers_notices_and_case_files(text, expected):
    assert brief(text) == expected


def test_a_column_named_before_its_publishing_wording_labels_the_count():
    found = _read("我局主动公开政府信息572条,其中:“政策法规”栏目发布信息25条,“重大决策预公开”栏目发布信息10条,"
                  "“政策解读”栏目发布信息9条,社会救助栏目发布信息323条。")
    assert found == [("items_published", 572, None), ("documents_published", 25, "政策法规"),
                     ("items_published", 10, "重大决策预公开"), ("policy_interpretations", 9, "政策解读"),
                     ("items_published", 323, "社会救助")]


@pytest.mark.parametrize("text, value", [
    ("指导18个市县做好预算公开工作。", 18),
    ("组织工作组到全省14个市,向基层工作人员详细讲解。", 14),
    ("指导全区50余家单位动态更新政府信息主动公开全清单目录。", 50),
    ("目前,全市纳入政府信息公开系统的78个单位(部门)中,均成立了领导小组。", 78),
    ("154个部门、522家预算单位主动公开2022年度决算。", 522),
])
def test_more_bodies_by_their_own_nouns(text, value):
    assert ("departments", value) in brief(text)


@pytest.mark.parametrize("text, expected", [
    ("明确由1名分管领导和1名工作人员负责市政府办公室信息管理。", [("staff", 1, None), ("staff", 1, None)]),
    ("局机关配备了1名教育政务信息公开工作专职干部、2名兼职干部。", [("staff", 1, None), ("staff", 2, "兼职干部")]),
    ("推动2名咨询员通过考核。", [("staff", 2, None)]),
    ("一名班子成员分管此项工作。", [("staff", 1, None)]),
    ("配备了3名专职和2名兼职工作人员。", [("staff", 3, "专职"), ("staff", 2, "兼职工作人员")]),
    ("并指定一名大学生负责乡政府信息公开的日常工作。", [("staff", 1, None)]),
    ("目前,全市各公开主体共有126人从事政府资讯公开工作。", [("staff", 126, None)]),
])
def test_staff_in_more_of_the_pages_wordings(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("专题专栏新开设5个,维护数量13个。", [("site_columns", 5), ("site_columns", 13)]),
    ("建立就业、社保等20余个发布专栏,分类发布相关民生信息。", [("site_columns", 20)]),
])
def test_columns_opened_kept_and_counted_before_them(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年上报政务资讯80条。", [("items_submitted", 80)]),
    ("开展台账自查2次。", [("inspections", 2)]),
])
def test_news_submitted_and_self_checks(text, expected):
    assert brief(text) == expected
