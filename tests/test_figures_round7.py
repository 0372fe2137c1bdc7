"""Real-page classes of round 7 (issue 18). Each sentence is written here in the shape of the real
pages (made-up bodies and numbers)."""
from __future__ import annotations

import pytest

from figure_text import figures


def _parts(text: str) -> list[tuple[str, float, str | None, int | None]]:
    return [(f.metric, f.value, f.category, f.parent) for f in figures(text)]


# -- lists whose parts put the number first: the label after a unit is that part's own


@pytest.mark.parametrize("text, expected", [
    ("2023年,某县水利局共主动公开政府信息56条,其中1条政策解读,5条工作方案,50条工作动态。",
     [("items_published", 56, None, None), ("policy_interpretations", 1, "政策解读", 0),
      ("items_published", 5, "工作方案", 0), ("items_published", 50, "工作动态", 0)]),
    ("全年公开信息30条,包括12条通知公告、3份规范性文件和15条工作动态。",
     [("items_published", 30, None, None), ("items_published", 12, "通知公告", 0),
      ("normative_documents_issued", 3, None, 0), ("items_published", 15, "工作动态", 0)]),
    ("本年度共收到政府信息公开申请5件,其中3件网上申请,2件当面申请。",
     [("applications_received", 5, None, None), ("applications_received", 3, "网上申请", 0),
      ("applications_received", 2, "当面申请", 0)]),
])
def test_a_label_after_the_number_belongs_to_that_number(text, expected):
    assert _parts(text) == expected


def test_what_follows_a_number_as_a_statement_is_no_label():
    # outcomes, verbs and prepositions after the number say something of it: no label is read
    assert _parts("本年度共收到政府信息公开申请5件,其中3件已办结,2件不予公开。") == [
        ("applications_received", 5, None, None), ("applications_handled", 3, None, 0),
        ("applications_denied", 2, None, 0)]
    found = _parts("主动公开信息40条,其中12条通过网站发布,28条在公开栏张贴。")
    assert [(m, v, c) for m, v, c, _ in found][:2] == [("items_published", 40, None), ("items_published", 12, None)]


def test_labels_before_their_numbers_are_read_as_before():
    assert _parts("主动公开信息40条,其中通知公告12条,工作动态28条。") == [
        ("items_published", 40, None, None), ("items_published", 12, "通知公告", 0),
        ("items_published", 28, "工作动态", 0)]
