"""Readers: any supported input becomes one normalised :class:`~textmine.model.Document`.

``load(path_or_text)`` accepts a path (str or Path), raw ``bytes``, or the report text
itself. The format comes from the file extension, or from the bytes when there is none.
Each format's reader is a module with ``read(data: bytes, source: str, limits: Limits) ->
Document``; errors are :class:`~textmine.errors.TextmineError` subclasses naming the file.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import EmptyInput, InputNotFound, InputTooLarge, TextmineError, UnsupportedFormat
from ..model import Document
from .builder import DocumentBuilder

#: extension -> format name; a new format is one line here plus a reader module.
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}

#: format name -> module implementing ``read``.
READERS: dict[str, str] = {
    "txt": "textmine.readers.txt",
    "html": "textmine.readers.html",
    "docx": "textmine.readers.docx",
    "pdf": "textmine.readers.pdf",
}

#: formats people try that we cannot read, with what to do instead.
UNSUPPORTED_HINTS: dict[str, str] = {
    ".doc": "legacy Word .doc is not supported; save it as .docx",
    ".wps": "WPS documents are not supported; save as .docx",
    ".xls": "spreadsheets are not reports; export the report itself",
    ".xlsx": "spreadsheets are not reports; export the report itself",
    ".jpg": "images have no text layer; OCR is not supported",
    ".jpeg": "images have no text layer; OCR is not supported",
    ".png": "images have no text layer; OCR is not supported",
    ".zip": "archives are not read; unpack them and pass the files",
}


@dataclass(frozen=True)
class Limits:
    """Size caps that protect a batch from hostile or broken input."""

    max_bytes: int = 50 * 1024 * 1024  # file size
    max_unpacked_bytes: int = 200 * 1024 * 1024  # total inflated size of a DOCX
    max_pdf_pages: int = 400
    max_chars: int = 5_000_000  # normalised text


DEFAULT_LIMITS = Limits()


#: magic numbers that identify a container whatever the file is called
MAGIC: tuple[tuple[bytes, str], ...] = ((b"%PDF-", "pdf"), (b"PK\x03\x04", "docx"))


def sniff_format(data: bytes) -> str | None:
    """The format the bytes themselves announce (magic number, HTML markup, or a JSON API
    response carrying escaped HTML), or None."""
    head = data[:2048]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    for magic, fmt in MAGIC:
        if stripped.startswith(magic):
            return fmt
    lowered = stripped.lower()
    for marker in (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<table", b"<div", b"<p>"):
        if marker in lowered:
            return "html"
    if stripped[:1] in (b"{", b"[") and (b"\\u003c" in data[:65536].lower() or b"<p" in data[:65536]
                                       or b"<table" in data[:65536]):
        return "html"
    return None


def _existing_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte, ...
        return False


def _looks_like_path(text: str) -> bool:
    """A string that names a file rather than holding report text: one line, every part a
    legal file name, and a file extension or a directory separator without prose punctuation."""
    if "\n" in text or len(text) >= 4096:
        return False
    if any(len(part.encode("utf-8")) > 255 for part in Path(text).parts):
        return False
    suffix = Path(text).suffix.lower()
    if suffix in EXTENSIONS or suffix in UNSUPPORTED_HINTS:
        return True
    return ("/" in text or "\\" in text) and not any(p in text for p in "。,;:、")


def read_bytes(data: bytes, source: str, fmt: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read raw bytes of a known (or sniffed) format."""
    if not data or not data.strip():
        raise EmptyInput(source, "the file is empty")
    if len(data) > limits.max_bytes:
        raise InputTooLarge(source, f"{len(data)} bytes exceeds the {limits.max_bytes}-byte cap")
    sniffed = sniff_format(data)
    if sniffed in ("pdf", "docx") and fmt != sniffed and fmt is not None:
        fmt = sniffed  # a magic number outranks a file name (a PDF saved as .html)
    fmt = fmt or sniffed or "txt"
    if fmt not in READERS:
        raise UnsupportedFormat(source, f"unknown format {fmt!r}; supported: {', '.join(READERS)}")
    module = importlib.import_module(READERS[fmt])
    doc = module.read(data, source, limits)
    if len(doc.text) > limits.max_chars:
        raise InputTooLarge(source, f"{len(doc.text)} characters of text exceeds the {limits.max_chars} cap")
    if not doc.text.strip():
        raise EmptyInput(source, f"no text could be read from this {fmt} file")
    return doc


def load(source: "str | Path | bytes | Document", *, format: str | None = None,
         limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a report from a path, bytes, or the report's text itself."""
    if isinstance(source, Document):
        return source
    if isinstance(source, (bytes, bytearray)):
        return read_bytes(bytes(source), "<bytes>", format, limits)
    if isinstance(source, str) and not _existing_file(source) and not _looks_like_path(source):
        return read_text(source)
    path = Path(source)
    name = str(source)
    if not path.exists():
        raise InputNotFound(name, "no such file")
    if path.is_dir():
        raise UnsupportedFormat(name, "is a directory; pass a file (or use `textmine batch`)")
    fmt = format_of_name(name, format)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise InputTooLarge(name, f"{size} bytes exceeds the {limits.max_bytes}-byte cap")
        data = path.read_bytes()
    except TextmineError:
        raise
    except OSError as exc:
        raise InputNotFound(name, f"cannot be read: {exc.strerror or exc}") from None
    return read_bytes(data, name, fmt, limits)


def format_of_name(name: str, format: str | None = None) -> str | None:
    """The format a file's name gives it (``format`` when given), None for a name without an
    extension (its bytes then decide); a name that rules the file out raises."""
    suffix = Path(name).suffix.lower()
    fmt = format or EXTENSIONS.get(suffix)
    if fmt is None and suffix in UNSUPPORTED_HINTS:
        raise UnsupportedFormat(name, UNSUPPORTED_HINTS[suffix])
    if fmt is None and suffix:
        raise UnsupportedFormat(
            name, f"unknown extension {suffix!r}; supported: {', '.join(sorted(EXTENSIONS))} "
                  "(or pass format=...)")
    return fmt


def load_named_bytes(data: bytes, name: str, *, format: str | None = None,
                     limits: Limits = DEFAULT_LIMITS) -> Document:
    """A file's bytes read as :func:`load` reads the file called ``name`` (its format from the
    name, the same caps, ``name`` as the source), without touching the file system: for
    bytes sent to a machine that cannot see the file."""
    return read_bytes(data, name, format_of_name(name, format), limits)


def read_text(text: str, source: str = "<text>") -> Document:
    """A document from text already in memory (no decoding involved)."""
    if not text.strip():
        raise EmptyInput(source, "the text is empty")
    builder = DocumentBuilder(source, "txt", None)
    builder.add_text(text)
    return builder.build()


__all__ = ["load", "load_named_bytes", "format_of_name", "read_bytes", "read_text", "Limits", "DEFAULT_LIMITS", "EXTENSIONS", "READERS", "sniff_format"]
