"""``python -m textmine.figures.refresh``: rewrite the shipped first-character sets of the
figure wordings (:mod:`textmine.figures.guard`) after a wording was added or changed."""
from __future__ import annotations

from .extract import BEFORE_ALTERNATIVES
from .guard import write_first_chars

if __name__ == "__main__":  # pragma: no cover - maintenance command
    print(write_first_chars(BEFORE_ALTERNATIVES))
