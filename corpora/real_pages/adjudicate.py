"""Settle where two blind annotators of the same real pages disagree, blind to which is which.

``python corpora/real_pages/adjudicate.py items OUTDIR --second FILE [FILE ...]``
    writes ``OUTDIR/items.jsonl`` (each disagreement of a second annotation, ``second/*.jsonl``,
    with the first annotation ``figures-*.jsonl``: the page text around the number, the value, and
    the two readings as ``A``/``B`` in a salted order) and ``OUTDIR/key.jsonl`` (which reading is
    whose, by figure index). ``items.jsonl`` quotes page text: OUTDIR must lie outside the project
    (``../realcache/…``). An adjudicator who never sees the key, the annotation files or textmine
    answers each item with ``A``, ``B``, ``both`` or ``neither`` and the rule that decides it.

``python corpora/real_pages/adjudicate.py apply OUTDIR RECORD``
    reads ``OUTDIR/key.jsonl`` and ``OUTDIR/answers.jsonl`` and brings the first annotation in line
    wherever the adjudicator found the rules on the second annotator's side: the metric changed,
    the second's figure added (in text order, parents renumbered), or the first's removed. ``both``
    and ``neither`` change nothing (the first reading stands). Each change is noted on its page
    (``notes``) and listed in RECORD (page, figure, verdict, reason; no page text), so that the
    figures before and after can both be published.

Neither step runs textmine's extractor: the changes follow from two human readings and a third.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from textmine.figures.evaluation import GoldDocument, GoldError, locate  # noqa: E402
from textmine.readers import read_text  # noqa: E402
from textmine.real.agreement import disagreements  # noqa: E402
from textmine.real.evaluation import UNNAMED  # noqa: E402
from textmine.real.pages import (Annotation, default_annotation_paths, load_annotations, load_pages,  # noqa: E402
                                 load_search_pages)

SALT = "textmine-adjudication-2026-12"
NO_FIGURE = "no figure here"
#: characters of page text shown before and after the disputed span
CONTEXT = (80, 40)


def _pages() -> dict:
    return {**load_pages(), **load_search_pages()}


def _reading(annotation: Annotation, index: int | None) -> str:
    if index is None:
        return NO_FIGURE
    figure = annotation.figures[index]
    extras = {k: figure[k] for k in ("channel", "category", "qualifier", "period") if figure.get(k)}
    return figure["metric"] + (f" {json.dumps(extras, ensure_ascii=False)}" if extras else "")


def make_items(outdir: Path, second_files: list[Path]) -> int:
    pages = _pages()
    first = {a.page_id: a for a in load_annotations(default_annotation_paths(), pages)}
    items, keys = [], []
    for path in second_files:
        for two in load_annotations([path], pages):
            one = first[two.page_id]
            text = read_text(pages[one.page_id].text, source=f"<real page {one.page_id}>").text
            for d in disagreements(one, two, text):
                n = len(items) + 1
                flip = int(hashlib.sha1(f"{SALT}:{d.page_id}:{d.start}:{n}".encode()).hexdigest(), 16) % 2
                readings = [_reading(one, d.first), _reading(two, d.second)]
                a, b = (readings[1], readings[0]) if flip else readings
                value = (one.figures[d.first] if d.first is not None else two.figures[d.second])["value"]
                before, after = CONTEXT
                items.append({"n": n, "page": d.page_id, "value": value, "A": a, "B": b,
                              "context": text[max(0, d.start - before):d.start] + "【" + text[d.start:d.end] + "】"
                                         + text[d.end:d.end + after]})
                keys.append({"n": n, "page": d.page_id, "first_file": one.origin.rsplit(":", 1)[0], "second_file": path.name,
                             "first": d.first, "second": d.second, "A_is": "second" if flip else "first"})
    outdir.mkdir(parents=True, exist_ok=True)
    for name, rows in (("items.jsonl", items), ("key.jsonl", keys)):
        (outdir / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(items)


def winner(key: dict, verdict: str) -> str | None:
    """Whose reading the verdict upholds: ``first``, ``second`` or None (both / neither)."""
    if verdict not in ("A", "B"):
        return None
    return key["A_is"] if verdict == "A" else ("second" if key["A_is"] == "first" else "first")


def _located(record: dict, text: str) -> list[tuple[int, int]]:
    doc = GoldDocument(record["id"], record["split"], (), None, None, tuple(record["figures"]), record["id"])
    return [(g.start, g.end) for g in locate(doc, text)]


def apply_changes(pages: dict, first_records: dict[str, dict], second_records: dict[str, dict],
                  changes: list[tuple[dict, str]]) -> list[str]:
    """Apply ``changes`` (key, reason) to the first annotation records in place; returns problems
    (a page whose figures would no longer locate where the readings stood is left unchanged).
    Figures are handled as objects so that parents survive insertions and removals."""
    problems: list[str] = []
    by_page: dict[str, list[tuple[dict, str]]] = {}
    for key, reason in changes:
        by_page.setdefault(key["page"], []).append((key, reason))
    for page_id, page_changes in sorted(by_page.items()):
        record, second = first_records[page_id], second_records[page_id]
        text = read_text(pages[page_id].text, source=f"<real page {page_id}>").text
        figures = [dict(f) for f in record["figures"]]
        spans, second_spans = _located(record, text), _located(second, text)
        parent_of = {id(f): figures[f["parent"]] for f in figures if isinstance(f.get("parent"), int)}
        removed: set[int] = set()
        added: list[tuple[tuple[int, int], dict]] = []
        notes = []
        for key, reason in page_changes:
            if key["first"] is not None and key["second"] is not None:
                old = figures[key["first"]]["metric"]
                figures[key["first"]]["metric"] = second["figures"][key["second"]]["metric"]
                notes.append(f"figure {key['first']} {old} -> {figures[key['first']]['metric']}")
            elif key["second"] is not None and (unnamed := next(
                    (i for i, f in enumerate(figures) if f["metric"] == UNNAMED and i not in removed
                     and spans[i][0] == second_spans[key["second"]][0]), None)) is not None:
                # the first marked the number as a fact outside the vocabulary: it takes the metric
                figures[unnamed]["metric"] = second["figures"][key["second"]]["metric"]
                notes.append(f"figure {unnamed} {UNNAMED} -> {figures[unnamed]['metric']}")
            elif key["second"] is not None:
                start, end = second_spans[key["second"]]
                new = {k: v for k, v in second["figures"][key["second"]].items() if k not in ("parent", "same_span")}
                new["span"] = text[start:end]
                added.append(((start, end), new))
                notes.append(f"added {new['metric']} {new['value']}")
            else:
                removed.add(key["first"])
                notes.append(f"removed figure {key['first']} ({figures[key['first']]['metric']})")
            notes[-1] += f" ({reason})" if reason else ""
        # a figure that shared the span of one removed takes the span over
        for i in sorted(removed):
            if i + 1 < len(figures) and figures[i + 1].get("same_span") and i + 1 not in removed:
                figures[i + 1].pop("same_span")
                figures[i + 1]["span"] = text[spans[i][0]:spans[i][1]]
        merged = [(spans[i], i, f) for i, f in enumerate(figures) if i not in removed]
        merged += [(span, len(figures) + k, f) for k, (span, f) in enumerate(added)]
        merged.sort(key=lambda t: (t[0][0], t[1]))
        ordered = [f for _, _, f in merged]
        for k in range(1, len(merged)):
            if merged[k][1] >= len(figures) and merged[k][0][0] == merged[k - 1][0][0]:
                ordered[k].pop("span")  # a second metric on the same number: as the scorer reads 均为零
                ordered[k]["same_span"] = True
        position = {id(f): k for k, f in enumerate(ordered)}
        for f in ordered:
            parent = parent_of.get(id(f))
            if parent is not None and id(parent) in position:
                f["parent"] = position[id(parent)]
            elif id(f) in parent_of:
                f.pop("parent")
        candidate = dict(record, figures=ordered)
        try:
            fits = [start for start, _ in _located(candidate, text)] == [span[0] for span, _, _ in merged]
        except GoldError:
            fits = False
        if not fits:
            problems.append(f"{page_id}: the changed figures would not locate where the readings stood; left as it was")
            continue
        record["figures"] = ordered
        record["notes"] = (record.get("notes", "") + " Stop 37, adjudicated against a second blind annotation: "
                           + "; ".join(notes) + ".").strip()
    return problems


def apply(outdir: Path, record_path: Path) -> int:
    pages = _pages()
    keys = {k["n"]: k for k in map(json.loads, (outdir / "key.jsonl").read_text(encoding="utf-8").splitlines())}
    answers = {a["n"]: a for a in map(json.loads, (outdir / "answers.jsonl").read_text(encoding="utf-8").splitlines())}
    files: dict[str, list[dict]] = {}
    for path in default_annotation_paths():
        files[path.name] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    first_records = {r["id"]: r for rows in files.values() for r in rows}
    second_records = {}
    for path in sorted((HERE / "second").glob("figures-second-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                second_records[r["id"]] = r
    changes, record_rows = [], []
    for n in sorted(keys):
        key, answer = keys[n], answers.get(n)
        if answer is None:
            print(f"item {n}: no answer", file=sys.stderr)
            return 1
        side = winner(key, answer["verdict"])
        record_rows.append({"n": n, "page": key["page"], "first": key["first"], "second": key["second"],
                            "verdict": answer["verdict"], "upholds": side or answer["verdict"],
                            "reason": answer.get("reason", "")})
        if side == "second":
            changes.append((key, answer.get("reason", "")))
    problems = apply_changes(pages, first_records, second_records, changes)
    for problem in problems:
        print(problem, file=sys.stderr)
    unchanged = {problem.split(":")[0] for problem in problems}
    for row in record_rows:
        row["applied"] = row["upholds"] == "second" and row["page"] not in unchanged
    for name, rows in files.items():
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    record_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in record_rows), encoding="utf-8")
    print(f"{sum(r['applied'] for r in record_rows)} of {len(keys)} items changed the first annotation")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    items = sub.add_parser("items")
    items.add_argument("outdir", type=Path)
    items.add_argument("--second", type=Path, nargs="+", required=True)
    applying = sub.add_parser("apply")
    applying.add_argument("outdir", type=Path)
    applying.add_argument("record", type=Path)
    args = parser.parse_args(argv)
    if args.command == "items":
        print(f"{make_items(args.outdir, args.second)} items")
        return 0
    return apply(args.outdir, args.record)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
