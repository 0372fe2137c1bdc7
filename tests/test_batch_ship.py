"""Batches whose workers cannot see the input files: the bytes go with each task."""
from __future__ import annotations

import builtins
import io
import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor

import textmine
from corpora.generator import generate_report
from textmine.batch.worker import audit_file, ship
from textmine.cli import main
from textmine.readers import Limits


def _blind(hidden: str) -> None:
    """Run in a worker process: every path under ``hidden`` is gone for it, as on a cluster
    node without the file system the batch reads from."""
    def gone(path) -> bool:
        return isinstance(path, (str, os.PathLike)) and os.fspath(path).startswith(hidden)

    real_stat, real_open = os.stat, io.open

    def stat(path, *args, **kwargs):
        if gone(path):
            raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    def open_(file, *args, **kwargs):
        if gone(file):
            raise FileNotFoundError(2, "No such file or directory", os.fspath(file))
        return real_open(file, *args, **kwargs)

    os.stat = stat
    io.open = builtins.open = open_


def _blind_pool(hidden) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                               initializer=_blind, initargs=(str(hidden),))


LIMITS = Limits(max_bytes=200_000)


def _corpus(src):
    paths = [generate_report(800 + s, rendering=("html", "docx", "tsv", "cells")[s % 4], template="2021").write(src)
             for s in range(4)]
    (src / "empty.txt").write_bytes(b"")
    data = generate_report(805, rendering="tsv").data
    (src / "big.txt").write_bytes(data * (LIMITS.max_bytes // len(data) + 1))  # just over the cap
    return paths


def test_workers_that_cannot_see_the_files_audit_the_shipped_bytes(tmp_path, same_tables_as_local):
    src = tmp_path / "src"
    paths = _corpus(src)
    with _blind_pool(src) as blind:
        unseen = textmine.batch(src, executor=blind, out=tmp_path / "unseen", limits=LIMITS)
    # the workers really cannot read the files: without shipping every file fails
    assert unseen.ok == 0 and set(unseen.errors()["error"]) == {"not_found"}
    with _blind_pool(src) as blind:
        shipped = textmine.batch(src, executor=blind, out=tmp_path / "shipped", limits=LIMITS, ship_files=True)
    assert shipped.ok == len(paths) and shipped.failed == 2
    same_tables_as_local(shipped, src, limits=LIMITS)  # as workers reading the files, errors included
    errors = shipped.errors().sort_values("source")
    assert list(errors["error"]) == ["too_large", "empty"]


def test_a_shipped_file_is_audited_without_its_path(tmp_path):
    src = tmp_path / "src"
    path = generate_report(810, rendering="docx", template="2021").write(src)
    direct = audit_file(str(path))
    payload = ship(str(path))
    shutil.rmtree(src)  # gone: only the shipped bytes are left
    shipped = audit_file(str(path), shipped=payload)
    assert shipped["status"] == "ok"
    for key in ("source", "size", "mtime_ns", "sha256", "report_id", "rows"):
        assert shipped[key] == direct[key], key


def test_files_that_cannot_be_shipped_become_the_same_error_rows(tmp_path):
    src = tmp_path / "src"
    big = src / "big.txt"
    src.mkdir()
    big.write_bytes(b"x" * 300)
    limits = Limits(max_bytes=100)
    for path, code in ((big, "too_large"), (src / "missing.txt", "not_found")):
        shipped = ship(str(path), limits)
        assert isinstance(shipped, dict)  # no task: the error row itself
        direct = audit_file(str(path), limits)
        assert (shipped["status"], shipped["error"]) == ("error", code)
        for key in ("size", "mtime_ns", "sha256", "report_id", "error", "problem", "rows"):
            assert shipped[key] == direct[key], key


def test_cli_ships_files(tmp_path, same_tables_as_local):
    src = tmp_path / "src"
    _corpus(src)
    code = main(["batch", str(src), "--out", str(tmp_path / "out"), "--ship-files", "-j", "2", "--no-progress",
                 "--max-bytes", "200000"])
    assert code == 0
    same_tables_as_local(tmp_path / "out", src, limits=LIMITS)
