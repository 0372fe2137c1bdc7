"""Narrative figures: every stated number with its meaning and span."""
from __future__ import annotations

from ..model import Document, SectionMap
from .model import Figure


def extract_figures(doc: Document, sections: SectionMap) -> tuple[Figure, ...]:
    """Figures stated in the narrative parts of ``doc``. (Placeholder until issue 4 lands.)"""
    return ()


__all__ = ["extract_figures", "Figure"]
