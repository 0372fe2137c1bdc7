"""kill -9 a real `textmine batch` mid-run, run the same command again: nothing lost, nothing
twice, and the tables equal those of an uninterrupted run."""
from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from corpora.generator import generate_report
from textmine.render.frames import TABLES

ROOT = Path(__file__).resolve().parent.parent
N_FILES = 150


def _command(src: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "textmine.cli", "batch", str(src), "--out", str(out), "--workers", "2",
            "--chunk-size", "4", "--no-progress"]


def _finished(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            return conn.execute("SELECT COUNT(*) FROM files").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def src(tmp_path_factory):
    root = tmp_path_factory.mktemp("resume-src")
    for seed in range(N_FILES):
        generate_report(1000 + seed, rendering=("tsv", "pipe", "cells")[seed % 3], template="2021").write(root)
    return root


def test_kill_dash_nine_then_resume_equals_an_uninterrupted_run(src, tmp_path):
    out = tmp_path / "killed"
    proc = subprocess.Popen(_command(src, out), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _finished(out / "results.sqlite") < 8 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert proc.poll() is None, "the batch finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)  # the main process only, as a user's kill -9 would
        proc.wait(timeout=30)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # tidy up the orphaned fork server and workers
        except ProcessLookupError:
            pass
        proc.stderr.close()
    done_at_kill = _finished(out / "results.sqlite")
    assert 8 <= done_at_kill < N_FILES
    assert not (out / "parquet").exists()  # exports only when a run completes

    resumed = subprocess.run(_command(src, out), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    skipped = int(re.search(r"(\d+) already done", resumed.stderr).group(1))
    assert skipped == done_at_kill

    clean = tmp_path / "clean"
    fresh = subprocess.run(_command(src, clean), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert fresh.returncode == 0, fresh.stderr
    assert "0 already done" in fresh.stderr

    reports = pd.read_parquet(out / "parquet" / "reports.parquet")
    assert len(reports) == N_FILES and reports["source"].is_unique and (reports["status"] == "ok").all()
    for table in TABLES:
        a = pd.read_parquet(out / "parquet" / f"{table}.parquet")
        b = pd.read_parquet(clean / "parquet" / f"{table}.parquet")
        pd.testing.assert_frame_equal(a, b)
        if "ord" in a.columns:
            key = ["report_id", "table", "ord"] if table == "cells" else ["report_id", "ord"]
            assert not a.duplicated(key).any()
    conn = sqlite3.connect(out / "results.sqlite")
    try:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT source) FROM files").fetchone() == (N_FILES, N_FILES)
        assert conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == N_FILES
    finally:
        conn.close()
