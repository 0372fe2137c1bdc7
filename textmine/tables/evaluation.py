"""``textmine eval tables``: read every case of the table rendering suite and count the cells
read back exactly (value and status), plus each table's template and rendering.

The suite lives in ``corpora/tables`` (written by ``corpora/tables/generate.py``): text cases
(``cases/*.txt``), grid cases as the HTML/DOCX/PDF readers hand them over
(``cases/*.grid.json``), the expected cells (``expected/*.json``) and, when the real PDFs are
available, ``real/<file>.pdf.json`` for ``../shared/corpora/real``.

A cell is correct when the parser gives the expected status and value (``"?"`` expects
``unknown``, ``"/"`` not-applicable, ``null`` blank). A cell the parser produced that the
case does not expect counts against it too (total = expected + spurious).
"""
from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import TextmineError
from ..model import Document

TABLE_KEYS = ("active_disclosure", "applications", "review_litigation")


def default_suite() -> Path:
    return Path(__file__).resolve().parents[2] / "corpora" / "tables"


def default_real_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "shared" / "corpora" / "real"


@dataclass
class CaseScore:
    name: str
    correct: int = 0
    total: int = 0
    labels_correct: int = 0
    labels_total: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class SuiteScore:
    cases: list[CaseScore] = field(default_factory=list)

    @property
    def correct(self) -> int:
        return sum(c.correct for c in self.cases)

    @property
    def total(self) -> int:
        return sum(c.total for c in self.cases)

    @property
    def labels_correct(self) -> int:
        return sum(c.labels_correct for c in self.cases)

    @property
    def labels_total(self) -> int:
        return sum(c.labels_total for c in self.cases)


def grid_document(recipe: dict, source: str) -> Document:
    """A Document as a container reader would build it from a grid recipe."""
    from ..readers.builder import CellSpec, DocumentBuilder

    builder = DocumentBuilder(source, "html")
    formats = set()
    for part in recipe["parts"]:
        if "text" in part:
            for para in part["text"].split("\n"):
                builder.add_paragraph(para)
        else:
            table = part["table"]
            formats.add(table["origin"])
            cells = [CellSpec(r, c, text, rs, cs) for r, c, text, rs, cs in table["cells"]]
            builder.add_table(cells, table["origin"])
    doc = builder.build()
    fmt = formats.pop() if len(formats) == 1 else "html"
    return Document(doc.source, fmt, doc.text, doc.encoding, doc.tables, doc.pages)


def load_case(path: Path) -> Document:
    from ..readers import load

    if path.name.endswith(".grid.json"):
        return grid_document(json.loads(path.read_text(encoding="utf-8")), str(path))
    return load(path)


def _matches(expected, cell) -> bool:
    if cell is None:
        return False
    if expected == "?":
        return cell.status == "unknown"
    if expected == "/":
        return cell.status == "not_applicable" and cell.value is None
    if expected is None:
        return cell.status == "blank" and cell.value is None
    return (cell.status == "value" and cell.value is not None
            and math.isclose(float(cell.value), float(expected), abs_tol=1e-9))


def _show(cell) -> str:
    if cell is None:
        return "absent"
    return {"value": str(cell.value), "blank": "blank", "not_applicable": "/", "unknown": "?"}.get(cell.status, cell.status)


def score_tables(name: str, tables: dict, expected: dict) -> CaseScore:
    score = CaseScore(name)
    for key in TABLE_KEYS:
        exp = expected["tables"][key]
        table = tables.get(key)
        for label in ("template", "rendering"):
            want = exp.get(label)
            if want is None:
                continue
            got = getattr(table, label, None)
            score.labels_total += 1
            if got == want:
                score.labels_correct += 1
            else:
                score.errors.append(f"{key}.{label}: expected {want}, got {got}")
        index = {(v.row, v.column): v for v in (table.values if table else ())}
        wanted = set()
        for row, cols in exp["cells"].items():
            for col, value in cols.items():
                wanted.add((row, col))
                cell = index.get((row, col))
                score.total += 1
                if _matches(value, cell):
                    score.correct += 1
                else:
                    score.errors.append(f"{key}/{row}/{col}: expected {value!r}, got {_show(cell)}"
                                        + (f" ({cell.note})" if cell is not None and cell.note else ""))
        for (row, col), cell in sorted(index.items()):
            if (row, col) not in wanted:
                score.total += 1
                score.errors.append(f"{key}/{row}/{col}: not expected, got {_show(cell)}")
    return score


def run_suite(suite: Path | None = None, real_dir: Path | None = None, names: list[str] | None = None) -> SuiteScore:
    from ..sections import split_sections
    from . import parse_tables

    suite = suite or default_suite()
    cases_dir, expected_dir = suite / "cases", suite / "expected"
    if not cases_dir.is_dir():
        raise TextmineError(str(suite), "no cases/ directory: run corpora/tables/generate.py")
    result = SuiteScore()
    for path in sorted(cases_dir.iterdir()):
        name = path.name.removesuffix(".grid.json").removesuffix(".txt").removesuffix(".html")
        if names and name not in names:
            continue
        exp_path = expected_dir / f"{name}.json"
        if not exp_path.exists():
            raise TextmineError(str(path), f"no expected cells ({exp_path.name})")
        doc = load_case(path)
        tables = parse_tables(doc, split_sections(doc))
        result.cases.append(score_tables(name, tables, json.loads(exp_path.read_text(encoding="utf-8"))))
    real_dir = real_dir if real_dir is not None else default_real_dir()
    real_expected = suite / "real"
    if real_dir.is_dir() and real_expected.is_dir():
        from ..readers import load

        for exp_path in sorted(real_expected.glob("*.pdf.json")):
            pdf = real_dir / exp_path.name.removesuffix(".json")
            name = f"real:{pdf.name}"
            if not pdf.exists() or (names and name not in names):
                continue
            try:
                doc = load(pdf)
            except TextmineError as exc:  # the PDF reader may not be installed yet
                score = CaseScore(name, errors=[f"cannot read: {exc}"])
                result.cases.append(score)
                continue
            tables = parse_tables(doc, split_sections(doc))
            result.cases.append(score_tables(name, tables, json.loads(exp_path.read_text(encoding="utf-8"))))
    return result


# --------------------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--suite", type=Path, default=None, help="suite directory (default corpora/tables)")
    parser.add_argument("--real", type=Path, default=None,
                        help="directory of the real PDFs (default ../shared/corpora/real; skipped if absent)")
    parser.add_argument("--case", action="append", default=None, help="only this case (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong cell")


def report(score: SuiteScore, verbose: bool = False) -> str:
    lines = []
    for case in score.cases:
        mark = "ok " if not case.errors else "ERR"
        lines.append(f"{mark} {case.name:40s} cells {case.correct}/{case.total}  "
                     f"labels {case.labels_correct}/{case.labels_total}")
        if verbose or case.errors:
            for err in case.errors[: (None if verbose else 5)]:
                lines.append(f"      {err}")
    pct = 100.0 * score.correct / score.total if score.total else 0.0
    lines.append(f"cells correct: {score.correct} / {score.total} ({pct:.2f}%) over {len(score.cases)} cases")
    lines.append(f"template/rendering labels correct: {score.labels_correct} / {score.labels_total}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    score = run_suite(args.suite, args.real, args.case)
    print(report(score, args.verbose))
    return 0 if score.correct == score.total and score.labels_correct == score.labels_total else 1
