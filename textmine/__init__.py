"""textmine: read, check and audit Chinese government information-disclosure annual reports.

    >>> import textmine
    >>> report = textmine.audit("examples/sample-report.txt")
    >>> report.to_dict()["sections"][0]["key"]
    'overview'
"""
from __future__ import annotations

from .errors import TextmineError
from .model import Document, Report
from .pipeline import audit
from .readers import load

__version__ = "0.1.0"


def nlp():
    """The spaCy pipeline (blank ``zh`` + jieba + figure spans); see :mod:`textmine.nlp`."""
    from .nlp import nlp as _nlp

    return _nlp()


def batch(paths, executor=None, **kwargs):
    """Audit many reports; see :func:`textmine.batch.run_batch`."""
    from .batch import run_batch

    return run_batch(paths, executor=executor, **kwargs)


__all__ = ["audit", "load", "nlp", "batch", "Document", "Report", "TextmineError", "__version__"]
