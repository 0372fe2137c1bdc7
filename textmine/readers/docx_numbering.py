"""Word's automatic paragraph numbering, rendered as the reader of the page sees it.

A heading typed as ``总体情况`` with a numbering definition shows as ``一、总体情况``; the
``一、`` is not in the text runs but in ``word/numbering.xml``. Section headings and table
row labels (``1.属于国家秘密``) depend on those ordinals, so the DOCX reader asks this module
for each paragraph's label, in document order (counters advance as Word's do: a level
counts up, deeper levels restart).
"""
from __future__ import annotations

from dataclasses import dataclass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_counting(n: int, digits: str = _CN, ten: str = "十") -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 35 -> 三十五; digits from 100 on."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    out = ""
    if tens:
        out = (digits[tens] if tens > 1 else "") + ten
    if ones:
        out += digits[ones]
    return out


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _letters(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


#: numFmt -> how a counter is written
FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": str,  # folded to ASCII by normalisation anyway
    "decimalHalfWidth": str,
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "japaneseCounting": chinese_counting,
    "ideographTraditional": lambda n: _TIANGAN[(n - 1) % 10] if n > 0 else str(n),
    "chineseLegalSimplified": lambda n: chinese_counting(n, _CN_LEGAL, "拾"),
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if 0 < n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if 0 < n <= 20 else str(n),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "none": lambda n: "",
}


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str
    text: str
    start: int


def _val(el, name: str, default=None):
    child = el.find(f"{W}{name}") if el is not None else None
    return child.get(f"{W}val") if child is not None else default


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class Numbering:
    """Paragraph labels of one document. Call :meth:`label` for every paragraph in
    document order."""

    def __init__(self, numbering_el, styles_el):
        self._levels: dict[str, dict[int, _Level]] = {}
        self._num_to_abstract: dict[str, str] = {}
        self._start_override: dict[tuple[str, int], int] = {}
        self._style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_el is not None:
            for abstract in numbering_el.iter(f"{W}abstractNum"):
                aid = abstract.get(f"{W}abstractNumId")
                levels = {}
                for lvl in abstract.iter(f"{W}lvl"):
                    ilvl = _int(lvl.get(f"{W}ilvl"), 0)
                    levels[ilvl] = _Level(_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", "") or "",
                                          _int(_val(lvl, "start", 1), 1))
                self._levels[aid] = levels
            for num in numbering_el.iter(f"{W}num"):
                nid = num.get(f"{W}numId")
                self._num_to_abstract[nid] = _val(num, "abstractNumId")
                for override in num.iter(f"{W}lvlOverride"):
                    start = _val(override, "startOverride")
                    if start is not None:
                        self._start_override[(nid, _int(override.get(f"{W}ilvl"), 0))] = _int(start, 1)
        if styles_el is not None:
            based_on: dict[str, str] = {}
            own: dict[str, tuple[str | None, int | None]] = {}
            for style in styles_el.iter(f"{W}style"):
                sid = style.get(f"{W}styleId")
                parent = _val(style, "basedOn")
                if parent:
                    based_on[sid] = parent
                ppr = style.find(f"{W}pPr")
                numpr = ppr.find(f"{W}numPr") if ppr is not None else None
                if numpr is not None:
                    own[sid] = (_val(numpr, "numId"), _int(_val(numpr, "ilvl"), 0) if _val(numpr, "ilvl") else None)
            for sid in set(own) | set(based_on):
                seen, current = set(), sid
                while current and current not in own and current not in seen:
                    seen.add(current)
                    current = based_on.get(current)
                if current in own:
                    self._style_numpr[sid] = own[current]

    def _numpr(self, paragraph) -> tuple[str | None, int]:
        ppr = paragraph.find(f"{W}pPr")
        num_id, ilvl = None, None
        style = None
        if ppr is not None:
            style = _val(ppr, "pStyle")
            numpr = ppr.find(f"{W}numPr")
            if numpr is not None:
                num_id = _val(numpr, "numId")
                if _val(numpr, "ilvl") is not None:
                    ilvl = _int(_val(numpr, "ilvl"), 0)
        if num_id is None and style in self._style_numpr:
            num_id, style_ilvl = self._style_numpr[style]
            ilvl = ilvl if ilvl is not None else style_ilvl
        return num_id, ilvl or 0

    def label(self, paragraph) -> str:
        """The rendered number of ``paragraph`` (``""`` when it has none)."""
        if not self._levels:
            return ""
        num_id, ilvl = self._numpr(paragraph)
        if num_id in (None, "0"):
            return ""
        abstract = self._num_to_abstract.get(num_id)
        levels = self._levels.get(abstract or "")
        if not levels or ilvl not in levels:
            return ""
        level = levels[ilvl]
        if level.fmt == "bullet":
            return ""
        counters = self._counters.setdefault(abstract, {})
        start = self._start_override.get((num_id, ilvl), level.start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = level.text
        for k in range(ilvl + 1):
            placeholder = f"%{k + 1}"
            if placeholder in text:
                lvl = levels.get(k, level)
                value = counters.get(k, self._start_override.get((num_id, k), lvl.start))
                text = text.replace(placeholder, FORMATS.get(lvl.fmt, str)(value))
        return text
