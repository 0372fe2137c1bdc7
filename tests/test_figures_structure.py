"""Breakdowns, carried-over totals, changes, shares, distributive lists, periods, plans,
restated table values, sections and table skipping."""
from __future__ import annotations

from textmine.figures import extract_figures
from textmine.readers import read_text
from textmine.sections import split_sections
from figure_text import figures


def by_value(figs, value, metric=None):
    return next(f for f in figs if f.value == value and (metric is None or f.metric == metric))


# --------------------------------------------------------------------------- breakdowns


def test_qizhong_links_parts_and_claims_completeness():
    figs = figures("主动公开政府信息2146条,其中政策文件58条、工作动态1320条、通知公告402条、人事信息86条、"
                   "财政资金信息280条。")
    total = figs[0]
    assert total.parts == (1, 2, 3, 4, 5) and total.exhaustive is True
    assert [figs[i].parent for i in total.parts] == [0] * 5
    assert figs[1].metric == "documents_published"  # a part keeps its own metric
    assert [figs[i].category for i in total.parts[1:]] == ["工作动态", "通知公告", "人事信息", "财政资金信息"]
    assert sum(figs[i].value for i in total.parts) == total.value


def test_deng_marks_a_selection():
    figs = figures("全年主动公开信息982条,包括政策法规、规划计划、重大项目等重点领域信息415条。")
    assert figs[0].parts == (1,) and figs[0].exhaustive is False
    figs = figures("发布各类信息3560条,其中工作动态1820条,通知公告640条,人事信息85条等。")
    assert len(figs[0].parts) == 3 and figs[0].exhaustive is False


def test_single_qizhong_part_is_a_selection():
    figs = figures("全年主动公开信息912条,其中涉及疫情防控的信息216条。")
    assert figs[0].parts == (1,) and figs[0].exhaustive is False


def test_nested_breakdown_in_parentheses():
    figs = figures("全年公开政府信息1250条,其中机构类信息120条(内有领导信息35条、机构职能85条),业务类信息1130条。")
    values = {f.value: f for f in figs}
    assert values[1250].parts == (1, 4)
    assert values[120].parent == 0 and values[120].parts == (2, 3) and values[120].category == "机构类"
    assert values[35].parent == 1 and values[85].parent == 1
    assert values[1130].parent == 0 and values[1130].category == "业务类"


def test_colon_list_with_semicolons_and_fenbiewei_list():
    figs = figures("共发布信息1200条,其中:工作动态650条;通知公告300条;政策文件250条。")
    assert figs[0].parts == (1, 2, 3)
    figs = figures("主动公开政府信息500条,分别为门户网站320条、微信公众号180条。")
    assert figs[0].parts == (1, 2)
    assert [figs[1].channel, figs[2].channel] == ["website", "wechat"]


def test_implicit_breakdown_after_a_stated_total():
    figs = figures("累计发布信息总数 304 条,概况类信息 193 条,政务动态信息 78 条,信息公开目录类 33 条;"
                   "解读信息发布 2 条")
    assert figs[0].parts == (1, 2, 3) and figs[0].exhaustive is True
    assert figs[4].metric == "policy_interpretations" and figs[4].parent is None


def test_unrelated_figures_in_the_same_sentence_are_not_parts():
    figs = figures("全年受理申请3119件,其中予以公开1362件,另有103件顺延到下年度答复。")
    assert figs[0].parts == (1,)
    assert figs[2].metric == "applications_carried_forward" and figs[2].parent is None


def test_review_outcomes_take_their_family_from_the_total():
    figs = figures("政府信息公开行政复议351件,其中结果维持72件,结果纠正64件,其他结果178件,尚未审结37件;"
                   "政府信息公开行政诉讼46件,其中结果维持25件,结果纠正5件,其他结果9件,尚未审结7件。")
    assert [f.metric for f in figs] == [
        "reconsiderations", "reconsiderations_upheld", "reconsiderations_corrected", "reconsiderations_other",
        "reconsiderations_pending", "lawsuits", "lawsuits_upheld", "lawsuits_corrected", "lawsuits_other",
        "lawsuits_pending"]
    assert figs[0].parts == (1, 2, 3, 4) and figs[5].parts == (6, 7, 8, 9)


def test_parts_in_wan_keep_decimal_values():
    figs = figures("累计发布各类信息67.35万条,其中政务动态16.53万条、通知公告12.8万条。")
    assert [f.value for f in figs] == [673500, 165300, 128000]
    assert figs[0].parts == (1, 2)


# --------------------------------------------------------------------------- carried over


def test_total_including_carried_over_is_explicit():
    figs = figures("全年共收到政府信息公开申请46件(含上年结转3件),其中自然人申请41件。")
    total, carried, natural = figs
    assert total.includes_carried_over is True
    assert carried.metric == "applications_carried_over" and carried.parent == 0
    assert natural.category == "自然人" and natural.parent == 0


def test_new_and_carried_side_by_side_is_not_inclusion():
    figs = figures("本年度新收政府信息公开申请数量43件,上年结转政府信息公开申请2件。")
    assert [f.includes_carried_over for f in figs] == [False, False]
    assert figs[1].parent is None


# --------------------------------------------------------------------------- changes, shares


def test_year_over_year_changes_are_changes_not_counts():
    figs = figures("本年度共新收政府信息公开申请312件,同比增长18.6%;申请答复率较上年提升2.5个百分点,达到100%。")
    assert [(f.metric, f.value, f.kind, f.direction) for f in figs] == [
        ("applications_received", 312, "count", None), ("applications_received", 18.6, "change", "up"),
        ("reply_rate", 2.5, "change", "up"), ("reply_rate", 100, "rate", None)]
    figs = figures("受理依申请公开事项87件,较去年减少12件,下降12.1%。")
    assert [(f.kind, f.direction, f.signed_value) for f in figs[1:]] == [("change", "down", -12),
                                                                         ("change", "down", -12.1)]
    (fig,) = figures("与去年相比,申请数量减少17件。")
    assert (fig.metric, fig.kind, fig.direction) == ("applications_received", "change", "down")


def test_new_is_not_a_change():
    (fig,) = figures("全年新增公开市政府规章 1 件。")
    assert (fig.metric, fig.kind) == ("regulations_issued", "count")


def test_a_change_without_a_subject_is_dropped():
    assert figures("政务公开第三方评估得分较上年提升3.2个百分点。") == ()


def test_shares_point_at_their_figure():
    figs = figures("予以公开140件,占52.6%;部分公开67,占4.61%。")
    assert [(f.metric, f.kind, f.parent) for f in figs] == [
        ("applications_granted", "count", None), ("applications_granted", "share", 0),
        ("applications_partial", "count", None), ("applications_partial", "share", 2)]
    assert figs[2].unit is None  # unit lost in the report: still a figure


def test_distributive_lists():
    figs = figures("办理人大代表建议和政协委员提案分别为74件和69件,满意率、办结率均为100%。")
    assert [(f.metric, f.value) for f in figs] == [
        ("npc_suggestions", 74), ("cppcc_proposals", 69), ("satisfaction_rate", 100), ("completion_rate", 100)]
    assert figs[2].value_start == figs[3].value_start
    figs = figures("因政府信息公开被申请行政复议、提起行政诉讼分别为4件、2件。")
    assert [(f.metric, f.value) for f in figs] == [("reconsiderations", 4), ("lawsuits", 2)]


# --------------------------------------------------------------------------- periods, plans


def test_periods():
    figs = figures("全年发布信息1846条,网站开通以来累计发布信息3.9万条。")
    assert [f.period for f in figs] == ["annual", "cumulative"]
    figs = figures("网站全年浏览量约为120万次,日均点击量3200余次。")
    assert [f.period for f in figs] == ["annual", "daily_average"]
    figs = figures("截至目前,全县在运维政务新媒体账号共计37个,全年关停整合账号9个。")
    assert [f.period for f in figs] == ["as_of", "annual"]


def test_plans_and_targets_are_not_figures():
    assert figures("下一步,我局计划于6月底前开设专栏,全年开展培训不少于4次,确保解读率达到100%。") == ()
    assert figures("2025年我们将组织培训3次。") == ()


# --------------------------------------------------------------------------- tables, sections

REPORT = """某县自然资源局2023年政府信息公开工作年度报告
如对本报告有疑问,请联系县政府办公室(地址:人民大道66号,邮编:463000,电话:0396-2211450)。
一、总体情况
(一)主动公开情况。全年在县政府门户网站发布信息318条。本年制发规范性文件2件,现行有效15件,作出行政许可处理决定716项。
(二)依申请公开情况。全年受理申请7件,均按时答复。
二、主动公开政府信息情况
本年度主动公开规范性文件2件,详见下表。
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
行政规范性文件\t2\t0\t15
行政许可\t716
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量\t7\t0\t0\t0\t0\t0\t7
四、政府信息公开行政复议、行政诉讼情况
0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
五、存在的主要问题及改进情况
信息公开的及时性有待提高,个别栏目超过3个月未更新。
六、其他需要报告的事项
本年度未收取信息处理费。
"""


def test_sections_tables_and_preamble():
    doc = read_text(REPORT)
    figs = extract_figures(doc, split_sections(doc))
    assert [(f.metric, f.value, f.section) for f in figs] == [
        ("items_published", 318, "overview"), ("normative_documents_issued", 2, "overview"),
        ("normative_documents_in_force", 15, "overview"), ("licence_decisions", 716, "overview"),
        ("applications_received", 7, "overview"), ("normative_documents_issued", 2, "active_disclosure"),
        ("info_processing_fees", 0, "other")]
    # restated table values are marked, not dropped
    assert [f.restates_table for f in figs] == [None, "active_disclosure", "active_disclosure", "active_disclosure",
                                               "applications", "active_disclosure", None]
    for fig in figs:
        assert doc.text[fig.start:fig.end] == fig.text
        assert fig.start <= fig.value_start < fig.value_end <= fig.end


def test_indexes_are_positions_and_output_is_deterministic():
    doc = read_text(REPORT)
    first = extract_figures(doc, split_sections(doc))
    second = extract_figures(doc, split_sections(doc))
    assert first == second
    assert [f.index for f in first] == list(range(len(first)))
    assert [f.value_start for f in first] == sorted(f.value_start for f in first)


def test_wrapped_pdf_lines_join_inside_a_number_and_a_word():
    text = ("一、总体情况\n2024 年,本局通过门户网站主动公开政府信息 1\n386 条,其中政策解读 24 条;全年受理政府信息公开申\n"
            "请 12 件,答复 12 件。\n- 1 -\n")
    figs = figures(text)
    assert [(f.metric, f.value) for f in figs] == [("items_published", 1386), ("policy_interpretations", 24),
                                                   ("applications_received", 12), ("applications_handled", 12)]
    assert figs[0].text.replace("\n", "").endswith("1386 条")


def test_the_measures_part_of_section_five_states_plans_not_figures():
    text = ("一、总体情况\n全年受理政府信息公开申请十件。\n五、存在的主要问题及改进情况\n"
            "存在问题:1.个别栏目更新不够及时,有的信息超过20个工作日才公开。\n"
            "改进措施:1.加强业务培训。2.每季度开展一次栏目巡查,重要政策解读不少于4篇。\n")
    assert [(f.metric, f.value, f.section) for f in figures(text)] == [("applications_received", 10, "overview")]


def test_an_opener_starting_a_sentence_refers_to_the_previous_sentence():
    figs = figures("全年组织各类新闻发布活动46场。其中,民生主题发布会28场。\n其中,教育发布会5场。")
    assert [(f.value, f.parent) for f in figs] == [(46, None), (28, 0), (5, None)]  # not across paragraphs


def test_parenthesised_parts_of_published_regulations_include_repeals():
    figs = figures("公开市政府规章9件(含新制定3件,修订4件,废止2件),公开人事任免文件58件、其他文件71件。")
    assert figs[0].parts == (1, 2, 3) and figs[0].exhaustive is True
    assert sum(figs[i].value for i in figs[0].parts) == 9
    assert [(f.metric, f.category) for f in figs[4:]] == [("documents_published", "人事任免文件"),
                                                         ("documents_published", "其他文件")]


def test_generic_wording_beyond_a_clause_does_not_count_the_next_noun():
    # 信息 in 市信息中心 counts nothing; the departments checked are a count of their own
    figs = figures("由市数据局、市信息中心组成联合检查组,到五个县区、18个部门开展实地检查。")
    # (the five counties or districts are bodies checked too, as the real pages read 七个县(市)区)
    assert [(f.metric, f.value, f.text) for f in figs] == [("departments", 5, "五个县区"), ("departments", 18, "18个部门")]
