"""Round 19 (stop 42): classes the dev2 pages' remaining errors showed (the index holds almost no fresh
figure pages). Fixtures are written here in the shapes of those pages (no page text is copied)."""
from __future__ import annotations

import textmine


def audit(text: str, title: str = "某县某局2024年政府信息公开工作年度报告"):
    return textmine.audit(f"{title}\n一、总体情况\n{text}\n")


def figures(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in audit(text).figures]


def labelled(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.metric, f.value, f.category) for f in audit(text).figures]


# --------------------------------------------------------------------------- NPC / CPPCC papers published

def test_suggestions_and_proposals_made_public_are_items_published():
    # the papers published, named right after the publishing verb, with or without 办理 in their label
    assert labelled("全年主动公开本级人大代表建议18件,政协委员提案27件,市人大建议 2 件。") == [
        ("items_published", 18, "人大代表建议"), ("items_published", 27, "政协委员提案"),
        ("items_published", 2, "市人大建议")]
    # one more kind in a 、 list of what was made public, counted in 次 like its neighbours
    assert figures("2023年我局公开政策解读3次、会议公开9次、人大提案5次、政协提案11次、疫情专题86条。") == [
        ("policy_interpretations", 3), ("items_published", 9), ("items_published", 5), ("items_published", 11),
        ("items_published", 86)]
    # the total word closing the label is no part of the category
    assert labelled("及时发布对人大代表建议的会办意见共6条。") == [("items_published", 6, "人大代表建议的会办意见")]


def test_suggestions_handled_stay_the_suggestions_when_the_clause_says_the_handling():
    # 办理 between the publishing verb and the label (or before the verb in its clause): the count handled
    assert figures("全年公开办理人大建议21件。") == [("npc_suggestions", 21)]
    assert figures("集中办理答复并主动公开人大政协建议提案15件。") == [("npc_cppcc_items", 15)]
    # and with no publishing verb at all
    assert figures("全年办理人大代表建议8件。") == [("npc_suggestions", 8)]


# --------------------------------------------------------------------------- counts without their unit

def test_a_count_after_information_without_its_unit_glued_to_the_next_clause():
    found = labelled("2024年,我镇主动公开政府信息73,其中惠农补贴信息51公开内容主要包括补贴发放等。"
                     "通过便民服务中心公开政府信息132通过电子显示屏滚动播放。")
    assert found == [("items_published", 73, None), ("items_published", 51, "惠农补贴信息"),
                     ("items_published", 132, None)]
    # a number glued to any other word stays no figure (a page number, a code inside a sentence)
    assert figures("经审核,全年共处理信息12办结群众事项。") == []


def test_a_kind_of_information_made_public_counted_in_postings():
    assert labelled("全年主动公开抽检信息19次(其中食品类8次、药品类11次),更新人事信息4次。") == [
        ("items_published", 19, "抽检信息"), ("items_published", 8, "食品类"), ("items_published", 11, "药品类"),
        ("items_published", 4, "人事信息")]
    # 次 after information that was not made public is no count of items
    assert figures("全年开展信息安全检查4次。") == [("inspections", 4)]


# --------------------------------------------------------------------------- no figures

def test_the_steps_of_a_procedure_counted_are_no_figure():
    assert figures("依申请公开严格按照登记、审核、答复、送达、行政复议和行政诉讼、归档八个环节办理。") == []
    assert figures("申请办理分为受理、审查、答复、存档四个流程。") == []


def test_a_rhythm_set_in_a_rule_is_no_count():
    assert figures("建立例会制度,每月召开一次政务公开联席会议,每季度组织一次信息公开培训。") == []
    assert figures("全年组织信息公开培训3次。") == [("trainings", 3)]
