"""Findings as a tidy pandas DataFrame (one row per finding)."""
from __future__ import annotations

import json
from typing import Iterable

from .model import Finding
from .rules import RULES_BY_KEY

COLUMNS = ("rule", "status", "severity", "message", "expected", "found", "tolerance", "unit",
           "description", "n_evidence", "cells", "spans", "evidence")


def _jsonish(value):
    """Expected/found may be numbers, strings or small dicts; keep one dtype per column by
    writing non-numbers as JSON text."""
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def findings_frame(findings: Iterable[Finding]):
    import pandas as pd

    rows = []
    for f in findings:
        rule = RULES_BY_KEY.get(f.rule)
        cells = [f"{e.table}:{e.row}:{e.column}" + ("@previous" if e.report != "this" else "")
                 for e in f.evidence if e.table is not None]
        spans = [f"{e.start}-{e.end}" + ("@previous" if e.report != "this" else "")
                 for e in f.evidence if e.table is None]
        rows.append({
            "rule": f.rule, "status": f.status, "severity": f.severity, "message": f.message,
            "expected": _jsonish(f.expected), "found": _jsonish(f.found), "tolerance": f.tolerance,
            "unit": f.unit, "description": rule.description if rule else None,
            "n_evidence": len(f.evidence), "cells": ";".join(cells), "spans": ";".join(spans),
            "evidence": json.dumps([e.to_dict() for e in f.evidence], ensure_ascii=False),
        })
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("expected", "found"):
        # mixed numbers and text: keep as object so no value is coerced
        frame[column] = frame[column].astype(object)
    frame["status"] = pd.Categorical(frame["status"], categories=["FAIL", "UNCERTAIN", "PASS", "NOT_ASSESSABLE"])
    frame["severity"] = pd.Categorical(frame["severity"], categories=["error", "warning", "info"])
    return frame
