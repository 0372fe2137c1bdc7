"""Numbers as Chinese reports write them, parsed into plain values.

Covers Arabic digits with thousands separators (``1,286``) or spaces (``1 286``), full-width
digits (folded), decimals, Chinese numerals (``八``, ``三百零四``, ``两千``, ``十一``,
``二〇二三``), 万/亿/千 magnitudes mixed with either (``20.9万``, ``1.42万条``, ``9.2余万人次``,
``176万余次``, ``6亿余次``, ``三万余``), percents and 个百分点, qualifiers before or after the
number (约/近/超过/突破/不足 …, 余/多/左右/以上/以下), parenthesised template fills
(``(1386)条``) and ranges (``2至3次``, ``5-6场``, ``20%-30%``).

What the words *mean* (a year, a phone number, a policy name) is not decided here: the figure
extractor decides that from context. This module only answers "which number, which unit,
how exact". Values are computed with :class:`decimal.Decimal` so ``1.42万`` is exactly 14200.

    >>> parse_quantity("9.2余万人次")
    Quantity(value=92000, unit='人次', qualifier='more_than', ...)
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .fastinit import quick_init
from decimal import Decimal, InvalidOperation

import regex

# --------------------------------------------------------------------------- declarations

#: qualifier words -> contract qualifier. Prefixes come before the number, suffixes after
#: the number, the magnitude or the unit. One line per word.
QUALIFIER_PREFIXES: dict[str, str] = {
    "大约": "approx",
    "约为": "approx",
    "约": "approx",
    "将近": "approx",
    "接近": "approx",
    "近": "approx",
    "超过": "more_than",
    "超": "more_than",
    "逾": "more_than",
    "突破": "more_than",
    "不少于": "more_than",
    "不低于": "more_than",
    "至少": "more_than",
    "多于": "more_than",
    "高于": "more_than",
    "不足": "less_than",
    "不到": "less_than",
    "少于": "less_than",
    "低于": "less_than",
    "未满": "less_than",
}
#: prefixes that qualify only a bare magnitude (上千条, 上百篇, 上万人次: at least that many);
#: before anything else they are no qualifier (上一年度)
MAGNITUDE_PREFIXES: dict[str, str] = {
    "上": "more_than",
}
QUALIFIER_SUFFIXES: dict[str, str] = {
    "左右": "approx",
    "上下": "approx",
    "有余": "more_than",
    "以上": "more_than",
    "余": "more_than",
    "多": "more_than",
    "以下": "less_than",
    "以内": "less_than",
}

#: the most digits a number may have to be read as one: more than any count, amount or code a
#: report writes (an 18-digit ID is the longest seen). A longer run is numbers glued together or
#: noise, and Python refuses to convert one of over 4,300 digits to or from text at all
MAX_DIGITS = 30

#: magnitudes written after a number
MAGNITUDES: dict[str, int] = {"百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000,
                              "千万": 10_000_000, "亿": 100_000_000}

#: units after a number, longest first where one is a prefix of another; a negative
#: look-ahead keeps a unit from eating the start of a word (部门, 人员, 条例, 一件事 ...).
UNITS: tuple[tuple[str, str], ...] = (
    ("个百分点", ""),
    ("个工作日", ""),
    ("个月", ""),
    ("个季度", ""),
    ("人次", ""),
    ("件次", ""),
    ("条次", ""),
    ("场次", ""),
    ("户次", ""),
    # (检查 7 批次, 督导 2 轮次: rounds of a check)
    ("批次", ""),
    ("轮次", ""),
    ("小时", ""),
    ("分钟", ""),
    ("%", ""),
    ("‰", ""),
    ("元", "(?!旦|素|首)"),
    # (not 个人, 个别, 个性, 个体, 个案: words of their own; but 5 个案件 is five cases)
    ("个", "(?!人|别|案(?!件)|性|体)"),
    ("条", "(?!例|款|件|线|规定|目|理)"),  # (not 第 20 条规定: an article; but 2 条规划信息 counts plans)
    ("件", "(?!事|数)"),
    # (but 3 起因政府信息公开申请提起的行政复议: 因 opens the cause of the cases counted, not the word 起因)
    ("起", "(?!草|诉|来|到|止|点|步|始|初|见|码|床|源|因(?!政府|信息|依申请|申请|公开|不服)|居)"),  # 收到申请 22 起, 行政许可决定 150 起
    ("例", "(?!如|行|会|外|子)"),
    ("篇", ""),
    ("次", "(?!性|日|要|数)"),
    ("期", "(?!间|限|刊|满|数)"),
    ("项", "(?!目|工作)"),
    ("份", "(?!额)"),
    ("名", "(?!称|单|义|录)"),
    ("人", "(?!员|民|大|事|口|才|力)"),
    ("家", "(?!庭|长|属|族)"),
    ("册", ""),
    ("本", "(?!级|年|机关|单位|市|县|区|部门|次|着|人)"),
    ("场", "(?!所|地|景|合)"),
    ("宗", "(?!旨|教)"),
    ("部", "(?!门|署|分|长|委|署|位)"),
    ("则", ""),
    ("位", "(?!于|置)"),
    ("批", "(?!准|复|示|次)"),
    ("轮", "(?!岗|换)"),
    ("户", "(?!籍|口)"),
    ("所", "(?!属|在|有|以)"),
    ("处", "(?!理|罚|室|长|置|于)"),
    ("类", "(?!别|型|似)"),
    # (开设…等 4 大专题, 五大栏目, 九大民生领域专题: a site's columns counted as so many "great" ones — only before a
    # word for columns, so 三大攻坚战 or 8 大类 stay what they are; not 板块, which is as often the areas of the work or
    # the report's own parts: 五大版块划分责任, 涵盖六大核心板块)
    ("大", r"(?=\p{Han}{0,8}?(?:专题|栏目|专栏))"),
    ("张", "(?!贴)"),
    ("幅", "(?!度)"),
    ("首", "(?!页|批|次)"),
    ("组", "(?!织|长|成)"),
    ("封", "(?!存)"),
    ("页", "(?!面)"),
    ("天", "(?!气|然)"),
    ("周", "(?!年|边)"),
    ("年", ""),
    ("月", ""),
    ("日", "(?!常)"),
    ("号", "(?!召|码)"),
    ("岁", ""),
    # (0.5 万亩高标准农田, 15.8 平方公里, 631 立方米: areas, lengths, volumes and weights — measures, never a count of work done)
    ("平方公里", ""),
    ("平方米", ""),
    ("立方米", ""),
    ("公顷", ""),
    ("公里", ""),
    ("千米", ""),
    ("公斤", ""),
    ("千克", ""),
    ("亩", ""),
    ("吨", ""),
    ("米", ""),
)

#: units that measure time or name a date/number, never a count of work done
TIME_UNITS = frozenset({"年", "月", "日", "号", "个月", "个季度", "小时", "分钟", "天", "周", "岁", "个工作日"})
PERCENT_UNITS = frozenset({"%", "‰", "个百分点"})

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_SMALL) + "".join(_CN_BIG)


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT_RE = "|".join(regex.escape(u) + guard for u, guard in UNITS)
_AR = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.])"               # 1,286 / 12,345.6
       r"|\d{1,3}(?:\x20\d{3})+(?!\d)(?=\s*(?:[余多]?[百千万亿]|[余多]?(?:" + _UNIT_RE + ")))"  # 1 286 条
       r"|\d+(?:\.\d+)?")
_CN = rf"[{_CN_CHARS}]+"

#: characters a quantity can start with: a cheap first test that lets the scan skip text
_FIRST_CHARS = "".join(sorted(set("0123456789(" + _CN_CHARS + "".join(w[0] for w in QUALIFIER_PREFIXES)
                                   + "".join(w[0] for w in MAGNITUDE_PREFIXES))))

QUANTITY_PATTERN = (
    rf"(?=[{regex.escape(_FIRST_CHARS)}])"
    r"(?<![A-Za-z0-9.@/\\_])(?<!\d:)"  # not inside a code, an e-mail, a URL or a time (8:30)
    rf"(?:(?P<pre>{_alternation(QUALIFIER_PREFIXES)}|(?:{_alternation(MAGNITUDE_PREFIXES)})(?=[百千万]))\s*)?"
    r"(?:(?P<open>\()\s*)?"
    rf"(?P<num>{_AR}|{_CN})"
    r"(?(open)\s*\))"
    # 多 before a measure word is "several" after a Chinese numeral (一个多部门…) but "-odd"
    # after digits (30多个子栏目)
    r"(?:\s?(?P<q1>余|(?<=\d\s?)多(?!达)|多(?!达|个|部|家|次|项|种|方|元|样|名)))?"
    r"\s?(?P<mag>[十百千]?万|亿|[百千](?=[余多]?(?:" + _UNIT_RE + r")))?"
    r"(?P<q2>余|多(?!达|个|部|家|次|项|种|方|元|样|名))?"
    rf"(?:\s*(?P<unit>{_UNIT_RE}))?"
    r"(?P<post>左右|上下|有余|以上|以下|以内)?"
)

QUANTITY = regex.compile(QUANTITY_PATTERN)

#: the joint between the two ends of a range
_RANGE_JOINT = regex.compile(r"\s*(?:-|~|～|—|–|至|到)\s*")


# --------------------------------------------------------------------------- records


@quick_init
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit and qualifier, located in the text it was found in.

    ``start``/``end`` span the whole expression (qualifier words included); ``num_start``/
    ``num_end`` the digits. ``unit`` is without magnitude (``万条`` -> value×10⁴, unit 条).
    ``chinese`` is True for Chinese-numeral numbers."""

    value: int | float
    unit: str | None
    qualifier: str | None
    start: int
    end: int
    num_start: int
    num_end: int
    value_high: int | float | None = None
    chinese: bool = False
    magnitude: int = 1

    @property
    def is_time(self) -> bool:
        return self.unit in TIME_UNITS

    @property
    def is_percent(self) -> bool:
        return self.unit in PERCENT_UNITS


# --------------------------------------------------------------------------- parsing


def fold_digits(text: str) -> str:
    """Full-width digits, separators and percent signs to ASCII (NFKC per character)."""
    return "".join(unicodedata.normalize("NFKC", ch) if "\uff00" <= ch <= "\uffef" else ch for ch in text)


def chinese_numeral(text: str) -> int | None:
    """Value of a Chinese numeral (``八`` 8, ``三百零四`` 304, ``两千`` 2000, ``十一`` 11,
    ``一万二千`` 12000, ``二〇二三`` 2023), or None when ``text`` is not one."""
    if not text or any(ch not in _CN_CHARS for ch in text):
        return None
    if len(text) > 1 and all(ch in _CN_DIGITS for ch in text):
        if text[0] in "零〇" or len(text) > MAX_DIGITS:
            return None
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))  # digit by digit: 二〇二三
    total = section = number = 0
    for ch in text:
        if ch in _CN_DIGITS:
            number = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (number or 1) * _CN_SMALL[ch]  # 十一 / 百余: a bare unit means one of it
            number = 0
        else:  # 万 / 亿
            if ch == "亿":
                total = (total + section + number) * _CN_BIG[ch]
            else:
                if section + number == 0 and total == 0:
                    section = 1  # 万余
                total += (section + number) * _CN_BIG[ch]
            section = number = 0
    return total + section + number


def _decimal(text: str) -> Decimal | None:
    text = fold_digits(text).replace(",", "").replace(" ", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def parse_number(text: str) -> int | float | None:
    """Value of one number as written: ``1,286`` / ``1 286`` / ``１２８６`` / ``20.9万`` /
    ``三百零四`` / ``1.2亿`` / ``9.2余万``. Qualifier words are ignored; None when ``text`` is
    not a number."""
    q = parse_quantity(text)
    return None if q is None else q.value


def _value_of(num: str, mag: str | None) -> tuple[int | float | None, bool]:
    chinese = num[0] in _CN_CHARS
    if len(num) > MAX_DIGITS and (chinese or sum(map(str.isdigit, num)) > MAX_DIGITS):
        return None, chinese
    if chinese:
        base = chinese_numeral(num)
        if base is None:
            return None, True
        return (base * MAGNITUDES[mag] if mag else base), True
    if mag is None and num.isdigit():
        return int(num), False  # the common case, no Decimal needed
    value = _decimal(num)
    if value is None:
        return None, False
    if mag:
        value *= MAGNITUDES[mag]
    return _plain(value), False


#: every word the ``pre`` group can hold -> its qualifier (built once: read for every quantity)
_PREFIX_QUALIFIERS: dict[str, str] = {**QUALIFIER_PREFIXES, **MAGNITUDE_PREFIXES}


def _qualifier(match) -> str | None:
    for group, table in (("pre", _PREFIX_QUALIFIERS), ("q1", QUALIFIER_SUFFIXES), ("q2", QUALIFIER_SUFFIXES),
                         ("post", QUALIFIER_SUFFIXES)):
        word = match.group(group)
        if word:
            return table[word]
    return None


def _from_match(match, text: str) -> Quantity | None:
    num, mag, unit, q1, q2 = match.group("num", "mag", "unit", "q1", "q2")
    if num[0] in _CN_CHARS and not (unit or mag or q1 or q2 or _RANGE_JOINT.match(text, match.end())):
        return None  # 一是, 三审三校: a Chinese numeral is a number only when something quantifies it
    value, chinese = _value_of(num, mag)
    if value is None:
        return None
    if chinese and num in ("百", "千", "万", "亿") and not (q1 or q2 or (match.group("pre") and unit)):
        # 百姓, 千方百计, 万一: a bare magnitude is a number only with 余/多, or with 近/约
        # and a unit (访问量近千次)
        return None
    start, end = match.span()
    return Quantity(value, unit, _qualifier(match), start, end, match.start("num"), match.end("num"),
                    chinese=chinese, magnitude=MAGNITUDES.get(mag, 1) if mag else 1)


def _join_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """``2至3次`` / ``5-6场`` / ``20%-30%``: two quantities joined by a range mark become one
    with ``value_high``; the first end may leave its unit out."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        if i + 1 < len(found):
            nxt = found[i + 1]
            joint = _RANGE_JOINT.fullmatch(text, q.end, nxt.start)
            if (joint and nxt.unit and (q.unit is None or q.unit == nxt.unit) and q.qualifier is None
                    and nxt.unit not in TIME_UNITS and q.chinese == nxt.chinese and q.value < nxt.value
                    and (q.unit or q.magnitude == 1 or q.magnitude == nxt.magnitude)):
                low = q.value * (nxt.magnitude if q.magnitude == 1 and q.unit is None else 1)
                out.append(Quantity(low, nxt.unit, "range", q.start, nxt.end, q.num_start, nxt.num_end,
                                    value_high=nxt.value, chinese=q.chinese, magnitude=nxt.magnitude))
                i += 2
                continue
        out.append(q)
        i += 1
    return out


def find_quantities(text: str, pos: int = 0, endpos: int | None = None) -> list[Quantity]:
    """Every number in ``text[pos:endpos]`` with its unit and qualifier, in order. Offsets are
    into ``text``. Chinese numerals count only when a unit, magnitude or 余/多 follows."""
    endpos = len(text) if endpos is None else endpos
    found = []
    for match in QUANTITY.finditer(text, pos, endpos):
        q = _from_match(match, text)
        if q is not None:
            found.append(q)
    # a Chinese numeral is a number only when something quantifies it (一是, 三审三校 are not)
    return [q for q in _join_ranges(text, found)
            if not q.chinese or q.unit or q.magnitude > 1 or q.qualifier]


def parse_quantity(text: str) -> Quantity | None:
    """The quantity ``text`` consists of (``5500 余条``, ``约 3 万次``, ``100%``,
    ``(1386)条``), or None when it is not exactly one quantity."""
    text = fold_digits(text.strip())
    found = find_quantities(text)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text):
        return None
    return found[0]


__all__ = ["MAX_DIGITS", "Quantity", "QUANTITY", "QUANTITY_PATTERN", "UNITS", "TIME_UNITS", "PERCENT_UNITS",
           "QUALIFIER_PREFIXES", "QUALIFIER_SUFFIXES", "MAGNITUDES", "chinese_numeral", "fold_digits",
           "find_quantities", "parse_number", "parse_quantity"]
