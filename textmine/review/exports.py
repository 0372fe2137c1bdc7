"""Exports of a review: the Excel workbook and the Word draft of the 通报, as bytes (the web
application sends them) or written to a file (the CLI), for the reports a corpus filter keeps.

Both are Office Open XML zip files; their bytes are made deterministic (same store, same
filter: same file): fixed document dates (the latest decision's time) and fixed zip entry
times, since both libraries stamp the current time.
"""
from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from ..errors import TextmineError
from . import corpus
from .records import finding_records

MEDIA = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
#: the date stamped on an export of a store nobody has decided on yet
EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


class ExportFailed(TextmineError):
    code = "export"


def selection(conn, query: dict | None = None):
    """``(rows, records, extras, filters)``: the reports the filter keeps (corpus order) and
    their finding records."""
    extras = corpus.agency_extras(conn)
    filters = corpus.Filters.from_query(query or {}, extras.keys)
    rows = corpus.select(conn, filters, extras)
    filtered = any(k not in ("sort", "dir") for k in filters.query())
    records = finding_records(conn, {r["report_id"] for r in rows} if filtered else None)
    return rows, records, extras, filters


def stamp(conn) -> datetime:
    """The time of the latest decision (documents carry it as their date)."""
    (latest,) = conn.execute("SELECT MAX(updated_at) FROM review_decisions").fetchone()
    if not latest:
        return EPOCH
    return datetime.strptime(latest, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def stable_zip(data: bytes, when: datetime) -> bytes:
    """The same zip with every entry dated 1980-01-01 and the same permissions, and the
    document's modification time set to ``when`` (openpyxl stamps the time of saving)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    stamp_bytes = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(lambda m: m.group(1) + stamp_bytes + m.group(2), content)
            target.writestr(entry, content)
    return out.getvalue()


def export_bytes(conn, kind: str, query: dict | None = None) -> tuple[bytes, str, str]:
    """``(data, file name, media type)`` of an export (``kind``: xlsx or docx)."""
    if kind not in MEDIA:
        raise ExportFailed(kind, "unknown export (use xlsx or docx)")
    rows, records, extras, filters = selection(conn, query)
    when = stamp(conn)
    if kind == "xlsx":
        from .export_xlsx import workbook

        data = workbook(rows, records, extras, filters, when)
        name = "审核结果.xlsx"
    else:
        from .export_docx import circular

        data = circular(rows, records, when)
        name = "通报草稿.docx"
    return stable_zip(data, when), name, MEDIA[kind]


def write_export(conn, kind: str, path: "str | os.PathLike", *, overwrite: bool = False,
                 query: dict | None = None) -> Path:
    """Write an export to ``path`` atomically; an existing file only with ``overwrite``."""
    path = Path(path)
    if path.exists() and (path.is_dir() or not overwrite):
        raise ExportFailed(str(path), "is a directory" if path.is_dir() else
                           "output file already exists; use --force to overwrite it")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ExportFailed(str(path), f"output directory {directory} does not exist")
    data, _, _ = export_bytes(conn, kind, query)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportFailed(str(path), f"cannot write the export: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def main_year(rows, records) -> int | None:
    """The report year most of the confirmed findings (else most reports) are about."""
    years = Counter(r.report.get("year") for r in records
                    if r.decision and r.decision.state == "confirmed" and r.report.get("year"))
    if not years:
        years = Counter(r["year"] for r in rows if r["year"])
    return years.most_common(1)[0][0] if years else None


__all__ = ["export_bytes", "write_export", "ExportFailed", "MEDIA", "stable_zip"]
