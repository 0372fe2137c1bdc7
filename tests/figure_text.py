"""The narrative figures of a text, as the figure tests read them (one place, not six)."""
from __future__ import annotations

from textmine.figures import extract_figures
from textmine.readers import read_text
from textmine.sections import split_sections


def figures(text: str):
    doc = read_text(text)
    return extract_figures(doc, split_sections(doc))


def metric_values(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in figures(text)]
