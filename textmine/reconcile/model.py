"""Findings: one rule's verdict with expected vs found and the evidence behind it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STATUSES = ("PASS", "FAIL", "UNCERTAIN", "NOT_ASSESSABLE")
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A text span (``start``/``end``) or a table cell (``table``/``row``/``column``)."""

    start: int | None = None
    end: int | None = None
    table: str | None = None
    row: str | None = None
    column: str | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.table is not None:
            return {"table": self.table, "row": self.row, "column": self.column}
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    status: str
    severity: str
    message: str
    expected: Any = None
    found: Any = None
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "status": self.status, "severity": self.severity,
                "message": self.message, "expected": self.expected, "found": self.found,
                "evidence": [e.to_dict() for e in self.evidence]}
