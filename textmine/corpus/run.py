"""The corpus pass: every corpus check over a batch's reports, as records per report.

    corpus_records(copy_pairs, members, pairings) -> {report id: {"findings": [...], "copies": [...], "pairs": [...]}}
    check(reports, previous=()) -> CorpusResult          # audited Report objects in memory

The batch (:mod:`textmine.batch.corpus_pass`) reads the same inputs from its store and
writes the records into its ``findings``, ``copies`` and ``pairs`` tables.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from .copies import CopyPair, CorpusDoc, Docs, copy_finding, copy_groups, copy_record, find_copies
from .hierarchy import CELLS, Member, government_findings
from .pairing import Pairing, YearEntry, cross_year_findings, pair_years
from .texts import narrative_parts

#: the rules the corpus pass adds (their findings are replaced whenever it runs again)
RULE_PREFIX = "corpus."


def pair_record(pairing: Pairing, this_side: bool) -> dict[str, Any]:
    """One row of the ``pairs`` table, for the report on one side of a pairing."""
    me, partner = (pairing.this, pairing.previous) if this_side else (pairing.previous, pairing.this)
    return {"role": "this" if this_side else "previous", "year": me.year, "agency_key": me.key,
            "status": "paired" if pairing.paired else "unpaired", "how": pairing.how, "why": pairing.why,
            "partner_report_id": partner.report_id if partner else None,
            "partner_source": partner.source if partner else None,
            "partner_year": partner.year if partner else None}


def corpus_records(pairs: Sequence[CopyPair], members: Sequence[Member],
                   pairings: Sequence[Pairing] = ()) -> dict[str, dict[str, list]]:
    """What the corpus checks add to each report (by report id): findings (内容雷同 from
    ``pairs``, :func:`~textmine.corpus.copies.find_copies`; the government against its
    departments), rows of ``copies`` and of ``pairs``."""
    out: dict[str, dict[str, list]] = {}

    def of(report_id: str) -> dict[str, list]:
        return out.setdefault(report_id, {"findings": [], "copies": [], "pairs": []})

    groups = copy_groups(pairs)
    for pair in pairs:
        group = groups.get(pair.a.report_id)
        for this_is_a, report_id in ((True, pair.a.report_id), (False, pair.b.report_id)):
            of(report_id)["copies"].append(copy_record(pair, this_is_a, group))
            finding = copy_finding(pair, this_is_a, group)
            if finding is not None:
                of(report_id)["findings"].append(finding)
    for report_id, findings in government_findings(members).items():
        of(report_id)["findings"].extend(findings)
    for pairing in pairings:
        for this_side, entry in ((True, pairing.this), (False, pairing.previous)):
            if entry is not None and entry.report_id is not None:
                of(entry.report_id)["pairs"].append(pair_record(pairing, this_side))
    return out


# --------------------------------------------------------------------------- in memory


def _identity(report) -> dict[str, Any]:
    identity = getattr(report, "agency_identity", None)
    return identity.to_dict() if identity is not None else {}


def _member(report_id: str, report) -> Member:
    values = {}
    for table, row, column, _ in CELLS:
        parsed = report.tables.get(table)
        cell = parsed.get(row, column) if parsed is not None else None
        if cell is not None and cell.status == "value" and cell.value is not None:
            values[(table, row, column)] = cell.value
    identity = getattr(report, "agency_identity", None)
    return Member(report_id, report.document.source, report.metadata.year, _identity(report), values,
                  identity.coverage_span if identity is not None else None)


@dataclass(frozen=True)
class CorpusResult:
    """What the corpus checks found in reports held in memory: ``findings[i]`` are the
    corpus findings of ``reports[i]`` (``previous_findings`` of ``previous[i]``); for a report
    paired with last year's they include the cross-year checks."""

    copies: tuple[CopyPair, ...]
    pairings: tuple[Pairing, ...]
    findings: tuple[tuple, ...]
    previous_findings: tuple[tuple, ...] = ()
    records: Mapping[str, dict] = field(default_factory=dict, repr=False)


def check(reports: Sequence, previous: Sequence = (), *,
          on_progress: Callable[[str], Any] | None = None) -> CorpusResult:
    """Run the corpus checks on audited reports (:func:`textmine.audit` results): 内容雷同
    across all of them, governments against their departments, and with ``previous`` (last
    year's reports) the year pairs and their cross-year checks."""
    this_ids = [f"t{i:06d}" for i in range(len(reports))]
    prev_ids = [f"p{i:06d}" for i in range(len(previous))]
    everything = list(zip(this_ids, reports)) + list(zip(prev_ids, previous))
    docs = Docs([CorpusDoc(rid, r.document.source, r.metadata.year, _identity(r), narrative_parts(r))
                 for rid, r in everything])
    members = [_member(rid, r) for rid, r in everything]
    pairings: list[Pairing] = []
    if previous:
        entries = lambda ids, rs: [YearEntry(r.document.source, r.metadata.year, _identity(r), rid)
                                   for rid, r in zip(ids, rs)]
        pairings = pair_years(entries(this_ids, reports), entries(prev_ids, previous))
    copies = find_copies(docs, on_progress=on_progress)
    records = corpus_records(copies, members, pairings)
    by_id = dict(everything)
    for pairing in pairings:
        if pairing.paired:
            this_id, prev_id = pairing.this.report_id, pairing.previous.report_id
            records.setdefault(this_id, {"findings": [], "copies": [], "pairs": []})["findings"][:0] = \
                cross_year_findings(by_id[this_id], by_id[prev_id])
    findings = lambda ids: tuple(tuple(records.get(i, {}).get("findings", ())) for i in ids)
    return CorpusResult(copies=tuple(copies), pairings=tuple(pairings), findings=findings(this_ids),
                        previous_findings=findings(prev_ids), records=records)


__all__ = ["corpus_records", "check", "CorpusResult", "pair_record", "RULE_PREFIX"]
