"""``python -m corpora.generator --n 1000 --out DIR [--seed 0] [--level L] [--template T]
[--rendering R] [--no-truth] [--copies SHARE | --years]`` - write generated reports and
truth.jsonl into DIR; with ``--copies 0.1`` a tenth of them are planted copies of others'
narratives (``copies.jsonl``); with ``--years`` two years of ``--n`` agencies' reports in
DIR/2023 and DIR/2024 (renamed agencies, missing years, copies; ``years.jsonl``)."""
from __future__ import annotations

import argparse
import sys
import time

from . import LEVELS, RENDERINGS, TEMPLATES, write_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpora.generator", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="number of reports (default 100)")
    parser.add_argument("--out", required=True, help="directory to write into")
    parser.add_argument("--seed", type=int, default=0, help="first seed (reports use seed, seed+1, ...)")
    parser.add_argument("--level", choices=LEVELS)
    parser.add_argument("--template", choices=TEMPLATES)
    parser.add_argument("--rendering", choices=RENDERINGS)
    parser.add_argument("--no-truth", action="store_true", help="do not write truth.jsonl")
    corpus = parser.add_mutually_exclusive_group()
    corpus.add_argument("--copies", type=float, metavar="SHARE",
                        help="this share of the reports copy another's narrative (copies.jsonl)")
    corpus.add_argument("--years", action="store_true",
                        help="two years of --n agencies' reports in OUT/2023 and OUT/2024 (years.jsonl)")
    args = parser.parse_args(argv)
    options = {k: v for k, v in (("level", args.level), ("template", args.template),
                                 ("rendering", args.rendering)) if v}
    started = time.perf_counter()
    if args.years:
        from .years import write_years

        write_years(args.out, args.n, seed=args.seed)
    elif args.copies is not None:
        from .copies import write_copy_corpus

        write_copy_corpus(args.out, args.n, share=args.copies, seed=args.seed, **options)
    else:
        write_corpus(args.out, args.n, seed=args.seed, truth=not args.no_truth, **options)
    print(f"wrote {args.n} reports to {args.out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
