"""Reconciliation rules: table arithmetic, narrative vs table, breakdowns, cross-year.

    reconcile(doc, sections, tables, figures, previous=None) -> tuple[Finding, ...]
    cross_year(report, previous) -> tuple[Finding, ...]     # only the cross-year rules
    frame(findings) -> pandas.DataFrame                      # one row per finding

Every rule is one declared line in :data:`textmine.reconcile.rules.RULES`; each returns
PASS / FAIL / UNCERTAIN / NOT_ASSESSABLE findings with expected vs found and evidence
(text spans and table cells). A rule that needs last year's report is skipped when none is
given; a rule whose inputs are absent says NOT_ASSESSABLE rather than guessing.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from ..model import Document, Metadata, SectionMap
from .context import Context
from .model import Evidence, Finding
from .rules import RULES, RULES_BY_KEY, Rule, rule_table


def _context(doc: Document, sections: SectionMap, tables, figures, previous, metadata, identity=None) -> Context:
    if metadata is None:
        # a caller outside the pipeline (tests, notebooks) may not have run the metadata
        # stage; it is a pure function of what we already have
        from ..metadata import detect_metadata

        metadata = detect_metadata(doc, sections, tables or {})
    return Context(doc=doc, sections=sections, tables=dict(tables or {}), figures=tuple(figures or ()),
                   metadata=metadata, previous=previous, identity=identity)


def _run(ctx: Context, rules: Iterable[Rule]) -> tuple[Finding, ...]:
    findings: list[Finding] = []
    for rule in rules:
        findings.extend(rule.check(ctx, rule))
    return tuple(findings)


def reconcile(doc: Document, sections: SectionMap, tables: Mapping | None, figures, previous=None,
              metadata: Metadata | None = None, identity=None) -> tuple[Finding, ...]:
    """Run every declared rule on one report; the cross-year rules run only when
    ``previous`` (last year's :class:`~textmine.model.Report` of the same agency) is given.
    ``identity``: the report's :class:`~textmine.agency.AgencyIdentity` (worked out from the
    document when not given)."""
    ctx = _context(doc, sections, tables, figures, previous, metadata, identity)
    return _run(ctx, (r for r in RULES if previous is not None or not r.cross_year))


def cross_year(report, previous) -> tuple[Finding, ...]:
    """Only the cross-year rules, between two audited :class:`~textmine.model.Report`s."""
    ctx = Context(doc=report.document, sections=report.sections, tables=dict(report.tables),
                  figures=tuple(report.figures), metadata=report.metadata, previous=previous,
                  identity=report.agency_identity)
    return _run(ctx, (r for r in RULES if r.cross_year))


def frame(findings: Iterable[Finding]):
    """A tidy pandas DataFrame, one row per finding, with the rule's description."""
    from .frame import findings_frame

    return findings_frame(findings)


__all__ = ["reconcile", "cross_year", "frame", "Finding", "Evidence", "RULES", "RULES_BY_KEY",
           "rule_table"]
