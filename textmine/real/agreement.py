"""Two annotators of the same real pages: how far they agree (``textmine eval real --second FILE``).

Issue 18 asks for figure precision 0.98 with the right metric. Whether that line can be held
depends on how far two careful annotators, working blind from the same rules
(``corpora/real_pages/ANNOTATION.md``), agree on which figure carries which metric. A second
annotation of some dev2 pages (``corpora/real_pages/second/``) is scored here exactly as the
audit is: the second annotator's figures stand in for the audit's, the first annotation is the
gold, and the same matcher counts them. Beside it, textmine against each annotator on the same
pages, so the three agreements can be read side by side.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Sequence

from ..figures.evaluation import GoldDocument, GoldFigure, locate, match
from .evaluation import UNNAMED, PageResult, match_by_value, score_page
from .pages import Annotation, Page


@dataclass(frozen=True)
class MarkedFigure:
    """A figure another annotator marked, shaped as the scorer reads an extracted figure."""

    metric: str
    value: float
    kind: str
    value_start: int
    value_end: int
    channel: str | None
    category: str | None
    text: str


def _indexed_named_figures(annotation: Annotation, text: str) -> list[tuple[int, GoldFigure]]:
    located = locate(GoldDocument(annotation.page_id, annotation.split, (), None, None, annotation.figures,
                                  annotation.origin), text)
    return [(i, g) for i, (g, f) in enumerate(zip(located, annotation.figures)) if f["metric"] != UNNAMED]


def named_figures(annotation: Annotation, text: str) -> list[GoldFigure]:
    """The figures of ``annotation`` that name a metric, located in the normalised ``text`` (a
    fact counted without a metric is neither right nor wrong for the named ones)."""
    return [g for _, g in _indexed_named_figures(annotation, text)]


def marked_figures(annotation: Annotation, text: str) -> list[MarkedFigure]:
    """The named figures of ``annotation`` as the scorer reads extracted figures."""
    out = []
    for g in named_figures(annotation, text):
        attributes = dict(g.attributes)
        out.append(MarkedFigure(g.metric, g.value, g.kind, g.start, g.end, attributes.get("channel"),
                                attributes.get("category"), text[g.start:g.end]))
    return out


@dataclass(frozen=True)
class Disagreement:
    """One number the two annotators read differently: ``first``/``second`` index the figure in
    each annotation's own ``figures`` list (None: that annotator marked no figure there)."""

    page_id: str
    first: int | None
    second: int | None
    start: int  # where the disputed span lies in the normalised text
    end: int

    @property
    def kind(self) -> str:
        return "metric" if self.first is not None and self.second is not None else "only_one"


def disagreements(one: Annotation, two: Annotation, text: str) -> list[Disagreement]:
    """Where ``two`` departs from ``one`` on the normalised ``text``: a number both marked with
    different metrics, or a figure only one of them marked (matched by value and span, as the
    scorer matches; facts marked without a metric take no part), in text order."""
    gold, other = _indexed_named_figures(one, text), _indexed_named_figures(two, text)
    marked = [MarkedFigure(g.metric, g.value, g.kind, g.start, g.end, None, None, "") for _, g in other]
    # the same reading pairs first (两 zeros on one span are two agreements, whatever their order),
    # then what is left pairs by value
    pairs = match([g for _, g in gold], marked)
    left_gold = [k for k in range(len(gold)) if k not in {gi for gi, _ in pairs}]
    left_other = [k for k in range(len(other)) if k not in {mi for _, mi in pairs}]
    pairs += [(left_gold[gi], left_other[mi]) for gi, mi in
              match_by_value([gold[k][1] for k in left_gold], [marked[k] for k in left_other])]
    out = [Disagreement(one.page_id, gold[gi][0], other[mi][0], gold[gi][1].start, gold[gi][1].end)
           for gi, mi in pairs if gold[gi][1].metric != other[mi][1].metric]
    paired_gold, paired_other = {gi for gi, _ in pairs}, {mi for _, mi in pairs}
    out += [Disagreement(one.page_id, i, None, g.start, g.end) for k, (i, g) in enumerate(gold) if k not in paired_gold]
    out += [Disagreement(one.page_id, None, i, g.start, g.end) for k, (i, g) in enumerate(other) if k not in paired_other]
    return sorted(out, key=lambda d: (d.start, d.end, d.first is None, d.first or 0, d.second or 0))


def annotator_as_audit(annotation: Annotation):
    """An ``audit`` callable whose report holds ``annotation``'s figures and no findings."""
    from ..readers import read_text

    def audit(text: str):
        document = read_text(text, source=f"<second annotation of {annotation.page_id}>")
        return SimpleNamespace(document=document, metadata=SimpleNamespace(fragment=annotation.fragment),
                               figures=tuple(marked_figures(annotation, document.text)), findings=())

    return audit


@dataclass
class Agreement:
    """Per page: the second annotator against the first, textmine against each."""

    second_vs_first: list[PageResult]
    textmine_vs_first: list[PageResult]
    textmine_vs_second: list[PageResult]
    #: (first annotator's metric, second annotator's metric) for figures both marked on one number
    metric_disagreements: Counter


def compare(first: Sequence[Annotation], second: Sequence[Annotation], pages: dict[str, Page],
            audit=None) -> Agreement:
    """Score the pages both annotators annotated (in page order)."""
    from ..readers import read_text

    firsts = {a.page_id: a for a in first}
    both = [(firsts[s.page_id], s) for s in sorted(second, key=lambda a: a.page_id) if s.page_id in firsts]
    metrics: Counter = Counter()
    for one, two in both:
        text = read_text(pages[one.page_id].text, source=f"<real page {one.page_id}>").text
        for d in disagreements(one, two, text):
            if d.kind == "metric":
                metrics[(one.figures[d.first]["metric"], two.figures[d.second]["metric"])] += 1
    return Agreement(
        [score_page(pages[one.page_id], one, annotator_as_audit(two)) for one, two in both],
        [score_page(pages[one.page_id], one, audit) for one, _ in both],
        [score_page(pages[two.page_id], two, audit) for _, two in both],
        metrics)


__all__ = ["Agreement", "Disagreement", "MarkedFigure", "disagreements", "annotator_as_audit", "compare", "marked_figures", "named_figures"]
