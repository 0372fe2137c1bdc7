"""The hand-annotated section 五 corpus (``corpora/sentences/*.txt``).

One file per writing batch. A file holds reports; each report is the units of one 五 in
order, one per line, annotated::

    # comment
    == b03-r07 | level=county | year=2022 | shape=yishi
    [problems]              (a labelled subsection; [measures] likewise; [body] = unlabelled)
    O|-|2022年,我局政府信息公开工作取得了一定成效,但仍存在一些不足。
    P|tim,plat|部分栏目信息更新不及时,存在空白栏目。
    M2|plat|在门户网站开设“政策问答”专栏。

Labels: ``P`` problem, ``M0``–``M3`` measure with its specificity level (0 boilerplate,
1 names an area or object but nothing checkable, 2 names a platform / document / office,
3 a number, date or quantified target), ``O`` other. Topics are the codes of
:data:`textmine.problems.topics.TOPICS`. Zones are computed from the markers exactly as
they are for a real report (:func:`textmine.problems.units.assign_zones`), so training and
use see the same context.

The held-out split is by report (a stable hash of the report id), so no report — and no
report's wording — is on both sides.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import TextmineError
from ..paths import corpora_dir
from .topics import CODE_TO_TOPIC
from .units import assign_zones, clean_text, enum_kind

HELDOUT_BUCKETS = 5  # one report in five is held out


class CorpusError(TextmineError):
    code = "corpus"


@dataclass(frozen=True, slots=True)
class Annotated:
    report: str
    label: str
    topics: tuple[str, ...]
    level: int | None
    text: str
    zone: str
    enum: str | None
    where: str  # file:line


@dataclass(frozen=True)
class CorpusReport:
    id: str
    batch: str
    meta: dict = field(default_factory=dict)
    items: tuple[Annotated, ...] = ()

    @property
    def heldout(self) -> bool:
        return is_heldout(self.id)


def default_corpus_dir() -> Path:
    return corpora_dir() / "sentences"


def is_heldout(report_id: str) -> bool:
    digest = hashlib.sha256(report_id.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % HELDOUT_BUCKETS == 0


def corpus_files(directory: Path | None = None) -> list[Path]:
    directory = Path(directory) if directory else default_corpus_dir()
    if not directory.is_dir():
        raise CorpusError(str(directory), "annotated corpus directory not found")
    files = sorted(directory.glob("*.txt"))
    if not files:
        raise CorpusError(str(directory), "no *.txt annotation files in the corpus directory")
    return files


def corpus_hash(directory: Path | None = None) -> str:
    h = hashlib.sha256()
    for path in corpus_files(directory):
        h.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


_LABELS = {"P": ("problem", None), "O": ("other", None), "M0": ("measure", 0), "M1": ("measure", 1),
           "M2": ("measure", 2), "M3": ("measure", 3)}
#: a topic may be written as its code or its full label
_TOPIC_NAMES = {**CODE_TO_TOPIC, **{label: label for label in CODE_TO_TOPIC.values()}}
_REGIONS = {"[problems]": "problems", "[measures]": "measures", "[body]": None}


def _finish(path: Path, report_id: str, meta: dict, rows: list[tuple]) -> CorpusReport:
    texts = [clean_text(text) for *_, text, _, _ in rows]
    zones = assign_zones(texts, [region for region, *_ in rows])
    items = tuple(
        Annotated(report=report_id, label=label, topics=topics, level=level, text=text, zone=zone,
                  enum=enum_kind(text), where=where)
        for (region, label, topics, level, text, where, _), zone in zip(rows, zones))
    return CorpusReport(id=report_id, batch=path.stem, meta=meta, items=items)


def read_file(path: Path) -> list[CorpusReport]:
    reports: list[CorpusReport] = []
    report_id: str | None = None
    meta: dict = {}
    rows: list[tuple] = []
    region: str | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            if report_id is not None:
                reports.append(_finish(path, report_id, meta, rows))
            fields = [f.strip() for f in line[2:].split("|")]
            report_id = fields[0]
            if not report_id:
                raise CorpusError(where, "report line without an id")
            meta = dict(f.split("=", 1) for f in fields[1:] if "=" in f)
            rows, region = [], None
            continue
        if line in _REGIONS:
            region = _REGIONS[line]
            continue
        if report_id is None:
            raise CorpusError(where, "annotation before the first '== report' line")
        parts = line.split("|", 2)
        if len(parts) != 3 or parts[0] not in _LABELS:
            raise CorpusError(where, f"expected LABEL|topics|text with LABEL in {sorted(_LABELS)}: {line[:40]}")
        label, level = _LABELS[parts[0]]
        codes = [c.strip() for c in parts[1].split(",") if c.strip() and c.strip() != "-"]
        unknown = [c for c in codes if c not in _TOPIC_NAMES]
        if unknown:
            raise CorpusError(where, f"unknown topic code(s) {unknown}")
        if label != "other" and not codes:
            raise CorpusError(where, "a problem or measure needs at least one topic")
        topics = tuple(sorted({_TOPIC_NAMES[c] for c in codes}))
        text = parts[2].strip()
        if not text:
            raise CorpusError(where, "empty text")
        rows.append((region, label, topics, level, text, where, None))
    if report_id is not None:
        reports.append(_finish(path, report_id, meta, rows))
    return reports


def read_corpus(directory: Path | None = None) -> list[CorpusReport]:
    reports: list[CorpusReport] = []
    seen: dict[str, str] = {}
    for path in corpus_files(directory):
        for report in read_file(path):
            if report.id in seen:
                raise CorpusError(path.name, f"report id {report.id!r} also used in {seen[report.id]}")
            seen[report.id] = path.name
            reports.append(report)
    return reports


def split(reports: list[CorpusReport]) -> tuple[list[Annotated], list[Annotated]]:
    """(train items, held-out items)."""
    train = [item for r in reports if not r.heldout for item in r.items]
    heldout = [item for r in reports if r.heldout for item in r.items]
    return train, heldout
