"""内容雷同 benchmark: precision and recall of the corpus copy check on planted copies, and its
time as a share of the batch itself.

    python benchmarks/corpus_copies.py [--n 2000] [--share 0.1] [--workers 2] [--real]

1. ``--n`` generated reports, a ``--share`` of them planted copies of another's narrative
   (:mod:`corpora.generator.copies`: renamed, partial, lightly edited; each donor gives once
   and is never a recipient, so the planted pairs are all the copying there is), are
   batched (``textmine.batch``, ``--workers`` processes, no corpus pass) and timed; then the
   corpus pass runs on the batch's store and is timed. A pair flagged FAIL or UNCERTAIN is a
   true positive when it was planted; recall counts the planted pairs flagged. Printed: both
   times, the corpus pass per 10k reports, and its ratio to the batch's time.
2. With ``--real`` (needs ``../shared``): the real report pages, audited, checked as they are
   (every flag there is a false positive unless it is a copy the pages hold), then again
   with planted copies made from them (a page's text under another page's agency name, as
   is and lightly edited).
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpora.generator.copies import write_copy_corpus  # noqa: E402
from batch_common import generator_version  # noqa: E402

TARGET = 0.95


def copy_corpus(n: int, share: float, seed: int) -> Path:
    directory = Path("/tmp") / "textmine-bench" / f"copies-{n}-{share}-{seed}-{generator_version()}"
    if not (directory / ".complete").exists():
        shutil.rmtree(directory, ignore_errors=True)
        write_copy_corpus(directory, n, share=share, seed=seed)
        (directory / ".complete").write_text("ok")
    return directory


def scores(flagged: set, truth: set) -> tuple[float, float]:
    hits = len(flagged & truth)
    return (hits / len(flagged) if flagged else 1.0), (hits / len(truth) if truth else 1.0)


def generated(args) -> None:
    import textmine
    from textmine.batch.corpus_pass import run_store_pass
    from textmine.batch.store import SQLITE_NAME, SQLiteStore

    directory = copy_corpus(args.n, args.share, args.seed)
    truth_records = [json.loads(line) for line in (directory / "copies.jsonl").read_text().splitlines()]
    truth = {tuple(sorted((str(directory / r["file"]), str(directory / r["donor"])))) for r in truth_records}
    mode_of = {tuple(sorted((str(directory / r["file"]), str(directory / r["donor"])))): r["mode"]
               for r in truth_records}
    inputs = [str(p) for p in sorted(directory.iterdir()) if p.suffix not in (".jsonl", "") and not p.name.startswith(".")]
    out = Path(tempfile.mkdtemp(prefix="textmine-copies-"))
    try:
        started = time.perf_counter()
        result = textmine.batch(inputs, out=out / "run", workers=args.workers, corpus=False, progress=False)
        batch_seconds = time.perf_counter() - started
        store = SQLiteStore(out / "run" / SQLITE_NAME)
        try:
            started = time.perf_counter()
            written = run_store_pass(store)
            corpus_seconds = time.perf_counter() - started
            rows = store.conn.execute(
                'SELECT r."source", "other_source", c."status" FROM "copies" AS c JOIN "reports" AS r '
                'ON r."report_seq" = c."report_seq"').fetchall()
        finally:
            store.close()
    finally:
        shutil.rmtree(out, ignore_errors=True)
    flagged = {tuple(sorted((a, b))) for a, b, status in rows if status}
    precision, recall = scores(flagged, truth)
    print(f"generated: {args.n} reports, {len(truth)} planted copies ({result.ok} audited ok)")
    print(f"  flagged {len(flagged)} pairs: precision {precision:.3f}, recall {recall:.3f} (target >= {TARGET})")
    for mode in sorted(set(mode_of.values())):
        pairs = {p for p, m in mode_of.items() if m == mode}
        print(f"    {mode:<8} recall {len(pairs & flagged) / len(pairs):.3f} ({len(pairs & flagged)}/{len(pairs)})")
    for pair in sorted(flagged - truth)[:args.show]:
        print(f"    false positive: {pair[0]} ~ {pair[1]}")
    for pair in sorted(truth - flagged)[:args.show]:
        print(f"    missed ({mode_of[pair]}): {pair[0]} ~ {pair[1]}")
    per_10k = corpus_seconds * 10000 / args.n
    print(f"  batch (audits + export, {args.workers} workers): {batch_seconds:.1f} s; corpus pass: "
          f"{corpus_seconds:.1f} s ({written['findings']} findings) = {corpus_seconds / batch_seconds:.3f}x the batch; "
          f"{per_10k:.0f} s per 10k reports")


def _real_docs():
    import textmine
    from textmine.corpus.copies import CorpusDoc
    from textmine.corpus.texts import narrative_parts
    from textmine.real.pages import load_pages

    docs = []
    for pid, page in load_pages().items():
        report = textmine.audit(page.text)
        page = page.__class__(**{**page.__dict__, "text": report.document.text})  # names as identified
        docs.append((page, CorpusDoc(pid, pid, report.metadata.year, report.agency_identity.to_dict(),
                                     narrative_parts(report))))
    return docs


def real(args) -> None:
    import textmine
    from corpora.generator.copies import _edit
    from textmine.corpus.copies import CorpusDoc, Docs, find_copies
    from textmine.corpus.texts import narrative_parts

    docs = _real_docs()
    if not docs:
        print("real pages: ../shared/corpora/real-pages not found, skipped")
        return
    started = time.perf_counter()
    pairs = find_copies(Docs([d for _, d in docs]))
    print(f"real pages: {len(docs)} pages, {time.perf_counter() - started:.2f} s; "
          f"{sum(1 for p in pairs if p.status)} pairs flagged, {sum(1 for p in pairs if not p.status)} "
          f"pairs of one agency recorded")
    for p in pairs:
        print(f"    {p.a.report_id} ~ {p.b.report_id}: {p.relation} {p.status} {p.side_a.best()} {p.side_b.best()}")
    # planted: a page's text under another page's agency name (as is, and lightly edited)
    rng = random.Random(args.seed)
    named = [(page, d) for page, d in docs if d.identity.get("name") and d.parts]
    donors = rng.sample(named, min(args.real_copies, len(named) // 2))
    others = [x for x in named if x not in donors]
    planted, truth = [], set()
    for i, (page, donor) in enumerate(donors):
        _, recipient = others[i % len(others)]
        text = page.text.replace(donor.identity["name"], recipient.identity["name"])
        if i % 2:
            text = _edit(text, random.Random(f"real-edit:{i}"))
        try:
            report = textmine.audit(text)
        except textmine.TextmineError:  # the edit left too little of a short page to audit
            continue
        rid = f"copy{i:03d}"
        planted.append(CorpusDoc(rid, rid, report.metadata.year, report.agency_identity.to_dict(),
                                 narrative_parts(report)))
        truth.add(tuple(sorted((rid, donor.report_id))))
    pairs = find_copies(Docs([d for _, d in docs] + planted))
    flagged = {(p.a.report_id, p.b.report_id) for p in pairs if p.status}
    precision, recall = scores(flagged, truth)
    print(f"  with {len(truth)} planted copies (renamed, half of them lightly edited): flagged {len(flagged)}: "
          f"precision {precision:.3f}, recall {recall:.3f}")
    for pair in sorted(truth - flagged)[:args.show]:
        print(f"    missed: {pair}")
    for pair in sorted(flagged - truth)[:args.show]:
        print(f"    false positive: {pair}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="generated reports (default 2000)")
    parser.add_argument("--share", type=float, default=0.1, help="share of them that are planted copies")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--real", action="store_true", help="also the real pages of ../shared")
    parser.add_argument("--real-copies", type=int, default=40, help="planted copies among the real pages")
    parser.add_argument("--show", type=int, default=5, help="misses and false positives to print")
    args = parser.parse_args()
    generated(args)
    if args.real:
        real(args)


if __name__ == "__main__":
    main()
