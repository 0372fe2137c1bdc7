"""Write a generated report in one of the renderings the field guide lists.

Text renderings (``tsv`` like the seed, ``pipe`` rows, ``cells`` one cell per line) give a
``.txt``; ``html`` gives a page with site chrome (navigation, weather line, metadata table,
share box, footer, scripts that must never run); ``docx`` gives a Word file with real merged
tables; ``pdf`` a laid-out PDF with ruled tables (:mod:`.pdf`). Every byte is a function of
the inputs: DOCX zip members carry a fixed timestamp.
"""
from __future__ import annotations

import html as htmlmod
import io
import random
import zipfile

from . import material as M
from .tables import Cell

TEXT_RENDERINGS = ("tsv", "pipe", "cells")
RENDERINGS = TEXT_RENDERINGS + ("html", "docx", "pdf")

#: what a script on a generated page writes; it must never reach a reader's text
SCRIPT_MARKER = "脚本注入文字不应出现"

_ASCII_FOLD = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def fold_punctuation(text: str) -> str:
    """Full-width punctuation as many scraped pages have it: already ASCII."""
    return text.translate(_ASCII_FOLD)


# --------------------------------------------------------------------------- grids as text


def _rowspan_covered(grid: list[list]) -> set[tuple[int, int]]:
    covered = set()
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if isinstance(cell, Cell) and cell.rowspan > 1:
                for rr in range(r + 1, r + cell.rowspan):
                    for cc in range(c, c + cell.colspan):
                        covered.add((rr, cc))
    return covered


def _fields(grid: list[list]) -> list[list[str]]:
    """Each row's fields as a flattened page shows them: a cell's text once; a place covered
    by a cell from a row above is an empty field; a place covered from the left is nothing."""
    covered = _rowspan_covered(grid)
    out = []
    for r, row in enumerate(grid):
        fields = []
        for c, cell in enumerate(row):
            if isinstance(cell, Cell):
                fields.append(cell.text)
            elif (r, c) in covered:
                fields.append("")
        out.append(fields)
    return out


def grid_tsv(grid: list[list], rng: random.Random) -> str:
    lines = []
    for fields in _fields(grid):
        # the seed's quirk: a row of a group can lose its leading group tabs
        if len(fields) > 3 and fields[0] == "" and fields[1] == "" and fields[2].startswith("3.其他") \
                and rng.random() < 0.5:
            fields = fields[2:]
        lines.append("\t".join(fields))
    return "\n".join(lines)


def grid_pipe(grid: list[list], rng: random.Random) -> str:
    lead = rng.random() < 0.8
    lines = []
    for fields in _fields(grid):
        while fields and fields[-1] == "":  # trailing empties collapse to a '||' filler run
            fields = fields[:-1]
        body = " | ".join(fields)
        filler = "|" * max(0, len(grid[0]) - len(fields) - 1) if len(fields) < 3 else ""
        lines.append(("| " if lead else "") + body + " |" + filler)
    return "\n".join(lines)


def grid_cells(grid: list[list], rng: random.Random) -> str:
    lines = []
    for fields in _fields(grid):
        for text in fields:
            lines.append(f"{text} |" if text else "|")
        lines.append("|")
    return "\n".join(lines)


GRID_WRITERS = {"tsv": grid_tsv, "pipe": grid_pipe, "cells": grid_cells}


# --------------------------------------------------------------------------- documents

def text_document(doc: dict, rendering: str, rng: random.Random) -> str:
    """The report as plain text with tables written in ``rendering``."""
    out = [doc["title"], ""]
    if doc["preamble"]:
        out += [doc["preamble"], ""]
    for heading, paragraphs, grid in doc["sections"]:
        out += [heading, ""]
        for paragraph in paragraphs:
            out += [paragraph, ""]
        if grid is not None:
            out += [GRID_WRITERS[rendering](grid, rng), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _html_table(grid: list[list]) -> str:
    rows = []
    for row in grid:
        cells = []
        for cell in row:
            if not isinstance(cell, Cell):
                continue
            attrs = ""
            if cell.rowspan > 1:
                attrs += f' rowspan="{cell.rowspan}"'
            if cell.colspan > 1:
                attrs += f' colspan="{cell.colspan}"'
            text = htmlmod.escape(cell.text) if cell.text else "&nbsp;"
            cells.append(f'<td{attrs}><p align="center">{text}</p></td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return '<table border="1" cellspacing="0" cellpadding="0">\n' + "\n".join(rows) + "\n</table>"


def html_document(doc: dict, rng: random.Random) -> str:
    short = doc["short"]
    published = f"{doc['year'] + 1}-01-{rng.randint(10, 31):02d}"
    weekday = M.WEEKDAYS[rng.randrange(7)]
    nav = "".join(f'<li><a href="/{i}/">{htmlmod.escape(x.format(short=short))}</a></li>'
                  for i, x in enumerate(M.SITE_NAV))
    hot = " ".join(f'<a href="/search?q={i}">{w}</a>' for i, w in enumerate(M.HOT_WORDS))
    body = [f"<h1>{htmlmod.escape(doc['title'])}</h1>"]
    if doc["preamble"]:
        body.append(f"<p>{htmlmod.escape(doc['preamble'])}</p>")
    for heading, paragraphs, grid in doc["sections"]:
        body.append(f"<p><strong>{htmlmod.escape(heading)}</strong></p>")
        body += [f'<p style="text-indent:2em">{htmlmod.escape(p)}</p>' for p in paragraphs]
        if grid is not None:
            body.append(_html_table(grid))
    index_code = f"{rng.randint(10**8, 10**9 - 1)}/{doc['year'] + 1}-{rng.randint(1, 999):05d}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{doc['charset']}">
<title>{htmlmod.escape(doc['title'])}_{htmlmod.escape(doc['agency'])}门户网站</title>
<script type="text/javascript">var siteId = "{rng.randint(1000, 9999)}"; document.write("<div>{SCRIPT_MARKER}</div>");</script>
<style>.nav li{{display:inline;margin:0 8px}} .article p{{line-height:2}}</style>
</head>
<body>
<div class="topbar">今天是{doc['year'] + 1}年1月{rng.randint(1, 28)}日 {weekday} 晴 {rng.randint(-5, 12)}℃~{rng.randint(13, 25)}℃ | <a href="/login">登录</a> | <a href="/wza">无障碍</a></div>
<ul class="nav">{nav}</ul>
<div class="hot">热搜词：{hot}</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年度报告</div>
<table class="meta">
<tr><td>索引号：</td><td>{index_code}</td><td>发布机构：</td><td>{htmlmod.escape(doc['agency'])}</td></tr>
<tr><td>文号：</td><td></td><td>发布日期：</td><td>{published}</td></tr>
</table>
<div class="article">
{chr(10).join(body)}
</div>
<div class="share">扫一扫在手机打开当前页 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="footer">主办单位：{htmlmod.escape(doc['agency'])} 网站标识码：{rng.randint(10**9, 10**10 - 1)} 备案号：ICP备{rng.randint(10**7, 10**8 - 1)}号</div>
<script>(function(){{ var s = document.createElement("script"); s.src = "/stat.js"; document.body.appendChild(s); document.write("{SCRIPT_MARKER}"); }})();</script>
</body>
</html>
"""


_FIXED_TIME = (2020, 1, 1, 0, 0, 0)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"""


def _x(text: str) -> str:
    return htmlmod.escape(text, quote=False)


def _docx_paragraph(text: str, bold: bool = False, center: bool = False) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:p>'


def _docx_table(grid: list[list]) -> str:
    """A table with horizontal merges as gridSpan and vertical ones as vMerge, as Word writes them."""
    covered = _rowspan_covered(grid)
    starts: dict[tuple[int, int], Cell] = {}
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if isinstance(cell, Cell):
                starts[(r, c)] = cell
    width = len(grid[0])
    out = ['<w:tbl><w:tblPr><w:tblBorders>' + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders></w:tblPr>',
        "<w:tblGrid>" + '<w:gridCol w:w="900"/>' * width + "</w:tblGrid>"]
    # the cell above that spans down into (r, c), for continuation cells of a vertical merge
    span_from: dict[tuple[int, int], Cell] = {}
    for (r, c), cell in starts.items():
        for rr in range(r + 1, r + cell.rowspan):
            span_from[(rr, c)] = cell
    for r, row in enumerate(grid):
        out.append("<w:tr>")
        c = 0
        while c < width:
            cell = starts.get((r, c))
            if cell is not None:
                props = (f'<w:gridSpan w:val="{cell.colspan}"/>' if cell.colspan > 1 else "") + \
                        ('<w:vMerge w:val="restart"/>' if cell.rowspan > 1 else "")
                out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{_docx_paragraph(cell.text)}</w:tc>")
                c += cell.colspan
            elif (r, c) in covered:
                above = span_from.get((r, c))
                span = above.colspan if above is not None else 1
                props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + "<w:vMerge/>"
                out.append(f"<w:tc><w:tcPr>{props}</w:tcPr><w:p/></w:tc>")
                c += span
            else:
                c += 1  # covered from the left: part of a gridSpan already written
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_document(doc: dict, rng: random.Random) -> bytes:
    """A minimal WordprocessingML package: paragraphs and tables with real merges."""
    body = [_docx_paragraph(doc["title"], bold=True, center=True)]
    if doc["preamble"]:
        body.append(_docx_paragraph(doc["preamble"]))
    for heading, paragraphs, grid in doc["sections"]:
        body.append(_docx_paragraph(heading, bold=True))
        body += [_docx_paragraph(p) for p in paragraphs]
        if grid is not None:
            body.append(_docx_table(grid))
            body.append("<w:p/>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}">'
                f'<w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
    modified = f"{doc['year'] + 1}-01-15T00:00:00Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(doc["title"])}</dc:title><dc:creator>{_x(doc["agency"])}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{modified}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')
    members = (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
               ("word/_rels/document.xml.rels", _DOC_RELS), ("word/document.xml", document),
               ("docProps/core.xml", core))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, content.encode("utf-8"))
    return buffer.getvalue()


__all__ = ["RENDERINGS", "TEXT_RENDERINGS", "SCRIPT_MARKER", "text_document", "html_document",
           "docx_document", "fold_punctuation", "GRID_WRITERS"]
