"""What the three standard tables are made of: row labels, column headers, template markers.

Everything that varies between reports is declared here, one line per variant. Patterns are
searched (not anchored, unless they say so) in a label's *compact* form: the normalised text
with all whitespace and pipes removed, so ``商业 企业``, ``本年新<br>制作数量`` and a label
broken over two PDF lines all compare as one word. Normalisation has already folded
full-width brackets to ASCII and the traditional characters of ``models/lexicons/t2s.tsv``.

Canonical keys (rows and columns) are those of ``shared/docs/contract.md``; keys the contract
does not name (the 2019 template's table 二 columns, the 23-row table 三's single
``（六）其他处理`` row) follow the same style and are listed in :data:`EXTRA_KEYS_DOC`.

Row specs are ``(key, pattern, ambiguous)``. An *ambiguous* label (``其他``, ``总计``) is also a
column header of the same table, so it only counts as a row label once the table body has
started (after the first unambiguous row label).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True, slots=True)
class RowSpec:
    key: str
    pattern: str
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    key: str
    pattern: str


# --------------------------------------------------------------------------- table 二

#: rows of table 二 (both templates; ``other_services``, ``procurement`` and
#: ``other_documents`` only occur in the 2019 template and its local variants)
ACTIVE_ROWS: tuple[RowSpec, ...] = (
    RowSpec("regulations", r"规章"),
    RowSpec("normative_documents", r"规范性文件"),
    RowSpec("other_documents", r"其他主动公开文件"),  # 湖北孝感's extra 2019 row
    RowSpec("licensing", r"行政许可"),
    RowSpec("other_services", r"其他对外管理服务|对外管理服务事项"),
    RowSpec("punishment", r"行政处罚"),
    RowSpec("coercion", r"行政强制"),
    RowSpec("fees", r"事业性收费"),
    RowSpec("procurement", r"集中采购"),
)

#: column header patterns of table 二 (used to name grid columns and to pick the template)
ACTIVE_COLUMNS_2021: tuple[ColumnSpec, ...] = (
    ColumnSpec("issued", r"本年制发|制发件数"),
    ColumnSpec("repealed", r"本年废止|废止件数"),
    ColumnSpec("in_force", r"现行有效"),
    ColumnSpec("decisions", r"处理决定"),
    ColumnSpec("amount", r"收费金额"),
)
ACTIVE_COLUMNS_2019: tuple[ColumnSpec, ...] = (
    ColumnSpec("new_made", r"新制作"),
    ColumnSpec("new_published", r"新公开"),
    ColumnSpec("public_total", r"对外公开总"),
    ColumnSpec("previous_count", r"上一年项目|上年项目"),
    ColumnSpec("change", r"增/?减|增减"),
    ColumnSpec("decisions", r"处理决定"),
    ColumnSpec("projects", r"采购项目"),
    ColumnSpec("amount", r"采购总金额|总金额"),
)

#: row -> its columns, per template (the order the template writes them)
ACTIVE_LAYOUT: dict[str, dict[str, tuple[str, ...]]] = {
    "2021": {
        "regulations": ("issued", "repealed", "in_force"),
        "normative_documents": ("issued", "repealed", "in_force"),
        "licensing": ("decisions",),
        "punishment": ("decisions",),
        "coercion": ("decisions",),
        "fees": ("amount",),
    },
    "2019": {
        "regulations": ("new_made", "new_published", "public_total"),
        "normative_documents": ("new_made", "new_published", "public_total"),
        "other_documents": ("new_made", "new_published", "public_total"),
        "licensing": ("previous_count", "change", "decisions"),
        "other_services": ("previous_count", "change", "decisions"),
        "punishment": ("previous_count", "change", "decisions"),
        "coercion": ("previous_count", "change", "decisions"),
        "fees": ("previous_count", "change"),
        "procurement": ("projects", "amount"),
    },
}

#: header words that identify the template of table 二 (the cited notice is unreliable)
ACTIVE_TEMPLATE_MARKERS: tuple[tuple[str, str], ...] = (
    ("2021", r"本年制发|本年废止|现行有效|本年处理决定|本年收费金额"),
    ("2019", r"本年新(?!收)|对外公开总|上一年项目|本年增/?减|采购项目数|采购总金额|"
             r"其他对外管理服务|政府集中采购"),
)

#: text of table 二 that is neither a row label nor a value: block titles and headers
ACTIVE_HEADER = r"信息内容|第二十条|第[(]?[一二三四五六七八九十]+[)]?项|单位|万元|" + "|".join(
    s.pattern for s in ACTIVE_COLUMNS_2021 + ACTIVE_COLUMNS_2019)


# --------------------------------------------------------------------------- table 三

#: rows of table 三, 2021 template order (25 rows); the 2019 template has ``other``
#: (its single （六）其他处理 row) instead of the three ``other.*`` rows.
APPLICATION_ROWS: tuple[RowSpec, ...] = (
    RowSpec("new", r"本年新收|新收.{0,10}申请"),
    RowSpec("carried_over", r"上年(?:度)?结转"),
    RowSpec("granted", r"予以公开"),
    RowSpec("partial", r"部分公开"),
    RowSpec("denied.state_secret", r"国家秘密"),
    # 洪泽区 writes 其他法律行政止公开 (法规禁 lost)
    RowSpec("denied.law_forbidden", r"其他法律|行政法规禁止|法规禁止|行政止公开"),
    RowSpec("denied.three_safety_one_stability", r"三安全|一稳定|危及"),
    RowSpec("denied.third_party", r"第三方"),
    # 内容 for 内部 is a typo seen in real tables
    RowSpec("denied.internal_affairs", r"内部事务|三类内[部容]|内容事务"),
    RowSpec("denied.process_info", r"过程性|四类过程"),
    RowSpec("denied.enforcement_file", r"执法案卷"),
    RowSpec("denied.admin_query", r"查询事项|行政查询"),
    RowSpec("unavailable.not_held", r"不掌握"),
    RowSpec("unavailable.needs_creation", r"另行制作|没有现成"),
    RowSpec("unavailable.unclear", r"仍不明确|补正后申请"),
    RowSpec("not_processed.petition", r"信访|举报投诉"),
    RowSpec("not_processed.repeat", r"重复申请"),
    RowSpec("not_processed.publication", r"出版物"),
    RowSpec("not_processed.massive", r"大量反复"),
    RowSpec("not_processed.confirm", r"确认或|重新出具|要求行政机关确认"),
    RowSpec("other.no_correction", r"逾期不补|不补正"),
    RowSpec("other.no_fee", r"收费通知|缴纳费用|逾期未按|未缴纳"),
    RowSpec("other.other", r"(?:^|[0-9][.、]|[)])其[他它]$", ambiguous=True),
    RowSpec("other", r"其[他它]处理$"),
    RowSpec("total", r"(?:^|[)、.])总计$", ambiguous=True),
    RowSpec("carried_forward", r"结转下年"),
)

#: rows only the 2021 template has / the row only the 2019 (23-row) template has
APPLICATION_2021_ONLY: frozenset[str] = frozenset({"other.no_correction", "other.no_fee", "other.other"})
APPLICATION_2019_ONLY: frozenset[str] = frozenset({"other"})

#: group labels: they head a block of rows and carry no values themselves
APPLICATION_GROUPS = r"本年度办理结果|办理结果|不予公开|无法提供|不予处理"

APPLICATION_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("natural_person", r"自然人"),
    ColumnSpec("business", r"商业|企业"),
    ColumnSpec("research", r"科研|研究"),
    ColumnSpec("social_org", r"公益"),
    ColumnSpec("legal_service", r"法律服务|服务机构"),
    ColumnSpec("other_org", r"^其[他它]$|^其[他它]组织$"),
    ColumnSpec("total", r"总计|合计"),
)
APPLICATION_COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in APPLICATION_COLUMNS)

#: header words of table 三 (lines made only of these are header, not rows)
APPLICATION_HEADER = (r"勾稽关系|申请人情况|自然人|法人或其他组织|商业|企业|科研|机构|社会|公益|组织|"
                      r"法律|服务|其他|总计|第一项|第二项|第三项|第四项|本列数据")


def application_rows(template: str) -> tuple[str, ...]:
    """Row keys of table 三 in template order."""
    keys = tuple(s.key for s in APPLICATION_ROWS)
    if template == "2019":
        return tuple(k for k in keys if k not in APPLICATION_2021_ONLY)
    return tuple(k for k in keys if k not in APPLICATION_2019_ONLY)


# --------------------------------------------------------------------------- table 四

REVIEW_BLOCKS: tuple[ColumnSpec, ...] = (
    # order matters: 复议后起诉 contains 复议, 未经复议直接起诉 contains 复议
    ColumnSpec("litigation_after_reconsideration", r"复议后"),
    ColumnSpec("litigation_direct", r"未经复议|直接起诉"),
    ColumnSpec("reconsideration", r"行政复议"),
)
REVIEW_BLOCK_ORDER: tuple[str, ...] = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
REVIEW_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("upheld", r"维持"),
    ColumnSpec("corrected", r"纠正"),
    ColumnSpec("other", r"其[他它]"),
    ColumnSpec("pending", r"尚未|审结"),
    ColumnSpec("total", r"总计|合计"),
)
REVIEW_COLUMN_KEYS: tuple[str, ...] = ("upheld", "corrected", "other", "pending", "total")

#: every character table 四's headers are made of: a line of only these (vertical headers
#: come out as rows of single characters) is header text
REVIEW_HEADER_CHARS = frozenset("行政复议诉讼结果维持纠正其他它尚未审结总计合未经直接起后、()")


# --------------------------------------------------------------------------- documentation

EXTRA_KEYS_DOC: dict[str, str] = {
    "active_disclosure/other_services": "2019 template: 其他对外管理服务事项",
    "active_disclosure/other_documents": "local 2019 variant: 其他主动公开文件",
    "active_disclosure/procurement": "2019 template: 政府集中采购",
    "active_disclosure/*/new_made": "2019: 本年新制作数量",
    "active_disclosure/*/new_published": "2019: 本年新公开数量",
    "active_disclosure/*/public_total": "2019: 对外公开总数量",
    "active_disclosure/*/previous_count": "2019: 上一年项目数量",
    "active_disclosure/*/change": "2019: 本年增/减 (signed)",
    "active_disclosure/*/decisions": "处理决定数量 (both templates)",
    "active_disclosure/procurement/projects": "2019: 采购项目数量",
    "active_disclosure/procurement/amount": "2019: 采购总金额 (as written, unit not converted)",
    "active_disclosure/fees/amount": "2021: 本年收费金额, 万元 as written",
    "applications/other": "2019 template (23 rows): the single （六）其他处理 row",
}


# --------------------------------------------------------------------------- compiled


def _compile_rows(specs: tuple[RowSpec, ...]) -> tuple[tuple[RowSpec, "regex.Pattern"], ...]:
    return tuple((s, regex.compile(s.pattern)) for s in specs)


COMPILED_ACTIVE_ROWS = _compile_rows(ACTIVE_ROWS)
COMPILED_APPLICATION_ROWS = _compile_rows(APPLICATION_ROWS)
APPLICATION_GROUPS_RE = regex.compile(APPLICATION_GROUPS)
APPLICATION_HEADER_RE = regex.compile(APPLICATION_HEADER)
ACTIVE_HEADER_RE = regex.compile(ACTIVE_HEADER)
ACTIVE_TEMPLATE_RES = tuple((t, regex.compile(p)) for t, p in ACTIVE_TEMPLATE_MARKERS)
COMPILED_ACTIVE_COLUMNS = {
    "2021": tuple((c.key, regex.compile(c.pattern)) for c in ACTIVE_COLUMNS_2021),
    "2019": tuple((c.key, regex.compile(c.pattern)) for c in ACTIVE_COLUMNS_2019),
}
COMPILED_APPLICATION_COLUMNS = tuple((c.key, regex.compile(c.pattern)) for c in APPLICATION_COLUMNS)
COMPILED_REVIEW_BLOCKS = tuple((c.key, regex.compile(c.pattern)) for c in REVIEW_BLOCKS)
COMPILED_REVIEW_COLUMNS = tuple((c.key, regex.compile(c.pattern)) for c in REVIEW_COLUMNS)

#: ordinal prefixes a label may carry (一、 (一) 1. 1、 第一), removed before exact matches
ORDINAL_PREFIX = regex.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)]|\d{1,2}[.、])+")
