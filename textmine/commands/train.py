"""``textmine train``: rebuild the section 五 sentence classifier from the annotated corpora.

Fits on the training data (fixed seed, so the same corpora give the same predictions): the
own corpus's training reports and the real units of the dev pages, whose text is read from
``../shared`` and, for pages found with the search tool, from the cache (``--real-cache``,
``TEXTMINE_REAL_CACHE``, default ``../realcache/search.jsonl``; pages whose text is absent
are left out and counted). Scores both held-out sets, and writes ``sentence_classifier.skops``,
its weights ``sentence_classifier.npz`` (what the audit runs) + ``.json`` metadata and the
default boilerplate table into ``--out`` (default: the shipped ``models/``).
``--fit-specificity`` also refits the specificity cue weights to the annotated levels of the
training split and rewrites the weight column of ``lexicons/specificity_cues.tsv`` there."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", metavar="DIR", help="annotated corpus (default corpora/sentences)")
    parser.add_argument("--out", metavar="DIR", help="where to write the model (default models/)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default fixed)")
    parser.add_argument("--quiet", action="store_true", help="print only the paths written")
    parser.add_argument("--real-units", metavar="FILE", help="real unit annotations (default every corpora/sentences/real/units*.jsonl)")
    parser.add_argument("--real-cache", metavar="FILE",
                        help="search-tool cache holding the text of the pages found with it "
                             "(default $TEXTMINE_REAL_CACHE or ../realcache/search.jsonl)")
    parser.add_argument("--no-real", action="store_true", help="train on the own corpus only")
    parser.add_argument("--fit-specificity", action="store_true",
                        help="refit the specificity cue weights on the training split's measure levels")


def run(args: argparse.Namespace) -> int:
    from ..paths import models_dir
    from ..problems.boilerplate import DEFAULT_FILE
    from ..problems.corpus import read_corpus
    from ..problems.training import DEFAULT_SEED, fit_default_boilerplate, train_model, write_model

    started = time.perf_counter()
    corpus = Path(args.corpus) if args.corpus else None
    out = Path(args.out) if args.out else models_dir()
    written = []
    if args.fit_specificity:
        # first, so that the model metadata reports the specificity of the fitted weights
        # (when --out is the shipped models/ directory, whose table the scorer reads)
        import shutil

        from ..problems.specificity import CUES_FILE, load_cues, write_weights
        from ..problems.training import fit_specificity

        cues_path = out / CUES_FILE
        if cues_path.resolve() != (models_dir() / CUES_FILE).resolve():
            cues_path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(models_dir() / CUES_FILE, cues_path)
        fitted, report = fit_specificity(read_corpus(corpus))
        write_weights(cues_path, fitted)
        load_cues.cache_clear()
        written.append(cues_path)
        if not args.quiet:
            b, a = report["spearman_before"], report["spearman_after"]
            sys.stdout.write(f"specificity cues fitted on {report['train_measures']} training measures: Spearman "
                             f"train {b['train']} -> {a['train']}, held-out {b['heldout']} -> {a['heldout']}\n"
                             + "".join(f"  {k}: {v:+.2f}\n" for k, v in report["weights"].items()) + "\n")
    classifier, meta = train_model(corpus, DEFAULT_SEED if args.seed is None else args.seed,
                                   real_units=args.real_units, real_cache=args.real_cache, use_real=not args.no_real)
    model_path, meta_path = write_model(classifier, meta, out)
    boiler_path = out / DEFAULT_FILE
    boiler_path.parent.mkdir(parents=True, exist_ok=True)
    fit_default_boilerplate(read_corpus(corpus)).save(boiler_path)
    written = [model_path, meta_path, boiler_path, *written]
    elapsed = time.perf_counter() - started
    if not args.quiet:
        own = meta["scores"]["heldout"]
        sys.stdout.write(f"own held-out ({own['n']} units): labels macro-F1 {own['labels']['macro_f1']:.3f}, "
                         f"topics macro-F1 {own['topics']['macro_f1']:.3f}\n")
        real = meta["scores"].get("real_heldout")
        if real:
            sys.stdout.write(f"real held-out ({real['n']} units): labels macro-F1 {real['label_macro_f1']:.3f}, "
                             f"topics micro-F1 {real['topics_micro_f1']:.3f}, specificity Spearman "
                             f"{real['specificity_spearman']}\n")
            pages = meta["real"]["pages"]
            sys.stdout.write(f"real pages: {pages['dev']} trained on, {pages['heldout']} held out, "
                             f"{len(pages['missing'])} without their text here\n")
        sys.stdout.write(f"trained on {meta['sentences']['train']} own units ({meta['reports']['train']} reports)"
                         f" + {meta.get('real', {}).get('units_trained', 0)} real units in {elapsed:.1f}s\n")
    sys.stdout.write("".join(f"wrote {path}\n" for path in written))
    return 0
