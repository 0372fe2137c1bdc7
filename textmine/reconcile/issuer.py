"""Who may issue 规章 (Legislation Law arts. 91-93): State Council ministries and
commissions (部门规章), and the people's governments of provinces, autonomous regions,
municipalities, 设区的市 and 自治州 (地方政府规章). Township and street bodies, county and
district governments and every department or bureau of a local government cannot.

The agency name is all we have, so the classification is a declared list of name shapes,
first match wins. A 市人民政府 is taken to be a 设区的市 (county-level cities cannot issue
规章 but cannot be told apart by name; erring this way never raises a false warning)."""
from __future__ import annotations

import regex

from .context import DOCUMENT_COLUMNS, Context
from .verdicts import make, not_assessable

#: (pattern on the agency name with spaces removed, kind, may issue 规章)
ISSUER_KINDS: tuple[tuple[str, str, bool | None], ...] = (
    (r"(?:乡|镇|街道|街道办事处|苏木|嘎查|社区)(?:人民政府|党委|办事处|管理委员会)?(?:办公室|党政办公室|党政办)?$", "乡镇街道", False),
    (r"(?:街道办事处|街道工委)$", "乡镇街道", False),
    (r"(?:县|区|旗|特区|林区)(?:人民政府)(?:办公室)?$", "县区政府", False),
    (r"(?:开发区|高新区|新区|园区|示范区|管委会|管理委员会)(?:办公室)?$", "开发区管委会", False),
    (r"^(?:国家|国务院|中华人民共和国|中国)\S*(?:部|委员会|总局|署|局|银行)$", "国务院部门", True),
    (r"^\S*(?:省|自治区)人民政府(?:办公厅|办公室)?$", "省级政府", True),
    (r"^\S*(?:北京|天津|上海|重庆)市人民政府(?:办公厅|办公室)?$", "直辖市政府", True),
    (r"^\S*(?:自治州|州)人民政府(?:办公室|办公厅)?$", "自治州政府", True),
    (r"^\S*市人民政府(?:办公室|办公厅)?$", "设区的市政府", True),
    # a department of a county or district: the brief's (and the field guide's) clear case
    (r"(?:县|区|旗)[^县区旗省]{1,20}?(?:局|委员会|委|办公室|办|中心|署|队|站|所|处)$", "县级政府工作部门", False),
    # provincial and city departments cannot issue 规章 either, but their reports commonly
    # list the 规章 they drafted for their government: not judged (None)
    (r"(?:局|厅|委员会|委|办公室|办|中心|署|院|队|站|所|处|会)$", "省、市政府工作部门", None),
)

_COMPILED = tuple((regex.compile(p), kind, can) for p, kind, can in ISSUER_KINDS)


def classify_issuer(agency: str | None) -> tuple[str | None, bool | None]:
    """(kind, may issue 规章) for an agency name; may-issue is None when the name says
    nothing or the kind is not judged."""
    if not agency:
        return None, None
    name = "".join(agency.split())
    for pattern, kind, can in _COMPILED:
        if pattern.search(name):
            return kind, can
    return None, None


def regulations_issuer(ctx: Context, rule):
    """A body that cannot issue 规章 reporting 规章 in table 二 (a template copied from a
    higher level, or 规范性文件 entered on the wrong row)."""
    if not ctx.has_table("active_disclosure"):
        return not_assessable(rule, "未找到表二")
    cells = [ctx.cell("active_disclosure", "regulations", c) for columns in DOCUMENT_COLUMNS.values() for c in columns]
    present = [c for c in cells if c.status != "absent"]
    if not present:
        return not_assessable(rule, "表二没有规章行")
    nonzero = [c for c in present if c.known and c.value]
    agency = ctx.metadata.agency if ctx.metadata else None
    kind, can = classify_issuer(agency)
    evidence = [c.evidence for c in present]
    figures = ", ".join(f"{c.column}={c.value}" for c in nonzero)
    if not nonzero:
        return (make(rule, "PASS", f"{rule.description}：规章行均为0或空", evidence=evidence),)
    if can is None:
        why = (f"{agency}属于{kind}：部门本身无权制定规章，但常填报其起草、由本级政府发布的规章，不作判断"
               if kind else f"无法从机关名称“{agency or '未识别'}”判断其是否有权制定规章")
        return (make(rule, "NOT_ASSESSABLE", f"表二填报了规章（{figures}）；{why}", evidence=evidence, unit=kind),)
    if can:
        return (make(rule, "PASS", f"{agency}属于{kind}，有权制定规章；表二填报规章（{figures}）",
                     evidence=evidence, unit=kind),)
    return (make(rule, "FAIL",
                 f"{agency}属于{kind}，无权制定规章，但表二规章行填报了非零数值（{figures}）；"
                 f"可能把规范性文件填入了规章行或沿用了上级模板",
                 expected=0, found={c.column: c.value for c in nonzero}, evidence=evidence, unit=kind),)
