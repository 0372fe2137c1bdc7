"""What the prose says against itself, for pages whose tables are missing or were never shown
(a township's report with image tables, a page scraped from the middle of a report).

* :func:`application_identity` — received + carried over = answered + carried forward, when
  the prose states the numbers (``收到申请 4 件,3 件已答复,1 件结转下年度``). A term the prose
  leaves out is unknown, not zero: a balance that an unstated term could close is UNCERTAIN;
  one that no non-negative value of it could close is a FAIL.
* :func:`stated_rates` — a completion / reply rate against the ratio of the prose's own numbers
  (``受理 170 件,办结 161 件,办复率 94.7%``). Reports define their bases differently (with or
  without carried-over cases; 按时办结率 of the cases due): a rate is a FAIL only when the prose
  gives one base and the rate fits none of its readings.
* :func:`stated_changes` — a change stated as a count and as a percentage (``增长 1870 条,增长率 18.63%``) against
  the count before it: the percentage is of last year's count (this year's less the change).
* :func:`restated_facts` — the same fact stated twice with different values (same metric,
  channel, category and period). Facts a report holds once (its applications, cases,
  documents: :data:`SINGLE_FACTS`) FAIL; publication counts, which reports restate for several
  scopes in the same words, are UNCERTAIN.
* :func:`listed_counts` — a stated number of listed things against the list: the outline
  (``…等六部分组成`` naming five) and 五's ``主要存在以下三个方面的问题`` followed by two items.

The table rules judge what the tables hold: the identity and rate checks stand back when
table 三 is there to compare each figure with (its narrative-vs-table twins do that).
"""
from __future__ import annotations

from collections import defaultdict

import regex

from . import figview
from .context import Context, sentence_bounds
from .model import Evidence
from .verdicts import make

#: facts a report states once: two different values are a contradiction
SINGLE_FACTS = frozenset({
    "applications_received", "applications_handled", "applications_carried_over", "applications_carried_forward",
    "applications_granted", "applications_partial", "applications_denied", "applications_unavailable",
    "applications_not_processed", "applications_other", "reconsiderations", "lawsuits",
    "regulations_issued", "regulations_repealed", "regulations_in_force",
    "normative_documents_issued", "normative_documents_repealed", "normative_documents_in_force",
    "licence_decisions", "punishment_decisions", "coercion_decisions", "npc_suggestions", "cppcc_proposals",
})
#: rates whose base is the applications
APPLICATION_RATES = frozenset({"reply_rate", "completion_rate"})

_CN = "一二三四五六七八九十"
_CN_VALUE = {ch: i + 1 for i, ch in enumerate(_CN)} | {"两": 2}
#: 主要存在以下三个方面的问题 / 从以下四个方面改进: a stated number of listed items
_STATED_LIST = regex.compile(
    rf"(?:以下|如下|下列|这|存在|主要有|主要存在|体现在|表现在)(?P<n>[{_CN}两]|\d)\s*(?:个|大|项|点)?\s*"
    r"(?:方面|问题|不足|点)")
#: what shows a list of problems has ended: the turn to measures (针对…问题, 下一步, 改进措施)
_NEXT_LIST = regex.compile(r"针对(?:以上|上述|这些)|下一步|下步|改进措施|整改措施|(?:\d{4}|明)年(?:,)?(?:我\p{Han}{0,2})?将")
#: the items of such a list: 一是… / (一)… / 1.… / 1、…
_ITEM_MARKERS = (
    regex.compile(rf"(?P<n>[{_CN}])是"),
    regex.compile(rf"\((?P<n>[{_CN}])\)"),
    regex.compile(r"(?<![\d.])(?P<n>\d{1,2})\s*[、.](?!\d)"),
    # 一、… at the start of a line or sentence; (1)(2)(3) (①②③ are folded to bare digits)
    regex.compile(rf"(?:^|(?<=[\n。;:]))\s*(?P<n>[{_CN}])、", regex.M),
    regex.compile(r"\((?P<n>\d{1,2})\)"),
)


def _num(x: float):
    x = round(x, 6)
    return int(x) if x == int(x) else x


def _top_level(ctx: Context, metric: str):
    """The report's own statement of ``metric``: annual counts that are not a part, not a
    category and not a change; (figure, all such figures)."""
    found = [f for f in ctx.figures if f.metric == metric and figview.comparable(f) and f.parent is None
             and not getattr(f, "category", None)]
    return found


def _single_value(figures):
    """The one value the prose gives (None when absent or when it gives several)."""
    values = {float(f.value) for f in figures}
    return figures[0] if len(values) == 1 else None


def _table_speaks(ctx: Context) -> bool:
    """Table 三 holds written numbers for the frame rows: the twins compare each figure."""
    if not ctx.has_table("applications"):
        return False
    return any(ctx.cell("applications", row, "total").known for row in ("new", "total"))


# --------------------------------------------------------------------------- identity


def application_identity(ctx: Context, rule):
    if _table_speaks(ctx):
        return ()
    received = _single_value(_top_level(ctx, "applications_received"))
    handled = _single_value(_top_level(ctx, "applications_handled"))
    carried_over = _single_value(_top_level(ctx, "applications_carried_over"))
    forward = _single_value(_top_level(ctx, "applications_carried_forward"))
    if received is not None and handled is None and not _top_level(ctx, "applications_handled"):
        return _identity_by_outcomes(ctx, rule, received, carried_over, forward)
    if received is None or handled is None:
        return ()
    if carried_over is None:
        # 共收到 5 件(含上年结转 1 件): the part already in the total
        parts = [f for f in ctx.figures if f.metric == "applications_carried_over" and f.parent is not None]
        if parts and figview.includes_carried_over(received):
            carried_over = parts[0]
    figures = [f for f in (received, carried_over, handled, forward) if f is not None]
    if any(figview.qualifier(f) or figview.rounding_step(f) for f in figures):
        return (make(rule, "NOT_ASSESSABLE", "叙述中的申请数含约数，不核对收支平衡",
                     evidence=[Evidence(start=f.start, end=f.end) for f in figures]),)
    evidence = [Evidence(start=f.start, end=f.end) for f in figures]
    includes = carried_over is not None and _holds_carried_over(ctx, received, carried_over) \
        or figview.includes_carried_over(received)
    left = float(received.value) + (float(carried_over.value) if carried_over is not None and not includes else 0.0)
    right = float(handled.value) + (float(forward.value) if forward is not None else 0.0)
    terms = f"收到{_num(received.value)}" + (f"＋上年结转{_num(carried_over.value)}"
                                              if carried_over is not None and not includes else "")
    terms += f" 对 办结{_num(handled.value)}" + (f"＋结转下年度{_num(forward.value)}" if forward is not None else "")
    unknown_over = carried_over is None and not includes
    unknown_forward = forward is None
    need = right - left
    unit = "申请收支"
    if abs(need) < 1e-9:
        return (make(rule, "PASS", f"叙述中的申请数收支平衡（{terms}）", expected=_num(left), found=_num(right),
                     evidence=evidence, unit=unit),)
    if need > 0 and unknown_over:
        return (make(rule, "UNCERTAIN", f"叙述中办结数多于收到数（{terms}），差{_num(need)}件可能是未写明的上年结转，请核实",
                     expected=_num(left), found=_num(right), evidence=evidence, unit=unit),)
    if need < 0 and unknown_forward:
        return (make(rule, "UNCERTAIN", f"叙述中收到数多于办结数（{terms}），差{_num(-need)}件未写明去向"
                                        f"（结转下年度或未办结），请核实",
                     expected=_num(left), found=_num(right), evidence=evidence, unit=unit),)
    outcomes = [f for f in ctx.figures if f.metric in figview.APPLICATION_OUTCOMES and figview.comparable(f)
                and _same_sentence(ctx.doc.text, handled, f)]
    if outcomes:
        # (依申请公开信息合计 20 件,1 件按无法提供办结,18 件按期限答复办结,1 件结转…: stated beside the answered,
        # other outcomes are concluded too, and the answered count is one outcome, not all concluded)
        listed = "＋".join(f.text for f in outcomes)
        if abs(need + sum(float(f.value) for f in outcomes)) < 1e-9:
            return (make(rule, "PASS", f"叙述中的申请数收支平衡（{terms}，另有同句所列其他办理结果{listed}）",
                         expected=_num(left), found=_num(right), evidence=evidence, unit=unit),)
        return (make(rule, "UNCERTAIN", f"叙述中的申请数收支未平衡（{terms}），但同句另列有办理结果（{listed}），"
                                        f"办结数的口径不明，请核实",
                     expected=_num(left), found=_num(right), evidence=evidence, unit=unit),)
    if (handled.start, handled.end) == (received.start, received.end):
        # 收到和办理依申请公开 9 件…结转下一年度 2 件: one wording for both, whose 办理 may mean taken
        # up rather than concluded; the page does not say how many were concluded
        return (make(rule, "UNCERTAIN", f"叙述中收到与办理合写为一个数（{terms}），办结数未单独写明，请核实",
                     expected=_num(left), found=_num(right), evidence=evidence, unit=unit),)
    if "\n" in ctx.doc.text[min(received.end, handled.end):max(received.start, handled.start)]:
        # (…新闻发布会 9 篇,政府公开信箱信件办理办结 312 件… in the paragraph on what was published, 收到申请 27 件
        # in the next: a count concluded in another paragraph may be of something else)
        return (make(rule, "UNCERTAIN", f"叙述中的申请数收支未平衡（{terms}），但收到数与办结数不在同一段，"
                                        f"办结数可能另有所指，请核实",
                     expected=_num(left), found=_num(right), evidence=evidence, unit=unit),)
    return (make(rule, "FAIL", f"叙述中的申请数收支不平衡：{terms}，相差{_num(abs(need))}件",
                 expected=_num(left), found=_num(right), evidence=evidence, unit=unit),)


#: every outcome table 三 has, as the prose names them (予以公开或部分公开 names two at once)
_EVERY_OUTCOME = frozenset(figview.APPLICATION_OUTCOMES)
_GRANTED_OR_PARTIAL = regex.compile(r"予以公开(?:或|和|及|、)部分公开")


def _identity_by_outcomes(ctx: Context, rule, received, carried_over, forward):
    """收到申请 163 件,上年结转 7 件,…予以公开或部分公开 96 件、不予公开 2 件、无法提供 40 件、不予处理 1 件、其他处理 21 件,
    结转至下年 9 件: with no count concluded, the outcomes stand for it — when the prose names every outcome there is, and
    the carried-over and carried-forward counts, the books must balance (one value each; a rate or a share is none)."""
    outcomes = [f for f in ctx.figures if f.metric in _EVERY_OUTCOME and figview.comparable(f)
                and not getattr(f, "category", None) and getattr(f, "kind", "count") == "count"]
    named = {f.metric for f in outcomes}
    if any(_GRANTED_OR_PARTIAL.search(f.text) for f in outcomes if f.metric == "applications_granted"):
        named.add("applications_partial")
    by_metric = {}
    for f in outcomes:
        by_metric.setdefault(f.metric, set()).add(float(f.value))
    if named != _EVERY_OUTCOME or any(len(values) > 1 for values in by_metric.values()) or carried_over is None \
            or forward is None:
        return ()
    figures = [received, carried_over, forward, *outcomes]
    if any(figview.qualifier(f) or figview.rounding_step(f) for f in figures):
        return ()
    first = {m: next(f for f in outcomes if f.metric == m) for m in by_metric}
    concluded = sum(float(f.value) for f in first.values())
    left = float(received.value) + (0.0 if _holds_carried_over(ctx, received, carried_over) else float(carried_over.value))
    right = concluded + float(forward.value)
    terms = (f"收到{_num(received.value)}＋上年结转{_num(carried_over.value)} 对 各项办理结果之和{_num(concluded)}"
             f"＋结转下年度{_num(forward.value)}")
    evidence = [Evidence(start=f.start, end=f.end) for f in (received, carried_over, *first.values(), forward)]
    if abs(left - right) < 1e-9:
        return (make(rule, "PASS", f"叙述中的申请数收支平衡（{terms}）", expected=_num(left), found=_num(right),
                     evidence=evidence, unit="申请收支"),)
    return (make(rule, "FAIL", f"叙述列出了全部办理结果，但申请数收支不平衡：{terms}，相差{_num(abs(left - right))}件",
                 expected=_num(left), found=_num(right), evidence=evidence, unit="申请收支"),)


def _holds_carried_over(ctx: Context, received, carried_over) -> bool:
    """Whether ``received`` already holds the carried-over: it says so (共收到 5 件(含上年结转 1 件)), or another
    count of received applications and the carried-over make it exactly (受理依申请公开 301 件,上年度结转申请 3 件,
    新增 298 件: the 301 is the year's caseload)."""
    if figview.includes_carried_over(received):
        return True
    whole, carried = float(received.value), float(carried_over.value)
    return carried > 0 and any(
        f is not received and f.metric == "applications_received" and figview.comparable(f)
        and abs(float(f.value) + carried - whole) < 1e-9 for f in ctx.figures)


# --------------------------------------------------------------------------- rates


#: words that give a statement its own scope or period (全市…, 市本级…, 各部门…, 上年…):
#: two values so stated may both be right, so they are UNCERTAIN, not FAIL
_SCOPE_WORDS = regex.compile(
    r"全(?:省|市|州|盟|县|区|旗|镇|乡|街道|系统)|本级|各(?:级|部门|单位|乡镇|街道|区县|县区|地)|所属|下属|直属|系统内"
    r"|其中|上年|去年|上一年|同比|较\d{4}|(?:19|20)\d{2}年(?:度)?(?:以来|至)"
    # (同时实现跨层级联办,共办结事项 3 件: the matters handled across levels, a part of the year's)
    r"|跨(?:层级|区域|部门|地区|省|市|县)"
    # (从申请内容来看,1宗申请…,1宗申请…: the applications broken down by what they asked, parts)
    r"|从(?:申请|来源|渠道|类型|内容|方式|主体)[^,。;]{0,8}(?:来看|看)|按(?:照)?(?:申请|来源|渠道|类型|内容|方式|主体)[^,。;]{0,6}(?:分|划分|统计)"
    # (行政发文共 21 件,主动公开 18 件,依申请公开 3 件: documents split by how each is released, not the year's
    # applications counted again)
    r"|主动公开[^,。;]{0,8}?\d+\s?(?:件|条|份|篇)[,、;]?\s?依申请公开\s?\d")


#: a clause opening a statement of its own (受理依申请公开…, 全年共收到…)
_OWN_STATEMENT = regex.compile(r"\s?(?:全年|本年度?|今年)?(?:共|累计)?(?:受理|收到|新收|接收|接到)")


def _sentence(text: str, figure) -> str:
    a, b = sentence_bounds(text, figure.start, figure.end, "。\n")
    return text[a:b]


def _scope_of(text: str, figure) -> str:
    """The words that may scope ``figure``: its sentence — or only its ``;``-clause when that opens a statement of
    its own with a verb of receiving (…其中部门文件 20 件;受理依申请公开办件 1 件: the 其中 scopes the documents of the
    clause before, not the applications; but 其中主动公开信息数 24 条;依申请公开信息数 6 条 goes on one list)."""
    a, b = sentence_bounds(text, figure.start, figure.end, "。\n;")
    if _OWN_STATEMENT.match(text, a):
        return text[a:b]
    return _sentence(text, figure)


def _in_brackets(text: str, figure) -> bool:
    """Whether ``figure`` stands inside a bracket opened earlier in its sentence."""
    a, _ = sentence_bounds(text, figure.start, figure.end, "。\n")
    before = text[a:figure.start]
    return before.count("(") > before.count(")")  # (normalised text: full-width brackets are ASCII ones)


def _same_sentence(text: str, a, b) -> bool:
    lo, hi = sorted((a.end, b.start)) if a.end <= b.start else sorted((b.end, a.start))
    return "。" not in text[lo:hi] and "\n" not in text[lo:hi]


#: a rate of the cases that were due (到期办结率, 按期答复率): its base is not stated
_RATE_OF_THE_DUE = regex.compile(r"到期|按期|按时|逾期")


def stated_rates(ctx: Context, rule):
    if _table_speaks(ctx):
        return ()
    received = _single_value(_top_level(ctx, "applications_received"))
    handled = _single_value(_top_level(ctx, "applications_handled"))
    if received is None or handled is None or float(received.value) <= 0:
        return ()
    carried_over = _single_value(_top_level(ctx, "applications_carried_over"))
    forward = _single_value(_top_level(ctx, "applications_carried_forward"))
    withdrawn = _single_value([f for f in ctx.figures if f.metric == "applications_other"])
    text = ctx.doc.text
    findings = []
    for rate in ctx.figures:
        if rate.metric not in APPLICATION_RATES or rate.kind != "rate" or rate.unit != "%":
            continue
        if not (_same_sentence(text, received, rate) or _same_sentence(text, handled, rate)):
            continue  # a rate of something else (留言答复率) or of another paragraph
        if any(figview.qualifier(f) for f in (received, handled, rate)):
            continue
        if _RATE_OF_THE_DUE.search(text, max(0, rate.start - 6), rate.value_start):
            continue  # 到期办结率 100%: of the cases due, which the prose does not count
        h, r = float(handled.value), float(received.value)
        bases = {r}
        if carried_over is not None and not figview.includes_carried_over(received):
            bases.add(r + float(carried_over.value))
        if withdrawn is not None and 0 < float(withdrawn.value) < r:
            # (收到 27 封,其中 14 封申请人主动撤销申请,13 封…办结,办结率达 100%: of those not withdrawn)
            bases.add(r - float(withdrawn.value))
        readings = {100.0 * h / b for b in bases if b > 0}
        if forward is not None and float(forward.value) > 0:
            readings.add(100.0)  # 按时办结率: cases carried forward are not yet due
        decimals, tolerance = figview.last_digit(rate)
        evidence = [Evidence(start=f.start, end=f.end) for f in (received, handled, rate)]
        unit = rate.text
        shown = "、".join(f"{x:.{max(decimals, 1)}f}%" for x in sorted(readings))
        if any(abs(float(rate.value) - x) <= tolerance + 1e-9 for x in readings):
            findings.append(make(rule, "PASS", f"“{rate.text}”与叙述中的办结{_num(h)}件/收到{_num(r)}件相符",
                                 expected=shown, found=rate.value, evidence=evidence, unit=unit))
        elif len(bases) == 1 and forward is None and float(rate.value) <= 100:
            findings.append(make(rule, "FAIL", f"“{rate.text}”与叙述中的办结{_num(h)}件/收到{_num(r)}件（{shown}）不符",
                                 expected=shown, found=rate.value, evidence=evidence, unit=unit))
        else:
            findings.append(make(rule, "UNCERTAIN", f"“{rate.text}”与叙述中的数字（{shown}）不符；比率的口径"
                                                    f"（是否含上年结转、结转件）未写明，请核实",
                                 expected=shown, found=rate.value, evidence=evidence, unit=unit))
    return tuple(findings)


# --------------------------------------------------------------------------- a change said twice


def stated_changes(ctx: Context, rule):
    """``发布政务信息 11347 条,同比增长信息量 1870 条,增长率 18.63%``: a change stated both as a count and as a
    percentage, after the count it changed, in one sentence — the percentage is the change over the year before's
    count (11347 − 1870 = 9477: 19.73%). FAIL when it fits neither that base nor, as some writers reckon it, the
    year's own count (that reading is UNCERTAIN); qualified numbers (约, 余) are not judged."""
    text = ctx.doc.text
    figures = sorted(ctx.figures, key=lambda f: f.start)
    findings = []
    for i, change in enumerate(figures):
        if change.kind != "change" or change.unit == "%" or change.direction not in ("up", "down"):
            continue
        count = next((f for f in reversed(figures[:i]) if f.metric == change.metric and f.kind == "count"), None)
        share = next((f for f in figures[i + 1:i + 3] if f.metric == change.metric and f.kind == "change"
                      and f.unit == "%" and f.direction in (change.direction, None)), None)
        if count is None or share is None or not (_same_sentence(text, count, change)
                                                  and _same_sentence(text, change, share)):
            continue
        if any(figview.qualifier(f) for f in (count, change, share)):
            continue
        now, by = float(count.value), float(change.value)
        before = now - by if change.direction == "up" else now + by
        if before <= 0 or by <= 0:
            continue
        decimals, tolerance = figview.last_digit(share)
        expected = 100.0 * by / before
        shown = f"{expected:.{max(decimals, 1)}f}%"
        said = f"{_num(now)}{count.unit or ''}、变化{_num(by)}{change.unit or ''}"
        if abs(float(share.value) - expected) <= tolerance + 1e-9:
            status, message = "PASS", f"“{share.text}”与{said}（上年{_num(before)}）相符"
        elif abs(float(share.value) - 100.0 * by / now) <= tolerance + 1e-9:
            status, message = "UNCERTAIN", (f"“{share.text}”是以本年数{_num(now)}为基数算出的比例，"
                                            f"按上年数{_num(before)}计应为{shown}，请核实口径")
        else:
            status, message = "FAIL", f"“{share.text}”与{said}不符：按上年数{_num(before)}计应为{shown}"
        findings.append(make(rule, status, message, expected=shown, found=share.value, unit=share.text,
                             evidence=[Evidence(start=f.start, end=f.end) for f in (count, change, share)]))
    return tuple(findings)


# --------------------------------------------------------------------------- restated facts


def restated_facts(ctx: Context, rule):
    groups: dict[tuple, list] = defaultdict(list)
    for f in ctx.figures:
        if not figview.comparable(f) or f.parent is not None or figview.qualifier(f):
            continue
        key = (f.metric, getattr(f, "channel", None), getattr(f, "category", None), getattr(f, "period", "annual"),
               figview.includes_carried_over(f))
        groups[key].append(f)
    findings = []
    text = ctx.doc.text
    for (metric, channel, category, *_), figures in sorted(groups.items(), key=lambda kv: kv[1][0].start):
        values = sorted({_num(float(f.value)) for f in figures})
        if len(values) < 2:
            continue
        # two values in one sentence count two things (新增栏目 6 个、合并栏目 4 个); a publication
        # count without a channel or category is said of many scopes (全年…, 其中某专题…)
        if any(_same_sentence(text, a, b) for a, b in zip(figures, figures[1:])):
            continue
        if metric not in SINGLE_FACTS and channel is None and category is None:
            continue
        evidence = [Evidence(start=f.start, end=f.end) for f in figures]
        stated = "、".join(f"“{f.text}”" for f in figures)
        # (a number inside a bracket glosses the count before it: 予以公开 3 件(主动公开 1 件,依申请公开 2 件) breaks
        # the granted down, it does not say the applications again)
        scoped = any(_SCOPE_WORDS.search(_scope_of(text, f)) or _in_brackets(text, f) for f in figures) \
            or _one_of_a_breakdown(figures, ctx.figures, text)
        # counted in different units (申请 0 件 … 依申请公开文件 12 条) they may be different things
        units = {getattr(f, "unit", None) for f in figures} - {None}
        if metric in SINGLE_FACTS and not scoped and len(units) <= 1:
            findings.append(make(rule, "FAIL", f"同一事实前后数字不一致：{stated}",
                                 expected=values[0], found=values[1:], evidence=evidence, unit=metric))
        else:
            findings.append(make(rule, "UNCERTAIN", f"同一口径的数字前后不一致：{stated}；可能指不同范围，请核实",
                                 expected=values[0], found=values[1:], evidence=evidence, unit=metric,
                                 severity="warning"))
    return tuple(findings)


def _one_of_a_breakdown(stated, figures, text: str) -> bool:
    """Whether a later statement and the counts of its family after it in its sentence add up to an earlier
    one (收到 7 条申请…。2 条依申请公开,1 条部分公开,…3 条…不予公开;1 条…无法提供: the 2 is one outcome)."""
    first, *later = stated
    for f in later:
        _, end = sentence_bounds(text, f.start, f.end, "。!?\n")
        rest = sum(float(g.value) for g in figures if f.end <= g.start < end and g.metric != f.metric
                   and figview.family(g) == figview.family(f))
        if rest and abs(float(f.value) + rest - float(first.value)) < 1e-9:
            return True
    return False


# --------------------------------------------------------------------------- listed counts


def _cn_value(n: str) -> int | None:
    return int(n) if n.isdigit() else _CN_VALUE.get(n)


def _items_after(text: str, start: int, end: int) -> tuple[int, bool]:
    """How many consecutive items (一是/二是…, (一)(二)…, 1. 2.…) follow ``start`` before
    ``end``; and whether the list runs to the end of the text (the page may have cut it).

    The list is the one whose first item comes first: a later list in another numbering (the
    measures as 1. 2. 3. 4. after problems as 一是…三是) is not the stated one. Only when that
    list has fewer than two items is the longest run of any numbering taken."""
    runs: list[tuple[int, int, bool]] = []  # (where item 1 is, items, runs out)
    for marker in _ITEM_MARKERS:
        expected = 1
        last_end = start
        first_at = end
        for m in marker.finditer(text, start, end):
            value = _cn_value(m.group("n"))
            if value == expected:
                if expected == 1:
                    first_at = m.start()
                expected += 1
                last_end = m.end()
            elif value == 1 and expected > 1:
                break  # a second list starts (改进措施 after the problems)
        count = expected - 1
        if count:
            runs_out = not any(mark in text[last_end:end] for mark in ("。", "\n")) or end >= len(text.rstrip())
            runs.append((first_at, count, runs_out))
    if not runs:
        return 0, False
    first = min(runs, key=lambda r: r[0])
    if first[1] >= 2:
        return first[1], first[2]
    longest = max(runs, key=lambda r: (r[1], -r[0]))
    return longest[1], longest[2]


def _list_closes_at(text: str, start: int, turn: int) -> bool:
    """Whether the numbered list after ``start`` plainly ends at ``turn`` (下一步…): its last
    item is one sentence, so no unnumbered item can hide between it and the turn."""
    last = max((m.end() for marker in _ITEM_MARKERS for m in marker.finditer(text, start, turn)), default=start)
    return text.count("。", last, turn) <= 1 and "\n" not in text[last:turn].strip()


def listed_counts(ctx: Context, rule):
    findings = []
    outline = getattr(ctx.sections, "stated_parts", None)
    if outline is not None:
        stated, listed, start, end, sure = outline
        if listed is not None and listed != stated:
            status = "FAIL" if sure else "UNCERTAIN"
            findings.append(make(rule, status, f"引言称报告由{stated}部分组成，但列出的是{listed}部分"
                                               + ("" if sure else "（列表的分段方式不止一种，请核实）"),
                                 expected=stated, found=listed, evidence=[Evidence(start=start, end=end)],
                                 unit="报告组成部分", severity="warning"))
    section = ctx.sections.get("problems")
    if section is not None:
        text = ctx.doc.text
        for m in _STATED_LIST.finditer(text, section.start, section.end):
            stated = _cn_value(m.group("n"))
            if stated is None or stated < 2:
                continue
            stop = section.end
            nxt = _STATED_LIST.search(text, m.end(), section.end)
            if nxt is not None:
                stop = nxt.start()
            turn = _NEXT_LIST.search(text, m.end(), stop)
            count, runs_out = _items_after(text, m.end(), stop)
            if turn is not None:
                # the items counted are the problems, before the turn to measures
                count = min(count, _items_after(text, m.end(), turn.start())[0]) or count
            if count == 0:
                continue  # the items are not numbered: nothing to count
            evidence = [Evidence(start=m.start(), end=m.end())]
            if count == stated:
                findings.append(make(rule, "PASS", f"“{m.group()}”后列出{count}项", expected=stated, found=count,
                                     evidence=evidence, unit="列举项数"))
            elif count < stated and (runs_out or ctx.metadata is not None and getattr(ctx.metadata, "fragment", False)):
                findings.append(make(rule, "UNCERTAIN", f"“{m.group()}”后只见{count}项，列举在页面末尾中断",
                                     expected=stated, found=count, evidence=evidence, unit="列举项数"))
            elif count < stated and not (turn is not None and _list_closes_at(text, m.end(), turn.start())):
                # fewer numbered items than stated proves little: the rest may go on unnumbered
                # (此外…), or numbered in a way not read; a reviewer checks
                findings.append(make(rule, "UNCERTAIN", f"“{m.group()}”后只识别出{count}项编号，请核实是否列全",
                                     expected=stated, found=count, evidence=evidence, unit="列举项数"))
            else:
                findings.append(make(rule, "FAIL", f"“{m.group()}”，但其后列出{count}项", expected=stated, found=count,
                                     evidence=evidence, unit="列举项数", severity="warning"))
    return tuple(findings)
