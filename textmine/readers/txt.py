"""Plain text in any Chinese encoding."""
from __future__ import annotations

from ..errors import UndecodableText
from ..model import Document
from .builder import DocumentBuilder

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Return ``(text, encoding)``. BOMs win; then strict UTF-8; then GB18030 (a superset of
    GBK and GB2312)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding.replace("-sig", ""), errors="strict"), encoding
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UndecodableText(source, "not valid UTF-8 or GB18030 text")


def read(data: bytes, source: str, limits) -> Document:
    text, encoding = decode(data, source)
    builder = DocumentBuilder(source, "txt", encoding)
    builder.add_text(text)
    return builder.build()
