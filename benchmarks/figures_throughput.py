"""Figure extraction throughput against a bare ``jieba.lcut`` pass over the same text.

    python benchmarks/figures_throughput.py [--rounds N]

Two sets of texts, each read like a report (``textmine.load`` / ``read_text``):

* ``real reports``: the seed report and the three real PDFs (needs ../shared) — what the
  stage meets in use, about one figure per 250 characters;
* ``gold paragraphs``: every paragraph of corpora/figures/*.jsonl as its own document — a
  worst case, about one figure per 40 characters (the extractor's work grows with the number
  of figures, jieba's with the characters).

Both sides run in this process on the same texts after warm-up (jieba's dictionary loaded,
regular expressions compiled), the stage's per-line cache emptied before each of its rounds.
Rounds alternate between the two sides and the best round of each is kept, so load from
other processes on a shared machine hits both alike.

Printed per set (target: extraction <= 1x the jieba pass):

* ``extract_figures / jieba.lcut`` — the figure stage as the pipeline runs it (the section
  map is computed before the stage, as the pipeline does);
* ``split_sections + extract_figures / jieba.lcut`` — including the section split.
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
from textmine.figures.narrative import _is_table_line  # noqa: E402
from textmine.readers import load, read_text  # noqa: E402
from textmine.sections import split_sections  # noqa: E402
from textmine.segment import tokenizer  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"


def documents() -> dict[str, list]:
    real = []
    for path in [SHARED / "seed" / "000_ba23aeb53301a26a.txt", *sorted((SHARED / "real").glob("*.pdf"))]:
        if path.exists():
            real.append(load(path))
    paragraphs = [read_text(gold.text, source=gold.id) for gold in load_gold(default_gold_paths())
                  if gold.text is not None]
    return {"real reports": real, "gold paragraphs": paragraphs}


def best_interleaved(rounds: int, *runs) -> list[float]:
    """Best time of each run over ``rounds`` rounds that alternate between the runs."""
    best = [float("inf")] * len(runs)
    for _ in range(rounds):
        for i, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def measure(name: str, docs: list, rounds: int) -> None:
    if not docs:
        print(f"{name}: not available")
        return
    sections = [split_sections(d) for d in docs]
    jieba = tokenizer()
    chars = sum(len(d.text) for d in docs)

    def run_jieba():
        for d in docs:
            jieba.lcut(d.text)

    # the stage caches a verdict per line (lines repeat across reports); a round over the
    # same documents again would find all of theirs, as no new report does: forgotten first
    def run_stage():
        _is_table_line.cache_clear()
        for d, s in zip(docs, sections):
            extract_figures(d, s)

    def run_with_sections():
        _is_table_line.cache_clear()
        for d in docs:
            extract_figures(d, split_sections(d))

    run_jieba(), run_stage(), run_with_sections()  # warm-up
    t_jieba, t_stage, t_full = best_interleaved(rounds, run_jieba, run_stage, run_with_sections)
    figures = sum(len(extract_figures(d, s)) for d, s in zip(docs, sections))
    print(f"{name}: {len(docs)} documents, {chars} characters, {figures} figures; best of {rounds} rounds")
    print(f"  jieba.lcut                       {t_jieba * 1000:8.1f} ms  {chars / t_jieba / 1000:8.0f} kchar/s")
    print(f"  extract_figures                  {t_stage * 1000:8.1f} ms  {chars / t_stage / 1000:8.0f} kchar/s")
    print(f"  split_sections + extract_figures {t_full * 1000:8.1f} ms  {chars / t_full / 1000:8.0f} kchar/s")
    print(f"  ratio extract_figures / jieba.lcut:                  {t_stage / t_jieba:.2f}x (target <= 1x)")
    print(f"  ratio split_sections + extract_figures / jieba.lcut: {t_full / t_jieba:.2f}x")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    for name, docs in documents().items():
        measure(name, docs, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
