"""Write the table rendering suite: every value set of ``values.py`` rendered the ways real
reports render tables (field guide §2.1), with what the parser must read back.

    python corpora/tables/generate.py          # rewrites cases/ and expected/

Each case is a small report (headings 一 to 六 around the three tables):

* ``cases/<name>.txt``        plain text (TSV, pipes, one cell per line, PDF lines, ...);
* ``cases/<name>.html``       an HTML page with rowspan/colspan tables (read by the HTML reader);
* ``cases/<name>.grid.json``  a document whose tables are grids, as the HTML/DOCX/PDF
                              readers hand them over: ``{"parts": [{"text": ...} |
                              {"table": {"origin": ..., "cells": [[row, col, text, rowspan,
                              colspan], ...]}}]}``;
* ``expected/<name>.json``    per table: template, rendering, and every cell as a number,
                              ``null`` (blank), ``"/"`` (not applicable) or ``"?"`` (the
                              parser must say ``unknown``: the rendering lost the information).

Deterministic: same values, same files, byte for byte. Only this file and values.py are
written by hand; everything under cases/ and expected/ is generated.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from values import (APPLICANT_COLUMNS, REAL_PDFS, VALUE_SETS, rows_2019, rows_2021)  # noqa: E402

# --------------------------------------------------------------------------- labels

ACTIVE_BLOCKS_2021 = (
    ("第二十条第（一）项", ("本年制发件数", "本年废止件数", "现行有效件数"),
     (("regulations", "规章"), ("normative_documents", "行政规范性文件"))),
    ("第二十条第（五）项", ("本年处理决定数量",), (("licensing", "行政许可"),)),
    ("第二十条第（六）项", ("本年处理决定数量",), (("punishment", "行政处罚"), ("coercion", "行政强制"))),
    ("第二十条第（八）项", ("本年收费金额（单位：万元）",), (("fees", "行政事业性收费"),)),
)
ACTIVE_BLOCKS_2019 = (
    ("第二十条第（一）项", ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
     (("regulations", "规章"), ("normative_documents", "规范性文件"))),
    ("第二十条第（五）项", ("上一年项目数量", "本年增/减", "处理决定数量"),
     (("licensing", "行政许可"), ("other_services", "其他对外管理服务事项"))),
    ("第二十条第（六）项", ("上一年项目数量", "本年增/减", "处理决定数量"),
     (("punishment", "行政处罚"), ("coercion", "行政强制"))),
    ("第二十条第（八）项", ("上一年项目数量", "本年增/减"), (("fees", "行政事业性收费"),)),
    ("第二十条第（九）项", ("采购项目数量", "采购总金额"), (("procurement", "政府集中采购"),)),
)
ACTIVE_COLUMNS = {
    "2021": {"regulations": ("issued", "repealed", "in_force"),
             "normative_documents": ("issued", "repealed", "in_force"),
             "licensing": ("decisions",), "punishment": ("decisions",), "coercion": ("decisions",),
             "fees": ("amount",)},
    "2019": {"regulations": ("new_made", "new_published", "public_total"),
             "normative_documents": ("new_made", "new_published", "public_total"),
             "licensing": ("previous_count", "change", "decisions"),
             "other_services": ("previous_count", "change", "decisions"),
             "punishment": ("previous_count", "change", "decisions"),
             "coercion": ("previous_count", "change", "decisions"),
             "fees": ("previous_count", "change"), "procurement": ("projects", "amount")},
}

GROUP_RESULTS = "三、本年度办理结果"
APP_LABELS: dict[str, tuple[str, str | None, str | None]] = {
    "new": ("一、本年新收政府信息公开申请数量", None, None),
    "carried_over": ("二、上年结转政府信息公开申请数量", None, None),
    "granted": (GROUP_RESULTS, "（一）予以公开", None),
    "partial": (GROUP_RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    "denied.state_secret": (GROUP_RESULTS, "（三）不予公开", "1.属于国家秘密"),
    "denied.law_forbidden": (GROUP_RESULTS, "（三）不予公开", "2.其他法律行政法规禁止公开"),
    "denied.three_safety_one_stability": (GROUP_RESULTS, "（三）不予公开", "3.危及“三安全一稳定”"),
    "denied.third_party": (GROUP_RESULTS, "（三）不予公开", "4.保护第三方合法权益"),
    "denied.internal_affairs": (GROUP_RESULTS, "（三）不予公开", "5.属于三类内部事务信息"),
    "denied.process_info": (GROUP_RESULTS, "（三）不予公开", "6.属于四类过程性信息"),
    "denied.enforcement_file": (GROUP_RESULTS, "（三）不予公开", "7.属于行政执法案卷"),
    "denied.admin_query": (GROUP_RESULTS, "（三）不予公开", "8.属于行政查询事项"),
    "unavailable.not_held": (GROUP_RESULTS, "（四）无法提供", "1.本机关不掌握相关政府信息"),
    "unavailable.needs_creation": (GROUP_RESULTS, "（四）无法提供", "2.没有现成信息需要另行制作"),
    "unavailable.unclear": (GROUP_RESULTS, "（四）无法提供", "3.补正后申请内容仍不明确"),
    "not_processed.petition": (GROUP_RESULTS, "（五）不予处理", "1.信访举报投诉类申请"),
    "not_processed.repeat": (GROUP_RESULTS, "（五）不予处理", "2.重复申请"),
    "not_processed.publication": (GROUP_RESULTS, "（五）不予处理", "3.要求提供公开出版物"),
    "not_processed.massive": (GROUP_RESULTS, "（五）不予处理", "4.无正当理由大量反复申请"),
    "not_processed.confirm": (GROUP_RESULTS, "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    "other.no_correction": (GROUP_RESULTS, "（六）其他处理",
                            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    "other.no_fee": (GROUP_RESULTS, "（六）其他处理",
                     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    "other.other": (GROUP_RESULTS, "（六）其他处理", "3.其他"),
    "other": (GROUP_RESULTS, "（六）其他处理", None),
    "total": (GROUP_RESULTS, "（七）总计", None),
    "carried_forward": ("四、结转下年度继续办理", None, None),
}
APP_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APP_COLUMN_LABELS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
REVIEW_PARTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
REVIEW_BLOCKS = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
REVIEW_COLUMNS = ("upheld", "corrected", "other", "pending", "total")


#: simplified -> traditional for the table words (the mirror-copy case)
TO_TRADITIONAL = {s: t for s, t in zip(
    "条项内资制发数废现规范处决许罚强费额单万业请况组织机构会务总计结转办开区这属于国稳护权类过执询无关没补后确访举报诉当认获缴纳续议讼维纠审经与据统",
    "條項內資製發數廢現規範處決許罰強費額單萬業請況組織機構會務總計結轉辦開區這屬於國穩護權類過執詢無關沒補後確訪舉報訴當認獲繳納續議訟維糾審經與據統")}
TO_TRADITIONAL["复"] = "復"


def app_rows(vs: dict) -> tuple[str, ...]:
    return rows_2021() if vs["applications_template"] == "2021" else rows_2019()


def active_blocks(vs: dict):
    return ACTIVE_BLOCKS_2021 if vs["active_template"] == "2021" else ACTIVE_BLOCKS_2019


# --------------------------------------------------------------------------- grids


@dataclass
class Grid:
    """A table as a grid of anchored cells (what an HTML/DOCX/PDF reader produces)."""

    cells: list[tuple[int, int, str, int, int]] = field(default_factory=list)

    def add(self, row: int, col: int, text: str, rowspan: int = 1, colspan: int = 1) -> None:
        self.cells.append((row, col, text, rowspan, colspan))

    @property
    def n_rows(self) -> int:
        return max(r + rs for r, _, _, rs, _ in self.cells)

    @property
    def n_cols(self) -> int:
        return max(c + cs for _, c, _, _, cs in self.cells)

    def rows(self) -> list[list[tuple[int, int, str, int, int]]]:
        out: list[list] = [[] for _ in range(self.n_rows)]
        for cell in sorted(self.cells, key=lambda x: (x[0], x[1])):
            out[cell[0]].append(cell)
        return out

    def covered(self) -> set[tuple[int, int]]:
        cov = set()
        for r, c, _, rs, cs in self.cells:
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    if (i, j) != (r, c):
                        cov.add((i, j))
        return cov


def _one_line(text: str) -> str:
    return "".join(part.strip() for part in text.split("\n"))


def active_grid(vs: dict, header_break: bool = False) -> Grid:
    g = Grid()
    r = 0
    width = 4
    for title, headers, rows in active_blocks(vs):
        g.add(r, 0, title, 1, width)
        r += 1
        g.add(r, 0, "信息内容")
        spans = _spans(len(headers), width - 1)
        col = 1
        for h, span in zip(headers, spans):
            if header_break and h.startswith("本年新"):
                h = h.replace("本年新", "本年新\n")
            g.add(r, col, h, 1, span)
            col += span
        r += 1
        for key, label in rows:
            g.add(r, 0, label)
            col = 1
            for v, span in zip(vs["active"][key], spans):
                g.add(r, col, v, 1, span)
                col += span
            r += 1
    return g


def _spans(n: int, width: int) -> list[int]:
    """Column spans of n header cells over width columns (the last cell takes the rest)."""
    return [1] * (n - 1) + [width - (n - 1)]


def applications_grid(vs: dict, vertical_group: bool = False, split_headers: bool = False) -> Grid:
    g = Grid()
    g.add(0, 0, APP_NOTE, 3, 3)
    g.add(0, 3, "申请人情况", 1, 7)
    g.add(1, 3, "自然人", 2, 1)
    g.add(1, 4, "法人或其他组织", 1, 5)
    g.add(1, 9, "总计", 2, 1)
    for j, label in enumerate(APP_COLUMN_LABELS[1:6]):
        if split_headers and label in ("商业企业", "科研机构"):
            label = label[:2] + "\n" + label[2:]
        g.add(2, 4 + j, label)
    keys = app_rows(vs)
    r = 3
    results = [k for k in keys if APP_LABELS[k][0] == GROUP_RESULTS]
    first_result_row = 3 + keys.index(results[0])
    group_rows: dict[str, list[str]] = {}
    for k in results:
        group_rows.setdefault(APP_LABELS[k][1], []).append(k)
    for key in keys:
        top, mid, leaf = APP_LABELS[key]
        if top != GROUP_RESULTS:
            g.add(r, 0, top, 1, 3)
        else:
            if r == first_result_row:
                text = "\n".join(top) if vertical_group else top
                g.add(r, 0, text, len(results), 1)
            members = group_rows[mid]
            if leaf is None:
                g.add(r, 1, mid, 1, 2)
            else:
                if key == members[0]:
                    g.add(r, 1, mid, len(members), 1)
                g.add(r, 2, leaf)
        for j, v in enumerate(vs["applications"][key]):
            g.add(r, 3 + j, v)
        r += 1
    return g


def review_grid(vs: dict, split_words: bool = False) -> Grid:
    g = Grid()
    g.add(0, 0, "行政复议", 1, 5)
    g.add(0, 5, "行政诉讼", 1, 10)
    parts = [p[:2] + "\n" + p[2:] if split_words and len(p) == 4 else p for p in REVIEW_PARTS]
    for j, p in enumerate(parts):
        g.add(1, j, p, 2, 1)
    g.add(1, 5, "未经复议直接起诉", 1, 5)
    g.add(1, 10, "复议后起诉", 1, 5)
    for j in range(10):
        g.add(2, 5 + j, parts[j % 5])
    for j, v in enumerate(vs["review"]):
        g.add(3, j, v)
    return g


# --------------------------------------------------------------------------- text from grids


def grid_tsv(g: Grid) -> str:
    """What the builder writes for a grid: one line per row, TAB between positions."""
    anchors = {(r, c): t for r, c, t, _, _ in g.cells}
    lines = []
    for r in range(g.n_rows):
        lines.append("\t".join(_one_line(anchors.get((r, c), "")) for c in range(g.n_cols)))
    return "\n".join(lines) + "\n"


def grid_pipe_rows(g: Grid) -> str:
    """Pipe rows as page converters write them: cells of a row in order; a cell hidden by a
    rowspan is dropped on some rows and written empty on others; short rows are padded with
    filler pipes; every third row has lost its leading pipe."""
    rows = g.rows()
    covered = g.covered()
    out = []
    for r, cells in enumerate(rows):
        parts: list[str] = []
        for c in range(g.n_cols):
            anchor = next((x for x in cells if x[1] == c), None)
            if anchor is not None:
                parts.append(" " + " ".join(anchor[2].split()) + " ")
            elif (r, c) in covered and r % 2 == 1 and all(x[1] > c for x in cells):
                parts.append(" ")  # an empty cell for the rowspan-covered position
        filler = "|" * max(0, g.n_cols - len(parts))
        line = "|" + "|".join(parts) + "|" + filler
        if r % 3 == 2:
            line = line[1:].lstrip()
        out.append(line)
    return "\n".join(out) + "\n"


def split_header_row(text: str) -> str:
    """商业/企业 and 科研/机构 on two physical rows, as one converter wrote them."""
    out = []
    for line in text.split("\n"):
        if "商业 企业" in line:
            out.append(line.replace("商业 企业", "商业").replace("科研 机构", "科研"))
            out.append("| | | 企业 | 机构 |||||")
        else:
            out.append(line)
    return "\n".join(out)


def _grid_cells_in_order(g: Grid) -> list[list[str]]:
    return [[_one_line(x[2]) for x in cells] for cells in g.rows()]


def grid_cell_lines_pipe_end(g: Grid) -> str:
    """Every cell on its own line ending in ' |'; a '||' line ends each row."""
    out = []
    for cells in _grid_cells_in_order(g):
        for text in cells:
            out.append(f"{text} |" if text else "|")
        out.append("||")
    return "\n".join(out) + "\n"


def grid_cell_lines_pipe_own(g: Grid) -> str:
    """Every cell on its own line, a pipe on its own line after each."""
    out = []
    for cells in _grid_cells_in_order(g):
        for text in cells:
            out.append(text)
            out.append("|")
    return "\n".join(out) + "\n"


def grid_pipe_padded(g: Grid) -> str:
    """Pipe cells padded with newlines and indentation (traditional mirrors)."""
    out = []
    for cells in _grid_cells_in_order(g):
        out.append("|" + "".join(f" \n   {text}  |" for text in cells))
    return "\n".join(out) + "\n"


def grid_cell_per_line(g: Grid) -> str:
    """One cell per line, blank lines between cells, blank cells gone."""
    out = []
    for cells in _grid_cells_in_order(g):
        out.extend(text for text in cells if text)
    return "\n\n".join(out) + "\n"


def grid_html(g: Grid) -> str:
    """An HTML table as CMS pages write it: centred paragraphs inside cells, ``<br />`` for
    line breaks inside a header, ``&nbsp;`` for an empty cell."""
    out = ['<table border="1" cellspacing="0">']
    for cells in g.rows():
        out.append("<tr>")
        for r, c, text, rs, cs in cells:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            body = "<br />".join(text.split("\n")) if text else "&nbsp;"
            out.append(f'<td{attrs}><p align="center">{body}</p></td>')
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out) + "\n"


def html_report(vs: dict, grids: tuple[Grid, Grid, Grid]) -> str:
    head = HEAD.format(agency=AGENCY[vs["name"]]).strip().split("\n\n")
    body = [f"<h1>{head[0]}</h1>", f"<h2>{head[1]}</h2>", f"<p>{head[2]}</p>"]
    for heading, g in zip((H2, H3, H4), grids):
        body.append(f"<h2>{heading.strip()}</h2>")
        body.append(grid_html(g))
    for para in TAIL.strip().split("\n\n"):
        body.append(f"<p>{para}</p>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + head[0] + "</title></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


# --------------------------------------------------------------------------- hand-made renderings


def seed_tsv_active(vs: dict) -> str:
    """The seed's table 二: block titles padded with tabs, values left, blanks as tabs."""
    lines = []
    for title, headers, rows in active_blocks(vs):
        lines.append(title + "\t\t\t")
        lines.append("信息内容\t" + "\t".join(headers) + "\t" * (3 - len(headers)))
        for key, label in rows:
            vals = vs["active"][key]
            lines.append(label + "\t" + "\t".join(vals) + "\t" * (3 - len(vals)))
    return "\n".join(lines) + "\n"


def seed_tsv_applications(vs: dict) -> str:
    """The seed's table 三: header rows with leading empty tabs, rows of a row-spanning group
    shifted right, and the last rows of the (六) group and (七) having lost their group
    tabs (one column left of their siblings)."""
    v = vs["applications"]
    t = "\t".join
    lines = [APP_NOTE + "\t\t申请人情况\t\t\t\t\t\t总计\t",
             "\t\t自然人\t法人或其他组织\t\t\t\t\t\t",
             "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t"]
    keys = app_rows(vs)
    seen_mid: set[str] = set()
    for key in keys:
        top, mid, leaf = APP_LABELS[key]
        vals = t(v[key])
        if top != GROUP_RESULTS:
            lines.append(f"{top}\t\t{vals}\t")
        elif key == "granted":
            lines.append(f"{top}\t{mid}\t{vals}\t")
        elif key == "total":
            lines.append(f"{mid}\t{vals}\t\t")
        elif key == "other.other":
            lines.append(f"{leaf}\t\t{vals}\t")
        elif leaf is None:
            lines.append(f"\t{mid}\t{vals}\t")
        elif mid not in seen_mid:
            lines.append(f"\t{mid}\t{leaf}\t{vals}")
        else:
            lines.append(f"\t\t{leaf}\t{vals}")
        if mid:
            seen_mid.add(mid)
    return "\n".join(lines) + "\n"


def seed_tsv_review(vs: dict) -> str:
    parts = "\t".join(p[:2] + " " + p[2:] if len(p) == 4 else p for p in REVIEW_PARTS)
    return ("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\n"
            f"{parts}\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
            f"\t\t\t\t\t{parts}\t{parts}\n" + "\t".join(vs["review"]) + "\n")


def _nums(values: list[str]) -> str:
    """A PDF number line: blanks leave nothing behind."""
    return " ".join(x for x in values if x)


def pdf_active(vs: dict) -> str:
    lines = []
    page_break_after = 1  # the page ends after the second block, as in 洪泽区 2023
    for i, (title, headers, rows) in enumerate(active_blocks(vs)):
        lines.append(title)
        if vs["active_template"] == "2019" and headers[0] == "本年新制作数量":
            lines.append("信息内容 本年新 本年新 对外公开")
            lines.append("制作数量 公开数量 总数量")
        else:
            lines.append("信息内容 " + " ".join(headers))
        for key, label in rows:
            nums = _nums(vs["active"][key])
            lines.append(f"{label} {nums}".rstrip())
        if i == page_break_after:
            lines.append("- 2 -")
    return "\n".join(lines) + "\n"


def pdf_applications(vs: dict, stray: str | None = None) -> str:
    """Table 三 as pdfplumber writes a ruled table's text: header words scattered over
    lines, the vertical group label 三、本年度办理结果 one character per line (or prefixed
    to row lines), a wrapped label's numbers on their own line between or before its
    pieces, a page footer mid-table."""
    v = vs["applications"]
    n = lambda key: _nums(v[key])  # noqa: E731
    lines = []
    if stray:
        lines.append(stray)
    lines += ["申请人情况", "法人或其他组织",
              "（本列数据的勾稽关系为：第一项加第二项之和，等", "于第三项加第四项之和）",
              "自然人 社会 法律 总计", "商业 科研", "公益 服务 其他", "企业 机构", "组织 机构",
              f"一、本年新收政府信息公开申请数量 {n('new')}",
              f"二、上年结转政府信息公开申请数量 {n('carried_over')}",
              f"（一）予以公开 {n('granted')}",
              "（二）部分公开（区分处理的，只计这一情 形，不", n("partial"), "计其他情形）",
              n("denied.state_secret"), "1.属于国家秘密",
              f"三 2.其他法律行政法规禁止公开 {n('denied.law_forbidden')}",
              "、", n("denied.three_safety_one_stability"), "本 3.危及“三安全一稳定”",
              "年", f"度 4.保护第三方合法权益 {n('denied.third_party')}",
              "办 （三）不予公开", f"理 5.属于三类内部事务信息 {n('denied.internal_affairs')}",
              "结", f"果 6.属于四类过程性信息 {n('denied.process_info')}",
              f"7.属于行政执法案卷 {n('denied.enforcement_file')}",
              f"8.属于行政查询事项 {n('denied.admin_query')}",
              n("unavailable.not_held"), "1.本机关不掌握相关政府信息", "（四）无法提供",
              n("unavailable.needs_creation"), "2.没有现成信息需要另行制作",
              "- 3 -", "Page 4 - 政府信息公开工作年度报告",
              f"3.补正后申请内容仍不明确 {n('unavailable.unclear')}",
              f"1.信访举报投诉类申请 {n('not_processed.petition')}",
              f"2.重复申请 {n('not_processed.repeat')}",
              f"3.要求提供公开出版物 {n('not_processed.publication')}",
              "（五）不予处理", n("not_processed.massive"), "4.无正当理由大量反复 申请",
              "5.要求行政机关确认或重 新出具", n("not_processed.confirm"), "已获取信息"]
    if vs["applications_template"] == "2021":
        lines += ["1、申请人无正当理由逾期不补", f"正、行政机关不再处理其政府信 {n('other.no_correction')}",
                  "息公开申请", "（六）其", "2、申请人逾期未按收费通知要", "他处理",
                  f"求缴纳费用、行政机关不再处理 {n('other.no_fee')}", "其政府信息公开申请",
                  f"3、其他 {n('other.other')}"]
    else:
        lines.append(f"（六）其他处理 {n('other')}")
    lines += [f"（七）总计 {n('total')}", f"四、结转下年度继续办理 {n('carried_forward')}"]
    return "\n".join(x.rstrip() for x in lines if x.strip()) + "\n"


def pdf_review(vs: dict, vertical: bool = False) -> str:
    if vertical:
        head = ["行政复议 行政诉讼", "未经复议直接起诉 复议后起诉",
                "结 结 其 尚 结 结 其 尚 结 结 其 尚", "果 果 他 未 总 果 果 他 未 总 果 果 他 未 总",
                "维 纠 结 审 计 维 纠 结 审 计 维 纠 结 审 计", "持 正 果 结 持 正 果 结 持 正 果 结"]
    else:
        head = ["行政复议 行政诉讼", "未经复议直接起诉 复议后起诉", "结果 结果 其他 尚未", "总 计",
                "维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未", "总 计 总计",
                "维持 纠正 结果 审结 维持 纠正 结果 审结"]
    return "\n".join(head + [_nums(vs["review"])]) + "\n"


def flattened_active(vs: dict) -> str:
    """Table 二 with every separator stripped (a document-sharing site): one line."""
    out = []
    for title, headers, rows in active_blocks(vs):
        out.append(title + "信息内容" + "".join(headers))
        for key, label in rows:
            out.append(label + "".join(vs["active"][key]))
    return "".join(out) + "\n"


def flattened_applications(vs: dict) -> str:
    out = [APP_NOTE, "申请人情况", *APP_COLUMN_LABELS[:1], "法人或其他组织", *APP_COLUMN_LABELS[1:]]
    seen: set[str] = set()
    for key in app_rows(vs):
        for part in APP_LABELS[key]:
            if part and part not in seen:
                out.append(part)
                seen.add(part)
        out.append("".join(vs["applications"][key]))
    return "".join(out) + "\n"


def flattened_review(vs: dict) -> str:
    return "行政复议行政诉讼" + "".join(REVIEW_PARTS) + "未经复议直接起诉复议后起诉" + \
        "".join(REVIEW_PARTS) * 2 + "".join(vs["review"]) + "\n"


def skeleton_active(vs: dict) -> str:
    out = []
    for title, headers, rows in active_blocks(vs):
        out += [title, "信息内容", *headers]
        out += [label for _, label in rows]
    return "\n".join(out) + "\n"


def skeleton_applications(vs: dict) -> str:
    out = [APP_NOTE, "申请人情况", "自然人", "法人或其他组织", *APP_COLUMN_LABELS[1:]]
    seen: set[str] = set()
    for key in app_rows(vs):
        for part in APP_LABELS[key]:
            if part and part not in seen:
                out.append(part)
                seen.add(part)
        if key == "denied.process_info":
            out.append("0")  # the one stray number the skeleton kept
    return "\n".join(out) + "\n"


def skeleton_review(vs: dict) -> str:
    return "\n".join(["行政复议", "行政诉讼", *REVIEW_PARTS, "未经复议直接起诉", "复议后起诉",
                      *(REVIEW_PARTS * 2)]) + "\n"


# --------------------------------------------------------------------------- reports

HEAD = "{agency}2023年政府信息公开工作年度报告\n\n一、总体情况\n\n{agency}认真贯彻《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。\n\n"
H2 = "二、主动公开政府信息情况\n\n"
H3 = "三、收到和处理政府信息公开申请情况\n\n"
H4 = "四、政府信息公开行政复议、行政诉讼情况\n\n"
TAIL = ("五、存在的主要问题及改进情况\n\n政务公开的深度和广度还有待提升。下一步将加强业务培训。\n\n"
        "六、其他需要报告的事项\n\n本年度未收取信息处理费。\n")

AGENCY = {"seed": "某市应急管理局", "distinct": "某县自然资源局", "hongze23": "某区人民政府",
          "tpl2019": "某经济开发区管委会", "blanks": "某镇人民政府"}


def text_report(vs: dict, t2: str, t3: str, t4: str) -> str:
    return HEAD.format(agency=AGENCY[vs["name"]]) + H2 + t2 + "\n" + H3 + t3 + "\n" + H4 + t4 + "\n" + TAIL


def grid_report(vs: dict, origin: str, grids: tuple[Grid, Grid, Grid]) -> dict:
    parts: list[dict] = [{"text": HEAD.format(agency=AGENCY[vs["name"]])}]
    for heading, g in zip((H2, H3, H4), grids):
        parts.append({"text": heading})
        parts.append({"table": {"origin": origin, "cells": [list(c) for c in g.cells]}})
    parts.append({"text": TAIL})
    return {"parts": parts}


# --------------------------------------------------------------------------- expectations


def cell_expectation(raw: str):
    raw = raw.strip()
    if raw == "":
        return None
    if raw in ("/", "—", "-", "－"):
        return "/"
    number = raw.rstrip("元").lstrip("+")
    value = float(number) if "." in number else int(number)
    return value


def lossy_row(raws: list[str], check) -> list:
    """What can be known of a row whose blank cells left no trace: every way to put the
    written values (in order) into the columns; keep the ways that add up when any does;
    a column is known when every way agrees on it, else '?'."""
    import itertools

    written = [cell_expectation(r) for r in raws if r.strip()]
    n = len(raws)
    if len(written) == n:
        return written
    ways = []
    for positions in itertools.combinations(range(n), len(written)):
        row = [None] * n
        for value, p in zip(written, positions):
            row[p] = value
        ways.append(row)
    numeric = lambda row: [v if isinstance(v, (int, float)) else None for v in row]  # noqa: E731
    good = [w for w in ways if check(numeric(w)) is not False] if check else ways
    ways = good or ways
    return [ways[0][j] if all(w[j] == ways[0][j] for w in ways) else "?" for j in range(n)]


def row_adds_up(values):
    *parts, total = values
    if total is None:
        return None
    return abs(sum(p or 0 for p in parts) - total) < 1e-9


def blocks_add_up(values):
    verdicts = [row_adds_up(values[i:i + 5]) for i in range(0, 15, 5)]
    if any(v is False for v in verdicts):
        return False
    return True if any(verdicts) else None


def expected_tables(vs: dict, renderings: dict[str, str], lossy: bool = False,
                    unknown_rows: dict[str, set[str]] | None = None,
                    drop_rows: dict[str, set[str]] | None = None) -> dict:
    """What the parser must read back. ``lossy``: blanks leave no trace in this rendering,
    so a row with a blank cell cannot be placed (every cell '?')."""
    unknown_rows = unknown_rows or {}
    drop_rows = drop_rows or {}
    out: dict = {}
    # table 二
    cells: dict = {}
    cols = ACTIVE_COLUMNS[vs["active_template"]]
    for _, _, rows in active_blocks(vs):
        for key, _ in rows:
            if key in drop_rows.get("active_disclosure", set()):
                continue
            raws = vs["active"][key]
            if key in unknown_rows.get("active_disclosure", set()):
                cells[key] = {c: "?" for c in cols[key]}
            elif lossy and any(not r for r in raws):
                cells[key] = dict(zip(cols[key], lossy_row(raws, None)))
            else:
                cells[key] = {c: cell_expectation(r) for c, r in zip(cols[key], raws)}
    out["active_disclosure"] = {"template": vs["active_template"], "rendering": renderings["active_disclosure"],
                                "cells": cells}
    # table 三
    cells = {}
    for key in app_rows(vs):
        if key in drop_rows.get("applications", set()):
            continue
        raws = vs["applications"][key]
        if key in unknown_rows.get("applications", set()):
            cells[key] = {c: "?" for c in APPLICANT_COLUMNS}
        elif lossy and any(not r for r in raws):
            cells[key] = dict(zip(APPLICANT_COLUMNS, lossy_row(raws, row_adds_up)))
        else:
            cells[key] = {c: cell_expectation(r) for c, r in zip(APPLICANT_COLUMNS, raws)}
    out["applications"] = {"template": vs["applications_template"], "rendering": renderings["applications"],
                           "cells": cells}
    # table 四
    raws = vs["review"]
    if "*" in unknown_rows.get("review_litigation", set()):
        flat = ["?"] * 15
    elif lossy and any(not r for r in raws):
        flat = lossy_row(raws, blocks_add_up)
    else:
        flat = [cell_expectation(r) for r in raws]
    cells = {}
    for b, block in enumerate(REVIEW_BLOCKS):
        cells[block] = {c: flat[b * 5 + j] for j, c in enumerate(REVIEW_COLUMNS)}
    review_template = vs["applications_template"]
    out["review_litigation"] = {"template": review_template, "rendering": renderings["review_litigation"],
                                "cells": cells}
    return out


def same(rendering: str) -> dict[str, str]:
    return {"active_disclosure": rendering, "applications": rendering, "review_litigation": rendering}


# --------------------------------------------------------------------------- the suite


def build_cases() -> dict[str, tuple[str, object, dict]]:
    """name -> (kind 'txt'|'grid', content, expected)."""
    cases: dict[str, tuple[str, object, dict]] = {}

    def add_text(name: str, vs: dict, t2: str, t3: str, t4: str, rendering, **kw) -> None:
        rend = same(rendering) if isinstance(rendering, str) else rendering
        cases[name] = ("txt", text_report(vs, t2, t3, t4), {"tables": expected_tables(vs, rend, **kw)})

    for name, vs in VALUE_SETS.items():
        ga, gp, gr = active_grid(vs), applications_grid(vs), review_grid(vs)
        lossy = name == "blanks"
        if name == "seed":
            add_text(f"{name}-tsv-seedstyle", vs, seed_tsv_active(vs), seed_tsv_applications(vs),
                     seed_tsv_review(vs), "tsv")
        add_text(f"{name}-tsv", vs, grid_tsv(ga), grid_tsv(gp), grid_tsv(gr), "tsv")
        add_text(f"{name}-pipe-rows", vs, grid_pipe_rows(ga), split_header_row(grid_pipe_rows(
                 applications_grid(vs, split_headers=True))), grid_pipe_rows(gr), "pipe-rows")
        add_text(f"{name}-pipe-cell-lines", vs, grid_cell_lines_pipe_end(ga), grid_cell_lines_pipe_end(gp),
                 grid_cell_lines_pipe_end(gr), "pipe-cells")
        add_text(f"{name}-pipe-own-lines", vs, grid_cell_lines_pipe_own(ga), grid_cell_lines_pipe_own(gp),
                 grid_cell_lines_pipe_own(gr), "pipe-cells")
        add_text(f"{name}-pipe-padded", vs, grid_pipe_padded(ga), grid_pipe_padded(gp), grid_pipe_padded(gr),
                 "pipe-cells")
        add_text(f"{name}-cell-per-line", vs, grid_cell_per_line(active_grid(vs, header_break=True)),
                 grid_cell_per_line(gp), grid_cell_per_line(gr), "cell-per-line", lossy=lossy)
        add_text(f"{name}-pdf-lines", vs, pdf_active(vs), pdf_applications(vs), pdf_review(vs, vertical=name == "seed"),
                 "pdf-lines", lossy=lossy)
        cases[f"{name}-html-grid"] = ("grid", grid_report(vs, "html", (active_grid(vs, header_break=True),
                                                                      applications_grid(vs, split_headers=True),
                                                                      review_grid(vs))),
                                      {"tables": expected_tables(vs, same("html-grid"))})
        cases[f"{name}-html"] = ("html", html_report(vs, (active_grid(vs, header_break=True),
                                                         applications_grid(vs, split_headers=True),
                                                         review_grid(vs, split_words=True))),
                                 {"tables": expected_tables(vs, same("html-grid"))})
        cases[f"{name}-docx-grid"] = ("grid", grid_report(vs, "docx", (ga, gp, review_grid(vs, split_words=True))),
                                      {"tables": expected_tables(vs, same("docx-grid"))})
        cases[f"{name}-pdf-grid"] = ("grid", grid_report(vs, "pdf", (ga, applications_grid(vs, vertical_group=True),
                                                                    review_grid(vs, split_words=True))),
                                     {"tables": expected_tables(vs, same("pdf-grid"))})

    seed, distinct, tpl = VALUE_SETS["seed"], VALUE_SETS["distinct"], VALUE_SETS["tpl2019"]
    # flattened runs: every cell of the seed is one digit, so every cut is certain
    add_text("seed-flattened", seed, flattened_active(seed), flattened_applications(seed), flattened_review(seed),
             "flattened")
    # a 2019 table 二 flattened as on the dev-zone page: 规章555 is certain (three digits,
    # three columns), …文件141414 is not (14/14/14, 14/1/414, 141/4/14 all fit)
    flat2019 = dict(tpl, active={**tpl["active"], "regulations": ["5", "5", "5"],
                                 "normative_documents": ["14", "14", "14"],
                                 "licensing": ["0", "0", "0"], "other_services": ["0", "0", "0"],
                                 "punishment": ["0", "0", "0"], "coercion": ["0", "0", "0"],
                                 "fees": ["0", "0"], "procurement": ["0", "0"]})
    add_text("tpl2019-flattened-active", flat2019, flattened_active(flat2019), grid_tsv(applications_grid(tpl)),
             grid_tsv(review_grid(tpl)), {"active_disclosure": "flattened", "applications": "tsv",
                                          "review_litigation": "tsv"},
             unknown_rows={"active_disclosure": {"normative_documents"}})
    # a missing row: 3.危及“三安全一稳定” deleted from a TSV table 三
    tsv3 = grid_tsv(applications_grid(distinct))
    tsv3 = "\n".join(line for line in tsv3.split("\n") if "三安全" not in line)
    add_text("distinct-missing-row", distinct, grid_tsv(active_grid(distinct)), tsv3, grid_tsv(review_grid(distinct)),
             "tsv", drop_rows={"applications": {"denied.three_safety_one_stability"}})
    # a stray number line before a table (a count left over from the page, a page number)
    add_text("distinct-stray-numbers", distinct, "2023\n" + grid_tsv(active_grid(distinct)),
             pdf_applications(distinct, stray="18 6"), "3\n" + pdf_review(distinct),
             {"active_disclosure": "tsv", "applications": "pdf-lines", "review_litigation": "pdf-lines"})
    # label typos seen in real tables, and full-width punctuation inside labels
    typo3 = (grid_tsv(applications_grid(distinct)).replace("三类内部事务", "三类内容事务")
             .replace("只计这一情形，不计其他情形", "只计这一情况，不计其他情况")
             .replace("其他法律行政法规禁止公开", "其他法律行政止公开"))
    add_text("distinct-label-typos", distinct, grid_tsv(active_grid(distinct)).replace("（单位：万元）", "(单位:万元)"),
             typo3, grid_tsv(review_grid(distinct)), "tsv")
    # a traditional-character mirror copy (every character of the table words that has a
    # traditional form written in it)
    trad = str.maketrans(TO_TRADITIONAL)
    add_text("distinct-traditional", distinct, grid_tsv(active_grid(distinct)).translate(trad),
             grid_tsv(applications_grid(distinct)).translate(trad),
             grid_tsv(review_grid(distinct)).translate(trad), "tsv")
    name, kind_content_exp = "distinct-traditional", cases["distinct-traditional"]
    cases[name] = ("txt", kind_content_exp[1].translate(trad), kind_content_exp[2])
    # no part headings at all (a scraped page lost them): tables found by their own words
    bare = text_report(seed, seed_tsv_active(seed), seed_tsv_applications(seed), seed_tsv_review(seed))
    for heading in (H2, H3, H4):
        bare = bare.replace(heading, "")
    cases["seed-no-headings"] = ("txt", bare, {"tables": expected_tables(seed, same("tsv"))})
    # tables missing: the headings follow each other (the tables were images)
    cases["missing-tables"] = ("txt", text_report(seed, "", "", ""),
                               {"tables": {k: {"template": "unknown", "rendering": "missing", "cells": {}}
                                           for k in ("active_disclosure", "applications", "review_litigation")}})
    # skeleton: every label, no numbers but one stray 0
    skel = {"tables": expected_tables(seed, same("skeleton"),
                                      unknown_rows={"active_disclosure": set(seed["active"]),
                                                    "applications": set(rows_2021()),
                                                    "review_litigation": {"*"}})}
    skel["tables"]["review_litigation"]["template"] = "2021"
    cases["seed-skeleton"] = ("txt", text_report(seed, skeleton_active(seed), skeleton_applications(seed),
                                                 skeleton_review(seed)), skel)
    return cases


def write(out_dir: Path = HERE) -> int:
    cases = build_cases()
    case_dir, exp_dir = out_dir / "cases", out_dir / "expected"
    for d in (case_dir, exp_dir):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.iterdir():
            old.unlink()
    for name, (kind, content, expected) in sorted(cases.items()):
        if kind in ("txt", "html"):
            (case_dir / f"{name}.{kind}").write_text(content, encoding="utf-8")
        else:
            (case_dir / f"{name}.grid.json").write_text(
                json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (exp_dir / f"{name}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    real_dir = out_dir / "real"
    real_dir.mkdir(exist_ok=True)
    for pdf, vs in sorted(REAL_PDFS.items()):
        exp = {"tables": expected_tables(vs, same(None))}
        (real_dir / f"{pdf}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    return len(cases)


if __name__ == "__main__":
    print(f"{write()} cases written to {HERE}")
