"""Agency names: what is left of a scraped name once the page's labels and spam are gone, the
places it is made of (江苏省 / 淮安市 / 洪泽区), and a key under which 简称 and 全称 meet.

    clean_name("标题:淮安市洪泽区人民政府")     -> "淮安市洪泽区人民政府"
    split_name("淮安市洪泽区人民政府")         -> ((Locality("淮安", "市"), Locality("洪泽", "区")), "人民政府")
    name_key("洪泽区政府") == name_key("淮安市洪泽区人民政府") == "洪泽区|人民政府"
    name_key("金华市市场监管局") == name_key("金华市市场监督管理局")

The key is the agency's own place (the innermost one) and its body in a canonical form
(:data:`ABBREVIATIONS`); the places above it are compared separately (:func:`same_places`),
so 朝阳区 of Beijing and 朝阳区 of 长春 share a key but never pair when both names say whose
they are.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

#: how place names end, longest first where one is the end of another, with the level of a
#: place of that kind when it stands first in a name (a 市 under a 市 or a 州 is county level)
PLACE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("特别行政区", "province"), ("自治区", "province"), ("省", "province"),
    ("自治州", "city"), ("地区", "city"), ("盟", "city"), ("州", "city"), ("市", "city"),
    ("自治县", "county"), ("自治旗", "county"), ("县", "county"), ("旗", "county"), ("新区", "county"),
    ("林区", "county"), ("特区", "county"), ("区", "county"),
    ("街道", "township"), ("镇", "township"), ("乡", "township"), ("苏木", "township"),
)
_SUFFIX_LEVEL = dict(PLACE_SUFFIXES)
#: a one-character suffix followed by another place suffix is part of a longer name
#: (杭州市, 新乡市, 沙市区, 江州区): the suffix is taken only where no such character follows
_GUARDED = {"州": "市区县省", "市": "区县", "乡": "市县区镇村", "镇": "市县区"}
_SUFFIX_PATTERN = "|".join(
    regex.escape(s) + (f"(?![{_GUARDED[s]}])" if s in _GUARDED else "") for s, _ in PLACE_SUFFIXES)
_PLACE = regex.compile(r"(?P<name>\p{Han}{1,12}?)(?P<suffix>" + _SUFFIX_PATTERN + ")")
_GOVERNMENT = regex.compile(r"人民政府|政府")
#: words a place name never contains (a department's name running on: 公安局高新区)
_NOT_IN_PLACE = regex.compile(r"政府|人民|局|委|厅|办|署|银行|公司|部门|中心|机关|党|关于|年度|报告|信息|公开")
#: what looks like a place but is a department's word (城市管理局, 住房和城乡建设局) or a
#: self-reference (我县, 本镇, 全市)
_NOT_A_PLACE = regex.compile(r"(?:辖区|景区|社区|小区|园区|街区)$|^[我本全该各每此其外他城]\p{Han}?$|^自治区$|和城乡$")
#: places that are development zones, not governments (经济技术开发区, 高新区, 工业园区)
_ZONE = regex.compile(r"开发|高新|经开|园|保税|示范|试验|合作|风景名胜|旅游")
#: the four municipalities: a 市 of province level
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")


@dataclass(frozen=True, slots=True)
class Locality:
    name: str  # without its suffix: 洪泽
    suffix: str  # 区

    @property
    def text(self) -> str:
        return self.name + self.suffix

    @property
    def zone(self) -> bool:
        return bool(_ZONE.search(self.name))


def split_name(name: str) -> tuple[tuple[Locality, ...], str]:
    """The places a name starts with, outermost first, and the rest (its body). A
    ``人民政府`` between two places (桦甸市人民政府新华街道办事处) is passed over."""
    places: list[Locality] = []
    pos = 0
    while pos < len(name):
        skip = _GOVERNMENT.match(name, pos)
        if skip and places and _PLACE.match(name, skip.end()):
            pos = skip.end()
        m = _PLACE.match(name, pos)
        if m is None:
            break
        text = m.group()
        if _NOT_IN_PLACE.search(m.group("name")) or _NOT_A_PLACE.search(text):
            break
        places.append(Locality(m.group("name"), m.group("suffix")))
        pos = m.end()
    return tuple(places), name[pos:]


def place_levels(places: tuple[Locality, ...]) -> tuple[str, ...]:
    """The level of each place of a name: a 市 inside a 市 or a 州 is a county-level city, a
    district of a municipality is county level, the municipality itself province level."""
    levels: list[str] = []
    for place in places:
        level = "development_zone" if place.zone else _SUFFIX_LEVEL[place.suffix]
        if place.suffix == "市" and place.name in MUNICIPALITIES:
            level = "province"
        elif place.suffix == "市" and levels and levels[-1] in ("city", "county"):
            level = "county"
        levels.append(level)
    return tuple(levels)


# --------------------------------------------------------------------------- cleaning

#: labels and page furniture that precede a name on scraped pages (标题:, 名 称:, 发布机构 |)
_LABEL = regex.compile(r"^.*?(?:标\s*题|名\s*称|文件名称|发布机构|发文机关|发布单位|信息来源|来源|所属机构)\s*[:：|]\s*"
                       r"|^(?:标\s*题|名\s*称)")
#: separators a breadcrumb or a spam prefix leaves before the name (…官网:教育局, 首页>…>),
#: and the portal's words a page title runs into the name (…门户网站XX局政府信息公开年报XX局)
_SEPARATORS = regex.compile(r"[:：>»|/\\【】\[\]<]|门户网站|政府信息公开年报|信息公开年报|政府信息公开专栏")
_NON_HAN = regex.compile(r"[^\p{Han}()（）]")
_QUOTES = regex.compile(r"[“”\"'‘’《》〈〉]")
_SELF = regex.compile(r"^(?:了|对)?(?:我|本)(?:局|委|办|厅|署|镇|乡|街道|县|区|市|旗|苏木|中心|单位|机关|部门|州|省|院)")
#: how a name may end (metadata's list, and the bodies a place-only name stands for)
_NAME_END = regex.compile(
    r"(?:人民政府|政府|办公室|办公厅|委员会|委|局|厅|署|院|中心|办事处|街道|镇|乡|区|县|市|州|盟|旗|苏木|"
    r"管委会|管理委员会|处|所|站|队|会|办|部|社|馆|分局)$")
_LEADING_YEAR = regex.compile(r"^(?:\d{4})?年度?")
#: a word that names a kind of body, not one body
_GENERIC = regex.compile(r"^(?:开发区|高新区|新区|管委会|管理委员会|人民政府|政府|办公室|办公厅|本机关|街道|办事处)$")
_NOT_A_NAME = regex.compile(r"报告|年度|信息公开|条例|通知|规定|意见|首页|当前位置|网站|门户|栏目|索引|专栏|公开年报")


def clean_name(raw: str | None) -> str | None:
    """The agency name in ``raw`` (a title's opening, a label's value, a sentence's subject),
    or None when what is left is no name: a self-reference (我局), page furniture, a sentence."""
    if not raw:
        return None
    text = "".join(raw.split())
    text = _LABEL.sub("", text)
    pieces = [p for p in _SEPARATORS.split(text) if p]
    if not pieces:
        return None
    text = pieces[-1]
    text = _QUOTES.sub("", text)
    text = _LEADING_YEAR.sub("", text)
    text = regex.sub(r"[(（][^()（）]*[)）]|[(（][^()（）]*$", "", text)
    text = _NON_HAN.sub("", text) if regex.search(r"[A-Za-z0-9]", text) else text
    text = regex.sub(r"[()（）]+$", "", text)
    # the title's 政府信息公开 took 政府 from 人民政府 (岳阳市人民 / 政府信息公开…)
    if text.endswith("人民"):
        text += "政府"
    # a page that repeats the short name before the full one (正阳街道正阳街道办事处)
    for cut in range(2, len(text) // 2 + 1):
        if text[cut:].startswith(text[:cut]) and len(text) - cut > cut:
            text = text[cut:]
            break
    if len(text) < 2 or len(text) > 40 or _SELF.match(text) or _NOT_A_NAME.search(text) or _GENERIC.match(text):
        return None
    if not _NAME_END.search(text):
        return None
    return text


# --------------------------------------------------------------------------- keys

#: 简称 and 全称 of one body, one line a body: (canonical form, pattern of every way of
#: writing it). Applied in order to the body of a name (what follows its places).
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("人民政府办公室", r"^(?:人民政府|政府)(?:办公室|办公厅|办)$"),
    ("人民政府", r"^(?:人民政府|政府|行政公署|行署|办事处|街道办事处)?$"),
    ("发展和改革委员会", r"发展(?:和)?改革(?:委员会|委|局)|发改委|发改局"),
    ("人力资源和社会保障局", r"人力资源(?:和)?社会保障局|人社局"),
    ("住房和城乡建设局", r"住房(?:和)?城乡建设局|住建局"),
    ("住房和城乡建设委员会", r"住房(?:和)?城乡建设(?:委员会|委)|住建委"),
    ("市场监督管理局", r"市场监督管理局|市场监管局|市监局"),
    ("卫生健康委员会", r"卫生(?:和)?健康(?:委员会|委)|卫健委"),
    ("卫生和计划生育委员会", r"卫生(?:和)?计划生育(?:委员会|委)|卫计委"),
    ("自然资源和规划局", r"自然资源(?:和)?规划局|自规局|资规局"),
    ("文化广电和旅游局", r"文化广电(?:和)?旅游(?:体育)?局|文广旅局|文广旅体局"),
    ("文化和旅游局", r"文化(?:和)?旅游局|文旅局"),
    ("交通运输局", r"交通运输局|交通局"),
    ("应急管理局", r"应急管理局|应急局"),
    ("退役军人事务局", r"退役军人事务局|退役军人局"),
    ("医疗保障局", r"医疗保障局|医保局"),
    ("科学技术局", r"科学技术局|科技局"),
    ("工业和信息化局", r"工业(?:和)?信息化局|工信局"),
    ("城市管理局", r"城市管理(?:综合)?(?:行政)?(?:执法)?局|城管局|城管执法局"),
    ("人民防空办公室", r"人民防空办公室|人防办"),
    ("机关事务管理局", r"机关事务管理局|机关事务局"),
    ("民族宗教事务局", r"民族(?:和)?宗教事务局|民宗局"),
    ("行政审批服务局", r"行政审批(?:服务)?局|审批局"),
    ("国有资产监督管理委员会", r"(?:人民政府|政府)?国有资产监督管理委员会|(?:人民政府|政府)?国资委"),
    ("管理委员会", r"管理委员会|管委会"),
)
_ABBREVIATIONS = tuple((canonical, regex.compile(pattern)) for canonical, pattern in ABBREVIATIONS)


def canonical_body(body: str) -> str:
    for canonical, pattern in _ABBREVIATIONS:
        body = pattern.sub(canonical, body)
    return body


def name_key(name: str | None) -> str | None:
    """``<own place>|<canonical body>`` (see the module docstring); None for no name. A name
    without a place keys on its body alone (教育局|…): such keys pair only when unique."""
    if not name:
        return None
    places, body = split_name("".join(name.split()))
    own = places[-1].text if places else ""
    return f"{own}|{canonical_body(body)}"


def government_key(key: str | None) -> str | None:
    """The key of the government a 人民政府办公室 key belongs to (人民政府 vs 办公室: the
    office often compiles its government's report)."""
    if key and key.endswith("|人民政府办公室"):
        return key[: -len("办公室")]
    return None


def outer_places(name: str | None) -> tuple[str, ...]:
    """The places above the agency's own one (淮安市 for 淮安市洪泽区人民政府)."""
    if not name:
        return ()
    places, _ = split_name("".join(name.split()))
    return tuple(p.text for p in places[:-1])


def same_places(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two chains of outer places can be the same (one may leave out the top:
    江苏省淮安市 and 淮安市 can; 北京市 and 长春市 cannot)."""
    if not a or not b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_[len(long_) - len(short):] == short


__all__ = ["Locality", "split_name", "place_levels", "clean_name", "name_key", "government_key",
           "outer_places", "same_places", "canonical_body", "ABBREVIATIONS", "PLACE_SUFFIXES", "MUNICIPALITIES"]
