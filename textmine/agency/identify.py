"""The agency identity stage: who wrote the report, from its title and text.

    identify_agency(doc, sections, metadata) -> AgencyIdentity

* **Name**: the metadata's agency (the title's opening, or who compiled or publishes the
  report) cleaned of page labels and spam; else the first of :data:`NAME_SOURCES` that gives a
  name (由…编制, 现公布…年, the overview's subject, an index table's 发布机构). A name without
  a place (教育局) is completed by another candidate that ends with it and has one.
* **Level**: the name's shape (:data:`textmine.agency.shapes.NAME_SHAPES`); a department whose
  name gives no level (教育局) takes it from how the report speaks of its place (我局 … 我县)
  or of its government (县委县政府, 全市). A page with
  no name takes its level from how it speaks of itself (我镇, 我县, 我委).
* **Region, parent**: the places of the name (a 市 inside a 市 is county level); the
  government that sent the notice the report answers (根据《XX县人民政府办公室关于…》) where the
  name does not say.
* **Former names** (原…更名为…, (原…)) and **coverage** (汇总各部门, 全县共收到…, 本级).
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterator, Mapping
import regex

from ..model import Document, Metadata, SectionMap
from .model import AgencyIdentity
from .names import (canonical_body, clean_name, government_key, name_key, outer_places, place_levels,
                    same_places, split_name)
from .shapes import (DEPARTMENT_OF, GOVERNMENT_LEVELS, GOVERNMENT_OF, LEVEL_CUE, LEVEL_CUES,
                     SELF_REFERENCE, SELF_REFERENCES, Shape, classify_name, shape_of_level)

#: how far into the text names are looked for (a page's head and its preamble)
HEAD_CHARS = 3000

_NAME = r"(?P<name>[^,，。;；:：()（）《》“”\s]{2,40}?)"
#: a second name in brackets after the first (武昌经开区管委会(滨江商务区管委会))
_ALSO = r"(?:[(（][^()（）\n]{2,30}[)）])?"
_YEAR = r"(?:(?:19|20)\d{2}|[二一][〇○零一二三四五六七八九]{3})\s*年"
#: where a report names its agency besides its title, one source a line, most reliable first
NAME_SOURCES: tuple[tuple[str, str], ...] = (
    ("compiled_by", r"由" + _NAME + r"(?:根据|依据|按照|依照|结合|编制|制作|负责|汇总|综合)"),
    ("publishes", r"(?:现将|现公布|特公布|现予公布|现发布|现公开|特向社会公布|特向社会公开)《?" + _NAME + r"(?:关于)?" + _YEAR),
    ("subject", r"(?:^|\n)\s*(?:(?:" + _YEAR + r"度?|本年度)\s*[,，]\s*)?(?:在[^,，。\n]{2,40}?(?:领导|指导|部署)下\s*[,，]\s*)?"
                + _NAME + _ALSO + r"(?:认真|坚持|深入|按照|严格|紧紧|全面|进一步|始终|持续|高度|积极|围绕|贯彻|不断|扎实|切实"
                + r"|依据|根据|以)"),
    ("subject", r"(?:^|\n)\s*" + _NAME + r"是(?:主管|负责)"),
    ("subject", r"(?:要求|规定|精神)\s*[,，]\s*" + _NAME + r"(?:结合|编制|制作|认真|现将)"),
    ("index", r"(?:发布机构|发文机关|发布单位|所属机构|信息来源)\s*[:：|]?\s*\|?\s*(?P<name>[^\s|:：,，。]{2,40})"),
)
_NAME_SOURCES = tuple((source, regex.compile(pattern)) for source, pattern in NAME_SOURCES)

#: how a report says it had another name: the old name in group ``old``
FORMER_NAMES: tuple[str, ...] = (
    r"(?:原|由原)(?P<old>[^,，。;；、()（）“”\s]{2,30}?(?:局|委员会|委|办公室|办|中心|厅|署|院|政府|办事处|镇|乡|街道))"
    r"(?:正式)?(?:更名为|改名为|调整为|变更为|组建为|整合组建为)",
    r"[(（]原(?P<old>[^()（）,，。]{2,30}?)[)）]",
    r"原(?P<old>[^,，。;；、()（）“”\s]{2,30}?(?:局|委员会|委|办公室|办|中心))的?(?:职责|职能)(?:整合|划入|并入)",
)
_FORMER_NAMES = tuple(regex.compile(p) for p in FORMER_NAMES)

#: what a report says of what its figures cover: (pattern, coverage), one wording a line
COVERAGE: tuple[tuple[str, str], ...] = (
    (r"本级(?!财政|预算)|(?:仅|只)(?:含|包括|统计)本(?:机关|级|单位)", "own"),
    (r"(?:汇总|综合|涵盖|包括|包含)[^。\n]{0,30}?(?:\d+个|各|所属|下属|直属)[^。\n]{0,10}?"
     r"(?:县区|市区|区县|地州市|县市区|乡镇|街道|部门|单位|委办局)", "departments"),
    (r"(?:全县|全市|全区|全旗|全州|全省)(?:各级行政机关|各部门|政府系统|各级政府)?[^。\n]{0,8}?(?:共|累计)?"
     r"(?:收到|受理|新收)[^。\n]{0,20}?申请", "departments"),
)
_COVERAGE = tuple((regex.compile(p), c) for p, c in COVERAGE)

#: the government that sent the notice a report answers (根据《XX县人民政府办公室关于做好…》)
_NOTICE_FROM = regex.compile(
    r"(?:^|(?<=[《〈,，。;；、\s])|(?<=根据|按照|依据|依照|及|和|与))(?P<gov>\p{Han}{2,16}?(?:省|自治区|市|自治州|州|盟|县|区|旗))(?:人民政府|政府)(?:办公室|办公厅)?\s*(?:《|关于|印发)")
#: an office that compiles its government's report (XX区人民政府办公室, …政务公开工作领导小组办公室)
_COMPILER_OFFICE = regex.compile(r"(?<=政府)(?:办公室|办公厅)$")
_COMPILER_GROUP = regex.compile(r"(?:人民政府|政府)?政务公开(?:工作)?领导小组办公室$")
_GOVERNMENT_RANK = {"province": 0, "city": 1, "county": 2, "township": 3}


def _candidates(doc: Document, sections: SectionMap, metadata: Metadata) -> Iterator[tuple[str, str, tuple[int, int] | None]]:
    """(name, source, span) of every name the report gives, most reliable first; lazily, since
    the first usually settles it (:func:`_choose`) and each source is a search of the page's head."""
    if metadata.agency:
        name = clean_name(metadata.agency)
        if name:
            span = None
            if metadata.title_span:
                at = doc.text.find(name, metadata.title_span[0], metadata.title_span[1] + 1)
                span = (at, at + len(name)) if at >= 0 else None
            yield name, "metadata", span
    head = doc.text[:HEAD_CHARS]
    overview = sections.get("overview") if sections else None
    places = [(0, head)]
    if overview is not None:
        places.insert(0, (overview.body_start, doc.text[overview.body_start:overview.body_start + 400]))
    for source, pattern in _NAME_SOURCES:
        for offset, where in places if source == "subject" else places[-1:]:
            found = _first_name(pattern, where, offset, source)
            if found:
                yield found
                break


def _first_name(pattern: regex.Pattern, where: str, offset: int, source: str):
    for m in pattern.finditer(where):
        raw = m.group("name")
        if source == "compiled_by":
            # the government's office compiles its government's report (as metadata reads it)
            raw = _COMPILER_GROUP.sub("人民政府", _COMPILER_OFFICE.sub("", raw))
        name = clean_name(raw)
        if name:
            at = m.group("name").find(name[:2])
            start = offset + m.start("name") + max(at, 0)
            return name, source, (start, start + len(name))
    return None


def _choose(candidates: Iterator[tuple[str, str, tuple[int, int] | None]]):
    """The first candidate; a name without a place is replaced by a later one that ends with
    its body and has one (教育局 -> 杭州市余杭区教育局)."""
    first = next(candidates, None)
    if first is None:
        return None
    places, body = split_name(first[0])
    if not places:
        for other in candidates:
            other_places, other_body = split_name(other[0])
            if other_places and canonical_body(other_body) == canonical_body(body):
                return other
    return first


def _counts(pattern: regex.Pattern, lines: tuple[tuple[str, str], ...], text: str, prefix: str) -> Counter:
    counts: Counter = Counter()
    for m in pattern.finditer(text):
        counts[lines[int(m.lastgroup[len(prefix):])][1]] += 1
    return counts


def _dominant(counts: Counter, minimum: int = 1) -> str | None:
    """The most frequent key when it is clearly so (at least ``minimum``, more than any other)."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < minimum:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _department_level(text: str, self_levels: Counter) -> tuple[str, str]:
    """A department's level from how it speaks of its place (我局…我县) or of its government
    (县委县政府, 全市): (level, source)."""
    if self_levels.get("province_department"):
        return "province_department", "self_reference"
    places = Counter({k: v for k, v in self_levels.items() if k in GOVERNMENT_LEVELS})
    place = _dominant(places)
    if place:
        return DEPARTMENT_OF[place], "self_reference"
    cue = _dominant(_counts(LEVEL_CUE, LEVEL_CUES, text, "c"), minimum=2)
    if cue:
        return DEPARTMENT_OF[cue], "text"
    return "department", "self_reference"


def _level_from_self(text: str, self_levels: Counter) -> tuple[str, str | None]:
    if self_levels.get("county_department", 0) and not any(self_levels.get(k, 0) for k in GOVERNMENT_LEVELS):
        # (2025年,区城乡建设局聚焦…: a department named short by its government's level word says its level;
        # never over a government speaking of itself, 我市/我县, which names other bodies so too)
        return "county_department", "self_reference"
    departments = self_levels.get("department", 0) + self_levels.get("province_department", 0)
    places = Counter({k: v for k, v in self_levels.items() if k in GOVERNMENT_LEVELS})
    if departments and departments >= max(places.values(), default=0):
        return _department_level(text, self_levels)
    place = _dominant(places)
    if place:
        return place, "self_reference"
    return "unknown", None


def _parent_from_text(doc: Document, level: str, places: tuple) -> str | None:
    """The government that sent the notice this report answers, when it stands where this
    agency's parent would (a department's own government, a township's county)."""
    if level in ("unknown", "province", "development_zone", "national_department"):
        return None
    want = GOVERNMENT_OF.get(level) if level not in GOVERNMENT_LEVELS else None
    for m in _NOTICE_FROM.finditer(doc.text[:HEAD_CHARS]):
        gov = m.group("gov")
        gov_places, rest = split_name(gov)
        if not gov_places or rest:
            continue
        gov_level = place_levels(gov_places)[-1]
        if gov_level not in _GOVERNMENT_RANK:
            continue
        if want is not None and gov_level != want and level != "department":
            continue
        if level in GOVERNMENT_LEVELS and _GOVERNMENT_RANK[gov_level] >= _GOVERNMENT_RANK[level]:
            continue
        if places and gov_places[-1].text != places[-1].text and level not in GOVERNMENT_LEVELS \
                and level != "department":
            continue
        return gov + "人民政府"
    return None


def _parent(level: str, places: tuple, levels: tuple[str, ...]) -> str | None:
    """The government above the agency by its own name."""
    if not places:
        return None
    if level in GOVERNMENT_LEVELS:
        above = places[:-1]
    elif level == "development_zone":
        above = tuple(p for p in places if not p.zone)
    else:  # a department (or an office) of its own place's government
        above = places
    if not above:
        return None
    return "".join(p.text for p in above) + "人民政府"


def _former_names(text: str, name: str | None) -> tuple[str, ...]:
    out: list[str] = []
    for pattern in _FORMER_NAMES:
        for m in pattern.finditer(text):
            old = clean_name(m.group("old"))
            if old and old != name and old not in out:
                out.append(old)
    return tuple(out)


def former_keys(identity: AgencyIdentity) -> tuple[str, ...]:
    """Keys of the agency's former names; a former name without a place (原卫生局) is taken
    to be of the agency's own place."""
    own = identity.key.split("|", 1)[0] if identity.key else ""
    keys = []
    for old in identity.former_names:
        places, body = split_name(old)
        keys.append(name_key(old) if places else f"{own}|{canonical_body(body)}")
    return tuple(keys)


def agency_relation(a: Mapping[str, Any], b: Mapping[str, Any]) -> str:
    """``same_agency`` / ``other_agency`` / ``unknown_agency`` for two identities (as
    :meth:`AgencyIdentity.to_dict` gives them): one agency when their keys are equal, one is
    the other's former name, or one is the other's government office, and the places above
    them do not contradict; unknown when either key is missing or names no place."""
    ka, kb = a.get("key"), b.get("key")
    if not ka or not kb or ka.startswith("|") or kb.startswith("|"):
        return "unknown_agency"

    def former(identity):
        names = tuple(identity.get("former_names") or ())
        return set(former_keys(AgencyIdentity(key=identity.get("key"), former_names=names))) if names else set()

    linked = (ka == kb or government_key(ka) == kb or government_key(kb) == ka
              or kb in former(a) or ka in former(b))
    if linked and same_places(outer_places(a.get("name")), outer_places(b.get("name"))):
        return "same_agency"
    return "other_agency"


def _coverage(text: str) -> tuple[str | None, tuple[int, int] | None]:
    for pattern, coverage in _COVERAGE:
        m = pattern.search(text)
        if m:
            return coverage, m.span()
    return None, None


def _shape(name: str | None, level: str) -> Shape:
    """The name's shape when it gives the identity's level, else what the level alone means."""
    shape = classify_name(name)
    return shape if shape.level == level else shape_of_level(level)


def shape_of(identity: AgencyIdentity) -> Shape:
    """The :class:`~textmine.agency.shapes.Shape` (level, issuer kind, may issue 规章) of an identity."""
    return _shape(identity.name, identity.level)


def identify_agency(doc: Document, sections: SectionMap, metadata: Metadata) -> AgencyIdentity:
    """The agency identity of one report (see the module docstring)."""
    text = doc.text
    chosen = _choose(_candidates(doc, sections, metadata))
    name, source, span = chosen if chosen else (None, None, None)
    self_levels = _counts(SELF_REFERENCE, SELF_REFERENCES, text, "r")
    notes: list[str] = []
    places: tuple = ()
    levels: tuple[str, ...] = ()
    if name:
        places, body = split_name(name)
        levels = place_levels(places)
        shape = classify_name(name)
        level, level_source = shape.level, "name"
        if level == "department":
            level, level_source = _department_level(text, self_levels)
        elif level == "unknown" and self_levels:
            level, level_source = _level_from_self(text, self_levels)
        if level == "county" and places and places[-1].zone:
            level = "development_zone"
    else:
        level, level_source = _level_from_self(text, self_levels)
        if level != "unknown":
            notes.append("no agency name: the level is how the report speaks of itself")
    kind = _shape(name, level).kind
    parent = _parent(level, places, levels)
    region_places = "".join(p.text for p in places) or None
    if parent is None:
        parent = _parent_from_text(doc, level, places)
        if parent and region_places is not None and level in GOVERNMENT_LEVELS:
            region_places = parent[: -len("人民政府")] + region_places
        elif parent and region_places is None:
            region_places = parent[: -len("人民政府")]
    coverage, coverage_span = _coverage(text) if level in GOVERNMENT_LEVELS else (None, None)
    return AgencyIdentity(
        name=name, key=name_key(name), level=level, kind=kind, region=region_places, parent=parent,
        former_names=_former_names(text, name), coverage=coverage, name_source=source,
        level_source=level_source if level != "unknown" else None, span=span, coverage_span=coverage_span,
        notes=tuple(notes))


__all__ = ["identify_agency", "former_keys", "shape_of", "agency_relation", "NAME_SOURCES", "FORMER_NAMES", "COVERAGE", "HEAD_CHARS"]
