"""Shared by the batch benchmarks: a generated corpus on disk, cached by size and seed."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpora.generator import write_corpus  # noqa: E402


def generator_version() -> str:
    """Hash of the generator's source: a cached corpus made by another version is not reused."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "corpora" / "generator").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


def corpus(n: int, *, seed: int = 0, cache: Path | None = None, **options) -> Path:
    """``n`` generated reports in a cache directory (made once per generator version, reused
    by later runs)."""
    tag = "-".join(f"{k}={v}" for k, v in sorted(options.items()))
    cache = cache or Path("/tmp") / "textmine-bench"
    directory = cache / f"corpus-{n}-{seed}-{generator_version()}{'-' + tag if tag else ''}"
    marker = directory / ".complete"
    if not marker.exists():
        write_corpus(directory, n, seed=seed, truth=False, **options)
        marker.write_text("ok")
    return directory


def files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if not p.name.startswith(".") and p.suffix != ".jsonl")
