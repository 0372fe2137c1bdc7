"""The report model: immutable records that flow through the pipeline.

Reading produces a :class:`Document` (normalised text + structured tables the container
gave us, all with offsets into that text). Each later stage is a pure function that takes
what earlier stages produced and returns new records; nothing is mutated afterwards and no
stage reaches back into another. :class:`Report` bundles every stage's output and knows how
to present it in the shape of ``shared/docs/contract.md``.

Stage-specific records live beside their stage (``textmine.tables.model``,
``textmine.figures.model``, ``textmine.problems.model``, ``textmine.reconcile.model``); the
records here are the ones every stage shares.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from .fastinit import quick_init
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .agency.model import AgencyIdentity
    from .figures.model import Figure
    from .problems.model import Sentence
    from .reconcile.model import Finding
    from .tables.model import ParsedTable

#: The six standard parts, in report order, with the contract's keys.
SECTION_KEYS: tuple[str, ...] = (
    "overview",
    "active_disclosure",
    "applications",
    "review_litigation",
    "problems",
    "other",
)

#: The three standard tables (keys as in the contract).
TABLE_KEYS: tuple[str, ...] = ("active_disclosure", "applications", "review_litigation")

TEMPLATES: tuple[str, ...] = ("2021", "2019", "pre-2019", "unknown")


# --------------------------------------------------------------------------- document


@quick_init
@dataclass(frozen=True, slots=True)
class RawCell:
    """One cell of a table as the container (HTML, DOCX, PDF) gave it.

    ``row``/``col`` are the cell's top-left position in the expanded grid; ``start``/``end``
    locate its text inside ``Document.text`` (equal when the cell is empty)."""

    row: int
    col: int
    text: str
    start: int
    end: int
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True, slots=True)
class RawTable:
    """A table as a grid of cells, in document order. Readers of containers that know their
    tables produce these; plain text has none and the table parser finds tables in the text.
    The table is also written into ``Document.text`` (one line per row, TAB between cells)
    between ``start`` and ``end``, so every cell has an offset and the text stays whole."""

    cells: tuple[RawCell, ...]
    start: int
    end: int
    origin: str  # "html" | "docx" | "pdf"
    page: int | None = None

    @property
    def n_rows(self) -> int:
        return max((c.row + c.rowspan for c in self.cells), default=0)

    @property
    def n_cols(self) -> int:
        return max((c.col + c.colspan for c in self.cells), default=0)

    def grid(self) -> list[list[RawCell | None]]:
        """Expanded grid: a spanning cell appears in every position it covers."""
        grid: list[list[RawCell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, cell.row + cell.rowspan):
                for c in range(cell.col, cell.col + cell.colspan):
                    grid[r][c] = cell
        return grid


@dataclass(frozen=True)
class Document:
    """What a reader produced: one normalised text and the tables found in the container.

    ``pages`` holds ``(start, end)`` spans of PDF pages (empty for other formats)."""

    source: str
    format: str  # "txt" | "html" | "docx" | "pdf"
    text: str
    encoding: str | None = None
    tables: tuple[RawTable, ...] = ()
    pages: tuple[tuple[int, int], ...] = ()

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]


# --------------------------------------------------------------------------- sections


@dataclass(frozen=True, slots=True)
class Subsection:
    """A numbered part inside a section, e.g. 五's ``(一)存在的问题`` (key ``problems``) or
    ``(二)改进情况`` (key ``measures``); ``key`` is None where it has no special meaning."""

    title: str
    start: int
    end: int
    key: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Section:
    """One of the six standard parts. ``start``..``end`` covers heading and body;
    ``body_start`` is where the text after the heading begins. ``number`` is the ordinal as
    written (``五``), ``title`` the heading as written without it."""

    key: str
    title: str
    number: str | None
    start: int
    body_start: int
    end: int
    subsections: tuple[Subsection, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class SectionMap:
    """All sections found, in document order, with what was not found and why."""

    sections: tuple[Section, ...]
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    preamble: tuple[int, int] | None = None
    #: the introduction's own count of parts: (stated, listed or None, start, end of the sentence,
    #: whether the list was read surely)
    stated_parts: tuple[int, int | None, int, int, bool] | None = None

    def get(self, key: str) -> Section | None:
        for section in self.sections:
            if section.key == key:
                return section
        return None

    def section_at(self, offset: int) -> Section | None:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.sections)


# --------------------------------------------------------------------------- metadata


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    agency: str | None = None
    year: int | None = None
    template: str = "unknown"
    title_span: tuple[int, int] | None = None
    notes: tuple[str, ...] = ()
    #: the page starts inside the report (see :func:`textmine.metadata.is_fragment`): what it
    #: lacks was not shown, so no check may FAIL on its absence
    fragment: bool = False


# --------------------------------------------------------------------------- report


def _frozen_mapping(value: Mapping | None) -> Mapping:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True)
class Report:
    """Everything textmine knows about one report. ``to_dict()`` follows the contract."""

    document: Document
    sections: SectionMap
    metadata: Metadata
    tables: Mapping[str, "ParsedTable"] = field(default_factory=dict)
    figures: tuple["Figure", ...] = ()
    sentences: tuple["Sentence", ...] = ()
    findings: tuple["Finding", ...] = ()
    #: who wrote it: normalised name, level, region, parent government (textmine.agency)
    agency_identity: "AgencyIdentity | None" = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "tables", _frozen_mapping(self.tables))

    # -- presentation -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        return {
            "source": doc.source,
            "format": doc.format,
            "encoding": doc.encoding,
            "title": self.metadata.title,
            "agency": self.metadata.agency,
            "year": self.metadata.year,
            "template": self.metadata.template,
            "fragment": self.metadata.fragment,
            "text": doc.text,
            "sections": [s.to_dict() for s in self.sections.sections],
            "missing_sections": list(self.sections.missing),
            "section_notes": list(self.sections.notes),
            "tables": {key: table.to_dict() for key, table in self.tables.items()},
            "table_details": {key: table.details() for key, table in self.tables.items()},
            "figures": [f.to_dict() for f in self.figures],
            "findings": [f.to_dict() for f in self.findings],
            "sentences": [s.to_dict() for s in self.sentences],
            "agency_identity": self.agency_identity.to_dict() if self.agency_identity is not None else None,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False)
