"""Per-stage cost of the audit, by rendering, against a bare jieba pass over the same texts.

    python benchmarks/stages.py --n 200 [--repeat 3] [--no-extra]

Generated reports (``corpora.generator.generate_report(seed)`` for seeds ``0..n-1``, the
generator's own mix of renderings) are held in memory as bytes; each is read and taken through
the pipeline's stages one by one, each stage timed on its own. In the same run and process the
whole ``textmine.audit`` of the same bytes, and ``jieba.lcut`` over each report's normalised
text (what the audit reads), are timed too, so the ratio audit/jieba does not depend on the
machine (issue 7 target: <= 2x). With ``../shared`` present the seed report and the real PDFs
are added as their own rows (``--no-extra`` leaves them out). Every figure is ms per report,
the median over ``--repeat`` interleaved passes.
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

import textmine  # noqa: E402
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


def inputs(n: int, extra: bool) -> list[tuple[str, str, bytes, str]]:
    """(group, name, bytes, format) of every report to time."""
    out = []
    for seed in range(n):
        report = generate_report(seed)
        out.append((report.rendering, report.name, report.data, report.format))
    if extra and SHARED.is_dir():
        for path in sorted((SHARED / "seed").glob("*.txt")):
            out.append(("seed", path.name, path.read_bytes(), "txt"))
        for path in sorted((SHARED / "real").glob("*.pdf")):
            out.append(("pdf", path.name, path.read_bytes(), "pdf"))
    return out


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
    parser.add_argument("--no-extra", action="store_true", help="leave out the seed report and the real PDFs")
    args = parser.parse_args()

    reports = inputs(args.n, not args.no_extra)
    groups = sorted({g for g, *_ in reports}, key=lambda g: (g in ("seed", "pdf"), g))
    jieba = tokenizer()
    texts: dict[str, str] = {}
    for group, name, data, fmt in reports:  # warm-up: models, lexicons, dictionaries, caches
        try:
            texts[name] = staged(data, name, fmt, defaultdict(float))
            textmine.audit(data, format=fmt)
        except TextmineError:
            pass
    jieba.lcut(next(iter(texts.values())))
    counted = [r for r in reports if r[1] in texts]

    # samples[group][column] -> one total (seconds) per pass
    samples: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for _ in range(args.repeat):
        passes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for group, name, data, fmt in counted:
            staged(data, name, fmt, passes[group])
        for group, name, data, fmt in counted:
            t = time.perf_counter()
            textmine.audit(data, format=fmt)
            passes[group]["audit"] += time.perf_counter() - t
        for group, name, data, fmt in counted:
            t = time.perf_counter()
            jieba.lcut(texts[name])
            passes[group]["jieba"] += time.perf_counter() - t
        for group, clock in passes.items():
            for column, seconds in clock.items():
                samples[group][column].append(seconds)
        generated = [g for g in passes if g not in ("seed", "pdf")]
        for column in (*STAGES, "audit", "jieba"):
            samples["generated"][column].append(sum(passes[g][column] for g in generated))

    count = defaultdict(int)
    for group, *_ in counted:
        count[group] += 1
    count["generated"] = sum(count[g] for g in groups if g not in ("seed", "pdf"))
    skipped = len(reports) - len(counted)
    print(f"{count['generated']} generated reports (seeds 0..{args.n - 1}), {args.repeat} passes; "
          f"ms per report, median pass{f'; {skipped} not reports, skipped' if skipped else ''}")
    short = {"load": "load", "split_sections": "sections", "parse_tables": "tables",
             "detect_metadata": "meta", "extract_figures": "figures", "analyse_sentences": "五",
             "reconcile": "reconcile"}
    header = f"{'rendering':<10}{'n':>5}" + "".join(f"{short[s]:>10}" for s in STAGES)
    header += f"{'not 五':>9}{'audit':>9}{'jieba':>8}{'ratio':>7}"
    print(header)
    for group in [*[g for g in groups if g not in ("seed", "pdf")], "generated",
                  *[g for g in groups if g in ("seed", "pdf")]]:
        n = count[group]
        ms = {c: statistics.median(v) / n * 1000 for c, v in samples[group].items()}
        rest = sum(ms[s] for s in STAGES if s != "analyse_sentences")
        line = f"{group:<10}{n:>5}" + "".join(f"{ms[s]:>10.2f}" for s in STAGES)
        line += f"{rest:>9.2f}{ms['audit']:>9.2f}{ms['jieba']:>8.2f}{ms['audit'] / ms['jieba']:>6.2f}x"
        print(line)
    print("'not 五' is every stage but analyse_sentences; 'audit' is textmine.audit() as a whole; "
          "ratio is audit/jieba (target <= 2x)")


if __name__ == "__main__":
    main()
