"""Real-page classes of round 11 (issue 18): first the dev2 pages' remaining applications read as items
published, then the fresh blind batches. Each sentence is written here in the shape of the real pages
(made-up bodies and numbers)."""
from __future__ import annotations

import pytest

import textmine
from figure_text import metric_values as _found, statuses


@pytest.mark.parametrize("text, expected", [
    # to whom the applications were made, named between the verb and the applications
    ("全年受理向区政府提出的信息公开申请52件,办复率达到100%。", [("applications_received", 52), ("reply_rate", 100)]),
    # the applications named by how they were submitted
    ("2023年,我局接收网络方式提交政府信息公开7件。", [("applications_received", 7)]),
    # the information an application asked for labels that application
    ("2022年我镇共收到2条要求信息公开的申请,申请征地补偿信息2条,均按时答复。",
     [("applications_received", 2), ("applications_received", 2)]),
    # outcomes named with the information they gave
    ("2024年依申请公开信息30条,其中:予以公开信息8条,部分公开信息10条,不予公开信息4条,无法提供信息8条。",
     [("applications_received", 30), ("applications_granted", 8), ("applications_partial", 10),
      ("applications_denied", 4), ("applications_unavailable", 8)]),
    # the outcome after its number, where its clause ends
    ("全年共受理政府信息公开申请4件,均按时答复。其中3件公开,1件不予公开。",
     [("applications_received", 4), ("applications_granted", 3), ("applications_denied", 1)]),
    # the applications named as the cause of reviews that did not happen are no none of their own
    ("2024年未收到依申请公开申请。全年未发生政府信息公开申请工作被申请行政复议和行政诉讼的情况。",
     [("applications_received", 0), ("reconsiderations", 0), ("lawsuits", 0)]),
])
def test_applications_not_read_as_items(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # information published, with no application in the sentence, stays items
    ("全年主动公开政府信息600条。", [("items_published", 600)]),
    ("发布征地补偿信息12条。", [("items_published", 12)]),
])
def test_items_published_stay_items(text, expected):
    assert _found(text) == expected


def test_clicks_written_in_the_items_unit_are_visits():
    text = "2014年,全区通过专栏公开信息5120条,专栏点击量为538201条。"
    assert _found(text) == [("items_published", 5120), ("site_visits", 538201)]



@pytest.mark.parametrize("text, expected", [
    # the kinds just listed, counted: no figure
    ("抓住主动公开和依申请公开两个关键,管好用好政府网站、政务新媒体和政务服务网三个信息公开载体。", []),
    # how often, with how between the period and the deed
    ("开设“要情速递”专栏,每日实时更新2条以上重大决策落实情况。", []),
    # …while a routine's yearly total stays a figure
    ("每月定期发布社会救助主要指标等信息24条。", [("items_published", 24)]),
    # the NPC and CPPCC papers as one kind among the kinds summed, the number of kinds between
    ("集中公开权责清单、双公示、建议提案、人事招考等五大类38项信息。", [("items_published", 38)]),
])
def test_counts_that_are_no_figure_or_a_sum_of_kinds(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the change after a bracketed part is the total's
    ("全区累计处理政府信息公开申请30件(含上年度结转2件),同比增长约8%。",
     [("applications_received", 30), ("applications_carried_over", 2), ("applications_received", 8)]),
    # information the body does not hold
    ("共收到依申请公开办件4件,其中予以公开2件,非本机关掌握信息2件。",
     [("applications_received", 4), ("applications_granted", 2), ("applications_unavailable", 2)]),
    # a condition of disclosure is no none of the applications
    ("只要不涉及国家秘密的政府信息依申请全部予以公开。", []),
    # the applications with the page's 请 dropped
    ("2024年,高效办理信息公开申27件,处理行政复议1件。", [("applications_received", 27), ("reconsiderations", 1)]),
    # the applications named by the field of information asked for, by what is asked first, as letters answered
    ("依申请公开财政信息31 件,均在规定期限内给予答复。", [("applications_received", 31)]),
    ("全区共收到政府信息依申请件120件,结转下年办理2件。", [("applications_received", 120), ("applications_carried_forward", 2)]),
    ("全年收到政府信息公开申请40件,答复政府信息依申请公开信件38件。",
     [("applications_received", 40), ("applications_handled", 38)]),
    # messages answered after the messages received
    ("收到县长信箱留言18条,回复办理18条。", [("messages_handled", 18), ("messages_handled", 18)]),
    # done in time, as a rate
    ("领导信箱信件9件,均已按时办结,办结及时率达到100%。", [("messages_handled", 9), ("completion_rate", 100)]),
    # one zero said of both reviews and lawsuits
    ("接收政府信息公开申请6件,产生行政复议及行政诉讼0件。",
     [("applications_received", 6), ("reconsiderations", 0), ("lawsuits", 0)]),
    # pictures posted, in their own unit
    ("全年在门户网站发布图片86幅。", [("items_published", 86)]),
    # a verb after rules counts the documents its number names right after it
    ("现行有效政府规章5份;制发2份规范性文件,废止7份规范性文件。",
     [("regulations_in_force", 5), ("normative_documents_issued", 2), ("normative_documents_repealed", 7)]),
])
def test_counts_in_the_words_of_batches_z46_to_z48(text, expected):
    assert _found(text) == expected


def _listed_count(text):
    return statuses(textmine.audit(text), "narrative.listed_count")


def test_the_outline_stated_under_the_overview_heading_is_checked():
    # the introduction put under 一、总体情况, one part left out of its list
    short = ("某某区应急管理局2023年政府信息公开工作年度报告\n一、总体情况\n根据《条例》规定,本年报由总体情况、"
             "主动公开政府信息情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项"
             "六个部分等组成。\n2023年,我局主动公开政府信息45条。\n")
    assert _listed_count(short) == ["FAIL"]
    whole = short.replace("主动公开政府信息情况、", "主动公开政府信息情况、收到和处理政府信息公开申请情况、")
    assert _listed_count(whole) == []
    # …while a count of the year's work further down the overview is not read as the outline's
    later = whole.replace("2023年,我局主动公开政府信息45条。", "2023年,我局主动公开政府信息45条。\n全年报告了三个方面的工作。")
    assert _listed_count(later) == []


def test_a_count_opening_its_own_list_after_parts_that_make_the_total_is_a_sibling():
    # (z49's false FAIL) the three parts make the 12 exactly; the 121 that follows opens a list of its own
    text = ("2024年某区卫生健康委员会政府信息公开工作年度报告\n一、总体情况\n持续公开我委推进中医管理12条,其中试验区建设6条,"
            "打造特色“杏巷”3条,推进托育服务体系建设类信息3条,开展医疗质量管理相关工作信息121条,其中组织培训检查督导78条,"
            "质控中心建设15条,医联体建设8条,组织献血等其他工作20条。\n")
    found = statuses(textmine.audit(text), "breakdown.sum")
    assert found and "FAIL" not in found
    # …while parts that overrun their total with no list of their own still FAIL
    over = text.replace("开展医疗质量管理相关工作信息121条,其中组织培训检查督导78条,质控中心建设15条,医联体建设8条,组织献血等其他工作20条",
                        "开展医疗质量管理相关工作信息5条")
    assert "FAIL" in statuses(textmine.audit(over), "breakdown.sum")


def test_a_running_total_up_to_a_date_is_no_restatement_of_the_year():
    # (z50's false FAIL) the year's one application, then the count since records began up to the year's end
    text = ("某街道2023年政府信息公开工作年度报告\n一、总体情况\n2.依申请公开\n本年度我街道共收到政府信息公开申请1件,为网络申请件。"
            "截至2023年12月31日,我街道累计受理依申请公开3件。\n")
    report = textmine.audit(text)
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("applications_received", 1, "annual"), ("applications_received", 3, "cumulative")]
    assert statuses(report, "narrative.restated") == []
