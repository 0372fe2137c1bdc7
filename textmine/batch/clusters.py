"""Executors on clusters, as the CLI names them (``--dask ADDRESS``, ``--ray ADDRESS``), and
how wide an executor is (how many files it runs at once), which sets how many the batch
keeps in flight."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from ..errors import TextmineError

#: seconds to wait for a Dask scheduler before saying it cannot be reached
CONNECT_TIMEOUT = 10.0


class ClusterUnavailable(TextmineError):
    """The cluster named on the command line cannot be used (not installed, not reachable)."""

    code = "cluster_unavailable"


def executor_width(executor, workers: int | None = None) -> int:
    """How many tasks ``executor`` runs at once: ``_max_workers`` of the standard pools, the
    :class:`~textmine.batch.pool.IsolatedPool` and :class:`~textmine.batch.RayExecutor`; the
    threads of all workers of a Dask client's executor (taken now: a cluster that grows
    later is not seen); else ``workers``, else this machine's cores."""
    width = getattr(executor, "_max_workers", None)
    if not width:
        nthreads = getattr(getattr(executor, "_client", None), "nthreads", None)  # Dask
        if callable(nthreads):
            try:
                width = sum(nthreads().values())
            except Exception:  # noqa: BLE001 - a client that cannot answer: fall back
                width = None
    return max(1, int(width or workers or os.cpu_count() or 2))


@contextmanager
def cluster_executor(*, dask: str | None = None, ray: str | None = None,
                     workers: int | None = None) -> Iterator:
    """The executor of a Dask scheduler at ``dask`` (``tcp://host:8786``), or of Ray at
    ``ray`` (``auto``, ``ray://head:10001``, or ``local`` for a Ray started here with
    ``workers`` CPUs), closed on exit; None when neither is given (the batch's own pool)."""
    if dask and ray:
        raise ClusterUnavailable("--dask/--ray", "name one cluster, not both")
    if dask:
        try:
            from distributed import Client
        except ImportError as exc:
            raise ClusterUnavailable(dask, f"Dask cannot be imported ({exc}); pip install 'textmine[dask]'") from None
        try:
            client = Client(dask, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterUnavailable(dask, f"cannot reach the Dask scheduler ({type(exc).__name__}: {exc})") from None
        try:
            yield client.get_executor()
        finally:
            client.close()
        return
    if ray:
        from .ray_executor import RayExecutor, RayUnavailable

        local = ray == "local"
        try:
            executor = RayExecutor(address=None if local else ray,
                                   init_options={"num_cpus": workers} if local and workers else None)
        except RayUnavailable as exc:
            raise ClusterUnavailable(ray, exc.problem) from None
        except (ConnectionError, OSError, TimeoutError, ValueError, RuntimeError) as exc:
            raise ClusterUnavailable(ray, f"cannot start or reach Ray ({type(exc).__name__}: {exc})") from None
        with executor:
            yield executor
        return
    yield None


__all__ = ["cluster_executor", "executor_width", "ClusterUnavailable", "CONNECT_TIMEOUT"]
