"""Section 五 sentences: problem / measure / other, topics, specificity and reasons."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..fastinit import quick_init
from typing import Any


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of section 五: a sentence, an enumeration item, or one problem out of a
    sentence that lists several. ``start``/``end`` are offsets into the normalised text and
    ``text`` is exactly that slice (PDF line breaks included).

    ``index`` numbers the units of one report in order; ``addresses`` (on a measure) lists
    the indices of the problems it answers and ``addressed_by`` (on a problem) the measures
    that answer it. ``zone`` is where the unit sits: ``problems`` / ``measures`` (a labelled
    subsection), ``before_pivot`` / ``after_pivot`` (an unlabelled 五 split by a sentence such
    as 针对以上问题), or ``unsplit``. ``specificity`` is set on measures only (0–1, with
    ``reasons``); ``boilerplate`` is the share of the unit's character n-grams that are
    common across a corpus of reports."""

    section: str
    text: str
    start: int
    end: int
    label: str = "other"  # "problem" | "measure" | "other"
    topics: tuple[str, ...] = ()
    specificity: float | None = None
    reasons: tuple[str, ...] = ()
    index: int = -1
    zone: str | None = None
    confidence: float | None = None
    boilerplate: float | None = None
    addresses: tuple[int, ...] = ()
    addressed_by: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "text": self.text, "start": self.start, "end": self.end,
                "label": self.label, "topics": list(self.topics), "specificity": self.specificity,
                "reasons": list(self.reasons), "index": self.index, "zone": self.zone,
                "confidence": self.confidence, "boilerplate": self.boilerplate,
                "addresses": list(self.addresses), "addressed_by": list(self.addressed_by)}


@dataclass(frozen=True)
class SentenceAnalysis:
    """What the section 五 stage returns: its sentences and the findings it makes
    (problems with no measure, problems repeated from last year, ...)."""

    sentences: tuple[Sentence, ...] = ()
    findings: tuple = field(default_factory=tuple)

    @property
    def problems(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.label == "problem")

    @property
    def measures(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.label == "measure")
