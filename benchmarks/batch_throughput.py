"""Throughput of the full audit against a bare jieba pass over the same texts, same process.

    python benchmarks/batch_throughput.py --n 300

Prints reports/s and MB/s of both and the ratio (target: full audit <= 2x the jieba pass).
Both run single-threaded after a warm-up; the jieba pass is ``jieba.lcut`` over each report's
normalised text (what the audit itself reads), so reading and decoding are not in it.
"""
from __future__ import annotations

import argparse
import statistics
import time

from batch_common import corpus, files

import textmine
from textmine.segment import tokenizer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes of each (median is printed)")
    args = parser.parse_args()
    paths = files(corpus(args.n))
    size = sum(p.stat().st_size for p in paths)
    texts = []
    for p in paths:
        try:
            texts.append(textmine.load(p).text)
        except textmine.TextmineError:
            pass
    chars = sum(len(t) for t in texts)
    jieba = tokenizer()
    textmine.audit(paths[0])  # warm-up: models, lexicons, dictionaries
    jieba.lcut(texts[0])

    def audit_all() -> int:
        failed = 0
        for p in paths:
            try:
                textmine.audit(p)
            except textmine.TextmineError:
                failed += 1
        return failed

    audit_times, jieba_times = [], []
    failed = 0
    for _ in range(args.repeat):  # interleaved, so drift of a shared machine hits both
        t = time.perf_counter()
        failed = audit_all()
        audit_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        for text in texts:
            jieba.lcut(text)
        jieba_times.append(time.perf_counter() - t)
    a, j = statistics.median(audit_times), statistics.median(jieba_times)
    print(f"corpus: {len(paths)} generated reports, {size / 1e6:.2f} MB on disk, {chars / 1e6:.2f} M chars; "
          f"{failed} failed")
    print(f"full audit : {len(paths) / a:8.1f} reports/s  {size / a / 1e6:6.2f} MB/s  ({a:.2f} s)")
    print(f"jieba.lcut : {len(texts) / j:8.1f} reports/s  {size / j / 1e6:6.2f} MB/s  ({j:.2f} s)")
    print(f"ratio audit/jieba: {a / j:.2f}x  (target <= 2x)")


if __name__ == "__main__":
    main()
