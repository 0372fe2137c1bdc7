"""Score narrative figures against gold annotations: ``textmine eval figures``.

Gold format (JSONL, one document per line)::

    {"id": "d001", "split": "dev", "tags": ["breakdown"],
     "text": "全年共收到政府信息公开申请46件（含上年结转3件）……",
     "figures": [{"metric": "applications_received", "value": 46, "span": "46件"},
                 {"metric": "applications_carried_over", "value": 3, "span": "3件", "parent": 0}]}

* ``text`` is the paragraph as a report would print it; it is read with
  :func:`textmine.load`, so it is normalised exactly like a real report (full-width
  punctuation and digits folded). Instead of ``text`` a record may give ``source``:
  ``"shared:<path>"`` is a file under the shared data directory beside the project
  (``../shared``), any other value a path relative to the gold file. Records whose source
  is absent are skipped and reported as such.
* each gold figure names ``metric``, ``value`` and ``span``: the written number with its
  qualifier and unit (``5500 余条``, ``约6500人次``, ``100%``; for zeros stated in words the
  words, ``未收取``). Spans are located in the normalised text in order, whitespace-
  insensitively: each one is searched after the previous figure's span and never starts
  inside a longer number, so list figures in text order. ``"same_span": true`` reuses the
  previous figure's span (``满意率、办结率均为100%`` is two figures on one number).
* optional keys are checked on matched pairs and reported as attribute accuracy, never in
  F1: ``kind`` (default ``count``; also part of matching, see below), ``qualifier``,
  ``unit``, ``channel``, ``category``, ``direction``, ``period``, ``value_high`` and
  ``parent`` (index of the total in this record's gold list).
* a record with ``"figures": []`` is a trap: every predicted figure in it is a false positive.

Matching (exactly): for each document, gold figures are taken in order; a gold figure
matches the unmatched predicted figure that has the same ``metric``, the same ``kind``, a
value equal to the gold value (|a-b| <= 1e-9·max(1,|b|)), and whose value span
(``value_start``..``value_end``) overlaps the gold span by at least one character; among
several, the one with the largest overlap (then the earliest) wins. Matched pairs are true
positives of their metric; unmatched gold figures are false negatives of the gold metric,
unmatched predictions false positives of the predicted metric. Precision, recall and F1 are
computed per metric and overall (micro: summed counts), separately for each split.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import regex

from ..errors import TextmineError
from ..jsonl import json_lines
from ..normalize import normalize_text
from ..paths import PROJECT_ROOT, corpora_dir
from .model import Figure

#: attributes compared on matched pairs (gold key -> Figure attribute)
ATTRIBUTES = ("qualifier", "unit", "channel", "category", "direction", "period", "value_high", "parent")
SHARED = PROJECT_ROOT.parent / "shared"


class GoldError(TextmineError):
    code = "bad_gold"


@dataclass(frozen=True)
class GoldFigure:
    metric: str
    value: float
    start: int
    end: int
    kind: str = "count"
    attributes: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class GoldDocument:
    id: str
    split: str
    tags: tuple[str, ...]
    text: str | None
    source: Path | None
    figures: tuple[dict, ...]
    origin: str  # "file:line" for error messages


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Score:
    """Counts per metric and overall for one split, attribute agreement on matched pairs and
    the errors (for ``--errors``)."""

    split: str
    documents: int = 0
    overall: Counts = field(default_factory=Counts)
    metrics: dict[str, Counts] = field(default_factory=dict)
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [agree, compared]
    errors: list[dict] = field(default_factory=list)

    def count(self, metric: str, what: str) -> None:
        counts = self.metrics.setdefault(metric, Counts())
        setattr(counts, what, getattr(counts, what) + 1)
        setattr(self.overall, what, getattr(self.overall, what) + 1)

    def to_dict(self) -> dict:
        return {"split": self.split, "documents": self.documents, "overall": self.overall.to_dict(),
                "metrics": {m: c.to_dict() for m, c in sorted(self.metrics.items())},
                "attributes": {a: {"agree": v[0], "compared": v[1]} for a, v in sorted(self.attributes.items())}}


# --------------------------------------------------------------------------- gold


def default_gold_paths() -> list[Path]:
    return sorted((corpora_dir() / "figures").glob("*.jsonl"))


def load_gold(paths: Iterable[Path]) -> list[GoldDocument]:
    """Read gold records; a malformed line is a :class:`GoldError` naming file and line."""
    docs: list[GoldDocument] = []
    for path in paths:
        path = Path(path)
        try:
            records = list(json_lines(path, GoldError, label=str(path)))
        except OSError as exc:
            raise GoldError(str(path), f"cannot be read: {exc.strerror or exc}") from None
        for origin, record in records:
            if not isinstance(record, dict) or "figures" not in record or ("text" not in record and "source" not in record):
                raise GoldError(origin, "a gold record needs 'figures' and 'text' or 'source'")
            for fig in record["figures"]:
                if not all(k in fig for k in ("metric", "value", "span")):
                    raise GoldError(origin, f"gold figure {fig!r} needs metric, value and span")
            source = None
            if "source" in record:
                raw = record["source"]
                source = SHARED / raw[len("shared:"):] if raw.startswith("shared:") else path.parent / raw
            docs.append(GoldDocument(str(record.get("id", origin)), str(record.get("split", "dev")),
                                     tuple(record.get("tags", ())), record.get("text"), source,
                                     tuple(record["figures"]), origin))
    return docs


def span_pattern(written: str) -> "regex.Pattern | None":
    """How a written span is found in the normalised text: whitespace-insensitively (PDF text
    may carry spaces or a line break inside a span), and, when it starts with a digit, never
    inside a longer number. None for a span with nothing to find."""
    chars = [ch for ch in normalize_text(written) if not ch.isspace()]
    if not chars:
        return None
    guard = r"(?<![\d.])" if chars[0].isdigit() else ""
    return regex.compile(guard + r"\s*".join(regex.escape(ch) for ch in chars))


def locate(doc: GoldDocument, text: str) -> list[GoldFigure]:
    """Gold figures with offsets into the normalised ``text``."""
    out: list[GoldFigure] = []
    search_from = 0
    for fig in doc.figures:
        attributes = tuple((a, fig[a]) for a in ATTRIBUTES if a in fig)
        if fig.get("same_span"):
            if not out:
                raise GoldError(doc.origin, f"{fig['metric']}: same_span on the first figure")
            start, end = out[-1].start, out[-1].end
        else:
            pattern = span_pattern(fig["span"])
            if pattern is None:
                raise GoldError(doc.origin, f"empty span for {fig['metric']}")
            found = pattern.search(text, search_from)
            if found is None:
                raise GoldError(doc.origin, f"span {fig['span']!r} of {fig['metric']} not found in the text "
                                            f"after offset {search_from}")
            start, end = found.span()
        out.append(GoldFigure(fig["metric"], fig["value"], start, end, fig.get("kind", "count"), attributes))
        search_from = end
    return out


# --------------------------------------------------------------------------- scoring


def _extract(document) -> tuple[Figure, ...]:
    from ..sections import split_sections
    from . import extract_figures

    return extract_figures(document, split_sections(document))


def _same_value(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))


def match(gold: Sequence[GoldFigure], predicted: Sequence[Figure]) -> list[tuple[int, int]]:
    """``(gold index, predicted index)`` pairs under the rule in the module docstring."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        best = None
        for pi, p in enumerate(predicted):
            if pi in used or p.metric != g.metric or p.kind != g.kind or not _same_value(p.value, g.value):
                continue
            overlap = min(g.end, p.value_end) - max(g.start, p.value_start)
            if overlap <= 0:
                continue
            if best is None or overlap > best[0]:
                best = (overlap, pi)
        if best is not None:
            used.add(best[1])
            pairs.append((gi, best[1]))
    return pairs


def _attribute_value(fig: Figure, name: str, pairs_by_pred: dict[int, int]):
    if name == "parent":
        return pairs_by_pred.get(fig.parent) if fig.parent is not None else None
    return getattr(fig, name)


def evaluate(docs: Sequence[GoldDocument], extractor: Callable | None = None,
             loader: Callable | None = None) -> tuple[dict[str, Score], list[str]]:
    """Score ``extractor`` (default: the full figure stage — sections, then
    :func:`~textmine.figures.extract_figures` — on each record read like a report) on
    ``docs``; ``loader(gold_document) -> Document`` replaces the reading. Returns ``({split: Score, ..., "all": Score}, skipped notes)``."""
    from ..readers import load, read_text

    extractor = extractor or _extract
    scores: dict[str, Score] = {}
    skipped: list[str] = []
    for doc in docs:
        if doc.source is not None and not doc.source.exists():
            skipped.append(f"{doc.id}: {doc.source} is not available")
            continue
        if loader is not None:
            document = loader(doc)
        elif doc.source is not None:
            document = load(doc.source)
        else:
            document = read_text(doc.text, source=f"<gold {doc.id}>")
        gold = locate(doc, document.text)
        predicted = extractor(document)
        pairs = match(gold, predicted)
        gold_to_pred = dict(pairs)
        pred_to_gold = {p: g for g, p in pairs}
        for split in (doc.split, "all"):
            score = scores.setdefault(split, Score(split))
            score.documents += 1
            for gi, pi in pairs:
                score.count(gold[gi].metric, "tp")
                for name, expected in gold[gi].attributes:
                    got = _attribute_value(predicted[pi], name, pred_to_gold)
                    agree = score.attributes.setdefault(name, [0, 0])
                    agree[1] += 1
                    if got == expected or (isinstance(got, (int, float)) and isinstance(expected, (int, float))
                                           and not isinstance(got, bool) and _same_value(got, expected)):
                        agree[0] += 1
                    elif split == "all":
                        score.errors.append({"doc": doc.id, "type": f"attr:{name}", "metric": gold[gi].metric,
                                             "expected": expected, "found": got,
                                             "text": document.text[gold[gi].start:gold[gi].end]})
            for gi, g in enumerate(gold):
                if gi not in gold_to_pred:
                    score.count(g.metric, "fn")
                    if split == "all":
                        score.errors.append({"doc": doc.id, "type": "missed", "metric": g.metric, "value": g.value,
                                             "kind": g.kind, "text": document.text[g.start:g.end]})
            for pi, p in enumerate(predicted):
                if pi not in pred_to_gold:
                    score.count(p.metric, "fp")
                    if split == "all":
                        score.errors.append({"doc": doc.id, "type": "spurious", "metric": p.metric, "value": p.value,
                                             "kind": p.kind, "text": p.text})
    return scores, skipped


# --------------------------------------------------------------------------- report


def table(score: Score) -> str:
    """Markdown table: one row per metric, then the overall row."""
    lines = [f"| metric ({score.split}, {score.documents} docs) | gold | predicted | P | R | F1 |",
             "|---|---:|---:|---:|---:|---:|"]
    for metric, c in sorted(score.metrics.items()):
        lines.append(f"| {metric} | {c.tp + c.fn} | {c.tp + c.fp} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |")
    c = score.overall
    lines.append(f"| **overall (micro)** | {c.tp + c.fn} | {c.tp + c.fp} | {c.precision:.3f} | {c.recall:.3f} | "
                 f"**{c.f1:.3f}** |")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", metavar="PATH", action="append",
                        help="gold JSONL file (repeatable; default: corpora/figures/*.jsonl)")
    parser.add_argument("--split", default=None, help="only records of this split (dev, heldout, ...)")
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("--errors", action="store_true", help="list every miss, spurious figure and attribute error")
    parser.add_argument("--min-f1", type=float, default=None, metavar="F",
                        help="exit with status 1 when the overall F1 of any split is below F")


def run(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.gold] if args.gold else default_gold_paths()
    if not paths:
        raise GoldError(str(corpora_dir() / "figures"), "no gold files (*.jsonl) found")
    docs = load_gold(paths)
    if args.split:
        docs = [d for d in docs if d.split == args.split]
        if not docs:
            raise GoldError(", ".join(map(str, paths)), f"no records with split {args.split!r}")
    scores, skipped = evaluate(docs)
    order = sorted((s for s in scores if s != "all"), key=lambda s: (s != "dev", s)) + ["all"]
    if len(scores) == 2:
        order = [s for s in order if s != "all"]
    out = sys.stdout
    if args.json:
        data = {"scores": {s: scores[s].to_dict() for s in order}, "skipped": skipped}
        if args.errors:
            data["errors"] = scores["all"].errors
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        for split in order:
            out.write(table(scores[split]) + "\n")
            attrs = scores[split].attributes
            if attrs:
                out.write("attributes on matched pairs: " + ", ".join(
                    f"{name} {v[0]}/{v[1]}" for name, v in sorted(attrs.items())) + "\n")
            out.write("\n")
        for note in skipped:
            out.write(f"skipped {note}\n")
        if args.errors:
            for err in scores["all"].errors:
                out.write(json.dumps(err, ensure_ascii=False) + "\n")
    if args.min_f1 is not None and any(scores[s].overall.f1 < args.min_f1 for s in order):
        return 1
    return 0


__all__ = ["load_gold", "locate", "span_pattern", "match", "evaluate", "table", "Score", "Counts", "GoldDocument", "GoldFigure",
           "GoldError", "add_arguments", "run", "default_gold_paths"]
