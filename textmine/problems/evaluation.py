"""``textmine eval sentences``: the section 五 models on held-out real pages and own reports.

Prints, side by side, the figures on the **real** held-out pages (annotated real 五 passages,
``corpora/sentences/real``; :mod:`.realeval`) and on the **own** held-out reports
(``corpora/sentences``): label macro-F1, topic micro- and macro-F1, the specificity score
against the annotated levels; for real pages also the whole audit (units found, links,
``problems.unaddressed`` warnings), then the per-topic tables. ``--json`` prints the same as
JSON; ``--min-f1`` makes the exit code 1 when a label or topic figure of either set is below
it (for CI). ``--split dev`` scores the real dev pages and own training reports instead (what
the models were tuned on). ``--split cv`` retrains the design with report-grouped 5-fold
cross-validation on the training data (own training reports and real dev pages; nothing
held out is read) and prints the topic-threshold sweep the shipped threshold was chosen
from. The real pages need ``../shared`` and, for pages found with the search tool, the cache
(``TEXTMINE_REAL_CACHE``); pages whose text is absent are counted, not scored."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .topics import LABELS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", metavar="DIR", help="own annotated corpus (default corpora/sentences)")
    parser.add_argument("--real-units", metavar="FILE", help="real unit annotations (default every corpora/sentences/real/units*.jsonl)")
    parser.add_argument("--real-cache", metavar="FILE", help="search-tool cache (default $TEXTMINE_REAL_CACHE or ../realcache/search.jsonl)")
    parser.add_argument("--models", metavar="DIR", help="directory holding sentence_classifier.npz, the weights the audit runs (default models/)")
    parser.add_argument("--split", choices=("heldout", "dev", "cv"), default="heldout")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 if a label or topic F1 is below this")


def evaluate(corpus: Path | None = None, models: Path | None = None, which: str = "heldout", *,
             real_units: Path | None = None, real_cache: Path | None = None) -> dict:
    from ..paths import models_dir
    from .classifier import ShippedClassifier
    from .corpus import read_corpus, split
    from .realcorpus import read_real
    from .realeval import evaluate as evaluate_real
    from .runtime import RUNTIME_FILE
    from .training import score

    path = (Path(models) if models else models_dir()) / RUNTIME_FILE
    classifier = ShippedClassifier.load(path)
    train, heldout = split(read_corpus(Path(corpus) if corpus else None))
    real = read_real(real_units, real_cache)
    pages = real.split("heldout" if which == "heldout" else "dev")
    return {"split": which, "model": path.name,
            "real": {**evaluate_real(pages, classifier), "pages_missing": len(real.missing),
                     "pages_changed": len(real.changed)},
            "own": score(classifier, heldout if which == "heldout" else train)}


def cross_validation(corpus: Path | None = None, *, real_units: Path | None = None,
                     real_cache: Path | None = None) -> dict:
    from .corpus import read_corpus, split
    from .realcorpus import read_real
    from .training import cross_validate

    train, _ = split(read_corpus(Path(corpus) if corpus else None))
    real = read_real(real_units, real_cache)
    result = cross_validate(train, real.split("dev"))
    result["split"] = "cv"
    return result


def format_cv(result: dict) -> str:
    top = result["topics"]
    lines = [f"section 五 classifier — report-grouped {result['folds']}-fold cross-validation on the training "
             f"data ({result['n']} own units of {result['reports']} reports, {result['real']['n']} real units of "
             f"{result['real']['groups']} real reports)",
             f"own: labels macro-F1 {result['labels']['macro_f1']:.3f}, topics macro-F1 {top['macro_f1']:.3f} "
             f"at the shipped threshold {top['threshold']}",
             f"real: labels macro-F1 {result['real']['labels_macro_f1']:.3f}, topics micro-F1 "
             f"{result['real']['topics_micro_f1']:.3f}",
             "  threshold sweep, real topics micro-F1: "
             + "  ".join(f"{k}: {v:.3f}" for k, v in result["real"]["threshold_sweep"].items()),
             f"real, the whole audit on the left-out pages: problems.unaddressed P / R "
             f"{_fmt(result['real']['audit']['unaddressed']['precision'])} / "
             f"{_fmt(result['real']['audit']['unaddressed']['recall'])} "
             f"({result['real']['audit']['unaddressed']['tp']} right, {result['real']['audit']['unaddressed']['fp']} wrong, "
             f"{result['real']['audit']['unaddressed']['fn']} missed), links P / R "
             f"{_fmt(result['real']['audit']['links']['precision'])} / {_fmt(result['real']['audit']['links']['recall'])}, "
             f"units found {result['real']['audit']['units']['found']} of {result['real']['audit']['units']['annotated']}"
             if result["real"].get("audit") else "real: no pages",
             "  threshold sweep, own topics macro-F1:  "
             + "  ".join(f"{k}: {v:.3f}" for k, v in top["threshold_sweep"].items()),
             f"  {'topic (own)':<27}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}"]
    for t, v in top["per_topic"].items():
        lines.append(f"  {t:<27}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['support']:>5}")
    return "\n".join(lines)


def _fmt(value, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def format_report(result: dict) -> str:
    real, own = result["real"], result["own"]
    ru, ra = real["units"], real["audit"]
    split_name = "held-out" if result["split"] == "heldout" else "dev (tuned on)"
    rspec, ospec = ru["specificity"], own["specificity"]
    rows = [
        ("label macro-F1 (problem / measure / other)", _fmt(ru["labels"]["macro_f1"]), _fmt(own["labels"]["macro_f1"])),
        ("topics micro-F1", _fmt(ru["topics"]["micro_f1"]), _fmt(own["topics"].get("micro_f1"))),
        ("topics macro-F1", _fmt(ru["topics"]["macro_f1"]), _fmt(own["topics"]["macro_f1"])),
        ("specificity vs level, Spearman", _fmt(rspec["spearman"]), _fmt(ospec["spearman"])),
        ("level-2/3 measures scoring < 0.5", f"{len(rspec['low_specific'])} of "
         f"{sum(v['n'] for k, v in rspec['mean_by_level'].items() if k in ('2', '3'))}", "—"),
        ("level-0 measures scoring > 0.2", f"{len(rspec['high_boilerplate'])} of "
         f"{rspec['mean_by_level'].get('0', {}).get('n', 0)}", "—"),
        ("audit: annotated units found", f"{ra['units']['found']} of {ra['units']['annotated']}", "—"),
        ("audit: label right on found units", _fmt(ra["units"]["label_accuracy_on_found"]), "—"),
        ("audit: problem→measure links P / R", f"{_fmt(ra['links']['precision'])} / {_fmt(ra['links']['recall'])}", "—"),
        ("audit: problems.unaddressed P / R", f"{_fmt(ra['unaddressed']['precision'])} / "
         f"{_fmt(ra['unaddressed']['recall'])}", "—"),
    ]
    head = (f"section 五 — {split_name}: real {ra['pages']} pages / {ru['n']} units"
            f"{' (' + str(real['pages_missing']) + ' pages without their text here)' if real['pages_missing'] else ''}"
            f", own {own['n']} units ({result['model']})")
    lines = [head, "", f"  {'':<44}{'real':>12}{'own':>10}"]
    lines += [f"  {name:<44}{a:>12}{b:>10}" for name, a, b in rows]
    un = ra["unaddressed"]
    lines.append(f"  (unaddressed warnings: {un['tp']} right, {un['fp']} wrong, {un['fn']} missed; "
                 f"{un['uncertain_on_cut_pages']} UNCERTAIN on pages that cut 五 off)")
    lines += ["", "real labels: gold \\ predicted " + "".join(f"{l:>10}" for l in LABELS)]
    for g in LABELS:
        lines.append(f"  {g:<28}" + "".join(f"{ru['labels']['confusion'][g][p]:>10}" for p in LABELS))
    lines += ["", f"  {'topic':<27}{'real F1':>9}{'n':>5}{'own F1':>9}{'n':>5}"]
    for t, v in ru["topics"]["per_topic"].items():
        o = own["topics"]["per_topic"][t]
        lines.append(f"  {t:<27}{v['f1']:>9.3f}{v['support']:>5}{o['f1']:>9.3f}{o['support']:>5}")
    if ru["topics"]["weak_topics"]:
        lines.append("  real topics with 10+ examples below 0.6: "
                     + ", ".join(f"{t} {f:.2f}" for t, f in ru["topics"]["weak_topics"].items()))
    means = ", ".join(f"level {k}: {v['mean']:.2f} (n={v['n']})" for k, v in rspec["mean_by_level"].items())
    lines += ["", f"real specificity, mean score by level: {means}"]
    second = rspec.get("second_annotator")
    if second:
        lines.append(f"second blind annotation of {second['n']} of these measures' levels: Spearman with the first "
                     f"{second['annotators_spearman']:.3f} (same level {second['exact_agreement']:.0%}); "
                     f"scores vs the second {second['scores_vs_second_spearman']:.3f}")
        if second.get("adjudicated"):
            lines.append(f"levels settled by a third reader: {second['adjudicated']} of these measures; scores vs the "
                         f"levels as first annotated {second['scores_vs_first_as_annotated_spearman']:.3f}")
    return "\n".join(lines)


def _add_micro(result: dict) -> None:
    per = result["topics"]["per_topic"]
    tp = sum(v["confusion"]["tp"] for v in per.values())
    fp = sum(v["confusion"]["fp"] for v in per.values())
    fn = sum(v["confusion"]["fn"] for v in per.values())
    result["topics"]["micro_f1"] = round(2 * tp / (2 * tp + fp + fn), 4) if tp + fp + fn else 0.0


def run(args: argparse.Namespace) -> int:
    if args.split == "cv":
        result = cross_validation(args.corpus, real_units=args.real_units, real_cache=args.real_cache)
        text = format_cv(result)
        figures = [result["labels"]["macro_f1"], result["topics"]["macro_f1"],
                   result["real"]["labels_macro_f1"], result["real"]["topics_micro_f1"]]
    else:
        result = evaluate(args.corpus, args.models, args.split, real_units=args.real_units, real_cache=args.real_cache)
        _add_micro(result["own"])
        result["real"].pop("topic_labels", None)
        text = format_report(result)
        ru = result["real"]["units"]
        figures = [result["own"]["labels"]["macro_f1"], result["own"]["topics"]["macro_f1"]]
        if ru["n"]:
            figures += [ru["labels"]["macro_f1"], ru["topics"]["micro_f1"]]
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(text + "\n")
    if args.min_f1 is not None and min(figures) < args.min_f1:
        return 1
    return 0
