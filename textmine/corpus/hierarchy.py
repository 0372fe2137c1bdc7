"""A government's reported figures against the sum of its departments' in the same batch.

A county's report may give the county's figures (its departments' included: 汇总各部门,
全县共收到申请…) or its own office's only. Only when the report says it covers its
departments (``AgencyIdentity.coverage == "departments"``) can its figure be held against
theirs: then it can be no less than the sum of the departments' reports of the same year
found in the batch (a batch rarely holds every department, so more is no fault). When the
report does not say, the comparison is UNCERTAIN; when it says it covers itself only
(本级), it is NOT_ASSESSABLE. A department belongs to a government when its parent (its own
place's government, :mod:`textmine.agency`) is that government.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..agency.names import name_key, outer_places, same_places
from ..agency.shapes import DEPARTMENT_LEVELS, GOVERNMENT_LEVELS

RULE = "corpus.government_vs_departments"
RULE_DESCRIPTION = "政府报告的数字不少于本批次中其所属部门报告之和（报告写明涵盖所属部门时；未写明为UNCERTAIN）"

#: the cells compared: (table, row, column, what it is)
CELLS: tuple[tuple[str, str, str, str], ...] = (
    ("applications", "new", "total", "本年新收政府信息公开申请"),
    ("review_litigation", "reconsideration", "total", "行政复议"),
    ("review_litigation", "litigation_direct", "total", "未经复议直接起诉"),
    ("review_litigation", "litigation_after_reconsideration", "total", "复议后起诉"),
)


@dataclass(frozen=True)
class Member:
    """One report as the hierarchy check sees it: its identity and the :data:`CELLS` it has."""

    report_id: str
    source: str
    year: int | None
    identity: Mapping[str, Any]
    values: Mapping[tuple[str, str, str], float]  # only cells with a written number
    coverage_span: tuple[int, int] | None = None


def _is_government(m: Member) -> bool:
    key = m.identity.get("key") or ""
    return m.identity.get("level") in GOVERNMENT_LEVELS and key.endswith("|人民政府") and not key.startswith("|")


def _parent_key(m: Member) -> str | None:
    return name_key(m.identity.get("parent")) if m.identity.get("parent") else None


def _by_parent(members: Sequence[Member]) -> dict[tuple[str, int | None], list[Member]]:
    """Departments by (their government's key, year), each key worked out once."""
    out: dict[tuple[str, int | None], list[Member]] = {}
    for m in members:
        if m.identity.get("level") not in DEPARTMENT_LEVELS:
            continue
        if (m.identity.get("key") or "").endswith("|人民政府办公室"):
            continue  # the government's own office: its report may be the government's
        key = _parent_key(m)
        if key:
            out.setdefault((key, m.year), []).append(m)
    return out


def departments_of(government: Member, by_parent: Mapping[tuple[str, int | None], list[Member]]) -> list[Member]:
    outer = outer_places(government.identity.get("name"))
    found = by_parent.get((government.identity.get("key"), government.year), ())
    return sorted((m for m in found if same_places(outer, outer_places(m.identity.get("parent")))),
                  key=lambda m: m.source)


def government_findings(members: Sequence[Member]) -> dict[str, list]:
    """report id -> the findings on each government that has departments in the batch."""
    from ..reconcile.model import Evidence, Finding

    out: dict[str, list] = {}
    by_parent = _by_parent(members)
    for gov in sorted((m for m in members if _is_government(m)), key=lambda m: m.source):
        departments = departments_of(gov, by_parent)
        if not departments:
            continue
        coverage = gov.identity.get("coverage")
        name = gov.identity.get("name") or gov.source
        for table, row, column, label in CELLS:
            value = gov.values.get((table, row, column))
            parts = [(d, d.values[(table, row, column)]) for d in departments if (table, row, column) in d.values]
            if value is None or not parts:
                continue
            total = sum(v for _, v in parts)
            listing = "、".join(f"{d.identity.get('name') or d.source}{v:g}" for d, v in parts[:5]) + \
                ("等" if len(parts) > 5 else "")
            detail = f"{label}：{name}报告{value:g}，本批次{len(parts)}个所属部门报告合计{total:g}（{listing}）"
            evidence = [Evidence(table=table, row=row, column=column)]
            if gov.coverage_span:
                evidence.append(Evidence(start=gov.coverage_span[0], end=gov.coverage_span[1]))
            found = {"government": value, "departments": total, "n_departments": len(parts),
                     "department_sources": [d.source for d, _ in parts]}
            if coverage == "own":
                status, message = "NOT_ASSESSABLE", f"{detail}；报告写明只涵盖本级，不与部门之和比较"
            elif coverage != "departments":
                status, message = "UNCERTAIN", f"{detail}；报告未写明是否涵盖所属部门，无法判断"
            elif value >= total:
                status, message = "PASS", f"{detail}；报告写明涵盖所属部门，不少于部门之和"
            else:
                status, message = "FAIL", f"{detail}；报告写明涵盖所属部门，却少于部门之和"
            out.setdefault(gov.report_id, []).append(
                Finding(rule=RULE, status=status, severity="warning", message=message, expected=f">={total:g}",
                        found=found, evidence=tuple(evidence), unit=label))
    return out


__all__ = ["Member", "government_findings", "departments_of", "CELLS", "RULE", "RULE_DESCRIPTION"]
