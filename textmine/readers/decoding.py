"""Bytes to text for Chinese documents, without mojibake.

Order of evidence: a byte-order mark; an encoding the container declares (HTML ``<meta>``),
if the bytes really decode under it; strict UTF-8; otherwise every plausible legacy
encoding (GB18030 covers GB2312 and GBK; Big5 for traditional-character mirrors) plus
charset-normalizer's guess, each decoded strictly and scored by how much of the result is
ordinary Chinese text (characters of the GB2312 level-1 and Big5 common sets, ASCII,
punctuation). The winner must look like text at all: bytes that decode only into control
characters and rare ideographs are binary, and say so.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..errors import UndecodableText

#: byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one)
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

#: declared names -> the codec that reads them (declarations understate: a page labelled
#: gb2312 routinely contains GBK characters)
ALIASES: dict[str, str] = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
    "cp936": "gb18030", "euc-cn": "gb18030", "gb18030": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cp950": "big5hkscs", "x-x-big5": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode": "utf-16", "iso-8859-1": "cp1252",
    "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "utf-8", "ascii": "utf-8",
}

#: legacy encodings tried when the bytes are not UTF-8, in order of prior likelihood
LEGACY: tuple[str, ...] = ("gb18030", "big5hkscs")

#: minimum share of "ordinary" characters for a decoding to count as text
MIN_PLAUSIBLE = 0.6
#: maximum share of control characters
MAX_CONTROL = 0.01


@functools.lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """Common ideographs: GB2312 level 1 (3755 simplified) and Big5 level 1 (5401
    traditional), plus CJK punctuation and full-width forms."""
    chars: set[str] = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for hi in range(0xA4, 0xC7):
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((hi, lo)).decode("big5"))
            except UnicodeDecodeError:
                pass
    chars.update(chr(cp) for cp in range(0x3000, 0x3040))  # 、。〈〉《》「」【】〔〕
    chars.update(chr(cp) for cp in range(0xFF01, 0xFF5F))  # full-width ASCII
    chars.update("“”‘’…—·")
    return frozenset(chars)


@functools.lru_cache(maxsize=1)
def _unusual_re() -> re.Pattern:
    """Characters that are not ordinary at a glance: outside the common set and printable
    ASCII (with TAB, LF, CR). Only these need a closer look in :func:`plausibility`."""
    chars = "".join("\\" + ch if ch in "\\]^-[" else ch for ch in sorted(common_chars()))
    return re.compile("[^" + chars + "\x20-\x7e\t\n\r]")


@functools.lru_cache(maxsize=4096)
def _unusual_is(ch: str) -> str:
    """What a character outside the common set and printable ASCII counts as:
    ``control`` (a control, private-use, surrogate or unassigned code point, or U+FFFD),
    ``ordinary`` (other whitespace) or ``other``."""
    if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") or ch == "\ufffd":
        return "control"
    return "ordinary" if ch.isspace() else "other"


def plausibility(text: str) -> tuple[float, float]:
    """``(ordinary share, control share)`` of ``text`` (first 20 000 characters).

    Ordinary: common ideographs and punctuation (:func:`common_chars`), printable ASCII,
    TAB/LF/CR and other whitespace. The characters that are not obviously ordinary are
    found with one regex scan and classified one by one (they are few in real text)."""
    sample = text[:20000]
    if not sample:
        return 0.0, 0.0
    unusual = _unusual_re().findall(sample)
    ordinary = len(sample) - len(unusual)
    control = 0
    for ch in unusual:
        kind = _unusual_is(ch)
        if kind == "control":
            control += 1
        elif kind == "ordinary":
            ordinary += 1
    return ordinary / len(sample), control / len(sample)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec, errors="strict")
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_text(text: str) -> bool:
    ordinary, control = plausibility(text)
    return ordinary >= MIN_PLAUSIBLE and control <= MAX_CONTROL


def canonical(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    return ALIASES.get(name, name)


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`UndecodableText` naming ``source``."""
    if b"\x00" in data[:4000] and not any(data.startswith(b) for b, _ in BOMS):
        # NUL bytes: UTF-16 without a byte-order mark, or binary
        best_16: tuple[float, str, str] | None = None
        for codec in ("utf-16-le", "utf-16-be"):
            text = _strict(data[: len(data) - len(data) % 2], codec)
            if text is None:
                continue
            ordinary, control = plausibility(text)
            if control <= MAX_CONTROL and ordinary >= MIN_PLAUSIBLE and (best_16 is None or ordinary > best_16[0]):
                best_16 = (ordinary, codec, text)
        if best_16 is None:
            raise UndecodableText(source, "binary data (NUL bytes), not text")
        return best_16[2], best_16[1]
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec.replace("-sig", ""))
            if text is None:
                raise UndecodableText(source, f"starts with a {codec} byte-order mark but is not valid {codec}")
            return text, codec
    declared = canonical(declared)
    if declared and declared not in ("utf-16", "utf-32"):
        text = _strict(data, declared)
        if text is not None and _looks_like_text(text):
            return text, declared
    text = _strict(data, "utf-8")
    if text is not None:
        if _looks_like_text(text):
            return text, "utf-8"
        raise UndecodableText(source, "binary data (control characters), not text")
    mended = _mostly_utf8(data)
    if mended is not None:
        return mended
    best: tuple[float, str, str] | None = None

    def consider(codecs) -> None:
        nonlocal best
        for codec in codecs:
            candidate = _strict(data, codec)
            if candidate is None:
                continue
            ordinary, control = plausibility(candidate)
            if control > MAX_CONTROL:
                continue
            if best is None or ordinary > best[0] + 1e-9:
                best = (ordinary, codec, candidate)

    consider(LEGACY)
    if best is None or best[0] < 1.0:  # a perfect legacy reading cannot be beaten: skip the detector
        consider(_guesses(data))
    if best is None or best[0] < MIN_PLAUSIBLE:
        raise UndecodableText(
            source, "not text in any Chinese encoding tried (UTF-8, GB18030/GBK, Big5); binary data?")
    return best[2], best[1]


#: how many bytes a UTF-8 text may have wrong and still be read as UTF-8 (with U+FFFD in
#: their place): a few, or one in 2,000 of a long file
MAX_INVALID_UTF8 = 4
INVALID_UTF8_SHARE = 1 / 2000


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding note)`` when ``data`` is plainly UTF-8 but for a few invalid bytes
    (one byte damaged, a file cut in the middle of a character): decoded with U+FFFD in their
    place, and the encoding says how many. None when it is not (GBK text has invalid UTF-8
    sequences everywhere, so it never gets here)."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if replaced <= 0 or replaced > max(MAX_INVALID_UTF8, int(len(data) * INVALID_UTF8_SHARE)):
        return None
    if not _looks_like_text(text.replace("\ufffd", "")):
        return None
    plural = "s" if replaced > 1 else ""
    return text, f"utf-8 ({replaced} invalid byte{plural} replaced with U+FFFD)"


def _guesses(data: bytes) -> list[str]:
    """charset-normalizer's best guess, as an extra candidate."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - dependency missing
        return []
    try:
        match = from_bytes(data[:200000]).best()
    except Exception:  # the detector must never turn bad input into a traceback
        return []
    if match is None or not match.encoding:
        return []
    codec = canonical(match.encoding.replace("_", "-"))
    return [codec] if codec and codec not in LEGACY else []
