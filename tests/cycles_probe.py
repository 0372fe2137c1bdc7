"""Run by ``test_batch_memory`` in a fresh interpreter: what the cyclic collector finds
unreachable right after a file is audited.

A fresh process, because the collector counts the garbage of every thread: a Dask or Ray
client that an earlier test left behind keeps an event loop running, whose garbage would be
counted against the file. Reads JSON from stdin, ``[{"name", "warm", "measured",
"worker_gc"}]``: ``warm`` is audited first (what every later file shares is built then),
``measured`` next with the collector off, or, with ``worker_gc``, running as in a batch
worker (collections happen mid-read); then one full collection. Prints JSON
``{name: {"status", "error", "cells", "left"}}``.
"""
from __future__ import annotations

import gc
import json
import sys

from textmine.batch.pool import WORKER_GC_THRESHOLD
from textmine.batch.worker import audit_file


def leftovers(case: dict) -> dict:
    audit_file(case["warm"])
    threshold = gc.get_threshold()
    gc.collect()
    gc.disable()
    try:
        if case["worker_gc"]:
            gc.set_threshold(*WORKER_GC_THRESHOLD)
            gc.enable()
        result = audit_file(case["measured"])
        gc.disable()
        left = gc.collect()
    finally:
        gc.set_threshold(*threshold)
        gc.enable()
    return {"status": result["status"], "error": result["error"], "cells": bool(result["rows"]["cells"]),
            "left": left}


if __name__ == "__main__":
    cases = json.load(sys.stdin)
    json.dump({case["name"]: leftovers(case) for case in cases}, sys.stdout)
