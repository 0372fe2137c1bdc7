"""Title, agency, year and template era of a report."""
from __future__ import annotations

from collections import Counter
from typing import Mapping

import regex

from .model import Document, Metadata, SectionMap

#: what a report title ends with (variants seen in the field guide §1.2)
_TITLE_WORDS = regex.compile(
    r"(?:政府|政务)?信息公开(?:工作)?(?:开展)?(?:年度)?(?:工作)?报告|政务公开工作年度报告|"
    r"政务信息公开(?:工作)?(?:年度)?报告|信息公开工作报告|关于.{0,30}情况的报告")
_YEAR_IN_TITLE = regex.compile(r"(?P<year>(?:19|20)\d{2})\s*(?:年度|年)?")
_PERIOD = regex.compile(r"(?:自|从)?\s*(?P<year>20\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|-)")
_COMPILED_BY = regex.compile(r"本报告由(?P<agency>[^,。()根据]{3,40}?)(?:办公室|办公厅)?(?:根据|依据|按照|编制)")
_ANY_YEAR = regex.compile(r"(?<!\d)(?P<year>20[0-3]\d)\s*年")


def _title(doc: Document, first_section: int) -> tuple[str | None, tuple[int, int] | None]:
    head_end = first_section if first_section > 0 else min(len(doc.text), 600)
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in doc.text[:head_end].split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    for i, (start, line) in enumerate(lines[:12]):
        if _TITLE_WORDS.search("".join(line.split())) and len(line.strip()) <= 80:
            begin = start + len(line) - len(line.lstrip())
            # a title broken over two lines: agency on the line before, no punctuation
            if i > 0:
                prev_start, prev = lines[i - 1]
                if len(prev.strip()) <= 30 and not regex.search(r"[。,;:]", prev):
                    begin = prev_start + len(prev) - len(prev.lstrip())
            end = start + len(line.rstrip())
            title = " ".join(doc.text[begin:end].split())
            return title, (begin, end)
    return None, None


def _agency(title: str | None, doc: Document) -> str | None:
    if title:
        compact = "".join(title.split())
        m = regex.match(r"(?P<agency>.+?)(?:关于)?(?:(?:19|20)\d{2}|[二〇零一二三四五六七八九]{4})\s*年", compact)
        if m and len(m.group("agency")) >= 2:
            return m.group("agency")
        m = regex.match(r"(?P<agency>.+?)(?:政府|政务)?信息公开", compact)
        if m and len(m.group("agency")) >= 3 and not m.group("agency").endswith("年"):
            return m.group("agency")
    m = _COMPILED_BY.search(doc.text[:2000])
    if m:
        return m.group("agency")
    return None


def _year(title: str | None, doc: Document) -> int | None:
    if title:
        m = _YEAR_IN_TITLE.search("".join(title.split()))
        if m:
            return int(m.group("year"))
    m = _PERIOD.search(doc.text[:3000])
    if m:
        return int(m.group("year"))
    counts = Counter(int(m.group("year")) for m in _ANY_YEAR.finditer(doc.text[:5000]))
    return counts.most_common(1)[0][0] if counts else None


def detect_template(sections: SectionMap, tables: Mapping) -> str:
    """The template era: what the tables' own headers say (the cited notice is not reliable);
    an outline with the old 收费及减免 part and no tables is pre-2019."""
    for key in ("active_disclosure", "applications", "review_litigation"):
        table = tables.get(key)
        template = getattr(table, "template", "unknown") if table is not None else "unknown"
        if template != "unknown":
            return template
    if any(s.key in {"fees", "appendix"} for s in sections.sections) or any(
            s.key == "overview" and s.title.replace(" ", "") in {"概述", "主要工作概述", "基本工作情况"}
            for s in sections.sections):
        return "pre-2019"
    return "unknown"


def detect_metadata(doc: Document, sections: SectionMap, tables: Mapping) -> Metadata:
    first = sections.sections[0].start if sections.sections else 0
    title, span = _title(doc, first)
    return Metadata(
        title=title,
        agency=_agency(title, doc),
        year=_year(title, doc),
        template=detect_template(sections, tables),
        title_span=span,
    )
