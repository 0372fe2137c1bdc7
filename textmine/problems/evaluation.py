"""``textmine eval sentences``: the section 五 classifier on the held-out split.

Prints label macro-F1 with its confusion matrix, topic macro-F1 with per-topic precision /
recall / F1 and 2x2 counts, and the specificity score's Spearman correlation with the
annotated levels. ``--json`` prints the same as JSON; ``--min-f1`` makes the exit code 1
when either macro-F1 is below it (for CI). ``--split cv`` instead retrains the design with
report-grouped 5-fold cross-validation on the training split (no held-out report is read)
and prints label / topic macro-F1 with the topic-threshold sweep the shipped threshold was
chosen from."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .topics import LABELS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", metavar="DIR", help="annotated corpus (default corpora/sentences)")
    parser.add_argument("--models", metavar="DIR", help="directory holding sentence_classifier.npz, the weights the audit runs (default models/)")
    parser.add_argument("--split", choices=("heldout", "train", "all", "cv"), default="heldout")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 if label or topic macro-F1 is below this")


def evaluate(corpus: Path | None = None, models: Path | None = None, which: str = "heldout") -> dict:
    from ..paths import models_dir
    from .classifier import ShippedClassifier
    from .corpus import read_corpus, split
    from .runtime import RUNTIME_FILE
    from .training import score

    path = (Path(models) if models else models_dir()) / RUNTIME_FILE
    classifier = ShippedClassifier.load(path)
    train, heldout = split(read_corpus(Path(corpus) if corpus else None))
    items = {"heldout": heldout, "train": train, "all": train + heldout}[which]
    result = score(classifier, items)
    result["split"] = which
    result["model"] = str(path)
    return result


def cross_validation(corpus: Path | None = None) -> dict:
    from .corpus import read_corpus, split
    from .training import cross_validate

    train, _ = split(read_corpus(Path(corpus) if corpus else None))
    result = cross_validate(train)
    result["split"] = "cv"
    return result


def format_cv(result: dict) -> str:
    top = result["topics"]
    lines = [f"section 五 classifier — report-grouped {result['folds']}-fold cross-validation on the training "
             f"split ({result['n']} sentences, {result['reports']} reports)",
             f"labels: macro-F1 {result['labels']['macro_f1']:.3f}",
             f"topics: macro-F1 {top['macro_f1']:.3f} at the shipped threshold {top['threshold']}",
             "  threshold sweep: " + "  ".join(f"{k}: {v:.3f}" for k, v in top["threshold_sweep"].items()),
             f"  {'topic':<27}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}"]
    for t, v in top["per_topic"].items():
        lines.append(f"  {t:<27}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['support']:>5}")
    return "\n".join(lines)


def format_report(result: dict) -> str:
    lab = result["labels"]
    top = result["topics"]
    lines = [f"section 五 classifier — {result['split']} split, {result['n']} sentences ({result['model']})",
             "", f"labels: macro-F1 {lab['macro_f1']:.3f}  accuracy {lab['accuracy']:.3f}",
             "  gold \\ predicted " + "".join(f"{l:>10}" for l in LABELS)]
    for g in LABELS:
        lines.append(f"  {g:<17}" + "".join(f"{lab['confusion'][g][p]:>10}" for p in LABELS))
    for l in LABELS:
        v = lab["per_label"][l]
        lines.append(f"  {l:<10} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  n={v['support']}")
    lines += ["", f"topics ({top['n']} gold problems/measures): macro-F1 {top['macro_f1']:.3f}  "
                  f"exact-set match {top['exact_match']:.3f}",
              f"  {'topic':<27}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}   tp  fp  fn"]
    for t, v in top["per_topic"].items():
        c = v["confusion"]
        lines.append(f"  {t:<27}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['support']:>5}"
                     f"  {c['tp']:>3} {c['fp']:>3} {c['fn']:>3}")
    spec = result["specificity"]
    rho = "n/a" if spec["spearman"] is None else f"{spec['spearman']:.3f}"
    means = ", ".join(f"level {k}: {v['mean']:.2f} (n={v['n']})" for k, v in spec["mean_by_level"].items())
    lines += ["", f"specificity vs annotated level (0-3): Spearman {rho} over {spec['n']} measures",
              f"  mean score by level: {means}"]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.split == "cv":
        result = cross_validation(args.corpus)
        text = format_cv(result)
    else:
        result = evaluate(args.corpus, args.models, args.split)
        text = format_report(result)
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(text + "\n")
    if args.min_f1 is not None and min(result["labels"]["macro_f1"], result["topics"]["macro_f1"]) < args.min_f1:
        return 1
    return 0
