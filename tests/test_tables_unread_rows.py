"""Rows whose numbers were not read are ``unknown``, never blank (issue 22).

A PDF whose table 三 writes a 0 in every cell can still lose a row's numbers on the way
to text: the number line of a wrapped label that lands in the page's margin band was taken
for page furniture (a row at the foot of one page, another at the top of the next). The label
then stands alone; in a table that writes all seven cells of every other row that is not a
blank row, and a check that depends on it must not PASS."""
from __future__ import annotations

import textmine
from textmine.tables.evaluation import default_suite, load_case
from textmine.sections import split_sections
from textmine.tables import parse_tables

SUITE = default_suite()
LOST = ("1.信访举报投诉类申请 0 0 0 0 0 0 0", "2.重复申请 0 0 0 0 0 0 0")
LOST_ROWS = ("not_processed.petition", "not_processed.repeat")


def _case_text(name: str) -> str:
    path = next(p for p in (SUITE / "cases").iterdir() if p.name.split(".")[0] == name)
    return path.read_text(encoding="utf-8")


def _seed_lines_without_two_rows() -> str:
    text = _case_text("seed-pdf-lines")
    for line in LOST:
        assert line in text
        text = text.replace(line, line.rsplit(" 0 0 0 0 0 0 0", 1)[0])
    return text


def test_rows_whose_numbers_were_lost_are_unknown():
    doc = textmine.load(_seed_lines_without_two_rows())
    table = parse_tables(doc, split_sections(doc))["applications"]
    for row in LOST_ROWS:
        cells = [v for v in table.values if v.row == row]
        assert len(cells) == 7 and {c.status for c in cells} == {"unknown"}
    assert any("numbers were not read" in i for i in table.issues)
    # every other row is read as before
    assert all(v.status == "value" for v in table.values if v.row not in LOST_ROWS)


def test_checks_on_lost_rows_do_not_pass():
    report = textmine.audit(_seed_lines_without_two_rows())
    results = [f for f in report.findings if f.rule == "applications.results_total"]
    assert results and all(f.status == "NOT_ASSESSABLE" for f in results)
    assert "数值无法确定" in results[0].message
    # the identity does not read those rows and still passes
    assert [f.status for f in report.findings if f.rule == "applications.identity"] == ["PASS"]


def test_a_table_that_drops_blanks_keeps_its_bare_labels_blank():
    """Where the table itself drops blank cells (rows written ``8 8``: 自然人 and 总计), a
    label standing alone is a row left blank, as before."""
    text = _seed_lines_without_two_rows()
    for row in ("一、本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计"):
        assert f"{row} 8 0 0 0 0 0 8" in text
        text = text.replace(f"{row} 8 0 0 0 0 0 8", f"{row} 8 8")
    doc = textmine.load(text)
    table = parse_tables(doc, split_sections(doc))["applications"]
    assert not any("numbers were not read" in i for i in table.issues)
    for row in LOST_ROWS:
        assert {v.status for v in table.values if v.row == row} == {"blank"}
