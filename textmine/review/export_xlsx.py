"""The Excel workbook of a review (openpyxl): 报告 (one row per report), 核对结果 (one row per
finding with its decision and note, and decisions whose finding is no longer raised), 说明.
Every sheet has a frozen header row and an autofilter, so a reviewer filters by agency, rule
or decision in Excel itself.
"""
from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .decisions import STATE_NAMES
from .labels import SEVERITY_NAMES, STATUS_NAMES, level_name, rule_description, rule_name
from .views import localtime

HEADER_FILL = PatternFill("solid", fgColor="DDE3EE")
#: characters Excel refuses in a cell (XML 1.0 control characters)
_ILLEGAL = {c: None for c in range(32) if c not in (9, 10, 13)}


def _cell(value):
    if isinstance(value, str):
        value = value.translate(_ILLEGAL)
        if value[:1] in ("=", "+", "-", "@"):  # never a formula: report text is untrusted
            value = "'" + value
    return value


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list], widths: dict[int, int], *, first: bool = False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    ws.append(header)
    for row in rows:
        ws.append([_cell(v) for v in row])
    for i, _ in enumerate(header, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = widths.get(i, 12)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, len(rows) + 1)}"
    return ws


def workbook(rows, records, extras, filters, when: datetime) -> bytes:
    wb = Workbook()
    extra_keys = list(extras.keys)
    report_header = ["机关", *(extras.labels[k] for k in extra_keys), "年度", "模板", "格式", "标题", "文件", "读取",
                     "错误", "警告", "提示", "存疑", "待审核", "已审核", "已确认", "已排除"]
    report_rows = []
    for r in rows:
        extra_values = [level_name(r[k]) if k == "level" else r[k] for k in extra_keys]
        report_rows.append([r["agency"], *extra_values, r["year"], r["template"], r["format"], r["title"], r["source"],
                            "正常" if r["report_status"] == "ok" else f"无法读取：{r['problem'] or ''}",
                            r["n_error"], r["n_warning"], r["n_info"], r["n_uncertain"], r["actionable"] - r["decided"],
                            r["decided"], r["confirmed"], r["dismissed"]])
    n = len(extra_keys)
    _sheet(wb, "报告", report_header, report_rows, {1: 30, 5 + n: 40, 6 + n: 50, 7 + n: 16}, first=True)

    finding_header = ["机关", "年度", "文件", "规则", "规则名称", "核对状态", "严重程度", "说明", "预期", "实际", "证据",
                      "审核结论", "审核意见", "审核人", "审核时间", "版本", "本次运行", "指纹"]
    finding_rows = []
    for rec in records:
        d = rec.decision
        finding_rows.append([
            rec.report.get("agency"), rec.report.get("year"), rec.report.get("source"), rec.rule, rule_name(rec.rule),
            STATUS_NAMES.get(rec.status, rec.status), SEVERITY_NAMES.get(rec.severity, rec.severity), rec.message,
            rec.expected, rec.found, "\n".join(rec.evidence),
            STATE_NAMES[d.state] if d else STATE_NAMES["open"], d.note if d else "", d.reviewer if d else "",
            localtime(d.updated_at) if d else "", d.version if d else 0,
            "仍出现" if rec.raised else ("现为" + STATUS_NAMES.get(rec.status, rec.status) if rec.ord is not None
                                         else "已不再出现"),
            rec.fingerprint])
    ws = _sheet(wb, "核对结果", finding_header, finding_rows,
                {1: 26, 3: 30, 4: 30, 5: 26, 8: 60, 11: 50, 13: 40, 15: 17, 18: 34})
    for row in ws.iter_rows(min_row=2):
        for i in (8, 11, 13):
            row[i - 1].alignment = Alignment(wrap_text=True, vertical="top")

    rules = sorted({rec.rule for rec in records})
    about = [["导出时间（最近一次审核）", localtime(when.strftime("%Y-%m-%dT%H:%M:%SZ"))],
             ["筛选", "；".join(f"{k}={v}" for k, v in filters.query().items() if k not in ("sort", "dir")) or "全部报告"],
             ["报告数", len(rows)], ["核对结果行数", len(records)],
             ["说明", "“核对结果”表列出全部不一致、存疑的核对结果，已作审核结论的其他结果，以及重新运行批处理后不再出现、"
                    "但保留了审核结论的结果（本次运行：已不再出现）。指纹用于在重新运行后关联同一结果。"]]
    about += [[rule, rule_description(rule)] for rule in rules]
    _sheet(wb, "说明", ["项目", "内容"], about, {1: 36, 2: 100})
    wb.properties.creator = "textmine review"
    wb.properties.created = when.replace(tzinfo=None)
    wb.properties.modified = when.replace(tzinfo=None)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


__all__ = ["workbook"]
