"""The review's tables, inside the batch's own SQLite file (``results.sqlite``).

A batch owns ``reports``, ``sections``, ``cells``, ``figures``, ``findings``, ``sentences``
and the ``files`` ledger; the review never writes to them. It adds tables whose names all
start with ``review_``, created on first use:

``review_reports``    one row per report it has indexed (by ``report_id`` and the
                      ``report_seq`` the batch gave it): the report's identity key, its FAILs by
                      severity and the outcome totals of its table 三 (for the corpus plots)
``review_findings``   one row per finding of an indexed report: its fingerprint
                      (:mod:`textmine.review.fingerprint`), rule, status and severity
``review_decisions``  one row per decided finding, keyed by fingerprint: state (open,
                      confirmed, dismissed), note, reviewer, ``version`` (bumped by every
                      change; a write names the version it saw), and a snapshot of the finding
                      as it was decided (message, evidence quoted) so that a decision outlives
                      the finding
``review_history``    every version of every decision: who changed what, when
``review_meta``       the layout version of these tables

The two index tables are derived: :func:`textmine.review.index.sync` fills them for reports
the batch has added or replaced since, and drops the rows of reports it has replaced, so a
batch that is resumed, re-run or given a corrected file while the review runs is picked up
on the next page. Decisions are never derived and never deleted by a sync.

Every connection is in WAL mode with a busy timeout: the batch may be writing while
reviewers read, and two reviewers' writes are serialised by SQLite (``BEGIN IMMEDIATE``).
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from ..batch.store import SQLITE_NAME, STORE_VERSION
from ..errors import TextmineError

#: layout of the review tables (``review_meta.schema``)
REVIEW_SCHEMA = 1
#: how long a write waits for another writer (the batch commits a chunk in well under this)
BUSY_TIMEOUT_MS = 15000

DDL = (
    "CREATE TABLE IF NOT EXISTS review_meta (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE IF NOT EXISTS review_reports (
        report_id TEXT PRIMARY KEY,
        report_seq INTEGER NOT NULL,
        report_key TEXT NOT NULL,
        n_error INTEGER NOT NULL,
        n_warning INTEGER NOT NULL,
        n_info INTEGER NOT NULL,
        n_uncertain INTEGER NOT NULL,
        received REAL, granted REAL, partial REAL, denied REAL, unavailable REAL,
        not_processed REAL, other REAL)""",
    "CREATE INDEX IF NOT EXISTS ix_review_reports_seq ON review_reports (report_seq)",
    """CREATE TABLE IF NOT EXISTS review_findings (
        report_id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        rule TEXT,
        status TEXT,
        severity TEXT,
        PRIMARY KEY (report_id, ord)) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS ix_review_findings_fp ON review_findings (fingerprint)",
    "CREATE INDEX IF NOT EXISTS ix_review_findings_rule ON review_findings (rule, status, report_id)",
    """CREATE TABLE IF NOT EXISTS review_decisions (
        fingerprint TEXT PRIMARY KEY,
        report_key TEXT NOT NULL,
        state TEXT NOT NULL,
        note TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        source TEXT, agency TEXT, year INTEGER,
        rule TEXT, status TEXT, severity TEXT, message TEXT, evidence TEXT)""",
    "CREATE INDEX IF NOT EXISTS ix_review_decisions_report ON review_decisions (report_key)",
    """CREATE TABLE IF NOT EXISTS review_history (
        fingerprint TEXT NOT NULL,
        version INTEGER NOT NULL,
        state TEXT NOT NULL,
        note TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (fingerprint, version)) WITHOUT ROWID""",
)


class ReviewError(TextmineError):
    """The results directory cannot be reviewed (no store, another layout, ...)."""

    code = "review"


def store_path(results: "str | Path") -> Path:
    """``results/results.sqlite`` for a batch's ``--out`` (or the SQLite file itself)."""
    path = Path(results)
    if path.is_file() and path.suffix == ".sqlite":
        return path
    return path / SQLITE_NAME


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the store as the review uses it: autocommit (transactions are
    explicit), WAL, a busy timeout, rows by name."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def open_store(results: "str | Path") -> Path:
    """Check that ``results`` holds a batch store this textmine reads, create the review
    tables in it when missing, and return the SQLite file's path."""
    path = store_path(results)
    if not path.exists():
        raise ReviewError(str(results), f"holds no batch results ({SQLITE_NAME}); run "
                                        "`textmine batch REPORTS --out DIR` first and review DIR")
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        raise ReviewError(str(path), f"cannot open the store: {exc}") from None
    try:
        try:
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise ReviewError(str(path), f"is not a textmine batch store ({exc})") from None
        if "reports" not in tables or "findings" not in tables:
            raise ReviewError(str(path), "is not a textmine batch store (no reports/findings tables)")
        if version != STORE_VERSION:
            raise ReviewError(str(path), f"was written by another version of textmine (store layout {version}, "
                                         f"this one reads {STORE_VERSION}); run the batch again with --force")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in DDL:
                conn.execute(statement)
            row = conn.execute("SELECT value FROM review_meta WHERE key = 'schema'").fetchone()
            if row is None:
                conn.execute("INSERT INTO review_meta (key, value) VALUES ('schema', ?)", (str(REVIEW_SCHEMA),))
            elif row[0] != str(REVIEW_SCHEMA):
                raise ReviewError(str(path), f"holds review tables of another layout ({row[0]}, this textmine "
                                             f"reads {REVIEW_SCHEMA})")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        raise ReviewError(str(path), f"cannot prepare the review tables: {exc}") from None
    finally:
        conn.close()
    return path


class Connections:
    """One connection per thread (the web server answers requests on a pool of threads;
    a SQLite connection is not to be shared between threads mid-statement)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.Error:  # pragma: no cover - already closed
                    pass
            self._all.clear()
        self._local = threading.local()


__all__ = ["ReviewError", "open_store", "store_path", "connect", "Connections", "DDL", "REVIEW_SCHEMA"]
