"""A stated total against the sum of its stated parts (``共N条，其中A条、B条、C条``).

What a reviewer would agree with, as real reports showed it:

* parts that **exceed** their total are a FAIL (beyond the tolerance of 约/余 and 万-rounding,
  which give UNCERTAIN), unless the list mixes channels with categories, which can overlap
  (网站 200 条、政务动态 150 条 may count one item twice): then UNCERTAIN;
* parts that **fall short** of their total are normal after 其中 (reports list the categories
  they care about, not all of them): UNCERTAIN, never FAIL, unless the parts are a complete
  partition of the total (:data:`COMPLETE_PARTITIONS`: every kind of applicant, every outcome of
  an application, or a list that closes with the rest, 其他信息 4 条), when a shortfall is a FAIL.
  A list that says it is a selection (``等``, ``主要有``) and falls short passes;
* a list that runs into the end of the page (a page cut from a longer report) is UNCERTAIN
  however it sums.

A breakdown whose total and parts are each compared with a written table cell by their own
narrative-vs-table rule (``办结 63 件,其中予以公开 28 件、…``; ``行政复议 351 件,其中结果维持
72 件…``) is left to those rules: each number is checked against the table, whose own
identities relate them. Summing the prose would only add false alarms there: whether such a
list names every outcome, and whether a 收到 total counts the carried-over cases the outcomes
include, is written in the table, not in the words."""
from __future__ import annotations

import regex

from . import figview
from .context import Context, sentence_bounds
from .model import Evidence
from .verdicts import make


#: label sets that between them name every part of their total (a category or the metric of
#: a part, as the extractor gives it): a list covering one of them must add up
COMPLETE_PARTITIONS: tuple[frozenset[str], ...] = (
    frozenset({"自然人", "法人或其他组织"}),
    frozenset({"自然人", "法人和其他组织"}),
    frozenset({"自然人", "法人及其他组织"}),
    figview.APPLICATION_OUTCOMES,
)
#: a part that is the rest of the total (其他 4 条, 其他类信息 2 条, 其余 3 条, 其他及宣传信息 46 篇)
_REMAINDER = regex.compile(r"(?:其他|其它|其余)(?:各类|各项)?(?:法定主动公开|主动公开|公开)?(?:(?:及|和)\p{Han}{1,4}?)?"
                           # (“其他法定主动公开内容”5 条: the rest of the statutory contents, quoted)
                           r"(?:类|类别|信息|类信息|方面|栏目|方式|渠道|途径|内容|事项)?[”\"]?"
                           r"(?:数量|数)?(?:为|是)?\s*$"
                           # (其他各类信息 57 条: the rest, of every kind)
                           # (其他方式公开政府信息 67 条: the rest of the channels; 其他栏目公开政府信息 267 条: of the columns;
                           # …信息公开网 554 条,其它方式 61 条: the rest of the channels, named bare)
                           r"|(?:其他|其它|其余)(?:方式|渠道|途径|形式|媒体|平台|栏目)(?:公开|发布)(?:了)?(?:政府)?(?:信息)?\s*$")
#: what ends a sentence: a list with none of these between its last part and the end of the
#: text was cut off by the page end
_SENTENCE_END = ("。", "\n", "!", "?")


def _num(x: float):
    x = round(x, 6)
    return int(x) if x == int(x) else x


def breakdown_sums(ctx: Context, rule):
    figures = tuple(ctx.figures)
    indexed = figview.by_index(figures)
    findings = []
    for total in figures:
        if figview.is_change(total):
            continue
        parts = _distinct(total, [p for p in figview.parts_of(total, figures, indexed)
                           if not figview.is_change(p) and _same_unit(total, p) and _same_period(total, p)],
                          ctx.doc.text)
        parts = _without_restated_total(total, parts)
        for group in _lists(total, parts, ctx.doc.text):
            group = _closed_at_remainder(total, group, ctx.doc.text)
            if len(group) < 2:
                continue
            if all(_checked_against_table(ctx, f) for f in (total, *group)):
                continue
            findings.append(_judge(rule, total, group, ctx.doc.text, figures))
    return tuple(findings)


#: a total whose parts may form a second partition of it in other metrics: the applications
#: received, by how they came in and again by outcome
SECOND_PARTITIONS: dict[str, frozenset[str]] = {
    "applications_received": figview.APPLICATION_OUTCOMES | {"applications_carried_forward", "applications_handled"},
}


#: the metrics of a total's first partition when it is not the total's own alone: 受理申请 15 件,
#: 其中新收到 14 件,结转上年度 1 件 (where they came from), 办结 13 件,结转下年度 2 件 (how they ended)
FIRST_PARTITIONS: dict[str, frozenset[str]] = {
    "applications_received": frozenset({"applications_received", "applications_carried_over"}),
}


#: between two parts: a second list of the same total opens (…。其中,按办件性质分:…)
#: (also a bracketed list closed and another opened: 共311条(其中:网站6条,微信305条),其中工作动态86条…;
#: 办结177件(含2022年结转的3件),其中,予以公开60件…)
_SECOND_LIST_OPENER = regex.compile(r"。[^。]{0,12}?(?:其中|按[^,;。:]{1,8}分|在[^,;。:]{1,10}中[,:])|\)\s?[,;]?\s?其中")


def _lists(total, parts: list, text: str = "") -> list[list]:
    """The lists a total's parts form, each summed on its own: 受理申请 49 件, by how they came in
    (信函 35 件, 当面 2 件…: the total's own metric) and then by outcome (同意公开 14 件, 部分公开
    1 件…, :data:`SECOND_PARTITIONS`) are two partitions of the 49, not one list of 98; so are
    two lists each opened by its own 其中 / 按…分 in sentences of their own (热线受理 2720 件(其中承办单
    2299 件,重新办理单 421 件)…。其中,按办件性质分:求助类 2252 件…)."""
    if text:
        runs = [[parts[0]]] if parts else []
        for previous, part in zip(parts, parts[1:]):
            if _SECOND_LIST_OPENER.search(text, previous.end, part.start):
                runs.append([])
            runs[-1].append(part)
        if len(runs) > 1:
            return runs  # (a run of one part is a statement of its own, never summed)
    by_applicant = _by_applicant_then_channel(total, parts)
    if by_applicant is not None:
        return by_applicant
    second = SECOND_PARTITIONS.get(total.metric)
    if second is None:
        return [parts]
    first = FIRST_PARTITIONS.get(total.metric, frozenset({total.metric}))
    own = [p for p in parts if p.metric in first]
    other = [p for p in parts if p.metric in second]
    # (线上 12 件、线下 0 件,驳回 7 件: one outcome after the channels is a statement of its own, not a third
    # part of the channels' list; 其中,信函申请 6 件;申请信息已公开的 2 件,不属于本行政机关的 4 件: one channel
    # for all of them, then the outcomes)
    if (own and other and (len(own) >= 2 or len(other) >= 2) and len(own) + len(other) == len(parts)
            and own[-1].start < other[0].start
            # (a single channel part over the total is no partition of it: the list stays whole, a FAIL)
            and not (len(own) == 1 and own[0].value > total.value)):
        return [own, *_handled_apart(other)]
    return [parts]


def _handled_apart(parts: list) -> list[list]:
    """A second partition naming the handled count beside the outcomes (其中申请人为自然人 1 件,答复“予以公开”1 件,
    已办结 1 件): the outcomes are parts of the handled, not more of it — each level summed on its own."""
    handled = [p for p in parts if p.metric in ("applications_handled", "applications_carried_forward")]
    if not any(p.metric == "applications_handled" for p in handled) or len(handled) == len(parts):
        return [parts]
    return [handled, [p for p in parts if p not in handled]]


#: who asked, as the 2019+ table counts the applicants (自然人, 法人或其他组织 and its kinds)
_APPLICANT_LABEL = regex.compile(r"自然人|法人|其他组织|商业企业|科研机构|社会公益组织|法律服务机构|公民|个人|企业")


def _by_applicant_then_channel(total, parts) -> list[list] | None:
    """``收到申请 19 件,上年结转 1 件,其中自然人提交申请 20 件,通过互联网渠道提交 15 件,…当面申请 3 件``: the
    applications by who asked, then again by how they came in — two partitions of one whole, each summed
    on its own (None when the parts are not so split: the applicants' parts first, then the others)."""
    if total.metric != "applications_received" or any(p.metric != total.metric for p in parts):
        return None
    asked = [bool(p.category and _APPLICANT_LABEL.search(p.category)) for p in parts]
    if not any(asked) or all(asked) or asked != sorted(asked, reverse=True):
        return None
    k = asked.count(True)
    return [parts[:k], parts[k:]]


#: a total whose parts may describe it together with a companion stated beside it: 收到申请
#: 9 件,上年结转 1 件,其中网络申请 5 件、信函申请 5 件 (the 10 of both)
#: (按时办结 517 件,延期办结 8 件。其中…: outcomes of both handled counts together)
COMPANIONS: dict[str, str] = {"applications_received": "applications_carried_over",
                              "applications_handled": "applications_handled"}
#: what parts two figures into separate statements
_STATEMENT_BREAK = regex.compile(r"[。;\n]")


def _companions(total, figures, text: str) -> list:
    """Figures of the total's companion metric in the same sentence (no 。 or ; between)."""
    metric = COMPANIONS.get(total.metric)
    if metric is None:
        return []
    out = []
    for f in figures:
        # (已办结 66 件(含上年度结转 1 件): the carried-over named in another count's gloss is a companion too; not one
        # that is the total's own part, 受理 45 件,其中 4 件来自上一年度结转: those are inside it)
        parent = getattr(f, "parent", None)
        if f is total or f.metric != metric or (parent is not None and (metric == total.metric
                                                                        or parent == getattr(total, "index", None))):
            continue
        a, b = (total.end, f.start) if f.start >= total.end else (f.end, total.start)
        if not _STATEMENT_BREAK.search(text, a, b):
            out.append(f)
    return out


def _without_restated_total(total, parts: list) -> list:
    """The parts without one that says the total again (主动公开政府信息 684 条:其中网上公布信息
    684 条,规划计划 5 条…: the 684 is where they all went, the rest its categories)."""
    whole = [p for p in parts if float(p.value) == float(total.value) and float(p.value) > 0]
    # (a labelled kind as large as its total, 来信来访 36 件,其中政策咨询类 36 件、…转办件 2 件, says
    # every item is of that kind: the other parts are then over, not the 36 a restatement)
    if len(whole) == 1 and len(parts) >= 3 and whole[0].category is None:
        return [p for p in parts if p is not whole[0]]
    return parts


def _distinct(total, parts: list, text: str) -> list:
    """The parts once each: a part that says again what an earlier one said (其中 3 件已答复,1 件
    结转,已办理的 3 件均属于…: same metric, value and label) is a restatement, not another part.
    Not two unlabelled parts of the total's own metric: those are two items of its list whose
    labels were not read (…;4.办事指南类 1 条;…;6.年度报告 1 条), and summing one would FAIL a
    list that adds up; nor the next item of the same list, written right after with 、 (预算及三公经费
    1 条、决算及三公经费 1 条: two labels read the same)."""
    last: dict = {}
    out = []
    for p in parts:
        key = (p.metric, float(p.value), p.category, getattr(p, "channel", None), _reason_words(p))
        earlier = last.get(key)
        if earlier is not None and not (p.category is None and p.metric == total.metric) \
                and not _NEXT_ITEM.fullmatch(text, earlier.end, p.start):
            continue
        last[key] = p
        out.append(p)
    return out


def _reason_words(part) -> str | None:
    """For an outcome of the applications, the words of its wording that name it (属于国家秘密 1 件 and
    属于行政执法案卷 1 件 are two reasons for refusal, both 1, not one said twice; 予以公开 3 件 and 予以公开的 3 件
    are one); None for other metrics."""
    if part.metric not in figview.APPLICATION_OUTCOMES:
        return None
    return _NOT_REASON_WORDS.sub("", getattr(part, "text", "") or "")


#: what an outcome's wording holds besides its reason: the number, its unit and fillers
_NOT_REASON_WORDS = regex.compile(r"[\d\s.,、]|件|条|个|宗|项|的|其中|均|已|为|属于|系|共")

#: what stands between one item of a list and the next (、决算及): a separator and the words the label lost
_NEXT_ITEM = regex.compile(r"[、;,]\s?\p{Han}{0,4}")


def _checked_against_table(ctx: Context, fig) -> bool:
    from .narrative import checked_against_table
    from .rules import TWINS

    twin = TWINS.get(fig.metric)
    return twin is not None and checked_against_table(ctx, twin, fig)


def _closed_at_remainder(total, parts: list, text: str) -> list:
    """``其中重点领域信息 3683 条,其他信息 2084 条,主动公开文件 597 份,发布政策解读 14 篇`` of 5767: the
    list closes at its remainder (其他) when the parts up to it make the total exactly; what
    follows is said apart (not when the remainder stands inside the list: 业务工作类 127 条,其他类
    32 条,网站发布 14 条 make 173 together)."""
    if sum(float(p.value) for p in parts) <= float(total.value):
        return parts
    running = 0.0
    for k, part in enumerate(parts):
        running += float(part.value)
        if _is_remainder(part, text) and abs(running - float(total.value)) < 1e-9:
            return parts[:k + 1]
    return parts


def _same_period(total, part) -> bool:
    """A cumulative count among a year's parts (其中:2019年主动公开18条,历年累计66条;…) counts
    since records began, a daily average (日均受理7.5件) a day: no part of the year's sum."""
    period = getattr(part, "period", "annual")
    return period == "annual" or period == getattr(total, "period", "annual")


def _same_unit(total, part) -> bool:
    a, b = getattr(total, "unit", None), getattr(part, "unit", None)
    return a is None or b is None or a == b or {a, b} <= {"件", "份", "条", "件次", "篇", "则"}


def _number_at(figure) -> int:
    """Where a figure's number starts (its span may open at its label; -1 when not known)."""
    return figure.value_start if figure.value_start >= 0 else figure.start


def _is_remainder(part, text: str) -> bool:
    """Whether the part is labelled as the rest of its total (其他 4 条, 其他类信息 2 条)."""
    return _REMAINDER.search(text, max(0, part.start - 16), _number_at(part)) is not None


def _complete_partition(parts, text: str) -> bool:
    labels = {p.category for p in parts if p.category} | {p.metric for p in parts}
    if any(_is_remainder(p, text) for p in parts):
        return True  # a list naming 其他 (a label too generic to be a category) names every part
    return any(partition <= labels for partition in COMPLETE_PARTITIONS)


def _mixes_channels_and_categories(total, parts) -> bool:
    channels = {p.channel for p in parts if p.channel and p.channel != total.channel}
    labelled = [p for p in parts if p.category and not p.channel]
    return bool(channels) and bool(labelled)


def _categories_alone_exceed(total_range, parts, part_ranges) -> bool:
    """Whether the parts labelled by a kind alone (no channel) already sum to more than the total."""
    return sum(r.low for p, r in zip(parts, part_ranges) if p.category and not p.channel) > total_range.high + 1e-9


#: a label naming only where an item came from (原创信息, 转载), not what kind it is: such a part and a part
#: of a kind (新闻类 188 条,原创信息 698 条) can count one item twice (not 转发疫情防控 9 条: a kind, reposted)
_ORIGIN_LABEL = regex.compile(r"(?:原创|转载|转发|自采|首发)(?:类)?(?:的)?(?:信息|稿件|文章|内容|作品)?")


def _mixes_origins_and_kinds(parts) -> bool:
    origins = [p for p in parts if p.category and _ORIGIN_LABEL.fullmatch(p.category)]
    return bool(origins) and any(p.category and p not in origins for p in parts)


def _by_channel(total, parts) -> bool:
    """Whether every part is what one channel published (网站 73 条;微信 73 条;…)."""
    channels = [p.channel for p in parts]
    return all(c and c != total.channel for c in channels) and len(set(channels)) >= 2


#: a short label and a count right after the sentence that ends a list (。财政信息3。): the list may
#: go on past the stop
_TRAILING_ITEM = regex.compile(r"\s?[。;；]\s?(?P<label>[^\d。;；,，:：]{2,12}?)(?P<num>\d+(?:\.\d+)?)\s?(?:条|件|篇|个|项)?"
                               r"(?=\s?[。;；,，]|\s*$)")


#: a semicolon between two parts
_SEMICOLON = regex.compile(r"[;；]")


def _semicolon_between(a, b, text: str) -> bool:
    # (up to b's end: the ; may fall inside b's label, …等方面信息;行政许可与行政处罚方面81条)
    return _SEMICOLON.search(text, a.end, b.end) is not None


#: right after a count, the start of a list of its parts
_OPENS_OWN_LIST = regex.compile(r"\s?[,,;]?\s?其中")
#: right after a part, the next clause opening with a verb of publishing
_PUBLISHING_VERBS = r"发布|公开|公布|推送|更新|编发"
_PUBLISHING_VERB = regex.compile(_PUBLISHING_VERBS)
#: (…,在市数据资源局门户网站发布信息 647 条: the verb after where it was published)
_OPENS_WITH_VERB = regex.compile(rf"\s?[,,;、]\s?(?:另|还|并|同时)?(?:(?:在|通过)[^,;。、]{{1,20}}?)?(?:主动)?(?:{_PUBLISHING_VERBS})")


def _statement_apart(total, parts, part_ranges, high: float, text: str):
    """The first part that alone exceeds the total and opens a clause with a verb of publishing
    when the parts before it were named by labels alone (no such verb from the total on) and stay
    within the total (parts over it before the statement are over it whatever follows); None otherwise."""
    before = total
    for k, (part, r) in enumerate(zip(parts, part_ranges)):
        if k and r.low > high + 1e-9 and _OPENS_WITH_VERB.match(text, parts[k - 1].end):
            return part if sum(earlier.low for earlier in part_ranges[:k]) <= high + 1e-9 else None
        if _PUBLISHING_VERB.search(text, before.end, _number_at(part)):
            return None
        before = part
    return None


def _enumeration_closed(head, after, text: str) -> bool:
    """Whether the parts ``head`` are joined by 、 alone and a comma stands before ``after``."""
    gaps = [text[a.end:b.start] for a, b in zip(head, head[1:])]
    # (the text is normalised: full-width commas are ASCII ones)
    return bool(gaps) and all("、" in g and "," not in g for g in gaps) and "," in text[head[-1].end:after.start]


def _closed_before(total, parts, text: str) -> int | None:
    """How many parts (two or more) come before a ;, before a part published through another
    channel or before one counted in another unit, when exactly those add up to the total; None
    otherwise. (One part as large as its
    total before the ; is one channel that carried every item, the others repeating them.) Asked
    only of unqualified counts."""
    running = 0.0
    for k, (a, b) in enumerate(zip(parts, parts[1:]), start=1):
        running += float(a.value)
        # (…乡镇1669个,村社区2835个,公共资源交易招投标公告类信息8453: a count in another unit, or
        # none, after parts that make the total exactly is a sibling of the total, not its part)
        turn = _semicolon_between(a, b, text) or (
            getattr(b, "channel", None) and getattr(a, "channel", None) and b.channel != a.channel) or (
            # (市本级 33250 条,县(区)65781 条,通过政府公报公开 64 条,政府网站公开 61134 条…: the levels make the
            # total, then the channels start a list of their own)
            getattr(b, "channel", None) and not getattr(a, "channel", None)) or (
            getattr(a, "unit", None) and getattr(b, "unit", None) != a.unit) or (
            # (…3条,开展医疗质量管理相关工作信息121条,其中…: a count opening a list of its own)
            _OPENS_OWN_LIST.match(text, b.end) is not None) or (
            # (政策解读106条,其中解读材料65条,解读产品41条,发布本系统政务动态信息596条: a verb of publishing opens a
            # statement of its own)
            _OPENS_WITH_VERB.match(text, a.end) is not None) or (
            # (其中 A 9 条、B 380 条、C 12 条、D 21 条,行政许可及行政处罚“双公示”613 条: the 、 enumeration closed
            # by a comma, what follows is counted apart)
            _enumeration_closed(parts[:k], b, text))
        if k >= 2 and turn and abs(running - float(total.value)) < 1e-9:
            return k
    return None


def _nested_heads(total, parts, text: str) -> list | None:
    """The first part of each ;-separated group, when every group of two or more opens with the
    sum of the rest of it and those first parts add up to the total; None otherwise. Asked only of
    unqualified counts."""
    groups: list[list] = [[parts[0]]]
    for a, b in zip(parts, parts[1:]):
        if _semicolon_between(a, b, text):
            groups.append([])
        groups[-1].append(b)
    if len(groups) < 2 or not any(len(g) >= 3 for g in groups):
        return None
    for group in groups:
        if len(group) >= 2 and abs(float(group[0].value) - sum(float(p.value) for p in group[1:])) > 1e-9:
            return None
    heads = [g[0] for g in groups]
    return heads if abs(sum(float(h.value) for h in heads) - float(total.value)) < 1e-9 else None


#: a part's metric and the metrics its own parts can have when they follow it in its total's list: the
#: applications concluded, by how they ended (其中 33 件已办结,答复 27 件,主动撤回 6 件). Only these: equal
#: sums among parts of one kind are coincidences as often as not (网站 120 条,微信 90 条,微博 30 条)
NESTED_PARTS: dict[str, frozenset[str]] = {
    "applications_handled": figview.APPLICATION_OUTCOMES | {"applications_handled"},
}


def _outer_list_goes_on(total, parts, figures) -> tuple | None:
    """A nested list (a part's own 其中) whose tail, moved up beside the part, makes up the outer total exactly:
    (outer total, the tail), when the parts before the tail fit the part; None otherwise."""
    if getattr(total, "parent", None) is None:
        return None
    outer = figview.by_index(figures).get(total.parent)
    if outer is None or not _same_unit(outer, total):
        return None
    for k in range(1, len(parts)):
        head, tail = parts[:k], parts[k:]
        if sum(float(p.value) for p in head) <= float(total.value) + 1e-9 \
                and abs(float(total.value) + sum(float(p.value) for p in tail) - float(outer.value)) < 1e-9 \
                and all(_same_unit(outer, p) for p in tail):
            return outer, tail
    return None


def _part_then_its_parts(parts) -> tuple | None:
    """A part followed right away by two or more parts that add up to it exactly and can be its own
    (:data:`NESTED_PARTS`): (the part, those parts), the first such found; None otherwise."""
    for k, head in enumerate(parts[:-2]):
        kinds = NESTED_PARTS.get(head.metric)
        if kinds is None:
            continue
        running = 0.0
        for j in range(k + 1, len(parts)):
            if parts[j].metric not in kinds:
                break
            running += float(parts[j].value)
            if j >= k + 2 and abs(running - float(head.value)) < 1e-9:
                return head, parts[k + 1:j + 1]
            if running > float(head.value):
                break
    return None


def _counts_after(total, parts, figures, text: str) -> list:
    """Counts in the total's unit after its last part and before the sentence ends (。), none of
    them a part or the start of another total's list."""
    last = parts[-1]
    end = text.find("。", last.end)
    end = len(text) if end < 0 else end
    unit = getattr(total, "unit", None)
    taken = {id(p) for p in parts}
    metrics = {total.metric} | {p.metric for p in parts}
    return [f for f in figures if id(f) not in taken and last.end <= f.start < end
            and getattr(f, "kind", "count") == "count" and getattr(f, "unit", None) == unit and f.metric in metrics]


def _bracket_fits_outer_list(total, parts, figures, text: str):
    """The outer total, when the parts stand in a bracket opened right after the total (itself a part of the outer
    total) and, added to the outer total's parts, do not exceed it; None otherwise."""
    if getattr(total, "parent", None) is None or not text.startswith("(", total.end):
        return None
    close = text.find(")", total.end)
    if close < 0 or parts[-1].end > close:
        return None
    outer = figview.by_index(figures).get(total.parent)
    if outer is None:
        return None
    siblings = sum(float(f.value) for f in figures if getattr(f, "parent", None) == total.parent)
    return outer if siblings + sum(float(p.value) for p in parts) <= float(outer.value) + 1e-9 else None


def _earlier_total_of_all(total, parts, figures):
    """An earlier count of the total's metric equal to the total and every count of its family from it to its last
    part (its parts and what stands between them) together, or None."""
    together = sum(float(f.value) for f in figures if total.start <= f.start <= parts[-1].start
                   and getattr(f, "kind", "count") == "count" and figview.family(f) == figview.family(total))
    return next((f for f in figures if f.metric == total.metric and f.start < total.start
                 and getattr(f, "kind", "count") == "count" and abs(float(f.value) - together) < 1e-9), None)


def _counts_inside(parts, figures) -> list:
    """Counts between the list's first and last part that are not among its parts."""
    taken = {id(p) for p in parts}
    return [f for f in figures if id(f) not in taken and parts[0].start < f.start < parts[-1].start
            and getattr(f, "kind", "count") == "count"]


def _cut_off(last, text: str) -> bool:
    rest = text[last.end:]
    return not any(mark in rest for mark in _SENTENCE_END)


#: a bracket right after a part that adjusts it by a count: 形势分析类 20 条(同时撤销 2 条) (not a
#: bracket of the part's own parts, which are summed on their own)
_COUNT_GLOSS = regex.compile(r"\s?\([^()\d]{0,6}?(?:撤销|撤回|删除|下架|失效|废止|重复|减少|调整)[^()\d]{0,8}?"
                             r"\d+\s?(?:条|件|篇|个|项)[^()]{0,10}\)")


def _after_another_subject(parts, figures, text: str):
    """``…84 条,其中发布文件 2 条;全镇新媒体平台 13 个,发布…信息 200 余条``: a part after a semicolon
    and a count of something else (no part of the list) may open a statement of its own;
    (that count, the part) or None."""
    listed = {(p.start, p.end) for p in parts}
    for a, b in zip(parts, parts[1:]):
        if not _semicolon_between(a, b, text):
            continue
        # (not a share of the part before: 工作信息 103 条,占 66.9%;民生事项 1 条)
        other = next((f for f in figures if a.end <= f.start and f.end <= b.start and (f.start, f.end) not in listed
                      and getattr(f, "unit", None) not in (getattr(b, "unit", None), "%")
                      and _SEMICOLON.search(text, a.end, f.start)), None)
        if other is not None:
            return other, b
    return None


#: a number and the unit after it, in the raw text
_COUNT = regex.compile(r"(?P<num>\d+(?:\.\d+)?)\s?(?:余|多)?\s?(?P<unit>\p{Han})")


def _sibling_before_new_sentence(total, parts, figures, text: str):
    """A count of the total's own sentence standing beside it, when the parts open a new sentence
    (…政务公开238条、新闻动态291条、业务公开82条;微博54条。其中机构职能类3条…: 其中 after the full stop
    may break down any of them, or what the page left unread): the first such sibling, or None. A sibling too small
    to hold the parts is none (新收 1 件,上年结转 0 件,办结 1 件…。其中,予以公开 2 件,部分公开 3 件: no count of the
    sentence holds 5)."""
    if not parts or "。" not in text[total.end:parts[0].start]:
        return None
    a, b = sentence_bounds(text, total.start, total.end, "。\n")
    need = sum(float(p.value) for p in parts)
    return next((f for f in figures if f is not total and f not in parts and a <= f.start < b
                 and getattr(f, "parent", None) == getattr(total, "parent", None)
                 and getattr(f, "unit", None) == getattr(total, "unit", None)
                 and figview.allowed_range(f).high + 1e-9 >= need), None)


def _counts_between(total, parts: list, figures, text: str) -> list[str]:
    """Counts in the total's unit, written between it and its first part, that could hold the
    parts (as large as their sum), none of the total's own parts or companions (上年结转): a list
    opened after several totals (开展讲座 165 场、培训 57 场、活动 248 场…,其中讲座 80 场,…) may be
    of any of them. (A count too small to hold the parts leaves the list the total's.)"""
    first = parts[0].start
    unit = getattr(total, "unit", None)
    if not unit:
        return []
    own = set(getattr(total, "parts", ()) or ())
    companion = COMPANIONS.get(total.metric)
    taken = [(f.start, f.end) for f in figures
             if getattr(f, "index", None) in own or f.metric == companion]
    stated_sum = sum(float(p.value) for p in parts)
    out = []
    for m in _COUNT.finditer(text, total.end, first):
        if m.group("unit") != unit or any(a <= m.start() < b for a, b in taken):
            continue
        if float(m.group("num")) >= stated_sum:
            out.append(m.group())
    return out


#: a handling verb right before a part's number (…共办理 64 个): cases handled, not the matters counted
_HANDLED_RIGHT_BEFORE = regex.compile(r"(?:办理|受理|办结|核发|发放)(?:了)?\s?$")


def _shown(part) -> str:
    """A part as a message names it: its words, or — for one of several labels sharing a number (年度报告、
    公开指南、标准目录各 1 条) — its own label and the number."""
    category = getattr(part, "category", None)
    if category and ("、" in part.text or "各" in part.text):
        return f"{category}{_num(float(part.value))}{getattr(part, 'unit', None) or ''}"
    return part.text


def _judge(rule, total, parts, text: str, figures=()):
    evidence = [Evidence(start=total.start, end=total.end)] + [Evidence(start=p.start, end=p.end) for p in parts]
    total_range = figview.allowed_range(total)
    part_ranges = [figview.allowed_range(p) for p in parts]
    low = sum(r.low for r in part_ranges)
    high = sum(r.high for r in part_ranges)
    stated_sum = _num(sum(float(p.value) for p in parts))
    listed = "＋".join(_shown(p) for p in parts)
    exact = total_range.exact and all(r.exact for r in part_ranges)
    qualified = figview.qualifier(total) or any(figview.qualifier(p) for p in parts)
    tolerance = 0.0 if exact else max(total_range.tolerance, (high - low) / 2)
    exhaustive = figview.is_exhaustive(total)
    unit = total.text
    value = _num(float(total.value))

    def verdict(status, message, expected=value):
        return make(rule, status, message, expected=expected, found=stated_sum, evidence=evidence, unit=unit,
                    tolerance=tolerance)

    over = low > total_range.high + 1e-9
    under = high < total_range.low - 1e-9
    if not over and not under:
        note = "" if exact else "（在约数或“万”四舍五入容差内）"
        if exhaustive:
            return verdict("PASS", f"“{total.text}”与所列各项之和{stated_sum}一致{note}")
        return verdict("PASS", f"“{total.text}”所列为部分分项（非穷举），各项之和{stated_sum}未超过合计",
                       expected=f"<={value}")
    if _cut_off(parts[-1], text) and not over:
        # (a list already over its total stays over whatever the page end cut off: parts only add)
        return verdict("UNCERTAIN", f"“{total.text}”的分项列举（{listed}，之和{stated_sum}）在页面末尾中断，"
                                    f"无法判断是否完整")
    if over and total.metric in ("service_items", "licence_decisions") \
            and any(_HANDLED_RIGHT_BEFORE.search(text, max(0, _number_at(p) - 6), _number_at(p)) for p in parts):
        # (行政许可共 11 个事项,其中…征占用草原许可共办理 64 个: under a count of matters (read as the matters or as
        # decisions), cases handled — another count)
        return verdict("UNCERTAIN", f"“{total.text}”可能计的是事项数，所列分项（{listed}）是办理件数，口径不同，不作加总判断",
                       expected=f"<={value}")
    if over:
        # (parts of 1600 余 and 600 余 are at least those: over an exact total by what they are at
        # least, the parts are surely over; 约 is a spread both ways, never sure)
        bounded = all(figview.qualifier(p) in (None, "more_than") for p in parts) \
            and figview.qualifier(total) in (None, "less_than")
        # (发布信息 400 余条,其中…300 余条,…735 条…; 642 余条,其中…120 余条 summing to 750 余; 8000 余条 of 9100 余: parts
        # over the most 余 can mean — the next step of its last digit, or a tenth more — leave no doubt 余 could cover;
        # stop 51: with a tenth instead of a fifth two more annotated FAILs of dev2 are found, and 150 余 of parts
        # summing to 162, annotated UNCERTAIN, stays within it)
        far_over = all(figview.qualifier(p) in (None, "more_than") for p in parts) \
            and figview.qualifier(total) == "more_than" and low > total_range.high
        if qualified and not bounded and not far_over:
            return verdict("UNCERTAIN", f"“{total.text}”所列各项（{listed}）之和{stated_sum}超出约数容差")
        # (the companions and the counts between are read only for a list that is over: most are not)
        both = [c for c in _companions(total, figures, text)
                if abs(float(total.value) + float(c.value) - float(stated_sum)) < 1e-9]
        if both:
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}等于其与“{both[0].text}”之和；"
                                        f"分项可能是两者合计的分项，请核实", expected=f"<={value}")
        said_twice = next((b for a, b in zip(parts, parts[1:]) if a.metric == b.metric != total.metric
                           and float(a.value) == float(b.value)), None)
        if said_twice is not None and low - figview.allowed_range(said_twice).low <= total_range.high + 1e-9:
            # (收到申请 20 条,…属于予以公开的 12 条,属于同意公开答复 12 条;无法提供 8 条: one outcome said twice in the
            # old template's two wordings — without the second the list fits)
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；“{said_twice.text}”与前一项"
                                        f"口径相同、数值相同，可能是同一项的两种说法，请核实", expected=f"<={value}")
        closed = None if figview.qualifier(total) else _closed_before(total, parts, text)
        if closed is not None and any(figview.qualifier(p) for p in parts[:closed]):
            # (…政府信息 297 条,…133 条,…74 条,…1 条,新媒体方面发布官方微博 30 条…宣传彩页 1 万余份: a qualified count
            # after the parts that make the total exactly is no reason to doubt them)
            closed = None
        if closed is not None:
            # (…其中概况类147条、…、微信2539条;人大代表建议…4条、财政预决算信息65条: the parts before the ;
            # make up the total exactly, what follows it is counted apart; so do the parts before another
            # channel's: …行政执法类30条,单位公示栏上公开财务公开15条)
            head = parts[:closed]
            return verdict("PASS", f"“{total.text}”与前{closed}项（{'＋'.join(_shown(p) for p in head)}）之和"
                                   f"{_num(sum(float(p.value) for p in head))}一致；其后（分号后、另一发布渠道、另一计量单位或另起的陈述）的数字另计")
        heads = None if qualified else _nested_heads(total, parts, text)
        if heads is not None:
            # (发布信息104条,其中新闻栏目5条,今日秀英2条,政务动态3条;政策栏目14条,…;信息公开栏目85条,…:
            # each ;-group opens with a column whose sub-columns follow it)
            return verdict("PASS", f"“{total.text}”与各组首项（{'＋'.join(_shown(h) for h in heads)}）之和一致；"
                                   f"每组其余各项之和等于该组首项（栏目及其子栏目）")
        nested = None if qualified else _part_then_its_parts(parts)
        if nested is not None and sum(float(p.value) for p in parts if p not in nested[1]) <= float(total.value) + 1e-9:
            # (共收到 37 件,其中 33 件已办结,答复 27 件,主动撤回 6 件: the 27 and 6 are the 33's own parts)
            head, subs = nested
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；但“{head.text}”恰为其后"
                                        f"{'＋'.join(_shown(p) for p in subs)}之和，后者可能是它的细分，请核实",
                           expected=f"<={value}")
        if (outer := _outer_list_goes_on(total, parts, figures)) is not None:
            # (共 96 条,其中…41 条,其中 A 2 份,B 6 条,部门信息 55 条: the last parts fit the outer total beside the inner one —
            # 41 + 55 = 96 — and may be its parts, the nested list closed before them)
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；其后的“{outer[1][0].text}”等"
                                        f"与“{total.text}”之和恰为上一级“{outer[0].text}”，可能是上一级的分项，请核实",
                           expected=f"<={value}")
        if (sibling := _sibling_before_new_sentence(total, parts, figures, text)) is not None:
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；分项另起一句，前一句还有"
                                        f"“{sibling.text}”等并列数字，分项所属的合计不明，请核实", expected=f"<={value}")
        if (outer := _bracket_fits_outer_list(total, parts, figures, text)) is not None:
            # (共 46 条,其中…规划信息 1 条、财政信息 1 条(各业务线数据:环境保护 14 条、应急管理 1 条…): the bracket after the
            # last part goes on with the outer list — moved up beside it, its counts fit the outer total)
            return verdict("UNCERTAIN", f"“{total.text}”后括号内各项之和{stated_sum}超过它；但这些数与上一级"
                                        f"“{outer.text}”的其他分项相加不超过该合计，括号内可能是上一级列举的延续，请核实",
                           expected=f"<={value}")
        if (earlier := _earlier_total_of_all(total, parts, figures)) is not None:
            # (收到 7 条申请,均…办结。2 条依申请公开,1 条部分公开,…3 条…不予公开;1 条…无法提供: the "total" and its
            # "parts" together are the earlier total — the first count is one of the outcomes, read as a total)
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；但它与各分项之和恰为前文的"
                                        f"“{earlier.text}”，可能是该合计下并列的一项，请核实", expected=f"<={value}")
        alone = _statement_apart(total, parts, part_ranges, total_range.high, text)
        if alone is not None:
            # (…其中政策解读 9 条,…监督保障 15 条,在市数据资源局门户网站发布信息 647 条 of 129: a part larger than the
            # whole total by itself, in a clause opening with its own verb of publishing after parts named by labels
            # alone, is a statement apart; not 其中通过网站发布…46 条;通过公开栏发布…56 条 of 50, parts all alike)
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；“{alone.text}”单独已超过合计，"
                                        f"且另起发布陈述，可能不是该合计的分项，请核实", expected=f"<={value}")
        across = next((b for a, b in zip(parts, parts[1:]) if "。" in text[a.end:b.start]), None)
        if across is not None:
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；“{across.text}”在另一句中，"
                                        f"可能不是该列举的分项，请核实", expected=f"<={value}")
        glossed = next((p for p in parts if _COUNT_GLOSS.match(text, p.end)), None)
        if glossed is not None:
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；“{glossed.text}”后的括注另有"
                                        f"数字（如同时撤销的条数），分项的口径可能不同，请核实", expected=f"<={value}")
        if after_other := _after_another_subject(parts, figures, text):
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；“{after_other[1].text}”在分号后、"
                                        f"另一计数“{after_other[0].text}”之后，可能另起一事，不是该合计的分项，请核实",
                           expected=f"<={value}")
        if between := _counts_between(total, parts, figures, text):
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；分项前还有"
                                        f"“{between[-1]}”等数字，分项可能属于其他合计，请核实", expected=f"<={value}")
        # (其中活动 1 篇、专题 6 篇、宣传类信息 37 条…: a part followed by 、 and the next part is a member of
        # the enumeration whatever its unit — only a part outside it may be a statement of its own)
        # (only in a list some of whose parts are in the total's unit: parts all in another unit may be another
        # count's, the total misread)
        in_unit = any(getattr(p, "unit", None) == getattr(total, "unit", None) for p in parts)
        enumerated = {id(a) for a, b in zip(parts, parts[1:])
                      if in_unit and text[a.end:b.start].lstrip().startswith("、")}
        counted_apart = [p for p in parts if getattr(p, "unit", None) and getattr(total, "unit", None)
                         and p.unit != total.unit and id(p) not in enumerated]
        if counted_apart and sum(r.low for p, r in zip(parts, part_ranges) if p not in counted_apart) \
                <= total_range.high + 1e-9:
            # (信息 231 条,其中动态 221 条,概况 9 条,发布政策解读稿件 5 篇: without the part counted in
            # another unit the list fits, and that part may be a statement of its own)
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；“{counted_apart[0].text}”"
                                        f"的计量单位与合计不同，可能不是该合计的分项，请核实", expected=f"<={value}")
        if _by_channel(total, parts) and any(total_range.low - 1e-9 <= r.low <= total_range.high + 1e-9
                                             for r in part_ranges):
            # (网站 73 条;微信 73 条 of 73: one channel carried every item, the others repeat them)
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；分项是各发布渠道的条数，"
                                        f"其中一个渠道已发布全部信息，其他渠道可能重复发布，请核实", expected=f"<={value}")
        if _mixes_channels_and_categories(total, parts) and not _categories_alone_exceed(total_range, parts, part_ranges):
            # (…计划总结类 2 条,…招商动态 115 条,两办信息 40 条,电台、报纸 5 条 of 153: the kinds alone already exceed it,
            # whatever the channel part overlaps — that is FAIL below)
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；分项混列了发布渠道与"
                                        f"信息类别，可能相互重叠，请核实", expected=f"<={value}")
        if _mixes_origins_and_kinds(parts):
            return verdict("UNCERTAIN", f"“{total.text}”所列分项之和{stated_sum}超过合计；分项混列了信息来源（原创、"
                                        f"转载）与信息类别，可能相互重叠，请核实", expected=f"<={value}")
        at_least = "（“余/多”为不少于所述数值，之和至少如此）" if qualified else ""
        return verdict("FAIL", f"“{total.text}”所列各项（{listed}）之和为{stated_sum}，超过合计{at_least}",
                       expected=value if exhaustive else f"<={value}")
    # the parts fall short of the total
    # (…其中政策文件 9 件,…工作信息动态 25 条,其他信息 4 条 of 117: a list that closes with the rest names
    # every part, whatever the total's wording)
    closes_with_rest = _is_remainder(parts[-1], text)
    if not exhaustive and not closes_with_rest:
        return verdict("PASS", f"“{total.text}”所列为部分分项（非穷举），各项之和{stated_sum}未超过合计",
                       expected=f"<={value}")
    shortfall = float(total.value) - float(stated_sum)
    trailing = _TRAILING_ITEM.match(text, parts[-1].end)
    if trailing is not None and abs(float(trailing.group("num")) - shortfall) < 1e-9:
        # (…其他信息78条,机构信息16条。财政信息3。 — the item after the full stop makes up the
        # difference: the list went on past the stop)
        return verdict("UNCERTAIN", f"“{total.text}”所列分项（{listed}）之和{stated_sum}少于合计；句号后的"
                                    f"“{trailing.group().strip('。;；')}”恰为差额，可能是同一列举的分项，请核实")
    later = _counts_after(total, parts, figures, text)
    if later and abs(sum(float(f.value) for f in later) - shortfall) < 1e-9:
        # (…其他信息64条;通过重点领域专栏公开…6条,…4条,…57条: what another column carried, after the
        # list of the first, makes up the difference)
        return verdict("UNCERTAIN", f"“{total.text}”所列分项（{listed}）之和{stated_sum}少于合计；其后的"
                                    f"{'＋'.join(_shown(f) for f in later)}恰为差额，可能是另一渠道的分项，请核实")
    inside = _counts_inside(parts, figures)
    if inside and abs(sum(float(f.value) for f in inside) - shortfall) < 1e-9:
        # (…政策解读 44 条、人事信息 45 条、征集调查 16 期、其他类信息 1141 条 of 2698: a count inside the list, in
        # another unit, not read as its part, makes up the difference)
        return verdict("UNCERTAIN", f"“{total.text}”所列分项（{listed}）之和{stated_sum}少于合计；列举中间的"
                                    f"{'＋'.join(_shown(f) for f in inside)}恰为差额，可能也是分项，请核实")
    if _complete_partition(parts, text) and not qualified and stated_sum * 2 >= value:
        # (a complete list summing to under half its total is more likely a list of something
        # else — one body's share, another period — than a slip: UNCERTAIN below)
        return verdict("FAIL", f"“{total.text}”的分项已涵盖全部类别，但各项（{listed}）之和为{stated_sum}")
    return verdict("UNCERTAIN", f"“{total.text}”所列分项（{listed}）之和{stated_sum}少于合计；“其中”后常只列举"
                                f"部分分项，请核实是否有遗漏")


# --------------------------------------------------------------------------- shares of a total

#: the words between a part and its share when the share is of the list's total: none (占 1.6%,
#: 所占比例为 30%) or words naming that total (占总数的, 占总体比例的, 占公开信息总量的); any other
#: base (占全市, 占同期) is not the total the part belongs to
_SHARE_OF_THE_TOTAL = regex.compile(
    r"[\s,]*(?:所)?占(?:比|比例|比重)?(?:全部|\p{Han}{0,10}?(?:总数|总量|总体))?(?:的)?(?:比例|比重)?(?:的)?(?:为|是|达)?\s*")


#: how far a share may be off in percentage points and still be taken for a slip of computing or
#: rounding (99.61% for 528 of 530, 99.62%) rather than a contradiction a reviewer would fail
_SHARE_SLIP = 1.0


def _share_holds(share, numerator, base, tolerance: float) -> bool:
    """Whether the stated share is ``numerator`` over ``base`` (in percent), within ``tolerance``."""
    return abs(100.0 * float(numerator.value) / float(base.value) - float(share.value)) <= tolerance + 1e-9


def _another_base(share, part, total, figures, tolerance: float):
    """A count in the part's unit written between its total and the part (not a part of the same
    list) over which the stated share holds, or None."""
    for f in figures:
        if f is part or f is total or figview.is_change(f) or not (total.start <= f.start < part.start):
            continue
        if getattr(f, "parent", None) is not None and f.parent == part.parent:
            continue
        if not _same_unit(part, f) or float(f.value) <= 0:
            continue
        if _share_holds(share, part, f, tolerance):
            return f
    return None


#: kinds of item a count of items published holds (政策法规类的信息 30 条 — documents — of the 1000 published)
_KINDS_OF_ITEM = frozenset({"documents_published", "normative_documents_issued", "policy_interpretations"})


def _whole_base(share, part, total, indexed, tolerance: float):
    """(numerator, base) when the stated share holds of the part or its total over a total further up
    (the total's own total and so on), else None."""
    whole = indexed.get(total.parent) if getattr(total, "parent", None) is not None else None
    seen = set()
    while whole is not None and id(whole) not in seen:
        seen.add(id(whole))
        if _same_unit(part, whole) and float(whole.value) > 0:
            for numerator in (part, total):
                if _share_holds(share, numerator, whole, tolerance):
                    return numerator, whole
        whole = indexed.get(whole.parent) if getattr(whole, "parent", None) is not None else None
    # (…3320 条信息中,…;规划计划类的信息 4 条(no link up to the 3320),…,占总体的比例为 0.1%: a larger count of the
    # same unit and metric before the total)
    for whole in indexed.values():
        if whole is total or whole is part or not (0 <= total.start - whole.start <= 600) \
                or getattr(whole, "kind", "count") != "count" \
                or (whole.metric != total.metric and not (whole.metric == "items_published"
                                                          and total.metric in _KINDS_OF_ITEM)) \
                or not _same_unit(total, whole) or float(whole.value) <= float(total.value):
            continue
        for numerator in (part, total):
            if _share_holds(share, numerator, whole, tolerance):
                return numerator, whole
    return None


#: how many shares of a list must hold exactly over a count before it is taken as their base when no part is linked
#: to a total (①机构职能类信息 5 条,占 15.7%;③为民办实事信息 1 条,占 2.63%;④… 2 条,占 5.26%)
_AGREEING_SHARES = 2
#: how far before a part its list's base may be written
_BASE_REACH = 600


def _agreed_base(share, part, figures, indexed, text: str):
    """The count the shares of an unlinked list are of (the nearest count before the part, of its metric and unit
    and larger than it, over which at least :data:`_AGREEING_SHARES` of the paragraph's shares, half of them or
    more and one at least written with decimals, hold exactly), or None: with no total linked, the list's own
    shares say what their base is, and a share that does not fit it contradicts the rest. The list needs more
    shares than the agreeing ones, so that the rest is judged against a base others set."""
    paragraph_start = text.rfind("\n", 0, part.start) + 1
    paragraph_end = text.find("\n", part.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    others = []
    for other in figures:
        if other.kind != "share" or other.unit != "%" or other.parent is None \
                or not (paragraph_start <= other.start < paragraph_end):
            continue
        other_part = indexed.get(other.parent)
        if other_part is None or other_part.parent is not None \
                or other_part.metric != part.metric or not _same_unit(other_part, part) \
                or figview.qualifier(other) or figview.qualifier(other_part) \
                or not _SHARE_OF_THE_TOTAL.fullmatch(text, other_part.end, other.value_start):
            continue
        others.append((other, other_part))
    if len(others) <= _AGREEING_SHARES:
        return None
    for base in sorted(figures, key=lambda f: f.start, reverse=True):
        if base.start >= part.start or part.start - base.start > _BASE_REACH or base.start < paragraph_start - _BASE_REACH:
            continue
        if getattr(base, "kind", "count") != "count" or base.metric != part.metric or not _same_unit(base, part) \
                or figview.qualifier(base) or float(base.value) <= float(part.value):
            continue
        holding = [o for o, p in others if base.start < p.start and _share_holds(o, p, base, figview.last_digit(o)[1])]
        if len(holding) >= _AGREEING_SHARES and 2 * len(holding) >= len(others) \
                and any(figview.last_digit(o)[0] > 0 for o in holding):
            return base
    return None


def share_of_totals(ctx: Context, rule):
    """A part's stated share (``其它类信息 207 条,占 58.1%``) against the part over its list's total
    (207 of 312 is 66.3%): rounding or truncation of the last written digit passes; a share
    whose words name another base, or any approximate number, is not judged."""
    figures = tuple(ctx.figures)
    indexed = ctx.figure_by_index()
    text = ctx.doc.text
    findings = []
    for share in figures:
        if share.kind != "share" or share.unit != "%" or share.parent is None:
            continue
        part = indexed.get(share.parent)
        total = indexed.get(part.parent) if part is not None and part.parent is not None else None
        if total is None and part is not None and getattr(part, "kind", "count") == "count":
            total = _agreed_base(share, part, figures, indexed, text)
        if total is None or figview.is_change(part) or figview.is_change(total) or float(total.value) <= 0:
            continue
        if any(figview.qualifier(f) or figview.rounding_step(f) for f in (share, part, total)):
            continue
        if not _SHARE_OF_THE_TOTAL.fullmatch(text, part.end, share.value_start):
            continue
        computed = 100.0 * float(part.value) / float(total.value)
        decimals, tolerance = figview.last_digit(share)
        shown = f"{computed:.{max(decimals, 1)}f}%"
        evidence = [Evidence(start=f.start, end=f.end) for f in (total, part, share)]
        if abs(float(share.value) - computed) <= tolerance + 1e-9:
            findings.append(make(rule, "PASS", f"“{share.text}”与{_num(float(part.value))}÷{_num(float(total.value))}"
                                               f"（{shown}）相符", expected=shown, found=share.value,
                                 evidence=evidence, unit=share.text))
        elif (base := _another_base(share, part, total, figures, tolerance)) is not None:
            # 共受理 59 件(含上年结转),新收到 47 件,其中信函 39 件,占 83%: of the 47, not the 59
            findings.append(make(rule, "UNCERTAIN", f"“{part.text}”占“{total.text}”应为{shown}，写作{share.value}%，"
                                                    f"但与“{base.text}”之比相符；比例的基数可能是后者，请核实",
                                 expected=shown, found=share.value, evidence=evidence, unit=share.text))
        elif (whole := _whole_base(share, part, total, indexed, tolerance)) is not None:
            # (规划计划类的信息 4 条,其中年度工作计划 2 条,其它 2 条,占总体的比例为 0.1%: of the report's 3320, the list
            # within a list closing on the share of its own total)
            findings.append(make(rule, "UNCERTAIN", f"“{part.text}”占“{total.text}”应为{shown}，写作{share.value}%，"
                                                    f"但与“{whole[0].text}”占“{whole[1].text}”之比相符；比例的基数可能是"
                                                    f"总数，请核实",
                                 expected=shown, found=share.value, evidence=evidence, unit=share.text))
        elif abs(float(share.value) - computed) <= _SHARE_SLIP:
            findings.append(make(rule, "UNCERTAIN", f"“{part.text}”占“{total.text}”应为{shown}，写作{share.value}%，"
                                                    f"相差不足{_num(_SHARE_SLIP)}个百分点（可能是计算或舍入口径不同）",
                                 expected=shown, found=share.value, evidence=evidence, unit=share.text))
        else:
            findings.append(make(rule, "FAIL", f"“{part.text}”占“{total.text}”应为{shown}，但写作{share.value}%",
                                 expected=shown, found=share.value, evidence=evidence, unit=share.text))
    return tuple(findings)
