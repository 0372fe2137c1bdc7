"""End to end through ``textmine.audit`` on real reports: the seed and the example pass every
rule; a copy with one figure or cell changed gives exactly the FAILs that change must give;
the real PDFs: 洪泽区 2023 table 四 fails as published, the 2023 -> 2024 chain holds, 淮安市
2024's narrative agrees with its tables."""
from __future__ import annotations

import functools
import json
import subprocess
import sys

import pytest

import textmine
from textmine.reconcile import RULES_BY_KEY, cross_year, frame


def reconciler_findings(report):
    return [f for f in report.findings if f.rule in RULES_BY_KEY]


def fails(report) -> list[tuple[str, str | None]]:
    return sorted((f.rule, f.unit) for f in reconciler_findings(report) if f.status == "FAIL")


@functools.lru_cache(maxsize=None)
def audit_pdf(path: str):
    return textmine.audit(path)


def test_seed_passes_every_rule(seed_path):
    report = textmine.audit(seed_path)
    findings = reconciler_findings(report)
    assert not [f for f in findings if f.status == "FAIL"]
    passed = {f.rule for f in findings if f.status == "PASS"}
    assert {"applications.identity", "applications.results_total", "applications.applicant_columns",
            "review_litigation.block_totals", "tables.non_negative_integers", "active_disclosure.in_force_vs_issued",
            "active_disclosure.regulations_issuer", "narrative_vs_table.applications_received", "breakdown.sum",
            "text.report_year"} <= passed


def test_example_has_no_fail(example_path):
    assert fails(textmine.audit(example_path)) == []


def test_example_figures_are_compared_with_the_cells_they_state(example_path):
    # found in the end-to-end review: a repeal read as 本年制发 (UNCERTAIN against 3), items
    # reviewed read as published, 行政复议结果纠正 compared with the litigation columns, and
    # channel parts (网上申请 41 件) that must never meet the 62 of 本年新收
    report = textmine.audit(example_path)
    by_text = {f.text: f for f in report.figures}
    assert by_text["废止不符合上位法要求的规范性文件1件"].metric == "normative_documents_repealed"
    assert by_text["保密审查1320余条"].metric == "items_reviewed"
    assert not [f for f in report.figures if f.metric == "items_published" and f.category
                and "审查" in f.category]
    assert by_text["行政复议结果纠正1件"].metric == "reconsiderations_corrected"
    findings = reconciler_findings(report)
    assert [(f.status, f.rule) for f in findings if f.status in ("FAIL", "UNCERTAIN")] == []
    twins = {(f.rule, f.found): f for f in findings if f.rule.startswith("narrative_vs_table.")}
    corrected = twins[("narrative_vs_table.reconsiderations_corrected", 1)]
    assert corrected.status == "PASS"
    assert [(e.row, e.column) for e in corrected.evidence if e.table] == [("reconsideration", "corrected")]
    assert ("narrative_vs_table.lawsuits_corrected", 1) not in twins
    received = [f for f in findings if f.rule == "narrative_vs_table.applications_received"]
    assert [(f.status, f.found) for f in received] == [("PASS", 62)]
    assert ("PASS", "新收政府信息公开申请62件") in [(f.status, f.unit) for f in findings if f.rule == "breakdown.sum"]


def _changed(path, old: str, new: str) -> bytes:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    return text.replace(old, new).encode("utf-8")


SEED_TWINS = [
    # narrative figure: the number of applications received
    ("受理政府信息公开申请 8 件", "受理政府信息公开申请 9 件", [("narrative_vs_table.applications_received", "收到申请数")]),
    # a part of the exhaustive 304-item breakdown
    ("政务动态信息 78 条", "政务动态信息 79 条", [("breakdown.sum", "发布信息总数 304 条")]),
    # table 三: 本年新收 for 自然人 (its column identity and its row sum)
    ("一、本年新收政府信息公开申请数量\t\t8\t0", "一、本年新收政府信息公开申请数量\t\t9\t0",
     [("applications.applicant_columns", "“一、本年新收”行"), ("applications.identity", "“自然人”列")]),
    # table 四: one reconsideration upheld with the total left at 0
    ("\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "\n1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
     [("review_litigation.block_totals", "行政复议")]),
    # table 三: a result row's total only
    ("(一) 予以公开\t8\t0\t0\t0\t0\t0\t8", "(一) 予以公开\t8\t0\t0\t0\t0\t0\t7",
     [("applications.applicant_columns", "“（一）予以公开”行"), ("applications.results_total", "“总计”列")]),
]


@pytest.mark.parametrize("old, new, expected", SEED_TWINS, ids=[t[2][0][0] for t in SEED_TWINS])
def test_seed_failing_twins(seed_path, old, new, expected):
    report = textmine.audit(_changed(seed_path, old, new), format="txt")
    assert fails(report) == sorted(expected)


EXAMPLE_TWINS = [
    # the total of the channel breakdown (网上 41 + 信函 17 + 当面 4) and table 三's 本年新收
    ("全年新收政府信息公开申请62件", "全年新收政府信息公开申请61件", [("breakdown.sum", "新收政府信息公开申请61件"),
                                                   ("narrative_vs_table.applications_received", "收到申请数")]),
    ("结转下年度继续办理3件", "结转下年度继续办理2件", [("narrative_vs_table.applications_carried_forward", "结转下年度申请数")]),
    ("政务动态类732条", "政务动态类733条", [("breakdown.sum", "主动公开政府信息1286条")]),
    ("现行有效17件", "现行有效18件", [("narrative_vs_table.normative_documents_in_force", "现行有效规范性文件")]),
    # (in force 1: fewer than issued less repealed — with 2 the repealed one could be this year's, UNCERTAIN)
    ("行政规范性文件\t3\t1\t17", "行政规范性文件\t3\t1\t1",
     [("active_disclosure.in_force_vs_issued", "行政规范性文件"),
      ("narrative_vs_table.normative_documents_in_force", "现行有效规范性文件")]),
    # each outcome is compared with its table cell (the prose sum of the outcome list is not
    # checked again while table 三 holds every one of them)
    ("不予公开9件", "不予公开8件", [("narrative_vs_table.applications_denied", "不予公开")]),
]


@pytest.mark.parametrize("old, new, expected", EXAMPLE_TWINS, ids=[t[0] for t in EXAMPLE_TWINS])
def test_example_failing_twins(example_path, old, new, expected):
    report = textmine.audit(_changed(example_path, old, new), format="txt")
    assert fails(report) == sorted(expected)


def test_approximate_and_non_exhaustive_changes_do_not_fail(example_path):
    # 300余条 -> 310余条: an approximate figure with nothing to compare; 约42.6万次 -> 约43万次
    report = textmine.audit(_changed(example_path, "发布信息300余条", "发布信息310余条"), format="txt")
    assert fails(report) == []
    report = textmine.audit(_changed(example_path, "约42.6万次", "约43万次"), format="txt")
    assert fails(report) == []


# --------------------------------------------------------------------------- real PDFs


def test_hongze_2023_table_four_fails_as_published(real_pdf):
    report = audit_pdf(str(real_pdf("hongze2023")))
    assert fails(report) == [("review_litigation.block_totals", "行政复议"),
                             ("review_litigation.block_totals", "行政诉讼（复议后起诉）")]
    found = {f.unit: (f.expected, f.found) for f in reconciler_findings(report) if f.status == "FAIL"}
    assert found == {"行政复议": (11, 0), "行政诉讼（复议后起诉）": (5, 0)}
    # its 23-row table 三 adds up
    assert [f.status for f in reconciler_findings(report) if f.rule == "applications.results_total"] == ["PASS"]


def test_hongze_2023_to_2024_chain(real_pdf):
    last = audit_pdf(str(real_pdf("hongze2023")))
    this = audit_pdf(str(real_pdf("hongze2024")))
    findings = {f.rule: f for f in cross_year(this, last) if f.rule != "cross_year.repeated_text"}
    assert findings["cross_year.carried_over_chain"].status == "PASS"
    assert findings["cross_year.in_force_stock"].status == "PASS"  # 5 + 3 - 0 = 8
    repeated = {f.unit: f for f in cross_year(this, last) if f.rule == "cross_year.repeated_text"}
    five = repeated["五、存在的主要问题及改进情况"]
    assert 0.2 < five.found < 0.6 and five.evidence


def test_hongze_2024_received_disagrees_with_its_table(real_pdf):
    # as published: "区政府办代表区政府受理政府信息公开申请 17 件" while table 三 says 95 new
    report = audit_pdf(str(real_pdf("hongze2024")))
    received = [f for f in reconciler_findings(report) if f.rule == "narrative_vs_table.applications_received"]
    assert [(f.status, f.found, f.expected) for f in received] == [("FAIL", 17, 95)]


def test_huaian_2024_narrative_agrees_with_tables(real_pdf):
    report = audit_pdf(str(real_pdf("huaian2024")))
    assert fails(report) == []
    by_rule = {}
    for f in reconciler_findings(report):
        by_rule.setdefault(f.rule, []).append(f)
    for rule, value in (("narrative_vs_table.applications_received", 3119),
                        ("narrative_vs_table.applications_carried_over", 34),
                        ("narrative_vs_table.applications_carried_forward", 103),
                        ("narrative_vs_table.reconsiderations", 351), ("narrative_vs_table.lawsuits", 46)):
        assert [(f.status, f.found) for f in by_rule[rule]] == [("PASS", value)], rule
    fee = by_rule["narrative_vs_table.info_processing_fees"]
    assert [f.status for f in fee] == ["NOT_ASSESSABLE"] and "3940" in fee[0].message


def test_findings_frame_and_json(seed_path):
    report = textmine.audit(seed_path)
    data = report.to_dict()
    rules = {f["rule"] for f in data["findings"]}
    assert "applications.identity" in rules
    df = frame(reconciler_findings(report))
    assert list(df.columns[:6]) == ["rule", "status", "severity", "message", "expected", "found"]
    assert len(df) == len(reconciler_findings(report))
    assert set(df["status"].astype(str)) <= {"PASS", "FAIL", "UNCERTAIN", "NOT_ASSESSABLE"}
    assert df.loc[df["rule"] == "narrative_vs_table.applications_received", "spans"].iloc[0]
    json.dumps(data, ensure_ascii=False)


# --------------------------------------------------------------------------- compare CLI


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "textmine.cli", *args], capture_output=True, text=True)


def test_compare_cli_on_hongze_pair(real_pdf):
    last, this = str(real_pdf("hongze2023")), str(real_pdf("hongze2024"))
    run = _cli("compare", last, this, "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["last"]["year"] == 2023 and data["this"]["year"] == 2024
    statuses = {f["rule"]: f["status"] for f in data["findings"] if f["rule"] != "cross_year.repeated_text"}
    assert statuses["cross_year.carried_over_chain"] == "PASS"
    assert statuses["cross_year.in_force_stock"] == "PASS"
    text = _cli("compare", last, this, "--all")
    assert text.returncode == 0 and "cross_year.carried_over_chain" in text.stdout
