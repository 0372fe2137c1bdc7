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
