"""Real-page classes of round 14 (issue 18): classes left on the dev2 pages rebuilt at stop 37. Each
sentence is written here in the shape of the real pages (made-up bodies and numbers)."""
from __future__ import annotations

import pytest

from figure_text import metric_values as _found


@pytest.mark.parametrize("text, expected", [
    # the old outline's items answered with a zero in words (为零)
    ("2010年,全乡政府信息公开依申请办理事项为零。", [("applications_received", 0)]),
    ("2010年,全乡信息公开的收费和减免为零。", [("info_processing_fees", 0)]),
    ("因政府信息公开工作被申请行政复议及提起行政诉讼情况均为零。", [("reconsiderations", 0), ("lawsuits", 0)]),
    # a zero said of something else stays no figure
    ("全年安全生产事故为零。", []),
])
def test_zero_in_words_after_the_outline_item(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the applications counted before their noun, written without 公开
    ("2023年,区政府共收到42条依申请事项。", [("applications_received", 42)]),
    # the website as the way an application came in, beside the letters
    ("全年共受理依申请公开36件,通过网站方式申请20件、信函方式申请16件。",
     [("applications_received", 36), ("applications_received", 20), ("applications_received", 16)]),
    ("其中通过门户网站申请9件,当面申请2件。", [("applications_received", 9), ("applications_received", 2)]),
])
def test_applications_named_in_other_words(text, expected):
    assert _found(text) == expected
