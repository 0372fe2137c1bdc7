"""Turning per-unit judgements into findings a reviewer can read.

A rule judges many units (seven columns, three blocks, every stated figure). Failures and
doubts are listed one by one, each with its own expected/found and evidence; units that pass
are merged into one PASS finding per rule, and units that cannot be judged into one
NOT_ASSESSABLE finding, so the list stays short without hiding anything."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .context import Judgement
from .model import Evidence, Finding


def sort_evidence(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(evidence))  # first occurrence of each, in order


def make(rule, status: str, message: str, *, expected=None, found=None,
         evidence: Sequence[Evidence] = (), unit: str | None = None,
         tolerance: float | None = None, severity: str | None = None) -> Finding:
    """A finding of ``rule``. PASS and NOT_ASSESSABLE are reported as ``info``; FAIL and
    UNCERTAIN carry the rule's severity (or the one given)."""
    if status in ("PASS", "NOT_ASSESSABLE"):
        sev = "info"
    else:
        sev = severity or rule.severity
    return Finding(rule=rule.key, status=status, severity=sev, message=message,
                   expected=expected, found=found, evidence=sort_evidence(evidence),
                   tolerance=tolerance if tolerance is not None else rule.tolerance_value,
                   unit=unit)


def from_judgement(rule, judgement: Judgement, unit: str, detail: str,
                   evidence: Sequence[Evidence], severity: str | None = None,
                   tolerance: float | None = None) -> Finding:
    """``detail`` describes the equation with its numbers; the status decides the wording."""
    if judgement.status == "PASS":
        message = f"{unit}：{detail}，相符"
    elif judgement.status == "FAIL":
        diff = _diff(judgement.expected, judgement.found)
        message = f"{unit}：{detail}，不相等（相差{diff}）"
    elif judgement.status == "UNCERTAIN":
        message = f"{unit}：{detail}；{judgement.note}"
    else:
        message = f"{unit}：无法核对，{judgement.note}"
    if judgement.note and judgement.status == "PASS":
        message += f"（{judgement.note}）"
    return make(rule, judgement.status, message, expected=judgement.expected,
                found=judgement.found, evidence=evidence, unit=unit, severity=severity,
                tolerance=tolerance)


@dataclass(frozen=True, slots=True)
class Judged:
    """One unit's verdict whose finding is made only if it is reported on its own:
    :func:`collapse` merges two or more passes into one finding that needs nothing but their
    units, so a rule judging 25 rows need not word 25 messages it would throw away."""

    status: str
    unit: str
    build: Callable[[], Finding]


def judged(rule, judgement: Judgement, unit: str, detail: Callable[[], str],
           evidence: Callable[[], Sequence[Evidence]]) -> Judged:
    """:func:`from_judgement`, made when needed (``detail`` and ``evidence`` are called then)."""
    return Judged(judgement.status, unit, lambda: from_judgement(rule, judgement, unit, detail(), evidence()))


def _finding(item: "Finding | Judged") -> Finding:
    return item.build() if type(item) is Judged else item


def _diff(a, b) -> str:
    try:
        d = a - b
    except TypeError:
        return "?"
    if isinstance(d, float):
        d = round(d, 6)
        if d == int(d):
            d = int(d)
    return f"{d:+}" if not isinstance(d, float) else f"{d:+g}"


def collapse(rule, findings: "Sequence[Finding | Judged]", *, what: str = "项") -> tuple[Finding, ...]:
    """Keep FAIL/UNCERTAIN findings one by one; merge the PASS ones into one PASS and the
    NOT_ASSESSABLE ones into one NOT_ASSESSABLE finding (listing their units). ``findings``
    may be :class:`Judged` verdicts, made into findings only where they are kept."""
    out: list[Finding] = []
    passed = [f for f in findings if f.status == "PASS"]
    unknown = [_finding(f) for f in findings if f.status == "NOT_ASSESSABLE"]
    out.extend(_finding(f) for f in findings if f.status in ("FAIL", "UNCERTAIN"))
    if passed:
        if len(passed) == 1:
            out.append(_finding(passed[0]))
        else:
            units = "（" + "、".join(f.unit or "?" for f in passed) + "）" if len(passed) <= 7 else ""
            out.append(make(rule, "PASS", f"{rule.description}：{len(passed)}{what}均相符{units}",
                            unit=f"{len(passed)}{what}"))
    if unknown:
        if len(unknown) == 1:
            out.append(unknown[0])
        else:
            # one reason for all (an unfilled table): say it once, after the units
            tails = {f.message.split("：无法核对，", 1)[-1] for f in unknown}
            if len(tails) == 1 and all("：无法核对，" in f.message for f in unknown):
                units = "、".join(f.unit or "?" for f in unknown[:7]) + ("等" if len(unknown) > 7 else "")
                message = f"{rule.description}：{len(unknown)}{what}无法核对（{units}），{tails.pop()}"
            else:
                reasons = "；".join(f.message for f in unknown[:6])
                more = f"；另有{len(unknown) - 6}{what}" if len(unknown) > 6 else ""
                message = f"{rule.description}：{len(unknown)}{what}无法核对——{reasons}{more}"
            out.append(make(rule, "NOT_ASSESSABLE", message, evidence=[e for f in unknown for e in f.evidence],
                            unit=f"{len(unknown)}{what}"))
    return tuple(out)


def not_assessable(rule, reason: str, evidence: Sequence[Evidence] = ()) -> tuple[Finding, ...]:
    return (make(rule, "NOT_ASSESSABLE", f"{rule.description}：无法核对，{reason}", evidence=evidence),)
