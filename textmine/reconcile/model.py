"""Findings: one rule's verdict with expected vs found and the evidence behind it."""
from __future__ import annotations

from dataclasses import dataclass

from ..fastinit import quick_init
from typing import Any

STATUSES = ("PASS", "FAIL", "UNCERTAIN", "NOT_ASSESSABLE")
SEVERITIES = ("error", "warning", "info")


@quick_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """A text span (``start``/``end``) or a table cell (``table``/``row``/``column``).

    ``start``/``end`` are offsets into the normalised text of *this* report, or of last
    year's report when ``report`` is ``"previous"`` (cross-year rules cite both)."""

    start: int | None = None
    end: int | None = None
    table: str | None = None
    row: str | None = None
    column: str | None = None
    report: str = "this"  # "this" | "previous"

    @property
    def is_cell(self) -> bool:
        return self.table is not None

    def key(self) -> tuple:
        """A total order for sorting evidence deterministically."""
        return (self.report, self.table or "", self.row or "", self.column or "",
                -1 if self.start is None else self.start, -1 if self.end is None else self.end)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any]
        if self.table is not None:
            out = {"table": self.table, "row": self.row, "column": self.column}
        else:
            out = {"start": self.start, "end": self.end}
        if self.report != "this":
            out["report"] = self.report
        return out


@quick_init
@dataclass(frozen=True, slots=True)
class Finding:
    """One rule's verdict on one unit (a column, a block, a stated figure, ...).

    ``tolerance`` is the allowed absolute difference that was applied (0 for exact
    arithmetic, >0 where a qualifier such as 约/余 or 万-rounding made the figure
    approximate); ``unit`` names the unit checked (``column total``, ``reconsideration``)."""

    rule: str
    status: str
    severity: str
    message: str
    expected: Any = None
    found: Any = None
    evidence: tuple[Evidence, ...] = ()
    tolerance: float | None = None
    unit: str | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown finding status {self.status!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown finding severity {self.severity!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "status": self.status, "severity": self.severity,
                "message": self.message, "expected": self.expected, "found": self.found,
                "evidence": [e.to_dict() for e in self.evidence],
                "tolerance": self.tolerance, "unit": self.unit}
