"""PDF reader: the three real reports, layout rules, and broken PDFs."""
from __future__ import annotations

import io

import pytest

from conftest import REAL_PDFS
from pdf_bytes import pdf_file
from textmine.errors import CorruptFile, EmptyInput, InputTooLarge, TextmineError
from textmine.readers import Limits, load, read_bytes
from textmine.readers.pdf_layout import TextLine, build_lines, geometry, is_furniture, starts_paragraph
from textmine.readers.pdf_tables import continues, grid_from_cells, merge
from textmine.sections import split_sections
from textmine.model import SECTION_KEYS

_cache: dict = {}


@pytest.fixture
def real(request):
    def get(name):
        path = REAL_PDFS[name]
        if not path.exists():
            pytest.skip(f"{path} not available")
        if name not in _cache:
            _cache[name] = load(path)
        return _cache[name]
    return get


# --------------------------------------------------------------------------- helpers


def minimal_pdf(text: str = "Annual report 2023", *, encrypted: bool = False) -> bytes:
    """A one-page PDF with one line of Latin text, written byte by byte; ``encrypted`` adds a
    Standard security handler whose user password is not empty."""
    stream = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    trailer = b""
    if encrypted:
        objs.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32
                    + b"> /P -44 >>")
        trailer = (b" /Encrypt %d 0 R /ID [<0123456789abcdef0123456789abcdef> "
                   b"<0123456789abcdef0123456789abcdef>]" % len(objs))
    return pdf_file(objs, trailer)


def image_only_pdf() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (400, 560), "white")
    ImageDraw.Draw(image).rectangle((40, 40, 360, 80), outline="black")
    out = io.BytesIO()
    image.save(out, "PDF")
    return out.getvalue()


def glyphs(text: str, x: float, top: float, size: float = 16.0, step: float | None = None,
           gap_after: dict | None = None):
    """Glyph dicts as pdfplumber gives them, one per character, left to right."""
    out = []
    step = step or size
    for ch in text:
        width = size if ord(ch) > 0x2000 else size / 2
        out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + size,
                    "size": size, "fontname": "FZFSK"})
        x += width + (gap_after or {}).get(ch, 0.0)
    return out


# --------------------------------------------------------------------------- real reports


@pytest.mark.parametrize("name", sorted(REAL_PDFS))
def test_real_pdf_has_all_six_sections(real, name):
    doc = real(name)
    sections = split_sections(doc)
    assert sections.keys == SECTION_KEYS
    assert sections.missing == ()


@pytest.mark.parametrize("name", sorted(REAL_PDFS))
def test_real_pdf_three_tables_each_in_one_piece(real, name):
    doc = real(name)
    shapes = [(t.n_cols, t.origin) for t in doc.tables]
    # table 二 (4 grid columns), 三 (10) and 四 (15): no text frame became a table and no
    # table was left cut in two by a page break
    assert shapes == [(4, "pdf"), (10, "pdf"), (15, "pdf")]
    applications = doc.tables[1]
    assert applications.n_rows >= 26
    labels = [c.text for c in applications.cells]
    assert "三、本年度办理结果" in labels  # vertical group label read whole
    assert "(四)无法提供" in labels  # group label cut by the page break, rejoined
    assert "四、结转下年度继续办理" in labels


def test_hongze2023_table_values_and_rows_across_pages(real):
    doc = real("hongze2023")
    active, applications, review = doc.tables
    rows = doc.text[active.start:active.end].split("\n")
    # the part of table 二 on page 3 (行政处罚 ...) is in the same table
    assert "行政处罚\t4119\t\t" in rows
    assert "行政事业性收费\t7730.28\t\t" in rows
    app_rows = doc.text[applications.start:applications.end].split("\n")
    # the row whose bottom rule the page break removed is still a table row
    assert "\t\t2.没有现成信息需要另行制作\t3\t0\t0\t0\t0\t0\t3" in app_rows
    assert app_rows.count("\t(七)总计\t\t21\t0\t0\t0\t0\t0\t21") == 1
    values = doc.text[review.start:review.end].split("\n")[-2]
    assert values.split("\t") == ["10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"]
    # every cell's offsets point at its own text
    for table in doc.tables:
        for cell in table.cells:
            assert doc.text[cell.start:cell.end] == cell.text


def test_huaian_table_three_split_other_rows(real):
    doc = real("huaian2024")
    text = doc.text[doc.tables[1].start:doc.tables[1].end]
    assert "\t(七)总计\t\t2932\t53\t0\t0\t61\t4\t3050" in text.split("\n")
    assert "四、结转下年度继续办理\t\t\t103\t0\t0\t0\t0\t0\t103" in text.split("\n")


def test_wrapped_lines_joined_and_furniture_dropped(real):
    doc = real("hongze2023")
    # a paragraph wrapped over three lines and over the page 1/2 break is one line
    assert ("严格执行“分级审核、先审后发”程序,落实“三审三校”制度,从严从实把好政治关"
            in doc.text)
    assert "(二)依申请公开情况。进一步规范依申请公开流程,畅通依申请公开受理渠。" in doc.text
    # justification spaces between CJK characters are gone, digits stay whole
    assert "邮编:223100,电话:0517-87222589,电子邮箱:hzzwgk@126.com" in doc.text
    for furniture in ("- 1 -", "- 2 -", "- 4 -"):
        assert furniture not in doc.text
    # headings stay on their own lines
    lines = doc.text.split("\n")
    for heading in ("一、总体情况", "二、主动公开政府信息情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"):
        assert heading in lines


def test_page_spans_cover_text_in_order(real):
    doc = real("huaian2024")
    assert len(doc.pages) == 6
    assert doc.pages[0][0] == 0 and doc.pages[-1][1] == len(doc.text)
    for (s1, e1), (s2, _e2) in zip(doc.pages, doc.pages[1:]):
        assert s1 < e1 == s2
    # page 2 opens mid-sentence (the paragraph continues from page 1)
    start, _ = doc.pages[1]
    assert doc.text[start:].startswith("营商环境高质量推进产业发展")
    # page 5 opens inside table 三 (its continuation)
    start, _ = doc.pages[4]
    assert doc.text[start:].startswith("\t\t2.没有现成信息需要另行制作")


def test_pdf_reading_is_deterministic(real):
    path = REAL_PDFS["hongze2024"]
    if not path.exists():
        pytest.skip("real PDFs not available")
    assert load(path).text == real("hongze2024").text


# --------------------------------------------------------------------------- layout rules


def test_line_text_drops_cjk_justification_spaces_keeps_number_gaps():
    line = glyphs("号，邮编：", 74, 300, gap_after={ch: 3.5 for ch in "号，邮编："}) + \
        glyphs("223100", 170, 300)
    assert build_lines(line, 1)[0].text == "号，邮编：223100"
    # numbers in a row of values keep their separation
    values = glyphs("10", 76, 500) + glyphs("1", 110, 500) + glyphs("0", 140, 500)
    assert build_lines(values, 1)[0].text == "10 1 0"
    # a glyph drawn twice for bold is read once
    bold = glyphs("总体情况", 106, 380)
    doubled = bold + [dict(g, x0=g["x0"] + 0.4, x1=g["x1"] + 0.4) for g in bold]
    assert build_lines(doubled, 1)[0].text == "总体情况"


@pytest.mark.parametrize("text, top, expected", [
    ("- 1 -", 794, True), ("- 12 -", 400, True), ("第 3 页 共 5 页", 800, True),
    ("Page 7 - 某某区2023年政府信息公开工作年度报告", 20, True), ("P. 4", 20, True),
    ("4", 800, True), ("4", 400, False), ("2023年,我区主动公开信息1136条。", 800, False),
])
def test_page_furniture(text, top, expected):
    line = TextLine(1, top, top + 12, 74, 200, 12, "f", text)
    assert is_furniture(line, 842) is expected


def test_paragraph_starts_by_indent_short_line_and_size():
    def ln(x0, x1, top, text, size=16.0, page=1):
        return TextLine(page, top, top + size, x0, x1, size, "f", text)
    body = [ln(106, 519, 100, "本报告由某某区人民政府办公室根据"), ln(74, 519, 127, "条例要求编制。报告中所列数据"),
            ln(74, 300, 154, "统计期限自2023年1月1日起。"), ln(106, 202, 181, "一、总体情况"),
            ln(106, 519, 208, "2023年,某某区坚持以")]
    geo = geometry(body * 3)
    assert not starts_paragraph(body[0], body[1], geo)  # wrapped line continues
    assert not starts_paragraph(body[1], body[2], geo)
    assert starts_paragraph(body[2], body[3], geo)  # after a short line, and indented
    assert starts_paragraph(body[3], body[4], geo)
    title = ln(129, 464, 60, "2023年政府信息公开工作年度报告", size=22)
    assert starts_paragraph(title, body[0], geo)
    # across a page break a full line continues into an unindented first line
    assert not starts_paragraph(body[1], ln(74, 519, 90, "级审核、先审后发", page=2), geo)


def test_left_margin_is_where_wrapped_lines_start_even_when_first_lines_are_more():
    def ln(x0, x1, top, text, size=14.0):
        return TextLine(1, top, top + size, x0, x1, size, "f", text)
    # a report of short paragraphs: indented first lines (x0 100) outnumber wrapped ones (72)
    lines = [ln(100, 520, 100 + 40 * k, "一行满行的段落首行文字") for k in range(6)]
    lines += [ln(72, 300, 120 + 40 * k, "续行") for k in range(3)]
    assert geometry(lines).left == 72
    # a stray line further left, once, is not the margin
    assert geometry(lines + [ln(40, 300, 900, "孤立的一行")]).left == 72


def test_a_long_centred_title_wrapped_onto_two_lines_is_one_paragraph():
    def ln(x0, x1, top, text, size=14.0):
        return TextLine(1, top, top + size, x0, x1, size, "f", text)
    body = [ln(100, 520, 200 + 25 * k, "正文首行") for k in range(3)] + \
           [ln(72, 520, 212 + 25 * k, "正文续行") for k in range(3)]
    geo = geometry(body)
    first = ln(72.5, 522.5, 72, "通川县自然资源和规划局2021年政府信息公开工作年度报", size=18.0)
    rest = ln(288.5, 306.5, 99, "告", size=18.0)
    assert not starts_paragraph(first, rest, geo)
    # a centred heading after a paragraph's last line (ending a sentence) starts its own
    last = ln(72, 520, 300, "全面完成年度各项工作任务。")
    heading = ln(250, 345, 325, "第一部分")
    assert starts_paragraph(last, heading, geo)
    # nor does a centred line far below a full one join it
    assert starts_paragraph(first, ln(288.5, 306.5, 160, "告", size=18.0), geo)


def test_generated_pdfs_audit_as_their_word_files_do():
    """The corpus generator's PDF rendering (laid out independently of this reader: wrapped
    paragraphs, ruled tables over page breaks, headers stacked in narrow columns, footers)
    gives the audit its DOCX rendering of the same report gives: title, sections, every
    table cell, figures, sentences and findings."""
    generator = pytest.importorskip("corpora.generator")
    from textmine import audit

    for seed in range(6):
        pdf = generator.generate_report(seed, rendering="pdf")
        word = generator.generate_report(seed, rendering="docx")
        a, b = audit(pdf.data, format="pdf"), audit(word.data, format="docx")
        assert a.metadata.title == b.metadata.title == pdf.truth["title"]
        assert a.sections.keys == tuple(pdf.truth["sections"])
        assert {k: t.values for k, t in a.tables.items()} == {k: t.values for k, t in b.tables.items()}
        truth = {(c["table"], c["row"], c["column"]): (c["status"], c["value"]) for c in pdf.truth["cells"]}
        assert {(k, v.row, v.column): (v.status, v.value) for k, t in a.tables.items() for v in t.values} == truth
        assert [(f.metric, f.value) for f in a.figures] == [(f.metric, f.value) for f in b.figures]
        assert [(s.label, s.text) for s in a.sentences] == [(s.label, s.text) for s in b.sentences]
        assert sorted((f.rule, f.status) for f in a.findings) == sorted((f.rule, f.status) for f in b.findings)


def test_one_column_grid_is_not_a_table_and_pieces_merge_by_columns():
    frame = grid_from_cells([(74, 100, 519, 127), (74, 127, 519, 154)], ["正文第一行", "正文第二行"], 1)
    assert frame.n_cols == 1
    top = grid_from_cells([(75, 600, 231, 640), (231, 600, 518, 640), (75, 640, 231, 680), (231, 640, 518, 680)],
                          ["信息内容", "本年处理决定数量", "行政许可", "550"], 2)
    bottom = grid_from_cells([(76, 80, 231, 120), (231, 80, 516, 120)], ["行政处罚", "4119"], 3)
    other = grid_from_cells([(76, 80, 150, 120), (150, 80, 300, 120)], ["a", "b"], 3)
    assert continues(top, bottom) and not continues(top, other)
    merged = merge(top, bottom)
    assert merged.n_rows == 3 and merged.n_cols == 2 and merged.breaks == ((3, 2),)
    assert [c.text for c in merged.cells if c.row == 2] == ["行政处罚", "4119"]


def test_group_cell_cut_by_page_break_is_extended():
    top = grid_from_cells([(76, 700, 103, 780), (103, 700, 300, 740), (300, 700, 400, 740),
                           (103, 740, 300, 780), (300, 740, 400, 780)],
                          ["三、本年度办理结果", "1.属于国家秘密", "1", "2.其他", "0"], 3)
    bottom = grid_from_cells([(76, 80, 103, 160), (103, 80, 300, 120), (300, 80, 400, 120),
                              (103, 120, 300, 160), (300, 120, 400, 160)],
                             ["", "3.危及", "0", "4.保护", "0"], 4)
    merged = merge(top, bottom)
    group = [c for c in merged.cells if c.col == 0]
    assert len(group) == 1 and group[0].rowspan == 4


# --------------------------------------------------------------------------- broken PDFs


def test_truncated_pdf(tmp_path):
    path = REAL_PDFS["hongze2023"]
    data = path.read_bytes() if path.exists() else minimal_pdf()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile, match=r"cut\.pdf: .*truncated"):
        load(cut)


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(minimal_pdf(encrypted=True))
    with pytest.raises(CorruptFile, match=r"locked\.pdf: .*password"):
        load(path)


def test_image_only_pdf_is_reported_as_scan(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(image_only_pdf())
    with pytest.raises(EmptyInput, match=r"scan\.pdf: no text layer .*scanned"):
        load(path)


def test_not_a_pdf_with_pdf_extension(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"<html><body>404 Not Found</body></html>" * 10)
    with pytest.raises(CorruptFile, match=r"fake\.pdf: not a PDF"):
        load(path)


def test_garbage_after_pdf_header(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    with pytest.raises(CorruptFile, match=r"junk\.pdf: not a readable PDF"):
        load(path)


def test_page_cap(tmp_path):
    path = tmp_path / "one.pdf"
    path.write_bytes(minimal_pdf())
    assert load(path).text == "Annual report 2023\n"
    with pytest.raises(InputTooLarge, match="page"):
        load(path, limits=Limits(max_pdf_pages=0))


def test_errors_are_textmine_errors_from_bytes():
    with pytest.raises(TextmineError, match="<bytes>"):
        read_bytes(minimal_pdf(encrypted=True), "<bytes>", "pdf")


def test_cell_finder_gives_the_first_rectangle_holding_a_point_as_a_scan_would():
    # merged cells, cells sharing edges, points strictly inside, on edges and corners, outside
    import random

    from textmine.readers.pdf import _CellFinder

    rnd = random.Random(7)
    for _ in range(40):
        xs = sorted(rnd.sample(range(0, 400, 10), 6))
        ys = sorted(rnd.sample(range(0, 600, 10), 6))
        rects = []
        for i in range(len(xs) - 1):
            for j in range(len(ys) - 1):
                if rnd.random() < 0.3 and i + 2 < len(xs):  # a merged cell two columns wide
                    rects.append((float(xs[i]), float(ys[j]), float(xs[i + 2]), float(ys[j + 1])))
                rects.append((float(xs[i]), float(ys[j]), float(xs[i + 1]), float(ys[j + 1])))
        rnd.shuffle(rects)
        find = _CellFinder(rects)
        points = [(rnd.uniform(-20, 420), rnd.uniform(-20, 620)) for _ in range(200)]
        points += [(float(rnd.choice(xs)), rnd.uniform(0, 600)) for _ in range(50)]
        points += [(float(rnd.choice(xs)), float(rnd.choice(ys))) for _ in range(50)]
        for x, y in points:
            scan = next((k for k, r in enumerate(rects) if r[0] <= x <= r[2] and r[1] <= y <= r[3]), None)
            assert find(x, y) == scan, (x, y)


def test_nearest_grid_line_by_bisection_is_the_scan_s_answer():
    import random

    from textmine.readers.pdf_tables import index_of

    def scan(lines, value):
        best, best_d = 0, float("inf")
        for i, v in enumerate(lines):
            if abs(v - value) < best_d:
                best, best_d = i, abs(v - value)
        return best

    rnd = random.Random(3)
    for _ in range(300):
        lines = sorted(rnd.choice((0.0, 1.5, 2.0, 10.0, 10.0, 33.3, 50.0)) + k * rnd.choice((0, 7.5)) for k in range(rnd.randint(1, 8)))
        for value in [rnd.uniform(-10, 120) for _ in range(10)] + lines + [(a + b) / 2 for a, b in zip(lines, lines[1:])]:
            assert index_of(lines, value) == scan(lines, value), (lines, value)


def _broken_rulings(seed: int, n: int):
    """Grids with rules missing here and there (merged cells, open sides, stray pieces), as
    edge dicts with their sizes, a few rules slightly off their line (to be snapped)."""
    import random

    rnd = random.Random(seed)
    for _ in range(n):
        xs = sorted(rnd.sample(range(0, 400, 10), rnd.randint(2, 7)))
        ys = sorted(rnd.sample(range(0, 600, 10), rnd.randint(2, 8)))
        edges = []
        for x in xs:
            for top, bottom in zip(ys, ys[1:]):
                if rnd.random() < 0.85:
                    x_ = x + rnd.choice((0.0, 0.0, 0.0, 0.7, -1.2))
                    edges.append({"x0": float(x_), "x1": float(x_), "top": float(top), "bottom": float(bottom),
                                  "width": 0.0, "height": float(bottom - top), "orientation": "v"})
        for y in ys:
            for x0, x1 in zip(xs, xs[1:]):
                if rnd.random() < 0.85:
                    y_ = y + rnd.choice((0.0, 0.0, 0.0, 0.5, -2.5))
                    edges.append({"x0": float(x0), "x1": float(x1), "top": float(y_), "bottom": float(y_),
                                  "width": float(x1 - x0), "height": 0.0, "orientation": "h"})
        rnd.shuffle(edges)
        yield edges


def test_ruling_steps_are_pdfplumber_s_on_broken_rulings():
    # each step of the table finding against pdfplumber's own on the same input: merged
    # edges, crossings, cells, tables (same values, same order)
    from pdfplumber.table import (TableSettings, cells_to_tables, edges_to_intersections, intersections_to_cells,
                                  merge_edges)
    from pdfplumber.utils import filter_edges

    from textmine.readers import pdf_ruling as ruling

    settings = TableSettings.resolve({})  # the tolerances pdf_ruling uses are pdfplumber's defaults
    assert (settings.snap_x_tolerance, settings.snap_y_tolerance) == (ruling.SNAP, ruling.SNAP)
    assert (settings.join_x_tolerance, settings.join_y_tolerance) == (ruling.JOIN, ruling.JOIN)
    assert (settings.intersection_x_tolerance, settings.intersection_y_tolerance) == (ruling.INTERSECTION,) * 2
    assert settings.edge_min_length == ruling.EDGE_MIN_LENGTH
    assert settings.edge_min_length_prefilter == ruling.PREFILTER_MIN_LENGTH
    keys = ("x0", "x1", "top", "bottom", "width", "height", "orientation")
    n_cells = n_tables = 0
    for edges in _broken_rulings(11, 80):
        theirs = filter_edges(merge_edges(edges, 3, 3, 3, 3), min_length=3)
        ours = ruling.merged_edges(edges)
        assert [tuple(e[k] for k in keys) for e in ours] == [tuple(e[k] for k in keys) for e in theirs]
        crossings = edges_to_intersections(theirs, 3, 3)
        mine = ruling.crossings(ours)
        assert [(p, [tuple(e[k] for k in keys) for e in m["v"]], [tuple(e[k] for k in keys) for e in m["h"]])
                for p, m in mine.items()] == \
            [(p, [tuple(e[k] for k in keys) for e in m["v"]], [tuple(e[k] for k in keys) for e in m["h"]])
             for p, m in crossings.items()]
        cells = intersections_to_cells(crossings)
        assert ruling.ruled_cells(mine) == cells
        assert ruling.cell_groups(cells) == cells_to_tables(cells)
        n_cells += len(cells)
        n_tables += len(cells_to_tables(cells))
    assert n_cells > 300 and n_tables > 60


class _Page:
    """What pdfplumber's TableFinder reads of a page: its edges and its box."""

    def __init__(self, edges, bbox):
        self.edges, self.bbox = edges, bbox


@pytest.mark.parametrize("source", ["real", "generated"])
def test_page_tables_are_pdfplumber_table_finder_s(source):
    # the reader's table finding (pdf_ruling) against pdfplumber's TableFinder itself, page
    # by page: same edges, tables, cells, in order
    from pdfplumber.table import TableFinder, TableSettings
    from pdfplumber.utils import obj_to_edges

    from corpora.generator import generate_report
    from textmine.readers import pdf_ruling as ruling
    from textmine.readers.pdf_source import read_document

    if source == "real":
        paths = [p for p in REAL_PDFS.values() if p.exists()]
        if not paths:
            pytest.skip("real PDFs not available")
        files = [p.read_bytes() for p in paths]
    else:
        files = [generate_report(seed, rendering="pdf").data for seed in range(4)]
    n_cells = 0
    keys = ("x0", "x1", "top", "bottom", "width", "height", "orientation")
    for data in files:
        for page in read_document(data, "<bytes>", 100):
            if not page.paths:
                continue
            visible = [p for p in page.paths if ruling.visible(p)]
            # pdfplumber's edges of the paths: lines, then rectangles, then curves
            edges = [e for kind in ("line", "rect", "curve") for p in visible if p["object_type"] == kind
                     for e in obj_to_edges(p)]
            small = ruling.ruling_edges(page.paths)
            assert [tuple(e[k] for k in keys) for e in small] == [tuple(e[k] for k in keys) for e in edges]
            extra = ruling.closing_edges(edges)
            assert ruling.closing_edges(small) == extra
            settings = TableSettings.resolve({"explicit_horizontal_lines": extra} if extra else {})
            finder = TableFinder(_Page(edges, (0.0, 0.0, page.width, page.height)), settings)
            assert [tuple(e[k] for k in keys) for e in ruling.merged_edges(small, extra)] == \
                [tuple(e[k] for k in keys) for e in finder.edges]
            ours = ruling.find_tables(page.paths)
            assert [t.cells for t in ours] == [t.cells for t in finder.tables]
            assert [t.bbox for t in ours] == [t.bbox for t in finder.tables]
            n_cells += sum(len(t.cells) for t in finder.tables)
    assert n_cells > 100  # the pages do have ruled tables


@pytest.mark.parametrize("text, top, expected", [
    ("7 8 9 10 11", 800, True), ("1 2 3 4", 20, True),      # a flipbook pagination strip
    ("0 0 0 0 0 0 0", 20, False), ("0 0 0 0 0 0 0", 800, False),  # a table row a page break put there
    ("3 1 0 0 0 0 4", 800, False), ("7 8 9 10 11", 400, False),
])
def test_only_a_strip_of_consecutive_page_numbers_is_margin_furniture(text, top, expected):
    assert is_furniture(TextLine(1, top, top + 12, 74, 400, 12, "f", text), 842) is expected


def test_a_row_of_values_in_the_margin_band_is_read():
    """Issue 22: a table 三 row whose numbers stand on their own line at the head of a page (the
    margin band) lost them as 'page furniture', and the row then read as blank."""
    from corpora.generator.pdf import _Layout, write_pdf

    layout = _Layout()
    layout.text(74, 30, 10.5, "0 0 0 0 0 0 0")         # top band of page 1
    layout.text(74, 120, 14, "政府信息公开工作年度报告")
    layout.text(260, 812, 10.5, "1 2 3 4 5")             # a pagination strip in the bottom band
    from textmine import load

    doc = load(write_pdf([p.ops for p in layout.pages], layout.fonts), format="pdf")
    assert "0 0 0 0 0 0 0" in doc.text
    assert "1 2 3 4 5" not in doc.text
