"""The prose of a generated report: section 一 with figures consistent with the tables,
section 五 with labelled problem and measure sentences, section 六.

Every figure written is recorded (metric, value, unit, qualifier, channel, category, section,
the phrase as written, and for a breakdown which total it belongs to); every section 五
sentence is recorded with its label, topic and whether it is specific (checkable).
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from . import material as M

_CN_DIGITS = "零一二三四五六七八九十"


@dataclass
class Prose:
    """Paragraphs of each section plus the truth they carry."""

    paragraphs: dict[str, list[str]] = field(default_factory=dict)
    figures: list[dict] = field(default_factory=list)
    sentences: list[dict] = field(default_factory=list)
    planted: list[dict] = field(default_factory=list)

    def add(self, section: str, text: str) -> None:
        self.paragraphs.setdefault(section, []).append(text)


@dataclass(frozen=True)
class Voice:
    """How this report writes: numbers spaced as in PDFs, Chinese numerals for small counts."""

    spaced_numbers: bool = False
    chinese_small: bool = False
    enumerate_with: str = "（一）"  # "（一）" | "一是" | "1."


def cn_number(n: int) -> str:
    if n <= 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


class Figures:
    """Writes numbers into phrases and records each as a true figure."""

    def __init__(self, rng: random.Random, voice: Voice, prose: Prose):
        self.rng, self.voice, self.prose = rng, voice, prose

    def number(self, value: int, *, small_words: bool = True) -> str:
        if self.voice.chinese_small and small_words and 0 < value <= 12 and self.rng.random() < 0.6:
            return cn_number(value)
        text = str(value)
        return f" {text} " if self.voice.spaced_numbers else text

    def big(self, value: int) -> tuple[str, int, str | None]:
        """A large count, sometimes in 万 with 余: returns (text, true value, qualifier)."""
        if value >= 20000 and self.rng.random() < 0.5:
            wan = round(value / 10000, 2)
            if self.rng.random() < 0.4:
                whole = int(value // 10000)
                return f"{whole}万余", whole * 10000, "more_than"
            shown = f"{wan:.2f}".rstrip("0").rstrip(".")
            return f"{shown}万", int(round(float(shown) * 10000)), None
        if value >= 1000 and self.rng.random() < 0.2:
            rounded = value // 100 * 100
            return f"{rounded}余", rounded, "more_than"
        return self.number(value, small_words=False), value, None

    def record(self, section: str, metric: str, value, unit: str | None, phrase: str, *,
               qualifier: str | None = None, channel: str | None = None, category: str | None = None,
               part_of: int | None = None, exhaustive: bool | None = None,
               restates_table: str | None = None) -> int:
        figure = {"metric": metric, "value": value, "unit": unit, "qualifier": qualifier,
                  "channel": channel, "category": category, "section": section, "text": phrase.strip()}
        if part_of is not None:
            figure["part_of"] = part_of
        if exhaustive is not None:
            figure["exhaustive"] = exhaustive
        if restates_table:
            figure["restates_table"] = restates_table
        self.prose.figures.append(figure)
        return len(self.prose.figures) - 1


def _ordinal(voice: Voice, i: int) -> str:
    if voice.enumerate_with == "一是":
        return M.ENUMERATIONS[i]
    if voice.enumerate_with == "1.":
        return f"{i + 1}."
    return f"（{_CN_DIGITS[i + 1]}）"


def overview(rng: random.Random, ctx: dict, tables, prose: Prose, voice: Voice) -> None:
    """Section 一: an opening paragraph and the five subsections with figures."""
    fig = Figures(rng, voice, prose)
    sec = "overview"
    prose.add(sec, rng.choice(M.OVERVIEW_OPENINGS).format(**ctx))
    parts: list[str] = []

    # (一) active disclosure: a total with an exhaustive breakdown, or a rounded total
    unit = rng.choices([u for _, u in M.UNITS_ITEMS], [w for w, _ in M.UNITS_ITEMS])[0]
    scale = {"township": 60, "county_bureau": 200, "district_government": 900, "city_department": 500,
             "province": 3000}[ctx["level"]]
    k = rng.randint(2, 4)
    categories = rng.sample(M.CATEGORIES, k)
    part_values = [rng.randint(3, scale) for _ in categories]
    total = sum(part_values)
    lead = rng.choice(("全年累计主动公开政府信息", "通过门户网站发布各类信息", "全年共公开政府信息", "累计发布信息"))
    if rng.random() < 0.75:
        total_phrase = f"{lead}{fig.number(total, small_words=False)}{unit}"
        idx = fig.record(sec, "items_published", total, unit, total_phrase, exhaustive=True,
                         channel="website" if "网站" in lead else None)
        pieces = []
        for cat, value in zip(categories, part_values):
            piece = f"{cat}类信息{fig.number(value, small_words=False)}{unit}" if rng.random() < 0.5 \
                else f"{cat}{fig.number(value, small_words=False)}{unit}"
            fig.record(sec, "items_published", value, unit, piece, category=cat, part_of=idx)
            pieces.append(piece)
        text = f"{total_phrase}，其中{'、'.join(pieces)}"
    else:
        shown, value, qualifier = fig.big(total * 3)
        total_phrase = f"{lead}{shown}{unit}"
        fig.record(sec, "items_published", value, unit, total_phrase, qualifier=qualifier,
                   channel="website" if "网站" in lead else None)
        text = total_phrase
    sentences = [text]
    if rng.random() < 0.6:
        visits = rng.randint(scale * 30, scale * 400)
        shown, value, qualifier = fig.big(visits)
        phrase = f"门户网站全年访问量达{shown}次"
        fig.record(sec, "site_visits", value, "次", phrase, qualifier=qualifier)
        sentences.append(phrase)
    if rng.random() < 0.6:
        n = rng.randint(1, max(2, scale // 20))
        phrase = f"发布政策解读{fig.number(n)}篇"
        fig.record(sec, "policy_interpretations", n, "篇", phrase)
        sentences.append(phrase)
    if rng.random() < 0.5:
        n = rng.randint(10, scale * 2)
        phrase = f"“{ctx['short']}发布”微信公众号推送信息{fig.number(n, small_words=False)}条"
        fig.record(sec, "items_published", n, "条", phrase, channel="wechat")
        sentences.append(phrase)
    active = tables.get("active_disclosure")
    if active and ctx["template"] == "2021" and rng.random() < 0.35:
        issued = active["normative_documents"]["issued"]
        phrase = f"本年制发规范性文件{fig.number(issued)}件"
        fig.record(sec, "normative_documents_issued", issued, "件", phrase,
                   restates_table="active_disclosure.normative_documents.issued")
        sentences.append(phrase)
    if rng.random() < 0.3:
        n = rng.randint(1, 8)
        phrase = f"召开新闻发布会{fig.number(n)}场"
        fig.record(sec, "press_conferences", n, "场", phrase)
        sentences.append(phrase)
    parts.append("，".join(sentences) + "。")

    # (二) applications, consistent with table 三 (unless a disagreement is planted)
    apps = tables.get("applications")
    if apps is not None:
        new = apps["new"]["total"]
        carried = apps["carried_over"]["total"]
        stated = new
        if ctx.get("plant") and new > 0:
            stated = new + rng.choice((1, 2, 3, -1))
            stated = max(0, stated)
            if stated != new:
                prose.planted.append({"rule": "narrative_vs_table.applications_received",
                                      "narrative": stated, "table": new})
        if stated == 0 and carried == 0:
            phrase = f"{ctx['year']}年度{ctx['self']}未收到政府信息公开申请"
            fig.record(sec, "applications_received", 0, "件", phrase)
            app_text = phrase + "。"
        else:
            verb = rng.choice(("共收到", "共受理", "新收"))
            phrase = f"{verb}政府信息公开申请{fig.number(stated)}件"
            fig.record(sec, "applications_received", stated, "件", phrase)
            app_text = f"{ctx['year']}年{ctx['self']}{phrase}"
            if carried:
                cphrase = f"上年结转{fig.number(carried)}件"
                fig.record(sec, "applications_carried_over", carried, "件", cphrase)
                app_text += f"，{cphrase}"
            if rng.random() < 0.6 and apps["total"]["total"]:
                granted = apps["granted"]["total"]
                gphrase = f"予以公开{fig.number(granted)}件"
                fig.record(sec, "applications_granted", granted, "件", gphrase)
                app_text += f"。其中{gphrase}"
                denied = sum(v["total"] for k, v in apps.items() if k.startswith("denied."))
                if denied:
                    dphrase = f"不予公开{fig.number(denied)}件"
                    fig.record(sec, "applications_denied", denied, "件", dphrase)
                    app_text += f"，{dphrase}"
            forward = apps["carried_forward"]["total"]
            if forward and rng.random() < 0.7:
                fphrase = f"结转下年度继续办理{fig.number(forward)}件"
                fig.record(sec, "applications_carried_forward", forward, "件", fphrase)
                app_text += f"，{fphrase}"
            app_text += "，均在法定期限内予以答复。"
        parts.append(app_text)
    else:  # pre-2019 reports: applications only in prose
        n = rng.randint(0, 12)
        phrase = f"全年共受理政府信息公开申请{fig.number(n)}件" if n else "全年未收到政府信息公开申请"
        fig.record(sec, "applications_received", n, "件", phrase)
        parts.append(phrase + "。")

    # (三) management, (四) platforms, (五) supervision
    parts.append("".join(rng.sample(M.MANAGEMENT_SENTENCES, 2)))
    platform = rng.choice(M.PLATFORM_SENTENCES)
    if rng.random() < 0.5:
        n = rng.randint(5, scale)
        phrase = f"办理网民留言{fig.number(n, small_words=False)}条"
        fig.record(sec, "messages_handled", n, "条", phrase)
        platform += f"全年{phrase}，办结率100%。"
        fig.record(sec, "completion_rate", 100, "%", "办结率100%")
    parts.append(platform)
    supervision = rng.choice(M.SUPERVISION_SENTENCES)
    if rng.random() < 0.5:
        n = rng.randint(1, 6)
        people = rng.randint(10, 200)
        phrase_n = f"组织政务公开业务培训{fig.number(n)}次"
        phrase_p = f"参训{fig.number(people, small_words=False)}人次"
        fig.record(sec, "trainings", n, "次", phrase_n)
        fig.record(sec, "training_attendance", people, "人次", phrase_p)
        supervision += f"{phrase_n}，{phrase_p}。"
    parts.append(supervision)

    titles = (M.SUBSECTION_TITLES["active"], M.SUBSECTION_TITLES["applications"],
              M.SUBSECTION_TITLES["management"], M.SUBSECTION_TITLES["platforms"],
              M.SUBSECTION_TITLES["supervision"])
    for i, (choices, body) in enumerate(zip(titles, parts)):
        head = _ordinal(voice, i)
        if voice.enumerate_with == "一是":
            prose.add(sec, f"{head}{rng.choice(choices)}。{body}")
        else:
            prose.add(sec, f"{head}{rng.choice(choices)}。{body}")


_FORMATTER = string.Formatter()


def _five_words(rng: random.Random, ctx: dict) -> dict:
    """What stays fixed in one report's 五: how the agency names itself, its sub-units."""
    some, every = M.SUBUNITS[ctx["level"]]
    return {"self": rng.choice(M.SELF_NAMES.get(ctx["self"], (ctx["self"],))), "some": some, "all": every}


def _deadline(rng: random.Random, ctx: dict) -> str:
    form = rng.choices([f for _, f in M.FIVE_DEADLINES], [w for w, _ in M.FIVE_DEADLINES])[0]
    return form.format(next=ctx["next"], month=rng.choice((3, 4, 5, 6, 8, 9, 10, 11)),
                       day=rng.choice((10, 15, 20, 30)))


def _slot(name: str, rng: random.Random, ctx: dict, words: dict):
    """One slot value of a 五 sentence (see the section 五 notes in material.py)."""
    if name == "self":
        return words["self"]
    if name in ("some", "all"):
        return rng.choice(words[name])
    if name in ("year", "next", "agency", "short"):
        return ctx[name]
    pools = {"area": M.FIVE_AREAS, "policy": M.FIVE_POLICIES, "column": M.FIVE_COLUMNS, "media": M.FIVE_MEDIA,
             "doc": M.FIVE_DOCS, "named_col": M.FIVE_NAMED_COLUMNS}
    if name in pools:
        return rng.choice(pools[name])
    if name == "account":
        return rng.choice(M.FIVE_ACCOUNTS).format(short=ctx["short"])
    if name == "deadline":
        return _deadline(rng, ctx)
    if name == "n":
        return rng.randint(2, 6)
    if name == "k":
        return rng.randint(3, 12)
    if name == "days":
        return rng.choice((5, 7, 10, 15, 20))
    if name == "pct":
        return rng.choice((5, 10, 15, 20))
    raise KeyError(f"unknown slot {{{name}}} in section 五 material")


def _fill(template: str, rng: random.Random, ctx: dict, words: dict) -> str:
    """``template`` with each of its slots drawn once (a slot used twice has one value)."""
    values: dict = {}
    for _, name, _, _ in _FORMATTER.parse(template):
        if name and name not in values:
            values[name] = _slot(name, rng, ctx, words)
    return template.format(**values)


def _core(entry) -> tuple[str, tuple[str, ...]]:
    """A material entry: a template, or (template, extra topic it is also about)."""
    return (entry, ()) if isinstance(entry, str) else (entry[0], tuple(entry[1:]))


def _draw_topics(rng: random.Random, k: int) -> list[str]:
    """``k`` distinct topics, weighted as the field guide counts them."""
    pool = dict(M.TOPIC_WEIGHTS)
    out = []
    for _ in range(k):
        topic = rng.choices(list(pool), list(pool.values()))[0]
        out.append(topic)
        del pool[topic]
    return out


def _sentence(rng: random.Random, ctx: dict, words: dict, core: str, *, leads=(), tails=(),
              p_lead: float = 0.0, p_tail: float = 0.0) -> str:
    """A core with its slots filled, sometimes after a lead-in clause or before a tail."""
    body = _fill(core, rng, ctx, words)
    if leads and rng.random() < p_lead:
        body = f"{_fill(rng.choice(leads), rng, ctx, words)}，{body}"
    if tails and rng.random() < p_tail:
        body = f"{body}，{rng.choice(tails)}"
    return body


def problems(rng: random.Random, ctx: dict, prose: Prose) -> None:
    """Section 五: problems, then measures mirroring their topics.

    Each sentence is a core of its topic with slots filled for this report, plus optional
    lead-in and tail clauses, so that generated reports share phrasing, not sentences. The
    section draws from its own random stream (seeded from ``rng``) so that its material can
    grow without changing the rest of a report."""
    rng = random.Random(rng.getrandbits(64))
    sec = "problems"
    n = {"township": (1, 2), "county_bureau": (2, 3), "district_government": (2, 4),
         "city_department": (2, 3), "province": (3, 4)}[ctx["level"]]
    topics = _draw_topics(rng, rng.randint(*n))
    words = _five_words(rng, ctx)
    layout = rng.choice(("labelled", "labelled", "pivot", "colon"))
    if ctx["level"] == "township" and rng.random() < 0.4:
        layout = "short"
    opener = _fill(_weighted(rng, M.SHORT_PROBLEM_OPENERS if layout == "short" else M.PROBLEM_OPENERS),
                   rng, ctx, words)
    pivot = _fill(_weighted(rng, M.MEASURE_OPENERS), rng, ctx, words)
    if layout == "labelled" and rng.random() < 0.25:
        pivot = ""  # the subsection heading is the pivot

    problem_texts = []
    for i, topic in enumerate(topics):
        core, extra = _core(rng.choice(M.PROBLEM_CORES[topic]))
        # the first problem of a one-paragraph 五 follows the opener's colon (or starts the
        # paragraph, where a frame-like lead-in such as 经自查 would stand alone): no lead-in
        p_lead = 0.0 if layout == "short" and i == 0 else 0.3
        body = _sentence(rng, ctx, words, core, leads=M.PROBLEM_LEADS + M.PROBLEM_LEADS_FRAME,
                         tails=M.PROBLEM_TAILS, p_lead=p_lead, p_tail=0.3)
        problem_texts.append(body)
        prose.sentences.append({"text": body, "label": "problem", "topics": [topic, *extra], "specific": False})
    measure_texts = []
    for topic in topics:
        is_specific = rng.random() < 0.2
        pool = (M.SPECIFIC_MEASURES if is_specific else M.BOILERPLATE_MEASURES)[topic]
        core, extra = _core(rng.choice(pool))
        body = _sentence(rng, ctx, words, core, leads=M.MEASURE_LEADS,
                         tails=M.SPECIFIC_TAILS if is_specific else M.BOILERPLATE_TAILS, p_lead=0.25, p_tail=0.3)
        measure_texts.append(body)
        prose.sentences.append({"text": body, "label": "measure", "topics": [topic, *extra],
                                "specific": is_specific})

    enum = lambda texts: "".join(f"{M.ENUMERATIONS[i]}{t}；" if i < len(texts) - 1 else f"{M.ENUMERATIONS[i]}{t}。"
                                 for i, t in enumerate(texts))
    if layout == "labelled":
        head_p, head_m = rng.choice((("（一）存在的问题", "（二）改进情况"), ("（一）存在的主要问题", "（二）改进措施")))
        prose.add(sec, f"{head_p}。{opener}{enum(problem_texts)}")
        prose.add(sec, f"{head_m}。{pivot}{enum(measure_texts)}")
    elif layout == "colon":
        prose.add(sec, "存在问题：" + "".join(f"{i + 1}.{t}。" for i, t in enumerate(problem_texts)))
        prose.add(sec, "改进措施：" + "".join(f"{i + 1}.{t}。" for i, t in enumerate(measure_texts)))
    elif layout == "short":
        prose.add(sec, f"{opener}{'，'.join(problem_texts)}。{pivot}{'；'.join(measure_texts)}。")
    else:
        prose.add(sec, f"{opener}{enum(problem_texts)}")
        prose.add(sec, f"{pivot}{enum(measure_texts)}")


def _weighted(rng: random.Random, options) -> str:
    return rng.choices([t for _, t in options], [w for w, _ in options])[0]


def other_matters(rng: random.Random, ctx: dict, prose: Prose, voice: Voice) -> None:
    fig = Figures(rng, voice, prose)
    sec = "other"
    text = rng.choice(M.OTHER_MATTERS).format(**ctx)
    if "未收取信息处理费" in text:
        fig.record(sec, "info_processing_fees", 0, "元", "未收取信息处理费")
    elif "未收费" in text:
        fig.record(sec, "info_processing_fees", 0, "元", "未收费")
    if ctx["level"] in ("district_government", "city_department", "province") and rng.random() < 0.4:
        a, b = rng.randint(0, 80), rng.randint(0, 90)
        pa, pb = f"人大代表建议{fig.number(a)}件", f"政协委员提案{fig.number(b)}件"
        fig.record(sec, "npc_suggestions", a, "件", pa)
        fig.record(sec, "cppcc_proposals", b, "件", pb)
        text = f"{ctx['year']}年共办理{pa}、{pb}，办理结果均已按规定公开。" + ("" if text.startswith(("无", "暂无")) else text)
    prose.add(sec, text)


__all__ = ["Prose", "Voice", "overview", "problems", "other_matters", "cn_number"]
