"""Reviewers' decisions: confirm, dismiss, or leave open, with a note and a name.

One row per finding fingerprint in ``review_decisions`` with a ``version``; every change is a
new version, also kept in ``review_history``. A write names the version its author saw
(``base``). When another reviewer has written since:

* if they changed a *different* field (one set the state, the other wrote a note), both
  changes are kept: the write is applied on top and reported as merged;
* if they changed the *same* field to something else, nothing is written and
  :class:`Conflict` carries the current decision, so the second reviewer sees what the first
  decided and chooses again. No write is ever lost silently.

The read of the current version and the write happen in one ``BEGIN IMMEDIATE`` transaction,
so two servers (or two threads) on one store cannot both pass the check.
"""
from __future__ import annotations

import json
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable

from ..errors import TextmineError

STATES = ("open", "confirmed", "dismissed")
STATE_NAMES = {"open": "待定", "confirmed": "已确认", "dismissed": "已排除"}
#: the fields a write may change
FIELDS = ("state", "note")
MAX_NOTE = 2000
MAX_REVIEWER = 40

_COLUMNS = ("fingerprint", "report_key", "state", "note", "reviewer", "version", "updated_at", "source", "agency",
            "year", "rule", "status", "severity", "message", "evidence")


class InvalidDecision(TextmineError):
    code = "invalid_decision"


@dataclass(frozen=True)
class Decision:
    fingerprint: str
    report_key: str
    state: str = "open"
    note: str = ""
    reviewer: str = ""
    version: int = 0
    updated_at: str = ""
    #: the finding as it was when last decided on (kept when the finding is gone)
    source: str | None = None
    agency: str | None = None
    year: int | None = None
    rule: str | None = None
    status: str | None = None
    severity: str | None = None
    message: str | None = None
    evidence: tuple[str, ...] = ()

    @property
    def decided(self) -> bool:
        return self.state in ("confirmed", "dismissed")

    def to_dict(self) -> dict:
        return {"fingerprint": self.fingerprint, "state": self.state, "note": self.note, "reviewer": self.reviewer,
                "version": self.version, "updated_at": self.updated_at}


class Conflict(Exception):
    """Another reviewer changed the same field since ``base``; ``current`` is what they wrote."""

    def __init__(self, current: Decision, fields: tuple[str, ...]):
        super().__init__(f"{current.fingerprint}: changed by {current.reviewer} (version {current.version})")
        self.current, self.fields = current, fields


@dataclass
class Outcome:
    decision: Decision
    merged: bool = False  # applied on top of another reviewer's change to another field
    changed: bool = True  # False when the write changed nothing
    fields: tuple[str, ...] = field(default=())


def _decision(row) -> Decision:
    values = {k: row[k] for k in _COLUMNS}
    values["evidence"] = tuple(json.loads(values["evidence"] or "[]"))
    return Decision(**values)


def clean_text(value: str | None, limit: int, what: str) -> str:
    """Text a reviewer typed: control characters dropped (newlines kept in notes), trimmed,
    at most ``limit`` characters."""
    text = "".join(ch for ch in (value or "") if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = text.strip()
    if len(text) > limit:
        raise InvalidDecision(what, f"is longer than {limit} characters")
    return text


def get(conn: sqlite3.Connection, fingerprints: Iterable[str]) -> dict[str, Decision]:
    wanted = sorted(set(fingerprints))
    out: dict[str, Decision] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i:i + 500]
        marks = ", ".join("?" for _ in part)
        for row in conn.execute(f"SELECT * FROM review_decisions WHERE fingerprint IN ({marks})", part):
            out[row["fingerprint"]] = _decision(row)
    return out


def for_report(conn: sqlite3.Connection, report_key: str) -> list[Decision]:
    return [_decision(r) for r in conn.execute(
        "SELECT * FROM review_decisions WHERE report_key = ? ORDER BY rule, fingerprint", (report_key,))]


def history(conn: sqlite3.Connection, fingerprint: str) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT version, state, note, reviewer, at FROM review_history WHERE fingerprint = ? ORDER BY version",
        (fingerprint,))]


def _at(conn: sqlite3.Connection, fingerprint: str, version: int) -> dict:
    """The decision's fields as of ``version`` (version 0: nothing decided yet)."""
    if version <= 0:
        return {"state": "open", "note": ""}
    row = conn.execute("SELECT state, note FROM review_history WHERE fingerprint = ? AND version = ?",
                       (fingerprint, version)).fetchone()
    return {"state": row["state"], "note": row["note"]} if row else {}


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def decide(conn: sqlite3.Connection, fingerprint: str, *, reviewer: str, base: int,
           state: str | None = None, note: str | None = None,
           snapshot: Callable[[], dict | None] | None = None) -> Outcome:
    """Set ``state`` and/or ``note`` of the decision on ``fingerprint`` as ``reviewer``, who
    saw version ``base`` (0: no decision). ``snapshot()`` gives the finding as it is now
    (``report_key``, ``source``, ``agency``, ``year``, ``rule``, ``status``, ``severity``,
    ``message``, ``evidence``), or None when no current finding has this fingerprint: a new
    decision needs one; an existing one keeps its last snapshot."""
    reviewer = clean_text(reviewer, MAX_REVIEWER, "reviewer")
    if not reviewer:
        raise InvalidDecision("reviewer", "is empty: give the reviewer's name first")
    if state is not None and state not in STATES:
        raise InvalidDecision("state", f"must be one of {', '.join(STATES)}")
    if note is not None:
        note = clean_text(note, MAX_NOTE, "note")
    changes = {k: v for k, v in (("state", state), ("note", note)) if v is not None}
    if not changes:
        raise InvalidDecision("decision", "changes nothing (give a state or a note)")
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT * FROM review_decisions WHERE fingerprint = ?", (fingerprint,)).fetchone()
        current = _decision(row) if row else None
        version = current.version if current else 0
        merged = False
        if base != version:
            seen = _at(conn, fingerprint, base)
            now_fields = {"state": current.state, "note": current.note} if current else {"state": "open", "note": ""}
            clashing = tuple(k for k, v in changes.items()
                             if seen.get(k) != now_fields[k] and now_fields[k] != v)
            if clashing or not seen:
                conn.execute("ROLLBACK")
                raise Conflict(current or Decision(fingerprint, ""), clashing or tuple(changes))
            merged = True
        new_state = changes.get("state", current.state if current else "open")
        new_note = changes.get("note", current.note if current else "")
        if current is not None and new_state == current.state and new_note == current.note:
            conn.execute("ROLLBACK")
            return Outcome(current, merged=merged, changed=False)
        snap = snapshot() if snapshot else None
        if current is None and snap is None:
            conn.execute("ROLLBACK")
            raise InvalidDecision(fingerprint, "no current finding has this fingerprint")
        if snap is None:
            snap = {k: getattr(current, k) for k in ("report_key", "source", "agency", "year", "rule", "status",
                                                      "severity", "message", "evidence")}
        at = now()
        values = {**snap, "fingerprint": fingerprint, "state": new_state, "note": new_note, "reviewer": reviewer,
                  "version": version + 1, "updated_at": at,
                  "evidence": json.dumps(list(snap.get("evidence") or ()), ensure_ascii=False)}
        names = ", ".join(_COLUMNS)
        marks = ", ".join("?" for _ in _COLUMNS)
        conn.execute(f"INSERT OR REPLACE INTO review_decisions ({names}) VALUES ({marks})",
                     [values.get(k) for k in _COLUMNS])
        conn.execute("INSERT INTO review_history (fingerprint, version, state, note, reviewer, at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (fingerprint, version + 1, new_state, new_note, reviewer, at))
        conn.execute("COMMIT")
    except (Conflict, InvalidDecision):
        raise
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return Outcome(_decision(conn.execute("SELECT * FROM review_decisions WHERE fingerprint = ?",
                                          (fingerprint,)).fetchone()), merged=merged, fields=tuple(changes))


__all__ = ["Decision", "Conflict", "InvalidDecision", "Outcome", "decide", "get", "for_report", "history",
           "STATES", "STATE_NAMES"]
