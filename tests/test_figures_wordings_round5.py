"""Wording classes of round 5 (issue: truth on real reports), each a sentence written here in the
shape of the dev2 pages: parts named by their channel alone after a channel's count, and a catalogue
of service matters broken down by the kind of power."""
from __future__ import annotations

import pytest

from figure_text import figures


@pytest.mark.parametrize("text, expected", [
    ("全年局门户网站主动公开信息1820条,政务微信236条,政务微博140条,抖音号58条,今日头条号97条。",
     [(1820, "website"), (236, "wechat"), (140, "weibo"), (58, "douyin"), (97, "toutiao")]),
    ("全年,网站发布信息512条、微博96条、微信88条。", [(512, "website"), (96, "weibo"), (88, "wechat")]),
    ("共计发布微博2100篇、微信400余篇。", [(2100, "weibo"), (400, "wechat")]),
])
def test_a_part_named_by_its_channel_alone_is_that_channels_items(text, expected):
    found = figures(text)
    assert [(f.metric, f.value, f.channel, f.category) for f in found] == \
        [("items_published", value, channel, None) for value, channel in expected]


@pytest.mark.parametrize("text", [
    "网站发布信息800条,微信公众号粉丝2万人。",     # the followers are no items
    "网站访问量8000次,微博120条。",              # a count of visits, not of items, before it
    "通过微信公众号推送信息50条。抖音号30条。",      # another sentence: nothing to follow
])
def test_a_channel_label_without_a_count_of_items_before_it_is_no_part(text):
    found = figures(text)
    assert not [f for f in found if f.metric == "items_published" and f.channel in ("weibo", "douyin")]


def test_kinds_of_power_in_a_list_of_service_matters_are_matters_not_decisions():
    found = figures("2023年,共公开政务服务事项共48项,其中:行政许可(行政审批事项)9项、行政给付6项、行政确认3项、"
                    "其他行政权力7项、公共服务事项23项。")
    assert [(f.metric, f.value, f.category) for f in found[:5]] == [
        ("service_items", 48, None), ("service_items", 9, "行政许可(行政审批事项)"), ("service_items", 6, "行政给付"),
        ("service_items", 3, "行政确认"), ("service_items", 7, "其他行政权力")]
    assert [f.metric for f in found] == ["service_items"] * 6
    assert {f.parent for f in found[1:]} == {0}
    # without 其中: the kinds written right after their total
    found = figures("通过省政务服务事项管理平台公开政务服务事项25项,行政许可21项,行政征收2项,行政奖励1项,其他权力1项。")
    assert [(f.metric, f.value) for f in found] == [("service_items", v) for v in (25, 21, 2, 1, 1)]


@pytest.mark.parametrize("text, metric", [
    ("全年作出行政许可决定12件,行政处罚3件。", "punishment_decisions"),  # decisions after decisions
    ("主动公开信息120条,其中服务事项处理决定数0条,行政处罚类处理决定数0条。", "punishment_decisions"),
    ("主动公开了行政许可事项148条,公共服务事项257条。", "licence_decisions"),  # the licences come first
])
def test_decisions_stay_decisions_beside_service_matters(text, metric):
    assert metric in [f.metric for f in figures(text)]


def test_a_numbered_item_keeps_its_label():
    found = figures("全年主动公开政府信息41条,其中:1.组织机构类信息2条;2.部门文件类信息6条;3.动态类信息27条;"
                    "4.办事指南类信息1条;5.政府信息公开工作年度报告1条;6.其他信息4条。")
    assert [(f.value, f.category) for f in found[1:]] == [
        (2, "组织机构类"), (6, "部门文件类"), (27, "动态类"), (1, "办事指南类"), (1, "政府信息公开工作年度报告"),
        (4, "其他信息")]


def test_a_total_after_a_semicolon_with_its_own_list_ends_the_list_before_it():
    found = figures("截至年底,信息发布420条,其中政务动态信息更新量200条,信息公开目录信息更新量190条,专题专栏信息更新量30条;"
                    "解读信息发布5条,其中解读材料数量2条,解读产品数量3条。")
    interpretations = [f for f in found if f.metric == "policy_interpretations"]
    assert [(f.value, f.parent) for f in interpretations] == [(5, None), (2, 4), (3, 4)]
    assert [f.value for f in found if f.parent == 0] == [200, 190, 30]


def test_applications_in_a_sentence_about_licensing_are_licence_applications():
    found = figures("行使的行政许可事项为2项,即体育设施改变用途审核等,已进驻省政务服务事项管理系统,全年申请量0件,受理量0件,办结量0件。")
    assert [(f.metric, f.value) for f in found] == [
        ("service_items", 2), ("licence_applications", 0), ("licence_accepted", 0), ("licence_decisions", 0)]
    # a sentence that names disclosure keeps its applications, whatever else it names
    found = figures("推动行政审批事项线上办理,全年收到政府信息公开申请12件,办结12件。")
    assert [(f.metric, f.value) for f in found] == [("applications_received", 12), ("applications_handled", 12)]
    # and so does a sentence of its own after one about licensing
    assert [f.metric for f in figures("我局推进政务服务事项网上办理。全年收到申请3件。")] == ["applications_received"]


def test_matters_claimed_or_exercised_are_service_matters():
    found = figures("全年认领部门事项38项,公布权力清单120项。")
    assert [(f.metric, f.value) for f in found] == [("service_items", 38), ("service_items", 120)]
    # a list of parts written number first: the list's label is the part before it, not the next one's wording
    assert "service_items" not in [f.metric for f in figures("公开政府信息60条(其中含15条政府文件、1条权责清单、2条乡镇动态)。")]


def test_a_bracket_in_a_counts_clause_holds_that_counts_parts():
    found = figures("2023年全系统报送信息180篇,其中160篇被四类媒体采用(县委用稿150篇,市局采用10篇),15篇被三类媒体采用"
                    "(省厅用稿5篇、南方日报用稿10篇),5篇被二类媒体采用(新华网用稿5篇)。")
    parents = {f.value if f.category is None else f.category: f.parent for f in found}
    assert [f.value for f in found if f.parent == 0] == [160, 15, 5]
    assert parents["县委用稿"] == parents["市局采用"] == 1
    assert parents["省厅用稿"] == parents["南方日报用稿"] == 4
    # a bracket after a part of a list: that part's own parts, the list goes on after it
    found = figures("共公开信息500条,其中政策文件100条(县政府文件60条,部门文件40条),工作动态400条。")
    assert [(f.value, f.parent) for f in found] == [(500, None), (100, 0), (60, 1), (40, 1), (400, 0)]


def test_a_list_of_labelled_parts_goes_on_after_a_part_with_bracketed_parts():
    found = figures("我办共主动公开机构概况2件,规划计划3件、政策文件9件(县政府文件5件,县政府办文件4件)、"
                    "县政府常务会议4件、人事任免3件。")
    after = [f for f in found if f.category in ("县政府常务会议", "人事任免")]
    assert [(f.metric, f.value, f.parent) for f in after] == [("items_published", 4, None), ("items_published", 3, None)]


def test_channels_named_together_before_fenbie_take_the_numbers_in_order():
    found = figures("全年在门户网站发布信息900条,微博、微信公众号和今日头条号分别发布信息1433、664和247条。")
    assert [(f.value, f.channel, f.parent) for f in found] == [
        (900, "website", None), (1433, "weibo", None), (664, "wechat", None), (247, "toutiao", None)]
    found = figures("网站、微信公众号分别发布信息120条和80条,阅读量5万次。")
    assert [(f.metric, f.value, f.channel) for f in found][:2] == [
        ("items_published", 120, "website"), ("items_published", 80, "wechat")]
    # 分别 right after a count still opens a list of its parts
    found = figures("发布信息500条,分别为网站320条、微信180条。")
    assert [(f.value, f.channel, f.parent) for f in found] == [(500, None, None), (320, "website", 0), (180, "wechat", 0)]


def test_a_titles_count_opens_a_list_of_labelled_parts_with_their_additions():
    found = figures("信息类别:《政府信息公开指南》1条;机构概况2条;重点工作60条,新增12条;计划总结20条,新增4条。")
    assert [(f.metric, f.value, f.category) for f in found] == [
        ("items_published", 1, "《政府信息公开指南》"), ("items_published", 2, "机构概况"),
        ("items_published", 60, "重点工作"), ("items_published", 12, "重点工作"),
        ("items_published", 20, "计划总结"), ("items_published", 4, "计划总结")]
    # a title inside a clause with its own verb is no label
    assert [f.category for f in figures("印发《关于加强政务公开工作的通知》等文件12件。")] == [None]


@pytest.mark.parametrize("text, share", [
    ("在主动公开的资讯中,机构职能类资讯4条,佔总体比例的20%;业务动态类资讯16条,佔总体比例的80%。", 20),  # 佔: traditional 占
    ("公开信息总数160篇,其中:机构信息24篇占公开目录公开信息总数15%;法规公文30篇占18.75%。", 15),
    ("建议提案办理1条,占信息公开总量的1.75%。", 1.75),
])
def test_a_share_after_words_naming_its_total(text, share):
    shares = [f for f in figures(text) if f.kind == "share"]
    assert shares and shares[0].value == share


def test_decisions_published_in_a_list_of_items_are_parts_of_it():
    found = figures("全年在区政府官网公示的信息共计200条,其中环境质量信息12条,行政审批100条,行政处罚60条,行政强制1条,"
                    "其他类信息27条。")
    decisions = [f for f in found if f.metric in ("punishment_decisions", "coercion_decisions")]
    assert [(f.value, f.parent) for f in decisions] == [(60, 0), (1, 0)]


def test_a_decimal_between_labels_is_no_part_without_its_unit():
    found = figures("全县主动公开政府信息8000条,其中,积石山县6.2级地震灾后重建1000条,乡村振兴4000条,其他3000条。")
    assert 6.2 not in [f.value for f in found]


def test_items_an_outlet_took_and_items_reported_to_a_named_outlet_are_submitted():
    found = figures("全年在政务公开网站发布各类信息20条,被国家级网站采纳信息8条、省级网站采纳信息12条。")
    assert [(f.metric, f.value) for f in found] == [
        ("items_published", 20), ("items_submitted", 8), ("items_submitted", 12)]
    found = figures("报送县新闻网站挂网信息30条;报送县安监局安全生产信息11条。")
    assert [(f.metric, f.value) for f in found] == [("items_submitted", 30), ("items_submitted", 11)]


def test_things_named_together_before_fenbie_share_one_wording():
    found = figures("在市级、县级媒体刊发文章和新闻报道分别达到6篇、12篇。")
    assert [(f.metric, f.value) for f in found] == [("items_published", 6), ("items_published", 12)]


def test_consultations_messages_and_graphics_labelling_parts_of_a_list():
    found = figures("全年主动公开政府信息120条,其中工作动态60条,民意征集4条,通知公告50条,其他6条。")
    assert [(f.metric, f.value, f.parent) for f in found] == [
        ("items_published", 120, None), ("items_published", 60, 0), ("consultations", 4, 0),
        ("items_published", 50, 0), ("items_published", 6, 0)]
    # a list of labelled kinds goes on past a part named by its own wording
    found = figures("公开信息80条。内容涵盖政策法规9条、重大决策意见征集5条、政协提案6条。")
    assert [f.metric for f in found[1:]] == ["documents_published", "consultations", "items_published"]
    assert figures("全年办结群众留言386条,完成意见征集8次。")[0].metric == "messages_handled"
    assert [(f.metric, f.value) for f in figures("制作县政府常务会议图解15期。")] == [("policy_interpretations", 15)]
    assert [(f.metric, f.value) for f in figures("发布政策解读和图解政策21条。")] == [("policy_interpretations", 21)]
    assert [(f.metric, f.value) for f in figures("设置政务公开、办事服务等4个一级栏目,组织机构等33个二级栏目。")] == [
        ("site_columns", 4), ("site_columns", 33)]


@pytest.mark.parametrize("text", [
    "其中政策文件及解读35条,其他信息20条。",
    "发布市政府及政府办文件及解读信息82条。",
    "其中政策法规及解读类信息46条、工作动态类信息145条。",
    "公开规章、规范性文件及相关解读文件130项。",
])
def test_documents_counted_with_their_interpretations_are_documents(text):
    assert figures(text)[0].metric == "documents_published"


def test_interpretations_counted_with_their_graphics_stay_interpretations():
    assert [f.metric for f in figures("发布政策解读和图解政策21条。")] == ["policy_interpretations"]


def test_service_matters_counted_before_their_noun():
    found = figures("在省政务服务网共梳理了40项政务服务,其中行政许可12项、行政处罚18项、行政检查10项。")
    assert [(f.metric, f.value, f.parent) for f in found] == [
        ("service_items", 40, None), ("service_items", 12, 0), ("service_items", 18, 0), ("service_items", 10, 0)]
    assert [(f.metric, f.value) for f in figures("市交委实施的11项行政许可、3项行政备案事项全部可网上办理。")] == [
        ("service_items", 11), ("service_items", 3)]
    assert "service_items" not in [f.metric for f in figures("全年作出3项行政许可决定。")]


def test_a_run_of_labelled_counts_in_tiao_is_a_list_of_categories_without_a_total():
    found = figures("2、政务要闻版块,自治区要闻60条、市要闻70条、区要闻100条,公告通知8条。")
    assert [(f.metric, f.value, f.category) for f in found] == [
        ("items_published", 60, "自治区要闻"), ("items_published", 70, "市要闻"), ("items_published", 100, "区要闻"),
        ("items_published", 8, "公告通知")]
    # one labelled count alone, or counts in another unit, are no such list
    assert not figures("自治区要闻60条。")
    assert "items_published" not in [f.metric for f in figures("下辖街道10个、社区20个。")]
    # what was done to items is no kind of them
    assert not figures("发现并纠正问题信息12条,整改错敏信息5条。")


def test_a_count_in_a_bracket_before_a_colon_opens_the_list_after_it():
    found = figures("基础信息公开(14条):政府信息公开制度、指南、年度报告各1条,政府工作报告1份,镇情概况信息10条。")
    assert [(f.value, f.category, f.parent) for f in found] == [
        (14, None, None), (1, "政府信息公开制度", 0), (1, "指南", 0), (1, "年度报告", 0), (1, "政府工作报告", 0),
        (10, "镇情概况信息", 0)]


def test_answers_named_by_their_outcome_and_interpretation_files():
    found = figures("其中同意公开答复数6件、不予公开答复数1件、告知补正数3件、不予处理数2件。")
    assert [(f.metric, f.value) for f in found] == [
        ("applications_granted", 6), ("applications_denied", 1), ("applications_other", 3),
        ("applications_not_processed", 2)]
    assert [(f.metric, f.value) for f in figures("在网站“政策解读”专栏发布政策解读文件40篇。")] == [
        ("policy_interpretations", 40)]


def test_more_application_wordings_of_round_five():
    assert [(f.metric, f.value) for f in figures("收到政务信息公开申请7条。")] == [("applications_received", 7)]
    assert [(f.metric, f.value) for f in figures("其中申请补正信息的2件。")] == [("applications_other", 2)]
    assert ("applications_carried_over", 3) in [(f.metric, f.value) for f in figures(
        "全市新收政府信息公开申请136件,结转上年度依申请公开3件,办理答复139件。")]
    # a lawsuit brought without a review first says nothing of reviews
    assert "reconsiderations" not in [f.metric for f in figures("未经复议直接起诉的行政诉讼1件。")]


@pytest.mark.parametrize("text, expected", [
    ("局办公室负责局政务信息公开工作,从事人员1人。", [("staff", 1)]),
    ("由办公室指定2人(兼职)负责日常的政府信息公开工作。", [("staff", 2)]),
    ("发布政策解读25件,新开设专题5个。", [("policy_interpretations", 25), ("site_columns", 5)]),
    ("世界水日中国水周等68个专题。", [("site_columns", 68)]),
    ("开展专题培训3次。", [("trainings", 3)]),
])
def test_staff_and_special_topics(text, expected):
    assert [(f.metric, f.value) for f in figures(text)] == expected


def test_a_review_not_yet_concluded_is_pending_not_applications_handled():
    found = figures("因政府信息公开申请行政复议1件,尚未办结0件。")
    assert [(f.metric, f.value) for f in found] == [("reconsiderations", 1), ("reconsiderations_pending", 0)]
    assert "applications_handled" not in [f.metric for f in figures("全年共受理申请10件,办结8件,尚未办结2件。")][2:]


@pytest.mark.parametrize("text, expected", [
    ("政策文件206件,其中省委省政府联合发文14件。", [("documents_published", 206), ("documents_published", 14)]),
    ("本年度,某街道办事处共发文2则。", [("documents_published", 2)]),
    ("政务新媒体发文约2300条。", [("items_published", 2300)]),   # posts, in 条/篇
])
def test_documents_sent_out_and_posts(text, expected):
    assert [(f.metric, f.value) for f in figures(text)] == expected


def test_a_publishing_verb_inside_a_list_of_items_names_one_more_kind():
    found = figures("在门户网站发布公开信息126条,其中部门工作公开信息78条,公开人大建议提案35条,政策性文件8条。")
    assert [(f.metric, f.value, f.parent) for f in found][1:] == [
        ("items_published", 78, 0), ("items_published", 35, 0), ("documents_published", 8, 0)]


def test_document_labels_with_de_and_the_rules_kind():
    found = figures("主动公开信息900条,其中政策文件类的信息113条,工作动态500条。")
    assert [(f.metric, f.value) for f in found][1:] == [("documents_published", 113), ("items_published", 500)]
    found = figures("主动公开政府信息的主要类别情况:党政信息类147条,文件类47条,制度类4条。")
    assert [f.metric for f in found] == ["items_published", "documents_published", "documents_published"]


def test_a_hotlines_cases_concluded_stay_hotline_cases():
    found = figures("受理某省“12345”政务服务热线90件,办结88件。")
    assert [(f.metric, f.value) for f in found] == [("hotline_cases", 90), ("hotline_cases", 88)]
    # a mailbox named after the hotline is messages; messages concluded are messages
    assert [f.metric for f in figures("收到12345市民热线投诉咨询500件;受理县长信箱200件。")] == [
        "hotline_cases", "messages_handled"]
    assert [f.metric for f in figures("收到网民留言50条,办结48条。")] == ["messages_handled", "messages_handled"]


def test_applications_named_as_the_cases_filed():
    assert [(f.metric, f.value) for f in figures("2022年全市共收到政府信息申请公开件600件。")] == [
        ("applications_received", 600)]
    assert [(f.metric, f.value) for f in figures("某街道收到群众申请公开件1件,已在规定时限内答复1件。")] == [
        ("applications_received", 1), ("applications_handled", 1)]
