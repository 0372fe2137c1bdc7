"""Section 五 classes from the fresh dev batches 7 and 8 (stop 32): each pinned with a fixture
written in the shape seen on the real pages (no page text)."""
from __future__ import annotations

import pytest

from dataclasses import replace

from textmine.problems import analyse_sentences
from textmine.problems.classifier import get_classifier
from textmine.readers import load
from textmine.sections import split_sections


def _units(text: str, classifier=None) -> dict[str, str]:
    doc = load(text)
    analysis = analyse_sentences(doc, split_sections(doc), classifier=classifier)
    return {"".join(s.text.split()): s.label for s in analysis.sentences}


class ReadsEveryUnitAsAPlan:
    """The shipped model, but every unit it reads comes out a measure: what the rule must
    overrule (the model reads some 还需… units as plans out of context, e.g. in a page's blurb)."""

    def __init__(self):
        self.model = get_classifier()

    def predict_units(self, units):
        return [replace(p, label="measure") for p in self.model.predict_units(units)]

    def predict(self, encoded):
        return [replace(p, label="measure") for p in self.model.predict(encoded)]


FRAME = "五、存在的主要问题及改进情况\n2022年,我局政府信息公开工作虽有进步,但仍存在一些不足,主要表现在:\n"


@pytest.mark.parametrize("item", [
    # what still needs doing is the shortcoming, however much it reads like a plan (加强学习)
    "二是对政务公开的内容、方法和途径等方面的知识还需要进一步加强学习。",
    "二是工作人员对新条例的理解仍需加强培训。",
    "二是依申请公开的答复程序尚需规范。",
])
def test_what_still_needs_doing_in_the_problems_list_is_a_problem(item):
    text = FRAME + "一是公开内容不够全面。\n" + item + "\n"
    assert _units(text).get(item) == "problem"
    # whatever the model says: on the real dev pages and in the own corpus no unit saying what
    # still needs doing (还需/仍需/尚需/有待/需进一步) is a measure
    units = _units(text, ReadsEveryUnitAsAPlan())
    assert units.get(item) == "problem", units
    assert units.get("一是公开内容不够全面。") == "measure", units  # no such words: the model's reading stands


def test_a_plan_that_says_what_still_needs_doing_stays_a_measure():
    # the unit turns to plans itself (下一步…将): the words 还需 do not make it a shortcoming
    units = _units(FRAME + "一是公开内容不够全面。\n"
                   "下一步,我局将针对还需完善的环节,每季度开展一次公开内容检查。\n")
    measure = "下一步,我局将针对还需完善的环节,每季度开展一次公开内容检查。"
    assert units.get(measure) == "measure", units
    assert _units(FRAME + measure + "\n", ReadsEveryUnitAsAPlan()).get(measure) == "measure"


def test_taking_up_the_corrections_turns_from_the_problems_to_the_measures():
    # the turn comes as the second sentence of the last numbered problem: it opens the measures
    text = (FRAME + "一是公开内容不够全面。\n"
            "二是对公开工作的业务知识还需要进一步加强学习。结合实际,本局积极落实整改,强化业务培训工作。\n")
    units = _units(text)
    assert units.get("二是对公开工作的业务知识还需要进一步加强学习。") == "problem", units
    assert units.get("结合实际,本局积极落实整改,强化业务培训工作。") == "measure", units
