"""Exports of a review, opened and read back: the Excel workbook (openpyxl: sheets, frozen
header, autofilter, one row per finding with its decision and note, decisions no longer raised)
and the Word draft of the 通报 (python-docx: confirmed findings by agency with their evidence
quoted); both from the CLI and from the web application, deterministic."""
from __future__ import annotations

import io
import shutil

import pytest
from docx import Document
from openpyxl import load_workbook
from starlette.testclient import TestClient

from review_corpus import CELL_CASE, FIGURE_CASE, make_corpus
from textmine.cli import main
from textmine.review import decisions
from textmine.review.exports import export_bytes
from textmine.review.index import sync
from textmine.review.records import snapshot
from textmine.review.server import create_app
from textmine.review.store import connect, open_store


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("review-exports"))


@pytest.fixture
def reviewed(built, tmp_path):
    """A copy of the batch with decisions: the cell case's identity FAIL confirmed with a note,
    its other FAILs dismissed; the figure case's breakdown FAIL confirmed; the hostile report's
    first finding confirmed."""
    results = tmp_path / "results"
    shutil.copytree(built.out, results)
    conn = connect(open_store(results))
    sync(conn)

    def rows(name):
        return conn.execute("SELECT rf.* FROM review_findings AS rf JOIN reports AS r USING (report_id) "
                            "WHERE r.source LIKE ? AND rf.status IN ('FAIL', 'UNCERTAIN') ORDER BY rf.ord",
                            (f"%{name}",)).fetchall()

    def decide(fp, state, note=None, reviewer="张三"):
        decisions.decide(conn, fp, reviewer=reviewer, base=0, state=state, note=note,
                         snapshot=lambda: snapshot(conn, fp))

    for row in rows(CELL_CASE):
        if row["rule"] == "applications.identity":
            decide(row["fingerprint"], "confirmed", "商业企业列：新收＋结转与办理结果总计不符，请核实后更正")
        else:
            decide(row["fingerprint"], "dismissed", reviewer="李四")
    breakdown = next(r for r in rows(FIGURE_CASE) if r["rule"] == "breakdown.sum")
    decide(breakdown["fingerprint"], "confirmed")
    decide(rows("hostile.txt")[0]["fingerprint"], "confirmed", "=HYPERLINK(\"http://evil.example\")")
    conn.close()
    return results


def test_cli_writes_both_exports_and_refuses_to_overwrite(reviewed, tmp_path, capsys):
    xlsx, docx = tmp_path / "审核结果.xlsx", tmp_path / "通报.docx"
    assert main(["review", str(reviewed), "--xlsx", str(xlsx), "--docx", str(docx)]) == 0
    assert xlsx.exists() and docx.exists()
    before = xlsx.read_bytes()
    assert main(["review", str(reviewed), "--xlsx", str(xlsx)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["review", str(reviewed), "--xlsx", str(xlsx), "--force"]) == 0
    assert xlsx.read_bytes() == before  # same store, same bytes
    assert main(["review", str(tmp_path / "nothing"), "--xlsx", str(tmp_path / "x.xlsx")]) == 2
    assert "holds no batch results" in capsys.readouterr().err


def test_workbook_has_reports_and_findings_with_decisions(reviewed, tmp_path):
    path = tmp_path / "review.xlsx"
    assert main(["review", str(reviewed), "--xlsx", str(path)]) == 0
    wb = load_workbook(path)
    assert wb.sheetnames == ["报告", "核对结果", "说明"]
    reports, findings = wb["报告"], wb["核对结果"]
    for ws in (reports, findings):
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert ws.cell(1, 1).font.bold
    assert reports.max_row == 1 + 8
    header = [c.value for c in findings[1]]
    col = {name: i for i, name in enumerate(header)}
    rows = [[c.value for c in r] for r in findings.iter_rows(min_row=2)]
    cell_rows = [r for r in rows if r[col["文件"]].endswith(CELL_CASE)]
    confirmed = [r for r in cell_rows if r[col["审核结论"]] == "已确认"]
    assert [r[col["规则"]] for r in confirmed] == ["applications.identity"]
    assert confirmed[0][col["审核意见"]].startswith("商业企业列") and confirmed[0][col["审核人"]] == "张三"
    assert "表三（依申请公开）" in confirmed[0][col["证据"]] and confirmed[0][col["版本"]] == 1
    assert {r[col["审核结论"]] for r in cell_rows} == {"已确认", "已排除"}
    # every FAIL and UNCERTAIN of the batch has its row, undecided ones as 待定
    conn = connect(open_store(reviewed))
    (n_actionable,) = conn.execute("SELECT COUNT(*) FROM review_findings WHERE status IN ('FAIL', 'UNCERTAIN')").fetchone()
    assert len(rows) == n_actionable
    (n_decided,) = conn.execute("SELECT COUNT(*) FROM review_decisions").fetchone()
    assert n_decided >= 5 and sum(r[col["审核结论"]] == "待定" for r in rows) == n_actionable - n_decided
    # report text and notes are text, never formulas or markup that runs
    hostile = [r for r in rows if r[col["文件"]].endswith("hostile.txt")]
    assert hostile[0][col["机关"]].startswith("桃河市教育局<script>")
    assert hostile[0][col["审核意见"]].startswith("'=HYPERLINK")


def test_workbook_lists_decisions_no_longer_raised(built, reviewed, tmp_path):
    built.rerun_corrected(FIGURE_CASE, reviewed)
    conn = connect(open_store(reviewed))
    sync(conn)
    data, _, _ = export_bytes(conn, "xlsx")
    ws = load_workbook(io.BytesIO(data))["核对结果"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    gone = [r for r in rows if r["规则"] == "breakdown.sum" and r["文件"].endswith(FIGURE_CASE)]
    assert len(gone) == 1 and gone[0]["审核结论"] == "已确认" and gone[0]["本次运行"] in ("已不再出现", "现为相符")
    docx = Document(io.BytesIO(export_bytes(conn, "docx")[0]))
    text = "\n".join(p.text for p in docx.paragraphs)
    assert "已不再出现，未列入本通报" in text


def test_circular_lists_confirmed_findings_by_agency_with_evidence(reviewed, tmp_path):
    path = tmp_path / "通报.docx"
    assert main(["review", str(reviewed), "--docx", str(path)]) == 0
    doc = Document(path)
    paragraphs = [p.text for p in doc.paragraphs]
    text = "\n".join(paragraphs)
    assert paragraphs[0].startswith("关于") and paragraphs[0].endswith("检查情况的通报（草稿）")
    conn = connect(open_store(reviewed))
    agency = conn.execute("SELECT agency FROM reports WHERE source LIKE ?", (f"%{CELL_CASE}",)).fetchone()[0]
    figure_agency = conn.execute("SELECT agency FROM reports WHERE source LIKE ?", (f"%{FIGURE_CASE}",)).fetchone()[0]
    headings = [p for p in paragraphs if p.startswith("（") and "年度报告）" in p]
    assert len(headings) == 3  # the three agencies with confirmed findings, each once
    assert any(agency in h for h in headings) and any(figure_agency in h for h in headings)
    start = next(i for i, p in enumerate(paragraphs) if agency in p and p.startswith("（"))
    block = paragraphs[start + 1:start + 4]
    assert block[0].startswith("1. 表三勾稽关系：") and "商业企业" in block[0]
    assert block[1].startswith("原文：表三（依申请公开）")  # the evidence, quoted
    assert block[2].startswith("审核意见：商业企业列")
    # dismissed findings are not in the circular; the summary counts what it lists
    assert text.count("表三（七）总计＝各项办理结果之和") == 0
    assert "3家单位的报告存在3处需要更正的问题" in text
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["问题类型", "处数", "涉及单位数"]
    # the hostile agency is quoted as the plain text it is (Word runs nothing in a run's text)
    assert any(h.startswith("（") and "桃河市教育局<script>" in h for h in headings)


def test_exports_from_the_web_application_follow_the_filter(reviewed):
    app = create_app(reviewed)
    with TestClient(app, base_url="http://127.0.0.1:8765") as client:
        whole = client.get("/export.xlsx")
        assert whole.status_code == 200 and whole.headers["content-type"].startswith(
            "application/vnd.openxmlformats-officedocument.spreadsheetml")
        assert "attachment" in whole.headers["content-disposition"]
        part = client.get("/export.xlsx?rule=breakdown.sum")
        ws = load_workbook(io.BytesIO(part.content))["报告"]
        source = [c.value for c in ws[1]].index("文件") + 1
        assert ws.max_row == 2 and ws.cell(2, source).value.endswith(FIGURE_CASE)
        docx = client.get("/export.docx?rule=breakdown.sum")
        assert "（一）" in "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
        assert client.get("/export.xlsx").content == whole.content
    app.state.review.close()
