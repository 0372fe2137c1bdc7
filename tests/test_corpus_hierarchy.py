"""A government's figures against the sum of its departments' in the same batch: PASS or FAIL
only when the government's report says it covers its departments, UNCERTAIN when it does not
say, NOT_ASSESSABLE when it says it covers itself only."""
from __future__ import annotations

from pathlib import Path

import textmine
from corpora.generator import generate_report
from textmine.corpus.hierarchy import RULE, Member, government_findings

NEW = ("applications", "new", "total")


def member(rid: str, name: str, level: str, parent: str | None, value: float | None, coverage=None, year=2023):
    from textmine.agency import name_key

    identity = {"name": name, "key": name_key(name), "level": level, "parent": parent, "coverage": coverage}
    return Member(rid, f"{rid}.txt", year, identity, {NEW: value} if value is not None else {})


def county(value, coverage):
    return member("gov", "清河县人民政府", "county", "邢台市人民政府", value, coverage)


DEPARTMENTS = [member("edu", "清河县教育局", "county_department", "清河县人民政府", 12),
               member("police", "清河县公安局", "county_department", "清河县人民政府", 30),
               member("office", "清河县人民政府办公室", "county_department", "清河县人民政府", 50),  # the government's own
               member("other", "平阳县教育局", "county_department", "平阳县人民政府", 99),  # another county's
               member("late", "清河县财政局", "county_department", "清河县人民政府", 7, year=2022)]  # another year


def statuses(members):
    return {rid: [(f.rule, f.unit, f.status, f.found["departments"]) for f in fs]
            for rid, fs in government_findings(members).items()}


def test_stated_coverage_passes_when_the_government_is_no_less_than_its_departments():
    assert statuses([county(42, "departments"), *DEPARTMENTS]) == {
        "gov": [(RULE, "本年新收政府信息公开申请", "PASS", 42)]}
    assert statuses([county(45, "departments"), *DEPARTMENTS])["gov"][0][2] == "PASS"


def test_stated_coverage_fails_when_the_government_is_less_than_its_departments():
    (finding,) = government_findings([county(40, "departments"), *DEPARTMENTS])["gov"]
    assert finding.status == "FAIL" and "少于部门之和" in finding.message
    assert finding.found["department_sources"] == ["edu.txt", "police.txt"]
    assert finding.evidence[0].table == "applications" and finding.evidence[0].row == "new"


def test_unstated_coverage_is_uncertain_and_own_coverage_not_assessable():
    assert statuses([county(10, None), *DEPARTMENTS])["gov"][0][2] == "UNCERTAIN"
    assert statuses([county(10, "own"), *DEPARTMENTS])["gov"][0][2] == "NOT_ASSESSABLE"


def test_no_departments_no_finding():
    assert statuses([county(10, "departments"), DEPARTMENTS[3]]) == {}
    assert statuses([county(None, "departments"), *DEPARTMENTS]) == {}


def test_in_a_batch_the_government_is_checked_against_its_departments(tmp_path):
    options = {"template": "2021", "rendering": "tsv", "tables_missing": False, "year": 2023}
    government = generate_report(50, agency={"agency": "清河县人民政府", "self": "我县", "short": "清河"},
                                 level="district_government", **options)
    text = government.text.replace("\n", "\n本报告由清河县人民政府办公室汇总县政府各部门政府信息公开工作情况编制。\n", 1)
    (tmp_path / "gov.txt").write_text(text, encoding="utf-8")
    for i, dept in enumerate(("清河县教育局", "清河县公安局")):
        generate_report(60 + i, agency={"agency": dept, "self": "我局", "short": dept[3:5]}, level="county_bureau",
                        **options).write(tmp_path)
    result = textmine.batch(tmp_path, out=tmp_path.parent / "out")
    reports = result.table("reports").set_index(result.table("reports")["source"].map(lambda s: Path(s).name))
    assert reports.loc["gov.txt", "agency_coverage"] == "departments"
    findings = result.table("findings")
    mine = findings[findings["rule"] == RULE]
    assert set(mine["source"].map(lambda s: Path(s).name)) == {"gov.txt"}
    new = mine[mine["message"].str.startswith("本年新收")].iloc[0]
    gov_value, departments = new["found_json"]["government"], new["found_json"]["departments"]
    cells = result.table("cells")
    dept_cells = cells[(cells["row"] == "new") & (cells["column"] == "total") & (cells["table"] == "applications")
                       & ~cells["source"].str.endswith("gov.txt")]
    assert departments == dept_cells["value"].sum()
    assert new["status"] == ("PASS" if gov_value >= departments else "FAIL")
    assert reports.loc["gov.txt", "n_findings"] == len(findings[findings["source"].str.endswith("gov.txt")])
