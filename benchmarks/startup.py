"""Startup: import textmine and audit a first report, in a fresh interpreter each time.

    python benchmarks/startup.py --n 5

Prints the median wall time of ``import textmine; textmine.audit(report)`` in a new process
(target < 1 s), beside a bare ``python -c pass`` and ``import textmine`` alone, so the
interpreter's own start is visible. When PYTHONDONTWRITEBYTECODE is set (these build
machines set it, so every module is compiled from source at every start), the same is timed
again as Python runs by default, with compiled bytecode kept (in a temporary directory).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from batch_common import ROOT, corpus, files


def timed(codes: dict[str, str], runs: int, env: dict | None = None) -> dict[str, float]:
    """Median wall time of each snippet in a fresh interpreter. The snippets take turns
    within each round, so a machine whose speed drifts over minutes slows them alike."""
    samples: dict[str, list[float]] = {name: [] for name in codes}
    for round_ in range(runs + 1):  # the first round warms the OS file cache and is dropped
        for name, code in codes.items():
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)
            if round_:
                samples[name].append(time.perf_counter() - t)
    return {name: statistics.median(values) for name, values in samples.items()}


def report(label: str, times: dict[str, float]) -> None:
    print(label)
    print(f"  python -c pass                 : {times['bare']:6.3f} s")
    print(f"  import textmine                : {times['import']:6.3f} s")
    print(f"  import + first report (audit)  : {times['first']:6.3f} s   (target < 1 s)")
    print(f"    of which textmine            : {times['first'] - times['bare']:6.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5, help="runs of each (median printed)")
    args = parser.parse_args()
    report_path = next(p for p in files(corpus(20)) if p.suffix == ".txt")
    codes = {"bare": "pass", "import": "import textmine",
             "first": f"import textmine; textmine.audit({str(report_path)!r})"}
    report("as this environment runs Python:", timed(codes, args.n))
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        # this environment compiles every module from source at each start (~0.2 s);
        # Python's default keeps compiled bytecode, as a user's machine does
        with tempfile.TemporaryDirectory(prefix="textmine-pyc-") as cache:
            env = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
            env.pop("PYTHONDONTWRITEBYTECODE")
            report("with compiled bytecode kept (Python's default; PYTHONDONTWRITEBYTECODE is set here):",
                   timed(codes, args.n, env))


if __name__ == "__main__":
    main()
