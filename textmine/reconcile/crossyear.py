"""Cross-year rules: this year's report against last year's report of the same agency.

* 上年结转 this year = 结转下年度 last year (table 三, column by column);
* 现行有效 stock flow: last year's 现行有效 + 本年制发 − 本年废止 = this year's 现行有效
  (a warning: documents also lapse when their validity period ends);
* repeated text: the share of this year's narrative (一, 五, 六) copied from last year's.

Evidence cites both reports: spans and cells of last year's report carry
``report="previous"``."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .context import APPLICATION_COLUMNS, Context
from .labels import column_name, row_name
from .model import Evidence
from .verdicts import collapse, make, not_assessable


def _prev(ev: Evidence) -> Evidence:
    return Evidence(start=ev.start, end=ev.end, table=ev.table, row=ev.row, column=ev.column,
                    report="previous")


def _agency_key(name: str | None) -> str:
    """``淮安市洪泽区人民政府`` and ``洪泽区人民政府`` are the same agency: compare the
    name without spaces and without a leading parent locality."""
    return "".join((name or "").split())


def same_agency(a: str | None, b: str | None) -> bool | None:
    if not a or not b:
        return None
    a, b = _agency_key(a), _agency_key(b)
    return a == b or a.endswith(b) or b.endswith(a)


def _relation(identity, previous) -> str:
    """What the agency identities say of the two reports: ``same_agency`` (简称/全称, a stated
    former name, 人民政府 vs 办公室), ``other_agency`` or ``unknown_agency``."""
    from ..agency import agency_relation

    last = getattr(previous, "agency_identity", None)
    if identity is None or last is None:
        return "unknown_agency"
    return agency_relation(identity.to_dict(), last.to_dict())


def pair_problem(metadata, identity, previous) -> str | None:
    """Why ``previous`` is not last year's report of the agency whose report has ``metadata``
    and ``identity`` (None when it is, or when nothing says otherwise). Decided where the
    pair is formed (:func:`textmine.pipeline.audit`), so that nothing compares two agencies
    or one year with itself."""
    if previous is None:
        return "未提供上年度报告"
    this_meta, prev_meta = metadata, previous.metadata
    relation = _relation(identity, previous)
    names = same_agency(this_meta.agency, prev_meta.agency)
    if (names is False and relation != "same_agency") or (names is None and relation == "other_agency"):
        this_name = this_meta.agency or getattr(identity, "name", None) or "?"
        prev_name = prev_meta.agency or getattr(previous.agency_identity, "name", None) or "?"
        return f"两份报告机关不同（本年“{this_name}”，上年“{prev_name}”）"
    ty, py = this_meta.year, prev_meta.year
    if ty and py and ty == py:
        return f"两份报告为同一年度（均为{ty}年）"
    if ty and py and py > ty:
        return f"“上年”报告的年度（{py}年）晚于本年报告（{ty}年），两份报告的先后可能颠倒"
    if ty and py and ty - py != 1:
        return f"两份报告年度不相邻（本年{ty}，上年{py}）"
    return None


def pairing_problem(ctx: Context) -> str | None:
    """Why the two reports of ``ctx`` cannot be compared (None when they can)."""
    return pair_problem(ctx.metadata, ctx.identity, ctx.previous)


#: what is left out when the two reports are not one agency's consecutive years
NOT_RUN = "跨年度核对（上年结转衔接、现行有效存量、重复文字、第五部分与上年对照）未运行"


def pairing(ctx: Context, rule):
    """The pair itself: two agencies, or the same year, are said once and loudly."""
    problem = pairing_problem(ctx)
    prev = ctx.previous.metadata
    if problem:
        return (make(rule, "UNCERTAIN", f"所给上年报告不能与本报告比较：{problem}；{NOT_RUN}",
                     expected="同一机关上一年度的报告", found=f"{prev.agency or '?'} {prev.year or '?'}",
                     unit="报告配对"),)
    return (make(rule, "PASS", f"上年报告：{prev.agency or '未识别机关'} {prev.year or '?'}年，"
                               f"与本报告为同一机关相邻年度（或无相反证据）", unit="报告配对"),)


def previous_context(ctx: Context) -> Context:
    prev = ctx.previous
    return Context(doc=prev.document, sections=prev.sections, tables=prev.tables,
                   figures=tuple(prev.figures), metadata=prev.metadata)


def _unfilled(ctx: Context, last: Context, key: str) -> str | None:
    """Why a cross-year rule has nothing to chain: this year's or last year's table states
    no number at all."""
    for who, c in (("本年", ctx), ("上年", last)):
        reason = c.unfilled_reason(key)
        if reason:
            return f"{who}报告{reason}"
    return None


def carried_over_chain(ctx: Context, rule):
    problem = pairing_problem(ctx)
    if problem:
        return not_assessable(rule, problem)
    last = previous_context(ctx)
    if not ctx.has_table("applications") or not last.has_table("applications"):
        return not_assessable(rule, "本年或上年报告缺少表三")
    unfilled = _unfilled(ctx, last, "applications")
    if unfilled:
        return not_assessable(rule, unfilled)
    findings = []
    for col in APPLICATION_COLUMNS:
        this = ctx.cell("applications", "carried_over", col)
        before = last.cell("applications", "carried_forward", col)
        if this.status == "absent" and before.status == "absent":
            continue
        unit = f"“{column_name(col)}”列"
        evidence = [this.evidence, _prev(before.evidence)]
        if not (this.known and before.known):
            if not (this.known or before.known):
                # neither year wrote a number here: nothing was stated to chain
                findings.append(make(rule, "NOT_ASSESSABLE", f"{unit}：无法核对，本年“上年结转”与上年“结转下年度”"
                                     f"均未填写数字（空白、“/”或无法确定）", evidence=evidence, unit=unit))
                continue
            if this.status in ("blank", "not_applicable") and before.known and before.value == 0:
                findings.append(make(rule, "PASS", f"{unit}：本年上年结转为空（按0计），上年结转下年度0",
                                     expected=0, found=0, evidence=evidence, unit=unit))
                continue
            status = "UNCERTAIN" if {this.status, before.status} <= {"value", "blank", "not_applicable"} else "NOT_ASSESSABLE"
            findings.append(make(rule, status, f"{unit}：本年“上年结转”或上年“结转下年度”为空或无法确定",
                                 evidence=evidence, unit=unit))
            continue
        if this.value == before.value:
            findings.append(make(rule, "PASS", f"{unit}：本年上年结转{this.value}件＝上年结转下年度{before.value}件",
                                 expected=before.value, found=this.value, evidence=evidence, unit=unit))
        else:
            findings.append(make(rule, "FAIL",
                                 f"{unit}：上年报告结转下年度{before.value}件，本年报告上年结转却为{this.value}件",
                                 expected=before.value, found=this.value, evidence=evidence, unit=unit))
    if not findings:
        return not_assessable(rule, "表三缺少上年结转或结转下年度行")
    return collapse(rule, findings, what="列")


STOCK_ROWS = ("regulations", "normative_documents")


def in_force_stock(ctx: Context, rule):
    problem = pairing_problem(ctx)
    if problem:
        return not_assessable(rule, problem)
    last = previous_context(ctx)
    if not ctx.has_table("active_disclosure") or not last.has_table("active_disclosure"):
        return not_assessable(rule, "本年或上年报告缺少表二")
    unfilled = _unfilled(ctx, last, "active_disclosure")
    if unfilled:
        return not_assessable(rule, unfilled)
    findings = []
    for row in STOCK_ROWS:
        before = last.cell("active_disclosure", row, "in_force")
        issued = ctx.cell("active_disclosure", row, "issued")
        repealed = ctx.cell("active_disclosure", row, "repealed")
        now = ctx.cell("active_disclosure", row, "in_force")
        unit = row_name(row)
        evidence = [_prev(before.evidence), issued.evidence, repealed.evidence, now.evidence]
        cells = (before, issued, repealed, now)
        if any(c.status == "absent" for c in cells):
            continue
        if not all(c.known or c.status in ("blank", "not_applicable") for c in cells):
            findings.append(make(rule, "NOT_ASSESSABLE", f"{unit}：有单元格无法确定", evidence=evidence, unit=unit))
            continue
        if not any(c.known for c in cells):
            findings.append(make(rule, "NOT_ASSESSABLE", f"{unit}：无法核对，两年的现行有效、本年制发、本年废止"
                                 f"均未填写数字（空白或“/”）", evidence=evidence, unit=unit))
            continue
        soft = any(not c.known for c in cells)
        b, i, r, n = ((c.value or 0) for c in cells)
        expected = b + i - r
        detail = f"上年现行有效{b}＋本年制发{i}－本年废止{r}＝{expected}，本年现行有效{n}"
        if expected == n:
            findings.append(make(rule, "PASS", f"{unit}：{detail}，衔接一致", expected=expected, found=n,
                                 evidence=evidence, unit=unit))
        elif soft:
            findings.append(make(rule, "UNCERTAIN", f"{unit}：{detail}（空白按0计），不衔接", expected=expected,
                                 found=n, evidence=evidence, unit=unit))
        else:
            findings.append(make(rule, "FAIL",
                                 f"{unit}：{detail}，不衔接（相差{n - expected:+}）；除非有文件因有效期届满自然失效，"
                                 f"否则两年报告的现行有效件数有误",
                                 expected=expected, found=n, evidence=evidence, unit=unit))
    if not findings:
        return not_assessable(rule, "表二缺少规章或规范性文件行")
    return collapse(rule, findings, what="行")


# --------------------------------------------------------------------------- repeated text

#: sections whose prose is compared, with the share above which a repeat is flagged
REPEAT_SECTIONS: tuple[tuple[str, str, float], ...] = (
    ("overview", "一、总体情况", 0.6),
    ("problems", "五、存在的主要问题及改进情况", 0.5),
    ("other", "六、其他需要报告的事项", 0.9),
)
SHINGLE = 12  # characters in a row that must match for text to count as copied
MIN_SECTION_CHARS = 150  # shorter parts (a one-line fee statement in 六) are formulaic: not judged
MIN_RUN = 20  # shortest copied run cited as evidence

_YEAR = regex.compile(r"(?:19|20)\d{2}")


def _compact(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Non-space characters of ``text[start:end]`` outside ``skip`` spans, with each one's
    offset; years are masked so that ``2023年`` and ``2024年`` match."""
    masked = _YEAR.sub(lambda m: "年" * len(m.group()), text[start:end])
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(masked):
        pos = start + i
        if ch.isspace() or any(a <= pos < b for a, b in skip):
            continue
        chars.append(ch)
        offsets.append(pos)
    return "".join(chars), offsets


def _narrative(ctx: Context, key: str) -> tuple[str, list[int]]:
    section = ctx.sections.get(key) if ctx.sections else None
    if section is None:
        return "", []
    skip = [(t.start, t.end) for t in (ctx.tables or {}).values()
            if t.start is not None and t.end is not None]
    return _compact(ctx.text, section.body_start, section.end, skip)


@dataclass(frozen=True)
class Overlap:
    share: float
    runs: tuple[tuple[int, int], ...]  # (start, end) in this report's text
    chars: int


def overlap(this: tuple[str, list[int]], before_text: str) -> Overlap:
    text, offsets = this
    if len(text) < SHINGLE:
        return Overlap(0.0, (), len(text))
    seen = {before_text[i:i + SHINGLE] for i in range(max(0, len(before_text) - SHINGLE + 1))}
    covered = [False] * len(text)
    for i in range(len(text) - SHINGLE + 1):
        if text[i:i + SHINGLE] in seen:
            for j in range(i, i + SHINGLE):
                covered[j] = True
    runs = []
    i = 0
    while i < len(text):
        if covered[i]:
            j = i
            while j < len(text) and covered[j]:
                j += 1
            if j - i >= MIN_RUN:
                runs.append((offsets[i], offsets[j - 1] + 1))
            i = j
        else:
            i += 1
    return Overlap(sum(covered) / len(text), tuple(runs), len(text))


def repeated_text(ctx: Context, rule):
    problem = pairing_problem(ctx)
    if problem:
        return not_assessable(rule, problem)
    last = previous_context(ctx)
    findings = []
    before_all = "".join(_narrative(last, key)[0] for key, _, _ in REPEAT_SECTIONS)
    for key, title, threshold in REPEAT_SECTIONS:
        this = _narrative(ctx, key)
        if len(this[0]) < SHINGLE:
            continue
        result = overlap(this, before_all)
        pct = round(result.share * 100, 1)
        evidence = [Evidence(start=a, end=b) for a, b in result.runs]
        unit = title
        if result.share >= threshold and result.chars < MIN_SECTION_CHARS:
            findings.append(make(rule, "PASS",
                                 f"{title}：{pct}%的文字与上年报告相同，但该部分仅{result.chars}字，"
                                 f"属格式化表述，不作判断",
                                 expected=f"<{threshold}", found=round(result.share, 3), evidence=evidence,
                                 unit=unit, tolerance=threshold))
        elif result.share >= threshold:
            findings.append(make(rule, "FAIL",
                                 f"{title}：{pct}%的文字与上年报告相同（阈值{round(threshold * 100)}%），"
                                 f"可能照搬上年内容",
                                 expected=f"<{threshold}", found=round(result.share, 3), evidence=evidence,
                                 unit=unit, tolerance=threshold))
        else:
            findings.append(make(rule, "PASS", f"{title}：{pct}%的文字与上年报告相同（阈值{round(threshold * 100)}%）",
                                 expected=f"<{threshold}", found=round(result.share, 3), evidence=evidence,
                                 unit=unit, tolerance=threshold))
    if not findings:
        return not_assessable(rule, "两份报告没有可比较的叙述部分")
    return tuple(findings)
