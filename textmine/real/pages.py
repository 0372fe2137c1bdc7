"""The real pages and their annotations.

The pages' text stays in ``../shared/corpora/real-pages/pages.jsonl`` (public documents that the
project does not copy); the project keeps the annotations (``corpora/real_pages/figures*.jsonl``,
rules in ``corpora/real_pages/ANNOTATION.md``) and the held-out split chosen before any fixing
(``corpora/real_pages/split.json``). An annotation names its page by id and records the sha1 of
the text it was written on, so a changed page is refused rather than scored against stale gold.

Pages found later with the search tool are named ``search:<first 12 hex of the sha1>``; their
text stays in a cache outside the project (:func:`figure_cache_path`, one JSON a line with
``key``, ``url``, ``level``, ``year``, ``text``, ``sha1``). They form their own split, ``dev2``:
never held out, never mixed into ``dev``/``heldout``. An annotation of a search page whose text is
not in the cache is skipped (and counted), not an error: the cache is not shipped.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import TextmineError
from ..jsonl import json_lines
from ..paths import PROJECT_ROOT, REAL_CACHE_DIR, corpora_dir, env_path

PAGES_PATH = PROJECT_ROOT.parent / "shared" / "corpora" / "real-pages" / "pages.jsonl"
#: where the text of pages found with the search tool is kept (outside the project)
FIGURE_CACHE_PATH = REAL_CACHE_DIR / "figure_pages.jsonl"
#: the prefix of search pages' ids and the split they all belong to
SEARCH_PREFIX = "search:"
SEARCH_SPLIT = "dev2"

#: the annotation's check kinds and the rule keys whose FAILs each one judges (a rule key is
#: matched by its first entry that is a prefix of it)
CHECK_RULES: tuple[tuple[str, str], ...] = (
    ("breakdown", "breakdown."),
    ("narrative_vs_table", "narrative_vs_table."),
    ("table", "applications."),
    ("table", "review_litigation."),
    ("table", "tables."),
    ("table", "active_disclosure.in_force_vs_issued"),
    ("issuer", "active_disclosure.regulations_issuer"),
    ("identity", "narrative.identity"),
    ("identity", "narrative.rate"),
    ("identity", "narrative.change"),
    ("restated", "narrative.restated"),
    ("listed_count", "narrative.listed_count"),
    ("year", "text.report_year"),
)
#: check kinds that judge the same arithmetic in two forms: a total whose listed parts exceed it
#: (breakdown) and the applications' identity (received = answered + carried on) — 受理 455 件 … 完成 451 件
#: 答复, 8 件结转 is one disagreement of the same numbers whichever rule reports it; the FAIL is paired when the
#: annotated check's spans are among its evidence
SAME_ARITHMETIC: dict[str, frozenset[str]] = {"breakdown": frozenset({"identity"}), "identity": frozenset({"breakdown"})}
#: rules judged elsewhere (section 五 has its own annotated corpus and scores)
OTHER_RULES = ("problems.",)


def check_of_rule(rule: str) -> str | None:
    """The annotation check kind that judges a rule's FAILs (None: not judged on real pages)."""
    for check, prefix in CHECK_RULES:
        if rule.startswith(prefix):
            return check
    return None


class RealPagesError(TextmineError):
    code = "bad_real_pages"


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    level: str
    year: int
    parts: tuple[str, ...]
    text: str

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    @property
    def era(self) -> str:
        return "2021+" if self.year >= 2021 else "2019-2020" if self.year >= 2019 else "pre-2019"


@dataclass(frozen=True)
class Annotation:
    page_id: str
    split: str
    fragment: bool
    agency_level: str
    figures: tuple[dict, ...]
    checks: tuple[dict, ...]
    origin: str


def load_pages(path: Path = PAGES_PATH) -> dict[str, Page]:
    """Pages by id; {} when ``../shared`` is not beside the project."""
    if not path.exists():
        return {}
    pages: dict[str, Page] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            pages[r["id"]] = Page(r["id"], r.get("url", ""), r.get("level", ""), int(r.get("year") or 0),
                                  tuple(r.get("parts", ())), r["text"])
    return pages


def figure_cache_path() -> Path:
    """The search pages' cache: ``TEXTMINE_FIGURE_CACHE`` or ``../realcache/figure_pages.jsonl``."""
    return env_path("TEXTMINE_FIGURE_CACHE", FIGURE_CACHE_PATH)


def is_search_page(page_id: str) -> bool:
    return isinstance(page_id, str) and page_id.startswith(SEARCH_PREFIX)


def load_search_pages(path: Path | None = None) -> dict[str, Page]:
    """Search pages by key (``search:…``) from the cache; {} when the cache is absent. A line whose
    text does not have its recorded sha1 is kept as read: the annotation's sha1 decides."""
    path = path or figure_cache_path()
    if not path.exists():
        return {}
    pages: dict[str, Page] = {}
    for origin, r in json_lines(path, RealPagesError):
        key = r.get("key") if isinstance(r, dict) else None
        if not is_search_page(key) or not isinstance(r.get("text"), str):
            raise RealPagesError(origin, "a cached page needs a 'search:' key and a text")
        pages[key] = Page(key, r.get("url") or "", page_level(r.get("level", "")), int(r.get("year") or 0), (),
                          r["text"])
    return pages


def page_level(level: str) -> str:
    """The shared pages' level names for a cached page's (a cache rebuilt from the annotations may
    give the agency level: ``county_department`` is a ``department`` page)."""
    return "department" if level.endswith("_department") else level


def load_split(path: Path | None = None) -> dict[str, str]:
    path = path or corpora_dir() / "real_pages" / "split.json"
    return json.loads(path.read_text(encoding="utf-8"))["split"]


def default_annotation_paths() -> list[Path]:
    return sorted((corpora_dir() / "real_pages").glob("figures*.jsonl"))


def load_annotations(paths: list[Path], pages: dict[str, Page],
                     skipped: list[str] | None = None) -> list[Annotation]:
    """Annotations in page order. A line for an unknown page, a page whose text changed, or a
    page annotated twice is a :class:`RealPagesError` naming file and line. A search page
    (``search:…``) whose text is not among ``pages`` (the cache is absent or lacks it) is skipped:
    its id is appended to ``skipped`` when given. A search page must be of split ``dev2``."""
    out: dict[str, Annotation] = {}
    for path in paths:
        for origin, r in json_lines(path, RealPagesError):
            if not isinstance(r, dict):
                raise RealPagesError(origin, "an annotation line is a JSON object")
            pid = r.get("id")
            if pid in out:
                raise RealPagesError(origin, f"page {pid} is annotated twice (also {out[pid].origin})")
            page = pages.get(pid)
            if is_search_page(pid) and r.get("split") != SEARCH_SPLIT:
                raise RealPagesError(origin, f"search page {pid} must be of split {SEARCH_SPLIT!r}")
            if page is None and is_search_page(pid):
                if skipped is not None:
                    skipped.append(pid)
                continue
            if page is None:
                raise RealPagesError(origin, f"no page {pid!r} in {PAGES_PATH}")
            if r.get("sha1") != page.sha1:
                raise RealPagesError(origin, f"page {pid}'s text is not the one annotated (sha1 differs)")
            out[pid] = Annotation(pid, r["split"], bool(r.get("fragment")), r.get("agency_level", "unknown"),
                                  tuple(r.get("figures", ())), tuple(r.get("checks", ())), origin)
    return [out[k] for k in sorted(out)]
