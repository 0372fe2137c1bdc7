"""The audit pipeline: pure stages, each taking what earlier stages produced.

    read -> split sections -> parse tables -> metadata -> agency identity -> figures -> section 五
         -> reconcile

``audit()`` is the one place that knows the order; stages never call each other.
"""
from __future__ import annotations

from pathlib import Path

from .agency import identify_agency
from .errors import NotAReport
from .figures import extract_figures
from .metadata import detect_metadata, is_report_content
from .model import Document, Report
from .problems import analyse_sentences
from .readers import DEFAULT_LIMITS, Limits, load
from .reconcile import reconcile
from .reconcile.crossyear import pair_problem
from .sections import split_sections
from .tables import parse_tables


def audit(source: "str | Path | bytes | Document", *, previous: "Report | None" = None,
          limits: Limits = DEFAULT_LIMITS, format: str | None = None) -> Report:
    """Read and audit one report. ``previous`` is last year's report of the same agency
    (a :class:`Report`), which turns on the cross-year checks."""
    doc = load(source, format=format, limits=limits)
    sections = split_sections(doc)
    tables = parse_tables(doc, sections)
    metadata = detect_metadata(doc, sections, tables)
    if not sections.sections and metadata.title is None and not metadata.fragment \
            and not is_report_content(doc.text):
        raise NotAReport(doc.source, "no report title, none of the six standard parts "
                                     "(总体情况, 主动公开, 依申请, 复议诉讼, 问题及改进, 其他事项) and no "
                                     "disclosure-report wording (主动公开, 依申请公开, 《条例》…) were found")
    identity = identify_agency(doc, sections, metadata)
    figures = extract_figures(doc, sections, report_year=metadata.year)
    # last year's report is compared only if it is this agency's report of the year before:
    # two agencies, or a year with itself, would FAIL meaninglessly (reconcile says so once,
    # under cross_year.pairing, and its cross-year rules stand back)
    mismatch = pair_problem(metadata, identity, previous) if previous is not None else None
    analysis = analyse_sentences(doc, sections, previous=None if mismatch else previous, metadata=metadata)
    findings = reconcile(doc, sections, tables, figures, previous=previous, metadata=metadata, identity=identity)
    return Report(
        document=doc,
        sections=sections,
        metadata=metadata,
        tables=tables,
        figures=figures,
        sentences=analysis.sentences,
        findings=tuple(findings) + tuple(analysis.findings),
        agency_identity=identity,
    )
