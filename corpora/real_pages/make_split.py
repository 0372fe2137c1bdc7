"""Choose the held-out fifth of ../shared/corpora/real-pages/pages.jsonl (run once, before any
fixing; the result is committed as split.json and never re-drawn).

Pages are stratified by level and template era (2021+, 2019-2020, pre-2019); within each stratum
they are ordered by a salted SHA-256 of their id and every fifth is held out (round(n / 5) of
each stratum, at least one where a stratum has three or more pages). Near-copies (the same
report at two addresses: >= 40 % of their 8-character Han shingles shared) share a split so that
a held-out page has no twin in dev.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE.parents[1].parent / "shared" / "corpora" / "real-pages" / "pages.jsonl"
SALT = "textmine-real-heldout-2026-12"


def era(year: int) -> str:
    return "2021+" if year >= 2021 else "2019-2020" if year >= 2019 else "pre-2019"


def shingles(text: str, k: int = 8) -> set[str]:
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return {han[i:i + k] for i in range(len(han) - k + 1)}


def main() -> int:
    rows = [json.loads(line) for line in PAGES.read_text(encoding="utf-8").splitlines() if line.strip()]
    grams = {r["id"]: shingles(r["text"]) for r in rows}
    twin_of: dict[str, str] = {}
    for a, b in itertools.combinations(rows, 2):
        ga, gb = grams[a["id"]], grams[b["id"]]
        if ga and gb and len(ga & gb) / min(len(ga), len(gb)) >= 0.4:
            twin_of[b["id"]] = twin_of.get(a["id"], a["id"])
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        if r["id"] not in twin_of:
            strata[(r["level"], era(r["year"]))].append(r)
    heldout: set[str] = set()
    for key in sorted(strata):
        members = sorted(strata[key], key=lambda r: hashlib.sha256((SALT + r["id"]).encode()).hexdigest())
        n = round(len(members) / 5) or (1 if len(members) >= 3 else 0)
        heldout.update(r["id"] for r in members[:n])
    heldout.update(t for t, head in twin_of.items() if head in heldout)
    split = {r["id"]: ("heldout" if r["id"] in heldout else "dev") for r in rows}
    out = {"pages": str(PAGES.relative_to(HERE.parents[2])), "salt": SALT,
           "sha256": hashlib.sha256(PAGES.read_bytes()).hexdigest(),
           "twins": dict(sorted(twin_of.items())),
           "split": split}
    (HERE / "split.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = defaultdict(lambda: defaultdict(int))
    for r in rows:
        counts[(r["level"], era(r["year"]))][split[r["id"]]] += 1
    for key in sorted(counts):
        print(key, dict(counts[key]))
    print("held out:", len(heldout), "of", len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
