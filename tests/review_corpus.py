"""A small batch to review, shared by the review tests: generated reports in two renderings,
two with a wrong number planted (a table 三 cell; a published-items figure), one whose title
and text carry markup, and one file that cannot be read; plus the helpers that correct a
planted number, or change it to another wrong one, and run the batch again."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import textmine
from corpora.generator import generate_report
from corpora.injection import injected_corpus

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
#: the injected cases used (seeds of corpora.injection, see test_review_store for what they fail)
CELL_CASE = "000104_city_department_2021_tsv.txt"  # table 三 商业企业 total 11 -> 14: identity FAILs
FIGURE_CASE = "000102_township_2021_tsv.txt"  # 主动公开 items 38 -> 43: breakdown.sum FAIL


@dataclass
class ReviewCorpus:
    inputs: Path
    out: Path
    planted: dict  # file name -> the injected case

    def batch(self):
        return run_batch(self.inputs, self.out)

    def rerun_corrected(self, name: str, out: Path) -> None:
        """Audit the planted file with its number put right into the results ``out`` (a copy
        of this batch's), leaving the planted file as it was for the other tests."""
        self.rewrite(name, str(self.planted[name].injection.old))
        try:
            run_batch(self.inputs, out)
        finally:
            (self.inputs / name).write_text(self.planted[name].text, encoding="utf-8")

    def rewrite(self, name: str, value: str) -> Path:
        """Write the planted file again with ``value`` where the planted number was."""
        case = self.planted[name]
        start, end = case.injection.start, case.injection.end
        path = self.inputs / name
        path.write_text(case.text[:start] + value + case.text[end:], encoding="utf-8")
        return path


def run_batch(inputs: Path, out: Path):
    return textmine.batch([str(inputs)], executor=ThreadPoolExecutor(2), out=str(out), progress=False)


def hostile_text() -> str:
    text = generate_report(3, rendering="tsv", template="2021").text
    return text.replace("桃河市教育局", "桃河市教育局" + HOSTILE, 1).replace("各项工作有序开展。",
                                                                      "各项工作有序开展。" + HOSTILE, 1)


def make_corpus(root: Path) -> ReviewCorpus:
    inputs = root / "reports"
    inputs.mkdir(parents=True)
    for seed in range(4):
        generate_report(seed, rendering=("tsv", "pipe")[seed % 2], template="2021").write(inputs)
    planted = {}
    for case in injected_corpus(5, seed=100):
        if case.name in (CELL_CASE, FIGURE_CASE):
            (inputs / case.name).write_text(case.text, encoding="utf-8")
            planted[case.name] = case
    assert set(planted) == {CELL_CASE, FIGURE_CASE}
    (inputs / "hostile.txt").write_text(hostile_text(), encoding="utf-8")
    (inputs / "recipe.txt").write_text("番茄炒蛋：鸡蛋两个，番茄一个，盐少许。\n先炒蛋，再炒番茄。\n", encoding="utf-8")
    corpus = ReviewCorpus(inputs, root / "results", planted)
    corpus.batch()
    return corpus

