"""Section 五 units (stop 39): a numbered problem whose own sentence turns to the plan
(``1、…宣传力度不够,在以后的工作中,将利用…`` / ``…不够,要利用…``) is two units, a problem and
a measure — the plan is no second sentence of the item. Fixtures in the shape of the old-outline
township and bureau pages of dev batch 11."""
from __future__ import annotations

import pytest

from textmine.problems import analyse_sentences
from textmine.readers import load
from textmine.sections import split_sections

HEAD = "青林县林业局2016年政府信息公开工作年度报告\n五、存在的主要问题及改进措施\n"


def _units(body: str) -> list[tuple[str, str]]:
    doc = load(HEAD + body)
    return [("".join(s.text.split()), s.label) for s in analyse_sentences(doc, split_sections(doc)).sentences]


@pytest.mark.parametrize("plan", [
    "在以后的工作中,将利用多种媒体和宣传渠道发布公开信息,提高群众的知晓率。",
    "在今后工作中,将通过公开栏和网站及时发布信息。",
    "要利用多种媒体和宣传渠道发布公开信息,提高群众的知晓率。",
    "要加强对工作人员的业务培训。",
])
def test_a_numbered_problem_turning_to_its_plan_is_two_units(plan):
    units = _units(f"1、我局信息公开面向社会的宣传力度不够,{plan}\n2、工作机制还不够完善。\n")
    assert [label for _, label in units] == ["problem", "measure", "problem"]
    assert units[1][0] == "".join(plan.split())


def test_a_numbered_problem_going_on_without_a_plan_stays_one_unit():
    units = _units("1、我局信息公开面向社会的宣传力度不够,群众知晓率不高,在以往的工作中重视不足。\n2、工作机制还不够完善。\n")
    assert {label for _, label in units} == {"problem"}


# --------------------------------------------------------------------------- links: how much is published

from textmine.problems.followthrough import concepts  # noqa: E402


@pytest.mark.parametrize("problem, measure", [
    ("信息采集数量不够多、内容不够丰富。", "推进规章制度等更多信息的公开。"),
    ("面对公众的关注和要求,公开内容还需要进一步充实丰富。", "今后将进一步加大信息主动公开的力度,提升信息公开的及时性。"),
])
def test_how_much_is_published_is_one_aspect_of_problem_and_measure(problem, measure):
    assert "content" in concepts(problem) and "content" in concepts(measure)


def test_a_measure_publishing_more_answers_the_problem_of_too_little():
    body = ("2019年,我所信息公开工作稳步推进,但仍然存在一些不足:信息采集数量不够多。\n"
            "2020年,我所将进一步健全信息公开机制,拓展信息公开渠道。在保持科研进展和科普活动公开的同时,"
            "推进规章制度等更多信息的公开。\n")
    doc = load("某研究所2019年政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n" + body)
    analysis = analyse_sentences(doc, split_sections(doc))
    problems = [s for s in analysis.sentences if s.label == "problem"]
    assert problems and all(p.addressed_by for p in problems)


# --------------------------------------------------------------------------- specificity: level 2 by ANNOTATION.md

from textmine.problems.specificity import BOILERPLATE_AT, SPECIFIC_AT, score  # noqa: E402


@pytest.mark.parametrize("measure, cue", [
    ("编制年度政务公开工作要点,明确任务分工。", "document_to_draft"),
    ("建立首问负责、限时办结等制度。", "named_routine"),
    ("在各村(社区)设置政务公开栏。", "facility"),
    ("开通政务服务热线,畅通群众咨询渠道。", "new_column"),
])
def test_concrete_measures_by_the_level_definitions(measure, cue):
    result = score(measure)
    assert result.score >= SPECIFIC_AT and any(r.split(":")[0].endswith(cue) for r in result.reasons), result.reasons


def test_a_register_set_up_stays_an_area():
    # 建立…台账 is level 1 in the own corpus (five measures): an area, not a document to draft
    assert score("建立企业意见建议办理台账,逐件跟踪反馈。").score == BOILERPLATE_AT
