"""Startup: import textmine and audit a first report, in a fresh interpreter each time.

    python benchmarks/startup.py --n 5

Prints the median wall time of ``import textmine; textmine.audit(report)`` in a new process
(target < 1 s), beside a bare ``python -c pass`` and ``import textmine`` alone, so the
interpreter's own start is visible.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from batch_common import ROOT, corpus, files


def timed(code: str, runs: int) -> float:
    samples = []
    for _ in range(runs + 1):  # the first run warms the OS file cache and is dropped
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5, help="runs of each (median printed)")
    args = parser.parse_args()
    report = next(p for p in files(corpus(20)) if p.suffix == ".txt")
    bare = timed("pass", args.n)
    imported = timed("import textmine", args.n)
    first = timed(f"import textmine; textmine.audit({str(report)!r})", args.n)
    print(f"python -c pass                 : {bare:6.3f} s")
    print(f"import textmine                : {imported:6.3f} s")
    print(f"import + first report (audit)  : {first:6.3f} s   (target < 1 s)")
    print(f"  of which textmine            : {first - bare:6.3f} s")


if __name__ == "__main__":
    main()
