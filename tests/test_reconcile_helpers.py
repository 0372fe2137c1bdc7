"""Builders for the records the reconciler reads (tables, figures, documents), used by the
reconciler's tests until and besides the real parsers: they are plain constructors of the
public records, modelled on the example report and the real PDFs."""
from __future__ import annotations

from textmine.figures.model import Figure
from textmine.model import Document, Metadata, Section, SectionMap
from textmine.tables.model import ParsedTable, TableValue

APP_COLUMNS = ("natural_person", "business", "research", "social_org", "legal_service", "other_org", "total")
REVIEW_COLUMNS = ("upheld", "corrected", "other", "pending", "total")

#: table 三 of examples/sample-report.txt (临川市生态环境局 2023), 25-row 2021 layout
SAMPLE_APPLICATIONS = {
    "new": (46, 9, 1, 2, 3, 1, 62),
    "carried_over": (3, 1, 0, 0, 0, 0, 4),
    "granted": (21, 4, 1, 1, 1, 0, 28),
    "partial": (5, 1, 0, 0, 1, 0, 7),
    "denied.state_secret": (0, 0, 0, 0, 0, 0, 0),
    "denied.law_forbidden": (1, 0, 0, 0, 0, 0, 1),
    "denied.three_safety_one_stability": (0, 0, 0, 0, 0, 0, 0),
    "denied.third_party": (2, 1, 0, 0, 0, 0, 3),
    "denied.internal_affairs": (1, 0, 0, 0, 0, 0, 1),
    "denied.process_info": (2, 0, 0, 0, 0, 0, 2),
    "denied.enforcement_file": (1, 0, 0, 0, 0, 0, 1),
    "denied.admin_query": (1, 0, 0, 0, 0, 0, 1),
    "unavailable.not_held": (6, 2, 0, 1, 0, 1, 10),
    "unavailable.needs_creation": (1, 0, 0, 0, 0, 0, 1),
    "unavailable.unclear": (1, 0, 0, 0, 0, 0, 1),
    "not_processed.petition": (2, 0, 0, 0, 0, 0, 2),
    "not_processed.repeat": (1, 0, 0, 0, 0, 0, 1),
    "not_processed.publication": (0, 0, 0, 0, 0, 0, 0),
    "not_processed.massive": (0, 0, 0, 0, 0, 0, 0),
    "not_processed.confirm": (1, 0, 0, 0, 0, 0, 1),
    "other.no_correction": (1, 0, 0, 0, 0, 0, 1),
    "other.no_fee": (0, 0, 0, 0, 0, 0, 0),
    "other.other": (1, 1, 0, 0, 0, 0, 2),
    "total": (48, 9, 1, 2, 2, 1, 63),
    "carried_forward": (1, 1, 0, 0, 1, 0, 3),
}
SAMPLE_REVIEW = {
    "reconsideration": (2, 1, 0, 1, 4),
    "litigation_direct": (1, 0, 0, 1, 2),
    "litigation_after_reconsideration": (0, 1, 0, 0, 1),
}
SAMPLE_ACTIVE = {
    ("regulations", "issued"): 0, ("regulations", "repealed"): 0, ("regulations", "in_force"): 0,
    ("normative_documents", "issued"): 3, ("normative_documents", "repealed"): 1,
    ("normative_documents", "in_force"): 17,
    ("licensing", "decisions"): 1268, ("punishment", "decisions"): 342, ("coercion", "decisions"): 27,
    ("fees", "amount"): 12.6,
}


def _value(row, column, v) -> TableValue:
    if v is None:
        return TableValue(row, column, None, "blank", "")
    if v == "/":
        return TableValue(row, column, None, "not_applicable", "/")
    if v == "?":
        return TableValue(row, column, None, "unknown", "?")
    return TableValue(row, column, v, "value", str(v))


def applications(rows=None, **changes) -> ParsedTable:
    """Table 三 from ``rows`` (default: the sample's); ``changes`` maps ``row__column`` to a
    new value (None = blank, '/' = not applicable, '?' = unknown, 'DROP' = cell absent)."""
    rows = dict(SAMPLE_APPLICATIONS if rows is None else rows)
    values = []
    for row, cells in rows.items():
        for column, v in zip(APP_COLUMNS, cells):
            key = f"{row.replace('.', '_')}__{column}"
            if key in changes:
                v = changes[key]
                if v == "DROP":
                    continue
            values.append(_value(row, column, v))
    return ParsedTable("applications", "2021", "tsv", tuple(values))


def review(rows=None, **changes) -> ParsedTable:
    rows = dict(SAMPLE_REVIEW if rows is None else rows)
    values = []
    for row, cells in rows.items():
        for column, v in zip(REVIEW_COLUMNS, cells):
            key = f"{row}__{column}"
            v = changes.get(key, v)
            values.append(_value(row, column, v))
    return ParsedTable("review_litigation", "2021", "tsv", tuple(values))


def active(cells=None, **changes) -> ParsedTable:
    cells = dict(SAMPLE_ACTIVE if cells is None else cells)
    values = []
    for (row, column), v in cells.items():
        v = changes.get(f"{row}__{column}", v)
        values.append(_value(row, column, v))
    return ParsedTable("active_disclosure", "2021", "tsv", tuple(values))


def sample_tables(**changes) -> dict:
    return {"active_disclosure": active(**{k: v for k, v in changes.items() if k.startswith(("regulations", "normative", "licensing", "punishment", "coercion", "fees"))}),
            "applications": applications(**{k: v for k, v in changes.items() if "__" in k and not k.startswith(("regulations", "normative", "licensing", "punishment", "coercion", "fees", "reconsideration", "litigation"))}),
            "review_litigation": review(**{k: v for k, v in changes.items() if k.startswith(("reconsideration", "litigation"))})}


def document(text: str, agency: str | None = "临川市生态环境局", year: int | None = 2023):
    doc = Document(source="<text>", format="txt", text=text)
    sections = SectionMap(sections=(Section("overview", "总体情况", "一", 0, 0, len(text)),))
    return doc, sections, Metadata(title=None, agency=agency, year=year)


def figure(text: str, doc_text: str, metric: str, value, unit="件", **kw) -> Figure:
    """A figure whose span is the first occurrence of ``text`` in ``doc_text``."""
    start = doc_text.index(text)
    fields = {k: kw.pop(k) for k in list(kw) if k in Figure.__dataclass_fields__}
    fig = Figure(metric=metric, value=value, unit=unit, start=start, end=start + len(text), text=text, **fields)
    return fig


#: 洪泽区人民政府 2023 (real PDF): table 三 in the 23-row layout (（六）其他处理 one row)
HONGZE_2023_APPLICATIONS = {
    "new": (21, 0, 0, 0, 0, 0, 21),
    "carried_over": (0, 0, 0, 0, 0, 0, 0),
    "granted": (0, 0, 0, 0, 0, 0, 0),
    "partial": (4, 0, 0, 0, 0, 0, 4),
    "denied.state_secret": (1, 0, 0, 0, 0, 0, 1),
    "denied.law_forbidden": (0, 0, 0, 0, 0, 0, 0),
    "denied.three_safety_one_stability": (0, 0, 0, 0, 0, 0, 0),
    "denied.third_party": (0, 0, 0, 0, 0, 0, 0),
    "denied.internal_affairs": (0, 0, 0, 0, 0, 0, 0),
    "denied.process_info": (1, 0, 0, 0, 0, 0, 1),
    "denied.enforcement_file": (1, 0, 0, 0, 0, 0, 1),
    "denied.admin_query": (0, 0, 0, 0, 0, 0, 0),
    "unavailable.not_held": (10, 0, 0, 0, 0, 0, 10),
    "unavailable.needs_creation": (3, 0, 0, 0, 0, 0, 3),
    "unavailable.unclear": (0, 0, 0, 0, 0, 0, 0),
    "not_processed.petition": (1, 0, 0, 0, 0, 0, 1),
    "not_processed.repeat": (0, 0, 0, 0, 0, 0, 0),
    "not_processed.publication": (0, 0, 0, 0, 0, 0, 0),
    "not_processed.massive": (0, 0, 0, 0, 0, 0, 0),
    "not_processed.confirm": (0, 0, 0, 0, 0, 0, 0),
    "other": (0, 0, 0, 0, 0, 0, 0),
    "total": (21, 0, 0, 0, 0, 0, 21),
    "carried_forward": (0, 0, 0, 0, 0, 0, 0),
}
#: its table 四 as published: totals 0 against parts 10+1 and 5 (genuine errors)
HONGZE_2023_REVIEW = {
    "reconsideration": (10, 1, 0, 0, 0),
    "litigation_direct": (0, 0, 0, 0, 0),
    "litigation_after_reconsideration": (5, 0, 0, 0, 0),
}
HONGZE_2023_ACTIVE = {
    ("regulations", "issued"): 0, ("regulations", "repealed"): 0, ("regulations", "in_force"): 0,
    ("normative_documents", "issued"): 0, ("normative_documents", "repealed"): 5,
    ("normative_documents", "in_force"): 5,
    ("licensing", "decisions"): 550, ("punishment", "decisions"): 4119, ("coercion", "decisions"): 195,
    ("fees", "amount"): 7730.28,
}
HONGZE_2024_ACTIVE = {
    ("regulations", "issued"): 0, ("regulations", "repealed"): 0, ("regulations", "in_force"): 0,
    ("normative_documents", "issued"): 3, ("normative_documents", "repealed"): 0,
    ("normative_documents", "in_force"): 8,
    ("licensing", "decisions"): 9487, ("punishment", "decisions"): 2776, ("coercion", "decisions"): 84,
    ("fees", "amount"): 7545,
}
#: 淮安市人民政府 2024 (real PDF)
HUAIAN_2024_APPLICATIONS = {
    "new": (3001, 53, 0, 0, 61, 4, 3119),
    "carried_over": (34, 0, 0, 0, 0, 0, 34),
    "granted": (1288, 21, 0, 0, 50, 3, 1362),
    "partial": (447, 7, 0, 0, 0, 0, 454),
    "denied.state_secret": (2, 0, 0, 0, 0, 0, 2),
    "denied.law_forbidden": (30, 1, 0, 0, 0, 0, 31),
    "denied.three_safety_one_stability": (5, 0, 0, 0, 0, 0, 5),
    "denied.third_party": (6, 0, 0, 0, 0, 0, 6),
    "denied.internal_affairs": (7, 1, 0, 0, 0, 0, 8),
    "denied.process_info": (12, 0, 0, 0, 0, 0, 12),
    "denied.enforcement_file": (9, 0, 0, 0, 0, 0, 9),
    "denied.admin_query": (105, 0, 0, 0, 0, 0, 105),
    "unavailable.not_held": (746, 12, 0, 0, 10, 1, 769),
    "unavailable.needs_creation": (11, 0, 0, 0, 0, 0, 11),
    "unavailable.unclear": (1, 0, 0, 0, 0, 0, 1),
    "not_processed.petition": (56, 6, 0, 0, 0, 0, 62),
    "not_processed.repeat": (25, 0, 0, 0, 0, 0, 25),
    "not_processed.publication": (0, 0, 0, 0, 0, 0, 0),
    "not_processed.massive": (0, 0, 0, 0, 0, 0, 0),
    "not_processed.confirm": (1, 0, 0, 0, 0, 0, 1),
    "other.no_correction": (67, 3, 0, 0, 1, 0, 71),
    "other.no_fee": (6, 0, 0, 0, 0, 0, 6),
    "other.other": (108, 2, 0, 0, 0, 0, 110),
    "total": (2932, 53, 0, 0, 61, 4, 3050),
    "carried_forward": (103, 0, 0, 0, 0, 0, 103),
}
HUAIAN_2024_REVIEW = {
    "reconsideration": (72, 64, 178, 37, 351),
    "litigation_direct": (13, 4, 8, 1, 26),
    "litigation_after_reconsideration": (12, 1, 1, 6, 20),
}
