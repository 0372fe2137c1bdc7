"""Stop h20: the specificity cues as classes of wording, validated split-half on the real dev measures.

Every fixture here is a made-up sentence in the shape of a real section 五 measure (none is copied from a
page). Each pins one class the cue table gained (``models/lexicons/specificity_cues.tsv``, header
"Stop h20"): an area in words the cues had not listed scores at the boilerplate line (level 1), a
platform, column, system, document or office named scores as concrete (level 2), a deadline, rhythm or
count as checkable (level 3); the boundaries say what the classes leave out.
"""
from __future__ import annotations

import pytest

from textmine.problems.specificity import BOILERPLATE_AT, NAMES_NOTHING_AT, SPECIFIC_AT, score


def _named(result, cue: str, word: str) -> bool:
    return any(r.split(" ", 1)[1].startswith(f"{cue}:") and word in r for r in result.reasons)


# ------------------------------------------------------------------ areas (level 1): at the line, not over it

@pytest.mark.parametrize("measure, cue, word", [
    ("二是借助主流媒体和电子屏扩大信息覆盖面。", "object_platform", "电子屏"),
    ("二是借助主流媒体和电子屏扩大信息覆盖面。", "object_platform", "媒体"),
    ("开展在线访谈,及时处理群众投诉。", "object_platform", "在线"),
    ("三是采取以会代训方式提升经办人员能力。", "object_training", "以会代训"),
    ("组织干部职工开展对新条例的学习。", "object_training", "条例的学习"),
    ("四是选派业务骨干专门负责信息发布。", "object_staffing", "业务骨干"),
    ("落实信息签发、校对环节。", "object_procedure", "签发"),
    ("做好网站日常维护。", "object_procedure", "日常维护"),
    ("五是组织开展自查,对发现的问题实行追责。", "object_supervision", "自查"),
    ("加强与上级主管部门的沟通。", "object_coordination", "沟通"),
    ("开展在线访谈,及时处理群众投诉。", "object_participation", "投诉"),
    ("认真办理群众问政事项。", "object_participation", "问政"),
    ("采用H5、漫画等形式开展政策宣讲。", "object_interpretation", "宣讲"),
    ("规范申请登记和告知书送达。", "object_applications", "告知书"),
    ("及时公开人事任免和机构职能信息。", "object_content", "人事任免"),
    ("推进政府常务会议公开。", "object_content", "会议公开"),
    ("做好信息定密和解密工作。", "object_security", "定密"),
    ("严防涉密信息上网。", "object_security", "涉密"),
])
def test_an_area_in_new_words_reaches_the_line(measure, cue, word):
    result = score(measure)
    assert result.score == BOILERPLATE_AT
    assert _named(result, cue, word), result.reasons


def test_gatekeeping_in_general_stays_under_the_line():
    # 把关 names the workflow only in general, like 质量把控 (adjudicated real levels: boilerplate)
    result = score("严格把关。")
    assert NAMES_NOTHING_AT < result.score < BOILERPLATE_AT
    assert _named(result, "object_generic_procedure", "把关")


@pytest.mark.parametrize("measure", [
    "全面推进农业信息公开工作。",          # a sector names the agency's own work, not an area (tried, dropped)
    "加强组织领导,贯彻落实会议精神。",      # 会议精神 is no meeting to open
    "系统梳理公开事项。",                  # 系统 as an adverb is no system
    "坚持“公开为原则,不公开为例外”,做好公开工作。",   # a quoted slogan is no column
])
def test_words_the_classes_leave_out_name_nothing(measure):
    assert score(measure).score <= NAMES_NOTHING_AT


# ------------------------------------------------------------------ concrete (level 2): at or over 0.5

@pytest.mark.parametrize("measure, cue, word", [
    ("依托皖事通推送办事服务信息。", "named_platform", "皖事通"),
    ("在“阳光村务”板块发布三务公开信息。", "named_platform", "“阳光村务”板块"),
    ("完善门户网站政策解读专栏。", "named_platform", "政策解读专栏"),
    ("调整政府信息公开专栏子栏目设置。", "named_platform", "子栏目"),
    ("升级信息报送系统。", "named_platform", "报送系统"),
    ("在门户网站开设“惠企政策直通车”,集中发布涉企政策。", "new_column", "“惠企政策直通车”"),
    ("确定行政审批股作为信息发布的归口。", "responsible_office", "股作为"),
    ("组建政务公开办公室。", "responsible_office", "政务公开办公室"),
    ("起草《政务公开事项标准化目录编制说明》。", "document_to_draft", "起草《"),
    ("对照《政务公开常见问题问答》规范答复。", "named_document", "《政务公开常见问题问答》"),
    ("印制惠民政策明白纸,发放到户。", "document_to_draft", "明白纸"),
])
def test_a_named_platform_column_system_document_or_office_is_concrete(measure, cue, word):
    result = score(measure)
    assert result.score >= SPECIFIC_AT
    assert _named(result, cue, word), result.reasons


def test_a_column_of_general_topics_stays_an_area():
    # 专题专栏 names columns in general; a column named by its subject (政策解读专栏) is concrete
    result = score("丰富网站专题专栏。")
    assert result.score == BOILERPLATE_AT
    assert not any("named_platform" in r for r in result.reasons)


# ------------------------------------------------------------------ checkable (level 3): over 0.55

@pytest.mark.parametrize("measure, cue, word", [
    ("对网民留言在三个工作日内予以回复。", "deadline", "三个工作日内"),
    ("在1个月内完成栏目整合。", "deadline", "1个月内"),
    ("月底前完成栏目清理。", "deadline", "月底前"),
    ("栏目信息每旬更新。", "frequency", "每旬"),
    ("对更新情况一月一通报。", "frequency", "一月一通报"),
    ("在各村新设公开栏5块。", "number_target", "5块"),
])
def test_a_deadline_rhythm_or_count_in_new_words_is_checkable(measure, cue, word):
    result = score(measure)
    assert result.score >= 0.55
    assert _named(result, cue, word), result.reasons


def test_a_generic_verb_does_not_lower_a_new_concrete_cue():
    plain = score("升级信息报送系统。").score
    assert score("进一步升级信息报送系统,不断提升工作水平。").score == plain
