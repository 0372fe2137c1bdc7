"""Follow-through: which measure answers which problem, and what last year's report said.

* A measure *addresses* a problem when their wording is close (character-bigram cosine), or
  when it names an aspect of the work the problem names (:data:`~.cues.LINK_CONCEPTS`:
  培训不足 … 加强培训, 更新不及时 … 及时发布) and they share a topic or related topics
  (:data:`~.topics.RELATED_TOPICS`), or share two aspects, or name the one aspect of a
  problem about a single aspect; a shared topic with some wording in common links too, and
  where either names no aspect the topic rule stands, except that a boilerplate measure
  answers nothing (:func:`_match`). A shared topic ranks above a related one.
  A problem no measure addresses is a finding (``problems.unaddressed``) — the seed's
  交流沟通 problem is one.
* Given last year's report of the same agency: each of last year's problems should be
  answered by this year's measures (``problems.previous_followup``); a problem or measure
  copied verbatim or near-verbatim from last year is flagged (``problems.repeated_problem``,
  ``problems.repeated_measure``) with the span and last year's wording.

Statuses and severities (issue 22): a FAIL is always a warning — something a reviewer would
take up with the agency — and a mere observation is never a FAIL. What each rule gives:

=============================  ============================================================
rule                           outcome
=============================  ============================================================
problems.unaddressed           FAIL warning per problem no measure answers; UNCERTAIN
                               warning when the page cut 五 off (its measures may follow);
                               PASS info when every problem is answered; NOT_ASSESSABLE
                               info without problems
problems.measure_specificity   an observation: PASS info when a measure is checkable,
                               UNCERTAIN info when none is (nothing to verify the
                               improvements by); NOT_ASSESSABLE info without measures
problems.improvements_reported FAIL warning when a 2019+ outline (改进情况) got plans only;
                               NOT_ASSESSABLE info for pre-2019 outlines (改进措施: plans
                               were what they asked for); UNCERTAIN warning on a cut 五
problems.previous_reference    likewise (FAIL warning / NOT_ASSESSABLE pre-2019 / UNCERTAIN)
problems.previous_followup,    FAIL warning (cross-year; a cut 五 gives UNCERTAIN for
repeated_problem/_measure      previous_followup)
=============================  ============================================================
"""
from __future__ import annotations

import math
from collections import Counter
from difflib import SequenceMatcher

import regex

from ..reconcile.model import Evidence, Finding
from .cues import LINK_ASPECT_WHOLES, LINK_CONCEPTS, LINK_GENERIC_RE
from .features import cue_topics
from .model import Sentence
from .specificity import NAMES_NOTHING_AT, SPECIFIC_AT
from .specificity import score as specificity_score
from .topics import RELATED_TOPICS, TOPIC_NAMES_ZH
from .units import clean_text, strip_enum

#: cosine of character bigrams at or above which wording alone makes a match
WORDING_MATCH = 0.5
#: with a shared topic, wording must still not be unrelated (0 = topic alone is enough)
TOPIC_MATCH_MIN_COSINE = 0.0
#: base match score of a shared topic and of a related one (plus 0.4 x wording cosine)
SHARED_TOPIC_BASE = 0.6
RELATED_TOPIC_BASE = 0.45
_RELATED: frozenset[tuple[str, str]] = frozenset(
    pair for a, b, _ in RELATED_TOPICS for pair in ((a, b), (b, a)))
#: SequenceMatcher ratio at or above which a sentence is a near-verbatim copy
NEAR_VERBATIM = 0.8

#: the report says it is answering last year's problems (the seed: 针对2022年度…存在的问题…整改)
PREVIOUS_REFERENCE = regex.compile(
    r"(?:针对|对照|对)(?:上一?年度?|去年|前一年|20\d\d年度?)[^。]{0,30}(?:问题|不足)|(?:上一?年度?|去年)[^。]{0,20}(?:问题|不足)[^。]{0,12}(?:整改|改进)")
#: a measure that reports something done rather than planned
DONE = regex.compile(r"已(?:经)?|完成了?|采取了|开展了|建立了|实现了|制定了|修订了|印发了|开设了|新增了|整改到位")


_PUNCT_SPACE = regex.compile(r"[\p{P}\s]")
_DIGIT = regex.compile(r"\d")
#: words every 五 sentence shares; left out of the wording a problem and a measure are
#: compared on, so that 进一步加强政府信息公开工作 does not answer 政府信息公开…不够及时 by its
#: boilerplate alone (cross-year copies are compared on the full wording, :func:`similarity`)
GENERIC_WORDS = regex.compile(
    r"政府信息公开|政务公开|信息公开|政府信息|政务信息|工作|进一步|加强|提高|提升|不断|切实|继续|积极|"
    r"我(?:局|委|办|厅|镇|乡|街道|区|县|市|署|们)|本单位|问题|有待|方面|存在|下一步|将")


def _key(text: str) -> str:
    body = strip_enum(clean_text(text))
    return _DIGIT.sub("0", _PUNCT_SPACE.sub("", body))


def _topic_key(text: str) -> str:
    """The wording a problem and a measure are matched on: :func:`_key` without :data:`GENERIC_WORDS`."""
    return GENERIC_WORDS.sub("", _key(text))


def _bigrams(text: str) -> Counter:
    chars = _topic_key(text)
    return Counter(chars[i:i + 2] for i in range(len(chars) - 1))


class _Wording:
    """A sentence's character bigrams and their squared norm, built once for all the pairs
    it is compared in (a report's problems x measures)."""

    __slots__ = ("bigrams", "norm2", "cues", "_text", "_concepts")

    def __init__(self, text: str):
        self.bigrams = _bigrams(text)
        self.norm2 = sum(v * v for v in self.bigrams.values())
        self.cues = cue_topics(clean_text(text))
        self._text = text
        self._concepts: frozenset[str] | None = None

    @property
    def concepts(self) -> frozenset[str]:
        """:func:`concepts`, worked out the first time a pair needs them (most pairs are
        decided by their wording cosine first)."""
        if self._concepts is None:
            self._concepts = concepts(self._text)
        return self._concepts


_CONCEPT_PATTERNS = tuple((name, regex.compile(pattern)) for name, pattern in LINK_CONCEPTS)


def concepts(text: str) -> frozenset[str]:
    """The aspects of the work (:data:`~.cues.LINK_CONCEPTS`) a sentence names, its
    boilerplate (:data:`~.cues.LINK_GENERIC_RE`) left out."""
    body = LINK_GENERIC_RE.sub("", strip_enum(clean_text(text)))
    return frozenset(name for name, pattern in _CONCEPT_PATTERNS if pattern.search(body))


def _cosine(x: _Wording, y: _Wording) -> float:
    if not x.bigrams or not y.bigrams:
        return 0.0
    other = y.bigrams
    dot = sum(v * other.get(k, 0) for k, v in x.bigrams.items())
    return dot / math.sqrt(x.norm2 * y.norm2)


def cosine(a: str, b: str) -> float:
    return _cosine(_Wording(a), _Wording(b))


def related_topics(problem: Sentence, measure: Sentence) -> bool:
    """A topic of the problem and a topic of the measure form a pair of RELATED_TOPICS."""
    return any((a, b) in _RELATED for a in problem.topics for b in measure.topics)


def _score(shared: bool, related: bool, cos: float) -> float:
    if shared and cos >= TOPIC_MATCH_MIN_COSINE:
        return round(SHARED_TOPIC_BASE + 0.4 * cos, 4)
    if related:
        return round(RELATED_TOPIC_BASE + 0.4 * cos, 4)
    return round(cos, 4)


#: aspects (:data:`~.cues.LINK_CONCEPTS`) a problem and a measure must share to link without
#: a shared or related topic (unless the problem names only one aspect)
CONCEPTS_ALONE = 2
#: with a shared topic, wording this close (beyond the words every 五 shares) links without a
#: shared aspect (议事协商结果公开不够 … 推行议事协商结果公示)
TOPIC_WORDING = 0.25
#: whether a topic both texts name by its cue words (培训 … 培训, 及时 … 及时) counts as shared
#: even when the classifier gave it to only one of them (教育培训不足 … 加强培训)
CUE_TOPICS_LINK = True
#: a boilerplate measure (specificity at most NAMES_NOTHING_AT) answers no problem that names no
#: aspect of :data:`~.cues.LINK_CONCEPTS` by a shared topic alone (ANNOTATION.md: a generic
#: measure answers nothing; 采取多种形式…取得新突破 does not answer 在公开的格式上不能完全规范)
BOILERPLATE_ANSWERS_NOTHING = True


def _match(problem: Sentence, measure: Sentence, cos: float, cues: tuple = (frozenset(), frozenset()),
           aspects: tuple = (None, None)) -> float | None:
    """:func:`match_score` when the measure :func:`addresses` the problem, else None;
    ``cos`` is their wording cosine, ``cues`` the topics each names by its cue words,
    ``aspects`` the :func:`concepts` each names, or their :class:`_Wording` (computed when
    not given).

    Close wording links on its own, and so does a shared topic with some wording in common
    (:data:`TOPIC_WORDING`). Otherwise the measure must name an aspect the problem names
    (:data:`~.cues.LINK_CONCEPTS`: 培训 … 培训, 不及时 … 及时发布 / 20个工作日内公开, 认识 …
    认识) and either share or relate to one of its topics, or share two aspects with it, or
    name the one aspect a problem about a single aspect names (积极性不够 … 调动积极性). A
    topic alone no longer links on real pages: a measure carries two or three topics and then
    answered problems of the same topic about another aspect of it (宣传力度不够 … 创新公开
    形式). When the problem names no aspect of the table, or the measure names none but is
    no boilerplate (it names an area or something checkable), there is nothing to compare,
    and the topic rule stands, except for a boilerplate measure
    (:data:`BOILERPLATE_ANSWERS_NOTHING`); a boilerplate measure naming no aspect answers nothing."""
    shared = bool(set(problem.topics) & set(measure.topics))
    if CUE_TOPICS_LINK and not shared:
        shared = bool(set(problem.topics) & cues[0] & cues[1])
    related = related_topics(problem, measure)
    if cos >= WORDING_MATCH:
        return _score(shared, related, cos)
    mine, theirs = _as_wholes(_aspects_of(aspects[0], problem), _aspects_of(aspects[1], measure))
    common = mine & theirs
    if not mine or (not theirs and not _boilerplate(measure)):  # nothing to compare: the topic rule
        if BOILERPLATE_ANSWERS_NOTHING and not mine and _boilerplate(measure):
            return None  # a problem naming no aspect is not answered by boilerplate
        return _score(shared, related, cos) if shared or related else None
    if shared and cos >= TOPIC_WORDING:
        return _score(shared, related, cos)
    if common and (shared or related):
        return _score(shared, related, cos)
    if common and (len(common) >= CONCEPTS_ALONE or len(mine) == 1):
        return _score(False, True, cos)  # ranks with a related topic
    return None


def _as_wholes(mine: frozenset[str], theirs: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The problem's and the measure's aspects with :data:`~.cues.LINK_ASPECT_WHOLES` applied:
    a problem naming a whole is about the whole (its parts collapse into it); a measure naming
    a part of a whole names the whole too."""
    for whole, parts in LINK_ASPECT_WHOLES:
        if whole in mine:
            mine = mine - frozenset(parts)
        if theirs & frozenset(parts):
            theirs = theirs | {whole}
    return mine, theirs


def _aspects_of(given, sentence: Sentence) -> frozenset[str]:
    """The aspects a sentence names: ``given`` (a set, or the sentence's :class:`_Wording`,
    which works them out once when first asked), else from its text."""
    if given is None:
        return concepts(sentence.text)
    return given.concepts if isinstance(given, _Wording) else given


def _boilerplate(measure: Sentence) -> bool:
    """A measure that names nothing checkable and no area, or an area only amid boilerplate
    (specificity at most NAMES_NOTHING_AT): a generic measure answers nothing (ANNOTATION.md, links)."""
    value = measure.specificity if measure.specificity is not None else specificity_score(measure.text).score
    return value <= NAMES_NOTHING_AT


def match_score(problem: Sentence, measure: Sentence) -> float:
    """0–1: 0.6 for a shared topic (0.45 for a related one) plus 0.4 x wording cosine; the
    cosine alone without either."""
    return _score(bool(set(problem.topics) & set(measure.topics)), related_topics(problem, measure),
                  cosine(problem.text, measure.text))


def addresses(problem: Sentence, measure: Sentence) -> bool:
    return _match(problem, measure, cosine(problem.text, measure.text)) is not None


def _answers(problem: Sentence, measures: list[Sentence], wordings: dict[int, _Wording]) -> list[tuple[float, Sentence]]:
    """The measures that address ``problem`` with their match scores, best first (ties in
    document order). ``wordings`` holds each sentence's :class:`_Wording` by ``id``."""
    mine = wordings[id(problem)]
    scored = []
    for m in measures:
        theirs = wordings[id(m)]
        score = _match(problem, m, _cosine(mine, theirs), (mine.cues, theirs.cues), (mine, theirs))
        if score is not None:
            scored.append((score, m))
    scored.sort(key=lambda t: (-t[0], t[1].index))
    return scored


def _wordings(*groups: list[Sentence]) -> dict[int, _Wording]:
    return {id(s): _Wording(s.text) for group in groups for s in group}


#: a measure answers only the problems stated before it: on the real dev pages every one of the
#: 146 annotated links goes from a measure back to an earlier problem, and a unit before every
#: problem is the year's summary the classifier may take for a measure (2019年…发挥了积极作用;
#: 2020年…按计划稳步推进…进一步规范化、制度化), which then answered the problems after it.
#: (Cross-year follow-up compares last year's problems with this year's measures: no order there.)
ANSWERS_FOLLOW_THE_PROBLEM = True


def link(sentences: tuple[Sentence, ...]) -> dict[int, tuple[int, ...]]:
    """problem index -> indices of the measures that address it (best first); with
    :data:`ANSWERS_FOLLOW_THE_PROBLEM`, only measures after the problem."""
    problems = [s for s in sentences if s.label == "problem"]
    measures = [s for s in sentences if s.label == "measure"]
    wordings = _wordings(problems, measures)
    return {p.index: tuple(m.index for _, m in _answers(p, _after(p, measures), wordings)) for p in problems}


def _after(problem: Sentence, measures: list[Sentence]) -> list[Sentence]:
    if not ANSWERS_FOLLOW_THE_PROBLEM:
        return measures
    return [m for m in measures if m.index > problem.index]


def _quote(text: str, limit: int = 40) -> str:
    body = clean_text(text)
    return body if len(body) <= limit else body[:limit] + "…"


def unaddressed_findings(sentences: tuple[Sentence, ...], links: dict[int, tuple[int, ...]],
                         cut: bool = False) -> list[Finding]:
    """``cut``: the page ends inside 五 (:func:`five_cut`), so a problem's measure may be on
    the part of the report the page does not show: UNCERTAIN, never FAIL."""
    problems = [s for s in sentences if s.label == "problem"]
    measures = [s for s in sentences if s.label == "measure"]
    if not problems:
        return [Finding("problems.unaddressed", "NOT_ASSESSABLE", "info",
                        "第五部分没有陈述具体问题,无法检查问题与改进措施是否对应",
                        evidence=tuple(Evidence(m.start, m.end) for m in measures[:3]))]
    findings: list[Finding] = []
    for p in problems:
        if links.get(p.index):
            continue
        topics = "、".join(TOPIC_NAMES_ZH.get(t, t) for t in p.topics) or "未分类"
        if cut:
            findings.append(Finding(
                "problems.unaddressed", "UNCERTAIN", "warning",
                f"问题“{_quote(p.text)}”(主题:{topics})在页面所示部分没有对应的改进措施;页面在第五部分中截断,措施可能在后文",
                expected="至少一条针对该问题的改进措施", found=0, evidence=(Evidence(p.start, p.end),)))
            continue
        findings.append(Finding(
            "problems.unaddressed", "FAIL", "warning",
            f"问题“{_quote(p.text)}”(主题:{topics})没有对应的改进措施",
            expected="至少一条针对该问题的改进措施", found=0,
            evidence=(Evidence(p.start, p.end),)))
    if not findings:
        findings.append(Finding("problems.unaddressed", "PASS", "info",
                                f"{len(problems)}个问题均有对应的改进措施",
                                expected=len(problems), found=len(problems),
                                evidence=tuple(Evidence(p.start, p.end) for p in problems)))
    return findings


def specificity_findings(sentences: tuple[Sentence, ...]) -> list[Finding]:
    """An observation, never a FAIL: most real measures are principles (field guide §4.3),
    which the 条例 does not forbid; when none is checkable, whether the improvements happen
    cannot be verified from the report (UNCERTAIN, info)."""
    measures = [s for s in sentences if s.label == "measure"]
    if not measures:
        return [Finding("problems.measure_specificity", "NOT_ASSESSABLE", "info",
                        "第五部分没有改进措施,无法评估措施的具体程度")]
    specific = [m for m in measures if (m.specificity or 0) >= SPECIFIC_AT]
    if specific:
        message = (f"{len(measures)}条改进措施中{len(specific)}条可核查(具体度≥{SPECIFIC_AT}:有数字、期限、"
                   f"具名平台、文件、设施或责任单位),其余为原则性表述")
    else:
        message = (f"{len(measures)}条改进措施均为原则性表述(具体度<{SPECIFIC_AT}),"
                   f"没有可据以核查落实情况的数字、期限、具名平台、文件或责任单位")
    return [Finding("problems.measure_specificity", "PASS" if specific else "UNCERTAIN", "info", message,
                    expected=f"至少一条具体度≥{SPECIFIC_AT}的改进措施", found=len(specific),
                    evidence=tuple(Evidence(m.start, m.end) for m in (specific or measures)))]


def asks_for_plans_only(year: int | None, template: str | None, heading: str | None) -> bool:
    """Whether the report's outline asked for improvement *measures* (plans) rather than what
    was done: the 2008 条例 (reports up to 2018) asked for 改进措施; the 2019 条例 for 改进情况.
    Decided by the year, then the template, then the heading's own words."""
    if year is not None:
        return year < 2019
    if template in ("pre-2019",):
        return True
    if template in ("2019", "2021"):
        return False
    return bool(heading) and PLANS_HEADING.search(heading) is not None and "改进情况" not in heading


#: a 五 heading that asks for plans (改进措施, 下步打算, 工作思路…) rather than 改进情况
PLANS_HEADING = regex.compile(r"改进措施|整改措施|打算|思路|工作安排|工作计划|下一?步")


def improvements_reported_finding(sentences: tuple[Sentence, ...], section_text: str, *,
                                  plans_only: bool = False, cut: bool = False) -> list[Finding]:
    """The 2019 条例 asks 改进情况 to report what was done; most reports list plans.
    ``plans_only``: the outline asked for plans (:func:`asks_for_plans_only`) — not a shortcoming."""
    measures = [s for s in sentences if s.label == "measure"]
    if not measures:
        return []
    done = [m for m in measures if DONE.search(clean_text(m.text))]
    framing = PREVIOUS_REFERENCE.search(clean_text(section_text)) is not None
    if done or framing:
        return [Finding("problems.improvements_reported", "PASS", "info",
                        "改进情况报告了已采取的整改措施" if done else "改进情况明确针对上年度问题进行整改",
                        found=len(done), evidence=tuple(Evidence(m.start, m.end) for m in done))]
    if plans_only:
        return [Finding("problems.improvements_reported", "NOT_ASSESSABLE", "info",
                        "本报告的提纲(2019年以前)要求列出改进措施,不要求报告已采取的整改情况",
                        found=0, evidence=tuple(Evidence(m.start, m.end) for m in measures))]
    if cut:
        return [Finding("problems.improvements_reported", "UNCERTAIN", "warning",
                        "页面所示的改进情况只有下一步打算;页面在第五部分中截断,已采取的整改措施可能在后文",
                        expected="至少一条报告已采取整改行动的措施", found=0,
                        evidence=tuple(Evidence(m.start, m.end) for m in measures))]
    return [Finding("problems.improvements_reported", "FAIL", "warning",
                    "改进情况只列出下一步打算,没有报告已经采取的整改措施",
                    expected="至少一条报告已采取整改行动的措施", found=0,
                    evidence=tuple(Evidence(m.start, m.end) for m in measures))]


# --------------------------------------------------------------------------- cross-year


def similarity(a: str, b: str) -> float:
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return 0.0
    return round(SequenceMatcher(None, ka, kb, autojunk=False).ratio(), 4)


def previous_findings(sentences: tuple[Sentence, ...], previous: tuple[Sentence, ...],
                      section_text: str, section_start: int = 0,
                      previous_year: int | None = None, *, plans_only: bool = False,
                      cut: bool = False) -> list[Finding]:
    findings: list[Finding] = []
    last = f"{previous_year}年报告" if previous_year else "上年报告"
    # 1. copies
    for label, rule, noun in (("problem", "problems.repeated_problem", "问题"),
                              ("measure", "problems.repeated_measure", "改进措施")):
        before = [s for s in previous if s.label == label]
        for s in sentences:
            if s.label != label or not before:
                continue
            score, best = max(((similarity(s.text, p.text), p) for p in before), key=lambda t: t[0])
            if score >= NEAR_VERBATIM:
                kind = "原文照搬" if score >= 0.999 else "几乎逐字重复"
                findings.append(Finding(
                    rule, "FAIL", "warning",
                    f"{noun}“{_quote(s.text)}”与{last}{kind}(相似度{score:.2f}):“{_quote(best.text)}”",
                    expected=clean_text(best.text), found=score, evidence=(Evidence(s.start, s.end),)))
    # 2. does this year's 改进情况 answer last year's problems?
    measures = [s for s in sentences if s.label == "measure"]
    old_problems = [p for p in previous if p.label == "problem"]
    if not old_problems:
        findings.append(Finding("problems.previous_followup", "NOT_ASSESSABLE", "info",
                                f"{last}第五部分没有可识别的问题,无法检查本年的回应"))
        return findings
    wordings = _wordings(old_problems, measures)
    for p in old_problems:
        answers = _answers(p, measures, wordings)
        if answers:
            score, m = answers[0]
            findings.append(Finding(
                "problems.previous_followup", "PASS", "info",
                f"{last}提出的问题“{_quote(p.text)}”在本年改进措施中有回应:“{_quote(m.text)}”",
                expected=clean_text(p.text), found=score, evidence=(Evidence(m.start, m.end),)))
        else:
            findings.append(Finding(
                "problems.previous_followup", "UNCERTAIN" if cut else "FAIL", "warning",
                f"{last}提出的问题“{_quote(p.text)}”(主题:{'、'.join(p.topics) or '未分类'})在本年改进情况中没有回应",
                expected=clean_text(p.text), found=None))
    stated = PREVIOUS_REFERENCE.search(section_text)
    if stated:
        findings.append(Finding(
            "problems.previous_reference", "PASS", "info", "改进情况明确提及上年度问题的整改",
            found=stated.group(0), evidence=(Evidence(section_start + stated.start(), section_start + stated.end()),)))
    elif plans_only:
        findings.append(Finding("problems.previous_reference", "NOT_ASSESSABLE", "info",
                                "本报告的提纲(2019年以前)不要求报告上年度问题的整改情况"))
    else:
        findings.append(Finding(
            "problems.previous_reference", "UNCERTAIN" if cut else "FAIL", "warning",
            "改进情况没有提及上年度报告所列问题的整改情况"
            + (";页面在第五部分中截断,可能在后文提及" if cut else "")))
    return findings
