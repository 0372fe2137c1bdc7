"""Shared fixtures: paths to the real data in ../shared (skipped cleanly when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpora" / "seed" / "000_ba23aeb53301a26a.txt"
REAL = SHARED / "corpora" / "real"
REAL_PDFS = {
    "hongze2023": REAL / "hongze-district-2023.pdf",
    "hongze2024": REAL / "hongze-district-2024.pdf",
    "huaian2024": REAL / "huaian-city-government-2024.pdf",
}
BLANK_TEMPLATE = SHARED / "corpora" / "template-2021-blank.docx"
EXAMPLE = ROOT / "examples" / "sample-report.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is not beside the project)")
    return path


@pytest.fixture
def seed_path() -> Path:
    return _need(SEED)


@pytest.fixture
def blank_template_path() -> Path:
    """The 2021 template as issued: every table cell blank."""
    return _need(BLANK_TEMPLATE)


@pytest.fixture
def real_pdf():
    def get(name: str) -> Path:
        return _need(REAL_PDFS[name])

    return get


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture
def same_tables_as_local(tmp_path):
    """``check(got, src, **options)``: every table of ``got`` (a batch result, or the output
    directory of one) equals a batch of ``src`` run with the same ``options`` on local threads,
    the reference a cluster, a shipped or a CLI run must match row for row."""
    from concurrent.futures import ThreadPoolExecutor

    import pandas as pd

    import textmine
    from textmine.batch import read_table
    from textmine.render.frames import TABLES

    def check(got, src, **options):
        local = textmine.batch(src, executor=ThreadPoolExecutor(2), out=tmp_path / "local-reference", **options)
        for table in TABLES:
            frame = got.table(table) if hasattr(got, "table") else read_table(got, table)
            pd.testing.assert_frame_equal(frame, local.table(table), obj=table)
        return local

    return check


@pytest.fixture(scope="session")
def trained_models(tmp_path_factory):
    """A section 五 model trained here by `textmine train` (the skops Pipelines are not
    shipped: the audit runs only ``models/sentence_classifier.npz``). Trained on what is here:
    without ``../shared`` or the search-tool cache some real pages are left out, so it may
    differ from the shipped weights; ``trained_models.complete`` says whether it cannot."""
    from textmine.problems.training import DEFAULT_SEED, train_model, write_model

    out = tmp_path_factory.mktemp("models")
    classifier, meta = train_model(seed=DEFAULT_SEED)
    write_model(classifier, meta, out)
    pages = meta.get("real", {}).get("pages", {})

    class Trained(type(out)):
        pass

    trained = Trained(out)
    trained.complete = not pages.get("missing") and not pages.get("changed")
    trained.meta = meta
    return trained
