"""Map a table region's rows onto the canonical cells of tables 二, 三 and 四."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

from . import labels as L
from .model import ParsedTable, TableValue
from .rows import LRow, Paired, compact, logical_rows, pair_rows, strip_ordinal
from .solve import (Alignment, Check, Slot, blocks_of, parts_equal_total, slot_from_cell, solve_row,
                    total_at_least_published, unknown_row)
from .tokens import Cell, Tokenised

TABLE_NAMES = {"active_disclosure": "table 二", "applications": "table 三", "review_litigation": "table 四"}


# --------------------------------------------------------------------------- helpers


def _values(row: str, columns: tuple[str, ...], slots: list[Slot], span: tuple[int, int],
            extra_note: str | None = None) -> list[TableValue]:
    out = []
    for col, slot in zip(columns, slots):
        start, end = slot.start, slot.end
        if start is None:  # nothing written for this cell: point at the row
            start, end = span
        note = slot.note
        if extra_note:
            note = f"{extra_note}; {note}" if note else extra_note
        out.append(TableValue(row, col, slot.value, slot.status, slot.raw, start, end, note))
    return out


def _unknown_values(row: str, columns: tuple[str, ...], span: tuple[int, int], note: str) -> list[TableValue]:
    return [TableValue(row, c, None, "unknown", "", span[0], span[1], note) for c in columns]


def _rendering(tok: Tokenised, used_rows: list[Paired] | list[LRow], any_runs: bool, any_values: bool) -> str:
    grids = {r.grid for r in used_rows if r.grid is not None}
    texts = any(r.grid is None for r in used_rows)
    names: list[str] = []
    if grids:
        names.extend(sorted({f"{tok.grid_origins.get(g, 'unknown')}-grid" for g in grids}))
    if texts or not grids:
        families = [r for r in tok.renderings if not r.endswith("-grid")]
        if any_runs:
            names.append("flattened")
        elif families:
            names.append(families[0])
    if not any_values:
        return "skeleton"
    return "+".join(names) if names else "unknown"


def _grid_column_map(rows: list[LRow], grid: int, classify: Callable[[str], str | None],
                     columns: tuple[str, ...]) -> dict[int, str] | None:
    """Column keys of a grid from its header rows: for each grid column, the lowest header
    cell covering it that names a column. None unless every column is named once."""
    header: list[LRow] = []
    for r in rows:  # the grid's rows above its first data row
        if r.grid != grid:
            continue
        if r.role == "row":
            break
        if not r.has_values:
            header.append(r)
    found: dict[int, str] = {}
    n_cols = max((r.line.n_cols for r in rows if r.grid == grid), default=0)
    for col in range(n_cols):
        for r in reversed(header):
            cells = [c for c in r.line.cells if c.kind == "text" and c.col is not None
                     and c.col <= col < c.col + c.span]
            key = next((classify(compact(c.text)) for c in cells if classify(compact(c.text))), None)
            if key:
                found[col] = key
                break
    keys = list(found.values())
    if sorted(keys) != sorted(columns):
        return None
    return found


def _map_by_grid(values: list[Cell], colmap: dict[int, str], columns: tuple[str, ...]) -> list[Cell | None] | None:
    """Cells placed by their exact grid column; None if any written value falls outside
    the named columns (then the solver decides)."""
    placed: dict[str, Cell] = {}
    for cell in values:
        if cell.col is None:
            return None
        key = colmap.get(cell.col)
        if key is None:
            if cell.kind != "blank":
                return None
            continue
        if key in placed:
            return None
        placed[key] = cell
    return [placed.get(c) for c in columns]


@dataclass
class _RowResult:
    key: str
    values: list[TableValue]
    issue: str | None
    runs: bool
    forced_start: tuple[int, int] | None = None
    paired: Paired | None = None
    n: int = 0


def _solve_paired(p: Paired, columns: tuple[str, ...], check: Check | None,
                  colmap: dict[int, str] | None, what: str, alignment: Alignment | None = None) -> _RowResult:
    runs = any(c.kind == "run" for c in p.values)
    span = (p.start, p.end)
    if colmap is not None and p.grid is not None:
        placed = _map_by_grid(p.values, colmap, columns)
        if placed is not None:
            slots = [slot_from_cell(c) for c in placed]
            return _RowResult(p.key, _values(p.key, columns, slots, span), None, runs, None, p, len(columns))
    base = p.base if p.delimited and p.grid is None else None
    if base is not None and p.value_line is not None and p.value_line.stream:
        alignment = Alignment(base, relative=0)  # see tokens.text_lines
    elif base is not None:
        alignment = (Alignment(base, alignment.absolute, alignment.relative, alignment.uniform) if alignment
                     else Alignment(base))
    else:
        alignment = None
    if not p.values and len(columns) > 1 and p.label_row.delimited and p.label_row.grid is None \
            and len(p.label_row.labels) > 1:
        # ``| 上年结转申请数量 | 见附件 |``: words in the cells where the values should be, in a
        # rendering that writes blank cells as empty ones: the row was not read, which is not blank.
        # (Here, not in solve_row: logical_rows puts every word of a row among its labels.)
        words = " ".join(c.text for c in p.label_row.labels[1:])[:40]
        note = f"words where the values should be: {words}"
        return _RowResult(p.key, _values(p.key, columns, unknown_row(len(columns), note), span),
                          f"{p.key}: {note}", runs, None, p, len(columns))
    sol = solve_row(p.values, len(columns), delimited=p.delimited, check=check, alignment=alignment)
    return _RowResult(p.key, _values(p.key, columns, sol.slots, span),
                      f"{p.key}: {sol.issue}" if sol.issue else None, runs, sol.forced_start, p, len(columns))


def _align_pass(results: list[_RowResult], resolve: Callable[[Paired, Alignment], _RowResult]) -> list[_RowResult]:
    """Text TSV/pipe rows whose values could sit at more than one position, read again with
    what the table's other rows show: every row with the same number of cells after its
    label or exactly as many as it has columns (the rendering drops no trailing cell), or
    every row whose position was forced
    (three at least) starting its values the same number of cells after its label or at
    the same line position. The seed's shifted rows disagree on all of these, so nothing is
    assumed there."""
    text_rows = [r for r in results if r.paired is not None and r.paired.delimited and r.paired.grid is None]
    # no trailing cell dropped: every row has the same number of cells after its label, or
    # every row exactly as many as it has columns
    uniform = len(text_rows) >= 3 and (len({len(r.paired.values) for r in text_rows}) == 1
                                       or all(len(r.paired.values) == r.n for r in text_rows))
    forced = [r.forced_start for r in results if r.forced_start is not None]
    absolute = {f[0] for f in forced}
    relative = {f[1] for f in forced}
    enough = len(forced) >= 3
    alignment = Alignment(0, absolute.pop() if enough and len(absolute) == 1 else None,
                          relative.pop() if enough and len(relative) == 1 else None, uniform)
    if alignment.absolute is None and alignment.relative is None and not uniform:
        return results
    out = []
    for r in results:
        if r.issue and r.paired is not None and r.paired.delimited and r.paired.grid is None:
            again = resolve(r.paired, alignment)
            out.append(again if again.issue is None else r)
        else:
            out.append(r)
    return out


def _merge_duplicates(results: list[_RowResult], what: str, issues: list[str]) -> list[_RowResult]:
    """A row written twice (a reader giving both a grid and its text, a repeated label):
    identical values are one row; different values make every cell of it unknown."""
    by_key: dict[str, _RowResult] = {}
    order: list[str] = []
    for res in results:
        if res.key not in by_key:
            by_key[res.key] = res
            order.append(res.key)
            continue
        first = by_key[res.key]
        same = [(v.status, v.value) for v in first.values] == [(v.status, v.value) for v in res.values]
        if not same:
            issues.append(f"{what}: row {res.key} is written twice with different values; both ignored")
            by_key[res.key] = _RowResult(res.key, [
                TableValue(v.row, v.column, None, "unknown", v.raw, v.start, v.end,
                           "row written twice with different values") for v in first.values], None, first.runs)
    return [by_key[k] for k in order]


# --------------------------------------------------------------------------- row tables


class _RowMatcher:
    """Which row specs of one table a label matches. Cached per label: every report writes
    the same few dozen labels, and matching one runs every spec's pattern over it."""

    def __init__(self, compiled_rows) -> None:
        self.compiled_rows = compiled_rows
        self.ambiguous_keys = frozenset(s.key for s, _ in compiled_rows if s.ambiguous)
        self.hits = functools.lru_cache(maxsize=4096)(self._hits)

    def _hits(self, label: str) -> tuple[tuple[int, str, bool], ...]:
        """``(position of the last match in label, key, ambiguous)`` of every spec found,
        in spec order; an ambiguous spec is looked for without the label's ordinal."""
        out = []
        for spec, pattern in self.compiled_rows:
            target = strip_ordinal(label) if spec.ambiguous else label
            m = None
            for m in pattern.finditer(target):
                pass
            if m is not None:
                out.append((m.start() + (len(label) - len(target)), spec.key, spec.ambiguous))
        return tuple(out)


_ACTIVE_ROWS = _RowMatcher(L.COMPILED_ACTIVE_ROWS)
_APPLICATION_ROWS = _RowMatcher(L.COMPILED_APPLICATION_ROWS)


def _classify_rows(rows: list[LRow], matcher: _RowMatcher, header_re, group_re=None) -> None:
    """Give every row its role and key. Ambiguous labels (其他, 总计) count as rows only
    after the first unambiguous row label."""
    body_started = False
    for r in rows:
        if not r.label:
            r.role = "none"
            continue
        best: tuple[int, str] | None = None
        ambiguous_hit = False
        for pos, key, ambiguous in matcher.hits(r.label):
            if ambiguous:
                ambiguous_hit = True
                if not body_started:
                    continue
            if best is None or pos >= best[0]:
                best = (pos, key)
        if best is not None:
            r.role, r.key = "row", best[1]
            if best[1] not in matcher.ambiguous_keys:
                body_started = True
            continue
        if group_re is not None and group_re.search(r.label):
            r.role = "group"
        elif ambiguous_hit or header_re.search(r.label):
            r.role = "header"
        else:
            r.role = "fragment"


def parse_applications(tok: Tokenised, span: tuple[int, int]) -> ParsedTable:
    what = "table 三"
    rows = logical_rows(tok.lines)
    _classify_rows(rows, _APPLICATION_ROWS, L.APPLICATION_HEADER_RE, L.APPLICATION_GROUPS_RE)
    keys = {r.key for r in rows if r.role == "row"}
    issues: list[str] = []
    if keys & L.APPLICATION_2021_ONLY:
        template = "2021"
        for r in rows:  # the 2021 template's （六）其他处理 heads three sub-rows
            if r.key == "other":
                r.role, r.key = "group", None
    elif "other" in keys:
        template = "2019"
    else:
        template = "unknown"
    if not keys:
        return _empty("applications", tok, span, rows, what)
    columns = L.APPLICATION_COLUMN_KEYS
    pairing = pair_rows(rows, what, len(columns))
    issues.extend(pairing.issues)
    colmaps: dict[int, dict[int, str] | None] = {}
    last_map: dict[int, str] | None = None

    def classify_col(text: str) -> str | None:
        for key, pat in L.COMPILED_APPLICATION_COLUMNS:
            if pat.search(text):
                return key
        return None

    results: list[_RowResult] = []
    for p in pairing.rows:
        colmap = None
        if p.grid is not None:
            if p.grid not in colmaps:
                colmaps[p.grid] = _grid_column_map(rows, p.grid, classify_col, columns) or last_map
            colmap = colmaps[p.grid]
            last_map = colmap or last_map
        results.append(_solve_paired(p, columns, parts_equal_total, colmap, what))
    results = _align_pass(results, lambda p, al: _solve_paired(p, columns, parts_equal_total, None, what, al))
    for r in pairing.unpaired_labels:
        results.append(_RowResult(r.key or "", _unknown_values(
            r.key or "", columns, (r.start, r.end),
            "label found but its values could not be attached with certainty"), None, False))
    return _finish("applications", tok, span, rows, results, issues, template, what,
                   L.application_rows(template) if template != "unknown" else
                   tuple(k for k in L.application_rows("2021")))


def _active_template(rows: list[LRow]) -> str:
    text = "".join(r.label for r in rows)
    hits = {t for t, pat in L.ACTIVE_TEMPLATE_RES if pat.search(text)}
    if len(hits) == 1:
        return hits.pop()
    if hits:
        return "unknown"
    return ""


def parse_active(tok: Tokenised, span: tuple[int, int]) -> ParsedTable:
    what = "table 二"
    rows = logical_rows(tok.lines)
    _classify_rows(rows, _ACTIVE_ROWS, L.ACTIVE_HEADER_RE)
    keys = {r.key for r in rows if r.role == "row"}
    if not keys:
        return _empty("active_disclosure", tok, span, rows, what)
    issues: list[str] = []
    pairing = pair_rows(rows, what)
    issues.extend(pairing.issues)
    template = _active_template(rows)
    if template == "":
        # no header words (skeleton, flattened, headers lost): the decision rows' widths
        # tell the templates apart (1 column in 2021, 3 in 2019)
        widths = {len([c for c in p.values if c.kind != "blank"]) for p in pairing.rows
                  if p.key in ("licensing", "punishment", "coercion") and not any(c.kind == "run" for c in p.values)}
        if widths == {1}:
            template = "2021"
        elif widths == {3}:
            template = "2019"
        elif keys & {"other_services", "procurement", "other_documents"}:
            template = "2019"
        else:
            template = "unknown"
        if template != "unknown":
            issues.append(f"{what}: no column headers; template {template} inferred from the number of values")
    layout = L.ACTIVE_LAYOUT.get(template)
    results: list[_RowResult] = []
    for p in pairing.rows:
        if layout is None:
            results.append(_RowResult(p.key, _unknown_values(
                p.key, ("unknown",), (p.start, p.end),
                "template unknown: the columns of this row cannot be named"), None, False))
            continue
        columns = layout.get(p.key)
        if columns is None:
            issues.append(f"{what}: row {p.key} does not belong to the {template} template; ignored")
            continue
        check = total_at_least_published if template == "2019" and columns[-1] == "public_total" else None
        colmap = _active_colmap(rows, p, template, columns) if p.grid is not None else None
        results.append(_solve_paired(p, columns, check, colmap, what))

    def again(p: Paired, alignment: Alignment) -> _RowResult:
        columns = layout[p.key]
        check = total_at_least_published if template == "2019" and columns[-1] == "public_total" else None
        return _solve_paired(p, columns, check, None, what, alignment)

    if layout is not None:
        results = _align_pass(results, again)
    for r in pairing.unpaired_labels:
        columns = layout.get(r.key or "", ("unknown",)) if layout else ("unknown",)
        results.append(_RowResult(r.key or "", _unknown_values(
            r.key or "", columns, (r.start, r.end),
            "label found but its values could not be attached with certainty"), None, False))
    expected = tuple(k for k in (layout or {}) if k in ("regulations", "normative_documents", "licensing",
                                                        "punishment", "coercion", "fees"))
    return _finish("active_disclosure", tok, span, rows, results, issues, template or "unknown", what, expected)


def _active_colmap(rows: list[LRow], p: Paired, template: str, columns: tuple[str, ...]) -> dict[int, str] | None:
    """In a grid, the header row closest above this row names its value columns."""
    compiled = L.COMPILED_ACTIVE_COLUMNS[template]
    idx = rows.index(p.label_row)
    for r in reversed(rows[:idx]):
        if r.grid != p.grid:
            break
        if r.role == "row":
            continue
        found: dict[int, str] = {}
        line_cells = [c for c in r.line.cells if c.kind == "text" and c.col is not None]
        for c in line_cells:
            text = compact(c.text)
            key = next((k for k, pat in compiled if pat.search(text)), None)
            if key is None:
                continue
            for col in range(c.col, c.col + c.span):
                found[col] = key
        if found:
            # a header cell spanning several grid columns names them all; keep the first
            # column of each key so a single value maps once
            first: dict[int, str] = {}
            for col in sorted(found):
                if found[col] not in first.values():
                    first[col] = found[col]
            return first if set(first.values()) == set(columns) else None
    return None


def _empty(key: str, tok: Tokenised, span: tuple[int, int], rows: list[LRow], what: str) -> ParsedTable:
    has_values = any(r.has_values for r in rows)
    reason = ("no row labels of the table in this part (its values, if any, cannot be placed)"
              if has_values else "no table text here (the table may have been an image or script)")
    return ParsedTable(key, "unknown", "missing", (), span[0], span[1], (f"{what} not found: {reason}",))


def _finish(key: str, tok: Tokenised, span: tuple[int, int], rows: list[LRow], results: list[_RowResult],
            issues: list[str], template: str, what: str, expected: tuple[str, ...]) -> ParsedTable:
    results = _merge_duplicates(results, what, issues)
    order = {k: i for i, k in enumerate(expected)}
    results.sort(key=lambda r: (order.get(r.key, len(order)), r.key))
    values: list[TableValue] = []
    for res in results:
        values.extend(res.values)
        if res.issue:
            issues.append(f"{what}: {res.issue}")
    found = {r.key for r in results}
    if len(found) <= 1 < len(expected) and not any(v.status in ("value", "not_applicable") for v in values):
        # one of the table's row labels, in a sentence, with nothing written after it
        # (…新收政府信息公开申请中,申请人的类别为…): words of the table, not the table
        return ParsedTable(key, "unknown", "missing", (), span[0], span[1],
                           (f"{what} not found: only one row label, in text with no values",))
    missing = [k for k in expected if k not in found]
    if missing:
        issues.append(f"{what}: rows not found: {', '.join(missing)}")
    any_values = any(v.status != "unknown" or v.raw for v in values)
    if not any_values and values:
        issues.append(f"{what}: labels found but no values (a skeleton: the numbers were lost)")
    unknown = sum(1 for v in values if v.status == "unknown")
    if unknown and any_values:
        issues.append(f"{what}: {unknown} cell(s) could not be read with certainty (status unknown)")
    runs = any(r.runs for r in results)
    used = [r for r in rows if r.role == "row"]
    rendering = _rendering(tok, used, runs, any_values)
    starts = [v.start for v in values if v.start is not None] + [r.start for r in used]
    ends = [v.end for v in values if v.end is not None] + [r.end for r in used]
    return ParsedTable(key, template, rendering, tuple(values),
                       min(starts, default=span[0]), max(ends, default=span[1]), tuple(issues))


# --------------------------------------------------------------------------- table 四


def _is_review_header(label: str) -> bool:
    return bool(label) and set(label) <= L.REVIEW_HEADER_CHARS


def _review_block(text: str) -> str | None:
    for key, pat in L.COMPILED_REVIEW_BLOCKS:
        if pat.search(text):
            return key
    return None


def _review_colmap(rows: list[LRow], grid: int) -> dict[int, tuple[str, str]] | None:
    header = [r for r in rows if r.grid == grid and not r.has_values and r.labels]
    n_cols = max((r.line.n_cols for r in rows if r.grid == grid), default=0)
    out: dict[int, tuple[str, str]] = {}
    for col in range(n_cols):
        block = column = None
        for r in reversed(header):
            for c in r.line.cells:
                if c.kind != "text" or c.col is None or not (c.col <= col < c.col + c.span):
                    continue
                text = compact(c.text)
                if column is None:
                    column = next((k for k, pat in L.COMPILED_REVIEW_COLUMNS if pat.search(text)), None)
                if block is None:
                    block = _review_block(text)
        if block and column:
            out[col] = (block, column)
    if sorted(out.values()) != sorted((b, c) for b in L.REVIEW_BLOCK_ORDER for c in L.REVIEW_COLUMN_KEYS):
        return None
    return out


def parse_review(tok: Tokenised, span: tuple[int, int]) -> ParsedTable:
    what = "table 四"
    rows = logical_rows(tok.lines)
    issues: list[str] = []
    started = False
    value_rows: list[LRow] = []
    blank_row: LRow | None = None
    header_seen = False
    for r in rows:
        if r.label and _is_review_header(r.label):
            header_seen = True
            r.role = "header"
            if r.has_values and started:
                value_rows.append(r)
            elif r.has_values:
                value_rows.append(r)
                started = True
            continue
        if r.label:
            r.role = "fragment"
            if started:
                break  # text after the values: the table is over
            continue
        if r.has_values:
            if not header_seen:
                issues.append(f"{what}: ignored numbers before the table "
                              f"({' '.join(c.text for c in r.values if c.kind != 'blank')})")
                continue
            value_rows.append(r)
            started = True
        elif header_seen and r.delimited and len(r.values) >= 15 and blank_row is None:
            blank_row = r  # a value row left empty (a blank template)
    if not header_seen:
        return _empty("review_litigation", tok, span, rows, what)
    if not value_rows and blank_row is not None:
        value_rows = [blank_row]
    columns = tuple(f"{b}|{c}" for b in L.REVIEW_BLOCK_ORDER for c in L.REVIEW_COLUMN_KEYS)
    slots: list[Slot] | None = None
    issue = None
    runs = False
    if not value_rows:
        issues.append(f"{what}: header found but no values (a skeleton: the numbers were lost)")
        values = [TableValue(b, c, None, "unknown", "", span[0], span[1], "no values written")
                  for b in L.REVIEW_BLOCK_ORDER for c in L.REVIEW_COLUMN_KEYS]
        header_rows = [r for r in rows if r.role == "header"]
        return ParsedTable("review_litigation", "unknown", "skeleton", tuple(values),
                           min((r.start for r in header_rows), default=span[0]),
                           max((r.end for r in header_rows), default=span[1]), tuple(issues))
    cells = [c for r in value_rows for c in r.values]
    runs = any(c.kind == "run" for c in cells)
    row_span = (min(r.start for r in value_rows), max(r.end for r in value_rows))
    grid = value_rows[0].grid
    if len(value_rows) == 1 and grid is not None:
        colmap = _review_colmap(rows, grid)
        if colmap is not None:
            placed: dict[str, Cell] = {}
            ok = True
            for c in cells:
                target = colmap.get(c.col) if c.col is not None else None
                if target is None:
                    ok = ok and c.kind == "blank"
                    continue
                name = f"{target[0]}|{target[1]}"
                if name in placed:
                    ok = False
                placed[name] = c
            if ok:
                slots = [slot_from_cell(placed.get(col)) for col in columns]
    if slots is None:
        delimited = len(value_rows) == 1 and value_rows[0].delimited
        if not delimited:
            cells = [c for c in cells if c.kind != "blank"]
        # a value row without a label has no spacer cells: when it holds at least fifteen
        # cells, no value fell off its end
        alignment = Alignment(0, uniform=True) if delimited and not value_rows[0].labels else None
        sol = solve_row(cells, 15, delimited=delimited, check=blocks_of(5, parts_equal_total), alignment=alignment)
        slots, issue = sol.slots, sol.issue
        if issue:
            issues.append(f"{what}: {issue}")
    values = []
    for name, slot in zip(columns, slots):
        block, col = name.split("|")
        start, end = (slot.start, slot.end) if slot.start is not None else row_span
        values.append(TableValue(block, col, slot.value, slot.status, slot.raw, start, end, slot.note))
    unknown = sum(1 for v in values if v.status == "unknown")
    if unknown and not issue:
        issues.append(f"{what}: {unknown} cell(s) could not be read with certainty (status unknown)")
    header_rows = [r for r in rows if r.role == "header"]
    rendering = _rendering(tok, value_rows, runs, True)
    return ParsedTable("review_litigation", "unknown", rendering, tuple(values),
                       min([r.start for r in header_rows] + [row_span[0]]),
                       max([r.end for r in header_rows] + [row_span[1]]), tuple(issues))
