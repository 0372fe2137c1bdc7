"""How `textmine eval real` judges a FAIL against the annotated checks (textmine.real.evaluation): a
FAIL is true when an annotated FAIL of its kind names numbers among its evidence; a breakdown and the
applications' identity judge the same arithmetic, so either annotated kind pairs either rule."""
from __future__ import annotations

from textmine.real.evaluation import score_page
from textmine.real.pages import Annotation, Page

TEXT = ("某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开\n2024年,我区共受理政府信息公开申请件45件,"
        "其中4件来自上一年度结转,本年度完成41件依申请件答复,8件结转至2025年度办理。\n")
FIGURES = ({"metric": "applications_received", "value": 45, "span": "45件"},
           {"metric": "applications_carried_over", "value": 4, "span": "4件"},
           {"metric": "applications_handled", "value": 41, "span": "41件"},
           {"metric": "applications_carried_forward", "value": 8, "span": "8件"})


def _score(checks):
    page = Page("search:000000000002", "", "county", 2024, (), TEXT)
    annotation = Annotation(page.id, "dev2", False, "county", FIGURES, tuple(checks), "test:1")
    return score_page(page, annotation)


def test_a_breakdown_fail_pairs_an_annotated_identity_fail_of_the_same_numbers():
    result = _score([{"check": "identity", "status": "FAIL", "spans": ["45件", "41件", "8件"], "why": "41+8 > 45"}])
    assert result.true_fails == ["breakdown.sum"] and result.false_fails == [] and result.missed_checks == []


def test_a_fail_of_other_numbers_or_another_kind_stays_false():
    result = _score([{"check": "identity", "status": "FAIL", "spans": ["2024年,我区"], "why": "elsewhere"}])
    assert result.true_fails == [] and [rule for rule, _ in result.false_fails] == ["breakdown.sum"]
    result = _score([{"check": "year", "status": "FAIL", "spans": ["45件", "41件"], "why": "another check"}])
    assert result.true_fails == [] and [rule for rule, _ in result.false_fails] == ["breakdown.sum"]
