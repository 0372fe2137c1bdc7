"""Real-page classes of round 10 (issue 18), from the fresh blind batches z37–z39. Each sentence is
written here in the shape of the real pages (made-up bodies and numbers)."""
from __future__ import annotations

import pytest

import textmine
from figure_text import metric_values as _found, statuses


@pytest.mark.parametrize("text, expected", [
    # repealed across a word for the years they were made in
    ("当年清理废止往年规范性文件12件,目前现行有效80件。",
     [("normative_documents_repealed", 12), ("normative_documents_in_force", 80)]),
    # interpretations named before the verb that published them
    ("政策解读发布信息15条,回答公众有关疑惑40条。", [("policy_interpretations", 15), ("messages_handled", 40)]),
    # …also after a list of documents, where a bare label would be one more category
    ("《政府信息公开目录》公示了文件4个,政策解读发布信息15条,回答公众有关疑惑40条。",
     [("documents_published", 4), ("policy_interpretations", 15), ("messages_handled", 40)]),
    # an open month counted as the open days it holds
    ("2023年5月开展了3次政府开放月活动,共有200人次参与。", [("open_days", 3)]),
    # a reading site called a service centre
    ("设立了2个专门的信息申请受理点、1个政府信息公开查阅服务中心。", [("reading_sites", 2), ("reading_sites", 1)]),
    # applications answered, named as the information they ask for
    ("2024年我委已回复依申请公开信息9条,申请事项集中在规划领域。", [("applications_handled", 9)]),
    # both bodies named before their papers
    ("办理人大政协提案议案25件。", [("npc_cppcc_items", 25)]),
    # a service line by another name, its matters the cases
    ("受理便民服务专线平台事项860件、网上咨询75件。", [("hotline_cases", 860), ("messages_handled", 75)]),
    # a count of units among which something holds
    ("目前,全市纳入政府信息公开系统的50个单位中,均成立了政府信息公开领导机构。", [("departments", 50)]),
    # the leaders hearing the work reported
    ("2021年局主要领导听取政务公开工作情况汇报2次,并对相关工作进行安排部署。", [("meetings", 2)]),
    # licence applications, none received, beside the disclosure applications' none
    ("2023年,我办全年未收到行政许可申请;全年未接到信息公开申请;各栏目共刊发文稿30篇。",
     [("licence_applications", 0), ("applications_received", 0), ("items_published", 30)]),
])
def test_counts_in_the_words_of_batches_z37_to_z39(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the template's 其他文件(信息): items of any kind, documents or not
    ("2020年通过门户网站公开信息50条。其中:动态类信息20条、财政预决算3条、其他文件(信息)27条。",
     [("items_published", 50), ("items_published", 20), ("items_published", 3), ("items_published", 27)]),
    # …while a gloss of what the documents are keeps them documents
    ("其中:1.组织机构类信息2条;2.部门文件类(包括规章、规范性文件等)信息5条;3.动态类信息60条;",
     [("items_published", 2), ("documents_published", 5), ("items_published", 60)]),
    ("其中法规文件(行政执法)信息12条。", [("documents_published", 12)]),
    # the documents a government sent out
    ("全年主动公开政府信息900条,其中政府发文8条,网站信息400条,微信信息492条。",
     [("items_published", 900), ("documents_published", 8), ("items_published", 400), ("items_published", 492)]),
    # kinds of documents coordinated with the normative ones: documents
    ("在政府网站主动公开管委会文件、办公室文件、部门文件及规范性文件共9件。", [("documents_published", 9)]),
    # …the normative documents alone stay the normative documents
    ("在政府网站主动公开规范性文件共9件。", [("normative_documents_issued", 9)]),
])
def test_documents_and_items_of_batches_z37_to_z39(text, expected):
    assert _found(text) == expected


def test_a_none_given_again_as_a_cause_is_not_a_second_statement():
    text = ("五、复议、诉讼和申诉情况\n本区2010年度未发生针对本区有关政府信息公开事务的行政复议案、行政诉讼案。\n"
            "六、政府收支情况\n由于本区未发生针对本区有关政府信息公开事务的行政复议案、行政诉讼案,"
            "因此未发生与诉讼(行政复议、行政申诉)有关的费用。")
    assert _found(text) == [("reconsiderations", 0), ("lawsuits", 0)]
    # a cause that is the only statement of the none is still read
    assert ("applications_received", 0) in _found("由于我局未收到政府信息公开申请,因此未收取任何费用。")


HEAD = "某开发区管委会2024年政府信息公开工作年度报告\n一、总体情况\n"


def _breakdowns(body: str) -> list[str]:
    return statuses(textmine.audit(HEAD + body), "breakdown.sum")


def test_a_count_in_another_unit_after_parts_that_make_the_total_is_not_a_part():
    # the guides' parts make their total exactly; the notices after them (no unit) are a sibling
    body = ("(一)主动公开\n管委会在门户网站、政务服务网等主动公开政府信息3905条。其中:政府网站信息公开栏目公开文件类信息5条,"
            "政务服务网公布政务服务类办事指南共发布3000个其中州直500个,县市1800个,乡镇300个,村社区400个,"
            "公共资源交易招投标公告类信息900(其中建设工程300条、政府采购600条)。")
    assert _breakdowns(body) == ["PASS", "PASS"]
    # parts over the total before any change of unit stay a FAIL
    assert _breakdowns(body.replace("村社区400个", "村社区450个")) == ["FAIL", "PASS"]


def _year_statuses(text: str) -> list[str]:
    return [f.status for f in textmine.audit(text).findings if f.rule == "text.report_year" and f.status != "PASS"]


def test_last_years_figures_set_beside_this_years_are_not_a_certain_copy():
    head = "某市发展和改革委员会政府信息公开2010年度报告\n一、概述\n本委认真做好政府信息公开工作。"
    this_year = "本委2010年度网上共受理市民来信120件,其中市长信箱来信20封,均提前完成答复。\n"
    last_year = "本委2009年度网上共受理市民来信90件,其中市长信箱来信30封,均提前完成答复。\n"
    tail = "二、主动公开情况\n全年主动公开信息50条。\n"
    assert _year_statuses(head + this_year + last_year + tail) == ["UNCERTAIN"]
    # alone, last year's figures in the present tense stay a FAIL
    assert _year_statuses(head + last_year + tail) == ["FAIL"]


# -- batches z41–z42 -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # parts written number first after a total whose own noun follows its number: each part's noun is
    # the one after its number, never the one before (no cell shifts along the list)
    ("部门信息公开共发布30条信息:2条政策解读、0条政府信息公开指南、0条政府信息公开年报、28条工作动态。",
     [("items_published", 30), ("policy_interpretations", 2), ("items_published", 0), ("items_published", 0),
      ("items_published", 28)]),
    # the public's questions settled are messages, not applications, after a none of applications
    ("年内未收到政府信息公开申请。注重加强民意征集,年内网上问政平台受理办结群众关注焦点问题9条。",
     [("applications_received", 0), ("messages_handled", 9)]),
    # a floor set as a target is no count of the year's work
    ("确保每月主动公开数量不少于5条。全年主动公开信息80条。", [("items_published", 80)]),
])
def test_counts_in_the_words_of_batches_z41_to_z42(text, expected):
    assert _found(text) == expected


def test_kinds_of_items_in_条_under_a_total_of_documents_are_items():
    found = _found("我局通过区政府网站主动公开政府文件26件,其中机构职能类信息4条,教科文体卫生类信息14条,"
                   "安全生产应急类信息2条,其他主动公开1条。")
    assert found == [("documents_published", 26), ("items_published", 4), ("items_published", 14),
                     ("items_published", 2), ("items_published", 1)]
    # …while generic words under the documents, by channel, still count those documents
    assert _found("各类公文信息96条,其中通过宣传栏公开信息41条。") == [("documents_published", 96),
                                                                ("documents_published", 41)]


def test_an_outline_naming_the_parts_short_and_the_problems_apart_is_not_a_sure_count():
    text = ("某市农业农村局2021年政府信息公开工作年度报告\n本报告根据《条例》编制。全文由政府信息公开总体情况,主动公开、"
            "依申请公开、行政复议及行政诉讼情况,存在主要问题、改进情况,其它需要报告事项等六部分组成。\n一、总体情况\n"
            "全年主动公开信息120条。\n")
    assert statuses(textmine.audit(text), "narrative.listed_count") == ["UNCERTAIN"]


def test_a_page_metadata_block_is_not_the_title():
    text = ("某市人民政府\n您当前的位置:首页 » 信息公开>>某市商务局2023年政府信息公开工作年度报告>>详情\n"
            "索 引 号 008400000/2024-08 公文种类 其他 发布机构 市商务局\n发布日期 2024-01-16 主题词 政府信息公开工作年度报告\n"
            "某市商务局2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n2023年,局网站发布信息300条。\n")
    report = textmine.audit(text)
    assert report.metadata.title == "某市商务局2023年政府信息公开工作年度报告" and report.metadata.year == 2023
    assert not [f for f in report.findings if f.rule == "text.report_year" and f.status == "FAIL"]


def test_a_fragment_under_the_five_openness_headings_is_audited():
    text = ("1.深入推进决策和执行公开。\n(1)推进决策公开。\n邀请利益相关方列席市政府常务会议,对重要议题进行权威发布共计8次。\n"
            "(2)推进会议公开。\n公开政府常务会议、专题会议信息15条。\n(3)推进行政执法信息公开。\n按照“谁执法谁公示”原则,"
            "在政府网站公示执法信息。\n")
    report = textmine.audit(text)
    assert report.metadata.fragment
    assert ("items_published", 15) in [(f.metric, f.value) for f in report.figures]


def test_unable_to_provide_is_never_a_none_of_the_applications_after_it():
    found = _found("所有申请均按时答复,其中:不予公开1件、无法提供2件、信访举报投诉类申请3件。")
    assert found[:2] == [("applications_denied", 1), ("applications_unavailable", 2)]
    assert ("applications_received", 0) not in found
    assert _found("全年无政府信息公开申请。") == [("applications_received", 0)]


@pytest.mark.parametrize("text, expected", [
    # a consultation among the applications' outcomes is another way of handling one
    ("共受理政府信息公开申请12件,其中予以公开3件;无法提供5件;重复申请1件;咨询3件,咨询事项已向申请人说明。",
     [("applications_received", 12), ("applications_granted", 3), ("applications_unavailable", 5),
      ("applications_not_processed", 1), ("applications_other", 3)]),
    ("全年共受理政府信息公开申请9件,其中予以公开3件,无法提供5件,咨询件1件。",
     [("applications_received", 9), ("applications_granted", 3), ("applications_unavailable", 5),
      ("applications_other", 1)]),
    # applications named by 政务公开; what is not government information cannot be provided
    ("2025年某街道收到政务公开申请6件,其中:咨询2件、非政府信息1件。",
     [("applications_received", 6), ("applications_other", 2), ("applications_unavailable", 1)]),
])
def test_outcomes_of_applications_in_the_words_of_batch_z40(text, expected):
    assert _found(text) == expected


def test_a_document_wording_modifying_the_counted_noun_is_not_that_count():
    # batch z44: notices about normative documents are not normative documents issued (a false FAIL
    # against table 二's 6); the normative documents newly made stay read
    assert _found("发布涉及规范性文件的通知公告38份,其中新制定规范性文件6件。") == [("normative_documents_issued", 6)]
    # …while 的数量 counts the wording's own noun, and outcomes of applications are untouched
    assert _found("公开规范性文件的数量为12件。") == [("normative_documents_issued", 12)]
    assert ("applications_granted", 4) in _found("共收到申请9件,其中予以公开的申请4件。")
