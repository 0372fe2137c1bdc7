"""textmine.batch on Ray through RayExecutor (a local Ray of two worker processes)."""
import os
import sys

import pytest

import textmine
from corpora.generator import generate_report
from textmine.batch import RayExecutor, WorkerCrashed
from textmine.batch.ray_executor import RayUnavailable
from textmine.cli import main


def test_without_ray_the_executor_says_how_to_get_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    with pytest.raises(RayUnavailable, match=r"pip install 'textmine\[ray\]'"):
        RayExecutor()


@pytest.fixture(scope="module")
def local_ray():
    ray = pytest.importorskip("ray")
    # no token written to the user's home for a throwaway local Ray
    old = os.environ.get("RAY_AUTH_MODE")
    os.environ["RAY_AUTH_MODE"] = "disabled"
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        yield ray
    finally:
        ray.shutdown()
        if old is None:
            os.environ.pop("RAY_AUTH_MODE", None)
        else:
            os.environ["RAY_AUTH_MODE"] = old


def _task_functions():
    """Functions made here, not at module level: Ray sends a module-level function by name,
    and its workers cannot import this test module; these go by value."""
    def crash():
        os._exit(3)

    def fail(n):
        raise ValueError(f"no report number {n}")

    return crash, fail


def test_ray_gives_the_same_tables_as_a_local_pool(tmp_path, local_ray, same_tables_as_local):
    src = tmp_path / "src"
    paths = [generate_report(700 + s, rendering=("html", "tsv", "docx")[s % 3], template="2021").write(src)
             for s in range(6)]
    (src / "empty.txt").write_bytes(b"")
    with RayExecutor() as executor:
        assert executor._max_workers == 2  # the cluster's CPUs: the batch keeps 8 in flight
        on_ray = textmine.batch(src, executor=executor, out=tmp_path / "ray")
        worker_pids = {executor.submit(os.getpid).result(timeout=60) for _ in range(4)}
    assert os.getpid() not in worker_pids  # tasks run in Ray's worker processes
    assert local_ray.is_initialized()  # a Ray the executor joined is left running
    assert on_ray.ok == len(paths) and on_ray.failed == 1
    same_tables_as_local(on_ray, src)
    errors = on_ray.errors()
    assert list(errors["error"]) == ["empty"] and errors["source"].iloc[0].endswith("empty.txt")


def test_a_dead_ray_worker_fails_only_its_own_task(local_ray):
    _crash, _fail = _task_functions()
    with RayExecutor() as executor:
        crashed = executor.submit(_crash)
        failed = executor.submit(_fail, 7)
        fine = executor.submit(pow, 2, 10)
        with pytest.raises(WorkerCrashed, match="Ray worker running this task died"):
            crashed.result(timeout=120)
        with pytest.raises(ValueError, match="no report number 7"):  # the task's own error, as raised
            failed.result(timeout=60)
        assert fine.result(timeout=60) == 1024
        assert executor.submit(pow, 3, 3).result(timeout=60) == 27  # the executor goes on
    with pytest.raises(RuntimeError, match="after shutdown"):
        executor.submit(pow, 2, 2)


def test_a_batch_records_a_crashed_ray_task_as_an_error_row(tmp_path, local_ray):
    """The batch's own mapping: a WorkerCrashed from Ray becomes ``worker_crashed``."""
    _crash, _ = _task_functions()
    src = tmp_path / "src"
    good = generate_report(720, rendering="pipe", template="2021").write(src)
    bad = src / "kills-its-worker.txt"
    bad.write_bytes(generate_report(721, rendering="tsv", template="2021").data)

    class Crashing(RayExecutor):  # the file named so takes its worker down
        def submit(self, fn, /, *args, **kwargs):
            if str(args[0]).endswith("kills-its-worker.txt"):
                return super().submit(_crash)
            return super().submit(fn, *args, **kwargs)

    with Crashing() as executor:
        result = textmine.batch(src, executor=executor, out=tmp_path / "out")
    assert (result.ok, result.failed) == (1, 1)
    errors = result.errors()
    assert list(errors["error"]) == ["worker_crashed"] and errors["source"].iloc[0] == str(bad)
    assert set(result.table("reports")["source"]) == {str(good), str(bad)}


def test_cli_runs_a_batch_as_ray_tasks(tmp_path, local_ray, same_tables_as_local):
    src = tmp_path / "src"
    for s in range(3):
        generate_report(730 + s, rendering=("pipe", "html", "cells")[s], template="2021").write(src)
    code = main(["batch", str(src), "--out", str(tmp_path / "ray"), "--ray", "auto", "--no-progress"])
    assert code == 0
    assert local_ray.is_initialized()  # the CLI joined the running Ray and left it so
    same_tables_as_local(tmp_path / "ray", src)


def test_cli_refuses_a_time_limit_on_a_cluster(tmp_path, capsys):
    src = tmp_path / "src"
    generate_report(740, rendering="tsv", template="2021").write(src)
    code = main(["batch", str(src), "--out", str(tmp_path / "out"), "--ray", "auto", "--timeout", "60"])
    assert code == 2
    assert "--timeout: a time limit per file needs local worker processes" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
