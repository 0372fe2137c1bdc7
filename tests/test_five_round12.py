"""Section 五 specificity (stop 40): classes the fresh blind batch units-dev14 showed. Fixtures are
written here in the shapes of its pages (no page text is copied)."""
from __future__ import annotations

import pytest

from textmine.problems.specificity import BOILERPLATE_AT, SPECIFIC_AT, score


@pytest.mark.parametrize("measure", [
    # a central document cited as the frame the plan stands in is no document the agency drafts (level 0)
    "2013年将继续依照全面贯彻落实《条例》和《关于深化政务公开加强政务服务的意见》(中办发[2011]22号)的精神,"
    "采取多种方法全面、及时、准确地进行公开,努力使政府信息公开工作上一个新台阶。",
    "按照贯彻落实《关于全面推进政务公开工作的意见》的精神,进一步提高公开工作水平。",
])
def test_a_document_cited_as_the_frame_is_not_a_document_to_act_on(measure):
    result = score(measure)
    assert result.score <= BOILERPLATE_AT
    assert any("context_frame" in reason for reason in result.reasons)


def test_a_document_the_measure_acts_on_is_still_specific():
    # the same document revised by the agency: level 2
    assert score("修订《某局政府信息公开工作考核办法》,明确考核内容。").score >= SPECIFIC_AT


@pytest.mark.parametrize("measure, specific", [
    # a numbered routine put in place by its quoted name: a routine one can check is in use (level 2)
    ("做到“四集中”,即集中搜集信息、集中审核信息、集中公开信息、集中报送信息。", True),
    ("实行“两审核”,信息发布前由股室负责人和分管领导审核。", True),
    # the standard “五公开” is the frame every report cites, no routine of its own
    ("落实“五公开”要求,进一步加大公开力度。", False),
])
def test_a_numbered_routine_named_in_quotes(measure, specific):
    assert (score(measure).score >= SPECIFIC_AT) is specific
