"""The batch loop: submit files to an executor with a bounded number in flight, collect
results as they finish, commit them in chunks, export at the end.

Nothing here knows how a report is audited (that is :func:`textmine.batch.worker.audit_file`)
or how results are stored (:mod:`textmine.batch.store`); any
:class:`concurrent.futures.Executor` can do the work: the default :class:`IsolatedPool`, a
``ThreadPoolExecutor``, a Dask ``client.get_executor()`` or a
:class:`~textmine.batch.ray_executor.RayExecutor`.
"""
from __future__ import annotations

import gc
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Executor, Future, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from ..errors import TextmineError
from ..readers import DEFAULT_LIMITS, Limits
from ..render.frames import TABLES, frame_of
from .clusters import executor_width
from .inputs import expand_inputs
from .outdir import prepare
from .pool import WORKER_GC_THRESHOLD, IsolatedPool
from .store import PARQUET_DIR, SQLITE_NAME, SQLiteStore, export
from .worker import audit_file, failed_result, ship

#: with ``ship_files``, the most file contents held in tasks in flight (one task always goes)
SHIP_BUDGET_BYTES = 256 * 2 ** 20


class ExecutorFailed(TextmineError):
    """The executor itself broke (not one file): results so far are kept; rerun to resume."""

    code = "executor_failed"


class OutputFailed(TextmineError):
    """The output directory, its store or the export cannot be written (no space, no
    permission, a read-only or missing place). Whatever was committed before is kept."""

    code = "output_failed"


#: what writing the outputs may raise: the file system, SQLite, Arrow (its errors are OSError
#: or ArrowException, which is neither)
def _output_errors() -> tuple[type[BaseException], ...]:
    import sqlite3

    import pyarrow

    return (OSError, sqlite3.Error, pyarrow.ArrowException)


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {getattr(exc, 'strerror', None) or exc}"


@dataclass
class BatchResult:
    """What a batch did. With ``out`` the tables are on disk (:meth:`table` reads them);
    without it they are in memory."""

    out: Path | None
    total: int = 0  # files named by the inputs
    skipped: int = 0  # finished by an earlier run into the same ``out``
    audited: int = 0  # audited now (ok + failed)
    ok: int = 0
    failed: int = 0
    bytes: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    exports: dict[str, list[Path]] = field(default_factory=dict)
    _memory: dict[str, list[tuple]] | None = field(default=None, repr=False)

    @property
    def sqlite_path(self) -> Path | None:
        return self.out / SQLITE_NAME if self.out else None

    def table(self, name: str):
        """One tidy table as a DataFrame (all reports of the output, in source order)."""
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}; tables: {', '.join(TABLES)}")
        if self._memory is not None:
            return frame_of(name, self._memory[name], json_text=True)
        return read_table(self.out, name)

    def frames(self) -> dict:
        return {name: self.table(name) for name in TABLES}

    def errors(self):
        """The ``reports`` rows of files that failed: source, error code, problem."""
        reports = self.table("reports")
        return reports.loc[reports["status"] == "error", ["source", "error", "problem"]].reset_index(drop=True)

    def summary(self) -> str:
        rate = self.audited / self.seconds if self.seconds else 0.0
        line = (f"{self.total} files: {self.audited} audited ({self.ok} ok, {self.failed} failed), "
                f"{self.skipped} already done; {self.seconds:.1f} s, {rate:.1f} files/s")
        if self.interrupted:
            line += " - interrupted; run the same command again to resume"
        return line


def read_table(out: "str | os.PathLike", name: str):
    """Read one table of a finished batch output (Parquet if exported, else SQLite)."""
    import pandas as pd

    out = Path(out)
    parquet = out / PARQUET_DIR / f"{name}.parquet"
    if parquet.exists():
        df = pd.read_parquet(parquet)
        return frame_of(name, df.itertuples(index=False, name=None), json_text=True)
    store = SQLiteStore(out / SQLITE_NAME)
    try:
        rows = [row for chunk in store.iter_table(name) for row in chunk]
    finally:
        store.conn.close()
    return frame_of(name, rows, json_text=True)


# --------------------------------------------------------------------------- sinks


class _MemorySink:
    def __init__(self):
        self.rows: dict[str, list[tuple]] = {name: [] for name in TABLES}

    def commit(self, results: list[dict]) -> None:
        for result in results:
            for name, rows in result["rows"].items():
                self.rows[name].extend(rows)

    def finish(self) -> None:
        order = {name: [c.name for c in TABLES[name]] for name in TABLES}
        for name, rows in self.rows.items():
            src = order[name].index("source")
            ord_ = order[name].index("ord") if "ord" in order[name] else None
            rows.sort(key=lambda r: (r[src], r[0], r[ord_] if ord_ is not None else 0))


class _StoreSink:
    def __init__(self, store: SQLiteStore, replaced: dict[str, str]):
        self.store = store
        self.replaced = replaced
        self.chunk = store.next_chunk()

    def commit(self, results: list[dict]) -> None:
        self.store.commit_chunk(results, self.chunk, self.replaced)
        self.chunk += 1


# --------------------------------------------------------------------------- the loop


def _outcome(future: Future, source: str) -> dict:
    """The result dict of a finished future; a task that raised becomes an error row."""
    try:
        result = future.result()
    except BrokenExecutor:
        raise
    except BaseException as exc:  # noqa: BLE001 - crashed/killed worker, lost task, ...
        code = getattr(exc, "code", None)
        if not isinstance(code, str):
            code = "worker_crashed" if "Killed" in type(exc).__name__ else "internal"
        return failed_result(source, code, f"{type(exc).__name__}: {exc}"[:2000])
    if not isinstance(result, dict) or "rows" not in result:
        return failed_result(source, "internal", f"worker returned {type(result).__name__}, not a result")
    return result


def _signature(paths, limits: Limits, with_text: bool) -> dict:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    inputs = sorted({os.path.abspath(os.fspath(p)) for p in paths})
    return {"inputs": inputs, "limits": asdict(limits), "with_text": bool(with_text)}


def run_batch(paths: "str | os.PathLike | Iterable[str | os.PathLike]", executor: Executor | None = None, *,
              out: "str | os.PathLike | None" = None, workers: int | None = None,
              limits: Limits = DEFAULT_LIMITS, with_text: bool = False, parquet: bool = True,
              csv: bool = False, resume: bool = False, force: bool = False, retry_errors: bool = False,
              chunk_size: int = 200, flush_seconds: float = 5.0, max_in_flight: int | None = None,
              task_timeout: float | None = None, max_tasks_per_child: int | None = None,
              progress: bool | None = None, on_result: Callable[[dict], Any] | None = None,
              ship_files: bool = False) -> BatchResult:
    """Audit many reports.

    ``paths``: directories, globs, ``@list`` files, files (see :mod:`textmine.batch.inputs`).
    ``executor``: any :class:`concurrent.futures.Executor`; default an :class:`IsolatedPool`
    of ``workers`` processes (a worker that dies only fails its own file).
    ``out``: a directory for ``results.sqlite`` (written in chunks as results arrive) and
    ``parquet/`` (+ ``csv/`` with ``csv=True``) exported at the end; a rerun with the same
    inputs resumes (see :mod:`textmine.batch.outdir` for ``resume``/``force``). Without
    ``out`` the tables are kept in memory (small corpora only) and read with
    :meth:`BatchResult.table`. ``limits`` caps sizes per file; ``task_timeout`` (seconds,
    default pool only) kills a file that hangs. ``on_result`` is called in this process with
    each file's result dict as it arrives. ``ship_files``: read each file here and send its
    bytes with its task, for cluster workers that cannot see the input paths (at most
    :data:`SHIP_BUDGET_BYTES` of file contents are held for tasks in flight at once)."""
    started = time.perf_counter()
    out_path = Path(out) if out is not None else None
    files = expand_inputs(paths, exclude=out_path)
    result = BatchResult(out=out_path, total=len(files))

    store = None
    replaced: dict[str, str] = {}
    if out_path is not None:
        try:
            prepare(out_path, _signature(paths, limits, with_text), resume=resume, force=force)
            store = SQLiteStore(out_path / SQLITE_NAME)
            ledger = store.ledger()
        except _output_errors() as exc:
            if store is not None:
                store.conn.close()
            raise OutputFailed(str(out_path), f"cannot write the results here ({_reason(exc)})") from None
        todo = []
        for source in files:
            entry = ledger.get(source)
            if entry is not None:
                size, mtime_ns, _sha, old_id, status = entry
                try:
                    stat = os.stat(source)
                    current = (stat.st_size, stat.st_mtime_ns)
                except OSError:
                    current = (None, None)
                if current == (size, mtime_ns) and (status == "ok" or not retry_errors):
                    result.skipped += 1
                    continue
                replaced[source] = old_id
            todo.append(source)
        sink: Any = _StoreSink(store, replaced)
    else:
        todo = list(files)
        sink = _MemorySink()

    own_executor = executor is None
    if own_executor and todo:
        executor = IsolatedPool(workers or os.cpu_count(), task_timeout=task_timeout,
                                max_tasks_per_child=max_tasks_per_child)
    n_workers = executor_width(executor, workers)
    bound = max_in_flight or max(4, 4 * int(n_workers))

    if progress is None:
        progress = sys.stderr.isatty()
    bar = None
    if progress and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="file", desc="textmine batch", file=sys.stderr,
                   dynamic_ncols=True, smoothing=0.05, mininterval=0.5)

    buffer: list[dict] = []
    last_flush = time.monotonic()

    def flush() -> None:
        nonlocal last_flush
        if buffer:
            try:
                sink.commit(buffer)
            except _output_errors() as exc:
                raise OutputFailed(str(store.path if store is not None else out_path),
                                   f"cannot store results ({_reason(exc)}); the {result.audited - len(buffer)} "
                                   "committed before are kept: make room and run the same command again "
                                   "to resume") from None
            buffer.clear()
        last_flush = time.monotonic()

    pending = iter(todo)
    in_flight: dict[Future, str] = {}
    shipped_bytes: dict[Future, int] = {}  # with ship_files: the bytes each task carries

    def fill() -> None:
        while len(in_flight) < bound:
            if in_flight and sum(shipped_bytes.values()) >= SHIP_BUDGET_BYTES:
                return  # enough file contents held for tasks already: wait for some to finish
            source = next(pending, None)
            if source is None:
                return
            if not ship_files:
                in_flight[executor.submit(audit_file, source, limits, with_text)] = source
                continue
            shipped = ship(source, limits)
            if isinstance(shipped, dict):  # could not be read here: its error row, no task
                future: Future = Future()
                future.set_result(shipped)
            else:
                future = executor.submit(audit_file, source, limits, with_text, shipped)
                shipped_bytes[future] = len(shipped[2])
            in_flight[future] = source

    # the results coming back are many small tuples and no cycles: the collector is asked to
    # look less often while they stream in (the caller's setting is put back afterwards)
    gc_threshold = gc.get_threshold()
    gc.set_threshold(*WORKER_GC_THRESHOLD)
    try:
        if todo:
            fill()
        while in_flight:
            done, _ = wait(list(in_flight), timeout=flush_seconds, return_when=FIRST_COMPLETED)
            for future in done:
                source = in_flight.pop(future)
                shipped_bytes.pop(future, None)
                try:
                    outcome = _outcome(future, source)
                except BrokenExecutor as exc:
                    raise ExecutorFailed("executor", f"{type(exc).__name__}: {exc}; results so far are "
                                                     "kept, run again to resume") from None
                buffer.append(outcome)
                result.audited += 1
                result.bytes += outcome.get("size") or 0
                if outcome["status"] == "ok":
                    result.ok += 1
                else:
                    result.failed += 1
                if on_result is not None:
                    on_result(outcome)
                if bar is not None:
                    bar.update(1)
            if bar is not None and done:
                elapsed = max(time.perf_counter() - started, 1e-9)
                bar.set_postfix_str(f"failed={result.failed} {result.bytes / elapsed / 1e6:.2f}MB/s",
                                    refresh=False)
            try:
                fill()
            except BrokenExecutor as exc:
                raise ExecutorFailed("executor", f"{type(exc).__name__}: {exc}; results so far are "
                                                 "kept, run again to resume") from None
            if len(buffer) >= chunk_size or (buffer and time.monotonic() - last_flush >= flush_seconds):
                flush()
        flush()
    except KeyboardInterrupt:
        result.interrupted = True
        flush()
    except BaseException as exc:
        try:
            if not isinstance(exc, OutputFailed):  # (the store cannot take more: no second try)
                flush()  # what finished is kept: a rerun resumes after it
        finally:
            if store is not None:
                store.close()
        raise
    finally:
        gc.set_threshold(*gc_threshold)
        if bar is not None:
            bar.close()
        for future in in_flight:
            future.cancel()
        if own_executor and executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    try:
        if isinstance(sink, _MemorySink):
            sink.finish()
            result._memory = sink.rows
        elif not result.interrupted and (parquet or csv):
            # the export reads the store in ranges in as many processes as the run had, or,
            # when the audits ran elsewhere (a cluster), as this machine has cores ("workers"
            # when given); the pool starts its processes only if the store is big enough
            # (PARALLEL_EXPORT_MIN_REPORTS)
            parts = int(n_workers) if own_executor else int(workers or os.cpu_count() or 1)
            try:
                if parts > 1:
                    with IsolatedPool(parts) as pool:
                        result.exports = export(store, out_path, parquet=parquet, csv=csv, executor=pool,
                                                parts=parts)
                else:
                    result.exports = export(store, out_path, parquet=parquet, csv=csv)
            except _output_errors() as exc:
                raise OutputFailed(str(out_path), f"cannot write the Parquet/CSV export ({_reason(exc)}); "
                                                  f"every result is in {SQLITE_NAME}: make room and run the "
                                                  "same command again to export") from None
    finally:
        if store is not None:
            store.close()
    result.seconds = time.perf_counter() - started
    return result


__all__ = ["run_batch", "BatchResult", "read_table", "ExecutorFailed", "OutputFailed"]
