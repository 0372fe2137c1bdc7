"""Where shipped resources live.

``models/`` sits at the project root (trained classifier, jieba user dictionary, lexicons);
``TEXTMINE_MODELS`` overrides it, e.g. for an installed wheel with models copied elsewhere.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def models_dir() -> Path:
    override = os.environ.get("TEXTMINE_MODELS")
    return Path(override) if override else PROJECT_ROOT / "models"


def corpora_dir() -> Path:
    return PROJECT_ROOT / "corpora"
