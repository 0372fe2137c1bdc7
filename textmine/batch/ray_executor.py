"""Ray as a :class:`concurrent.futures.Executor`, so :func:`textmine.batch` runs on a Ray cluster.

Ray has no Executor of its own (Dask has ``client.get_executor()``); its tasks return
``ObjectRef`` s, each of which can give a :class:`concurrent.futures.Future`. This is the thin
layer between the two: ``submit(fn, *args)`` runs ``fn`` as a Ray task and returns a Future
that holds its result, or its exception. A task whose worker process or node died fails with
:class:`~textmine.batch.pool.WorkerCrashed` (what the default pool says), so the batch writes
an error row with the code ``worker_crashed`` and goes on.

    >>> import ray, textmine
    >>> from textmine.batch import RayExecutor
    >>> ray.init(address="auto")                      # or let RayExecutor start a local Ray
    >>> with RayExecutor() as executor:
    ...     textmine.batch("reports/", executor=executor, out="results/")

Every node must have textmine installed (or get it from a ``runtime_env``): tasks name
:func:`textmine.batch.worker.audit_file`, they do not carry its code. The files are read by
path where the task runs, so the corpus must be at the same path on every node (a shared
file system), as with Dask.

Tasks are not retried by default (``max_retries=0``): a file that kills its worker would
kill the next one too; such a file becomes an error row, and ``--retry-errors`` (or
``retry_errors=True``) runs it again. Pass ``remote_options={"max_retries": 3}`` where nodes
come and go.
"""
from __future__ import annotations

import inspect
import threading
from concurrent.futures import Executor, Future, InvalidStateError
from typing import Any, Callable

from ..errors import TextmineError
from .pool import WorkerCrashed

#: options every task gets unless ``remote_options`` says otherwise
DEFAULT_REMOTE_OPTIONS = {"max_retries": 0, "num_cpus": 1}
#: Ray's exceptions that mean the process (or machine) running the task is gone, not that
#: the task raised
_CRASH_ERRORS = ("WorkerCrashedError", "NodeDiedError", "OutOfMemoryError", "ObjectLostError",
                 "OwnerDiedError", "ActorDiedError", "LocalRayletDiedError")


def _call(fn: Callable, *args, **kwargs):
    return fn(*args, **kwargs)


class RayUnavailable(TextmineError):
    code = "ray_unavailable"


class RayExecutor(Executor):
    """Runs submitted calls as Ray tasks.

    ``address``: a running Ray cluster to join when Ray is not initialised yet in this
    process (``"auto"``, ``"ray://head:10001"``); None starts a local Ray with ``init_options``
    (e.g. ``{"num_cpus": 2}``). A Ray this executor started is shut down with it; one that
    was already running is left alone. ``max_workers``: how many tasks the batch keeps in
    flight is four times this (default: the cluster's CPUs). ``remote_options`` go to
    ``ray.remote`` (``num_cpus``, ``memory``, ``max_retries``, ``runtime_env`` ...)."""

    def __init__(self, *, address: str | None = None, init_options: dict | None = None,
                 max_workers: int | None = None, remote_options: dict | None = None):
        try:
            import ray
        except ImportError as exc:
            raise RayUnavailable("ray", f"Ray cannot be imported ({exc}); pip install 'textmine[ray]'") from None
        self._ray = ray
        self._started_ray = False
        if not ray.is_initialized():
            ray.init(address=address, **(init_options or {}))
            self._started_ray = True
        self._options = {**DEFAULT_REMOTE_OPTIONS, **(remote_options or {})}
        self._max_workers = max_workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        self._remote: dict[Callable, Any] = {}
        self._pending: dict[Future, Any] = {}  # future -> ObjectRef, until the task ends
        self._lock = threading.Lock()
        self._shutdown = False

    def submit(self, fn: Callable, /, *args, **kwargs) -> Future:
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot submit after shutdown")
            if not inspect.isfunction(fn):  # builtins, partials, callable objects: Ray takes
                fn, args = _call, (fn, *args)  # only functions, so one calls them
            remote = self._remote.get(fn)
            if remote is None:
                remote = self._remote[fn] = self._ray.remote(**self._options)(fn)
            ref = remote.remote(*args, **kwargs)
            future: Future = Future()
            future.set_running_or_notify_cancel()
            self._pending[future] = ref
        ref.future().add_done_callback(lambda done: self._settle(future, done))
        return future

    def _settle(self, future: Future, done: Future) -> None:
        """Copy the Ray task's outcome into ``future``, a dead worker said in our words."""
        with self._lock:
            self._pending.pop(future, None)
        try:
            exc = done.exception()
        except BaseException as cancelled:  # noqa: BLE001 - the ref's future was cancelled
            exc = cancelled
        if exc is not None and type(exc).__name__ in _CRASH_ERRORS:
            exc = WorkerCrashed(f"the Ray worker running this task died ({type(exc).__name__}: {exc})"[:2000])
        try:
            if exc is None:
                future.set_result(done.result())
            else:
                future.set_exception(exc)
        except InvalidStateError:  # already settled by shutdown(cancel_futures=True)
            pass

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            if self._shutdown:
                return
            self._shutdown = True
            pending = dict(self._pending)
        if cancel_futures:
            for future, ref in pending.items():
                try:
                    self._ray.cancel(ref, force=True)
                except Exception:  # noqa: BLE001 - the task may have just finished
                    pass
                try:
                    future.set_exception(WorkerCrashed("cancelled: the executor was shut down"))
                except InvalidStateError:
                    pass
        elif wait and pending:
            self._ray.wait(list(pending.values()), num_returns=len(pending))
        if self._started_ray:
            self._ray.shutdown()


__all__ = ["RayExecutor", "RayUnavailable", "DEFAULT_REMOTE_OPTIONS"]
