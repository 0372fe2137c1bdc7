"""Section 五: problems vs measures, topics, specificity and follow-through."""
from __future__ import annotations

from ..model import Document, SectionMap
from .model import Sentence, SentenceAnalysis


def analyse_sentences(doc: Document, sections: SectionMap, previous=None) -> SentenceAnalysis:
    """Classify section 五 sentences. (Placeholder until issue 6 lands.)"""
    return SentenceAnalysis()


__all__ = ["analyse_sentences", "Sentence", "SentenceAnalysis"]
