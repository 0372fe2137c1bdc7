"""Table and section quality: what the standard format asks to be there, as peers check it.

* :func:`tables_read` — a part whose heading is there (二/三/四) but whose table could not be
  read: missing, or put in as a picture (a scan, a screenshot), which the text cannot tell
  apart: UNCERTAIN, for a reviewer to look at the page;
* :func:`tables_filled` — cells left blank or written as '/': the format asks for a number in
  every cell (0 where there is none). A table with no number at all is a FAIL (an unfilled
  template); many blanks are UNCERTAIN (blank often stands for 0);
* :func:`five_filled` — 五 (存在的主要问题及改进情况) empty or just "无": a FAIL.

A page cut from the middle of a report (``metadata.fragment``) lacks what it does not show:
what it lacks is NOT_ASSESSABLE, never a FAIL.
"""
from __future__ import annotations

import regex

from .context import Context
from .labels import table_name
from .model import Evidence
from .verdicts import collapse, make

#: the part whose heading announces each table
TABLE_SECTIONS: tuple[tuple[str, str], ...] = (
    ("active_disclosure", "active_disclosure"),
    ("applications", "applications"),
    ("review_litigation", "review_litigation"),
)
#: the formats whose parts 二, 三 and 四 are tables (the 2019 and 2021 年报格式)
TABLE_TEMPLATES = frozenset({"2019", "2021"})
#: share of blank or '/' cells over which a table is called sparsely filled
BLANK_SHARE = 0.5
#: a 五 that says nothing: empty, a bare 无/暂无/没有, or the template's own placeholder
#: (``(文字描述)``, ``……``), with punctuation
_NOTHING = regex.compile(r"[\s。.,;:、]*(?:无|暂无|没有|无相关情况|\(文字描述\)|\(略\)|…+|\.{3,})?[\s。.,;:、]*")


def _fragment(ctx: Context) -> bool:
    return bool(ctx.metadata is not None and getattr(ctx.metadata, "fragment", False))


def tables_read(ctx: Context, rule):
    findings = []
    template = getattr(ctx.metadata, "template", None) if ctx.metadata is not None else None
    # (a report on 2019 or later uses a format with tables, whatever its tables let us read)
    year = getattr(ctx.metadata, "year", None) if ctx.metadata is not None else None
    end_of_text = len(ctx.doc.text.rstrip())
    for table_key, section_key in TABLE_SECTIONS:
        section = ctx.sections.get(section_key)
        name = table_name(table_key)
        if ctx.has_table(table_key):
            findings.append(make(rule, "PASS", f"{name}：已读取表格", unit=name))
        elif section is None:
            why = "页面不含该部分（页面截取自报告中部）" if _fragment(ctx) else "未找到该部分"
            findings.append(make(rule, "NOT_ASSESSABLE", f"{name}：无法核对，{why}", unit=name))
        elif template not in TABLE_TEMPLATES and not (template == "unknown" and year is not None and year >= 2019):
            why = ("本报告采用2019年以前的格式，正文不要求该表" if template == "pre-2019"
                   else "未能确定报告格式，无法判断该部分是否应有表格")
            findings.append(make(rule, "NOT_ASSESSABLE", f"{name}：无法核对，{why}", unit=name))
        elif section.end >= end_of_text:
            findings.append(make(rule, "NOT_ASSESSABLE", f"{name}：无法核对，页面在该部分中截断", unit=name))
        else:
            findings.append(make(rule, "UNCERTAIN",
                                 f"{name}：有“{section.title}”标题，但未读取到表格——表格缺失，或以图片等形式插入"
                                 "（文本中无法区分），请查看原件",
                                 evidence=[Evidence(start=section.start, end=section.body_start)], unit=name))
    return collapse(rule, findings, what="张表")


def tables_filled(ctx: Context, rule):
    findings = []
    for table_key, _ in TABLE_SECTIONS:
        table = ctx.table(table_key)
        name = table_name(table_key)
        if table is None:
            findings.append(make(rule, "NOT_ASSESSABLE", f"{name}：无法核对，未读取到表格", unit=name))
            continue
        cells = [v for v in table.values if v.status != "unknown"]
        empty = [v for v in cells if v.status in ("blank", "not_applicable")]
        evidence = [Evidence(start=v.start, end=v.end) for v in empty[:20] if v.start is not None]
        if not cells:
            findings.append(make(rule, "NOT_ASSESSABLE", f"{name}：无法核对，单元格均无法确定", unit=name))
        elif len(empty) == len(cells):
            findings.append(make(rule, "FAIL", f"{name}：{len(cells)}个单元格均为空白或“/”，表格未填写"
                                               "（无数据的单元格应填0）",
                                 expected="每格填写数字", found=f"{len(empty)}格空白", evidence=evidence, unit=name))
        elif len(empty) > BLANK_SHARE * len(cells):
            findings.append(make(rule, "UNCERTAIN", f"{name}：{len(cells)}个单元格中{len(empty)}个为空白或“/”"
                                                    "（格式要求无数据填0；空白可能表示0）",
                                 expected="每格填写数字", found=f"{len(empty)}格空白", evidence=evidence, unit=name))
        else:
            note = f"，{len(empty)}格空白或“/”" if empty else ""
            findings.append(make(rule, "PASS", f"{name}：{len(cells)}个单元格已填写{note}", unit=name))
    return collapse(rule, findings, what="张表")


def five_filled(ctx: Context, rule):
    section = ctx.sections.get("problems")
    if section is None:
        why = "页面不含第五部分（页面截取自报告中部）" if _fragment(ctx) else "未找到第五部分"
        return (make(rule, "NOT_ASSESSABLE", f"{rule.description}：无法核对，{why}"),)
    body = ctx.doc.text[section.body_start:section.end]
    if _NOTHING.fullmatch(body):
        if _fragment(ctx) and section.end >= len(ctx.doc.text.rstrip()):
            return (make(rule, "NOT_ASSESSABLE", f"{rule.description}：无法核对，页面在第五部分标题后截断",
                         evidence=[Evidence(start=section.start, end=section.end)]),)
        said = body.strip() or "（空）"
        return (make(rule, "FAIL", f"第五部分“{section.title}”只写了“{said}”，没有陈述存在的问题及改进情况",
                     expected="存在的问题及改进情况", found=said,
                     evidence=[Evidence(start=section.start, end=section.end)]),)
    return (make(rule, "PASS", f"{rule.description}：第五部分有内容", evidence=[Evidence(start=section.start,
                                                                                    end=section.body_start)]),)
