"""Who may issue 规章 (Legislation Law arts. 91-93): State Council ministries and
commissions, and the people's governments of provinces, autonomous regions, municipalities,
设区的市 and 自治州. Township and street bodies, county and district governments and every
department of a county cannot.

What kind of body the agency is comes from the report's agency identity
(:mod:`textmine.agency`): its name's shape in the one declared table
:data:`textmine.agency.shapes.NAME_SHAPES` (which gives each shape its level, issuer kind and
whether it may issue 规章), or, for a page that names no agency, how it speaks of itself
(我镇 a township, 我县 a county government, 我局 … 我县 a county department)."""
from __future__ import annotations

from ..agency import classify_name, identify_agency, shape_of
from .context import DOCUMENT_COLUMNS, Context
from .verdicts import make, not_assessable


#: the 2019 template's columns of what was published, not made (本年新公开数量, 对外公开总数量)
_PUBLISHED_ONLY = frozenset({"new_published", "public_total"})


def classify_issuer(agency: str | None) -> tuple[str | None, bool | None]:
    """(kind, may issue 规章) for an agency name; may-issue is None when the name says
    nothing or the kind is not judged."""
    shape = classify_name(agency)
    return shape.kind, shape.may_issue_regulations


def _identity(ctx: Context):
    """The report's agency identity (worked out once when the pipeline did not give it)."""
    if ctx.identity is not None:
        return ctx.identity
    if "identity" not in ctx._cache:
        ctx._cache["identity"] = identify_agency(ctx.doc, ctx.sections, ctx.metadata) if ctx.metadata else None
    return ctx._cache["identity"]


def _who(identity, fallback: str | None) -> str:
    if identity is not None and identity.name:
        return identity.name
    if identity is not None and identity.level != "unknown":
        return "本机关（报告未写明名称，按其自称判断）"
    return fallback or "未识别"


def regulations_issuer(ctx: Context, rule):
    """A body that cannot issue 规章 reporting 规章 in table 二 (a template copied from a
    higher level, or 规范性文件 entered on the wrong row)."""
    unfilled = ctx.unfilled_reason("active_disclosure")
    if unfilled:
        return not_assessable(rule, unfilled)  # an unfilled template says nothing of 规章 either
    cells = [ctx.cell("active_disclosure", "regulations", c) for columns in DOCUMENT_COLUMNS.values() for c in columns]
    present = [c for c in cells if c.status != "absent"]
    if not present:
        return not_assessable(rule, "表二没有规章行")
    nonzero = [c for c in present if c.known and c.value]
    identity = _identity(ctx)
    agency = _who(identity, ctx.metadata.agency if ctx.metadata else None)
    if identity is not None:
        shape = shape_of(identity)
        kind, can = shape.kind, shape.may_issue_regulations
    else:
        kind, can = classify_issuer(ctx.metadata.agency if ctx.metadata else None)
    evidence = [c.evidence for c in present]
    figures = ", ".join(f"{c.column}={c.value}" for c in nonzero)
    if not nonzero:
        # a blank 规章 row in a table 二 that is otherwise filled is the answer the rule asks
        # for (nothing reported under 规章), as a written 0 is
        how = "均为0" if all(c.known for c in present) else "未填报数字（空白或0）"
        return (make(rule, "PASS", f"{rule.description}：规章行{how}", evidence=evidence),)
    if can is None:
        why = (f"{agency}属于{kind}：部门本身无权制定规章，但常填报其起草、由本级政府发布的规章，不作判断"
               if kind else f"无法从机关名称“{agency}”判断其是否有权制定规章")
        return (make(rule, "NOT_ASSESSABLE", f"表二填报了规章（{figures}）；{why}", evidence=evidence, unit=kind),)
    if can:
        return (make(rule, "PASS", f"{agency}属于{kind}，有权制定规章；表二填报规章（{figures}）",
                     evidence=evidence, unit=kind),)
    made = [c for c in present if c.column == "new_made"]
    if made and all(c.known and not c.value for c in made) \
            and all(c.column in _PUBLISHED_ONLY for c in nonzero):
        # (2019 template 规章 0 / 1 / 1: nothing made, one published — a higher level's rule the body put out
        # again, as a reader may take it; only a rule made would be one it had no power to issue)
        return (make(rule, "UNCERTAIN",
                     f"{agency}属于{kind}，无权制定规章；表二规章行本年新制作为0，但新公开或公开总数非零（{figures}），"
                     f"可能是转发上级规章，也可能填错行，请核实",
                     expected=0, found={c.column: c.value for c in nonzero}, evidence=evidence, unit=kind),)
    return (make(rule, "FAIL",
                 f"{agency}属于{kind}，无权制定规章，但表二规章行填报了非零数值（{figures}）；"
                 f"可能把规范性文件填入了规章行或沿用了上级模板",
                 expected=0, found={c.column: c.value for c in nonzero}, evidence=evidence, unit=kind),)
