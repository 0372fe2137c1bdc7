"""HTML reader: charset, chrome, content container, tables with spans, JSON API pages."""
from __future__ import annotations

from pathlib import Path

import pytest

import textmine
from textmine.errors import EmptyInput
from textmine.model import SECTION_KEYS
from textmine.readers import load, read_bytes
from textmine.sections import split_sections

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"

CHROME = ("无障碍", "长者版", "繁體版", "星期五", "当前位置", "索引号", "发布机构", "热搜词", "浏览次数",
          "字体", "扫一扫", "分享到", "打印本页", "关闭窗口", "上一篇", "下一篇", "主办单位", "ICP",
          "公网安备", "澳门", "这段脚本文字", "搜索", "政务服务", "| |")


@pytest.fixture(scope="module")
def county():
    return load(FIXTURES / "county_bureau_gb2312.html")


def test_gb2312_page_decoded_from_meta(county):
    assert county.format == "html" and county.encoding == "gb18030"
    assert county.text.startswith("青石县交通运输局2023年政府信息公开工作年度报告\n本报告根据")


@pytest.mark.parametrize("chrome", CHROME)
def test_page_chrome_is_gone(county, chrome):
    assert chrome not in county.text


def test_report_body_and_signature_kept(county):
    lines = county.text.split("\n")
    assert "一、总体情况" in lines and "六、其他需要报告的事项" in lines
    assert ("(一)主动公开情况。全年通过县政府门户网站公开信息312条,其中政策文件9条、工作动态201条;"
            "通过“青石交通”微信公众号推送信息156条。") in lines
    # <br> inside a paragraph separates lines; the full-width indent is gone
    assert "下一步,我局将在2024年6月底前完成政务公开专栏栏目梳理,每季度开展一次信息公开业务培训。" in lines
    assert lines[-3:] == ["青石县交通运输局", "2024年1月25日", ""]


def test_tables_with_spans(county):
    active, applications, review = county.tables
    assert (active.n_rows, active.n_cols) == (14, 4)
    assert (applications.n_rows, applications.n_cols) == (10, 10)
    assert (review.n_rows, review.n_cols) == (4, 15)
    assert all(t.origin == "html" for t in county.tables)
    header = {c.text: c for c in applications.cells}
    assert header["商业企业"].row == 2  # "商业<br />企业" joined
    assert header["申请人情况"].colspan == 7
    assert header["自然人"].rowspan == 2
    assert header["三、本年度办理结果"].rowspan == 4 and header["三、本年度办理结果"].col == 0
    # the rows under the rowspan start one column to the right
    assert header["1.属于国家秘密"].col == 2
    assert county.text[applications.start:applications.end].split("\n")[3] == \
        "一、本年新收政府信息公开申请数量\t\t\t6\t0\t0\t0\t0\t0\t6"
    # &nbsp; is a blank cell, not a value
    coercion = [c for c in active.cells if c.row == 10]
    assert [c.text for c in coercion] == ["行政强制", ""]
    for table in county.tables:
        for cell in table.cells:
            assert county.text[cell.start:cell.end] == cell.text


def test_county_page_through_the_pipeline():
    report = textmine.audit(FIXTURES / "county_bureau_gb2312.html")
    assert report.sections.keys == SECTION_KEYS
    assert (report.metadata.agency, report.metadata.year) == ("青石县交通运输局", 2023)


def test_layout_table_site():
    doc = load(FIXTURES / "township_layout_tables.html")
    assert doc.encoding == "utf-8"
    assert doc.text.startswith("柳河镇人民政府2022年度政府信息公开工作报告\n根据《中华人民共和国政府信息公开条例》")
    for chrome in ("星期", "设为首页", "网站地图", "通知公告", "您现在的位置", "点击数", "打印", "版权所有"):
        assert chrome not in doc.text
    assert len(doc.tables) == 1  # layout tables are walked, the one-column box is text
    assert "规章\t/\t/\t/" in doc.text
    assert "说明:本报告电子版可在柳河镇人民政府网站下载。" in doc.text.split("\n")
    assert split_sections(doc).keys == SECTION_KEYS


def test_json_api_response_with_escaped_html():
    doc = load(FIXTURES / "api_response_escaped_html.html")
    assert doc.text.startswith("南湾区市场监督管理局2023年政府信息公开工作年度报告\n本报告由南湾区市场监督管理局编制")
    assert "操作成功" not in doc.text and "publishTime" not in doc.text
    assert [(t.n_rows, t.n_cols) for t in doc.tables] == [(4, 4)]
    assert split_sections(doc).keys == SECTION_KEYS


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body>{body}</body></html>"


BODY = ("<div class='content'><h1>临川市生态环境局2023年政府信息公开工作年度报告</h1>"
        "<p>一、总体情况</p><p>　　2023年，我局主动公开信息128条。</p>"
        "<p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
        "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p>"
        "<p>六、其他需要报告的事项</p><p>无。</p></div>")


def test_meta_charset_that_lies_falls_back_to_detection():
    data = _page(BODY, '<meta charset="utf-8">').encode("gbk")
    doc = read_bytes(data, "liar.html", "html")
    assert doc.encoding == "gb18030"
    assert "我局主动公开信息128条" in doc.text


def test_utf8_bom_page_without_meta():
    doc = read_bytes(b"\xef\xbb\xbf" + _page(BODY).encode("utf-8"), "bom.html", "html")
    assert doc.encoding == "utf-8-sig" and doc.text.startswith("临川市生态环境局")


def test_big5_mirror_page_is_folded_to_simplified():
    from textmine.normalize import traditional_to_simplified

    to_traditional = {}
    for trad, simp in sorted(traditional_to_simplified().items()):
        to_traditional.setdefault(simp, trad)
    trad = "".join(to_traditional.get(ch, ch) if not _big5(ch) else ch for ch in BODY)
    data = _page(trad, '<meta http-equiv="Content-Type" content="text/html; charset=big5">').encode("big5")
    doc = read_bytes(data, "mirror.html", "html")
    assert doc.encoding == "big5hkscs"
    assert "一、总体情况" in doc.text.split("\n")
    assert split_sections(doc).keys == SECTION_KEYS


def _big5(ch: str) -> bool:
    try:
        ch.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


def test_hidden_and_scripted_text_is_not_read():
    body = BODY.replace("<p>无。</p>", "<p>无。</p><span hidden>隐藏文字一</span>"
                        "<div style='visibility: hidden'>隐藏文字二</div>"
                        "<script>document.write('脚本文字')</script><noscript>请启用脚本</noscript>")
    doc = read_bytes(_page(body).encode(), "p.html", "html")
    for hidden in ("隐藏文字一", "隐藏文字二", "脚本文字", "请启用脚本"):
        assert hidden not in doc.text


def test_title_from_head_when_the_body_has_none():
    body = BODY.replace("<h1>临川市生态环境局2023年政府信息公开工作年度报告</h1>", "")
    page = (f"<html><head><title>临川市生态环境局2023年政府信息公开工作年度报告_临川市人民政府</title></head>"
            f"<body>{body}</body></html>")
    doc = read_bytes(page.encode(), "p.html", "html")
    assert doc.text.startswith("临川市生态环境局2023年政府信息公开工作年度报告\n一、总体情况")


def test_chrome_class_does_not_remove_report_headings():
    body = BODY.replace("<p>一、总体情况</p>", "<div class='sub-head'>一、总体情况</div>")
    doc = read_bytes(_page(body).encode(), "p.html", "html")
    assert "一、总体情况" in doc.text.split("\n")


def test_pagination_strip_and_pipe_rows_removed():
    body = BODY + "<div>首页 上一页 1 2 3 下一页 尾页</div><p>| | | | | | | | | |</p>"
    doc = read_bytes(_page(body).encode(), "p.html", "html")
    assert "上一页" not in doc.text and "|" not in doc.text
    assert doc.text.endswith("六、其他需要报告的事项\n无。\n")


def test_control_characters_pasted_from_word_do_not_stop_the_reader():
    # a vertical tab and a form feed (Word's line and page breaks), a stray control byte and
    # character references to controls in the text after chrome elements (their tails move
    # when the chrome is removed), in the page title and in the body: lxml refuses such text
    # when it is handed back
    body = BODY.replace("<h1>", "<div class='share'>分享到</div>\x0b\x01&#12;<h1>")
    body = body.replace("<p>无。</p>", "<p>无。</p><span>扫一扫在手机打开</span>\x0c附件：\x02无\x0b")
    body = body.replace("主动公开信息128条", "主动公开\x0c信息128条")
    style = "<style>" + "".join(f".c{i} {{ margin: 0 auto; font-size: 16px; }}\n" for i in range(20)) + "</style>"
    page = _page(body, style).replace("<title>t</title>", "<title>临川市生态环境局2023年政府信息公开工作年度报告_临川市\x0c人民&#x1;政府</title>")
    doc = read_bytes(page.encode("utf-8"), "word-paste.html", "html")
    assert not any(ch < " " and ch not in "\t\n" for ch in doc.text)
    assert "分享到" not in doc.text and "扫一扫" not in doc.text
    assert doc.text.startswith("临川市生态环境局2023年政府信息公开工作年度报告\n一、总体情况")
    assert "我局主动公开 信息128条" in doc.text  # the form feed is whitespace, as browsers show it
    assert doc.text.endswith("\n无。\n附件:无\n")  # the chrome's tail kept, the control byte dropped
    assert split_sections(doc).keys == SECTION_KEYS


def test_lone_surrogate_in_a_json_response_loses_no_text():
    # a JSON API that cut an emoji's surrogate pair in half: json.loads keeps the lone half,
    # and lxml would silently drop everything after it
    import json

    content = BODY.replace("主动公开信息128条。", "主动公开信息128条\ud83d。")
    data = json.dumps({"code": 200, "msg": "操作成功", "data": {"content": content}}).encode("ascii")
    doc = read_bytes(data, "api.json.html", "html")
    assert "我局主动公开信息128条\ufffd。" in doc.text
    assert doc.text.endswith("六、其他需要报告的事项\n无。\n")
    assert split_sections(doc).keys == SECTION_KEYS


def test_broken_spans_keep_every_cell_in_a_bounded_grid():
    # cells each claiming 1000 x 1000 slots: rows are clipped to the table (as browsers do)
    # and a row past MAX_SPAN columns gives its further cells a column each (every one was a
    # million slots to lay out, and the row 100,000 columns wide)
    from textmine.readers.builder import MAX_SPAN

    head = "".join(f"<td rowspan='1000' colspan='1000'>项目{k}</td>" for k in range(50))
    table = f"<table><tr>{head}</tr><tr><td>本年新收政府信息公开申请数量</td><td>3</td></tr></table>"
    doc = read_bytes(_page(BODY.replace("<p>无。</p>", "<p>无。</p>" + table)).encode(), "p.html", "html")
    (grid,) = doc.tables
    assert grid.n_rows == 2 and MAX_SPAN < grid.n_cols <= MAX_SPAN + 51
    assert [c.text for c in grid.cells] == [f"项目{k}" for k in range(50)] + ["本年新收政府信息公开申请数量", "3"]
    assert [c.rowspan for c in grid.cells[:50]] == [2] * 50


def test_page_of_only_chrome_is_empty():
    page = _page("<div class='nav'><a>首页</a><a>政务公开</a></div><footer>版权所有</footer>")
    with pytest.raises(EmptyInput, match="chrome.html: no text"):
        read_bytes(page.encode(), "chrome.html", "html")


def test_hundreds_of_unclosed_font_tags_lose_no_text():
    page = "<html><body><div>" + "<p><font size=3>全年公开信息12条。" * 2000 + "</div></body></html>"
    doc = read_bytes(page.encode(), "fonts.html", "html")
    assert doc.text.count("全年公开信息12条。") == 2000


def test_nesting_beyond_the_parser_limit_is_an_error_not_silent_loss():
    from textmine.errors import CorruptFile

    page = "<html><body>" + "<div>" * 3000 + "一、总体情况" + "</div>" * 3000 + "</body></html>"
    with pytest.raises(CorruptFile, match="deep.html: the page nests elements"):
        read_bytes(page.encode(), "deep.html", "html")
    ok = "<html><body>" + "<div>" * 1200 + "一、总体情况" + "</div>" * 1200 + "</body></html>"
    assert read_bytes(ok.encode(), "ok.html", "html").text == "一、总体情况\n"
