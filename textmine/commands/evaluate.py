"""``textmine eval TARGET ...``: score an extractor or classifier against gold data.

Targets are declared in :data:`TARGETS` (name -> module with ``add_arguments`` and
``run``), so each stage owns its own evaluation and this file only dispatches."""
from __future__ import annotations

import argparse
import importlib

TARGETS: dict[str, tuple[str, str]] = {
    "figures": ("textmine.figures.evaluation", "narrative figures vs gold JSONL: precision/recall/F1 per metric"),
    "sentences": ("textmine.problems.evaluation", "section 五 classifier on the held-out split: macro-F1, confusion"),
    "tables": ("textmine.tables.evaluation", "table cells vs the rendering suite: cells correct / total"),
    "real": ("textmine.real.evaluation",
             "the whole audit on annotated real pages: figures, FAILs judged true/false, fragments"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="target", metavar="TARGET", required=True)
    for name, (module_name, help_text) in TARGETS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        target_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(target_parser)
        target_parser.set_defaults(_target_run=module.run)


def run(args: argparse.Namespace) -> int:
    return int(args._target_run(args) or 0)
