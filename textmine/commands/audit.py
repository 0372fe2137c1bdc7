"""``textmine audit FILE [--json] [--html OUT] [--previous LAST]``"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..pipeline import audit
from ..render.summary import summary


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # (a Path, so that a name with no extension or a missing file is never read as report text)
    parser.add_argument("file", type=Path, help="report: .txt, .html/.htm, .docx or .pdf")
    parser.add_argument("--json", action="store_true", help="print the full JSON (contract.md)")
    parser.add_argument("--html", metavar="OUT", help="write a self-contained HTML audit page")
    parser.add_argument("--previous", metavar="LAST", type=Path, help="last year's report of the same agency")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def run(args: argparse.Namespace) -> int:
    previous = audit(args.previous) if args.previous else None
    report = audit(args.file, previous=previous)
    if args.html:
        from ..render.html import write_html

        write_html(report, Path(args.html), overwrite=args.force)
    if args.json:
        sys.stdout.write(report.to_json() + "\n")
    else:
        sys.stdout.write(summary(report) + "\n")
    return 0
