"""A second blind annotation of the real 五 links (which measure answers which problem), and its
adjudication — the steps the figures and the measures' levels went through.

``python corpora/sentences/real/second_links.py items OUTDIR``
    writes ``OUTDIR/pages-dev.jsonl`` and ``pages-heldout.jsonl``: each annotated page with problems and measures, its units (id,
    label, text, as the first annotator cut and labelled them) and no links. It quotes page text:
    OUTDIR must lie outside the project. A second annotator who never sees ``units-*.jsonl`` or
    textmine writes ``OUTDIR/answers-<split>.jsonl``: ``{"page": key, "links": {"<measure id>": [problem ids]}}``
    by the link rules of ``ANNOTATION.md``.

``python corpora/sentences/real/second_links.py score OUTDIR``
    how far the two annotators agree, per split: links P / R and ``problems.unaddressed`` P / R of
    the second annotator against the first (pages not cut) — the line a link rule can be held to.

``python corpora/sentences/real/second_links.py adjudication OUTDIR``
    writes ``OUTDIR/adjudicate.jsonl`` (each (problem, measure) pair one annotator linked and the other
    did not: both texts and the two readings ``A``/``B`` — "answers" / "does not answer" — in a salted
    order) and ``OUTDIR/adjudicate-key.jsonl``; a third reader answers ``A``, ``B`` or ``both`` in
    ``OUTDIR/verdicts.jsonl``.

``python corpora/sentences/real/second_links.py apply OUTDIR RECORD``
    brings the first annotation's ``answers`` in line wherever the third reader found the rules on the
    second annotator's side (``both`` keeps the first reading) and lists each change in RECORD (no page
    text), so that the figures before and after can both be published.

No step runs textmine.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from textmine.problems.realcorpus import first_shown_as_a, inside_project, read_real, rewrite_units  # noqa: E402

SALT = "textmine-link-adjudication-2026-12"
ANSWERS = "answers"
DOES_NOT = "does not answer"


def _outside(outdir: Path) -> None:
    if inside_project(outdir):
        raise SystemExit(f"{outdir}: the files quote page text; write them outside the project")


def _pages_with_links():
    """Annotated pages (text here) that hold at least one problem and one measure."""
    corpus = read_real()
    pages = [p for p in sorted(corpus.pages, key=lambda p: p.key)
             if any(u.label == "problem" for u in p.units) and any(u.label == "measure" for u in p.units)]
    return pages, corpus.missing


def _pairs(page) -> set[tuple[int, int]]:
    return {(p, u.id) for u in page.units if u.label == "measure" for p in u.answers}


def _second_pairs(answer: dict) -> set[tuple[int, int]]:
    return {(int(p), int(m)) for m, problems in answer.get("links", {}).items() for p in problems}


def make_items(outdir: Path) -> int:
    _outside(outdir)
    pages, missing = _pages_with_links()
    outdir.mkdir(parents=True, exist_ok=True)
    for split in ("dev", "heldout"):
        with (outdir / f"pages-{split}.jsonl").open("w", encoding="utf-8") as handle:
            for page in pages:
                if page.split != split:
                    continue
                units = [{"id": u.id, "label": u.label, "text": page.unit_text(u)} for u in page.units]
                handle.write(json.dumps({"page": page.key, "cut": page.cut, "units": units}, ensure_ascii=False) + "\n")
    if missing:
        print(f"{len(missing)} annotated page(s) without their text here are left out")
    return len(pages)


def _answers(outdir: Path) -> dict[str, dict]:
    """The second annotator's links, from every ``answers-*.jsonl`` of OUTDIR."""
    rows = [json.loads(line) for path in sorted(outdir.glob("answers-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {str(r.get("page")): r for r in rows}


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"{p:.3f} / {r:.3f} ({tp} agreed, {fp} only second, {fn} only first)"


def score(outdir: Path) -> None:
    pages, _ = _pages_with_links()
    second = _answers(outdir)
    for split in ("dev", "heldout"):
        link = [0, 0, 0]
        lone = [0, 0, 0]
        n = 0
        for page in pages:
            if page.split != split or page.key not in second:
                continue
            n += 1
            first, other = _pairs(page), _second_pairs(second[page.key])
            link[0] += len(first & other)
            link[1] += len(other - first)
            link[2] += len(first - other)
            if page.cut:
                continue
            problems = {u.id for u in page.units if u.label == "problem"}
            a = problems - {p for p, _ in first}
            b = problems - {p for p, _ in other}
            lone[0] += len(a & b)
            lone[1] += len(b - a)
            lone[2] += len(a - b)
        print(f"{split}: {n} pages; links, second vs first: {_prf(*link)}")
        print(f"{split}: problems.unaddressed, second vs first (pages not cut): {_prf(*lone)}")


def make_adjudication(outdir: Path) -> int:
    _outside(outdir)
    pages, _ = _pages_with_links()
    second = _answers(outdir)
    items, keys = [], []
    for page in pages:
        if page.key not in second:
            continue
        first, other = _pairs(page), _second_pairs(second[page.key])
        by_id = {u.id: u for u in page.units}
        for problem, measure in sorted(first ^ other):
            if problem not in by_id or measure not in by_id:
                continue
            where = f"{page.key}#{problem}>{measure}"
            first_reading = ANSWERS if (problem, measure) in first else DOES_NOT
            second_reading = DOES_NOT if first_reading == ANSWERS else ANSWERS
            a, b = (first_reading, second_reading) if first_shown_as_a(SALT, where) else (second_reading, first_reading)
            n = len(items) + 1
            items.append({"n": n, "page": page.key, "problem": page.unit_text(by_id[problem]),
                          "measure": page.unit_text(by_id[measure]),
                          "other_measures": [page.unit_text(u) for u in page.units
                                             if u.label == "measure" and u.id != measure],
                          "A": a, "B": b})
            keys.append({"n": n, "where": where, "first": first_reading})
    for name, rows in (("adjudicate.jsonl", items), ("adjudicate-key.jsonl", keys)):
        (outdir / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(items)


def apply(outdir: Path, record: Path) -> int:
    keys = {int(r["n"]): r for r in map(json.loads, (outdir / "adjudicate-key.jsonl").read_text(encoding="utf-8").splitlines())}
    items = {int(r["n"]): r for r in map(json.loads, (outdir / "adjudicate.jsonl").read_text(encoding="utf-8").splitlines())}
    changes: dict[str, tuple[str, str]] = {}
    for line in (outdir / "verdicts.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        verdict = json.loads(line)
        n = int(verdict["n"])
        if verdict.get("verdict") not in ("A", "B"):
            continue
        chosen = items[n][verdict["verdict"]]
        if chosen != keys[n]["first"]:
            changes[keys[n]["where"]] = (chosen, verdict.get("reason", ""))
    def edit(page: dict) -> int:
        changed = 0
        for unit in page["units"]:
            if unit["label"] != "measure":
                continue
            answers = set(unit.get("answers", ()))
            before = sorted(answers)
            for where, (reading, _) in changes.items():
                key, pair = where.rsplit("#", 1)
                problem, measure = map(int, pair.split(">"))
                if key != page["page"] or measure != unit["id"]:
                    continue
                if reading == ANSWERS:
                    answers.add(problem)
                else:
                    answers.discard(problem)
            if sorted(answers) != before:
                changed += len(set(before) ^ answers)
                if answers:
                    unit["answers"] = sorted(answers)
                else:
                    unit.pop("answers", None)
        return changed

    changed = rewrite_units(edit)
    with record.open("a", encoding="utf-8") as handle:
        for where in sorted(changes):
            reading, reason = changes[where]
            handle.write(json.dumps({"where": where, "adjudicated": reading, "reason": reason},
                                    ensure_ascii=False, sort_keys=True) + "\n")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("items", "score", "adjudication"):
        sub.add_parser(name).add_argument("outdir", type=Path)
    applying = sub.add_parser("apply")
    applying.add_argument("outdir", type=Path)
    applying.add_argument("record", type=Path)
    args = parser.parse_args()
    if args.command == "items":
        print(f"{make_items(args.outdir)} page(s) written to {args.outdir}/pages-*.jsonl")
    elif args.command == "score":
        score(args.outdir)
    elif args.command == "adjudication":
        print(f"{make_adjudication(args.outdir)} item(s) written to {args.outdir / 'adjudicate.jsonl'}")
    else:
        print(f"{apply(args.outdir, args.record)} link(s) brought in line; listed in {args.record}")


if __name__ == "__main__":
    main()
