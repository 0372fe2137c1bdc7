"""The readable summary ``textmine audit FILE`` prints."""
from __future__ import annotations

from collections import Counter

from ..model import SECTION_KEYS, Report

SECTION_NAMES = {
    "overview": "一 总体情况",
    "active_disclosure": "二 主动公开",
    "applications": "三 依申请公开",
    "review_litigation": "四 复议诉讼",
    "problems": "五 问题及改进",
    "other": "六 其他事项",
}


def summary(report: Report) -> str:
    meta = report.metadata
    doc = report.document
    lines = [
        f"{doc.source}  [{doc.format}{', ' + doc.encoding if doc.encoding else ''}]",
        f"  title:    {meta.title or '?'}",
        f"  agency:   {meta.agency or '?'}    year: {meta.year or '?'}    template: {meta.template}",
        "  sections:",
    ]
    for key in SECTION_KEYS:
        section = report.sections.get(key)
        mark = f"{section.number or ''}、{section.title}  [{section.start}:{section.end}]" if section else "MISSING"
        lines.append(f"    {SECTION_NAMES[key]:<10} {mark}")
    for section in report.sections.sections:
        if section.key not in SECTION_KEYS:
            lines.append(f"    (extra: {section.key}) {section.title}")
    for note in report.sections.notes:
        lines.append(f"    note: {note}")
    lines.append("  tables:")
    for key in ("active_disclosure", "applications", "review_litigation"):
        table = report.tables.get(key)
        if table is None or not table.values:
            lines.append(f"    {key:<18} not found")
            continue
        statuses = Counter(v.status for v in table.values)
        lines.append(f"    {key:<18} {table.rendering}, template {table.template}, "
                     f"{len(table.values)} cells ({', '.join(f'{k} {n}' for k, n in sorted(statuses.items()))})")
        for issue in table.issues:
            lines.append(f"      ! {issue}")
    lines.append(f"  figures: {len(report.figures)}")
    for fig in report.figures[:40]:
        kind = getattr(fig, "kind", "count")
        extra = "".join(f" {k}={v}" for k, v in (("kind", kind if kind != "count" else None),
                                                    ("channel", fig.channel), ("category", fig.category),
                                                    ("qualifier", fig.qualifier)) if v)
        lines.append(f"    {fig.metric:<28} {fig.value:>12g} {fig.unit or ''}{extra}   «{fig.text}»")
    if len(report.figures) > 40:
        lines.append(f"    ... {len(report.figures) - 40} more (use --json)")
    if report.findings:
        counts = Counter(f.status for f in report.findings)
        lines.append("  findings: " + ", ".join(f"{k} {counts[k]}" for k in ("FAIL", "UNCERTAIN", "PASS", "NOT_ASSESSABLE") if counts[k]))
        for finding in report.findings:
            if finding.status in ("FAIL", "UNCERTAIN"):
                lines.append(f"    {finding.status:<9} {finding.rule}: {finding.message}")
    if report.sentences:
        labels = Counter(s.label for s in report.sentences)
        lines.append("  section 五 sentences: " + ", ".join(f"{k} {labels[k]}" for k in ("problem", "measure", "other") if labels[k]))
        for sentence in report.sentences:
            if sentence.label != "other":
                spec = f"{sentence.specificity:.2f}" if sentence.specificity is not None else "  - "
                lines.append(f"    {sentence.label:<8} {spec} {','.join(sentence.topics)}  «{sentence.text[:60]}»")
    return "\n".join(lines)
