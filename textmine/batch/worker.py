"""What runs in a worker: audit one file and return its tidy rows (never a Report object).

The result is a plain dict of small tuples, cheap to send between processes (or across a
cluster). Every failure becomes an error row: a :class:`~textmine.errors.TextmineError` keeps
its code and problem; anything else is recorded as ``internal`` with the exception's type and
message, so one bad file never stops a batch.
"""
from __future__ import annotations

import hashlib
import os
import time
from typing import Any

from ..errors import TextmineError
from ..readers import DEFAULT_LIMITS, Limits
from ..render.frames import error_rows, report_id, report_rows

_HASH_BLOCK = 1 << 20


def file_sha256(path: str, max_bytes: int) -> str | None:
    """Hash of the file's bytes, or None when it is missing, unreadable or over the cap
    (the audit then reports why)."""
    try:
        if os.path.getsize(path) > max_bytes:
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(_HASH_BLOCK), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None


def _stat(source: str) -> tuple[int | None, int | None]:
    """``(size, mtime_ns)`` of the file, or Nones when it cannot be stat()ed (the audit
    then says why)."""
    try:
        stat = os.stat(source)
    except OSError:
        return None, None
    return stat.st_size, stat.st_mtime_ns


def audit_file(source: str, limits: Limits = DEFAULT_LIMITS, with_text: bool = False,
               shipped: "tuple[int, int, bytes] | None" = None,
               previous: "tuple[str, tuple[int, int, bytes] | None] | None" = None) -> dict[str, Any]:
    """Audit ``source`` and return ``{"source", "size", "mtime_ns", "sha256", "report_id",
    "status", "error", "problem", "seconds", "rows", "narratives"}``; ``rows`` maps each table
    of :data:`textmine.render.frames.TABLES` to tuples with JSON columns encoded;
    ``narratives`` holds the report's 一, 五, 六 for the corpus pass
    (:func:`textmine.corpus.texts.narrative_parts`).

    ``shipped``: ``(size, mtime_ns, bytes)`` of the file, read where the batch runs
    (:func:`ship`), for a worker that cannot see ``source``; the file system is then not
    touched, and the result is the same as auditing the file itself.

    ``previous``: ``(path, shipped or None)`` of last year's report of the same agency: it is
    audited first (its own result is returned as ``previous_result``) and this report
    against it, which adds the cross-year checks."""
    last_result = last_report = None
    if previous is not None:
        last_result, last_report = _audit(previous[0], limits, with_text, previous[1], None)
    result, _ = _audit(source, limits, with_text, shipped, last_report)
    if last_result is not None:
        result["previous_result"] = last_result
    return result


def _audit(source: str, limits: Limits, with_text: bool, shipped, previous_report):
    """(result, the Report or None) for one file (see :func:`audit_file`)."""
    from ..corpus.texts import narrative_parts
    from ..pipeline import audit
    from ..readers import load_named_bytes

    started = time.perf_counter()
    if shipped is None:
        size, mtime_ns = _stat(source)
        sha = file_sha256(source, limits.max_bytes) if size is not None else None
    else:
        size, mtime_ns, data = shipped
        sha = hashlib.sha256(data).hexdigest()
    rid = report_id(source, sha)
    error = problem = report = None
    narratives: list = []
    try:
        report = audit(source if shipped is None else load_named_bytes(data, source, limits=limits), limits=limits,
                       previous=previous_report)
        rows = report_rows(report.to_dict(), rid=rid, size_bytes=size, sha256=sha, with_text=with_text,
                           json_text=True)
        narratives = [list(part) for part in narrative_parts(report)]
        status = "ok"
    except TextmineError as exc:
        status, error, problem = "error", exc.code, exc.problem
    except RecursionError:
        status, error, problem = "error", "internal", "RecursionError: the document is nested too deeply"
    except MemoryError:
        status, error, problem = "error", "internal", "MemoryError: not enough memory for this file"
    except Exception as exc:  # noqa: BLE001 - a bug in a stage must not stop the batch
        status, error, problem = "error", "internal", f"{type(exc).__name__}: {exc}"[:2000]
    if status == "error":
        report = None
        rows = error_rows(source, error, problem, rid=rid, size_bytes=size, sha256=sha, json_text=True)
    return ({"source": source, "size": size, "mtime_ns": mtime_ns, "sha256": sha, "report_id": rid,
             "status": status, "error": error, "problem": problem,
             "seconds": round(time.perf_counter() - started, 6), "rows": rows, "narratives": narratives}, report)


def identify_file(source: str, limits: Limits = DEFAULT_LIMITS,
                  shipped: "tuple[int, int, bytes] | None" = None) -> dict[str, Any]:
    """Who wrote ``source`` and for which year, without the rest of the audit (reading,
    the six parts, metadata, agency identity): ``{"source", "year", "identity"}``, or
    ``{"source", "error", "problem"}``. Year pairing reads this for every file first."""
    from ..agency import identify_agency
    from ..metadata import detect_metadata
    from ..readers import load, load_named_bytes
    from ..sections import split_sections

    try:
        doc = load(source, limits=limits) if shipped is None else load_named_bytes(shipped[2], source, limits=limits)
        sections = split_sections(doc)
        metadata = detect_metadata(doc, sections, {})
        identity = identify_agency(doc, sections, metadata)
    except TextmineError as exc:
        return {"source": source, "error": exc.code, "problem": exc.problem}
    except Exception as exc:  # noqa: BLE001 - the audit will say what is wrong with it
        return {"source": source, "error": "internal", "problem": f"{type(exc).__name__}: {exc}"[:2000]}
    return {"source": source, "year": metadata.year, "identity": identity.to_dict()}


def ship(source: str, limits: Limits = DEFAULT_LIMITS) -> "tuple[int, int, bytes] | dict[str, Any]":
    """``(size, mtime_ns, bytes)`` of a file to send with its task (``audit_file(...,
    shipped=...)``), or, when it cannot be sent (gone, unreadable, over the size cap), the
    error result a worker would have made of it."""
    data = b""
    try:
        stat = os.stat(source)
        if stat.st_size <= limits.max_bytes:
            with open(source, "rb") as handle:
                data = handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        return failed_result(source, "not_found", "no such file")
    except OSError as exc:
        return failed_result(source, "not_found", f"cannot be read: {exc.strerror or exc}")
    size = max(stat.st_size, len(data))  # (a file may grow between stat() and read())
    if size > limits.max_bytes:
        return failed_result(source, "too_large", f"{size} bytes exceeds the {limits.max_bytes}-byte cap")
    return stat.st_size, stat.st_mtime_ns, data


def failed_result(source: str, error: str, problem: str) -> dict[str, Any]:
    """The result for a file whose worker never answered (crashed, timed out, lost)."""
    size, mtime_ns = _stat(source)
    rid = report_id(source, None)
    return {"source": source, "size": size, "mtime_ns": mtime_ns, "sha256": None, "report_id": rid,
            "status": "error", "error": error, "problem": problem, "seconds": None,
            "rows": error_rows(source, error, problem, rid=rid, size_bytes=size, json_text=True), "narratives": []}


__all__ = ["audit_file", "identify_file", "ship", "failed_result", "file_sha256"]
