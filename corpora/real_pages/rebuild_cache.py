"""Rebuild the search pages' caches from the search tool, checked against the annotations' sha1.

The text of pages found with the search tool stays outside the project (``../realcache``:
``figure_pages.jsonl`` for the figure annotations, ``search.jsonl`` for the section 五 units). When
that cache is lost, the pages are found again with the search tool (corpus ``pages``) and their
excerpts transcribed exactly; this script says which pages are missing and with what query they were
found, and accepts an excerpt only when its sha1 is the annotated one:

    python corpora/real_pages/rebuild_cache.py missing [BATCH ...] [--five]
    python corpora/real_pages/rebuild_cache.py take --url URL --query QUERY FILE [FILE ...]
    python corpora/real_pages/rebuild_cache.py add --url URL --query QUERY --level LEVEL --year YEAR FILE
    python corpora/real_pages/rebuild_cache.py add --five --from HEADING --url URL --query QUERY FILE
    python corpora/real_pages/rebuild_cache.py offsets KEY UNIT_TEXT [UNIT_TEXT ...]

``missing`` prints, per page not in the cache: key, batch (the ``figures-<batch>.jsonl`` file, or
``five:<split>``), the query that found it (``sources.jsonl``) or else the head of its notes (agency
and year), and its url when known. ``take`` reads each FILE — one excerpt as the tool printed it,
either the JSON string with its quotes and escapes or plain text — and, when the text (or, for a
五 page, a stretch of it from its problems' heading to a line end, blank lines collapsed) has the
sha1 of an annotated page not yet cached, appends it to the cache and the url and query to
``sources.jsonl`` (append only; nothing is overwritten). ``add`` caches a page *not yet annotated*
(a fresh batch): it prints the key to annotate it under, and refuses a page already cached or
annotated, or one whose url is already known (the same page under another key). With ``--five``
the page is a section 五 page: what is cached is the excerpt from HEADING (the problems part's
heading as printed) on, each line stripped and blank lines collapsed, and the held-out side is
drawn by the rule of ``corpora/sentences/ANNOTATION.md`` when it is added. ``offsets`` prints the
start and end of each unit's text in the normalised text of a cached 五 page (what the unit
annotations point into).
"""
from __future__ import annotations

import argparse
import fcntl
import functools
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from textmine.problems.realcorpus import cache_path as five_cache_path, units_paths  # noqa: E402
from textmine.real.pages import figure_cache_path, is_search_page  # noqa: E402

SOURCES = HERE / "sources.jsonl"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def wanted() -> dict[str, dict]:
    """Every annotated search page by full sha1: key, kind, batch, level, year, notes head, url."""
    pages: dict[str, dict] = {}
    for path in sorted(HERE.glob("figures-*.jsonl")):
        batch = path.stem[len("figures-"):]
        for r in _lines(path):
            if is_search_page(r["id"]):
                head = " ".join(r.get("notes", "").split())[:80]
                year = _YEAR.search(head)
                pages[r["sha1"]] = {"key": r["id"], "kind": "figures", "batch": batch, "level": r.get("agency_level", ""),
                                    "year": int(year.group()) if year else 0, "head": head, "url": None}
    for path in units_paths():
        for r in _lines(path):
            if is_search_page(r["page"]):
                pages[r["sha1"]] = {"key": r["page"], "kind": "five", "batch": f"five:{r['split']}",
                                    "level": r.get("level", ""), "year": r.get("year", 0), "head": "", "url": r.get("url")}
    return pages


def cached() -> set[str]:
    return {r.get("sha1") for path in (figure_cache_path(), five_cache_path()) for r in _lines(path)}


def sources() -> dict[str, dict]:
    return {r["key"]: r for r in _lines(SOURCES)}


def _append(path: Path, record: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # (several people or helpers may rebuild at once)
        fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        fcntl.flock(fh, fcntl.LOCK_UN)


def _excerpt(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    stripped = raw.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        return json.loads(stripped)  # the excerpt pasted as the JSON string the tool printed
    return raw


def _variants(text: str) -> list[str]:
    """The excerpt as printed and as earlier caches may have kept it: ends stripped, lines' trailing
    spaces trimmed, lines of spaces dropped, runs of blank lines collapsed."""
    trimmed = "\n".join(line.rstrip() for line in text.split("\n"))
    no_blank_spaces = "\n".join(line for line in text.split("\n") if line == "" or line.strip())
    collapsed = re.sub(r"\n{3,}", "\n\n", text)
    out: list[str] = []
    for base in (text, trimmed, no_blank_spaces, collapsed):
        for t in (base, base.rstrip("\n"), base.strip("\n"), base.strip()):
            if t not in out:
                out.append(t)
    return out


def _lines_stripped(text: str) -> str:
    """Each line stripped, runs of newlines collapsed: how the section 五 cache keeps an excerpt."""
    return re.sub(r"\n+", "\n", "\n".join(line.strip() for line in text.split("\n")))


def _five_forms(text: str) -> list[str]:
    """The excerpt as printed, with runs of newlines collapsed, and with each line stripped too (the
    section 五 cache was written from excerpts so cleaned)."""
    return list(dict.fromkeys((text, re.sub(r"\n+", "\n", text), _lines_stripped(text))))


def match(text: str, pages: dict[str, dict]) -> list[tuple[dict, str, str]]:
    """``(page, text as cached, sha1)`` of each annotated page this excerpt holds: the excerpt or a
    start of it for a figure page; for a section 五 page, a stretch of it from any point (the problems' heading,
    五 or another number or none) to a line end."""
    found = []
    figures = {digest for digest, page in pages.items() if page["kind"] == "figures"}
    for t in _variants(text):
        # the whole excerpt, or a start of it (a page cached when the index kept less of it)
        for end in range(len(t), 0, -1):
            digest = hashlib.sha1(t[:end].encode("utf-8")).hexdigest()
            if digest in figures:
                found.append((pages[digest], t[:end], digest))
                break
        if found:
            break
    five = {digest for digest, page in pages.items() if page["kind"] == "five"}
    for form in _five_forms(text):
        ends = [m.start() for m in re.finditer("\n", form)] + [len(form)]
        for start in range(len(form)):
            for end in ends:
                if end > start:
                    digest = hashlib.sha1(form[start:end].encode("utf-8")).hexdigest()
                    if digest in five and all(digest != d for _, _, d in found):
                        found.append((pages[digest], form[start:end], digest))
    return found


def take(files: list[Path], url: str, query: str) -> list[str]:
    pages, have = wanted(), cached()
    out = []
    for path in files:
        found = match(_excerpt(path), pages)
        if not found:
            out.append(f"{path}: NO MATCH")
        for page, text, digest in found:
            if digest in have:
                out.append(f"{path}: ALREADY {page['key']} ({page['batch']})")
                continue
            if page["kind"] == "figures":
                _append(figure_cache_path(), {"key": page["key"], "url": url, "level": page["level"],
                                              "year": page["year"], "text": text, "sha1": digest})
            else:
                _append(five_cache_path(), {"url": url, "text": text, "sha1": digest})
            _append(SOURCES, {"key": page["key"], "kind": page["kind"], "url": url, "query": query})
            have.add(digest)
            out.append(f"{path}: MATCH {page['key']} ({page['batch']})")
    return out


FIVE_SALT = "textmine-real-five-2026-12:"


def five_split(key: str) -> str:
    """The held-out rule for search pages of 五 (corpora/sentences/ANNOTATION.md)."""
    return "heldout" if int(hashlib.sha256((FIVE_SALT + key).encode("utf-8")).hexdigest(), 16) % 5 == 0 else "dev"


def _five_text(text: str, heading: str) -> str | None:
    """The excerpt from the problems' heading on, lines stripped, blank lines collapsed."""
    stripped = _lines_stripped(text).strip()
    at = stripped.find(heading.strip())
    return stripped[at:] if heading.strip() and at >= 0 else None


def _address(url: str) -> str:
    """A url compared without its scheme, a leading www. and a trailing slash."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip()).rstrip("/")


def shared_page_at(url: str) -> str | None:
    """The id of the ../shared real page at ``url`` (the same page found again by the search
    tool must not be annotated as fresh: it may be a held-out page)."""
    from textmine.real.pages import PAGES_PATH

    if not PAGES_PATH.exists():
        return None
    wanted_address = _address(url)
    return next((r["id"] for r in _lines(PAGES_PATH) if _address(r.get("url") or "") == wanted_address), None)


#: an agency name worth comparing (not 我局 or a site's breadcrumb read as one)
_AGENCY_NAME = re.compile(r"^\w{3,}(?:局|委|委员会|厅|办|办公室|政府|镇|乡|街道|中心|院|署|所|处|会|管委会)$")


def _agency_year(text: str) -> tuple[str, int] | None:
    """The agency and report year textmine reads in a page, when both are plain."""
    import textmine

    try:
        metadata = textmine.audit(text).metadata
    except Exception:  # a page textmine refuses names nothing to compare
        return None
    agency, year = getattr(metadata, "agency", None), getattr(metadata, "year", None)
    return (agency, year) if agency and year and _AGENCY_NAME.match(agency) else None


@functools.lru_cache(maxsize=1)
def _shared_agency_years() -> dict[tuple[str, int], str]:
    from textmine.real.pages import PAGES_PATH

    if not PAGES_PATH.exists():
        return {}
    out: dict[tuple[str, int], str] = {}
    for r in _lines(PAGES_PATH):
        found = _agency_year(r.get("text") or "")
        if found is not None:
            out.setdefault(found, r["id"])
    return out


def shared_report_of(text: str) -> str | None:
    """The id of the ../shared real page of the same agency and year (a copy of a held-out page at
    another address, a mirror: z100 cached one that the address check let through)."""
    found = _agency_year(text)
    return _shared_agency_years().get(found) if found is not None else None


def add(path: Path, url: str, query: str, level: str = "", year: int = 0, five_from: str | None = None) -> str:
    """Cache a new page for a fresh batch; returns its key (``search:<12 hex>``)."""
    five = five_from is not None
    text = _excerpt(path)
    if five:
        text = _five_text(text, five_from)
        if text is None:
            return f"{path}: NO HEADING {five_from!r} in the excerpt"
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    key = "search:" + digest[:12]
    if digest in wanted() or digest in cached():
        return f"{path}: KNOWN {key} (already annotated or cached)"
    kind = "five" if five else "figures"
    shared = shared_page_at(url)
    if shared:
        return f"{path}: KNOWN SHARED {shared} (the page at this address is in ../shared: a held-out page may be it)"
    shared = shared_report_of(text)
    if shared:
        return f"{path}: KNOWN SHARED {shared} (the same agency's report of the same year is in ../shared: a held-out page may be it)"
    if any(source.get("url") == url and source.get("kind", "figures") == kind for source in sources().values()):
        return f"{path}: KNOWN URL {url} (already found under another key)"
    if five:
        _append(five_cache_path(), {"url": url, "text": text, "sha1": digest})
    else:
        _append(figure_cache_path(), {"key": key, "url": url, "level": level, "year": year, "text": text, "sha1": digest})
    _append(SOURCES, {"key": key, "kind": kind, "url": url, "query": query})
    return f"{path}: ADDED {key}" + (f" split={five_split(key)} sha1={digest}" if five else "")


def offsets(key: str, units: list[str]) -> list[str]:
    """``start end`` of each unit text in the normalised text of the cached 五 page ``key``
    (whitespace in the unit text is ignored; the search starts after the previous unit)."""
    from textmine.normalize import normalize_text

    texts = [r["text"] for r in _lines(five_cache_path()) if r["sha1"].startswith(key.removeprefix("search:"))]
    if not texts:
        return [f"{key}: not in the 五 cache"]
    text = normalize_text(texts[0])
    out, after = [], 0
    for unit in units:
        chars = normalize_text("".join(unit.split()))
        found = re.compile(r"\s*".join(map(re.escape, chars))).search(text, after) if chars else None
        if found is None:
            out.append(f"NOT FOUND after {after}: {unit}")
            continue
        out.append(f"{found.start()} {found.end()}")
        after = found.end()
    return out


def missing(batches: set[str], five: bool) -> list[str]:
    have, known = cached(), sources()
    out = []
    for digest, page in wanted().items():
        chosen = (page["kind"] == "five" and five) or (page["kind"] == "figures" and (not batches or page["batch"] in batches))
        if chosen and digest not in have:
            source = known.get(page["key"], {})
            hint = source.get("query") or page["head"]
            out.append("\t".join([page["key"], page["batch"], hint, source.get("url") or page["url"] or ""]))
    return sorted(out, key=lambda line: (line.split("\t")[1], line))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="rebuild_cache.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("missing", help="annotated search pages not in the cache")
    m.add_argument("batches", nargs="*")
    m.add_argument("--five", action="store_true", help="the section 五 pages (search.jsonl)")
    t = sub.add_parser("take", help="check excerpts against the annotations' sha1 and cache the matches")
    t.add_argument("--url", required=True)
    t.add_argument("--query", required=True)
    t.add_argument("files", nargs="+", type=Path)
    a = sub.add_parser("add", help="cache a page not yet annotated (a fresh batch) and print its key")
    a.add_argument("--url", required=True)
    a.add_argument("--query", required=True)
    a.add_argument("--level", default="")
    a.add_argument("--year", default=0, type=int)
    a.add_argument("--five", action="store_true", help="a section 五 page, cut at --from")
    a.add_argument("--from", dest="five_from", help="the problems part's heading as printed (with --five)")
    a.add_argument("file", type=Path)
    o = sub.add_parser("offsets", help="offsets of unit texts in a cached 五 page's normalised text")
    o.add_argument("key")
    o.add_argument("units", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "offsets":
        lines = offsets(args.key, args.units)
        print("\n".join(lines))
        return 0 if all(line[0].isdigit() for line in lines) else 1
    if args.command == "add":
        if args.five != bool(args.five_from):
            parser.error("--five and --from go together")
        if not args.five and not args.level:
            parser.error("a figure page needs --level and --year")
        line = add(args.file, args.url, args.query, args.level, args.year, args.five_from if args.five else None)
        print(line)
        return 0 if "ADDED" in line else 1
    if args.command == "missing":
        print("\n".join(missing(set(args.batches), args.five)))
        return 0
    lines = take(args.files, args.url, args.query)
    print("\n".join(lines))
    return 0 if all("NO MATCH" not in line for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
