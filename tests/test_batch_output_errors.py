"""When the outputs cannot be written (no space, not a directory): one clear error, what was
committed kept, and the same command resumes once the cause is gone."""
from __future__ import annotations

import errno
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest

import textmine
from corpora.generator import generate_report
from textmine.batch import OutputFailed
from textmine.batch import run as run_module
from textmine.batch.store import SQLiteStore
from textmine.cli import main


@pytest.fixture()
def src(tmp_path):
    folder = tmp_path / "src"
    for s in range(3):
        generate_report(960 + s, rendering=("tsv", "pipe", "html")[s], template="2021").write(folder)
    return folder


def test_an_output_directory_that_cannot_be_made_is_one_line(tmp_path, src, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    code = main(["batch", str(src), "--out", str(blocker / "results"), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert f"{blocker / 'results'}: cannot write the results here (NotADirectoryError" in err
    assert blocker.read_text() == "not a directory"  # nothing of the user's touched


def test_a_full_disk_while_storing_keeps_what_was_committed(tmp_path, src, monkeypatch):
    real_commit = SQLiteStore.commit_chunk
    commits = []

    def commit_until_full(self, results, chunk, replaced):
        if commits:
            raise sqlite3.OperationalError("database or disk is full")
        commits.append(len(results))
        return real_commit(self, results, chunk, replaced)

    monkeypatch.setattr(SQLiteStore, "commit_chunk", commit_until_full)
    out = tmp_path / "out"
    with pytest.raises(OutputFailed, match=r"cannot store results \(OperationalError: database or disk is full\); "
                                           r"the 1 committed before are kept"):
        textmine.batch(src, executor=ThreadPoolExecutor(1), out=out, chunk_size=1, max_in_flight=1)
    monkeypatch.setattr(SQLiteStore, "commit_chunk", real_commit)  # space freed
    again = textmine.batch(src, executor=ThreadPoolExecutor(1), out=out)
    assert (again.skipped, again.audited, again.ok) == (1, 2, 2)
    assert len(again.table("reports")) == 3 and again.table("reports")["source"].is_unique


def test_a_failed_export_says_the_results_are_in_the_store(tmp_path, src, monkeypatch, capsys):
    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(run_module, "export", no_space)
    out = tmp_path / "out"
    code = main(["batch", str(src), "--out", str(out), "--no-progress", "-j", "1"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert "cannot write the Parquet/CSV export (OSError: No space left on device); every result is in results.sqlite" in err
    monkeypatch.undo()
    again = textmine.batch(src, out=out, workers=1)
    assert (again.skipped, again.audited) == (3, 0)  # nothing audited twice, only exported
    assert len(again.table("reports")) == 3 and (out / "parquet" / "cells.parquet").exists()
