"""What a report brings to the corpus checks: the prose of 一, 五 and 六 (tables blanked, offsets
kept), and that prose compacted for comparison.

Compacting drops white space and masks what differs between two copies of one text for
reasons that are not writing: numbers (each run one ``#``), the agency's own name and places
(each one ``□``: a copy with the name changed is still a copy), and how a report speaks of
itself (我镇, 本街道: one ``□`` after the 我/本). Every kept character remembers its offset in
the report's normalised text, so a copied run is a span on each side.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

import numpy as np
import regex

#: the parts whose prose is compared (the tables of 二三四 are each report's own numbers)
NARRATIVE_SECTIONS: tuple[str, ...] = ("overview", "problems", "other")
SECTION_TITLES: dict[str, str] = {"overview": "一、总体情况", "problems": "五、存在的主要问题及改进情况",
                                  "other": "六、其他需要报告的事项", "text": "全文"}
#: the part a page with none of the six parts brings instead (a fragment, a page whose
#: headings are lost): its whole text, tables blanked
WHOLE_TEXT = "text"

NAME_MARK = "□"
NUMBER_MARK = "#"
_NUMBERS = regex.compile(r"(?:19|20)\d{2}(?=\s*年)")
_SELF = regex.compile(r"(?<=[我本])(?:镇|乡|街道|苏木|县|区|旗|市|州|盟|省|局|委|办|厅|署|中心)")
_RUNS = regex.compile(r"\S+")


def narrative_parts(report) -> tuple[tuple[str, int, str], ...]:
    """``(section, start, text)`` of each narrative part of an audited report; the text of any
    table inside it is blanked (same length, so offsets hold). A report in which none of the
    six parts was found brings its whole text (:data:`WHOLE_TEXT`)."""
    doc, sections, tables = report.document, report.sections, report.tables
    skip = [(t.start, t.end) for t in (tables or {}).values()
            if getattr(t, "start", None) is not None and getattr(t, "end", None) is not None]

    def blanked(start: int, end: int) -> str:
        text = doc.text[start:end]
        for a, b in skip:
            a, b = max(a, start), min(b, end)
            if a < b:
                text = text[: a - start] + " " * (b - a) + text[b - start:]
        return text

    out = []
    for key in NARRATIVE_SECTIONS:
        section = sections.get(key)
        if section is None or section.end <= section.body_start:
            continue
        out.append((key, section.body_start, blanked(section.body_start, section.end)))
    if not out and not sections.sections and doc.text.strip():
        out.append((WHOLE_TEXT, 0, blanked(0, len(doc.text))))
    return tuple(out)


def name_words(identity: Mapping | None) -> tuple[str, ...]:
    """The words of an agency's name that a copier changes: the full name, its places with
    and without their suffix (洪泽区, 洪泽), its region's places, longest first."""
    from ..agency.names import split_name

    if not identity:
        return ()
    words: set[str] = set()
    for name in (identity.get("name"), identity.get("region"), identity.get("parent")):
        if not name:
            continue
        if len(name) >= 2:
            words.add(name)
        places, body = split_name(name)
        for place in places:
            words.add(place.text)
            if len(place.name) >= 2:
                words.add(place.name)
        if places and len(body) >= 2 and body not in ("人民政府", "政府"):
            words.add(body)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Compact:
    """One part compacted: its characters and each one's offset in the report's text."""

    section: str
    chars: str
    offsets: np.ndarray  # int64, one per character

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The text span of compact characters ``a`` .. ``b`` (exclusive)."""
        return int(self.offsets[a]), int(self.offsets[b - 1]) + 1


def _masks(text: str, names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for word in names:  # longest first: a place inside the full name is part of it
        at = text.find(word)
        while at >= 0:
            spans.append((at, at + len(word), NAME_MARK))
            at = text.find(word, at + len(word))
    spans.extend((m.start(), m.end(), NAME_MARK) for m in _SELF.finditer(text))
    spans.extend((m.start(), m.end(), NUMBER_MARK) for m in _NUMBERS.finditer(text))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int, str]] = []
    for a, b, mark in spans:
        if out and a < out[-1][1]:
            continue  # inside an earlier mask (a number inside a name)
        out.append((a, b, mark))
    return out


def compact(section: str, start: int, text: str, names: tuple[str, ...] = ()) -> Compact:
    """Compact one part (see the module docstring)."""
    chars: list[str] = []
    offsets: list[np.ndarray] = []
    pos = 0

    def keep(a: int, b: int) -> None:
        for m in _RUNS.finditer(text, a, b):
            chars.append(m.group())
            offsets.append(np.arange(start + m.start(), start + m.end(), dtype=np.int64))

    for a, b, mark in _masks(text, names):
        keep(pos, a)
        chars.append(mark)
        offsets.append(np.array([start + a], dtype=np.int64))
        pos = b
    keep(pos, len(text))
    joined = "".join(chars)
    return Compact(section, joined, np.concatenate(offsets) if offsets else np.zeros(0, dtype=np.int64))


def compact_parts(parts: Iterable, identity: Mapping | None = None) -> tuple[Compact, ...]:
    """Every part of a report compacted, with its agency's name words masked."""
    words = name_words(identity)
    return tuple(compact(section, int(start), text, words) for section, start, text in parts)


__all__ = ["NARRATIVE_SECTIONS", "SECTION_TITLES", "WHOLE_TEXT", "narrative_parts", "name_words", "Compact",
           "compact", "compact_parts", "NAME_MARK", "NUMBER_MARK"]
