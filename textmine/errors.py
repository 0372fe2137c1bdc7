"""Errors a user can see.

Every error that reaches a user names the input it is about and the problem in words, so a
batch can record it as a row and a CLI can print it without a traceback.
"""
from __future__ import annotations


class TextmineError(Exception):
    """Base class: ``source`` is the file (or ``'<text>'``), ``problem`` says what is wrong."""

    code = "error"

    def __init__(self, source: str, problem: str):
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")

    def to_dict(self) -> dict:
        return {"source": self.source, "error": self.code, "problem": self.problem}


class InputNotFound(TextmineError):
    code = "not_found"


class UnsupportedFormat(TextmineError):
    code = "unsupported_format"


class EmptyInput(TextmineError):
    code = "empty"


class UndecodableText(TextmineError):
    code = "encoding"


class CorruptFile(TextmineError):
    """A file whose container is broken: truncated PDF, DOCX that is not a zip, ..."""

    code = "corrupt"


class InputTooLarge(TextmineError):
    """File, or something inside it (a DOCX member, a PDF page count), exceeds a size cap."""

    code = "too_large"


class NotAReport(TextmineError):
    """Readable text that is not a government information-disclosure annual report."""

    code = "not_a_report"


class ModelUnavailable(TextmineError):
    """A shipped model or lexicon is missing or unreadable."""

    code = "model"
