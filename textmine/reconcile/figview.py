"""How the rules read a narrative :class:`~textmine.figures.model.Figure`.

The figure extractor owns the record; this module is the one place that knows which of its
fields the rules use (qualifier, breakdown links, the exhaustive flag, change-vs-count,
includes-carried-over), so a change there is a change here only. Fields the extractor does
not provide read as "not stated" and rules fall back to the safe reading."""
from __future__ import annotations

import math
from dataclasses import dataclass

import regex

from ..figures.vocabulary import METRICS

#: count units an application / case / document figure may be written in
COUNT_UNITS = frozenset({None, "件", "份", "条", "件次", "宗", "个", "项", "次", "部", "篇"})
MONEY_UNITS = frozenset({"元", "万元", "亿元"})
#: the six ways an application ends, as the extractor names them (table 三's outcome rows)
APPLICATION_OUTCOMES = frozenset({"applications_granted", "applications_partial", "applications_denied",
                                  "applications_unavailable", "applications_not_processed", "applications_other"})

_NUMBER = regex.compile(r"(?P<num>\d+(?:\.(?P<dec>\d+))?)\s*(?P<mag>万|亿)?")


def family(fig) -> str | None:
    """The family of a figure's metric (applications, items, …; None for a metric the vocabulary lacks)."""
    info = METRICS.get(fig.metric)
    return info.family if info is not None else None


def is_change(fig) -> bool:
    """Not an amount: a year-on-year change (同比增加5件), a rate (办结率100%) or a share
    (占52.6%). Only ``kind == "count"`` figures are comparable with table cells."""
    kind = getattr(fig, "kind", "count")
    return kind not in (None, "count")


#: periods whose figures are not this year's amount (a running total, a daily average)
NON_ANNUAL = frozenset({"cumulative", "daily_average"})


def comparable(fig) -> bool:
    """A count for the reporting period (or a stock at its end), fit for a table twin."""
    return not is_change(fig) and getattr(fig, "period", "annual") not in NON_ANNUAL


def includes_carried_over(fig) -> bool:
    """``共收到…N件（含上年结转M件）``: the figure counts new + carried-over applications."""
    return bool(getattr(fig, "includes_carried_over", False))


def last_digit(fig) -> tuple[int, float]:
    """How many decimals a rate or share is written with, and what it may be off by: one unit of its last written
    digit (rounding or truncation)."""
    written = f"{fig.value}"
    decimals = len(written.split(".")[1]) if "." in written else 0
    return decimals, 10 ** -decimals


def qualifier(fig) -> str | None:
    return getattr(fig, "qualifier", None)


def rounding_step(fig) -> float:
    """Half-width of the rounding the written form implies: ``20.9万`` is 209000 ± 500,
    ``3万`` is 30000 ± 5000; a plain integer is exact (0)."""
    text = getattr(fig, "text", "") or ""
    best = 0.0
    for m in _NUMBER.finditer(text):
        mag = m.group("mag")
        if not mag:
            continue
        try:
            literal = float(m.group("num"))
        except ValueError:
            continue
        scale = 10_000 if mag == "万" else 100_000_000
        decimals = len(m.group("dec") or "")
        if math.isclose(literal * scale, float(fig.value), rel_tol=1e-9, abs_tol=1e-6):
            best = max(best, 0.5 * scale / (10 ** decimals))
        elif math.isclose(literal, float(fig.value), rel_tol=1e-9, abs_tol=1e-9):
            best = max(best, 0.5 / (10 ** decimals))  # value kept in 万 (unit 万元)
    return best


@dataclass(frozen=True)
class Range:
    """What a stated figure allows the true value to be: ``low <= x <= high``."""

    low: float
    high: float
    exact: bool
    note: str = ""

    def contains(self, x: float) -> bool:
        return self.low - 1e-9 <= x <= self.high + 1e-9

    @property
    def tolerance(self) -> float:
        return (self.high - self.low) / 2


def allowed_range(fig) -> Range:
    """The interval a qualified figure claims. 约/近/左右: ±10%; 余/多/超过/以上: from the
    value up to the next step of its last significant digit (8000余 -> 8000..9000), at least
    +10% (5500余 -> 5500..6050: writers round; the annotated real FAILs put 642余 under 750 and
    8000余 under 9100); 不足/以下: up to 20% below. 万-rounding widens every interval."""
    v = float(fig.value)
    step = rounding_step(fig)
    q = qualifier(fig)
    if q == "approx":
        spread = max(abs(v) * 0.10, step)
        return Range(v - spread, v + spread, False, "“约/近/左右”按±10%容差")
    if q == "more_than":
        upper = max(_next_step(v), v * 1.1) + step
        return Range(v - step, upper, False, "“余/多/超过”表示不少于所述数值")
    if q == "less_than":
        return Range(v * 0.8 - step, v + step, False, "“不足/以下”表示不多于所述数值")
    if q == "range":
        high = getattr(fig, "value_high", None)
        high = float(high) if high is not None else v
        return Range(min(v, high) - step, max(v, high) + step, False, "所述为数值范围")
    if step:
        return Range(v - step, v + step, False, "按“万/亿”写法的四舍五入容差")
    return Range(v, v, True)


def money_scale(fig) -> int:
    """Factor turning a money figure into 元: 1 when ``value`` is already in 元 (the
    contract's plain number), 10000 / 10^8 when the extractor kept ``12.6`` with unit 万元 /
    亿元 (the literal before 万 equals the value)."""
    unit = getattr(fig, "unit", None)
    scale = {"万元": 10_000, "亿元": 100_000_000}.get(unit or "", 1)
    if scale == 1:
        return 1
    text = getattr(fig, "text", "") or ""
    for m in _NUMBER.finditer(text):
        try:
            literal = float(m.group("num"))
        except ValueError:
            continue
        if math.isclose(literal, float(fig.value), rel_tol=1e-9, abs_tol=1e-9):
            return scale
    return 1


def scaled(rng: "Range", factor: float) -> "Range":
    if factor == 1:
        return rng
    return Range(rng.low * factor, rng.high * factor, rng.exact, rng.note)


def _next_step(v: float) -> float:
    """5500 -> 5600, 300 -> 400, 15 -> 16, 3 -> 4."""
    if v <= 0:
        return v
    iv = int(v)
    if iv != v:
        return v + 1
    zeros = 0
    while iv and iv % 10 == 0:
        iv //= 10
        zeros += 1
    return v + 10 ** zeros


def by_index(figures) -> dict:
    """``{index: figure}`` of the extractor's figures (for :func:`parts_of`)."""
    return {getattr(f, "index", i): f for i, f in enumerate(figures)}


def parts_of(fig, figures, indexed: dict | None = None) -> tuple:
    """The figures the extractor linked to ``fig`` as its breakdown parts (``parts`` holds
    their ``index`` values: positions in the tuple the extractor returned). ``indexed``:
    :func:`by_index` of ``figures``, when already made (a caller asking for every figure's
    parts would otherwise index them all again for each)."""
    wanted = tuple(getattr(fig, "parts", ()) or ())
    if not wanted:
        return ()
    if indexed is None:
        indexed = by_index(figures)
    return tuple(indexed[i] for i in wanted if i in indexed)


def is_exhaustive(fig) -> bool | None:
    """Whether the breakdown of ``fig`` claims to list every part (None: not stated)."""
    value = getattr(fig, "exhaustive", None)
    return value if isinstance(value, bool) else None


def part_label(fig, figures) -> str | None:
    """Why ``fig`` counts only part of its metric, or None when it counts the whole.

    The extractor says so in two ways (see :mod:`textmine.figures.model`): a ``category``
    (自然人申请 41 件 is applications_received, category 自然人; 网上申请 41 件 by channel;
    含新制定 2 件 under 公开规章 3 件), or a ``parent`` total of the same metric when no label
    was written (发布信息 500 条,其中网站 320 条). The category is returned; ``""`` for an
    unlabelled part. A part of another metric's total (予以公开 28 件 under 办结 63 件) counts
    the whole of its own metric: None."""
    category = getattr(fig, "category", None)
    if category:
        return category
    parent = getattr(fig, "parent", None)
    if parent is None:
        return None
    total = next((f for f in figures if getattr(f, "index", None) == parent), None)
    if total is not None and total.metric == fig.metric:
        return ""
    return None
