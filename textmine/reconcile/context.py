"""What the rules look at: one report's tables and figures, and optionally last year's.

Rules never index tables directly; they ask the context for :class:`Cell` values, which
carry the cell's status (a written number, blank, not-applicable, unknown, or absent from
the layout) and the evidence that points at it. :func:`judge_sum` turns "these cells should
add up to those" into a status that never says FAIL because of a blank or unknown cell.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from ..fastinit import quick_init
from ..model import Document, Metadata, SectionMap
from .model import Evidence

#: rows of table 三 that are not results (the identity's other terms)
APPLICATION_FRAME_ROWS = ("new", "carried_over", "total", "carried_forward")
APPLICANT_COLUMNS = ("natural_person", "business", "research", "social_org", "legal_service",
                     "other_org")
APPLICATION_COLUMNS = APPLICANT_COLUMNS + ("total",)
#: table 二's columns for 规章 / 规范性文件 by template generation (field guide §2.4): 2021
#: 本年制发 / 本年废止 / 现行有效; 2019 本年新制作 / 本年新公开 / 对外公开总数量
DOCUMENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "2021": ("issued", "repealed", "in_force"),
    "2019": ("new_made", "new_published", "public_total"),
}
REVIEW_BLOCKS = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
REVIEW_PARTS = ("upheld", "corrected", "other", "pending")

#: result groups of table 三 and the sub-rows each has in the 2021 template. The 2019
#: template has a single （六）其他处理 row: a group is complete when all its sub-rows are
#: present, or when it is a group that older layouts write as one row and one row is there.
RESULT_GROUPS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("granted", (), False),
    ("partial", (), False),
    ("denied", ("state_secret", "law_forbidden", "three_safety_one_stability", "third_party",
                "internal_affairs", "process_info", "enforcement_file", "admin_query"), False),
    ("unavailable", ("not_held", "needs_creation", "unclear"), False),
    ("not_processed", ("petition", "repeat", "publication", "massive", "confirm"), False),
    ("other", ("no_correction", "no_fee", "other"), True),
)


# not frozen: hundreds are made per report and a frozen dataclass's __init__ costs
# about five times as much; nothing assigns to one after it is made
@dataclass(slots=True)
class Cell:
    """One table cell as the rules see it. ``status`` is the parser's status, or ``absent``
    when the layout has no such cell (or the table is missing)."""

    table: str
    row: str
    column: str
    value: int | float | None
    status: str  # value | blank | not_applicable | unknown | absent
    start: int | None = None
    end: int | None = None

    @property
    def evidence(self) -> Evidence:
        return _cell_evidence(self.table, self.row, self.column)

    @property
    def known(self) -> bool:
        return self.status == "value" and self.value is not None


@functools.lru_cache(maxsize=4096)
def _cell_evidence(table: str, row: str, column: str) -> Evidence:
    """The evidence pointing at a cell (records are immutable: one per cell is enough)."""
    return Evidence(table=table, row=row, column=column)


@quick_init
@dataclass(frozen=True, slots=True)
class Judgement:
    """The verdict on one equation before it becomes a Finding."""

    status: str
    expected: Any
    found: Any
    note: str = ""


def _number(x: float) -> int | float:
    """Integers stay integers; decimals are rounded to 6 places (万元 sums)."""
    if isinstance(x, float):
        if abs(x - round(x)) < 1e-9:
            return int(round(x))
        return round(x, 6)
    return x


def judge_sum(lhs: Sequence[Cell], rhs: Sequence[Cell], tolerance: float = 0.0) -> Judgement:
    """Judge ``sum(lhs) == sum(rhs)``.

    * any cell absent or unknown -> NOT_ASSESSABLE (we do not know the value);
    * no cell written at all (every one blank or '/', as in an unfilled template) ->
      NOT_ASSESSABLE: nothing was stated, so there is nothing to agree or disagree;
    * blanks and not-applicable cells count as 0 (what a blank means in practice) beside at
      least one written number; if the equation then holds -> PASS;
    * it does not hold and a blank/'/' was involved -> UNCERTAIN (a blank may stand for a
      number the report did not write, so this is not proof of an error);
    * otherwise FAIL. ``expected`` is the left side, ``found`` the right side."""
    cells = list(lhs) + list(rhs)
    missing = [c for c in cells if c.status in ("absent", "unknown") or
               (c.status == "value" and c.value is None)]
    if missing:
        what = "、".join(sorted({_describe_missing(c) for c in missing}))
        return Judgement("NOT_ASSESSABLE", None, None, f"缺少或无法确定：{what}")
    if not any(c.status == "value" for c in cells):
        return Judgement("NOT_ASSESSABLE", None, None, NOTHING_STATED)
    left = _number(sum((c.value or 0) for c in lhs))
    right = _number(sum((c.value or 0) for c in rhs))
    if abs(left - right) <= tolerance + 1e-9:
        soft = [c for c in cells if c.status in ("blank", "not_applicable")]
        return Judgement("PASS", left, right, "空白或“/”单元格按0计" if soft else "")
    soft = [c for c in cells if c.status in ("blank", "not_applicable")]
    if soft:
        return Judgement("UNCERTAIN", left, right,
                         f"涉及{len(soft)}个空白或“/”单元格，按0计不相等，无法确定是否为差错")
    return Judgement("FAIL", left, right)


#: why an equation none of whose cells holds a written number is not judged
NOTHING_STATED = "各单元格均为空白或“/”，没有填写任何数字，无可核对"


def _describe_missing(cell: Cell) -> str:
    from .labels import cell_name

    kind = "表格无此单元格" if cell.status == "absent" else "数值无法确定"
    return f"{cell_name(cell.table, cell.row, cell.column)}（{kind}）"


@dataclass(frozen=True)
class Context:
    """Everything one reconciliation run may consult. ``previous`` is last year's
    :class:`~textmine.model.Report` of the same agency (or None)."""

    doc: Document
    sections: SectionMap
    tables: Mapping[str, Any]
    figures: tuple
    metadata: Metadata
    previous: Any = None
    #: the report's AgencyIdentity (None: worked out from the document when a rule asks)
    identity: Any = None
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    # -- tables ---------------------------------------------------------------------
    def table(self, key: str):
        table = self.tables.get(key) if self.tables else None
        if table is None or not getattr(table, "values", ()):
            return None
        return table

    def has_table(self, key: str) -> bool:
        return self.table(key) is not None

    def filled(self, key: str) -> bool:
        """Whether a table holds at least one written number (or a cell that was written but
        could not be read): a table of blanks and '/' only — an unfilled template — states
        nothing a rule could check."""
        table = self.table(key)
        return table is not None and any(v.status in ("value", "unknown") for v in table.values)

    def unfilled_reason(self, key: str) -> str | None:
        """Why a table's rules have nothing to check: it is missing, or it states no number."""
        from .labels import table_name

        if not self.has_table(key):
            return f"未找到{table_name(key).split('（')[0]}"
        if not self.filled(key):
            return f"{table_name(key)}各单元格均为空白或“/”，没有填写任何数字（未填写的模板？），无可核对"
        return None

    def cell(self, table_key: str, row: str, column: str) -> Cell:
        """The cell as the rules see it. Rules ask for the same cells over and over (every
        column of every row, by several rules): each is made once per context."""
        cells = self._cache.get(("cells", table_key))
        if cells is None:
            cells = self._cache[("cells", table_key)] = self._table_cells(table_key)
        cell = cells.get((row, column))
        if cell is None:
            cell = cells[(row, column)] = Cell(table_key, row, column, None, "absent")
        return cell

    def _table_cells(self, table_key: str) -> dict[tuple[str, str], Cell]:
        """Every written cell of a table, made in one go (the rules read nearly all of
        them); a cell written twice is the later one."""
        table = self.table(table_key)
        cells: dict[tuple[str, str], Cell] = {}
        for v in table.values if table is not None else ():
            status = "unknown" if v.status == "value" and v.value is None else v.status
            cells[(v.row, v.column)] = Cell(table_key, v.row, v.column, v.value, status, v.start, v.end)
        return cells

    def figures_by_metric(self) -> dict[str, tuple[int, ...]]:
        """Positions in :attr:`figures` of each metric's figures, in order. The narrative
        rules ask once per metric (about thirty) for the few figures of theirs."""
        found = self._cache.get("figures_by_metric")
        if found is None:
            positions: dict[str, list[int]] = {}
            for k, fig in enumerate(self.figures):
                positions.setdefault(fig.metric, []).append(k)
            found = self._cache["figures_by_metric"] = {m: tuple(ks) for m, ks in positions.items()}
        return found

    def figure_by_index(self) -> dict[int, object]:
        """Each figure by its ``index`` (what ``parent``/``parts`` name), made once per report."""
        found = self._cache.get("figure_by_index")
        if found is None:
            found = self._cache["figure_by_index"] = {getattr(f, "index", i): f for i, f in enumerate(self.figures)}
        return found

    def rows(self, table_key: str) -> tuple[str, ...]:
        """Row keys present in a table, in the order the parser gave them."""
        key = ("rows", table_key)
        rows = self._cache.get(key)
        if rows is None:
            table = self.table(table_key)
            seen: dict[str, None] = {}
            for v in table.values if table is not None else ():
                seen.setdefault(v.row, None)
            rows = self._cache[key] = tuple(seen)
        return rows

    def result_rows(self) -> tuple[str, ...]:
        """The leaf result rows of table 三 (rows other than new/carried/total/forward;
        a group row such as ``denied`` is dropped when its sub-rows ``denied.*`` are
        present, so nothing is counted twice)."""
        cached = self._cache.get("result_rows")
        if cached is None:
            rows = [r for r in self.rows("applications") if r not in APPLICATION_FRAME_ROWS]
            # a row is a group when another row's key continues it with "." (denied.state_secret)
            groups = {o[:k] for o in rows for k, ch in enumerate(o) if ch == "."}
            cached = self._cache["result_rows"] = tuple(r for r in rows if r not in groups)
        return cached

    def result_layout_complete(self) -> tuple[bool, str]:
        """Whether every result group of table 三 is fully present (2021 or 2019 layout)."""
        rows = set(self.result_rows())
        lacking = []
        for group, subs, single_allowed in RESULT_GROUPS:
            members = {r for r in rows if r == group or r.startswith(group + ".")}
            if not subs:
                complete = group in rows
            elif {f"{group}.{s}" for s in subs} <= rows:
                complete = True
            else:
                # one row for the whole group: written as the group itself, or (2019
                # template, （六）其他处理) under whatever key the parser gave it
                complete = len(members) == 1 and (group in members or single_allowed)
            if not complete:
                lacking.append(group)
        from .labels import row_name

        return (not lacking, "、".join(row_name(g) for g in lacking))

    # -- text -------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.doc.text

    def section_key_at(self, offset: int) -> str | None:
        section = self.sections.section_at(offset) if self.sections else None
        return section.key if section else None

    def in_table_region(self, start: int, end: int) -> bool:
        """Whether a span lies inside one of the parsed tables (figures there are table
        text, not narrative)."""
        for table in (self.tables or {}).values():
            if table.start is not None and table.end is not None and table.start <= start and end <= table.end:
                return True
        return False


def sum_cells(cells: Iterable[Cell]) -> int | float:
    return _number(sum((c.value or 0) for c in cells))


def sentence_bounds(text: str, start: int, end: int, stops: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """``(a, b)``: the sentence around ``text[start:end]`` within ``[lo, hi)``, from after the
    last of ``stops`` before ``start`` to the first of them at or after ``end`` (excluded), or
    to ``hi``."""
    hi = len(text) if hi is None else hi
    a = max(text.rfind(ch, lo, start) for ch in stops)
    ends = [i for i in (text.find(ch, end, hi) for ch in stops) if i >= 0]
    return (lo if a < lo else a + 1), (min(ends) if ends else hi)
