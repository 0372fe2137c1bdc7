"""Text normalisation with offset bookkeeping.

Every offset textmine reports points into the *normalised* text, so normalisation happens
once, in the readers, before anything else looks at the text. The rules, in order:

* line ends: CRLF and lone CR become LF; Unicode line/paragraph separators and form feeds
  become LF too;
* per character: zero-width characters and C0 controls other than TAB and LF are dropped,
  NBSP and other odd spaces become a plain space; traditional characters listed in
  ``models/lexicons/t2s.tsv`` become simplified ones (one character for one, so mirror copies
  in 繁體 match the same patterns); everything else goes through NFKC: full-width ASCII
  (，（）：；０-９ Ａ) folds to ASCII, the ideographic space to a plain space, compatibility
  ideographs and Kangxi radicals (PDF fonts love them) to unified ones, ① to 1, ㈠ to (一);
* noise that scrapers and mirrors leave (:data:`NOISE_RULES`): pinyin glosses after
  characters (``根據(jù)`` -> ``根据``), ``?`` placeholders where full-width spaces were (they
  become spaces, so lengths do not change), HTML tag residue.

``。、“”《》〔〕`` stay as they are. Real pages arrive with punctuation already folded to
ASCII about as often as not, so folding everything to ASCII is the only way patterns can be
written once.

The rules are idempotent: normalising normalised text changes nothing.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterable

import regex

from .paths import models_dir

_DROP = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F, 0x202A, 0x202B,
         0x202C, 0x202D, 0x202E}
_SPACES = {0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
           0x2009, 0x200A, 0x202F, 0x205F, 0x3000, 0x1680}
_NEWLINES = {0x000B, 0x000C, 0x0085, 0x2028, 0x2029}

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = "a-zü" + _TONED

#: (name, pattern, replacement) applied in order after the per-character map. A
#: replacement of None means "one space per matched character" (length-preserving).
NOISE_RULES: tuple[tuple[str, str, str | None], ...] = (
    # pinyin gloss after a character: 根據(jù) / 報(bào)告 (at least one tone mark, so a real
    # "(a)" or "(de)" after a character is left alone)
    ("pinyin_gloss",
     rf"(?<=\p{{Han}})\((?=[{_PINYIN_LETTERS}]*[{_TONED}])[{_PINYIN_LETTERS}]{{1,7}}\)", ""),
    # HTML residue from scrapers: "?!?/p>", "</p>", "<br/>", "&nbsp;" as text
    ("html_residue_garbled", r"\?!\?/?[a-z]{1,6}>", ""),
    ("html_residue_tag", r"</?(?:p|br|div|span|strong|b|font|td|tr|table|tbody|li|ul|h\d)(?:\s[^<>\n]{0,80})?/?>", ""),
    ("html_residue_entity", r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot);", None),
    # "?" written where full-width spaces were: an indent at a line start, runs of two or
    # more between characters, one after 、 (a question mark never follows 、)
    ("space_placeholder_indent", r"(?m)^[ \t]*\?{1,4}(?=[\p{Han}\d(“])", None),
    ("space_placeholder_run", r"(?<=[\p{Han}、。,:;)])\?{2,6}(?=[\p{Han}\d(“])", None),
    ("space_placeholder_after_comma", r"(?<=、)\?(?=\p{Han})", None),
    # one around a number (共?1340条?,): a question never ends between a word and its number,
    # nor right after a number's unit before the clause goes on
    ("space_placeholder_before_number", r"(?<=\p{Han})\?(?=\d)", None),
    ("space_placeholder_after_unit", r"(?<=\d\s?\p{Han})\?(?=[,;、。])", None),
    # 覆 is a simplified character too (覆盖), so the t2s table keeps it; after 答/函/批/回 it is
    # the traditional spelling of 复 (答覆, 函覆: mirrors in 繁體 write the reply so)
    ("traditional_reply", r"(?<=[答函批回])覆(?![盖蓋])", "复"),
)
_NOISE = tuple((name, regex.compile(pattern), repl) for name, pattern, repl in NOISE_RULES)


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


def traditional_to_simplified() -> dict[str, str]:
    """The shipped one-to-one folding table (a copy)."""
    return {chr(k): v for k, v in _t2s().items()}


def _char_map(ch: str) -> str:
    """What one character becomes (possibly several characters, possibly none)."""
    cp = ord(ch)
    if cp in _DROP:
        return ""
    if cp in _SPACES:
        return " "
    if cp in _NEWLINES:
        return "\n"
    if ch in "\t\n":
        return ch
    if cp < 0x20 or 0x7F <= cp < 0xA0:
        return ""
    simp = _t2s().get(cp)
    if simp is not None:
        return simp
    out = unicodedata.normalize("NFKC", ch)
    if len(out) == 1:
        # a compatibility ideograph may fold to a traditional character with a simple form
        return _t2s().get(ord(out), out)
    return out


@functools.lru_cache(maxsize=65536)
def _cached_char_map(ch: str) -> str:
    return _char_map(ch)


def _needs_work(ch: str) -> bool:
    return _cached_char_map(ch) != ch


#: the traditional reply's spelling (:data:`NOISE_RULES`): looked for as a phrase, since 覆 alone (覆盖) is in most reports
_TRADITIONAL_REPLY = regex.compile(r"[答函批回]覆")


def _noise_possible(text: str) -> bool:
    return "(" in text or "?" in text or "<" in text or "&" in text or _TRADITIONAL_REPLY.search(text) is not None


def _apply_noise(text: str) -> str:
    for _name, pattern, repl in _NOISE:
        if repl is None:
            text = pattern.sub(lambda m: " " * len(m.group(0)), text)
        else:
            text = pattern.sub(repl, text)
    return text


#: punctuation that is left as it is (checked against :func:`_char_map` when the pattern is
#: built), so that ordinary report text has few candidates
_KEPT_PUNCTUATION = "。、“”《》〔〕—·‘’【】「」"


@functools.lru_cache(maxsize=1)
def _candidate_re() -> "re.Pattern":
    """A character that normalisation may change. Not one of: TAB, LF, printable ASCII,
    :data:`_KEPT_PUNCTUATION`, or a CJK unified ideograph (NFKC leaves those alone) that is
    not a traditional character of the t2s table."""
    kept = "".join(ch for ch in _KEPT_PUNCTUATION if _char_map(ch) == ch)
    traditional = "".join(sorted(chr(cp) for cp in _t2s() if 0x4E00 <= cp <= 0x9FFF))
    pattern = f"[^\\t\\n\\x20-\\x7e\\u4e00-\\u9fff{re.escape(kept)}]"
    if traditional:
        pattern += f"|[{re.escape(traditional)}]"
    return re.compile(pattern)


def _char_table(text: str) -> dict[int, str]:
    """What each character of ``text`` that changes becomes (``str.translate`` table)."""
    return {ord(ch): _cached_char_map(ch) for ch in set(_candidate_re().findall(text)) if _needs_work(ch)}


def normalize_text(text: str) -> str:
    """Return the normalised form of ``text`` (see module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    table = _char_table(text)
    if table:
        if any(ord(c) in table for out in table.values() for c in out):
            text = text.translate(table)
        else:
            # no replacement holds a character that is replaced itself, so replacing one
            # character at a time is the same as translate(), which is slow (a dict lookup
            # per character of the text) when only a few characters change
            for cp, out in table.items():
                text = text.replace(chr(cp), out)
    return _apply_noise(text) if _noise_possible(text) else text


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
    result = "".join(out)
    if not _noise_possible(result):
        return result, origin
    for _name, pattern, repl in _NOISE:
        pieces: list[str] = []
        new_origin: list[int] = []
        last = 0
        for m in pattern.finditer(result):
            pieces.append(result[last:m.start()])
            new_origin.extend(origin[last:m.start()])
            if repl is None:
                pieces.append(" " * (m.end() - m.start()))
                new_origin.extend(origin[m.start():m.end()])
            else:
                pieces.append(repl)
                new_origin.extend([origin[m.start()]] * len(repl))
            last = m.end()
        if not pieces:
            continue
        pieces.append(result[last:])
        new_origin.extend(origin[last:])
        result = "".join(pieces)
        origin = new_origin
    return result, origin


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
