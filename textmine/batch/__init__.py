"""Audit many reports in parallel into tidy tables that survive interruption.

    >>> result = textmine.batch("reports/", out="results/")          # processes, all cores
    >>> result.table("figures").groupby("metric")["value"].describe()

    >>> from dask.distributed import Client                          # or on a cluster
    >>> with Client("scheduler:8786") as client:
    ...     textmine.batch("reports/", executor=client.get_executor(), out="results/")

    >>> from textmine.batch import RayExecutor                      # or on Ray
    >>> with RayExecutor(address="auto") as executor:
    ...     textmine.batch("reports/", executor=executor, out="results/")

See :func:`run_batch` for the options, :mod:`textmine.batch.outdir` for what happens to an
existing output directory, :mod:`textmine.batch.store` for the files written.
"""
from __future__ import annotations

import sys

from .inputs import expand_inputs
from .outdir import OutputInUse
from .pool import IsolatedPool, TaskTimeout, WorkerCrashed
from .ray_executor import RayExecutor
from .run import BatchResult, ExecutorFailed, OutputFailed, read_table, run_batch
from .worker import audit_file

__all__ = ["run_batch", "BatchResult", "read_table", "expand_inputs", "audit_file", "IsolatedPool",
           "WorkerCrashed", "TaskTimeout", "OutputInUse", "ExecutorFailed", "OutputFailed", "RayExecutor"]


class _CallableModule(type(sys)):
    """``textmine.batch`` is both this package and the function ``textmine.batch(paths, ...)``
    that ``textmine/__init__.py`` offers: importing the package replaces the attribute
    ``textmine.batch`` with the module, so the module itself must be callable."""

    def __call__(self, paths, executor=None, **kwargs):
        return run_batch(paths, executor=executor, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
