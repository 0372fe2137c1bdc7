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


def audit_narrative(text: str, year: int = 2024):
    """The whole audit of ``text`` as the narrative of part 一 of a titled report of ``year``."""
    import textmine

    return textmine.audit(f"某县某局{year}年政府信息公开工作年度报告\n一、总体情况\n{text}\n")


def audited(text: str, fields: tuple[str, ...] = ("metric", "value"), year: int = 2024) -> list[tuple]:
    """The audit's figures of ``text`` (as :func:`audit_narrative`), each as the tuple of ``fields``."""
    return [tuple(getattr(f, name) for name in fields) for f in audit_narrative(text, year).figures]


def statuses(report, rule: str) -> list[str]:
    """The statuses of ``report``'s findings of ``rule``, in order."""
    return [f.status for f in report.findings if f.rule == rule]
