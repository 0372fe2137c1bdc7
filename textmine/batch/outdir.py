"""The output directory's rules: nothing a user has is overwritten by accident.

An output directory is claimed by writing ``textmine-batch.json`` (the run's *signature*: the
inputs as resolved paths and the options that change results). Then:

==========================================  =============================================
``--out`` is ...                            what happens
==========================================  =============================================
missing or empty                            a new run
ours, same options, inputs already there   resume: finished files are skipped
ours, other signature                       refused, unless ``resume=True`` (add these
                                            inputs to the results there; finished files
                                            skipped) or ``force=True`` (delete *our* files
                                            there and start again)
holding anything else                       refused, always (choose another directory)
==========================================  =============================================

``force`` deletes only the files a batch writes (the SQLite file, ``parquet/``, ``csv/``,
the marker); anything else in the directory stops it.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from ..errors import TextmineError
from .store import CSV_DIR, PARQUET_DIR, SQLITE_NAME

MARKER = "textmine-batch.json"
FORMAT = "textmine-batch/1"
OURS = frozenset({MARKER, SQLITE_NAME, f"{SQLITE_NAME}-wal", f"{SQLITE_NAME}-shm",
                  f"{SQLITE_NAME}-journal", PARQUET_DIR, CSV_DIR})


class OutputInUse(TextmineError):
    """The output directory holds something this run must not overwrite."""

    code = "output_in_use"


def _write_marker(out: Path, signature: dict) -> None:
    tmp = out / f".{MARKER}.tmp"
    tmp.write_text(json.dumps({"format": FORMAT, "signature": signature}, ensure_ascii=False,
                              indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, out / MARKER)


def _read_marker(out: Path) -> dict | None:
    try:
        data = json.loads((out / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def prepare(out: "str | os.PathLike", signature: dict, *, resume: bool = False, force: bool = False) -> str:
    """Claim ``out`` for a run with ``signature``; returns ``"new"`` or ``"resume"``."""
    out = Path(out)
    name = str(out)
    if out.exists() and not out.is_dir():
        raise OutputInUse(name, "is a file, not a directory; --out needs a directory")
    out.mkdir(parents=True, exist_ok=True)
    entries = {p.name for p in out.iterdir() if not p.name.startswith(f".{MARKER}")}
    if not entries:
        _write_marker(out, signature)
        return "new"
    marker = _read_marker(out) if MARKER in entries else None
    foreign = sorted(e for e in entries if e not in OURS and not e.startswith("."))
    if marker is None or foreign:
        listed = ", ".join(foreign[:5]) or MARKER
        raise OutputInUse(name, f"is not empty and does not hold textmine batch results only ({listed}); "
                                "choose a new or empty directory")
    if force:
        for entry in entries:
            path = out / entry
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        for leftover in out.glob(".*.tmp"):
            leftover.unlink()
        _write_marker(out, signature)
        return "new"
    previous = marker.get("signature") or {}
    same_options = {k: v for k, v in previous.items() if k != "inputs"} == \
        {k: v for k, v in signature.items() if k != "inputs"}
    if same_options and set(signature.get("inputs", [])) <= set(previous.get("inputs", [])):
        return "resume"  # the same command again (or a part of what was run there)
    if resume:
        merged = dict(marker.get("signature") or {})
        merged["inputs"] = sorted(set(merged.get("inputs", [])) | set(signature.get("inputs", [])))
        for key, value in signature.items():
            if key != "inputs":
                merged[key] = value
        _write_marker(out, merged)
        return "resume"
    raise OutputInUse(name, "holds the results of another batch (different inputs or options); "
                            "pass --resume to add these inputs to them (finished files are skipped), "
                            "--force to delete them and start again, or choose another --out")


__all__ = ["prepare", "OutputInUse", "MARKER"]
