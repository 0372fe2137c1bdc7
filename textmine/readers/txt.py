"""Plain text in any Chinese encoding (see :mod:`.decoding`)."""
from __future__ import annotations

from ..model import Document
from .builder import DocumentBuilder
from .decoding import decode


def read(data: bytes, source: str, limits) -> Document:
    text, encoding = decode(data, source)
    builder = DocumentBuilder(source, "txt", encoding)
    builder.add_text(text)
    return builder.build()
