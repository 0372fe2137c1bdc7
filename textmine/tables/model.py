"""Canonical table cells: every value knows where it came from and how sure we are."""
from __future__ import annotations

from dataclasses import dataclass

from ..fastinit import quick_init
from typing import Any

#: cell status: a number was written / the cell is empty / '/', '—', '-' (not applicable) /
#: the parser could not place the value with confidence.
STATUSES = ("value", "blank", "not_applicable", "unknown")


@quick_init
@dataclass(frozen=True, slots=True)
class TableValue:
    row: str
    column: str
    value: int | float | None
    status: str = "value"
    raw: str = ""
    start: int | None = None
    end: int | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "value": self.value, "status": self.status,
                "raw": self.raw, "start": self.start, "end": self.end, "note": self.note}


@dataclass(frozen=True)
class ParsedTable:
    """One standard table (``key`` in contract.TABLE_KEYS) mapped to canonical cells."""

    key: str
    template: str = "unknown"  # "2021" | "2019" | "pre-2019" | "unknown"
    rendering: str = "missing"  # how it was written: html-grid, tsv, pipe, pdf-lines, ...
    values: tuple[TableValue, ...] = ()
    start: int | None = None
    end: int | None = None
    issues: tuple[str, ...] = ()

    def get(self, row: str, column: str) -> TableValue | None:
        for v in self.values:
            if v.row == row and v.column == column:
                return v
        return None

    def value(self, row: str, column: str) -> int | float | None:
        cell = self.get(row, column)
        return cell.value if cell is not None else None

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Nested ``{row: {column: value}}`` as in the contract; absent rows stay absent."""
        out: dict[str, dict[str, Any]] = {}
        for v in self.values:
            out.setdefault(v.row, {})[v.column] = v.value
        return out

    def details(self) -> dict[str, Any]:
        return {"template": self.template, "rendering": self.rendering, "start": self.start,
                "end": self.end, "issues": list(self.issues),
                "cells": [v.to_dict() for v in self.values]}
