"""What the review shows people: rule names, level names, the agency columns it looks for.

Declared here, one line each, so the corpus view, the Excel workbook and the 通报 draft say the
same thing.
"""
from __future__ import annotations

import functools

#: rules the reconciliation's rule table does not describe (section 五's own findings)
EXTRA_RULE_NAMES: dict[str, str] = {
    "problems.improvements_reported": "改进情况只列打算、未报告已采取的整改措施",
    "problems.measure_specificity": "改进措施缺少可核查的具体内容",
    "problems.unaddressed": "存在的问题没有对应的改进措施",
    "problems.repeated_problem": "存在的问题与上年报告重复",
    "problems.repeated_measure": "改进措施与上年报告重复",
    "problems.previous_followup": "上年报告所列问题未见整改情况",
    "problems.previous_reference": "引用上年问题的表述",
}

SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
STATUS_NAMES = {"FAIL": "不一致", "UNCERTAIN": "存疑", "PASS": "相符", "NOT_ASSESSABLE": "无法核对"}

#: agency identity columns a batch may carry (issue 21 adds them to ``reports``): shown and
#: filterable when present, never required. Each: key, label, the column names it may have,
#: and where it may sit in ``reports.extra`` (a key ``to_dict()`` does not declare).
AGENCY_EXTRAS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("agency_name", "规范名称",
     ("agency_normalized", "agency_normalised", "agency_name", "normalized_agency", "normalised_agency"),
     ("$.agency_identity.name", "$.agency_identity.normalized", "$.agency_identity.normalised",
      "$.agency_identity.normalized_name", "$.agency_identity.normalised_name")),
    ("level", "层级", ("agency_level", "level"), ("$.agency_identity.level",)),
    ("region", "地区", ("agency_region", "region"), ("$.agency_identity.region",)),
)

#: level codes as a reviewer says them; codes not listed are shown as they are
LEVEL_NAMES: dict[str, str] = {
    "province": "省级", "provincial": "省级", "city": "市级", "prefecture": "市级", "county": "县级",
    "district": "区级", "township": "乡镇（街道）", "street": "街道", "department": "部门",
    "development_zone": "开发区", "city_department": "市级部门", "county_department": "县级部门",
    "province_department": "省级部门", "provincial_department": "省级部门",
}

#: table 三 outcomes as the plot names them (keys: :data:`textmine.review.index.OUTCOMES`)
OUTCOME_NAMES = {"granted": "予以公开", "partial": "部分公开", "denied": "不予公开", "unavailable": "无法提供",
                 "not_processed": "不予处理", "other": "其他处理"}


@functools.lru_cache(maxsize=None)
def _rule_table() -> dict[str, str]:
    from ..reconcile import rule_table

    return {r["rule"]: r["description"] for r in rule_table()}


def rule_description(rule: str | None) -> str:
    return _rule_table().get(rule or "") or EXTRA_RULE_NAMES.get(rule or "", rule or "")


def rule_name(rule: str | None) -> str:
    """The short name of a rule: its description up to its colon, or without the
    parenthesis that ends it (``表三（七）总计＝各项办理结果之和（逐列；…）`` -> ``表三（七）总计＝各项办理结果之和``)."""
    text = rule_description(rule)
    if "：" in text[1:]:
        return text[:text.index("：", 1)]
    if text.endswith("）") and "（" in text:
        head = text[:text.rindex("（")]
        return head or text
    return text


def level_name(code: str | None) -> str:
    return LEVEL_NAMES.get(code or "", code or "")


__all__ = ["rule_name", "rule_description", "level_name", "AGENCY_EXTRAS", "SEVERITY_NAMES", "STATUS_NAMES",
           "OUTCOME_NAMES", "EXTRA_RULE_NAMES"]
