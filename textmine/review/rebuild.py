"""A :class:`~textmine.model.Report` put back together from a batch store's rows, so the
review shows a report with the same audit page renderer as ``textmine audit --html``, and shows
exactly the findings the store holds (the ones decisions are made on).

The store keeps every record's fields (the columns, and the rest in ``extra``) but not the
report's text unless the batch ran with ``--text``; :func:`report_text` finds it: the stored
text, or the source file read again when it is still the file the batch audited (same
SHA-256), else none (the page then says why, and the evidence is quoted from the figures and
sentences the store holds).
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import sqlite3

from ..errors import TextmineError
from ..figures.model import Figure
from ..model import Document, Metadata, Report, Section, SectionMap
from ..problems.model import Sentence
from ..reconcile.model import Evidence, Finding
from ..tables.model import ParsedTable, TableValue


def _json(value):
    return json.loads(value) if isinstance(value, str) and value else (value or None)


def _fields(cls) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def _record(cls, row: sqlite3.Row, columns: tuple[str, ...], renamed: dict[str, str] | None = None,
            tuples: tuple[str, ...] = ()):
    """``cls(...)`` from a row: the named columns, then the keys of ``extra`` the class knows."""
    known = _fields(cls)
    values = {}
    for column in columns:
        values[(renamed or {}).get(column, column)] = row[column]
    for key, value in (_json(row["extra"]) or {}).items():
        if key in known and key not in values:
            values[key] = value
    for key in tuples:
        if isinstance(values.get(key), list):
            values[key] = tuple(values[key])
    return cls(**{k: v for k, v in values.items() if k in known})


def _number(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _file_sha256(path: str) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


@functools.lru_cache(maxsize=16)
def _source_text(source: str, sha256: str | None, size: int, mtime_ns: int) -> tuple[str | None, str]:
    from ..readers import load

    if sha256 and _file_sha256(source) != sha256:
        return None, "报告文件在批处理之后已被修改，原文偏移量不再对应；请重新运行批处理"
    try:
        return load(source).text, ""
    except TextmineError as exc:
        return None, f"读取报告文件失败：{exc.problem}"


def report_text(row: sqlite3.Row) -> tuple[str | None, str]:
    """``(text, why not)`` for a ``reports`` row (see the module's docstring)."""
    if row["text"]:
        return row["text"], ""
    source = row["source"]
    try:
        stat = os.stat(source)
    except (OSError, TypeError, ValueError):
        return None, "找不到报告文件（批处理时未保存原文：textmine batch --text 可保存）"
    return _source_text(source, row["sha256"], stat.st_size, stat.st_mtime_ns)


def report_row(conn: sqlite3.Connection, report_id: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM reports WHERE report_id = ?", (report_id,)).fetchone()


def rebuild_report(conn: sqlite3.Connection, row: sqlite3.Row, text: str | None) -> Report:
    """The report of ``row`` (a ``reports`` row) with its stored records."""
    seq = row["report_seq"]
    extra = _json(row["extra"]) or {}
    document = Document(source=row["source"], format=row["format"] or "txt", text=text or "",
                        encoding=row["encoding"])
    sections = tuple(
        Section(r["key"], r["title"] or "", None, r["start"], r["start"], r["end"])
        for r in conn.execute('SELECT key, title, start, "end" FROM sections WHERE report_seq = ? ORDER BY ord', (seq,)))
    section_map = SectionMap(sections, tuple(_json(row["missing_sections"]) or ()),
                             tuple(_json(row["section_notes"]) or ()))
    metadata = Metadata(title=row["title"], agency=row["agency"], year=row["year"],
                        template=row["template"] or "unknown", fragment=bool(extra.get("fragment")))
    tables: dict[str, list] = {}
    layout: dict[str, tuple] = {}
    for r in conn.execute('SELECT * FROM cells WHERE report_seq = ? ORDER BY "table", ord', (seq,)):
        cell = _record(TableValue, r, ("row", "column", "value", "status", "raw", "start", "end", "note"))
        tables.setdefault(r["table"], []).append(dataclasses.replace(cell, value=_number(cell.value)))
        layout.setdefault(r["table"], (r["template"] or "unknown", r["rendering"] or "missing"))
    parsed = {key: ParsedTable(key, layout[key][0], layout[key][1], tuple(values)) for key, values in tables.items()}
    figures = tuple(
        dataclasses.replace(f, value=_number(f.value))
        for f in (_record(Figure, r, ("metric", "value", "unit", "start", "end", "text", "qualifier", "channel",
                                      "category", "section"), tuples=("parts",))
                  for r in conn.execute("SELECT * FROM figures WHERE report_seq = ? ORDER BY ord", (seq,))))
    sentences = tuple(
        _record(Sentence, r, ("section", "text", "start", "end", "label", "specificity", "topics", "reasons"),
                tuples=("topics", "reasons", "addresses", "addressed_by"))
        for r in _with_json(conn.execute("SELECT * FROM sentences WHERE report_seq = ? ORDER BY ord", (seq,)),
                            ("topics", "reasons")))
    findings = tuple(finding_of(r) for r in conn.execute(
        "SELECT * FROM findings WHERE report_seq = ? ORDER BY ord", (seq,)))
    return Report(document=document, sections=section_map, metadata=metadata, tables=parsed, figures=figures,
                  sentences=sentences, findings=findings)


def _with_json(rows, columns: tuple[str, ...]):
    """Rows as dicts with the named JSON columns decoded (sentences' topics and reasons)."""
    for r in rows:
        out = {k: r[k] for k in r.keys()}
        for column in columns:
            out[column] = _json(out[column]) or []
        yield out


def finding_of(row) -> Finding:
    """A :class:`Finding` from a ``findings`` row."""
    extra = _json(row["extra"]) or {}
    evidence = tuple(Evidence(**{k: v for k, v in e.items() if k in _fields(Evidence)})
                     for e in (_json(row["evidence"]) or ()))
    return Finding(rule=row["rule"], status=row["status"], severity=row["severity"], message=row["message"] or "",
                   expected=_json(row["expected_json"]), found=_json(row["found_json"]), evidence=evidence,
                   tolerance=extra.get("tolerance"), unit=extra.get("unit"))


__all__ = ["rebuild_report", "report_text", "report_row", "finding_of"]
