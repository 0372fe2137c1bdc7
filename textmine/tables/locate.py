"""Where each standard table is: the body of its section, or, when the section is missing or
holds no table words, the stretch of text around the table's own unmistakable words."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..model import Document, SectionMap

#: words that show a table is present inside its section (any one suffices)
PRESENCE: dict[str, regex.Pattern] = {
    "active_disclosure": regex.compile(r"第二十条|信息内容|规章|规范性文件|行政许可|行政处罚|行政强制|事业性收费"),
    "applications": regex.compile(r"本年新收|上年结转|予以公开|勾稽关系|申请人情况|结转下年|不予公开|无法提供"),
    "review_litigation": regex.compile(r"维\s*持|纠\s*正|尚\s*未|审\s*结|复议后|直接起诉"),
}

#: words that only the table has (used to find it when its section is not found)
STRONG: dict[str, regex.Pattern] = {
    "active_disclosure": regex.compile(r"第二十条\s*第|信息内容"),
    "applications": regex.compile(r"勾稽关系|申请人情况|本年新收政府信息公开申请数量"),
    "review_litigation": regex.compile(r"未经复议直接起诉|复议后起诉|尚未\s*审结"),
}

#: how far a table found by its words may reach when no heading ends it
MAX_SPAN = {"active_disclosure": 2500, "applications": 6000, "review_litigation": 1500}

_CARRIED_FORWARD_LINE = regex.compile(r"[^\n]*结转下年[^\n]*\n?")


@dataclass(frozen=True, slots=True)
class Region:
    key: str
    start: int
    end: int
    how: str  # "section" | "anchor" | "none"


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end + 1


def _next_heading(sections: SectionMap, pos: int, limit: int) -> int:
    starts = [s.start for s in sections.sections if s.start > pos]
    return min([limit] + starts)


def locate(doc: Document, sections: SectionMap) -> dict[str, Region]:
    text = doc.text
    regions: dict[str, Region] = {}
    anchored: dict[str, int] = {}
    for key in ("active_disclosure", "applications", "review_litigation"):
        section = sections.get(key)
        if section is not None and PRESENCE[key].search(text, section.body_start, section.end):
            regions[key] = Region(key, section.body_start, section.end, "section")
            continue
        m = STRONG[key].search(text)
        if m is None:
            if section is not None:
                regions[key] = Region(key, section.body_start, section.end, "none")
            continue
        start = _line_start(text, m.start())
        if key == "review_litigation":
            # header rows (行政复议 / 行政诉讼) sit just above the words found
            back = text.rfind("行政复议", max(0, start - 300), start)
            if back >= 0:
                start = _line_start(text, back)
        anchored[key] = start
    # a table found by its words ends at the next heading or the next table, whichever
    # comes first
    starts = sorted([r.start for r in regions.values()] + list(anchored.values()))
    for key, start in anchored.items():
        limit = min([len(text), start + MAX_SPAN[key]] + [s for s in starts if s > start])
        regions[key] = Region(key, start, _next_heading(sections, start, limit), "anchor")
    _carry_forward_fix(text, regions)
    return regions


def _carry_forward_fix(text: str, regions: dict[str, Region]) -> None:
    """Table 三's last row ``四、结转下年度继续办理`` looks like the heading of part 四; when the
    sections put it after table 三's end, give it back to table 三 (and take it from 四)."""
    apps = regions.get("applications")
    if apps is None:
        return
    nxt = text[apps.end:apps.end + 400].lstrip("\n")
    skip = len(text[apps.end:apps.end + 400]) - len(nxt)
    m = _CARRIED_FORWARD_LINE.match(nxt)
    if not m or "。" in m.group():
        return
    new_end = apps.end + skip + m.end()
    regions["applications"] = Region(apps.key, apps.start, new_end, apps.how)
    review = regions.get("review_litigation")
    if review is not None and apps.end <= review.start < new_end:
        regions["review_litigation"] = Region(review.key, new_end, max(new_end, review.end), review.how)
