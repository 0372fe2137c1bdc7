"""Standard tables 二/三/四 parsed into the canonical cells of ``shared/docs/contract.md``.

    >>> from textmine.tables import parse_tables, frame
    >>> tables = parse_tables(doc, sections)          # {"applications": ParsedTable, ...}
    >>> tables["applications"].value("new", "total")
    >>> frame(tables)                                  # tidy pandas DataFrame

Pipeline: :mod:`.locate` finds each table's stretch of text, :mod:`.tokens` cuts it into
lines of typed cells whatever the rendering (grids, TSV, pipes, one cell per line, PDF
lines, flattened runs), :mod:`.rows` labels the rows and pairs labels with values,
:mod:`.solve` places each row's values into its columns and says what is certain, and
:mod:`.assemble` maps all of it onto the template's canonical rows and columns
(:mod:`.labels` declares them).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping

from ..model import Document, SectionMap
from .assemble import TABLE_NAMES, parse_active, parse_applications, parse_review
from .locate import locate
from .model import ParsedTable, TableValue
from .tokens import tokenise

_PARSERS = {
    "active_disclosure": parse_active,
    "applications": parse_applications,
    "review_litigation": parse_review,
}



def parse_tables(doc: Document, sections: SectionMap) -> dict[str, ParsedTable]:
    """Parse the standard tables found in ``doc``. Every key of the contract is present;
    a table that is not there has ``rendering='missing'`` and an issue saying why."""
    regions = locate(doc, sections)
    out: dict[str, ParsedTable] = {}
    for key, parser in _PARSERS.items():
        region = regions.get(key)
        name = TABLE_NAMES[key]
        if region is None:
            out[key] = ParsedTable(key, issues=(f"{name} not found: no section for it and none of its "
                                                f"words in the text",))
            continue
        if region.how == "none":
            out[key] = ParsedTable(key, start=region.start, end=region.end,
                                   issues=(f"{name} not found: its section has no table text (the table "
                                           f"may have been an image or script)",))
            continue
        tok = tokenise(doc, region.start, region.end)
        out[key] = parser(tok, (region.start, region.end))
    review = out["review_litigation"]
    if review.values and review.template == "unknown":
        # table 四 is the same in the 2019 and 2021 templates: it follows the report's
        # other tables
        template = next((out[k].template for k in ("applications", "active_disclosure")
                         if out[k].template != "unknown"), "unknown")
        out["review_litigation"] = _with_template(review, template)
    return out


def _with_template(table: ParsedTable, template: str) -> ParsedTable:
    return replace(table, template=template)


def frame(tables: Mapping[str, ParsedTable]):
    """A tidy DataFrame, one row per cell: table, row, column, value, status, raw, start,
    end, note, template, rendering."""
    import pandas as pd

    records = []
    for key in sorted(tables):
        table = tables[key]
        for v in table.values:
            records.append({"table": key, "row": v.row, "column": v.column, "value": v.value,
                            "status": v.status, "raw": v.raw, "start": v.start, "end": v.end,
                            "note": v.note, "template": table.template, "rendering": table.rendering})
    columns = ["table", "row", "column", "value", "status", "raw", "start", "end", "note",
               "template", "rendering"]
    df = pd.DataFrame.from_records(records, columns=columns)
    df["value"] = df["value"].astype("object")
    df["start"] = df["start"].astype("Int64")
    df["end"] = df["end"].astype("Int64")
    return df


__all__ = ["parse_tables", "frame", "ParsedTable", "TableValue"]
