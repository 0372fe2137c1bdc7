"""The prose against itself (textmine/reconcile/statements.py): application balance, stated
rates, facts stated twice, stated counts of listed things. Pages are written here in the shapes
real report pages showed (townships whose tables were images, pages cut mid-report)."""
from __future__ import annotations

import pytest

import textmine
from textmine.sections import _listed_parts

HEAD = "东江县水利局2023年政府信息公开工作年度报告\n一、总体情况\n"


def results(body: str, rule: str, head: str = HEAD):
    report = textmine.audit(head + body)
    return [(f.status, f.message) for f in report.findings if f.rule == rule]


def statuses(body: str, rule: str, head: str = HEAD):
    return [s for s, _ in results(body, rule, head)]


# --------------------------------------------------------------------------- identity

@pytest.mark.parametrize("body, expected", [
    ("全年共受理政府信息公开申请12件,办结10件,结转下年度2件。", ["PASS"]),
    ("全年共受理政府信息公开申请12件,上年结转1件,办结13件,结转下年度0件。", ["PASS"]),
    # a term the prose leaves out is unknown: a balance it could close is UNCERTAIN
    ("全年共受理政府信息公开申请12件,办结10件。", ["UNCERTAIN"]),
    ("全年共受理政府信息公开申请10件,办结12件,结转下年度0件。", ["UNCERTAIN"]),
    # received and handled in one wording: how many were concluded is not written
    ("全年共收到和办理依申请公开9件,上年度结转0件。处理结果中,部分公开2件,信息不存在5件,结转至下一年度办理2件。",
     ["UNCERTAIN"]),
    # every term stated and the balance does not close: FAIL
    ("全年共受理政府信息公开申请12件,上年结转0件,办结10件,结转下年度1件。", ["FAIL"]),
    # received and nothing about answers: nothing to check
    ("全年共受理政府信息公开申请12件。", []),
])
def test_application_identity(body, expected):
    assert statuses(body, "narrative.identity") == expected


def test_identity_stands_back_when_table_three_speaks(example_path):
    # the example report has table 三: its twins compare each figure with its cell
    report = textmine.audit(example_path)
    assert [f for f in report.findings if f.rule == "narrative.identity"] == []


# --------------------------------------------------------------------------- rates

@pytest.mark.parametrize("body, expected", [
    ("全年受理政府信息公开申请170件,办结161件,办复率94.7%。", ["PASS"]),
    ("全年受理政府信息公开申请170件,办结160件,办复率94.7%。", ["FAIL"]),
    # 按时办结率 of the cases due: the carried-forward ones are not yet due
    ("全年受理政府信息公开申请12件,办结10件,结转下年度2件,办结率100%。", ["PASS"]),
    # two bases (with and without carried-over cases) and neither fits: the base is unclear
    ("全年受理政府信息公开申请20件,上年结转5件,办结19件,办结率90%。", ["UNCERTAIN"]),
    # a rate of messages, not applications, is not judged against them
    ("全年受理政府信息公开申请20件,办结19件。办理网民留言30条,答复率100%。", []),
])
def test_stated_rates(body, expected):
    assert statuses(body, "narrative.rate") == expected


# --------------------------------------------------------------------------- restated

def test_a_single_fact_stated_twice_differently_fails():
    body = ("(一)主动公开情况。全年主动公开政府信息120条。\n"
            "(二)依申请公开情况。全年收到政府信息公开申请6件,均已答复。\n"
            "(三)政府信息管理。……本年度共收到政府信息公开申请8件。\n")
    found = results(body, "narrative.restated")
    assert [s for s, _ in found] == ["FAIL"]
    assert "6件" in found[0][1] and "8件" in found[0][1]


def test_a_channel_credited_differently_in_two_parts_is_uncertain():
    body = ("(一)主动公开情况。通过“东江水利”微信公众号发布信息20条。\n"
            "(四)平台建设情况。“东江水利”微信公众号全年推送信息16条。\n")
    assert statuses(body, "narrative.restated") == ["UNCERTAIN"]


@pytest.mark.parametrize("body", [
    # two counts in one sentence count two things
    "新增栏目6个、合并栏目4个。",
    # a publication count with neither channel nor category is said of many scopes
    "全年主动公开政府信息120条。围绕防汛工作,公开政府信息30条。",
    # new applications and all applications (含上年结转) are different facts
    "全年收到政府信息公开申请6件。全年共办理政府信息公开申请8件(含上年结转2件)。",
    # a county's report restating its own figure and the whole county's
    "(二)依申请公开情况。本级收到政府信息公开申请6件。\n(三)全县各部门共收到政府信息公开申请58件。\n",
    # last year's figure, stated as such
    "全年收到政府信息公开申请6件。\n2022年以来共收到政府信息公开申请15件。\n",
])
def test_different_scopes_are_not_restatements(body):
    assert [s for s in statuses(body, "narrative.restated") if s == "FAIL"] == []


# --------------------------------------------------------------------------- listed counts

OUTLINE_HEAD = ("东江县水利局2023年政府信息公开工作年度报告\n"
                "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
                "行政诉讼情况、其他需要报告的事项等六部分组成。\n一、总体情况\n")


def test_an_outline_that_names_fewer_parts_than_it_counts_fails():
    assert statuses("全年主动公开政府信息120条。", "narrative.listed_count", head=OUTLINE_HEAD) == ["FAIL"]


@pytest.mark.parametrize("listed, count, sure", [
    # full titles, one of them cut at its own 、
    ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
     "存在的主要问题及改进情况和其他需要报告的事项", 6, True),
    # short names: counted, less surely
    ("全文分为总体情况、主动公开、依申请公开、复议诉讼、问题及改进和其他事项", 6, False),
    # each title in quotes
    ("本报告由“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”“其他需要报告的事项”", 4, True),
    # an older outline: counted, but one of its titles is no known part, so not surely
    ("包括概述、主动公开情况、依申请公开情况、机构人员经费保障情况、存在问题及下步打算", 5, False),
    ("包括概述、主动公开情况、依申请公开情况、存在问题及下步打算", 4, True),
    # a gloss in brackets is no separator
    ("本报告包括概述、主动公开政府信息情况、依申请公开政府信息情况(受理、答复情况)、政府信息公开的收费及减免情况、"
     "因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题和改进措施、其他需要报告的事项", 7, True),
    # the first title lost its opening quote: still a part, counted less surely
    ("本报告由总体情况”“主动公开政府信息的情况”“收到和处理政府信息公开申请的情况”“其他需要报告的事项”", 4, False),
])
def test_listed_parts_are_counted(listed, count, sure):
    assert _listed_parts(listed) == (count, sure)


def test_an_outline_of_short_names_that_miscounts_is_only_uncertain():
    head = ("东江县水利局2023年政府信息公开工作年度报告\n本报告全文分为总体情况、主动公开、依申请公开、复议诉讼和其他事项六个部分。\n"
            "一、总体情况\n")
    assert statuses("全年主动公开政府信息120条。", "narrative.listed_count", head=head) == ["UNCERTAIN"]


FIVE = ("\n五、存在的主要问题及改进情况\n{}\n六、其他需要报告的事项\n无。")


@pytest.mark.parametrize("five, expected", [
    ("主要存在以下三个方面的问题:一是公开内容不够全面;二是更新不够及时;三是培训不足。下一步,我局将加强培训。", ["PASS"]),
    ("主要存在以下三个方面的问题:一是公开内容不够全面;二是更新不够及时。下一步,我局将加强培训。", ["FAIL"]),
    # fewer numbered items, and nothing shows the list ended: the rest may be unnumbered
    ("主要存在以下三个方面的问题:一是公开内容不够全面;二是更新不够及时,培训也有不足。", ["UNCERTAIN"]),
    ("存在以下问题:(一)公开内容不够全面。(二)更新不够及时。", []),
    # the last numbered item runs on for several sentences: a third problem may be among them
    ("主要存在以下三个方面的问题:一是公开内容不够全面;二是更新不够及时。部分栏目长期未维护。"
     "基层人员业务能力较弱。下一步,我局将加强培训。", ["UNCERTAIN"]),
    # more items than stated, before the turn to measures
    ("存在以下两个方面的问题:一是公开内容不够全面;二是更新不够及时;三是培训不足。下一步,我局将加强培训。", ["FAIL"]),
    # the measures numbered another way (1. … 4.) are not the stated list of problems
    ("主要存在以下三个方面的问题:一是公开内容不够全面;二是更新不够及时;三是培训不足。\n"
     "1.丰富公开内容。2.及时更新栏目。3.加强业务培训。4.强化考核。", ["PASS"]),
    # items numbered (1)(2)(3) or 一、二、三、 at the start of lines
    ("主要存在以下三个问题:(1)公开内容不够全面;(2)更新不够及时;(3)培训不足。下一步,我局将加强培训。", ["PASS"]),
    ("主要存在以下三个问题:\n一、公开内容不够全面。\n二、更新不够及时。\n三、培训不足。\n下一步,我局将加强培训。", ["PASS"]),
])
def test_a_stated_count_of_problems_against_the_items_listed(five, expected):
    body = "全年主动公开政府信息120条。" + FIVE.format(five)
    assert statuses(body, "narrative.listed_count") == expected


def test_a_list_cut_off_by_the_page_end_is_uncertain():
    body = "全年主动公开政府信息120条。\n五、存在的主要问题及改进情况\n主要存在以下三个方面的问题:一是公开内容不够全面;二是更新不够及"
    assert statuses(body, "narrative.listed_count") == ["UNCERTAIN"]


# --------------------------------------------------------------------------- breakdowns on real shapes

@pytest.mark.parametrize("body, expected", [
    # a list that names 其他 claims every part: falling short is a FAIL
    ("全年主动公开政府信息共计60条,其中工作动态40条,通知公告10条,其他8条。", ["FAIL"]),
    ("全年主动公开政府信息共计1960条,其中概况类信息40条、工作动态类信息1030条,其它信息数量888条。", ["FAIL"]),
    # the same list without 其他: a selection may fall short
    ("全年主动公开政府信息共计60条,其中工作动态40条,通知公告10条。", ["UNCERTAIN"]),
    # parts over their total
    ("全年主动公开政府信息共计60条,其中工作动态40条,通知公告30条。", ["FAIL"]),
    # a labelled kind as large as its total says every item is of it: the other parts are over
    ("办理各类来信来访28件,其中政策咨询类28件,信访件0件,市长信箱转办件3件,均已按时回复。", ["FAIL"]),
])
def test_breakdowns_as_a_reviewer_reads_them(body, expected):
    assert statuses(body, "breakdown.sum") == expected


def test_two_titles_joined_by_he_are_two_parts():
    from textmine.sections import _listed_parts

    assert _listed_parts("本年报由总体情况、主动公开政府信息情况和收到和处理政府信息公开申请情况、因政府信息公开工作被申请"
                         "行政复议、提起行政诉讼情况、政府信息公开工作主要问题及改进情况和其它需要报告的事项") == (6, True)
    # 等 closes a list of parts: five named of 六 is one part missing
    assert _listed_parts("报告包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,因政府信息公开工作被申请行政复议、"
                         "提起行政诉讼情况,政府信息公开工作存在的主要问题及改进情况等") == (5, True)


@pytest.mark.parametrize("body, expected", [
    # two lists of one total, each opened in a sentence of its own: each sums to it
    ("12345市民服务热线共受理2720件(其中承办单2299件,重新办理单421件),办结2680件。其中,按办件性质分:"
     "求助类2252件;咨询类77件;投诉类382件;建议类9件。", {"PASS"}),
    # a cumulative count among a year's parts is no part of the sum
    ("我局制作、获取的政府信息总数119条,其中:2019年主动公开政府信息共18条,历年累计66条;不予公开文件101条。", {"PASS"}),
    # a count referred back to (这7件) is no further part
    ("共收到政府信息公开申请15件,其中同意公开的8件,不予公开的7件,(这7件均属于内部事务信息)。", {"PASS"}),
    # one body's share first, then a list of kinds in its own sentence: the kinds sum on their own
    # (and a complete list far under its total is not taken for a slip)
    ("主动公开信息共13749条,其中市政府办公室公开10170条。在公开的信息中:机构职能类350条、规划计划类72条、"
     "行政许可类348条、其他类信息1031条。", {"UNCERTAIN"}),
    # a list opened after several totals of one unit may be of any of them
    ("全年共开展法治讲座120场、法律培训40场,开展送法进企业活动210场,其中,组织开展专题讲座70场,防范诈骗宣讲60场,"
     "青少年普法活动45场。", {"UNCERTAIN"}),
])
def test_lists_a_reviewer_would_not_fail(body, expected):
    assert set(statuses(body, "breakdown.sum")) == expected


def test_a_daily_average_is_no_part_of_the_years_sum():
    body = "12345市民服务热线共受理2720件(其中承办单2299件,重新办理单421件),日均受理7.5件,办结2680件。"
    assert set(statuses(body, "breakdown.sum")) == {"PASS"}


def test_a_list_closes_at_its_remainder_when_that_makes_the_total():
    body = "通过政府网站主动公开信息5767条,其中重点领域信息3683条,其他信息2084条,主动公开文件597份,发布政策解读14篇。"
    assert set(statuses(body, "breakdown.sum")) == {"PASS"}
    # not when the remainder stands inside the list: the parts after it are parts too
    body = "我局公开信息共计173条。其中,业务工作类信息127条,其他类信息32条,市规划局网站公开发布信息14条。"
    assert set(statuses(body, "breakdown.sum")) == {"PASS"}


def test_titles_run_together_are_split_only_where_each_half_reads_as_a_part():
    from textmine.sections import _listed_parts

    # every join is between two known parts (stop 39): seven parts, surely
    assert _listed_parts("报告全文由概述主动公开政府信息情况、依申请公开政府信息办理情况、回应解读情况、政府信息公开收费及减免"
                         "情况申请行政复议和提起行政诉讼情况政府信息公开工作存在的主要问题及改进情况等") == (7, True)
    # a join whose second half reads as no part: the count may be short, never sure
    assert _listed_parts("报告全文由概述、主动公开政府信息情况、依申请公开政府信息办理情况经费保障和机构建设、"
                         "存在的主要问题及改进情况等")[1] is False


@pytest.mark.parametrize("body", [
    # a bracketed list closed and another opened under the same total: each sums to it
    "全年共公开信息311条(其中:政府网站6条,微信公众号305条),其中工作动态86条,通知公告225条。",
    # what the total includes, in brackets, is no outcome
    "办结依申请公开件177件(含2022年结转的3件),其中,予以公开60件,部分公开17件,无法提供100件。",
    # a ; then a clause of its own: the list before it ended
    "全区共完成各类信息发布12209条,其中概况类信息198条,政务动态信息8439条,信息公开目录信息3572条;建立健全互动交流机制,"
    "全年办结群众留言386条,完成意见征集8次;及时公开各类重要会议信息,包括区政府常务会议15次、专题会议22次。",
])
def test_round4_lists_a_reviewer_would_not_fail(body):
    assert "FAIL" not in set(statuses(body, "breakdown.sum"))


def test_the_same_fact_in_different_units_is_uncertain():
    body = "2022年受理政府信息公开申请0件。\n(三)政府信息管理\n全年依申请公开文件12条。"
    assert set(statuses(body, "narrative.restated")) <= {"UNCERTAIN"}


def test_a_document_made_public_is_no_application():
    from figure_text import metric_values

    assert ("applications_received", 1) not in metric_values("1件免予公开文件、1件依申请公开文件转为主动公开文件。")


def test_an_outline_naming_its_tables_with_the_last_part_counts_them_as_one():
    from textmine.sections import _listed_parts

    assert _listed_parts("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
                         "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项及附表")[0] == 6
    assert _listed_parts("报告由概述、主动公开情况、依申请公开情况、复议诉讼情况、收费情况、存在的问题和努力方向及附件")[0] == 7


def test_applicants_and_outcomes_of_one_total_are_two_lists():
    body = ("全年办理政府信息公开申请7件,其中自然人6件,法人及其他组织1件,予以公开或部分公开1件,本机关不掌握4件,"
            "已通过网站对外公开1件,不予公开1件。")
    assert "FAIL" not in set(statuses(body, "breakdown.sum"))


def test_two_unlabelled_parts_of_one_value_are_two_parts():
    # the second 1 条 is another item of the list, not the first said again: the list adds up
    # (labels the extractor cannot read: 甲类 written as a bare ordinal before 信息)
    body = "全年主动公开政府信息12条,其中:信息3条;信息1条;信息1条;信息7条。"
    assert set(statuses(body, "breakdown.sum")) == {"PASS"}
    # a restatement of an outcome in another metric is still read once
    body = "共收到政府信息公开申请4件,其中3件已答复,1件结转下年度办理,已答复的3件均属于自然人申请。"
    assert "FAIL" not in statuses(body, "breakdown.sum")


def test_an_outline_counted_at_its_own_separators_is_not_failed():
    # the page cut 行政复议、行政诉讼情况 at its own 、 and counted seven: a reviewer cannot call that wrong
    head = ("平安镇人民政府2024年政府信息公开工作年度报告\n本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
            "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项{n}个部分组成。\n一、总体情况\n")
    body = "全年主动公开政府信息21条。"
    assert statuses(body, "narrative.listed_count", head.format(n=7)) == ["UNCERTAIN"]
    assert statuses(body, "narrative.listed_count", head.format(n=6)) == []
    assert statuses(body, "narrative.listed_count", head.format(n=5)) == ["FAIL"]


def test_tiers_of_a_list_each_with_its_bracketed_outlets_add_up():
    body = ("2023年全系统报送信息180篇,其中160篇被四类媒体采用(县委用稿150篇,市局采用10篇),15篇被三类媒体采用"
            "(省厅用稿5篇、南方日报用稿10篇),5篇被二类媒体采用(新华网用稿5篇)。")
    assert set(statuses(body, "breakdown.sum")) == {"PASS"}


@pytest.mark.parametrize("body, expected", [
    # 207 of 312 is 66.3%, not 58.1%
    ("共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占7.7%;其它类信息207条,占58.1%。",
     ["PASS", "PASS", "FAIL"]),
    # truncated or rounded last digit passes; a slip under one point is only doubted
    ("全乡累计主动公开政府信息65条。其中,网上公开信息20条,所占比例为30%,揭示板上公开45条,所占比例为69%。", ["PASS", "PASS"]),
    ("主动公开信息530条,其中业务动态类信息528条,占99.61%。", ["UNCERTAIN"]),
    # a share of another base is not judged
    ("主动公开信息200条,其中业务动态类信息50条,占全市同类信息的40%。", []),
])
def test_a_parts_share_against_its_lists_total(body, expected):
    assert statuses(body, "breakdown.share") == expected


def test_parts_of_at_least_so_many_over_an_exact_total_fail():
    body = "全年公开信息5769条,其中网站2100条,微信公众号3469条,微博600余条,头条号300余条。"
    assert statuses(body, "breakdown.sum") == ["FAIL"]
    # 约 spreads both ways: only doubted
    body = "全年公开信息约5700条,其中网站2100条,微信公众号3469条,微博600条,头条号300条。"
    assert statuses(body, "breakdown.sum") == ["UNCERTAIN"]


def test_a_list_already_over_its_total_is_a_fail_even_where_the_page_ends():
    # the page ends inside the sub-list of the last part: more parts could only add
    body = "全年主动公开政务信息300条,包括政府网站35条,媒体上发布信息80条,微信公众号2200条,其中乡村振兴228条、民政社保45条"
    assert "FAIL" in statuses(body, "breakdown.sum")


def test_a_list_with_decisions_published_among_its_parts_adds_up():
    body = ("全年在区政府官网公示的信息共计200条,其中环境质量信息12条,行政审批100条,行政处罚60条,行政强制1条,"
            "其他类信息27条。")
    assert statuses(body, "breakdown.sum") == ["PASS"]


@pytest.mark.parametrize("body, expected", [
    # a total's parts by channel follow it without 其中, the rest named as 其他
    ("主动公开政府信息共计6000条,通过政府门户网站公开3500条,政务微信2500条,其他电视台、微信公众号等方式公开1000余条。",
     ["FAIL"]),
    ("主动公开政府信息共计6000条,通过政府门户网站公开3500条,政务微信2500条。", ["PASS"]),
    # a part adjusted in a bracket (同时撤销 2 条) may be counted another way
    ("主动公开信息174条,其中形势分析类20条(同时撤销2条),工作动态类156条。", ["UNCERTAIN"]),
    # a bracket of the part's own parts is no adjustment: over is over
    ("共公开信息500条,其中政策文件100条(县政府文件60条,部门文件40条),工作动态450条。", ["FAIL", "PASS"]),
])
def test_lists_without_opener_and_adjusted_parts(body, expected):
    assert statuses(body, "breakdown.sum") == expected


@pytest.mark.parametrize("body, expected", [
    # a count through another channel after a website's list is no part of it
    ("全年通过区政府门户网站主动公开政务信息218条,其中基层治理与服务109条,重点领域信息82条,政府集中采购项目公开16件,"
     "通过微信公众号“某某发布”发布信息995条。", ["UNCERTAIN"]),
    # a part reached across a sentence end may be a statement of its own
    ("共梳理了56项政务服务,其中行政许可15项、行政处罚21项、行政检查20项。行政事业性收费1项。", ["UNCERTAIN"]),
])
def test_what_follows_a_list_without_being_its_part(body, expected):
    assert statuses(body, "breakdown.sum") == expected


def test_applications_by_where_they_came_from_and_how_they_ended_are_two_lists():
    body = "2025年本机关共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结13件,结转下年度继续办理2件。"
    assert statuses(body, "breakdown.sum") == ["PASS", "PASS"]
    body = "2025年本机关共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结10件,结转下年度继续办理2件。"
    assert statuses(body, "breakdown.sum") == ["PASS", "UNCERTAIN"]


def test_a_clause_through_a_channel_after_a_list_without_channels_ends_it():
    body = "利用委内OA系统发布信息95条,其中发布规范性文件2件,利用电子屏发布信息108条,丰富了信息公开形式。"
    assert "FAIL" not in statuses(body, "breakdown.sum")
    # a list whose parts are its channels goes on
    body = "全年发布信息500条,其中通过网站发布300条,通过微信公众号发布260条。"
    assert statuses(body, "breakdown.sum") == ["FAIL"]


def test_outcomes_of_two_handled_counts_together_are_uncertain_not_failed():
    body = ("我办收到依申请公开共30件。我办按时办结数25件,延期办结5件。其中同意公开答复20件,不同意公开答复的2件,"
            "申请信息不存在的6件,申请补正信息的2件。")
    assert statuses(body, "breakdown.sum") == ["UNCERTAIN"]


@pytest.mark.parametrize("body, rule, expected", [
    # a described kind after 涵盖…等 is no opener of the counts after it
    ("公开突发公共卫生事件4条,疫情防控72条,涵盖防控措施、政策、权威公告等,健康科普25条,医疗卫生管理51条。",
     "breakdown.sum", []),
    # a rate of the cases due has a base the prose does not state
    ("全年共受理政府信息公开申请408件,办结391件,到期办结率100%。", "narrative.rate", []),
    ("全年共受理政府信息公开申请408件,办结391件,办结率100%。", "narrative.rate", ["FAIL"]),
    # 未发生因政府信息公开申请行政复… cut by the page end is no zero of applications
    ("全年共受理依申请公开19件,已全部按时办结。未发生因政府信息公开申请行政复", "narrative.restated", []),
])
def test_what_round_five_fresh_pages_showed_is_not_failed(body, rule, expected):
    assert statuses(body, rule) == expected


def test_a_share_of_another_count_written_before_the_part_is_only_doubted():
    body = ("2024年共受理依申请公开事项59件,结转上年后新收到依申请公开事项47件,较上一年度增加40件。其中,通过信函申请39件,"
            "占83%;电子邮件7件,占14.9%;在线申请1件,占2.1%。")
    assert "FAIL" not in statuses(body, "breakdown.share")
