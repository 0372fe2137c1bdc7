"""Score the whole audit on annotated real pages: ``textmine eval real``.

Each annotated page (:mod:`textmine.real.pages`) is audited as a user would audit it (its text
given to :func:`textmine.audit`), and compared with what a reader wrote down
(``corpora/real_pages/ANNOTATION.md``):

* **figures** — gold figures are located in the normalised text as ``textmine eval figures``
  locates them (spans in order, whitespace-insensitive) and matched with the audit's figures
  three ways: *by value* (same value and kind, overlapping value span, any metric), *with
  metric* (also the same metric: :func:`textmine.figures.evaluation.match`) and *strict* (with
  metric, and the channel and category agree: the gold's channel, or none when the gold names
  none; categories agree when one contains the other once a trailing 类/信息 is dropped).
  Gold figures of metric ``other`` (counted facts the vocabulary has no name for) are scored
  apart by value and never enter the main figures.
* **findings** — every FAIL of a rule judged on real pages (:data:`~textmine.real.pages.CHECK_RULES`;
  section 五's rules have their own corpus) is *true* when the page's annotation has a FAIL
  check of the rule's kind whose spans overlap the finding's text evidence (a FAIL citing only
  table cells is judged by the check's kind alone), and *false* otherwise. Annotated FAIL checks
  that no FAIL found are *missed*.
* **fragments** — a page is *refused* when the audit raises; every annotated page is report
  content, so a refusal is an error. A page annotated as a fragment should carry
  ``metadata.fragment``.

Splits: ``dev`` (tuned on) and ``heldout`` (chosen before any fixing, never tuned on: see
``corpora/real_pages/split.json``). ``--errors`` lists dev errors only unless ``--heldout-errors``
is given, so that looking at mistakes does not turn the held-out pages into dev pages.
``dev2`` holds the pages found later with the search tool (text in a cache outside the project,
:func:`~textmine.real.pages.figure_cache_path`): a row of its own, never held out, never mixed
into the dev/heldout rows or the level/era tables (it has its own); its pages are skipped, and
counted, when the cache is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import regex

from ..errors import TextmineError
from ..figures.evaluation import Counts, GoldDocument, GoldFigure, _same_value, locate, match, span_pattern
from ..normalize import normalize_text
from .pages import (SAME_ARITHMETIC, SEARCH_SPLIT, Annotation, Page, RealPagesError, check_of_rule,
                    default_annotation_paths, figure_cache_path, load_annotations, load_pages, load_search_pages)

UNNAMED = "other"
_CATEGORY_TAIL = regex.compile(r"(?:类)?(?:信息|稿件)?$")


@dataclass
class PageResult:
    """What one page's audit got right and wrong."""

    page: Page
    annotation: Annotation
    refused: str | None = None
    fragment_flag: bool | None = None
    by_value: Counts = field(default_factory=Counts)
    with_metric: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    unnamed: Counts = field(default_factory=Counts)
    metrics: dict[str, Counts] = field(default_factory=dict)
    true_fails: list[str] = field(default_factory=list)
    false_fails: list[tuple[str, str]] = field(default_factory=list)  # (rule, message)
    missed_checks: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def _count(counts: Counts, what: str, n: int = 1) -> None:
    setattr(counts, what, getattr(counts, what) + n)


def _category_agrees(gold: str | None, got: str | None) -> bool:
    if not gold:
        return True  # the annotation did not name one: nothing to disagree with
    if not got:
        return False
    # written as on the page (政務動態) against what the audit read from the normalised text
    gold, got = normalize_text(gold), normalize_text(got)
    a, b = _CATEGORY_TAIL.sub("", gold) or gold, _CATEGORY_TAIL.sub("", got) or got
    return a in b or b in a


def match_by_value(gold: Sequence[GoldFigure], predicted: Sequence) -> list[tuple[int, int]]:
    """Like :func:`~textmine.figures.evaluation.match` without the metric."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        best = None
        for pi, p in enumerate(predicted):
            if pi in used or p.kind != g.kind or not _same_value(p.value, g.value):
                continue
            overlap = min(g.end, p.value_end) - max(g.start, p.value_start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, pi)
        if best is not None:
            used.add(best[1])
            pairs.append((gi, best[1]))
    return pairs


def _spans(text: str, written: str) -> list[tuple[int, int]]:
    """Every place ``written`` occurs in ``text``, found as gold spans are."""
    pattern = span_pattern(written)
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def _overlaps(evidence: Iterable, spans: Sequence[tuple[int, int]]) -> bool:
    for e in evidence:
        if e.start is None or e.report != "this":
            continue
        if any(min(e.end, b) - max(e.start, a) > 0 for a, b in spans):
            return True
    return False


def score_page(page: Page, annotation: Annotation, audit=None) -> PageResult:
    """Audit one page and compare it with its annotation."""
    from .. import audit as default_audit
    from ..readers import read_text

    audit = audit or default_audit
    result = PageResult(page, annotation)
    document = read_text(page.text, source=f"<real page {page.id}>")
    named = tuple(f for f in annotation.figures if f["metric"] != UNNAMED)
    # spans are located over the whole list (unnamed facts keep their place in text order)
    located = locate(GoldDocument(page.id, annotation.split, (), None, None, annotation.figures,
                                  annotation.origin), document.text)
    gold = [g for g, f in zip(located, annotation.figures) if f["metric"] != UNNAMED]
    gold_unnamed = [g for g, f in zip(located, annotation.figures) if f["metric"] == UNNAMED]
    try:
        report = audit(page.text)
    except TextmineError as exc:
        result.refused = str(exc)
        _count(result.by_value, "fn", len(gold))
        _count(result.with_metric, "fn", len(gold))
        _count(result.strict, "fn", len(gold))
        _count(result.unnamed, "fn", len(gold_unnamed))
        for g in gold:
            _count(result.metrics.setdefault(g.metric, Counts()), "fn")
        result.missed_checks = [c for c in annotation.checks if c["status"] == "FAIL"]
        return result
    text = report.document.text
    result.fragment_flag = bool(getattr(report.metadata, "fragment", False))
    predicted = list(report.figures)

    # -- figures
    value_pairs = match_by_value(gold, predicted)
    _count(result.by_value, "tp", len(value_pairs))
    _count(result.by_value, "fn", len(gold) - len(value_pairs))
    metric_pairs = match(gold, predicted)
    _count(result.with_metric, "tp", len(metric_pairs))
    _count(result.with_metric, "fn", len(gold) - len(metric_pairs))
    strict_ok = 0
    for gi, pi in metric_pairs:
        g, p = named[gi], predicted[pi]
        if g.get("channel") == p.channel and _category_agrees(g.get("category"), p.category):
            strict_ok += 1
        else:
            result.errors.append({"page": page.id, "type": "attribute", "metric": g["metric"], "value": g["value"],
                                  "expected": {"channel": g.get("channel"), "category": g.get("category")},
                                  "found": {"channel": p.channel, "category": p.category}, "text": p.text})
    _count(result.strict, "tp", strict_ok)
    _count(result.strict, "fn", len(gold) - strict_ok)
    # a prediction on an unnamed fact is neither right nor wrong for the named figures
    unnamed_pairs = match_by_value(gold_unnamed, predicted)
    _count(result.unnamed, "tp", len(unnamed_pairs))
    _count(result.unnamed, "fn", len(gold_unnamed) - len(unnamed_pairs))
    on_unnamed = {pi for _, pi in unnamed_pairs}
    valued = {pi for _, pi in value_pairs}
    with_metric = {pi for _, pi in metric_pairs}
    for pi, p in enumerate(predicted):
        if pi in on_unnamed and pi not in valued:
            continue
        if pi not in valued:
            _count(result.by_value, "fp")
        if pi not in with_metric:
            _count(result.with_metric, "fp")
            _count(result.metrics.setdefault(p.metric, Counts()), "fp")
            result.errors.append({"page": page.id, "type": "spurious" if pi not in valued else "wrong_metric",
                                  "metric": p.metric, "value": p.value, "text": p.text})
    _count(result.strict, "fp", len(predicted) - len(on_unnamed - valued) - strict_ok)
    matched_gold = dict(metric_pairs)
    for gi, g in enumerate(gold):
        counts = result.metrics.setdefault(g.metric, Counts())
        if gi in matched_gold:
            _count(counts, "tp")
        else:
            _count(counts, "fn")
            result.errors.append({"page": page.id, "type": "missed", "metric": g.metric, "value": g.value,
                                  "text": text[g.start:g.end]})

    # -- findings
    checks = [dict(c, located=[s for w in c.get("spans", ()) for s in _spans(text, w)]) for c in annotation.checks]
    found_checks: set[int] = set()
    for finding in report.findings:
        if finding.status != "FAIL":
            continue
        kind = check_of_rule(finding.rule)
        if kind is None:
            continue
        kinds = {kind} | SAME_ARITHMETIC.get(kind, frozenset())
        hits = [i for i, c in enumerate(checks) if c["status"] == "FAIL" and c["check"] in kinds
                and (_overlaps(finding.evidence, c["located"])
                     or not any(e.start is not None for e in finding.evidence))]
        if hits:
            result.true_fails.append(finding.rule)
            found_checks.update(hits)
        else:
            result.false_fails.append((finding.rule, finding.message))
            result.errors.append({"page": page.id, "type": "false_fail", "rule": finding.rule,
                                  "message": finding.message})
    for i, c in enumerate(checks):
        if c["status"] == "FAIL" and i not in found_checks:
            result.missed_checks.append({k: v for k, v in c.items() if k != "located"})
            result.errors.append({"page": page.id, "type": "missed_fail", "check": c["check"],
                                  "spans": c.get("spans"), "why": c.get("why")})
    return result


# --------------------------------------------------------------------------- summaries


@dataclass
class Summary:
    name: str
    pages: int = 0
    refused: int = 0
    fragments: int = 0
    fragments_flagged: int = 0
    flagged_not_fragments: int = 0
    by_value: Counts = field(default_factory=Counts)
    with_metric: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    unnamed: Counts = field(default_factory=Counts)
    metrics: dict[str, Counts] = field(default_factory=dict)
    true_fails: int = 0
    false_fails: int = 0
    missed_fails: int = 0
    fail_rules: dict[str, list[int]] = field(default_factory=dict)  # rule -> [true, false]

    def add(self, r: PageResult) -> None:
        self.pages += 1
        self.refused += r.refused is not None
        if r.annotation.fragment:
            self.fragments += 1
            self.fragments_flagged += bool(r.fragment_flag)
        elif r.fragment_flag:
            self.flagged_not_fragments += 1
        for mine, theirs in ((self.by_value, r.by_value), (self.with_metric, r.with_metric),
                             (self.strict, r.strict), (self.unnamed, r.unnamed)):
            for what in ("tp", "fp", "fn"):
                _count(mine, what, getattr(theirs, what))
        for metric, c in r.metrics.items():
            mine = self.metrics.setdefault(metric, Counts())
            for what in ("tp", "fp", "fn"):
                _count(mine, what, getattr(c, what))
        self.true_fails += len(r.true_fails)
        self.false_fails += len(r.false_fails)
        self.missed_fails += len(r.missed_checks)
        for rule in r.true_fails:
            self.fail_rules.setdefault(rule, [0, 0])[0] += 1
        for rule, _ in r.false_fails:
            self.fail_rules.setdefault(rule, [0, 0])[1] += 1

    @property
    def false_fails_per_50(self) -> float:
        return 50 * self.false_fails / self.pages if self.pages else 0.0

    def to_dict(self) -> dict:
        return {"name": self.name, "pages": self.pages, "refused": self.refused,
                "fragments": {"annotated": self.fragments, "flagged": self.fragments_flagged,
                              "flagged_not_fragments": self.flagged_not_fragments},
                "figures": {"by_value": self.by_value.to_dict(), "with_metric": self.with_metric.to_dict(),
                            "strict": self.strict.to_dict(), "unnamed_by_value": self.unnamed.to_dict()},
                "findings": {"true_fails": self.true_fails, "false_fails": self.false_fails,
                             "missed_fails": self.missed_fails,
                             "false_fails_per_50_reports": round(self.false_fails_per_50, 3),
                             "by_rule": {k: {"true": v[0], "false": v[1]} for k, v in sorted(self.fail_rules.items())}},
                "metrics": {m: c.to_dict() for m, c in sorted(self.metrics.items())}}


def evaluate(annotations: Sequence[Annotation], pages: dict[str, Page], audit=None) -> list[PageResult]:
    return [score_page(pages[a.page_id], a, audit) for a in annotations]


def summarise(results: Sequence[PageResult], key) -> dict[str, Summary]:
    out: dict[str, Summary] = {}
    for r in results:
        name = key(r)
        out.setdefault(name, Summary(name)).add(r)
    return dict(sorted(out.items()))


# --------------------------------------------------------------------------- printing


def _pr(c: Counts) -> str:
    return f"{c.precision:.3f} | {c.recall:.3f}"


def headline_table(summaries: Sequence[Summary]) -> str:
    lines = ["| split | pages | refused | figures (gold) | P by value | R by value | P with metric | R with metric "
             "| P strict | R strict | FAILs true / false | false FAILs per 50 | real FAILs missed |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in summaries:
        gold = s.with_metric.tp + s.with_metric.fn
        lines.append(f"| {s.name} | {s.pages} | {s.refused} | {gold} | {_pr(s.by_value)} | {_pr(s.with_metric)} "
                     f"| {_pr(s.strict)} | {s.true_fails} / {s.false_fails} | {s.false_fails_per_50:.2f} "
                     f"| {s.missed_fails} |")
    return "\n".join(lines)


def class_table(title: str, summaries: dict[str, Summary]) -> str:
    # (a whole page called a fragment that is none loses the checks a fragment is spared: counted beside the flags)
    lines = [f"| {title} | pages | figures | P with metric | R with metric | false FAILs | fragments flagged "
             "| flagged, not fragments |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, s in summaries.items():
        lines.append(f"| {name} | {s.pages} | {s.with_metric.tp + s.with_metric.fn} | {_pr(s.with_metric)} "
                     f"| {s.false_fails} | {s.fragments_flagged}/{s.fragments} | {s.flagged_not_fragments} |")
    return "\n".join(lines)


def metric_table(summary: Summary) -> str:
    lines = [f"| metric ({summary.name}) | gold | predicted | P | R |", "|---|---:|---:|---:|---:|"]
    for metric, c in sorted(summary.metrics.items()):
        lines.append(f"| {metric} | {c.tp + c.fn} | {c.tp + c.fp} | {_pr(c)} |")
    return "\n".join(lines)


def rule_table(summary: Summary) -> str:
    lines = [f"| rule ({summary.name}) | true FAIL | false FAIL |", "|---|---:|---:|"]
    for rule, (t, f) in sorted(summary.fail_rules.items()):
        lines.append(f"| {rule} | {t} | {f} |")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--annotations", metavar="PATH", action="append",
                        help="annotation JSONL (repeatable; default: corpora/real_pages/figures*.jsonl)")
    parser.add_argument("--split", default=None, choices=("dev", "heldout", SEARCH_SPLIT),
                        help="only pages of this split")
    parser.add_argument("--json", action="store_true", help="print the summaries as JSON")
    parser.add_argument("--errors", action="store_true",
                        help="list every miss, spurious figure, false FAIL and missed FAIL of the dev pages")
    parser.add_argument("--heldout-errors", action="store_true",
                        help="with --errors, also list the held-out pages' errors (then they are no longer blind)")
    parser.add_argument("--second", metavar="PATH", action="append",
                        help="a second annotation of some pages (repeatable): print how far the two annotators "
                             "agree, and textmine against each, on the pages both annotated")
    parser.add_argument("--by", default="split,level,era,metric,rule",
                        help="comma-separated tables to print: split, level, era, metric, rule")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    pages = load_pages()
    if not pages:
        print("real pages not available: ../shared/corpora/real-pages/pages.jsonl is not beside the project",
              file=sys.stderr)
        return 0
    pages = {**pages, **load_search_pages()}
    paths = [Path(p) for p in args.annotations] if args.annotations else default_annotation_paths()
    if not paths:
        raise RealPagesError("corpora/real_pages", "no annotation files (figures*.jsonl)")
    skipped: list[str] = []
    annotations = load_annotations(paths, pages, skipped)
    if skipped:
        print(f"{SEARCH_SPLIT}: {len(skipped)} annotated search page(s) skipped, their text is not in "
              f"{figure_cache_path()}", file=sys.stderr)
    if args.split:
        annotations = [a for a in annotations if a.split == args.split]
    if args.second:
        return _print_agreement(annotations, load_annotations([Path(p) for p in args.second], pages), pages)
    results = evaluate(annotations, pages)
    # the search pages (dev2) stay out of the tables of the original corpus
    original = [r for r in results if r.annotation.split != SEARCH_SPLIT]
    searched = [r for r in results if r.annotation.split == SEARCH_SPLIT]
    by_split = summarise(results, lambda r: r.annotation.split)
    order = [by_split[s] for s in ("heldout", "dev", SEARCH_SPLIT) if s in by_split]
    tables = {t.strip() for t in args.by.split(",")}
    out = sys.stdout
    if args.json:
        data = {"splits": {s.name: s.to_dict() for s in order},
                "levels": {k: v.to_dict() for k, v in summarise(original, lambda r: r.page.level).items()},
                "eras": {k: v.to_dict() for k, v in summarise(original, lambda r: r.page.era).items()}}
        if searched or skipped:
            data[SEARCH_SPLIT] = {
                "skipped_pages": len(skipped),
                "levels": {k: v.to_dict() for k, v in summarise(searched, lambda r: r.page.level).items()},
                "eras": {k: v.to_dict() for k, v in summarise(searched, lambda r: r.page.era).items()}}
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(headline_table(order) + "\n\n")
        for title, group in (("", original), (f" ({SEARCH_SPLIT})", searched)):
            if not group:
                continue
            if "level" in tables:
                out.write(class_table("level" + title, summarise(group, lambda r: r.page.level)) + "\n\n")
            if "era" in tables:
                out.write(class_table("era" + title, summarise(group, lambda r: r.page.era)) + "\n\n")
        for s in order:
            if "metric" in tables:
                out.write(metric_table(s) + "\n\n")
            if "rule" in tables and s.fail_rules:
                out.write(rule_table(s) + "\n\n")
    if args.errors:
        for r in results:
            if r.annotation.split == "heldout" and not args.heldout_errors:
                continue
            if r.refused:
                out.write(json.dumps({"page": r.page.id, "type": "refused", "error": r.refused}, ensure_ascii=False) + "\n")
            if r.annotation.fragment and not r.fragment_flag and not r.refused:
                out.write(json.dumps({"page": r.page.id, "type": "fragment_not_flagged"}, ensure_ascii=False) + "\n")
            if not r.annotation.fragment and r.fragment_flag and not r.refused:
                out.write(json.dumps({"page": r.page.id, "type": "flagged_not_fragment"}, ensure_ascii=False) + "\n")
            for err in r.errors:
                out.write(json.dumps(err, ensure_ascii=False) + "\n")
    return 0


def _print_agreement(first: Sequence[Annotation], second: Sequence[Annotation], pages: dict[str, Page]) -> int:
    from .agreement import compare

    agreement = compare(first, second, pages)
    rows = []
    for name, results in (("annotator 2 vs annotator 1", agreement.second_vs_first),
                          ("textmine vs annotator 1", agreement.textmine_vs_first),
                          ("textmine vs annotator 2", agreement.textmine_vs_second)):
        summary = Summary(name)
        for r in results:
            summary.add(r)
        rows.append(summary)
    out = sys.stdout
    out.write(f"pages both annotators annotated: {len(agreement.second_vs_first)}\n\n")
    table = headline_table(rows).replace("| split |", "| compared |", 1).splitlines()
    # findings are not compared here (the second annotation marks figures only)
    out.write("\n".join("|".join(line.split("|")[:11]) + "|" for line in table) + "\n\n")
    if agreement.metric_disagreements:
        out.write("| annotator 1's metric | annotator 2's metric | figures |\n|---|---|---:|\n")
        for (one, two), n in sorted(agreement.metric_disagreements.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"| {one} | {two} | {n} |\n")
    return 0


__all__ = ["score_page", "evaluate", "summarise", "Summary", "PageResult", "match_by_value", "add_arguments", "run"]
