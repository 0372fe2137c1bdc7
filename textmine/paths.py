"""Where shipped resources live.

``models/`` sits at the project root (trained classifier, jieba user dictionary, lexicons);
``TEXTMINE_MODELS`` overrides it, e.g. for an installed wheel with models copied elsewhere.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


#: beside the project, never in it: the search tool's caches of real page text
REAL_CACHE_DIR = PROJECT_ROOT.parent / "realcache"


def env_path(variable: str, default: Path) -> Path:
    """The path the environment variable names, else ``default``."""
    override = os.environ.get(variable)
    return Path(override) if override else default


def models_dir() -> Path:
    return env_path("TEXTMINE_MODELS", PROJECT_ROOT / "models")


def corpora_dir() -> Path:
    return PROJECT_ROOT / "corpora"
