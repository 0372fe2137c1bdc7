"""Value sets of the table rendering suite: what each table says, cell by cell, as written.

Cells are strings exactly as a report writes them (``"0"``, ``""`` for a blank, ``"/"``,
``"12.6"``, ``"+36"``, ``"251000元"``). Each set fills the three standard tables of one
report; ``generate.py`` renders every set in several ways and writes what the parser must
read back.

* ``seed``     — the seed report (平顶山市应急管理局 2023): 2021 template, mostly zeros.
* ``distinct`` — a constructed county bureau with non-zero, mostly distinct values in every
  cell (adjacent columns always differ), so a value shifted by one cell is visible. The
  rows add up (parts = total, 一 + 二 = (七) + 四).
* ``hongze23`` — 洪泽区 2023 as printed: 2021 table 二, the 23-row (2019) table 三 with a
  single （六）其他处理 row, and a table 四 whose own totals are 0 (the report's error, kept).
* ``tpl2019`` — a constructed development-zone report on the 2019 template: table 二 with
  本年新制作/本年新公开/对外公开总数量 and 上一年项目数量/本年增/减/处理决定数量, signed
  increments, 采购总金额 in 元; 23-row table 三 with distinct values.
* ``blanks``  — a constructed township report that writes blanks for zeros (``0 | | | | | | 0``),
  blank sub-row totals, ``/`` and ``—`` for not applicable.
"""
from __future__ import annotations

APPLICANT_COLUMNS = ("natural_person", "business", "research", "social_org", "legal_service", "other_org", "total")

RESULT_ROWS_2021 = (
    "granted", "partial",
    "denied.state_secret", "denied.law_forbidden", "denied.three_safety_one_stability",
    "denied.third_party", "denied.internal_affairs", "denied.process_info",
    "denied.enforcement_file", "denied.admin_query",
    "unavailable.not_held", "unavailable.needs_creation", "unavailable.unclear",
    "not_processed.petition", "not_processed.repeat", "not_processed.publication",
    "not_processed.massive", "not_processed.confirm",
    "other.no_correction", "other.no_fee", "other.other",
)
RESULT_ROWS_2019 = RESULT_ROWS_2021[:-3] + ("other",)


def rows_2021() -> tuple[str, ...]:
    return ("new", "carried_over") + RESULT_ROWS_2021 + ("total", "carried_forward")


def rows_2019() -> tuple[str, ...]:
    return ("new", "carried_over") + RESULT_ROWS_2019 + ("total", "carried_forward")


def _s(values) -> list[str]:
    return [str(v) for v in values]


def _consistent(results: dict[str, list[int]], carried_over: list[int], carried_forward: list[int],
                template: str) -> dict[str, list[str]]:
    """Table 三 from its result rows: totals per row, (七)总计 per column and 一 = (七) + 四 - 二."""
    order = RESULT_ROWS_2021 if template == "2021" else RESULT_ROWS_2019
    table: dict[str, list[int]] = {}
    for key in order:
        parts = results[key]
        table[key] = parts + [sum(parts)]
    total = [sum(table[k][c] for k in order) for c in range(7)]
    co = carried_over + [sum(carried_over)]
    cf = carried_forward + [sum(carried_forward)]
    new = [total[c] + cf[c] - co[c] for c in range(7)]
    assert all(v >= 0 for v in new), new
    out = {"new": new, "carried_over": co}
    out.update(table)
    out["total"] = total
    out["carried_forward"] = cf
    return {k: _s(v) for k, v in out.items()}


# --------------------------------------------------------------------------- seed

SEED = {
    "name": "seed",
    "active_template": "2021",
    "active": {
        "regulations": ["0", "0", "0"],
        "normative_documents": ["0", "0", "11"],
        "licensing": ["716"],
        "punishment": ["59"],
        "coercion": ["0"],
        "fees": ["0"],
    },
    "applications_template": "2021",
    "applications": {**{k: ["0"] * 7 for k in rows_2021()},
                     "new": _s([8, 0, 0, 0, 0, 0, 8]), "granted": _s([8, 0, 0, 0, 0, 0, 8]),
                     "total": _s([8, 0, 0, 0, 0, 0, 8])},
    "review": ["0"] * 15,
}

# --------------------------------------------------------------------------- distinct


def _distinct_results(order) -> dict[str, list[int]]:
    # adjacent columns differ by 3 (mod 19), rows by 7: no value equals its neighbour
    return {key: [(r * 7 + c * 3) % 19 + 1 for c in range(6)] for r, key in enumerate(order)}


DISTINCT = {
    "name": "distinct",
    "active_template": "2021",
    "active": {
        "regulations": ["2", "1", "13"],
        "normative_documents": ["17", "4", "86"],
        "licensing": ["1268"],
        "punishment": ["342"],
        "coercion": ["27"],
        "fees": ["12.6"],
    },
    "applications_template": "2021",
    "applications": _consistent(_distinct_results(RESULT_ROWS_2021), [3, 2, 1, 4, 2, 1], [5, 1, 2, 3, 6, 4],
                                "2021"),
    "review": _s([3, 1, 2, 4, 10, 5, 6, 1, 2, 14, 7, 2, 3, 1, 13]),
}

# --------------------------------------------------------------------------- 洪泽区 2023

_HZ = {k: [0] * 6 for k in RESULT_ROWS_2019}
_HZ.update({
    "partial": [4, 0, 0, 0, 0, 0], "denied.state_secret": [1, 0, 0, 0, 0, 0],
    "denied.process_info": [1, 0, 0, 0, 0, 0], "denied.enforcement_file": [1, 0, 0, 0, 0, 0],
    "unavailable.not_held": [10, 0, 0, 0, 0, 0], "unavailable.needs_creation": [3, 0, 0, 0, 0, 0],
    "not_processed.petition": [1, 0, 0, 0, 0, 0],
})
HONGZE23 = {
    "name": "hongze23",
    "active_template": "2021",
    "active": {
        "regulations": ["0", "0", "0"],
        "normative_documents": ["0", "5", "5"],
        "licensing": ["550"],
        "punishment": ["4119"],
        "coercion": ["195"],
        "fees": ["7730.28"],
    },
    "applications_template": "2019",
    "applications": _consistent(_HZ, [0] * 6, [0] * 6, "2019"),
    "review": _s([10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]),
}

# --------------------------------------------------------------------------- 2019 template

TPL2019 = {
    "name": "tpl2019",
    "active_template": "2019",
    "active": {
        "regulations": ["2", "2", "15"],
        "normative_documents": ["14", "12", "96"],
        "licensing": ["412", "+36", "5230"],
        "other_services": ["88", "-4", "1276"],
        "punishment": ["23", "0", "389"],
        "coercion": ["6", "+1", "42"],
        "fees": ["9", "-2"],
        "procurement": ["17", "251000元"],
    },
    "applications_template": "2019",
    "applications": _consistent(_distinct_results(RESULT_ROWS_2019), [2, 3, 1, 5, 1, 2], [4, 2, 3, 1, 2, 5],
                                "2019"),
    "review": _s([2, 3, 1, 5, 11, 4, 1, 3, 2, 10, 6, 5, 2, 1, 14]),
}

# --------------------------------------------------------------------------- blanks

_BLANK_ROWS = {k: ["0", "", "", "", "", "", "0"] for k in rows_2021()}
_BLANK_ROWS.update({
    "new": ["5", "", "", "", "2", "", "7"],
    "carried_over": ["1", "", "", "", "", "", "1"],
    "granted": ["3", "", "", "", "1", "", ""],        # blank sub-row total (Shanghai style)
    "partial": ["1", "", "", "", "", "", ""],
    "unavailable.not_held": ["1", "", "", "", "1", "", ""],
    "total": ["5", "", "", "", "2", "", "7"],
    "carried_forward": ["1", "", "", "", "", "", "1"],
})
BLANKS = {
    "name": "blanks",
    "active_template": "2021",
    "active": {
        "regulations": ["/", "/", "/"],
        "normative_documents": ["3", "", "15"],
        "licensing": ["—"],
        "punishment": ["0"],
        "coercion": [""],
        "fees": ["0.00"],
    },
    "applications_template": "2021",
    "applications": _BLANK_ROWS,
    "review": ["0", "", "", "", "0", "-", "-", "-", "-", "-", "", "", "", "", ""],
}

VALUE_SETS = {s["name"]: s for s in (SEED, DISTINCT, HONGZE23, TPL2019, BLANKS)}

# --------------------------------------------------------------------------- real PDFs
# Read off the rendered pages of ../shared/corpora/real/*.pdf (pypdfium2 at 1.4x) and
# checked cell by cell; used as the expected values when those PDFs are available.


def _natural_only(rows: dict[str, int], order: tuple[str, ...]) -> dict[str, list[str]]:
    """Tables where only natural persons applied: natural = total, other columns 0."""
    return {k: _s([rows.get(k, 0), 0, 0, 0, 0, 0, rows.get(k, 0)]) for k in order}


HONGZE24 = {
    "name": "hongze24",
    "active_template": "2021",
    "active": {
        "regulations": ["0", "0", "0"],
        "normative_documents": ["3", "0", "8"],
        "licensing": ["9487"],
        "punishment": ["2776"],
        "coercion": ["84"],
        "fees": ["7545"],
    },
    "applications_template": "2019",
    "applications": _natural_only({
        "new": 95, "granted": 50, "partial": 9, "denied.three_safety_one_stability": 1,
        "denied.process_info": 1, "denied.enforcement_file": 1, "unavailable.not_held": 31,
        "unavailable.needs_creation": 1, "not_processed.petition": 1, "total": 95}, rows_2019()),
    "review": _s([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]),
}

HUAIAN24 = {
    "name": "huaian24",
    "active_template": "2021",
    "active": {
        "regulations": ["1", "0", "11"],
        "normative_documents": ["8", "26", "66"],
        "licensing": ["447228"],
        "punishment": ["3985758"],
        "coercion": ["88283"],
        "fees": ["96171.6"],
    },
    "applications_template": "2021",
    "applications": {
        "new": _s([3001, 53, 0, 0, 61, 4, 3119]),
        "carried_over": _s([34, 0, 0, 0, 0, 0, 34]),
        "granted": _s([1288, 21, 0, 0, 50, 3, 1362]),
        "partial": _s([447, 7, 0, 0, 0, 0, 454]),
        "denied.state_secret": _s([2, 0, 0, 0, 0, 0, 2]),
        "denied.law_forbidden": _s([30, 1, 0, 0, 0, 0, 31]),
        "denied.three_safety_one_stability": _s([5, 0, 0, 0, 0, 0, 5]),
        "denied.third_party": _s([6, 0, 0, 0, 0, 0, 6]),
        "denied.internal_affairs": _s([7, 1, 0, 0, 0, 0, 8]),
        "denied.process_info": _s([12, 0, 0, 0, 0, 0, 12]),
        "denied.enforcement_file": _s([9, 0, 0, 0, 0, 0, 9]),
        "denied.admin_query": _s([105, 0, 0, 0, 0, 0, 105]),
        "unavailable.not_held": _s([746, 12, 0, 0, 10, 1, 769]),
        "unavailable.needs_creation": _s([11, 0, 0, 0, 0, 0, 11]),
        "unavailable.unclear": _s([1, 0, 0, 0, 0, 0, 1]),
        "not_processed.petition": _s([56, 6, 0, 0, 0, 0, 62]),
        "not_processed.repeat": _s([25, 0, 0, 0, 0, 0, 25]),
        "not_processed.publication": _s([0, 0, 0, 0, 0, 0, 0]),
        "not_processed.massive": _s([0, 0, 0, 0, 0, 0, 0]),
        "not_processed.confirm": _s([1, 0, 0, 0, 0, 0, 1]),
        "other.no_correction": _s([67, 3, 0, 0, 1, 0, 71]),
        "other.no_fee": _s([6, 0, 0, 0, 0, 0, 6]),
        "other.other": _s([108, 2, 0, 0, 0, 0, 110]),
        "total": _s([2932, 53, 0, 0, 61, 4, 3050]),
        "carried_forward": _s([103, 0, 0, 0, 0, 0, 103]),
    },
    "review": _s([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]),
}

#: real PDF file name -> its verified value set
REAL_PDFS = {
    "hongze-district-2023.pdf": HONGZE23,
    "hongze-district-2024.pdf": HONGZE24,
    "huaian-city-government-2024.pdf": HUAIAN24,
}
