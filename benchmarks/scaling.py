"""Scaling with 1 and 2 workers, and a projection for 100k reports on 2 cores.

    python benchmarks/scaling.py --n 400
    python benchmarks/scaling.py --n 100000 --workers 2    # the target itself, measured

Runs ``textmine.batch`` over the same ``n`` generated reports with 1 worker, then 2 (fresh
output directories; the pool's warm-up is paid in each and reported apart), prints
reports/s, the speed-up, and 100,000 / (2-worker rate) + the export time scaled to 100k
(target < 10 min).
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from batch_common import corpus

import textmine


def run(src: Path, workers: int) -> tuple[float, float, float]:
    """(seconds to the first result, seconds for all results, seconds of the export)."""
    out = Path(tempfile.mkdtemp(prefix="textmine-scale-")) / "out"
    first = []
    started = time.perf_counter()
    marks = {}

    def on_result(_r):
        if not first:
            first.append(time.perf_counter() - started)
        marks["last"] = time.perf_counter()

    textmine.batch(src, out=out, workers=workers, progress=False, on_result=on_result)
    total = time.perf_counter() - started
    shutil.rmtree(out.parent, ignore_errors=True)
    return first[0], marks["last"] - started, total - (marks["last"] - started)


def _spin(_):
    total = 0
    for i in range(4_000_000):
        total += i
    return total


def machine_parallelism() -> float:
    """How much faster two processes finish two equal CPU loops than one does them in turn:
    ~2 on two free cores, ~1 when the machine gives us one core's worth (shared or capped)."""
    import multiprocessing as mp

    started = time.perf_counter()
    _spin(0), _spin(1)
    serial = time.perf_counter() - started
    with mp.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, [0])  # start-up of the pool is not measured
        started = time.perf_counter()
        pool.map(_spin, [0, 1], chunksize=1)
        parallel = time.perf_counter() - started
    return serial / parallel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts to run (2 must be one)")
    args = parser.parse_args()
    counts = sorted({int(w) for w in args.workers.split(",")})
    if 2 not in counts:
        parser.error("--workers must include 2 (the projection is for 2 cores)")
    src = corpus(args.n)
    rates = {}
    for workers in counts:
        warm, body, export = run(src, workers)
        rate = (args.n - 1) / (body - warm)  # results after the first, so the warm-up is apart
        rates[workers] = (rate, export)
        print(f"{workers} worker{'s' if workers > 1 else ' '}: {rate:7.1f} reports/s  "
              f"(warm-up to first result {warm:.1f} s, export {export:.2f} s; all {args.n} reports, "
              f"start to exported files: {(body + export) / 60:.1f} min)")
    rate2, export2 = rates[2]
    if 1 in rates:
        print(f"speed-up 2 vs 1 workers: {rate2 / rates[1][0]:.2f}x  "
              f"(this machine runs 2 CPU-bound processes {machine_parallelism():.2f}x faster than 1 right now)")
    projected = 100_000 / rate2 + export2 * 100_000 / args.n
    print(f"projection, 100k generated reports on 2 workers: {projected / 60:.1f} min (target < 10 min)")


if __name__ == "__main__":
    main()
