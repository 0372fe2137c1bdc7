"""Per-stage cost of the audit, by rendering, against a bare jieba pass over the same texts.

    python benchmarks/stages.py --n 200 [--repeat 3] [--pdf 20] [--no-extra]

Generated reports (``corpora.generator.generate_report(seed)``, the generator's own mix of
renderings) are held in memory as bytes; each is read and taken through the pipeline's
stages one by one, each stage timed on its own. In the same run and process ``jieba.lcut``
is timed over each report's normalised text (what the audit reads), so the ratio (the
stages' sum)/jieba does not depend on the machine (issue 7 target: <= 2x). Every report is
timed once, as a batch sees it: pass ``k`` takes seeds ``k*n .. k*n+n-1``, none of which an
earlier pass or the warm-up (seeds of its own) has seen, so caches of per-text work do not
flatter it. Rows of their own, timed in the first pass only (``--no-extra`` leaves them out):
``gen-pdf``, ``--pdf`` generated reports in the PDF rendering (not in the default mix), and
with ``../shared`` present the seed report and the real PDFs (``real-pdf``). Every figure is
ms per report, the median over ``--repeat`` passes.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpora.generator import generate_report  # noqa: E402

from textmine.errors import TextmineError  # noqa: E402
from textmine.figures import extract_figures  # noqa: E402
from textmine.metadata import detect_metadata  # noqa: E402
from textmine.problems import analyse_sentences  # noqa: E402
from textmine.readers import read_bytes  # noqa: E402
from textmine.reconcile import reconcile  # noqa: E402
from textmine.sections import split_sections  # noqa: E402
from textmine.segment import tokenizer  # noqa: E402
from textmine.tables import parse_tables  # noqa: E402

STAGES = ("load", "split_sections", "parse_tables", "detect_metadata", "extract_figures",
          "analyse_sentences", "reconcile")
SHARED = ROOT.parent / "shared" / "corpora"


#: seeds of the warm-up reports (models, lexicons, dictionaries, shared caches), never timed
WARM_UP_SEEDS = range(1_000_000, 1_000_050)


def generated(seeds) -> list[tuple[str, str, bytes, str]]:
    """(group, name, bytes, format) of generated reports."""
    return [(r.rendering, r.name, r.data, r.format) for r in map(generate_report, seeds)]


def extras() -> list[tuple[str, str, bytes, str]]:
    """The seed report and the real PDFs of ../shared, when present."""
    out = []
    if SHARED.is_dir():
        for path in sorted((SHARED / "seed").glob("*.txt")):
            out.append(("seed", path.name, path.read_bytes(), "txt"))
        for path in sorted((SHARED / "real").glob("*.pdf")):
            out.append(("real-pdf", path.name, path.read_bytes(), "pdf"))
    return out


def generated_pdfs(n: int, first_seed: int = 2_000_000) -> list[tuple[str, str, bytes, str]]:
    """``n`` generated reports in the PDF rendering (not in the generator's default mix)."""
    reports = (generate_report(seed, rendering="pdf") for seed in range(first_seed, first_seed + n))
    return [("gen-pdf", r.name, r.data, r.format) for r in reports]


#: rows that are not the generator's default mix (the "generated" row)
EXTRA_GROUPS = ("seed", "real-pdf", "gen-pdf")


def staged(data: bytes, name: str, fmt: str, clock: dict) -> str:
    """Run the stages in the pipeline's order, adding each one's time to ``clock``; the
    normalised text is returned for the jieba pass."""
    t0 = time.perf_counter()
    doc = read_bytes(data, name, fmt)
    t1 = time.perf_counter()
    sections = split_sections(doc)
    t2 = time.perf_counter()
    tables = parse_tables(doc, sections)
    t3 = time.perf_counter()
    metadata = detect_metadata(doc, sections, tables)
    t4 = time.perf_counter()
    figures = extract_figures(doc, sections)
    t5 = time.perf_counter()
    analyse_sentences(doc, sections)
    t6 = time.perf_counter()
    reconcile(doc, sections, tables, figures, metadata=metadata)
    t7 = time.perf_counter()
    for stage, (a, b) in zip(STAGES, ((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6), (t6, t7))):
        clock[stage] += b - a
    return doc.text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="generated reports (the generator's mix)")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved timed passes (median printed)")
    parser.add_argument("--no-extra", action="store_true",
                        help="leave out the seed report, the real PDFs and the generated PDFs")
    parser.add_argument("--pdf", type=int, default=20, help="generated PDFs (timed in the first pass)")
    args = parser.parse_args()

    jieba = tokenizer()
    # the warm-up reads PDFs too: PDFium and the table finder are imported on first use
    for group, name, data, fmt in generated(WARM_UP_SEEDS) + generated_pdfs(3, first_seed=3_000_000):
        try:
            jieba.lcut(staged(data, name, fmt, defaultdict(float)))
        except TextmineError:
            pass

    # samples[group][column] -> one total (seconds) per pass
    samples: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    count: dict[str, int] = defaultdict(int)  # reports timed, by group, over all passes
    skipped = 0
    for k in range(args.repeat):
        reports = generated(range(k * args.n, (k + 1) * args.n))
        if k == 0 and not args.no_extra:
            reports += extras() + generated_pdfs(args.pdf)
        passes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        texts = []
        for group, name, data, fmt in reports:
            try:
                texts.append((group, staged(data, name, fmt, passes[group])))
            except TextmineError:
                skipped += 1
        for group, text in texts:
            t = time.perf_counter()
            jieba.lcut(text)
            passes[group]["jieba"] += time.perf_counter() - t
        in_pass = defaultdict(int)
        for group, _ in texts:
            in_pass[group] += 1
            count[group] += 1
        kinds = [g for g in passes if g not in EXTRA_GROUPS]
        in_pass["generated"] = sum(in_pass[g] for g in kinds)
        count["generated"] += in_pass["generated"]
        passes["generated"] = {c: sum(passes[g][c] for g in kinds) for c in (*STAGES, "jieba")}
        for group, clock in passes.items():
            for column, seconds in clock.items():
                samples[group][column].append(seconds / in_pass[group])
    groups = sorted(count, key=lambda g: (g in EXTRA_GROUPS, g))

    print(f"{count['generated']} generated reports in {args.repeat} passes of new reports; ms per report, "
          f"median pass{f'; {skipped} not reports, skipped' if skipped else ''}")
    short = {"load": "load", "split_sections": "sections", "parse_tables": "tables",
             "detect_metadata": "meta", "extract_figures": "figures", "analyse_sentences": "五",
             "reconcile": "reconcile"}
    header = f"{'rendering':<10}{'n':>5}" + "".join(f"{short[s]:>10}" for s in STAGES)
    header += f"{'not 五':>9}{'audit':>9}{'jieba':>8}{'ratio':>7}"
    print(header)
    for group in [*[g for g in groups if g not in (*EXTRA_GROUPS, "generated")], "generated",
                  *[g for g in groups if g in EXTRA_GROUPS]]:
        n = count[group]
        ms = {c: statistics.median(v) * 1000 for c, v in samples[group].items()}
        rest = sum(ms[s] for s in STAGES if s != "analyse_sentences")
        audit = rest + ms["analyse_sentences"]
        line = f"{group:<10}{n:>5}" + "".join(f"{ms[s]:>10.2f}" for s in STAGES)
        line += f"{rest:>9.2f}{audit:>9.2f}{ms['jieba']:>8.2f}{audit / ms['jieba']:>6.2f}x"
        print(line)
    print("'not 五' is every stage but analyse_sentences; 'audit' the sum of the stages; ratio is audit/jieba "
          "(target <= 2x; benchmarks/batch_throughput.py times textmine.audit() as a whole)")


if __name__ == "__main__":
    main()
