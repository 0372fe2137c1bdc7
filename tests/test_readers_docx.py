"""DOCX reader: body order, merged cells, the real blank template, and hostile archives."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from textmine.errors import CorruptFile, InputTooLarge
from textmine.model import SECTION_KEYS
from textmine.readers import Limits, load
from textmine.sections import split_sections

TEMPLATE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "template-2021-blank.docx"


def build_report(path: Path) -> Path:
    """A small report written with python-docx: title, headings, paragraphs, and table 三's
    head with horizontal (gridSpan) and vertical (vMerge) merges."""
    d = docx.Document()
    d.add_paragraph("临川市生态环境局2023年政府信息公开工作年度报告")
    d.add_paragraph("一、总体情况")
    d.add_paragraph("　　2023年，我局主动公开信息128条。")
    d.add_paragraph("二、主动公开政府信息情况")
    t2 = d.add_table(rows=3, cols=4)
    t2.cell(0, 0).merge(t2.cell(0, 3)).text = "第二十条第（一）项"
    for c, text in enumerate(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]):
        t2.cell(1, c).text = text
    for c, text in enumerate(["规章", "0", "0", "2"]):
        t2.cell(2, c).text = text
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    t3 = d.add_table(rows=4, cols=4)
    t3.cell(0, 0).merge(t3.cell(1, 0)).text = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    t3.cell(0, 1).merge(t3.cell(0, 3)).text = "申请人情况"
    t3.cell(1, 1).text = "自然人"
    cell = t3.cell(1, 2)
    cell.text = "商业"
    cell.add_paragraph("企业")
    t3.cell(1, 3).text = "总计"
    for c, text in enumerate(["一、本年新收政府信息公开申请数量", "3", "0", "3"]):
        t3.cell(2, c).text = text
    for c, text in enumerate(["四、结转下年度继续办理", "0", "0", "0"]):
        t3.cell(3, c).text = text
    for heading, body in (("四、政府信息公开行政复议、行政诉讼情况", "本年度无。"),
                          ("五、存在的主要问题及改进情况", "政策解读形式单一。"),
                          ("六、其他需要报告的事项", "无。")):
        d.add_paragraph(heading)
        d.add_paragraph(body)
    d.save(path)
    return path


def test_docx_made_with_python_docx(tmp_path):
    doc = load(build_report(tmp_path / "report.docx"))
    assert doc.format == "docx"
    lines = doc.text.split("\n")
    assert lines[:3] == ["临川市生态环境局2023年政府信息公开工作年度报告", "一、总体情况", "2023年,我局主动公开信息128条。"]
    assert [(t.n_rows, t.n_cols) for t in doc.tables] == [(3, 4), (4, 4)]
    t2, t3 = doc.tables
    assert doc.text[t2.start:t2.end] == "第二十条第(一)项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t2\n"
    by_text = {c.text: c for c in t3.cells}
    assert by_text["申请人情况"].colspan == 3
    assert by_text["(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"].rowspan == 2
    assert by_text["商业企业"].row == 1
    # tables sit between the headings that introduce them
    assert doc.text.index("二、主动公开政府信息情况") < t2.start < doc.text.index("三、收到和处理")
    assert split_sections(doc).keys == SECTION_KEYS
    for table in doc.tables:
        for cell in table.cells:
            assert doc.text[cell.start:cell.end] == cell.text


def test_real_blank_template():
    if not TEMPLATE.exists():
        pytest.skip("template not available")
    doc = load(TEMPLATE)
    assert [(t.n_rows, t.n_cols) for t in doc.tables] == [(14, 4), (28, 10), (4, 15)]
    cells = {c.text: c for c in doc.tables[1].cells}
    assert cells["三、本年度办理结果"].rowspan == 22  # a vMerge group, read once
    assert cells["(六)其他处理"].rowspan == 3
    assert "本年新收政府信息公开申请数量" in "".join(cells)
    # nothing is read twice (the template's XML holds alternate copies of some runs)
    assert doc.text.count("一、总体情况") == 1
    assert split_sections(doc).keys == SECTION_KEYS


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_zip_bomb_refused_before_inflating(tmp_path):
    bomb = _zip(tmp_path / "bomb.docx", {"[Content_Types].xml": b"<Types/>",
                                           "word/document.xml": b"<w:document>" + b" " * 8_000_000 + b"</w:document>"})
    assert bomb.stat().st_size < 100_000
    with pytest.raises(InputTooLarge, match=r"bomb\.docx: word/document\.xml would inflate"):
        load(bomb)


def test_total_inflated_size_cap(tmp_path):
    path = build_report(tmp_path / "ok.docx")
    with pytest.raises(InputTooLarge, match="inflates to"):
        load(path, limits=Limits(max_unpacked_bytes=10_000))


def test_not_a_zip(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("这不是一个Word文档", encoding="utf-8")
    with pytest.raises(CorruptFile, match=r"fake\.docx: not a DOCX"):
        load(path)


def test_zip_without_document_xml(tmp_path):
    path = _zip(tmp_path / "sheet.docx", {"xl/workbook.xml": b"<workbook/>"})
    with pytest.raises(CorruptFile, match="no word/document.xml"):
        load(path)


def test_truncated_docx(tmp_path):
    data = build_report(tmp_path / "full.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile, match=r"cut\.docx: "):
        load(cut)


def test_broken_document_xml(tmp_path):
    data = build_report(tmp_path / "full.docx").read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    members = {name: src.read(name) for name in src.namelist()}
    members["word/document.xml"] = members["word/document.xml"][:200]
    with pytest.raises(CorruptFile, match=r"broken\.docx: the Word document cannot be opened"):
        load(_zip(tmp_path / "broken.docx", members))


def test_legacy_doc_renamed(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(CorruptFile, match="legacy .doc"):
        load(path)
