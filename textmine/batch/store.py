"""Where batch results go: an SQLite file (the embedded store and the run's ledger), then
Parquet and CSV exports of the six tidy tables.

SQLite is written as results arrive, one transaction per chunk: a chunk's rows and the
ledger entries saying its files are done commit together or not at all, so a run killed
with ``kill -9`` restarts exactly where its last commit left it (WAL journal; a killed
process loses nothing committed). Child tables hold ``report_id`` (join ``reports`` for the
source) to keep the file small; the exports carry ``source`` on every row.

Every table is keyed by ``report_seq``, a number the store gives each report in the order it
is written (``reports.report_seq``; child tables ``(report_seq[, table], ord)``). Report ids
are hashes, so keying the big child tables by them would scatter each chunk's rows over the
whole file and make every insert slower as the file grows; keyed by arrival, a chunk is
appended at the end and the cost per report stays flat over a national year of reports.

Parquet and CSV are written when a run completes: streamed out of SQLite in source order,
one row group per batch of reports (memory stays flat), each to a temporary name and then
renamed, so an export is either the old complete file or the new complete file. Because rows
are sorted on the way out, an interrupted-and-resumed run exports the same rows, in the same
order, as an uninterrupted one.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Iterator

from ..errors import TextmineError
from ..render.frames import TABLES, column_names

SQLITE_NAME = "results.sqlite"
PARQUET_DIR = "parquet"
CSV_DIR = "csv"

_SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "json": "TEXT"}

#: ledger of files: what was audited, as which version of the file, with what outcome.
_LEDGER = """
CREATE TABLE IF NOT EXISTS files (
    source TEXT PRIMARY KEY,
    size INTEGER,
    mtime_ns INTEGER,
    sha256 TEXT,
    report_id TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    seconds REAL,
    chunk INTEGER NOT NULL
)"""


#: the layout of the SQLite file (``PRAGMA user_version``); a file of another layout is
#: refused with a clear error rather than half-read
STORE_VERSION = 3
#: the store's own key column, first in every table (see the module's docstring)
SEQ = "report_seq"


class StoreVersionMismatch(TextmineError):
    """The SQLite file was written by a textmine that lays it out differently."""

    code = "output_in_use"


def stored_columns(table: str) -> tuple[str, ...]:
    """Columns a table has in SQLite: ``report_seq`` first; child tables leave out ``source``."""
    names = column_names(table)
    return (SEQ, *names) if table == "reports" else (SEQ, *(n for n in names if n != "source"))


#: the key of each child table: a report's rows in the order they are exported (a cell's
#: ``ord`` counts within its table; cell tables come in name order, as ``report_rows`` gives them)
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "sections": (SEQ, "ord"),
    "cells": (SEQ, "table", "ord"),
    "figures": (SEQ, "ord"),
    "findings": (SEQ, "ord"),
    "sentences": (SEQ, "ord"),
    "copies": (SEQ, "ord"),
    "pairs": (SEQ, "ord"),
}

#: the store's own table of each report's narrative (一, 五, 六, tables blanked) for the corpus
#: pass (textmine.batch.corpus_pass); not exported
NARRATIVES = "narratives"
_NARRATIVES = f"""
CREATE TABLE IF NOT EXISTS "{NARRATIVES}" (
    "{SEQ}" INTEGER NOT NULL,
    "ord" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    PRIMARY KEY ("{SEQ}", "ord")
) WITHOUT ROWID"""


def _create_statements() -> list[str]:
    out = [_LEDGER, _NARRATIVES]
    for table, cols in TABLES.items():
        kinds = {c.name: _SQL_TYPES[c.kind] for c in cols}
        defs = ", ".join(f'"{c}" {kinds.get(c, "INTEGER")}' for c in stored_columns(table))
        if table == "reports":
            defs = defs.replace(f'"{SEQ}" INTEGER', f'"{SEQ}" INTEGER PRIMARY KEY')
            defs = defs.replace('"report_id" TEXT', '"report_id" TEXT NOT NULL UNIQUE')
            out.append(f'CREATE TABLE IF NOT EXISTS "{table}" ({defs})')
            # the export's order: reports by source, then report_id (iter_table)
            out.append('CREATE INDEX IF NOT EXISTS "ix_reports_source" ON "reports" ("source", "report_id")')
        else:
            # rows stored in key order (no rowid, no second index): one b-tree to append to,
            # and the export reads each report's rows where they lie
            key = ", ".join(f'"{c}"' for c in ROW_KEYS[table])
            out.append(f'CREATE TABLE IF NOT EXISTS "{table}" ({defs}, PRIMARY KEY ({key})) WITHOUT ROWID')
    return out


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
    """Stamp a new file with :data:`STORE_VERSION`; refuse a file laid out otherwise."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    (n_tables,) = conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    if n_tables == 0:
        conn.execute(f"PRAGMA user_version = {STORE_VERSION}")
    elif version != STORE_VERSION:
        raise StoreVersionMismatch(str(path), f"was written by another version of textmine (store layout "
                                              f"{version}, this one reads {STORE_VERSION}); run with --force to "
                                              "start the batch again, or choose another --out")


class SQLiteStore:
    """The run's SQLite file: six result tables plus the ``files`` ledger."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        try:
            _check_version(self.conn, self.path)
            for statement in _create_statements():
                self.conn.execute(statement)
        except BaseException:
            self.conn.close()
            raise
        self._inserts = {}
        for table in TABLES:
            cols = stored_columns(table)
            names = ", ".join(f'"{c}"' for c in cols)
            marks = ", ".join("?" for _ in cols)
            self._inserts[table] = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            # rows arrive full width (source second); child tables store them without it
            assert table == "reports" or column_names(table)[:2] == ("report_id", "source")

    # -- ledger ------------------------------------------------------------------------
    def ledger(self) -> dict[str, tuple]:
        """``{source: (size, mtime_ns, sha256, report_id, status)}`` of every finished file."""
        rows = self.conn.execute("SELECT source, size, mtime_ns, sha256, report_id, status FROM files")
        return {r[0]: tuple(r[1:]) for r in rows}

    def next_chunk(self) -> int:
        (value,) = self.conn.execute("SELECT COALESCE(MAX(chunk), 0) + 1 FROM files").fetchone()
        return int(value)

    # -- writing -----------------------------------------------------------------------
    def commit_chunk(self, results: list[dict], chunk: int, replaced: dict[str, str]) -> None:
        """Write ``results`` (from :func:`textmine.batch.worker.audit_file`) and mark their
        files done, in one transaction. ``replaced`` maps a source to the report id an
        earlier run stored for it; those rows are deleted first (a changed or retried file)."""
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            stale = {replaced[r["source"]] for r in results if r["source"] in replaced}
            stale |= {r["report_id"] for r in results}  # never two copies of one report
            if stale:
                marks = ", ".join("?" for _ in stale)
                seqs = [row for row in cur.execute(
                    f'SELECT "{SEQ}" FROM "reports" WHERE "report_id" IN ({marks}) ORDER BY 1', sorted(stale))]
                for table in (*TABLES, NARRATIVES):
                    cur.executemany(f'DELETE FROM "{table}" WHERE "{SEQ}" = ?', seqs)
            (first,) = cur.execute(f'SELECT COALESCE(MAX("{SEQ}"), 0) + 1 FROM "reports"').fetchone()
            seqs = range(first, first + len(results))
            for table in TABLES:
                rows = []
                for seq, result in zip(seqs, results):
                    table_rows = result["rows"].get(table) or ()
                    if table == "reports":
                        rows.extend((seq, *row) for row in table_rows)
                    else:
                        rows.extend((seq, row[0], *row[2:]) for row in table_rows)
                if rows:
                    cur.executemany(self._inserts[table], rows)
            cur.executemany(
                f'INSERT INTO "{NARRATIVES}" ("{SEQ}", "ord", "section", "start", "text") VALUES (?, ?, ?, ?, ?)',
                [(seq, i, *part) for seq, result in zip(seqs, results)
                 for i, part in enumerate(result.get("narratives") or ())])
            cur.executemany(
                "INSERT OR REPLACE INTO files (source, size, mtime_ns, sha256, report_id, status, error, "
                "seconds, chunk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(r["source"], r["size"], r["mtime_ns"], r["sha256"], r["report_id"], r["status"],
                  r["error"], r["seconds"], chunk) for r in results])
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:  # pragma: no cover - another reader holds it
            pass
        self.conn.close()

    # -- reading -----------------------------------------------------------------------
    def iter_table(self, table: str, batch_rows: int = 20000,
                   reports: "tuple[tuple | None, tuple | None]" = (None, None)) -> Iterator[list[tuple]]:
        """Rows of ``table`` in report order (by source, then ``ord``), with ``source`` put
        back, as lists of full-width tuples of at most ``batch_rows``. One query joined
        with ``reports`` and walked in the order of its indexes, so SQLite streams the rows
        already in place (no per-report query, no reshaping in Python). ``reports``: only
        the reports from ``(source, report_id)`` (inclusive) to another (exclusive); None
        is open-ended (:func:`report_ranges`)."""
        return _iter_table(self.conn, table, batch_rows, reports)

    def report_ranges(self, parts: int) -> list[tuple[tuple | None, tuple | None]]:
        """``parts`` ranges of reports in export order, as even in size as whole reports
        allow (for :meth:`iter_table`)."""
        keys = self.conn.execute('SELECT "source", "report_id" FROM "reports" ORDER BY "source", "report_id"').fetchall()
        parts = max(1, min(parts, len(keys)))
        cuts = [tuple(keys[len(keys) * k // parts]) for k in range(1, parts)]
        bounds = [None, *cuts, None]
        return list(zip(bounds, bounds[1:]))

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def _iter_table(conn: sqlite3.Connection, table: str, batch_rows: int,
                reports: tuple[tuple | None, tuple | None]) -> Iterator[list[tuple]]:
    low, high = reports
    where, params = [], []
    if low is not None:
        where.append('(r."source", r."report_id") >= (?, ?)')
        params.extend(low)
    if high is not None:
        where.append('(r."source", r."report_id") < (?, ?)')
        params.extend(high)
    condition = f' WHERE {" AND ".join(where)}' if where else ""
    if table == "reports":
        select = ", ".join(f'"{c}"' for c in column_names(table))
        query = f'SELECT {select} FROM "reports" AS r{condition} ORDER BY "source", "report_id"'
    else:
        select = ", ".join('r."source"' if c == "source" else f't."{c}"' for c in column_names(table))
        order = ", ".join(f't."{c}"' for c in ROW_KEYS[table][1:])
        query = (f'SELECT {select} FROM "reports" AS r JOIN "{table}" AS t ON t."{SEQ}" = r."{SEQ}"'
                 f'{condition} ORDER BY r."source", r."report_id", {order}')
    cursor = conn.execute(query, params)
    while True:
        rows = cursor.fetchmany(batch_rows)
        if not rows:
            return
        yield rows


# --------------------------------------------------------------------------- exports

#: rows per Parquet row group (and per batch read from SQLite); fixed, so that an export's
#: bytes do not depend on how many processes made it
ROW_GROUP_ROWS = 20000
#: below this many reports an export is not worth splitting between processes
PARALLEL_EXPORT_MIN_REPORTS = 2000


def _arrow_schema(table: str):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "json": pa.string()}
    return pa.schema([pa.field(c.name, types[c.kind]) for c in TABLES[table]])


def _arrow_batch(rows: list[tuple], schema):
    import pyarrow as pa

    columns = list(zip(*rows)) if rows else [() for _ in schema]
    return pa.Table.from_arrays([pa.array(list(col), type=field.type) for col, field in zip(columns, schema)],
                                schema=schema)


def _replace(tmp: Path, final: Path) -> None:
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, final)


class _Regrouped:
    """Writes Arrow tables to writers in row groups of exactly :data:`ROW_GROUP_ROWS` rows
    (the last one shorter), whatever sizes the tables come in."""

    def __init__(self, writers: list, schema):
        self.writers, self.schema = writers, schema
        self.held: list = []
        self.n_held = 0
        self.wrote = False

    def add(self, table) -> None:
        import pyarrow as pa

        self.held.append(table)
        self.n_held += table.num_rows
        while self.n_held >= ROW_GROUP_ROWS:
            combined = pa.concat_tables(self.held)
            self._write(combined.slice(0, ROW_GROUP_ROWS))
            rest = combined.slice(ROW_GROUP_ROWS)
            self.held, self.n_held = ([rest] if rest.num_rows else []), rest.num_rows

    def close(self) -> None:
        import pyarrow as pa

        if self.n_held or not self.wrote:  # an empty table still gets a file with its columns
            held = pa.concat_tables(self.held) if self.held else _arrow_batch([], self.schema)
            self._write(held)
        self.held, self.n_held = [], 0

    def _write(self, table) -> None:
        table = table.combine_chunks()
        for writer in self.writers:  # a ParquetWriter makes one row group of each call
            writer.write_table(table)
        self.wrote = True


def export_part(db_path: str, reports: tuple, directory: str, tag: str) -> dict[str, str]:
    """Run in a worker by a parallel :func:`export`: every table's rows of one range of
    reports (:meth:`SQLiteStore.report_ranges`), converted to Arrow and written to an Arrow
    IPC file in ``directory``; returns ``{table: path}``."""
    import pyarrow as pa

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    written = {}
    try:
        for table in TABLES:
            schema = _arrow_schema(table)
            path = os.path.join(directory, f"{tag}.{table}.arrow")
            with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
                for rows in _iter_table(conn, table, ROW_GROUP_ROWS, tuple(reports)):
                    writer.write_table(_arrow_batch(rows, schema))
            written[table] = path
    finally:
        conn.close()
    return written


def export(store: SQLiteStore, out: Path, *, parquet: bool = True, csv: bool = False,
           executor=None, parts: int = 1, min_reports: int | None = None) -> dict[str, list[Path]]:
    """Write ``out/parquet/<table>.parquet`` and/or ``out/csv/<table>.csv`` from the store.

    With an ``executor`` whose workers share this machine's disk and ``parts`` > 1, a store
    of at least ``min_reports`` reports is read in ``parts`` ranges at once (the reading and
    the conversion to Arrow are most of an export's time), each range into temporary Arrow
    files that are then written out in order (``min_reports`` defaults to
    :data:`PARALLEL_EXPORT_MIN_REPORTS`). The files are byte-identical either way."""
    import shutil
    import tempfile

    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    if not (parquet or csv):
        return {}
    for stale in out.glob(".export-*"):  # left by an export that was killed
        shutil.rmtree(stale, ignore_errors=True)
    pieces: list[dict[str, str]] | None = None
    scratch = None
    if min_reports is None:
        min_reports = PARALLEL_EXPORT_MIN_REPORTS
    if executor is not None and parts > 1 and \
            store.conn.execute('SELECT COUNT(*) FROM "reports"').fetchone()[0] >= min_reports:
        scratch = tempfile.mkdtemp(prefix=".export-", dir=out)
        ranges = store.report_ranges(parts)
        futures = [executor.submit(export_part, str(store.path), reports, scratch, f"part{k:03d}")
                   for k, reports in enumerate(ranges)]
        pieces = [f.result() for f in futures]

    written: dict[str, list[Path]] = {}
    try:
        for table in TABLES:
            schema = _arrow_schema(table)
            writers = []
            if parquet:
                final = out / PARQUET_DIR / f"{table}.parquet"
                final.parent.mkdir(parents=True, exist_ok=True)
                tmp = final.with_name(f".{final.name}.tmp")
                writers.append((tmp, final, pq.ParquetWriter(str(tmp), schema, compression="zstd")))
            if csv:
                final = out / CSV_DIR / f"{table}.csv"
                final.parent.mkdir(parents=True, exist_ok=True)
                tmp = final.with_name(f".{final.name}.tmp")
                writers.append((tmp, final, pacsv.CSVWriter(str(tmp), schema)))
            regrouped = _Regrouped([w for _, _, w in writers], schema)
            try:
                if pieces is None:
                    for rows in store.iter_table(table, ROW_GROUP_ROWS):
                        regrouped.add(_arrow_batch(rows, schema))
                else:
                    for piece in pieces:
                        with pa.memory_map(piece[table]) as source:
                            reader = pa.ipc.open_file(source)
                            for i in range(reader.num_record_batches):
                                regrouped.add(pa.Table.from_batches([reader.get_batch(i)]))
                regrouped.close()
            finally:
                for _, _, writer in writers:
                    writer.close()
            for tmp, final, _ in writers:
                _replace(tmp, final)
            written[table] = [final for _, final, _ in writers]
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return written


__all__ = ["SQLiteStore", "StoreVersionMismatch", "NARRATIVES", "export", "export_part", "stored_columns", "SQLITE_NAME",
           "PARQUET_DIR", "CSV_DIR", "STORE_VERSION"]
