"""Real section 五 passages, annotated in ``corpora/sentences/real/units*.jsonl``.

The project keeps only the annotations (rules: ``corpora/sentences/ANNOTATION.md``): per page
its key, the sha1 of the text annotated, the split, whether the page cut 五 off, and per unit
offsets into the normalised text, label, topics, measure level and the problems a measure
answers. The text is read where it was found, never copied:

* ``shared:<id>`` — a page of ``../shared/corpora/real-pages/pages.jsonl``;
* ``file:<path>`` — a report under ``../shared/corpora`` (the real PDFs, the seed), read with
  :func:`textmine.load`; its sha1 is that of the file's bytes;
* ``search:<sha1 prefix>`` — an excerpt found with the search tool, kept outside the project
  in the cache (``TEXTMINE_REAL_CACHE``, default ``../realcache/search.jsonl`` beside the
  project: one JSON object a line with ``url``, ``text`` and ``sha1``).

A page whose text is missing (no ``../shared``, no cache) is left out and counted in
:attr:`RealCorpus.missing`; a page whose text no longer has the annotated sha1 is left out and
counted in :attr:`RealCorpus.changed` — stale offsets are never scored.

Every ``units*.jsonl`` file of ``corpora/sentences/real`` is read, in sorted order:
``units.jsonl`` (dev and held-out pages, split by rule) and later batches such as
``units-heldout2.jsonl`` (held-out batch 2, drawn and annotated before any tuning of its stop;
a file whose name says ``heldout`` may hold held-out pages only). A page key may appear in one
file only, and a report group sits on one side of the split: only ``dev`` pages are ever
trained on (:func:`.training.real_training_items`).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import TextmineError
from ..jsonl import json_lines
from ..paths import PROJECT_ROOT, REAL_CACHE_DIR, corpora_dir, env_path
from .topics import CODE_TO_TOPIC

SHARED_CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"
DEFAULT_CACHE = REAL_CACHE_DIR / "search.jsonl"
LABELS = ("problem", "measure", "other")


class RealCorpusError(TextmineError):
    code = "bad_real_corpus"


def units_path() -> Path:
    """The first real unit file (dev pages and the first held-out pages)."""
    return corpora_dir() / "sentences" / "real" / "units.jsonl"


def units_paths() -> list[Path]:
    """Every real unit file, ``units*.jsonl``, in sorted (deterministic) order."""
    return sorted(units_path().parent.glob("units*.jsonl"))


def second_levels_path() -> Path:
    """A second, blind annotation of the measures' levels (dev at stop 32, held-out at stop 38):
    how far two annotators agree is the ceiling a specificity score can be held to."""
    return units_path().parent / "levels-second.jsonl"


def _levels_by_unit(file: Path, field: str) -> dict[str, int]:
    """``where`` (``page#unit``) -> the level in ``field`` of each record of ``file`` (0-3); empty
    when the file is absent."""
    if not file.exists():
        return {}
    out: dict[str, int] = {}
    for origin, record in json_lines(file, RealCorpusError):
        try:
            where, level = str(record["where"]), int(record[field])
        except (ValueError, KeyError, TypeError):
            raise RealCorpusError(origin, f"expected a JSON object with where and {field}") from None
        if level not in (0, 1, 2, 3):
            raise RealCorpusError(origin, f"level {level} is not 0-3")
        out[where] = level
    return out


def read_second_levels(path: Path | None = None) -> dict[str, int]:
    """``where`` (``page#unit``) -> the second annotator's level; empty when the file is absent."""
    return _levels_by_unit(Path(path) if path else second_levels_path(), "level")


def adjudicated_levels_path() -> Path:
    """Where a third reader settled the two annotators' levels (``adjudicate_levels.py apply``):
    each unit whose level was changed, with the level first annotated."""
    return units_path().parent / "levels-adjudicated.jsonl"


def read_first_levels(path: Path | None = None) -> dict[str, int]:
    """``where`` -> the level as first annotated, for the units the adjudication changed (empty when
    nothing was adjudicated): the figures before the adjudication stay printable."""
    return _levels_by_unit(Path(path) if path else adjudicated_levels_path(), "first")


def first_shown_as_a(salt: str, key: str) -> bool:
    """For the adjudication scripts: whether the first annotator's reading of item ``key`` is shown
    as ``A`` — a salted hash, so that the adjudicator cannot tell whose reading is whose."""
    return hashlib.sha1(f"{salt}:{key}".encode()).digest()[0] % 2 == 0


def inside_project(path: Path) -> bool:
    """Whether ``path`` lies inside the project (the adjudication items quote page text, which
    never enters it)."""
    return PROJECT_ROOT in Path(path).resolve().parents


def rewrite_units(edit) -> int:
    """Apply ``edit(page record) -> number of units changed`` to every annotated page of
    ``units*.jsonl`` and rewrite the lines it changed (sorted keys, as they are written); the
    others stay byte for byte. The total changed. For the adjudication scripts, which bring the
    first annotation in line with a third reader's verdicts."""
    total = 0
    for path in units_paths():
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            page = json.loads(line)
            changed = edit(page)
            total += changed
            out.append(json.dumps(page, ensure_ascii=False, sort_keys=True) if changed else line)
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return total


def cache_path() -> Path:
    """The search-tool cache (``TEXTMINE_REAL_CACHE`` overrides the default)."""
    return env_path("TEXTMINE_REAL_CACHE", DEFAULT_CACHE)


@dataclass(frozen=True, slots=True)
class RealUnit:
    id: int
    start: int
    end: int
    label: str
    topics: tuple[str, ...]
    level: int | None = None
    answers: tuple[int, ...] = ()


@dataclass(frozen=True)
class RealPage:
    key: str
    split: str
    group: str
    level: str
    year: int
    cut: bool
    text: str  # the normalised text the offsets point into
    units: tuple[RealUnit, ...]
    url: str | None = None

    @property
    def heldout(self) -> bool:
        return self.split == "heldout"

    def unit_text(self, unit: RealUnit) -> str:
        return self.text[unit.start:unit.end]


@dataclass
class RealCorpus:
    pages: list[RealPage] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def split(self, which: str) -> list[RealPage]:
        return [p for p in self.pages if which == "all" or p.split == which]


def _shared_pages() -> dict[str, str]:
    from ..real.pages import load_pages

    return {ident: page.text for ident, page in load_pages().items()}


def _cached_excerpts(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    out = {}
    for origin, record in json_lines(path, RealCorpusError, label=str(path)):
        try:
            out[record["sha1"]] = record["text"]
        except (KeyError, TypeError):
            raise RealCorpusError(origin, "not a cache line (JSON with sha1 and text)") from None
    return out


def _resolve(key: str, sha1: str, shared: dict[str, str], cache: dict[str, str]) -> tuple[str | None, bool]:
    """(normalised text, sha1 matches) of one page, or (None, False) when it is not here."""
    from ..normalize import normalize_text

    source, _, ident = key.partition(":")
    if source == "shared":
        raw = shared.get(ident)
        if raw is None:
            return None, False
        return normalize_text(raw), hashlib.sha1(raw.encode("utf-8")).hexdigest() == sha1
    if source == "search":
        raw = cache.get(sha1)
        if raw is None:
            return None, False
        return normalize_text(raw), True  # found by its sha1
    if source == "file":
        from ..readers import load

        path = SHARED_CORPORA / ident
        if not path.exists():
            return None, False
        data = path.read_bytes()
        return load(path).text, hashlib.sha1(data).hexdigest() == sha1
    raise RealCorpusError(key, "unknown page source (shared:, search: or file:)")


def read_real(units: Path | None = None, cache: Path | None = None) -> RealCorpus:
    """Every annotated real page whose text is here, its units checked against it: the pages
    of ``units`` when given, else of every file of :func:`units_paths`."""
    paths = [Path(units)] if units else units_paths()
    if not paths:
        raise RealCorpusError(str(units_path().parent), "real unit annotations not found")
    for path in paths:
        if not path.exists():
            raise RealCorpusError(str(path), "real unit annotations not found")
    shared = _shared_pages()
    excerpts = _cached_excerpts(Path(cache) if cache else cache_path())
    corpus = RealCorpus()
    seen: dict[str, str] = {}
    side_of_group: dict[str, str] = {}
    for path in paths:
        _read_file(path, shared, excerpts, corpus, seen, side_of_group)
    return corpus


def _read_file(path: Path, shared: dict[str, str], excerpts: dict[str, str], corpus: RealCorpus,
               seen: dict[str, str], side_of_group: dict[str, str]) -> None:
    heldout_only = "heldout" in path.stem
    for where, record in json_lines(path, RealCorpusError):
        try:
            key, sha1 = record["page"], record["sha1"]
            split, group = record["split"], record["group"]
        except (KeyError, TypeError):
            raise RealCorpusError(where, "expected a JSON object with page, sha1, split and group") from None
        if key in seen:
            raise RealCorpusError(where, f"page {key} is annotated twice (also in {seen[key]})")
        seen[key] = where
        if split not in ("dev", "heldout") or (heldout_only and split != "heldout"):
            raise RealCorpusError(where, f"page {key}: split {split!r} not allowed in {path.name}")
        if side_of_group.setdefault(group, split) != split:
            raise RealCorpusError(where, f"report group {group} is on both sides of the split")
        text, same = _resolve(key, sha1, shared, excerpts)
        if text is None:
            corpus.missing.append(key)
            continue
        if not same:
            corpus.changed.append(key)
            continue
        corpus.pages.append(RealPage(
            key=key, split=split, group=group, level=record["level"], year=record["year"],
            cut=bool(record["cut"]), text=text, url=record.get("url"),
            units=tuple(_unit(where, u, len(text)) for u in record["units"])))


def _unit(where: str, u: dict, size: int) -> RealUnit:
    if u["label"] not in LABELS or not 0 <= u["start"] < u["end"] <= size:
        raise RealCorpusError(where, f"unit {u.get('id')}: bad label or offsets")
    topics = tuple(sorted(CODE_TO_TOPIC[c] for c in u.get("topics", ())))
    return RealUnit(id=u["id"], start=u["start"], end=u["end"], label=u["label"], topics=topics,
                    level=u.get("level"), answers=tuple(u.get("answers", ())))


def page_items(page: RealPage):
    """The page's units as :class:`~.corpus.Annotated` items, with the zones the audit would
    give them: the labelled subsection each sits in, found by the section splitter on the
    page's own text, then :func:`~.units.assign_zones` over the page's units in order."""
    from ..readers import load
    from ..sections import split_sections
    from .corpus import Annotated
    from .units import assign_zones, clean_text, enum_kind, regions

    doc = load(page.text)
    spans = regions(doc, split_sections(doc))
    keys = []
    for unit in page.units:
        inside = [sub for _, a, b, sub in spans if a <= unit.start < b]
        keys.append(inside[0] if inside else None)
    texts = [clean_text(page.unit_text(u)) for u in page.units]
    zones = assign_zones(texts, keys)
    return [Annotated(report=page.group, label=u.label, topics=u.topics, level=u.level, text=t, zone=z,
                      enum=enum_kind(t), where=f"{page.key}#{u.id}")
            for u, t, z in zip(page.units, texts, zones)]


def items(pages: list[RealPage]):
    return [item for page in pages for item in page_items(page)]
