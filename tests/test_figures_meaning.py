"""What a number counts when the words around it narrow, redirect or end what came before:
a verb across a modifier (废止…的规范性文件), reviewing is not publishing or issuing, a relative
word right after another family's wording (行政复议结果纠正 after 行政诉讼), a list that ends
where the next clause states something new, a label that is a verb phrase. Sentences are
written in the shapes field guide §3 lists (the end-to-end review of examples/sample-report.txt
and of generated reports found each of these)."""
from __future__ import annotations

import pytest

from figure_text import figures


def brief(text: str):
    return [(f.metric, f.value, f.category) for f in figures(text)]


@pytest.mark.parametrize("text, expected", [
    # the verb before the noun decides, also across a modifier ending in 的
    ("开展政策文件清理,废止不符合上位法要求的规范性文件1件。", [("normative_documents_repealed", 1, None)]),
    ("清理废止与优化营商环境不相适应的市政府规章2部。", [("regulations_repealed", 2, None)]),
    ("本年制发行政规范性文件3件,废止1件,现行有效17件。",
     [("normative_documents_issued", 3, None), ("normative_documents_repealed", 1, None),
      ("normative_documents_in_force", 17, None)]),
    # reviewing documents is not issuing them; what the review repealed is a repeal
    ("全年清理规范性文件56件,废止3件。",
     [("normative_documents_reviewed", 56, None), ("normative_documents_repealed", 3, None)]),
    ("开展规范性文件合法性审查12件。", [("normative_documents_reviewed", 12, None)]),
    # revised and invalidated documents are parts the table may or may not count
    ("本年度新制定规范性文件3件,修订规范性文件2件。",
     [("normative_documents_issued", 3, None), ("normative_documents_issued", 2, "修订")]),
    ("对现行规范性文件进行全面清理,宣布失效2件,废止1件。",
     [("normative_documents_repealed", 2, "宣布失效"), ("normative_documents_repealed", 1, None)]),
    ("公开了现行规范性文件120件。", [("normative_documents_in_force", 120, None)]),
    # checked before publication is not published
    ("严格执行“三审三校”制度,全年对拟公开信息进行保密审查1320余条。", [("items_reviewed", 1320, None)]),
    ("全年审核信息稿件860篇。", [("items_reviewed", 860, None)]),
    ("开展保密审查3次。", []),  # how often, not how many items
    ("经审核发布信息1500条。", [("items_published", 1500, None)]),  # 经审核 is how, not a category
    ("发现并纠正问题信息12条,整改错敏信息5条。", []),  # items found in a check, not published
    # licences received are not licensing decisions; a catalogue of matters is neither
    ("受理行政许可事项560件,作出行政许可决定548件。",
     [("licence_applications", 560, None), ("licence_decisions", 548, None)]),
    ("梳理公布行政许可事项清单236项。", [("service_items", 236, None)]),
])
def test_what_is_counted(text, expected):
    assert brief(text) == expected


def test_relative_word_takes_the_family_its_own_wording_names():
    # 行政复议结果纠正 after a lawsuits figure: the words say reconsideration
    figs = figures("全年因政府信息公开被申请行政复议4件、被提起行政诉讼3件,其中行政复议结果纠正1件,已督促整改到位。")
    assert [(f.metric, f.value, f.parent) for f in figs] == [
        ("reconsiderations", 4, None), ("lawsuits", 3, None), ("reconsiderations_corrected", 1, 0)]
    assert figs[2].text == "行政复议结果纠正1件"
    assert figs[0].parts == (2,) and figs[0].exhaustive is False  # one part: a selection


def test_each_part_of_coordinated_totals_finds_its_own_total():
    figs = figures("发生行政复议2件、行政诉讼1件,其中行政复议结果维持2件,行政诉讼结果维持1件。")
    assert [(f.metric, f.parent) for f in figs] == [
        ("reconsiderations", None), ("lawsuits", None), ("reconsiderations_upheld", 0), ("lawsuits_upheld", 1)]


@pytest.mark.parametrize("text, metric", [
    ("全年行政复议被纠错0件。", "reconsiderations_corrected"),
    ("发生行政诉讼2件,其中败诉1件。", "lawsuits_corrected"),
])
def test_correction_words(text, metric):
    assert figures(text)[-1].metric == metric


def test_a_list_after_an_intervening_change_belongs_to_the_total_before_it():
    # 其中 after 上年结转: the channel parts add up to the new applications (41+17+4 = 62)
    figs = figures("全年新收政府信息公开申请62件,较上年增长10.7%,上年结转4件;其中网上申请41件、信函申请17件、当面申请4件。")
    assert [(f.metric, f.kind, f.category, f.parent) for f in figs] == [
        ("applications_received", "count", None, None), ("applications_received", "change", None, None),
        ("applications_carried_over", "count", None, None), ("applications_received", "count", "网上申请", 0),
        ("applications_received", "count", "信函申请", 0), ("applications_received", "count", "当面申请", 0)]
    assert figs[0].exhaustive is True


@pytest.mark.parametrize("text, parts", [
    # a 、-list ends at a comma followed by its own verb or channel
    ("通过门户网站发布各类信息1511条,其中机构职能545条、规划计划731条、通知公告类信息235条,"
     "“乐城区发布”微信公众号推送信息1339条,召开新闻发布会1场。", [545, 731, 235]),
    ("全年累计主动公开政府信息212条,其中政务动态83条、政策文件63条、重点领域信息66条,发布政策解读7篇,"
     "本年制发规范性文件8件。", [83, 63, 66]),
    # ... but not when the list's own parts are written that way
    ("全年主动公开政府信息1386条,其中通过网站公开1200条、通过公开栏公开150条,通过微信公众号公开36条。", [1200, 150, 36]),
    # a comma-separated list keeps parts that start with a verb
    ("2023年共受理政府信息公开申请31件,其中上年结转2件,本年新收29件。", [2, 29]),
    # a sloppy comma inside a 、-list before a label-only part keeps the part
    ("全年办结63件,其中予以公开28件、部分公开7件、不予公开9件,无法提供12件、不予处理4件、其他处理3件。",
     [28, 7, 9, 12, 4, 3]),
])
def test_list_scope(text, parts):
    figs = figures(text)
    total = next(f for f in figs if f.parts)
    assert [figs[i].value for i in total.parts] == parts


def test_a_list_stays_with_the_coordinated_total_its_first_part_named():
    figs = figures("2023年因政府信息公开被申请行政复议2件、被提起行政诉讼1件,其中行政复议结果维持1件、结果纠正1件。")
    assert [(f.metric, f.parent) for f in figs] == [
        ("reconsiderations", None), ("lawsuits", None), ("reconsiderations_upheld", 0),
        ("reconsiderations_corrected", 0)]
    assert figs[0].exhaustive is True


@pytest.mark.parametrize("text, expected", [
    # a zero for the corrected outcome says nothing about how many cases there were
    ("全年未发生行政复议被纠错和行政诉讼败诉的情况。",
     [("reconsiderations_corrected", 0, None), ("lawsuits_corrected", 0, None)]),
    ("未出现因政府信息公开被行政复议纠错的情况。", [("reconsiderations_corrected", 0, None)]),
    ("全年未发生行政诉讼败诉案件。", [("lawsuits_corrected", 0, None)]),
    ("全年未发生因政府信息公开引起的行政复议和行政诉讼。", [("reconsiderations", 0, None), ("lawsuits", 0, None)]),
])
def test_zero_outcomes_in_words(text, expected):
    assert brief(text) == expected


def test_new_applications_in_the_tables_own_words():
    assert brief("上年结转政府信息公开申请4件,本年新收62件。") == [
        ("applications_carried_over", 4, None), ("applications_received", 62, "新收")]
