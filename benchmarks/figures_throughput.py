"""Figure extraction throughput against a bare ``jieba.lcut`` pass over the same text.

    python benchmarks/figures_throughput.py [--rounds N]

Texts: the seed report and the three real PDFs (when ../shared is present) plus every
paragraph of the gold corpus (corpora/figures/*.jsonl), each read like a report. Both sides
run in this process on the same texts, after warm-up (jieba's dictionary is loaded and the
regular expressions compiled before timing). For each side the best of ``--rounds`` rounds
is kept (the least disturbed by other processes on a shared machine).

Printed ratios (target: extraction <= 1x the jieba pass):

* ``extract_figures / jieba.lcut`` — the figure stage alone, as the pipeline runs it (the
  section map is computed once, outside the timing, as the pipeline does before this stage);
* ``split_sections + extract_figures / jieba.lcut`` — including the section split it needs.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from textmine.figures import extract_figures  # noqa: E402
from textmine.figures.evaluation import default_gold_paths, load_gold  # noqa: E402
from textmine.readers import load, read_text  # noqa: E402
from textmine.sections import split_sections  # noqa: E402
from textmine.segment import tokenizer  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"


def documents():
    docs = []
    for path in [SHARED / "seed" / "000_ba23aeb53301a26a.txt", *sorted((SHARED / "real").glob("*.pdf"))]:
        if path.exists():
            docs.append(load(path))
    for gold in load_gold(default_gold_paths()):
        if gold.text is not None:
            docs.append(read_text(gold.text, source=gold.id))
    return docs


def best_of(rounds: int, run) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    docs = documents()
    sections = [split_sections(d) for d in docs]
    jieba = tokenizer()
    chars = sum(len(d.text) for d in docs)

    def run_jieba():
        for d in docs:
            jieba.lcut(d.text)

    def run_stage():
        for d, s in zip(docs, sections):
            extract_figures(d, s)

    def run_with_sections():
        for d in docs:
            extract_figures(d, split_sections(d))

    run_jieba(), run_stage(), run_with_sections()  # warm-up
    t_jieba = best_of(args.rounds, run_jieba)
    t_stage = best_of(args.rounds, run_stage)
    t_full = best_of(args.rounds, run_with_sections)
    figures = sum(len(extract_figures(d, s)) for d, s in zip(docs, sections))
    print(f"texts: {len(docs)} documents, {chars} characters, {figures} figures; best of {args.rounds} rounds")
    print(f"jieba.lcut                       {t_jieba * 1000:8.1f} ms  {chars / t_jieba / 1000:8.0f} kchar/s")
    print(f"extract_figures                  {t_stage * 1000:8.1f} ms  {chars / t_stage / 1000:8.0f} kchar/s")
    print(f"split_sections + extract_figures {t_full * 1000:8.1f} ms  {chars / t_full / 1000:8.0f} kchar/s")
    print(f"ratio extract_figures / jieba.lcut:                  {t_stage / t_jieba:.2f}x (target <= 1x)")
    print(f"ratio split_sections + extract_figures / jieba.lcut: {t_full / t_jieba:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
