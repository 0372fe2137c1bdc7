"""Tidy frames of a report: one row per record of to_dict(), declared columns, extras kept."""
from __future__ import annotations

import json

import pandas as pd
import pytest

import textmine
from textmine.figures.model import Figure
from textmine.model import Document, Metadata, Report, Section, SectionMap
from textmine.problems.model import Sentence
from textmine.reconcile.model import Evidence, Finding
from textmine.render.frames import CORPUS_TABLES, TABLES, column_names, frame, frames, report_id, report_rows
from textmine.tables.model import ParsedTable, TableValue


def _constructed_report() -> Report:
    text = "某局2023年政府信息公开工作年度报告\n一、总体情况\n全年发布信息304条。\n五、存在的主要问题及改进情况\n人员不足。"
    doc = Document(source="made.txt", format="txt", text=text, encoding="utf-8")
    sections = SectionMap(sections=(Section("overview", "总体情况", "一", 19, 26, 38),
                                    Section("problems", "存在的主要问题及改进情况", "五", 38, 52, len(text))),
                          missing=("active_disclosure",))
    table = ParsedTable(key="applications", template="2021", rendering="tsv", values=(
        TableValue("new", "total", 8, "value", "8", 100, 101),
        TableValue("carried_over", "total", None, "blank", "", 102, 102),
        TableValue("granted", "business", None, "not_applicable", "/", 103, 104)))
    figure = Figure(metric="items_published", value=304, unit="条", start=30, end=36, text="发布信息304条",
                    section="overview")
    finding = Finding(rule="narrative_vs_table.applications_received", status="FAIL", severity="error",
                      message="正文与表格不一致", expected=8, found=9,
                      evidence=(Evidence(start=30, end=36), Evidence(table="applications", row="new", column="total")))
    sentence = Sentence(section="problems", text="人员不足。", start=52, end=57, label="problem",
                        topics=("staffing",), specificity=0.1, reasons=("no number",))
    return Report(document=doc, sections=sections, metadata=Metadata(title="某局2023年政府信息公开工作年度报告",
                                                                     agency="某局", year=2023, template="2021"),
                  tables={"applications": table}, figures=(figure,), findings=(finding,), sentences=(sentence,))


def test_every_record_becomes_a_row_with_the_declared_columns():
    report = _constructed_report()
    out = frames(report)
    assert set(out) == set(TABLES)
    for name, df in out.items():
        assert tuple(df.columns) == column_names(name)
    data = report.to_dict()
    assert len(out["sections"]) == len(data["sections"]) == 2
    assert len(out["figures"]) == 1 and len(out["findings"]) == 1 and len(out["sentences"]) == 1
    assert len(out["cells"]) == 3
    rid = report_id("made.txt")
    for name, df in out.items():
        if name in CORPUS_TABLES:  # filled by a batch's corpus pass, not by one report
            assert df.empty
            continue
        assert set(df["report_id"]) == {rid} and set(df["source"]) == {"made.txt"}


def test_report_row_counts_and_values():
    row = frames(_constructed_report())["reports"].iloc[0]
    assert row["agency"] == "某局" and row["year"] == 2023 and row["status"] == "ok"
    assert row["n_sections"] == 2 and row["n_cells"] == 3 and row["n_figures"] == 1
    assert row["n_fail"] == 1 and row["n_problems"] == 1 and row["n_measures"] == 0
    assert row["missing_sections"] == ["active_disclosure"]
    assert pd.isna(row["text"])  # text only when asked for
    assert frames(_constructed_report(), with_text=True)["reports"].iloc[0]["text"].startswith("某局2023")


def test_cells_keep_status_raw_and_offsets():
    cells = frame(_constructed_report(), "cells").set_index("row")
    assert cells.loc["new", "value"] == 8.0 and cells.loc["new", "status"] == "value"
    assert pd.isna(cells.loc["carried_over", "value"]) and cells.loc["carried_over", "status"] == "blank"
    assert cells.loc["granted", "status"] == "not_applicable" and cells.loc["granted", "raw"] == "/"
    assert cells.loc["new", "start"] == 100 and cells.loc["new", "rendering"] == "tsv"
    assert str(cells["start"].dtype) == "Int64" and str(cells["value"].dtype) == "float64"


def test_findings_numbers_and_evidence():
    finding = frame(_constructed_report(), "findings").iloc[0]
    assert finding["expected"] == 8.0 and finding["found"] == 9.0
    assert finding["expected_json"] == 8
    assert finding["evidence"] == [{"start": 30, "end": 36},
                                   {"table": "applications", "row": "new", "column": "total"}]
    sentence = frame(_constructed_report(), "sentences").iloc[0]
    assert sentence["topics"] == ["staffing"] and sentence["label"] == "problem"


def test_keys_a_stage_adds_are_kept_in_extra_not_dropped():
    data = _constructed_report().to_dict()
    data["figures"][0]["breakdown_of"] = 3
    data["figures"][0]["kind"] = "total"
    data["findings"][0]["expected"] = {"sum": 8}  # not a number: only in expected_json
    data["pipeline_version"] = "x"
    rows = report_rows(data)
    fig = dict(zip(column_names("figures"), rows["figures"][0]))
    assert fig["extra"]["breakdown_of"] == 3 and fig["extra"]["kind"] == "total"
    assert not set(fig["extra"]) & set(column_names("figures"))  # declared keys are columns
    assert fig["metric"] == "items_published" and fig["value"] == 304.0
    finding = dict(zip(column_names("findings"), rows["findings"][0]))
    assert finding["expected"] is None and finding["expected_json"] == {"sum": 8}
    report = dict(zip(column_names("reports"), rows["reports"][0]))
    assert report["extra"] == {"pipeline_version": "x"}
    json.dumps(report["extra"])


def test_rows_with_json_text_are_the_rows_with_their_json_columns_encoded(seed_path):
    # what a batch worker sends (json_text=True) is exactly what a store makes of the rows
    from textmine.render.frames import encode_json

    data = textmine.audit(seed_path).to_dict()
    data["figures"][0]["breakdown_of"] = 3  # an extra key: the extra column has JSON too
    plain, text = report_rows(data), report_rows(data, json_text=True)
    n_encoded = 0
    for table, columns in TABLES.items():
        assert len(plain[table]) == len(text[table])
        for row, encoded in zip(plain[table], text[table]):
            want = tuple(encode_json(v) if col.kind == "json" else v for col, v in zip(columns, row))
            assert encoded == want
            n_encoded += sum(1 for col, v in zip(columns, encoded) if col.kind == "json" and v is not None)
    assert n_encoded > 20


def test_values_are_coerced_to_their_column_types_whatever_comes_in():
    # a row takes a value of its column's type as it is and coerces the rest: ints and
    # bools to floats in float columns, non-finite floats to null, bools to ints in int
    # columns, anything to text in text columns
    data = _constructed_report().to_dict()
    fig = data["figures"][0]
    fig.update(value=12, start=True, end=7.0, unit=5, text="x")
    finding = data["findings"][0]
    finding.update(expected=float("inf"), found=True)
    rows = report_rows(data)
    got = dict(zip(column_names("figures"), rows["figures"][0]))
    assert got["value"] == 12.0 and got["value"].__class__ is float
    assert got["start"] == 1 and got["start"].__class__ is int
    assert got["end"] == 7 and got["end"].__class__ is int
    assert got["unit"] == "5" and got["text"] == "x"
    got = dict(zip(column_names("findings"), rows["findings"][0]))
    assert got["expected"] is None and got["found"] is None  # inf and a bool are no numbers
    assert got["expected_json"] == float("inf") and got["found_json"] is True


def test_unknown_table_name_is_a_clear_error():
    with pytest.raises(KeyError, match="unknown table"):
        frame(_constructed_report(), "tabels")


def test_real_seed_report_frames_match_its_dict(seed_path):
    report = textmine.audit(seed_path)
    data = report.to_dict()
    out = frames(report)
    assert list(out["sections"]["key"]) == [s["key"] for s in data["sections"]]
    assert list(out["sections"]["start"]) == [s["start"] for s in data["sections"]]
    assert len(out["figures"]) == len(data["figures"])
    assert len(out["cells"]) == sum(len(d["cells"]) for d in data["table_details"].values())
    assert len(out["sentences"]) == len(data["sentences"])
    assert out["reports"].iloc[0]["agency"] == "平顶山市应急管理局"
    if len(out["cells"]):  # once the table parser reads the seed: 716 licences in table 二
        licensing = out["cells"][(out["cells"]["row"] == "licensing") & (out["cells"]["column"] == "decisions")]
        assert list(licensing["value"]) == [716.0]
