"""``textmine train``: rebuild the section 五 sentence classifier from the annotated corpus.

Fits on the training split (fixed seed, so the same corpus gives the same predictions),
scores the held-out split, and writes ``sentence_classifier.skops`` + ``.json`` metadata
and the default boilerplate table into ``--out`` (default: the shipped ``models/``)."""
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


def run(args: argparse.Namespace) -> int:
    from ..paths import models_dir
    from ..problems.boilerplate import DEFAULT_FILE
    from ..problems.corpus import read_corpus
    from ..problems.evaluation import format_report
    from ..problems.training import DEFAULT_SEED, fit_default_boilerplate, train_model, write_model

    started = time.perf_counter()
    corpus = Path(args.corpus) if args.corpus else None
    classifier, meta = train_model(corpus, DEFAULT_SEED if args.seed is None else args.seed)
    out = Path(args.out) if args.out else models_dir()
    model_path, meta_path = write_model(classifier, meta, out)
    boiler_path = out / DEFAULT_FILE
    boiler_path.parent.mkdir(parents=True, exist_ok=True)
    fit_default_boilerplate(read_corpus(corpus)).save(boiler_path)
    elapsed = time.perf_counter() - started
    if not args.quiet:
        result = {**meta["scores"]["heldout"], "split": "heldout", "model": str(model_path)}
        sys.stdout.write(format_report(result) + "\n\n")
        sys.stdout.write(f"trained on {meta['sentences']['train']} sentences ({meta['reports']['train']} reports), "
                         f"held out {meta['sentences']['heldout']} ({meta['reports']['heldout']} reports) "
                         f"in {elapsed:.1f}s\n")
    sys.stdout.write(f"wrote {model_path}\nwrote {meta_path}\nwrote {boiler_path}\n")
    return 0
