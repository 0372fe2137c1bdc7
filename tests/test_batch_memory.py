"""Batch memory stays flat: an audit leaves no reference cycles behind.

Batch workers run the cyclic garbage collector rarely (``WORKER_GC_THRESHOLD``: an audit
makes hundreds of thousands of short-lived objects and almost no cycles). Anything a file
leaves in reference cycles therefore stays in memory until a full collection, and a worker
grows by that much per file: python-docx's document model did (~200 MB per worker over a
batch), pdfminer's page objects did (~2 MB per PDF), so the DOCX reader parses the parts it
needs itself and PDFs are read with PDFium (whose ctypes buffers must not be made per call:
``create_string_buffer`` makes a new type, in cycles, each time). These tests count what the
collector finds unreachable right after a file is audited: it must be nothing.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager

import pytest

from corpora.generator import generate_report
from corpora.generator.render import RENDERINGS
from textmine.batch.pool import WORKER_GC_THRESHOLD
from textmine.batch.worker import audit_file


@contextmanager
def collector_off():
    """The collector stopped (as good as a batch worker's, for one file), then put back."""
    was_enabled, threshold = gc.isenabled(), gc.get_threshold()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if was_enabled:
            gc.enable()


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_auditing_a_report_leaves_no_reference_cycles(rendering, tmp_path):
    # the first report of a rendering builds what every later one shares (lexicons, models,
    # caches): not garbage, but made once; the second shows what each file leaves
    first, second = (generate_report(seed, rendering=rendering, template="2021", tables_missing=False).write(tmp_path / str(seed)) for seed in (1, 2))
    assert audit_file(str(first))["status"] == "ok"
    with collector_off():
        result = audit_file(str(second))
        left = gc.collect()
    assert result["status"] == "ok" and result["rows"]["cells"]
    assert left == 0, f"a {rendering} report left {left} objects in reference cycles"


def test_a_pdf_in_a_batch_worker_leaves_nothing_for_the_collector(real_pdf):
    path = str(real_pdf("hongze2024"))
    audit_file(path)
    with collector_off():
        gc.set_threshold(*WORKER_GC_THRESHOLD)
        gc.enable()  # as in a worker: collections happen mid-read and promote the live pages
        result = audit_file(path)
        gc.disable()
        left = gc.collect()
    assert result["status"] == "ok" and result["rows"]["cells"]
    assert left == 0, f"the PDF left {left} objects in reference cycles"


def test_a_broken_pdf_is_collected_after_too(real_pdf, tmp_path):
    # the error path (PDFium refusing the file, the exception and its traceback) leaves
    # nothing either
    data = real_pdf("hongze2023").read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 2] + b"\n%%EOF\n")
    audit_file(str(broken))
    with collector_off():
        result = audit_file(str(broken))
        left = gc.collect()
    assert left == 0, f"a PDF that failed ({result['error']}) left {left} objects in reference cycles"
