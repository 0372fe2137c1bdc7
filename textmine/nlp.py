"""A spaCy pipeline for reports: ``spacy.blank("zh")`` with the jieba segmenter, plus a
component that marks narrative figures as spans.

    >>> import textmine
    >>> nlp = textmine.nlp()
    >>> doc = nlp("全年共受理政府信息公开申请 8 件，均在法定期限内答复。")
    >>> [(s.text, s.label_) for s in doc.spans["figures"]]
    [('受理政府信息公开申请 8 件', 'applications_received')]
    >>> from spacy import displacy
    >>> html = displacy.render(doc, style="span", options={"spans_key": "figures"})

The component is registered as the spaCy factory ``textmine_figures`` (by the decorator
below and by the ``spacy_factories`` entry point in ``pyproject.toml``), so any blank
Chinese pipeline can add it: ``nlp.add_pipe("textmine_figures")``. It writes

* ``doc.spans[spans_key]`` (default ``"figures"``): one span per figure, label = metric;
  spans may overlap (``满意率、办结率均为100%`` is two figures on one number);
* ``doc.ents`` (with ``set_ents``): the figures that do not overlap each other or existing
  entities, so ``displacy.render(doc, style="ent")`` works too;
* ``span._.figure``: the :class:`~textmine.figures.model.Figure` record (offsets in it are
  into the *normalised* text; the span itself is in ``doc.text``);
* ``doc._.figures``: all figure records of the doc.

The figure extractor is regex only; jieba is used by the tokenizer alone. The tokenizer
uses jieba's global default dictionary, which :func:`textmine.segment.tokenizer` loads once
per process with textmine's user dictionary, so building this pipeline after (or before)
any other textmine stage costs no second dictionary load.
"""
from __future__ import annotations

import sys
import types

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .figures import extract_figures
from .model import Document
from .normalize import normalize_with_offsets
from .sections import split_sections
from .segment import tokenizer

FACTORY = "textmine_figures"
DEFAULT_SPANS_KEY = "figures"

if not Span.has_extension("figure"):
    Span.set_extension("figure", default=None)
if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=())


class FiguresComponent:
    """Adds narrative figures to a Doc as spans (see the module docstring)."""

    def __init__(self, name: str = FACTORY, spans_key: str = DEFAULT_SPANS_KEY, set_ents: bool = True):
        self.name = name
        self.spans_key = spans_key
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        normalised, origin = normalize_with_offsets(doc.text)
        document = Document(source="<spacy>", format="txt", text=normalised)
        figures = extract_figures(document, split_sections(document))
        spans: list[Span] = []
        for fig in figures:
            start, end = origin[fig.start], origin[fig.end]
            span = doc.char_span(start, end, label=fig.metric, alignment_mode="expand")
            if span is None:
                continue
            span._.figure = fig
            spans.append(span)
        doc.spans[self.spans_key] = spans
        doc._.figures = figures
        if self.set_ents and spans:
            # existing entities win; figures that overlap them or each other are left out
            taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
            added = [s for s in filter_spans(spans) if not taken.intersection(range(s.start, s.end))]
            doc.ents = sorted(list(doc.ents) + added, key=lambda s: s.start)
        return doc


@Language.factory(FACTORY, default_config={"spans_key": DEFAULT_SPANS_KEY, "set_ents": True})
def make_figures_component(nlp: Language, name: str, spans_key: str, set_ents: bool) -> FiguresComponent:
    """spaCy factory for :class:`FiguresComponent` (``nlp.add_pipe("textmine_figures")``)."""
    if str(getattr(getattr(nlp, "tokenizer", None), "segmenter", "")) in ("jieba", "Segmenter.jieba"):
        tokenizer()  # a jieba pipeline built elsewhere gets textmine's user dictionary too
    return FiguresComponent(name, spans_key, set_ents)


def blank() -> Language:
    """``spacy.blank("zh")`` with the jieba segmenter on textmine's shared dictionary."""
    tokenizer()  # jieba's default dictionary + the user dictionary, once per process
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


def nlp(*, figures: bool = True, spans_key: str = DEFAULT_SPANS_KEY) -> Language:
    """A new pipeline: :func:`blank` plus (by default) the ``textmine_figures`` component."""
    pipeline = blank()
    if figures:
        pipeline.add_pipe(FACTORY, config={"spans_key": spans_key})
    return pipeline


class _CallableModule(types.ModuleType):
    """Importing this submodule sets the attribute ``textmine.nlp`` to the module, hiding the
    package's ``textmine.nlp()`` function; calling the module does what the function does,
    so ``textmine.nlp()`` works whatever was imported first."""

    def __call__(self, *args, **kwargs) -> Language:
        return nlp(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

__all__ = ["nlp", "blank", "make_figures_component", "FiguresComponent", "FACTORY", "DEFAULT_SPANS_KEY"]
