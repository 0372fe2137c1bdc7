"""A finding's fingerprint: what a reviewer's decision is attached to.

Row numbers change every run (a replaced file gets a new ``report_seq`` and, when its bytes
changed, a new ``report_id``), so decisions are keyed by what a finding is *about*:

* the report: its agency and year when both are known (a corrected file sent under another
  name, or an HTML page and the PDF of the same report, are the same report), otherwise the
  source as the batch recorded it;
* the rule;
* its evidence, without values or offsets: a table cell by table/row/column; a narrative
  figure by metric, channel, category and section; a section 五 sentence by its words with
  digits masked; any other span by nothing more than being a span.

So re-running the batch on the same file gives the same fingerprints, and so does a corrected
file in which a wrong figure was changed: the finding about that figure keeps its decision
(and if the correction fixed it, the decision is shown as no longer raised). Two findings of
one report with the same key are told apart by their order (``#2``, ``#3``...).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable, Mapping

import regex

_DIGITS = regex.compile(r"[0-9]+(?:[.,][0-9]+)*")
_SPACE = regex.compile(r"\s+")


def report_key(agency: str | None, year: int | None, source: str | None) -> str:
    """The identity of a report for decisions (see the module's docstring)."""
    name = _SPACE.sub("", agency or "")
    if name and year:
        return f"agency:{name}|{int(year)}"
    return f"source:{source or ''}"


def mask(text: str) -> str:
    """Words of a sentence with numbers masked and spaces (PDF line breaks) dropped."""
    return _DIGITS.sub("#", _SPACE.sub("", text or ""))


def evidence_token(item: Mapping, figures: Mapping[tuple, Mapping], sentences: Mapping[tuple, str]) -> str:
    """One evidence item as a token. ``figures`` maps ``(start, end)`` to a figure's
    ``metric``/``channel``/``category``/``section``; ``sentences`` maps spans to 五 texts."""
    prefix = "" if item.get("report", "this") == "this" else "prev:"
    if item.get("table") is not None:
        return f"{prefix}cell:{item.get('table')}/{item.get('row')}/{item.get('column')}"
    if prefix:
        return f"{prefix}span"
    span = (item.get("start"), item.get("end"))
    figure = figures.get(span)
    if figure is not None:
        return "fig:" + "/".join(str(figure.get(k) or "") for k in ("metric", "channel", "category", "section"))
    sentence = sentences.get(span)
    if sentence is not None:
        return "sent:" + mask(sentence)
    return "span"


def finding_key(rule: str, evidence: Iterable[Mapping], figures, sentences) -> str:
    tokens = sorted(evidence_token(item, figures, sentences) for item in evidence or ())
    return rule + "\x1f" + "\x1e".join(tokens)


def fingerprints(key: str, findings: Iterable[tuple[str, Iterable[Mapping]]], figures, sentences) -> list[str]:
    """Fingerprints of a report's findings, given as ``(rule, evidence)`` in report order."""
    seen: Counter = Counter()
    out = []
    for rule, evidence in findings:
        what = finding_key(rule, evidence, figures, sentences)
        seen[what] += 1
        if seen[what] > 1:
            what += f"\x1f#{seen[what]}"
        digest = hashlib.sha256(f"{key}\x1d{what}".encode("utf-8", "surrogatepass")).hexdigest()
        out.append(digest[:32])
    return out


__all__ = ["report_key", "finding_key", "fingerprints", "evidence_token", "mask"]
