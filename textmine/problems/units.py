"""Cut section 五 into units: sentences, enumeration items, and single problems.

The pipeline's sentence splitter (:func:`textmine.segment.split_sentences`) gives sentences;
this module refines them for section 五:

* PDF text wraps lines mid-sentence and carries page furniture (``- 4 -``): wrapped line
  breaks are treated as spaces and furniture lines blanked before splitting (offsets kept);
* a sentence that introduces a list (``…将切实抓好以下工作:一是…``) is cut before its first
  item; a leading frame (``取得了一定成绩,但还存在一些不足,比如说,``) is cut off; a sentence
  that states a problem and then turns to a measure (``…,下一步将…``) is cut at the turn;
* :func:`split_problems` cuts a sentence that lists several problems into one unit each.

Each unit knows its *zone* (labelled subsection, before / after a pivot sentence, or
unsplit) and its enumeration marker: the classifier uses both as context.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace

import regex

from ..fastinit import quick_init
from ..model import Document, SectionMap
from ..segment import split_sentences
from . import cues

ZONES = ("problems", "measures", "before_pivot", "after_pivot", "unsplit")

_WS = regex.compile(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")


@quick_init
@dataclass(frozen=True, slots=True)
class Unit:
    section: str
    start: int
    end: int
    text: str  # doc.text[start:end]
    zone: str = "unsplit"
    enum: str | None = None
    region_key: str | None = None  # "problems" / "measures" when a labelled subsection holds it
    clean: str = ""  # the text as read: page furniture dropped, whitespace removed


_SPACES = regex.compile(r"\s+")


@functools.lru_cache(maxsize=4096)
def clean_text(text: str) -> str:
    """Whitespace dropped except between ASCII words (PDF line breaks, "2023 年"). Cached: a
    report's 五 asks for the same sentence and clause ~2.5 times (units, clauses, zones)."""
    return _SPACES.sub(" ", _WS.sub("", text)).strip()


def enum_kind(text: str) -> str | None:
    m = cues.ENUM_RE.match(text)
    if not m:
        return None
    return next(k for k, v in m.groupdict().items() if v is not None)


@functools.lru_cache(maxsize=4096)
def strip_enum(text: str) -> str:
    # cached: a unit's text is stripped for both models, as its mirror's context, and again
    # when follow-through compares wordings
    return cues.ENUM_RE.sub("", text, count=1)


# --------------------------------------------------------------------------- regions


def _skip_heading(text: str, start: int, end: int, title: str) -> int:
    """Offset just after a subsection heading such as ``(一)存在的问题。``."""
    head = text[start:min(end, start + len(title) + 40)]
    pos = head.find(title) if title else -1
    if pos < 0:
        return start
    i = start + pos + len(title)
    while i < end and (text[i] in "。.:,;" or text[i].isspace()):
        i += 1
    return i


_UNHEADED_TURN_WINDOW = 1500  # the turn to measures follows an unheaded 五's opener within this
_TOOK = regex.compile(r"取\s*得")


def unheaded_five(doc: Document, sections: SectionMap) -> tuple[int, int] | None:
    """``(start, end)`` of a 五 written without a heading, when no 五 heading was found: from
    the first sentence that frames the year's work and turns to what falls short
    (:data:`cues.UNHEADED_FIVE_OPENER`), when a turn to measures follows it
    (:data:`cues.UNHEADED_FIVE_TURN`), to the next part found after it or the end."""
    if any(s.key in ("problems", "measures") for s in sections.sections):
        return None
    if not _TOOK.search(doc.text):
        return None  # the opener frames the year's work as 取得了…成效: no need to compact the page
    compact, positions = _compact(doc.text)
    for m in cues.UNHEADED_FIVE_OPENER.finditer(compact):
        sentence_end = compact.find("。", m.start())
        after = compact[sentence_end + 1:sentence_end + 1 + _UNHEADED_TURN_WINDOW] if sentence_end >= 0 else ""
        if not cues.UNHEADED_FIVE_TURN.search(after):
            continue
        start = positions[m.start()]
        end = min((s.start for s in sections.sections if s.start > start), default=len(doc.text))
        return start, end
    return None


#: ``unheaded`` not given: :func:`unheaded_five` is worked out where it is needed
_NOT_GIVEN = object()


def regions(doc: Document, sections: SectionMap, unheaded=_NOT_GIVEN) -> list[tuple[str, int, int, str | None]]:
    """``(section key, start, end, subsection key)`` spans of section 五 text to read (a 五
    without a heading, :func:`unheaded_five` — or ``unheaded`` when the caller has it —, when no
    heading was found)."""
    out: list[tuple[str, int, int, str | None]] = []
    if unheaded is _NOT_GIVEN:
        unheaded = unheaded_five(doc, sections)
    if unheaded is not None:
        return [("problems", unheaded[0], unheaded[1], None)]
    has_measures_part = sections.get("measures") is not None
    for section in sections.sections:
        if section.key not in ("problems", "measures"):
            continue
        subs = sorted(section.subsections, key=lambda s: s.start)
        if section.key == "measures":
            out.append((section.key, section.body_start, section.end, "measures"))
        elif subs:
            if subs[0].start > section.body_start:
                out.append((section.key, section.body_start, subs[0].start, None))
            for sub in subs:
                body = _skip_heading(doc.text, sub.start, sub.end, sub.title)
                out.append((section.key, body, sub.end, sub.key))
        else:
            out.append((section.key, section.body_start, section.end,
                        "problems" if has_measures_part else None))
    return [r for r in out if r[2] > r[1]]


# --------------------------------------------------------------------------- sentences


def _mask(text: str) -> str:
    """Same-length copy of ``text`` where page furniture is blanked and wrapped line breaks
    are spaces, so the sentence splitter cuts only at real boundaries."""
    lines = text.split("\n")
    furniture = [bool(line.strip()) and cues.PAGE_FURNITURE_RE.match(line) is not None for line in lines]
    out: list[str] = []
    prev_content = ""
    for k, line in enumerate(lines):
        if k:
            stripped_prev = prev_content.rstrip()
            hard = (not furniture[k] and not furniture[k - 1]
                    and (not stripped_prev or stripped_prev[-1] in cues.SENTENCE_END
                         or not line.strip() or cues.HARD_LINE_START_RE.match(line) is not None
                         or _title_then_measure(stripped_prev, line)))
            out.append("\n" if hard else " ")
        if furniture[k]:
            out.append(" " * len(line))
            continue
        out.append(line)
        if line.strip():
            prev_content = line
    return "".join(out)


def _title_then_measure(line: str, following: str) -> bool:
    """A numbered problem title on a line of its own (``1、配套制度建设有待加强``) and, on the next
    line, the measure that answers it (``健全…制度``): two units, though no sentence end divides them
    (a next line that elaborates the title, 工作人员多为兼职, stays with it)."""
    return (cues.PROBLEM_TITLE_LINE_RE.match(line) is not None and cues.MEASURE_START_RE.match(following.strip()) is not None
            and cues.PREDICATE_RE.search(following) is None)


def _compact(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace, and the original position of each kept character."""
    positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in positions), positions


def _clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans of ``text`` at , ; : outside brackets and quotes (separators excluded)."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "“‘《(「":
            depth += 1
        elif ch in "”’》)」":
            depth = max(0, depth - 1)
        elif ch in ",;:。" and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if clean_text(text[a:b])]


def _is_frame(clause: str) -> bool:
    c = clean_text(clause)
    return bool(c) and cues.FRAME_RE.match(c) is not None


def _cut_points(text: str) -> list[int]:
    """Positions inside one sentence where a new unit starts."""
    compact, positions = _compact(text)
    points = {positions[m.end()] for m in cues.FIRST_ITEM_CUT.finditer(compact) if m.end() < len(positions)}
    # a numbered problem title on its own line (kept apart by :func:`_mask`; the sentence splitter
    # joins short wrapped lines): its measure on the next line is a unit of its own
    lines = text.split("\n")
    at = 0
    for line, following in zip(lines, lines[1:]):
        at += len(line) + 1
        if _title_then_measure(line, following):
            points.add(at)
    clauses = _clauses(text)
    if len(clauses) > 1:
        k = 0
        while k < len(clauses) and _is_frame(text[clauses[k][0]:clauses[k][1]]):
            k += 1
        if 0 < k < len(clauses) and not all(
                cues.YEAR_CLAUSE_RE.match(clean_text(text[a:b])) for a, b in clauses[:k]):
            # a frame is cut off; a bare year (2023年, / 今年以来,) stays with what it dates
            points.add(clauses[k][0])
        turn = _frame_turn(text, clauses, k)
        if turn is not None:
            points.add(clauses[turn][0])
        # a problem stated, then a measure announced in the same sentence
        for j in range(k + 1, len(clauses)):
            body = clean_text(text[clauses[j][0]:clauses[j][1]])
            if cues.PIVOT_CLAUSE_START.match(body):
                earlier = clean_text(text[clauses[k][0]:clauses[j - 1][1]])
                if cues.PREDICATE_RE.search(earlier) and not cues.PIVOT_SENTENCE.search(earlier):
                    points.add(clauses[j][0])
                break
    return sorted(p for p in points if 0 < p < len(text))


def _frame_turn(text: str, clauses: list[tuple[int, int]], k: int) -> int | None:
    """The clause where a frame turns to a problem (…取得了一定成效,但公开内容…有待提升):
    after a clause opening with 但 / 然而 / 不过 (the sentence's first one too), when nothing
    before it names a shortcoming and something from it on does, other than a frame (但仍存在
    一些不足 names none), the first clause from the turn on that names it — the turn's own
    clause, or a later one when the turn only gives a cause (但由于刚刚起步,在推进过程中,还存在
    一些问题如宣传培训不足: the problem starts at 还存在)."""
    for j in range(max(k, 0), len(clauses)):
        body = clean_text(text[clauses[j][0]:clauses[j][1]])
        if not cues.TURN_START_RE.match(body):
            continue
        before = clean_text(text[clauses[0][0]:clauses[j - 1][1]]) if j else ""
        after = [clean_text(text[a:b]) for a, b in clauses[j:]]
        if cues.PREDICATE_RE.search(before) or all(_is_frame(c) for c in after):
            return None
        first = next((i for i, c in enumerate(after) if cues.PREDICATE_RE.search(c) and not _is_frame(c)), None)
        return None if first is None or j + first == 0 else j + first
    return None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:、"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:、"):
        b -= 1
    return a, b


def _sentences(doc: Document, start: int, end: int) -> list[tuple[int, int, str, int]]:
    """``(start, end, clean text, paragraph number)`` of each sentence in ``start..end``."""
    masked = _mask(doc.text[start:end])
    out: list[tuple[int, int, str, int]] = []
    for span in split_sentences(masked, start):
        paragraph = masked.count("\n", 0, span.start - start)
        local = span.text  # masked: furniture blanked, wrapped lines joined by spaces
        bounds = [0, *_cut_points(local), len(local)]
        for a, b in zip(bounds, bounds[1:]):
            a, b = _trim(local, a, b)
            if b > a and clean_text(local[a:b]):
                out.append((span.start + a, span.start + b, clean_text(local[a:b]), paragraph))
    return out


def assign_zones(texts: list[str], region_keys: list[str | None]) -> list[str]:
    """Zone of each unit in one report's 五, in order. Units of a labelled subsection take
    its key; the others are before / after the first pivot sentence, or unsplit."""
    zones: list[str] = []
    pivot_seen = False
    has_pivot = any(key is None and cues.PIVOT_SENTENCE.search(clean_text(t))
                    for t, key in zip(texts, region_keys))
    for text, key in zip(texts, region_keys):
        if key in ("problems", "measures"):
            zones.append(key)
            continue
        if not has_pivot:
            zones.append("unsplit")
            continue
        if not pivot_seen and cues.PIVOT_SENTENCE.search(clean_text(text)):
            pivot_seen = True
        zones.append("after_pivot" if pivot_seen else "before_pivot")
    return zones


def section_units(doc: Document, sections: SectionMap, unheaded=_NOT_GIVEN) -> list[Unit]:
    """Every unit of section 五 (and of a split-off 改进措施 part), in document order
    (``unheaded``: see :func:`regions`)."""
    raw: list[tuple[str, int, int, str, str | None]] = []
    for section_key, start, end, sub_key in regions(doc, sections, unheaded):
        previous_paragraph = None
        for a, b, clean, paragraph in _sentences(doc, start, end):
            if (raw and previous_paragraph == paragraph and enum_kind(raw[-1][3]) is not None
                    and enum_kind(clean) is None and not cues.PIVOT_SENTENCE.search(clean)
                    and not cues.PIVOT_CLAUSE_START.match(clean)
                    and not cues.CLOSING_RE.match(clean) and not cues.ANSWER_START_RE.match(clean)
                    and not _title_then_measure(raw[-1][3], clean)):
                # a second sentence of an enumerated item (三是加强培训。实行跟班学习制度…)
                s0, a0, _, c0, k0 = raw[-1]
                raw[-1] = (s0, a0, b, c0 + clean, k0)
            else:
                raw.append((section_key, a, b, clean, sub_key))
            previous_paragraph = paragraph
    raw = [kept for kept in (_without_heading(doc.text, unit) for unit in raw) if kept is not None]
    zones = assign_zones([c for _, _, _, c, _ in raw], [k for *_, k in raw])
    return [Unit(section=s, start=a, end=b, text=doc.text[a:b], zone=z, enum=enum_kind(c), region_key=k, clean=c)
            for (s, a, b, c, k), z in zip(raw, zones)]


def _without_heading(text: str, unit: tuple) -> tuple | None:
    """A unit with a subsection heading at its head cut off (``(二)改进措施 1、统一认识…``);
    None for a unit that is only a heading, a signature or the page's furniture."""
    section, a, b, clean, key = unit
    if cues.TRAILER_RE.match(clean):
        return None
    head = cues.SUBHEADING_RE.match(clean)
    if head is None:
        return unit
    if head.end() == len(clean):
        return None
    rest = clean[head.end():]
    if not (clean[head.end() - 1] in "。.:" or enum_kind(rest) is not None):
        return unit  # 存在问题较多… is a sentence, not a heading
    # find where the rest starts in the document text (whitespace is not in clean)
    i, seen = a, 0
    while i < b and seen < head.end():
        if not text[i].isspace():
            seen += 1
        i += 1
    while i < b and text[i].isspace():
        i += 1
    return (section, i, b, rest, key) if i < b else None


def five_cut(doc: Document, sections: SectionMap, plans_only: bool = False, unheaded=_NOT_GIVEN) -> bool:
    """Whether the page ends inside 五: no part starts after it and nothing near its end shows
    that the report ended (a signature date, the page's furniture). ``plans_only``: the report
    follows a pre-2019 outline, whose problems part is often its last, so such a 五 counts as
    cut only when its last sentence is unfinished. Warnings about a cut 五 are UNCERTAIN:
    its measures may be on the part the page does not show. (``unheaded``: see :func:`regions`.)"""
    five = [s for s in sections.sections if s.key in ("problems", "measures")]
    if five:
        unheaded = None
    elif unheaded is _NOT_GIVEN:
        unheaded = unheaded_five(doc, sections)
    if not five and unheaded is None:
        return False
    end = max(s.end for s in five) if five else unheaded[1]
    if any(s.start >= end for s in sections.sections):
        return False
    body = doc.text[max(s.body_start for s in five) if five else unheaded[0]:end].rstrip()
    if cues.REPORT_END_RE.search(body[-150:]) is not None:
        return False
    return not (plans_only and body[-1:] in "。!?")


# --------------------------------------------------------------------------- problems


def _split_enumerated_list(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Inside one clause, items separated by 、 that each end in a problem predicate
    (``规范性还有待提高、深度和广度还有待提升、队伍建设有待加强等``)."""
    pieces: list[tuple[int, int]] = []
    start = a
    depth = 0
    for i in range(a, b):
        ch = text[i]
        if ch in "“‘《(":
            depth += 1
        elif ch in "”’》)":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            if cues.PREDICATE_AT_END_RE.search(clean_text(text[start:i])):
                pieces.append((start, i))
                start = i + 1
    pieces.append((start, b))
    if len(pieces) > 1 and not cues.PREDICATE_RE.search(clean_text(text[pieces[-1][0]:pieces[-1][1]])):
        # the tail has no predicate of its own: it belongs with the item before it
        last = pieces.pop()
        pieces[-1] = (pieces[-1][0], last[1])
    return pieces


def _join_elaborations(text: str, groups: list[list[tuple[int, int]]], enumerated: bool) -> list[list[tuple[int, int]]]:
    """Merge a clause group into the one before it when it only elaborates that problem: it
    opens with an example, a consequence or a worse case (如…, 导致…, 特别是…); the group
    before only gives a cause (由于…); or, inside one enumerated item, it names nothing new
    (no topic cue, or one the item already named: 信息更新不及时,发布滞后 is one problem,
    意识不强,广度和深度不够 two)."""
    from .features import cue_topics

    out: list[list[tuple[int, int]]] = []
    seen: set[str] = set()
    for group in groups:
        body = clean_text(text[group[0][0]:group[-1][1]])
        topics = set(cue_topics(body))
        if out:
            previous = clean_text(text[out[-1][0][0]:out[-1][-1][1]])
            if _is_frame(text[out[-1][-1][0]:out[-1][-1][1]]):
                # after a frame (存在一些不足,如…), 如 leads into the first problem
                out.append(list(group))
                seen = set(topics) if enumerated else seen | topics
                continue
            # (inside an item, a clause after ; with a shortcoming of its own is a second problem, whatever its
            # topic: …日常化开展需要进一步加强;公开形式较单一 — ANNOTATION.md, one problem per unit)
            after_semicolon = group[0][0] > 0 and text[group[0][0] - 1] == ";"
            joins = (cues.ELABORATION_START_RE.match(body) is not None
                     or cues.CAUSE_START_RE.match(previous) is not None
                     or (enumerated and not after_semicolon and (not topics or topics & seen)))
            if joins:
                out[-1] = out[-1] + group
                seen |= topics
                continue
        out.append(list(group))
        seen = set(topics) if enumerated else seen | topics
    return out


def split_problems(unit: Unit) -> list[Unit]:
    """One unit per problem in a sentence or item that lists several.

    Clauses are grouped until one holds a problem predicate (有待/不够/缺乏/单一/…), which
    closes a problem; a trailing clause with no predicate of its own (a consequence such as
    ``影响了公开效果``) stays with the problem before it; a group that only elaborates the
    problem before it joins it (:func:`_join_elaborations`); a clause listing several problems
    with 、 is cut at each. An enumerated item (一是…) is cut only where it turns to a problem
    about something else (二是信息更新还不够及时,公开质量有待提高;部分工作人员…意识有待提高)."""
    enumerated = unit.enum is not None
    text = _mask(unit.text)
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for a, b in _clauses(text):
        current.append((a, b))
        if cues.PREDICATE_RE.search(clean_text(text[a:b])):
            groups.append(current)
            current = []
    if current:
        if groups and all(_is_frame(text[a:b]) for a, b in current):
            groups.append(current)  # a closing frame (…等问题,与上级要求还有一定差距) is no part of the problem
        elif groups:
            groups[-1].extend(current)
        else:
            groups.append(current)
    groups = _join_elaborations(text, groups, enumerated)
    pieces: list[tuple[int, int]] = []
    for group in groups:
        a, b = group[0][0], group[-1][1]
        if enumerated:
            pieces.append((a, b))
            continue
        # a list of problems with 、 in the group's last clause (the clauses before it give a
        # cause or a setting: 由于…成立之初,还存在人员业务水平不高、新媒体宣传有待加强等问题)
        listed = _split_enumerated_list(text, group[-1][0], b)
        pieces.append((a, listed[0][1]))
        pieces.extend(listed[1:])
    if len(pieces) <= 1:
        return [unit]
    out: list[Unit] = []
    for a, b in pieces:
        a, b = _trim(text, a, b)
        lead = cues.LEAD_IN_RE.match(text[a:b])
        if lead and lead.end() < b - a:
            a, b = _trim(text, a + lead.end(), b)
        if b > a:
            clean = clean_text(text[a:b])
            out.append(replace(unit, start=unit.start + a, end=unit.start + b, text=unit.text[a:b],
                               clean=clean, enum=enum_kind(clean)))
    return out or [unit]
