"""textmine.batch on a Dask cluster: the executor of a distributed Client runs the audits."""
from __future__ import annotations


import pytest

import textmine
from corpora.generator import generate_report
from textmine.batch import clusters
from textmine.batch.clusters import executor_width
from textmine.cli import main

distributed = pytest.importorskip("distributed")


def test_dask_local_cluster_gives_the_same_tables_as_a_local_pool(tmp_path, same_tables_as_local):
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
    assert on_dask.ok == len(paths) and on_dask.failed == 1
    same_tables_as_local(on_dask, src)
    errors = on_dask.errors()
    assert list(errors["error"]) == ["empty"] and errors["source"].iloc[0].endswith("empty.txt")


def test_the_batch_keeps_every_thread_of_a_dask_cluster_busy():
    """In flight: four tasks per thread of the whole cluster, not per core of this machine."""
    with distributed.LocalCluster(n_workers=3, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        assert executor_width(client.get_executor(), workers=1) == 6


def test_cli_runs_a_batch_on_a_dask_scheduler(tmp_path, same_tables_as_local):
    src = tmp_path / "src"
    paths = [generate_report(530 + s, rendering=("cells", "html")[s % 2], template="2021").write(src)
             for s in range(4)]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as watcher:
        with distributed.get_task_stream(watcher) as stream:
            code = main(["batch", str(src), "--out", str(tmp_path / "dask"), "--dask", cluster.scheduler_address,
                         "--no-progress"])
        ran = [t for t in stream.data if t["key"].startswith("audit_file")]
    assert code == 0
    assert len(ran) == len(paths)  # every file ran on the cluster
    same_tables_as_local(tmp_path / "dask", src)


def test_cli_says_when_the_dask_scheduler_cannot_be_reached(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(clusters, "CONNECT_TIMEOUT", 1.0)
    src = tmp_path / "src"
    generate_report(540, rendering="tsv", template="2021").write(src)
    code = main(["batch", str(src), "--out", str(tmp_path / "out"), "--dask", "tcp://127.0.0.1:1", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "tcp://127.0.0.1:1: cannot reach the Dask scheduler" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()  # nothing written before the cluster answered
