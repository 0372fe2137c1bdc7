"""Plain text in any Chinese encoding (see :mod:`.decoding`).

The text is kept as it is, except for lines that are nothing but page furniture left by a
PDF-to-text or flipbook scrape (``- 3 -``, ``第3页 共12页``, ``Page 3 - <title>``): those
would otherwise split paragraphs and pose as titles. Bare numbers are kept (in a table
written one cell per line they are values).
"""
from __future__ import annotations

import regex

from ..model import Document
from .builder import DocumentBuilder
from .decoding import decode

#: whole lines dropped from plain text (a subset of the PDF furniture patterns that cannot
#: be a table value or a sentence)
TEXT_FURNITURE: tuple[str, ...] = (
    r"[-—–－]\s*\d{1,4}\s*[-—–－]",  # - 3 -
    r"第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页",  # 第3页 共12页
    r"共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页",
    r"(?i:page)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-—–]\s*.{0,80})?",  # Page 3 - <title>
    r"(?i:p)\.\s*\d{1,4}",  # P. 3
)
_FURNITURE = regex.compile(r"^[ \t\u3000]*(?:" + "|".join(TEXT_FURNITURE) + r")[ \t\u3000]*$", regex.MULTILINE)


def strip_furniture(text: str) -> str:
    """``text`` without furniture lines (their line breaks go too)."""
    if not _FURNITURE.search(text):
        return text
    return regex.sub(r"(?m)^[ \t\u3000]*(?:" + "|".join(TEXT_FURNITURE) + r")[ \t\u3000]*(?:\r?\n|$)", "", text)


def read(data: bytes, source: str, limits) -> Document:
    text, encoding = decode(data, source)
    builder = DocumentBuilder(source, "txt", encoding)
    builder.add_text(strip_furniture(text))
    return builder.build()
