"""Fuzz benchmark: thousands of mutated inputs through the whole audit, each timed.

    python benchmarks/fuzz.py [--n 10000] [--seed 0] [--workers 2] [--limit 5] [--show 10]

Every input is built from ``(family, seed)`` alone, in the worker, so a run is the same run
on any machine and any input can be built again to look at (``--only FAMILY:SEED``).
Families (each a share of ``--n``):

* ``bytes``      random bytes, with and without a format, after a file signature or not;
* ``text``       a generated report (TSV, pipe, one cell per line) with bytes or
                 characters flipped, cut, holes cut and runs duplicated;
* ``cells``      a generated report with table cells replaced by hostile values (long digit
                 runs, negative and decimal numbers, Chinese numerals, '/', blanks, words);
* ``runs``       a report with a long run (digits, blanks, a label repeated, nested
                 parentheses, one figure repeated) put into one of its parts;
* ``chars``      a report with odd characters put in: noncharacters, controls, lone
                 surrogates' replacements, combining marks, zero-width and RTL marks, emoji;
* ``encodings``  a report in GBK, GB18030, Big5, UTF-16 (with and without a BOM), UTF-8
                 with a BOM, with one byte damaged or the end cut mid-character;
* ``html``       a generated HTML page mutated as bytes or with tags cut and nested;
* ``docx``       a generated DOCX mutated as bytes, or its document.xml mutated and repacked;
* ``pdf``        a generated PDF mutated as bytes (fewer: each takes tens of ms to read);
* ``real``       a real report page of ``../shared`` mutated as text (skipped without it).

The audit runs in a pool of worker processes (:class:`textmine.batch.pool.IsolatedPool`),
one input a task, with a time limit per task: an input that hangs is killed and counted. An
input ends as ``ok`` (a report), ``refused`` (a :class:`textmine.errors.TextmineError`: bad
input named as such), ``unhandled`` (any other exception: a defect) or ``timeout``. The
summary prints the counts by family, every unhandled exception with the input that caused
it, and the slowest inputs; the targets are 0 unhandled and no input over ``--limit`` s.
"""
from __future__ import annotations

import argparse
import io
import multiprocessing as mp
import random
import sys
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: family -> share of the inputs
FAMILIES: dict[str, float] = {
    "bytes": 0.10, "text": 0.20, "cells": 0.14, "runs": 0.10, "chars": 0.10, "encodings": 0.10,
    "html": 0.10, "docx": 0.08, "pdf": 0.03, "real": 0.05,
}
RENDERINGS = ("tsv", "pipe", "cells")
#: seeds of generated reports the inputs start from (a few hundred keep generation cheap)
BASE_REPORTS = 300

_ODD_CHARS = ("\ufffe", "\uffff", "\ufdd0", "\x00", "\x07", "\x1b", "\u200b", "\u200e", "\u202e", "\u0301",
              "\ufeff", "\U0001f600", "\u3000", "\u2028", "\ufffd", "\x85", "\u00ad", "\ue000")
_CELL_VALUES = ("1" * 400, "9" * 31, "0" * 60, "-3", "3.5", "1,234", "一百二十", "/", "—", "", " ", "见附件",
                "１２", "%", "1e9", "∞", "12 34 56", "(2)", "0.0000001")
_RUNS = ("7" * 20000, "1" * 100000, " " * 50000, "\n" * 20000, "一、总体情况\n" * 3000,
         "其中" * 20000, "(" * 5000 + "1条" + ")" * 5000, "发布信息1条," * 8000, "、" * 30000,
         "第二十条第(一)项" * 3000, "一是" * 10000, "1" * 400 + "件")


# --------------------------------------------------------------------------- inputs


def _generated(seed: int, rendering: str):
    from corpora.generator import generate_report

    return generate_report(seed % BASE_REPORTS, rendering=rendering)


def _mutate(data: bytes, rng: random.Random, ops: int) -> bytes:
    out = bytearray(data)
    for _ in range(ops):
        kind = rng.randrange(5)
        at = rng.randrange(len(out) + 1) if out else 0
        if kind == 0 and out:
            out[min(at, len(out) - 1)] ^= rng.randrange(1, 256)
        elif kind == 1:
            del out[at:]
        elif kind == 2:
            del out[at:at + rng.randrange(1, 200)]
        elif kind == 3:
            out[at:at] = out[at:at + rng.randrange(1, 400)] * rng.randrange(1, 4)
        else:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 32)))
    return bytes(out)


def _mutate_text(text: str, rng: random.Random, ops: int, pool: tuple[str, ...] = ()) -> str:
    for _ in range(ops):
        kind = rng.randrange(5)
        at = rng.randrange(len(text) + 1) if text else 0
        if kind == 0:
            text = text[:at] + text[at + rng.randrange(1, 50):]
        elif kind == 1:
            text = text[:at]
        elif kind == 2:
            start = rng.randrange(len(text) + 1) if text else 0
            text = text[:at] + text[start:start + rng.randrange(1, 300)] + text[at:]
        elif kind == 3 and pool:
            text = text[:at] + rng.choice(pool) + text[at:]
        else:
            text = text[:at] + chr(rng.choice((rng.randrange(0x20, 0x7f), rng.randrange(0x4e00, 0x9fa5)))) + text[at:]
    return text


def _real_pages() -> list[str]:
    path = ROOT.parent / "shared" / "corpora" / "real-pages" / "pages.jsonl"
    if not path.exists():
        return []
    import json

    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build(family: str, seed: int) -> tuple[object, str | None]:
    """``(source, format)`` of input ``seed`` of ``family``: bytes or report text."""
    rng = random.Random(f"{family}:{seed}")
    if family == "bytes":
        heads = (b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xd0\xcf\x11\xe0")
        body = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 4096)))
        return rng.choice(heads) + body, rng.choice((None, "txt", "html", "docx", "pdf"))
    if family == "text":
        text = _generated(seed, rng.choice(RENDERINGS)).text
        if rng.random() < 0.5:
            return _mutate(text.encode("utf-8"), rng, rng.randrange(1, 8)), None
        return _mutate_text(text, rng, rng.randrange(1, 8)), None
    if family == "cells":
        text = _generated(seed, rng.choice(RENDERINGS)).text
        cells = [i for i, ch in enumerate(text) if ch.isdigit() and (i == 0 or not text[i - 1].isdigit())]
        for at in sorted(rng.sample(cells, min(len(cells), rng.randrange(1, 12))), reverse=True):
            end = at
            while end < len(text) and text[end].isdigit():
                end += 1
            text = text[:at] + rng.choice(_CELL_VALUES) + text[end:]
        return text, None
    if family == "runs":
        text = _generated(seed, rng.choice(RENDERINGS)).text
        at = rng.randrange(len(text) + 1)
        return text[:at] + rng.choice(_RUNS) + text[at:], None
    if family == "chars":
        text = _generated(seed, rng.choice(RENDERINGS)).text
        return _mutate_text(text, rng, rng.randrange(1, 20), _ODD_CHARS), None
    if family == "encodings":
        text = _generated(seed, rng.choice(RENDERINGS)).text
        codec = rng.choice(("gbk", "gb18030", "big5", "utf-16", "utf-16-le", "utf-8-sig", "utf-8"))
        data = text.encode(codec, errors="replace")
        if rng.random() < 0.5 and data:
            at = rng.randrange(len(data))
            data = data[:at] + bytes([rng.randrange(128, 256)]) + data[at + 1:]
        if rng.random() < 0.3:
            data = data[:len(data) - rng.randrange(1, 3)]
        return data, rng.choice((None, "txt"))
    if family == "html":
        data = _generated(seed, "html").data
        if rng.random() < 0.5:
            return _mutate(data, rng, rng.randrange(1, 8)), "html"
        text = data.decode("utf-8", errors="replace")
        tags = ("<table>", "</table>", "<tr>", "<td>", "</td>", "<div>" * 200, "</p>", "<title>\ufffe</title>",
                "<script>alert(1)</script>", "<td colspan=99999>", "<td rowspan=5000>", "&#12;", "&#xFFFE;")
        return _mutate_text(text, rng, rng.randrange(1, 12), tags).encode("utf-8", errors="replace"), "html"
    if family == "docx":
        data = _generated(seed, "docx").data
        if rng.random() < 0.5:
            return _mutate(data, rng, rng.randrange(1, 6)), "docx"
        source = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
            for info in source.infolist():
                member = source.read(info.filename)
                if info.filename == "word/document.xml":
                    member = _mutate(member, rng, rng.randrange(1, 6))
                new.writestr(info.filename, member)
        return out.getvalue(), "docx"
    if family == "pdf":
        return _mutate(_generated(seed, "pdf").data, rng, rng.randrange(1, 6)), "pdf"
    if family == "real":
        pages = _real_pages()
        if not pages:
            return None, None
        return _mutate_text(pages[seed % len(pages)], rng, rng.randrange(0, 8), _ODD_CHARS + _CELL_VALUES), None
    raise ValueError(family)


# --------------------------------------------------------------------------- one input


def run_case(family: str, seed: int) -> tuple[str, str, float]:
    """``(outcome, detail, seconds)`` of one input (the audit alone is timed)."""
    import textmine
    from textmine.errors import TextmineError

    source, fmt = build(family, seed)
    if source is None:
        return "skipped", "../shared real pages not available", 0.0
    start = time.perf_counter()
    try:
        report = textmine.audit(source, format=fmt)
        report.to_dict()
        outcome, detail = "ok", ""
    except TextmineError as exc:
        outcome, detail = "refused", exc.code
    except Exception as exc:  # noqa: BLE001 - what the benchmark is here to find
        import traceback

        outcome = "unhandled"
        detail = f"{type(exc).__name__}: {exc}"[:200] + " | " + traceback.format_exc(limit=-3).replace("\n", " ")[-600:]
    return outcome, detail, time.perf_counter() - start


# --------------------------------------------------------------------------- the run


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    cases = []
    for family, share in FAMILIES.items():
        count = max(1, round(n * share))
        cases.extend((family, seed * 1_000_003 + i) for i in range(count))
    return cases


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=float, default=5.0, help="seconds an input may take (the target)")
    parser.add_argument("--kill-after", type=float, default=60.0, help="seconds after which a hung input is killed")
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--only", metavar="FAMILY:SEED", help="run one input in this process and print it")
    args = parser.parse_args(argv)
    if args.only:
        family, seed = args.only.split(":")
        print(run_case(family, int(seed)))
        return 0

    from textmine.batch.pool import IsolatedPool, TaskTimeout

    cases = plan(args.n, args.seed)
    started = time.perf_counter()
    outcomes: dict[tuple[str, int], tuple[str, str, float]] = {}
    # fork: the workers have this module as it is (the benchmark is no installed package)
    with IsolatedPool(args.workers, task_timeout=args.kill_after, max_tasks_per_child=500,
                      mp_context=mp.get_context("fork")) as pool:
        futures = {pool.submit(run_case, family, seed): (family, seed) for family, seed in cases}
        for k, (future, case) in enumerate(futures.items(), 1):
            try:
                outcomes[case] = future.result()
            except TaskTimeout:
                outcomes[case] = ("timeout", f"killed after {args.kill_after:g} s", args.kill_after)
            except Exception as exc:  # noqa: BLE001 - a worker that died
                outcomes[case] = ("unhandled", f"worker died: {type(exc).__name__}: {exc}"[:300], 0.0)
            if k % 500 == 0:
                print(f"  {k}/{len(cases)} inputs, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    elapsed = time.perf_counter() - started

    by_family: dict[str, Counter] = defaultdict(Counter)
    for (family, _), (outcome, _, _) in outcomes.items():
        by_family[family][outcome] += 1
    ran = [o for o in outcomes.values() if o[0] != "skipped"]
    unhandled = sorted((case, o) for case, o in outcomes.items() if o[0] in ("unhandled", "timeout"))
    slow = sorted(((o[2], case) for case, o in outcomes.items() if o[0] != "skipped"), reverse=True)
    over = [s for s in slow if s[0] > args.limit]
    print(f"fuzz: {len(ran)} inputs (seed {args.seed}) through textmine.audit on {args.workers} workers "
          f"in {elapsed:.0f} s")
    print(f"  {'family':<10} {'inputs':>7} {'ok':>7} {'refused':>8} {'unhandled':>10} {'timeout':>8}")
    for family in FAMILIES:
        c = by_family.get(family, Counter())
        if not sum(c.values()):
            continue
        print(f"  {family:<10} {sum(c.values()):>7} {c['ok']:>7} {c['refused']:>8} {c['unhandled']:>10} {c['timeout']:>8}"
              + (f"  ({c['skipped']} skipped)" if c["skipped"] else ""))
    refusals = Counter(o[1] for o in ran if o[0] == "refused")
    print("  refused as: " + ", ".join(f"{k} {v}" for k, v in refusals.most_common()))
    print(f"  unhandled exceptions: {len(unhandled)}   inputs over {args.limit:g} s: {len(over)}   "
          f"slowest {slow[0][0]:.2f} s" if slow else "")
    for (family, seed), (outcome, detail, _) in unhandled[:50]:
        print(f"    {outcome}: {family}:{seed}  {detail}")
    print(f"  slowest {args.show}:")
    for seconds, (family, seed) in slow[:args.show]:
        print(f"    {seconds:6.2f} s  {family}:{seed}  ({outcomes[(family, seed)][0]})")
    times = sorted(o[2] for o in ran)
    if times:
        print(f"  per input: median {times[len(times) // 2] * 1000:.0f} ms, 99th percentile "
              f"{times[int(len(times) * 0.99)] * 1000:.0f} ms")
    met = not unhandled and not over
    print(f"  target (0 unhandled, none over {args.limit:g} s): {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
