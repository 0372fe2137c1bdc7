"""Report quality: what a reviewer notes before any number is compared.

* a table the 2019/2021 template requires that was not read although its part is there
  (tables as images, iframes, or left out: field guide §2, shape 10);
* a table written mostly as blanks or '/' (a blank cannot tell 0 from "not filled in"), or
  not filled in at all;
* a section 五 that is empty or says only 无.

A page cut from mid-report (:attr:`Metadata.fragment`) or cut off at its end shows only part
of a report: what it does not show is NOT_ASSESSABLE, never a missing table or an empty 五."""
from __future__ import annotations

import regex

from .context import Context
from .labels import table_name
from .model import Evidence
from .verdicts import make, not_assessable

#: the standard parts in order: a part is "not shown" when no later part is either
PART_ORDER = ("overview", "active_disclosure", "applications", "review_litigation", "problems", "other")
#: the parts that hold a table, with their names as the report's headings give them
TABLE_PARTS: tuple[tuple[str, str], ...] = (
    ("active_disclosure", "第二部分“主动公开政府信息情况”"),
    ("applications", "第三部分“收到和处理政府信息公开申请情况”"),
    ("review_litigation", "第四部分“政府信息公开行政复议、行政诉讼情况”"),
)
#: share of a table's cells blank or '/' from which the table is noted as mostly unfilled
BLANK_SHARE = 0.5
#: fewer rows than this read from a table are no evidence of how it was filled in (a
#: sentence of prose that names a row label reads as a one-row table)
MIN_ROWS = 3
#: a 五 that says nothing: 无 / 暂无 / 没有 (存在) 问题, once punctuation and spaces are gone
_NOTHING = regex.compile(r"^(?:暂)?(?:无|没有)(?:存在)?(?:明显|突出)?(?:的)?(?:主要)?(?:相关)?(?:问题|情况)?$")
_NOT_TEXT = regex.compile(r"[\s\p{P}\p{S}]+")
#: the template's own placeholder where the text goes (the 2021 template: （文字描述）)
_PLACEHOLDER = regex.compile(r"[(（]\s*(?:文字描述|请填写|此处填写)[^)）\n]{0,30}[)）]")


def _shown_after(ctx: Context, key: str) -> bool:
    """Whether a standard part after ``key`` is in the text (so the text runs past it)."""
    later = PART_ORDER[PART_ORDER.index(key) + 1:]
    return any(ctx.sections.get(k) is not None for k in later) if ctx.sections else False


def _old_outline(ctx: Context) -> bool:
    year = ctx.metadata.year if ctx.metadata else None
    template = ctx.metadata.template if ctx.metadata else "unknown"
    return template == "pre-2019" or (year is not None and year < 2019)


def missing_tables(ctx: Context, rule):
    """A part of 二/三/四 whose table was not read."""
    if _old_outline(ctx):
        return not_assessable(rule, "2019年以前的报告格式没有统一的统计表格")
    fragment = bool(ctx.metadata and ctx.metadata.fragment)
    findings = []
    for key, part in TABLE_PARTS:
        name = table_name(key)
        section = ctx.sections.get(key) if ctx.sections else None
        table = (ctx.tables or {}).get(key)
        if ctx.has_table(key):
            findings.append(make(rule, "PASS", f"{part}：读到{name}", unit=name,
                                 evidence=[Evidence(start=table.start, end=table.end)]
                                 if table.start is not None else ()))
        elif fragment:
            findings.append(make(rule, "NOT_ASSESSABLE", f"{part}：页面为报告片段（从报告中间截取），"
                                 f"{name}可能在页面之外，不作缺表判断", unit=name))
        elif section is not None and _shown_after(ctx, "review_litigation"):
            # the text runs on to 五 or 六: the table is not beyond a cut page's end. Still not a
            # FAIL: sites often serve the tables as images (on the 214 real pages, 9 pages had
            # 二/三/四 headings one after another with no table text), which the text cannot
            # tell from a table never filled in — a reviewer checks the original
            findings.append(make(rule, "UNCERTAIN", f"{part}有标题，但未读到{name}：表格可能以图片等无法读取的形式"
                                 f"嵌入，或未按模板填报；请核对原文",
                                 expected="表格", found=None, unit=name,
                                 evidence=[Evidence(start=section.start, end=section.end)]))
        elif section is not None:
            findings.append(make(rule, "UNCERTAIN", f"{part}有标题，但未读到{name}；文本未到第五部分即结束，"
                                 f"表格可能在截断处之后", unit=name,
                                 evidence=[Evidence(start=section.start, end=section.end)]))
        elif _shown_after(ctx, key):
            findings.append(make(rule, "UNCERTAIN", f"未找到{part}，也未读到{name}（标题写法可能未被识别）",
                                 unit=name))
        else:
            findings.append(make(rule, "NOT_ASSESSABLE", f"{part}：文本在此部分之前结束，无法判断是否缺表",
                                 unit=name))
    return _merge_passes(rule, findings, "表二、表三、表四均已读到")


def _merge_passes(rule, findings: list, message: str) -> tuple:
    """Findings other than PASS one by one; the passes as one finding when all three tables
    pass (a reviewer needs no three lines saying each is fine)."""
    passed = [f for f in findings if f.status == "PASS"]
    if len(passed) < len(TABLE_PARTS):
        return tuple(findings)
    return (make(rule, "PASS", message, evidence=[e for f in passed for e in f.evidence], unit="3表"),)


def blank_cells(ctx: Context, rule):
    """Tables written mostly as blanks or '/', or not at all."""
    findings = []
    for key, _ in TABLE_PARTS:
        table = ctx.table(key)
        if table is None:
            continue
        name = table_name(key)
        if len({v.row for v in table.values}) < MIN_ROWS:
            continue
        statuses = [v.status for v in table.values]
        total = len(statuses)
        blank, na = statuses.count("blank"), statuses.count("not_applicable")
        written, unread = statuses.count("value"), statuses.count("unknown")
        evidence = [Evidence(start=table.start, end=table.end)] if table.start is not None else []
        share = (blank + na) / total
        counts = f"{total}个单元格中{blank}个空白、{na}个为“/”（{round(share * 100)}%）"
        if not written and not unread:
            findings.append(make(rule, "FAIL", f"{name}未填写任何数字：{counts}；模板要求没有数据时填0",
                                 expected="填写数字（无数据时填0）", found=f"{blank + na}/{total}空白或“/”",
                                 evidence=evidence, unit=name))
        elif share >= BLANK_SHARE:
            findings.append(make(rule, "UNCERTAIN",
                                 f"{name}{counts}：空白不能区分“0”与“未填写”，相关核对把空白按0计",
                                 expected=f"空白或“/”少于{round(BLANK_SHARE * 100)}%", found=round(share, 3),
                                 evidence=evidence, unit=name, severity="info"))
        else:
            findings.append(make(rule, "PASS", f"{name}：{counts}", found=round(share, 3), unit=name))
    if not findings:
        return not_assessable(rule, f"未读到表二、表三、表四（或所读表格不足{MIN_ROWS}行）")
    return _merge_passes(rule, findings, "表二、表三、表四的空白或“/”单元格均少于"
                                         f"{round(BLANK_SHARE * 100)}%（"
                                         + "；".join(f.message for f in findings) + "）")


def empty_problems(ctx: Context, rule):
    """A section 五 with no content, or only 无."""
    section = ctx.sections.get("problems") if ctx.sections else None
    if section is None:
        if ctx.metadata and ctx.metadata.fragment:
            return not_assessable(rule, "页面为报告片段（从报告中间截取），未包含第五部分")
        if not _shown_after(ctx, "problems") and not _shown_after(ctx, "review_litigation"):
            return not_assessable(rule, "文本在第五部分之前结束")
        return (make(rule, "UNCERTAIN", "未找到第五部分“存在的主要问题及改进情况”（标题写法可能未被识别）"),)
    body = ctx.text[section.body_start:section.end]
    compact = _NOT_TEXT.sub("", _PLACEHOLDER.sub("", body))
    span = [Evidence(start=section.start, end=section.end)]
    if not compact and _PLACEHOLDER.search(body):
        return (make(rule, "FAIL", f"第五部分“{section.title}”只有模板的占位文字“{body.strip()}”，未填写",
                     expected="问题及改进情况", found=body.strip(), evidence=span),)
    if _NOTHING.match(compact) and compact:
        return (make(rule, "FAIL", f"第五部分“{section.title}”只写了“{body.strip()}”：应写明本年工作存在的"
                                   f"主要问题及改进情况", expected="问题及改进情况", found=body.strip(),
                     evidence=span),)
    if not compact:
        if not _shown_after(ctx, "problems"):
            return (make(rule, "UNCERTAIN", f"第五部分“{section.title}”只有标题，其后文本即结束，可能被截断",
                         evidence=span),)
        return (make(rule, "FAIL", f"第五部分“{section.title}”只有标题，没有内容", expected="问题及改进情况",
                     found="", evidence=span),)
    return (make(rule, "PASS", f"第五部分有内容（{len(compact)}字）", evidence=span),)


__all__ = ["missing_tables", "blank_cells", "empty_problems"]
