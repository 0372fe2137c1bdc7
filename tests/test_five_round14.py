"""Section 五 (stop 47): areas the cue table did not know, found among the own corpus's level-1 measures that
scored as boilerplate (interpretation work named plainly, opinions sought and adopted, content areas of the
economy and of petitions). Fixtures are written here in the shapes of real measures (no page text is copied)."""
from __future__ import annotations

from textmine.problems.specificity import BOILERPLATE_AT, NAMES_NOTHING_AT, score


def test_interpretation_named_plainly_is_an_area():
    got = score("二是提高政策解读质量,丰富解读形式。")
    assert got.score >= BOILERPLATE_AT
    assert any("object_interpretation" in r for r in got.reasons)


def test_opinions_sought_and_adopted_are_an_area():
    assert score("对征集意见的采纳情况及时向社会反馈。").score >= BOILERPLATE_AT


def test_content_areas_of_the_economy_and_of_petitions_are_areas():
    assert score("一是依法公开招商引资政策、土地出让结果等信息。").score >= BOILERPLATE_AT
    assert score("二是完整公开信访事项办理情况。").score >= BOILERPLATE_AT


def test_a_closing_of_boilerplate_alone_still_names_nothing():
    assert score("进一步提高认识,切实加强领导,推动政务公开工作再上新台阶。").score <= NAMES_NOTHING_AT
