"""The Word draft of the 通报 (python-docx): the confirmed findings still raised, by agency, each
with its evidence quoted and the reviewer's note; a summary by kind of problem; blanks for what
only the issuing office can fill in (its name, the deadline, the date). A draft to edit, in the
usual layout of an official circular (方正小标宋 title, 黑体 headings, 仿宋 body, where the
machine has those fonts).
"""
from __future__ import annotations

import io
from collections import Counter, defaultdict
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from .labels import rule_name

BODY_FONT, HEADING_FONT, TITLE_FONT = "仿宋_GB2312", "黑体", "方正小标宋简体"
_CN_ORDINALS = "一二三四五六七八九十"


def _ordinal(n: int) -> str:
    """1 -> 一, 12 -> 十二, 25 -> 二十五 (agencies are numbered （一）（二）...)."""
    if n <= 10:
        return _CN_ORDINALS[n - 1]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _CN_ORDINALS[tens - 1]
    return head + "十" + (_CN_ORDINALS[units - 1] if units else "")


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _para(doc, text: str, *, font: str = BODY_FONT, size: float = 16, bold: bool = False, indent: bool = True,
          align=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(28)
    _font(p.add_run(text), font, size, bold)
    return p


def circular(rows, records, when: datetime) -> bytes:
    from .exports import main_year

    confirmed = [r for r in records if r.decision and r.decision.state == "confirmed"]
    listed = [r for r in confirmed if r.raised]
    gone = len(confirmed) - len(listed)
    by_agency: dict[tuple, list] = defaultdict(list)
    for rec in listed:
        by_agency[(rec.report.get("agency") or rec.report.get("source") or "（未识别机关）",
                   rec.report.get("year"))].append(rec)
    year = main_year(rows, records)
    checked = sum(1 for r in rows if r["report_status"] == "ok")
    unreadable = len(rows) - checked

    doc = Document()
    doc.core_properties.title = "政府信息公开工作年度报告检查情况通报（草稿）"
    doc.core_properties.author = "textmine review"
    doc.core_properties.created = when.replace(tzinfo=None)
    doc.core_properties.modified = when.replace(tzinfo=None)
    doc.core_properties.last_modified_by = "textmine review"
    doc.core_properties.revision = 1

    _para(doc, f"关于{year or '____'}年度政府信息公开工作年度报告检查情况的通报（草稿）", font=TITLE_FONT, size=22,
          indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "", indent=False)
    _para(doc, "各有关单位：", indent=False)
    _para(doc, f"按照政府信息公开工作年度报告格式和报送的有关要求，我办对{checked}家单位报送的"
               f"{year or '____'}年度政府信息公开工作年度报告进行了检查，逐项核对了报告文字与统计表格的数据。"
               f"经审核确认，{len(by_agency)}家单位的报告存在{len(listed)}处需要更正的问题。现将有关情况通报如下。")

    _para(doc, "一、总体情况", font=HEADING_FONT)
    summary = f"本次共检查年度报告{len(rows)}份"
    summary += f"（其中{unreadable}份文件无法读取，需重新报送）" if unreadable else ""
    summary += f"，经审核确认的问题{len(listed)}处，涉及{len(by_agency)}家单位。"
    if gone:
        summary += f"另有{gone}处已确认的问题在更正后的报告中已不再出现，未列入本通报。"
    _para(doc, summary)
    kinds = Counter(rule_name(r.rule) for r in listed)
    agencies_per_kind: dict[str, set] = defaultdict(set)
    for (agency, y), items in by_agency.items():
        for rec in items:
            agencies_per_kind[rule_name(rec.rule)].add((agency, y))
    if kinds:
        _para(doc, "按问题类型统计如下：")
        table = doc.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("问题类型", "处数", "涉及单位数")):
            _font(cell.paragraphs[0].add_run(text), HEADING_FONT, 12)
        for kind, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            cells = table.add_row().cells
            for cell, text in zip(cells, (kind, str(count), str(len(agencies_per_kind[kind])))):
                _font(cell.paragraphs[0].add_run(text), BODY_FONT, 12)

    _para(doc, "二、存在的问题", font=HEADING_FONT)
    if not by_agency:
        _para(doc, "经审核，未确认需要通报的问题。")
    for i, ((agency, y), items) in enumerate(sorted(by_agency.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)),
                                             start=1):
        _para(doc, f"（{_ordinal(i)}）{agency}" + (f"（{y}年度报告）" if y else ""), font=BODY_FONT, bold=True)
        for k, rec in enumerate(items, start=1):
            _para(doc, f"{k}. {rule_name(rec.rule)}：{rec.message}")
            if rec.evidence:
                _para(doc, "原文：" + "；".join(rec.evidence))
            if rec.decision and rec.decision.note:
                _para(doc, f"审核意见：{rec.decision.note}")

    _para(doc, "三、整改要求", font=HEADING_FONT)
    _para(doc, "请上述单位对照本通报所列问题逐项核实，于____年__月__日前完成更正，将更正后的年度报告重新报送，"
               "并在本单位政府信息公开专栏更新发布；对无法读取的报告文件，请重新报送可读取的文件。")
    _para(doc, "")
    _para(doc, "（发文单位）", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "____年__月__日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


__all__ = ["circular"]
