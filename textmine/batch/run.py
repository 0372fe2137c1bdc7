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
from ..render.frames import AGENCY_COLUMNS, TABLES, frame_of
from .clusters import executor_width
from .inputs import expand_inputs
from .outdir import prepare
from .pool import WORKER_GC_THRESHOLD, IsolatedPool
from .store import PARQUET_DIR, SQLITE_NAME, SQLiteStore, export
from .worker import audit_file, failed_result, identify_file, ship

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
    #: what the corpus pass wrote: rows of findings, copies and pairs
    corpus: dict[str, int] = field(default_factory=dict)
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

    def corpus_summary(self) -> list[str]:
        """What the corpus pass found, in a few lines: the year pairs (and why the others
        are not), the reports that share text with other agencies'."""
        if not self.corpus:
            return []
        lines = []
        if self.corpus.get("pairs"):
            pairs = self.table("pairs")
            this = pairs[pairs["role"] == "this"]
            last = pairs[pairs["role"] == "previous"]
            lines.append(f"year pairs: {int((this['status'] == 'paired').sum())} of {len(this)} reports paired with "
                         f"last year's ({len(last)} last year)")
            for _, row in pairs[pairs["status"] == "unpaired"].iterrows():
                lines.append(f"  unpaired ({row['role']}): {row['source']}: {row['why']}")
        copies = self.table("copies") if self.corpus.get("copies") else None
        flagged = copies[copies["status"].notna()] if copies is not None else []
        if len(flagged):
            lines.append(f"内容雷同: {len(flagged) // 2} pairs of reports of different agencies "
                         f"({int((flagged['status'] == 'FAIL').sum()) // 2} FAIL) in {flagged['group'].nunique()} groups; "
                         f"see table copies")
        else:
            lines.append("内容雷同: no reports of different agencies share text beyond the template")
        return lines

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
        self.narratives: dict[str, list] = {}
        self.sources: dict[str, str] = {}  # source -> report id of its latest result

    def commit(self, results: list[dict]) -> None:
        for result in results:
            old = self.sources.get(result["source"])
            if old is not None:  # audited again (a previous report of a pair): the latest stands
                for name in self.rows:
                    self.rows[name] = [r for r in self.rows[name] if r[0] != old]
            self.sources[result["source"]] = result["report_id"]
            for name, rows in result["rows"].items():
                self.rows[name].extend(rows)
            self.narratives[result["report_id"]] = result.get("narratives") or []

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


def _absolute(paths) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return sorted({os.path.abspath(os.fspath(p)) for p in paths})


def _signature(paths, limits: Limits, with_text: bool, previous=None) -> dict:
    signature = {"inputs": _absolute(paths), "limits": asdict(limits), "with_text": bool(with_text)}
    if previous is not None:  # (a batch without --previous keeps the signature it always had)
        signature["previous"] = _absolute(previous)
    return signature


def _identities(sources: list[str], store, executor, limits: Limits, bound: int, ship_files: bool) -> dict:
    """``{source: identify_file(...) result}``: from the store for files it holds audited,
    else worked out by the executor (reading, the six parts, metadata, identity)."""
    known: dict[str, dict] = {}
    if store is not None:
        from .corpus_pass import identity_of

        names = ["source", "status", "year", *AGENCY_COLUMNS]
        select = ", ".join(f'"{n}"' for n in names)
        ledger = store.ledger()
        for row in store.conn.execute(f'SELECT {select} FROM "reports"'):
            row = dict(zip(names, row))
            entry = ledger.get(row["source"])
            if row["status"] == "ok" and entry is not None and _unchanged(row["source"], entry):
                known[row["source"]] = {"source": row["source"], "year": row["year"], "identity": identity_of(row)}
    wanted = [s for s in sources if s not in known]
    pending = iter(wanted)
    in_flight: set[Future] = set()
    while True:
        while len(in_flight) < bound:
            source = next(pending, None)
            if source is None:
                break
            shipped = ship(source, limits) if ship_files else None
            if isinstance(shipped, dict):
                known[source] = {"source": source, "error": shipped["error"], "problem": shipped["problem"]}
                continue
            in_flight.add(executor.submit(identify_file, source, limits, shipped))
        if not in_flight:
            return known
        done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in done:
            try:
                answer = future.result()
            except BrokenExecutor:
                raise
            except BaseException:  # noqa: BLE001 - the audit will fail it with its reason
                continue
            known[answer["source"]] = answer


def _unchanged(source: str, entry: tuple) -> bool:
    try:
        stat = os.stat(source)
    except OSError:
        return False
    return (stat.st_size, stat.st_mtime_ns) == tuple(entry[:2])


def _pair(files: list[str], last_files: list[str], store, executor, limits: Limits, bound: int,
          ship_files: bool) -> list:
    """Pair this year's files with last year's by agency (:func:`textmine.corpus.pair_years`)."""
    from ..corpus.pairing import YearEntry, pair_years

    known = _identities([*files, *last_files], store, executor, limits, bound, ship_files)

    def entries(sources):
        return [YearEntry(s, known.get(s, {}).get("year"), known.get(s, {}).get("identity") or {}) for s in sources]

    return pair_years(entries(files), entries(last_files))


def _corpus_pass(sink, store, pairings, progress: bool) -> dict[str, int]:
    from .corpus_pass import run_memory_pass, run_store_pass

    say = (lambda message: print(f"textmine batch: corpus: {message}", file=sys.stderr)) if progress else None
    if isinstance(sink, _MemorySink):
        return run_memory_pass(sink.rows, sink.narratives, pairings, on_progress=say)
    return run_store_pass(store, pairings, on_progress=say)


def run_batch(paths: "str | os.PathLike | Iterable[str | os.PathLike]", executor: Executor | None = None, *,
              out: "str | os.PathLike | None" = None, workers: int | None = None,
              limits: Limits = DEFAULT_LIMITS, with_text: bool = False, parquet: bool = True,
              csv: bool = False, resume: bool = False, force: bool = False, retry_errors: bool = False,
              chunk_size: int = 200, flush_seconds: float = 5.0, max_in_flight: int | None = None,
              task_timeout: float | None = None, max_tasks_per_child: int | None = None,
              progress: bool | None = None, on_result: Callable[[dict], Any] | None = None,
              ship_files: bool = False, previous=None, corpus: bool = True) -> BatchResult:
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
    :data:`SHIP_BUDGET_BYTES` of file contents are held for tasks in flight at once).

    ``previous``: last year's reports (inputs as ``paths``): each report is paired with its
    agency's report of the year before (:func:`textmine.corpus.pair_years`) and audited
    against it (the cross-year checks); both years' reports are in the results, and the
    ``pairs`` table says who was paired with whom, or why not. ``corpus``: run the corpus
    pass once every file is audited (:mod:`textmine.batch.corpus_pass`: 内容雷同 across the
    batch, governments against their departments, the pairs)."""
    started = time.perf_counter()
    out_path = Path(out) if out is not None else None
    files = expand_inputs(paths, exclude=out_path)
    last_files: list[str] = []
    if previous is not None:
        this_year = set(files)
        last_files = [f for f in expand_inputs(previous, exclude=out_path) if f not in this_year]
    result = BatchResult(out=out_path, total=len(files) + len(last_files))

    store = None
    replaced: dict[str, str] = {}
    if out_path is not None:
        try:
            prepare(out_path, _signature(paths, limits, with_text, previous), resume=resume, force=force)
            store = SQLiteStore(out_path / SQLITE_NAME)
            ledger = store.ledger()
        except _output_errors() as exc:
            if store is not None:
                store.conn.close()
            raise OutputFailed(str(out_path), f"cannot write the results here ({_reason(exc)})") from None
        todo = []
        for source in [*files, *last_files]:
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
        todo = [*files, *last_files]
        sink = _MemorySink()

    own_executor = executor is None
    if own_executor and (todo or last_files):
        executor = IsolatedPool(workers or os.cpu_count(), task_timeout=task_timeout,
                                max_tasks_per_child=max_tasks_per_child)
    n_workers = executor_width(executor, workers)
    bound = max_in_flight or max(4, 4 * int(n_workers))

    pairings: list = []
    partner: dict[str, str] = {}  # this year's source -> last year's, for the files audited now
    if previous is not None:
        try:
            pairings = _pair(files, last_files, store, executor, limits, bound, ship_files)
        except BaseException:
            if store is not None:
                store.close()
            if own_executor and executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
            raise
        todo_set = set(todo)
        partner = {p.this.source: p.previous.source for p in pairings if p.paired and p.this.source in todo_set}
        delivered = set(partner.values())  # audited with their partner, not on their own
        todo = [s for s in todo if s not in delivered]

    if progress is None:
        progress = sys.stderr.isatty()
    bar = None
    if progress and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo) + len(partner), unit="file", desc="textmine batch", file=sys.stderr,
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
    unread: dict[str, dict] = {}  # with ship_files: last year's partner that could not be read, its error result

    def fill() -> None:
        while len(in_flight) < bound:
            if in_flight and sum(shipped_bytes.values()) >= SHIP_BUDGET_BYTES:
                return  # enough file contents held for tasks already: wait for some to finish
            source = next(pending, None)
            if source is None:
                return
            last = partner.get(source)
            if not ship_files:
                args = (source, limits, with_text) if last is None else (source, limits, with_text, None, (last, None))
                in_flight[executor.submit(audit_file, *args)] = source
                continue
            shipped = ship(source, limits)
            shipped_last = ship(last, limits) if last is not None else None
            if isinstance(shipped, dict):  # could not be read here: its error row, no task
                future: Future = Future()
                future.set_result(shipped)
            else:
                if isinstance(shipped_last, dict):  # last year's could not be read: this one alone
                    unread[source] = shipped_last
                    shipped_last, last = None, None
                args = (source, limits, with_text, shipped) + (((last, shipped_last),) if last else ())
                future = executor.submit(audit_file, *args)
                shipped_bytes[future] = len(shipped[2]) + (len(shipped_last[2]) if shipped_last else 0)
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
                outcomes = [outcome]
                if "previous_result" in outcome:
                    outcomes.insert(0, outcome.pop("previous_result"))
                elif source in unread:
                    outcomes.insert(0, unread.pop(source))
                elif source in partner:  # the task died: last year's report was not audited either
                    outcomes.insert(0, failed_result(partner[source], outcome["error"] or "internal",
                                                     f"audited with {source}, which failed: {outcome['problem']}"))
                for one in outcomes:
                    buffer.append(one)
                    result.audited += 1
                    result.bytes += one.get("size") or 0
                    if one["status"] == "ok":
                        result.ok += 1
                    else:
                        result.failed += 1
                    if on_result is not None:
                        on_result(one)
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
        if corpus and not result.interrupted:
            try:
                result.corpus = _corpus_pass(sink, store, pairings, progress)
            except _output_errors() as exc:
                raise OutputFailed(str(out_path), f"cannot store the corpus checks ({_reason(exc)}); every "
                                                  f"audit is in {SQLITE_NAME}: run the same command again") from None
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
