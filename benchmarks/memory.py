"""Peak memory of a batch: is it flat however many files?

    python benchmarks/memory.py --n 1000          # then --n 10000 once, not repeatedly

Runs ``textmine.batch`` (default process pool, 2 workers, SQLite + Parquet) over ``n``
generated reports while a thread samples the resident memory of the main process and of each
worker. Prints RSS at each quarter of the run and the peaks: flat means the last quarter is
no higher than the first.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil
from batch_common import corpus

import textmine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    src = corpus(args.n)
    out = Path(tempfile.mkdtemp(prefix="textmine-mem-")) / "out"
    me = psutil.Process()
    samples: list[tuple[float, int, int, int]] = []  # (done fraction, main, workers total, max worker)
    done = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            try:
                kids = [c.memory_info().rss for c in me.children(recursive=True)]
            except psutil.Error:
                kids = []
            samples.append((done[0] / args.n, me.memory_info().rss, sum(kids), max(kids, default=0)))
            time.sleep(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    started = time.perf_counter()
    result = textmine.batch(src, out=out, workers=args.workers, progress=False,
                            on_result=lambda _r: done.__setitem__(0, done[0] + 1))
    stop.set()
    thread.join()
    seconds = time.perf_counter() - started
    mb = 1024 * 1024
    print(f"{args.n} reports, {args.workers} workers: {result.ok} ok, {result.failed} failed, {seconds:.1f} s "
          f"({result.audited / seconds:.1f} reports/s)")
    print("progress   main RSS   workers RSS (sum / largest)")
    for quarter in (0.25, 0.5, 0.75, 1.0):
        window = [s for s in samples if quarter - 0.25 < s[0] <= quarter] or samples[-1:]
        main = max(s[1] for s in window) / mb
        total = max(s[2] for s in window) / mb
        largest = max(s[3] for s in window) / mb
        print(f"  <= {quarter:4.0%}  {main:8.0f} MB   {total:8.0f} MB / {largest:6.0f} MB")
    print(f"peak: main {max(s[1] for s in samples) / mb:.0f} MB, main + workers "
          f"{max(s[1] + s[2] for s in samples) / mb:.0f} MB")
    sqlite = out / "results.sqlite"
    print(f"outputs: sqlite {sqlite.stat().st_size / mb:.1f} MB, parquet "
          f"{sum(p.stat().st_size for p in (out / 'parquet').iterdir()) / mb:.1f} MB")
    shutil.rmtree(out.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
