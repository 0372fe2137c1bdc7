"""Figures in the real reports: the seed TXT and the three PDFs, read through textmine.load."""
from __future__ import annotations

import json

import pytest

import textmine
from textmine.figures import FRAME_COLUMNS, extract_figures, frame
from textmine.sections import split_sections


def extract(path):
    doc = textmine.load(path)
    return doc, extract_figures(doc, split_sections(doc))


def table(figs):
    return [(f.metric, f.value, f.unit, f.qualifier, f.kind) for f in figs]


def test_seed_figures(seed_path):
    doc, figs = extract(seed_path)
    assert table(figs) == [
        ("site_unique_visitors", 196223, "个", None, "count"),
        ("site_visits", 208788, "次", None, "count"),
        ("items_published", 304, "条", None, "count"),
        ("items_published", 193, "条", None, "count"),
        ("items_published", 78, "条", None, "count"),
        ("items_published", 33, "条", None, "count"),
        ("policy_interpretations", 2, "条", None, "count"),
        ("messages_handled", 3, "条", None, "count"),
        ("applications_received", 8, "件", None, "count"),
        ("items_published", 624, "条", None, "count"),
        ("info_processing_fees", 0, None, None, "count"),
    ]
    total = figs[2]
    assert total.parts == (3, 4, 5) and total.exhaustive is True
    assert [figs[i].category for i in total.parts] == ["概况类", "政务动态", "信息公开目录类"]
    assert figs[9].channel == "wechat"
    assert {f.section for f in figs} == {"overview", "other"}
    assert figs[-1].section == "other" and figs[-1].text == "未收费"
    # nothing from tables 二/三/四 (716, 59, 11 ...) and no year
    assert not {716, 59, 11, 2023, 2022}.intersection(f.value for f in figs)


def test_huaian_2024(real_pdf):
    doc, figs = extract(real_pdf("huaian2024"))
    by = {(f.metric, f.value): f for f in figs}
    assert by[("items_published", 5500)].qualifier == "more_than"
    assert by[("items_published", 5500)].channel == "website"
    assert ("press_conferences", 12) in by and by[("press_conferences", 12)].unit == "场"
    assert ("gazette_issues", 6) in by and ("policy_interpretations", 21) in by
    assert ("regulations_issued", 1) in by and ("documents_published", 11) in by
    received = by[("applications_received", 3119)]
    handled = by[("applications_handled", 3050)]
    carried = by[("applications_carried_over", 34)]
    assert handled.includes_carried_over and carried.parent == handled.index
    assert received.parts == ()
    assert by[("applications_carried_forward", 103)].parent is None
    review = by[("reconsiderations", 351)]
    assert [figs[i].metric for i in review.parts] == ["reconsiderations_upheld", "reconsiderations_corrected",
                                                      "reconsiderations_other", "reconsiderations_pending"]
    assert sum(figs[i].value for i in review.parts) == 351 and review.exhaustive
    lawsuits = by[("lawsuits", 46)]
    assert sum(figs[i].value for i in lawsuits.parts) == 46
    assert by[("info_processing_fees", 3940)].section == "other"
    assert by[("new_media_accounts", 95)].period == "as_of"
    # table 二's 447228 / 3985758 and table 三's rows are not narrative
    assert not {447228, 3985758, 88283, 1288, 2932}.intersection(f.value for f in figs)
    # the preamble's address, postcode and phone are not figures
    assert all(f.section is not None for f in figs)
    assert len(figs) == 24


@pytest.mark.parametrize("name, expected", [
    ("hongze2023", [("items_published", 1136, "条", None, "count"), ("applications_received", 21, "件", None, "count"),
                    ("info_processing_fees", 0, "元", None, "count")]),
    ("hongze2024", [("items_published", 2428, "条", None, "count"), ("items_published", 7, "期", None, "count"),
                    ("policy_interpretations", 7, "条", None, "count"),
                    ("applications_received", 17, "件", None, "count"),
                    ("info_processing_fees", 0, "元", None, "count")]),
])
def test_hongze(real_pdf, name, expected):
    doc, figs = extract(real_pdf(name))
    assert table(figs) == expected
    assert figs[0].channel == "website"
    for fig in figs:
        assert doc.text[fig.start:fig.end] == fig.text


def test_audit_carries_figures_in_the_contract_shape(seed_path):
    report = textmine.audit(seed_path)
    data = report.to_dict()
    first = data["figures"][0]
    for key in ("metric", "value", "unit", "qualifier", "channel", "category", "section", "start", "end", "text",
                "kind", "parent", "parts", "exhaustive", "includes_carried_over"):
        assert key in first
    assert data["text"][first["start"]:first["end"]] == first["text"]
    # byte-for-byte deterministic
    assert json.dumps(data["figures"], ensure_ascii=False) == \
        json.dumps(textmine.audit(seed_path).to_dict()["figures"], ensure_ascii=False)


def test_frame(seed_path):
    _, figs = extract(seed_path)
    df = frame(figs)
    assert list(df.columns) == list(FRAME_COLUMNS)
    assert len(df) == len(figs)
    assert df.loc[df["value"] == 304, "parts"].iloc[0] == (3, 4, 5)
    assert df["metric"].value_counts()["items_published"] == 5
    assert frame(()).empty
