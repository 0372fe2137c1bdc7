"""Numbered JSON lines, read one way everywhere (annotations, caches, second levels).

Blank lines are skipped; a line that is not JSON is the caller's error class naming the file and
the line, so each reader only checks the fields it needs.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .errors import TextmineError


def json_lines(path: Path, error: type[TextmineError], label: str | None = None) -> Iterator[tuple[str, object]]:
    """``(origin, record)`` for each non-blank line of ``path``; ``origin`` is ``<label>:<line>``
    (``label`` defaults to the file's name)."""
    label = path.name if label is None else label
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        origin = f"{label}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(origin, f"not JSON: {exc.msg}") from None
        yield origin, record
