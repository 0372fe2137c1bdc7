"""内容雷同: reports of different agencies whose 一, 五 or 六 are near-identical beyond what
every report shares.

1. Each report's narrative is compacted (:mod:`textmine.corpus.texts`: numbers, its own name
   and places, 我镇/我局 masked) and cut into :data:`~textmine.corpus.shingles.SHINGLE`-character
   shingles; the format's wording and the batch's common shingles are dropped
   (:mod:`textmine.corpus.common`).
2. Each part with enough shingles left gets a MinHash signature (datasketch), and
   locality-sensitive hashing of the signatures (:data:`BANDS` bands of :data:`ROWS` rows)
   gives the pairs worth comparing: no pair of reports is compared unless their signatures
   meet on a band and estimate enough overlap.
3. Each candidate pair is compared exactly: the characters of each side covered by shingles
   the other side has too, kept where they form runs of :data:`MIN_RUN` or more, give each
   part's share, the copied characters and the spans on both sides.
4. The pair's verdict is the first line of :data:`COPY_VERDICTS` that either side's best part
   (or the whole narrative) reaches. Pairs of one agency (the same key, its former name, a
   government and its office) are recorded but are no 雷同: the cross-year rule judges a
   report against its own past, and the same report at two addresses is a mirror. When
   either agency is unknown the verdict is at most UNCERTAIN.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np

from ..agency.names import government_key, outer_places, same_places
from .common import COMMON_SAMPLE, learn_common, template_hashes
from .shingles import SHINGLE, shingle_hashes
from .texts import NARRATIVE_SECTIONS, SECTION_TITLES, Compact, compact_parts

#: MinHash permutations (datasketch) and their seed
NUM_PERM = 128
MINHASH_SEED = 21
#: shingles (distinct, after the common ones are dropped) a part needs to be indexed: the
#: least verdict needs 150 copied characters, some 100 shingles even in runs of 20
MIN_SHINGLES = 40
#: the shortest copied run that counts (characters, compacted)
MIN_RUN = 20
#: a part shorter than this (compacted characters) is not judged on its own (六's 无 etc.)
MIN_PART_CHARS = 80
#: the verdicts, strongest first: (status, share of a part (or of the whole narrative) found in
#: the other report, fewest copied characters)
COPY_VERDICTS: tuple[tuple[str, float, int], ...] = (
    ("FAIL", 0.5, 200),
    ("UNCERTAIN", 0.3, 150),
)
RULE = "corpus.copied_text"
RULE_DESCRIPTION = "一、五、六部分与其他机关报告的文字不应雷同（模板固定表述、机关名称和数字不计）"


@dataclass(frozen=True)
class CorpusDoc:
    """What the corpus checks know of one report."""

    report_id: str
    source: str
    year: int | None
    identity: Mapping[str, Any]  # AgencyIdentity.to_dict() (name, key, level, region, parent, former_names)
    parts: tuple[tuple[str, int, str], ...] = ()  # (section, start, text) from texts.narrative_parts

    @property
    def label(self) -> str:
        return self.identity.get("name") or self.source


@dataclass(frozen=True)
class Side:
    """What one report of a pair shares with the other: per part (share, copied characters),
    the whole narrative's, and the copied spans ``(section, start, end)`` in its text."""

    parts: Mapping[str, tuple[float, int]]
    whole: tuple[float, int]
    spans: tuple[tuple[str, int, int], ...]

    def best(self) -> tuple[str, float, int]:
        """(part or ``all``, share, characters) of the largest share among the judged parts."""
        options = [(k, s, c) for k, (s, c) in self.parts.items() if k in self.judged]
        options.append(("all", *self.whole))
        return max(options, key=lambda o: (o[1], o[2], o[0]))

    #: the parts long enough to be judged on their own (:data:`MIN_PART_CHARS`)
    judged: frozenset = frozenset()


@dataclass(frozen=True)
class CopyPair:
    a: CorpusDoc
    b: CorpusDoc
    relation: str  # other_agency | same_agency | unknown_agency
    status: str | None  # FAIL | UNCERTAIN | None (same agency, or below the verdicts)
    side_a: Side
    side_b: Side


# --------------------------------------------------------------------------- preparing


@dataclass(frozen=True)
class Prepared:
    compacts: tuple[Compact, ...]
    hashes: tuple[np.ndarray, ...]  # one per compact: hash of every shingle position

    def kept(self, common: np.ndarray) -> dict[str, np.ndarray]:
        """Per part: the distinct shingle hashes that are not common."""
        out = {}
        for c, h in zip(self.compacts, self.hashes):
            distinct = np.unique(h)
            out[c.section] = distinct[~np.isin(distinct, common, assume_unique=True)] if len(common) else distinct
        return out

    def all_hashes(self) -> np.ndarray:
        return np.concatenate(self.hashes) if self.hashes else np.zeros(0, dtype=np.uint32)


def prepare(doc: CorpusDoc) -> Prepared:
    compacts = compact_parts(doc.parts, doc.identity)
    return Prepared(compacts, tuple(shingle_hashes(c.chars) for c in compacts))


# --------------------------------------------------------------------------- relation


def _former_keys(identity: Mapping[str, Any]) -> set[str]:
    from ..agency.identify import former_keys
    from ..agency.model import AgencyIdentity

    if not identity.get("former_names"):
        return set()
    return set(former_keys(AgencyIdentity(key=identity.get("key"), former_names=tuple(identity["former_names"]))))


def relation(a: Mapping[str, Any], b: Mapping[str, Any]) -> str:
    """``same_agency`` / ``other_agency`` / ``unknown_agency`` for two identities."""
    ka, kb = a.get("key"), b.get("key")
    if not ka or not kb or ka.startswith("|") or kb.startswith("|"):
        return "unknown_agency"
    outer_a, outer_b = outer_places(a.get("name")), outer_places(b.get("name"))
    linked = (ka == kb or government_key(ka) == kb or government_key(kb) == ka
              or kb in _former_keys(a) or ka in _former_keys(b))
    if linked and same_places(outer_a, outer_b):
        return "same_agency"
    return "other_agency"


def verdict(side_a: Side, side_b: Side) -> str | None:
    for status, share, chars in COPY_VERDICTS:
        for side in (side_a, side_b):
            _, s, c = side.best()
            if s >= share and c >= chars:
                return status
    return None


# --------------------------------------------------------------------------- comparing


def _covered(hashes: np.ndarray, other: np.ndarray, n: int) -> np.ndarray:
    """Characters of a compact text (``n`` long) inside a shingle that ``other`` has too,
    kept only in runs of at least :data:`MIN_RUN`."""
    covered = np.zeros(n, dtype=bool)
    if len(hashes) == 0 or len(other) == 0:
        return covered
    starts = np.flatnonzero(np.isin(hashes, other))
    if len(starts) == 0:
        return covered
    delta = np.zeros(n + 1, dtype=np.int32)
    np.add.at(delta, starts, 1)
    np.add.at(delta, starts + SHINGLE, -1)
    covered = np.cumsum(delta[:n]) > 0
    for a, b in _runs(covered):
        if b - a < MIN_RUN:
            covered[a:b] = False
    return covered


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    if not mask.any():
        return []
    edges = np.diff(np.concatenate(([0], mask.view(np.int8), [0])))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def compare_side(this: Prepared, other_hashes: np.ndarray, common: np.ndarray) -> Side:
    parts: dict[str, tuple[float, int]] = {}
    spans: list[tuple[str, int, int]] = []
    judged = set()
    total = copied = 0
    for c, h in zip(this.compacts, this.hashes):
        n = len(c.chars)
        if n == 0:
            continue
        # the other side's hashes leave out the common ones: a common shingle matches nothing
        covered = _covered(h, other_hashes, n)
        k = int(covered.sum())
        parts[c.section] = (round(k / n, 4), k)
        if n >= MIN_PART_CHARS:
            judged.add(c.section)
        total += n
        copied += k
        spans.extend((c.section, *c.span(a, b)) for a, b in _runs(covered))
    whole = (round(copied / total, 4) if total else 0.0, copied)
    return Side(parts, whole, tuple(spans), frozenset(judged))


def compare(a: CorpusDoc, b: CorpusDoc, pa: Prepared, pb: Prepared, common: np.ndarray) -> CopyPair:
    hashes_a = _distinct_uncommon(pa, common)
    hashes_b = _distinct_uncommon(pb, common)
    side_a = compare_side(pa, hashes_b, common)
    side_b = compare_side(pb, hashes_a, common)
    rel = relation(a.identity, b.identity)
    status = verdict(side_a, side_b)
    if rel == "same_agency":
        status = None
    elif rel == "unknown_agency" and status == "FAIL":
        status = "UNCERTAIN"
    return CopyPair(a, b, rel, status, side_a, side_b)


def _distinct_uncommon(p: Prepared, common: np.ndarray) -> np.ndarray:
    distinct = np.unique(p.all_hashes())
    return distinct[~np.isin(distinct, common, assume_unique=True)] if len(common) else distinct


# --------------------------------------------------------------------------- the index

#: the locality-sensitive hashing of the signatures: bands of rows (a pair of parts becomes a
#: candidate when all the rows of one band agree); with 2 rows in 64 bands a pair of Jaccard
#: similarity 0.2 is found with probability 0.93, 0.3 with 0.998
BANDS, ROWS = 64, 2
#: a bucket holding more parts than this is shared wording the common text missed, not a copy
MAX_BUCKET = 500
#: candidates are kept when the signatures estimate that this share of the smaller part's
#: shingles is in the other (a third of 一 copied is still worth a look), and at least this
#: many shingles in all (well below the ~100 the least verdict needs: the estimate is rough)
MIN_CONTAINMENT = 0.15
MIN_SHARED = 60


def _signature(values: np.ndarray) -> np.ndarray:
    """The MinHash signature (datasketch) of a set of shingle hashes, as ``uint32``."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=int)
    m.update_batch(values.tolist())
    return np.asarray(m.hashvalues).astype(np.uint32)


def _band_keys(signatures: np.ndarray, sections: np.ndarray, band: int) -> np.ndarray:
    cols = signatures[:, band * ROWS:(band + 1) * ROWS].astype(np.uint64)
    key = sections.astype(np.uint64)
    with np.errstate(over="ignore"):
        for j in range(ROWS):
            key = key * np.uint64(0x9E3779B97F4A7C15) + cols[:, j]
    return key


def _bucket_pairs(keys: np.ndarray) -> list[np.ndarray]:
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    cuts = np.flatnonzero(np.diff(ordered)) + 1
    starts = np.concatenate(([0], cuts))
    ends = np.concatenate((cuts, [len(keys)]))
    out = []
    for a, b in zip(starts[ends - starts > 1], ends[ends - starts > 1]):
        if b - a > MAX_BUCKET:
            continue
        members = np.sort(order[a:b])
        i, j = np.triu_indices(len(members), k=1)
        out.append(np.stack((members[i], members[j]), axis=1))
    return out


def candidate_pairs(kept: Iterable[tuple[str, Mapping[str, np.ndarray]]]) -> set[tuple[str, str]]:
    """Pairs of report ids (sorted) worth comparing. ``kept``: each report's id and its
    parts' uncommon shingle hashes. Each part with :data:`MIN_SHINGLES` or more gets a
    MinHash signature (datasketch); parts whose signatures agree on a whole band of
    :data:`ROWS` rows are candidates (the banding is done here with numpy: an index of Python
    sets per band, as datasketch's MinHashLSH keeps, takes ~9 KB a part, 2.7 GB for 100k
    reports), kept when the signatures estimate enough overlap (:data:`MIN_CONTAINMENT`)."""
    ids: list[str] = []
    rows: list[np.ndarray] = []
    owners: list[int] = []
    sections: list[int] = []
    sizes: list[int] = []
    for report_id, parts in kept:
        for section, values in parts.items():
            if section not in NARRATIVE_SECTIONS or len(values) < MIN_SHINGLES:
                continue
            rows.append(_signature(values))
            owners.append(len(ids))
            sections.append(NARRATIVE_SECTIONS.index(section))
            sizes.append(len(values))
        ids.append(report_id)
    if len(rows) < 2:
        return set()
    signatures = np.vstack(rows)
    section_of = np.asarray(sections)
    found = [p for band in range(BANDS) for p in _bucket_pairs(_band_keys(signatures, section_of, band))]
    if not found:
        return set()
    items = np.unique(np.concatenate(found), axis=0)
    size = np.asarray(sizes, dtype=np.float64)
    owner = np.asarray(owners)
    pairs: set[tuple[str, str]] = set()
    for chunk in range(0, len(items), 50000):
        i, j = items[chunk:chunk + 50000, 0], items[chunk:chunk + 50000, 1]
        jaccard = (signatures[i] == signatures[j]).mean(axis=1)
        shared = jaccard * (size[i] + size[j]) / (1 + jaccard)
        keep = (shared / np.minimum(size[i], size[j]) >= MIN_CONTAINMENT) & (shared >= MIN_SHARED)
        for a, b in zip(owner[i[keep]].tolist(), owner[j[keep]].tolist()):
            if a != b:
                x, y = ids[a], ids[b]
                pairs.add((x, y) if x < y else (y, x))
    return pairs


# --------------------------------------------------------------------------- the driver


class Docs:
    """Where the corpus checks read reports from: an in-memory list, or a store
    (:mod:`textmine.batch.corpus_pass`). ``sample(n)``: the ``n`` reports of smallest id;
    ``__iter__``: all, in id order; ``get(ids)``: those reports by id."""

    def __init__(self, docs: Sequence[CorpusDoc]):
        self._docs = sorted(docs, key=lambda d: d.report_id)
        self._by_id = {d.report_id: d for d in self._docs}

    def sample(self, n: int) -> Iterator[CorpusDoc]:
        return iter(self._docs[:n])

    def __iter__(self) -> Iterator[CorpusDoc]:
        return iter(self._docs)

    def get(self, ids: Iterable[str]) -> dict[str, CorpusDoc]:
        return {i: self._by_id[i] for i in ids if i in self._by_id}


def find_copies(docs: Docs, *, on_progress: Callable[[str], Any] | None = None,
                chunk_pairs: int = 2000) -> list[CopyPair]:
    """Every pair of reports whose narrative shares more than the verdicts' least, in
    (report id, report id) order: 雷同 pairs with a status, and pairs of one agency without."""
    common = learn_common((prepare(d).all_hashes() for d in docs.sample(COMMON_SAMPLE)), template_hashes())
    pairs = sorted(candidate_pairs((d.report_id, prepare(d).kept(common)) for d in docs))
    if on_progress:
        on_progress(f"{len(pairs)} candidate pairs")
    out: list[CopyPair] = []
    for i in range(0, len(pairs), chunk_pairs):
        chunk = pairs[i:i + chunk_pairs]
        found = docs.get(sorted({x for pair in chunk for x in pair}))
        prepared = {k: prepare(d) for k, d in found.items()}
        for a, b in chunk:
            if a not in found or b not in found:
                continue
            pair = compare(found[a], found[b], prepared[a], prepared[b], common)
            if pair.status is not None or (pair.relation == "same_agency" and verdict(pair.side_a, pair.side_b)):
                out.append(pair)
    return out


__all__ = ["CorpusDoc", "Side", "CopyPair", "Docs", "find_copies", "candidate_pairs", "compare", "prepare",
           "relation", "verdict", "COPY_VERDICTS", "NUM_PERM", "BANDS", "ROWS", "MIN_SHINGLES", "MIN_RUN",
           "MIN_PART_CHARS", "RULE", "RULE_DESCRIPTION", "SECTION_TITLES"]
