"""Two years of generated reports for year pairing and corpus checks.

    write_years(directory, n_agencies=40, seed=0) -> (directory/2023, directory/2024)

Each agency (names drawn as the generator draws them, each name once) writes a report in both
years, except: every :data:`RENAMED_EVERY`-th is renamed in the later year and says so in its
一 (原…更名为…), every :data:`NEW_EVERY`-th has no report the year before, every
:data:`GONE_EVERY`-th none the year after; and every :data:`COPY_EVERY`-th later report
copies another agency's report of that year (:mod:`corpora.generator.copies`, modes in
turn). ``years.jsonl`` records each report: file, year, agency, former name, copied from.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from . import LEVELS, _agency, _place, generate_report
from .copies import COPY_MODES

RENAMED_EVERY = 9
NEW_EVERY = 11
GONE_EVERY = 13
COPY_EVERY = 7
#: what a renamed agency was called: its name with the department word of the year before
RENAMES = (("卫生健康局", "卫生和计划生育局"), ("市场监督管理局", "工商行政管理局"), ("生态环境局", "环境保护局"),
           ("自然资源和规划局", "国土资源局"), ("医疗保障局", "人力资源和社会保障局"))


def _renamed(i: int) -> bool:
    return i % RENAMED_EVERY == RENAMED_EVERY - 1


def _names(n: int, seed: int) -> list[tuple[str, dict]]:
    """Each agency's level and names; the renamed ones are county bureaus whose department
    :data:`RENAMES` knows the old name of."""
    rng = random.Random(f"years:{seed}")
    out, seen = [], set()
    while len(out) < n:
        if _renamed(len(out)):
            new, _ = RENAMES[(len(out) // RENAMED_EVERY) % len(RENAMES)]
            place = _place(rng)
            level, names = "county_bureau", {"agency": f"{place}县{new}", "self": "我局", "short": f"{place}{new[:2]}"}
        else:
            level = rng.choice(LEVELS)
            names = _agency(rng, level)
        if names["agency"] not in seen:
            seen.add(names["agency"])
            out.append((level, names))
    return out


def _gone(i: int) -> bool:
    return i % GONE_EVERY == GONE_EVERY - 1


def _copies(i: int) -> bool:
    """(a renamed agency does not copy: its copied 一 would lose the sentence saying so)"""
    return i % COPY_EVERY == COPY_EVERY - 1 and not _gone(i) and not _renamed(i)


def write_years(directory, n_agencies: int = 40, *, seed: int = 0, first_year: int = 2023):
    directory = Path(directory)
    last, this = directory / str(first_year), directory / str(first_year + 1)
    records = []
    options = {"template": "2021", "tables_missing": False}
    agencies = _names(n_agencies, seed)
    later_seeds = [seed * 100000 + 2 * i + 1 for i in range(n_agencies)]
    later_options = [{"agency": names, "level": level, "year": first_year + 1, **options} for level, names in agencies]
    copies = 0
    for i, (level, names) in enumerate(agencies):
        earlier_names, former = names, None
        if _renamed(i):
            new, old = next((n, o) for n, o in RENAMES if names["agency"].endswith(n))
            former = names["agency"][: -len(new)] + old
            earlier_names = {**names, "agency": former, "short": names["short"][:-2] + old[:2]}
        copy_of = None
        if _copies(i):
            donor = (i + n_agencies // 2) % n_agencies
            while _gone(donor) or _copies(donor) or donor == i:  # a donor with a report of its own, no copy
                donor = (donor + 1) % n_agencies
            copy_of = (later_seeds[donor], list(COPY_MODES)[copies % len(COPY_MODES)], later_options[donor])
            copies += 1
        if i % NEW_EVERY != NEW_EVERY - 1:
            report = generate_report(seed * 100000 + 2 * i, agency=earlier_names, level=level, year=first_year, **options)
            report.write(last)
            records.append({"file": f"{last.name}/{report.name}", "year": first_year, "agency": earlier_names["agency"]})
        if not _gone(i):
            report = generate_report(later_seeds[i], agency=names, level=level, year=first_year + 1,
                                     former_name=former, copy_of=copy_of, **options)
            report.write(this)
            records.append({"file": f"{this.name}/{report.name}", "year": first_year + 1, "agency": names["agency"],
                            "former_name": former, "copied_from": report.truth.get("copied_from")})
    with open(directory / "years.jsonl", "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return this, last


__all__ = ["write_years", "RENAMED_EVERY", "NEW_EVERY", "GONE_EVERY", "COPY_EVERY"]
