"""textmine batch: error rows for bad files, SQLite and Parquet contents, output-dir rules,
inputs, a worker that dies, in-memory results with any executor."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import textmine
from corpora.generator import generate_report
from textmine.batch import IsolatedPool, OutputInUse, WorkerCrashed, expand_inputs, run_batch
from textmine.batch.store import StoreVersionMismatch
from textmine.batch.worker import audit_file
from textmine.readers import Limits
from textmine.render.frames import TABLES, column_names

ROOT = Path(__file__).resolve().parent.parent


def _has_reader(fmt: str) -> bool:
    try:
        __import__(f"textmine.readers.{fmt}")
        return True
    except ModuleNotFoundError:
        return False


def _zip_bomb(path: Path, inflated: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", b"<w:document>" + b" " * inflated + b"</w:document>")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Generated reports in three text renderings, the real seed, and one file per failure."""
    root = tmp_path_factory.mktemp("corpus")
    for seed in range(8):
        generate_report(seed, rendering=("tsv", "pipe", "cells")[seed % 3], template="2021").write(root / "gen")
    seed = ROOT.parent / "shared" / "corpora" / "seed" / "000_ba23aeb53301a26a.txt"
    if seed.exists():
        shutil.copy(seed, root / "seed.txt")
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "latin.txt").write_bytes(bytes(range(0x80, 0x100)) * 40)
    (bad / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 200)
    (bad / "recipe.txt").write_text("番茄炒蛋：鸡蛋两个，番茄一个，盐少许。\n先炒蛋，再炒番茄。\n", encoding="utf-8")
    (bad / "huge.txt").write_bytes(generate_report(1, rendering="tsv").data * 30)
    (bad / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")
    _zip_bomb(bad / "bomb.docx", 3 * 1024 * 1024)
    (root / "notes.md").write_text("not picked up from a directory walk", encoding="utf-8")
    return root


LIMITS = Limits(max_bytes=60_000, max_unpacked_bytes=1024 * 1024)


@pytest.fixture(scope="module")
def batch_out(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "results"
    result = run_batch(corpus, out=out, workers=2, limits=LIMITS, csv=True, chunk_size=3)
    return out, result


def test_every_file_has_one_report_row_and_failures_are_rows(corpus, batch_out):
    out, result = batch_out
    files = expand_inputs(corpus)
    assert result.total == len(files) == result.ok + result.failed
    reports = result.table("reports").set_index("source")
    assert sorted(reports.index) == files and reports["report_id"].is_unique
    errors = reports[reports["status"] == "error"]
    by_name = {Path(s).name: row for s, row in errors.iterrows()}
    assert by_name["empty.txt"]["error"] == "empty"
    assert by_name["latin.txt"]["error"] == "encoding"
    assert by_name["old.doc"]["error"] == "unsupported_format" and ".docx" in by_name["old.doc"]["problem"]
    assert by_name["recipe.txt"]["error"] == "not_a_report"
    assert by_name["huge.txt"]["error"] == "too_large" and "60000" in by_name["huge.txt"]["problem"]
    assert by_name["broken.pdf"]["status"] == "error" and by_name["broken.pdf"]["problem"]
    if _has_reader("pdf"):
        assert by_name["broken.pdf"]["error"] == "corrupt"
    if _has_reader("docx"):
        assert by_name["bomb.docx"]["error"] in ("too_large", "corrupt")
    else:
        assert by_name["bomb.docx"]["status"] == "error"
    assert "notes.md" not in " ".join(reports.index)
    ok = reports[reports["status"] == "ok"]
    assert len(ok) == len(files) - 7
    assert (ok["n_sections"] == 6).all() and ok["agency"].notna().all()
    assert (ok["sha256"].str.len() == 64).all() and (ok["size_bytes"] > 0).all()


def test_sqlite_parquet_and_csv_hold_the_same_rows(batch_out):
    out, result = batch_out
    conn = sqlite3.connect(out / "results.sqlite")
    try:
        for table in TABLES:
            parquet = pd.read_parquet(out / "parquet" / f"{table}.parquet")
            csv = pd.read_csv(out / "csv" / f"{table}.csv")
            assert list(parquet.columns) == list(column_names(table)) == list(csv.columns)
            (n,) = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()
            assert len(parquet) == len(csv) == n
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "ix_reports_source" in indexes
        # a report's rows are found by its key, in export order, without a sort
        for table in ("sections", "cells", "figures", "findings", "sentences"):
            plan = " ".join(r[-1] for r in conn.execute(
                f'EXPLAIN QUERY PLAN SELECT * FROM "{table}" WHERE report_seq = ? ORDER BY ord', (1,)))
            assert "USING PRIMARY KEY (report_seq=?)" in plan and ("TEMP B-TREE" not in plan or table == "cells")
        # reports are numbered in the order they were written, children carry the number
        seqs = [r[0] for r in conn.execute("SELECT report_seq FROM reports ORDER BY report_seq")]
        assert seqs == list(range(1, len(seqs) + 1))
        orphans = conn.execute("SELECT COUNT(*) FROM cells c LEFT JOIN reports r USING (report_seq, report_id) "
                               "WHERE r.report_seq IS NULL").fetchone()[0]
        assert orphans == 0
        sections = conn.execute('SELECT r.source, s.key FROM sections s JOIN reports r USING (report_id) '
                                'ORDER BY r.source, s.ord').fetchall()
        ledger = dict(conn.execute("SELECT source, status FROM files"))
    finally:
        conn.close()
    exported = pd.read_parquet(out / "parquet" / "sections.parquet")
    assert sections == list(exported[["source", "key"]].itertuples(index=False, name=None))
    assert ledger == dict(result.table("reports")[["source", "status"]].itertuples(index=False, name=None))


def test_rows_match_a_single_audit(corpus, batch_out):
    out, result = batch_out
    path = sorted((corpus / "gen").iterdir())[0]
    data = textmine.audit(path).to_dict()
    sections = result.table("sections")
    mine = sections[sections["source"] == str(path)]
    assert list(mine["key"]) == [s["key"] for s in data["sections"]]
    assert list(mine["start"]) == [s["start"] for s in data["sections"]]
    figures = result.table("figures")
    assert (figures["source"] == str(path)).sum() == len(data["figures"])


def test_rerun_skips_everything_and_changes_nothing(corpus, batch_out):
    out, first = batch_out
    before = {t: pd.read_parquet(out / "parquet" / f"{t}.parquet") for t in TABLES}
    again = run_batch(corpus, out=out, workers=2, limits=LIMITS, csv=True)
    assert again.audited == 0 and again.skipped == first.total
    for t in TABLES:
        pd.testing.assert_frame_equal(before[t], pd.read_parquet(out / "parquet" / f"{t}.parquet"))


def test_output_directory_rules(corpus, tmp_path):
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(OutputInUse, match="thesis.docx"):
        run_batch(corpus / "gen", out=foreign)
    with pytest.raises(OutputInUse):
        run_batch(corpus / "gen", out=foreign, force=True)
    assert (foreign / "thesis.docx").read_bytes() == b"precious"

    out = tmp_path / "out"
    gen = sorted((corpus / "gen").iterdir())
    run_batch(gen[:2], out=out, executor=ThreadPoolExecutor(2))
    with pytest.raises(OutputInUse, match="--resume"):
        run_batch(gen[2:4], out=out, executor=ThreadPoolExecutor(2))
    added = run_batch(gen[2:4], out=out, executor=ThreadPoolExecutor(2), resume=True)
    assert added.audited == 2
    assert sorted(added.table("reports")["source"]) == [str(p) for p in gen[:4]]
    replaced = run_batch(gen[4:5], out=out, executor=ThreadPoolExecutor(2), force=True)
    assert list(replaced.table("reports")["source"]) == [str(gen[4])]


def test_changed_file_is_audited_again_and_its_old_rows_replaced(corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    a = generate_report(30, rendering="tsv", template="2021").write(src)
    generate_report(31, rendering="pipe", template="2021").write(src)
    out = tmp_path / "out"
    run_batch(src, out=out, executor=ThreadPoolExecutor(2))
    replacement = generate_report(32, rendering="tsv", template="2021")
    a.write_bytes(replacement.data)
    os.utime(a, ns=(1_000_000_000, 1_000_000_000))
    second = run_batch(src, out=out, executor=ThreadPoolExecutor(2))
    assert second.audited == 1 and second.skipped == 1
    reports = second.table("reports")
    assert len(reports) == 2 and reports["report_id"].is_unique
    assert reports.set_index("source").loc[str(a), "agency"] == replacement.truth["agency"]
    sections = second.table("sections")
    assert (sections["source"] == str(a)).sum() == 6  # not 12: the old rows are gone
    conn = sqlite3.connect(out / "results.sqlite")
    try:
        for table in ("sections", "cells", "figures", "findings", "sentences"):
            orphans = conn.execute(f'SELECT COUNT(*) FROM "{table}" t LEFT JOIN reports r USING (report_seq) '
                                   "WHERE r.report_seq IS NULL OR r.report_id != t.report_id").fetchone()[0]
            assert orphans == 0, table
        # the new report was numbered after the ones already there
        seqs = dict(conn.execute("SELECT source, report_seq FROM reports"))
        assert seqs[str(a)] == max(seqs.values()) and len(set(seqs.values())) == 2
    finally:
        conn.close()


def test_a_store_of_another_layout_is_refused_by_name(corpus, tmp_path):
    out = tmp_path / "out"
    gen = sorted((corpus / "gen").iterdir())
    run_batch(gen[:1], out=out, executor=ThreadPoolExecutor(1))
    conn = sqlite3.connect(out / "results.sqlite")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(StoreVersionMismatch, match=r"results\.sqlite.*--force"):
        run_batch(gen[:1], out=out, executor=ThreadPoolExecutor(1))  # resuming it
    again = run_batch(gen[:2], out=out, executor=ThreadPoolExecutor(1), force=True)
    assert again.audited == 2


def test_inputs_lists_globs_and_missing_files(corpus, tmp_path):
    gen = sorted(str(p) for p in (corpus / "gen").iterdir())
    listing = tmp_path / "files.txt"
    listing.write_text("# my reports\n" + "\n".join(gen[:3]) + "\n\n", encoding="utf-8")
    assert expand_inputs(listing) == gen[:3]
    assert expand_inputs(f"@{listing}") == gen[:3]
    assert expand_inputs(str(corpus / "gen" / "*_pipe.txt")) == [g for g in gen if g.endswith("_pipe.txt")]
    assert expand_inputs([gen[0], gen[0], str(corpus / "gen")]) == gen
    assert expand_inputs(str(corpus / "bad" / "nope.txt")) == [str(corpus / "bad" / "nope.txt")]
    with pytest.raises(textmine.TextmineError, match="matches no files"):
        expand_inputs(str(corpus / "*.nothing"))
    result = run_batch([gen[0], str(tmp_path / "gone.pdf")], executor=ThreadPoolExecutor(2))
    reports = result.table("reports").set_index("source")
    assert reports.loc[str(tmp_path / "gone.pdf"), "error"] == "not_found"
    assert reports.loc[gen[0], "status"] == "ok"


def test_output_inside_the_input_directory_is_not_read_back(corpus, tmp_path):
    src = tmp_path / "reports"
    shutil.copytree(corpus / "gen", src)
    result = run_batch(src, out=src / "results", executor=ThreadPoolExecutor(2), csv=True)
    again = run_batch(src, out=src / "results", executor=ThreadPoolExecutor(2), csv=True)
    assert result.total == again.total == 8 and again.audited == 0


def _crash_now(*_args):
    os._exit(7)


def test_isolated_pool_survives_a_dying_worker():
    with IsolatedPool(2) as pool:
        futures = [pool.submit(pow, 2, i) for i in range(5)]
        crash = pool.submit(_crash_now)
        futures += [pool.submit(pow, 3, i) for i in range(5)]
        with pytest.raises(WorkerCrashed, match="exit code 7"):
            crash.result(timeout=60)
        assert [f.result(timeout=60) for f in futures] == [2 ** i for i in range(5)] + [3 ** i for i in range(5)]


def test_tasks_queued_behind_a_crash_still_run():
    # one worker holds the crashing task and the next (PREFETCH): the crash fails only the
    # task that was running; the one waiting in the dead worker's pipe runs on its successor
    from textmine.batch.pool import PREFETCH

    assert PREFETCH >= 2
    with IsolatedPool(1) as pool:
        assert pool.submit(pow, 2, 10).result(timeout=60) == 1024  # (a crash before any task
        # finished would count as a worker that cannot start)
        crash = pool.submit(_crash_now)
        after = [pool.submit(pow, 2, i) for i in range(4)]
        with pytest.raises(WorkerCrashed):
            crash.result(timeout=60)
        assert [f.result(timeout=60) for f in after] == [1, 2, 4, 8]


def test_a_worker_is_replaced_after_max_tasks_per_child():
    with IsolatedPool(1, max_tasks_per_child=2) as pool:
        pids = [pool.submit(os.getpid).result(timeout=60) for _ in range(5)]
        queued = [pool.submit(os.getpid) for _ in range(6)]  # prefetched, yet never more than 2 a worker
        pids += [f.result(timeout=60) for f in queued]
    assert [len(set(pids[i:i + 2])) for i in range(0, 10, 2)] == [1] * 5
    assert len(set(pids)) == 6 and os.getpid() not in pids


def _die_at_start(_conn):
    os._exit(3)


def test_pool_stops_when_no_worker_can_start(corpus, tmp_path, monkeypatch):
    """Workers that die before finishing anything (e.g. __main__ read from standard input, which
    a new process cannot import) are the environment's fault: the batch stops with one clear
    error after a few tries, instead of recording every file as crashed."""
    import multiprocessing as mp
    from concurrent.futures import BrokenExecutor

    from textmine.batch.pool import STARTUP_DEATHS, WorkersCannotStart

    monkeypatch.setattr("textmine.batch.pool._worker_main", _die_at_start)
    gen = sorted((corpus / "gen").iterdir())
    pool = IsolatedPool(2, mp_context=mp.get_context("fork"))
    try:
        with pytest.raises(textmine.TextmineError, match="workers_cannot_start|WorkersCannotStart") as caught:
            run_batch(gen, out=tmp_path / "out", executor=pool)
        assert f"{STARTUP_DEATHS} worker processes died before finishing any file" in str(caught.value)
        assert "script file" in str(caught.value)
        with pytest.raises(BrokenExecutor):
            pool.submit(pow, 2, 3)
    finally:
        pool.shutdown(wait=True)
    # no file was recorded as failed: a rerun in a working environment audits them all
    with sqlite3.connect(tmp_path / "out" / "results.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 0
    assert issubclass(WorkersCannotStart, BrokenExecutor)


class _CrashOn(Executor):
    """An executor that kills its worker on one file, as a segfaulting PDF library would."""

    def __init__(self, name: str):
        self.pool = IsolatedPool(2)
        self.name = name

    def submit(self, fn, source, *args, **kwargs):
        if Path(source).name == self.name:
            return self.pool.submit(_crash_now)
        return self.pool.submit(fn, source, *args, **kwargs)

    def shutdown(self, wait=True, **kwargs):
        self.pool.shutdown(wait=wait)


def test_a_worker_that_dies_fails_only_its_file(corpus, tmp_path):
    gen = sorted((corpus / "gen").iterdir())
    executor = _CrashOn(gen[2].name)
    try:
        result = run_batch(gen, out=tmp_path / "out", executor=executor)
    finally:
        executor.shutdown()
    reports = result.table("reports").set_index("source")
    assert reports.loc[str(gen[2]), "error"] == "worker_crashed"
    assert "exit code 7" in reports.loc[str(gen[2]), "problem"]
    assert (reports.drop(index=str(gen[2]))["status"] == "ok").all() and len(reports) == len(gen)


def test_audit_file_turns_an_internal_exception_into_an_error_row(tmp_path, monkeypatch):
    path = generate_report(2, rendering="tsv", template="2021").write(tmp_path)

    def boom(*args, **kwargs):
        raise ZeroDivisionError("a stage bug")

    monkeypatch.setattr("textmine.pipeline.audit", boom)
    result = audit_file(str(path))
    assert result["status"] == "error" and result["error"] == "internal"
    assert result["problem"] == "ZeroDivisionError: a stage bug"
    row = dict(zip(column_names("reports"), result["rows"]["reports"][0]))
    assert row["source"] == str(path) and row["status"] == "error"


def test_in_memory_batch_with_a_thread_pool(corpus):
    gen = sorted((corpus / "gen").iterdir())[:3]
    result = textmine.batch(gen, executor=ThreadPoolExecutor(2))
    assert result.out is None and result.ok == 3
    reports = result.table("reports")
    assert list(reports["source"]) == [str(p) for p in gen]
    assert isinstance(reports["missing_sections"].iloc[0], list)


def test_command_line_batch(corpus, tmp_path):
    out = tmp_path / "cli-out"
    cmd = [sys.executable, "-m", "textmine.cli", "batch", str(corpus / "gen"), str(corpus / "bad" / "empty.txt"),
           "--out", str(out), "--workers", "2", "--csv", "--max-bytes", "1MB"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "9 files: 9 audited (8 ok, 1 failed)" in done.stderr
    assert done.stdout.strip() == str(out.resolve())
    assert (out / "csv" / "figures.csv").exists() and (out / "parquet" / "cells.parquet").exists()
    strict = subprocess.run(cmd + ["--fail-on-error"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert strict.returncode == 0 and "9 already done" in strict.stderr  # nothing failed in this run
    other = subprocess.run([sys.executable, "-m", "textmine.cli", "batch", str(corpus / "bad"), "--out", str(out)],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert other.returncode == 2 and "--resume" in other.stderr and "Traceback" not in other.stderr


def test_isolated_pool_kills_a_task_that_hangs():
    import time

    from textmine.batch import TaskTimeout

    with IsolatedPool(1, task_timeout=0.5) as pool:
        hung = pool.submit(time.sleep, 30)
        after = pool.submit(pow, 2, 10)
        with pytest.raises(TaskTimeout, match="worker killed"):
            hung.result(timeout=60)
        assert after.result(timeout=60) == 1024  # a fresh worker took over


def test_export_read_in_parallel_ranges_writes_the_same_bytes(batch_out, tmp_path, monkeypatch):
    """Reading the store in ranges in worker processes changes nothing in the files: same rows,
    same order, same row groups, byte for byte; a killed export's scratch files are cleared."""
    import pyarrow.parquet as pq

    from textmine.batch import store as store_module

    out, _ = batch_out
    monkeypatch.setattr(store_module, "ROW_GROUP_ROWS", 7)  # several row groups, cut across ranges
    store = store_module.SQLiteStore(out / "results.sqlite")
    try:
        (tmp_path / "one").mkdir()
        store_module.export(store, tmp_path / "one", csv=True)
        (tmp_path / "ranges" / ".export-killed").mkdir(parents=True)
        with IsolatedPool(2) as pool:
            assert len(store.report_ranges(3)) == 3
            store_module.export(store, tmp_path / "ranges", csv=True, executor=pool, parts=3, min_reports=1)
    finally:
        store.conn.close()
    one = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.*"))
    ranges = sorted(p.relative_to(tmp_path / "ranges") for p in (tmp_path / "ranges").rglob("*.*"))
    assert one == ranges and len(one) == 2 * len(TABLES)
    for name in one:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "ranges" / name).read_bytes(), name
    assert not list((tmp_path / "ranges").glob(".export-*"))
    cells = pq.ParquetFile(tmp_path / "ranges" / "parquet" / "cells.parquet").metadata
    sizes = [cells.row_group(i).num_rows for i in range(cells.num_row_groups)]
    assert sizes[:-1] == [7] * (len(sizes) - 1) and 0 < sizes[-1] <= 7 and sum(sizes) > 50


def test_collector_tuned_for_the_run_only(corpus, monkeypatch):
    """Workers and the run's result loop ask the cyclic collector less often (audits make
    almost no cycles); the caller's own setting is back once the batch returns."""
    import gc

    from textmine.batch.pool import WORKER_GC_THRESHOLD

    with IsolatedPool(1) as pool:
        assert pool.submit(gc.get_threshold).result(timeout=60) == WORKER_GC_THRESHOLD
    seen = []
    mine = (123, 4, 5)
    before = gc.get_threshold()
    gc.set_threshold(*mine)
    try:
        result = run_batch(sorted((corpus / "gen").iterdir())[:2], executor=ThreadPoolExecutor(1),
                           on_result=lambda _r: seen.append(gc.get_threshold()))
        after = gc.get_threshold()
    finally:
        gc.set_threshold(*before)
    assert result.ok == 2 and seen == [WORKER_GC_THRESHOLD] * 2 and after == mine


def test_a_batch_run_elsewhere_exports_on_this_machines_cores(tmp_path, monkeypatch):
    """Audits on another executor (a cluster's, here threads): the export still reads the store
    in ranges in local processes, as many as ``workers`` (default: the cores), and writes the
    same bytes as one process does."""
    from concurrent.futures import ThreadPoolExecutor

    from textmine.batch import run as run_module
    from textmine.batch import store as store_module

    src = tmp_path / "src"
    for s in range(5):
        generate_report(900 + s, rendering=("tsv", "html")[s % 2], template="2021").write(src)
    calls, ranges_read = [], []
    real_export = run_module.export

    class Counting:  # the pool the batch made, counting the ranges given to its processes
        def __init__(self, pool):
            self.pool = pool

        def submit(self, fn, *args):
            ranges_read.append(fn.__name__)
            return self.pool.submit(fn, *args)

    def recording_export(store, out, **kwargs):
        executor = kwargs.get("executor")
        calls.append((type(executor).__name__, kwargs.get("parts")))
        if executor is not None:
            kwargs["executor"] = Counting(executor)
        return real_export(store, out, **kwargs)

    monkeypatch.setattr(run_module, "export", recording_export)
    monkeypatch.setattr(store_module, "PARALLEL_EXPORT_MIN_REPORTS", 2)
    textmine.batch(src, executor=ThreadPoolExecutor(2), out=tmp_path / "ranges", workers=3)
    textmine.batch(src, executor=ThreadPoolExecutor(2), out=tmp_path / "one", workers=1)
    assert calls == [("IsolatedPool", 3), ("NoneType", None)]
    assert ranges_read == ["export_part"] * 3  # the store read in three ranges, in the pool's processes
    for path in sorted((tmp_path / "one" / "parquet").glob("*.parquet")):
        assert path.read_bytes() == (tmp_path / "ranges" / "parquet" / path.name).read_bytes(), path.name
