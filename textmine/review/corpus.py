"""The corpus view's data: one row per report with its FAILs by severity, UNCERTAINs and
review progress; filters, sorting, pages; the numbers behind the plots.

Everything is read with a few queries over the review's index (``review_reports``,
``review_findings``) and the decisions, never over the batch's big child tables, so a store of
10k reports answers in a fraction of a second (``benchmarks/review_corpus_view.py``).
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Mapping

from .index import OUTCOMES
from .labels import AGENCY_EXTRAS

PAGE_SIZE = 50
ACTIONABLE = ("FAIL", "UNCERTAIN")

#: finding-status filter: value -> (label, SQL condition on the row)
STATUS_FILTERS: dict[str, tuple[str, str]] = {
    "FAIL": ("有不一致", "(n_error + n_warning + n_info) > 0"),
    "FAIL:error": ("有错误级不一致", "n_error > 0"),
    "FAIL:warning": ("有警告级不一致", "n_warning > 0"),
    "UNCERTAIN": ("有存疑", "n_uncertain > 0"),
    "clean": ("无不一致、无存疑", "report_status = 'ok' AND (n_error + n_warning + n_info + n_uncertain) = 0"),
    "error": ("文件无法读取", "report_status = 'error'"),
}
#: review-state filter: value -> (label, SQL condition)
REVIEW_FILTERS: dict[str, tuple[str, str]] = {
    "todo": ("尚有待审", "decided < actionable"),
    "untouched": ("未开始", "actionable > 0 AND decided = 0"),
    "partial": ("审核中", "decided > 0 AND decided < actionable"),
    "done": ("已审完", "actionable > 0 AND decided = actionable"),
    "confirmed": ("有已确认", "confirmed > 0"),
    "none": ("无需审核", "actionable = 0"),
}
#: sortable columns: value -> SQL expression (ties broken by agency, then source)
SORTS: dict[str, str] = {
    "agency": "agency", "year": "year", "template": "template", "source": "source",
    "n_error": "n_error", "n_warning": "n_warning", "n_info": "n_info", "n_uncertain": "n_uncertain",
    "progress": "CASE WHEN actionable = 0 THEN 2.0 ELSE decided * 1.0 / actionable END",
    "actionable": "actionable",
}


@dataclass(frozen=True)
class Filters:
    q: str = ""
    rule: str = ""
    status: str = ""
    review: str = ""
    year: str = ""
    template: str = ""
    extras: tuple[tuple[str, str], ...] = ()  # (agency extra key, value)
    sort: str = "n_error"
    desc: bool = True

    @classmethod
    def from_query(cls, query: Mapping[str, str], extra_keys: tuple[str, ...] = ()) -> "Filters":
        def get(name: str) -> str:
            return (query.get(name) or "").strip()[:200]

        sort = get("sort")
        return cls(q=get("q"), rule=get("rule"), status=get("status") if get("status") in STATUS_FILTERS else "",
                   review=get("review") if get("review") in REVIEW_FILTERS else "", year=get("year"),
                   template=get("template"),
                   extras=tuple((k, get(k)) for k in extra_keys if get(k)),
                   sort=sort if sort in SORTS or sort in extra_keys else "n_error",
                   desc=get("dir") != "asc" if sort else True)

    def query(self, **changes) -> dict[str, str]:
        """The URL query of these filters (with ``changes``), without empty values."""
        values = {"q": self.q, "rule": self.rule, "status": self.status, "review": self.review, "year": self.year,
                  "template": self.template, **dict(self.extras), "sort": self.sort,
                  "dir": "desc" if self.desc else "asc"}
        values.update({k: str(v) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}


@dataclass
class Extras:
    """The agency identity fields this store has (:data:`AGENCY_EXTRAS`): key -> SQL expression."""

    expressions: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self.expressions)


def agency_extras(conn: sqlite3.Connection) -> Extras:
    """Which agency identity fields the ``reports`` table offers, as columns or in ``extra``."""
    columns = {r[1] for r in conn.execute('PRAGMA table_info("reports")')}
    out = Extras()
    for key, label, names, paths in AGENCY_EXTRAS:
        column = next((n for n in names if n in columns), None)
        if column is not None:
            out.expressions[key] = f'r."{column}"'
        else:
            present = [p for p in paths if conn.execute(
                "SELECT 1 FROM reports WHERE json_extract(extra, ?) IS NOT NULL LIMIT 1", (p,)).fetchone()]
            if not present:
                continue
            parts = ", ".join(f"json_extract(r.extra, '{p}')" for p in present)
            out.expressions[key] = f"COALESCE({parts})" if len(present) > 1 else parts
        out.labels[key] = label
    return out


def _base_sql(extras: Extras) -> str:
    extra_cols = "".join(f", {expr} AS \"{key}\"" for key, expr in extras.expressions.items())
    return f"""
WITH prog AS (
  SELECT rf.report_id AS report_id, COUNT(*) AS actionable,
         SUM(d.state IN ('confirmed', 'dismissed')) AS decided,
         SUM(d.state = 'confirmed') AS confirmed, SUM(d.state = 'dismissed') AS dismissed
  FROM review_findings AS rf LEFT JOIN review_decisions AS d ON d.fingerprint = rf.fingerprint
  WHERE rf.status IN ('FAIL', 'UNCERTAIN') GROUP BY rf.report_id),
base AS (
  SELECT r.report_id AS report_id, r.source AS source, r.agency AS agency, r.year AS year,
         r.template AS template, r.format AS format, r.status AS report_status, r.problem AS problem,
         r.title AS title{extra_cols},
         COALESCE(rr.n_error, 0) AS n_error, COALESCE(rr.n_warning, 0) AS n_warning,
         COALESCE(rr.n_info, 0) AS n_info, COALESCE(rr.n_uncertain, 0) AS n_uncertain,
         COALESCE(p.actionable, 0) AS actionable, COALESCE(p.decided, 0) AS decided,
         COALESCE(p.confirmed, 0) AS confirmed, COALESCE(p.dismissed, 0) AS dismissed,
         rr.received AS received, {", ".join(f"rr.{o} AS {o}" for o in OUTCOMES if o != "received")}
  FROM reports AS r LEFT JOIN review_reports AS rr ON rr.report_id = r.report_id
  LEFT JOIN prog AS p ON p.report_id = r.report_id)
SELECT * FROM base"""


def _where(filters: Filters, extras: Extras) -> tuple[str, list]:
    conds, params = [], []
    if filters.q:
        conds.append("(agency LIKE ? ESCAPE '\\' OR source LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\')")
        like = "%" + filters.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [like, like, like]
    if filters.rule:
        conds.append("report_id IN (SELECT report_id FROM review_findings WHERE rule = ? AND status IN ('FAIL', 'UNCERTAIN'))")
        params.append(filters.rule)
    if filters.status:
        conds.append(STATUS_FILTERS[filters.status][1])
    if filters.review:
        conds.append(REVIEW_FILTERS[filters.review][1])
    if filters.year:
        conds.append("CAST(year AS TEXT) = ?")
        params.append(filters.year)
    if filters.template:
        conds.append("template = ?")
        params.append(filters.template)
    for key, value in filters.extras:
        if key in extras.expressions:
            conds.append(f'CAST("{key}" AS TEXT) = ?')
            params.append(value)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def select(conn: sqlite3.Connection, filters: Filters, extras: Extras) -> list[sqlite3.Row]:
    """Every report the filters keep, in the chosen order."""
    where, params = _where(filters, extras)
    sort = SORTS.get(filters.sort) or (f'"{filters.sort}"' if filters.sort in extras.expressions else "n_error")
    direction = "DESC" if filters.desc else "ASC"
    order = f"{sort} {direction} NULLS LAST, agency ASC NULLS LAST, source ASC"
    return conn.execute(f"{_base_sql(extras)}{where} ORDER BY {order}", params).fetchall()


@dataclass
class Summary:
    reports: int = 0
    errors: int = 0  # files that could not be audited
    fails: int = 0
    uncertain: int = 0
    actionable: int = 0
    decided: int = 0
    confirmed: int = 0
    dismissed: int = 0


def summarise(rows: list[sqlite3.Row]) -> Summary:
    s = Summary(reports=len(rows))
    for r in rows:
        s.errors += r["report_status"] == "error"
        s.fails += r["n_error"] + r["n_warning"] + r["n_info"]
        s.uncertain += r["n_uncertain"]
        s.actionable += r["actionable"]
        s.decided += r["decided"]
        s.confirmed += r["confirmed"]
        s.dismissed += r["dismissed"]
    return s


def findings_by_rule(conn: sqlite3.Connection, report_ids: set[str] | None) -> list[tuple[str, int, int]]:
    """``(rule, FAILs, UNCERTAINs)`` over the given reports (None: all), most first."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for report_id, rule, status in conn.execute(
            "SELECT report_id, rule, status FROM review_findings WHERE status IN ('FAIL', 'UNCERTAIN')"):
        if report_ids is None or report_id in report_ids:
            counts[rule][status] += 1
    out = [(rule, c["FAIL"], c["UNCERTAIN"]) for rule, c in counts.items()]
    return sorted(out, key=lambda t: (-(t[1] + t[2]), t[0]))


#: buckets of the reports-by-number-of-FAILs histogram: (label, low, high inclusive)
FAIL_BUCKETS = (("0", 0, 0), ("1", 1, 1), ("2", 2, 2), ("3", 3, 3), ("4", 4, 4), ("5–9", 5, 9), ("≥10", 10, 10 ** 9))


def reports_by_fails(rows: list[sqlite3.Row], severities=("n_error", "n_warning", "n_info")) -> list[tuple[str, int]]:
    counts = Counter()
    for r in rows:
        if r["report_status"] != "ok":
            continue
        n = sum(r[s] for s in severities)
        for label, low, high in FAIL_BUCKETS:
            if low <= n <= high:
                counts[label] += 1
                break
    return [(label, counts[label]) for label, _, _ in FAIL_BUCKETS]


def applications_by_agency(rows: list[sqlite3.Row], top: int = 20) -> tuple[list[tuple[str, str, dict]], dict, int]:
    """The ``top`` reports by applications received (``(report_id, label, outcomes)``), the
    outcomes summed over every report that has table 三, and how many reports that is."""
    with_table = [r for r in rows if r["received"] is not None]
    total = {o: sum(r[o] or 0 for r in with_table) for o in OUTCOMES}
    ranked = sorted((r for r in with_table if r["received"]), key=lambda r: (-(r["received"] or 0), r["agency"] or "", r["source"]))[:top]
    bars = []
    for r in ranked:
        label = f"{r['agency'] or r['source']}" + (f"（{r['year']}）" if r["year"] else "")
        bars.append((r["report_id"], label, {o: r[o] or 0 for o in OUTCOMES}))
    return bars, total, len(with_table)


def distinct_values(conn: sqlite3.Connection, extras: Extras) -> dict[str, list[str]]:
    """Values offered in the filter menus."""
    out = {
        "year": [str(r[0]) for r in conn.execute("SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY 1 DESC")],
        "template": [r[0] for r in conn.execute("SELECT DISTINCT template FROM reports WHERE template IS NOT NULL ORDER BY 1")],
        "rule": [r[0] for r in conn.execute(
            "SELECT DISTINCT rule FROM review_findings WHERE status IN ('FAIL', 'UNCERTAIN') ORDER BY 1")],
    }
    for key, expr in extras.expressions.items():
        if key == "level" or key == "region":
            out[key] = [str(r[0]) for r in conn.execute(
                f"SELECT DISTINCT {expr} FROM reports AS r WHERE {expr} IS NOT NULL ORDER BY 1")]
    return out


__all__ = ["Filters", "Extras", "agency_extras", "select", "summarise", "findings_by_rule", "reports_by_fails",
           "applications_by_agency", "distinct_values", "STATUS_FILTERS", "REVIEW_FILTERS", "SORTS", "PAGE_SIZE"]
