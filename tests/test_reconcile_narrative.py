"""Narrative vs table, breakdowns and fees, on sentences written in the shapes the field guide
lists and on the real 淮安市 2024 narrative, with Figure records as the extractor defines
them (kind, qualifier, parts/parent/exhaustive, includes_carried_over)."""
from __future__ import annotations

import dataclasses

import pytest

from test_reconcile_helpers import (HUAIAN_2024_APPLICATIONS, HUAIAN_2024_REVIEW, active, applications, document,
                                    figure, review, sample_tables)
from textmine.figures import extract_figures
from textmine.readers import read_text
from textmine.reconcile import reconcile
from textmine.sections import split_sections


def run(text, figures, tables=None, agency="临川市生态环境局", year=2023):
    doc, sections, meta = document(text, agency=agency, year=year)
    figures = tuple(dataclasses.replace(f, index=i) for i, f in enumerate(figures))
    return reconcile(doc, sections, sample_tables() if tables is None else tables, figures, metadata=meta)


def narrative(findings, prefix="narrative_vs_table."):
    return [(f.rule, f.status) for f in findings if f.rule.startswith(prefix)]


def only_fails(findings):
    return [(f.rule, f.found, f.expected) for f in findings if f.status == "FAIL"]


SAMPLE = ("全年新收政府信息公开申请62件，较上年增长10.7%，上年结转4件。全年办结63件，其中予以公开28件、部分公开7件、"
          "不予公开9件、无法提供12件、不予处理4件、其他处理3件，结转下年度继续办理3件。")


def sample_figures(text=SAMPLE, **override):
    received = override.get("received", 62)
    return [
        figure(f"新收政府信息公开申请{received}件", text, "applications_received", received),
        figure("增长10.7%", text, "applications_received", 10.7, unit="%", kind="change", direction="up"),
        figure("上年结转4件", text, "applications_carried_over", 4),
        figure("全年办结63件", text, "applications_handled", 63, parts=(4, 5, 6, 7, 8, 9), exhaustive=True),
        figure("予以公开28件", text, "applications_granted", 28, parent=3),
        figure("部分公开7件", text, "applications_partial", 7, parent=3),
        figure("不予公开9件", text, "applications_denied", 9, parent=3),
        figure("无法提供12件", text, "applications_unavailable", 12, parent=3),
        figure("不予处理4件", text, "applications_not_processed", 4, parent=3),
        figure("其他处理3件", text, "applications_other", 3, parent=3),
        figure("结转下年度继续办理3件", text, "applications_carried_forward", 3),
    ]


def test_sample_narrative_agrees_with_its_tables():
    findings = run(SAMPLE, sample_figures())
    assert not [f for f in findings if f.status in ("FAIL", "UNCERTAIN")]
    got = narrative(findings)
    for metric in ("applications_received", "applications_carried_over", "applications_handled",
                   "applications_granted", "applications_partial", "applications_denied",
                   "applications_unavailable", "applications_not_processed", "applications_other",
                   "applications_carried_forward"):
        assert (f"narrative_vs_table.{metric}", "PASS") in got, metric
    # the 10.7% change is never compared with a count
    assert len([g for g in got if g[0] == "narrative_vs_table.applications_received"]) == 1
    # 办结 63 and each outcome are compared with their own cells: the prose sum adds nothing
    assert [f for f in findings if f.rule == "breakdown.sum"] == []


def test_changed_narrative_figure_gives_exactly_that_fail():
    text = SAMPLE.replace("申请62件", "申请65件")
    findings = run(text, sample_figures(text, received=65))
    assert only_fails(findings) == [("narrative_vs_table.applications_received", 65, 62)]
    fail = next(f for f in findings if f.status == "FAIL")
    span = next(e for e in fail.evidence if e.table is None)
    assert text[span.start:span.end] == "新收政府信息公开申请65件"
    assert any(e.table == "applications" and e.row == "new" and e.column == "total" for e in fail.evidence)


def test_changed_part_fails_against_its_table_or_else_against_its_exhaustive_total():
    text = SAMPLE.replace("部分公开7件", "部分公开8件")
    figs = [dataclasses.replace(f, text=text[f.start:f.end]) for f in sample_figures()]
    figs[5] = figure("部分公开8件", text, "applications_partial", 8, parent=3)
    # with table 三 the part is checked against its own cell, once
    assert only_fails(run(text, figs)) == [("narrative_vs_table.applications_partial", 8, 7)]
    # without it (a report whose tables were images) the exhaustive list is the only check
    assert only_fails(run(text, figs, tables={})) == [("breakdown.sum", 64, 63)]


def test_outcome_selection_under_a_received_total_is_left_to_the_table():
    # a generated shape (corpora.generator): 50 received, a selection of outcomes after a
    # sentence-initial 其中; table 三 shows 21 more handled as 部分公开/无法提供, so the list is
    # not complete, and each number agrees with its cell
    text = "2024年我区共收到政府信息公开申请62件。其中予以公开28件，不予公开9件，结转下年度继续办理3件，均在法定期限内予以答复。"
    figs = [figure("收到政府信息公开申请62件", text, "applications_received", 62, parts=(1, 2, 3), exhaustive=True),
            figure("予以公开28件", text, "applications_granted", 28, parent=0),
            figure("不予公开9件", text, "applications_denied", 9, parent=0),
            figure("结转下年度继续办理3件", text, "applications_carried_forward", 3, parent=0)]
    findings = run(text, figs)
    assert not only_fails(findings)
    assert [f for f in findings if f.rule == "breakdown.sum"] == []
    assert [s for r, s in narrative(findings)] == ["PASS"] * 4


@pytest.mark.parametrize("unit", ["件", "份", "条", "件次"])
def test_received_in_any_count_unit(unit):
    text = f"本年度共受理政府信息公开申请62{unit}。"
    findings = run(text, [figure(f"受理政府信息公开申请62{unit}", text, "applications_received", 62, unit=unit)])
    assert narrative(findings) == [("narrative_vs_table.applications_received", "PASS")]


def test_received_including_carried_over():
    # 共收到…（含上年结转N件）: the total is new + carried
    text = "2023年共收到政府信息公开申请66件（含上年结转4件）。"
    figs = [figure("收到政府信息公开申请66件（含上年结转4件）", text, "applications_received", 66,
                   includes_carried_over=True, parts=(1,), exhaustive=False),
            figure("上年结转4件", text, "applications_carried_over", 4, parent=0)]
    findings = run(text, figs)
    assert narrative(findings) == [("narrative_vs_table.applications_received", "PASS"),
                                   ("narrative_vs_table.applications_carried_over", "PASS")]
    received = next(f for f in findings if f.rule == "narrative_vs_table.applications_received")
    assert received.expected == 66
    assert {(e.row, e.column) for e in received.evidence if e.table} == {("new", "total"), ("carried_over", "total")}
    # read as new applications only, 66 would be wrong
    figs[0] = dataclasses.replace(figs[0], includes_carried_over=False)
    findings = run(text, figs)
    # ... unless 共收到 counts the carried-over ones too: the wording does not say, so UNCERTAIN
    received = next(f for f in findings if f.rule == "narrative_vs_table.applications_received")
    assert received.status == "UNCERTAIN" and "含上年结转" in received.message
    assert not only_fails(findings)


def test_huaian_2024_narrative_agrees_with_its_table():
    # 淮安市 2024 §一(二), as published: 3119 received, 3050 answered including 34 carried over,
    # 103 carried forward; reconsideration 351 and litigation 46 with their parts
    text = ("2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），"
            "均在法定期限内予以答复。政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，"
            "尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。")
    figs = [
        figure("受理政府信息公开申请3119件", text, "applications_received", 3119),
        figure("答复3050件（含上年度结转申请34件", text, "applications_handled", 3050, includes_carried_over=True),
        figure("上年度结转申请34件", text, "applications_carried_over", 34),
        figure("103件顺延到下年度答复", text, "applications_carried_forward", 103),
        figure("行政复议351件", text, "reconsiderations", 351, parts=(5, 6, 7, 8), exhaustive=True),
        figure("结果维持72件", text, "reconsiderations_upheld", 72, parent=4),
        figure("结果纠正64件", text, "reconsiderations_corrected", 64, parent=4),
        figure("其他结果178件", text, "reconsiderations_other", 178, parent=4),
        figure("尚未审结37件", text, "reconsiderations_pending", 37, parent=4),
        figure("行政诉讼46件", text, "lawsuits", 46, parts=(10, 11, 12, 13), exhaustive=True),
        figure("结果维持25件", text, "lawsuits_upheld", 25, parent=9),
        figure("结果纠正5件", text, "lawsuits_corrected", 5, parent=9),
        figure("其他结果9件", text, "lawsuits_other", 9, parent=9),
        figure("尚未审结7件", text, "lawsuits_pending", 7, parent=9),
    ]
    tables = {"applications": applications(HUAIAN_2024_APPLICATIONS), "review_litigation": review(HUAIAN_2024_REVIEW)}
    findings = run(text, figs, tables, agency="淮安市人民政府", year=2024)
    assert not [f for f in findings if f.status in ("FAIL", "UNCERTAIN")]
    statuses = dict(narrative(findings))
    assert len(statuses) == 14 and set(statuses.values()) == {"PASS"}
    handled = next(f for f in findings if f.rule == "narrative_vs_table.applications_handled")
    assert handled.expected == 3050  # results always include the carried-over ones
    # the 2019-style reading 3119 = new + carried would be wrong: 3119 is new only
    assert next(f for f in findings if f.rule == "narrative_vs_table.applications_received").expected == 3119


@pytest.mark.parametrize("written, value, qualifier, table_value, status", [
    ("行政许可1200余件", 1200, "more_than", 1268, "PASS"),
    ("行政许可1200余件", 1200, "more_than", 1500, "UNCERTAIN"),
    ("行政许可约1300件", 1300, "approx", 1268, "PASS"),
    ("行政许可约1300件", 1300, "approx", 900, "UNCERTAIN"),
    ("行政许可不足1300件", 1300, "less_than", 1268, "PASS"),
    ("行政许可1268件", 1268, None, 1268, "PASS"),
    ("行政许可1286件", 1286, None, 1268, "FAIL"),
])
def test_qualified_figures_get_tolerance_not_a_fail(written, value, qualifier, table_value, status):
    text = f"全年办理{written}。"
    figs = [figure(written, text, "licence_decisions", value, qualifier=qualifier)]
    findings = run(text, figs, sample_tables(licensing__decisions=table_value))
    assert narrative(findings) == [("narrative_vs_table.licence_decisions", status)]


@pytest.mark.parametrize("written, status", [
    # decisions: a count of the cell's own quantity
    ("行政许可决定55件", "FAIL"),
    # information items published about decisions: near the cell, not the cell (dev2 real page)
    ("行政许可信息55项", "UNCERTAIN"),
])
def test_decisions_stated_as_information_items_are_only_uncertain(written, status):
    text = f"全年公开{written}。"
    figs = [figure(written, text, "licence_decisions", 55)]
    findings = run(text, figs, sample_tables(licensing__decisions=423))
    assert narrative(findings) == [("narrative_vs_table.licence_decisions", status)]


def test_wan_scaled_figure_is_compared_with_rounding():
    text = "全年行政处罚决定0.13万件。"
    figs = [figure("行政处罚决定0.13万件", text, "punishment_decisions", 1300)]
    # 0.13万 stands for 1250..1350
    assert narrative(run(text, figs, sample_tables(punishment__decisions=1342))) == [
        ("narrative_vs_table.punishment_decisions", "PASS")]


def test_wan_rounding_interval_excludes_far_values():
    text = "全年行政处罚决定0.13万件。"
    figs = [figure("行政处罚决定0.13万件", text, "punishment_decisions", 1300)]
    findings = run(text, figs, sample_tables(punishment__decisions=1400))
    assert [f.status for f in findings if f.rule == "narrative_vs_table.punishment_decisions"] == ["FAIL"]


def test_normative_documents_and_decisions_restated_in_prose():
    text = "本年制发行政规范性文件3件，废止1件，现行有效17件；行政许可处理决定1268项，行政处罚342件，行政强制27件。"
    figs = [figure("制发行政规范性文件3件", text, "normative_documents_issued", 3),
            figure("废止1件", text, "normative_documents_repealed", 1),
            figure("现行有效17件", text, "normative_documents_in_force", 17, period="as_of"),
            figure("行政许可处理决定1268项", text, "licence_decisions", 1268, unit="项"),
            figure("行政处罚342件", text, "punishment_decisions", 342),
            figure("行政强制27件", text, "coercion_decisions", 27)]
    findings = run(text, figs)
    assert [s for _, s in narrative(findings)] == ["PASS"] * 6
    figs[2] = figure("现行有效17件", text, "normative_documents_in_force", 18, period="as_of")
    assert only_fails(run(text, figs)) == [("narrative_vs_table.normative_documents_in_force", 18, 17)]


def test_info_processing_fee_is_not_compared_with_admin_fees():
    # 淮安市 2024 §六: 3940 元 collected; table 二's 行政事业性收费 (96171.6 万元) is another thing
    text = "2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。"
    figs = [figure("收取政府信息公开信息处理费3940元", text, "info_processing_fees", 3940, unit="元")]
    tables = sample_tables(fees__amount=96171.6)
    tables["applications"] = applications(HUAIAN_2024_APPLICATIONS)
    findings = run(text, figs, tables, agency="淮安市人民政府", year=2024)
    fee = [f for f in findings if f.rule == "narrative_vs_table.info_processing_fees"]
    assert [f.status for f in fee] == ["NOT_ASSESSABLE"]
    assert "没有信息处理费金额栏" in fee[0].message and "行政事业性收费" in fee[0].message
    assert not [f for f in findings if f.rule == "narrative_vs_table.admin_fees"]
    assert not only_fails(findings)


def test_fee_not_charged_with_unpaid_fee_notices_is_flagged_softly():
    text = "本年度未收取信息处理费。"
    figs = [figure("未收取信息处理费", text, "info_processing_fees", 0, unit="元")]
    # one of the sample's two 其他 cases moved to 逾期未缴纳信息处理费: the table still adds up
    findings = run(text, figs, sample_tables(other_no_fee__natural_person=1, other_no_fee__total=1,
                                             other_other__natural_person=0, other_other__total=1))
    fee = [f for f in findings if f.rule == "narrative_vs_table.info_processing_fees"]
    assert [(f.status, f.severity) for f in fee] == [("UNCERTAIN", "info")]
    assert not only_fails(findings)


@pytest.mark.parametrize("written, value, unit, amount, status", [
    ("行政事业性收费0元", 0, "元", 0, "PASS"),
    ("行政事业性收费12.6万元", 126000, "元", 12.6, "PASS"),
    ("行政事业性收费12.6万元", 12.6, "万元", 12.6, "PASS"),
    ("行政事业性收费126000元", 126000, "元", 12.6, "PASS"),
    ("行政事业性收费0元", 0, "元", 12.6, "FAIL"),
])
def test_admin_fees_in_yuan_against_wan_yuan_cell(written, value, unit, amount, status):
    text = f"本年度{written}。"
    findings = run(text, [figure(written, text, "admin_fees", value, unit=unit)], sample_tables(fees__amount=amount))
    assert narrative(findings) == [("narrative_vs_table.admin_fees", status)]


# --------------------------------------------------------------------------- breakdowns

PUBLISHED = "全年主动公开政府信息1286条，其中机构职能类42条、政策文件类156条、政务动态类732条、行政执法类356条。"


def published_figures(total=1286, exhaustive=True, qualifier=None, text=PUBLISHED):
    return [figure(f"公开政府信息{total}条" if qualifier is None else text[text.index("公开政府"):text.index("条") + 1],
                   text, "items_published", total, unit="条", parts=(1, 2, 3, 4), exhaustive=exhaustive,
                   qualifier=qualifier),
            figure("机构职能类42条", text, "items_published", 42, unit="条", parent=0, category="机构职能类"),
            figure("政策文件类156条", text, "items_published", 156, unit="条", parent=0, category="政策文件类"),
            figure("政务动态类732条", text, "items_published", 732, unit="条", parent=0, category="政务动态类"),
            figure("行政执法类356条", text, "items_published", 356, unit="条", parent=0, category="行政执法类")]


def breakdown(findings):
    return [(f.status, f.expected, f.found) for f in findings if f.rule == "breakdown.sum"]


def test_exhaustive_breakdown_passes_and_parts_exceeding_a_lowered_total_fail():
    assert breakdown(run(PUBLISHED, published_figures())) == [("PASS", 1286, 1286)]
    text = PUBLISHED.replace("1286", "1276")
    findings = run(text, published_figures(1276, text=text))
    assert breakdown(findings) == [("FAIL", 1276, 1286)]
    assert only_fails(findings) == [("breakdown.sum", 1286, 1276)]


def test_parts_falling_short_after_qizhong_are_uncertain_never_fail():
    # real reports list the categories they care about after 其中: a raised total (or a lowered
    # part) leaves the list short, which a reviewer checks but does not call an error
    text = PUBLISHED.replace("1286", "1296")
    findings = run(text, published_figures(1296, text=text))
    assert breakdown(findings) == [("UNCERTAIN", 1296, 1286)]
    assert "少于合计" in next(f.message for f in findings if f.rule == "breakdown.sum")
    assert only_fails(findings) == []


def test_a_list_cut_off_by_the_page_end_is_uncertain_when_it_falls_short():
    # a page scraped from a longer report stops inside the list: too few cannot be told
    cut = PUBLISHED.replace("1286", "1296").replace("。", "，其他信息")
    findings = run(cut, published_figures(1296, text=cut))
    assert breakdown(findings) == [("UNCERTAIN", 1296, 1286)]
    assert "页面末尾中断" in next(f.message for f in findings if f.rule == "breakdown.sum")
    # too many can: whatever the page end cut off would only add to the parts
    cut = PUBLISHED.replace("1286", "1276").replace("。", "，其他信息")
    assert breakdown(run(cut, published_figures(1276, text=cut))) == [("FAIL", 1276, 1286)]


def test_a_complete_partition_that_falls_short_fails():
    # 自然人 + 法人或其他组织 is every applicant: the parts must add up to the total
    text = "全年共收到政府信息公开申请20件，其中自然人申请12件、法人或其他组织申请6件。"
    figs = [figure("收到政府信息公开申请20件", text, "applications_received", 20, unit="件", parts=(1, 2),
                   exhaustive=True),
            figure("自然人申请12件", text, "applications_received", 12, unit="件", parent=0, category="自然人"),
            figure("法人或其他组织申请6件", text, "applications_received", 6, unit="件", parent=0,
                   category="法人或其他组织")]
    assert breakdown(run(text, figs, tables={})) == [("FAIL", 20, 18)]


def test_parts_mixing_channels_and_categories_may_overlap():
    text = "全年发布信息300条，其中门户网站发布200条、政务动态类信息150条。"
    figs = [figure("发布信息300条", text, "items_published", 300, unit="条", parts=(1, 2), exhaustive=True),
            figure("门户网站发布200条", text, "items_published", 200, unit="条", parent=0, channel="website"),
            figure("政务动态类信息150条", text, "items_published", 150, unit="条", parent=0, category="政务动态类")]
    assert [s for s, *_ in breakdown(run(text, figs, tables={}))] == ["UNCERTAIN"]


def test_breakdown_parts_found_through_one_index_of_the_figures():
    # breakdown_sums indexes the figures once for every total (it indexed them again for each
    # total: 6,000 figures took seconds); the parts are the same either way
    from textmine.reconcile import figview

    figures = [dataclasses.replace(f, index=i) for i, f in enumerate(published_figures())]
    indexed = figview.by_index(figures)
    for fig in figures:
        assert figview.parts_of(fig, figures, indexed) == figview.parts_of(fig, figures)
    assert [f.value for f in figview.parts_of(figures[0], figures, indexed)] == [42, 156, 732, 356]


def test_non_exhaustive_breakdown_passes_when_it_fits():
    text = PUBLISHED.replace("1286", "1500").replace("。", "等。")
    assert breakdown(run(text, published_figures(1500, exhaustive=False, text=text))) == [("PASS", "<=1500", 1286)]
    # parts exceeding even a selection's total cannot all belong to it
    text = PUBLISHED.replace("1286", "1000")
    assert [s for s, *_ in breakdown(run(text, published_figures(1000, exhaustive=False, text=text)))] == ["FAIL"]


def test_qualified_total_gives_tolerance():
    text = PUBLISHED.replace("1286条", "1300余条")
    figs = published_figures(1300, qualifier="more_than", text=text)
    figs[0] = figure("公开政府信息1300余条", text, "items_published", 1300, unit="条", parts=(1, 2, 3, 4),
                     exhaustive=True, qualifier="more_than")
    # 1286 < 1300: the parts do not reach "more than 1300", but an approximate total is not a FAIL
    assert [s for s, *_ in breakdown(run(text, figs))] == ["UNCERTAIN"]
    text = PUBLISHED.replace("1286条", "约1300条")
    figs[0] = figure("公开政府信息约1300条", text, "items_published", 1300, unit="条", parts=(1, 2, 3, 4),
                     exhaustive=True, qualifier="approx")
    assert [s for s, *_ in breakdown(run(text, figs))] == ["PASS"]


def test_wan_scaled_parts_are_summed_as_decimals():
    # shape from the field guide: 67.35万条 with parts in 万 (16.53 + 50.82)
    text = "全年发布信息67.35万条，其中网站16.53万条、政务新媒体50.82万条。"
    figs = [figure("发布信息67.35万条", text, "items_published", 673500, unit="条", parts=(1, 2), exhaustive=True),
            figure("网站16.53万条", text, "items_published", 165300, unit="条", parent=0, channel="website"),
            figure("政务新媒体50.82万条", text, "items_published", 508200, unit="条", parent=0, channel="other")]
    assert [s for s, *_ in breakdown(run(text, figs))] == ["PASS"]
    # rounded parts that miss the total by one unit of their last digit still pass
    text = "全年发布信息1.42万条，其中网站0.71万条、微信0.72万条。"
    figs = [figure("发布信息1.42万条", text, "items_published", 14200, unit="条", parts=(1, 2), exhaustive=True),
            figure("网站0.71万条", text, "items_published", 7100, unit="条", parent=0),
            figure("微信0.72万条", text, "items_published", 7200, unit="条", parent=0)]
    assert [s for s, *_ in breakdown(run(text, figs))] == ["PASS"]
    # but not a real miss
    figs[2] = figure("微信0.72万条", text, "items_published", 9200, unit="条", parent=0)
    assert [s for s, *_ in breakdown(run(text, figs))] == ["FAIL"]


def test_figures_without_table_twin_or_in_table_text_are_ignored():
    text = "网站总访问量208788次，独立用户访问196223个。"
    figs = [figure("网站总访问量208788次", text, "site_visits", 208788, unit="次")]
    findings = run(text, figs)
    assert not [f for f in findings if f.rule.startswith(("narrative_vs_table.", "breakdown."))]


def test_a_list_ends_where_the_next_clause_states_something_new():
    # through the extractor: the 、-list ends at the comma before 推送信息 (a clause with its own
    # verb), so the breakdown is the two categories and adds up; a wrong part still fails
    text = "全年主动公开政府信息72件，其中政务动态12件、通知公告60件，推送信息60条。"
    doc = read_text(text)
    figs = extract_figures(doc, split_sections(doc))
    assert [(f.value, f.parent) for f in figs] == [(72, None), (12, 0), (60, 0), (60, None)]
    assert breakdown(run(doc.text, figs)) == [("PASS", 72, 72)]
    doc = read_text(text.replace("通知公告60件", "通知公告61件"))
    assert breakdown(run(doc.text, extract_figures(doc, split_sections(doc)))) == [("FAIL", 72, 73)]


# --------------------------------------------------------------------------- parts of a metric
# A figure with a category, or an unlabelled part of a total of the same metric, counts only
# part of its metric: it is compared with the table's cells for that part, or not at all.

def through_extractor(text, tables=None):
    doc = read_text(text)
    return run(doc.text, extract_figures(doc, split_sections(doc)), tables)


def twin_results(findings, metric="applications_received"):
    return [(f.status, f.found, f.expected, sorted((e.row, e.column) for e in f.evidence if e.table))
            for f in findings if f.rule == f"narrative_vs_table.{metric}"]


_ORGS = [("new", c) for c in ("business", "legal_service", "other_org", "research", "social_org")]


def test_applicant_parts_are_compared_with_their_own_columns():
    # the sample's 本年新收: 自然人 46, the five organisation columns 9+1+2+3+1 = 16, total 62
    findings = through_extractor("全年新收政府信息公开申请62件,其中自然人申请46件、法人或其他组织申请16件。")
    assert twin_results(findings) == [("PASS", 62, 62, [("new", "total")]),
                                      ("PASS", 46, 46, [("new", "natural_person")]),
                                      ("PASS", 16, 16, _ORGS)]
    # every number of the list is checked against its own cell: the prose sum is not judged again
    assert [f for f in findings if f.rule == "breakdown.sum"] == []
    # a wrong part is a FAIL against its column, not against the whole
    findings = through_extractor("全年新收政府信息公开申请62件,其中自然人申请45件、法人或其他组织申请17件。")
    assert only_fails(findings) == [("narrative_vs_table.applications_received", 45, 46),
                                    ("narrative_vs_table.applications_received", 17, 16)]


def test_business_applicants_are_the_business_column():
    findings = through_extractor("本年度商业企业申请9件。")
    assert twin_results(findings) == [("PASS", 9, 9, [("new", "business")])]


def test_parts_the_table_does_not_hold_are_not_compared():
    # by channel: table 三 has no 网上/信函 column; comparing 41 with 62 would be a false FAIL
    findings = through_extractor("全年新收政府信息公开申请62件,其中网上申请41件、信函申请17件、当面申请4件。")
    assert twin_results(findings) == [("PASS", 62, 62, [("new", "total")])]
    assert not only_fails(findings)
    # an unlabelled part of a same-metric total (the extractor found no label) is no whole either
    text = "全年新收政府信息公开申请62件，其中41件。"
    figs = [figure("新收政府信息公开申请62件", text, "applications_received", 62, parts=(1,), exhaustive=False),
            figure("41件", text, "applications_received", 41, parent=0)]
    assert twin_results(run(text, figs)) == [("PASS", 62, 62, [("new", "total")])]


def test_new_applications_part_of_a_total_with_carried_over():
    # 共受理 31 = 上年结转 2 + 本年新收 29: the total is new + carried, the 新收 part is new
    tables = sample_tables(new__natural_person=13, new__total=29, carried_over__natural_person=1,
                           carried_over__total=2)
    findings = through_extractor("2023年共受理政府信息公开申请31件,其中上年结转2件,本年新收29件。", tables)
    assert twin_results(findings) == [("PASS", 31, 31, [("carried_over", "total"), ("new", "total")]),
                                      ("PASS", 29, 29, [("new", "total")])]


def test_the_newly_made_part_is_the_issued_count_and_its_total_is_not():
    # 公开规范性文件 5 件(含新制定 3 件、修订 2 件): 本年制发 3 is the 新制定 part; 5 counts
    # published documents, revised ones included, and is not compared with 本年制发
    findings = through_extractor("全年公开规范性文件5件（含新制定3件、修订2件）。")
    assert twin_results(findings, "normative_documents_issued") == [
        ("PASS", 3, 3, [("normative_documents", "issued")])]


@pytest.mark.parametrize("text, issued, status", [
    # the report may count revised documents in 本年制发 (re-issued) or not
    ("本年度新制定规范性文件3件，修订规范性文件2件。", 5, "UNCERTAIN"),
    ("本年度新制定规范性文件3件，修订规范性文件2件。", 3, "PASS"),
    ("本年度新制定规范性文件3件，修订规范性文件2件。", 4, "FAIL"),  # neither reading
    ("本年度新制定规范性文件3件。另修订规范性文件2件。", 5, "FAIL"),  # not stated beside it
])
def test_revised_documents_beside_the_issued_count(text, issued, status):
    findings = through_extractor(text, sample_tables(normative_documents__issued=issued))
    assert [s for s, *_ in twin_results(findings, "normative_documents_issued")] == [status]


def test_invalidated_documents_beside_the_repealed_count():
    text = "全年废止规范性文件1件，宣布失效2件。"
    findings = through_extractor(text, sample_tables(normative_documents__repealed=3))
    (repealed,) = [f for f in findings if f.rule == "narrative_vs_table.normative_documents_repealed"]
    assert repealed.status == "UNCERTAIN" and "宣布失效2件" in repealed.message
    findings = through_extractor(text, sample_tables(normative_documents__repealed=1))
    assert [s for s, *_ in twin_results(findings, "normative_documents_repealed")] == ["PASS"]


def test_repeal_and_review_are_not_compared_with_issued():
    # 废止…的规范性文件 is a repeal; 清理 N 件 counts documents reviewed, not issued
    findings = through_extractor("开展政策文件清理，共清理规范性文件56件，废止不符合上位法要求的规范性文件1件。")
    assert twin_results(findings, "normative_documents_issued") == []
    assert [s for s, *_ in twin_results(findings, "normative_documents_repealed")] == ["PASS"]
    assert not only_fails(findings)


def test_reconsideration_correction_after_a_lawsuit_figure():
    # the sample report's wording: 结果纠正 1 件 names 行政复议; compared with table 四's
    # reconsideration corrected (1), never with the litigation columns (0 + 1)
    findings = through_extractor("全年因政府信息公开被申请行政复议4件、被提起行政诉讼3件，其中行政复议结果纠正1件。",
                                 sample_tables(litigation_after_reconsideration__corrected=0,
                                               litigation_after_reconsideration__other=1))
    assert twin_results(findings, "reconsiderations_corrected") == [
        ("PASS", 1, 1, [("reconsideration", "corrected")])]
    assert twin_results(findings, "lawsuits_corrected") == []
    assert not only_fails(findings)


def test_no_corrected_reconsideration_is_not_no_reconsideration():
    # 未发生行政复议被纠错: zero corrected (table 四 corrected 0 here), nothing about the 4 filed
    findings = through_extractor("全年未发生行政复议被纠错的情况。",
                                 sample_tables(reconsideration__corrected=0, reconsideration__other=1))
    assert twin_results(findings, "reconsiderations_corrected") == [
        ("PASS", 0, 0, [("reconsideration", "corrected")])]
    assert twin_results(findings, "reconsiderations") == []


# --------------------------------------------------------------------------- 2019 table 二

def active_2019(regulations=(0, 0, 0), normative=(5, 5, 28)):
    """Table 二 as the 2019 template has it: 本年新制作 / 本年新公开 / 对外公开总数量."""
    cells = {("licensing", "decisions"): 403, ("punishment", "decisions"): 69, ("coercion", "decisions"): 0}
    for row, values in (("regulations", regulations), ("normative_documents", normative)):
        cells.update({(row, c): v for c, v in zip(("new_made", "new_published", "public_total"), values)})
    return active(cells)


def test_issued_in_a_2019_layout_is_compared_with_newly_made():
    tables = {"active_disclosure": active_2019()}
    findings = through_extractor("本年制发规范性文件5件。", tables)
    assert twin_results(findings, "normative_documents_issued") == [
        ("PASS", 5, 5, [("normative_documents", "new_made")])]
    findings = through_extractor("本年制发规范性文件6件。", tables)
    assert only_fails(findings) == [("narrative_vs_table.normative_documents_issued", 6, 5)]


def test_2019_layout_document_rules_say_what_is_missing_and_check_regulations():
    findings = run("本年度主动公开政府信息204条。", [], {"active_disclosure": active_2019()},
                   agency="永宁县统计局")
    (in_force,) = [f for f in findings if f.rule == "active_disclosure.in_force_vs_issued"]
    assert in_force.status == "NOT_ASSESSABLE" and "2019年版" in in_force.message
    (issuer,) = [f for f in findings if f.rule == "active_disclosure.regulations_issuer"]
    assert issuer.status == "PASS"
    # a county bureau reporting 规章 in the 2019 columns is caught as in the 2021 ones
    findings = run("本年度主动公开政府信息204条。", [], {"active_disclosure": active_2019(regulations=(1, 1, 3))},
                   agency="永宁县统计局")
    (issuer,) = [f for f in findings if f.rule == "active_disclosure.regulations_issuer"]
    assert issuer.status == "FAIL" and "new_made=1" in issuer.message


def test_litigation_parts_are_compared_with_their_blocks():
    # the sample's table 四: 直接起诉 total 2, 复议后起诉 total 1
    findings = through_extractor("被提起行政诉讼3件，其中未经复议直接起诉2件、复议后起诉1件。")
    assert twin_results(findings, "lawsuits") == [
        ("PASS", 3, 3, [("litigation_after_reconsideration", "total"), ("litigation_direct", "total")]),
        ("PASS", 2, 2, [("litigation_direct", "total")]),
        ("PASS", 1, 1, [("litigation_after_reconsideration", "total")])]
    findings = through_extractor("被提起行政诉讼3件，其中直接起诉1件、复议后起诉2件。")
    assert only_fails(findings) == [("narrative_vs_table.lawsuits", 1, 2), ("narrative_vs_table.lawsuits", 2, 1)]


def test_new_applications_stated_after_the_carried_over_ones():
    findings = through_extractor("上年结转申请4件，本年新收62件。")
    assert twin_results(findings) == [("PASS", 62, 62, [("new", "total")])]


def test_a_kind_listed_under_one_platforms_items_is_not_failed_against_the_table():
    # the documents one (internal) platform carried need not be the year's documents made
    text = "利用委内OA系统发布信息95条，其中发布规范性文件2件，利用电子屏发布信息108条。"
    figs = [figure("发布信息95条", text, "items_published", 95, parts=(1,)),
            figure("发布规范性文件2件", text, "normative_documents_issued", 2, parent=0)]
    assert narrative(run(text, figs)) == [("narrative_vs_table.normative_documents_issued", "UNCERTAIN")]
    # made this year and stated on its own, it is the table's count, and a FAIL when it differs
    made = "本年制发规范性文件2件。"
    figs = [figure("制发规范性文件2件", made, "normative_documents_issued", 2)]
    assert narrative(run(made, figs)) == [("narrative_vs_table.normative_documents_issued", "FAIL")]
    # published this year (主动公开规范性文件 14 个,未制发…) need not be made this year
    published = "主动公开规范性文件2个,未制发规范性文件。"
    figs = [figure("主动公开规范性文件2个", published, "normative_documents_issued", 2, unit="个")]
    assert narrative(run(published, figs)) == [("narrative_vs_table.normative_documents_issued", "UNCERTAIN")]


@pytest.mark.parametrize("written, status", [
    ("行政处罚处理决定数量14宗", "FAIL"),
    # one count over penalties and coercion (the 2019 table's joint row): the penalty row alone need not match it
    ("行政处罚、行政强制处理决定数量14宗", "UNCERTAIN"),
])
def test_a_joint_count_of_penalties_and_coercion_is_only_uncertain_against_the_penalty_row(written, status):
    text = f"全年{written}。"
    figs = [figure(written, text, "punishment_decisions", 14)]
    findings = run(text, figs, sample_tables(punishment__decisions=11))
    assert narrative(findings) == [("narrative_vs_table.punishment_decisions", status)]
