"""Check annotation files of real pages without running any extractor:
``python corpora/real_pages/validate.py [FILE ...]`` (default: every figures-*.jsonl here).

Each line must name a page of ../shared/corpora/real-pages/pages.jsonl whose text still has
the recorded sha1, carry the split of split.json, and give figures whose spans are found in
text order in the normalised page text (the same locating rule the scorer uses), with metrics
from the vocabulary (plus the real-page additions listed in ANNOTATION.md) and checks of known
kinds. Prints one line per problem; exit status 1 when there is any.

A line may instead name a page found with the search tool (id ``search:<12 hex>``, source the
same, split ``dev2``) whose text is in the cache outside the project
(``TEXTMINE_FIGURE_CACHE`` or ``../realcache/figure_pages.jsonl``); such a line is skipped, and
said, when the cache lacks the page.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from textmine.figures.evaluation import GoldDocument, GoldError, locate  # noqa: E402
from textmine.figures.vocabulary import METRICS  # noqa: E402
from textmine.normalize import normalize_text  # noqa: E402
from textmine.real.pages import SEARCH_SPLIT, figure_cache_path, is_search_page  # noqa: E402
from textmine.readers import read_text  # noqa: E402

PAGES = ROOT.parent / "shared" / "corpora" / "real-pages" / "pages.jsonl"
ADDED = {"departments", "meetings", "events", "open_days", "hot_topics_responded", "other"}
CHECKS = {"breakdown", "narrative_vs_table", "table", "identity", "restated", "listed_count", "year", "issuer"}
LEVELS = {"province", "city", "county", "township", "province_department", "city_department",
          "county_department", "township_department", "development_zone", "unknown"}
KINDS = {"count", "rate", "share", "change"}


def main(argv: list[str]) -> int:
    pages = {r["id"]: r for r in map(json.loads, PAGES.read_text(encoding="utf-8").splitlines())}
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))["split"]
    cache = figure_cache_path()
    if cache.exists():
        for line in cache.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                pages[r["key"]] = {"id": r["key"], "text": r["text"]}
                split[r["key"]] = SEARCH_SPLIT
    skipped = 0
    files = [Path(a) for a in argv] or sorted(HERE.glob("figures*.jsonl"))
    problems = 0
    seen: dict[str, str] = {}

    def say(origin: str, message: str) -> None:
        nonlocal problems
        problems += 1
        print(f"{origin}: {message}")

    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            origin = f"{path.name}:{number}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                say(origin, f"not JSON: {exc.msg}")
                continue
            pid = rec.get("id")
            page = pages.get(pid)
            if page is None and is_search_page(pid):
                skipped += 1
                print(f"{origin}: search page {pid} skipped (not in {cache})")
                continue
            if page is None:
                say(origin, f"unknown page id {pid!r}")
                continue
            origin = f"{origin} ({pid})"
            if pid in seen:
                say(origin, f"annotated twice (also {seen[pid]})")
            seen[pid] = origin
            if rec.get("sha1") != hashlib.sha1(page["text"].encode("utf-8")).hexdigest():
                say(origin, "sha1 does not match the page text")
            if rec.get("split") != split[pid]:
                say(origin, f"split should be {split[pid]!r}")
            source = pid if is_search_page(pid) else f"shared-page:{pid}"
            if rec.get("source") != source:
                say(origin, f"source should be {source!r}")
            if not isinstance(rec.get("fragment"), bool):
                say(origin, "fragment must be true or false")
            if rec.get("agency_level") not in LEVELS:
                say(origin, f"agency_level {rec.get('agency_level')!r} not one of {sorted(LEVELS)}")
            figures = rec.get("figures")
            if not isinstance(figures, list):
                say(origin, "figures must be a list")
                continue
            for i, fig in enumerate(figures):
                if fig.get("metric") not in METRICS and fig.get("metric") not in ADDED:
                    say(origin, f"figure {i}: unknown metric {fig.get('metric')!r}")
                if not isinstance(fig.get("value"), (int, float)) or isinstance(fig.get("value"), bool):
                    say(origin, f"figure {i}: value must be a number")
                if fig.get("kind", "count") not in KINDS:
                    say(origin, f"figure {i}: kind {fig.get('kind')!r}")
                info = METRICS.get(fig.get("metric"))
                if info is not None and info.family == "rates" and fig.get("kind", "count") == "count":
                    # (a rate read as a count is never matched: the scorer pairs figures of one kind)
                    say(origin, f"figure {i}: {fig['metric']} is a rate: give kind rate (or share / change)")
                parent = fig.get("parent")
                if parent is not None and not (isinstance(parent, int) and 0 <= parent < i):
                    say(origin, f"figure {i}: parent must be the index of an earlier figure")
            document = read_text(page["text"], source=f"<page {pid}>")
            try:
                locate(GoldDocument(pid, split[pid], (), None, None, tuple(figures), origin), document.text)
            except GoldError as exc:
                say(origin, str(exc))
            for check in rec.get("checks", []):
                if check.get("check") not in CHECKS:
                    say(origin, f"check {check.get('check')!r} not one of {sorted(CHECKS)}")
                if check.get("status") not in ("FAIL", "UNCERTAIN"):
                    say(origin, "check status must be FAIL or UNCERTAIN")
                if check.get("status") == "FAIL" and not check.get("spans"):
                    # (the scorer pairs a FAIL with the tool's by its spans: a FAIL without one is never found)
                    say(origin, "check: give spans (the numbers or words the check is about)")
                for span in check.get("spans", []):
                    squeezed = "".join(normalize_text(span).split())
                    if squeezed not in "".join(document.text.split()):
                        say(origin, f"check span {span!r} not in the text")
    print(f"{len(seen)} pages, {problems} problems" + (f", {skipped} search pages skipped" if skipped else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
