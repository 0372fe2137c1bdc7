"""The two pages: the corpus view and the report view (the audit page with decision controls).

Pages are Jinja2 templates (``templates/``) with autoescaping on, so everything a report or a
reviewer wrote is escaped wherever it is shown; the report view is the audit page of
:func:`textmine.render.html.render_html` (which escapes the report itself) with the review bar
at its top and a decision form in every finding.
"""
from __future__ import annotations

import functools
import math
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ..render.html import render_html
from . import corpus, decisions, plots
from .corpus import Filters
from .fingerprint import report_key
from .decisions import STATE_NAMES
from .index import OUTCOMES
from .labels import OUTCOME_NAMES, STATUS_NAMES, level_name, rule_name
from .rebuild import rebuild_report, report_text

ACTIONABLE = ("FAIL", "UNCERTAIN")


def localtime(stamp: str | None) -> str:
    """``2025-03-01T02:03:04Z`` as this machine's local time, to the minute."""
    if not stamp:
        return ""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("textmine.review", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["localtime"] = localtime
    env.globals.update(rule_name=rule_name, level_name=level_name, state_names=STATE_NAMES,
                       status_names=STATUS_NAMES, basename=lambda p: os.path.basename(p or ""))
    return env


@dataclass
class Page:
    """What every page knows: the store, the session's token, the reviewer, where it is."""

    store: str
    csrf: str
    reviewer: str
    here: str  # path and query of this page (forms come back to it)

    def context(self, **more) -> dict:
        return {"store": self.store, "store_name": os.path.basename(os.path.dirname(os.path.abspath(self.store))),
                "csrf": self.csrf, "reviewer": self.reviewer, "here": self.here, **more}


# --------------------------------------------------------------------------- corpus


def corpus_page(conn: sqlite3.Connection, page: Page, query: dict, *, sync_note: str = "") -> str:
    extras = corpus.agency_extras(conn)
    filters = Filters.from_query(query, extras.keys)
    rows = corpus.select(conn, filters, extras)
    total = len(rows)
    pages = max(1, math.ceil(total / corpus.PAGE_SIZE))
    try:
        number = min(pages, max(1, int(query.get("page") or 1)))
    except ValueError:
        number = 1
    shown = rows[(number - 1) * corpus.PAGE_SIZE: number * corpus.PAGE_SIZE]
    back = urlencode(filters.query())

    def sort_query(key: str) -> str:
        desc = not filters.desc if filters.sort == key else key not in ("agency", "source", "template")
        return urlencode(filters.query(sort=key, dir="desc" if desc else "asc"))

    def page_query(n: int) -> str:
        return urlencode(filters.query(page=n))

    return environment().get_template("corpus.html").render(page.context(
        page="corpus", back=back, filters=filters, extras=extras, extra_values=dict(filters.extras),
        options=corpus.distinct_values(conn, extras), rows=shown, total=total, pages=pages, page_no=number,
        summary=corpus.summarise(rows), status_filters=corpus.STATUS_FILTERS, review_filters=corpus.REVIEW_FILTERS,
        sort_query=sort_query, page_query=page_query, plots=Markup(corpus_plots(conn, rows, filters)),
        sync_note=sync_note))


def corpus_plots(conn: sqlite3.Connection, rows, filters: Filters) -> str:
    """The three plots over the reports the filters keep."""
    ids = {r["report_id"] for r in rows}
    by_rule = corpus.findings_by_rule(conn, ids)[:15]
    rule_rows = [(rule_name(rule), [("c-fail", fails), ("c-uncertain", uncertain)],
                  "/?" + urlencode(filters.query(rule=rule))) for rule, fails, uncertain in by_rule]
    bars, totals, n_with_table = corpus.applications_by_agency(rows)
    outcome_legend = [(f"o-{o}", OUTCOME_NAMES[o]) for o in OUTCOMES if o != "received"]
    app_rows = [("全部报告合计", [(f"o-{o}", totals[o]) for o in OUTCOMES if o != "received"], None)] + [
        (label, [(f"o-{o}", values[o]) for o in OUTCOMES if o != "received"], f"/report/{rid}")
        for rid, label, values in bars]
    return "".join((
        plots.stacked_bars("核对结果按规则（不一致与存疑，前15条规则；点击规则名筛选）", rule_rows,
                           [("c-fail", "不一致"), ("c-uncertain", "存疑")], empty="没有不一致或存疑的结果"),
        plots.columns("报告按“不一致”条数分布（份）", corpus.reports_by_fails(rows), unit="份"),
        plots.stacked_bars(f"依申请公开办理结果（表三“总计”列；收到申请最多的{len(bars)}家，共{n_with_table}份报告有表三；"
                           "按比例显示，右侧为件数合计）", app_rows if bars else [], outcome_legend, shares=True,
                           empty="没有表三数据"),
    ))


def ordered_ids(conn: sqlite3.Connection, query: dict) -> list[str]:
    extras = corpus.agency_extras(conn)
    return [r["report_id"] for r in corpus.select(conn, Filters.from_query(query, extras.keys), extras)
            if r["report_status"] == "ok"]


# --------------------------------------------------------------------------- report


@dataclass
class ReportState:
    """A report's findings as the review sees them: fingerprints, decisions, orphans."""

    row: sqlite3.Row
    report_key: str
    fingerprints: dict[int, str]  # finding ord -> fingerprint
    decisions: dict[str, decisions.Decision]
    orphans: list[decisions.Decision]
    indexed: bool


def report_state(conn: sqlite3.Connection, row: sqlite3.Row) -> ReportState:
    indexed = conn.execute("SELECT report_key FROM review_reports WHERE report_id = ? AND report_seq = ?",
                           (row["report_id"], row["report_seq"])).fetchone()
    key = indexed[0] if indexed else report_key(row["agency"], row["year"], row["source"])
    prints = {r[0]: r[1] for r in conn.execute(
        "SELECT ord, fingerprint FROM review_findings WHERE report_id = ?", (row["report_id"],))}
    found = decisions.get(conn, prints.values())
    for d in decisions.for_report(conn, key):
        found.setdefault(d.fingerprint, d)
    current = set(prints.values())
    orphans = [d for d in found.values() if d.fingerprint not in current]
    return ReportState(row, key, prints, found, orphans, indexed is not None)


def report_page(conn: sqlite3.Connection, page: Page, row: sqlite3.Row, query: dict) -> str:
    text, text_note = report_text(row)
    report = rebuild_report(conn, row, text)
    state = report_state(conn, row)
    env = environment()
    back = urlencode(Filters.from_query(query, corpus.agency_extras(conn).keys).query())
    ids = ordered_ids(conn, query)
    position = ids.index(row["report_id"]) + 1 if row["report_id"] in ids else 0
    prev_id = ids[position - 2] if position > 1 else None
    next_id = ids[position] if position and position < len(ids) else None
    statuses = {i + 1: f.status for i, f in enumerate(report.findings)}
    actionable = [n for n, s in statuses.items() if s in ACTIONABLE]
    decided = 0
    for n in actionable:  # finding N of the page is the finding of ord N-1
        decision = state.decisions.get(state.fingerprints.get(n - 1, ""))
        decided += bool(decision and decision.decided)
    context = page.context(page="report", back=back, prev_id=prev_id, next_id=next_id, position=position,
                           total=len(ids), progress={"decided": decided, "actionable": len(actionable)},
                           text_note=text_note, orphans=state.orphans, indexed=state.indexed)
    template = env.get_template("decision.html")

    def controls(n: int, finding) -> str:
        fp = state.fingerprints.get(n - 1)
        if fp is None:
            return ""
        d = state.decisions.get(fp) or decisions.Decision(fp, state.report_key)
        return template.render(page.context(n=n, fp=fp, d=d, actionable=finding.status in ACTIONABLE,
                                            status=finding.status))

    head = env.get_template("head.html").render(page.context())
    top = env.get_template("report_top.html").render(context)
    return render_html(report, head=head, top=top, finding_extra=controls)


__all__ = ["corpus_page", "report_page", "report_state", "Page", "environment", "ordered_ids", "localtime"]
