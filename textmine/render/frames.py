"""Tidy tables of a report: one row per report, section, table cell, figure, finding and
section 五 sentence.

Everything is built from ``Report.to_dict()`` (the contract), never from a stage's internals,
so the frames keep working whatever the stages add: keys a table does not declare are kept in
its ``extra`` column as JSON instead of being dropped. The same declarations drive the batch
stores (:mod:`textmine.batch`), so a frame from one report in memory and a table read back from
a batch run have the same columns in the same order.

    >>> frames = textmine.render.frames.frames(textmine.audit("report.txt"))
    >>> frames["figures"][["metric", "value", "unit"]]
"""
from __future__ import annotations

import functools

import hashlib
import json
import math
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

#: column kinds: how a value is held in pandas / Parquet / SQLite.
#:   str, int, float: scalars (nullable); json: lists and mappings (a Python object in
#:   memory, JSON text in the stores).
KINDS = ("str", "int", "float", "json")


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: str
    doc: str = ""


def _cols(*spec: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in spec)


#: The key columns every table starts with: which report (``report_id``) and which file.
_KEY = (("report_id", "str", "stable id of the report: hash of its source and its bytes"),
        ("source", "str", "the file as given"))

#: One declaration per tidy table, in the order rows are written. ``ord`` is the position of
#: the record inside its report (as ``to_dict`` lists them), so rows sort back into report order.
TABLES: dict[str, tuple[Column, ...]] = {
    "reports": _cols(
        *_KEY,
        ("status", "str", "ok | error"),
        ("error", "str", "error code (TextmineError.code, 'worker_crashed', 'internal', ...)"),
        ("problem", "str", "what went wrong, in words"),
        ("format", "str", "txt | html | docx | pdf"),
        ("encoding", "str", ""),
        ("title", "str", ""),
        ("agency", "str", ""),
        ("year", "int", ""),
        ("template", "str", "2021 | 2019 | pre-2019 | unknown"),
        ("fragment", "int", "1: the page starts inside its report (metadata.fragment)"),
        ("agency_name", "str", "the agency as the report names itself, cleaned (textmine.agency)"),
        ("agency_key", "str", "the name normalised for matching: own place|canonical body"),
        ("agency_level", "str", "province | city | county | township | <level>_department | "
                                "development_zone | national_department | department | unknown"),
        ("agency_kind", "str", "issuer kind (乡镇街道, 县区政府, 县级政府工作部门, ...)"),
        ("agency_region", "str", "places the name or text gives, outermost first"),
        ("agency_parent", "str", "the government above it, where the name or text gives it"),
        ("agency_coverage", "str", "departments | own | null: what the report says its figures cover"),
        ("agency_former_names", "json", "names the text says the agency had"),
        ("n_chars", "int", "length of the normalised text"),
        ("n_sections", "int", ""),
        ("missing_sections", "json", "standard parts not found"),
        ("section_notes", "json", ""),
        ("n_tables", "int", "standard tables parsed"),
        ("n_cells", "int", ""),
        ("n_figures", "int", ""),
        ("n_findings", "int", ""),
        ("n_fail", "int", "findings with status FAIL"),
        ("n_uncertain", "int", "findings with status UNCERTAIN"),
        ("n_sentences", "int", "section 五 sentences"),
        ("n_problems", "int", "sentences labelled problem"),
        ("n_measures", "int", "sentences labelled measure"),
        ("size_bytes", "int", "file size (batch only)"),
        ("sha256", "str", "hash of the file's bytes (batch only)"),
        ("text", "str", "normalised text (only when asked for)"),
        ("extra", "json", "report-level keys this table does not declare"),
    ),
    "sections": _cols(
        *_KEY,
        ("ord", "int", "position in the report"),
        ("key", "str", "overview | active_disclosure | ... | other, or a non-standard part"),
        ("title", "str", ""),
        ("start", "int", ""),
        ("end", "int", ""),
        ("extra", "json", ""),
    ),
    "cells": _cols(
        *_KEY,
        ("ord", "int", "position of the cell in its table"),
        ("table", "str", "active_disclosure | applications | review_litigation"),
        ("row", "str", "canonical row (contract.md)"),
        ("column", "str", "canonical column"),
        ("value", "float", "the number; null for blank / not applicable / unknown"),
        ("status", "str", "value | blank | not_applicable | unknown"),
        ("raw", "str", "the cell as written"),
        ("start", "int", ""),
        ("end", "int", ""),
        ("note", "str", ""),
        ("template", "str", "the table's template generation"),
        ("rendering", "str", "how the table was written (tsv, pipe, html-grid, ...)"),
        ("extra", "json", ""),
    ),
    "figures": _cols(
        *_KEY,
        ("ord", "int", ""),
        ("metric", "str", ""),
        ("value", "float", ""),
        ("unit", "str", ""),
        ("qualifier", "str", "null | approx | more_than | less_than"),
        ("channel", "str", ""),
        ("category", "str", ""),
        ("section", "str", ""),
        ("start", "int", ""),
        ("end", "int", ""),
        ("text", "str", ""),
        ("extra", "json", ""),
    ),
    "findings": _cols(
        *_KEY,
        ("ord", "int", ""),
        ("rule", "str", ""),
        ("status", "str", "PASS | FAIL | UNCERTAIN | NOT_ASSESSABLE"),
        ("severity", "str", "error | warning | info"),
        ("message", "str", ""),
        ("expected", "float", "expected value when it is a number"),
        ("found", "float", "found value when it is a number"),
        ("expected_json", "json", "expected value whatever its type"),
        ("found_json", "json", "found value whatever its type"),
        ("evidence", "json", "spans and table cells behind the finding"),
        ("extra", "json", ""),
    ),
    "sentences": _cols(
        *_KEY,
        ("ord", "int", ""),
        ("section", "str", ""),
        ("label", "str", "problem | measure | other"),
        ("topics", "json", ""),
        ("specificity", "float", ""),
        ("reasons", "json", ""),
        ("start", "int", ""),
        ("end", "int", ""),
        ("text", "str", ""),
        ("extra", "json", ""),
    ),
    # ---- written by the corpus pass of a batch (textmine.corpus), after every audit -------
    "copies": _cols(
        *_KEY,
        ("ord", "int", ""),
        ("other_report_id", "str", "the report this one shares text with"),
        ("other_source", "str", ""),
        ("other_agency", "str", "the other report's agency name"),
        ("relation", "str", "other_agency | same_agency | unknown_agency"),
        ("status", "str", "FAIL | UNCERTAIN (内容雷同), null for one agency's reports"),
        ("part", "str", "overview | problems | other | all: the part with the largest share"),
        ("share", "float", "share of that part of this report found in the other"),
        ("chars", "int", "characters of it (compacted)"),
        ("other_share", "float", "the same share on the other side"),
        ("whole_share", "float", "share of this report's 一+五+六 found in the other"),
        ("group", "str", "report id standing for the group of reports copying one another"),
        ("spans", "json", "[part, start, end] of the copied runs in this report"),
        ("other_spans", "json", "[part, start, end] of the copied runs in the other report"),
        ("extra", "json", ""),
    ),
    "pairs": _cols(
        *_KEY,
        ("ord", "int", ""),
        ("role", "str", "this | previous: which year of the batch the report is"),
        ("year", "int", ""),
        ("agency_key", "str", ""),
        ("status", "str", "paired | unpaired"),
        ("how", "str", "same_name | former_name | government_office | unique_name"),
        ("why", "str", "why the report has no partner"),
        ("partner_report_id", "str", ""),
        ("partner_source", "str", ""),
        ("partner_year", "int", ""),
        ("extra", "json", ""),
    ),
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)
#: the tables only the corpus pass of a batch fills (a report on its own has no rows there)
CORPUS_TABLES: tuple[str, ...] = ("copies", "pairs")

#: where each record table's rows come from in ``to_dict()``, and the keys that are not
#: copied verbatim into a same-named column (they are derived or renamed).
_RECORD_SOURCES: dict[str, str] = {
    "sections": "sections",
    "figures": "figures",
    "findings": "findings",
    "sentences": "sentences",
}
#: columns filled from a record key of another name: (table, column) -> key
_RENAMED: dict[tuple[str, str], str] = {
    ("findings", "expected_json"): "expected",
    ("findings", "found_json"): "found",
}
#: the columns of a cell row that are the same for every cell of one table (then ``ord``)
_CELL_FIXED = ("report_id", "source", "table", "template", "rendering", "ord")


def column_names(table: str) -> tuple[str, ...]:
    return tuple(c.name for c in TABLES[table])


def report_id(source: str, sha256: str | None = None) -> str:
    """Stable id of a report: its source and, when known, the hash of its bytes, so the same
    file gives the same id in every run and a changed file gets a new one."""
    key = f"{source}\0{sha256 or ''}".encode("utf-8", "surrogatepass")
    return hashlib.sha256(key).hexdigest()[:16]


# --------------------------------------------------------------------------- value coercion


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = float(value)
        return value if math.isfinite(value) else None
    return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


#: each scalar kind's coercion, and the class (with any further test on ``v``) of the values
#: it returns unchanged: a bool is no int here, a float must be finite
_COERCE = {"str": (_str, "str", ""), "int": (_int, "int", ""), "float": (_number, "float", " and isfinite(v)")}


@functools.lru_cache(maxsize=None)
def _row_maker(table: str, fixed: tuple[str, ...], json_text: bool = False):
    """``make(get, values, extra) -> row`` for ``table``: the columns named in ``fixed`` take
    the matching item of ``values`` (already of the column's type), ``extra`` the argument,
    every other column ``coerce(get(key))`` (key: the column's name, or :data:`_RENAMED`);
    with ``json_text`` the ``json`` columns are :func:`encode_json` text, as a store keeps
    them. Written out once per table as one tuple expression: a report gives hundreds of
    rows, and a loop over the columns of each costs several times as much. A value already
    of its column's type (most of them) is taken as it is, without a call; the coercion
    decides the rest."""
    env: dict[str, Any] = {"encode": encode_json, "isfinite": math.isfinite}
    parts = []
    for i, col in enumerate(TABLES[table]):
        if col.name in fixed:
            parts.append(f"values[{fixed.index(col.name)}]")
        elif col.name == "extra":
            parts.append("(None if extra is None else encode(extra))" if json_text else "extra")
        else:
            key = _RENAMED.get((table, col.name), col.name)
            if col.kind == "json":
                parts.append(f"(None if (v := get({key!r})) is None else encode(v))" if json_text
                             else f"get({key!r})")
            else:
                env[f"coerce{i}"], kind, further = _COERCE[col.kind]
                parts.append(f"(v if (v := get({key!r})).__class__ is {kind}{further} else coerce{i}(v))")
    exec(f"def make(get, values, extra):\n    return ({', '.join(parts)},)\n", env)  # noqa: S102 - our own columns
    return env["make"]


@functools.lru_cache(maxsize=None)
def _known(table: str) -> frozenset[str]:
    """Record keys that have a column; any other key goes to ``extra``."""
    return frozenset(column_names(table)) | {key for (t, _), key in _RENAMED.items() if t == table}


def _extra(record: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any] | None:
    """The keys of ``record`` without a column (:func:`_known`), or None when it has none."""
    if known.issuperset(record):
        return None
    return {k: v for k, v in record.items() if k not in known}


# --------------------------------------------------------------------------- rows


def report_rows(data: Mapping[str, Any], *, rid: str | None = None, size_bytes: int | None = None,
                sha256: str | None = None, with_text: bool = False, json_text: bool = False) -> dict[str, list[tuple]]:
    """Rows of all six tables for one report given as ``Report.to_dict()``.

    Rows are tuples in the column order of :data:`TABLES`; ``json`` columns hold Python
    lists/dicts, or with ``json_text`` their :func:`encode_json` text (as the stores keep
    them). ``rid`` defaults to :func:`report_id` of the source."""
    source = data.get("source")
    rid = rid or report_id(source, sha256)
    key = {"report_id": rid, "source": source}
    rows: dict[str, list[tuple]] = {name: [] for name in TABLES}

    text_source = _str(source)
    # sections, figures, findings, sentences: one row per record, in report order
    for table, field in _RECORD_SOURCES.items():
        make, known = _row_maker(table, ("report_id", "source", "ord"), json_text), _known(table)
        out = rows[table]
        for ord_, record in enumerate(data.get(field) or ()):
            out.append(make(record.get, (rid, text_source, ord_), _extra(record, known)))

    # table cells: from the detailed view (status, raw, spans); the nested contract view is
    # the fallback for a table that gives no details.
    details = data.get("table_details") or {}
    make, known = _row_maker("cells", _CELL_FIXED, json_text), _known("cells")
    out = rows["cells"]
    for table_key in sorted((data.get("tables") or {}).keys() | details.keys()):
        detail = details.get(table_key) or {}
        cells = detail.get("cells")
        if cells is None:
            nested = (data.get("tables") or {}).get(table_key) or {}
            cells = [{"row": r, "column": c, "value": v, "status": "value" if v is not None else "blank"}
                     for r, cols in nested.items() for c, v in cols.items()]
        fixed = (rid, text_source, _str(table_key), _str(detail.get("template")), _str(detail.get("rendering")))
        for ord_, cell in enumerate(cells):
            out.append(make(cell.get, (*fixed, ord_), _extra(cell, known)))

    findings = data.get("findings") or ()
    sentences = data.get("sentences") or ()
    report_level = {
        **key,
        "status": "ok",
        "format": data.get("format"),
        "encoding": data.get("encoding"),
        "title": data.get("title"),
        "agency": data.get("agency"),
        "year": data.get("year"),
        "template": data.get("template"),
        "fragment": data.get("fragment"),
        **_agency_columns(data.get("agency_identity")),
        "n_chars": len(data.get("text") or ""),
        "n_sections": len(data.get("sections") or ()),
        "missing_sections": list(data.get("missing_sections") or ()),
        "section_notes": list(data.get("section_notes") or ()),
        "n_tables": sum(1 for t in (data.get("tables") or {}).values() if t),
        "n_cells": len(rows["cells"]),
        "n_figures": len(data.get("figures") or ()),
        "n_findings": len(findings),
        "n_fail": sum(1 for f in findings if f.get("status") == "FAIL"),
        "n_uncertain": sum(1 for f in findings if f.get("status") == "UNCERTAIN"),
        "n_sentences": len(sentences),
        "n_problems": sum(1 for s in sentences if s.get("label") == "problem"),
        "n_measures": sum(1 for s in sentences if s.get("label") == "measure"),
        "size_bytes": size_bytes,
        "sha256": sha256,
        "text": data.get("text") if with_text else None,
    }
    top_level_known = {"source", "format", "encoding", "title", "agency", "year", "template", "fragment", "text",
                       "sections", "missing_sections", "section_notes", "tables", "table_details",
                       "figures", "findings", "sentences", "agency_identity"}
    extra = {k: v for k, v in data.items() if k not in top_level_known}
    rows["reports"].append(_row_maker("reports", (), json_text)(report_level.get, (), extra or None))
    return rows


#: the reports columns of the agency identity (``to_dict()["agency_identity"]``): column -> key
AGENCY_COLUMNS: dict[str, str] = {
    "agency_name": "name", "agency_key": "key", "agency_level": "level", "agency_kind": "kind",
    "agency_region": "region", "agency_parent": "parent", "agency_coverage": "coverage",
    "agency_former_names": "former_names",
}


def _agency_columns(identity: Mapping[str, Any] | None) -> dict[str, Any]:
    identity = identity or {}
    return {column: identity.get(key) for column, key in AGENCY_COLUMNS.items()}


def record_rows(table: str, rid: str, source: str, records: Iterable[Mapping[str, Any]], *, start_ord: int = 0,
                json_text: bool = False) -> list[tuple]:
    """Rows of a record table (one with ``ord``) for records added after the audit (the
    corpus pass's findings, copies and pairs), numbered from ``start_ord``."""
    make, known = _row_maker(table, ("report_id", "source", "ord"), json_text), _known(table)
    return [make(record.get, (rid, source, start_ord + i), _extra(record, known))
            for i, record in enumerate(records)]


def error_rows(source: str, error: str, problem: str, *, rid: str | None = None,
               size_bytes: int | None = None, sha256: str | None = None,
               json_text: bool = False) -> dict[str, list[tuple]]:
    """The rows of a file that could not be audited: one ``reports`` row with status
    ``error``, nothing in the other tables (``json_text``: see :func:`report_rows`)."""
    rows: dict[str, list[tuple]] = {name: [] for name in TABLES}
    values = {"report_id": rid or report_id(source, sha256), "source": source, "status": "error",
              "error": error, "problem": problem, "size_bytes": size_bytes, "sha256": sha256}
    rows["reports"].append(_row_maker("reports", (), json_text)(values.get, (), None))
    return rows


# --------------------------------------------------------------------------- pandas


def _pandas_dtype(kind: str) -> str:
    return {"str": "object", "int": "Int64", "float": "float64", "json": "object"}[kind]


def frame_of(table: str, rows: Iterable[tuple], *, json_text: bool = False):
    """A DataFrame of ``rows`` (tuples in :data:`TABLES` order) with the declared dtypes:
    nullable ``Int64`` for counts and offsets, ``float64`` for values, objects otherwise.
    ``json_text``: the ``json`` columns hold JSON text (as in the stores) to decode."""
    import pandas as pd

    cols = TABLES[table]
    df = pd.DataFrame.from_records(list(rows), columns=[c.name for c in cols])
    for col in cols:
        if col.kind == "json" and json_text:
            df[col.name] = [json.loads(v) if isinstance(v, str) else None for v in df[col.name]]
        if col.kind == "float":
            df[col.name] = pd.to_numeric(df[col.name], errors="coerce").astype("float64")
        elif col.kind == "int":
            df[col.name] = pd.array(df[col.name].tolist(), dtype="Int64")
        else:
            df[col.name] = df[col.name].astype("object")
    return df


def frames(*reports, with_text: bool = False) -> dict:
    """``{table name: DataFrame}`` for one or more reports (:class:`~textmine.model.Report`
    objects or their ``to_dict()``), rows in report order."""
    collected: dict[str, list[tuple]] = {name: [] for name in TABLES}
    for report in reports:
        data = report if isinstance(report, Mapping) else report.to_dict()
        for name, rows in report_rows(data, with_text=with_text).items():
            collected[name].extend(rows)
    return {name: frame_of(name, rows) for name, rows in collected.items()}


def frame(report, table: str, *, with_text: bool = False):
    """One tidy table of one report, e.g. ``frame(report, "cells")``."""
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
    return frames(report, with_text=with_text)[table]


#: made once: ``json.dumps`` with options builds a new encoder on every call
_JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def encode_json(value: Any) -> str | None:
    """How a ``json`` column is written to a store: compact, sorted, UTF-8 text."""
    if value is None:
        return None
    return _JSON_ENCODER.encode(value)


__all__ = ["TABLES", "TABLE_NAMES", "CORPUS_TABLES", "AGENCY_COLUMNS", "Column", "column_names", "report_id", "report_rows", "record_rows",
           "error_rows", "frame_of", "frames", "frame", "encode_json"]
