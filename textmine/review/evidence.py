"""A finding's evidence quoted for people (the report view's decisions, the Excel sheet, the
通报 draft): a table cell by its name and what it says, a span of text by its words.

Spans are quoted from the report's text when it is at hand, else from the figure or section 五
sentence the store holds for exactly that span; a span neither covers is given by position.
"""
from __future__ import annotations

import sqlite3
from typing import Iterable, Mapping

from ..reconcile.labels import cell_name

#: longest quote of a span (a 五 sentence can run to a paragraph)
QUOTE_CHARS = 160


def _clip(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1] + "…"


class Quoter:
    """Quotes evidence items of one report (``report_seq``), reading what it needs once."""

    def __init__(self, conn: sqlite3.Connection, report_seq: int, text: str | None = None):
        self.conn, self.seq, self.text = conn, report_seq, text
        self._cells: dict | None = None
        self._spans: dict | None = None

    def cells(self) -> dict:
        if self._cells is None:
            self._cells = {(r[0], r[1], r[2]): (r[3], r[4]) for r in self.conn.execute(
                'SELECT "table", "row", "column", raw, status FROM cells WHERE report_seq = ?', (self.seq,))}
        return self._cells

    def spans(self) -> dict:
        if self._spans is None:
            spans: dict = {}
            for table in ("sentences", "figures"):  # a figure's own words win over its sentence's
                for start, end, text in self.conn.execute(
                        f'SELECT start, "end", text FROM {table} WHERE report_seq = ?', (self.seq,)):
                    spans[(start, end)] = text
            self._spans = spans
        return self._spans

    def quote(self, item: Mapping) -> str:
        if item.get("report", "this") != "this":
            where = cell_name(item["table"], item.get("row"), item.get("column")) if item.get("table") else \
                f"原文第{item.get('start')}–{item.get('end')}字"
            return f"上年报告：{where}"
        if item.get("table") is not None:
            name = cell_name(item["table"], item.get("row"), item.get("column"))
            raw, status = self.cells().get((item["table"], item.get("row"), item.get("column")), (None, None))
            shown = {"blank": "（空）", "not_applicable": "/", None: "（未找到该单元格）"}.get(status, raw)
            return f"{name}：{shown if shown not in (None, '') else '（空）'}"
        start, end = item.get("start"), item.get("end")
        if self.text and start is not None and end is not None and 0 <= start <= end <= len(self.text):
            return f"“{_clip(self.text[start:end])}”"
        words = self.spans().get((start, end))
        if words:
            return f"“{_clip(words)}”"
        return f"原文第{start}–{end}字"

    def quotes(self, evidence: Iterable[Mapping]) -> list[str]:
        return [self.quote(item) for item in evidence or ()]


__all__ = ["Quoter", "QUOTE_CHARS"]
