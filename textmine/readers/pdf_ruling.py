"""Ruled tables on a PDF page: the cell rectangles among the page's rules, as pdfplumber's
table finder (its ``lines`` strategy, default tolerances) finds them, found without it.

The steps are its own, in its order: the visible paths become edges (a rectangle four of
them), horizontal rules a page break left open are supplied (:func:`closing_edges`, ours),
edges within :data:`SNAP` points of a line are snapped to their mean and collinear pieces
within :data:`JOIN` points joined, short edges dropped, the crossings of vertical and
horizontal edges found, each crossing's smallest enclosed cell taken, and cells sharing a
corner grouped into tables. pdfplumber does the same with copies of every path dict at each
step and scans of every later crossing for each one (~10 ms a ruled page, and ~0.2 s to
import); here the edges are small dicts, crossings are found by column and row, and the
result is the same, edge for edge and cell for cell (``tests/test_readers_pdf.py`` checks it
against pdfplumber's TableFinder on the real and generated reports and on broken rulings).
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from operator import itemgetter

#: pdfplumber's default tolerances (points), which the reader's tables were tuned with
SNAP = 3
JOIN = 3
INTERSECTION = 3
#: edges shorter than this are dropped before merging / after it
PREFILTER_MIN_LENGTH = 1
EDGE_MIN_LENGTH = 3


@dataclass(frozen=True)
class RuledTable:
    """One group of cells (x0, top, x1, bottom) sharing corners, in the order found."""

    cells: list

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        c = self.cells
        return (min(x[0] for x in c), min(x[1] for x in c), max(x[2] for x in c), max(x[3] for x in c))


def find_tables(paths) -> list[RuledTable]:
    """The ruled tables among a page's path dicts (pdfplumber's line / rect / curve objects),
    top to bottom, each of two cells or more."""
    edges = ruling_edges(paths)
    extra = closing_edges(edges)
    return [RuledTable(group) for group in cell_groups(ruled_cells(crossings(merged_edges(edges, extra))))]


def visible(obj: dict) -> bool:
    """Keep every object except fill-only white (or unfilled, unstroked) rectangles: those
    are backgrounds, not rules."""
    if obj.get("object_type") != "rect":
        return True
    if obj.get("stroke"):
        return True
    if not obj.get("fill"):
        return False
    colour = obj.get("non_stroking_color")
    if colour is None:
        return True
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    try:
        values = [float(v) for v in values]
    except (TypeError, ValueError):
        return True
    if len(values) == 4:  # CMYK white is all zeros
        return any(v > 0.03 for v in values)
    return not all(v > 0.97 for v in values)


def closing_edges(edges: list[dict]) -> list[dict]:
    """Horizontal rules a table lacks where a page break cut it: producers leave the top of
    a continued table, or the bottom of an interrupted one, open. Where two or more vertical
    rules start (or stop) at the same height and no horizontal rule covers their span, one
    is supplied so the cut row still closes into cells."""
    verticals = [e for e in edges if e.get("orientation") == "v"]
    horizontals = [e for e in edges if e.get("orientation") == "h"]
    # the horizontals near a height, found by bisection and summed in their own order
    by_top = sorted(range(len(horizontals)), key=lambda k: horizontals[k]["top"])
    tops = [horizontals[k]["top"] for k in by_top]
    out: list[dict] = []
    for key in ("top", "bottom"):
        groups: dict[int, list[dict]] = {}
        for e in verticals:
            groups.setdefault(round(e[key] / 2), []).append(e)
        for group in groups.values():
            if len(group) < 2:
                continue
            y = sum(e[key] for e in group) / len(group)
            x0 = min(e["x0"] for e in group)
            x1 = max(e["x0"] for e in group)
            # (the window a hair wider than the test below, which alone decides)
            near = sorted(by_top[bisect.bisect_left(tops, y - 2.001):bisect.bisect_right(tops, y + 2.001)])
            covered = sum(max(0.0, min(h["x1"], x1) - max(h["x0"], x0))
                          for h in (horizontals[k] for k in near) if abs(h["top"] - y) <= 2.0)
            if covered < 0.8 * (x1 - x0):
                out.append({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y,
                            "width": x1 - x0, "height": 0.0, "doctop": y})
    return out


def ruling_edges(paths, everything: bool = False) -> list[dict]:
    """The edges pdfplumber's ``obj_to_edges`` makes of the :func:`visible` paths (all of
    them with ``everything``), lines, then rectangles, then curves, with only what the table
    finder reads of them (position, size, orientation): its edges are copies of the whole
    path, four to a rectangle."""
    visible_paths = list(paths) if everything else [p for p in paths if visible(p)]
    edges: list[dict] = []
    for p in visible_paths:
        if p["object_type"] == "line":  # (a slanted line counts as vertical, as pdfplumber has it)
            edges.append(_edge(p, "h" if p["top"] == p["bottom"] else "v"))
    for r in visible_paths:
        if r["object_type"] == "rect":
            x0, x1, top, bottom, width, height = r["x0"], r["x1"], r["top"], r["bottom"], r["width"], r["height"]
            edges.append({"x0": x0, "x1": x1, "top": top, "bottom": top, "width": width, "height": 0,
                          "orientation": "h"})
            edges.append({"x0": x0, "x1": x1, "top": top + height, "bottom": bottom, "width": width, "height": 0,
                          "orientation": "h"})
            edges.append({"x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0, "height": height,
                          "orientation": "v"})
            edges.append({"x0": x1, "x1": x1, "top": top, "bottom": bottom, "width": 0, "height": height,
                          "orientation": "v"})
    for c in visible_paths:
        if c["object_type"] == "curve":
            for (ax, ay), (bx, by) in zip(c["pts"], c["pts"][1:]):
                edges.append({"x0": min(ax, bx), "x1": max(ax, bx), "top": min(ay, by), "bottom": max(ay, by),
                              "width": abs(ax - bx), "height": abs(ay - by),
                              "orientation": "v" if ax == bx else ("h" if ay == by else None)})
    return edges


def _edge(e: dict, orientation: str) -> dict:
    """What the table finder reads of a line, as an edge of ``orientation``."""
    return {"x0": e["x0"], "x1": e["x1"], "top": e["top"], "bottom": e["bottom"], "width": e["width"],
            "height": e["height"], "orientation": orientation}


def merged_edges(edges: list[dict], extra: list[dict] = ()) -> list[dict]:
    """The edges the cells are found on: ``edges`` (:func:`ruling_edges`) and the horizontal
    rules ``extra`` supplies, long enough, snapped and joined, in pdfplumber's order."""
    # (snapping moves copies: the edges given are not changed)
    vertical = [e for e in edges if e["orientation"] == "v" and e["height"] >= PREFILTER_MIN_LENGTH]
    horizontal = [e for e in edges if e["orientation"] == "h" and e["width"] >= PREFILTER_MIN_LENGTH]
    horizontal += [e for e in ruling_edges(extra, everything=True) if e["orientation"] == "h"]
    vertical = _snapped(vertical, "x0", ("x0", "x1"))
    horizontal = _snapped(horizontal, "top", ("top", "bottom"))

    def line(edge: dict) -> tuple:
        return ("h", edge["top"]) if edge["orientation"] == "h" else ("v", edge["x0"])

    joined_edges: list[dict] = []
    for (orientation, _), items in itertools.groupby(sorted(vertical + horizontal, key=line), key=line):
        low, high = ("x0", "x1") if orientation == "h" else ("top", "bottom")
        ordered = sorted(items, key=itemgetter(low))
        joined = [ordered[0]]
        for e in ordered[1:]:
            last = joined[-1]
            if e[low] <= last[high] + JOIN:
                if e[high] > last[high]:  # extend the current edge to the new extremity
                    longer = dict(last)
                    longer[high] = e[high]
                    if orientation == "h":
                        longer["width"] = e[high] - last["x0"]
                    else:
                        longer["height"] = last["height"] + (e[high] - last[high])
                    joined[-1] = longer
            else:
                joined.append(e)
        joined_edges.extend(joined)
    return [e for e in joined_edges if e["height" if e["orientation"] == "v" else "width"] >= EDGE_MIN_LENGTH]


def _snapped(edges: list[dict], attr: str, keys: tuple[str, str]) -> list[dict]:
    """``edges`` clustered by ``attr`` (sorted distinct values, each within :data:`SNAP` of
    the one before), each cluster moved to its mean, cluster by cluster."""
    cluster_of: dict = {}
    clusters = 0
    last = None
    for value in sorted(set(e[attr] for e in edges)):
        if last is None or not value <= last + SNAP:
            clusters += 1
        cluster_of[value] = clusters
        last = value
    out: list[dict] = []
    ordered = sorted(edges, key=lambda e: cluster_of[e[attr]])
    for _, cluster in itertools.groupby(ordered, key=lambda e: cluster_of[e[attr]]):
        cluster = list(cluster)
        average = sum(e[attr] for e in cluster) / len(cluster)
        for e in cluster:
            shift = average - e[attr]
            moved = dict(e)
            for key in keys:
                moved[key] = e[key] + shift
            out.append(moved)
    return out


def crossings(edges: list[dict]) -> dict:
    """``{(x, top): {"v": [edges], "h": [edges]}}``: where a vertical and a horizontal edge
    meet within :data:`INTERSECTION` points, vertical edges by (x0, top), horizontal ones by
    (top, x0)."""
    vertical = sorted((e for e in edges if e["orientation"] == "v"), key=itemgetter("x0", "top"))
    horizontal = sorted((e for e in edges if e["orientation"] == "h"), key=itemgetter("top", "x0"))
    tops = [h["top"] for h in horizontal]
    out: dict = {}
    for v in vertical:
        x = v["x0"]
        # the horizontals whose height the vertical reaches, found by bisection (in a window
        # a point wider than the tests below, which alone decide)
        first = bisect.bisect_left(tops, v["top"] - INTERSECTION - 1)
        last = bisect.bisect_right(tops, v["bottom"] + INTERSECTION + 1)
        for h in horizontal[first:last]:
            if v["top"] <= h["top"] + INTERSECTION and v["bottom"] >= h["top"] - INTERSECTION \
                    and h["x0"] - INTERSECTION <= x <= h["x1"] + INTERSECTION:
                meets = out.get((x, h["top"]))
                if meets is None:
                    meets = out[(x, h["top"])] = {"v": [], "h": []}
                meets["v"].append(v)
                meets["h"].append(h)
    return out


def ruled_cells(intersections: dict) -> list[tuple[float, float, float, float]]:
    """The cells pdfplumber's table finder makes of ruling ``intersections`` (its
    ``edges_to_intersections``: ``{(x, top): {"v": [edges], "h": [edges]}}``), the same ones
    in the same order: for each point in sorted order, the first cell (by the points below
    it, then the points right of it) whose four corners are joined by shared edges.

    pdfplumber's own ``intersections_to_cells`` scans every later point for each point and
    turns edge lists into sets for every pair it tries: a ruled page took ~8 ms there (a
    sixth of reading a real report). Here each point's edges are sets once, and the points
    below / right of it are its column / row, found by key."""
    def bboxes(edges) -> frozenset:
        return frozenset((e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges)

    vertical = {p: bboxes(meets["v"]) for p, meets in intersections.items()}
    horizontal = {p: bboxes(meets["h"]) for p, meets in intersections.items()}
    points = sorted(intersections)
    columns: dict[float, list] = {}
    rows: dict[float, list] = {}
    for point in points:  # each column top to bottom, each row left to right
        columns.setdefault(point[0], []).append(point)
        rows.setdefault(point[1], []).append(point)
    at_column = {p: k for column in columns.values() for k, p in enumerate(column)}
    at_row = {p: k for row in rows.values() for k, p in enumerate(row)}
    cells = []
    for point in points:
        x, top = point
        down, across = vertical[point], horizontal[point]
        right = [r for r in rows[top][at_row[point] + 1:] if not across.isdisjoint(horizontal[r])]
        if not right:
            continue
        found = None
        for below in columns[x][at_column[point] + 1:]:
            if down.isdisjoint(vertical[below]):
                continue
            for corner in right:
                bottom_right = (corner[0], below[1])
                if bottom_right in vertical and not vertical[bottom_right].isdisjoint(vertical[corner]) \
                        and not horizontal[bottom_right].isdisjoint(horizontal[below]):
                    found = (x, top, corner[0], below[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def cell_groups(cells: list) -> list[list]:
    """Cells sharing a corner with the group grown so far, group by group (a cell joins when
    any of its corners is one of the group's), ordered by each group's top-then-left corner;
    groups of one cell dropped."""
    remaining = list(cells)
    corners: set = set()
    current: list = []
    groups: list[list] = []
    while remaining:
        before = len(current)
        left = []
        for cell in remaining:
            x0, top, x1, bottom = cell
            mine = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or any(c in corners for c in mine):
                corners.update(mine)
                current.append(cell)
            else:
                left.append(cell)
        remaining = left
        if len(current) == before:
            groups.append(list(current))
            corners.clear()
            current.clear()
    if current:
        groups.append(list(current))
    ordered = sorted(groups, key=lambda g: min((c[1], c[0]) for c in g))
    return [g for g in ordered if len(g) > 1]
