"""Settle where two blind annotators of the real measures' levels disagree, blind to which is which.

The levels of the real 五 measures were annotated twice, blind (``units-*.jsonl``, the first;
``levels-second.jsonl``, the second, by annotators who saw only ``ANNOTATION.md`` and the measure
texts). The figures of real pages went through the same steps (``corpora/real_pages/adjudicate.py``).

``python corpora/sentences/real/adjudicate_levels.py items OUTDIR``
    writes ``OUTDIR/items.jsonl`` (each measure the two levels differ on: the measure's text, the
    unit before it, and the two levels as ``A``/``B`` in a salted order) and ``OUTDIR/key.jsonl``
    (which reading is whose). ``items.jsonl`` quotes page text: OUTDIR must lie outside the project
    (``../realcache/…``). An adjudicator who never sees the key, the annotation files or textmine
    answers each item with ``A``, ``B`` or ``both`` and the rule of ``ANNOTATION.md`` that decides.

``python corpora/sentences/real/adjudicate_levels.py apply OUTDIR RECORD``
    reads ``OUTDIR/key.jsonl`` and ``OUTDIR/answers.jsonl`` and sets the first annotation's level to
    the second's wherever the adjudicator found the rules on the second annotator's side; ``both``
    (and a verdict for the first) changes nothing. Each change is listed in RECORD (unit, first
    level, adjudicated level, reason; no page text), so that the figures before and after can both
    be published (``textmine eval sentences`` reads the record and prints both).

Neither step runs textmine: the changes follow from two human readings and a third.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from textmine.problems.realcorpus import (first_shown_as_a, inside_project, read_real,  # noqa: E402
                                          read_second_levels, rewrite_units)

SALT = "textmine-level-adjudication-2026-12"


def make_items(outdir: Path) -> int:
    if inside_project(outdir):
        raise SystemExit(f"{outdir}: items quote page text; write them outside the project")
    second = read_second_levels()
    corpus = read_real()
    items, keys = [], []
    for page in sorted(corpus.pages, key=lambda p: p.key):
        previous = None
        for unit in page.units:
            where = f"{page.key}#{unit.id}"
            if unit.label == "measure" and where in second and unit.level is not None \
                    and second[where] != unit.level:
                first_is_a = first_shown_as_a(SALT, where)
                a, b = (unit.level, second[where]) if first_is_a else (second[where], unit.level)
                n = len(items) + 1
                items.append({"n": n, "page": page.key, "year": page.year, "agency_level": page.level,
                              "before": page.unit_text(previous) if previous else "",
                              "measure": page.unit_text(unit), "A": a, "B": b})
                keys.append({"n": n, "where": where, "A": "first" if first_is_a else "second",
                             "first": unit.level, "second": second[where]})
            previous = unit
    outdir.mkdir(parents=True, exist_ok=True)
    for name, rows in (("items.jsonl", items), ("key.jsonl", keys)):
        (outdir / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    if corpus.missing:
        print(f"{len(corpus.missing)} annotated page(s) without their text here: their measures are not in the items")
    return len(items)


def apply(outdir: Path, record: Path) -> int:
    keys = {int(r["n"]): r for r in map(json.loads, (outdir / "key.jsonl").read_text(encoding="utf-8").splitlines())}
    answers = [json.loads(line) for line in (outdir / "answers.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    changes: dict[str, tuple[int, int, str]] = {}
    for answer in answers:
        key = keys[int(answer["n"])]
        verdict = answer["verdict"]
        if verdict not in ("A", "B"):
            continue
        if (verdict == "A") == (key["A"] == "second"):
            changes[key["where"]] = (key["first"], key["second"], answer.get("reason", ""))
    def edit(page: dict) -> int:
        changed = 0
        for unit in page["units"]:
            where = f"{page['page']}#{unit['id']}"
            if where in changes and unit.get("level") == changes[where][0]:
                unit["level"] = changes[where][1]
                changed += 1
        return changed

    changed = rewrite_units(edit)
    with record.open("a", encoding="utf-8") as handle:
        for where in sorted(changes):
            first, second, reason = changes[where]
            handle.write(json.dumps({"where": where, "first": first, "adjudicated": second, "reason": reason},
                                    ensure_ascii=False, sort_keys=True) + "\n")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    items = sub.add_parser("items")
    items.add_argument("outdir", type=Path)
    applying = sub.add_parser("apply")
    applying.add_argument("outdir", type=Path)
    applying.add_argument("record", type=Path)
    args = parser.parse_args()
    if args.command == "items":
        print(f"{make_items(args.outdir)} item(s) written to {args.outdir / 'items.jsonl'}")
    else:
        print(f"{apply(args.outdir, args.record)} level(s) brought in line; listed in {args.record}")


if __name__ == "__main__":
    main()
