"""Batch memory stays flat: an audit leaves no reference cycles behind.

Batch workers run the cyclic garbage collector rarely (``WORKER_GC_THRESHOLD``: an audit
makes hundreds of thousands of short-lived objects and almost no cycles). Anything a file
leaves in reference cycles therefore stays in memory until a full collection, and a worker
grows by that much per file: python-docx's document model did (~200 MB per worker over a
batch), pdfminer's page objects did (~2 MB per PDF), so the DOCX reader parses the parts it
needs itself and PDFs are read with PDFium (whose ctypes buffers must not be made per call:
``create_string_buffer`` makes a new type, in cycles, each time). These tests count what the
collector finds unreachable right after a file is audited (in a fresh interpreter,
``cycles_probe.py``): it must be nothing.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpora.generator import generate_report
from corpora.generator.render import RENDERINGS

ROOT = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).resolve().parent / "cycles_probe.py"


@pytest.fixture(scope="module")
def leftovers(tmp_path_factory):
    """``{case: {"status", "error", "cells", "left"}}`` of every case, measured in one fresh
    interpreter (``cycles_probe.py`` says why)."""
    from conftest import REAL_PDFS

    tmp = tmp_path_factory.mktemp("cycles")
    cases = []
    for rendering in RENDERINGS:
        # the first report of a rendering builds what every later one shares (lexicons, models,
        # caches): not garbage, but made once; the second shows what each file leaves
        first, second = (str(generate_report(seed, rendering=rendering, template="2021", tables_missing=False)
                             .write(tmp / rendering / str(seed))) for seed in (1, 2))
        cases.append({"name": rendering, "warm": first, "measured": second, "worker_gc": False})
    if REAL_PDFS["hongze2024"].exists():
        pdf = str(REAL_PDFS["hongze2024"])
        cases.append({"name": "pdf-in-worker", "warm": pdf, "measured": pdf, "worker_gc": True})
    if REAL_PDFS["hongze2023"].exists():
        data = REAL_PDFS["hongze2023"].read_bytes()
        broken = tmp / "broken.pdf"
        broken.write_bytes(data[: len(data) // 2] + b"\n%%EOF\n")
        cases.append({"name": "broken-pdf", "warm": str(broken), "measured": str(broken), "worker_gc": False})
    run = subprocess.run([sys.executable, str(PROBE)], input=json.dumps(cases), capture_output=True, text=True,
                         cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def _case(leftovers: dict, name: str) -> dict:
    if name not in leftovers:
        pytest.skip(f"{name}: ../shared is not beside the project")
    return leftovers[name]


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_auditing_a_report_leaves_no_reference_cycles(rendering, leftovers):
    found = _case(leftovers, rendering)
    assert found["status"] == "ok" and found["cells"]
    assert found["left"] == 0, f"a {rendering} report left {found['left']} objects in reference cycles"


def test_a_pdf_in_a_batch_worker_leaves_nothing_for_the_collector(leftovers):
    # as in a worker: collections happen mid-read and promote the live pages
    found = _case(leftovers, "pdf-in-worker")
    assert found["status"] == "ok" and found["cells"]
    assert found["left"] == 0, f"the PDF left {found['left']} objects in reference cycles"


def test_a_broken_pdf_is_collected_after_too(leftovers):
    # the error path (PDFium refusing the file, the exception and its traceback) leaves
    # nothing either
    found = _case(leftovers, "broken-pdf")
    assert found["status"] == "error"
    assert found["left"] == 0, f"a PDF that failed ({found['error']}) left {found['left']} objects in reference cycles"
