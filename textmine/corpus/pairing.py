"""Year pairs: each report with the same agency's report of the year before, by the agency
identity's normalised name (:func:`textmine.agency.name_key`: 简称 and 全称 meet, places above
the agency's own must not contradict), then by a former name the text states (原…更名为…),
then a government's report against its office's (人民政府 vs 人民政府办公室). Reports that
cannot be paired are listed with why, on both sides.

    pair_years(this, previous) -> list[Pairing]

The ways of matching are tried in the order of :data:`MATCHES`; a way that finds several
reports of last year for one report pairs none of them (the candidates are named instead).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from ..agency.identify import former_keys
from ..agency.model import AgencyIdentity
from ..agency.names import government_key, outer_places, same_places


@dataclass(frozen=True)
class YearEntry:
    """One report as pairing sees it."""

    source: str
    year: int | None
    identity: Mapping[str, Any]  # AgencyIdentity.to_dict()
    report_id: str | None = None

    @property
    def key(self) -> str | None:
        return self.identity.get("key")

    @property
    def placed(self) -> bool:
        """The key names a place (a key like ``|教育局`` pairs only when it is unique)."""
        return bool(self.key) and not self.key.startswith("|")

    @property
    def outer(self) -> tuple[str, ...]:
        return outer_places(self.identity.get("name"))

    def former(self) -> tuple[str, ...]:
        names = tuple(self.identity.get("former_names") or ())
        return former_keys(AgencyIdentity(key=self.key, former_names=names)) if names else ()


@dataclass(frozen=True)
class Pairing:
    """A report of this year and its agency's report of last year (``previous``), or one of
    them alone with ``why`` it has no partner."""

    this: YearEntry | None
    previous: YearEntry | None
    how: str | None = None  # same_name | former_name | government_office | unique_name
    why: str | None = None

    @property
    def paired(self) -> bool:
        return self.this is not None and self.previous is not None


def _same_name(this: YearEntry, last: YearEntry) -> bool:
    return this.placed and this.key == last.key


def _former_name(this: YearEntry, last: YearEntry) -> bool:
    return bool(last.key) and last.key in this.former()


def _government_office(this: YearEntry, last: YearEntry) -> bool:
    return this.placed and last.placed and (government_key(this.key) == last.key
                                            or government_key(last.key) == this.key)


#: the ways two reports are taken to be one agency's, tried in this order
MATCHES: tuple[tuple[str, Callable[[YearEntry, YearEntry], bool]], ...] = (
    ("same_name", _same_name),
    ("former_name", _former_name),
    ("government_office", _government_office),
)


def _names(entries: Sequence[YearEntry]) -> str:
    return "、".join(e.source for e in entries[:3]) + ("等" if len(entries) > 3 else "")


def pair_years(this: Sequence[YearEntry], previous: Sequence[YearEntry]) -> list[Pairing]:
    """Pairings of every report of ``this`` and ``previous`` (see the module docstring), in
    source order: this year's reports, then last year's left alone."""
    this = sorted(this, key=lambda e: e.source)
    previous = sorted(previous, key=lambda e: e.source)
    by_key: dict[str, list[YearEntry]] = {}
    for entry in previous:
        if entry.key:
            by_key.setdefault(entry.key, []).append(entry)
    unique_bare = {k for k, v in by_key.items() if len(v) == 1 and k.startswith("|")}
    this_bare = {}
    for entry in this:
        if entry.key and not entry.placed:
            this_bare[entry.key] = this_bare.get(entry.key, 0) + 1
    taken: dict[str, YearEntry] = {}  # last year's source -> this year's report it pairs with
    out: list[Pairing] = []
    for entry in this:
        out.append(_pair_one(entry, previous, by_key, unique_bare, this_bare, taken))
    for entry in previous:
        if entry.source not in taken:
            why = ("未能识别机关名称" if not entry.key else
                   f"本年报告中没有{entry.identity.get('name') or entry.key}的报告")
            out.append(Pairing(None, entry, why=why))
    return out


def _pair_one(entry: YearEntry, previous: Sequence[YearEntry], by_key, unique_bare, this_bare,
              taken: dict[str, YearEntry]) -> Pairing:
    if not entry.key:
        return Pairing(entry, None, why="未能识别机关名称，无法配对")
    wrong_year: list[YearEntry] = []
    for how, match in MATCHES:
        found = [p for p in previous if match(entry, p) and same_places(entry.outer, p.outer)]
        if not found:
            continue
        right = [p for p in found if entry.year is None or p.year is None or p.year == entry.year - 1]
        wrong_year.extend(p for p in found if p not in right)
        if len(right) > 1:
            return Pairing(entry, None, why=f"上年有{len(right)}份可能属于同一机关的报告（{_names(right)}），无法确定")
        if right:
            return _claim(entry, right[0], how, taken)
    if not entry.placed and entry.key in unique_bare and this_bare.get(entry.key) == 1:
        last = by_key[entry.key][0]
        if entry.year is None or last.year is None or last.year == entry.year - 1:
            return _claim(entry, last, "unique_name", taken)
    if wrong_year:
        years = "、".join(sorted({str(p.year) for p in wrong_year}))
        return Pairing(entry, None, why=f"同一机关的其他报告年度为{years}，不是{entry.year - 1}年")
    if not entry.placed:
        return Pairing(entry, None, why=f"机关名称“{entry.identity.get('name')}”不含地名，且不唯一，无法可靠配对")
    return Pairing(entry, None, why=f"上年报告中没有{entry.identity.get('name')}的报告")


def _claim(entry: YearEntry, last: YearEntry, how: str, taken: dict[str, YearEntry]) -> Pairing:
    if last.source in taken:
        return Pairing(entry, None, why=f"上年报告{last.source}已与{taken[last.source].source}配对"
                                        f"（本年有两份同一机关的报告）")
    taken[last.source] = entry
    return Pairing(entry, last, how=how)


def cross_year_findings(report, previous) -> tuple:
    """The cross-year checks between an audited report and its agency's previous one: the
    reconciler's cross-year rules and section 五's follow-through, as ``textmine compare``
    runs them."""
    from ..commands.compare import OTHER_CROSS_YEAR_RULES
    from ..problems import analyse_sentences
    from ..reconcile import cross_year

    findings = tuple(cross_year(report, previous))
    analysis = analyse_sentences(report.document, report.sections, previous=previous)
    return findings + tuple(f for f in analysis.findings if f.rule in OTHER_CROSS_YEAR_RULES)


__all__ = ["YearEntry", "Pairing", "pair_years", "cross_year_findings", "MATCHES"]
