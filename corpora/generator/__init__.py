"""Generated 政府信息公开工作年度报告 with ground truth, for tests and benchmarks.

    >>> from corpora.generator import generate_report, generate_corpus
    >>> report = generate_report(7)                      # deterministic: same seed, same bytes
    >>> report.format, report.rendering, report.truth["agency"]
    >>> report.truth["tables"]["applications"]["new"]["total"]
    >>> [f for f in report.truth["figures"] if f["metric"] == "applications_received"]
    >>> report.write("/tmp/corpus")                       # -> /tmp/corpus/000007_....txt

Options of :func:`generate_report` (each drawn from the seed when not given):

- ``level``: township | county_bureau | district_government | city_department | province
- ``template``: 2021 | 2019 | pre-2019 (table layouts and section outline)
- ``rendering``: tsv | pipe | cells (plain text), html (page with chrome), docx, pdf (only
  when asked for: not in the default mix)
- ``year``; ``plant`` (True: one narrative figure disagrees with its table, recorded in
  ``truth["planted"]``); ``tables_missing`` (True: 二三四 have no tables, as when they
  were images).

``truth`` holds: agency, level, year, template, rendering, format, encoding, title, sections
(keys in order), tables (``{table: {row: {column: value}}}``, contract keys), cells (one
record per cell with status value / blank / not_applicable and the raw text), figures
(metric, value, unit, qualifier, channel, category, section, text; ``part_of`` links a
breakdown part to its total, ``exhaustive`` marks a total whose parts add up to it), sentences
of section 五 (text, label problem|measure, topics, specific), planted disagreements, and for
HTML the ``script_marker`` that must never appear in extracted text.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from . import material as M
from .narrative import Prose, Voice, other_matters, overview, problems
from .pdf import pdf_document
from .render import (RENDERINGS, SCRIPT_MARKER, TEXT_RENDERINGS, docx_document, fold_punctuation,
                     html_document, text_document)
from .tables import (Cell, Style, TableTruth, active_grid, active_values, application_values,
                     applications_grid, review_grid, review_values)

LEVELS = tuple(M.LEVEL_WEIGHTS)
TEMPLATES = ("2021", "2019", "pre-2019")
EXTENSIONS = {"txt": ".txt", "html": ".html", "docx": ".docx", "pdf": ".pdf"}

#: rendering -> how often it is drawn. PDFs only when asked for (``rendering="pdf"``): the
#: benchmarks' default mix stays what it was measured on (a zero weight at the end changes no
#: other draw, so every seed's report is the same as before PDFs were added)
RENDERING_WEIGHTS = {"tsv": 4, "pipe": 3, "cells": 2, "html": 3, "docx": 2, "pdf": 0}
TEMPLATE_WEIGHTS = {"2021": 14, "2019": 3, "pre-2019": 3}


@dataclass(frozen=True)
class GeneratedReport:
    seed: int
    name: str  # file name, e.g. 000007_county_bureau_2021_pipe.txt
    format: str  # txt | html | docx | pdf
    rendering: str
    data: bytes
    truth: dict

    @property
    def text(self) -> str | None:
        """The text as written (txt and html); None for docx and pdf."""
        if self.format in ("docx", "pdf"):
            return None
        return self.data.decode(self.truth["encoding"].replace("-sig", ""), errors="strict").lstrip("\ufeff")

    def write(self, directory: "str | Path") -> Path:
        path = Path(directory) / self.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.data)
        return path


def _pick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def _weighted(rng: random.Random, options) -> str:
    return rng.choices([t for _, t in options], [w for w, _ in options])[0]


def _place(rng: random.Random) -> str:
    return rng.choice(M.PLACE_HEADS) + rng.choice(M.PLACE_TAILS)


def _agency(rng: random.Random, level: str) -> dict:
    if level == "township":
        county, town, tail = _place(rng), _place(rng), rng.choice(M.TOWN_TAILS)
        if tail == "街道":
            return {"agency": f"{county}区{town}街道办事处", "self": "我街道", "short": f"{town}街道"}
        return {"agency": f"{county}县{town}{tail}人民政府", "self": f"我{tail}", "short": f"{town}{tail}"}
    if level == "county_bureau":
        county = _place(rng)
        dept, me = rng.choice(M.DEPARTMENTS)
        return {"agency": f"{county}县{dept}", "self": me, "short": f"{county}{dept[:2]}"}
    if level == "district_government":
        city, district = _place(rng), _place(rng)
        return {"agency": f"{city}市{district}区人民政府", "self": "我区", "short": f"{district}区"}
    if level == "city_department":
        city = _place(rng)
        dept, me = rng.choice(M.DEPARTMENTS)
        return {"agency": f"{city}市{dept}", "self": me, "short": f"{city}{dept[:2]}"}
    province = rng.choice(M.PROVINCES)
    dept, me = rng.choice(M.PROVINCE_DEPARTMENTS)
    return {"agency": f"{province}省{dept}", "self": me, "short": f"{province}{dept[:2]}"}


def _year(rng: random.Random, template: str) -> int:
    if template == "2021":
        return rng.randint(2021, 2024)
    if template == "2019":
        return rng.choice((2019, 2020, 2020, 2022, 2023)) if rng.random() < 0.2 else rng.choice((2019, 2020))
    return rng.randint(2012, 2018)


def _fold_grid(grid: list[list]) -> list[list]:
    return [[Cell(fold_punctuation(c.text), c.rowspan, c.colspan, c.key) if isinstance(c, Cell) else c
             for c in row] for row in grid]


@dataclass
class _Draft:
    """A report composed but not yet written: what rendering needs, and the random stream it
    continues with."""

    rng: random.Random
    level: str
    template: str
    rendering: str
    year: int
    plant: bool
    tables_missing: bool
    names: dict
    ctx: dict
    voice: Voice
    grids: dict
    truth_cells: TableTruth
    prose: Prose


def _compose(seed: int, *, level: str | None = None, template: str | None = None,
             rendering: str | None = None, year: int | None = None, plant: bool | None = None,
             tables_missing: bool | None = None, agency: dict | None = None,
             former_name: str | None = None) -> _Draft:
    rng = random.Random(f"textmine-generator:{seed}")
    level = level or _pick(rng, M.LEVEL_WEIGHTS)
    template = template or _pick(rng, TEMPLATE_WEIGHTS)
    rendering = rendering or _pick(rng, RENDERING_WEIGHTS)
    if level not in LEVELS or template not in TEMPLATES or rendering not in RENDERINGS:
        raise ValueError(f"unknown option: level={level!r} template={template!r} rendering={rendering!r}")
    year = year or _year(rng, template)
    plant = rng.random() < 0.15 if plant is None else plant
    tables_missing = (rng.random() < 0.04 if tables_missing is None else tables_missing) and template != "pre-2019"
    names = _agency(rng, level)
    if agency is not None:  # drawn all the same, so the rest of the report is the seed's
        names = {**names, **agency}
    ctx = {**names, "year": year, "next": year + 1, "level": level, "template": template, "plant": plant,
           "phone1": rng.randint(10, 999), "phone2": rng.randint(1000000, 9999999)}
    voice = Voice(spaced_numbers=rng.random() < 0.15, chinese_small=rng.random() < 0.2,
                  enumerate_with=rng.choice(("（一）", "（一）", "（一）", "一是", "1.")))
    style = Style(blank_zeros=rng.random() < 0.08, slash_regulations=level in ("township", "county_bureau")
                  and rng.random() < 0.1, split_headers=rng.random() < 0.2, signed_change=rng.random() < 0.5)

    truth_cells = TableTruth()
    values: dict = {}
    grids: dict = {}
    if template != "pre-2019":
        values = {"active_disclosure": active_values(rng, level, template),
                  "applications": application_values(rng, level, template),
                  "review_litigation": review_values(rng, level)}
        if not tables_missing:
            grids = {"active_disclosure": active_grid(values["active_disclosure"], template, truth_cells, style),
                     "applications": applications_grid(values["applications"], template, truth_cells, style),
                     "review_litigation": review_grid(values["review_litigation"], truth_cells, style)}

    prose = Prose()
    overview(rng, ctx, values, prose, voice)
    problems(rng, ctx, prose)
    other_matters(rng, ctx, prose, voice)
    if former_name:  # a renamed agency says so (机构改革后，原…更名为…)
        prose.paragraphs["overview"].insert(0, M.RENAMED_SENTENCE.format(former=former_name, **ctx))
    return _Draft(rng, level, template, rendering, year, plant, tables_missing, names, ctx, voice, grids,
                  truth_cells, prose)


def generate_report(seed: int, *, level: str | None = None, template: str | None = None,
                    rendering: str | None = None, year: int | None = None, plant: bool | None = None,
                    tables_missing: bool | None = None, agency: dict | None = None,
                    former_name: str | None = None, copy_of: "tuple | None" = None) -> GeneratedReport:
    """One report, a pure function of ``seed`` and the options (see the module doc).

    ``agency``: the agency's names to use instead of the seed's (``agency``, ``self``,
    ``short``: the same agency in two years); ``former_name``: a name the agency had, which
    its 一 says it was renamed from; ``copy_of``: ``(donor seed, mode)`` or ``(donor seed,
    mode, the donor's options)``, a report whose narrative is copied from the donor's
    (:mod:`corpora.generator.copies`)."""
    draft = _compose(seed, level=level, template=template, rendering=rendering, year=year, plant=plant,
                     tables_missing=tables_missing, agency=agency, former_name=former_name)
    rng, level, template, rendering, year = draft.rng, draft.level, draft.template, draft.rendering, draft.year
    names, ctx, prose, grids, tables_missing = draft.names, draft.ctx, draft.prose, draft.grids, draft.tables_missing
    truth_cells = draft.truth_cells
    copied = None
    if copy_of is not None:
        from .copies import plant_copy

        donor_seed, mode, *donor_options = copy_of
        donor = _compose(donor_seed, **(donor_options[0] if donor_options else {}))
        copied = plant_copy(prose, names, donor, mode, random.Random(f"copy:{seed}:{donor_seed}"))
        copied["seed"] = donor_seed

    headings = M.HEADINGS_2021 if template != "pre-2019" else M.HEADINGS_OLD
    sections = []
    for key, options in headings.items():
        heading = _weighted(rng, options)
        paragraphs = list(prose.paragraphs.get(key, ()))
        if key == "review_litigation" and template == "pre-2019":
            paragraphs = [f"{year}年度{ctx['self']}未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"]
        elif key == "fees":
            paragraphs = [f"{year}年度{ctx['self']}未收取政府信息公开相关费用，无减免情况。"]
        elif key in ("active_disclosure", "applications") and template == "pre-2019":
            paragraphs = [f"{ctx['self']}按照公开目录要求，通过门户网站和政务公开栏及时公开各类信息。"
                          if key == "active_disclosure" else
                          "申请均按规定时限答复，未发生逾期答复情况。"]
        sections.append([heading, paragraphs, grids.get(key)])

    title = _weighted(rng, M.TITLE_FORMS).format(agency=names["agency"], year=year)
    preamble = rng.choice(M.PREAMBLES).format(**ctx)
    figures, sentences = prose.figures, prose.sentences

    fmt = {"html": "html", "docx": "docx", "pdf": "pdf"}.get(rendering, "txt")
    encoding = "utf-8"
    fold = fmt == "txt" and rng.random() < 0.2
    if fold:  # a page whose full-width punctuation was already folded to ASCII
        title, preamble = fold_punctuation(title), fold_punctuation(preamble)
        sections = [[fold_punctuation(h), [fold_punctuation(p) for p in ps], _fold_grid(g) if g else g]
                    for h, ps, g in sections]
        figures = [{**f, "text": fold_punctuation(f["text"])} for f in figures]
        sentences = [{**s, "text": fold_punctuation(s["text"])} for s in sentences]
    doc = {"title": title, "preamble": preamble, "agency": names["agency"], "short": names["short"],
           "year": year, "sections": sections, "charset": "utf-8"}

    if fmt == "txt":
        text = text_document(doc, rendering, rng)
        if rng.random() < 0.1:
            text = text.replace("\n", "\r\n")
        encoding = _pick(rng, {"utf-8": 16, "gb18030": 3, "utf-8-sig": 1})
        data = text.encode(encoding)
    elif fmt == "html":
        encoding = "utf-8" if rng.random() < 0.85 else "gbk"
        doc["charset"] = "utf-8" if encoding == "utf-8" else "gb2312"
        data = html_document(doc, rng).encode(encoding, errors="xmlcharrefreplace")
    elif fmt == "pdf":
        data = pdf_document(doc, rng)
    else:
        data = docx_document(doc, rng)

    truth = {
        "seed": seed, "agency": names["agency"], "level": level, "year": year, "template": template,
        "rendering": rendering, "format": fmt, "encoding": encoding if fmt not in ("docx", "pdf") else None,
        "title": title, "sections": list(headings), "tables_missing": tables_missing,
        "tables": truth_cells.nested(), "cells": truth_cells.records(),
        "figures": figures, "sentences": sentences, "planted": prose.planted,
        "punctuation_folded": fold,
    }
    if copied is not None:
        truth["copied_from"] = copied
    if former_name:
        truth["former_name"] = former_name
    if fmt == "html":
        truth["script_marker"] = SCRIPT_MARKER
    name = f"{seed:06d}_{level}_{template}_{rendering}{EXTENSIONS[fmt]}"
    return GeneratedReport(seed=seed, name=name, format=fmt, rendering=rendering, data=data, truth=truth)


def generate_corpus(n: int, *, seed: int = 0, **options) -> Iterator[GeneratedReport]:
    """``n`` reports with seeds ``seed``, ``seed + 1``, ... (one at a time: memory stays flat)."""
    for i in range(n):
        yield generate_report(seed + i, **options)


def write_corpus(directory: "str | Path", n: int, *, seed: int = 0, truth: bool = True, **options) -> Path:
    """Write ``n`` reports into ``directory`` and, with ``truth``, ``truth.jsonl`` (one line
    per report, in seed order, keyed by file name)."""
    import json

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    truth_path = directory / "truth.jsonl"
    handle = open(truth_path, "w", encoding="utf-8") if truth else None
    try:
        for report in generate_corpus(n, seed=seed, **options):
            report.write(directory)
            if handle:
                handle.write(json.dumps({"file": report.name, **report.truth}, ensure_ascii=False,
                                        sort_keys=True) + "\n")
    finally:
        if handle:
            handle.close()
    return directory


__all__ = ["GeneratedReport", "generate_report", "generate_corpus", "write_corpus", "LEVELS", "TEMPLATES",
           "RENDERINGS", "TEXT_RENDERINGS", "SCRIPT_MARKER"]
