"""A process pool that survives its workers.

:class:`concurrent.futures.ProcessPoolExecutor` breaks for good when one worker dies (a
segfault in a PDF library, the OOM killer): every pending future fails with
``BrokenProcessPool`` and nobody knows which file did it. :class:`IsolatedPool` is an
:class:`~concurrent.futures.Executor` that gives each worker its tasks over its own pipe, at
most :data:`PREFETCH` at a time, which it runs in order, so it always knows which task a dead
worker was running: the oldest it has not answered. That task's future fails with
:class:`WorkerCrashed`, the tasks queued behind it (never started) go back to the queue, a
fresh worker takes the dead one's place, and the rest go on. A task that runs past
``task_timeout`` has its worker killed the same way (:class:`TaskTimeout`).

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
#: tasks a worker holds at once: the one it runs and the next, already in its pipe, so it
#: starts the next file the moment it has sent a result, instead of waiting until this process
#: (committing results to the store, or kept from the GIL) has read it and sent another
#: (with one task at a time, workers sat idle ~10 % of a batch on 2 cores). The price: a task
#: queued behind a slow file waits for it even when another worker is free (one task a worker)
PREFETCH = 2


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
        except (BrokenPipeError, ConnectionResetError, EOFError):
            return  # the parent is gone (killed, hung up): nothing to report to, and nobody to read a traceback
        except Exception as exc:  # the result or the exception would not pickle
            try:
                conn.send((task_id, False, RuntimeError(f"result could not be sent back: {exc!r}")))
            except (OSError, EOFError):
                return


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
    __slots__ = ("process", "conn", "queue", "started", "n_done")

    def __init__(self, ctx):
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child_conn,), daemon=True)
        self.process.start()
        child_conn.close()
        self.conn = parent_conn
        # tasks sent and not yet answered, in the order the worker runs them (the first is
        # running): (task_id, future, (fn, args, kwargs))
        self.queue: deque = deque()
        self.started = 0.0  # when the first task of the queue started
        self.n_done = 0

    def kill(self) -> None:
        try:
            self.process.kill()
        except Exception:  # pragma: no cover - already gone
            pass
        self.process.join(timeout=5)
        self.conn.close()


class IsolatedPool(Executor):
    """``max_workers`` processes (default: the machine's cores), each running one task at a
    time with up to :data:`PREFETCH` sent to it. ``max_tasks_per_child`` replaces a worker after that many tasks (memory stays flat
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

    def _has_room(self, worker: _Worker) -> bool:
        return len(worker.queue) < PREFETCH and (
            not self._max_tasks or worker.n_done + len(worker.queue) < self._max_tasks)

    def _free_worker(self) -> tuple[_Worker | None, bool]:
        """(the worker to give the next task to, or None to start one; False when every
        worker is full and no more may start). Idle workers first, then new ones, then a
        second task for a busy one."""
        for worker in self._workers:
            if not worker.queue and self._has_room(worker):
                return worker, True
        if len(self._workers) < self._max_workers:
            return None, True
        for worker in self._workers:
            if self._has_room(worker):
                return worker, True
        return None, False

    def _assign(self) -> None:
        """Give pending tasks to workers, starting workers up to the limit."""
        while True:
            with self._lock:
                if not self._pending:
                    return
                worker, free = self._free_worker()
                if not free:
                    return
                task_id, future, fn, args, kwargs = self._pending.popleft()
            # a task given back after its worker died is running already
            if not (future.running() or future.set_running_or_notify_cancel()):
                continue
            if worker is None:
                worker = _Worker(self._ctx)
                self._workers.append(worker)
            entry = (task_id, future, (fn, args, kwargs))
            try:
                worker.conn.send((task_id, fn, args, kwargs))
            except Exception as exc:  # the task would not pickle, or the worker is gone
                if worker.process.is_alive():
                    future.set_exception(exc)
                else:  # it never reached the worker: it goes back, with the worker's others
                    self._requeue([entry])
                    self._lost(worker, "it stopped reading tasks")
                continue
            if not worker.queue:
                worker.started = time.monotonic()
            worker.queue.append(entry)

    def _requeue(self, entries) -> None:
        """Tasks that never started go back to the front of the queue, in their order."""
        with self._lock:
            for task_id, future, (fn, args, kwargs) in reversed(list(entries)):
                self._pending.appendleft((task_id, future, fn, args, kwargs))

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        if worker in self._workers:
            self._workers.remove(worker)

    def _lost(self, worker: _Worker, how: str, error: BaseException | None = None) -> None:
        """``worker`` is dead or is killed now: the task it was running fails with ``error``
        (default :class:`WorkerCrashed`) and the tasks queued behind it go back to the queue.
        Before any task of the pool has finished, the running one goes back too (see
        :meth:`_startup_death`)."""
        self._retire(worker)
        queue, worker.queue = worker.queue, deque()
        if not queue:
            return
        head = queue.popleft()
        self._requeue(queue)
        if error is None:
            if self._startup_death(worker, head, how):
                return
            error = WorkerCrashed(f"worker process died ({how}) while reading this file")
        _fail(head[1], error)

    def _manage(self) -> None:
        try:
            self._loop()
        except BaseException as exc:  # WorkersCannotStart, or a bug here: never hang callers
            self._error = exc
            for worker in list(self._workers):
                for _, future, _call in worker.queue:
                    _fail(future, exc)
                worker.queue.clear()
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
                busy = [w for w in self._workers if w.queue]
                if self._shutdown and not self._pending and not busy:
                    return
            waitables = [self._wake_r]
            for w in self._workers:
                waitables.append(w.process.sentinel)
                if w.queue:
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
                if worker.queue and (worker.conn in ready or worker.process.sentinel in ready):
                    self._collect(worker)
                elif worker.process.sentinel in ready:  # an idle worker died: just replace it
                    self._retire(worker)
            if self._timeout is not None:
                now = time.monotonic()
                for worker in list(self._workers):
                    if worker.queue and now - worker.started > self._timeout:
                        self._lost(worker, "timeout", TaskTimeout(f"no result after {self._timeout:g} s; worker killed"))

    def _startup_death(self, worker: _Worker, head: tuple, how: str = "") -> bool:
        """A worker died before any worker of the pool finished a task: the environment may be
        at fault, not the file. The task it was running (``head``) goes back to the front of
        the queue (True) until :data:`STARTUP_DEATHS` such deaths, when the pool is broken
        (:class:`WorkersCannotStart`, raised into the manager loop, fails every task). False
        when the pool has run tasks."""
        if self._any_done or worker.n_done:
            return False
        self._startup_deaths += 1
        if self._startup_deaths < STARTUP_DEATHS:
            self._requeue([head])
            return True
        error = WorkersCannotStart(
            f"{self._startup_deaths} worker processes died before finishing any file"
            f"{f' ({how})' if how else ''}: new processes cannot start from this interpreter "
            f"(a __main__ read from standard input or a broken install?); run from a script "
            f"file, or pass an executor (e.g. concurrent.futures.ThreadPoolExecutor)")
        _fail(head[1], error)
        raise error

    def _collect(self, worker: _Worker) -> None:
        """Read the answer to ``worker``'s oldest task, or find the worker dead."""
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
            self._lost(worker, f"signal {-code}" if code is not None and code < 0 else f"exit code {code}")
            return
        _, future, _call = worker.queue.popleft()
        worker.started = time.monotonic()  # the next task in its queue runs from now
        worker.n_done += 1
        self._any_done = True
        _, ok, payload = message
        if ok:
            future.set_result(payload)
        else:
            future.set_exception(payload)
        if self._max_tasks and worker.n_done >= self._max_tasks and not worker.queue:
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.process.join(timeout=5)
            self._retire(worker)


__all__ = ["IsolatedPool", "WorkerCrashed", "WorkersCannotStart", "TaskTimeout"]
