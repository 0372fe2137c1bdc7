"""The HTML audit page: one self-contained file a reviewer opens in any browser.

``render_html(report)`` builds the page (a pure function of the report: same report, same
bytes); ``write_html(report, path, overwrite=False)`` writes it atomically and never replaces
an existing file unless asked. The page has no scripts, no external stylesheets, fonts or
images: everything needed to read it is inline CSS and HTML. All text that came from the
report is escaped (a report is untrusted input).

Layout: summary -> findings (each linked to its evidence) -> the three tables with the cells
of failing checks marked -> narrative figures -> section 五 sentences -> the report text with
figures, evidence and 五 sentences highlighted. Ids: ``finding-N``, ``ev-N-K`` (a text span
of finding N), ``cell-TABLE-ROW-COLUMN``, ``fig-I``, ``sent-I``, ``sec-KEY``.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections import Counter, defaultdict
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import regex

from ..errors import TextmineError
from ..model import Report

if TYPE_CHECKING:  # pragma: no cover - typing only
    from ..reconcile.model import Finding

STATUS_ORDER = ("FAIL", "UNCERTAIN", "PASS", "NOT_ASSESSABLE")
STATUS_NAMES = {"FAIL": "不一致", "UNCERTAIN": "存疑", "PASS": "相符", "NOT_ASSESSABLE": "无法核对"}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
LABEL_NAMES = {"problem": "问题", "measure": "措施", "other": "其他"}

SECTION_TITLES = {
    "overview": "一、总体情况", "active_disclosure": "二、主动公开政府信息情况",
    "applications": "三、收到和处理政府信息公开申请情况", "review_litigation": "四、行政复议、行政诉讼情况",
    "problems": "五、存在的主要问题及改进情况", "other": "六、其他需要报告的事项",
}

#: canonical row / column order of each table (contract.md); rows or columns a parser adds
#: beyond these are shown after them, never dropped.
TABLE_LAYOUT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "active_disclosure": (
        ("regulations", "normative_documents", "licensing", "punishment", "coercion", "fees"),
        ("issued", "repealed", "in_force", "decisions", "amount")),
    "applications": (
        ("new", "carried_over", "granted", "partial", "denied.state_secret", "denied.law_forbidden",
         "denied.three_safety_one_stability", "denied.third_party", "denied.internal_affairs",
         "denied.process_info", "denied.enforcement_file", "denied.admin_query", "unavailable.not_held",
         "unavailable.needs_creation", "unavailable.unclear", "not_processed.petition",
         "not_processed.repeat", "not_processed.publication", "not_processed.massive",
         "not_processed.confirm", "other.no_correction", "other.no_fee", "other.other", "other",
         "other.total", "total",
         "carried_forward"),
        ("natural_person", "business", "research", "social_org", "legal_service", "other_org", "total")),
    "review_litigation": (
        ("reconsideration", "litigation_direct", "litigation_after_reconsideration"),
        ("upheld", "corrected", "other", "pending", "total")),
}

CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;
margin:0;color:#1d1d1f;background:#fafafa;line-height:1.55}
header,main>section{max-width:1100px;margin:0 auto;padding:12px 20px}
header{background:#fff;border-bottom:3px solid #334}
h1{font-size:1.45em;margin:.2em 0}h2{font-size:1.2em;border-bottom:1px solid #ccd;padding-bottom:4px}
h3{font-size:1.05em;margin:1em 0 .3em}
.meta{color:#555;margin:.2em 0}.meta span{margin-right:1.4em}
nav a{margin-right:1em}
.counts span{display:inline-block;padding:2px 10px;margin:4px 6px 4px 0;border-radius:10px;font-weight:bold}
.s-FAIL{background:#fde2e1;color:#a4161a}.s-UNCERTAIN{background:#fff1c9;color:#8a5a00}
.s-PASS{background:#dff3e4;color:#1b6b36}.s-NOT_ASSESSABLE{background:#e8e8ee;color:#555}
ol.findings{padding-left:2.2em}ol.findings li{margin:.45em 0;padding:6px 8px;background:#fff;border-left:5px solid #ccc}
li.f-FAIL{border-left-color:#d62828}li.f-UNCERTAIN{border-left-color:#e0a100}
li.f-PASS{border-left-color:#2d9d52}li.f-NOT_ASSESSABLE{border-left-color:#999}
.badge{font-size:.8em;padding:1px 7px;border-radius:8px;margin-right:.5em;font-weight:bold}
.rule{font-family:monospace;font-size:.85em;color:#445}
.ef{color:#444;font-size:.92em}.ev a{margin-right:.7em;font-size:.9em}
table.grid{border-collapse:collapse;background:#fff;margin:.4em 0 1.2em;font-size:.92em}
table.grid th,table.grid td{border:1px solid #bbc;padding:3px 7px;text-align:right}
table.grid th{background:#eef0f5;text-align:center}table.grid th.rowlabel{text-align:left;font-weight:normal}
td.cell-fail{background:#f8b4b1;outline:2px solid #d62828;font-weight:bold}
td.cell-uncertain{background:#ffe08a}td.cell-blank{color:#999}td.cell-not_applicable{color:#777}
td.cell-unknown{background:#e4e4ec}td sup a{font-size:.7em;margin-left:2px}
table.list{border-collapse:collapse;background:#fff;font-size:.9em;width:100%}
table.list td,table.list th{border:1px solid #dde;padding:3px 6px;vertical-align:top;text-align:left}
.text{white-space:pre-wrap;background:#fff;border:1px solid #dde;padding:14px;font-size:.95em;tab-size:4}
.t-fig{background:#d8ecff;border-bottom:2px solid #3a7bd5}
.t-ev-PASS{box-shadow:inset 0 -3px 0 #2d9d52}.t-ev-UNCERTAIN{background:#ffe9a8}
.t-ev-FAIL{background:#ffc9c6;box-shadow:inset 0 -3px 0 #d62828}
.t-sent-problem{border-left:3px solid #c77dff;padding-left:2px}.t-sent-measure{border-left:3px solid #2a9d8f;padding-left:2px}
.anchor{scroll-margin-top:20px}
.muted{color:#777}
"""


class OutputExists(TextmineError):
    code = "output_exists"


# --------------------------------------------------------------------------- ids


def _safe(part: str) -> str:
    """An id fragment from an arbitrary key: ASCII letters, digits, '_' and '-' only; a key
    that had to be changed gets a short hash so two keys never share an id."""
    cleaned = regex.sub(r"[^A-Za-z0-9_-]", "_", part or "")
    if cleaned != part:
        cleaned += "-" + hashlib.sha1((part or "").encode("utf-8")).hexdigest()[:6]
    return cleaned


def cell_id(table: str, row: str, column: str) -> str:
    return f"cell-{_safe(table)}-{_safe(row)}-{_safe(column)}"


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _num(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value != int(value) else str(int(value))
    return str(value)


# --------------------------------------------------------------------------- page


def render_html(report: Report, *, head: str = "", top: str = "",
                finding_extra: "Callable[[int, Finding], str] | None" = None) -> str:
    """The page. A host page (the review workspace) may add markup of its own: ``head`` at the
    end of ``<head>``, ``top`` first in ``<body>``, and ``finding_extra(n, finding)`` inside
    finding N's list item; it is trusted markup, so it must escape what it quotes."""
    findings = list(report.findings)
    # ``n`` (a finding's place in report.findings, 1-based) names its anchors and is what a
    # host page is given; the reader sees the findings by status, numbered in that order
    numbered = list(enumerate(findings, start=1))
    in_page_order = _page_order(numbered)
    shown = {n: i for i, (n, _) in enumerate(in_page_order, start=1)}
    cell_marks, cell_links = _cell_marks(numbered)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>核对报告：{_e(report.metadata.title or report.document.source)}</title>",
        f"<style>{CSS}</style>{head}</head><body>{top}",
        _header(report, findings),
        "<main>",
        _findings_section(report, in_page_order, shown, finding_extra),
        _tables_section(report, cell_marks, cell_links, shown),
        _figures_section(report),
        _sentences_section(report),
        _text_section(report, numbered, shown),
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def _header(report: Report, findings) -> str:
    meta, doc = report.metadata, report.document
    counts = Counter(f.status for f in findings)
    badges = "".join(f'<span class="s-{s}">{STATUS_NAMES[s]} {s} {counts[s]}</span>'
                     for s in STATUS_ORDER)
    return (
        "<header>"
        f"<h1>{_e(meta.title or '（未识别标题）')}</h1>"
        f'<p class="meta"><span>机关：{_e(meta.agency or "未识别")}</span>'
        f"<span>年度：{_e(meta.year or '未识别')}</span><span>模板：{_e(meta.template)}</span>"
        f"<span>来源：{_e(doc.source)}（{_e(doc.format)}）</span></p>"
        f'<p class="counts" id="summary">{badges}</p>'
        '<nav><a href="#findings">核对结果</a><a href="#tables">表格</a><a href="#figures">叙述数字</a>'
        '<a href="#sentences">第五部分语句</a><a href="#report-text">报告原文</a></nav>'
        "</header>")


def _page_order(numbered):
    """The findings as the page lists them: by status (不一致 first), then as reported."""
    return sorted(numbered, key=lambda nf: (STATUS_ORDER.index(nf[1].status) if nf[1].status in STATUS_ORDER else 9,
                                            nf[0]))


def _severity_label(finding) -> str:
    """A severity says how much a disagreement matters: shown for 不一致 and 存疑 only (a
    相符 or 无法核对 result has none to speak of), and never as a bare 提示 beside 不一致."""
    if finding.status not in ("FAIL", "UNCERTAIN"):
        return ""
    name = SEVERITY_NAMES.get(finding.severity, finding.severity)
    return f'<span class="muted">严重程度：{_e(name)}</span> '


def _findings_section(report: Report, in_page_order, shown, finding_extra=None) -> str:
    out = ['<section id="findings"><h2>核对结果</h2>']
    if not in_page_order:
        out.append('<p class="muted">没有核对结果。</p></section>')
        return "\n".join(out)
    from ..reconcile.labels import cell_name

    out.append('<ol class="findings">')
    for n, f in in_page_order:
        links = []
        for k, ev in enumerate(f.evidence, start=1):
            if getattr(ev, "report", "this") != "this":
                where = cell_name(ev.table, ev.row, ev.column) if ev.table else f"原文{ev.start}–{ev.end}"
                links.append(f'<span class="muted">上年报告：{_e(where)}</span>')
            elif ev.table is not None:
                links.append(f'<a href="#{cell_id(ev.table, ev.row, ev.column)}">{_e(cell_name(ev.table, ev.row, ev.column))}</a>')
            elif ev.start is not None:
                snippet = report.document.text[ev.start:ev.end]
                if len(snippet) > 24:
                    snippet = snippet[:24] + "…"
                links.append(f'<a href="#ev-{n}-{k}">原文“{_e(snippet)}”</a>')
        ef = ""
        if f.expected is not None or f.found is not None:
            ef = f'<div class="ef">预期：{_e(_fmt(f.expected))}　实际：{_e(_fmt(f.found))}</div>'
        status = f.status if f.status in STATUS_ORDER else "NOT_ASSESSABLE"
        out.append(
            f'<li id="finding-{n}" class="finding f-{status}" value="{shown[n]}">'
            f'<span class="badge s-{status}">{_e(STATUS_NAMES.get(f.status, ""))} {_e(f.status)}</span>'
            + _severity_label(f) +
            f'<span class="rule">{_e(f.rule)}</span><div>{_e(f.message)}</div>{ef}'
            + (f'<div class="ev">证据：{"".join(links)}</div>' if links else "")
            + (finding_extra(n, f) if finding_extra else "") + "</li>")
    out.append("</ol></section>")
    return "\n".join(out)


def _fmt(value) -> str:
    """An expected or found value as the Chinese page shows it: column keys by their names,
    comparisons with their own signs (≥, ≤)."""
    from ..reconcile.labels import column_name

    if value is None:
        return "—"
    if isinstance(value, dict):
        return "，".join(f"{column_name(k)}={_fmt(v)}" for k, v in value.items())
    if isinstance(value, float):
        return _num(value)
    return str(value).replace(">=", "≥").replace("<=", "≤")


def _cell_marks(numbered):
    """cell id -> strongest status among the findings citing it; cell id -> finding numbers."""
    rank = {"FAIL": 0, "UNCERTAIN": 1, "PASS": 2, "NOT_ASSESSABLE": 3}
    marks: dict[str, str] = {}
    links: dict[str, list[int]] = defaultdict(list)
    for n, f in numbered:
        for ev in f.evidence:
            if ev.table is None or getattr(ev, "report", "this") != "this":
                continue
            cid = cell_id(ev.table, ev.row, ev.column)
            if f.status in ("FAIL", "UNCERTAIN"):
                links[cid].append(n)
            current = marks.get(cid)
            if current is None or rank.get(f.status, 9) < rank.get(current, 9):
                marks[cid] = f.status
    return marks, links


def _tables_section(report: Report, marks, links, number) -> str:
    from ..reconcile.labels import column_name, row_name, table_name

    out = ['<section id="tables"><h2>表格</h2>',
           '<p class="muted">红色：参与了“不一致”核对的单元格；黄色：存疑；灰色：无法确定的数值。'
           "上标数字链接到对应的核对结果。</p>"]
    for key in ("active_disclosure", "applications", "review_litigation"):
        table = report.tables.get(key)
        out.append(f'<h3 id="table-{key}">{_e(table_name(key))}</h3>')
        if table is None or not table.values:
            out.append('<p class="muted">未找到该表。</p>')
            continue
        rows, columns = TABLE_LAYOUT[key]
        present_rows = list(dict.fromkeys(v.row for v in table.values))
        present_cols = list(dict.fromkeys(v.column for v in table.values))
        row_order = [r for r in rows if r in present_rows] + [r for r in present_rows if r not in rows]
        col_order = [c for c in columns if c in present_cols] + [c for c in present_cols if c not in columns]
        cells = {(v.row, v.column): v for v in table.values}
        note = f"版式：{_e(table.rendering)}，模板：{_e(table.template)}"
        out.append(f'<p class="muted">{note}</p><table class="grid"><thead><tr><th></th>'
                   + "".join(f"<th>{_e(column_name(c))}</th>" for c in col_order) + "</tr></thead><tbody>")
        for r in row_order:
            tds = []
            for c in col_order:
                cid = cell_id(key, r, c)
                v = cells.get((r, c))
                if v is None:
                    tds.append(f'<td id="{cid}" class="cell-absent"></td>')
                    continue
                classes = [f"cell-{_safe(v.status)}"]
                mark = marks.get(cid)
                if mark == "FAIL":
                    classes.append("cell-fail")
                elif mark == "UNCERTAIN":
                    classes.append("cell-uncertain")
                shown = {"blank": "空", "not_applicable": "/", "unknown": "?"}.get(v.status, _num(v.value))
                sup = "".join(f'<a href="#finding-{n}">{number[n]}</a>' for n in links.get(cid, ()))
                title = f"{row_name(r)} / {column_name(c)}；原文“{v.raw}”；状态 {v.status}"
                if v.note:
                    title += f"；{v.note}"
                tds.append(f'<td id="{cid}" class="{" ".join(classes)}" title="{_e(title)}">{_e(shown)}'
                           + (f"<sup>{sup}</sup>" if sup else "") + "</td>")
            out.append(f'<tr><th class="rowlabel">{_e(row_name(r))}</th>{"".join(tds)}</tr>')
        out.append("</tbody></table>")
        for issue in table.issues:
            out.append(f'<p class="muted">解析提示：{_e(issue)}</p>')
    out.append("</section>")
    return "\n".join(out)


def _figures_section(report: Report) -> str:
    from ..reconcile.labels import metric_name

    out = ['<section id="figures"><h2>叙述中的数字</h2>']
    if not report.figures:
        out.append('<p class="muted">未提取到数字。</p></section>')
        return "\n".join(out)
    out.append('<table class="list"><thead><tr><th>#</th><th>指标</th><th>数值</th><th>单位</th>'
               "<th>限定</th><th>渠道/类别</th><th>原文</th></tr></thead><tbody>")
    for i, fig in enumerate(report.figures):
        extra = " / ".join(x for x in (fig.channel, fig.category) if x)
        out.append(
            f"<tr><td>{i + 1}</td><td>{_e(metric_name(fig.metric))}<br><span class=\"rule\">{_e(fig.metric)}</span></td>"
            f"<td>{_e(_num(fig.value))}</td><td>{_e(fig.unit or '')}</td><td>{_e(fig.qualifier or '')}</td>"
            f"<td>{_e(extra)}</td><td><a href=\"#fig-{i}\">{_e(fig.text)}</a></td></tr>")
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _sentences_section(report: Report) -> str:
    out = ['<section id="sentences"><h2>第五部分：问题与改进措施语句</h2>']
    if not report.sentences:
        out.append('<p class="muted">没有第五部分语句分析结果。</p></section>')
        return "\n".join(out)
    out.append('<table class="list"><thead><tr><th>#</th><th>类别</th><th>主题</th><th>具体程度</th>'
               "<th>理由</th><th>语句</th></tr></thead><tbody>")
    for i, s in enumerate(report.sentences):
        spec = "" if s.specificity is None else f"{s.specificity:.2f}"
        out.append(
            f"<tr><td>{i + 1}</td><td>{_e(LABEL_NAMES.get(s.label, s.label))}</td>"
            f"<td>{_e('、'.join(s.topics))}</td><td>{_e(spec)}</td><td>{_e('；'.join(s.reasons))}</td>"
            f"<td><a href=\"#sent-{i}\">{_e(s.text)}</a></td></tr>")
    out.append("</tbody></table></section>")
    return "\n".join(out)


# --------------------------------------------------------------------------- the text


def _text_section(report: Report, numbered, shown) -> str:
    text = report.document.text
    n = len(text)
    intervals: list[tuple[int, int, str, str | None, str | None]] = []  # start, end, class, id, title

    def add(start, end, cls, ident=None, title=None):
        if start is None or end is None:
            return
        start, end = max(0, min(n, start)), max(0, min(n, end))
        if end < start:
            return
        intervals.append((start, end, cls, ident, title))

    for section in report.sections.sections:
        add(section.start, section.start, "", f"sec-{_safe(section.key)}")
    for i, fig in enumerate(report.figures):
        add(fig.start, fig.end, "t-fig", f"fig-{i}", f"{fig.metric} = {_num(fig.value)}{fig.unit or ''}")
    for i, s in enumerate(report.sentences):
        cls = f"t-sent-{_safe(s.label)}" if s.label in ("problem", "measure") else ""
        add(s.start, s.end, cls, f"sent-{i}", None)
    for num, f in numbered:
        status = f.status if f.status in STATUS_ORDER else "NOT_ASSESSABLE"
        for k, ev in enumerate(f.evidence, start=1):
            if ev.table is None and getattr(ev, "report", "this") == "this" and ev.start is not None:
                add(ev.start, ev.end, f"t-ev-{status}" if status != "NOT_ASSESSABLE" else "",
                    f"ev-{num}-{k}", f"#{shown[num]} {f.rule}：{STATUS_NAMES.get(f.status, f.status)}")
    return ('<section id="report-text"><h2>报告原文（规范化文本）</h2>'
            '<p class="muted">蓝色：叙述中的数字；红色/黄色/绿色下划线：核对结果引用的原文；'
            "左侧竖线：第五部分的问题（紫）与措施（青）语句。</p>"
            f'<div class="text">{_highlight(text, intervals)}</div></section>')


def _highlight(text: str, intervals) -> str:
    """Text split at every interval boundary; each piece wrapped in the classes of the
    intervals covering it; an empty anchor carries each interval's id at its start (ids of
    overlapping intervals never collide, and no element is ever left unclosed)."""
    bounds = {0, len(text)}
    for s, e, *_ in intervals:
        bounds.add(s)
        bounds.add(e)
    points = sorted(bounds)
    starts: dict[int, list] = defaultdict(list)
    for iv in intervals:
        starts[iv[0]].append(iv)
    active: list = []
    out: list[str] = []
    for a, b in zip(points, points[1:] + [None]):
        for iv in starts.get(a, ()):
            if iv[3]:
                out.append(f'<span class="anchor" id="{_e(iv[3])}"></span>')
            if iv[1] > iv[0]:
                active.append(iv)
        active = [iv for iv in active if iv[1] > a]
        if b is None:
            break
        piece = text[a:b]
        if not piece:
            continue
        classes = sorted({iv[2] for iv in active if iv[2]})
        titles = [iv[4] for iv in active if iv[4]]
        if classes or titles:
            title = f' title="{_e("；".join(titles))}"' if titles else ""
            out.append(f'<span class="{" ".join(classes)}"{title}>{_e(piece)}</span>')
        else:
            out.append(_e(piece))
    return "".join(out)


# --------------------------------------------------------------------------- writing


def write_html(report: Report, path, overwrite: bool = False) -> Path:
    """Write the audit page to ``path`` atomically (a temporary file in the same directory,
    then renamed). An existing file is left alone unless ``overwrite`` is True."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise OutputExists(str(path), "output file already exists; use --force to overwrite it")
    if path.exists() and path.is_dir():
        raise OutputExists(str(path), "output path is a directory")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise TextmineError(str(path), f"output directory {directory} does not exist")
    data = render_html(report).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if overwrite:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the file appeared meanwhile: never clobbers
            except FileExistsError:
                raise OutputExists(str(path), "output file already exists; use --force to overwrite it") from None
            except OSError:
                if path.exists():
                    raise OutputExists(str(path), "output file already exists; use --force to overwrite it") from None
                os.replace(tmp, path)  # filesystem without hard links
    except OSError as exc:
        raise TextmineError(str(path), f"cannot write the HTML page: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


__all__ = ["render_html", "write_html", "cell_id", "OutputExists"]
