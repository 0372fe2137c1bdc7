"""The ``textmine`` command line.

Each sub-command is a module in ``textmine.commands`` with ``add_arguments(parser)`` and
``run(args) -> int``; adding a command is one line in :data:`COMMANDS`. Errors about input
are printed as one line naming the file, never as a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .errors import TextmineError

#: name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "audit": ("textmine.commands.audit", "audit one report: sections, tables, figures, findings"),
    "compare": ("textmine.commands.compare", "cross-year checks between last year's and this year's report"),
    "batch": ("textmine.commands.batch", "audit many reports in parallel into tidy tables"),
    "eval": ("textmine.commands.evaluate", "score extraction or classification against gold annotations"),
    "train": ("textmine.commands.train", "rebuild the section 五 sentence classifier"),
    "review": ("textmine.commands.review", "review a batch's findings in a local web application; export Excel and a 通报 draft"),
}


DESCRIPTION = """Read Chinese government information-disclosure annual reports (政府信息公开工作年度报告):
what they say, whether their tables and text add up, how concrete their promised improvements
are. Offline; TXT (any Chinese encoding), HTML, DOCX and PDF."""
EXAMPLES = """examples:
  textmine audit examples/sample-report.txt            readable summary
  textmine audit report.pdf --json                     the full result as JSON
  textmine audit report.html --html audit.html         self-contained audit page
  textmine compare last-year.pdf this-year.pdf         cross-year checks
  textmine batch reports/ --out results/ --workers 2   a corpus into Parquet/CSV/SQLite
  textmine review results/                             confirm or dismiss its findings in a browser
  textmine COMMAND --help                              a command's options"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textmine", description=DESCRIPTION, epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version="textmine 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # a command not built yet is simply not offered
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(command_parser)
        command_parser.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except TextmineError as exc:
        print(f"textmine: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("textmine: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
