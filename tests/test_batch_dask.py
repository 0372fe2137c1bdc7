"""textmine.batch on a Dask cluster: the executor of a distributed Client runs the audits."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest

import textmine
from corpora.generator import generate_report
from textmine.render.frames import TABLES

distributed = pytest.importorskip("distributed")


def test_dask_local_cluster_gives_the_same_tables_as_a_local_pool(tmp_path):
    src = tmp_path / "src"
    paths = [generate_report(500 + s, rendering=("tsv", "pipe")[s % 2], template="2021").write(src)
             for s in range(6)]
    (src / "empty.txt").write_bytes(b"")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        with distributed.get_task_stream(client) as stream:
            on_dask = textmine.batch(src, executor=client.get_executor(), out=tmp_path / "dask")
        ran = [t for t in stream.data if t["key"].startswith("audit_file")]
        assert len(ran) == len(paths) + 1  # every file was a task on the cluster
        assert {t["worker"] for t in ran} <= set(cluster.workers[w].address for w in cluster.workers)
    local = textmine.batch(src, executor=ThreadPoolExecutor(2), out=tmp_path / "local")
    assert on_dask.ok == len(paths) and on_dask.failed == 1
    for table in TABLES:
        pd.testing.assert_frame_equal(on_dask.table(table), local.table(table))
    errors = on_dask.errors()
    assert list(errors["error"]) == ["empty"] and errors["source"].iloc[0].endswith("empty.txt")
