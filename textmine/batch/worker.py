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
               shipped: "tuple[int, int, bytes] | None" = None) -> dict[str, Any]:
    """Audit ``source`` and return ``{"source", "size", "mtime_ns", "sha256", "report_id",
    "status", "error", "problem", "seconds", "rows"}``; ``rows`` maps each table of
    :data:`textmine.render.frames.TABLES` to tuples with JSON columns encoded.

    ``shipped``: ``(size, mtime_ns, bytes)`` of the file, read where the batch runs
    (:func:`ship`), for a worker that cannot see ``source``; the file system is then not
    touched, and the result is the same as auditing the file itself."""
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
    error = problem = None
    try:
        report = audit(source if shipped is None else load_named_bytes(data, source, limits=limits), limits=limits)
        rows = report_rows(report.to_dict(), rid=rid, size_bytes=size, sha256=sha, with_text=with_text,
                           json_text=True)
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
        rows = error_rows(source, error, problem, rid=rid, size_bytes=size, sha256=sha, json_text=True)
    return {"source": source, "size": size, "mtime_ns": mtime_ns, "sha256": sha, "report_id": rid,
            "status": status, "error": error, "problem": problem,
            "seconds": round(time.perf_counter() - started, 6), "rows": rows}


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
            "rows": error_rows(source, error, problem, rid=rid, size_bytes=size, json_text=True)}


__all__ = ["audit_file", "ship", "failed_result", "file_sha256"]
