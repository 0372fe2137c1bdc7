"""Chinese names for table keys, rows, columns and metrics, used in messages and the page.

One line per name; a key missing here is shown as itself (never an error)."""
from __future__ import annotations

TABLE_NAMES: dict[str, str] = {
    "active_disclosure": "表二（主动公开）",
    "applications": "表三（依申请公开）",
    "review_litigation": "表四（复议诉讼）",
}

ROW_NAMES: dict[str, str] = {
    # table 二
    "regulations": "规章",
    "normative_documents": "行政规范性文件",
    "licensing": "行政许可",
    "punishment": "行政处罚",
    "coercion": "行政强制",
    "fees": "行政事业性收费",
    # table 三
    "new": "一、本年新收",
    "carried_over": "二、上年结转",
    "granted": "（一）予以公开",
    "partial": "（二）部分公开",
    "denied": "（三）不予公开",
    "denied.state_secret": "（三）1.属于国家秘密",
    "denied.law_forbidden": "（三）2.其他法律行政法规禁止公开",
    "denied.three_safety_one_stability": "（三）3.危及“三安全一稳定”",
    "denied.third_party": "（三）4.保护第三方合法权益",
    "denied.internal_affairs": "（三）5.属于三类内部事务信息",
    "denied.process_info": "（三）6.属于四类过程性信息",
    "denied.enforcement_file": "（三）7.属于行政执法案卷",
    "denied.admin_query": "（三）8.属于行政查询事项",
    "unavailable": "（四）无法提供",
    "unavailable.not_held": "（四）1.本机关不掌握",
    "unavailable.needs_creation": "（四）2.需另行制作",
    "unavailable.unclear": "（四）3.补正后仍不明确",
    "not_processed": "（五）不予处理",
    "not_processed.petition": "（五）1.信访举报投诉类",
    "not_processed.repeat": "（五）2.重复申请",
    "not_processed.publication": "（五）3.要求提供公开出版物",
    "not_processed.massive": "（五）4.无正当理由大量反复申请",
    "not_processed.confirm": "（五）5.要求确认或重新出具",
    "other": "（六）其他处理",
    "other.total": "（六）其他处理",
    "other.no_correction": "（六）1.逾期不补正",
    "other.no_fee": "（六）2.逾期未缴纳信息处理费",
    "other.other": "（六）3.其他",
    "total": "（七）总计",
    "carried_forward": "四、结转下年度继续办理",
    # table 四
    "reconsideration": "行政复议",
    "litigation_direct": "行政诉讼（未经复议直接起诉）",
    "litigation_after_reconsideration": "行政诉讼（复议后起诉）",
}

COLUMN_NAMES: dict[str, str] = {
    "issued": "本年制发件数",
    "repealed": "本年废止件数",
    "in_force": "现行有效件数",
    "new_made": "本年新制作数量",          # 2019 template
    "new_published": "本年新公开数量",
    "public_total": "对外公开总数量",
    "decisions": "本年处理决定数量",
    "amount": "本年收费金额（万元）",
    "natural_person": "自然人",
    "business": "商业企业",
    "research": "科研机构",
    "social_org": "社会公益组织",
    "legal_service": "法律服务机构",
    "other_org": "其他",
    "total": "总计",
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "other": "其他结果",
    "pending": "尚未审结",
}

METRIC_NAMES: dict[str, str] = {
    "applications_received": "收到申请数",
    "applications_carried_over": "上年结转申请数",
    "applications_carried_forward": "结转下年度申请数",
    "applications_handled": "办结（答复）申请数",
    "applications_granted": "予以公开",
    "applications_partial": "部分公开",
    "applications_denied": "不予公开",
    "applications_unavailable": "无法提供",
    "applications_not_processed": "不予处理",
    "applications_other": "其他处理",
    "regulations_issued": "本年制发规章",
    "regulations_repealed": "本年废止规章",
    "regulations_in_force": "现行有效规章",
    "normative_documents_issued": "本年制发规范性文件",
    "normative_documents_repealed": "本年废止规范性文件",
    "normative_documents_in_force": "现行有效规范性文件",
    "licence_decisions": "行政许可处理决定",
    "punishment_decisions": "行政处罚处理决定",
    "coercion_decisions": "行政强制处理决定",
    "admin_fees": "行政事业性收费",
    "reconsiderations": "行政复议案件",
    "reconsiderations_upheld": "行政复议结果维持",
    "reconsiderations_corrected": "行政复议结果纠正",
    "reconsiderations_other": "行政复议其他结果",
    "reconsiderations_pending": "行政复议尚未审结",
    "lawsuits": "行政诉讼案件",
    "lawsuits_upheld": "行政诉讼结果维持",
    "lawsuits_corrected": "行政诉讼结果纠正",
    "lawsuits_other": "行政诉讼其他结果",
    "lawsuits_pending": "行政诉讼尚未审结",
    "info_processing_fees": "信息处理费",
}


def table_name(key: str | None) -> str:
    return TABLE_NAMES.get(key or "", key or "")


def row_name(key: str | None) -> str:
    return ROW_NAMES.get(key or "", key or "")


def column_name(key: str | None) -> str:
    return COLUMN_NAMES.get(key or "", key or "")


def metric_name(key: str | None) -> str:
    return METRIC_NAMES.get(key or "", key or "")


def cell_name(table: str, row: str, column: str) -> str:
    """``表三（依申请公开）“一、本年新收”行“总计”列``"""
    return f"{table_name(table)}“{row_name(row)}”行“{column_name(column)}”列"
