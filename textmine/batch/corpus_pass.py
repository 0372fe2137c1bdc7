"""The corpus pass of a batch: once every file is audited, the checks that need the whole
batch (:mod:`textmine.corpus`: 内容雷同, governments against their departments, year pairs)
read what the audits left in the store (or in memory) and write their results back:

* ``findings``: the corpus rules' findings appended to each report's own (``ord`` after its
  last), the reports' ``n_findings`` / ``n_fail`` / ``n_uncertain`` counted again;
* ``copies``: one row per report per report it shares text with;
* ``pairs``: one row per report of a ``--previous`` batch: its partner, or why it has none.

The pass replaces whatever an earlier pass wrote, so a resumed batch ends with the same rows
as one run straight through (reports are read in report-id order, whatever order they came
in).
"""
from __future__ import annotations

import dataclasses
import json
import sqlite3
from typing import Any, Iterable, Iterator, Sequence

from ..corpus.copies import CorpusDoc, Docs, find_copies
from ..corpus.hierarchy import CELLS, Member
from ..corpus.pairing import Pairing
from ..corpus.run import RULE_PREFIX, corpus_records
from ..render.frames import AGENCY_COLUMNS, CORPUS_TABLES, column_names, record_rows
from .store import NARRATIVES, SEQ, SQLiteStore, stored_columns

#: reports read from the store at a time
READ_CHUNK = 500


@dataclasses.dataclass(frozen=True)
class Info:
    """A report's row as the pass needs it."""

    seq: int | None
    report_id: str
    source: str
    status: str
    year: int | None
    identity: dict

    def doc(self, parts: Sequence) -> CorpusDoc:
        return CorpusDoc(self.report_id, self.source, self.year, self.identity,
                         tuple((s, int(a), t) for s, a, t in parts))


def identity_of(row: dict) -> dict[str, Any]:
    """The agency identity a ``reports`` row keeps (its ``agency_*`` columns)."""
    identity = {key: row.get(column) for column, key in AGENCY_COLUMNS.items()}
    former = identity.get("former_names")
    if isinstance(former, str):
        identity["former_names"] = json.loads(former)
    identity["former_names"] = identity.get("former_names") or []
    return identity


def _info(row: dict, seq: int | None) -> Info:
    return Info(seq, row["report_id"], row["source"], row["status"], row.get("year"), identity_of(row))


# --------------------------------------------------------------------------- the store


class StoreDocs(Docs):
    """The batch's reports as the copy check reads them: from the store, a chunk at a time."""

    def __init__(self, conn: sqlite3.Connection, infos: Sequence[Info]):
        self.conn = conn
        self.infos = sorted((i for i in infos if i.status == "ok"), key=lambda i: i.report_id)
        self.by_id = {i.report_id: i for i in self.infos}

    def _read(self, infos: Sequence[Info]) -> Iterator[CorpusDoc]:
        for k in range(0, len(infos), READ_CHUNK):
            chunk = infos[k:k + READ_CHUNK]
            parts: dict[int, list] = {}
            marks = ", ".join("?" for _ in chunk)
            for seq, section, start, text in self.conn.execute(
                    f'SELECT "{SEQ}", "section", "start", "text" FROM "{NARRATIVES}" WHERE "{SEQ}" IN ({marks}) '
                    f'ORDER BY "{SEQ}", "ord"', [i.seq for i in chunk]):
                parts.setdefault(seq, []).append((section, start, text))
            for info in chunk:
                yield info.doc(parts.get(info.seq, ()))

    def sample(self, n: int) -> Iterator[CorpusDoc]:
        return self._read(self.infos[:n])

    def __iter__(self) -> Iterator[CorpusDoc]:
        return self._read(self.infos)

    def get(self, ids: Iterable[str]) -> dict[str, CorpusDoc]:
        wanted = [self.by_id[i] for i in sorted(set(ids)) if i in self.by_id]
        return {d.report_id: d for d in self._read(wanted)}


def _store_infos(conn: sqlite3.Connection) -> list[Info]:
    names = ["report_id", "source", "status", "year", *AGENCY_COLUMNS]
    select = ", ".join(f'"{n}"' for n in (SEQ, *names))
    return [_info(dict(zip(names, row[1:])), row[0])
            for row in conn.execute(f'SELECT {select} FROM "reports" ORDER BY "report_id"')]


def _store_members(conn: sqlite3.Connection, infos: Sequence[Info]) -> list[Member]:
    values: dict[int, dict] = {}
    wanted = {(t, r, c) for t, r, c, _ in CELLS}
    for seq, table, row, column, value in conn.execute(
            f'SELECT "{SEQ}", "table", "row", "column", "value" FROM "cells" WHERE "status" = \'value\' '
            f'AND "row" IN ({", ".join("?" for _ in CELLS)})', [r for _, r, _, _ in CELLS]):
        if (table, row, column) in wanted and value is not None:
            values.setdefault(seq, {})[(table, row, column)] = value
    return [Member(i.report_id, i.source, i.year, i.identity, values.get(i.seq, {})) for i in infos
            if i.status == "ok"]


def _with_ids(pairings: Sequence[Pairing], infos: Sequence[Info]) -> list[Pairing]:
    """The pairings with each side's report id (pairing ran before the audits gave them)."""
    ids = {i.source: i.report_id for i in infos}

    def fill(entry):
        return dataclasses.replace(entry, report_id=ids.get(entry.source)) if entry is not None else None

    return [dataclasses.replace(p, this=fill(p.this), previous=fill(p.previous)) for p in pairings]


def run_store_pass(store: SQLiteStore, pairings: Sequence[Pairing] = (), *, on_progress=None) -> dict[str, int]:
    """The corpus pass over a store (see the module docstring); returns counts of what it wrote."""
    conn = store.conn
    infos = _store_infos(conn)
    copies = find_copies(StoreDocs(conn, infos), on_progress=on_progress)
    records = corpus_records(copies, _store_members(conn, infos), _with_ids(pairings, infos))
    by_id = {i.report_id: i for i in infos}
    last_ord = dict(conn.execute(f'SELECT "{SEQ}", MAX("ord") FROM "findings" GROUP BY "{SEQ}"'))
    cur = conn.cursor()
    cur.execute("BEGIN IMMEDIATE")
    try:
        for table in CORPUS_TABLES:
            cur.execute(f'DELETE FROM "{table}"')
        cur.execute('DELETE FROM "findings" WHERE "rule" LIKE ?', (RULE_PREFIX + "%",))
        written = {"findings": 0, "copies": 0, "pairs": 0}
        for report_id in sorted(records):
            info = by_id.get(report_id)
            if info is None:
                continue
            rows = _rows(info, records[report_id], last_ord.get(info.seq, -1) + 1)
            for table, table_rows in rows.items():
                if table_rows:
                    cols = stored_columns(table)
                    names = ", ".join(f'"{c}"' for c in cols)
                    marks = ", ".join("?" for _ in cols)
                    cur.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                                    [(info.seq, row[0], *row[2:]) for row in table_rows])
                    written[table] += len(table_rows)
        cur.execute(f'''UPDATE "reports" SET
            "n_findings" = (SELECT COUNT(*) FROM "findings" AS f WHERE f."{SEQ}" = "reports"."{SEQ}"),
            "n_fail" = (SELECT COUNT(*) FROM "findings" AS f WHERE f."{SEQ}" = "reports"."{SEQ}" AND f."status" = 'FAIL'),
            "n_uncertain" = (SELECT COUNT(*) FROM "findings" AS f
                             WHERE f."{SEQ}" = "reports"."{SEQ}" AND f."status" = 'UNCERTAIN')
            WHERE "status" = 'ok' ''')
        cur.execute("COMMIT")
    except BaseException:
        cur.execute("ROLLBACK")
        raise
    return written


def _rows(info: Info, record: dict, first_finding_ord: int, json_text: bool = True) -> dict[str, list[tuple]]:
    return {
        "findings": record_rows("findings", info.report_id, info.source, (f.to_dict() for f in record["findings"]),
                                start_ord=first_finding_ord, json_text=json_text),
        "copies": record_rows("copies", info.report_id, info.source, record["copies"], json_text=json_text),
        "pairs": record_rows("pairs", info.report_id, info.source, record["pairs"], json_text=json_text),
    }


# --------------------------------------------------------------------------- in memory


def run_memory_pass(tables: dict[str, list[tuple]], narratives: dict[str, list], pairings: Sequence[Pairing] = (),
                    *, on_progress=None) -> dict[str, int]:
    """The corpus pass over a batch kept in memory (``tables``: rows by table, JSON columns
    as text; ``narratives``: report id -> parts), changed in place."""
    names = column_names("reports")
    reports = [dict(zip(names, row)) for row in tables["reports"]]
    infos = [_info(r, None) for r in reports]
    docs = Docs([i.doc(narratives.get(i.report_id, ())) for i in infos if i.status == "ok"])
    cell_names = column_names("cells")
    values: dict[str, dict] = {}
    wanted = {(t, r, c) for t, r, c, _ in CELLS}
    for row in tables["cells"]:
        cell = dict(zip(cell_names, row))
        key = (cell["table"], cell["row"], cell["column"])
        if key in wanted and cell["status"] == "value" and cell["value"] is not None:
            values.setdefault(cell["report_id"], {})[key] = cell["value"]
    members = [Member(i.report_id, i.source, i.year, i.identity, values.get(i.report_id, {}))
               for i in infos if i.status == "ok"]
    records = corpus_records(find_copies(docs, on_progress=on_progress), members, _with_ids(pairings, infos))
    finding_names = column_names("findings")
    rule_at, rid_at, ord_at = finding_names.index("rule"), finding_names.index("report_id"), finding_names.index("ord")
    tables["findings"] = [r for r in tables["findings"] if not str(r[rule_at]).startswith(RULE_PREFIX)]
    for table in CORPUS_TABLES:
        tables[table] = []
    last_ord: dict[str, int] = {}
    for row in tables["findings"]:
        last_ord[row[rid_at]] = max(last_ord.get(row[rid_at], -1), row[ord_at])
    by_id = {i.report_id: i for i in infos}
    written = {"findings": 0, "copies": 0, "pairs": 0}
    for report_id in sorted(records):
        for table, rows in _rows(by_id[report_id], records[report_id], last_ord.get(report_id, -1) + 1).items():
            tables[table].extend(rows)
            written[table] += len(rows)
    status_at = finding_names.index("status")
    counts: dict[str, list[int]] = {}
    for row in tables["findings"]:
        c = counts.setdefault(row[rid_at], [0, 0, 0])
        c[0] += 1
        c[1] += row[status_at] == "FAIL"
        c[2] += row[status_at] == "UNCERTAIN"
    at = [names.index(n) for n in ("n_findings", "n_fail", "n_uncertain")]
    for k, row in enumerate(tables["reports"]):
        if row[names.index("status")] == "ok":
            row = list(row)
            for position, value in zip(at, counts.get(row[names.index("report_id")], [0, 0, 0])):
                row[position] = value
            tables["reports"][k] = tuple(row)
    return written


__all__ = ["run_store_pass", "run_memory_pass", "StoreDocs", "identity_of", "CORPUS_TABLES"]
