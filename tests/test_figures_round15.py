"""Real-page classes of round 15 (issue 18): the first run of fresh batch z89 (province and prefecture
departments of the north and west, 2020–2022). Each sentence is written here in the shape of the real
pages (made-up bodies and numbers)."""
from __future__ import annotations

import pytest

from figure_text import figures as _figures
from figure_text import metric_values as _found


@pytest.mark.parametrize("text, expected", [
    # sent out to be published on named sites (报送发布): the items published, the sites its parts
    ("全年报送发布信息41条,其中在市政府门户网站公开发布20条、省厅网站公开发布15条。",
     [("items_published", 41), ("items_published", 20), ("items_published", 15)]),
    # sent up to several bodies listed with 、: submitted, not published by an office named 信息科
    ("全年上报省局各类信息300余条,报送市委、市政府信息科各类信息45条。",
     [("items_submitted", 300), ("items_submitted", 45)]),
    # submitted alone stays submitted
    ("全年报送各类信息120条。", [("items_submitted", 120)]),
])
def test_items_sent_out(text, expected):
    assert _found(text) == expected


def test_sent_out_to_be_published_parts_exceeding_their_total_fail():
    """The parts of 报送发布 are its parts: eleven and thirteen and five exceed the total of 23."""
    import textmine

    report = textmine.audit("某市外事办2020年政府信息公开工作年度报告\n一、总体情况\n"
                            "全年报送发布信息23条,其中在市政府门户网站公开发布11条、省外事办网站公开发布13条,"
                            "市党建网公开发布5条。\n")
    assert [(f.rule, f.status) for f in report.findings if f.rule == "breakdown.sum"] == [("breakdown.sum", "FAIL")]


@pytest.mark.parametrize("text, expected", [
    # the field a rank is taken in is no count of the year's work
    ("信息宣传工作在全国系统62个直报点排名第三。", []),
    ("我市在全省21个地市中排名第二。", []),
    # a count of peers without a rank stays what it is
    ("全年向62个直报点报送信息30条。", [("items_submitted", 30)]),
])
def test_the_field_of_a_ranking(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the public's concerns sent through mailboxes, hotlines and message boards, answered: messages
    ("通过信箱、热线、留言平台回应各类关切5230条。", [("messages_handled", 5230)]),
    # concerns the body chose to answer stay hot topics
    ("全年回应社会关切18次。", [("hot_topics_responded", 18)]),
    # a mailbox's messages answered
    ("省人防信息网咨询信箱答复信息6条。", [("messages_handled", 6)]),
])
def test_concerns_answered_through_the_publics_channels(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # applications dealt with and answered (处理…答复信息): both facts, as 办理回复
    ("2020年,共处理依申请公开答复信息5条。", [("applications_received", 5), ("applications_handled", 5)]),
    # dealt with alone stays received only (round 13)
    ("全年共处理依申请公开9件。", [("applications_received", 9)]),
])
def test_applications_dealt_with_and_answered(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # interpretations given, counted before them
    ("2020年,我局共计开展6次政策解读,以图片图表的方式呈现。", [("policy_interpretations", 6)]),
    # a training on them is not an interpretation
    ("组织开展2次政策解读业务培训。", [("trainings", 2)]),
])
def test_interpretations_counted_before_them(text, expected):
    assert _found(text) == expected


def test_interpretation_count_keeps_its_unit():
    (figure,) = _figures("2020年,我局共计开展6次政策解读。")
    assert (figure.metric, figure.value, figure.unit) == ("policy_interpretations", 6, "次")


# --------------------------------------------------------------------------- fresh batches z90 and z91


def _breakdowns(text: str):
    import textmine

    report = textmine.audit("某街道2023年政府信息公开工作年度报告\n一、总体情况\n" + text + "\n")
    return [(f.status, f.message) for f in report.findings if f.rule == "breakdown.sum"]


def test_applications_by_who_asked_and_again_by_how_they_came_are_two_lists():
    """收到 19 件 and 1 carried over, then 自然人 20 件 and the channels 12 + 5 + 3: two partitions of the
    20, not one list of 40 over the 19."""
    found = _breakdowns("2023年度本机关共计收到政府信息公开申请19件,上年结转1件,其中自然人提交申请20件,"
                        "通过互联网渠道提交12件,通过邮寄信件方式提交5件,通过当面申请方式3件。")
    assert found and all(status != "FAIL" for status, _ in found), found


def test_a_part_followed_by_its_own_parts_is_no_false_fail():
    """37 received, of which 33 concluded — 27 answered and 6 withdrawn: the 27 and 6 are the 33's."""
    found = _breakdowns("2024年,我镇依申请公开政府信息共收到37件,其中33件已办结,答复27件,主动撤回6件。")
    assert [status for status, _ in found] == ["UNCERTAIN"]
    assert "细分" in found[0][1]


def test_parts_over_their_total_without_nesting_still_fail():
    found = _breakdowns("2024年,我镇依申请公开政府信息共收到30件,其中网上申请20件,信函申请9件,当面申请6件。")
    assert [status for status, _ in found] == ["FAIL"]


def test_a_list_closed_by_the_rest_that_falls_short_fails():
    """A list ending with 其他信息 names every part: short of its total, it contradicts it."""
    found = _breakdowns("2022年,本镇主动公开各类政府信息117条。其中,政策文件9件,法定主动公开信息23条,"
                        "基层政务公开领域信息14条,工作信息动态25条,其他信息4条。")
    assert [status for status, _ in found] == ["FAIL"]
    # the rest named as the other columns closes a list of columns too
    found = _breakdowns("通过门户网站公开各类政府信息514条,其中公开建设项目各类信息14条,部门预决算信息67条,"
                        "其他栏目公开政府信息267条。")
    assert [status for status, _ in found] == ["FAIL"]
    found = _breakdowns("在门户网站发布信息31条,其中概况栏目17条,公告公示栏目4条,其他栏目2条。")
    assert [status for status, _ in found] == ["FAIL"]
    # the rest named together with another kind (其他及宣传信息) is the rest too (z95)
    found = _breakdowns("本年度主动公开信息120篇,其中业务工作信息32篇,总结规划信息4篇,其他及宣传信息46篇。")
    assert [status for status, _ in found] == ["FAIL"]
    # without the rest, a short list is a selection
    found = _breakdowns("2022年,本镇主动公开各类政府信息117条。其中,政策文件9件,法定主动公开信息23条,"
                        "基层政务公开领域信息14条,工作信息动态25条。")
    assert all(status != "FAIL" for status, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # a letter as the way an application came in, among the applications' channels
    ("全年收到政府信息公开申请17件,其中通过互联网渠道提交12件,通过邮寄信件方式提交5件。",
     [("applications_received", 17), ("applications_received", 12), ("applications_received", 5)]),
    # information taken up (受理…公开信息) is applications, the words turned round
    ("2023年我街道共受理政府公开信息0件。", [("applications_received", 0)]),
    # the concerns answered, published
    ("更新在线访谈5条,发布热点关切10条。", [("online_interviews", 5), ("hot_topics_responded", 10)]),
    # what is kept is named after the number: an account, not a document in force
    ("目前我镇仅保留一个微信公众账号。", [("new_media_accounts", 1)]),
    ("全镇开通3个微信公众号。", [("new_media_accounts", 3)]),
    ("清理规范性文件20件,保留15件,废止5件。",
     [("normative_documents_reviewed", 20), ("normative_documents_in_force", 15), ("normative_documents_repealed", 5)]),
    # a bracket opens the number's parts, not its noun; a topic ending in 审核 in a list of kinds is a kind
    ("法定主动公开35条(其中政策文件6条、宅基地使用情况审核2条)。",
     [("items_published", 35), ("documents_published", 6), ("items_published", 2)]),
    ("对拟公开信息进行保密审查120余条。", [("items_reviewed", 120)]),
])
def test_round15_z90_z91_wordings(text, expected):
    assert _found(text) == expected


# --------------------------------------------------------------------------- dev2 (rebuilt at stop 38)


@pytest.mark.parametrize("text, expected", [
    # the government's meetings go on the list of what was made public (items, as the pages' annotators read them)
    ("公开政策文件12件、政府全体会议2次、专题会议7次、政府常务会议9次。",
     [("documents_published", 12), ("items_published", 2), ("items_published", 7), ("items_published", 9)]),
    ("全年公开全体会议2次,政府常务会议15次以及其他专题会议6次。",
     [("items_published", 2), ("items_published", 15), ("items_published", 6)]),
    ("全市主动公开政府信息3.2万条,公开政府重要会议140次。", [("items_published", 32000), ("items_published", 140)]),
    # meetings held on the disclosure work stay meetings
    ("共召开政府信息公开专题会议2次。", [("meetings", 2)]),
    # official documents (公文) and documents of government affairs (政务文件) are documents
    ("门户网站发布市政府公文88件、行政规范性文件12件。", [("documents_published", 88), ("normative_documents_issued", 12)]),
    ("各部门通过公文流转系统主动公开政务文件1250个。", [("documents_published", 1250)]),
    # taken up and concluded, said of the applications as 事项 or 信件
    ("全年规范受理并办结依申请公开事项9件。", [("applications_received", 9), ("applications_handled", 9)]),
    # (a zero is the received count alone, as ANNOTATION.md settles it)
    ("2021年,共受理答复依申请公开政府信息信件0件。", [("applications_received", 0)]),
    # the public's messages answered through interaction
    ("官方网站互动回应7条,与网民互动1200余人次。", [("messages_handled", 7), ("messages_handled", 1200)]),
])
def test_round15_dev2_wordings(text, expected):
    assert _found(text) == expected


def test_what_the_content_covers_opens_the_totals_parts():
    figures = _figures("一、总体情况\n2024年,区统计局主动公开政府信息9件。内容涉及部门动态6篇,统计分析1篇,公告2篇。")
    total, *parts = figures
    assert (total.metric, total.value) == ("items_published", 9)
    assert [(p.metric, p.value, p.category) for p in parts] == [
        ("items_published", 6, "部门动态"), ("items_published", 1, "统计分析"), ("items_published", 2, "公告")]
    assert all(p.parent == total.index for p in parts)


@pytest.mark.parametrize("text, expected", [
    # what a work plan asks for is no count of work done (z93)
    ("区政府出台工作要点,对涉及权力清单、财政资金信息等18项政府信息公开内容作了明确要求。", []),
    ("全年公开信息18项。", [("items_published", 18)]),
    # under a total of applications, the information disclosed is what was given on them
    # (接收办理: received and handled in one wording, as the page's annotation reads it — stop 41)
    ("全年共接收办理政府信息公开申请13件,其中依法公开政府信息8件,不予公开2件。",
     [("applications_received", 13), ("applications_handled", 13), ("applications_granted", 8),
      ("applications_denied", 2)]),
    # under a total of items, it stays items
    ("全年主动公开信息120条,其中公开政府信息80条。", [("items_published", 120), ("items_published", 80)]),
])
def test_round15_requirements_and_information_given_on_applications(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 现行有效 opening a list of documents holds for each of them (z92's false restatement FAIL)
    ("经梳理,我市现行有效市政府规章8部,市政府规范性文件40件,市政府部门规范性文件66件。",
     [("regulations_in_force", 8), ("normative_documents_in_force", 40), ("normative_documents_in_force", 66)]),
    # …not past a verb that starts another statement
    ("现行有效规范性文件20件,本年制发规范性文件3件。",
     [("normative_documents_in_force", 20), ("normative_documents_issued", 3)]),
])
def test_in_force_opening_a_list_of_documents(text, expected):
    assert _found(text) == expected


def test_documents_in_force_are_no_restatement_of_those_in_the_gazette():
    import textmine

    report = textmine.audit("某市2023年政府信息公开工作年度报告\n一、总体情况\n全年共编发《市人民政府公报》24期,刊登市政府规章1件,"
                            "市政府及部门规范性文件18件。\n经梳理,我市现行有效市政府规章8部,市政府规范性文件51件,"
                            "市政府部门规范性文件73件。\n")
    assert not [f for f in report.findings if f.rule == "narrative.restated" and f.status == "FAIL"]


@pytest.mark.parametrize("page, fragment", [
    # a later page of a PDF as a viewer serves it is a fragment, whatever title its header repeats
    ("Page 4 - 某市生态环境局2023年政府信息公开工作年度报告\nP. 4\n办理信息公开行政复议 0 件,行政诉讼 0 件。"
     "未收取信息处理费。\n(三)政府信息管理\n认真落实政府信息公开条例,做好主动公开和依申请公开。\n", True),
    # its first page is the report's start
    ("Page 1 - 某市生态环境局2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,现公布本局2023年报告。\n"
     "一、总体情况\n全年主动公开政府信息120条。\n", False),
])
def test_a_later_pdf_page_is_a_fragment(page, fragment):
    import textmine

    assert textmine.audit(page).metadata.fragment is fragment


@pytest.mark.parametrize("text, expected", [
    # (z94) the cases carried over, named as matters or letters
    ("2025年,办结上年度结转依申请公开事项4件,新收依申请公开事项96件。",
     [("applications_carried_over", 4), ("applications_received", 96)]),
    ("全区共收到政府信息公开申请300件,上年结转信件6件,共办结298件,结转下年度8件。",
     [("applications_received", 300), ("applications_carried_over", 6), ("applications_handled", 298),
      ("applications_carried_forward", 8)]),
    # carried on into the next year, said with both years
    ("全年共收到政府信息公开申请9件,共办结8件,2025年结转至2026年继续办理1件。",
     [("applications_received", 9), ("applications_handled", 8), ("applications_carried_forward", 1)]),
    # …while a carry into the report's year, before its own, stays carried over
    ("2022年结转至2023年2件,2023年共受理265件,已办结264件。",
     [("applications_carried_over", 2), ("applications_received", 265), ("applications_handled", 264)]),
])
def test_round15_z94_carried_cases(text, expected):
    assert _found(text) == expected


def test_levels_of_a_work_named_by_their_count_are_no_figure():
    # (z95) 制度、平台、队伍三个层次: the kinds just listed, counted
    assert _found("全面加强政府信息公开制度、平台、队伍三个层次建设,不断提高透明度。") == []


@pytest.mark.parametrize("text, expected", [
    # (z94) a relative word takes the documents named in its own statement, not the count before the ;
    ("2025年,累计审查39件;对县政府现行有效规范性文件进行清理,予以废止2件、宣布失效3件。",
     [("items_reviewed", 39), ("normative_documents_repealed", 2), ("normative_documents_repealed", 3)]),
    # the applications' 办理 keeps its reading
    ("规范依申请公开答复内容,按时办理3件依申请公开。", [("applications_received", 3)]),
])
def test_round15_a_relative_word_in_its_own_statement(text, expected):
    assert _found(text) == expected
