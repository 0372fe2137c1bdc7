"""Injected-error benchmark: precision and recall of the reconciler's FAIL findings.

    python benchmarks/injected_errors.py [--n 200] [--seed 0] [--mode oracle|pipeline|both] [--show 5]

Each report from :mod:`corpora.injection` has exactly one number changed (a narrative
figure or a table cell) in an otherwise consistent generated report. A FAIL finding is a
true positive when its evidence points at the changed number (its text span, or its table
cell); every other FAIL is a false positive (the reports are consistent apart from the one
change, so any other FAIL is wrong). Recall counts the changes that got at least one true
positive, over the changes that are detectable by construction (see the module doc of
:mod:`corpora.injection`); changes nothing restates are reported separately, not hidden.

Modes:
  oracle    the reconciler alone, on the generator's true tables and figures (with the
            change applied): measures the rules;
  pipeline  the whole of ``textmine.audit`` on the changed text: table parser and figure
            extractor errors count against the score too.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpora.injection import InjectedReport, injected_corpus  # noqa: E402

TARGET = 0.95


def _warning_rules() -> frozenset:
    from textmine.reconcile import RULES

    return frozenset(r.key for r in RULES if r.severity != "error")


WARNING_RULES = _warning_rules()


# --------------------------------------------------------------------------- oracle records


def _oracle_inputs(case: InjectedReport):
    """Document, sections, tables and figures from the generator's truth, change applied."""
    from textmine.figures.model import Figure
    from textmine.readers import load
    from textmine.sections import split_sections
    from textmine.tables.model import ParsedTable, TableValue

    inj = case.injection
    doc = load(case.text.encode("utf-8"), format="txt")
    if doc.text != case.text:
        raise RuntimeError(f"{case.name}: normalisation changed the generated text; oracle offsets would drift")
    sections = split_sections(doc)
    shift = len(case.text) - len(case.clean_text)
    # tables
    by_table: dict[str, list] = defaultdict(list)
    for record in case.truth["cells"]:
        value = record["value"]
        if inj.kind == "cell" and (record["table"], record["row"], record["column"]) == (inj.table, inj.row, inj.column):
            value = inj.new
        by_table[record["table"]].append(TableValue(record["row"], record["column"], value, record["status"],
                                                    record["raw"]))
    tables = {key: ParsedTable(key, case.truth["template"], case.truth["rendering"], tuple(values))
              for key, values in by_table.items()}
    # figures, located in order in the clean text then shifted past the change
    figures = []
    cursor = 0
    truth_figures = case.truth["figures"]
    parts: dict[int, list[int]] = defaultdict(list)
    for i, fig in enumerate(truth_figures):
        if fig.get("part_of") is not None:
            parts[fig["part_of"]].append(i)
    from textmine.normalize import normalize_text

    phrases = [normalize_text(fig["text"]) for fig in truth_figures]
    located = []
    for i, fig in enumerate(truth_figures):
        at = case.clean_text.find(phrases[i], cursor)
        if at < 0:
            at = case.clean_text.find(phrases[i])
        located.append(at)
        if at >= 0:
            cursor = at + 1
    for i, fig in enumerate(truth_figures):
        at = located[i]
        if at < 0:
            continue
        start, end = at, at + len(phrases[i])
        value, text = fig["value"], phrases[i]
        if inj.kind == "figure" and phrases[i] == inj.phrase and start <= inj.start < end:
            value = inj.new
            end += shift
            text = case.text[start:end]
        elif start > inj.start:
            start, end = start + shift, end + shift
        kind = "rate" if fig.get("unit") == "%" else "count"
        figures.append(Figure(metric=fig["metric"], value=value, unit=fig.get("unit"), start=start, end=end,
                              text=text, qualifier=fig.get("qualifier"), channel=fig.get("channel"),
                              category=fig.get("category"), section=fig.get("section"), kind=kind, index=i,
                              parent=fig.get("part_of"), parts=tuple(parts.get(i, ())),
                              exhaustive=fig.get("exhaustive") if parts.get(i) else None))
    return doc, sections, tables, tuple(figures)


def run_oracle(case: InjectedReport, text_key: str = "text"):
    from textmine.metadata import detect_metadata
    from textmine.reconcile import reconcile

    if text_key == "clean_text":
        clean = InjectedReport(case.seed, case.name, case.clean_text, case.clean_text, case.truth,
                               _null_injection(case))
        doc, sections, tables, figures = _oracle_inputs(clean)
    else:
        doc, sections, tables, figures = _oracle_inputs(case)
    metadata = detect_metadata(doc, sections, tables)
    return reconcile(doc, sections, tables, figures, metadata=metadata)


def _null_injection(case):
    from dataclasses import replace

    inj = case.injection
    return replace(inj, kind="none", new=inj.old, start=-10, end=-10)


def run_pipeline(case: InjectedReport, text_key: str = "text"):
    """The reconciler's findings from a full ``textmine.audit`` (other stages' findings,
    such as section 五's judgements on measures, are not about numbers and are left out)."""
    import textmine
    from textmine.reconcile import RULES_BY_KEY

    text = getattr(case, text_key)
    report = textmine.audit(text.encode("utf-8"), format="txt")
    return tuple(f for f in report.findings if f.rule in RULES_BY_KEY)


# --------------------------------------------------------------------------- scoring


#: row keys the table parser may give a row the generator names otherwise (the 2019
#: template's single （六）其他处理 row)
ROW_ALIASES = {"other.total": "other"}


def points_at(finding, case: InjectedReport) -> bool:
    inj = case.injection
    for ev in finding.evidence:
        if getattr(ev, "report", "this") != "this":
            continue
        if ev.table is not None:
            row = ROW_ALIASES.get(ev.row, ev.row)
            if inj.kind == "cell" and (ev.table, row, ev.column) == (inj.table, inj.row, inj.column):
                return True
        elif ev.start is not None and ev.start < inj.end and inj.start < ev.end:
            return True
    return False


def score(cases, runner, show: int = 5) -> dict:
    tp = fp = 0
    detected = Counter()
    total = Counter()
    clean_false = 0
    fp_rules = Counter()
    misses = []
    false_alarms = []
    uncertain_misses = 0
    uncertain_at = Counter()
    for case in cases:
        inj = case.injection
        clean_fails = [f for f in runner(case, "clean_text") if f.status == "FAIL"]
        clean_false += bool(clean_fails)
        findings = runner(case, "text")
        fails = [f for f in findings if f.status == "FAIL"]
        hits = [f for f in fails if points_at(f, case)]
        others = [f for f in fails if not points_at(f, case)]
        tp += len(hits)
        fp += len(others)
        for f in others:
            fp_rules[f.rule] += 1
            if len(false_alarms) < show:
                false_alarms.append((case.name, inj, f))
        group = "detectable" if inj.detectable else f"undetectable:{inj.constraint}"
        total[group] += 1
        total[f"{inj.kind}:{inj.constraint}"] += 1
        if hits:
            detected[group] += 1
            detected[f"{inj.kind}:{inj.constraint}"] += 1
        elif not inj.detectable:
            # a shortfall in a 其中 list is UNCERTAIN by rule: say whether it was flagged
            uncertain_at[group] += any(f.status == "UNCERTAIN" and points_at(f, case) for f in findings)
        elif inj.detectable:
            flagged = any(f.status == "UNCERTAIN" and points_at(f, case) for f in findings)
            uncertain_misses += flagged
            if len(misses) < show:
                misses.append((case.name, inj, flagged))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = detected["detectable"] / total["detectable"] if total["detectable"] else 1.0
    return {"tp": tp, "fp": fp, "precision": precision, "recall": recall, "detected": detected, "total": total,
            "clean_false": clean_false, "fp_rules": fp_rules, "misses": misses, "false_alarms": false_alarms,
            "uncertain_misses": uncertain_misses, "uncertain_at": uncertain_at,
            "fp_error": sum(v for k, v in fp_rules.items() if k not in WARNING_RULES)}


def report(name: str, result: dict, n: int, seconds: float) -> list[str]:
    lines = [f"[{name}] {n} injected reports in {seconds:.1f} s",
             f"  FAIL findings: {result['tp']} point at the change, {result['fp']} do not",
             f"  precision {result['precision']:.3f}   recall {result['recall']:.3f} "
             f"({result['detected']['detectable']}/{result['total']['detectable']} detectable changes found)   "
             f"target >= {TARGET}: {'met' if min(result['precision'], result['recall']) >= TARGET else 'NOT met'}",
             f"  clean reports with any FAIL (false alarms before the change): {result['clean_false']}/{n}",
             f"  of the false-positive FAILs, {result['fp_error']} come from error-severity rules "
             f"(the rest are warning-level plausibility rules)",
             f"  detectable changes missed but flagged UNCERTAIN at the change: {result['uncertain_misses']}"]
    lines.append("  by kind of change (found / injected):")
    for key in sorted(k for k in result["total"] if ":" in k and not k.startswith("undetectable")):
        lines.append(f"    {key:<22} {result['detected'][key]:>4} / {result['total'][key]}")
    undetectable = {k: v for k, v in result["total"].items() if k.startswith("undetectable")}
    if undetectable:
        lines.append("  undetectable by construction (not in recall; found anyway / flagged UNCERTAIN there / injected):")
        for key, count in sorted(undetectable.items()):
            lines.append(f"    {key:<28} {result['detected'][key]:>4} / {result['uncertain_at'][key]:>4} / {count}")
    if result["fp_rules"]:
        lines.append("  false-positive FAILs by rule: " + ", ".join(f"{k} {v}" for k, v in result["fp_rules"].most_common()))
    for name_, inj, flagged in result["misses"]:
        where = f"{inj.table}:{inj.row}/{inj.column}" if inj.kind == "cell" else f"{inj.metric} «{inj.phrase}»"
        lines.append(f"  missed: {name_} {inj.kind} {where} {inj.old}->{inj.new}"
                     + (" (UNCERTAIN there)" if flagged else ""))
    for name_, inj, f in result["false_alarms"]:
        lines.append(f"  false FAIL: {name_} {f.rule}: {f.message[:90]}")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mode", choices=("oracle", "pipeline", "both"), default="both")
    parser.add_argument("--show", type=int, default=5, help="misses and false alarms to print")
    args = parser.parse_args(argv)
    cases = list(injected_corpus(args.n, seed=args.seed))
    modes = ("oracle", "pipeline") if args.mode == "both" else (args.mode,)
    for mode in modes:
        runner = run_oracle if mode == "oracle" else run_pipeline
        started = time.perf_counter()
        result = score(cases, runner, show=args.show)
        print("\n".join(report(mode, result, len(cases), time.perf_counter() - started)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
