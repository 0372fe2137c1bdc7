"""``python -m corpora.generator --n 1000 --out DIR [--seed 0] [--level L] [--template T]
[--rendering R] [--no-truth]`` - write generated reports and truth.jsonl into DIR."""
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
    args = parser.parse_args(argv)
    options = {k: v for k, v in (("level", args.level), ("template", args.template),
                                 ("rendering", args.rendering)) if v}
    started = time.perf_counter()
    write_corpus(args.out, args.n, seed=args.seed, truth=not args.no_truth, **options)
    print(f"wrote {args.n} reports to {args.out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
