"""``textmine batch --ray local``: a Ray started for the run and stopped after it.

A module of its own: the Ray of ``test_batch_ray`` (module-scoped) is shut down by now, so
this one starts from nothing, as a user's command does."""

import pytest

from corpora.generator import generate_report
from textmine.cli import main


def test_cli_starts_a_local_ray_for_the_run_and_stops_it(tmp_path, monkeypatch, same_tables_as_local):
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
    same_tables_as_local(tmp_path / "ray", src)
