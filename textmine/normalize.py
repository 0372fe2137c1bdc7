"""Text normalisation with offset bookkeeping.

Every offset textmine reports points into the *normalised* text, so normalisation happens
once, in the readers, before anything else looks at the text. The rules, in order:

* line ends: CRLF and lone CR become LF;
* NFKC per character: full-width ASCII (，（）：；０-９ Ａ) folds to ASCII, the ideographic
  space to a plain space, compatibility ideographs to unified ones, ① to 1, ㈠ to (一);
* zero-width characters and C0 controls other than TAB and LF are dropped, NBSP and other
  odd spaces become a plain space;
* traditional characters listed in ``models/lexicons/t2s.tsv`` become simplified ones
  (one character for one, so mirror copies in 繁體 match the same patterns).

Real pages arrive with punctuation already folded to ASCII about as often as not, so
folding everything to ASCII is the only way patterns can be written once.
"""
from __future__ import annotations

import functools
import unicodedata
from typing import Iterable

from .paths import models_dir

_DROP = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD}
_SPACES = {0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
           0x2009, 0x200A, 0x202F, 0x205F, 0x3000}


@functools.lru_cache(maxsize=1)
def _t2s() -> dict[int, str]:
    path = models_dir() / "lexicons" / "t2s.tsv"
    table: dict[int, str] = {}
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        trad, _, simp = line.partition("\t")
        if len(trad) == 1 and len(simp) == 1:
            table[ord(trad)] = simp
    return table


def _char_map(ch: str) -> str:
    """What one character becomes (possibly several characters, possibly none)."""
    cp = ord(ch)
    if cp in _DROP:
        return ""
    if cp in _SPACES:
        return " "
    if ch in "\t\n":
        return ch
    if cp < 0x20 or 0x7F <= cp < 0xA0:
        return ""
    simp = _t2s().get(cp)
    if simp is not None:
        return simp
    out = unicodedata.normalize("NFKC", ch)
    return out


@functools.lru_cache(maxsize=65536)
def _cached_char_map(ch: str) -> str:
    return _char_map(ch)


def _needs_work(ch: str) -> bool:
    return _cached_char_map(ch) != ch


def normalize_text(text: str) -> str:
    """Return the normalised form of ``text`` (see module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    table = {ord(ch): _cached_char_map(ch) for ch in set(text) if _needs_work(ch)}
    return text.translate(table) if table else text


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise and return ``(normalised, origin)`` where ``origin[i]`` is the offset in
    ``text`` of the character that produced normalised character ``i``; ``origin`` has one
    extra entry, ``len(text)``, so spans ``[s, e)`` map to ``[origin[s], origin[e])``."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\r":
            out.append("\n")
            origin.append(i)
            i += 2 if i + 1 < n and text[i + 1] == "\n" else 1
            continue
        mapped = _cached_char_map(ch)
        for m in mapped:
            out.append(m)
            origin.append(i)
        i += 1
    origin.append(n)
    return "".join(out), origin


def compact(text: str) -> str:
    """Text with all whitespace removed: what label and heading matching compares."""
    return "".join(text.split())


def is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


def join_wrapped_lines(lines: Iterable[str]) -> str:
    """Join the physical lines of one cell or paragraph. Chinese wraps anywhere, so lines
    are glued directly; only two Latin letters meeting across the break get a space."""
    result = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if result and _latin(result[-1]) and _latin(line[0]):
            result += " "
        result += line
    return result


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()
