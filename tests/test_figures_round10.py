"""Real-page classes of round 10 (issue 18), from the fresh blind batches z37–z39. Each sentence is
written here in the shape of the real pages (made-up bodies and numbers)."""
from __future__ import annotations

import pytest

import textmine
from figure_text import metric_values as _found


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
    return [f.status for f in textmine.audit(HEAD + body).findings if f.rule == "breakdown.sum"]


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
