"""Table parser benchmark: cells correct / cells total over the whole rendering suite, and
parsing speed as a ratio against reading + section splitting in the same process.

    python benchmarks/table_accuracy.py [--repeat 5] [-v]

Accuracy: every case of ``corpora/tables`` (generated renderings of five value sets, plus
the three real PDFs when ``../shared`` is present), scored as ``textmine eval tables`` does.
Target 100%: a cell the rendering lost must come back as ``unknown``, not as a guess.

Speed: the same documents, already read, parsed ``--repeat`` times; the baseline is
``load`` + ``split_sections`` of the same documents (also already in memory), timed in this
process, so the ratio does not depend on the machine.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from textmine.readers import read_text  # noqa: E402
from textmine.sections import split_sections  # noqa: E402
from textmine.tables import parse_tables  # noqa: E402
from textmine.tables.evaluation import default_suite, load_case, report, run_suite  # noqa: E402

TARGET = 1.0


def speed(repeat: int) -> tuple[float, float, int]:
    paths = sorted((default_suite() / "cases").iterdir())
    docs = [load_case(p) for p in paths]
    texts = [d.text for d in docs]
    sections = [split_sections(d) for d in docs]
    t0 = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            split_sections(read_text(text))
    baseline = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(repeat):
        for doc, sec in zip(docs, sections):
            parse_tables(doc, sec)
    parsing = time.perf_counter() - t0
    return baseline, parsing, repeat * len(docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    score = run_suite()
    print(report(score, args.verbose))
    baseline, parsing, n = speed(args.repeat)
    print(f"speed: parse_tables {1000 * parsing / n:.2f} ms/report; "
          f"{parsing / baseline:.2f}x the time of read + split_sections ({n} reports)")
    ratio = score.correct / score.total if score.total else 0.0
    print(f"accuracy {ratio:.4f} (target {TARGET:.2f})")
    return 0 if ratio >= TARGET and score.labels_correct == score.labels_total else 1


if __name__ == "__main__":
    raise SystemExit(main())
