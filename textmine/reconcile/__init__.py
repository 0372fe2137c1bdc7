"""Reconciliation rules: table arithmetic, narrative vs table, breakdowns, cross-year."""
from __future__ import annotations

from ..model import Document, SectionMap
from .model import Evidence, Finding


def reconcile(doc: Document, sections: SectionMap, tables, figures, previous=None) -> tuple[Finding, ...]:
    """Run every declared rule. (Placeholder until issue 5 lands.)"""
    return ()


__all__ = ["reconcile", "Finding", "Evidence"]
