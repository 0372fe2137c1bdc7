"""A process pool that survives its workers.

:class:`concurrent.futures.ProcessPoolExecutor` breaks for good when one worker dies (a
segfault in a PDF library, the OOM killer): every pending future fails with
``BrokenProcessPool`` and nobody knows which file did it. :class:`IsolatedPool` is an
:class:`~concurrent.futures.Executor` that gives each worker one task at a time over its own
pipe, so it always knows which task a dead worker held: that task's future fails with
:class:`WorkerCrashed`, a fresh worker takes the dead one's place, and the rest go on. A task
that runs past ``task_timeout`` has its worker killed the same way (:class:`TaskTimeout`).

Workers are started from a fork server that has already imported textmine and built the jieba
dictionary (:mod:`textmine.batch._preload`), so a new or replacement worker is warm at once.
"""
from __future__ import annotations

import gc
import itertools
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import BrokenExecutor, Executor, Future, InvalidStateError
from multiprocessing.connection import wait


class WorkerCrashed(RuntimeError):
    """The worker process running a task died (signal, ``os._exit``, out of memory)."""

    code = "worker_crashed"


class WorkersCannotStart(BrokenExecutor):
    """Worker processes die before finishing a single task, again and again: the fault is
    the environment (an interpreter whose ``__main__`` a new process cannot import, a broken
    install), not a file, so the pool stops instead of failing every file of the batch."""

    code = "workers_cannot_start"


#: workers that may die before the pool's first finished task before it gives up
STARTUP_DEATHS = 3


class TaskTimeout(RuntimeError):
    """The task ran longer than the pool's ``task_timeout``; its worker was killed."""

    code = "timeout"


#: the worker's cyclic-GC generation-0 threshold (Python's default: 700). An audit makes
#: hundreds of thousands of short-lived objects and almost no cycles (a few per report), so
#: the default collects ~3 % of a worker's time for nothing; cycles are still collected.
WORKER_GC_THRESHOLD = (20000, 50, 100)


def _worker_main(conn) -> None:  # runs in the child
    # Ctrl-C is the parent's to handle: it stops submitting, lets running files finish and
    # commits them; a worker that died of SIGINT would lose its file's result instead.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # what the worker starts with (textmine, the jieba dictionary, the models) lives as long
    # as it does: out of the collector's way
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if message is None:
            return
        task_id, fn, args, kwargs = message
        try:
            reply = (task_id, True, fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
            reply = (task_id, False, exc)
        try:
            conn.send(reply)
        except Exception as exc:  # the result or the exception would not pickle
            conn.send((task_id, False, RuntimeError(f"result could not be sent back: {exc!r}")))


def _default_context():
    if sys.platform.startswith("linux") or sys.platform == "darwin":
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["textmine.batch._preload"])
        return ctx
    return mp.get_context("spawn")


def _fail(future: Future, error: BaseException) -> None:
    """Fail ``future`` unless its caller has cancelled it meanwhile."""
    try:
        future.set_exception(error)
    except InvalidStateError:
        pass


class _Worker:
    __slots__ = ("process", "conn", "task", "call", "started", "n_done")

    def __init__(self, ctx):
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child_conn,), daemon=True)
        self.process.start()
        child_conn.close()
        self.conn = parent_conn
        self.task: tuple | None = None  # (task_id, future)
        self.call: tuple | None = None  # (fn, args, kwargs) of the task, to give it again
        self.started = 0.0
        self.n_done = 0

    def kill(self) -> None:
        try:
            self.process.kill()
        except Exception:  # pragma: no cover - already gone
            pass
        self.process.join(timeout=5)
        self.conn.close()


class IsolatedPool(Executor):
    """``max_workers`` processes (default: the machine's cores), one task per worker at a
    time. ``max_tasks_per_child`` replaces a worker after that many tasks (memory stays flat
    even if a library leaks); ``task_timeout`` (seconds) kills a task that hangs."""

    def __init__(self, max_workers: int | None = None, *, task_timeout: float | None = None,
                 max_tasks_per_child: int | None = None, mp_context=None):
        self._max_workers = max(1, int(max_workers or os.cpu_count() or 1))
        self._timeout = task_timeout
        self._max_tasks = max_tasks_per_child
        self._ctx = mp_context or _default_context()
        self._pending: deque = deque()
        self._lock = threading.Lock()
        self._ids = itertools.count()
        self._shutdown = False
        self._wake_r, self._wake_w = mp.Pipe(duplex=False)
        self._workers: list[_Worker] = []
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._any_done = False  # some worker has sent back a result: workers can start
        self._startup_deaths = 0

    # -- Executor API -------------------------------------------------------------------
    def submit(self, fn, /, *args, **kwargs) -> Future:
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot submit after shutdown")
            if self._error is not None:
                raise BrokenExecutor(f"the pool has stopped: {self._error}")
            future: Future = Future()
            self._pending.append((next(self._ids), future, fn, args, kwargs))
            if self._thread is None:
                self._thread = threading.Thread(target=self._manage, name="textmine-pool", daemon=True)
                self._thread.start()
        self._wake()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while self._pending:
                    _, future, *_ = self._pending.popleft()
                    future.cancel()
        self._wake()
        if wait and self._thread is not None:
            self._thread.join()
        elif self._thread is None:
            self._close_pipes()

    # -- manager thread -----------------------------------------------------------------
    def _wake(self) -> None:
        try:
            self._wake_w.send_bytes(b"x")
        except OSError:  # pragma: no cover - closed during shutdown
            pass

    def _close_pipes(self) -> None:
        for conn in (self._wake_r, self._wake_w):
            try:
                conn.close()
            except OSError:  # pragma: no cover
                pass

    def _assign(self) -> None:
        """Give pending tasks to idle workers, starting workers up to the limit."""
        while True:
            with self._lock:
                if not self._pending:
                    return
                idle = next((w for w in self._workers if w.task is None), None)
                if idle is None and len(self._workers) >= self._max_workers:
                    return
                task_id, future, fn, args, kwargs = self._pending.popleft()
            # a task given back after its worker died at start-up is running already
            if not (future.running() or future.set_running_or_notify_cancel()):
                continue
            if idle is None:
                idle = _Worker(self._ctx)
                self._workers.append(idle)
            try:
                idle.conn.send((task_id, fn, args, kwargs))
            except Exception as exc:  # the task would not pickle, or the worker is gone
                if not idle.process.is_alive():
                    self._retire(idle)
                    idle.task, idle.call = (task_id, future), (fn, args, kwargs)
                    if self._startup_death(idle):
                        continue
                future.set_exception(exc)
                continue
            idle.task = (task_id, future)
            idle.call = (fn, args, kwargs)
            idle.started = time.monotonic()

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        if worker in self._workers:
            self._workers.remove(worker)

    def _finish(self, worker: _Worker, error: BaseException | None = None, message=None) -> None:
        task = worker.task
        worker.task = worker.call = None
        if task is None:
            return
        _, future = task
        if error is not None:
            future.set_exception(error)
        else:
            self._any_done = True
            _, ok, payload = message
            if ok:
                future.set_result(payload)
            else:
                future.set_exception(payload)
        worker.n_done += 1

    def _manage(self) -> None:
        try:
            self._loop()
        except BaseException as exc:  # WorkersCannotStart, or a bug here: never hang callers
            self._error = exc
            for worker in list(self._workers):
                if worker.task is not None:
                    _fail(worker.task[1], exc)
                    worker.task = None
                self._retire(worker)
            with self._lock:
                while self._pending:
                    _fail(self._pending.popleft()[1], exc)
        finally:
            for worker in list(self._workers):
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
                worker.process.join(timeout=2)
                self._retire(worker)
            self._close_pipes()

    def _loop(self) -> None:
        while True:
            self._assign()
            with self._lock:
                busy = [w for w in self._workers if w.task is not None]
                if self._shutdown and not self._pending and not busy:
                    return
            waitables = [self._wake_r]
            for w in self._workers:
                waitables.append(w.process.sentinel)
                if w.task is not None:
                    waitables.append(w.conn)
            timeout = None
            if self._timeout is not None and busy:
                now = time.monotonic()
                timeout = max(0.0, min(w.started + self._timeout - now for w in busy))
            ready = set(wait(waitables, timeout))
            if self._wake_r in ready:
                while self._wake_r.poll():
                    self._wake_r.recv_bytes()
            for worker in list(self._workers):
                if worker.task is not None and (worker.conn in ready or worker.process.sentinel in ready):
                    self._collect(worker)
                elif worker.process.sentinel in ready:  # an idle worker died: just replace it
                    self._retire(worker)
            if self._timeout is not None:
                now = time.monotonic()
                for worker in list(self._workers):
                    if worker.task is not None and now - worker.started > self._timeout:
                        self._retire(worker)
                        self._finish(worker, TaskTimeout(f"no result after {self._timeout:g} s; worker killed"))

    def _startup_death(self, worker: _Worker, how: str = "") -> bool:
        """A worker died before any worker of the pool finished a task: the environment may be
        at fault, not the file. Its task goes back to the front of the queue (True) until
        :data:`STARTUP_DEATHS` such deaths, when the pool is broken (:class:`WorkersCannotStart`,
        raised into the manager loop, fails every task). False when the pool has run tasks."""
        if self._any_done or worker.n_done:
            return False
        self._startup_deaths += 1
        task, call = worker.task, worker.call
        worker.task = worker.call = None
        if self._startup_deaths < STARTUP_DEATHS and task is not None and call is not None:
            with self._lock:
                self._pending.appendleft((task[0], task[1], *call))
            return True
        error = WorkersCannotStart(
            f"{self._startup_deaths} worker processes died before finishing any file"
            f"{f' ({how})' if how else ''}: new processes cannot start from this interpreter "
            f"(a __main__ read from standard input or a broken install?); run from a script "
            f"file, or pass an executor (e.g. concurrent.futures.ThreadPoolExecutor)")
        if task is not None:
            _fail(task[1], error)
        raise error

    def _collect(self, worker: _Worker) -> None:
        try:
            has_reply = worker.conn.poll()
        except (EOFError, OSError):
            has_reply = False
        message = None
        if has_reply:
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                message = None
        if message is None:
            worker.process.join(timeout=5)
            code = worker.process.exitcode
            self._retire(worker)
            how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            if self._startup_death(worker, how):
                return
            self._finish(worker, WorkerCrashed(f"worker process died ({how}) while reading this file"))
            return
        self._finish(worker, message=message)
        if self._max_tasks and worker.n_done >= self._max_tasks:
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.process.join(timeout=5)
            self._retire(worker)


__all__ = ["IsolatedPool", "WorkerCrashed", "WorkersCannotStart", "TaskTimeout"]
