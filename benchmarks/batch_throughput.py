"""Throughput of the full audit against a bare jieba pass over the same texts, same process.

    python benchmarks/batch_throughput.py --n 300

Prints reports/s and MB/s of both and the ratio (target: full audit <= 2x the jieba pass).
Both run single-threaded after a warm-up; the jieba pass is ``jieba.lcut`` over each report's
normalised text (what the audit itself reads), so reading and decoding are not in it.

Every report is audited once, as in a real batch: the audit keeps small caches (a cell's
reading, a unit's words, a line's verdict) that a second pass over the same reports would
hit far more often than new reports do, so each timed pass takes ``n`` reports no earlier
pass (nor the warm-up, on reports of its own) has seen.

Within a pass the two take turns, ``--block`` reports at a time (audit 25 reports, jieba
their 25 texts, ...): the machines this runs on change speed by 10-50 % within minutes, and
turns of a second or so make both sides run at the same speeds. Each turn of jieba is still
a run of 25 texts, so its dictionary stays as warm as in one long pass (turns of a single
report would not: jieba would then start each text with the audit's data in the caches).
"""
from __future__ import annotations

import argparse
import time

from batch_common import corpus, files

import textmine
from textmine.segment import tokenizer

#: reports audited before timing starts (models, lexicons, dictionaries, the caches of what
#: every report shares), never timed
WARM_UP = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300, help="reports per timed pass")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes, each over reports of its own")
    parser.add_argument("--block", type=int, default=25,
                        help="reports audited, then the same texts cut by jieba, in turns (0: a whole pass each)")
    args = parser.parse_args()
    paths = files(corpus(args.n * args.repeat + WARM_UP))
    jieba = tokenizer()
    for p in paths[-WARM_UP:]:
        try:
            jieba.lcut(textmine.audit(p).document.text)
        except textmine.TextmineError:
            pass

    totals = {"audit": 0.0, "jieba": 0.0, "bytes": 0, "chars": 0, "reports": 0, "texts": 0, "failed": 0}
    for k in range(args.repeat):
        batch = paths[k * args.n:(k + 1) * args.n]
        texts, failed = [], 0
        audit = jieba_seconds = 0.0
        step = args.block or len(batch)
        for first in range(0, len(batch), step):
            block_texts = []
            t = time.perf_counter()
            for p in batch[first:first + step]:
                try:
                    block_texts.append(textmine.audit(p).document.text)
                except textmine.TextmineError:
                    failed += 1
            audit += time.perf_counter() - t
            t = time.perf_counter()
            for text in block_texts:
                jieba.lcut(text)
            jieba_seconds += time.perf_counter() - t
            texts.extend(block_texts)
        print(f"pass {k + 1}: audit {audit / len(batch) * 1000:.2f} ms/report, jieba "
              f"{jieba_seconds / max(1, len(texts)) * 1000:.2f} ms/report, ratio {audit / jieba_seconds:.2f}x")
        totals["audit"] += audit
        totals["jieba"] += jieba_seconds
        totals["bytes"] += sum(p.stat().st_size for p in batch)
        totals["chars"] += sum(len(text) for text in texts)
        totals["reports"] += len(batch)
        totals["texts"] += len(texts)
        totals["failed"] += failed
    a, j, size = totals["audit"], totals["jieba"], totals["bytes"]
    print(f"corpus: {totals['reports']} generated reports in {args.repeat} passes, {size / 1e6:.2f} MB on disk, "
          f"{totals['chars'] / 1e6:.2f} M chars; {totals['failed']} failed")
    print(f"full audit : {totals['reports'] / a:8.1f} reports/s  {size / a / 1e6:6.2f} MB/s  ({a:.2f} s)")
    print(f"jieba.lcut : {totals['texts'] / j:8.1f} reports/s  {size / j / 1e6:6.2f} MB/s  ({j:.2f} s)")
    print(f"ratio audit/jieba: {a / j:.2f}x  (target <= 2x)")


if __name__ == "__main__":
    main()
