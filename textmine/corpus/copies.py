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

import functools
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np

from ..agency.identify import agency_relation
from .common import COMMON_SAMPLE, learn_common, template_hashes
from .shingles import SHINGLE, shingle_hashes
from .texts import SECTION_TITLES, Compact, compact_parts

#: MinHash permutations (datasketch) and their seed
NUM_PERM = 128
MINHASH_SEED = 21
#: shingles (distinct, after the common ones are dropped) a part needs to be indexed: the
#: least verdict needs 150 copied characters, some 100 shingles even in runs of 20
MIN_SHINGLES = 40
#: the shortest copied run that counts (characters, compacted), and the fewest of its
#: characters that must be inside uncommon shingles (a run of template sentences is no copy)
MIN_RUN = 20
MIN_EVIDENCE = 30
#: a part shorter than this (compacted characters) is not judged on its own (六's 无 etc.)
MIN_PART_CHARS = 80
#: the verdicts, strongest first: (status, share of a part (or of the whole narrative) found in
#: the other report, fewest copied characters)
COPY_VERDICTS: tuple[tuple[str, float, int], ...] = (
    ("FAIL", 0.5, 200),
    ("UNCERTAIN", 0.8, 100),  # a short part (a township's 五) copied whole
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


def member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """``np.isin(values, sorted_set)`` for a sorted array of unique values (a binary search
    each: several times faster than isin's general method on these sizes)."""
    if len(sorted_set) == 0:
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(sorted_set, values)
    at[at == len(sorted_set)] = 0
    return sorted_set[at] == values


@dataclass
class Prepared:
    """A report compacted and shingled (:func:`prepare`), then told the common hashes
    (:meth:`know_common`)."""

    compacts: tuple[Compact, ...]
    hashes: tuple[np.ndarray, ...]  # one per compact: hash of every shingle position
    uncommon: tuple[np.ndarray, ...] = ()  # per compact: which positions are not common
    _distinct: np.ndarray | None = None

    def know_common(self, common: np.ndarray) -> "Prepared":
        self.uncommon = tuple(~member(h, common) for h in self.hashes)
        return self

    def kept(self) -> dict[str, np.ndarray]:
        """Per part: the distinct shingle hashes that are not common."""
        return {c.section: np.unique(h[u]) for c, h, u in zip(self.compacts, self.hashes, self.uncommon)}

    def all_hashes(self) -> np.ndarray:
        return np.concatenate(self.hashes) if self.hashes else np.zeros(0, dtype=np.uint32)

    @property
    def distinct(self) -> np.ndarray:
        """Every distinct hash of the report."""
        if self._distinct is None:
            self._distinct = np.unique(self.all_hashes())
        return self._distinct


def prepare(doc: CorpusDoc, common: np.ndarray | None = None) -> Prepared:
    """A report compacted and shingled; with ``common``, each shingle marked common or not."""
    compacts = compact_parts(doc.parts, doc.identity)
    prepared = Prepared(compacts, tuple(shingle_hashes(c.chars) for c in compacts))
    return prepared.know_common(common) if common is not None else prepared


# --------------------------------------------------------------------------- relation


def relation(a: Mapping[str, Any], b: Mapping[str, Any]) -> str:
    """``same_agency`` / ``other_agency`` / ``unknown_agency`` (:func:`textmine.agency.agency_relation`)."""
    return agency_relation(a, b)


def verdict(side_a: Side, side_b: Side) -> str | None:
    for status, share, chars in COPY_VERDICTS:
        for side in (side_a, side_b):
            _, s, c = side.best()
            if s >= share and c >= chars:
                return status
    return None


# --------------------------------------------------------------------------- comparing


def _windows(starts: np.ndarray, n: int) -> np.ndarray:
    """Characters of a compact text (``n`` long) inside the shingles starting at ``starts``."""
    delta = np.zeros(n + 1, dtype=np.int32)
    np.add.at(delta, starts, 1)
    np.add.at(delta, starts + SHINGLE, -1)
    return np.cumsum(delta[:n]) > 0


def _covered(hashes: np.ndarray, uncommon: np.ndarray, other: np.ndarray, n: int) -> np.ndarray:
    """Characters of a compact text (``n`` long) copied from the other report: inside
    shingles the other has too (common ones included, so that a copied paragraph is one
    run across the template phrases in it), in runs of at least :data:`MIN_RUN` characters
    of which at least :data:`MIN_EVIDENCE` are inside uncommon shared shingles (two reports
    that merely share the template's sentences have none)."""
    covered = np.zeros(n, dtype=bool)
    if len(hashes) == 0 or len(other) == 0:
        return covered
    matched = member(hashes, other)
    if not matched.any():
        return covered
    evidence = matched & uncommon
    covered = _windows(np.flatnonzero(matched), n)
    proof = _windows(np.flatnonzero(evidence), n)
    for a, b in _runs(covered):
        if b - a < MIN_RUN or int(proof[a:b].sum()) < MIN_EVIDENCE:
            covered[a:b] = False
    return covered


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    if not mask.any():
        return []
    edges = np.diff(np.concatenate(([0], mask.view(np.int8), [0])))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def compare_side(this: Prepared, other_hashes: np.ndarray) -> Side:
    """``other_hashes``: the other report's distinct shingle hashes, common ones included;
    ``this`` was prepared with the common hashes."""
    parts: dict[str, tuple[float, int]] = {}
    spans: list[tuple[str, int, int]] = []
    judged = set()
    total = copied = 0
    for c, h, u in zip(this.compacts, this.hashes, this.uncommon):
        n = len(c.chars)
        if n == 0:
            continue
        covered = _covered(h, u, other_hashes, n)
        k = int(covered.sum())
        parts[c.section] = (round(k / n, 4), k)
        if n >= MIN_PART_CHARS:
            judged.add(c.section)
        total += n
        copied += k
        spans.extend((c.section, *c.span(a, b)) for a, b in _runs(covered))
    whole = (round(copied / total, 4) if total else 0.0, copied)
    return Side(parts, whole, tuple(spans), frozenset(judged))


def compare(a: CorpusDoc, b: CorpusDoc, pa: Prepared, pb: Prepared) -> CopyPair:
    """Two reports compared exactly (both prepared with the same common hashes)."""
    side_a = compare_side(pa, pb.distinct)
    side_b = compare_side(pb, pa.distinct)
    rel = relation(a.identity, b.identity)
    status = verdict(side_a, side_b)
    if rel == "same_agency":
        status = None
    elif rel == "unknown_agency" and status == "FAIL":
        status = "UNCERTAIN"
    return CopyPair(a, b, rel, status, side_a, side_b)


# --------------------------------------------------------------------------- the index

#: the locality-sensitive hashing of the signatures: bands of rows (a pair of parts becomes a
#: candidate when all the rows of one band agree); with 2 rows in 64 bands a pair of Jaccard
#: similarity 0.2 is found with probability 0.93, 0.3 with 0.998
BANDS, ROWS = 64, 2
#: a bucket holding more parts than this is shared wording the common text missed, not a copy
MAX_BUCKET = 500
#: candidates are kept when the signatures estimate that this share of the smaller part's
#: uncommon shingles is in the other, and at least this
#: many uncommon shingles in all (a copied paragraph of template sentences shares few: its
#: numbers and names; the estimate is rough)
MIN_CONTAINMENT = 0.5
MIN_SHARED = 30


@functools.lru_cache(maxsize=1)
def _empty_minhash():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=int)


def _signature(values: np.ndarray) -> np.ndarray:
    """The MinHash signature (datasketch) of a set of shingle hashes, as ``uint32`` (each a
    copy of one empty MinHash: making its permutations anew costs as much as the hashing)."""
    m = _empty_minhash().copy()
    m.update_batch(values.tolist())
    return np.asarray(m.hashvalues).astype(np.uint32)


def _band_keys(signatures: np.ndarray, band: int) -> np.ndarray:
    cols = signatures[:, band * ROWS:(band + 1) * ROWS].astype(np.uint64)
    key = np.full(len(signatures), band, dtype=np.uint64)
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
    sizes = ends - starts
    twos = starts[sizes == 2]  # most buckets: one pair each, taken at once
    out = [np.sort(np.stack((order[twos], order[twos + 1]), axis=1), axis=1)] if len(twos) else []
    for a, b in zip(starts[sizes > 2], ends[sizes > 2]):
        if b - a > MAX_BUCKET:
            continue
        members = np.sort(order[a:b])
        i, j = np.triu_indices(len(members), k=1)
        out.append(np.stack((members[i], members[j]), axis=1))
    return out


def candidate_pairs(kept: Iterable[tuple[str, Mapping[str, np.ndarray]]]) -> set[tuple[str, str]]:
    """Pairs of report ids (sorted) worth comparing. ``kept``: each report's id and its
    parts' uncommon shingle hashes. Each part with :data:`MIN_SHINGLES` or more gets a
    MinHash signature (datasketch); parts (of any kind: a 五 copied into a 六 counts too)
    whose signatures agree on a whole band of
    :data:`ROWS` rows are candidates (the banding is done here with numpy: an index of Python
    sets per band, as datasketch's MinHashLSH keeps, takes ~9 KB a part, 2.7 GB for 100k
    reports), kept when the signatures estimate enough overlap (:data:`MIN_CONTAINMENT`)."""
    ids: list[str] = []
    rows: list[np.ndarray] = []
    owners: list[int] = []
    sizes: list[int] = []
    for report_id, parts in kept:
        for section, values in sorted(parts.items()):
            if len(values) < MIN_SHINGLES:
                continue
            rows.append(_signature(values))
            owners.append(len(ids))
            sizes.append(len(values))
        ids.append(report_id)
    if len(rows) < 2:
        return set()
    signatures = np.vstack(rows)
    found = [p for band in range(BANDS) for p in _bucket_pairs(_band_keys(signatures, band))]
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
    sampled = {d.report_id: prepare(d) for d in docs.sample(COMMON_SAMPLE)}
    common = learn_common((p.all_hashes() for p in sampled.values()), template_hashes())

    def kept() -> Iterator[tuple[str, dict[str, np.ndarray]]]:
        for d in docs:
            p = sampled.pop(d.report_id, None)
            yield d.report_id, (p.know_common(common) if p is not None else prepare(d, common)).kept()

    pairs = sorted(candidate_pairs(kept()))
    if on_progress:
        on_progress(f"{len(pairs)} candidate pairs")
    out: list[CopyPair] = []
    prepared: dict[str, Prepared] = {}
    for i in range(0, len(pairs), chunk_pairs):
        chunk = pairs[i:i + chunk_pairs]
        needed = {x for pair in chunk for x in pair}
        prepared = {k: v for k, v in prepared.items() if k in needed}  # keep what the chunk reuses
        found = docs.get(sorted(needed))
        for k in sorted(needed - prepared.keys()):
            if k in found:
                prepared[k] = prepare(found[k], common)
        for a, b in chunk:
            if a not in found or b not in found:
                continue
            pair = compare(found[a], found[b], prepared[a], prepared[b])
            if pair.status is not None or (pair.relation == "same_agency" and verdict(pair.side_a, pair.side_b)):
                out.append(pair)
    return out




# --------------------------------------------------------------------------- findings


def _pct(share: float) -> str:
    return f"{round(share * 100, 1)}%"


def copy_finding(pair: CopyPair, this_is_a: bool, group: str | None = None):
    """The finding on one report of a flagged pair, pointing at the other (None when the
    pair has no verdict)."""
    from ..reconcile.model import Evidence, Finding

    if pair.status is None:
        return None
    this, other = (pair.a, pair.b) if this_is_a else (pair.b, pair.a)
    side, other_side = (pair.side_a, pair.side_b) if this_is_a else (pair.side_b, pair.side_a)
    part, share, chars = side.best()
    title = SECTION_TITLES.get(part, "一、五、六部分")
    message = (f"{title}：{_pct(share)}的文字（{chars}字）与{other.label}的报告（{other.source}）相同"
               f"（模板固定表述、机关名称和数字不计），可能内容雷同")
    if pair.relation == "unknown_agency":
        message += "；无法确定两份报告是否出自同一机关，也可能是同一报告的转载"
    found = {"other_report_id": other.report_id, "other_source": other.source,
             "other_agency": other.identity.get("name"), "relation": pair.relation, "part": part,
             "share": share, "chars": chars, "other_share": other_side.best()[1], "group": group}
    evidence = tuple(Evidence(start=a, end=b) for _, a, b in side.spans) + \
        tuple(Evidence(start=a, end=b, report="other") for _, a, b in other_side.spans)
    return Finding(rule=RULE, status=pair.status, severity="warning", message=message, expected=None,
                   found=found, evidence=evidence, unit=title)


def copy_record(pair: CopyPair, this_is_a: bool, group: str | None = None) -> dict[str, Any]:
    """One row of the ``copies`` table: the pair as one of its reports sees it."""
    this, other = (pair.a, pair.b) if this_is_a else (pair.b, pair.a)
    side, other_side = (pair.side_a, pair.side_b) if this_is_a else (pair.side_b, pair.side_a)
    part, share, chars = side.best()
    return {"other_report_id": other.report_id, "other_source": other.source,
            "other_agency": other.identity.get("name"), "relation": pair.relation, "status": pair.status,
            "part": part, "share": share, "chars": chars, "other_share": other_side.best()[1],
            "whole_share": side.whole[0], "group": group,
            "spans": [list(s) for s in side.spans], "other_spans": [list(s) for s in other_side.spans]}


def copy_groups(pairs: Iterable[CopyPair]) -> dict[str, str]:
    """report id -> its group (the smallest report id among the reports its flagged pairs
    join, directly or through others)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        if pair.status is None:
            continue
        a, b = find(pair.a.report_id), find(pair.b.report_id)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {x: find(x) for x in parent}


__all__ = ["CorpusDoc", "Side", "CopyPair", "Docs", "find_copies", "candidate_pairs", "compare", "prepare",
           "relation", "verdict", "COPY_VERDICTS", "NUM_PERM", "BANDS", "ROWS", "MIN_SHINGLES", "MIN_RUN",
           "MIN_PART_CHARS", "MIN_EVIDENCE", "RULE", "RULE_DESCRIPTION", "SECTION_TITLES", "copy_finding",
           "copy_record", "copy_groups", "member"]
