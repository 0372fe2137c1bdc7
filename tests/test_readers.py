"""Loading: format dispatch, plain-text decoding, normalisation and the builder."""
from __future__ import annotations

import pytest

import textmine

from textmine.errors import EmptyInput, InputNotFound, InputTooLarge, UndecodableText, UnsupportedFormat
from textmine.model import SECTION_KEYS
from textmine.normalize import normalize_text, normalize_with_offsets, traditional_to_simplified
from textmine.readers import Limits, load, read_bytes, read_text, sniff_format
from textmine.readers.builder import CellSpec, DocumentBuilder
from textmine.readers.decoding import decode
from textmine.sections import split_sections

REPORT = ("临川市生态环境局2023年政府信息公开工作年度报告\n"
          "一、总体情况\n2023年，我局主动公开信息１２８条，政策解读６篇。\n"
          "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
          "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n无。\n")
TRADITIONAL = ("臨川市生態環境局2023年政府信息公開工作年度報告\n一、總體情況\n本局全年主動公開資訊1萬2千條，"
               "辦理申請30件。\n二、主動公開政府信息情況\n三、收到和處理政府信息公開申請情況\n"
               "四、政府信息公開行政復議、行政訴訟情況\n五、存在的主要問題及改進情況\n六、其他需要報告的事項\n無。\n")


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "gb2312", "gb18030"])
def test_chinese_encodings_decode_without_mojibake(tmp_path, encoding):
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(REPORT.encode(encoding))
    doc = load(path)
    assert doc.text == normalize_text(REPORT)
    assert doc.encoding == ("utf-8" if encoding == "utf-8" else "gb18030")
    assert split_sections(doc).keys == SECTION_KEYS


def test_gb18030_four_byte_characters(tmp_path):
    text = REPORT.replace("临川市", "𠮷川市")  # U+20BB7: a four-byte GB18030 sequence
    path = tmp_path / "rare.txt"
    path.write_bytes(text.encode("gb18030"))
    assert len("𠮷".encode("gb18030")) == 4
    assert load(path).text.startswith("𠮷川市生态环境局")


@pytest.mark.parametrize("bom, codec, name", [
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
])
def test_byte_order_marks(tmp_path, bom, codec, name):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + REPORT.encode(codec))
    doc = load(path)
    assert doc.encoding == name
    assert doc.text == normalize_text(REPORT)
    assert not doc.text.startswith("\ufeff")


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(REPORT.encode("utf-16-le"))
    assert load(path).text == normalize_text(REPORT)


def test_big5_traditional_mirror_is_decoded_and_folded(tmp_path):
    path = tmp_path / "mirror.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    doc = load(path)
    assert doc.encoding == "big5hkscs"
    assert doc.text.startswith("临川市生态环境局2023年政府信息公开工作年度报告")
    assert "主动公开资讯1万2千条,办理申请30件" in doc.text
    assert split_sections(doc).keys == SECTION_KEYS


def test_big5_bytes_are_not_read_as_gbk_mojibake():
    data = TRADITIONAL.encode("big5")
    # the same bytes also decode strictly as GB18030 - into nonsense
    data.decode("gb18030")
    text, encoding = decode(data, "x.txt")
    assert encoding == "big5hkscs" and text == TRADITIONAL


def test_binary_garbage_is_refused(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes((i * 73 + 41) % 256 for i in range(4000)))
    with pytest.raises(UndecodableText, match=r"garbage\.txt: .*(binary|not text)"):
        load(path)


def test_control_characters_in_valid_utf8_are_refused(tmp_path):
    path = tmp_path / "ctrl.txt"
    path.write_bytes(bytes(range(1, 32)) * 50)
    with pytest.raises(UndecodableText, match="ctrl.txt"):
        load(path)


# --------------------------------------------------------------------------- dispatch


def test_load_path_bytes_and_text_agree(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert load(path).text == load(str(path)).text == load(REPORT).text == load(REPORT.encode()).text
    assert load(str(path)).source == str(path)
    assert load(REPORT).source == "<text>"


def test_sniffing_by_content():
    assert sniff_format(b"%PDF-1.7\n...") == "pdf"
    assert sniff_format(b"PK\x03\x04rest") == "docx"
    assert sniff_format(b"\xef\xbb\xbf<!DOCTYPE html><html>") == "html"
    assert sniff_format(b'{"data": {"content": "\\u003cp\\u003e..."}}') == "html"
    assert sniff_format(REPORT.encode()) is None


def test_file_without_extension_is_sniffed(tmp_path):
    path = tmp_path / "download"
    path.write_bytes(b"<html><body><h1>" + "临川市生态环境局2023年政府信息公开工作年度报告".encode() + b"</h1></body></html>")
    doc = load(path)
    assert doc.format == "html"


def test_magic_number_outranks_the_extension(tmp_path):
    pdf = tmp_path / "saved-as.html"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 100)  # a PDF saved under the page's name
    from textmine.errors import CorruptFile

    with pytest.raises(CorruptFile, match="PDF"):
        load(pdf)


def test_unknown_and_unsupported_extensions(tmp_path):
    for name, message in (("report.xyz", "unknown extension '.xyz'"), ("report.doc", "save it as .docx"),
                          ("scan.jpg", "OCR")):
        path = tmp_path / name
        path.write_bytes(b"data")
        with pytest.raises(UnsupportedFormat, match=message):
            load(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputNotFound, match="nope.txt: no such file"):
        load(tmp_path / "nope.txt")
    with pytest.raises(UnsupportedFormat, match="is a directory"):
        load(tmp_path)


def test_empty_and_blank_files(tmp_path):
    for content in (b"", b"  \n\t \r\n"):
        path = tmp_path / "empty.txt"
        path.write_bytes(content)
        with pytest.raises(EmptyInput, match=r"empty\.txt: "):
            load(path)
    with pytest.raises(EmptyInput):
        read_text("   ")


def test_size_caps(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(REPORT, encoding="utf-8")
    with pytest.raises(InputTooLarge, match="byte cap"):
        load(path, limits=Limits(max_bytes=100))
    with pytest.raises(InputTooLarge, match="characters"):
        load(path, limits=Limits(max_chars=50))
    with pytest.raises(InputTooLarge):
        read_bytes(REPORT.encode(), "<bytes>", limits=Limits(max_bytes=10))


# --------------------------------------------------------------------------- normalisation


def test_normalisation_rules():
    assert normalize_text("第二十條第（一）項\r\n（本列數據）：１２３") == "第二十条第(一)项\n(本列数据):123"
    assert normalize_text("全年　公开\u00a0信息\u200b12条") == "全年 公开 信息12条"
    assert normalize_text("⼀、总体情况") == "一、总体情况"  # Kangxi radical from a PDF font
    assert normalize_text("。、“”《》〔〕") == "。、“”《》〔〕"


def test_pinyin_glosses_are_stripped_only_with_tone_marks():
    assert normalize_text("根據(jù)《條例》規(guī)定") == "根据《条例》规定"
    assert normalize_text("报(bào)告") == "报告"
    assert normalize_text("回复(de)情况(a)") == "回复(de)情况(a)"


def test_question_mark_placeholders_become_spaces():
    assert normalize_text("??2023年,我局") == "  2023年,我局"
    assert normalize_text("一、?总体情况") == "一、 总体情况"
    assert normalize_text("工作??总体") == "工作  总体"
    assert normalize_text("是否公开?是") == "是否公开?是"  # a real question mark stays


def test_html_residue_is_removed():
    assert normalize_text("推进公开?!?/p>下一段</p>") == "推进公开下一段"
    assert normalize_text("公开&nbsp;信息") == "公开      信息"


@pytest.mark.parametrize("text", [REPORT, TRADITIONAL, "根據(jù)條例\r\n??一、?總體", "（一）　ａ<p>b</p>"])
def test_offsets_map_back_and_normalising_is_idempotent(text):
    normalised, origin = normalize_with_offsets(text)
    assert normalised == normalize_text(text)
    assert normalize_text(normalised) == normalised
    assert len(origin) == len(normalised) + 1 and origin[-1] == len(text)
    assert origin == sorted(origin)


def test_t2s_lexicon_is_one_to_one_and_covers_report_words():
    table = traditional_to_simplified()
    assert len(table) > 300
    assert all(len(k) == 1 and len(v) == 1 and k != v for k, v in table.items())
    for trad, simp in (("總體情況", "总体情况"), ("條", "条"), ("萬", "万"), ("項", "项"), ("場", "场"),
                       ("實際", "实际"), ("復議", "复议"), ("訴訟", "诉讼"), ("處罰", "处罚"),
                       ("規範性", "规范性"), ("獨立用戶訪問", "独立用户访问"), ("億", "亿")):
        assert normalize_text(trad) == simp
    # characters whose simplified form depends on the word are left alone
    for ambiguous in "乾著覆藉瞭":
        assert ambiguous not in table


# --------------------------------------------------------------------------- builder


def test_builder_writes_tables_as_tab_rows_with_cell_offsets():
    builder = DocumentBuilder("<test>", "html")
    builder.add_paragraph("二、主动公开政府信息情况")
    table = builder.add_table([
        CellSpec(0, 0, "信息内容"), CellSpec(0, 1, "本年新\n制作数量"), CellSpec(0, 2, "现行有效件数"),
        CellSpec(1, 0, "规章"), CellSpec(1, 1, "０"), CellSpec(1, 2, "3"),
        CellSpec(2, 0, "第二十条第（五）项", colspan=3),
    ], "html")
    builder.add_paragraph("三、收到和处理政府信息公开申请情况")
    doc = builder.build()
    assert doc.text == ("二、主动公开政府信息情况\n信息内容\t本年新制作数量\t现行有效件数\n规章\t0\t3\n"
                        "第二十条第(五)项\t\t\n三、收到和处理政府信息公开申请情况\n")
    assert doc.tables == (table,)
    assert table.n_rows == 3 and table.n_cols == 3
    for cell in table.cells:
        assert doc.text[cell.start:cell.end] == cell.text
    assert table.grid()[2][2].text == "第二十条第(五)项"


def test_flipbook_furniture_lines_dropped_from_text(tmp_path):
    text = ("Page 1 - 临川市生态环境局2023年政府信息公开工作年度报告\n" + REPORT.replace(
        "二、主动公开", "- 2 -\n第2页 共5页\nP. 2\n二、主动公开"))
    path = tmp_path / "flip.txt"
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    assert doc.text == normalize_text(REPORT)
    # bare numbers are table values in one-cell-per-line tables: kept
    path.write_text("规章\n0\n1\n行政规范性文件\n3\n", encoding="utf-8")
    assert load(path).text == "规章\n0\n1\n行政规范性文件\n3\n"


def test_report_text_passed_as_a_string_is_read_as_text_not_a_path(example_path):
    """A long one-line text (document-sharing sites strip every line break) is longer than
    any file name the file system allows: it must be read as text, not fail in stat()."""
    one_line = example_path.read_text(encoding="utf-8").replace("\n", " ")
    doc = textmine.load(one_line)
    assert doc.source == "<text>" and doc.text.startswith("临川市生态环境局")
    # a short string with a '/' inside prose is text too
    assert textmine.load("表二 规章 0/0/0,行政规范性文件 3/1/17").source == "<text>"
    # a string with a NUL byte cannot be a path either
    assert textmine.load("总体情况\x00主动公开").source == "<text>"


def test_a_path_that_does_not_exist_is_a_named_error(tmp_path):
    missing = tmp_path / "年报" / "2023.txt"
    with pytest.raises(textmine.TextmineError) as info:
        textmine.load(str(missing))
    assert info.value.code == "not_found" and str(missing) in str(info.value)


def test_question_marks_standing_for_spaces_around_numbers_are_spaces():
    from textmine.normalize import normalize_text

    text = normalize_text("全年主动发布信息共?1340条?,微信公众号发布信息?764篇?。你好吗?我很好。")
    assert text == "全年主动发布信息共 1340条 ,微信公众号发布信息 764篇 。你好吗?我很好。"
