"""How fast the review's corpus view opens on a batch store of 10k reports.

    python benchmarks/review_corpus_view.py [--n 10000] [--base 300] [--batch] [--repeat 7]

The store: by default ``--base`` generated reports (a few with a wrong number planted) are
audited as a batch audits them (``textmine.batch.worker.audit_file``), and their rows are
written again under new files, agencies and years (new report ids, every row of every table)
through the batch store's own writer until the store holds ``--n`` reports: a store of the
real layout and size, made in minutes instead of a 10k-report batch. ``--batch`` audits ``--n``
generated reports with ``textmine batch`` instead (slower; the same kind of store). Then a
third of the FAIL/UNCERTAIN findings get decisions, as in a review under way.

Timed in this process, over the same store, each the median of ``--repeat`` runs:

* the corpus view's response as a browser gets it (the ASGI app answering ``GET /``: the query,
  the first page of 50 rows, the filter menus, the three plots, the HTML), also with a rule
  filter, a status filter, sorting by review progress, and a later page;
* a plain ``SELECT count(*) FROM reports`` (and over ``findings``) on the same store;

printed with their ratio. Target: the corpus view opens in under 1 s for 10k reports. Also
printed: the first open after a batch (indexing every report for the review), once.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from batch_common import ROOT, corpus, files  # noqa: F401 - puts the project on sys.path

from textmine.batch.store import SQLITE_NAME, SQLiteStore
from textmine.batch.worker import audit_file
from textmine.render.frames import column_names

PLACES = ("东湖", "西山", "南岭", "北塘", "青溪", "白石", "金川", "云台", "临江", "长宁")


def _planted(directory: Path, n: int) -> None:
    from corpora.injection import injected_corpus

    for case in injected_corpus(n, seed=500):
        (directory / f"planted_{case.name}").write_text(case.text, encoding="utf-8")


def replicated_store(out: Path, n: int, base: int) -> Path:
    source_dir = corpus(base, seed=7)
    planted = Path(tempfile.mkdtemp(prefix="review-bench-planted-"))
    _planted(planted, max(1, base // 10))
    results = [audit_file(str(p)) for p in [*files(source_dir), *files(planted)]]
    results = [r for r in results if r["status"] == "ok"]
    out.mkdir(parents=True, exist_ok=True)
    store = SQLiteStore(out / SQLITE_NAME)
    agency_col = column_names("reports").index("agency")
    year_col = column_names("reports").index("year")
    chunk, made, copy = [], 0, 0
    while made < n:
        for result in results:
            if made >= n:
                break
            source = f"/bench/{PLACES[copy % len(PLACES)]}{copy // len(PLACES)}/{Path(result['source']).name}"
            rid = hashlib.sha256(source.encode()).hexdigest()[:16]
            rows = {}
            for table, table_rows in result["rows"].items():
                renamed = []
                for row in table_rows:
                    row = list(row)
                    row[0], row[1] = rid, source
                    if table == "reports":
                        row[agency_col] = f"{PLACES[copy % len(PLACES)]}{copy // len(PLACES)}{row[agency_col] or ''}"
                        row[year_col] = 2019 + (copy + made) % 6
                    renamed.append(tuple(row))
                rows[table] = renamed
            chunk.append({**result, "source": source, "report_id": rid, "rows": rows})
            made += 1
            if len(chunk) == 500:
                store.commit_chunk(chunk, store.next_chunk(), {})
                chunk = []
        copy += 1
    if chunk:
        store.commit_chunk(chunk, store.next_chunk(), {})
    store.close()
    shutil.rmtree(planted, ignore_errors=True)
    return out


def batch_store(out: Path, n: int) -> Path:
    from concurrent.futures import ProcessPoolExecutor

    import textmine

    with ProcessPoolExecutor(2) as pool:
        textmine.batch([str(corpus(n, seed=7))], executor=pool, out=str(out), parquet=False, progress=True)
    return out


def decide_a_third(path: Path) -> int:
    from textmine.review import decisions
    from textmine.review.records import snapshot
    from textmine.review.store import connect

    conn = connect(path / SQLITE_NAME)
    rng = random.Random(20)
    prints = [r[0] for r in conn.execute(
        "SELECT DISTINCT fingerprint FROM review_findings WHERE status IN ('FAIL', 'UNCERTAIN') ORDER BY 1")]
    chosen = rng.sample(prints, len(prints) // 3)
    for fp in chosen:
        decisions.decide(conn, fp, reviewer=rng.choice(("张三", "李四")), base=0,
                         state=rng.choice(("confirmed", "confirmed", "dismissed")),
                         snapshot=lambda fp=fp: snapshot(conn, fp, with_text=False))
    conn.close()
    return len(chosen)


def median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10000, help="reports in the store (default 10000)")
    parser.add_argument("--base", type=int, default=300, help="distinct generated reports replicated (default 300)")
    parser.add_argument("--batch", action="store_true", help="audit --n generated reports with textmine batch instead")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", metavar="DIR", help="build the store in DIR and keep it (reused when it exists)")
    args = parser.parse_args(argv)

    from starlette.testclient import TestClient

    from textmine.review.server import create_app

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="review-bench-"))
    started = time.perf_counter()
    if not (work / SQLITE_NAME).exists():
        (batch_store if args.batch else lambda out, n: replicated_store(out, n, args.base))(work, args.n)
        how = "textmine batch" if args.batch else f"{args.base} audited reports written again"
        print(f"store: {args.n} reports ({how}) in {time.perf_counter() - started:.1f} s: {work}")
    else:
        print(f"store: reused {work}")
    size_mb = (work / SQLITE_NAME).stat().st_size / 2 ** 20

    started = time.perf_counter()
    app = create_app(work)  # opens the store and indexes every report for the review
    first_open = time.perf_counter() - started
    review = app.state.review
    if not review.conn().execute("SELECT COUNT(*) FROM review_decisions").fetchone()[0]:
        print(f"decisions planted: {decide_a_third(work)}")
    conn = sqlite3.connect(str(work / SQLITE_NAME))
    n_reports = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    n_findings = conn.execute("SELECT count(*) FROM findings").fetchone()[0]
    print(f"{n_reports} reports, {n_findings} findings, {size_mb:.0f} MB; first open (indexing for the review): "
          f"{first_open:.2f} s")

    views = {
        "corpus view (GET /)": "/",
        "  filtered by rule": "/?rule=applications.identity",
        "  filtered by status": "/?status=FAIL:error",
        "  sorted by progress": "/?sort=progress&dir=asc",
        "  page 20": "/?page=20",
    }
    with TestClient(app, base_url="http://127.0.0.1:8765") as client:
        assert client.get("/").status_code == 200  # warm: templates compiled, pages cached by SQLite
        timed = {name: median_seconds(lambda url=url: client.get(url).raise_for_status(), args.repeat)
                 for name, url in views.items()}
    count_reports = median_seconds(lambda: conn.execute("SELECT count(*) FROM reports").fetchone(), args.repeat)
    count_findings = median_seconds(lambda: conn.execute("SELECT count(*) FROM findings").fetchone(), args.repeat)
    print(f"SELECT count(*) FROM reports:  {count_reports * 1000:8.2f} ms")
    print(f"SELECT count(*) FROM findings: {count_findings * 1000:8.2f} ms")
    for name, seconds in timed.items():
        print(f"{name:28s} {seconds * 1000:8.1f} ms  = {seconds / count_reports:7.0f}x count(reports), "
              f"{seconds / count_findings:6.1f}x count(findings)")
    worst = max(timed.values())
    print(f"target: corpus view under 1 s for {n_reports} reports: {'met' if worst < 1 else 'NOT met'} "
          f"(slowest {worst * 1000:.0f} ms)")
    review.close()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
