"""Findings with their decisions, one record each, as the exports list them; and the snapshot
of a finding that a decision keeps.

A record is either a current finding (FAIL or UNCERTAIN, or any finding a reviewer decided
on) with the decision its fingerprint carries, or a decision whose finding is no longer raised
(``raised`` False), listed under the report it was made on.
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from .decisions import Decision, get as get_decisions
from .evidence import Quoter
from .rebuild import report_text

ACTIONABLE = ("FAIL", "UNCERTAIN")


@dataclass
class FindingRecord:
    report: dict  # the reports row's columns (agency, year, source, title, ...)
    fingerprint: str
    rule: str
    status: str
    severity: str
    message: str
    expected: object = None
    found: object = None
    evidence: list[str] = field(default_factory=list)
    decision: Decision | None = None
    raised: bool = True  # False: no finding of the latest run has this fingerprint
    ord: int | None = None


def _value(text):
    return json.loads(text) if isinstance(text, str) and text else None


def snapshot(conn: sqlite3.Connection, fingerprint: str, *, with_text: bool = True) -> dict | None:
    """The current finding with this fingerprint as a decision keeps it, or None when no
    finding of the latest run has it (a FAIL or UNCERTAIN one first, if several reports share it)."""
    hit = conn.execute(
        "SELECT rf.report_id, rf.ord, rr.report_key FROM review_findings AS rf JOIN review_reports AS rr "
        "ON rr.report_id = rf.report_id WHERE rf.fingerprint = ? ORDER BY rf.status NOT IN ('FAIL', 'UNCERTAIN'), "
        "rf.report_id LIMIT 1", (fingerprint,)).fetchone()
    if hit is None:
        return None
    row = conn.execute("SELECT * FROM reports WHERE report_id = ?", (hit[0],)).fetchone()
    finding = conn.execute("SELECT * FROM findings WHERE report_seq = ? AND ord = ?",
                           (row["report_seq"], hit[1])).fetchone()
    if finding is None:
        return None
    text = report_text(row)[0] if with_text else row["text"]
    quotes = Quoter(conn, row["report_seq"], text).quotes(_value(finding["evidence"]) or [])
    return {"report_key": hit[2], "source": row["source"], "agency": row["agency"], "year": row["year"],
            "rule": finding["rule"], "status": finding["status"], "severity": finding["severity"],
            "message": finding["message"], "evidence": quotes}


def finding_records(conn: sqlite3.Connection, report_ids: set[str] | None = None) -> list[FindingRecord]:
    """Every FAIL and UNCERTAIN finding of the given reports (None: all), every other finding
    of theirs that carries a decision, and the decisions on their report keys that no current
    finding carries; in report order (agency, year, source), then finding order."""
    reports = {r["report_id"]: dict(r) for r in conn.execute(
        "SELECT r.report_id, r.report_seq, r.source, r.agency, r.year, r.title, r.template, r.format, r.status, "
        "rr.report_key FROM reports AS r JOIN review_reports AS rr ON rr.report_id = r.report_id")
        if report_ids is None or r["report_id"] in report_ids}
    decided = {r[0] for r in conn.execute("SELECT fingerprint FROM review_decisions")}
    wanted: dict[str, list] = defaultdict(list)
    for report_id, ord_, fp, status in conn.execute(
            "SELECT report_id, ord, fingerprint, status FROM review_findings ORDER BY report_id, ord"):
        if report_id in reports and (status in ACTIONABLE or fp in decided):
            wanted[report_id].append((ord_, fp))
    found = get_decisions(conn, decided)
    out: list[FindingRecord] = []
    for report_id in sorted(reports, key=lambda rid: _order(reports[rid])):
        report = reports[report_id]
        items = wanted.get(report_id, [])
        if items:
            quoter = Quoter(conn, report["report_seq"], None)
            ords = {o: fp for o, fp in items}
            marks = ", ".join("?" for _ in ords)
            for f in conn.execute(f"SELECT * FROM findings WHERE report_seq = ? AND ord IN ({marks}) ORDER BY ord",
                                  (report["report_seq"], *ords)):
                fp = ords[f["ord"]]
                decision = found.get(fp)
                quotes = list(decision.evidence) if decision and decision.evidence else \
                    quoter.quotes(_value(f["evidence"]) or [])
                out.append(FindingRecord(report, fp, f["rule"], f["status"], f["severity"], f["message"] or "",
                                         f["expected"], f["found"], quotes, decision,
                                         raised=f["status"] in ACTIONABLE, ord=f["ord"]))
    # decisions no current finding carries, under the first report of their report key
    current = {r[0] for r in conn.execute("SELECT DISTINCT fingerprint FROM review_findings")}
    by_key: dict[str, dict] = {}
    for report_id in sorted(reports, key=lambda rid: _order(reports[rid])):
        by_key.setdefault(reports[report_id]["report_key"], reports[report_id])
    for fp, d in sorted(found.items(), key=lambda item: (item[1].report_key, item[1].rule or "", item[0])):
        if fp in current:
            continue
        report = by_key.get(d.report_key)
        if report is None:
            if report_ids is not None:
                continue
            report = {"report_id": None, "source": d.source, "agency": d.agency, "year": d.year, "title": None,
                      "report_key": d.report_key}
        out.append(FindingRecord(report, fp, d.rule or "", d.status or "", d.severity or "", d.message or "",
                                 None, None, list(d.evidence), d, raised=False))
    out.sort(key=lambda r: (_order(r.report), not r.raised, r.ord if r.ord is not None else 10 ** 9, r.fingerprint))
    return out


def _order(report: dict) -> tuple:
    return (report.get("agency") or "\uffff", report.get("year") or 0, report.get("source") or "")


__all__ = ["FindingRecord", "finding_records", "snapshot"]
