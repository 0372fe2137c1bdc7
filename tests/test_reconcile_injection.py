"""The injected-error generator changes exactly one number per report, says honestly whether
a rule can see it, and the reconciler finds the visible ones (oracle mode: the generator's
true records, so this measures the rules, not the parsers)."""
from __future__ import annotations

import sys
from pathlib import Path

from corpora.injection import injected_corpus

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from injected_errors import run_oracle, score  # noqa: E402


def test_one_number_changed_per_report():
    cases = list(injected_corpus(30, seed=7))
    assert len(cases) == 30
    kinds = {c.injection.kind for c in cases}
    assert kinds == {"cell", "figure"}
    for case in cases:
        inj = case.injection
        assert inj.old != inj.new
        prefix, suffix_len = case.text[:inj.start], len(case.text) - inj.end
        assert case.clean_text[:inj.start] == prefix
        assert case.clean_text[len(case.clean_text) - suffix_len:] == case.text[inj.end:]
        assert case.text[inj.start:inj.end] != case.clean_text[inj.start:len(case.clean_text) - suffix_len]
        if inj.kind == "cell" and inj.table in ("applications", "review_litigation"):
            assert inj.detectable and inj.constraint == "identity"


def test_injections_are_deterministic():
    a = [c.injection for c in injected_corpus(10, seed=3)]
    b = [c.injection for c in injected_corpus(10, seed=3)]
    assert a == b


def test_oracle_precision_and_recall_meet_target():
    cases = list(injected_corpus(60, seed=11))
    result = score(cases, run_oracle, show=0)
    assert result["total"]["detectable"] >= 30
    assert result["precision"] >= 0.95, result["fp_rules"]
    assert result["recall"] >= 0.95
