"""Cross-year rules (上年结转 chain, 现行有效 stock flow, repeated text) and the
report-year rule, on reports built from the real 洪泽区 2023/2024 pair and the example."""
from __future__ import annotations

import dataclasses

from test_reconcile_helpers import (HONGZE_2023_ACTIVE, HONGZE_2023_APPLICATIONS, HONGZE_2023_REVIEW,
                                    HONGZE_2024_ACTIVE, active, applications, review)
from textmine.model import Metadata, Report
from textmine.readers import load
from textmine.reconcile import cross_year, reconcile
from textmine.sections import split_sections

# the 洪泽区 2023 and 2024 section 五 as published (measures one and three are word for word
# the same in both years)
HONGZE_2023_FIVE = (
    "五、存在的主要问题及改进情况\n2023年，洪泽区政府信息公开工作取得一定的成效，但对照上级要求，仍存在一定差距。"
    "如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升、政务公开队伍建设有待加强等。"
    "针对存在问题，下一步，将切实抓好以下工作：一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、"
    "强化部门协同配合，全面提升政府信息依申请公开规范化、专业化水平。二是围绕区委区政府中心工作，进一步梳理明确"
    "政务公开的重点领域，继续优化政务公开、政策解读、关切回应等工作。三是继续加强业务指导培训。实行政府信息公开"
    "工作人员跟班学习制度，不断提高各单位政府信息公开工作人员的思想认识和业务工作水平。\n")
HONGZE_2024_FIVE = (
    "五、存在的主要问题及改进情况\n2024年，全区政府信息公开工作虽取得一定成绩，但对照上级要求和群众期盼，仍存在"
    "一些不足，主要是：个别部门对复杂申请件的研判能力不足，答复文书规范性有待提升，疑难问题协调处理机制尚需完善，"
    "政策解读的形式还不够丰富，政务新媒体运维管理还需加强等。\n针对存在问题，2025年我们将切实抓好以下工作：一是"
    "扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、强化部门协同配合，全面提升政府信息依申请公开"
    "规范化、专业化水平。二是加强对典型案例的研究、梳理和汇总。不定期更新编制适用性广、操作性强的依申请公开政府"
    "信息答复书模板，使各行政机关答复的方式、格式、不予公开依据等更加规范，有效降低行政复议、行政诉讼发生率和纠错"
    "率。三是继续加强业务指导培训，实行政府信息公开工作人员跟班学习制度，不断提高各单位政府信息公开工作人员的思想"
    "认识和业务工作水平。\n")


def make_report(text: str, tables: dict, agency: str, year: int) -> Report:
    doc = load(text.encode("utf-8"), format="txt")
    sections = split_sections(doc)
    meta = Metadata(title=f"{agency}{year}年政府信息公开工作年度报告", agency=agency, year=year)
    return Report(document=doc, sections=sections, metadata=meta, tables=tables)


def hongze(year: int, five: str, **changes) -> Report:
    text = (f"洪泽区人民政府{year}年政府信息公开工作年度报告\n一、总体情况\n{year}年，我区在政府网站平台主动公开政府信息。\n"
            + five + "六、其他需要报告的事项\n无。\n")
    apps = dict(HONGZE_2023_APPLICATIONS)
    for key, value in changes.items():
        apps[key] = value
    if year == 2023:
        tables = {"applications": applications(apps), "active_disclosure": active(HONGZE_2023_ACTIVE),
                  "review_litigation": review(HONGZE_2023_REVIEW)}
    else:
        tables = {"applications": applications(apps), "active_disclosure": active(HONGZE_2024_ACTIVE)}
    agency = "洪泽区人民政府" if year == 2023 else "淮安市洪泽区人民政府"
    return make_report(text, tables, agency, year)


def by_rule(findings, rule):
    return [f for f in findings if f.rule == rule]


def test_hongze_2023_to_2024_chain_and_stock_flow_pass():
    last, this = hongze(2023, HONGZE_2023_FIVE), hongze(2024, HONGZE_2024_FIVE)
    findings = cross_year(this, last)
    assert [f.status for f in by_rule(findings, "cross_year.carried_over_chain")] == ["PASS"]
    # 规范性文件: 5 in force at the end of 2023, 3 issued and 0 repealed in 2024 -> 8 (as published)
    stock = by_rule(findings, "cross_year.in_force_stock")
    assert [f.status for f in stock] == ["PASS"]
    assert not [f for f in findings if f.status == "FAIL" and f.rule != "cross_year.repeated_text"]


def test_broken_carried_over_chain_fails_citing_both_reports():
    last = hongze(2023, HONGZE_2023_FIVE, carried_forward=(2, 0, 0, 0, 0, 0, 2), total=(19, 0, 0, 0, 0, 0, 19),
                  partial=(2, 0, 0, 0, 0, 0, 2))
    this = hongze(2024, HONGZE_2024_FIVE)
    findings = by_rule(cross_year(this, last), "cross_year.carried_over_chain")
    failed = [f for f in findings if f.status == "FAIL"]
    assert [(f.unit, f.expected, f.found) for f in failed] == [("“自然人”列", 2, 0), ("“总计”列", 2, 0)]
    reports = {(e.report, e.row) for e in failed[0].evidence}
    assert reports == {("this", "carried_over"), ("previous", "carried_forward")}
    # last year's own table still adds up, so only the chain fails
    assert not [f for f in reconcile(last.document, last.sections, last.tables, (), metadata=last.metadata)
                if f.status == "FAIL" and f.rule.startswith("applications.")]


def test_stock_flow_mismatch_is_a_warning():
    last = hongze(2023, HONGZE_2023_FIVE)
    this = hongze(2024, HONGZE_2024_FIVE)
    tables = dict(this.tables)
    changed = dict(HONGZE_2024_ACTIVE)
    changed[("normative_documents", "in_force")] = 9
    tables["active_disclosure"] = active(changed)
    this = dataclasses.replace(this, tables=tables)
    stock = by_rule(cross_year(this, last), "cross_year.in_force_stock")
    assert [(f.unit, f.status, f.severity, f.expected, f.found) for f in stock] == [
        ("行政规范性文件", "FAIL", "warning", 8, 9), ("规章", "PASS", "info", 0, 0)]


def test_repeated_measures_between_hongze_2023_and_2024():
    last, this = hongze(2023, HONGZE_2023_FIVE), hongze(2024, HONGZE_2024_FIVE)
    repeated = {f.unit: f for f in by_rule(cross_year(this, last), "cross_year.repeated_text")}
    five = repeated["五、存在的主要问题及改进情况"]
    assert 0.25 < five.found < 0.6
    # the copied measures are cited as spans of this year's text
    cited = [this.document.text[e.start:e.end] for e in five.evidence]
    assert any("全面梳理和优化工作流程、健全工作机制" in c for c in cited)
    assert any("跟班学习制度" in c for c in cited)
    # a wholly copied section 五 fails
    copy = hongze(2024, HONGZE_2023_FIVE.replace("2023年", "2024年"))
    five = {f.unit: f for f in by_rule(cross_year(copy, last), "cross_year.repeated_text")}["五、存在的主要问题及改进情况"]
    assert five.status == "FAIL" and five.found > 0.95


def test_reports_of_different_agencies_or_years_are_not_compared():
    last = hongze(2023, HONGZE_2023_FIVE)
    other = make_report(HONGZE_2024_FIVE, {}, "淮安市人民政府", 2024)
    findings = cross_year(other, last)
    # the pair is said to be wrong once (a warning); every check stands back
    assert [(f.status, f.severity) for f in findings if f.rule == "cross_year.pairing"] == [("UNCERTAIN", "warning")]
    assert {f.status for f in findings if f.rule != "cross_year.pairing"} == {"NOT_ASSESSABLE"}
    assert all("机关不同" in f.message for f in findings)
    later = hongze(2024, HONGZE_2024_FIVE)
    findings = cross_year(last, later)  # arguments swapped
    assert {f.status for f in findings if f.rule != "cross_year.pairing"} == {"NOT_ASSESSABLE"}
    assert all("晚于本年报告" in f.message for f in findings)


def test_cross_year_rules_run_only_with_previous():
    this = hongze(2024, HONGZE_2024_FIVE)
    rules = {f.rule for f in reconcile(this.document, this.sections, this.tables, (), metadata=this.metadata)}
    assert not [r for r in rules if r.startswith("cross_year.")]


# --------------------------------------------------------------------------- report year


def year_findings(text: str, year: int = 2023):
    report = make_report(text, {}, "平顶山市应急管理局", year)
    return by_rule(reconcile(report.document, report.sections, {}, (), metadata=report.metadata), "text.report_year")


def test_reference_to_last_years_problems_is_not_flagged(seed_path):
    # the seed (2023) says 针对2022年度政务信息公开工作存在的问题 in 五: a legitimate reference
    doc = load(seed_path)
    sections = split_sections(doc)
    meta = Metadata(agency="平顶山市应急管理局", year=2023)
    assert "针对2022年度政务信息公开工作存在的问题" in doc.text
    findings = by_rule(reconcile(doc, sections, {}, (), metadata=meta), "text.report_year")
    assert [f.status for f in findings] == ["PASS"]


def test_legitimate_other_years_are_not_flagged():
    text = ("平顶山市应急管理局2023年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n"
            "2023年，我局全年主动公开信息304条，较2022年增长12%。截至2023年底，累计公开信息2017条。\n"
            "五、存在的主要问题及改进情况\n针对2022年度政务信息公开工作存在的问题，我局进行了整改。"
            "2022年，上级评估指出的问题已全部整改。2024年，我局将进一步加强培训。\n六、其他需要报告的事项\n"
            "2024年，我局将继续做好信息处理费管理。\n")
    findings = year_findings(text)
    assert {f.status for f in findings} == {"PASS"}


def test_copied_year_is_flagged():
    text = ("平顶山市应急管理局2023年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n"
            "2022年，我局全年主动公开信息304条。\n五、存在的主要问题及改进情况\n无。\n")
    findings = year_findings(text)
    # (the sentence states 2022's figure in the present tense, set off by a comma: a FAIL since stop 43, as ANNOTATION.md
    # reads present-tense statistics of another year — since stop 51 folded into the period's FAIL as its evidence, one
    # finding for one copied report, as the annotations record one year check a page)
    assert [(f.status, f.found) for f in findings if f.status != "PASS"] == [("FAIL", 2022)]
    period = next(f for f in findings if f.status == "FAIL")
    assert "统计期限" in period.message and period.severity == "warning"
    assert any(text[e.start:e.end].startswith("2022年，我局全年主动公开信息304条") for e in period.evidence)


def test_present_tense_statistics_of_another_year_are_flagged():
    """Issue 22: ``我局2022年度共受理…`` in a 2023 report was missed (the rule looked only at a
    year opening a sentence)."""
    def statuses(sentence: str):
        text = (f"平顶山市应急管理局2023年政府信息公开工作年度报告\n一、总体情况\n{sentence}\n"
                "六、其他需要报告的事项\n无。\n")
        return [(f.status, f.found) for f in year_findings(text) if f.status != "PASS"]

    copied = statuses("我局2022年度共受理政府信息公开申请15件，均已按时答复。")
    assert copied == [("FAIL", 2022)]
    assert statuses("全县2022年主动公开政府信息1200条。") == [("FAIL", 2022)]
    # the reference could be a comparison with last year: UNCERTAIN, never FAIL
    assert statuses("我局2022年度共受理政府信息公开申请15件，较上年增加3件。") == [("UNCERTAIN", 2022)]
    assert statuses("我局2022年度共受理申请12件，2023年度共受理申请15件。") == [("UNCERTAIN", 2022)]
    assert statuses("我局2022年度办理申请的数量同比持平，为8件。") == [("UNCERTAIN", 2022)]
    # not statements about another year's work: the report year, plans, stocks since a year
    assert statuses("我局2023年度共受理政府信息公开申请15件。") == []
    assert statuses("我局2024年度将主动公开更多信息3类。") == []
    assert statuses("我局2019年以来累计公开信息2017条。") == []
    assert statuses("截至2023年底，我局2022年发布的3件规范性文件均现行有效。") == []
    # the year first, run into the statement (no comma after it): the same statement
    assert statuses("(二)依申请公开情况。2022年我镇收到依申请公开申请事项0件，均按时答复。") == [("FAIL", 2022)]
    assert statuses("我局主要通过网站公开。2022年度主动公开政府信息54条。") == [("FAIL", 2022)]
    assert statuses("2022年我镇收到申请5件，2023年收到8件。") == [("UNCERTAIN", 2022)]
    # a later year is never a copy from last year's report (a fragment's year may be misread)
    assert statuses("2024年度我局共收到14件依申请公开，均按时答复。") == []
