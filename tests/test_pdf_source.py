"""The PDF page source (PDFium) reads what pdfminer read: the same glyphs with the same boxes,
the same paths classified the same way, so the layout and table code on top of it gives the
same document. pdfplumber (still installed: its table finder is used) is the reference."""
from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import REAL_PDFS
from pdf_bytes import pdf_file
from textmine.readers import load, read_bytes
from textmine.readers.pdf_source import read_document

pdfplumber = pytest.importorskip("pdfplumber")


def build_pdf(content: bytes, resources: bytes = b"<< >>", extra: tuple[bytes, ...] = ()) -> bytes:
    """A one-page A4 PDF written byte by byte: ``content`` is the page's content stream;
    ``extra`` objects are numbered from 5 (after catalog, pages, page, contents)."""
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources "
                     + resources + b" >>",
                     b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream", *extra])


def _path_key(obj: dict, digits: int = 2) -> tuple:
    return (obj["object_type"], round(obj["x0"], digits), round(obj["top"], digits), round(obj["x1"], digits),
            round(obj["bottom"], digits), bool(obj["stroke"]), bool(obj["fill"]))


def _reference(data: bytes) -> list[tuple[list[dict], list[dict]]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(list(page.chars), list(page.rects + page.lines + page.curves)) for page in pdf.pages]


# --------------------------------------------------------------------------- paths


#: every way a page draws what may be a table rule: ``re``, a line, a vertical line, an
#: invisible white box, a closed four-segment path, a curve, an explicit closing segment,
#: two subpaths in one path, a line under ``cm``, and a form XObject (its /Matrix and the
#: ``cm`` before ``Do``) holding a box and a line
RULES = b"""q 0.5 w 0 0 0 RG
100 100 200 50 re S
100 300 m 300 300 l S
150 320 m 150 420 l S
1 1 1 rg 50 500 100 20 re f
0 0 1 rg 50 550 m 150 550 l 150 580 l 50 580 l h f
300 600 m 350 650 400 650 450 600 c S
400 100 m 450 100 l 450 150 l 400 150 l 400 100 l h S
10 10 m 60 10 l 10 60 m 60 60 l S
q 2 0 0 2 10 10 cm 20 20 m 60 20 l S Q
q 1 0 0 1 0 50 cm /Fm1 Do Q
Q"""
FORM = b"0 0 80 30 re S 10 10 m 70 10 l S"


def rules_pdf() -> bytes:
    form = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 200 100] /Matrix [1 0 0 1 100 700] /Length %d >>\n"
            b"stream\n" % len(FORM) + FORM + b"\nendstream")
    return build_pdf(RULES, b"<< /XObject << /Fm1 5 0 R >> >>", (form,))


def test_paths_are_classified_and_placed_as_pdfminer_does():
    data = rules_pdf()
    (_, reference), = _reference(data)
    (page,) = read_document(data, "rules.pdf", 10)
    assert sorted(_path_key(o) for o in page.paths) == sorted(_path_key(o) for o in reference)
    kinds = sorted(o["object_type"] for o in page.paths)
    assert kinds == ["curve"] + ["line"] * 6 + ["rect"] * 5
    curve = next(o for o in page.paths if o["object_type"] == "curve")
    assert curve["pts"] == [(300.0, 242.0), (450.0, 242.0)]  # a cubic keeps its end points
    white = next(o for o in page.paths if o["object_type"] == "rect" and o["fill"] and o["x0"] == 50 and o["top"] == 322)
    assert white["non_stroking_color"] == (1.0, 1.0, 1.0) and not white["stroke"]


def test_unmapped_glyphs_are_counted_and_left_out():
    # a Type0 font with no ToUnicode and no font file: pdfminer reads (cid:N), PDFium nothing
    content = b"BT /F1 12 Tf 72 720 Td <001200340056> Tj ET BT /F2 12 Tf 72 700 Td (Hello) Tj ET"
    fonts = (b"<< /Type /Font /Subtype /Type0 /BaseFont /NoSuch /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
             b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoSuch /CIDSystemInfo << /Registry (Adobe) "
             b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    data = build_pdf(content, b"<< /Font << /F1 5 0 R /F2 7 0 R >> >>", fonts)
    (chars, _), = _reference(data)
    (page,) = read_document(data, "cid.pdf", 10)
    assert [g["text"] for g in page.glyphs] == [c["text"] for c in chars if not c["text"].startswith("(cid:")]
    assert page.unmapped == sum(c["text"].startswith("(cid:") for c in chars) == 3


# --------------------------------------------------------------------------- real reports


@pytest.mark.parametrize("name", sorted(REAL_PDFS))
def test_real_report_glyphs_and_rules_match_pdfminer(real_pdf, name):
    data = real_pdf(name).read_bytes()
    pages = read_document(data, name, 100)
    reference = _reference(data)
    assert len(pages) == len(reference)
    for page, (chars, objects) in zip(pages, reference):
        assert "".join(g["text"] for g in page.glyphs) == "".join(c["text"] for c in chars)
        for g, c in zip(page.glyphs, chars):
            # PDFium keeps coordinates in single precision; the layout's tolerances are in
            # fractions of the font size
            assert all(abs(g[k] - c[k]) < 0.25 for k in ("x0", "x1", "top", "bottom")), (page.number, g, c)
            assert abs(g["size"] - c["size"]) < 0.01
        mine = sorted(_path_key(o, 0) for o in page.paths)
        theirs = sorted(_path_key(o, 0) for o in objects)
        assert len(mine) == len(theirs)
        assert [k[0] for k in mine] == [k[0] for k in theirs]
        for a, b in zip(sorted(page.paths, key=_path_key), sorted(objects, key=_path_key)):
            assert all(abs(a[k] - b[k]) < 0.2 for k in ("x0", "x1", "top", "bottom"))


def test_vertical_writing_stays_in_its_merged_cell(real_pdf):
    # hongze 2023 writes 三、本年度办理结果 down a merged cell of table 三, one glyph per line
    # in a vertical font; PDFium boxes such glyphs an unscaled em wide, which would put each
    # into the cell to its right
    doc = load(real_pdf("hongze2023"))
    table = next(t for t in doc.tables if any("予以公开" in c.text for c in t.cells))
    label = next(c for c in table.cells if "本年度办理结果" in c.text)
    assert label.text.replace("\n", "") == "三、本年度办理结果"
    assert label.col == 0 and label.rowspan > 1
    assert not any(c.text[:1] in "三、本年度办理结果" and c.col == 2 for c in table.cells if "属于" in c.text)


def test_reading_pdfs_on_threads_gives_what_reading_them_one_by_one_does(real_pdf):
    # PDFium is not thread-safe: the reader holds one lock while a document is open
    datas = [real_pdf(name).read_bytes() for name in sorted(REAL_PDFS)] * 2
    alone = [read_bytes(d, f"r{k}.pdf", "pdf") for k, d in enumerate(datas)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda kd: read_bytes(kd[1], f"r{kd[0]}.pdf", "pdf"), enumerate(datas)))
    assert together == alone


def lone_glyph_pdf() -> bytes:
    """内部事务信 on one line and 息 alone on the next, in a CID font the file does not embed
    (mapped by ToUnicode)."""
    to_unicode = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
                  b"1 begincodespacerange <0000> <FFFF> endcodespacerange "
                  b"1 beginbfrange <0000> <00FF> <0000> endbfrange "
                  b"1 beginbfrange <4E00> <4EFF> <4E00> endbfrange "
                  b"1 beginbfrange <5100> <51FF> <5100> endbfrange "
                  b"1 beginbfrange <5200> <52FF> <5200> endbfrange "
                  b"1 beginbfrange <4F00> <4FFF> <4F00> endbfrange "
                  b"1 beginbfrange <6000> <60FF> <6000> endbfrange "
                  b"1 beginbfrange <9000> <90FF> <9000> endbfrange "
                  b"endcmap CMapName currentdict /CMap defineresource pop end end")
    fonts = (b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] "
             b"/ToUnicode 8 0 R >>",
             b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
             b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /W [0 8191 500] >>",
             b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 "
             b"/Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>",
             b"<< /Length %d >>\nstream\n" % len(to_unicode) + to_unicode + b"\nendstream")
    content = (b"BT /F1 16 Tf 1 0 0 1 72 720 Tm <518590E84E8B52A14FE1> Tj ET "
               b"BT /F1 16 Tf 1 0 0 1 72 700 Tm <606F> Tj ET")
    return build_pdf(content, b"<< /Font << /F1 5 0 R >> >>", fonts)


def test_a_lone_glyph_pdfium_cannot_measure_is_read_through_pdfminer():
    # a CID font the file does not embed, mapped by ToUnicode: on a machine without the font
    # PDFium measures a one-glyph text object zero wide and leaves it out of its text; the
    # page is then read with pdfminer, which keeps it
    data = lone_glyph_pdf()
    (page,) = read_document(data, "lone.pdf", 10)
    pdfium_text = "".join(g["text"] for g in page.glyphs)
    assert page.incomplete == ("息" not in pdfium_text)  # a machine with the font loses nothing
    assert load(data, format="pdf").text.replace("\n", "") == "内部事务信息"


def test_a_page_pdfminer_cannot_read_keeps_what_pdfium_read(monkeypatch):
    import textmine.readers.pdf as pdf_reader

    data = lone_glyph_pdf()
    (page,) = read_document(data, "lone.pdf", 10)
    if not page.incomplete:
        pytest.skip("this machine has the font: PDFium loses nothing")

    def unreadable(data, numbers):
        return {}  # what pdfminer_pages gives when pdfminer can read none of them

    monkeypatch.setattr(pdf_reader, "pdfminer_pages", unreadable)
    assert load(data, format="pdf").text.replace("\n", "") == "内部事务信"


def test_pdfminer_pages_reads_the_pages_asked_for_and_nothing_it_cannot():
    from textmine.readers.pdf_source import pdfminer_pages

    data = lone_glyph_pdf()
    pages = pdfminer_pages(data, [1, 7])  # there is no page 7: left out, page 1 still read
    assert list(pages) == [1]
    assert "".join(g["text"] for g in pages[1].glyphs) == "内部事务信息" and pages[1].unmapped == 0
    assert pdfminer_pages(b"%PDF-1.4\n" + b"\x00" * 200 + b"%%EOF", [1]) == {}


def test_a_page_turned_by_rotate_reads_in_the_order_it_was_written():
    # /Rotate turns the page for display only; its text is drawn upright in the page's own
    # space, where PDFium measures it (pdfminer measured it turned: one letter per line)
    content = b"BT /F1 14 Tf 72 720 Td (Annual report of the district) Tj 0 -20 Td (second line of the text) Tj ET"
    data = build_pdf(content, b"<< /Font << /F1 5 0 R >> >> /Rotate 90",
                     (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",))
    assert load(data, format="pdf").text == "Annual report of the district second line of the text\n"
