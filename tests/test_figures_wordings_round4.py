"""Wording classes of round 4 (issue: truth on real reports), each a sentence written here in the
shape of the dev2 pages: an outcome said of every case after their count, one label over two kinds
of documents, 发送 as a publishing verb, comments counted before their noun, the office's own
leader in charge, a traditional 敗 in a zero statement."""
from __future__ import annotations

import pytest

from figure_text import figures, metric_values as brief


@pytest.mark.parametrize("text, expected", [
    ("2022年度发生行政复议案件1件,为其他结果;行政诉讼案件1件,为其他结果。",
     [("reconsiderations", 1), ("reconsiderations_other", 1), ("lawsuits", 1), ("lawsuits_other", 1)]),
    ("涉及信息公开行政复议1项,由市人民政府行政复议,纳入结果纠正范围。",
     [("reconsiderations", 1), ("reconsiderations_corrected", 1)]),
    ("因政府信息公开被申请行政复议7件,均维持结果;行政诉讼3件。",
     [("reconsiderations", 7), ("reconsiderations_upheld", 7), ("lawsuits", 3)]),
    ("发生行政诉讼1件,目前正在审理中。", [("lawsuits", 1), ("lawsuits_pending", 1)]),
])
def test_an_outcome_of_every_case_after_the_count_is_stated_on_its_number(text, expected):
    found = figures(text)
    assert [(f.metric, f.value) for f in found] == expected
    # the outcome sits on the count's own number, not on the words after it
    for total, outcome in zip(found[::2], found[1::2]):
        assert (outcome.start, outcome.end) == (total.start, total.end)


def test_one_label_over_two_kinds_of_documents_counts_documents():
    found = figures("我镇主动公开政府信息86条,其中,机构职能类信息13条,政策、规范性文件类信息12条;规划计划类信息6条。")
    assert [(f.metric, f.value, f.category) for f in found] == [
        ("items_published", 86, None), ("items_published", 13, "机构职能类"),
        ("documents_published", 12, "政策、规范性文件类"), ("items_published", 6, "规划计划类")]
    assert brief("门户网站新增信息1412条,其中法律法规及规范性文件类信息28条,规划计划类信息2条。")[1] == \
        ("documents_published", 28)
    # the normative documents alone stay normative documents, a list of labels stays a list
    assert brief("网站发布信息20条,其中规范性文件信息10条,规划计划类信息8条。")[1] == ("normative_documents_issued", 10)
    assert [f.category for f in figures("发布信息30条,其中机构职能、规范性文件类信息12条。")][1:] == ["规范性文件类"]


@pytest.mark.parametrize("text, value", [
    ("截至12月31日,乡政府门户网站共发送9条信息。", 9),
    ("通过微博、微信发送消息2600余条。", 2600),
])
def test_sending_messages_is_publishing(text, value):
    found = figures(text)
    assert [(f.metric, f.value, f.category) for f in found] == [("items_published", value, None)]


def test_comments_counted_before_their_noun_after_a_word_of_collecting():
    assert brief("开展绿道规划问卷调查,共收集4218条反馈意见。") == [("consultation_comments", 4218)]
    assert brief("共收到126条意见建议。") == [("consultation_comments", 126)]
    # suggestions the body made itself are no comments received
    assert brief("对各单位网站提出3条意见。") == []


@pytest.mark.parametrize("text", [
    "市政府办公室由一名市政府副秘书长分管本单位政府信息公开工作。",
    "由1名副局长分管政府信息公开工作。",
])
def test_the_offices_own_leader_in_charge_is_staff(text):
    assert brief(text) == [("staff", 1)]


def test_a_traditional_character_in_a_zero_statement_is_folded():
    found = brief("本年度申请行政复议数4件、提起行政诉讼数7件。無一起敗訴或撤銷。")
    assert ("reconsiderations_corrected", 0) in found and ("lawsuits_corrected", 0) in found


def test_a_number_that_ends_the_page_without_its_unit_is_no_figure():
    # the page was cut inside the number or before its unit: 667 may be 6670 条
    assert brief("通过微信、微博官方平台发布各类政务信息667") == []
    # a value given by a copula is complete without a unit
    assert brief("政府信息公开申请数为2") == [("applications_received", 2)]
    assert brief("发布各类政务信息667条") == [("items_published", 667)]


def test_the_ways_information_goes_out_counted_are_no_items():
    assert brief("我局向社会主动公开政府信息主要通过四条途径,一是区政府网站,二是公开栏。") == []


def test_a_list_of_kinds_summed_after_deng_counts_items():
    assert brief("在网站上解读政策、公布单位人事变动、业务动态等共计50条。") == [("items_published", 50)]
    # one kind alone keeps its metric
    assert brief("发布政策解读30条。") == [("policy_interpretations", 30)]


def test_round4_shares_additions_and_labels():
    found = figures("主动公开政府信息179条。其中,机构职能类13条,占信息总量的7.3%;规划计划类11条,占公开信息总数的6.1%。")
    assert [(f.metric, f.value, f.kind) for f in found] == [
        ("items_published", 179, "count"), ("items_published", 13, "count"), ("items_published", 7.3, "share"),
        ("items_published", 11, "count"), ("items_published", 6.1, "share")]
    # the year's additions to a stock; a comparison is no addition
    assert brief("截至12月底,我乡在县政府网站共主动公开政府信息615条,今年新增94条。") == [
        ("items_published", 615), ("items_published", 94)]
    assert brief("发布信息120条,较上年新增20条。") == [("items_published", 120)]
    # a category label of items is no decision count
    found = figures("公开信息500条,其中行政许可类348条、其他类信息152条。")
    assert [(f.metric, f.category) for f in found][1:] == [("items_published", "行政许可类"), ("items_published", "其他类")]


def test_a_weekly_label_is_no_frequency():
    assert brief("全年推送各类信息137条,其中发布每周工作动态信息29条。")[1] == ("items_published", 29)


def test_a_list_of_labelled_parts_goes_on_past_a_worded_part_and_its_bracket():
    found = figures("2025年,我办共主动公开机构概况2件,规划计划3件、财政信息2件、政策文件13件(县政府文件5件,规范性文件6件)、"
                    "县政府常务会议4件、人事任免4件、金融风险防范1件。")
    labelled = [(f.metric, f.value, f.category) for f in found if f.category]
    assert ("items_published", 4, "县政府常务会议") in labelled
    assert ("items_published", 4, "人事任免") in labelled
    assert ("items_published", 1, "金融风险防范") in labelled
    assert ("documents_published", 13) in [(f.metric, f.value) for f in found]


def test_a_channel_that_publishes_after_a_semicolon_ends_the_list():
    found = figures("乡政府门户网站发布信息25条,包含机构信息4条、通知公告12条、信息公开年报1条;政府大厅电子显示屏发布32条;"
                    "宣传栏发布51条。")
    assert [(f.value, f.parent, f.channel) for f in found][-2:] == [(32, None, "board"), (51, None, "board")]
    # a list separated by ; goes on past a part with no verb of its own
    assert [f.parent for f in figures("发布信息68条,其中,综合政务59条;人事工作信息1条;教育8条。")] == [None, 0, 0, 0]


def test_a_list_of_kinds_without_a_total_stays_a_list_of_items():
    found = figures("信息类别:机构概况1条;政府文件180条,新增31条;重点工作79条,新增17条;人事任免19条。")
    metrics = [(f.metric, f.value) for f in found]
    assert ("documents_published", 180) in metrics and ("documents_published", 31) in metrics
    # the parts after a part named by documents' words are items, and each addition is its own part's
    assert ("items_published", 19) in metrics and ("documents_published", 19) not in metrics
    assert ("documents_published", 17) not in metrics


def test_kinds_introduced_by_their_criterion_are_parts_of_the_total_before():
    found = figures("2012年共主动公开政府信息23条。从内容分类看,机构职能5条,业务工作18条。")
    assert [(f.value, f.category, f.parent) for f in found] == [(23, None, None), (5, "机构职能", 0), (18, "业务工作", 0)]


def test_round4_ways_articles_and_decision_labels():
    assert brief("我镇的政府信息主要通过两条途径公开:一是通过政府门户网站公开。") == []
    assert brief("按照《政府信息公开条例》二十条的规定主动公开。") == []
    # 行政处罚类处理决定数 is decisions; 行政许可类 alone a label of items
    assert brief("其中涉及到行政许可类处理决定数4条,行政处罚类处理决定数0条。") == [
        ("licence_decisions", 4), ("punishment_decisions", 0)]


@pytest.mark.parametrize("text", [
    "四、政府信息公开的收费及减免情况\n2017年度,本单位没有向依申请公开对象收取复印、传真、递送等任何费",
    "三、政府信息公开的收费及减免情况\n根据上级统一部署,我镇对申请公开政府信息暂免收费。\n",
])
def test_round4_fee_zeros(text):
    assert brief(text) == [("info_processing_fees", 0)]


def test_jiang_taking_its_object_is_no_plan():
    found = brief("2022年,我乡将政策法规、人事信息、领导简介,财政预决算、乡镇建设、工作动态等应主动公开的信息全部纳入公开范围,"
                  "我乡通过门户网站主动公开工作动态33条、乡镇建设12条。")
    assert found == [("items_published", 33), ("items_published", 12)]
    # a plan stays a plan
    assert brief("2024年,我局将开展业务培训4次。") == []


def test_outcomes_quoted_or_named_after_their_number():
    assert brief("2023年,街道共受理政府信息公开申请10件,其中2件均按规定程序办结,6件为“本机关不掌握相关政府信息”,"
                 "重复申请1件,主动撤销1件。") == [
        ("applications_received", 10), ("applications_handled", 2), ("applications_unavailable", 6),
        ("applications_not_processed", 1), ("applications_other", 1)]


def test_a_lawsuit_dismissed_is_upheld():
    assert brief("因政府信息公开被提起行政诉讼2件,均判决驳回原告诉讼请求。") == [("lawsuits", 2), ("lawsuits_upheld", 2)]


#: round 4's wordings, each a sentence in the shape of a dev2 page, with what it states
WORDINGS = [
    # (outcomes with their own numbers stay parts)
    # outcomes with numbers of their own are parts, never the outcome of all
    ("发生行政复议2件,维持1件,纠正1件。",
     [("reconsiderations", 2), ("reconsiderations_upheld", 1), ("reconsiderations_corrected", 1)]),
    # 审结 names no outcome
    ("行政复议1件,已审结。", [("reconsiderations", 1)]),
    # (round4 counts)
    ("全年共收到和办理依申请公开12件,其中自然人申请12件。",
     [("applications_received", 12), ("applications_handled", 12), ("applications_received", 12)]),
    ("申请人主动撤销申请42件。", [("applications_other", 42)]),
    ("全年103个单位新开通政务微博。", [("departments", 103)]),
    ("落实具体人员负责政府信息公开工作(其中全职2人,兼职4人)。", [("staff", 2), ("staff", 4)]),
    # a licence revoked stays a licence
    ("撤销行政许可3件。", [("licence_revoked", 3)]),
    # (round4 counts of batches i and j)
    ("2019年我局收到政府信息公开申请2件,办结1件,转入2020年办理1件。",
     [("applications_received", 2), ("applications_handled", 1), ("applications_carried_forward", 1)]),
    # 转下一年 is carried forward, not a plan for next year
    ("上年转结申请0件,转下一年办理2件。", [("applications_carried_over", 0), ("applications_carried_forward", 2)]),
    ("受理县长热线315件,办结率、反馈率均达100%。",
     [("hotline_cases", 315), ("completion_rate", 100), ("reply_rate", 100)]),
    ("明确了2名专职干部担任政府信息公开联系人。", [("staff", 2)]),
    ("网站上查阅电子目录43个主要栏目。", [("site_columns", 43)]),
    ("没有现成信息需要另行制作2件,补正后申请内容仍不明确1件。",
     [("applications_unavailable", 2), ("applications_unavailable", 1)]),
    ("全年先后召开政府信息公开工作和各类专题会议28次。", [("meetings", 28)]),
    # (round4 documents proposals and answers)
    # one count over two kinds of documents is documents; one kind keeps its metric
    ("2019年,累计对外公开规章和规范性文件14件。", [("documents_published", 14)]),
    ("公开规章12件,行政规范性文件43件。", [("regulations_issued", 12), ("normative_documents_issued", 43)]),
    # suggestions and proposals with their answers, one count; made public right after the verb, the answers
    # are items published (round 13, as the dev2 annotations read 公开…建议提案答复 N 件)
    ("公开各类建议提案答复12件。", [("items_published", 12)]),
    ("全年共主动公开人大建议、政协提案办理答复意见37件。", [("items_published", 37)]),
    # (published bare after the verb: items, as p064, z15 and z108 read it — npc_cppcc_items here until stop 40)
    ("其中公开人大建议提案35条。", [("items_published", 35)]),
    ("按时办结,完成率100%。", [("completion_rate", 100)]),
    ("开展网上民意征集18期,回应信息115条。", [("consultations", 18), ("hot_topics_responded", 115)]),
    ("我局2019年依申请公开信息1条。", [("applications_received", 1)]),
    ("网站主动公开政府信息554条,其中法律法规类信息17条。", [("items_published", 554), ("documents_published", 17)]),
    # not figures: another fee, a database
    ("2023年无行政处罚和行政事业性收费。", []),
    ("完成规范性文件库建设和20项数据同源问题优化。", []),
    # (round4 answers pictures and times)
    # (the information on NPC/CPPCC handling made public is items since stop 37: 26 annotated figures against 8)
    ("公开人大代表建议及政协提案办理信息34条。", [("items_published", 34)]),
    ("共发布政策图解40篇。", [("policy_interpretations", 40)]),
    ("解读文件9件次。", [("policy_interpretations", 9)]),
    # (round4 batch m and n wordings)
    ("收到要求公开政府信息的申请7件。", [("applications_received", 7)]),
    # into a named year is carried forward; from a named year carried over
    ("其中结转2024年度7件。", [("applications_carried_forward", 7)]),
    ("2019年结转申请73宗。", [("applications_carried_over", 73)]),
    ("予以公开或部分公开48件。", [("applications_granted", 48)]),
    ("设立三处公开查询点。", [("reading_sites", 3)]),
    # (round4 events held)
    ("今年全区共开展法治讲座165场、法律培训57场。", [("events", 165), ("trainings", 57)]),
    ("组织召开了14场政策说明会。", [("events", 14)]),
    ("开展政策说明会8场,面对面与企业交流。", [("events", 8)]),
    # other wordings keep their metrics
    ("举办培训班3场。", [("trainings", 3)]),
    ("召开新闻发布会3场。", [("press_conferences", 3)]),
    # (round4 batch o and p wordings)
    ("公开建议提案答复34篇。", [("items_published", 34)]),
    ("办理建议提案答复34篇。", [("npc_cppcc_items", 34)]),
    ("开展民意征集2条。", [("consultations", 2)]),
    ("依申请公开信息数为0条。", [("applications_received", 0)]),
    ("本年度收到申请3件,无上年结转。", [("applications_received", 3), ("applications_carried_over", 0)]),
    ("全年未出现不予公开的情况。", [("applications_denied", 0)]),
]


@pytest.mark.parametrize("text, expected", WORDINGS)
def test_round4_wordings(text, expected):
    assert brief(text) == expected


#: and sentences in which no figure is stated
NOT_FIGURES = [
    # (round4 not figures)
    "实行“周巡查、季通报”制度,每季度通报一次。",        # how often, not how many
    "具体公开内容包含以下五项:",                       # a list announced
    "政策文件印发后,一式三份向市档案馆报送。",          # copies of each
    "切实把政府信息公开作为建设法治政府的一项重要工作来抓。",  # an article
    "本报告是市财政局2010年发布的一份报告。",
    # (round4 frequencies per unit and rules are no figures)
    "民生保障办公室每月公示低保、特困户数及发放情况信息一条。",  # what is done each month
    "要求各科室至少有一名工作人员负责此项工作。",                # per unit
    "制定了保密审查、责任追究、评议考核等9项政府信息公开工作制度。",  # a count of rules
    "建立《政府信息公开工作考核制度》等九项制度。",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_round4_not_figures(text):
    assert brief(text) == []
