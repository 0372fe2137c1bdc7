"""Where batch results go: an SQLite file (the embedded store and the run's ledger), then
Parquet and CSV exports of the six tidy tables.

SQLite is written as results arrive, one transaction per chunk: a chunk's rows and the
ledger entries saying its files are done commit together or not at all, so a run killed
with ``kill -9`` restarts exactly where its last commit left it (WAL journal; a killed
process loses nothing committed). Child tables hold ``report_id`` (join ``reports`` for the
source) to keep the file small; the exports carry ``source`` on every row.

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


def stored_columns(table: str) -> tuple[str, ...]:
    """Columns a table has in SQLite: child tables leave out ``source``."""
    names = column_names(table)
    return names if table == "reports" else tuple(n for n in names if n != "source")


def _create_statements() -> list[str]:
    out = [_LEDGER]
    for table, cols in TABLES.items():
        stored = set(stored_columns(table))
        defs = ", ".join(f'"{c.name}" {_SQL_TYPES[c.kind]}' for c in cols if c.name in stored)
        if table == "reports":
            defs = defs.replace('"report_id" TEXT', '"report_id" TEXT PRIMARY KEY')
        out.append(f'CREATE TABLE IF NOT EXISTS "{table}" ({defs})')
        if table == "reports":
            # the export's order: reports by source, then report_id (iter_table)
            out.append('CREATE INDEX IF NOT EXISTS "ix_reports_source" ON "reports" ("source", "report_id")')
        else:
            out.append(f'CREATE INDEX IF NOT EXISTS "ix_{table}_report" ON "{table}" ("report_id", "ord")')
    return out


class SQLiteStore:
    """The run's SQLite file: six result tables plus the ``files`` ledger."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        for statement in _create_statements():
            self.conn.execute(statement)
        self._inserts = {}
        self._source_pos = {}
        for table in TABLES:
            cols = stored_columns(table)
            names = ", ".join(f'"{c}"' for c in cols)
            marks = ", ".join("?" for _ in cols)
            self._inserts[table] = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            all_cols = column_names(table)
            self._source_pos[table] = None if table == "reports" else all_cols.index("source")

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
                ids = [(rid,) for rid in sorted(stale)]
                for table in TABLES:
                    cur.executemany(f'DELETE FROM "{table}" WHERE report_id = ?', ids)
            for table in TABLES:
                pos = self._source_pos[table]
                rows = []
                for result in results:
                    table_rows = result["rows"].get(table) or ()
                    if pos is None:
                        rows.extend(table_rows)
                    else:
                        rows.extend(row[:pos] + row[pos + 1:] for row in table_rows)
                if rows:
                    cur.executemany(self._inserts[table], rows)
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
    def iter_table(self, table: str, batch_rows: int = 20000) -> Iterator[list[tuple]]:
        """Rows of ``table`` in report order (by source, then ``ord``), with ``source`` put
        back, as lists of full-width tuples of at most ``batch_rows``. One query joined
        with ``reports`` and walked in the order of its indexes, so SQLite streams the rows
        already in place (no per-report query, no reshaping in Python)."""
        if table == "reports":
            select = ", ".join(f'"{c}"' for c in stored_columns(table))
            query = f'SELECT {select} FROM "reports" ORDER BY "source", "report_id"'
        else:
            select = ", ".join('r."source"' if c == "source" else f't."{c}"' for c in column_names(table))
            query = (f'SELECT {select} FROM "reports" AS r JOIN "{table}" AS t ON t."report_id" = r."report_id" '
                     f'ORDER BY r."source", r."report_id", t."ord"')
        cursor = self.conn.execute(query)
        while True:
            rows = cursor.fetchmany(batch_rows)
            if not rows:
                return
            yield rows

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in TABLES}


# --------------------------------------------------------------------------- exports


def _arrow_schema(table: str):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "json": pa.string()}
    return pa.schema([pa.field(c.name, types[c.kind]) for c in TABLES[table]])


def _arrow_batch(table: str, rows: list[tuple], schema):
    import pyarrow as pa

    columns = list(zip(*rows)) if rows else [() for _ in schema]
    return pa.Table.from_arrays([pa.array(list(col), type=field.type) for col, field in zip(columns, schema)],
                                schema=schema)


def _replace(tmp: Path, final: Path) -> None:
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, final)


def export(store: SQLiteStore, out: Path, *, parquet: bool = True, csv: bool = False) -> dict[str, list[Path]]:
    """Write ``out/parquet/<table>.parquet`` and/or ``out/csv/<table>.csv`` from the store."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    written: dict[str, list[Path]] = {}
    for table in TABLES:
        schema = _arrow_schema(table)
        targets = []
        writers = []
        if parquet:
            final = out / PARQUET_DIR / f"{table}.parquet"
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp = final.with_name(f".{final.name}.tmp")
            writers.append(("parquet", tmp, final, pq.ParquetWriter(str(tmp), schema, compression="zstd")))
        if csv:
            final = out / CSV_DIR / f"{table}.csv"
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp = final.with_name(f".{final.name}.tmp")
            writers.append(("csv", tmp, final, pacsv.CSVWriter(str(tmp), schema)))
        if not writers:
            continue
        try:
            wrote_any = False
            for rows in store.iter_table(table):
                if not rows:
                    continue
                batch = _arrow_batch(table, rows, schema)
                for _, _, _, writer in writers:
                    writer.write_table(batch)
                wrote_any = True
            if not wrote_any:  # an empty table still gets a file with its columns
                empty = _arrow_batch(table, [], schema)
                for _, _, _, writer in writers:
                    writer.write_table(empty)
        finally:
            for _, _, _, writer in writers:
                writer.close()
        for kind, tmp, final, _ in writers:
            _replace(tmp, final)
            targets.append(final)
        written[table] = targets
    return written


__all__ = ["SQLiteStore", "export", "stored_columns", "SQLITE_NAME", "PARQUET_DIR", "CSV_DIR"]
