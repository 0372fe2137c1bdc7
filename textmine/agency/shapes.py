"""What kind of body an agency is: one declared table of name shapes, the levels they mean and
who among them may issue 规章, plus how a page without a name says what it is.

Levels (the real-page annotation's vocabulary, ``corpora/real_pages/ANNOTATION.md``, plus
``national_department`` and ``department`` for a department whose level nothing says):

    province, city, county, township,
    province_department, city_department, county_department, township_department,
    development_zone, national_department, department, unknown

Who may issue 规章 (Legislation Law arts. 91-93): State Council ministries and commissions
(部门规章), and the people's governments of provinces, autonomous regions, municipalities,
设区的市 and 自治州 (地方政府规章). Township and street bodies, county and district governments
and every department of a local government cannot. A 市人民政府 is taken to be a 设区的市
(county-level cities cannot issue 规章 but cannot be told apart by name; erring this way never
raises a false warning); provincial and city departments are not judged (None): their reports
commonly list the 规章 they drafted for their government.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

LEVELS: tuple[str, ...] = (
    "province", "city", "county", "township",
    "province_department", "city_department", "county_department", "township_department",
    "development_zone", "national_department", "department", "unknown",
)

#: a government's level -> the level of its departments
DEPARTMENT_OF: dict[str, str] = {
    "province": "province_department",
    "city": "city_department",
    "county": "county_department",
    "township": "township_department",
}
#: a department's level -> the level of the government it belongs to
GOVERNMENT_OF: dict[str, str] = {dept: gov for gov, dept in DEPARTMENT_OF.items()}
GOVERNMENT_LEVELS = frozenset(DEPARTMENT_OF)
DEPARTMENT_LEVELS = frozenset(DEPARTMENT_OF.values()) | {"department", "national_department"}

_DEPT = r"(?:局|分局|委员会|委|办公室|办|中心|署|队|站|所|处|院|会|社)"
_PROVINCE_DEPT = r"(?:厅|局|委员会|委|办公室|办|中心|署|院|会)"
_NO_PLACE = r"[^省市县区旗州盟镇乡]"
_PLACE = _NO_PLACE + r"{1,10}"

#: (pattern on the name with spaces removed, level, issuer kind, may issue 规章), first match
#: wins. The lines without a pattern at the end say what a level alone means: a page that
#: names no agency but says what it is (我镇 -> township -> 乡镇街道), or a department whose
#: level only its text gives (我局 … 我县 -> county_department).
NAME_SHAPES: tuple[tuple[str | None, str, str, bool | None], ...] = (
    # ---- townships and streets ------------------------------------------------------------
    (r"(?<!城)(?:乡|镇|街道|街道办事处|苏木|嘎查|社区)(?:人民政府|政府|党委|办事处|管理委员会)?"
     r"(?:办公室|党政办公室|党政办)?$", "township", "乡镇街道", False),
    (r"(?:街道办事处|街道工委)$", "township", "乡镇街道", False),
    (r"(?<!城)(?:乡|镇|街道|苏木)" + _NO_PLACE + r"{1,12}?(?:所|站|中心|办)$", "township_department", "乡镇街道", False),
    # ---- development zones (before districts: 开发区 and 高新区 end in 区) ----------------------
    (r"(?:开发区|高新区|园区|示范区|试验区|保税区|合作区|风景名胜区|旅游区)(?:管理委员会|管委会)?(?:办公室)?$",
     "development_zone", "开发区管委会", False),
    (r"(?<!城市|城乡建设|交通)(?:管委会|管理委员会)(?:办公室)?$", "development_zone", "开发区管委会", False),
    # ---- ministries -----------------------------------------------------------------------
    (r"^(?:国家|国务院|中华人民共和国|中国)\S*(?:部|委员会|总局|署|局|银行)$", "national_department", "国务院部门", True),
    # ---- provinces and municipalities (before districts: 自治区 ends in 区) -------------------
    (r"^\S*(?:省|自治区)(?:人民政府|政府)?$", "province", "省级政府", True),
    (r"^\S*(?:省|自治区)(?:人民政府|政府)(?:办公厅|办公室)$", "province_department", "省级政府", True),
    (r"^(?:北京|天津|上海|重庆)市(?:人民政府|政府)?$", "province", "直辖市政府", True),
    (r"^(?:北京|天津|上海|重庆)市(?:人民政府|政府)(?:办公厅|办公室)$", "province_department", "直辖市政府", True),
    # ---- county and district governments --------------------------------------------------
    (r"(?:县|区|旗|特区|林区)(?:人民政府|政府)$", "county", "县区政府", False),
    (r"(?:县|区|旗|特区|林区)(?:人民政府|政府)(?:办公室|办)$", "county_department", "县区政府", False),
    (r"^(?:" + _PLACE + r"(?:省|自治区))?(?:" + _PLACE + r"(?:市|州|盟|地区))?" + _PLACE
     + r"(?:县|旗|(?<!地)区)$", "county", "县区政府", False),
    # ---- provincial departments -----------------------------------------------------------
    (r"^(?:北京|天津|上海|重庆)市[^区县]{1,20}?" + _DEPT + r"$", "province_department", "省、市政府工作部门", None),
    (r"^[^市县区旗州盟]*(?:省|自治区)(?:人民政府|政府)?[^市县区旗州盟]{1,20}?" + _PROVINCE_DEPT + r"$",
     "province_department", "省、市政府工作部门", None),
    # ---- county departments: the brief's (and the field guide's) clear case ----------------
    (r"(?:县|区|旗)[^县区旗省]{1,20}?" + _DEPT + r"$", "county_department", "县级政府工作部门", False),
    # ---- cities ---------------------------------------------------------------------------
    (r"^\S*市(?:人民政府|政府)?$", "city", "设区的市政府", True),
    (r"^\S*市(?:人民政府|政府)(?:办公室|办公厅|办)$", "city_department", "设区的市政府", True),
    (r"^\S*(?:自治州|州)(?:人民政府|政府)?$", "city", "自治州政府", True),
    (r"^\S*(?:自治州|州)(?:人民政府|政府)(?:办公室|办公厅)$", "city_department", "自治州政府", True),
    (r"^\S*(?:地区|盟)(?:行政公署|行署)?$", "city", "地区行署", None),
    (r"(?:市|州|盟|地区)[^市县区旗]{1,20}?" + _DEPT + r"$", "city_department", "省、市政府工作部门", None),
    # ---- departments whose level the name does not give -----------------------------------
    (r"厅$", "province_department", "省、市政府工作部门", None),
    (r"(?:局|厅|委员会|委|办公室|办|中心|署|院|队|站|所|处|会)$", "department", "政府工作部门", None),
    # ---- what a level alone means ---------------------------------------------------------
    (None, "province", "省级政府", True),
    (None, "city", "设区的市政府", True),  # as a 市人民政府 is taken (see the module's docstring)
    (None, "county", "县区政府", False),
    (None, "township", "乡镇街道", False),
    (None, "province_department", "省、市政府工作部门", None),
    (None, "city_department", "省、市政府工作部门", None),
    (None, "county_department", "县级政府工作部门", False),
    (None, "township_department", "乡镇街道", False),
    (None, "development_zone", "开发区管委会", False),
    (None, "national_department", "国务院部门", True),
    (None, "department", "政府工作部门", None),
)

_COMPILED = tuple((regex.compile(p), level, kind, may) for p, level, kind, may in NAME_SHAPES if p is not None)
_BY_LEVEL = {level: (kind, may) for p, level, kind, may in NAME_SHAPES if p is None}


@dataclass(frozen=True, slots=True)
class Shape:
    """What a name (or a self-reference) says the agency is."""

    level: str
    kind: str | None
    may_issue_regulations: bool | None


UNKNOWN = Shape("unknown", None, None)


def classify_name(name: str | None) -> Shape:
    """The first :data:`NAME_SHAPES` line the name matches (:data:`UNKNOWN` for none)."""
    if not name:
        return UNKNOWN
    compact = "".join(name.split())
    for pattern, level, kind, may in _COMPILED:
        if pattern.search(compact):
            return Shape(level, kind, may)
    return UNKNOWN


def shape_of_level(level: str) -> Shape:
    """What a level alone says: the :data:`NAME_SHAPES` line of that level without a pattern."""
    if level not in _BY_LEVEL:
        return UNKNOWN
    kind, may = _BY_LEVEL[level]
    return Shape(level, kind, may)


#: how a report speaks of itself (我镇, 本街道, 我局): (pattern, level), one line a shape.
#: ``department`` means "a department, level from the name or the text".
SELF_REFERENCES: tuple[tuple[str, str], ...] = (
    (r"(?:我|本)(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)?", "township"),
    (r"(?:我|本)(?:县|旗)(?:人民政府|政府)?", "county"),
    (r"(?:我|本)区(?:人民政府|政府)?", "county"),
    (r"(?:我|本)市(?:人民政府|政府)?", "city"),
    (r"(?:我|本)(?:州|盟)(?:人民政府|政府)?", "city"),
    (r"(?:我|本)省(?:人民政府|政府)?", "province"),
    (r"(?:我|本)厅", "province_department"),
    (r"(?:我|本)(?:局|委|办|署|中心)(?![员会])", "department"),
    # (2025年,区城乡建设局聚焦…: a department named short, by its government's level word alone, at a clause start)
    (r"(?<=^|[\n。,;:])(?:区|县|旗)\p{Han}{2,8}?(?:局|委员会)(?=\p{Han})", "county_department"),
)
SELF_REFERENCE = regex.compile("|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(SELF_REFERENCES)))

#: words that place a department at its government's level when its name does not
#: (在县委县政府的领导下, 全市, 市政府职能部门): (pattern, government level)
LEVEL_CUES: tuple[tuple[str, str], ...] = (
    (r"全省|省委|省政府|省人民政府", "province"),
    (r"全市|市委|市政府|市人民政府", "city"),
    (r"全州|州委|州政府|州人民政府|全盟|盟委|行署", "city"),
    (r"全县|县委|县政府|县人民政府|全旗|旗委|旗政府", "county"),
    (r"全区|区委|区政府|区人民政府", "county"),
)
LEVEL_CUE = regex.compile("|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(LEVEL_CUES)))


__all__ = ["LEVELS", "NAME_SHAPES", "Shape", "UNKNOWN", "classify_name", "shape_of_level", "SELF_REFERENCES",
           "SELF_REFERENCE", "LEVEL_CUES", "LEVEL_CUE", "DEPARTMENT_OF", "GOVERNMENT_OF",
           "GOVERNMENT_LEVELS", "DEPARTMENT_LEVELS"]
