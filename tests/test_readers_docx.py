"""DOCX reader: body order, merged cells, the real blank template, and hostile archives."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Callable

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


def test_broken_spans_keep_every_cell_in_a_bounded_grid(tmp_path):
    # a merge claiming 99,999 grid columns and rows shifted by a negative or huge gridBefore:
    # the grid stays within MAX_SPAN columns (one more per cell beyond), no cell is lost or
    # put at a negative column (a 100,005-column table made section 五 unreadably slow)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from textmine.readers.builder import MAX_SPAN

    path = build_report(tmp_path / "r.docx")
    d = docx.Document(str(path))
    t2, t3 = d.tables
    t2.rows[0].cells[0]._tc.tcPr.find(qn("w:gridSpan")).set(qn("w:val"), "99999")
    for row, value in ((t3.rows[2], "-5"), (t3.rows[3], "5000")):
        before = OxmlElement("w:gridBefore")
        before.set(qn("w:val"), value)
        row._tr.get_or_add_trPr().append(before)
    d.save(str(path))
    doc = load(path)
    assert split_sections(doc).keys == SECTION_KEYS
    t2_grid, t3_grid = doc.tables
    assert t2_grid.n_cols == MAX_SPAN  # the first row's one cell, clipped
    assert min(c.col for t in doc.tables for c in t.cells) == 0
    assert max(t.n_cols for t in doc.tables) <= MAX_SPAN + 4
    texts = [c.text for t in doc.tables for c in t.cells]
    for text in ("第二十条第(一)项", "规章", "一、本年新收政府信息公开申请数量", "四、结转下年度继续办理"):
        assert text in texts
    assert texts.count("3") == 2


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


# --------------------------------------------------------------------------- automatic numbering

_NUMBERING = (
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
    '</w:abstractNum>')


def _numbered(paragraph, ilvl: int, num_id: str = "90") -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def build_numbered_report(path: Path) -> Path:
    """A report whose headings, sub-headings and table labels are numbered by Word."""
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(_NUMBERING))
    numbering.append(parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">'
        '<w:abstractNumId w:val="90"/></w:num>'))
    d.add_paragraph("临川市生态环境局2023年政府信息公开工作年度报告")
    headings = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]
    for i, heading in enumerate(headings):
        _numbered(d.add_paragraph(heading), 0)
        if i == 0:
            _numbered(d.add_paragraph("主动公开情况。全年发布信息128条。"), 1)
            _numbered(d.add_paragraph("依申请公开情况。受理申请3件。"), 1)
        if i == 2:
            table = d.add_table(rows=2, cols=2)
            _numbered(table.cell(0, 0).paragraphs[0], 2)
            table.cell(0, 0).paragraphs[0].add_run("属于国家秘密")
            table.cell(0, 1).text = "0"
            _numbered(table.cell(1, 0).paragraphs[0], 2)
            table.cell(1, 0).paragraphs[0].add_run("其他法律行政法规禁止公开")
            table.cell(1, 1).text = "0"
        if i == 4:
            _numbered(d.add_paragraph("存在的问题"), 1)
            _numbered(d.add_paragraph("改进情况"), 1)
    d.save(path)
    return path


def test_automatic_numbering_is_rendered(tmp_path):
    doc = load(build_numbered_report(tmp_path / "numbered.docx"))
    lines = doc.text.split("\n")
    assert lines[1:4] == ["一、总体情况", "(一)主动公开情况。全年发布信息128条。", "(二)依申请公开情况。受理申请3件。"]
    assert "二、主动公开政府信息情况" in lines and "六、其他需要报告的事项" in lines
    # deeper levels restart under each new top-level number
    assert "(一)存在的问题" in lines and "(二)改进情况" in lines
    assert "1.属于国家秘密\t0" in lines and "2.其他法律行政法规禁止公开\t0" in lines
    sections = split_sections(doc)
    assert sections.keys == SECTION_KEYS
    assert [s.key for s in sections.get("problems").subsections] == ["problems", "measures"]


def _repackaged(source: Path, path: Path, rename: dict[str, str], rels: Callable[[str], str]) -> Path:
    """``source`` with members renamed and word/_rels/document.xml.rels rewritten."""
    with zipfile.ZipFile(source) as z:
        members = {rename.get(name, name): z.read(name) for name in z.namelist()}
    members["word/_rels/document.xml.rels"] = rels(members["word/_rels/document.xml.rels"].decode()).encode()
    return _zip(path, members)


def test_numbering_part_found_through_the_relationships(tmp_path):
    # the numbering part is wherever the main document's relationship says, and a target
    # may be absolute (from the package root) as well as relative to word/
    plain = build_numbered_report(tmp_path / "numbered.docx")
    moved = _repackaged(plain, tmp_path / "moved.docx", {"word/numbering.xml": "word/lists/defs.xml"},
                        lambda rels: rels.replace('Target="numbering.xml"', 'Target="/word/lists/defs.xml"'))
    assert load(moved).text == load(plain).text
    assert "一、总体情况" in load(moved).text.split("\n")


def test_numbering_relationship_to_a_missing_part_reads_without_numbers(tmp_path):
    plain = build_numbered_report(tmp_path / "numbered.docx")
    dangling = _repackaged(plain, tmp_path / "dangling.docx", {},
                           lambda rels: rels.replace('Target="numbering.xml"', 'Target="gone.xml"'))
    lines = load(dangling).text.split("\n")
    assert "总体情况" in lines and "一、总体情况" not in lines


def test_counting_formats():
    from textmine.readers.docx_numbering import FORMATS, chinese_counting

    assert [chinese_counting(n) for n in (1, 10, 11, 20, 23, 99)] == ["一", "十", "十一", "二十", "二十三", "九十九"]
    assert FORMATS["ideographTraditional"](2) == "乙"
    assert FORMATS["decimalEnclosedCircle"](3) == "③"
    assert FORMATS["upperRoman"](14) == "XIV" and FORMATS["lowerLetter"](2) == "b"
