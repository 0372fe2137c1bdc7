"""``textmine batch DIR|GLOB|@LIST|FILE... --out DIR`` - audit many reports in parallel.

Writes ``DIR/results.sqlite`` as results arrive (one transaction per chunk), then
``DIR/parquet/<table>.parquet`` (and ``DIR/csv/<table>.csv`` with ``--csv``) for the tables
reports, sections, cells, figures, findings and sentences. Run the same command again after
an interruption (Ctrl-C, kill -9, a reboot) and it resumes: finished files are skipped.

Once every file is audited, the corpus checks run over the whole batch: 内容雷同 across
agencies (table copies, findings corpus.copied_text), a government against its departments
(corpus.government_vs_departments). With ``--previous LAST_YEAR...`` each report is paired
with its agency's report of the year before and audited against it (the cross-year checks);
table pairs says who was paired with whom, or why not.
"""
from __future__ import annotations

import argparse
import os
import re
import sys

from ..readers import DEFAULT_LIMITS, Limits

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$", re.IGNORECASE)
_MULTIPLIERS = {"": 1, "b": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3, "t": 1024 ** 4}


def parse_size(text: str) -> int:
    """``"50MB"`` / ``"200M"`` / ``"1.5GiB"`` / ``"4096"`` -> bytes (binary multiples)."""
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use e.g. 50MB, 200M, 1G, 4096)")
    unit = (m.group(2) or "").lower()[:1]
    return int(float(m.group(1)) * _MULTIPLIERS[unit])


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.description = "audit many reports in parallel into tidy tables\n\n" + __doc__.split("\n\n", 1)[1]
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="directory (searched recursively), glob ('reports/**/*.pdf'), report file, "
                             "or a list of paths one per line (@LIST, or a .txt whose lines are files)")
    parser.add_argument("--out", "-o", required=True, metavar="DIR",
                        help="output directory (new, empty, or an earlier run's to resume)")
    parser.add_argument("--workers", "-j", type=_positive_int, default=None, metavar="N",
                        help=f"worker processes (default: cores = {os.cpu_count()})")
    parser.add_argument("--csv", action="store_true", help="also write csv/<table>.csv")
    parser.add_argument("--no-parquet", action="store_true", help="do not write parquet/<table>.parquet")
    parser.add_argument("--text", action="store_true", help="keep each report's normalised text in reports")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true",
                      help="add these inputs to the results already in --out (finished files are skipped)")
    mode.add_argument("--force", action="store_true",
                      help="delete the batch results already in --out and start again")
    parser.add_argument("--retry-errors", action="store_true",
                        help="audit again the files that failed in an earlier run")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="give up on a file after this long (its worker is killed; default: no limit)")
    parser.add_argument("--chunk-size", type=_positive_int, default=200, metavar="N",
                        help="reports per committed chunk (default 200; a chunk also commits every 5 s)")
    limits = parser.add_argument_group("size caps (a file over a cap becomes an error row)")
    limits.add_argument("--max-bytes", type=parse_size, default=DEFAULT_LIMITS.max_bytes, metavar="SIZE",
                        help=f"file size (default {DEFAULT_LIMITS.max_bytes // 2**20}MB)")
    limits.add_argument("--max-unpacked-bytes", type=parse_size, default=DEFAULT_LIMITS.max_unpacked_bytes,
                        metavar="SIZE", help="inflated size of a DOCX, against zip bombs "
                                             f"(default {DEFAULT_LIMITS.max_unpacked_bytes // 2**20}MB)")
    limits.add_argument("--max-pdf-pages", type=_positive_int, default=DEFAULT_LIMITS.max_pdf_pages, metavar="N",
                        help=f"pages of a PDF (default {DEFAULT_LIMITS.max_pdf_pages})")
    limits.add_argument("--max-chars", type=_positive_int, default=DEFAULT_LIMITS.max_chars, metavar="N",
                        help=f"characters of text (default {DEFAULT_LIMITS.max_chars})")
    cluster = parser.add_argument_group("on a cluster (instead of local worker processes)")
    where = cluster.add_mutually_exclusive_group()
    where.add_argument("--dask", metavar="ADDRESS",
                       help="run the audits on the Dask cluster of this scheduler (tcp://host:8786); "
                            "needs textmine[dask] and the inputs at the same paths on every worker")
    where.add_argument("--ray", metavar="ADDRESS",
                       help="run the audits as Ray tasks: auto (the running cluster), ray://head:10001, "
                            "or local (a Ray started here, --workers CPUs); needs textmine[ray]")
    cluster.add_argument("--ship-files", action="store_true",
                         help="read each file here and send its bytes with its task, for workers "
                              "that cannot see the input paths (no shared file system)")
    parser.add_argument("--previous", nargs="+", metavar="INPUT", default=None,
                        help="last year's reports (directories, globs, files, @LIST): pair each report with its "
                             "agency's previous one and run the cross-year checks")
    parser.add_argument("--no-corpus", action="store_true",
                        help="skip the corpus checks (内容雷同, government vs departments, year pairs)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--fail-on-error", action="store_true",
                        help="exit with status 1 when any file failed (default: 0, failures are rows)")


def run(args: argparse.Namespace) -> int:
    from ..batch import run_batch
    from ..batch.clusters import ClusterUnavailable, cluster_executor

    limits = Limits(max_bytes=args.max_bytes, max_unpacked_bytes=args.max_unpacked_bytes,
                    max_pdf_pages=args.max_pdf_pages, max_chars=args.max_chars)
    if (args.dask or args.ray) and args.timeout is not None:
        raise ClusterUnavailable("--timeout", "a time limit per file needs local worker processes "
                                              "(it kills the worker); leave out --dask / --ray, or --timeout")
    with cluster_executor(dask=args.dask, ray=args.ray, workers=args.workers) as executor:
        result = run_batch(args.inputs, executor, out=args.out, workers=args.workers, limits=limits,
                           with_text=args.text, parquet=not args.no_parquet, csv=args.csv,
                           resume=args.resume, force=args.force, retry_errors=args.retry_errors,
                           chunk_size=args.chunk_size, task_timeout=args.timeout,
                           progress=not args.no_progress, ship_files=args.ship_files, previous=args.previous,
                           corpus=not args.no_corpus)
    print(f"textmine batch: {result.summary()}", file=sys.stderr)
    for line in result.corpus_summary():
        print(f"textmine batch: {line}", file=sys.stderr)
    if result.failed:
        print(f"textmine batch: failures are rows with status 'error' in reports "
              f"({os.path.join(args.out, 'results.sqlite')})", file=sys.stderr)
    if result.interrupted:
        return 130
    print(os.path.abspath(args.out))
    return 1 if (args.fail_on_error and result.failed) else 0
