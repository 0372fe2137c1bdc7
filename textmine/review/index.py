"""Keep the review's index (``review_reports``, ``review_findings``) in step with the batch.

:func:`sync` compares the batch's ``reports`` (``report_id``, ``report_seq``) with the reports
already indexed: rows of reports the batch has replaced or removed are dropped, reports it has
added are read (their findings, and the figures and 五 sentences their evidence points at) and
indexed, a few hundred at a time, each lot in its own short transaction so that a batch
writing at the same time waits for a moment at most. Decisions are not touched: they are keyed
by fingerprint and simply attach to whatever finding has it.
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from .fingerprint import fingerprints, report_key

#: reports indexed per transaction
LOT = 400

#: table 三 outcome groups for the corpus plot: group -> rows of column ``total``
#: (exact names, or prefixes ending in '.'); ``other`` prefers the table's own subtotal
OUTCOME_ROWS: dict[str, tuple[str, ...]] = {
    "received": ("new",),
    "granted": ("granted",),
    "partial": ("partial",),
    "denied": ("denied.",),
    "unavailable": ("unavailable.",),
    "not_processed": ("not_processed.",),
    "other": ("other", "other."),
}
OUTCOMES = tuple(OUTCOME_ROWS)


@dataclass
class SyncResult:
    added: int = 0
    removed: int = 0


def _outcome_group(row: str) -> str | None:
    for group, names in OUTCOME_ROWS.items():
        for name in names:
            if row == name or (name.endswith(".") and row.startswith(name)):
                return group
    return None


def _stale(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT rr.report_id FROM review_reports AS rr WHERE NOT EXISTS (SELECT 1 FROM reports AS r "
        "WHERE r.report_id = rr.report_id AND r.report_seq = rr.report_seq)")]


def _pending(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT r.report_seq FROM reports AS r WHERE NOT EXISTS (SELECT 1 FROM review_reports AS rr "
        "WHERE rr.report_id = r.report_id AND rr.report_seq = r.report_seq) ORDER BY r.report_seq")]


def needs_sync(conn: sqlite3.Connection) -> bool:
    """Cheap test (two index walks) whether :func:`sync` has anything to do."""
    (n_reports,) = conn.execute("SELECT COUNT(*) FROM reports").fetchone()
    (n_indexed,) = conn.execute("SELECT COUNT(*) FROM review_reports").fetchone()
    if n_reports != n_indexed:
        return True
    (max_seq,) = conn.execute("SELECT COALESCE(MAX(report_seq), 0) FROM reports").fetchone()
    (max_indexed,) = conn.execute("SELECT COALESCE(MAX(report_seq), 0) FROM review_reports").fetchone()
    return max_seq != max_indexed or bool(_stale(conn))


def sync(conn: sqlite3.Connection) -> SyncResult:
    """Bring the index up to date with the batch's tables (see the module's docstring)."""
    result = SyncResult()
    stale = _stale(conn)
    if stale:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany("DELETE FROM review_findings WHERE report_id = ?", [(r,) for r in stale])
            conn.executemany("DELETE FROM review_reports WHERE report_id = ?", [(r,) for r in stale])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        result.removed = len(stale)
    pending = _pending(conn)
    for i in range(0, len(pending), LOT):
        result.added += _index_lot(conn, pending[i:i + LOT])
    return result


def _index_lot(conn: sqlite3.Connection, seqs: list[int]) -> int:
    low, high = seqs[0], seqs[-1]
    wanted = set(seqs)
    conn.execute("BEGIN IMMEDIATE")  # the reads and writes of one lot see one state of the batch
    try:
        reports = [r for r in conn.execute(
            "SELECT report_seq, report_id, source, agency, year FROM reports "
            "WHERE report_seq BETWEEN ? AND ?", (low, high)) if r[0] in wanted]
        figures: dict[int, dict] = defaultdict(dict)
        for seq, start, end, metric, channel, category, section in conn.execute(
                'SELECT report_seq, start, "end", metric, channel, category, section FROM figures '
                "WHERE report_seq BETWEEN ? AND ?", (low, high)):
            figures[seq].setdefault((start, end), {"metric": metric, "channel": channel,
                                                   "category": category, "section": section})
        sentences: dict[int, dict] = defaultdict(dict)
        for seq, start, end, text in conn.execute(
                'SELECT report_seq, start, "end", text FROM sentences WHERE report_seq BETWEEN ? AND ?', (low, high)):
            sentences[seq].setdefault((start, end), text)
        findings: dict[int, list] = defaultdict(list)
        for seq, ord_, rule, status, severity, evidence in conn.execute(
                "SELECT report_seq, ord, rule, status, severity, evidence FROM findings "
                "WHERE report_seq BETWEEN ? AND ? ORDER BY report_seq, ord", (low, high)):
            findings[seq].append((ord_, rule, status, severity, json.loads(evidence) if evidence else []))
        outcomes: dict[int, dict] = defaultdict(dict)
        for seq, row, value in conn.execute(
                'SELECT report_seq, "row", value FROM cells WHERE report_seq BETWEEN ? AND ? '
                "AND \"table\" = 'applications' AND \"column\" = 'total' AND status = 'value'", (low, high)):
            group = _outcome_group(row)
            if group is None or value is None:
                continue
            if row == "other.total":  # the table's own subtotal of 其他处理 replaces its parts
                outcomes[seq]["other_total"] = value
            else:
                outcomes[seq][group] = outcomes[seq].get(group, 0.0) + value
        report_rows, finding_rows = [], []
        for seq, rid, source, agency, year in reports:
            key = report_key(agency, year, source)
            items = findings.get(seq, [])
            prints = fingerprints(key, ((rule, ev) for _, rule, _, _, ev in items), figures.get(seq, {}),
                                  sentences.get(seq, {}))
            counts = {"error": 0, "warning": 0, "info": 0}
            uncertain = 0
            for (ord_, rule, status, severity, _), fp in zip(items, prints):
                finding_rows.append((rid, ord_, fp, rule, status, severity))
                if status == "FAIL" and severity in counts:
                    counts[severity] += 1
                elif status == "UNCERTAIN":
                    uncertain += 1
            out = outcomes.get(seq, {})
            if "other_total" in out:
                out["other"] = out.pop("other_total")
            report_rows.append((rid, seq, key, counts["error"], counts["warning"], counts["info"], uncertain,
                                *(out.get(g) for g in OUTCOMES)))
        conn.executemany("DELETE FROM review_findings WHERE report_id = ?", [(r[0],) for r in report_rows])
        conn.executemany("INSERT OR REPLACE INTO review_reports (report_id, report_seq, report_key, n_error, "
                         "n_warning, n_info, n_uncertain, received, granted, partial, denied, unavailable, "
                         "not_processed, other) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", report_rows)
        conn.executemany("INSERT OR REPLACE INTO review_findings (report_id, ord, fingerprint, rule, status, "
                         "severity) VALUES (?, ?, ?, ?, ?, ?)", finding_rows)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(report_rows)


__all__ = ["sync", "needs_sync", "SyncResult", "OUTCOMES", "OUTCOME_ROWS"]
