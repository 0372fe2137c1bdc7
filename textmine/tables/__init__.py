"""Standard tables 二/三/四 parsed into canonical cells (see ``shared/docs/contract.md``)."""
from __future__ import annotations

from ..model import Document, SectionMap
from .model import ParsedTable, TableValue


def parse_tables(doc: Document, sections: SectionMap) -> dict[str, ParsedTable]:
    """Parse the standard tables found in ``doc``. (Placeholder until issue 3 lands.)"""
    return {}


__all__ = ["parse_tables", "ParsedTable", "TableValue"]
