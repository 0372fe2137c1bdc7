"""Corpus checks: what needs a whole batch of reports.

* 内容雷同: reports of different agencies whose 一, 五 or 六 are near-identical beyond the
  template (:mod:`textmine.corpus.copies`: MinHash signatures and locality-sensitive hashing,
  never all pairs), a finding on each report pointing at the other;
* year pairs: each report with its agency's report of the year before, by normalised name
  (:mod:`textmine.corpus.pairing`), and the cross-year checks for every pair;
* a government's figures against the sum of its departments' (:mod:`textmine.corpus.hierarchy`).

    result = textmine.corpus.check(reports_2024, previous=reports_2023)
    result.findings[0]        # corpus findings of reports_2024[0]
    result.pairings           # who was paired with whom, and why not

In a batch the same checks run once every report is audited (``textmine batch … --previous``).
"""
from __future__ import annotations

from .copies import COPY_VERDICTS, CopyPair, CorpusDoc, Docs, find_copies
from .hierarchy import government_findings
from .pairing import Pairing, YearEntry, cross_year_findings, pair_years
from .run import CorpusResult, check, corpus_records

__all__ = ["check", "CorpusResult", "find_copies", "pair_years", "cross_year_findings", "government_findings",
           "corpus_records", "CorpusDoc", "Docs", "CopyPair", "Pairing", "YearEntry", "COPY_VERDICTS"]
