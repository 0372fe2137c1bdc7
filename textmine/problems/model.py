"""Section 五 sentences: problem / measure / other, topics, specificity and reasons."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Sentence:
    section: str
    text: str
    start: int
    end: int
    label: str = "other"  # "problem" | "measure" | "other"
    topics: tuple[str, ...] = ()
    specificity: float | None = None
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "text": self.text, "start": self.start, "end": self.end,
                "label": self.label, "topics": list(self.topics), "specificity": self.specificity,
                "reasons": list(self.reasons)}


@dataclass(frozen=True)
class SentenceAnalysis:
    """What the section 五 stage returns: its sentences and the findings it makes
    (problems with no measure, problems repeated from last year, ...)."""

    sentences: tuple[Sentence, ...] = ()
    findings: tuple = field(default_factory=tuple)
