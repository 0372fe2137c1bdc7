"""Section 五: problems vs measures, topics, specificity and follow-through.

``analyse_sentences(doc, sections, previous=None)`` cuts section 五 into units
(:mod:`.units`), labels each problem / measure / other with topics (:mod:`.classifier`,
loaded on first use), splits sentences that list several problems, scores every measure's
specificity (:mod:`.specificity`) and every unit's boilerplate (:mod:`.boilerplate`), links
problems to the measures that address them and, given last year's report, checks the
follow-through (:mod:`.followthrough`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Document, SectionMap
from ..reconcile.model import Finding
from .model import Sentence, SentenceAnalysis

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from ..model import Report


def _classify(units, classifier):
    from .cues import FRAME_RE, PLAN_WORDS_RE, STILL_NEEDS_RE
    from .features import encode
    from .units import split_problems

    preds = classifier.predict_units([(u.zone, u.enum, u.clean) for u in units])
    out = []
    for unit, pred in zip(units, preds):
        if FRAME_RE.match(unit.clean):
            # a unit that is nothing but a frame (主要表现在: / 比如说) states no problem or
            # measure whatever the model says; confidence None marks the rule's decision
            out.append((unit, "other", (), None))
            continue
        if (pred.label == "measure" and STILL_NEEDS_RE.search(unit.clean)
                and not PLAN_WORDS_RE.search(unit.clean)):
            # what still needs doing is the shortcoming, not the plan (…还需要进一步加强学习)
            pred = replace(pred, label="problem")
        parts = split_problems(unit) if pred.label == "problem" else [unit]
        if len(parts) == 1:
            out.append((unit, pred.label, pred.topics, pred.confidence))
            continue
        for part, sub in zip(parts, classifier.predict([encode(p.zone, p.enum, p.clean) for p in parts])):
            # a part of a problem sentence is a problem, or the frame that introduced it
            label = "other" if sub.label == "other" else "problem"
            topics = sub.topics if label == "problem" else ()
            out.append((part, label, topics, sub.confidence))
    return out


def analyse_sentences(doc: Document, sections: SectionMap, previous: "Report | None" = None, *,
                      metadata=None, classifier=None, boilerplate=None) -> SentenceAnalysis:
    """Units of section 五 with label, topics, specificity, boilerplate and links, and the
    findings about them. ``previous`` (last year's :class:`~textmine.model.Report` of the
    same agency) turns on the cross-year checks. ``metadata`` (the report's
    :class:`~textmine.model.Metadata`: year, template) says which outline the report
    followed: before 2019 it asked for plans, not for what was done. ``classifier`` /
    ``boilerplate`` default to the shipped models."""
    from . import followthrough
    from .boilerplate import default_boilerplate
    from .classifier import get_classifier
    from .specificity import score as specificity_score
    from .units import five_cut, section_units, unheaded_five

    # a 五 written without a heading is looked for once, for its units and for whether it is cut
    unheaded = unheaded_five(doc, sections)
    units = section_units(doc, sections, unheaded)
    if not units:
        findings: tuple[Finding, ...] = ()
        if sections.get("problems") is None:
            findings = (Finding("problems.unaddressed", "NOT_ASSESSABLE", "info",
                                "未找到第五部分(存在的主要问题及改进情况)"),)
        return SentenceAnalysis((), findings)
    classifier = classifier or get_classifier()
    boilerplate = boilerplate or default_boilerplate()
    sentences: list[Sentence] = []
    for index, (unit, label, topics, confidence) in enumerate(_classify(units, classifier)):
        spec = specificity_score(unit.clean) if label == "measure" else None
        sentences.append(Sentence(
            section=unit.section, text=unit.text, start=unit.start, end=unit.end, label=label,
            topics=tuple(topics), specificity=spec.score if spec else None,
            reasons=spec.reasons if spec else (), index=index, zone=unit.zone, confidence=confidence,
            boilerplate=boilerplate.score(unit.clean)))
    links = followthrough.link(tuple(sentences))
    by_measure: dict[int, list[int]] = {}
    for p, ms in links.items():
        for m in ms:
            by_measure.setdefault(m, []).append(p)
    sentences = [replace(s, addressed_by=links.get(s.index, ()), addresses=tuple(sorted(by_measure.get(s.index, ()))))
                 for s in sentences]
    result = tuple(sentences)
    span_start = min(u.start for u in units)
    span_end = max(u.end for u in units)
    section_text = doc.text[span_start:span_end]
    # (五、存在问题 … 六、改进措施 read as one 五 with a measures sub-part: the sub-part's title says what the outline
    # asked for as the part's own title does)
    heading = " ".join([s.title for s in sections.sections if s.key in ("problems", "measures")]
                       + [sub.title for s in sections.sections if s.key == "problems"
                          for sub in s.subsections if sub.key == "measures" and sub.title]) or None
    plans_only = followthrough.asks_for_plans_only(getattr(metadata, "year", None),
                                                   getattr(metadata, "template", None), heading)
    cut = five_cut(doc, sections, plans_only, unheaded)
    findings_list = followthrough.unaddressed_findings(result, links, cut=cut)
    findings_list += followthrough.specificity_findings(result)
    findings_list += followthrough.improvements_reported_finding(result, section_text, plans_only=plans_only, cut=cut)
    if previous is not None:
        before = _previous_sentences(previous, classifier, boilerplate)
        findings_list += followthrough.previous_findings(
            result, before, section_text, span_start, getattr(previous.metadata, "year", None),
            plans_only=plans_only, cut=cut)
    return SentenceAnalysis(result, tuple(findings_list))


def _previous_sentences(previous: "Report", classifier, boilerplate) -> tuple[Sentence, ...]:
    if previous.sentences:
        return tuple(previous.sentences)
    return analyse_sentences(previous.document, previous.sections, metadata=previous.metadata,
                             classifier=classifier, boilerplate=boilerplate).sentences


def frame(sentences) -> "pandas.DataFrame":
    """One row per unit: section, index, zone, label, topics (comma-joined), confidence,
    specificity, reasons (``; ``-joined), boilerplate, addresses / addressed_by, offsets, text."""
    import pandas as pd

    columns = ["section", "index", "zone", "label", "topics", "confidence", "specificity", "reasons",
               "boilerplate", "addresses", "addressed_by", "start", "end", "text"]
    rows = [{"section": s.section, "index": s.index, "zone": s.zone, "label": s.label,
             "topics": ",".join(s.topics), "confidence": s.confidence, "specificity": s.specificity,
             "reasons": "; ".join(s.reasons), "boilerplate": s.boilerplate,
             "addresses": ",".join(map(str, s.addresses)), "addressed_by": ",".join(map(str, s.addressed_by)),
             "start": s.start, "end": s.end, "text": s.text} for s in sentences]
    return pd.DataFrame(rows, columns=columns)


__all__ = ["analyse_sentences", "frame", "Sentence", "SentenceAnalysis"]
