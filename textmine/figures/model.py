"""A figure stated in the narrative: what was counted, how many, how sure, where it was said.

Consumers (the reconciler, the frames, the HTML page) rely on these fields; their names and
meanings are stable. Read this before comparing figures with tables.

Identity and position
    ``index``      position of the figure in the tuple :func:`extract_figures` returned
                   (figures are sorted by ``value_start``); ``parent`` / ``parts`` refer to it.
    ``start/end``  span of the whole statement in ``Document.text`` (normalised text),
                   usually from the metric's wording to the unit: ``受理政府信息公开申请 8 件``.
    ``value_start/value_end``  span of the number itself with its qualifier and unit
                   (``5500 余条``); this is what the evaluation matches on.
    ``text``       ``Document.text[start:end]``.
    ``section``    key of the section the figure sits in (``overview``, ``other`` ...), or
                   None when the text has no recognised sections.

Meaning
    ``metric``     a name from ``shared/docs/contract.md`` (extended; see
                   :data:`textmine.figures.vocabulary.METRICS` for the full list).
    ``kind``       ``"count"``  an amount: a number of items, cases, visits, people, yuan.
                   ``"rate"``   a percentage that is itself the metric (办结率 100%).
                   ``"share"``  a percentage of a total (``占 52.6%``); ``parent`` is the
                                figure it is a share of when that figure was found.
                   ``"change"`` a difference against an earlier period (同比增长 12%,
                                较去年减少 5 件, 提升 2 个百分点); ``metric`` names what changed,
                                ``direction`` says which way. NEVER add a change to a count.
                   Only ``kind == "count"`` figures are amounts comparable with table cells.
    ``value``      always a plain number, magnitudes folded in: 20.9万 -> 209000, 八 -> 8,
                   1.2亿 -> 120000000, 0.5万元 -> 5000 (unit ``元``). ``int`` when whole.
                   Changes are stored as the stated magnitude (non-negative); see
                   ``direction`` and :attr:`signed_value`.
    ``value_high`` upper bound when a range was stated (``3-5 次``: value 3, value_high 5),
                   else None.
    ``unit``       the unit as written after the number, magnitudes removed (条, 件, 次,
                   人次, 元, %, 个百分点 ...); None when the report left it out
                   (``部分公开67,占4.61%``).
    ``qualifier``  None for an exact figure; ``"approx"`` (约/近/左右/大约), ``"more_than"``
                   (余/多/超过/以上/突破/逾), ``"less_than"`` (不足/以下/不到/以内),
                   ``"range"`` (a stated range; see ``value_high``).
    ``direction``  for changes: ``"up"`` / ``"down"`` / ``"flat"``; None otherwise.
    ``channel``    where items were published: ``website``, ``wechat``, ``weibo``,
                   ``douyin``, ``toutiao``, ``app``, ``gazette``, ``board``, ``other``; None
                   when not stated (only set for publication-type metrics).
    ``category``   a label as written that narrows the metric: information category
                   (``概况类``, ``政务动态``), an application channel (``网上申请``), an
                   applicant type (``自然人``), a role (``主办``) ...; None when none.
                   A figure with a category counts a SUBSET of its metric (自然人申请 41 件
                   is applications_received, category 自然人), and so does a part whose
                   ``parent`` has the same metric: compare it only with the table's cells for
                   that part (自然人 -> the natural_person column), never with a whole-table
                   cell (see ``Twin.parts`` in :mod:`textmine.reconcile.narrative`).
    ``period``     ``"annual"`` (the report year, the default), ``"cumulative"`` (历年累计,
                   建站以来 ...: a running total over several years), ``"daily_average"``
                   (日均), ``"as_of"`` (a stock at a date: 现有/在运维 账号 N 个; 现行有效
                   counts are always as_of).

Breakdowns (a total and its parts)
    ``parent``     index of the total this figure is a part of (其中/包括/包含/分别为/含,
                   or an implicit breakdown after ``总数``/``共``), else None.
    ``parts``      indexes of this figure's parts, in text order; ``()`` when none. Parts
                   can have parts (nested breakdowns).
    ``exhaustive`` for a figure with parts: True when the list claims to be complete (two
                   or more parts and no ``等``/``主要``/``如``), False when it says it is a
                   selection (``等``, a single ``其中`` part, ``主要有``); None for figures
                   without parts. A checker may require ``sum(parts) == value`` only when
                   True (and qualifiers are None); otherwise only ``sum(parts) <= value``.
    ``includes_carried_over``  True on an applications total whose parts include the
                   previous year's carried-over applications (``共收到申请 N 件（含上年结转
                   M 件）``): compare it with new + carried_over, not with new alone. The
                   carried-over figure is one of its ``parts`` with metric
                   ``applications_carried_over``.

Relation to the tables
    ``restates_table``  table key (``active_disclosure``, ``applications``,
                   ``review_litigation``) when the figure states something the standard
                   tables also hold (field guide §2.1 item 12: 一 repeating table 二 in
                   prose). The figure is still reported — the reconciler compares it with
                   the cell — but it is the same fact as the cell: never add it to the table
                   value or count it twice in totals.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..fastinit import quick_init
from typing import Any

KINDS = ("count", "rate", "share", "change")
QUALIFIERS = ("approx", "more_than", "less_than", "range")
CHANNELS = ("website", "wechat", "weibo", "douyin", "toutiao", "app", "gazette", "board", "other")
PERIODS = ("annual", "cumulative", "daily_average", "as_of")
DIRECTIONS = ("up", "down", "flat")


@quick_init
@dataclass(frozen=True, slots=True)
class Figure:
    metric: str
    value: int | float
    unit: str | None
    start: int
    end: int
    text: str
    qualifier: str | None = None
    channel: str | None = None
    category: str | None = None
    section: str | None = None
    kind: str = "count"
    index: int = -1
    value_start: int = -1
    value_end: int = -1
    value_high: int | float | None = None
    direction: str | None = None
    period: str = "annual"
    parent: int | None = None
    parts: tuple[int, ...] = ()
    exhaustive: bool | None = None
    includes_carried_over: bool = False
    restates_table: str | None = None

    @property
    def is_count(self) -> bool:
        """True for an amount (not a rate, share or change)."""
        return self.kind == "count"

    @property
    def signed_value(self) -> int | float:
        """``value`` with the sign of ``direction`` (negative for a decrease)."""
        return -self.value if self.direction == "down" else self.value

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "value": self.value, "unit": self.unit,
                "qualifier": self.qualifier, "channel": self.channel, "category": self.category,
                "section": self.section, "start": self.start, "end": self.end, "text": self.text,
                "kind": self.kind, "index": self.index,
                "value_start": self.value_start, "value_end": self.value_end,
                "value_high": self.value_high, "direction": self.direction, "period": self.period,
                "parent": self.parent, "parts": list(self.parts), "exhaustive": self.exhaustive,
                "includes_carried_over": self.includes_carried_over,
                "restates_table": self.restates_table}
