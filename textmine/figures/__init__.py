"""Narrative figures: every stated number with its meaning and its span.

    >>> import textmine
    >>> from textmine.figures import extract_figures, frame
    >>> from textmine.sections import split_sections
    >>> doc = textmine.load("全年共受理政府信息公开申请 8 件，均在法定期限内答复。")
    >>> [(f.metric, f.value, f.unit) for f in extract_figures(doc, split_sections(doc))]
    [('applications_received', 8, '件')]

:func:`extract_figures` reads only narrative prose (table bodies of 二/三/四 and the preamble
are skipped), with regular expressions compiled once; it never runs jieba. The record and
the meaning of every field are documented in :mod:`textmine.figures.model`; the metric
vocabulary, wordings and traps are the tables in :mod:`textmine.figures.vocabulary`.
"""
from __future__ import annotations

from typing import Iterable

from ..model import Document, SectionMap
from .extract import RawFigure, extract_from_text
from .model import Figure
from .narrative import build_view
from .vocabulary import METRICS

FRAME_COLUMNS = ("index", "metric", "value", "unit", "qualifier", "kind", "direction", "value_high", "channel",
                 "category", "period", "section", "parent", "parts", "exhaustive", "includes_carried_over",
                 "restates_table", "start", "end", "value_start", "value_end", "text")


def extract_figures(doc: Document, sections: SectionMap, report_year: int | None = None) -> tuple[Figure, ...]:
    """Figures stated in the narrative parts of ``doc``, sorted by position. ``report_year`` (the
    metadata's, when known) places the years a clause names against the report's own
    (:func:`~.extract.extract_from_text`).

    ``parent``/``parts`` are indexes into the returned tuple (each figure's ``index``)."""
    view = build_view(doc, sections)
    raw = extract_from_text(view.text, report_year)
    return tuple(_to_figure(doc, sections, view, fig, i) for i, fig in enumerate(raw))


def _to_figure(doc: Document, sections: SectionMap, view, fig: RawFigure, index: int) -> Figure:
    start, end = view.span(fig.start, fig.end)
    value_start, value_end = view.span(fig.value_start, fig.value_end)
    section = sections.section_at(value_start)
    info = METRICS[fig.metric]
    return Figure(
        metric=fig.metric, value=fig.value, unit=fig.unit, start=start, end=end, text=doc.text[start:end],
        qualifier=fig.qualifier, channel=fig.channel, category=fig.category,
        section=section.key if section else None, kind=fig.kind, index=index,
        value_start=value_start, value_end=value_end, value_high=fig.value_high, direction=fig.direction,
        period=fig.period, parent=fig.parent, parts=tuple(fig.parts), exhaustive=fig.exhaustive,
        includes_carried_over=fig.includes_carried_over, restates_table=info.table,
    )


def frame(figures: Iterable[Figure]):
    """A tidy pandas DataFrame: one row per figure, columns :data:`FRAME_COLUMNS`."""
    import pandas as pd

    rows = []
    for fig in figures:
        row = fig.to_dict()
        row["parts"] = tuple(row["parts"])
        rows.append({column: row[column] for column in FRAME_COLUMNS})
    return pd.DataFrame(rows, columns=list(FRAME_COLUMNS))


__all__ = ["extract_figures", "frame", "Figure", "FRAME_COLUMNS"]
