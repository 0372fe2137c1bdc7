"""Section 五 specificity (stop 38): the areas a measure names, drawn from the topics' own cue words
(``textmine.problems.topics.TOPIC_CUES``) where the specificity cues had not listed them. A measure
naming one of them names an area (level 1: the boilerplate line, 0.20), whatever generic verb it
comes with; a measure naming none stays below it. Fixtures written in the shape of real measures."""
from __future__ import annotations

import pytest

from textmine.problems.specificity import BOILERPLATE_AT, score


@pytest.mark.parametrize("measure, cue, word", [
    ("三是针对惠民政策制作明白纸,让群众看得懂。", "object_interpretation", "明白纸"),
    ("用好政务抖音和客户端,扩大信息传播面。", "object_platform", "抖音"),
    ("规范依申请公开补正告知,减少争议。", "object_applications", "补正"),
    ("落实信息发布审签,做到全程留痕。", "object_procedure", "审签"),
    ("重大决策前召开听证会,听取各方声音。", "object_participation", "听证"),
    ("严防个人敏感信息泄露。", "object_security", "泄露"),
    ("对公开不到位的单位严肃问责。", "object_supervision", "问责"),
    ("落实统一发布,避免口径不一。", "object_coordination", "统一发布"),
])
def test_an_area_from_the_topic_words_is_named(measure, cue, word):
    result = score(measure)
    assert result.score == BOILERPLATE_AT
    assert any(r.split(":")[0].endswith(cue) and word in r for r in result.reasons), result.reasons


@pytest.mark.parametrize("measure", [
    "进一步提高认识,切实加强领导,不断提升工作水平。",
    "持续推进政务公开工作,努力取得新成效。",
])
def test_boilerplate_without_an_area_stays_below_the_line(measure):
    assert score(measure).score < BOILERPLATE_AT


def test_bare_interpretation_amid_two_generic_words_stays_at_the_line():
    # bare 政策解读 amid boilerplate is level 0 in the own corpus (four measures); since stop 50 each area word excuses
    # two generic words (real annotators read 加强培训,进一步提高…水平 as level 1), so it scores at the line, never over it
    assert score("进一步加强政策解读工作,提升解读质量。").score == BOILERPLATE_AT
    assert score("进一步加强政策解读工作,不断提升解读质量,切实增强工作实效。").score < BOILERPLATE_AT


def test_training_with_one_generic_verb_and_its_outcome_reaches_the_line():
    # 组织业务培训 is level 1 by the real pages' precedents; the verb and the outcome around it no longer sink it
    assert score("三是组织业务培训,进一步提升政务公开工作人员的业务能力和工作水平。").score == BOILERPLATE_AT


@pytest.mark.parametrize("measure, cue", [
    # a platform or system to build is a platform the measure names (level 2), not only an area
    ("年内建设局机关政务公开网站,方便群众查阅。", "facility"),
    ("搭建依申请公开在线办理系统,实现全程网办。", "facility"),
    # a flow chart or a list of powers to publish is a document to produce
    ("公布本局权力清单和权力运行流程图。", "document_to_draft"),
])
def test_a_platform_to_build_or_a_chart_to_publish_is_concrete(measure, cue):
    result = score(measure)
    assert result.score >= 0.5
    assert any(r.split(":")[0].endswith(cue) for r in result.reasons), result.reasons


@pytest.mark.parametrize("measure", [
    # building up what exists (网站建设) or a record kept on the website is no platform to build
    "加强网站建设,提升服务水平。",
    "一是建立网站信息巡检记录,发现问题即改即记。",
])
def test_building_up_an_existing_channel_is_not_a_new_platform(measure):
    assert not any(r.split(":")[0].endswith("facility") for r in score(measure).reasons)


def test_a_signature_whose_date_the_page_end_cut_ends_the_report():
    """(dev batch 10) the signing body on its own line, then its date cut by the page end
    (``…委\\n2010年3月18``): the report ended — no unit of it, and 五 is whole, so a problem no measure
    answers is a FAIL, not UNCERTAIN."""
    from textmine.problems import analyse_sentences
    from textmine.readers import load
    from textmine.sections import split_sections

    text = ("某省某委2009年政府信息公开工作年度报告\n一、概述\n本委认真贯彻条例。\n"
            "五、政府信息公开工作存在问题和改进措施\n目前工作正逐步有序开展,但也存在一些问题,主要是:"
            "干部政府信息公开意识有待加强;公开信息的时效性有待提高;政府信息公开方式有待扩展。\n"
            "下一步,我委将进一步加强宣传培训,提高干部政府信息公开意识;进一步拓展政府信息公开方式。\n"
            "某省某委\n2010年3月18")
    doc = load(text)
    analysis = analyse_sentences(doc, split_sections(doc))
    assert not any("2010年3月" in s.text for s in analysis.sentences)
    statuses = {(f.rule, f.status) for f in analysis.findings if f.rule == "problems.unaddressed"}
    assert ("problems.unaddressed", "FAIL") in statuses
    assert ("problems.unaddressed", "UNCERTAIN") not in statuses
