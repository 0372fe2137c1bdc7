"""Imported once by the batch pool's fork server: every worker forked from it starts with
textmine imported and the jieba dictionary built, instead of paying both per worker."""
from __future__ import annotations

import textmine.pipeline  # noqa: F401  (the whole pipeline and its stages)
from textmine.segment import tokenizer

try:
    tokenizer()
except Exception:  # pragma: no cover - a worker will report the problem per file instead
    pass
