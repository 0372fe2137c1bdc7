"""``textmine compare LAST THIS [--json] [--all] [--strict]``: cross-year checks between last
year's and this year's report of the same agency.

Runs the reconciler's cross-year rules (上年结转 chain, 现行有效 stock flow, repeated text)
and the section 五 follow-through checks that need last year's report, and prints them. The
exit code is 0, or 1 with ``--strict`` when any check FAILs (for scripts)."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from ..pipeline import audit
from ..reconcile import RULES
from ..reconcile.crossyear import pair_problem

#: findings of other stages that exist only when last year's report is given
OTHER_CROSS_YEAR_RULES = ("problems.previous_followup", "problems.repeated_problem",
                          "problems.repeated_measure")

CROSS_YEAR_RULES = tuple(r.key for r in RULES if r.cross_year) + OTHER_CROSS_YEAR_RULES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("last", metavar="LAST", type=Path, help="last year's report (.txt, .html, .docx, .pdf)")
    parser.add_argument("this", metavar="THIS", type=Path, help="this year's report of the same agency")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--all", action="store_true",
                        help="print PASS and NOT_ASSESSABLE findings too (default: only FAIL and UNCERTAIN, plus a count)")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when any check FAILs")


def compare(last_source, this_source):
    """(last report, this report, cross-year findings). Two agencies, or one year twice, get
    one ``cross_year.pairing`` warning and no cross-year check (see :func:`pairing_problem`)."""
    last = audit(last_source)
    this = audit(this_source, previous=last)
    findings = tuple(f for f in this.findings if f.rule in CROSS_YEAR_RULES)
    return last, this, findings


def pairing_problem(last, this) -> str | None:
    """Why LAST is not THIS agency's report of the year before (None when nothing says so)."""
    return pair_problem(this.metadata, this.agency_identity, last)


def _who(report) -> dict:
    m = report.metadata
    return {"source": report.document.source, "agency": m.agency, "year": m.year, "title": m.title}


def run(args: argparse.Namespace) -> int:
    last, this, findings = compare(args.last, args.this)
    if args.json:
        payload = {"last": _who(last), "this": _who(this), "pairing_problem": pairing_problem(last, this),
                   "findings": [f.to_dict() for f in findings]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_summary(last, this, findings, show_all=args.all) + "\n")
    if args.strict and (any(f.status == "FAIL" for f in findings) or pairing_problem(last, this)):
        return 1  # a pair that cannot be compared passes no script's check either
    return 0


def _summary(last, this, findings, show_all: bool) -> str:
    def line(report) -> str:
        m = report.metadata
        return f"{m.agency or '?'} {m.year or '?'}  ({report.document.source})"

    lines = [f"last: {line(last)}", f"this: {line(this)}"]
    ly, ty = last.metadata.year, this.metadata.year
    if ly and ty and ly > ty:
        lines.append("  note: LAST is later than THIS — the arguments are LAST THIS (last year's report first)")
    problem = pairing_problem(last, this)
    if problem:
        lines.append(f"  WARNING: these two reports cannot be compared: {problem}")
        lines.append("  WARNING: the cross-year checks (上年结转 chain, 现行有效 stock flow, repeated text, "
                     "五 against last year's) were not run")
    counts = Counter(f.status for f in findings)
    lines.append("cross-year findings: " + (", ".join(f"{k} {counts[k]}" for k in
                                                       ("FAIL", "UNCERTAIN", "PASS", "NOT_ASSESSABLE") if counts[k]) or "none"))
    for f in findings:
        if show_all or f.status in ("FAIL", "UNCERTAIN"):
            lines.append(f"  {f.status:<14} {f.severity:<7} {f.rule}: {f.message}")
            if f.expected is not None or f.found is not None:
                lines.append(f"  {'':<14} {'':<7} expected {f.expected!r}, found {f.found!r}")
    return "\n".join(lines)
