"""``textmine batch --ray local``: a Ray started for the run and stopped after it.

A module of its own: the Ray of ``test_batch_ray`` (module-scoped) is shut down by now, so
this one starts from nothing, as a user's command does."""
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest

import textmine
from corpora.generator import generate_report
from textmine.batch import read_table
from textmine.cli import main
from textmine.render.frames import TABLES


def test_cli_starts_a_local_ray_for_the_run_and_stops_it(tmp_path, monkeypatch):
    ray = pytest.importorskip("ray")
    if ray.is_initialized():
        pytest.skip("a Ray is already running in this process")
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")  # no token written to the user's home
    src = tmp_path / "src"
    for s in range(2):
        generate_report(750 + s, rendering=("docx", "tsv")[s], template="2021").write(src)
    code = main(["batch", str(src), "--out", str(tmp_path / "ray"), "--ray", "local", "-j", "1", "--no-progress"])
    assert code == 0
    assert not ray.is_initialized()  # the Ray started for the run is gone with it
    local = textmine.batch(src, executor=ThreadPoolExecutor(1), out=tmp_path / "local")
    for table in TABLES:
        pd.testing.assert_frame_equal(read_table(tmp_path / "ray", table), local.table(table))
