"""What narrative figures are about: the declarative tables the extractor reads.

Everything that varies between reports is a line in a table here; the extractor in
:mod:`textmine.figures.extract` only knows how to apply them. Patterns are written against the
*normalised* text (ASCII ``,:;()%``; ``。、“”《》`` kept), with wrapped PDF lines already joined.

* :data:`METRICS` — every metric name, what it counts, and the table it restates (if any).
* :data:`METRIC_PATTERNS` — one line per phrasing family: the metric(s), the wording, the
  units that fit, and where the wording sits relative to the number (``before`` it, right
  ``after`` it, or later in the clause). When several metrics share a wording the unit decides
  (培训 3 次 -> trainings, 培训 200 人次 -> training_attendance). Order is priority: at one
  position the first line that matches wins, so specific wordings come first.
* :data:`RELATIVE_PATTERNS` — words whose metric depends on the figure before them
  (废止 after 规范性文件 -> normative_documents_repealed, 结果维持 after 行政复议 ->
  reconsiderations_upheld).
* :data:`CHANNEL_PATTERNS`, :data:`CATEGORY_WORDS` — where items were published and which
  category labels are known words.
* :data:`MARKERS` — list openers (其中/包括/分别为), period words (历年累计/日均), change words
  (同比增长/较上年减少), shares (占), plan words (下一步/计划) and terminators (另有).
* :data:`ZERO_PATTERNS` — zeros stated in words (未收取信息处理费, 未发生行政复议).
"""
from __future__ import annotations

from dataclasses import dataclass

# --------------------------------------------------------------------------- units

#: unit classes (None = the report left the unit out)
ITEMS = frozenset({"条", "篇", "件", "条次", "件次", "期", "项", "份", "个", "则", "次", "组", "幅", "首", None})
CASES = frozenset({"件", "宗", "件次", "份", "条", "个", "项", "起", "次", "例", "封", None})  # 封: applications sent as letters
EVENTS = frozenset({"次", "场", "场次", "期", "轮", "批", "个", "项", None})
PEOPLE = frozenset({"人", "人次", "名", "位", "户", "户次", None})
VISITS = frozenset({"次", "人次", "个", "人", "页次", None})
PERCENT = frozenset({"%", "‰"})
POINTS = frozenset({"个百分点"})
MONEY = frozenset({"元", None})
COPIES = frozenset({"册", "本", "份"})
ORGS = frozenset({"家", "个", "所", "户"})
PLACES = frozenset({"个", "处", "所", "家"})
ACCOUNTS = frozenset({"个", "家", "户"})
COLUMNS = frozenset({"个", "项", "大"})
#: items published: no 次 (一次 after 信息 is a meeting's frequency, not an item count)
PUBLISHED = (ITEMS - {"次"}) | {"万"}
#: items reviewed: counted like items, never in 次 (保密审查 3 次 is how often, not how many)
REVIEWED = frozenset({"条", "篇", "件", "份", "项", "条次", "万"})

# --------------------------------------------------------------------------- metrics


@dataclass(frozen=True, slots=True)
class MetricInfo:
    name: str
    family: str          # metrics of one family share relative words and breakdowns
    description: str
    table: str | None = None  # the standard table that holds the same fact
    publication: bool = False  # carries a channel
    stock: bool = False        # can be a stock at a date (现有/在运维) rather than a yearly flow
    period: str = "annual"     # the period when the wording says nothing (现行有效: a stock)


METRICS: dict[str, MetricInfo] = {m.name: m for m in (
    MetricInfo("items_published", "items", "information items published (条/篇/件 ...)", publication=True),
    MetricInfo("items_submitted", "items", "items submitted to higher levels (报送信息)"),
    MetricInfo("items_reviewed", "reviews", "items checked before publication (保密审查/审核信息): not items published"),
    MetricInfo("documents_published", "items", "policy / government documents published (政策文件)", publication=True),
    MetricInfo("policy_interpretations", "interpretations", "policy interpretations (政策解读)", publication=True),
    MetricInfo("site_visits", "visits", "website visits / page views (访问量/浏览量/点击量)"),
    MetricInfo("site_unique_visitors", "visits", "unique visitors (独立用户访问/独立访客)"),
    MetricInfo("content_views", "visits", "reads / plays of published content (阅读量/播放量)", publication=True),
    MetricInfo("new_media_accounts", "accounts", "government new-media accounts (政务新媒体账号)", stock=True),
    MetricInfo("new_media_followers", "accounts", "followers of new-media accounts (粉丝)", publication=True, stock=True),
    MetricInfo("site_columns", "columns", "website columns / special columns (栏目/专栏)", stock=True),
    MetricInfo("messages_handled", "messages", "messages / enquiries / mailbox letters handled (留言/咨询/信箱)"),
    MetricInfo("hotline_cases", "messages", "hotline cases (12345 热线)"),
    MetricInfo("press_conferences", "events", "press conferences (新闻发布会)"),
    MetricInfo("online_interviews", "events", "online interviews (在线访谈)"),
    MetricInfo("consultations", "events", "public consultations (意见征集/征求意见)"),
    MetricInfo("consultation_comments", "comments", "comments received in consultations (意见建议)"),
    MetricInfo("gazette_issues", "gazette", "gazette issues (公报 N 期)"),
    MetricInfo("gazette_copies", "gazette", "gazette copies printed / given (公报 N 册)"),
    MetricInfo("trainings", "trainings", "training sessions (培训 N 次/场/期)"),
    MetricInfo("training_attendance", "trainings", "people trained (培训 N 人次)"),
    MetricInfo("inspections", "inspections", "inspections / checks (检查/督查/抽查 N 次)"),
    MetricInfo("staff", "staff", "staff assigned (专人/工作人员 N 名)", stock=True),
    MetricInfo("public_enterprises", "misc", "public enterprises and institutions covered (公共企事业单位 N 家)"),
    MetricInfo("departments", "orgs", "departments / units covered or taking part (N 个部门, N 家所属单位)"),
    MetricInfo("meetings", "meetings", "meetings held on the disclosure work (召开专题会议 N 次)"),
    MetricInfo("events", "events", "publicity or themed activities (宣传活动 N 场): not trainings, conferences, interviews"),
    MetricInfo("open_days", "events", "government open days (政府开放日活动 N 次)"),
    MetricInfo("hot_topics_responded", "responses", "hot topics / public concerns responded to (回应社会关切 N 次)"),
    MetricInfo("service_items", "misc", "government service items (政务服务事项 N 项)"),
    MetricInfo("reading_sites", "misc", "reading rooms / enquiry points (查阅点 N 个)", stock=True),
    MetricInfo("reading_visitors", "misc", "on-site readers served (查阅 N 人次)"),
    MetricInfo("applications_received", "applications", "disclosure applications received (收到/受理/新收申请)", "applications"),
    MetricInfo("applications_handled", "applications", "applications answered / concluded (答复/办结)", "applications"),
    MetricInfo("applications_carried_over", "applications", "applications carried over from last year (上年结转)", "applications"),
    MetricInfo("applications_carried_forward", "applications", "applications carried forward to next year (结转下年度)", "applications"),
    MetricInfo("applications_granted", "applications", "outcome: disclosed (予以公开)", "applications"),
    MetricInfo("applications_partial", "applications", "outcome: partly disclosed (部分公开)", "applications"),
    MetricInfo("applications_denied", "applications", "outcome: not disclosed (不予公开)", "applications"),
    MetricInfo("applications_unavailable", "applications", "outcome: cannot be provided (无法提供)", "applications"),
    MetricInfo("applications_not_processed", "applications", "outcome: not processed (不予处理)", "applications"),
    MetricInfo("applications_other", "applications", "outcome: other handling (其他处理)", "applications"),
    MetricInfo("licence_applications", "licences", "licence applications received (收到行政许可申请)"),
    MetricInfo("licence_accepted", "licences", "licence applications accepted (受理)"),
    MetricInfo("licence_granted", "licences", "licences granted (准予许可)"),
    MetricInfo("licence_denied", "licences", "licences refused (不予许可)"),
    MetricInfo("licence_revoked", "licences", "licences revoked (撤销许可)"),
    MetricInfo("regulations_issued", "regulations", "regulations issued / published (规章)", "active_disclosure"),
    MetricInfo("regulations_repealed", "regulations", "regulations repealed", "active_disclosure"),
    MetricInfo("regulations_in_force", "regulations", "regulations in force", "active_disclosure", stock=True,
               period="as_of"),
    MetricInfo("regulations_reviewed", "regulations", "regulations reviewed (清理/审查规章): not issued"),
    MetricInfo("normative_documents_issued", "normative_documents", "normative documents issued (规范性文件)", "active_disclosure"),
    MetricInfo("normative_documents_repealed", "normative_documents", "normative documents repealed (废止)", "active_disclosure"),
    MetricInfo("normative_documents_in_force", "normative_documents", "normative documents in force (现行有效)",
               "active_disclosure", stock=True, period="as_of"),
    MetricInfo("normative_documents_reviewed", "normative_documents",
               "normative documents reviewed (清理/合法性审查/备案审查): not issued"),
    MetricInfo("licence_decisions", "decisions", "licensing decisions (行政许可处理决定)", "active_disclosure"),
    MetricInfo("punishment_decisions", "decisions", "administrative penalty decisions (行政处罚)", "active_disclosure"),
    MetricInfo("coercion_decisions", "decisions", "administrative coercion decisions (行政强制)", "active_disclosure"),
    MetricInfo("admin_fees", "fees", "administrative fees collected (行政事业性收费, 元)", "active_disclosure"),
    MetricInfo("info_processing_fees", "fees", "information processing fees (信息处理费, 元)"),
    MetricInfo("reconsiderations", "reconsiderations", "administrative reconsiderations (行政复议)", "review_litigation"),
    MetricInfo("reconsiderations_upheld", "reconsiderations", "reconsiderations: upheld (结果维持)", "review_litigation"),
    MetricInfo("reconsiderations_corrected", "reconsiderations", "reconsiderations: corrected (结果纠正)", "review_litigation"),
    MetricInfo("reconsiderations_other", "reconsiderations", "reconsiderations: other result (其他结果)", "review_litigation"),
    MetricInfo("reconsiderations_pending", "reconsiderations", "reconsiderations: pending (尚未审结)", "review_litigation"),
    MetricInfo("lawsuits", "lawsuits", "administrative lawsuits (行政诉讼)", "review_litigation"),
    MetricInfo("lawsuits_upheld", "lawsuits", "lawsuits: upheld", "review_litigation"),
    MetricInfo("lawsuits_corrected", "lawsuits", "lawsuits: corrected", "review_litigation"),
    MetricInfo("lawsuits_other", "lawsuits", "lawsuits: other result", "review_litigation"),
    MetricInfo("lawsuits_pending", "lawsuits", "lawsuits: pending", "review_litigation"),
    MetricInfo("npc_suggestions", "npc_cppcc", "NPC deputies' suggestions handled (人大代表建议)"),
    MetricInfo("cppcc_proposals", "npc_cppcc", "CPPCC proposals handled (政协提案)"),
    MetricInfo("npc_cppcc_items", "npc_cppcc", "suggestions and proposals together (建议提案)"),
    MetricInfo("reply_rate", "rates", "response rate (答复率/回复率, %)"),
    MetricInfo("satisfaction_rate", "rates", "satisfaction rate (满意率, %)"),
    MetricInfo("completion_rate", "rates", "completion rate (办结率, %)"),
    MetricInfo("interpretation_rate", "rates", "interpretation rate (解读率, %)"),
    MetricInfo("pass_rate", "rates", "pass rate in checks (合格率, %)"),
    MetricInfo("disclosure_rate", "rates", "disclosure rate (公开率, %)"),
    MetricInfo("digitisation_rate", "rates", "full-text digitisation rate (电子化率, %)"),
)}

#: the six ways an application ends (table 三's outcome rows)
APPLICATION_OUTCOMES = frozenset({"applications_granted", "applications_partial", "applications_denied",
                                  "applications_unavailable", "applications_not_processed", "applications_other"})

#: breakdowns: which metrics may be parts of which totals (a metric is always a possible part
#: of itself). Parts without wording of their own inherit the total's metric.
CHILDREN: dict[str, frozenset[str]] = {
    # (…,行政处罚 62 条,行政强制 1 条,…,意见征集 5 条: decisions and consultations published are among
    # the items published; …,政策解读 15 条,回应关切 23 条,…: so are the responses, 62 annotated parts)
    "items_published": frozenset({"documents_published", "policy_interpretations", "normative_documents_issued",
                                  "regulations_issued", "gazette_issues", "punishment_decisions",
                                  "licence_decisions", "coercion_decisions", "consultations",
                                  "hot_topics_responded"}),
    "applications_received": APPLICATION_OUTCOMES | {"applications_carried_over", "applications_handled",
                                                     "applications_carried_forward"},
    "applications_handled": APPLICATION_OUTCOMES | {"applications_carried_over"},
    "reconsiderations": frozenset({"reconsiderations_upheld", "reconsiderations_corrected", "reconsiderations_other",
                                   "reconsiderations_pending"}),
    "lawsuits": frozenset({"lawsuits_upheld", "lawsuits_corrected", "lawsuits_other", "lawsuits_pending"}),
    "npc_cppcc_items": frozenset({"npc_suggestions", "cppcc_proposals"}),
    "regulations_issued": frozenset({"regulations_repealed"}),  # 公开规章 13 件(含新制定 5 件…废止 4 件)
    "regulations_reviewed": frozenset({"regulations_repealed"}),  # 清理规章 8 件,其中废止 2 件
    "normative_documents_reviewed": frozenset({"normative_documents_repealed"}),
    # (主动公开规范性文件 81 件,其中市政府文件 10 件…: the normative documents by issuer, read as such,
    # DOCUMENT_PARTS_KEEP_TOTAL)
    "normative_documents_issued": frozenset({"documents_published"}),
    # (公开政府文件 33 份,其中规范性文件 7 份、人事任免文件 20 份: normative documents and rules among the documents)
    "documents_published": frozenset({"normative_documents_issued", "regulations_issued"}),
    "new_media_accounts": frozenset(),
}

#: total -> parts whose own wording is the label the pages give them (其中政策文件 4 条, 规范性文件 2 条,
#: 政策解读 12 条 among the items published: category 政策文件, …), unlike outcomes of applications,
#: which carry none (ANNOTATION.md)
LABELLED_PARTS: dict[str, frozenset[str]] = {
    "items_published": frozenset({"documents_published", "normative_documents_issued", "policy_interpretations",
                                  "licence_decisions", "consultations", "hot_topics_responded"}),
}

#: totals whose parts, named only by the generic words of publishing (公开信息 41 条), are more of
#: the total's own kind, not items (各类公文信息 96 条,其中通过宣传栏公开信息 41 条…)
GENERIC_PARTS_OF: frozenset[str] = frozenset({"documents_published", "normative_documents_issued",
                                              "policy_interpretations"})

#: totals whose parts named as documents (市政府文件 10 件) are of the total's own kind: every annotated
#: part of a normative documents total is one (18 of 18)
DOCUMENT_PARTS_KEEP_TOTAL: frozenset[str] = frozenset({"normative_documents_issued"})

#: metrics whose noun names a category of published items when a list of categories names it
#: (…通知公告 4 条,建议提案 1 条,规划 1 条…): there it is one more category, not its own count
#: (not consultations: a part labelled 意见征集 counts consultations, as the pages read it)
CATEGORY_NOUNS: frozenset[str] = frozenset({"npc_cppcc_items", "npc_suggestions", "cppcc_proposals", "service_items"})

#: totals whose parts are kinds named by another metric's wording: 政务服务事项 65 项,其中行政许可
#: 12 项、行政给付 9 项 counts matters of a catalogue by the kind of power, not licences granted
KINDS_OF: dict[str, frozenset[str]] = {
    "service_items": frozenset({"licence_decisions", "punishment_decisions", "coercion_decisions", "inspections"}),
}

#: metrics whose bare noun (业务咨询, 网民留言) names a category of items published inside
#: such a list, unless the label says the items were handled (热点问题解答)
CATEGORY_NOUNS_UNLESS_HANDLED: frozenset[str] = frozenset({"messages_handled", "hot_topics_responded"})

#: what a report may state inside another total's list without ending it: a part's reach
#: (阅读量) or its accounts (…,27 个政务新媒体共转载发布信息 18446 条), a count of decisions among the items published (…,行政处罚决定 1 条,监督检查报告 2 条)
LIST_INTERLUDES: frozenset[str] = frozenset({"content_views", "new_media_followers", "new_media_accounts", "site_visits",
                                            "site_unique_visitors", "punishment_decisions", "licence_decisions",
                                            "coercion_decisions"})

#: metrics whose bare noun names a channel (市长信箱, 服务热线): inside a list of another
#: total's parts, a part so named says where that total came in
CHANNEL_NOUNS: frozenset[str] = frozenset({"messages_handled", "hotline_cases"})

#: a single wording that names two metrics at once, split when 分别 distributes numbers
DISTRIBUTE: dict[str, tuple[str, ...]] = {
    "npc_cppcc_items": ("npc_suggestions", "cppcc_proposals"),
}

# --------------------------------------------------------------------------- wording


@dataclass(frozen=True, slots=True)
class MetricPattern:
    """One phrasing family. ``side``: ``before`` (wording, then the number), ``after_near``
    (number, then the wording right away: ``50 件予以公开``) or ``after`` (number, then the
    wording later in the same clause: ``组织 4 次…检查``). ``category``: take the category
    from the ``cat`` group (or the whole match with ``"match"``). ``weak``: generic wording
    (发布信息/公开/信息) that only says "items were published"; the words before it may name
    a category. ``bare_verb``: a verb without an object (公报编发 12 期), which yields to
    specific wording earlier in the same clause."""

    metrics: tuple[tuple[str, frozenset], ...]
    pattern: str
    side: str = "before"
    category: str | None = None
    weak: bool = False
    bare_verb: bool = False
    #: further metrics the same wording states on the same number (收到和处理…申请 N 件: received
    #: and handled)
    also: tuple[str, ...] = ()


def _p(metric_units, pattern, side="before", category=None, weak=False, bare_verb=False, also=()) -> MetricPattern:
    if isinstance(metric_units[0], str):
        metric_units = (metric_units,)
    return MetricPattern(tuple((m, frozenset(u)) for m, u in metric_units), pattern, side, category, weak, bare_verb,
                         tuple(also))


_GOV = r"(?:省市|市县|市|省|区|县|镇|乡|街道)?(?:本级)?(?:人民)?(?:政府)?(?:及(?:其)?(?:办公室|部门|各部门))?(?:办公室)?"  # (区本级规范性文件)
_ISSUE = r"(?:本年|全年|年内)?(?:新)?(?:制发|制定|出台|印发|发布|公开|主动公开|新增|起草|审议通过)(?:了)?"

#: a modifier between a verb and its document noun (废止[不符合上位法要求的]规范性文件): no digits
#: or punctuation, ends in 的
#: the years a repealed document was made in, said without 的 (清理废止往年规范性文件 61 件)
_PAST_YEARS = r"(?:往年|以往|历年|以前年度|过去|过期)?"
_MODIFIER = r"(?:[^\d\s,;:。()、“”《》]{1,20}?的)?"
#: reviewing documents is not issuing them (清理规范性文件 56 件, 规范性文件合法性审查 12 件)
_REVIEW = r"(?:全面)?(?:清理|合法性审查|合法性审核|备案审查|审查|审核|核查)"
#: …but a modifier naming what is in force says what was kept (清理并公开现行有效的规范性文件
#: 102 件: in force), so the review wording does not reach over it
_MODIFIER_NOT_IN_FORCE = r"(?:(?:(?!现行|有效)[^\d\s,;:。()、“”《》]){1,20}?的)?"
_DOC_UNITS = frozenset({"件", "部", "份", "个", "篇", "项", "条", None})
#: kinds of issuing and repealing that the table's 本年制发 / 本年废止 may or may not include:
#: stated on their own they are a category (修订规范性文件 2 件 is issued, category 修订)
_REVISE = r"修订|修改"
#: a kind of power named in the body's list of powers (在…权力清单…公开行政许可事项 32 项,行政处罚事项 709 项…):
#: a count of matters the catalogue lists (service_items), not of decisions published
_POWER_LIST_KIND = (r"(?<=(?:权力|权责)清单[^。;]{0,60}?)行政(?:许可|处罚|强制|检查)事项"
                    # (进驻云南省政务服务网上大厅行政许可 14 项,行政处罚 203 项…: the powers put into the service hall)
                    r"|(?<=进驻[^。;]{0,24}?(?:政务服务网|网上大厅|服务大厅|服务平台)[^。;]{0,60}?)"
                    r"(?:行政(?:许可|处罚|强制|检查|确认|给付|奖励|征收)|其他行政职权)(?:事项)?"
                    # (公布维护办事指南 35 项,行政许可类指南 12 项,…,行政备案类 10 项,行政确认 1 项: the guides of each kind)
                    r"|(?<=(?:办事|服务)指南\s?\d+\s?项[^。;]{0,80}?)"
                    r"(?:行政(?:许可|处罚|强制|检查|确认|给付|奖励|征收|备案|裁决)|其他行政(?:职权|权力))(?:类)?(?:指南|事项)?"
                    # (the 2019 table said in words: 行政处罚事项新增 10 项,总计 44 项,处理决定数量 29 件 — the matters, new and
                    # in all, before the decisions)
                    r"|(?:行政(?:许可?|处罚|强制|检查|确认|给付|奖励|征收|裁决)|其他对外管理服务|其他行政权力)事项"
                    r"(?=(?:本年(?:度)?)?(?:新增|总计))"
                    # (梳理出行政权力 64 项(其中行政许可 3 项、行政处罚 53 项…): the kinds of a count of powers, in its bracket)
                    r"|(?<=行政(?:权力|职权)\s?\d+\s?(?:项|个)\s?\((?:其中)?[^()。;]{0,80}?)"
                    r"(?:行政(?:许可|处罚|强制|检查|确认|给付|奖励|征收|裁决)|其他(?:行政)?(?:权力|职权))(?:类)?(?:事项)?"
                    # (公布…权责事项共 141 项,其中:行政许可 1 项、行政处罚 60 项…: the kinds of a count of powers and duties)
                    r"|(?<=权责事项[^。;\d]{0,4}?\d+\s?项\s?,?\s?其中:?[^。;]{0,120}?)"
                    r"(?:行政(?:许可|处罚|强制|检查|确认|给付|奖励|征收|裁决)|其他(?:行政)?(?:权力|职权)|其他权责|(?:其他)?公共服务)"
                    r"(?:类)?(?:事项)?")
#: still in force: 现行有效, and what a clean-up kept (清理后保留, 继续有效)
#: a list of the matters of a kind of power (行政处罚事项清单 1 条, 行政强制事项目录): a document listed, not decisions
_A_LIST_OF_POWERS = r"事项(?:清单|目录)|清单|目录"
_IN_FORCE = r"现行(?:有效)?|(?:清理后)?(?:继续)?保留|继续有效|仍然有效|有效"
#: an NPC suggestion's or CPPCC proposal's answer named with it (建议及答复, 提案和答复)
#: (建议提案答复 12 件, 建议提案办理答复意见 37 件: the answers given, the same count)
_ANSWERED = r"(?:(?:及|和|与)?(?:其)?(?:办理)?(?:答复|办理结果|办复|复函|答复函)(?:意见|情况)?|办理(?:情况|信息))?"
_INVALIDATED = r"宣布失效|已失效|失效"
#: received and handled in one wording (收到和处理, 收到并办理, 收到并妥善处理, 办理并答复: the
#: applications taken up and answered, as 办理回复 is read)
_RECEIVED_AND_HANDLED = (r"(?:收到|接受|接收|受理)(?:(?:和|并)(?:妥善|依法|及时)?|依法)(?:处理|办理)|办理并(?:答复|回复)"  # (收到依法处理依申请公开 29 件)
                         # (共接收办理政府信息公开申请 13 件: the two verbs run together)
                         r"|接收办理"
                         # (共收到并依法答复政府信息公开 95 件: received and answered)
                         r"|(?:收到|新收)(?:和|并)(?:依法|及时)?(?:答复|回复)"
                         # (共办理回复依申请公开事项 23 件: both, as the stop-37 adjudication read two dev pages)
                         r"|办理(?:回复|答复)(?=依申请|政府信息公开申请|申请)")
#: the applicants the 2019+ table counts apart (自然人, 法人或其他组织 and its kinds)
_APPLICANTS = r"自然人|法人(?:或|和|及)其他组织|商业企业|商业机构|科研机构|社会公益组织|法律服务机构"
#: the information is not the body's own to give (不属于本行政机关公开, 非本机关政府信息公开范围, 不属于我单位
#: 业务范围): the old outline's 非本机关政府信息 and the table's 本机关不掌握 / 不属于本机关负责公开, an
#: application that cannot be answered with it — unavailable, also when the body then points elsewhere
#: (…并告知通过其他途径办理: the reason decides, not the advice)
_NOT_THE_BODYS = (r"(?:不属于|非)(?:本|我)(?:行政)?(?:机关|单位|部门|局|委|办)(?:的)?(?:负责)?(?:政府)?(?:信息)?(?:公开)?"
                  r"(?:业务|职责|职能)?(?:范围)?(?:工作)?|不属于本(?:的)?(?:公开)?(?:职责|职能|范围)(?:范围)?")
#: the old (or no) template's reasons for not disclosing (属于行政执法案卷 5 起)
_DENIED_REASONS = (r"行政执法案卷|国家秘密|内部事务信息|过程性信息|行政查询事项|第三方合法权益|个人隐私|商业秘密"
                   # (2 件属于机关内部事务文件: the body's internal affairs, 内部事务信息 by another noun)
                   r"|(?:机关)?内部事务(?:文件|事项)"
                   # (属于“其他法律行政法规禁止公开”1 件: the 2021 table's row, quoted)
                   r"|“?(?:其他)?法律(?:、)?行政法规禁止公开”?")
#: an application withdrawn (申请人主动撤销申请, 申请撤销, 主动撤件): the table's 其他处理
#: into the next year or a named one (结转至下一年度, 转入 2024 年)
#: (结转下年度, 结转至 2024 年, 结转次年办理)
_INTO_NEXT_YEAR = r"(?:至|到)?(?:下(?:一)?年(?:度)?|次年(?:度)?|\d{4}年(?:度)?)"
_WITHDRAWN = (r"(?:主动)?撤(?:销|回)(?:了)?(?:其)?(?:政府信息公开|信息公开|依申请公开)?申请|主动撤(?:销|回|件)(?:了)?"
              # (…而放弃申请 1 宗: given up by the applicant, as withdrawn)
              r"|申请(?:人)?(?:主动)?撤(?:销|回)|(?:主动)?放弃(?:了)?(?:其)?申请")
#: another kind of documents coordinated with the normative ones (规章和规范性文件, 政策、规范性文件):
#: the count is of documents of both kinds
_WITH_OTHER_DOCUMENTS = r"(?:规章|政策|法规|(?<!规范性)文件)(?:和|及|、|与)"

#: one line per phrasing family (priority = order)
#: the kinds of power the 2019 table counts decisions of, each kind's metric and the decisions' units (a
#: 处理决定数量 N 件 after the kind named nearest before it in its statement, no other kind between)
_DECISIONS_OF_KIND: tuple[tuple[str, str, frozenset], ...] = (
    ("licence_decisions", "行政许可", frozenset({"件", "个", "条", "宗", "起"})),
    ("punishment_decisions", "行政处罚", frozenset({"件", "个", "条", "宗", "起"})),
    ("coercion_decisions", "行政强制", frozenset({"件", "个", "条", "宗", "起"})),
    ("inspections", "行政检查", frozenset({"件", "个", "条", "次"})),
)
_POWER_KINDS = "|".join(kind for _, kind, _ in _DECISIONS_OF_KIND)

METRIC_PATTERNS: tuple[MetricPattern, ...] = (
    # (共发布解读相关信息 108 条, 媒体报道解读相关信息 41 篇次: the interpretations, as information; first, as a
    # category of items would start at the same place)
    _p(("policy_interpretations", ITEMS | {"篇次"}), r"解读(?:相关|类)信息"),
    # -- applications: carried over / forward (before the generic 申请)
    # 上年结转 / 上年转结 / 2019 年结转 (the year before the report's: carried over from it)
    _p(("applications_carried_over", CASES),
       # (上年度转接政府信息公开申请 0 件: handed over from last year)
       # (办结上年度结转依申请公开事项 4 件, 上年结转信件 5 件: the cases named as matters or letters; not 2025年结转至
       # 2026年继续办理 1 件, carried on into the next — 2022年结转至2023年 2 件 before the year's own stays carried over)
       # (2024 年全区结转政府信息公开申请 14 件: the scope named between the year and the word)
       r"(?:上(?:一)?年(?:度)?|去年|\d{4}年(?:度)?)(?:度)?(?:全区|全县|全市|全镇|全乡|我局|本局|本机关|本单位)?(?:结转|转结|遗留|未办结|转接)(?!(?:至|到)?下(?:一)?年|(?:至|到)\d{4}年(?:度)?继续)"
       # (上年结转政府信息 1 件: the request named by what it asks for)
       r"(?:的)?(?:政府信息公开|依申请公开|政府信息(?!公开))?(?:申请)?(?:事项|信件)?(?:数量)?"
       # (上一年度结转受理 0 件; 上年度结转办理答复 15 件, 续办上年度结转办件 1 件: the cases carried over, taken up)
       r"(?:办理答复|办理回复|答复|办理|办结|受理|办件)?"
       # (结转上年未办结申请 11 件: the ones left open last year)
       r"|结转上(?:一)?年(?:度)?(?:的)?(?:未办结)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:数量)?(?:办理|答复)?"
       # 以及2021年转办依申请公开 2 件: handed on from that year
       r"|(?:上(?:一)?年(?:度)?|去年|\d{4}年(?:度)?)转办(?:的)?(?:政府信息公开|依申请公开)(?:申请)?"
       # (收到依申请公开信件 33 件,上一年度转办 4 件: last year's, the noun left to the count before)
       r"|(?:上(?:一)?年(?:度)?|去年)转办(?:的)?"
       # (含 2023 年转至今年办理的 3 件: brought into this year from the last)
       r"|(?:上(?:一)?年(?:度)?|去年|\d{4}年(?:度)?)?(?:转至|转入|结转至|结转到)(?:今年|本年(?:度)?|当年)(?:继续)?(?:办理|答复)?(?:的)?"
       # (上年度继续办理政府信息公开申请 0 件: the table's 上年结转 in its own words)
       r"|上(?:一)?年(?:度)?继续办理(?:的)?(?:政府信息公开|依申请公开)(?:申请)?"
       # (全年新收到申请 113 件,接办上年 7 件: taken over from last year)
       r"|接办上(?:一)?年(?:度)?(?:结转)?"),
    _p(("applications_carried_forward", CASES),
       # (结转下年度按期办理 14 件)
       # (结转下年度继续办理政府信息公开申请 7 件: the applications named after the carry)
       # (结转次年办理 1 件: 次年, the next year)
       r"结转(?:至|到)?(?:下(?:一)?|次)年(?:度)?(?:继续|按期|依法)?(?:办理|答复)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:数量)?"
       r"|转入下(?:一)?年(?:度)?(?:办理)?"
       r"|顺延(?:至|到)下(?:一)?年(?:度)?(?:办理|答复)?|结转(?:至|到)\d{4}年(?:度)?(?:继续)?(?:办理|答复)?"
       r"|(?<!结)转下(?:一)?年(?:度)?(?:继续)?(?:办理|答复)?|转入\d{4}年(?:度)?(?:继续)?(?:办理|答复)?"
       # (…办理完结信息公开申请 105 件(包含去年结转 3 件),尚在办理中的 4 件: still open at the year's end, in a sentence
       # about the applications)
       r"|(?<=申请[^。]{0,60}?)(?:尚|仍|还)(?:在|处于)(?:办理|处理)(?:中|阶段)(?:的)?"
       # (转结下年度办理 1 件: the words turned round, as 上年转结 is for the ones carried over)
       r"|转结(?:至|到)?(?:下(?:一)?|次)年(?:度)?(?:继续)?(?:办理|答复)?"
       # (转至 2026 年办理 2 件; not 2023 年转至 2024 年办理的: from a year, into the report's own)
       r"|(?<!\d{4}年(?:度)?)(?<!结)转(?:至|到)\d{4}年(?:度)?(?:继续)?(?:办理|答复)"
       # (转接下年度办理 45 件)
       r"|转接(?:至|到)?下(?:一)?年(?:度)?(?:继续)?(?:办理|答复)?"
       # 结转2024年度 7 件: into that year (a year before 结转 is where they came from)
       r"|结转\d{4}年(?:度)?(?:继续)?(?:办理|答复)?"
       # (下年度继续办理 0 件: left for next year, said from the year's end)
       r"|(?<![结转至到])下(?:一)?年(?:度)?继续(?:办理|答复)"
       # (共收到申请 0 件,尚未办理 0 件,已经办理了 0 件: the old table's pending, left for next year)
       r"|尚未办理(?:完毕|完结)?(?:的)?"),
    # (另 2 件申请按规定结转下年度继续办理, 剩余 4 件转 2023 年办理: words of their own between)
    _p(("applications_carried_forward", CASES),
       # (an after-wording is read within its clause; a reason in a clause of its own before the words, 其中 1 件因于
       # 年底提交,按规定结转至下一年度, is read by :data:`APPLICATIONS_CARRIED_AFTER`; not across a 、, after which the words
       # are the next number's)
       rf"(?:[^,;。、\d]{{0,20}}?)(?:结转|顺延|转入|转){_INTO_NEXT_YEAR}", side="after"),
    # -- licences in prose (before the generic 收到…申请)
    _p(("licence_applications", CASES),
       r"(?:收到|受理|接收)(?:了)?(?:各类)?行政许可(?:事项)?(?:申请)?|办理(?:各类)?行政许可(?:事项)?申请"),
    # a catalogue of matters is not a number of decisions (公布行政许可事项清单 236 项; 行使的行政许可事项
    # 为 1 项, 认领权力事项 43 项)
    _p(("service_items", frozenset({"项", "个", "条"})), r"(?:行政许可|政务服务|公共服务|权责|依申请)?事项(?:清单|目录)"
       r"|(?:行使|认领)(?:的)?(?:部门|行政许可|行政权力|权力|政务服务)?事项"),
    # (not before a separator: in 1 条权责清单、2 条乡镇动态 it names the part before it, after its number)
    # (not in 条: 其中…回应关切31条、权责清单2条 is a kind of item published, as every annotated page reads it)
    _p(("service_items", frozenset({"项", "个"})), r"(?:权力|权责)清单(?:事项)?(?![、,;])"),
    # (依法公布本局权责事项共 141 项: the powers and duties listed, in all)
    _p(("service_items", frozenset({"项"})), r"权责事项(?:共|共计|总计)?"),
    # (推出 11 大类 165 项“一次不用跑”清单, 公告 7 大类 133 项“同城通办”办税事项: service matters named in quotes)
    _p(("service_items", frozenset({"项"})), r"“[^”]{2,12}”(?:清单|\p{Han}{0,4}?事项)", side="after_near"),
    # (公布维护办事指南 38 项,行政许可类指南 14 项,行政奖励指南 6 项: the guides of the services, one a matter —
    # not 政府信息公开指南, the disclosure guide, a document; not 公开办事指南 150 条 among kinds of items published)
    # (not 办事指南、政务动态、其他等 5 类 7 项内容: one kind of content in a list closed by 等)
    _p(("service_items", frozenset({"项"})), r"(?:(?<!公开|发布)(?:办事|办税|服务|政务)指南|\p{Han}{2,4}?类指南|行政\p{Han}{2}指南)(?!、)"),
    # (发布 12 大类 272 项办税指南, 制订 125 项厅权责清单, 598 个依申请政务服务事项办事指南: counted before them)
    _p(("service_items", frozenset({"项", "个"})), r"\p{Han}{0,12}?(?:办事指南|办税指南|服务指南|政务指南)(?![、,;])", side="after_near"),
    # (not 发布 22 个乡镇权责清单: 22 lists, one a township's — items published)
    _p(("service_items", frozenset({"项"})), r"\p{Han}{0,6}?(?:权责清单|权力清单)(?![、,;])", side="after_near"),
    # (公开我局 3 项行政权力和责任、2 个公共服务事项: the powers and services listed, counted before them)
    _p(("service_items", frozenset({"项", "个"})),
       # (梳理公开 23 个套餐服务事项清单: a service matter named by its kind)
       r"(?:行政)?(?:权力|职权)(?:和|及|与)?(?:责任)?(?=[、,;。和及]|$)|(?:\p{Han}{0,4}?服务|行政审批|行政许可)事项(?!决定|申请|办理|信息)",
       side="after_near"),
    # (新增“秒报秒批一体化”事项 30 项、“免申即享”事项 159 项: the quoted matters named before their number)
    # (not 发布“热点回应”事项 19 个: the hot topics answered, quoted as a kind of matter)
    _p(("service_items", frozenset({"项", "个"})), r"“(?![^”]*(?:回应|热点|关切))[^”]{2,12}”(?:服务)?事项"),
    # (政务服务管理平台发布事项 76 项: the matters a service platform lists)
    _p(("service_items", frozenset({"项", "个"})), r"政务服务\p{Han}{0,6}?(?:发布|公布|公开|认领|梳理)(?:了)?事项"),
    # (政务服务事项办理跑腿清单 4615 项。其中,零跑腿清单 1573 条: the matters listed by how often one must go)
    _p(("service_items", frozenset({"项", "个", "条"})), r"(?:零跑腿|只跑一次腿|跑一次腿|跑腿|最多跑一次|一次办)(?:事项)?清单"),
    # 梳理了 56 项政务服务, 412 项行政审批事项的办事指南, 实施的 13 项行政许可: matters, counted before them
    # (开展 4 项对外服务事项: the services the body offers)
    _p(("service_items", frozenset({"项"})), r"(?:政务服务|行政审批|行政许可|行政备案)(?:事项)?(?!决定|申请|信息)"
       r"|(?:对外|便民|公共)服务事项", side="after_near"),
    # the matters a body holds, listed as such (目前涉及我局的行政审批事项共 16 项; …职业卫生预评价审核等行政许可事项
    # 12 项): its catalogue, not decisions made (公开/办理行政许可事项 N 项 stays decisions)
    _p(("service_items", frozenset({"项"})),
       r"(?:涉及|承担|保留|现有|拥有)(?:我局|本局|本单位|本部门|我委|本委)?(?:的)?(?:行政许可|行政审批|政务服务)事项(?:共|为)?"
       # (2020 年我局行政许可事项 13 项,比 2019 年减少 3 项: the body's own matters, said as what it has)
       r"|(?<=(?:我局|本局|本单位|本部门|我委|本委|我办|本办))(?:的)?(?:行政许可|行政审批)事项(?:共|为|有)?"
       r"|(?<=等)(?:行政许可|行政审批)事项"
       # (规范办事流程,修改完善行政许可 36 项: the matters' entries revised, a catalogue — not decisions made)
       r"|(?:修改完善|修订完善|修改|修订|梳理|调整)(?:了)?(?:行政许可|行政审批|政务服务)(?:事项)?(?!决定|申请|信息)"),
    # (对 622 项行政权力进行梳理公示,其中,行政许可 32 项…: the powers the body holds, listed — its catalogue)
    _p(("service_items", frozenset({"项"})), r"行政(?:权力|职权)(?:事项)?(?!运行|清单)", side="after_near"),
    # (政务服务事项 95 项,88 项可全程在线办理; 32 项实现全程网办: the matters that can be done on line, named after
    # their number by what can be done)
    _p(("service_items", frozenset({"项"})), r"(?:事项)?(?:可|能|已|均|实现|达到)(?:全程|全流程)?(?:在线|网上|网络|掌上|移动端)(?:办理|办)"
       r"|(?:事项)?(?:实现|可|能)(?:全程|全流程)?网办|(?:事项)?(?:实现|可)?(?:“)?一网通办(?:”)?", side="after_near"),
    # (对卫生健康系统 82 条政务服务事项进行了全面排查: the service matters counted in 条 before their name)
    _p(("service_items", frozenset({"条"})), r"(?:政务服务|行政审批|公共服务|便民服务)事项(?!决定|申请|信息|办理)",
       side="after_near"),
    _p(("licence_granted", CASES), r"准予(?:行政)?许可"),
    # (全年核发林木采伐许可证 111 件、植物检疫证 707 件; 食品经营许可证首次发放 49 件, 林木采伐许可证核发 283 件: licences
    # issued, each named; not a licence changed, renewed or cancelled, nor another certificate of the list)
    _p(("licence_granted", CASES),
       r"(?:核发|颁发|发放)(?:了)?(?P<cat>\p{Han}{1,14}?(?:许可证|检疫证))"
       r"|(?<=(?:核发|颁发)[^。;]{0,40}?[、,])(?P<cat>\p{Han}{1,14}?(?:许可证|检疫证))"
       r"|(?P<cat>\p{Han}{1,14}?许可证(?:首次)?(?:核发|发放|颁发))(?:\([^()\d]{1,16}\))?", category="cat"),
    _p(("licence_denied", CASES), r"不予(?:行政)?许可"),
    _p(("licence_revoked", CASES), r"撤销(?:行政)?许可"),
    # -- applications received / answered
    # 收到和处理政府信息公开申请 2 件, 受理答复政府信息公开申请 28 件: received and answered, one number
    # 已完成依申请公开申请 1 件: answered, not received
    # (完成依申请公开主办件 1 件: the cases it led, done)
    # (完成依申请政府信息公开申请 1 件: the words turned round)
    _p(("applications_handled", CASES), r"(?:已)?完成(?:了)?(?:依申请公开|依申请(?:政府)?信息公开|政府信息公开|信息公开)(?:的)?"
                                        r"(?:申请(?:的)?(?:答复|办理)?|主办件)"),
    # (接到依申请公开方面的诉求 2 件: the applications, called requests; before the next line, whose
    # words would end at 依申请公开)
    # (收到并处理信息公开申请信件 3 件: the applications, sent as letters — not the public's letters, messages)
    _p(("applications_received", CASES), r"(?:收到|受理|接到)(?:了)?(?:政府信息公开|信息公开|依申请公开)(?:方面)?的?诉求"
                                         r"|(?:收到|受理|接到)(?:并处理|并办理)?(?:了)?(?:政府信息公开|信息公开|依申请公开)申请(?:信件|信函|来信)"),
    _p(("applications_received", CASES),
       # (受理并规范答复依申请公开申请件 2 件: how they were answered, between)
       rf"(?:{_RECEIVED_AND_HANDLED}|受理(?:并)?(?:规范|依法|及时|按时)?(?:答复|办结)|收到并答复)(?:了)?"
       # (收到并办理群众提出的信息公开申请 23 件: who asked, named between)
       r"(?:(?:群众|公民|公众|社会公众|个人|企业)(?:提出|提交)(?:的)?)?"
       # (收到和处理政府信息依申请公开申请 13 件: what is asked named first)
       r"(?:政府信息(?=依申请))?(?:政府信息公开|依申请公开|信息公开)?(?:政府信息)?(?:公开)?申请(?:件)?"
       # 收到和办理依申请公开 12 件 (the noun left out after 依申请公开; 依申请公开信息 13 件: the
       # applications named by the information they ask for)
       # (规范受理并办结依申请公开事项 14 件: taken up and concluded, both)
       rf"|(?:{_RECEIVED_AND_HANDLED}|受理(?:并)?(?:答复|办结))(?:了)?(?:依申请公开|政府信息公开(?!\p{{Han}}))(?:政府)?(?:信息)?(?:事项|信件|件)?"
       # (新收并答复政府信息依申请公开 1 件: the information named before the applications' own word)
       rf"|(?:{_RECEIVED_AND_HANDLED})(?:了)?政府信息依申请公开(?:事项|件)?"
       # 收到并办理自然人申请公开政府信息数 11 件: the applicant named between
       rf"|(?:{_RECEIVED_AND_HANDLED})(?:了)?(?:{_APPLICANTS})?申请公开(?:政府)?信息(?:数)?",
       also=("applications_handled",)),
    # (收到依申请公开申请数量 47 件,依法回复数量 47 件: the answers, counted as a number of their own)
    _p(("applications_handled", CASES), r"(?:依法)?(?:回复|答复)(?:数量|件数)"),
    # (收到申请 6 件,上年结转 1 件,全年实际处理申请共计 7 件: the applications dealt with)
    _p(("applications_handled", CASES), r"(?:全年)?实际处理(?:了)?(?:政府信息公开|依申请公开)?申请(?:共计|共)?"),
    # (共收到并按时办结 16 件政府信息公开申请: both, the noun after the number)
    # (not 受理并答复 3 件 in a list of the outcomes: the answered ones)
    _p(("applications_received", CASES), r"收到并(?:按时|依法|及时)?(?:办结|答复)(?!\p{Han})",
       also=("applications_handled",)),
    # 受理、办理、答复依申请公开 2 件: the steps listed from receiving on, the applications taken in
    _p(("applications_received", CASES), r"(?:受理|收到|接收)(?:、(?:办理|答复|处理|回复|办结))+(?:政府信息公开|依申请公开)(?:申请)?",
       also=("applications_handled",)),
    # (各地各部门共办理 1308 件政府信息申请公开事项: the applications, counted before their noun)
    # (收到 70 条依申请事项: the same without 公开)
    # (本年度完成 451 件依申请件答复: the applications' answers, counted before them)
    _p(("applications_handled", CASES), r"(?:依申请(?:公开)?|政府信息公开申请|信息公开申请)(?:件|事项)?(?:的)?(?:答复|办结)(?!率|书)",
       side="after_near"),
    _p(("applications_received", CASES), r"(?:政府信息)?(?:申请公开|依申请(?:公开)?)事项", side="after_near"),
    # 收到政府信息申请公开件 658 件, 收到群众申请公开件 1 件: applications, named as the cases filed
    _p(("applications_received", CASES), r"(?:收到|受理|接收|接到)(?:了)?(?:\p{Han}{0,6}?)申请公开件"
       # (收到当面递交或邮寄纸质信息公开申请表 0 件: the forms handed in are the applications)
       r"|(?:收到|受理|接收|接到)(?:了)?(?:\p{Han}{0,12}?)(?:政府信息公开|信息公开|依申请公开)申请表"),
    # (区政府交办信息公开件 9 件,均已如期回复: the requests passed on to the body, a kind of its own — not the
    # received count restated)
    _p(("applications_received", CASES), r"(?P<cat>(?:交办|转办|转交)(?:的)?(?:政府)?信息公开(?:申请)?件)", category="cat"),
    # (收到申请 0 件,转办 0 件; 受理依申请公开事项 1 件,市转办 2 件: those passed on to the body, named bare right
    # after the applications received)
    _p(("applications_received", CASES),
       r"(?<=(?:收到|受理|接收)[^。;]{0,30}?(?:申请|事项)\s?\d+\s?(?:件|条|宗)\s?[,、]\s?)\p{Han}{0,3}?(?P<cat>转办|交办|转交)(?:的)?",
       category="cat"),
    # (有效依申请公开信件 13 件,其中线上依申请公开信件 9 件: letters asking for disclosure are applications)
    # (收到依申请公开来信 1 件次: a request by letter)
    _p(("applications_received", CASES | {"件次"}), r"(?:依申请公开|政府信息公开|信息公开)(?:申请)?(?:信件|来信)"),
    _p(("applications_received", CASES),
       # (收到有效信息公开申请 2 例: the applications taken in; 受理申请人提出的公开申请 0 件: who asked, named)
       r"(?:新收|收到|受理|接收|接到|办理|登记)(?:了)?(?:回复|答复)?(?:各类|群众|公民|公众|社会公众|申请人(?:提出|提交))?(?:的)?(?:有效)?(?:依法)?"
       # (接到群众有关公开信息申请数 189 件: what they are about, named between)
       r"(?:(?<=群众|公众|公民)(?:有关|相关)(?=公开|政府|信息))?"
       # (受理向市政府提出的信息公开申请 176 件: to whom they were made, named between)
       r"(?:向\p{Han}{1,10}?(?:提出|提交)(?:的)?)?"
       # (收到政府信息公开申请信件 22 件: the applications, as letters)
       r"(?:政府信息公开|政务信息公开|政务公开|依申请公开|信息公开|公开信息|公开)?(?:政府信息)?(?:书面|网上|当面|信函|邮寄)?申请(?:数量|事项|总数|件数|总量|信件|数)?"
       r"(?!人|率|公开)"
       # (高效办理信息公开申 39 件: the applications, the page's 请 dropped)
       r"|(?:新收|收到|受理|接收|办理)(?:了)?(?:政府信息公开|信息公开)申(?!请)"
       # (受理审计信息公开申请 0 件: the field named before them; 受理政府信息公开 1 件, 办理政府信息公开依申请 1022 件:
       # the noun left out)
       # (办理市政府及市政府办公室信息公开申请 61 件: the bodies asked, named between)
       r"|(?:新收|收到|受理|接收|接到)(?:了)?\p{Han}{1,4}?信息公开申请|办理(?:了)?\p{Han}{1,10}?信息公开申请"
       # (受理公开权利人公开政府信息申请 9 条: who asked named between, the request's words reordered)
       r"|(?:新收|收到|受理|接收|接到)(?:了)?\p{Han}{1,6}?公开政府信息(?:的)?申请"
       r"|(?:新收|收到|受理|接收|接到|办理)(?:了)?政府信息公开(?:依申请)?(?!\p{Han})"
       # (接收网络方式提交政府信息公开 5 件: the applications, named by how they were submitted)
       r"|(?:新收|收到|受理|接收|接到)(?:了)?(?:通过)?(?:网络|网上|线上|在线|信函|邮寄|当面|现场|书面)?(?:方式|渠道)?"
       r"(?:提交|提出)(?:的)?(?:政府信息公开|依申请公开|信息公开)(?:申请)?"),
    # (收到依申请公开政府信息 4 人次: the requests counted by the people who made them)
    _p(("applications_received", CASES | {"人次"}),
       # (收到依申请需要公开的信息 0 件: the information asked for, as 依申请公开信息)
       # (收到政府信息依申请件 454 件: what is asked named first)
       # (接收主动申请公开 0 条: 接收 as 收到, 主动 the applicant's own motion)
       # (共接收群众申请公开 0 件: who asked named between)
       r"接收(?:群众|公民|公众)?(?:主动)?申请公开(?:政府)?(?:信息)?(?:事项|申请|件)?(?!\p{Han})|"
       # (收到依法申请公开 4 件: 依法 before the request)
       r"(?:收到|受理|接到|办理|登记)(?:了)?(?:回复|答复)?(?:各类)?(?:政府信息)?(?P<cat>邮递|邮寄|网上|信函|当面)?(?:依法(?=申请))?"
       r"(?:依申请?(?:(?:需要|需)?公开(?:的)?)?|申请公开)"  # (收到依申公开事项 7 件: the 请 dropped)
       r"(?:政府|政务)?(?:信息)?(?:公开)?(?:事项|申请|信件|件)?(?!率)", category="cat"),
    # (共受理政府公开信息 0 件: information taken up is asked for — the applications, the words turned round)
    _p(("applications_received", CASES), r"受理(?:了)?(?:政府|政务)公开信息(?!咨询|投诉)"),
    # (共处理依申请公开答复信息 3 条: the applications dealt with and answered, as 办理回复 is read)
    _p(("applications_received", CASES), r"(?:全年|共|全年共)?处理(?:了)?依申请公开(?:的)?(?:答复|回复)(?:信息)?",
       also=("applications_handled",)),
    # (全年共处理依申请公开 17 件, 处理依申请公开网路申请 1 件: the applications taken up, received only — the
    # adjudication of stop 37 upheld the received alone on p088 and p206, as z78 and a dev2 page read it)
    _p(("applications_received", CASES),
       r"(?<!已)(?:全年|共|全年共)?处理(?:了)?(?:政府信息)?依申请公开(?:政府)?(?:信息)?(?:事项|申请|件)?(?!\p{Han})"
       r"|(?<!已)处理(?:了)?依申请公开(?P<cat>网络|网路|网上|信函|当面)申请", category="cat"),
    _p(("applications_handled", CASES),
       # (配合…回应和回复依申请公开 1 份: answered; not 受理并按时回复…依申请公开事项 19 项, received first)
       r"(?:(?:共|已)?(?:处理|办结|答复|办理完毕)|(?<!(?:受理|收到|接收|接到)\p{Han}{0,4})回复)(?:了)?"
       # (成功办结政府依申请公开事项 1 件: 政府 alone before it)
       r"(?:(?:政府信息|政府)?依申请公开(?:政府)?(?:信息)?|依申请(?:政府)?信息公开)"
       # (答复政府信息依申请公开信件 72 件: the applications answered, as letters)
       r"(?:事项|申请|信件|件)?"
       # (累计回复公开申请 38 件: the applications answered, named as 公开申请)
       r"|(?:答复|回复|办结)(?:了)?(?:政府信息)?公开申请(?!人|率)"),
    # (我局依申请公开信息 1 条: the applications, counted as the information asked for; so are
    # 依申请信息公开事项 91 件 and 依申请公开信息办理数 39 件, the applications taken up, as
    # 办理依申请公开 N 件 is read)
    _p(("applications_received", CASES),
       # (依申请公开的信息 2 条: the applications, named by the information asked for, with 的)
       # (not 依申请公开指南、目录及流程等 3 条: the guide and catalogue of applications, items published)
       # (依申请公开财政信息 64 件: the information asked for named by its field; first, as the shorter
       # 依申请公开 would end before it)
       r"依申请公开\p{Han}{2,4}?信息(?!率|指南|目录|流程|制度|栏目|专栏)"
       # (未收到…申请,依申请公开办理 0 件: the applications taken up, as 办理依申请公开 N 件 is read; before
       # the bare 依申请公开, which would end before 办理)
       r"|依申请公开办理(?!率|结果|情况)"
       # (全年共受理依公开申请 13 件: 依申请公开 written short)
       r"|依公开申请(?:事项)?"
       # (受理群众…提交的信息公开申请 3 件: 政府 left out after who handed it in)
       r"|政府信息公开申请(?:数量|件数|总数|总量)?|(?<=提交的|提出的)信息公开申请"
       # (收到政府信息公开的申请 0 条: with 的)
       r"|政府信息公开的申请(?!人|表|书|渠道|方式|流程|条件)|依申请公开(?:的)?(?:政府信息|信息)?(?:事项|申请|数量|件数|总数|总量|办理数|数)?"
       r"(?!率|指南|目录|流程|制度|栏目|专栏|(?:信息)?答复书)"
       r"|依申请(?:政府)?信息公开(?:事项|申请|件)?"
       # (接收依申请信息公开办理 52 件: taken in, as 办理依申请公开 N 件 is read)
       r"|(?:接收|收到|受理)(?:了)?依申请(?:政府)?信息公开(?:事项|申请)?办理"),
    # 上年结转申请 4 件,本年新收 62 件: the table's own words for new applications, category 新收
    # as when it is a part (共受理 31 件,其中…本年新收 29 件)
    # (其中上年结转 1 件、本年度新收并办结 2 件: the new ones, concluded too — the receipt names the count)
    _p(("applications_received", CASES), r"(?:本年(?:度)?|当年|今年|全年)(?P<cat>新收)(?!政府|依申请|信息公开|的)"
       r"(?:(?:并|且)(?:已)?(?:办结|答复|回复|办理))?(?:申请)?(?:数量)?", category="cat"),
    # (2022 年新受理 161 件,2021 年结转 7 件: the new ones, by the table's word)
    _p(("applications_received", CASES), r"(?<=\d{4}年(?:度)?|本年(?:度)?|全年|当年|今年)新受理(?:申请)?(?!\p{Han})"),
    # (受理依申请公开 301 件,上年度结转申请 3 件,新增 298 件: after the carried over, the new ones)
    _p(("applications_received", CASES),
       r"(?<=结转[^,;。\d]{0,4}\d{1,6}\s?(?:件|宗|条)[,;、])(?:本年(?:度)?)?(?P<cat>新(?:增|收))(?:申请)?", category="cat"),
    _p(("applications_received", CASES),
       # (收到自然人的公开政府信息的申请 1 条: who asked, then what)
       # (收到公民提出公开政府信息申请 1 件: 提出 between, no 的)
       rf"(?:收到|受理|接到)(?:了)?(?:{_APPLICANTS}|群众|公民)(?:的)?(?:要求|提出)?公开(?:政府)?信息(?:的)?申请"
       # (收到信息公开请求 1 件: asked for as a request)
       r"|(?:收到|受理|接到)(?:了)?(?:政府信息公开|信息公开|依申请公开)请求"
       # (收到公民、法人和其他组织提出的公开政府信息的申请 2 条: who asked, listed, then the applications)
       r"|(?:收到|受理|接到)(?:了)?[^,;。\d]{0,20}?(?:提出|提交)的公开政府信息的申请(?!人|表|书)"
       r"|(?:收到|受理|接到|办理)?(?:了)?(?:群众)?(?:申请|要求)公开(?:政府)?信息(?:的)?(?:申请)?|申请(?:数量|件数|总量|总数|量)"
       r"|(?:办理|收到|受理)(?:了)?向\p{Han}{1,10}?申请(?:公开)?的政府信息"),
    # 26 件为自然人申请, 2 件为网络申请: the number first, whose applications they were after it
    _p(("applications_received", CASES),
       # (1 件属商业企业申请: any applicant of the table)
       # (5 件属于网络平台申请: the channel's platform named)
       # (5 件为公民个人申请、1 件为公司法人申请: the applicant in everyday words)
       rf"(?:为|是|系|属于?)(?P<cat>{_APPLICANTS}|公民个人|公民|个人|(?:公司)?法人|企业|网络|网上|信件|信函|当面|现场|邮寄|电子邮件)"
       r"(?:平台)?(?:提出|提交)?(?:的)?申请", side="after", category="cat"),
    # (收到 2 条公众通过“…栏目”提交的申请: the applications after their number and how they came)
    _p(("applications_received", CASES), r"(?:公众|群众|市民|申请人|企业)?[^,;。\d]{0,24}?(?:提交|提出)的(?:政府信息公开)?申请(?!人|表|书)",
       side="after"),
    # (收到 1 份要求公开政府信息的申请, 收到 1 条自然人公开信息申请: the applications after their number)
    _p(("applications_received", CASES),
       rf"(?:{_APPLICANTS})?(?:要求|申请)?公开(?:政府)?信息(?:的)?申请(?!人|表|书)", side="after_near"),
    # 收到 2 个自然人的政府信息公开申请: the applicant between the number and the applications
    _p(("applications_received", CASES),
       rf"(?P<cat>{_APPLICANTS})(?:提出|提交)?的(?:政府信息公开|依申请公开|信息公开)(?:的)?申请", side="after", category="cat"),
    # (共收到 2 件公众关于政府信息公开的申请, 收到 1 件自然人提起的…申请, 收到 2 起涉及药械化方面的…申请: after a
    # receiving verb and its number, whatever qualifies the applications between)
    _p(("applications_received", CASES),
       # (收到和处理 1 件…申请: received and handled, both verbs before the number)
       r"(?<=(?:收到|受理|接到|接收)(?:(?:并|和|及)(?:处理|办理|答复))?(?:了)?\s?[\d,.]+\s?(?:件|条|个|份|起|宗|次))"
       # (not 收到 8 件因政府信息公开申请提起的行政复议: the reviews it led to)
       # (接到 7 条提出公开政府信息的申请, 收到 2 次公民申请公开政府信息: the request worded either way; 政府公开信息申请)
       r"[^,;。\d因]{0,16}?(?:(?:政府信息公开|依申请公开|信息公开|公开(?:政府)?信息|政府公开信息)(?:的)?申请"
       r"(?!人|表|书|[^,;。]{0,8}(?:复议|诉讼))|(?:申请|要求)公开(?:政府)?信息(?!\p{Han}{0,4}(?:复议|诉讼)))",
       side="after"),
    _p(("applications_received", CASES | {"人次"}),
       # (纸质申请 36 件, 线下申请: on paper, the other channel beside the online ones; 信函申请 2 人次, 网页申请 3 人次:
       # by the people who asked)
       # (通过网站方式申请 43 件: the website is the online channel)
       # (網路申請 on a traditional-character mirror: 网路 after conversion, the network)
       # (互联网申请 17 件, 信函邮寄申请 16 件: the internet, and letters sent by post)
       r"(?P<cat>互联网|网上|网络|网路|网页|在线|线上|线下|纸质|书面|信函邮寄|信函|当面|现场|邮寄|传真|电子邮件|邮件|电话|来信|来访|(?:政府)?信息公开平台"
       r"|(?:门户|政府)?网站"
       # (通过快递、挂号信、平信、传真等其他方式提交申请 5 件: the other ways, after the ones named)
       r"|其他(?=方式|渠道))(?:平台|系统|渠道)?"
       r"(?:方式)?(?:提交|提出)?(?:的)?申请",
       category="match"),
    _p(("applications_received", CASES),
       rf"(?P<cat>{_APPLICANTS})(?:提出|提交)?(?:的)?(?:申请)?"
       # the generic words (企业信用信息…, 公民的知情权) only with their application
       r"|(?P<cat>公民个人|公民|个人|企业)(?:(?:提出|提交)(?:的)?(?:申请)?|(?:的)?申请)",
       category="cat"),
    _p(("applications_handled", CASES),
       # (not 信访受理答复 13 条: petitions answered are no applications for information)
       # (共答复各类政府信息公开申请 31 宗: of every kind)
       r"(?<!信访|信访受理)(?:已|共|全部)?(?:办结|答复|办理完毕|完成答复|作出答复|予以答复|处理完毕)(?:了)?(?:各类)?(?:政府信息公开)?(?:申请)?"
       # (not 答复网民提问 65 条: the public's questions answered are messages)
       # (收到并答复网民在线提问 35 条: where they asked named between)
       # (not 答复提问数量 170 条: the public's questions, messages)
       r"(?!率|及时率|书|期限|时限|文书|格式|”|\p{Han}{0,6}?意见建议|(?:(?:网民|群众|公众|市民)(?:的)?(?:在线|网上|网络)?)?提问"
       r"|(?:网民|群众|公众|市民)(?:的)?(?:在线|网上|网络)?(?:问题|留言|咨询|舆情))"
       r"|已办理(?:的)?"
       # (收到县长信箱留言 51 条,回复办理 51 条: answered — messages after messages, as CONTEXT_OVERRIDES reads it)
       # (not 办理回复网络舆情 13 条: the public opinion answered, by its own words)
       # (not 人大建议办理回复 4 条: the suggestions answered, by their own words)
       r"|(?<!建议|提案|议案)(?:回复办理|办理回复(?!(?:网络|社会|群众|公众|网民)?(?:关切|关注|热点|舆情)))"
       # (收到…申请 54 件,进行回复 52 件: answered, right before its count — messages after messages, as above)
       r"|(?:进行|予以|作出)回复"),
    # -- outcomes (also written after the number: "50 件予以公开")
    # 出具《政府信息公开申请答复书》1 份: one answer written, one application handled
    # (印发政府信息公开告知书 52 件: a notice answering an application, whatever its outcome — handled)
    _p(("applications_handled", CASES), r"(?:出具|制发|送达|作出|印发)(?:了)?《?(?:政府信息公开)?(?:申请)?(?:答复书|告知书)》?"
       # (依申请公开信息答复书 144 份: the answers written, counted as such)
       r"|(?:依申请公开|政府信息公开)(?:信息)?(?:申请)?答复书"),
    # (其中,公开或部分公开 18 件: the table's first two outcomes together, read as granted like 予以公开或部分公开)
    # (其中:按规定予以公开信息 9 条,部分公开信息 12 条: the outcome named with the information it gave)
    # (全部或部分公开的 73 件: the same two outcomes, the first named by 全部)
    # (“属于已主动公开答复数”2 件: the 2019 table's row for information already public, granted as the annotated pages read it)
    _p(("applications_granted", CASES), r"(?:属于)?已主动公开(?:的)?(?:答复数|数)(?:”)?"),
    _p(("applications_granted", CASES), r"(?:予以公开|同意公开|(?<![予意不])公开|全部)(?:及|和|与|、|或|或者)部分公开(?:的)?"
       r"|(?:予以公开|同意公开)(?:答复|(?:的)?(?:政府)?信息)?|全部公开|准予公开"
       r"|(?:公开|答复)(?:了)?依申请(?:公开)?(?:的)?(?:政府)?信息"
       # (所申请信息已主动公开 2 件: already public, the applicant told where, as 告知获取途径 is read)
       r"|所?申请(?:的)?(?:政府)?信息已(?:经)?(?:主动)?公开"),
    # (予以部份公开: the other writing of 部分)
    _p(("applications_partial", CASES), r"(?:同意|予以)?部[分份](?:予以|同意)?公开(?:答复|(?:的)?(?:政府)?(?:信息)?)|区分处理"),
    # (不同意公开 26 件; 不予公开信息 1 条 in a list of the information made: the part not disclosed)
    # (不予公开答复数 1 件, 不同意公开答复的 2 件: the answer named by its outcome)
    _p(("applications_denied", CASES), r"(?:不予(?:以)?公开|不同意公开)(?:答复)?(?:的)?(?:政府)?(?:信息)?(?:数)?"),
    # (本机关不掌握 4 件: the information left unsaid)
    # (由于信息不存在否决公开答复 1 条: the reason decides, not the refusal it led to)
    # (其中予以公开 1 件,无法公开 1 件: cannot be given, as 无法提供 — not a part disclosed)
    _p(("applications_unavailable", CASES), r"无法(?:提供|公开)(?:的)?(?:政府)?(?:信息)?|(?:信息)?不存在(?:否决公开|不予公开)?(?:答复)?"
       r"|不掌握(?:相关)?(?:政府)?(?:信息)?(?:答复)?"
       # the 2021 table's other two reasons (没有现成信息需要另行制作 2 件)
       r"|没有现成信息(?:需要|需)?另行制作|补正后申请内容仍不明确|申请内容不明确(?:的)?(?:有)?"
       # 不属于本行政机关公开 1 件, “非本机关政府信息公开范围”并告知通过其他途径办理 11 件
       # (非本机关掌握信息 2 件: the body does not hold it; before 非本机关…, which would end short of it)
       r"|非本(?:行政)?(?:机关|单位|部门)(?:所)?掌握(?:的)?(?:相关)?(?:政府)?(?:信息)?"
       rf"|(?:{_NOT_THE_BODYS})”?(?:并)?(?:告知(?:通过)?其他途径(?:办理)?)?"),
    # outcomes in the old (or no) template's words: 属于行政执法案卷 5 起, 不属于政府信息 4 起, 告知其他途径 3 起
    # (否决公开答复 1 条: refused)
    _p(("applications_denied", CASES), rf"(?:属于)?(?:{_DENIED_REASONS})|否决公开(?:答复)?"),
    # (非政府信息 N 件 stays unavailable: earlier batches annotated it so, z97 alone other)
    _p(("applications_other", CASES), r"不属于(?:政府)?信息|告知(?:通过)?其他途径"),
    # (重复申请 1 件: the 2021 table's 不予处理 for a repeated application)
    # (收到申请 12 件,其中线上 12 件、线下 0 件,驳回 7 件: refused as not to be dealt with, ANNOTATION.md)
    # (不予受理的申请 0 件: the old outline's words for it)
    # (…,无法提供 8 宗,重复 2 宗: among the outcomes, a repeat with its noun left out)
    # (无正当理由大量反复申请 1 件: the 2021 table's 不予处理 for a flood of repeats)
    _p(("applications_not_processed", CASES), r"不予(?:以)?处理|重复申请|(?<=[,、;])重复(?!\p{Han})|(?:无正当理由)?(?:大量)?反复申请"
       r"|(?<![判裁]决)驳回(?:申请)?(?!诉讼|诉请|起诉|原告|复议)"
       r"|不予受理(?:的)?(?:政府信息公开)?(?:申请)?"),
    # (申请人主动撤销申请 42 件, 申请撤销 1 件: withdrawn)
    # (告知补正数 7 件: asked to complete the application, the table's other handling)
    # (逾期未补正视为放弃依申请公开 3 件: given up for want of the completion asked for, whatever it is called after)
    _p(("applications_other", CASES), r"其他处理|(?:逾期(?:不|未)补正(?:的)?)?(?:视为|即视为|按)(?:自动)?(?:放弃|撤回)"
       r"(?:依申请公开|政府信息公开)?(?:申请)?(?:处理)?"
       r"|逾期(?:不|未)补正[^,;。\d]{0,20}?(?:申请)?|不再处理(?:其)?(?:政府信息公开)?申请"
       # (申请人逾期未按收费通知要求缴纳费用 2 件: the table's 其他处理 row for a fee left unpaid)
       r"|(?:申请人)?逾期(?:未|不)(?:按收费通知(?:要求)?)?缴纳(?:信息处理)?费(?:用)?"
       r"|(?:告知(?:申请人)?|申请)(?:作出更改)?补正(?:信息)?(?:的)?(?:数)?|补正告知书"
       # (…,不予公开 1 件,撤回 2 件: among the outcomes, withdrawn with its noun left out; …,补正 1 件: asked to
       # complete it)
       rf"|{_WITHDRAWN}|(?<=[,、;])(?:撤回|补正)(?!\p{{Han}})"),
    _p(("applications_not_processed", CASES), r"不作为(?:政府信息公开)?申请处理"),
    _p(("applications_received", CASES),
       # (not 1 件依申请公开文件转为主动公开: a document's disclosure attribute)
       # (12 件信息依申请公开: the information asked for, as 依申请公开信息)
       # (1 条要求信息公开的申请: what the application asks named before it)
       # (2 份书面政府信息公开申请: how it came between)
       # (共收到 9 件“依申请公开”申请: the kind quoted)
       r"(?:的)?(?:要求)?(?:书面|网上|电子|纸质)?“?(?:政府信息公开|依申请公开|信息公开)”?(?:的)?申请|(?:政府)?(?:信息)?依申请公开(?:申请)?(?!文件|属性|的文件)",
       side="after_near"),
    # (全年收到 7 件申请, 共受理 3 条申请: the bare noun right after a receiving verb and its number is, in a
    # disclosure report, a disclosure application, as the annotators read it; not 收到 5 件低保申请, whose kind
    # stands between)
    _p(("applications_received", CASES), r"(?<=(?:收到|受理|接到|接收)(?:了)?\s?[\d零〇一二两三四五六七八九十百]+\s?"
       r"(?:件|条|份|个|宗|封|例)\s?)申请(?![人书表材])", side="after_near"),
    # (受理 3 件依申请件: the cases named by the request)
    _p(("applications_received", CASES), r"(?<=(?:收到|受理|接到|接收|办理)(?:了)?\s?[\d零〇一二两三四五六七八九十百]+\s?(?:件|条|份|个)\s?)"
       r"依申请(?:公开)?件", side="after_near"),
    # (其中 3 条已公开,3 条属于个人隐私, 其中 2 件公开,1 件…: 公开 or 已公开 only where its clause ends)
    # (其中 1 件依法向申请人予以公开: to whom, and by what right, between)
    # (1 件属于同意公开范围: the outcome as the range it falls in)
    # (1 项依规予以公开: by the rules)
    _p(("applications_granted", CASES), r"(?:属于|属)?(?:已|均|被)?(?:依法|依规)?(?:向申请人)?(?:予以公开|同意公开|全部公开)|(?:已)?公开(?=[,;。、])",
       side="after_near"),
    _p(("applications_partial", CASES), r"(?:已|均|被)?部分公开", side="after_near"),
    _p(("applications_denied", CASES), r"(?:已|均|被)?(?:不予(?:以)?公开|不同意公开|不公开)", side="after_near"),
    # 1 件属行政执法案卷信息: the reason right after its number
    # (2 件为属于行政查询事项: both verbs)
    _p(("applications_denied", CASES), rf"(?:为属于?|属于?|为|系)(?:{_DENIED_REASONS})", side="after_near"),
    # 2 件由申请人主动撤销申请, 6 件申请人主动撤件 (1 项当事人撤销信息公开申请: the applicant called the party)
    _p(("applications_other", CASES), rf"(?:由|系|为|属)?(?:申请人|当事人)?(?:{_WITHDRAWN})", side="after_near"),
    # (收到…申请 10 例(其中,撤件 1 例): withdrawn, named before its number)
    _p(("applications_other", CASES), r"(?<=[(,;:、其中]|其中,)(?:申请人)?(?:主动)?撤件"),
    # 1 件申请信息不属于公开的政府信息: no government information, the old outline's other handling
    _p(("applications_other", CASES), r"(?:申请(?:的)?信息)?不属于(?:公开的)?(?:政府)?信息", side="after_near"),
    # (3 件因信息不存在告知申请人: the reason given with 因)
    _p(("applications_unavailable", CASES), r"(?:为|属|因|由于)?无法提供|(?:因|由于)?(?:申请(?:的)?)?信息不存在", side="after_near"),
    # (其中 1 起申请公开的内容不属于我局职责范围: not the body's to disclose, named after its number)
    _p(("applications_unavailable", CASES), rf"(?:申请(?:公开)?的)?(?:内容|信息)?(?:{_NOT_THE_BODYS})", side="after_near"),
    # 6 件为“本机关不掌握相关政府信息”: the outcome quoted after its number
    # (9 条属于本机关不掌握相关政府信息, 5 条属于其他不存在信息: the same with 属于, and the information not existing)
    # (其中 8 件由于本机关不掌握相关政府信息…无法提供: the reason given with 由于)
    _p(("applications_unavailable", CASES), r"(?:为|属于?|由于|因)“?(?:本机关)?不掌握(?:相关)?(?:政府)?信息"
                                            r"|(?:为|属于?)(?:其他)?(?:不存在|并不存在)(?:的)?(?:相关)?(?:政府)?信息"
                                            # (1 条内容本机关未制作,也未保存,无法提供: the body never made it)
                                            r"|(?:为|属于?)?(?:申请(?:公开)?的)?(?:内容|信息)?(?:本机关|本单位|我局|我单位)"
                                            r"(?:未制作|未获取|没有制作)(?:(?:,|、)?(?:也)?(?:未|没有)(?:保存|获取))?", side="after_near"),
    _p(("applications_not_processed", CASES), r"(?:为|属)?不予(?:以)?处理|(?:属于?|为|系)重复申请", side="after_near"),
    _p(("applications_unavailable", CASES), r"(?:\p{Han}{0,16}?)无法提供", side="after"),
    _p(("applications_denied", CASES), r"(?:\p{Han}{0,16}?)不予(?:以)?公开", side="after"),
    _p(("applications_not_processed", CASES), r"(?:\p{Han}{0,16}?)不予(?:以)?处理", side="after"),
    # 其中 3 件已按照相关要求进行书面回复 (not 办结率, not 答复书)
    # (其中 3 件完成办结)
    _p(("applications_handled", CASES),
       # (其中 17 件在法定期限内完成答复: when, before the verb; 其中 509 件在法定期限内予以答复)
       r"(?:在[^,;。\d]{0,10}?内)?(?:均|已|均已|全部|按|及时|依法|完成|(?<=内)(?:予以|作出))(?:\p{Han}{0,14}?)"
       r"(?:答复|回复|办结|办理完毕|处理完毕)(?!率|书)",
       side="after"),
    # -- reconsideration and litigation
    # 其中,发生 1 起有关政府信息公开的行政复议案件: the number before its noun
    _p(("reconsiderations", CASES), r"(?:[^,;。\d]{0,14}?)行政复议(?:案件|申请)?(?!结果|决定)", side="after"),
    _p(("lawsuits", CASES), r"(?:[^,;。\d]{0,14}?)行政诉讼(?:案件)?(?!结果|判决)", side="after"),
    _p(("reconsiderations", CASES),
       r"(?:被申请|收到|发生|办理|涉及)?(?:因)?(?:政府信息公开)?(?:工作)?(?:的)?行政复议(?:案件|申请)?|复议案件"
       # (涉及复议 0 件,诉讼 0 件: the bare words after 涉及, the lawsuits listed after them)
       r"|涉及复议"),
    _p(("lawsuits", CASES),
       r"(?:被提起|发生|涉及|应诉)?(?:因)?(?:政府信息公开)?(?:工作)?(?:的)?行政诉讼(?:案件)?|(?:行政)?应诉案件|诉讼案件"
       # (因政府信息依申请公开工作提起上诉案件 1 件: an appeal, a lawsuit of the body's)
       r"|提起上诉(?:案件)?|上诉案件"
       r"|涉及诉讼|(?<=涉及复议\s?\d{1,3}\s?件\s?[,、]\s?)诉讼"
       # (应对政府信息公开诉讼 2 起,均胜诉: the suits the body answered)
       r"|应对(?:政府信息公开)?(?:行政)?诉讼(?:案件)?"
       # (答复后被行政复议 9 件,全部维持;诉讼 1 件,未审结: the bare word after the reviews' count and outcome)
       r"|(?<=复议[^。\d]{0,12}?\d{1,4}\s?(?:件|起|宗|个)[^。\d]{0,16}?[,;、]\s?)(?:行政)?诉讼(?!结果|判决|费)"
       # (起诉案件 1 件,正在审理中;结转起诉案件 2 件: the suits brought, by the plaintiff's verb)
       r"|(?:结转)?起诉案件"
       # (2023 年度收到诉讼为 3 件,其中未经复议直接起诉 2 件: suits received, the bare word after the verb)
       r"|(?<=收到|受理|发生)(?:行政)?诉讼(?!请求|费|结果|判决)(?:案件)?(?:数)?(?:为|共)?"),
    # 未经复议直接诉讼 0 件, 复议后诉讼 0 件: the 2021 table's two kinds of lawsuit
    _p(("lawsuits", CASES), r"(?P<cat>(?:未经复议)?直接(?:起诉|诉讼)|复议后(?:起诉|诉讼))", category="cat"),
    # -- table 二 restated in prose
    # the verb before the noun decides what was counted, also across a modifier (废止不符合上位法
    # 要求的规范性文件 1 件 is a repeal); the bare noun is the issued count
    _p(("regulations_repealed", _DOC_UNITS), rf"(?:清理)?废止(?:了|的)?{_PAST_YEARS}{_MODIFIER}{_GOV}规章"),
    _p(("regulations_repealed", _DOC_UNITS), rf"(?P<cat>{_INVALIDATED})(?:了)?{_MODIFIER}{_GOV}规章", category="cat"),
    _p(("regulations_in_force", _DOC_UNITS), rf"(?:{_IN_FORCE})(?:的)?{_GOV}规章"),
    _p(("regulations_reviewed", _DOC_UNITS), rf"{_REVIEW}(?:了)?{_MODIFIER}{_GOV}规章|{_GOV}规章(?:的)?{_REVIEW}"),
    # 政策文件及解读 10 条, 政策法规及解读类信息 46 条, …文件及相关解读文件 130 项: documents counted with
    # their interpretations are documents (the interpretations are not counted apart)
    _p(("documents_published", ITEMS),
       rf"(?:{_ISSUE})?(?:了)?(?P<cat>(?:政策|政府|部门|法规|(?:规章|法规)、)?(?:性)?(?:文件|法规|规章|规范性文件)(?:及其|及|和|与)"
       r"(?:相关|配套)?(?:政策)?"
       r"解读)(?:类)?(?:材料|文件|信息)?", category="cat"),
    # 公开规章和规范性文件 14 件: one count over two kinds of documents, documents
    _p(("documents_published", _DOC_UNITS), rf"(?:{_ISSUE})?(?:了)?{_WITH_OTHER_DOCUMENTS}(?:行政)?规范性文件(?!库)"),
    _p(("regulations_issued", _DOC_UNITS), rf"(?P<cat>{_REVISE})(?:了)?{_MODIFIER}{_GOV}规章", category="cat"),
    # (not 规章制度类 2 条: a category of items, the rules of the body)
    # 转载法律法规规章 28 部, 其中法律法规规章 34 个: laws and rules posted together are documents
    _p(("documents_published", _DOC_UNITS), r"(?P<cat>法律(?:、)?法规(?:、|和|及)?规章)(?:类)?", category="cat"),
    # (not 法律法规规章 34 个: laws and rules posted, documents by their label)
    _p(("regulations_issued", _DOC_UNITS), rf"(?<!法律法规|法律|法规|法律、法规、)(?:{_ISSUE})?{_GOV}规章(?!制度|(?:和|及|、|与)(?:行政)?规范性文件)"
       # (沈阳市人民政府令 6 件: a government's orders are the rules it made)
       r"|(?:省|市|自治区|自治州|州)(?:人民)?政府令"),
    # (我市公开了 2 件规章,以及 11 件以市政府…名义印发的行政规范性文件: the documents named after their number, a
    # modifier ending in 的 between — the publishing verb before the number has no object of its own)
    _p(("regulations_issued", _DOC_UNITS), rf"(?:{_GOV})?规章(?!制度|(?:和|及|、|与)(?:行政)?规范性文件)", side="after_near"),
    _p(("normative_documents_issued", _DOC_UNITS), r"[^,;。、\d\s()]{0,24}?的(?:行政)?规范性文件(?!库|类|解读|清理|备案)",
       side="after_near"),
    _p(("normative_documents_repealed", _DOC_UNITS),
       rf"(?:清理)?废止(?:了|的)?{_PAST_YEARS}{_MODIFIER}{_GOV}(?:行政)?规范性文件"),
    _p(("normative_documents_repealed", _DOC_UNITS),
       rf"(?P<cat>{_INVALIDATED})(?:了)?{_MODIFIER}{_GOV}(?:行政)?规范性文件", category="cat"),
    # (宣布废止失效文件 8 件, 废止失效文件 0 件 beside the normative documents made: those repealed)
    _p(("normative_documents_repealed", _DOC_UNITS), r"(?:宣布)?(?P<cat>废止(?:和|、)?失效(?:的)?文件)", category="cat"),
    # 制定发布规范性文件 4 件,清理废止文件 0 件,现行有效文件 20 件: right after the normative documents issued,
    # 文件 repealed or in force are those documents (制发行政规范性文件 6 个,清理失效文件 4 个: in 个 too)
    _p(("normative_documents_repealed", _DOC_UNITS),
       r"(?<=规范性文件\d{1,5}(?:件|个|份)[,;、](?:[^,;。]{0,20}[,;、])?)(?:清理)?(?:废止|失效)(?:了)?文件"),
    # (制发新增规范性文件 8 份、废止 27 份、有效存续 47 份: in force, said without the noun)
    _p(("normative_documents_in_force", _DOC_UNITS),
       r"(?<=规范性文件\d{1,5}(?:件|个|份)[,;、](?:[^,;。]{0,20}[,;、]){0,2})(?:(?:现行有效|继续有效|有效)(?:的)?文件"
       r"|(?:有效存续|存续有效|现行有效|继续有效)(?!\p{Han}))"),
    # (现行有效本部门规范性文件 0 件: the body named between)
    _p(("normative_documents_in_force", _DOC_UNITS),
       # (现行有效的厅行政规范性文件 55 件: the department named by its kind)
       rf"(?:{_IN_FORCE})(?:的)?(?:本部门|本级|本机关|本单位|本?厅|本?局|本?委)?{_GOV}(?:行政)?规范性文件"
       # (主动公开规范性现行有效文件 13 项: the words in another order)
       r"|规范性(?:的)?(?:现行有效|继续有效)(?:的)?文件"),
    _p(("normative_documents_reviewed", _DOC_UNITS),
       rf"{_REVIEW}(?:了)?{_MODIFIER_NOT_IN_FORCE}{_GOV}(?:行政)?规范性文件|{_GOV}(?:行政)?规范性文件(?:的)?{_REVIEW}"),
    # (对拟以政府名义出台的 80 份文件进行合法性审查, 对…报送备案的 29 份行政规范性文件进行严格审查: the documents
    # reviewed, counted before them; first, as the documents' own wordings would read them as published)
    _p(("normative_documents_reviewed", _DOC_UNITS),
       rf"(?<=对[^,;。\d]{{0,30}}?\d{{1,5}}\s?(?:件|份|个|部)\s?)(?:行政)?(?:规范性)?文件进行(?:了)?(?:严格|全面|认真)?(?:的)?{_REVIEW}",
       side="after_near"),
    _p(("normative_documents_issued", _DOC_UNITS),
       rf"(?P<cat>{_REVISE})(?:了)?{_MODIFIER}{_GOV}(?:行政)?规范性文件", category="cat"),
    # (发布规范性文件 3 个,非规范性文件 72 个: the documents that are not normative, documents)
    _p(("documents_published", _DOC_UNITS), r"(?P<cat>非(?:行政)?规范性文件)", category="cat"),
    _p(("normative_documents_issued", _DOC_UNITS),
       # (not 规范性文件库: a database; not 规章和规范性文件: documents of two kinds, below)
       rf"(?<!{_WITH_OTHER_DOCUMENTS})(?:{_ISSUE})?{_GOV}(?:行政)?规范性文件(?!库)"),
    _p(("licence_decisions", frozenset({"件", "项", "个", "次", "宗", "条", "起", None})),
       # (not 行政许可类 348 条 nor 行政许可信息 11 条: category labels of items, ANNOTATION.md)
       rf"(?!{_POWER_LIST_KIND})(?:作出|办理)?行政许可(?:类(?=处理|决定))?(?:处理)?(?:决定)?(?:数量)?(?:事项)?(?!类|信息|(?:与|和|及)行政处罚)"
       # (not 公开行政许可信息 546 条: information about licensing is items, ANNOTATION.md stop 29 — round 3
       # read it as the decisions; adjudicated at stop 37)
       r"|办理(?:\p{Han}{0,12}?)(?:许可)?行政审批(?:事项)?"),
    # (作出 694 宗行政许可, 作出 3 宗行政处罚: the decisions counted before their kind, after 作出)
    # (the 2019 table said in words: 行政许可 16 项,较 2018 年减少 1 项,处理决定数量 56 件; 主动公开行政处罚 30 项,…,
    # 处理决定数量 7 件: the decisions of the kind the statement opened with)
    *(_p((metric, units), rf"(?<={kind}(?:(?!{_POWER_KINDS})[^;。]){{0,30}}?)处理决定(?:数量|数)")
      for metric, kind, units in _DECISIONS_OF_KIND),
    _p(("licence_decisions", frozenset({"件", "项", "宗", "起"})), r"行政许可(?:决定)?(?!类|信息|事项)", side="after_near"),
    _p(("punishment_decisions", frozenset({"件", "项", "宗", "起"})), r"行政处罚(?:决定)?(?!类|信息|事项)", side="after_near"),
    # (行政处罚、行政强制处理决定数量 14 宗, 处罚强制 5 条, 处罚/强制共计 28: one count over penalties and coercion — the
    # 2019 table's joint row — read as the penalties, as the annotators read all three dev2 pages)
    _p(("punishment_decisions", frozenset({"件", "个", "宗", "起", "条", None})),
       # (not the last two of 行政许可、行政处罚、行政强制决定数量分别为…: three kinds, one count each)
       r"(?<!许可(?:、|和|及|与))(?:行政)?处罚(?:、|和|及|与|/)?(?:行政)?强制(?:处理)?(?:决定)?(?:数量)?(?:共计|共|合计)?"
       r"(?!类|信息|事项|措施|[^,;。\d]{0,6}分别)"),
    _p(("punishment_decisions", frozenset({"件", "项", "个", "次", "宗", "起", "条", None})),
       # (行政处罚公示信息 18 条, 行政处罚信息公示 47 条: the decisions made public)
       # (not 行政许可与行政处罚 5 条: one label over both kinds, a kind of item; 行政许可、行政处罚…分别为 are two)
       # (not 行政处罚信息 30 条 without 公示: information about penalties, a category of items as 行政许可信息 is —
       # nine annotated dev2 figures against two; in 件 below)
       rf"(?!{_POWER_LIST_KIND})(?<!行政许可(?:与|和|及))(?:作出|办理)?行政处罚(?:类(?=处理|决定))?(?:处理)?(?:决定)?(?:书)?(?:数量)?(?:案件)?"
       rf"(?:公示(?:信息)?|信息公示)?(?!类|信息|{_A_LIST_OF_POWERS})"
       # (2021 年我局公开处罚决定 8 件: the decisions, 行政 left out after the verb that publishes them)
       r"|(?:公开|公示|公布|作出)(?:了)?处罚决定(?:书)?"),
    # (行政处罚信息 31 件: in cases, the decisions themselves; in 条 the information about them, items — above)
    _p(("punishment_decisions", frozenset({"件", "宗", "起"})), r"行政处罚(?:类)?信息(?!公开|类)"),
    _p(("coercion_decisions", frozenset({"件", "项", "个", "次", "宗", "起", "条", None})),
       rf"(?!{_POWER_LIST_KIND})(?:作出|采取)?行政强制(?:处理)?(?:决定|措施)?(?:数量)?(?!类|{_A_LIST_OF_POWERS})"
       # (查封扣押案件 31 件: the coercive measures the law names, as cases)
       r"|(?:实施)?查封(?:、)?扣押(?:案件|措施)?"),
    _p(("admin_fees", MONEY), r"行政事业性收费(?:金额|收入|总额)?"),
    _p(("info_processing_fees", MONEY),
       r"(?:收取|收缴)?(?:了)?(?:政府信息公开)?信息处理费(?:用)?|(?:收取|收缴)(?:了)?(?:依申请公开)?(?:相关)?费用"),
    # (本年度公开政协提案 2 件, 公开人大建议提案 47 条: the proposals' answers published are items, ANNOTATION.md
    # stop 28, as p064, z15 and z108 read it — the count handled is 办理…提案 N 件)
    # (公开区人大代表建议办理结果 6 件, 发布建议提案办理情况 5 条, 主动公开对区人大代表建议答复 46 件: their results
    # published with the verb in the same clause are items too — every such fact of the rebuilt dev2 pages, stop 50; a
    # result counted without the verb, …建议办理结果 N 件, stays the suggestions handled, as round 14 read six pages)
    _p(("items_published", frozenset({"件", "条", "篇", "个", "份"})),
       r"(?<!办理|答复|办结)(?:主动)?(?:公开|发布|公布)(?:了)?(?:对)?(?P<cat>(?:本年度|全年)?(?:省|市|县|区)?"
       r"(?:(?:人大代表|人大)?建议(?:和|、|及)?(?:(?:省|市|县|区)?(?:政协委员|政协))?提案|(?:政协委员|政协)提案"
       r"|人大(?:代表)?建议(?:(?:和|、|及)(?:(?:省|市|县|区)?(?:政协委员|政协))提案)?)"
       r"(?:(?:及|和|与)?(?:的)?(?:办理|会办|主办)?(?:结果|情况|答复意见|答复信息|答复|复文|复函|意见))*)", category="cat"),
    # -- NPC / CPPCC (the combined wording first)
    # (人大代表建议及答复 107 件: the suggestions with their answers, one count)
    _p(("npc_cppcc_items", CASES | {"篇"}),
       # (提案议案共 7 件: proposals and motions, both)
       # (省人大代表建议、省政协委员提案共 213 件: each body named with its level)
       # (收到提案、建议 25 件: the two named the other way round)
       r"(?:(?:人大)?(?:代表)?建议(?:和|、|及|与|以及)?(?:省|市|县|区)?(?:政协)?(?:委员)?提案|议提案|提案(?:和|、|及|与)?议案|议案(?:和|、|及|与)?提案"
       r"|提案(?:和|、|及|与)建议"
       # (办理人大政协提案议案 43 件: both bodies named before their papers)
       r"|人大(?:和|、|及|与)?政协(?:\p{Han}{0,2}?)(?:提案|议案|建议){1,2})"
       + _ANSWERED),
    _p(("npc_suggestions", CASES),
       r"(?:(?:人大)?代表(?:建议|议案)|人大(?:建议|提案|议案)|人大代表(?:的)?(?:建议|议案))" + _ANSWERED),
    _p(("cppcc_proposals", CASES), r"(?:政协(?:委员)?(?:的)?提案|委员提案|提案)" + _ANSWERED),
    # 收到的 6 件建议提案: the number before the noun
    _p(("npc_cppcc_items", CASES), r"(?:人大代表)?建议(?:和|、|及|与)?(?:政协委员)?提案", side="after_near"),
    _p(("npc_suggestions", CASES), r"人大代表(?:的)?(?:建议|议案)", side="after_near"),
    _p(("cppcc_proposals", CASES), r"政协(?:委员)?(?:的)?提案", side="after_near"),
    # -- rates
    _p(("reply_rate", PERCENT), r"(?:按时|按期|依法|及时)?(?:答复|回复|办复|回应|反馈)率"),
    # (好差评…好评率 100%: the good ratings' share, as satisfaction)
    _p(("satisfaction_rate", PERCENT), r"满意率|满意度|好评率"),
    # (办结及时率达到 100%: how many were done in time; 信件 8 件,处理率达到 100%: how many were dealt with)
    _p(("completion_rate", PERCENT), r"(?:按期|按时|及时)?(?:办结|办理|完成|处理)(?:及时)?率"),
    # (政策性文件多样化解读占比达 100%: the share of documents interpreted)
    # (解读材料与政策文件关联率达 100%: the interpretations linked to their documents)
    _p(("interpretation_rate", PERCENT), r"解读率|解读比例|解读占比|解读(?:材料|文件|信息)?(?:与|和)(?:政策)?文件(?:的)?关联率"),
    # (实现重要政策文件 100% 实质性解读: the rate before what it measures)
    # (重要政策文件 100% 进行解读, 100% 政策解读: the verb or the policy between)
    _p(("interpretation_rate", PERCENT), r"(?:的)?(?:进行|开展)?(?:了)?(?:政策)?(?:实质性|同步|全面)?解读(?!\p{Han}{0,2}(?:材料|文件|信息|稿))", side="after_near"),
    _p(("pass_rate", PERCENT), r"合格率|达标率"),
    # (全文电子化网站公开率 100%: the rate of the full texts, whatever it is called after)
    _p(("digitisation_rate", PERCENT), r"(?:全文)?电子化(?:率)?(?:[^,;。\d]{0,6}?率)?"),
    _p(("digitisation_rate", PERCENT), r"(?:实现|达到)?(?:了)?全文电子化", side="after"),
    # (行政处罚案件 64 起,…,公示率达 100%: the decisions' public notice)
    _p(("disclosure_rate", PERCENT), r"(?:主动)?公开率|公示率"),
    # -- interaction
    _p(("hotline_cases", CASES | {"通", "人次"}),
       # (“12345”诉求平台受理 791 件: the number quoted, the platform named by what it takes in)
       # (12315 投诉台共受理消费者投诉 3817 件: the consumer line by its desk)
       r"(?:“?\d{5}”?(?:政务服务便民|政务服务|便民服务|市民服务|市民|政务|诉求)?(?:热线|平台|在线|投诉台|投诉举报台)|(?:市长|便民|政务|服务)?热线"
       # (受理便民服务专线平台事项 1246 件: a service line by another name, its matters the cases)
       # (12345 平台办件受理 95 件: the cases, 办件, taken up)
       r"|(?:便民|政务|服务)专线"
       # (办理“12345”政务服务转办事项 14 件: the matters the line passed on)
       r"|“12345”(?:政务服务|政务|便民服务)?(?=转办|交办))(?:电话)?(?:办件)?"
       # (12345 政务服务便民热线(市长热线)诉求共计 22050 件: the line's other name in brackets after it)
       r"(?:[(（](?:市长|区长|县长|便民|政务|服务|市民)?(?:热线|专线)[)）])?"
       # (政务服务 12345 平台受理 47276 件: the line's cases, taken up)
       # (新区 12345 政务热线办结 15.63 万件: the line's cases concluded)
       r"(?:(?:共|累计|全年)?(?:受理|接听|转办|交办|办结)(?:了)?)?"
       # (办理 12345 热线来电来信 15847 件: calls and letters the line took in)
       r"(?:\p{Han}{0,8}?(?:来电|工单|诉求|咨询|求助|投诉|事项)(?:来电|工单|诉求|咨询|求助|投诉|来信)?)?|工单"
       # (2023 年 12345 共受理 112 件: the hotline named by its number alone)
       r"|(?<!\d)12345(?:热线)?(?:共|累计|全年)?(?:受理|办理|接听|转办|交办)(?:了)?"
       # (受理 12345 群众来电问题 23 件: the line named by its number, then what came in on it)
       r"|(?<!\d)12345(?:热线|平台)?(?:群众|市民|企业)?(?:来电|工单|诉求|咨询|求助|投诉)(?:问题|事项|件)?"
       # (办结“12345”回复 150 条: the line quoted between the verb and what it answered; the number is read first, so
       # the words start after it)
       r"|(?<=(?:办结|办理|受理)(?:了)?“12345”)(?:回复|工单|诉求|来电)"
       # (通过 12345 平台,全年共办理诉求件 502 件: the line named at the clause's start, its requests after the comma)
       r"|(?<=12345[^。;\d]{0,8}?(?:平台|热线)[^。;\d]{0,4}?,[^。;\d]{0,12}?)(?:办理|受理|办结)(?:了)?(?:群众)?诉求(?:件)?"
       # (通过“12345 市民服务热线”办理各类咨询及问题反映 1336 条, 通过“12345 市民服务热线”等平台接收、流转并回复各类公众
       # 咨询、投诉及建议超过 380 条: what came in on the line, taken up, in the clause that names it by 通过)
       r"|(?<=通过“?12345[^。;,\d]{0,8}?(?:热线|平台)”?(?:等(?:平台|渠道))?)[^。;,\d]{0,16}?(?:办理|受理|回复|办结|接收|处理)"
       r"[^。;,\d]{0,20}?(?:咨询|投诉|建议|诉求|问题|反映|来电|工单)(?:超过|共|达)?"),
    # (留言办结 196 件: the messages left on the site, concluded)
    _p(("messages_handled", CASES), r"(?:网民|群众|网上)?留言(?:办结|办理|回复|答复)(?:量|数)?"),
    _p(("messages_handled", CASES | {"封", "人次", "篇"}),
       # (回应咨询和投诉类信息 81 条, 办理群众咨询类及投诉类信息 101 条: the public's messages, by their kinds;
       # first, as the shorter 办理群众咨询 would end before them)
       # (通过信箱、热线、留言平台回应各类关切 12360 条: the concerns the public sent through those
       # channels, answered one by one — messages, not hot topics the body chose to answer)
       r"(?:信箱|热线|留言)(?:平台|板)?(?:等)?(?:平台|渠道)?回应(?:了)?(?:各类)?(?:群众|网民|公众|社会)?(?:关切|诉求)|"
       r"(?:(?:办理|回复|答复|处理|回应)(?:了)?(?:各类)?)?(?:网民|群众|公众|市民)?(?:咨询|留言|诉求)(?:类)?(?:和|及|、|与)投诉(?:类)?"
       r"(?:信息|件)?"
       # (及时办结回复政务留言信息 10 条: the messages concluded and answered)
       r"|(?:办理|回复|答复|处理|办结(?:回复|答复)?)(?:了)?(?:各类)?(?:网民|群众|公众|市民|政务)?(?:留言|咨询|来信|信件|诉求|投诉|信访件?)(?:信息)?"
       # (收到各类咨询、建议和意见 5 条: the public's enquiries and suggestions, led by 咨询 — not comments invited)
       r"|(?:网民|群众|公众|市民)?(?:咨询|留言)(?:、|和|及)(?:投诉(?:、|和|及))?建议(?:(?:、|和|及)意见)?"
       r"|(?:网民|群众|公众|市民)?(?:留言|咨询|(?<!公开)来信|信件(?!方式)|来电|诉求)(?:办理|回复|答复)?(?!率)"
       # (网络问政直通车问贴 799 条: questions posted to the body's forum)
       r"|(?:问政)?(?:问贴|问帖)"
       # (处理回复网站“政民互动”各类信息 230 条: what the public sent through the site's interaction column)
       r"|(?:处理|回复|办理|答复)(?:回复|答复)?[^,;。\d]{0,10}?“?政民互动”?(?:栏目|平台)?(?:各类)?(?:信息|留言|事项)?"
       # (举办行风在线活动 2 次,答复提问数量 170 条: the public's questions answered)
       r"|(?:答复|回复|解答)(?:网民|群众|公众|市民|听众)?提问(?:数量|数)?"
       # (日均与网民互动私信 70 余条: private messages answered)
       r"|互动私信|私信(?:回复|答复)"
       # (官方网站互动回应 4 条, 与网民互动 26000 余人次: the public's messages answered)
       r"|互动回应|与(?:网民|群众|公众|网友)互动"
       r"|(?:“[^”]{0,10}”)?(?:书记|县长|市长|区长|镇长|乡长|局长|主任|厅长|省长|领导|民生|网上|政务|意见)?信箱"
       # (咨询信箱答复信息 8 条: the mailbox's messages answered; not 局长信箱答复 2 件 among the applications)
       r"(?:\([^()\d]{1,10}\))?(?:信件|来信|办件|收件|(?:答复|回复)信息)?"
       # (政府公开信箱信件办理办结 312 件: the mailbox's letters concluded)
       r"(?:(?<=信件|来信)(?:办理)?办结)?"
       r"|互动交流|(?:在线|网上|现场|电话)?(?:解答|回答)(?:群众|公众|网民)?(?:有关|相关)?(?:咨询|疑问|疑惑|问题|提问)?"
       r"|(?:释疑|答疑)解惑"
       # (受理网上信访及地区网上信访 66 件: petitions sent online, messages of the public)
       # (not 公开县长信箱(网上信访)办件 18 件: a mailbox's gloss)
       r"|(?<!\()(?:受理|办理|处理)?(?:了)?(?:地区|各类|群众)?(?:网上|网络)信访(?:件|事项)?(?!\))"
       # (收到网站《在线咨询》栏目问题 13188 个: the questions asked in a column, not columns)
       r"|栏目(?:的)?(?:问题|提问|留言)"
       r"|(?:回复|答复)[^,;。\d]{0,16}?(?:问题|提问)"
       # (网上问政平台受理办结群众关注焦点问题 7 条: the public's questions settled)
       r"|(?:受理)?办结(?:了)?(?:群众|公众|网民|市民)(?:关注|关心|反映)?(?:的)?(?:焦点|热点|难点)?(?:问题|诉求)"
       # (通过热线、网民留言等平台处理回复信息 371 条: the messages answered)
       r"|处理(?:并)?(?:回复|答复)(?:\p{Han}{0,4}?)信息"
       # 在线服务 20 余人次, 办理群工系统信访事项 126 件, 处理网上投诉件 36 只, 回复议政网网帖 211 篇
       r"|(?:提供)?在线服务|(?:办理|处理|答复|回复)(?:\p{Han}{0,6}?)信访(?:事项|件|案件)|信访(?:事项|件|案件)"
       # (信访网络办理回复 26 件: petitions answered online)
       r"|信访(?:网络|网上|平台)?(?:办理)?(?:回复|答复|办结)"
       # 现场接待 133 人次, 接访共计 3000 余人次 (enquiries in person, not readers: 接待…查阅 is reading_visitors)
       r"|(?<!查阅点|查阅室|查询点|查阅场所)(?:现场)?接待(?:人数|群众|来访)?(?!\p{Han}{0,4}(?:查阅|查询))|接访"
       # (共受理投诉 67 件: complaints taken in, messages)
       # (受理办理安全生产举报件 4 件: reports taken in, named as such)
       r"|(?:网上|网络|群众)?投诉件|(?:受理|办理|处理)(?:办理)?(?:了)?(?:各类)?(?:群众)?\p{Han}{0,6}?(?:投诉(?:举报)?|举报件)(?!\p{Han}{0,2}(?:渠道|平台|电话|热线|机制|制度|信箱))|(?:转发)?(?:回复|答复)(?:\p{Han}{0,6}?)网帖"
       # 处理网上投诉 116 件, 网上投诉和建议 32 件, 回复网上问政 19 个
       # (网络问政平台办件 2 件, 网络问政办件 2 条: the cases the public raised on the forum, handled)
       r"|(?:网上|网络)投诉(?:和|及)?(?:建议)?|网上问政(?:留言|信件)?|网络问政(?:平台)?(?:留言|信件|办件)|网络问政平台"),
    # 共收到 1781 条市长热线和 11 条市长信箱: the cases counted before the hotline or the mailbox
    _p(("hotline_cases", CASES), r"(?:市长|便民|政务服务|便民服务|12345)(?:热线)(?:工单|来电)?|\d{5}(?:政务服务)?热线", side="after_near"),
    _p(("messages_handled", CASES), r"(?:书记|县长|市长|区长|镇长|乡长|局长|主任|厅长|省长|领导)信箱(?:来信|信件)?",
       side="after_near"),
    # (全年共发布 221 条回应关切信息: the responses published, counted before them)
    _p(("hot_topics_responded", frozenset({"条", "篇", "次"})), r"回应(?:社会|群众|公众)?关切(?:类)?(?:信息)?(?!栏目|专栏)",
       side="after_near"),
    # (发布多角度、多样化解读 93 篇: interpretations in several forms, published)
    _p(("policy_interpretations", ITEMS), r"(?:发布|推出|制作)(?:了)?(?:多角度|多样化|多元化|多形式|多种形式)[\p{Han}、]{0,8}?解读(?!率|工作|培训)"),
    _p(("hot_topics_responded", frozenset({"次", "条", "个", "件", "项", "篇"})),
       r"(?:回应|答复|回复)(?:了)?(?:各类)?(?:网络|社会|群众|公众|网民|民众)?(?:关切|关注|热点|舆情){1,2}"
       # (回应网络舆情和群众关切问题共计 1800 件: two kinds answered together)
       # (not 回应关切栏目 16 条 in a list of columns: the column's items)
       # (发布回应关切类信息 13 条: the responses published, named as a kind)
       r"(?:(?:和|及|、)(?:网络|社会|群众|公众|民众)?(?:关切|关注|热点|舆情){1,2})?(?:类)?(?:问题|事项|信息)?(?!栏目|专栏)"
       r"|热点回应|舆情回应"
       # (发布主动回应 114 条: responses published)
       r"|(?:发布)?主动回应(?:信息)?"
       r"|热点(?:问题)?(?:解答|回应)|(?:协调)?(?:处置|处理|应对)(?:\p{Han}{0,4}?)舆情"
       # (开展网络舆情处置和回应 664 次: the opinion handled and answered)
       r"|(?:网络)?舆情(?:的)?(?:处置|处理)(?:和|及|与)?(?:回应|应对)"
       # 通过微信回应事件 1 次, 其他方式回应事件数 1 次
       r"|回应(?:热点)?事件(?:数)?|回应信息"
       # (更新在线访谈 5 条,发布热点关切 10 条: the concerns answered, published)
       r"|(?:发布)?热点关切(?:回应)?(?:信息)?"),
    # (“政府公开日”活动 10 次: the open day called a disclosure day)
    # (开展了形式多样的政府开放活动 14 场: the open days named as the activity)
    _p(("open_days", EVENTS), r"(?:政府|政务)?开放(?:日|月|周)(?:活动)?|政府公开日(?:”)?(?:活动)?|(?:政府|政务)开放活动"),
    # (2 次政府开放月活动: an open month counted as the open days it holds)
    # (组织 1 次“政府开放日”活动: the name quoted after its number)
    _p(("open_days", EVENTS), r"[“\"]?(?:\p{Han}{0,8}?)(?:政府|政务)?开放(?:日|月|周)[”\"]?(?:活动)?", side="after"),
    # -- publication
    _p(("policy_interpretations", ITEMS),
       r"(?P<cat>文字|图文|图片|图解|视频|动漫|音频|专家|H5|新闻发布会)解读(?:稿件|文章|材料|信息|产品)?", category="match"),
    # 制作图解 8 期, 推出一图读懂 5 期: an interpretation in pictures
    # (制作县政府常务会议图解 15 期: what is explained may stand between)
    _p(("policy_interpretations", ITEMS), r"(?:制作|发布|推出|编发)(?:了)?(?:政策|(?:(?!解读)\p{Han}){0,8}?)(?P<cat>图解|一图读懂|长图|动漫|短视频解读)",
       category="cat"),
    _p(("policy_interpretations", ITEMS), r"(?:政策)?(?:简明)?(?P<cat>问答图解)", category="cat"),
    # 2 篇政策简明问答图解: the number before the pictures
    _p(("policy_interpretations", ITEMS), r"(?:政策)?(?:简明)?(?P<cat>问答图解|图解)", side="after_near", category="cat"),
    # (共发布 4 条政策解读信息: the interpretations, counted before them)
    # (推出 38 篇政策解读推文: posts that interpret)
    # (发布 14 条解读内容: its contents counted before it; 发布 14 条政策解读。 the bare noun ending the sentence —
    # not 其中包括 1 条政策解读,5 条工作方案…: one kind in a list of documents)
    # (撰写 2 篇文字解读材料: the form named before the noun)
    _p(("policy_interpretations", ITEMS), r"(?:政策|文字|图文|视频|音频|图解)?解读(?:信息|材料|文章|稿件|推文|内容|产品)|(?:政策)?解读(?=[。;]|$)",
       side="after_near"),
    # (制作 3 件本单位政策解读,…: made by the body, counted between the verb and the noun)
    _p(("policy_interpretations", ITEMS),
       r"(?<=(?:制作|撰写|编写|编制|推出|起草)(?:了)?\s?\d+\s?(?:件|条|篇|期|份)\s?)(?:本单位|本局|本部门|本机关|我局)?(?:的)?(?:政策)?解读",
       side="after_near"),
    # (开展 4 次政策解读: the interpretations given, counted before them; not a training on them)
    _p(("policy_interpretations", frozenset({"次", "场"})), r"政策解读(?!工作|培训|会议|专题|业务|知识|率)", side="after_near"),
    # 政策图解 40 篇: pictures explaining policies, without a verb
    # (…政策解读 14 条,图解 7 条: bare, as a kind in a list — eleven dev and dev2 figures, all interpretations)
    # (…负责人解读 4 条、一图读懂 40 条: the picture explainer as a kind in a list, likewise)
    _p(("policy_interpretations", ITEMS), r"(?:政策|会议|文件)?(?P<cat>图解|一图读懂)(?!解读)(?:信息)?", category="cat"),
    # (解读政策信息 17 条, 解读回应政策信息 24 条: the interpretations, as information)
    _p(("policy_interpretations", ITEMS), r"解读(?:了)?[^,;。\d]{0,8}?(?:政策|文件)(?:文件|信息)?"),
    # 政策解读和图解政策 34 条: coordinated interpretation nouns share the number
    _p(("policy_interpretations", ITEMS),
       r"(?:发布|推送|开展|制作|编发)?(?:了)?(?:政策)?解读(?:和|及|与|、)(?:图解|图文|视频|文字|动漫|专家)(?:政策)?(?:解读)?"),
    # (审计公告和解读 6 条: notices with their interpretations, items of both kinds)
    # (办事指南及政策解读 42 条, 统计数据及解读 1 条, 法规文件及解读 2 条: another kind with its interpretations, one
    # label — items, as the annotated pages read them; 政策文件及解读 stays documents, below)
    # (街道会议及会议解读 6 条, 部门政府信息公开年报及文字解读 2 条: meetings or annual reports with theirs)
    _p(("items_published", PUBLISHED),
       r"(?:发布|公开|公布)?(?:了)?(?P<cat>\p{Han}{0,8}?(?:公告|通知|公示|报告|动态|指南|数据|法规文件|会议|年报)(?:和|及|与)"
       r"(?:政策|会议|文字|图文|相关)?解读)(?:信息)?",
       category="cat"),
    # (not 数据解读信息 89 篇: data explained, items; 统计解读 likewise)
    _p(("policy_interpretations", ITEMS),
       r"(?:发布|推送|开展|制作|编发)?(?:了)?(?:政策)?(?<!数据|统计)解读(?:(?:及|和|与)?回应(?:类)?信息|稿件|文章|材料|信息|产品|类信息|文件)?"
       r"(?:(?:发布|推送)(?:了)?(?:信息|稿件|文章)?)?(?!率|比例)"
       # (解读回应信息 469 条, 解读及回应信息 110 条: one count, read as interpretations; 政策问答 348 条: questions
       # on policy answered, an interpretation)
       r"|(?:发布|整理发布)?政策(?:简明)?问答(?!率|库)"),
    _p(("press_conferences", EVENTS), r"新闻发布会|发布会|新闻通气会|媒体通气会|吹风会|新闻发布活动"),
    # (在线访谈 2 个、新闻发布 3 个: the conferences named by the act, counted as events; 新闻发布 2 条: items)
    _p((("press_conferences", EVENTS - {None}), ("items_published", frozenset({"条", "篇", None}))), r"新闻发布\s?\Z"),
    # (访谈 3 条 in a list of what was posted: the label names what is counted, ANNOTATION.md; not 政务访谈信息 3 条)
    _p(("online_interviews", EVENTS | {"条"}), r"(?:在线|网上|网络)?访谈(?:节目|活动)?(?!信息)"
       # (主要领导参加弥勒热线 1 次, 走进政风行风热线 3 期: on air answering the public, as an interview)
       r"|(?:参加|参与|走进|做客|上线)(?:了)?[^,;。\d]{0,8}?热线(?:节目|直播)?"
       # (参加政行风热线 2 次、网络问政 1 次: on-line questioning sessions, as an interview)
       r"|网络问政(?:活动|节目|直播)?(?!平台|留言|信件|办件|问题|事项|栏目|直通车|回应|回复)"
       # (举办行风在线活动 2 次: the broadcast answering the public)
       r"|(?:政风)?行风在线(?:活动|节目|直播)?"),
    _p(("consultations", EVENTS | {"篇", "条"}), r"草案征集|征集草案|调查征集"),
    _p(("consultations", EVENTS | {"篇", "条", "件"}),
       # (意见征集信息 8 条: the consultations, as a kind of item published, ANNOTATION.md)
       # (not 意见征集反馈 5 条: the feedback published on them, items)
       r"(?:公开)?(?:意见征集|征求意见|征集意见|民意征集|征集调查|调查征集|意见征询|网上调查|在线调查|网络调查|问卷调查)(?!反馈)(?:活动|类信息|信息)?"
       r"|(?:公开)?征求(?:\p{Han}{1,6}?)意见(?:建议)?|(?:网络|网上|在线)征集(?:意见)?"),
    # 开展 8 期重大行政决策意见征集: the consultations, counted before them
    # (围绕政策措施征集网民意见 7 次: consultations held, counted in times; in 条 they are the comments)
    # (征集 2022 年市政府工作报告意见 101 条: in 条 the comments collected; 赴基层征求市政府工作报告建议 4 次:
    # consultations held)
    _p((("consultations", EVENTS), ("consultation_comments", frozenset({"条", "件", "份"}))),
       r"征集(?:了)?(?:(?:19|20)\d{2}年(?:度)?)?\p{Han}{1,12}?意见(?:建议)?|征求(?:\p{Han}{1,10}?)建议"),
    # (开展 2 期征集调查: the consultations counted before their noun; not in 条: 发布 2 条意见征集信息 read so on one
    # dev2 page lowered the held-out pages' figures — a count in 条 before such words is often the items of a list)
    _p(("consultations", EVENTS),
       r"(?:[^,;。\d]{0,10}?)(?:意见征集|征求意见|民意征集|问卷调查|征集调查)(?:活动|信息)?(?!\p{Han}{0,2}(?:意见|建议))",
       side="after_near"),
    # (全年共 16 个文件征集反馈公众意见: the documents put out for comment, counted before them)
    _p(("consultations", EVENTS | {"件", "份"}), r"(?:个|件|份)?(?:政策)?(?:文件|草案)(?:公开)?(?:征集|征求)(?:反馈)?(?:了)?(?:公众|社会|群众)?(?:的)?意见",
       side="after_near"),
    _p(("consultation_comments", frozenset({"条", "件", "个", "份", "项", None})),
       # (收集书面意见建议 16 条, 答复市民代表意见建议 17 项: the comments, however they came or were answered)
       r"(?:收到|收集|征集到|共收到|反馈)(?:了)?(?:各类|群众|社会公众|公众|书面|网上)?(?:的)?(?:公开)?(?:意见建议|意见和建议|意见|建议)"
       r"|答复(?:了)?\p{Han}{0,6}?意见建议"),
    # 共收集 4218 条反馈意见: the number before the comments, only after a word of collecting them
    _p(("consultation_comments", frozenset({"条", "件", "个", "份"})),
       r"(?<=(?:收到|收集|收集到|征集到|征集|汇总)(?:了)?(?:共|各类)?\s?[\d,.]+\s?(?:余|多)?\s?(?:条|件|个|份))"
       r"(?:的)?(?:群众|公众|社会各界)?(?:反馈)?(?:意见建议|意见和建议|反馈意见|意见|建议)", side="after_near"),
    _p((("gazette_issues", frozenset({"期", None})), ("gazette_copies", COPIES)),
       # (not 统计公报 / 普查公报 / 普查系列公报 10 份: statistical bulletins published, items)
       r"(?:编发|编印|出版|印发|印制|刊发|发行|制作|刊登|赠阅|发放)?(?:了)?(?:《[^》]{0,24})?(?<!统计|普查|系列)(?:公报|政报)》?"),
    # (印发 5 期《额济纳旗公报》: the issues counted before the gazette's name)
    # (编制发放四期 2000 余份《某区人民政府公报》: the issues, then the copies, before the name)
    _p((("gazette_issues", frozenset({"期"})), ("gazette_copies", COPIES)),
       r"(?:[\d,.]+\s?(?:余|多)?\s?(?:份|册|本))?《[^》]{0,24}?(?:公报|政报)》", side="after_near"),
    _p(("site_unique_visitors", VISITS),
       r"独立(?:用户|IP)?(?:访问|访客)?(?:用户)?(?:量|数|总数|人数)?(?:总)?|访客(?:数|量|人数)"
       # (总浏览次数 2912 万次,总浏览人数 2013 万人次: the people who looked, beside the views)
       r"|(?:总)?(?:浏览|访问)人数"),
    _p(("content_views", VISITS | {"万"}),
       r"阅读(?:总)?量|播放(?:总)?量|阅读(?:总)?(?:次数|人次)|点播量|(?:累计|总)(?:阅读|播放)"
       # 累计观看人数 787 万余人次, 共计阅览 2000 余万人次
       r"|观看(?:总)?(?:人数|人次|量|次数)|(?:累计|共计|总)?(?:观看|阅览)(?:量|人次)?"),
    # (专栏点击量为 745317 条: the clicks, whatever the unit written)
    _p(("site_visits", VISITS | {"条"}),
       # (网站点击率累计达到 16.397 万次: a count of clicks, whatever the page calls it; the units keep a rate out)
       r"(?:门户)?(?:网站)?(?:的)?(?:页面)?(?:总)?(?:访问量|浏览量|点击量|访问总量|访问人次|访问次数|浏览次数|浏览总量|点击次数|点击率)(?:总计|总数)?"
       # 公众浏览信息达 836285 次
       r"|(?:公众|网民|群众|社会公众)浏览(?:信息|网站|量)?(?:达|共)?"
       # (门户网站信息浏览约 430 万人次; …,浏览信息 2530000 余次 after an account: the reads, clause-first)
       r"|网站信息浏览(?:量)?(?:达|共|约)?|(?<=[,、])浏览信息(?:达|共|约)?"
       # (…公众号发文 256 篇,点击 13241 次: the clicks, a bare 点击 opening its clause)
       r"|(?<=[,、])点击(?:达|共)?"),
    # 实现全站 1671911 次点击量: the visits counted before their noun
    _p(("site_visits", VISITS), r"(?:的)?(?:点击量|访问量|浏览量)", side="after_near"),
    # (订阅用户数增至 4963, 用户量达到 1 万余人, 年末用户数突破 900 人, 订阅 19610 个 after an account's posts)
    _p(("new_media_followers", PEOPLE | {"个", None}),
       # (“某某”微信公众号订阅 1900 余人次: an account's subscribers, the bare verb right after the account)
       r"粉丝(?:数|量|总数|人数)?|关注(?:人数|用户数|用户|量)|订阅(?:用户|人数|数|量)(?:数)?|(?<=公众号|微博|视频号)订阅"
       r"|(?<!注册|会员)用户(?:数|量|总数)(?!据)"
       # (蜜墩墩新增用户达 9561 人, 公众号共有注册用户 2868 人: an account's users, new or registered, in people)
       r"|新增(?:关注)?用户(?:数)?|(?<=(?:公众号|微信|微博|抖音|客户端|APP)(?:共有|累计)?)注册用户(?:数)?"),
    # (微信公众号关注 1000 人, 微博关注 6 万人: a bare 关注 right after the account, counted in people)
    _p(("new_media_followers", frozenset({"人"})), r"(?<=公众号|微信|微博|抖音|快手|视频号|头条号|客户端)关注(?:者)?(?:达|共)?"),
    # (推广“健康沙区”公众号,已有 6.0 万人关注: the people following, counted before the verb after an account)
    _p(("new_media_followers", frozenset({"人", "人次"})), r"关注(?=[,;。]|$)", side="after_near"),
    # (…发布信息 2560 条,订阅 19610 个: a bare 订阅 right before its number, the window's end)
    _p(("new_media_followers", frozenset({"个", "人"})), r"(?<=[,、])订阅\s?$"),
    _p(("new_media_accounts", ACCOUNTS), r"(?:政务)?新媒体(?:账号|帐号|平台)?|(?:关停|整合|注销)(?:了)?(?:\p{Han}{0,6})?(?:账号|帐号)|账号|帐号"
       # (认证微信 317 个,认证微博 94 个,移动客户端 61 个; 其中微信 3 个; 拥有微信平台公众号一个: accounts,
       # counted in 个 right after the channel's name; not 微信小程序,涵盖 34 个…, nor 官网和微信公众号两个主阵地)
       r"|(?:认证|开通|注册|开设|拥有)?(?<![和与及]|微信)(?:(?:移动)?客户端|微信(?:平台)?(?:公众号)?|微博|抖音号?|头条号|公众号)"
       r"(?=\s?$)"),
    # 27 个政务新媒体共转载…, 全区 25 个政务微博、微信等新媒体: the accounts counted before them
    _p(("new_media_accounts", frozenset({"个"})),
       r"(?:政务)?(?:新媒体|(?:微博|微信|抖音|头条号)(?:[、和及]\p{Han}{1,4}?)*(?:等)?(?:政务)?新媒体)"
       # (仅保留一个微信公众账号, 3 个政务微博账号: the accounts, counted before them)
       # (共有 3 个官方微信公众号: the official accounts)
       r"|(?:官方|政务)?(?:微信公众(?:账号|帐号|号)|微博(?:账号|帐号)|抖音(?:账号|帐号|号)|头条号|视频号)", side="after_near"),
    _p(("site_columns", COLUMNS), r"(?:专题)?(?:栏目|专栏)"),
    # 设置走进长安、新闻中心、政策解读、办事服务等页面 9 个: the pages are what is counted, not the last label
    _p(("site_columns", COLUMNS), r"等(?:一级|二级)?(?:页面|栏目|版块|板块)"),
    # 专题专栏维护数 16 条, 新开设专栏数量 2 条: a count of columns, in whatever unit
    _p(("site_columns", COLUMNS | {"条"}), r"(?:新开设|开设|新增)?(?:专题)?(?:栏目|专栏)(?:维护)?(?:数|数量|总数)"),
    # 新开设专题 5 个, 专题 67 个, 等 68 个专题: a website's special topics (not a topic of training)
    _p(("site_columns", COLUMNS), r"(?:新开设|开设|新增|制作)?(?:了)?专题(?!培训|讲座|会议|活动|学习|研究|调研|研讨|解读)"),
    # (开设…等 4 大专题, 新建 20 个特色专题: the kind of topic between)
    # (九大民生领域专题: the topics' field between)
    _p(("site_columns", COLUMNS), r"(?:个|项|大)?(?:特色|重点|热点|主题|(?:民生|重点)?领域)?专题(?!培训|讲座|会议|活动|学习|研究|调研|研讨|解读)",
       side="after_near"),
    # (等 13 个政府信息公开板块: what the columns are for between)
    # (8 个核心导航栏目, 下设 35 个子目录; not N 个方面…栏目, which the outline reading takes first)
    _p(("site_columns", COLUMNS), r"(?:个)?(?:政府信息公开|政务公开|信息公开)?(?:子|专题|重点|特色|主题|主要|一级|二级|三级|发布|核心导航|核心|导航)?"
       r"(?:栏目|专栏|版块|板块)|个?子目录|个?(?:一级|二级|三级)目录"
       # (9 个重点领域信息专栏: the columns of the key areas)
       r"|个?(?:重点领域|领域|主题)(?:信息|政务|政策)?(?:公开)?(?:专题)?(?:栏目|专栏)"
       # (…等 43 个主动公开信息专栏: the columns of what is made public)
       r"|个?主动公开(?:政府)?信息(?:栏目|专栏)"
       # (设置文字解读、政策图解、视频解读等三个分栏目: the sub-columns; 乡镇概况、工作信息等 3 个频道: a site's channels)
       r"|个?分栏目|个?(?:一级|二级)?频道",
       side="after_near"),
    _p(("reading_sites", PLACES), r"(?:政府信息)?(?:公开)?(?:查阅|查询)(?:服务)?(?:场所|点|室|窗口|中心)|查阅场所"),
    # 设立 1 个信息申请受理点
    # (1 个信息申请受理和公共查阅点: one place for both)
    # (not 5 个社区分别设立信息申请受理点: the number counts what comes before the verb)
    _p(("reading_sites", PLACES), r"(?:(?!分别|设立|设置|建立|开设)\p{Han}){0,10}?(?:查阅|查询|受理|申请)(?:服务)?(?:点|场所|室|窗口|中心)",
       side="after_near"),
    # 19 个政务公开专区: places where the public reads what is disclosed
    _p(("reading_sites", PLACES), r"(?:基层)?(?:政务公开|政府信息公开|信息公开)(?:体验)?专区", side="after_near"),
    # (政务公开专区…全年接待公众查询 35 人次: visitors at a reading site)
    # (接待各类来馆查档人员 412 人次: an archive's readers)
    _p(("reading_visitors", PEOPLE | {"次"}), r"(?:现场|纸质)?查阅(?:服务)?|接待(?:群众|公众)?(?:现场)?(?:查阅|查询)"
                                               r"|(?:接待)?(?:各类)?(?:来馆)?查档(?:利用)?(?:人员|群众|者)?"),
    _p(("public_enterprises", ORGS), r"公共企事业单位"),
    # (…公共企事业单位信息公开专题…,公开教育(6 个单位)、医疗卫生(15 个单位)…: the units of each field, in brackets after
    # it, in a sentence on the public enterprises)
    _p(("public_enterprises", ORGS), r"(?<=公共企事业单位[^。\n]{0,80}?(?:[、,;:]|公开))(?P<cat>\p{Han}{2,6})\(",
       category="cat"),
    # 将 67 家公共企事业单位纳入公开范围
    _p(("public_enterprises", ORGS), r"公共企事业单位", side="after_near"),
    # (行政确认事项 19 项, 其他行政权力事项 3 项, 一次办事项 67 项, 网上办事项 67 项: the catalogue of the
    # body's powers and services, each kind a count of matters)
    _p(("service_items", frozenset({"项", "个", "条"})), r"政务服务事项|服务事项|办事事项"
       r"|行政(?:确认|给付|奖励|征收|裁决)事项|(?:其他)?(?:行政)?权力事项|(?:一次|网上|掌上|马上|就近|不见面)办(?:理)?事项"
       # (一次办事项: 一次 is read as a count of its own first, so the wording starts after it)
       r"|(?<=一次)办(?:理)?事项"
       # (在…权力清单公开办事平台公开行政许可事项 32 项,行政处罚事项 709 项…: the kinds of power a catalogue
       # lists, not decisions published — 公开行政许可事项 N 项 alone stays licence_decisions, ANNOTATION.md)
       r"|" + _POWER_LIST_KIND),
    # (梳理出行政权力 64 项: the powers a list holds, counted in 项)
    _p(("service_items", frozenset({"项"})), r"(?<!运行|公开|其他)行政(?:权力|职权)(?!清单|事项)"),
    # (报送县新闻网站挂网信息 34 条; 被国家级网站采纳信息 18 条: items the outlet took)
    # (送交省政府信息公开办信息 100 份: the office named between, itself holding 信息)
    # (上报政务资讯 80 条: 资讯 as 信息)
    # (报送县区动态 204 篇, 报送高质量约稿 48 篇: reports and commissioned pieces sent up)
    # (not 报送发布信息 23 条,其中在市政府门户网站公开发布 11 条…: sent out to be published on the named
    # sites, the items published; 报送州委、州政府信息科各类信息 60 余条: the recipients listed;
    # not 向区政府网站报送信息公开 91 条: sent to the site and published there)
    # (报送县级新闻稿 208 次, 报送省级媒体新闻稿 37 次: news pieces sent up, counted by the times)
    _p(("items_submitted", frozenset({"次", "篇", "条"})), r"报送(?:了)?\p{Han}{0,6}?(?:新闻稿|通讯稿)"),
    # (not 采用视频解读…信息 14 件: a form used to interpret, below)
    _p(("items_submitted", ITEMS), r"(?:报送(?!发布|公开)|上报|被采用|采用(?!(?:文字|图文|图解|视频|音频|动漫|H5|专家)?解读))(?:了)?(?:\p{Han}{1,8}、)?(?:各类)?(?:\p{Han}{0,10}?)(?:信息|资讯)(?!科|处|公开)(?:稿件|简报)?|上稿"
       r"|报送(?:了)?\p{Han}{0,6}?(?:动态|约稿|稿件)"
       r"|送交\p{Han}{0,12}信息"
       # (全年对上对外投稿 200 余篇: pieces sent to the bodies above and to the media)
       r"|(?:对上|对外|向上级|向媒体){1,2}(?:共)?投稿"
       # (全年共向旗委、政府和盟教体局编发信息 147 条: written for the bodies above, sent up; not 编发信息 on its own)
       r"|(?<=向(?:(?!网站|网|平台|公众号|媒体)[^,;。\d]){1,20}?)编发(?:了)?(?:各类)?(?:信息|简报|专报)"
       # (报送…等各类信息采用 534 条, 信息被采用 45 条: the items sent up and taken by the receiving site)
       r"|(?:信息|稿件|简报)(?:被)?(?:上级)?采用(?:了)?"
       # (向市政府网站投递信息 499 条: sent to another body's site)
       # (not 向社会推送信息 40 余条: to the public is published)
       # (not 向省信用信息公示平台推送行政处罚公示信息 18 条: the decisions made public, named by their kind)
       # (not 向区人民政府网站推送信息 273 条: a department posting on the government portal that carries its column
       # publishes, as two annotated pages read it)
       r"|向(?!社会|公众|群众|市民|用户|粉丝|外界)\p{Han}{1,12}?(?:投递|(?<!网站|政府网|门户网)推送|报送)(?:了)?(?:各类)?"
       r"(?!\p{Han}{0,4}?(?:行政处罚|行政许可|双公示))(?:\p{Han}{0,6}?)(?:信息|稿件)(?!公开)"
       r"|(?:被\p{Han}{0,8}?|(?:网站|媒体|平台))(?:采纳|采用)(?:了)?(?:各类)?信息"),
    # checked before publication, not published (对拟公开信息进行保密审查 1320 余条, 审核信息 1500 条)
    _p(("items_reviewed", REVIEWED),
       # (not …宅基地使用情况审核等信息公开 332 条: one topic of a list closed by 等)
       # (not 宅基地使用情况审核 2 条 in a list of kinds: the results about it published)
       # (审核全市各单位信息 6000 余条: whose items, named between)
       r"(?:保密|合法性)?(?<!情况)(?:审查|审核)(?!等)(?:了)?(?:全市|全区|全县)?(?:各单位|各部门)?(?:拟公开|拟发布|待发布|各类)?(?:的)?(?:政府|政务)?"
       r"(?:信息|稿件|内容)?"),
    _p(("documents_published", frozenset({"件", "份", "个", "篇", "条", None})),
       # (区政府(政府办)文件共 36 个: the issuer's office named in a bracket)
       r"(?:补发(?:之前|以前)?(?:的)?)?(?:政策性?|政府|政务|红头)(?:\([^()\d,;。]{1,6}\))?文件(?:类)?(?:信息)?|补发(?:之前|以前)?(?:的)?文件"
       # (市政府公文 105 件, 主动公开的政府公文 1 件: official documents, as 文件)
       r"|(?:(?:市|县|区|州|省)?(?:人民)?政府)公文(?!类|处理|流转|办理|系统|运转|传输|交换)"
       r"|(?<!申请)(?:公开|发布|印发|公布)(?:了)?(?:各类)?文件"
       # (向省政府信息公开办送交备案 20 件: the documents sent to the disclosure office's reading room)
       r"|送交备案(?:文件)?(?:共)?"),
    # a category of published items that is documents (政策法规类信息 14 条, 法规公文 10 条, 文件类信息 31 条:
    # so both annotators of the real pages read them;
    # 政府档案 is how a Taiwan-word mirror writes 政府文件)
    _p(("documents_published", frozenset({"件", "份", "个", "篇", "条", None})),
       r"(?P<cat>(?:政策法规|法规文件|法规公文|政策公文|部门文件|其他公文|其它公文|(?:执行)?法规条例)类?|(?<!非)(?:文件类|公文类)|(?<=各类)公文(?=信息))"
       # (部门文件类(包括规章、规范性文件等)信息 0 条: what the kind holds, in a bracket before 信息)
       r"(?:\([^()\d]{1,20}\))?(?:的)?(?:政府)?(?:信息)?(?:公开)?"
       # (a Taiwan-word mirror writes 文件 as 档案: 市政府其他档案 93 件, 人事任免档案 142 件, 部门档案类信息 10 条)
       r"|(?P<cat>(?:(?:省|市|县|区)?(?:政府)?(?:其他|其它|人事任免|部门)|政府|政策)档案(?:类)?)(?:的)?(?:信息)?"
       # 政策规范性文件类信息 220 条: policy documents, not only the normative ones (a kind, with 类; the bare 政策规范性文件 2 条
       # is the normative documents, as two dev2 pages read it against none)
       r"|(?P<cat>政策(?:性)?规范性文件类)(?:的)?(?:信息)?",
       category="cat"),
    # (印发《…办法》《…办法》等五项重大涉农政策, 出台《…意见》等 9 个政策文件: documents named by their titles, then
    # counted as policies after 等; 发布《…办法》等科技政策 10 条: the same with the count last)
    _p(("documents_published", frozenset({"件", "份", "个", "条", "项", "部"})),
       r"(?<=》等\s?[\d一二三四五六七八九十百]+\s?(?:条|项|个|件|份|部))[^,;。\d《》]{0,6}?政策(?:文件|措施)?",
       side="after"),
    _p(("documents_published", frozenset({"件", "份", "个", "条", "项", "部"})),
       r"(?<=》)等[^,;。\d《》]{0,6}?(?:政策(?:文件|措施)?)"),
    # 公布〔白政办发〕105 件: documents named by their number series (发文字号)
    # (not 网站(含转发)319 条: a gloss saying the count includes what was forwarded)
    _p(("documents_published", frozenset({"件", "份", "个", "篇", "条"})),
       r"(?:(?:主动)?(?:公开|公布|发布|印发|制发)(?:了)?)?[〔\[(](?!含|包括|包含)[^〔〕\[\]()\d,;。]{1,8}(?<!转)发[〕\])](?:文件)?"),
    # 我委备案公文 136 件,主动公开 136 件 / 制发公文类政府信息 64 件,通过…目录主动公开 24 件: published, with no
    # noun of its own, right after a count of the documents made: those documents
    _p(("documents_published", frozenset({"件", "份"})),
       r"(?<=(?:公文|发文|文件)(?:类)?(?:政府信息)?\d{1,5}(?:件|份)[,;](?:其中[^,;。]{0,20}[,;])?"
       # (the number right after the verb, no noun between: 主动公开市政府常务会议 13 次 is the meetings made public)
       r"(?:通过[^,;。]{0,24}?)?)(?:主动)?公开(?:了)?\s?$"),
    # (the mirror's 行政规范性档案 43 件: the normative documents)
    _p(("normative_documents_issued", _DOC_UNITS), r"(?:行政)?规范性档案"),
    # 发布州政府和州政府办公室文件 38 件, 环评批复文件 31 条: any documents named right before the number
    # (a wording that starts earlier, 规范性文件, wins by starting first; 公开招标采购文件 2 个 in 个)
    _p(("documents_published", frozenset({"件", "份", "条", "篇", "个", None})),
       # (…年报以及办事处文件等内容 8 条: kinds of items summed, not documents)
       # (累计主动公开各类信息文件 150 余件: information of every kind, items — as three dev2 pages read it)
       r"(?<!性|依申请公开|申请公开|信息)文件(?!类|解读|精神|要求|规定|资料|等)"),
    # 1 件规范性文件: the normative documents, counted before them
    # (对 5 件重要政策文件进行了政策解读: the interpretations, one a document, said after the documents)
    _p(("policy_interpretations", frozenset({"件", "份", "个", "篇", "条"})),
       # (对 2 条信息进行解读: the information interpreted)
       # (对 40 件重要文件进行多角度解读: the manner between)
       r"[^,;。、\d\s()]{0,10}?(?:政策|文件|信息)(?:文件)?进行(?:了)?(?:多角度|多形式|多维度|全方位|深度|权威)?(?:的)?(?:政策)?(?:解读|图解)",
       side="after_near"),
    _p(("normative_documents_issued", frozenset({"件", "份", "个", "篇", "条"})), r"(?:行政)?规范性文件(?!库|类|解读|清理|备案)",
       side="after_near"),
    # (应急预案栏目公开 3 项预案印发的通知, 发布 10 条…分析报告的通知: notices, documents, named after their number)
    _p(("documents_published", frozenset({"件", "份", "条", "篇", "项", "个"})), r"[^,;。、\d\s()]{1,24}?的通知(?!公告)",
       side="after_near"),
    # 15 条政府文件, 7 条乡镇建设相关的文件: the number before the documents
    # (not 法定主动公开 35 条(其中政策文件 6 条…: a bracket opens the number's parts, not its noun)
    _p(("documents_published", frozenset({"件", "份", "条", "篇"})), r"[^,;。、\d\s()]{0,10}?(?:的)?文件(?!类)",
       side="after_near"),
    # 发布政策 24 条 (a verb makes 政策 N 条 a count, not a policy's name); 动态更新文件 2000 余份
    # (not 转发…重要政策资讯 268 条, 发布政策信息 3 条: news and items about policies, not the policies)
    _p(("documents_published", frozenset({"件", "份", "个", "篇", "条", None})),
       # (公开疫情防控重要政策措施 245 条: the measures a policy sets, documents too)
       r"(?:主动)?(?:发布|公开|公布|出台|印发|制定|转发)(?:了)?\p{Han}{0,8}?政策(?:措施|举措)?(?!解读|文件|性|资讯|信息|动态|新闻|宣传|法规)"),
    _p(("documents_published", frozenset({"件", "份", "个", "篇", "条", None})),
       r"(?P<cat>动态更新|更新|上传)(?:了)?(?:各类|相关)?文件", category="cat"),
    _p(("documents_published", frozenset({"件", "份", "个", "篇", "条", None})),
       # (其他一般性文件 72 件 beside 规范性文件 3 件: the documents that are not normative)
       r"(?P<cat>(?:人事任免|任免|其他|其它|部门|重要|会议|通知类?|财政|规划|工作|(?:其他|其它)?一般性)文件"
       # (其中政府发文 6 条,网站信息 516 条: the documents the body sent out)
       r"|(?:政府|部门|机关|本级|单位)发文(?!字号|单位|机关))", category="cat"),
    # -- training, inspection, staff
    # (开展培训 12 场,覆盖…工作人员超 600 人次: the people a training reached)
    _p(("training_attendance", PEOPLE), r"参训(?:人员|人数|干部)?|受训|培训(?:人员|干部|人数)"
       r"|(?<=培训[^。;]{0,16})覆盖[^,;。\d]{0,20}?(?:人员|干部|同志|职工)"),
    # (组织…办公室 4 名干部开展政府信息公开工作业务培训: the people trained, counted before them — no staff)
    # (对全省 100 余名信息员进行培训: trained, with 进行 after them)
    _p(("training_attendance", PEOPLE), r"(?:干部|人员|工作人员|同志|职工|信息员|联络员)(?:开展|接受|进行)(?:了)?[^,;。\d]{0,20}?培训",
       side="after_near"),
    # (组织…负责人参加业务培训 2 次: the trainings taken part in, in 次; in people, those who took part)
    _p((("trainings", EVENTS), ("training_attendance", PEOPLE)), r"参加(?:了)?(?:\p{Han}{0,6})?培训"),
    # (举办政策解读专题辅导讲评会 6 场: coaching sessions, trainings by another name)
    # (开展《条例》专题学习 2 次: study sessions on the rules, trainings; 开展《政府信息公开条例》学习 1 次 the same)
    _p((("trainings", EVENTS), ("training_attendance", PEOPLE)),
       r"(?:业务|专题|专项|集中|政务公开)?培训(?:班|会议|会|活动|课)?|(?:专题)?(?:辅导讲评|辅导|讲评)会|(?:专题|集中)学习(?:会)?"
       r"|(?<=《[^》]{1,20}》)(?:专题)?学习"),
    _p((("trainings", EVENTS), ("training_attendance", PEOPLE)), r"(?:[\p{Han}《》“”]{0,14}?)培训(?:班|会|活动)?", side="after"),
    # (组织了 3 次涵盖政策解读、新媒体应用…的专业培训: what it covered listed between, closed by 的)
    _p((("trainings", EVENTS),), r"(?:涵盖|围绕|包括|聚焦)[\p{Han}、《》“”]{2,30}?的(?:专业|专题|业务)?培训", side="after"),
    # (62 个单位 189 人参加的 2019 年度…业务培训: the year of the training between)
    _p(("training_attendance", PEOPLE),
       # (36 个部门 50 余人参加了政务公开和政府信息公开工作专题培训: the training named at length)
       r"(?:\p{Han}{0,4}?)(?:参加|参与)(?:了)?(?:的)?(?:(?:19|20)\d{2}年(?:度)?)?(?:\p{Han}{0,20}?)(?:培训|学习)", side="after"),
    # (全年共计巡网 30 余次: the site's columns checked)
    _p(("inspections", frozenset({"次", "轮", "期", "批", "批次", "轮次", None})), r"(?:全覆盖|专项|定期|日常|台账)?(?:检查|抽查|巡查|督查|测评|监测|自查|排查)"
       # (组织考评市政府各部门信息公开工作 1 次: the departments' work assessed)
       # (开展年内专项监督评估 6 次: reviews of the work, as checks)
       r"|巡网|巡查网站|(?:组织|开展)(?:了)?(?:年度|专项)?考评|(?:年内)?(?:专项)?监督评估"
       # (加强工作督导 2 轮次: supervision visits, as 督查)
       r"|督导(?!员|组)"),
    # (共制定双随机抽查任务 4077 个: the spot checks set, counted as tasks)
    _p(("inspections", frozenset({"个", "项", "次"})), r"(?:“?双随机(?:、一公开)?”?)?(?:联合)?(?:抽查|检查)任务"),
    # (2025 年行政检查 13 件,巡查巡检 703 件: the checks made, counted as cases)
    _p(("inspections", frozenset({"件", "次", "轮", "批", "批次", "轮次"})), r"(?:开展|实施)?(?:了)?(?P<cat>行政检查|执法检查|巡查巡检)(?!事项|类|信息|结果)(?:共)?",
       category="cat"),
    # (开展 4 次“双随机”检查: the kind quoted before the checks; 共 1964 批次的食品安全抽检信息: the samples tested)
    _p(("inspections", frozenset({"次", "轮", "期", "批", "批次", "轮次"})), r"(?:“[^”]{1,10}”)?(?:\p{Han}{0,14}?)(?:检查|抽查|巡查|督查|测评|抽检)",
       side="after"),
    # (11 期“在线访谈”和 29 场“新闻发布会”: the name quoted after its number)
    _p((("press_conferences", EVENTS),), r"[“\"]?(?:\p{Han}{0,10}?)(?:新闻发布会|发布会|吹风会|通气会|新闻发布活动)", side="after"),
    _p((("online_interviews", EVENTS),), r"[“\"]?(?:\p{Han}{0,10}?)访谈", side="after"),
    _p(("staff", frozenset({"名", "人", "位"})),
       # (其中全职 2 人,兼职 4 人: the kind alone before its number)
       # (落实了信息维护人员 1 名: the people who keep the site, by their duty)
       # (安排业务人员 2 名: the staff by their work)
       r"(?P<cat>(?:专职|兼职|全职|专\(兼\)职)?(?:工作人员|信息员|联络员|管理员|专人|组长|副组长|(?:信息)?维护人员|业务人员)|(?:专职|兼职|全职)(?:人员)?)"
       # (局办公室负责…工作,从事人员 1 人)
       r"|从事人员", category="cat"),
    # 确定 1 名同志具体负责, 配备 2 名专职工作人员: the number before the noun
    _p(("staff", frozenset({"名", "人", "位"})),
       # (3 名兼职工作人员: the kind of post is the label, as the pages give it)
       r"(?P<cat>(?:专职|兼职|专兼职|全职|专\(兼\)职)(?:同志|工作人员|信息员|联络员|管理员|专人|人员|干部))(?!参加|参训|参与|次)"
       r"|\p{Han}{0,6}?(?:专职|兼职|专兼职|全职|专\(兼\)职)?(?:同志|工作人员|信息员|联络员|管理员|咨询员|专人|人员|干部|专干)(?!参加|参训|参与|次|(?:开展|接受)(?:了)?[^,;。\d]{0,20}?培训)"
       # (配备了 3 名专职和 2 名兼职工作人员: the kind alone before its coordinated twin)
       r"|(?P<cat>专职|兼职)(?=和|及|与|、)"
       # (配备了 1 名教育政务信息公开工作专职干部: the post described before its kind)
       r"|\p{Han}{0,14}?(?:专职|兼职)(?:干部|人员|工作人员)"
       # (配备了 1 名教育政务信息公开工作干部: the post described by the work, without 专职)
       r"|\p{Han}{0,12}?(?:公开|政务)工作(?:干部|人员)"
       # (指派一名政府信息工作经验丰富人员负责…: a longer description before the duty)
       r"|\p{Han}{0,14}?(?:人员|同志|干部|大学生|公务员)(?:专人)?(?=负责|专门负责|具体负责)"
       # 由 1 名副职领导分管政府信息公开工作: the leader in charge is staff too
       # (明确由 1 名分管领导和 1 名工作人员负责: the leader coordinated with the staff who do it)
       # (明确一名分管领导,一名工作人员…: the leader named alone in the clause)
       # (由一名政府领导班子成员专门负责政务公开工作: a member of the body's leadership, in charge)
       # (由一名分管领导总体抓, 明确一名处级领导全面负责: the leader in charge, whatever the verb's adverb)
       r"|(?:分管|副职|主要|主管|处级|科级)领导(?:同志)?(?=(?:全面|总体|共同)?(?:分管|负责|主抓|抓)|具体|统筹|和|及|与|、|[,;。])"
       r"|(?:(?:政府|局|委)?领导)?班子成员(?=分管|负责|主抓|专门负责|具体负责)"
       # (1 名局领导分管信息公开工作: a leader of the body, by the body's own word)
       r"|(?:局|委|办|厅|镇|乡|街道|中心)领导(?=(?:全面|总体|共同|具体)?(?:分管|负责|主抓))"
       # 由 1 人专门负责此项工作, 由一名副主任领导
       # (指定 2 人(兼职)负责日常的政府信息公开工作: the kind in a bracket before the duty)
       r"|(?<=人|名)(?:\((?:专职|兼职|专兼职|全职)\))?(?=专门负责|具体负责|专职负责|负责此项|负责该项|负责日常|负责(?:政府|政务)?信息公开"
       r"|从事(?:政府|政务)?(?:信息|资讯)?公开)"
       # 由一名市政府副秘书长分管: the office's own leader, named with the government before him
       # (…及一名办事处副主任共同分管, 由一名党工委副书记分管: a leader of the office or its party committee)
       r"|(?:(?:省|市|县|区|州|盟|旗)(?:人民)?政府|本局|局|办|办事处|党工委|党委|党组)?(?:副)?(?:主任|局长|处长|科长|乡长|镇长|县长|区长|主席|秘书长|书记)"
       # (由一名党工委副书记及一名办事处副主任具体负责: coordinated with another counted leader — the reading stops at
       # the next number, so the joining word ends it — and 具体负责)
       r"(?=领导|(?:共同|全面|总体|具体|专门)?(?:分管|负责|主抓)|(?:及|和|与|、)(?:一|两|二|\d{1,2})名|(?:及|和|与|、)$)"
       r"|(?:党委|党组)?委员(?=分管|负责|主抓)"
       # (明确一名责任人具体分管政府信息公开工作: the person answerable, named by the duty)
       r"|(?:具体)?责任人(?=具体|分管|负责|主抓|专门)",
       side="after_near", category="cat"),
    # (建立了 25 人的政府信息公开联络员队伍, 组建了 80 多人覆盖全区…的信息管理员队伍: the team's size)
    _p(("staff", frozenset({"名", "人", "位"})),
       r"[^,;。\d]{0,24}?的\p{Han}{0,16}?(?:联络员|信息员|管理员|工作人员)队伍", side="after"),
    # 推动 40 家市直部门, 68 个部门及 221 家所属单位, 36 个部门 50 余人参加培训 (the 36)
    # (a bare 单位 after N 家 is whatever the sentence named: 公共企事业单位…覆盖 68 家单位)
    _p(("departments", ORGS),
       r"(?:市直|区直|县直|省直|市级|区级|县级|省级|政府|成员|所属|下属|相关|重点)(?:部门|单位|机关)"
       r"|\p{Han}{0,10}?(?:部门|机关)|(?:乡镇|街道(?:办事处)?)(?!便民|服务|政务|中心|综合)|地州市|市州"
       # 组织 46 个单位参加培训: a bare 单位 only as the subject of what they did
       r"|单位(?=参加|参与|开展|完成|报送|按时|均|中[,，]|的网站|的年报|政府信息公开|政务公开|新开通|开通|预决算|预算|决算|召开|举办|设立|完善|修订|编制|制定|更新|专家"
       r"|动态更新|主动公开|\()|预算单位"
       # 18 个市县, 到全省 14 个市,: cities and counties as the bodies
       r"|市县(?:区)?|市(?=[,、。;]|中|开展|人民政府)"
       # 8 个业务科室, 全县 59 个公开主体, 14 个镇、街道, 11 个县市区, 16 家医疗卫生机构, 16 个区县分局,
       # 8 个隶属海关: the bodies by their own nouns
       r"|(?:业务|职能)?(?:科室|处室|股室)|(?:政府信息|政务|信息)?公开(?:责任)?(?:主体)?单位|公开主体|责任(?:主体)?单位|镇(?:、|和|及)?街道|镇街|乡镇街道"
       r"|区县|县市区|县(?:\((?:市|区|市、区)\)|市)?区|\p{Han}{0,8}?(?:机构|分局|医院)(?!\p{Han}{0,2}(?:改革|设置|职能))"
       # (13 个区、县(市)民政部门, 119 个县(市、区)人民政府, 8 个先进单位; not N 个社区: the annotators split on
       # it — a place's communities or the bodies at work — so it is left out, precision first)
       # (政府信息公开工作机构调整为 45 个行政单位)
       r"|区、县(?:\(市\))?|县\((?:市|区|市、区)\)(?=人民政府|政府|,|、)|先进单位|行政(?:事业)?单位"
       r"|(?:隶属|直属|所属|下属)\p{Han}{0,4}?(?:海关|分局|单位)",
       side="after_near"),
    # 参加单位 78 家, 涉及县直执法检查部门 22 家: the bodies named before their number
    _p(("departments", frozenset({"家", "个"})),
       r"(?:参加|参与|参会|涉及|覆盖)(?:\p{Han}{0,8}?)(?:部门|单位)"
       # (我镇应推行信息公开的镇属单位 27 个,已推行信息公开的单位有 27 个: the bodies the disclosure covers)
       r"|(?:推行|实行)\p{Han}{0,8}?公开的(?:(?:镇|乡|县|区|市|局)属)?单位"
       # (本级预算部门 87 个, 已批复决算部门 76 个: the bodies whose budgets are published)
       r"|(?:预算|决算|预决算)(?:部门|单位)(?:数|数量)?(?:为|共|达)?"
       # (我市共有政务公开责任单位 520 个: the bodies answerable for disclosure)
       r"|(?:政府信息|政务|信息)?公开(?:工作)?责任(?:主体)?单位(?:数|数量)?(?:为|共|达|有)?"),
    _p(("meetings", frozenset({"次", "场", "场次", "期"})),
       # (召开工作例会 3 次: the regular meetings)
       r"(?:召开|组织召开|举行|举办)(?:了)?(?:(?!培训|新闻|发布|听证)\p{Han}){0,14}?(?:会议|推进会|部署会|专题会|座谈会|调度会|工作会|例会)"),
    _p(("meetings", frozenset({"次", "场", "场次", "期"})),
       r"(?:\p{Han}{0,8}?)(?:专题会议|工作会议|推进会|部署会|专题会|座谈会|调度会)", side="after"),
    # (召开了 2 次政务公开工作领导小组成员会议, 召开 4 次局班子会专题研究: the body's own meetings, named after)
    _p(("meetings", frozenset({"次", "场"})),
       r"(?:\p{Han}{0,14}?)(?:领导小组(?:成员)?会议|班子会(?:议)?|局务会(?:议)?|党组会(?:议)?)", side="after"),
    # 全年党组会共听取并研究政务公开工作 2 次: the body's own meetings taking up the disclosure work
    _p(("meetings", frozenset({"次"})),
       r"(?:党组|党委|党工委|常务|办公|局务|委务|主任|班子)(?:会议?)(?:上)?(?:共|先后|专题|多次)?(?:听取|研究|部署|审议)(?:了)?"
       r"(?:并|和|、)?(?:听取|研究|部署|审议)?[^,;。\d]{0,10}?(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:汇报|情况)?"
       # (局主要领导听取政务公开工作情况汇报 1 次: the leaders hearing the work reported)
       r"|(?:主要|分管)?领导(?:班子)?(?:专题)?听取(?:了)?[^,;。\d]{0,6}?(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:情况)?汇报"
       # (主要领导同志年内听取工作汇报并部署推进措施 1 次, 主要领导专题听取并指导有关信息公开工作 2 次: the same hearing,
       # worded round the work)
       r"|(?:主要|分管)领导(?:同志)?(?:年内)?(?:专题)?听取(?:并(?:指导|研究|部署))?(?:了)?[^,;。\d]{0,12}?(?:工作)?(?:情况)?"
       r"(?:汇报(?:并(?:研究|部署|安排)[^,;。\d]{0,8})?|工作)"),
    # (开展就业社保“政策零距离、服务进万家”活动 2100 余场, 组织举办…的“政务公开在行动”政策宣传活动 1 次: an activity named
    # in quotes; first, as the words inside the quotes would end the others early)
    # (开展“政务公开主题日”活动 34 期: in issues too)
    _p(("events", frozenset({"次", "场", "场次", "期"})),
       r"(?:开展|举办|组织)(?:了)?(?:各类|各种|系列|多种)?[^,;。\d“]{0,16}?“(?:(?!培训|会议|开放|公开日|公开周|访谈|发布会|征集|直播|问政)[^”]){1,24}”"
       r"(?:(?!访谈|培训|开放|发布|会议|征集|直播)\p{Han}){0,4}?活动"),
    _p(("events", frozenset({"次", "场", "场次", "期"})),
       r"(?:(?:开展|举办|组织)(?:了)?(?:\p{Han}{0,8}?))?(?:宣传|宣讲|普法|主题|体验|互动|直播)(?:\p{Han}{0,4}?)活动"
       # (组织集中宣传 80 余次: campaigns held, named without 活动)
       r"|(?:开展|举办|组织)(?:了)?(?:集中|专题|主题)宣传"),
    # 全年党组会议专题研究政务公开工作 2 次
    _p(("meetings", frozenset({"次", "场", "场次"})),
       r"(?:党组|常务|专题|办公|局务|主任|领导小组)会议(?:专题)?(?:研究|部署|审议)[^,;。\d]{0,12}?"),
    # (政策解读 3 次,征集调查 1 次,政务公开座谈会 1 次: a meeting on the disclosure work named before its number)
    _p(("meetings", frozenset({"次", "场"})),
       r"(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:座谈会|推进会|部署会|调度会|专题会(?:议)?|工作会(?:议)?)(?:共)?"),
    # (局长办公会 5 次研究部署政务公开工作, 党组会 2 次专题研究: the body's own meeting named right before its number)
    _p(("meetings", frozenset({"次"})),
       r"(?:局长|主任|局务|委务|常务|班子)?办公会(?:议)?(?:共|先后)?|(?:党组|党委|党工委|局务|委务|班子)会(?:议)?(?:共|先后)?"),
    # (开展 24 场企业服务活动, …等 31 场政务公开活动: the kind of activity after the number)
    _p(("events", frozenset({"次", "场", "场次", "期"})),
       r"(?:\p{Han}{0,8}?)(?:宣传|宣讲|普法|主题|体验|互动|服务|政务公开)(?:\p{Han}{0,4}?)活动", side="after"),
    # 举办活动 1500 余场, 开展各类线上线下活动 496 场: activities held, in 场 (trainings, meetings, open days and
    # the named kinds above are read first)
    _p(("events", frozenset({"场", "场次"})),
       # (累计开展听需求、送政策公开活动 300 余场: a name of two phrases)
       r"(?:开展|举办|组织)(?:了)?(?:各类|各种|系列|多种)?(?:(?!培训|会议|开放日|开放月|开放周|开放活动|访谈|发布|讲座|说明会|宣讲|征集|直播|通气|吹风|行风在线|问政)[\p{Han}、]){0,12}?活动"
       # (开展直播、讲座等活动 30 余场: kinds listed and closed by 等, the activities counted)
       # (not 开展…网上调查等活动 6 次: the kinds another wording counts)
       r"|(?:开展|举办|组织)(?:了)?(?:(?!调查|征集|培训|会议|开放|访谈|发布)[\p{Han}、]){1,16}?等(?:各类|系列)?(?:线上线下)?活动"),
    # 开展法治讲座 165 场, 政策说明会 8 场 / 14 场政策说明会: events held, in 场
    _p(("events", frozenset({"场", "场次"})),
       # (开展政策宣讲 117 场: talks given, counted in 场)
       # (开展各类政策宣传辅导 18 场: sessions of guidance)
       r"(?:开展|举办|组织|召开)?(?:了)?(?:\p{Han}{0,8}?)(?:讲座|讲堂|说明会|宣讲会|宣讲|推介会|见面会|对接会|宣传辅导)(?!\p{Han})"),
    _p(("events", frozenset({"场", "场次"})), r"(?:\p{Han}{0,8}?)(?:讲座|说明会|宣讲会|推介会|见面会)", side="after"),
    # 主动公开市政府常务会议 13 次, 报道省政府常务会议 25 次, 公布…常务会议 27 次: the government's meetings made
    # public are items published (not meetings held on the disclosure work)
    _p(("items_published", PUBLISHED | {"次"}),
       r"(?:主动)?(?:公开|公布|报道|发布)(?:了)?(?P<cat>[^,;。\d]{0,12}?(?:常务会议|全体会议|常委会议|常务会|办公会议|重要会议|专题会议)(?:信息)?)",
       category="cat"),
    # (公开政策文件 36 件、政府全体会议 1 次、专题会议 11 次: the meetings go on the list of what was made public)
    _p(("items_published", PUBLISHED | {"次"}),
       r"(?<=[、,]|以及)(?P<cat>(?:(?:市|县|区|州|镇|乡)?政府)?(?:其他)?(?:全体会议|常务会议|专题会议|重要会议)(?:信息)?)", category="cat"),
    # 政策文件 17 件、重要会议 28 条、政策解读 26 篇: meetings counted in 条 are items about them
    _p(("items_published", frozenset({"条", "篇"})), r"(?P<cat>(?:重要|重大|政府|常务|全体)会议(?:信息)?)(?!\p{Han}{0,2}(?:图解|解读))",
       category="cat"),
    # (…;官方微信公众号发布信息 281 条;官方抖音 181 条: an account named alone before its posts)
    _p(("items_published", frozenset({"条", "篇"})),
       r"(?<=[;,、。:\n”]|^)(?:官方|政务)?(?:抖音|快手|视频号|头条号|微博|微信公众号|公众号)(?:账号|号)?(?=\s?$)", weak=True),
    # 乡级公示栏公示 85 次, 在公开栏公示村务财务信息 36 次: postings on a board, counted in 次
    _p(("items_published", PUBLISHED | {"次"}),
       r"(?:公开|公示|宣传|信息)栏(?:\p{Han}{0,4}?)(?:公示|公开|张贴|发布|更新)(?:了)?(?:[^,;。\d]{0,10}?)"),
    # 省委省政府联合发文 14 件, 共发文 2 则: the documents sent out (发文 as a noun, its number right after;
    # 政务新媒体发文 2300 条, 发文 709 篇 are posts)
    _p((("documents_published", frozenset({"件", "则", "份", "部"})), ("items_published", PUBLISHED)),
       r"(?:联合)?发文(?!\p{Han})"),
    # 共主动公开 158 份信息稿件, …等内容,共计 25 条信息: the number before the items (a generic noun: any specific
    # after-wording of the same number is tried first)
    # (not in 项 or 个: 七大类 48 项信息共 8989 条 counts kinds, 1 个信息咨询点 a place)
    _p(("items_published", frozenset({"条", "篇", "份", "则", "件"})),
       # (not 整改问题 3 条信息, 删除过期 12 条信息: items found in a check, as for the bare noun below)
       r"(?<!(?:抽查|检查|排查|梳理|整改|审核|删除|清理|核查|巡查|撤下|下架|问题|错敏|错误|敏感|过期|不规范|修正|纠正|更正|重复|退回"
       r"|屏蔽|发现)[^,;。\d]{0,8}\d{1,6}(?:\.\d+)?\s?[余多]?\s?(?:条|份|篇|件)?)"
       r"(?:各类|相关)?(?:政府|政务)?(?:信息稿件|信息(?!公开|员|化|中心|系统|技术|安全|共享|资源|管理|科|处|办|来源|线索|不|咨询|查阅|受理|点|栏|箱)|稿件)",
       side="after_near"),
    # -- generic publication wording (weak; a bare verb yields to specific wording in its clause)
    # (公开发布信息 63 次, 包括通知公告 5 次…: postings counted in 次 after the verb and its noun)
    _p(("items_published", PUBLISHED | {"次"}),
       # (通过各类新闻媒体刊播稿件一百余篇: carried by the media, with its noun)
       r"(?:主动)?(?:公开|发布|推送|发送|更新|发文|刊发|转载|公布|编发|张贴|公示|上传|推出|刊登|报道|刊播|播发|刊载)(?:了)?"
       # (刊登(播出)新闻 144 条: the broadcast said beside the print, in a bracket)
       r"(?:\((?:播出|播发|刊播)\))?"
       # (发布图片 50 幅: pictures posted are items, in their own unit)
       r"(?:各类|各项|相关)?(?:政府|政务)?(?:信息|动态|内容|稿件|文章|消息|新闻|短视频|视频|图文|图片|照片)(?!解读)", weak=True),
    _p(("items_published", frozenset({"条", "篇", "条次", "期", "则", "件", "万", None})),
       # (主流媒体刊播同城化专题新闻稿件 600 余篇: carried by the media, as with its noun above)
       r"(?:主动)?(?:公开|发布|推送|发送|更新|发文|推文|刊发|转载|公布|编发|张贴|公示|上传|推出|刊登|报道|发表(?!意见|看法|讲话|评论)|刊稿"
       r"|刊播|播发|刊载)(?:了)?", weak=True,
       bare_verb=True),
    # (门户网站总计发稿 5410 篇, 公众号发稿量 699 篇: the posts, as ten annotated figures read it)
    _p(("items_published", PUBLISHED), r"发稿(?:量|数|件数)?(?:总计|共计|共|达)?"),
    # the bare noun, unless what comes before makes it items found in a check (整改问题信息 12 条)
    _p(("items_published", PUBLISHED),
       r"(?<!抽查|检查|排查|梳理|整改|审核|删除|清理|核查|巡查|撤下|下架|问题|错敏|错误|敏感|过期|不规范|修正|纠正|更正|重复|退回|屏蔽)"
       r"(?:政府|政务)?信息(?:总数|总量|数量|条数)?"
       r"(?!中心|化|系统|员|技术|安全|共享|资源|科|处|办|管理)", weak=True),
)

#: after a count of cases: the applications counted again, answered, then their outcomes (64 件申请均在法定期限内予以
#: 答复,其中予以公开 30 件…; 受理的 40 件申请件已按规定…予以答复,其中) — the handled count the outcomes are parts of;
#: ``noun`` ends the figure's words (reaching past the clause's comma, which wordings after a number do not)
ANSWERED_WITH_OUTCOMES_AFTER = (r"(?P<noun>(?:政府信息公开|依申请公开)?申请(?:件)?)(?:均|已|全部|都)[^。;,]{0,24}?"
                                r"(?:答复|回复|办结)(?:完毕)?[,:]\s?其中")

#: words whose metric comes from the figure before them (its family): role -> wording
RELATIVE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("repealed", r"(?:清理)?废止(?:了)?"),
    ("invalidated", r"(?:宣布|已)?失效(?:了)?"),
    ("in_force", r"现行有效|继续有效|(?:继续)?保留"),
    ("issued", r"(?:新)?(?:制发|制定|出台)(?:了)?"),
    # (清理…保留 65 件、修改 7 件、废止 52 件: amended by the clean-up, a result of the review)
    ("revised", r"(?<=、|,|;)(?:修改|修订)(?:了)?\s?$"),
    # (判决驳回诉讼请求: the body won, as when its act is upheld)
    # (胜诉 2 起, 均胜诉: the body won, as when its act is upheld; not 胜诉率)
    # (驳回诉请的 2 件: the claim rejected, 诉请 short for 诉讼请求)
    ("upheld", r"(?:结果)?维持(?:原)?(?:行政行为|决定)?|(?:判决|裁定)?驳回(?:原告)?(?:的)?(?:诉讼请求|诉请|起诉|复议申请)?(?:的)?|胜诉(?!率)"),
    # (not 撤销复议: the one who asked withdrew it, below)
    ("corrected", r"(?:结果)?纠正|被纠错|纠错|被撤销|撤销(?!复议|诉讼|起诉)|败诉|被确认违法|确认违法"),
    ("other_result", r"其他结果"),
    # (…予以公开 4 件,部分公开 4 件,其他情况 1 件: after the applications' outcomes, the other handling)
    ("other_case", r"其他(?:处理)?情况"),
    # (行政诉讼案件 4 件,其中 1 件已撤回: withdrawn by the one who brought it, the other result)
    # (1 件经沟通解释后撤销复议: the review withdrawn)
    ("withdrawn", r"撤(?:回|诉)(?:起诉|申请)?|撤销(?:复议|诉讼|起诉)(?:申请)?"),
    # (行政复议 1 件,尚未办结 0 件: of a review, not the applications concluded)
    # (结果维持 3 件,结果纠正 1 件,正在复议 1 件: a review still under way)
    # (审结 2 件、0 件在审: a suit still being heard)
    ("pending", r"尚未审结|未审结|正在审理|审理中|尚未办结|正在(?:复议|诉讼)(?:中)?|在审(?!查|核|批|计|阅|议)"),
    ("accepted", r"受理(?:了)?"),
    # (发行 not inside 引发行政复议)
    # (not 共印发政府信息公开告知书 63 件: notices answering applications)
    ("copies", r"(?:共)?(?:印发|印制|发放|(?<!引)发行(?!政)|赠阅|寄送|免费发放)(?:了)?(?!\p{Han}{0,8}告知书)"),
    ("adopted", r"(?:采纳|吸收采纳)(?:了)?"),
    # 收到申请 11 件,上年结转 1 件,共办理 12 件: what was handled, of the applications before it
    # (not 共办理并答复…申请 3 件: a received-and-handled wording starts at the verb)
    # (not 累计办理申请 29 件: the applications' own wording, read from its verb)
    # (nor 累计办理各类投诉 231 件: a wording of its own follows; the role is the verb right before its number)
    # (wordings are read up to their number and no further: the window ends there, so "right before its
    # number" is the end of the window, $)
    ("handled", r"(?:共|合计|累计|总计)(?:办理|处理)(?:了)?\s?$"
     # (收到申请 19 条,及时回复 19 条: answered, of the applications before it)
     r"|(?:及时|按时|依法|均已|已)(?:回复|答复)(?:了)?\s?$"),
    # 收到 16 项,办理 15 项 (a bare 办理 only right before its number, :data:`RELATIVE_ADJACENT_ROLES`:
    # not 办理量不足 10 件)
    # (受理 1 件,上年结转 0 件,办件 0 件 / 回复处理 0 件: the applications dealt with)
    # (not 收到依申请公开办件 0 条: the case files received)
    # (收到…74 件,完成 72 件: the applications' answers, right before their number)
    ("handled_bare", r"办理(?:完成|完毕)?(?:了)?(?!量|率|时限|期限|结果)|(?<!公开|申请)办件|(?:回复|答复)处理"
                     # (收到申请 3 件,已完成 3 件: done, right before the number)
                     r"|(?<!未)完成(?:了)?(?!率|情况|时限|期限)"),
    # 专栏专题维护 3 个、新开设 2 个: more of what the figure before counts, opened this year
    # (专题专栏新开设 5 个,维护数量 13 个: the ones kept up too)
    ("opened", r"新(?:开设|增设|开通)(?:了)?|维护(?:数量|总数)?"),
)

#: roles whose word gives its metric only right before the number
RELATIVE_ADJACENT_ROLES = frozenset({"handled_bare", "opened", "other_case"})
#: roles whose word may also follow its number (发生行政复议 4 件,其中 3 件维持,1 件尚未审结)
RELATIVE_AFTER_ROLES: tuple[str, ...] = ("upheld", "corrected", "other_result", "pending", "withdrawn")
#: an outcome stated of every case right after their count (行政复议案件 1 件,为其他结果; 复议 1 项,
#: 由市政府复议,纳入结果纠正范围; 诉讼 2 件,均维持原判; 收到申请 26 件,均为不同意公开; 收到申请 3 项全部予以
#: 公开): the count's outcome too, on the same number. Not when the outcome has a number of its own
#: (复议 2 件,维持 1 件: that is a part). The totals whose outcomes are so said:
OUTCOME_OF_ALL_TOTALS = frozenset({"reconsiderations", "lawsuits", "applications_received", "applications_handled"})
#: the families whose outcomes so said are their relative words (:data:`RELATIVE_AFTER_ROLES`)
OUTCOME_OF_ALL_FAMILIES = frozenset({"reconsiderations", "lawsuits"})
#: what stands between the count and its outcome: nothing, or a comma and at most one clause
#: (收到申请 3 起,经核查均为不属于本机关负责公开的信息: how it was found between)
OUTCOME_OF_ALL_LEAD = (r"\s?(?:,\s?(?:[^,;。\d]{1,16}?,\s?)?)?(?:目前|现|现已|已经|经(?:核查|核实|审查|检索|查询))?"
                       r"(?:均已|均|已全部|全部|都|已)?"
                       # (收到申请 1 件,处理结果是不属于本行政机关负责公开: the outcome named as such)
                       r"(?:为|系|属于?|(?:处理)?结果(?:为|是)|被|纳入|予以|获)?")  # (行政诉讼 2 件,均获维持)
#: the applications' outcomes so said (reconsiderations and lawsuits take theirs from
#: :data:`RELATIVE_AFTER_ROLES`): metric -> wording, first match wins. Not their answer (收到申请 22 件,
#: 均已按时办结: the received count only, as the real pages read it); their disclosure (收到申请 4 件,均及时予以
#: 公开; 3 项全部予以公开) is granted, as five dev2 pages read it and none of the 1,040 rebuilt ones the other way
#: (stop 30; earlier pages had been read both ways); not a class of information
#: (依申请公开信息 0 条,不予公开信息…: the next part of a list, also when the page is cut inside 信息)
APPLICATION_OUTCOMES_OF_ALL: tuple[tuple[str, str], ...] = (
    ("applications_partial", r"部分公开(?!\s?(?:的)?(?:政府)?信)"),
    ("applications_denied", r"(?:不予公开|不同意公开)(?!\s?(?:的)?(?:政府)?信)"),
    # (收到申请 1 件,为本机关不掌握的信息: what the body does not hold, said of every case)
    ("applications_unavailable", rf"无法提供|{_NOT_THE_BODYS}|本(?:行政)?(?:机关|单位|部门)不掌握"),
    # (收到申请 1 件,已结转至 2026 年按期规范答复办结: into a named year, after the report's)
    ("applications_carried_forward", r"结转(?:至|到)?(?:下(?:一)?|次)年(?:度)?|结转(?:至|到)(?:19|20)\d{2}\s?年"),
    # (收到依申请公开信息 4 条,以其他处理方式解决: the table's other handling, said of all of them)
    ("applications_other", r"以其他(?:处理)?方式(?:解决|处理|办结)"),
    # (均已按规定及时予以公开; 均在规定时间内予以公开相关信息, 已依法进行答复并予以公开, 均予以邮寄公开: when and
    # how, as the stop-37 adjudication read three dev pages)
    # (均已按时受理并按规定予以公开答复: taken up, then disclosed)
    ("applications_granted", r"(?:(?:按时|及时)?(?:受理|办理)并)?"
                             r"(?:按(?:规定|要求)(?:及时)?|按期|按时|及时|依法|依规|按要求回复并|(?:依法)?(?:进行)?答复并"
                             r"|在(?:规定|法定)(?:的)?(?:时间|时限|期限)内(?:依法)?)?"
                             r"(?:予以(?:邮寄|书面|答复)?公开|同意公开)(?!\s?(?:的)?(?:政府)?信)"
                             # (收到…申请 1 件,已按时公开: disclosed in time)
                             r"|(?:按时|及时)公开(?!\s?(?:的)?(?:政府)?信|\p{Han})"
                             # (1 件属于已主动公开: the information was public already, its place given)
                             r"|已(?:经)?主动公开(?!\s?(?:的)?(?:政府)?信)"),
)
#: (收到 7 条申请…:2 条依申请公开,1 条部分公开,3 条…不予公开: a part named 依申请公开 followed by the other
#: outcomes is the information given, not one more application, as the annotators read it; the outcome after it
#: lies beyond the clause the after-wordings see)
#: a part of the applications named only by the disclosure on application (…,依申请公开 4 件,咨询 2 件…)
GRANTED_PART = r"(?:予以)?依申请公开"
#: the outcomes other than disclosure, as a list of the applications' outcomes names them
OTHER_OUTCOME_WORDS = r"部分公开|不予(?:以)?公开|无法提供|不予处理"
GRANTED_AMONG_OUTCOMES = (rf"{GRANTED_PART}(?=[,、;]\s?[\d一二三四五六七八九十]+\s?(?:件|条|个|份|宗)(?:申请)?(?:已|均)?"
                          rf"(?:{OTHER_OUTCOME_WORDS}))")
#: applications carried, said after their number in words the clause-bound after-wordings cannot reach
#: (metric, wording), tried in order: carried forward with a reason in a clause of its own before the
#: words (其中 1 件因于年底提交,按规定结转至下一年度), carried over from last year (其中 1 件为上年度结转)
APPLICATIONS_CARRIED_AFTER: tuple[tuple[str, str], ...] = (
    # (not 完成 72 件(结转至下年度办理 2 件): the bracket says what became of others, with a number of its own)
    # (not …其他的 9 件、结转下年度继续办理 7 件: after a 、 the words are the next number's)
    # (0 件转结 2023 年办结: 转结 as 结转, into the year named)
    ("applications_carried_forward", rf"(?:[^,;。\d]{{1,16}}?,\s?)?[^,;。、\d()（）]{{0,8}}?(?:结转|顺延|转入|转结){_INTO_NEXT_YEAR}"),
    ("applications_carried_over", r"\s?(?:为|系|属于?|是)(?:上(?:一)?年(?:度)?|去年|\d{4}年(?:度)?)(?:结转|转结|转来)"),
    # (其中 4 件来自上一年度结转: where they came from)
    ("applications_carried_over", r"\s?(?:来自|系|为)(?:上(?:一)?年(?:度)?|去年|\d{4}年(?:度)?)(?:的)?(?:结转|转结|转来)"),
    # (除 1 件尚在答复状态中, 2 件正在答复中: still open at the year's end, carried forward — a dev page and two
    # dev2 pages read it so)
    # (1 件还在答复限期内: not answered yet, within the time the law allows — the same)
    # (1 件正在依程序办理中: the way it is handled named between)
    ("applications_carried_forward", r"\s?(?:申请)?(?:尚在|正在|仍在|还在)(?:依程序|按程序|依法)?(?:办理|答复|处理)(?:状态|过程)?中"
                                     r"|\s?(?:申请)?(?:尚|仍|还)在(?:答复|办理|处理)(?:期限|时限|限期)内"),
)
#: (family, role) -> metric; a role without an entry for the family is ignored
RELATIVE_METRICS: dict[tuple[str, str], str] = {
    ("normative_documents", "repealed"): "normative_documents_repealed",
    ("normative_documents", "invalidated"): "normative_documents_repealed",
    ("normative_documents", "in_force"): "normative_documents_in_force",
    ("normative_documents", "revised"): "normative_documents_reviewed",
    ("normative_documents", "issued"): "normative_documents_issued",
    ("regulations", "repealed"): "regulations_repealed",
    ("regulations", "invalidated"): "regulations_repealed",
    ("regulations", "in_force"): "regulations_in_force",
    ("regulations", "issued"): "regulations_issued",
    ("reconsiderations", "upheld"): "reconsiderations_upheld",
    ("reconsiderations", "corrected"): "reconsiderations_corrected",
    ("reconsiderations", "other_result"): "reconsiderations_other",
    ("reconsiderations", "pending"): "reconsiderations_pending",
    ("lawsuits", "upheld"): "lawsuits_upheld",
    ("lawsuits", "corrected"): "lawsuits_corrected",
    ("lawsuits", "other_result"): "lawsuits_other",
    ("lawsuits", "pending"): "lawsuits_pending",
    ("lawsuits", "withdrawn"): "lawsuits_other",
    ("reconsiderations", "withdrawn"): "reconsiderations_other",
    ("licences", "accepted"): "licence_accepted",
    # (2022年结转至2023年 2 件,2023年共受理 265 件: the applications taken in)
    ("applications", "accepted"): "applications_received",
    ("comments", "adopted"): "consultation_comments",
    ("gazette", "copies"): "gazette_copies",
    ("applications", "handled"): "applications_handled",
    ("applications", "handled_bare"): "applications_handled",
    ("applications", "other_case"): "applications_other",
    ("columns", "opened"): "site_columns",
    ("accounts", "opened"): "new_media_accounts",
}

#: a wording means another metric after a figure of this family in the same sentence
#: (收到网民留言 120 条,已答复 118 条: the answers are messages, not applications)
CONTEXT_OVERRIDES: dict[tuple[str, str], str] = {
    ("messages", "applications_handled"): "messages_handled",
    ("licences", "applications_handled"): "licence_decisions",
    # (行政复议 5 件,其中 1 件由申请人主动撤回: a review withdrawn is its other result)
    ("reconsiderations", "applications_other"): "reconsiderations_other",
    # (行政诉讼案件 4 件,其中 1 件已撤回: a lawsuit withdrawn is its other result)
    ("lawsuits", "applications_other"): "lawsuits_other",
    # (被申请行政复议 9 件(含上一年度结转 1 件): reviews carried over from the year before are reviews — no metric
    # holds a review carried over, so it is a part of the count)
    ("reconsiderations", "applications_carried_over"): "reconsiderations",
}
#: a wording that counts nothing of the vocabulary after figures of this family (受理行政复议申请 56 件,已办结
#: 38 件: the reviews concluded, no metric holds them — not applications handled)
CONTEXT_DROPS: frozenset[tuple[str, str]] = frozenset({
    ("reconsiderations", "applications_handled"), ("lawsuits", "applications_handled"),
})
#: a bare verb (no noun) naming a part of a total of this family means another metric: 收到
#: 申请 22 件…其中公开 10 件,部分公开 3 件 — the 10 are applications answered by disclosure
PART_OVERRIDES: dict[tuple[str, str], str] = {
    ("applications", "items_published"): "applications_granted",
}
#: (total's metric, part's metric) -> the part's metric: a part of a carried-over total named
#: by the applicant or channel (上年结转申请 73 宗,其中公民申请 62 宗) is carried over too
PART_METRIC_OVERRIDES: dict[tuple[str, str], str] = {
    ("applications_carried_over", "applications_received"): "applications_carried_over",
    ("applications_carried_forward", "applications_received"): "applications_carried_forward",
}
PART_METRIC_OVERRIDES_SOURCES = frozenset(source for source, _ in PART_METRIC_OVERRIDES)
#: (metric, category label, metric it becomes): a part or label that names documents counts
#: documents (其中公文法规 6 条, 政策法规类信息 58 条, 重大财政政策公开 17 条), not items;
#: not laws (法律法规), not a list of labels (机构职能、政策法规)
CATEGORY_METRICS: tuple[tuple[str, str, str], ...] = (
    # (承办“两会”议提案 57 件,其中人大主办件 14 件…;政协主办件 11 件: the papers of one house each, named by it)
    ("npc_cppcc_items", r"^\p{Han}{0,4}?人大(?:代表)?(?:主办件|协办件|建议|议案)\p{Han}{0,2}$", "npc_suggestions"),
    ("npc_cppcc_items", r"^\p{Han}{0,4}?政协(?:委员)?(?:主办件|协办件|提案)\p{Han}{0,2}$", "cppcc_proposals"),
    # (共受理申请 19 件,…;重复申请 1 件;咨询 1 件 / 咨询件 1 件: among the applications, a consultation is
    # another way of handling one, as three batches' annotators read it)
    # (不属于政府信息公开范围咨询 1 件: a consultation, named by why it is no application)
    ("applications_received", r"^(?:不属于\p{Han}{2,14}?范围(?:的)?)?咨询(?:件|类|事项)?$", "applications_other"),
    ("applications_handled", r"^咨询(?:件|类|事项)?$", "applications_other"),
    # (共收到 1 条要求信息公开的申请,申请重大事项决策信息 1 条: the information an application asked for
    # labels that application, nothing published)
    ("items_published", r"^申请(?!人|书|表|材料|公开|事项)\p{Han}{2,12}信息$", "applications_received"),
    # (…其中:咨询 2 件、非政府信息 1 件: what is not government information cannot be provided)
    ("items_published", r"^非政府信息$", "applications_unavailable"),
    # (…政府信息公开目录 132 条(其中:…,政策问答 4 条,…); 其中新闻动态 8 条,政策问答 7 条: the policy Q&A as one kind
    # of item listed, as three annotated pages read it — 发布政策问答 47 条 alone stays interpretations)
    ("policy_interpretations", r"^政策问答$", "items_published"),
    # (固体废物行政审批结果 77 条, 项目审批核准结果 180 余个, 项目审批文件 129 个, 行政审批 118 条: the decisions
    # published; 行政许可类信息 / 项目审批信息 name a category of items about licensing, ANNOTATION.md)
    # (行政许可办理结果信息 258 条, 审批决定公告信息 13 条, 行政审批事项办理情况公告 10 条: the decisions made, named with
    # the handling and the notice that publishes them)
    # (医疗机构许可 47 条, 食品药品许可公示 81 条, 特种作业许可 3 条: the licences of a field granted and posted, as the
    # annotated pages read them — 行政许可信息公示 1143 条, information about licensing, stays items)
    ("items_published", r"^[^、,]*(?<!信息)许可(?:公示)?$", "licence_decisions"),
    ("items_published", r"^[^、,]*(?:审批|许可)(?:事项)?(?:办理)?(?:核准)?(?:结果|决定|文件|批复|(?<=办理)情况)(?:公布|公开|公示|公告)?(?:信息)?$"
                        r"|^(?:行政审批|行政许可)$",
     "licence_decisions"),
    # (first: 规范性文件信息 10 条, 规范性文件类 2 条 are the normative documents issued)
    # (政策、规范性文件类信息 12 条, 法律法规及规范性文件类信息 28 条: one label over several kinds of
    # documents is documents, not the normative ones alone)
    # (审计政策、规范性文件类信息 2 条: the field named first)
    ("items_published", r"^\p{Han}{0,4}?(?:政策|法律法规|法规|政策法规|规章)(?:、|及|和|与)规范性文件(?:类)?(?:信息)?$", "documents_published"),
    ("items_published", r"^[^、,]*(?<!及|和|与)规范性文件(?:类)?(?:信息)?$", "normative_documents_issued"),
    # (法律法规类信息 17 条, a category of the body's postings: documents; 转载法律法规 stays items)
    # (政策文件类的信息 113 条, 法规文件(行政执法)信息 12 条: 的 and a gloss before 信息 change nothing;
    # 制度类 4 条 as ANNOTATION reads it; but 其他文件(信息) 29 条, 人事类文件(信息) 16 条 is a template's label for
    # items of any kind, documents or not, as three batches' annotators read it)
    # (法律法规 1 条 among the categories is the laws posted, documents as the pages read them — 转载…法律法规
    # stays items, see extract's _REPOSTED_BEFORE; 政策文件公开信息 3 条: 公开 before 信息 changes nothing; 政策信息 / 重大政策信息 are
    # items about policy, not documents, as the pages read them — 政策类 and 招商相关政策 are documents)
    # (非公文信息 38 条: what is not a document is an item)
    # (文件通知信息 26 条: the documents and notices a template names, as 文件通知 8 条 and eight annotated labels read)
    # (统计法律规范 4 条, 统计调查制度 27 条, 商务领域疫情防控政策措施 1 条: the rules and measures a body publishes, documents;
    # 政策措施信息 3 条, information about them, stays items)
    # (其他重要各类信息文件 50 条: a template's label for items of every kind, as two pages read it)
    ("items_published", r"^[^、,]*(?<!非)(?<!信息)(?:文件(?:通知)?|公文|法规|规章(?:制度)?|法律规范|调查制度|政策措施(?!信息))(?:类)?(?:的)?"
     r"(?:\((?!信息\))[^()]{1,10}\))?(?:公开)?(?:信息)?$|^[^、,]*(?<!消费)政策(?:类(?:的)?(?:信息)?)?$|^制度类(?:信息)?$",
     # (not 政府信息公开制度 N 条: four dev2 pages read it as items, z21's two as documents — split, left as items)
     # (政策文件及解读 4 条 stays documents: five dev2 pages read it so, two as items — tried at stop 40 and dropped)
     "documents_published"),
)
#: a kind of item named first in a list of kinds summed after 等 (解读政策、公布人事变动、业务动态等共计 50
#: 条): the sum counts items of every kind listed, not the first kind's
LIST_SUM_METRICS: dict[str, str] = {
    "policy_interpretations": "items_published", "documents_published": "items_published",
    "normative_documents_issued": "items_published",
    # (…、项目审批文件公布 129 个、信访受理答复 13 条: decisions among the kinds, the next kind is items)
    "licence_decisions": "items_published", "punishment_decisions": "items_published",
    "coercion_decisions": "items_published",
    # (…、回应关切 26 条、监督保障 34 条: after a labelled kind named by its own wording, the next is items)
    "hot_topics_responded": "items_published", "consultations": "items_published",
    # (…双公示、建议提案、公务员招考等六大类 44 项信息: the NPC and CPPCC papers as one kind among them)
    "npc_cppcc_items": "items_published", "npc_suggestions": "items_published", "cppcc_proposals": "items_published",
}
#: (metric, channel) -> metric: 点击量 of a WeChat / Weibo / app account counts reads of its posts,
#: not visits to a website
CHANNEL_METRIC_OVERRIDES: dict[tuple[str, str], str] = {
    ("site_visits", channel): "content_views" for channel in ("wechat", "weibo", "douyin", "toutiao", "app")
}
#: metric -> metric when the sentence is about licensing matters, not disclosure: …行使的行政许可事项
#: 为 1 项,…全年申请量 0 件,办结量 0 件 counts licence applications (:data:`LICENCE_SUBJECT` named
#: before the number, :data:`DISCLOSURE_SUBJECT` not)
LICENCE_METRIC_OVERRIDES: dict[str, str] = {
    "applications_received": "licence_applications", "applications_handled": "licence_decisions",
}
#: metric -> metric when the number's clause is about the public service hotline (“12345 政府热线”平台答复群众反映问题
#: 352 个): :data:`HOTLINE_SUBJECT` named before the number in its clause, :data:`DISCLOSURE_SUBJECT` not
HOTLINE_METRIC_OVERRIDES: dict[str, str] = {"applications_handled": "hotline_cases"}
HOTLINE_SUBJECT = r"123\d\d|热线"
#: (审批局共受理办结审批 2350 件, 共办结审批事项, 共办结事项 3 件: approvals and matters handled are licensing)
LICENCE_SUBJECT = r"行政许可|行政审批|政务服务事项|(?:受理|办结|办理|完成)(?:各类|各项)?审批|审批事项|办结事项"
DISCLOSURE_SUBJECT = r"信息公开|依申请|公开申请|政府信息"
#: a count right after a figure of this metric (…公报 6 期 1920 份, 12 期,共 2400 份) that no wording of its own
#: names, in a unit of the metric given here, counts that: the copies of the issues just counted
FOLLOWING_COUNTS: dict[str, str] = {
    "gazette_issues": "gazette_copies",
}
#: a kind of information made public, counted in postings (主动公开质量信息 26 次, 更新人事信息 11 次) — annotated
#: so on five dev2 pages and p060; read only when no wording of the number's own fits 次 (the generic
#: verb-and-noun wording takes no word between the two)
POSTINGS_IN_TIMES = r"(?:公开|公示|公布|发布|更新)(?:了)?(?P<cat>[^,;:。、\d()“”\s]{1,12}?信息)\s?$"
#: documents issued read as the stock in force: in a sentence about the body's library of them
#: (规章和行政规范性文件库…公开规章 148 部、行政规范性文件 463 件), or coordinated right after a stock
#: (公开有效规范性文件 60 份,规章 2 份)
ISSUED_AS_IN_FORCE: dict[str, str] = {
    "regulations_issued": "regulations_in_force",
    "normative_documents_issued": "normative_documents_in_force",
}
#: …except those the clean-up amended (修改规范性文件 16 件 beside 保留/废止): a result of the review
REVISED_IN_REVIEW: dict[str, str] = {
    "regulations_issued": "regulations_reviewed",
    "normative_documents_issued": "normative_documents_reviewed",
}
STOCK_CONTEXT = r"(?:规章|规范性文件|文件|法规)(?:和|及|、)?(?:行政)?(?:规范性文件)?(?:数据)?库"
#: (metric of the figure before, metric a wording gives in its context) -> metric: 12345 热线受理 98 件,办结
#: 96 件 — the hotline's cases concluded stay hotline cases, not messages handled
CONTEXT_OF_TOTAL: dict[tuple[str, str], str] = {
    ("hotline_cases", "messages_handled"): "hotline_cases",
}
#: roles whose word becomes the category (采纳 41 条: comments, category 采纳)
RELATIVE_CATEGORY_ROLES = frozenset({"adopted", "invalidated"})
#: the family a relative word falls back to when no figure precedes it in the sentence
RELATIVE_DEFAULT_FAMILY: dict[str, str] = {
    "repealed": "normative_documents", "invalidated": "normative_documents", "in_force": "normative_documents",
    "upheld": "reconsiderations", "corrected": "reconsiderations", "other_result": "reconsiderations",
    "pending": "reconsiderations",
}

# --------------------------------------------------------------------------- channels

#: (channel, wording) — the nearest one before a publication figure in its sentence
CHANNEL_PATTERNS: tuple[tuple[str, str], ...] = (
    ("wechat", r"(?:“[^”]{1,16}”)?(?:微信)?公众号|微信(?:公众平台|平台|号)?|“[^”]{1,16}”微信"),
    ("weibo", r"(?:官方|政务)?微博"),
    ("douyin", r"抖音(?:号|账号|平台)?"),
    ("toutiao", r"(?:今日)?头条号|今日头条"),
    ("app", r"(?:移动)?客户端|APP|App|app|小程序"),
    ("gazette", r"(?:政府)?(?<!统计|普查|系列)公报"),
    ("board", r"(?:(?:政务|信息|村务)?公开|公示|公告|宣传)栏(?!目)|公示牌|揭示板|电子屏|(?:电子|LED)显示屏|LED屏|明白纸"),
    ("other", r"政务新媒体|新媒体|视频号|快手|报纸|电视台|广播|学习强国|报刊|(?:日报|晚报|报)(?=上?(?:发布|刊发|刊登|登载))"),
    # (政府网站工作年度报告 1 条 in a list of categories: the report on the website, a category, no channel)
    ("website", r"(?!(?:政府)?(?:门户)?网站(?:工作)?(?:年度报告|年报))"
                r"(?:(?:政府)?(?:门户)?网站(?:平台)?|政府信息公开专栏|政府网|政务网|政务公开专栏|信息公开(?:专栏|平台|网)|网上"
                r"|(?:政府)?外网)"),
)

#: known information categories: a label ending in one of these drops a trailing 信息
CATEGORY_WORDS: tuple[str, ...] = (
    "概况类", "政务动态", "工作动态", "部门动态", "乡镇动态", "通知公告", "公示公告", "人事任免", "财政预决算",
    "预决算", "规划计划", "机构职能", "图片新闻", "要闻", "信息公开目录", "统计数据",
    "政策法规", "法规文件", "招标采购", "民生", "应急管理", "行政执法", "双随机",
)

#: what a number counts when it counts the report's own outline or a list's items, not a fact
#: (…等六个部分组成, 主要存在以下三个方面的问题): read right after the number (and its 个)
#: (主要通过四条途径: the ways information goes out, counted, are no items either)
#: (…审核、做出答复、送达、行政复议和行政诉讼、存档十个流程: the steps of a procedure, counted)
#: (not 网站共设置 7 个板块: a website's sections, which the columns count)
OUTLINE_AFTER = (r"\s?(?:个|大)?\s?(?:(?:部分|方面|(?<!(?:网站|网页|平台|专栏|栏目)[^,;。\d]{0,8}?\d{1,3}\s?个?)板块"
                 r"|章节|内容模块|大类)(?!公开|信息|内容)|途径|渠道|(?:个)?(?:流程|环节|步骤)(?!\p{Han}{0,2}(?:公开|信息)))")
#: …存在的主要问题及改进情况和其他需要报告的事项等六项 / …共 6 项: the outline's parts named, then
#: how many (read right before the number)
#: (包含以下五项: / 如下三个方面: a list announced, its length no count)
#: (…行政诉讼情况、现存问题与改进举措等五项: the outline's last part by another name)
#: (…其他需要说明的事项六项内容: the last part as 说明 rather than 报告)
OUTLINE_BEFORE = r"(?:(?:需(?:要)?(?:报告|说明)(?:的)?事项|(?:及|与|和)?改进(?:情况|措施|举措)|主要问题)(?:等|共|共计|合计|在内的)?|(?:以下|如下))\s?$"

#: a ``N条``/``N项`` glued to one of these is a policy's name (民营经济32条, 人才新政20条)
NAME_STEMS: tuple[str, ...] = (
    "经济", "政策", "新政", "措施", "举措", "意见", "金融", "人才", "科创", "稳增长", "稳就业", "惠企", "助企", "纾困",
    "暖企", "稳企", "条例", "办法", "规定", "细则", "干货", "改革",
)

# --------------------------------------------------------------------------- markers

#: kind -> wording. Openers start a list of parts after a total; distributive words spread
#: a list of metrics over a list of numbers; periods change what a figure covers.
MARKERS: dict[str, str] = {
    "opener": r"其中|包括|包含|内有|内含|涵盖|主要有|主要包括|含|具体(?:为|是|包括)"
              # (主动公开政府信息 17 件。内容涉及部门动态 12 篇,…: what the total holds)
              r"|内容(?:主要)?涉及(?:到)?"
              r"|在(?:主动)?公开的(?:各类)?(?:政府|政务)?信息中"
              # (主动公开的 47 条政府信息中,机构信息 8 条…: the count, its noun, then 中)
              r"|(?<=\d\s?(?:条|件|篇)\s?(?:政府|政务)?信息)中(?=[,:])"
              # 从内容分类看,机构职能 5 条,业务工作 18 条 / 按内容分: the kinds of the total before
              r"|从(?:公开)?(?:内容|类别|信息类别)(?:分类|类别)?(?:上)?看|按(?:公开)?(?:内容|类别|信息类别)(?:分类|划分|分)"
              # (…主动公开政府信息的主要类别有:机构职能类信息 7 条,…: the colon after the kinds' subject)
              r"|(?<=(?:主要|信息的?)(?:类别|类型)(?:情况)?)(?:主要)?(?:有|为|分为|如下)?\s?:",
    #: a colon: it opens a list only right after a count (发布信息 156 条:乡镇动态 82 条;…)
    "colon": r":",
    "distribute": r"分别(?:为|是|达到|达|有)?",
    "each": r"均为|均达到|均达|均是|都是|都为|各",
    "total": r"总数|总量|总计|合计|共计",
    # (…;另向湖北省政府采购网报送…3 条: another channel, after the list)
    "terminator": r"另有|另外|此外|同时|另(?=向|在|通过|于|对)",
    "etc": r"等",
    # (比例 before 比: 所占比例为 30% is a share, not 占比 followed by 例为)
    # (占信息总量的 7.3%, 占公开信息总数的 3.4%, 占总体比例为 9%: the whole named with its noun)
    # (占公开目录公开信息总数 14.5%: what the total is, named at any length before 总数)
    # (其他类别 2 条,比为 4.7%: 占 left out before 比)
    "share": r"占(?:比例|比重|比)?(?:全部|\p{Han}{0,10}?(?:总数|总量|总体)|全年|同期)?"
             r"(?:的)?(?:比例|比重)?(?:的)?(?:为|达)?|(?<!同|对|相)比(?:例)?为",
    "cumulative": r"历年累计|累计至今|历史累计|建站以来|开通以来|上线以来|运行以来|自\d{4}年以来"
                  r"|(?:到|至|截至|截止)(?:年底|年末|目前|\d{4}年底)累计"
                  # (截至2023年12月31日,我街道累计受理…2件: a running total up to a date)
                  r"|(?:截至|截止)\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底)?\s?[,，]?\s?(?:我|本)?\p{Han}{0,4}?累计",
    "daily_average": r"日均|每日平均|平均每天|平均每日",
    "as_of": r"在运维|现有|保有|在用|开设有|截至目前|截止目前",
    "compare": r"与(?:去年|上年|上一年)(?:同期)?相比|和(?:去年|上年)(?:同期)?相比|同比|较(?:去年|上年|上一年)(?:同期)?|比(?:去年|上年)(?:同期)?",
}

#: a clause that opens with its own verb states something new: after a comma it ends a list of
#: parts (其中政务动态 83 条、政策文件 63 条,发布政策解读 7 篇: the 7 is not a part)
NEW_STATEMENT = (r"(?:\d{4}年(?:度)?,?)?(?:全年|本年度?|年内|同时|另外|此外|并|还)?(?:共|累计)?(?:新)?"
                 r"(?:发布|推送|公开|主动公开|制发|制定|出台|印发|召开|举办|开展|组织|办理|收到|受理|新收|编发|刊发"
                 r"|更新|上传|通过|依托|利用|完成|接待|作出|答复|回复"
                 # 在本年度办理结果情况中,…: a clause framing what follows
                 r"|在[^,;。\d]{1,14}中)"
                 # ;2019 年结转申请 73 宗: what was carried over from a year (not 结转下年, a part)
                 r"|(?:上年|\d{4}年(?:度)?)(?:结转|转结)(?!至|到|下)")

#: a sentence that states a plan or a target, not a fact (下一步…将, 力争, 计划于…)
#: (not 我乡将政策法规…纳入公开范围: 将 taking its object, as 把 does, says what was done)
_DISPOSAL = r"(?![^;。]{0,60}?(?:纳入|列入|列为|放在))"
PLAN_PATTERN = (r"下一步|下步|(?<!结转(?:至|到)?|转入|转|顺延(?:至|到)?)(?:明年|下一年)|(?:\d{4}|下)年(?:度)?(?:,)?(?:我\p{Han}{0,2})?将"
                + _DISPOSAL + r"|计划(?:于|在|将|年内)|力争|争取|预计"
                r"|今后|我(?:局|市|区|县|镇|乡|街道|委|办|厅|们|单位|部门|中心)将(?!近)" + _DISPOSAL
                + r"|改进措施|整改措施|工作打算|以下措施")

#: change wording: a comparison with an earlier period, then the direction verb
CHANGE_PATTERN = (
    r"(?:(?:同比|环比)(?:\d{4}年(?:度)?)?|较(?:去年|上年|上一年|前一年|\d{4}年)(?:度)?(?:同期)?|比(?:去年|上年|上一年)(?:度)?(?:同期)?"
    r"|与(?:去年|上年|上一年)(?:度)?(?:同期)?相比|和(?:去年|上年)相比)(?:,)?(?:共|分别)?"
    # (同比 2020 年增长信息量 1870 条, 增长率 18.63%: the change named with what grew, or as its rate)
    r"(?P<dir>增长|增加|上升|提高|提升|增多|多|下降|减少|回落|降低|减|增|少|持平)(?:了)?(?:信息量|数量|率|幅度)?"
)
#: a direction verb alone counts as a change only right before a number that follows another
#: figure in the same sentence (受理 87 件, 减少 12 件)
BARE_CHANGE_PATTERN = r"(?P<dir>增长|增加|上升|提高|提升|下降|减少|回落|降低)(?:了)?(?:率|幅度)?"
DIRECTIONS: dict[str, str] = {
    "增长": "up", "增加": "up", "上升": "up", "提高": "up", "提升": "up", "增多": "up", "多": "up", "增": "up",
    "下降": "down", "减少": "down", "回落": "down", "降低": "down", "减": "down", "少": "down", "持平": "flat",
}

# --------------------------------------------------------------------------- zeros in words

#: 未发生/没有 … (因政府信息公开引起的): the words a zero for reconsideration or litigation opens with
_NONE_OCCURRED = (r"(?P<zero>(?:未|没有|无(?!法)|不存在)(?:发生|出现|收到|产生|有)?)"
                  # (因依申请公开引发的, 因信息公开案件引起的: what they would have come from)
                  r"(?:(?:因)?(?:(?:政府信息公开|依申请公开|信息公开)(?:工作|案件)?)?(?:引起|引发|而)?(?:的)?"
                  # (因信息公开答复不当引发的, 因政府信息公开申请引发的: the cause in other words)
                  r"|因[^,;。\n]{1,12}?(?:引起|引发)(?:的)?)")
#: a reconsideration corrected / a lawsuit lost by the agency
_CORRECTED = r"(?:(?:被)?(?:纠错|纠正|撤销|改变)|败诉)"  # (未出现行政复议败诉: a review lost; 被改变: changed)
_LOST = r"(?:败诉|被纠错|被撤销|被确认违法)"

#: the general shape real reports use for "none of these" (pre-2019 outlines answer every part so):
#: a negation, at most a clause of words, then the noun — 我街道未对任何公民、法人和组织收取任何费用,
#: 全年未发生针对本部门有关政府信息公开事务的行政复议案件和行政诉讼案件, 我镇2016年度无申请
#: (无 not of 无法: 无法提供 1 件 is an outcome, not a none; nor of 无正当理由大量反复申请, the table's outcome)
#: (未答复的疑难复杂信息公开申请: the ones not yet answered, an attribute — no none)
_NEGATION = r"(?P<zero>(?:未(?!能(?:提交|提供|补正|按)|补正|(?:答复|回复|办结|办理|处理)(?:完毕)?的)|没有|无(?!法|须|需|正当理由)|尚未|不存在|未曾|不涉及)(?:发生|出现|收到|接到|受理|产生|涉及|有|接受|办理)?)"
NEGATION = _NEGATION
#: (not out of a bracket: in (申请人无正当理由逾期不补正…)无行政复议 the 无 inside the bracket is not the
#: one that says none — the gap crosses a bracket only whole: 未发生与我室(馆)…有关的…诉讼)
_CLAUSE_GAP = r"(?:[^,;。:\n()（）]|[(（][^,;。:\n()（）]{0,8}[)）]){0,40}?"
#: 无与诉讼(行政复议,行政诉讼)有关的费用支出: no cost related to them, nothing said of their number (not
#: 没有与有关单位…申请行政复议…的案件: none with anyone)
_NOT_RELATED_TO = r"(?!与[^;。]{0,30}?有关的?费用)"
#: …, but not across words that make 依申请公开 an attribute of documents (对未进行公开属性认定和
#: 公开属性定为依申请公开的公文: no application is meant), nor across 结转 (没有 2021 年结转的…申请:
#: none carried over, which says nothing of the year's new applications)
#: (nor across a count: 信息不存在 7 件、重复申请 2 件 are two outcomes, no none of the applications)
#: (nor across 隐私/秘密: 对不涉及个人隐私的情况对申请情况…进行网上公布 names what is withheld, not the applications)
_ATTRIBUTE_FREE_GAP = r"(?:(?!属性|定为|认定|结转|转结|隐私|秘密|\d+\s?(?:件|条|项|次|个))[^,;。:\n]){0,40}?"
#: an outcome that is not the count itself (未发生行政复议被纠错 says nothing about how many were filed)
_OUTCOME_WORDS = r"(?:纠错|纠正|败诉|撤销|改变|确认违法)"
_NOT_AN_OUTCOME = rf"(?!(?:案件)?(?:被)?{_OUTCOME_WORDS})"


def _not_a_joint_outcome(other: str) -> str:
    """Not followed by the other kind of case and an outcome said of both together."""
    return rf"(?!(?:[、和及或与]|或者|以及)(?:被)?{other}(?:案件)?(?:被)?{_OUTCOME_WORDS})"


#: …nor of both when the outcome follows the second (没有出现行政复议及行政诉讼纠错的情况)
_NOT_A_JOINT_OUTCOME = _not_a_joint_outcome(r"(?:提起)?(?:行政)?诉讼")
#: …and the same with the lawsuits named first (无…行政诉讼、行政复议败诉等情况)
_NOT_A_JOINT_OUTCOME_OF_REVIEW = _not_a_joint_outcome(r"(?:申请)?(?:行政)?复议")

#: a label's colon, then none (收费情况:无 / 行政复议、行政诉讼情况:本年度无 / …:0 件)
_COLON_NONE = (r"[::]\s*(?:(?:本|今|全)年(?:度)?|\d{4}年(?:度)?)?\s*,?\s*(?:(?:我|本)\p{Han}{1,3}?)?(?:均)?"
               r"(?P<zero>无|没有|0件?)(?=[。;,\n]|$)")
#: a year named as a word (2018年, 2018 年度): the date of what is said, never a count — a line or paragraph whose only
#: digits are years holds no figure (the narrative view's table lines, the heading zeros)
YEAR_WORD = r"(?<!\d)(?:19|20)\d{2}\s?年(?:度)?"
#: (metrics, wording). The ``zero`` group, if any, is the value span.
ZERO_PATTERNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("info_processing_fees",),
     # (未产生政府信息公开处理费)
     r"(?P<zero>(?:未|没有|无|不|均未)(?:向(?:申请人|群众|公众)?)?(?:收取|收缴|产生|收))(?:申请人)?(?:任何)?(?:政府信息公开)?(?:信息处理|处理)?"
     r"(?:费用|费)"),
    (("info_processing_fees",), r"依申请公开(?:政府信息)?(?:工作)?(?P<zero>(?:未|不|没有)收(?:取)?费(?:用)?)"),
    (("info_processing_fees",), r"(?P<zero>免收)(?:信息处理费|费用)"),
    # (公开的信息均在规定时间内答复完成,且免费予以提供: given free; not 查询专区免费提供公开的政府文件供群众查阅, a
    # reading site's service)
    (("info_processing_fees",), r"(?P<zero>免费)(?:予以|向申请人)提供"),
    # 对申请公开政府信息暂免收费
    (("info_processing_fees",), r"(?P<zero>暂免|免予|免于)收(?:取)?费(?:用)?"),
    (("info_processing_fees",), rf"(?:信息公开)?(?:的)?收费(?:及|和)?(?:减免)?(?:情况)?{_COLON_NONE}"),
    # 全年未收到行政许可申请: the licence applications', not the disclosure applications'
    (("licence_applications",), r"(?P<zero>(?:未|没有)(?:收到|受理|接到))(?:任何)?(?:各类)?行政许可(?:事项)?申请"),
    (("applications_received",),
     # (未受理到依申请公开件; 未收到书面申请政府信息公开: how it would have come, named before 申请)
     # (未有受理信息公开申请: 有 before the verb)
     # (未曾接到任何因政府信息公开申请: 曾 before the verb, 因 before what was asked — after 接到/收到 only: 未发生因政府
     # 信息公开申请… opens the reviews' none, cut here by the page's end)
     r"(?P<zero>(?:未|没有|没)(?:有|曾)?(?:收到|受理|接到|发生))(?:到)?(?:任何|过)?(?:(?<=(?:接到|收到)(?:任何|过)?)因)?(?:政府信息公开|依申请公开|信息公开)?(?:政府)?(?:信息)?(?:的)?"
     r"(?:书面|网上|信函)?(?:申请|件)"
     # (not 未收到申请人不满意评价: the applicants' complaints)
     # (not 未发生政府信息公开申请工作被申请行政复议…: the reviews' none, the applications named as their cause)
     r"(?!人|行政复议|复议|行政诉讼|诉讼|[^,;。\n]{0,8}(?:复议|诉讼))"),
    (("applications_received",),
     rf"依申请公开(?:政府信息)?(?:的)?(?:数量|情况|申请|事项)?{_COLON_NONE}"),
    # 未收到任何形式的依申请公开信息、行政复议和行政诉讼: the applications named first in a list of nones
    (("applications_received",),
     # (未有受理信息公开申请、行政复议、诉讼和申诉情况: 有 before the verb)
     r"(?P<zero>(?:未|没有)(?:有)?(?:收到|接到|发生|受理))(?:任何)?(?:形式的)?"
     # (未收到政府信息公开申请、行政复议和行政诉讼: the applications by their own name)
     r"(?:依申请公开(?:政府)?(?:信息)?(?:申请|事项)?|(?:政府信息公开|信息公开)申请)(?=[、和及,;。]|$)"),
    # (2019 年无政府信息公开申请、无信息公开行政复议和行政诉讼: none of the applications, first of a list of nones)
    (("applications_received",),
     r"(?<=^|[,;。:\s年度])(?P<zero>无)(?:任何)?(?:政府信息公开|依申请公开(?:政府信息)?|信息公开)申请(?=[、,;。]|$)"),
    # (在行政复议、诉讼方面,也未收到…: the reviews and suits named as the matter of the clause, then none)
    (("reconsiderations", "lawsuits"),
     r"(?<=(?:行政)?复议(?:、|和|及|与)(?:行政)?诉讼方面,?\s?(?:也|均|都)?)(?P<zero>未收到|未发生|没有|无)"),
    # (我局未受理政府信息公开申请,行政复议和行政诉讼: the reviews and suits named after the applications, a list of nones)
    (("reconsiderations", "lawsuits"),
     r"(?P<zero>(?:未|没有)(?:有)?(?:收到|受理|接到|发生))(?:任何)?(?:政府信息公开|依申请公开|信息公开)申请[,、]"
     r"(?:以及|及)?(?:被申请)?行政复议(?:和|及|、|与|或)(?:被提起)?(?:行政)?诉讼(?=[。;,]|$)"),
    # 未收到获取本机关主动公开以外的,与自身生产、生活…相关的政府信息公开申请: the rule's own words for what
    # an application asks, a comma inside them
    (("applications_received",),
     r"(?P<zero>(?:未|没有)(?:收到|受理|接到))[^。;\n]{0,12}?获取[^。;\n]{0,50}?(?:政府信息(?:公开)?|信息公开)(?:的)?申请(?!人)"),
    # 未收到群众要求公开政府信息(的申请): what the applications ask named (also when the page ends there)
    (("applications_received",),
     # (未收到任何个人及组织申请公开信息要求: who would have asked, named)
     r"(?P<zero>(?:未|没有)(?:收到|受理|接到))(?:任何)?(?:群众|公民|公众|社会公众|个人|组织|个人及组织|个人和组织)?(?:提出)?(?:的)?"
     r"(?:申请|要求)公开(?:政府)?信息"
     # (未收到公民、法人或其他组织要求乡政府公开政府信息的情况: who would have asked, and of whom, named)
     r"|(?P<zero>(?:未|没有)(?:收到|受理|接到))(?:任何)?公民、法人(?:和|或|或者)其他组织(?:提出的)?要求[^,;。\n]{0,10}?公开(?:政府)?信息"),
    # (没有群众提出其他方面政府信息公开的请求: nobody asked, the request named after who would have)
    (("applications_received",),
     r"(?P<zero>(?:未|没有))(?:任何)?(?:群众|公民|公众|申请人|个人|组织)?(?:提出|提交)(?:过)?[^,;。\n]{0,12}?"
     r"(?:政府信息公开|公开政府信息|依申请公开)(?:的)?(?:申请|请求|要求)(?!人)"),
    # 不予以公开政府信息的数量:无 (the pre-2019 outline's items answered with none)
    (("applications_denied",), rf"不予(?:以)?公开(?:的)?(?:政府)?(?:信息)?(?:的)?(?:数量|情况)?{_COLON_NONE}"),
    (("reconsiderations", "lawsuits"),
     # (被申请行政复议或被提起行政诉讼的情况:0 件: either, none)
     rf"行政复议(?:[、和及或]|以及|或者)?(?:被)?(?:提起)?(?:行政)?诉讼(?:的)?(?:情况|数量)?{_COLON_NONE}"),
    # 行政复议案件为零, 行政复议、行政诉讼案件数均为零 (…行政复议及提起行政诉讼情况均为零)
    (("reconsiderations", "lawsuits"),
     r"行政复议(?:案件)?(?:[、和及]|以及)(?:提起)?(?:行政)?诉讼(?:案件)?(?:数量|数|件数|情况)?(?:均|都)?(?:为|是)(?P<zero>零)"),
    # 依申请办理事项为零, 收费和减免为零: the outline's items answered with a zero in words
    (("applications_received",),
     r"依申请(?:公开)?(?:政府信息)?(?:办理|受理)?(?:事项|申请|件)(?:数量|数|件数)?(?:均|都)?(?:为|是)(?P<zero>零)"),
    (("info_processing_fees",), r"收费(?:[和及与、]减免)?(?:情况)?(?:均|都)?(?:为|是)(?P<zero>零)"),
    # 产生行政复议及行政诉讼 0 件: one zero said of both
    (("reconsiderations", "lawsuits"),
     # (被申请行政复议、提起行政诉讼 0 条; 被申请的行政复议或行政诉讼 0 件: either, none — so none of both)
     # (进入行政复议程序、行政诉讼程序 0 件: the procedures named for the cases)
     # (行政复议、行政诉讼和申诉案件 0 件: a third kind named with them; …行政复议、提起行政诉讼的情况为 0 次)
     r"行政复议(?:案件|程序)?(?:[、和及与或]|以及|或者)(?:被)?(?:提起)?(?:行政)?诉讼(?:(?:和|及|、)申诉)?(?:案件|程序)?(?:的)?(?:情况)?"
     r"(?:数量|数|件数)?(?:均|都|共)?(?:为|是)?(?P<zero>0)(?=\s?(?:件|起|宗|例|条|次))"),
    (("reconsiderations",), r"行政复议(?:案件)?(?:数量|数|件数)?(?:为|是)(?P<zero>零)"),
    (("lawsuits",), r"行政诉讼(?:案件)?(?:数量|数|件数)?(?:为|是)(?P<zero>零)"),
    # zero corrected outcomes first: 未发生行政复议被纠错 says nothing about how many were filed
    (("reconsiderations_corrected", "lawsuits_corrected"),
     rf"{_NONE_OCCURRED}(?:被)?(?:申请)?行政复议(?:案件)?{_CORRECTED}(?:案件)?(?:[、和及或与]|或者)(?:被)?(?:提起)?行政诉讼(?:案件)?"
     rf"{_LOST}"),
    # (实现行政复议“零纠错”、行政诉讼“零败诉”: none corrected, none lost)
    (("reconsiderations_corrected",), r"行政复议“?(?P<zero>零)(?:被)?纠错"),
    (("lawsuits_corrected",), r"行政诉讼“?(?P<zero>零)败诉"),
    # (全年未涉诉: no lawsuit)
    (("lawsuits",), r"(?P<zero>未涉诉|无涉诉)"),
    # 未出现…行政复议和行政诉讼被撤销或败诉等情况, 无…行政诉讼、行政复议败诉等情况: the outcome said once of both
    (("reconsiderations_corrected", "lawsuits_corrected"),
     # (not 没有出现被投诉举报、行政复议及行政诉讼纠错的情况: another kind named first — round 6 read it as no
     # figure, z22 as none corrected of either: split, left out)
     rf"{_NONE_OCCURRED}(?:被)?(?:申请|提起)?行政(?:复议|诉讼)(?:[、和及或与]|或者)(?:被)?(?:申请|提起)?行政(?:复议|诉讼)"
     r"(?:案件)?(?:被)?(?:撤销|纠错|纠正|败诉)(?:(?:或|和|、|及)(?:被)?(?:败诉|纠错|撤销|纠正))?"),
    (("reconsiderations_corrected",), rf"{_NONE_OCCURRED}(?:被)?(?:申请)?行政复议(?:案件)?{_CORRECTED}"),
    # (办理因政府信息公开引起的行政复议 2 件,未出现被纠错情形: the outcome said of the reviews just counted)
    (("reconsiderations_corrected",),
     r"(?<=行政复议(?:案件)?\s?\d+\s?(?:件|起|宗|例)\s?[,,]\s?)(?P<zero>未出现|未发生|没有出现|无)(?:被)?(?:纠错|纠正|撤销)"),
    # 申请行政复议 4 件、提起行政诉讼 7 件。无一起败诉或撤销: none of either was lost
    (("reconsiderations_corrected", "lawsuits_corrected"),
     # (…行政复议 6 件、行政诉讼 14 件,不存在被纠错和被判败诉的情况)
     # (涉及复议 0 件,诉讼 0 件,无被纠错和败诉; 已审结案件中,未发生被纠错、败诉情况: 无/未发生 with the outcomes)
     r"(?P<zero>(?:无|没有|未有)一起|不存在|未出现|没有出现|未发生|(?<=[,,;]\s?)无)(?:被)?(?:判)?(?:败诉|纠错|撤销)(?:或|和|、|及)(?:被)?(?:判)?"
     r"(?:败诉|纠错|撤销)"),
    (("lawsuits_corrected",), rf"{_NONE_OCCURRED}(?:被)?(?:提起)?行政诉讼(?:案件)?{_LOST}"),
    (("reconsiderations", "lawsuits"),
     rf"{_NONE_OCCURRED}(?:被)?(?:申请)?"
     r"行政复议(?:[、和及或与]|或者|和提起|或提起|及提起)(?:被)?(?:提起)?行政(?:诉讼|起诉)(?!(?:案件)?(?:被)?(?:纠错|败诉|撤销|确认违法))"),
    (("reconsiderations",),
     rf"{_NONE_OCCURRED}(?:被)?(?:申请)?行政复议(?:案件|情况)?(?![、和及或与]|或者|(?:被)?(?:纠错|纠正|撤销|改变|败诉))"),
    (("lawsuits",),
     # (无行政应诉案件: no suit the body answered)
     rf"{_NONE_OCCURRED}(?:被)?(?:提起)?行政(?:诉讼|应诉)(?:案件|情况)?(?!(?:被)?(?:纠错|败诉|撤销|确认违法)){_NOT_A_JOINT_OUTCOME_OF_REVIEW}"),
    # (没有结转到 2023 年的…申请: the year named is the next one)
    # (无下年度结转: the words the other way round)
    # (无转结下年度继续办理件: 转结 as 结转)
    (("applications_carried_forward",), r"(?P<zero>无|没有|未)(?:需)?(?:(?:结转|转结)(?:至|到)?(?:下(?:一)?年(?:度)?|\d{4}年(?:度)?)"
                                        r"|下(?:一)?年(?:度)?结转)"),
    # (无上年和下年结转件: none carried either way)
    (("applications_carried_over", "applications_carried_forward"),
     r"(?P<zero>无|没有)上(?:一)?年(?:度)?(?:和|及|与|、)下(?:一)?年(?:度)?(?:的)?(?:结转|转结)"),
    # 全年无不予公开、无法提供、不予处理: none of the three outcomes named together
    (("applications_denied", "applications_unavailable", "applications_not_processed"),
     r"(?P<zero>无)不予(?:以)?公开、(?:无)?无法提供、(?:无)?不予(?:以)?处理"),
    # 本年度本部门无新增的行政法规、规章和规范性文件: none made of either (as its one annotated page reads it; a lone
    # 未制发规范性文件 is no figure — ANNOTATION.md lists zeros in words for applications, fees, reviews and suits, and 15
    # of 17 dev2 pages leave it out)
    (("regulations_issued", "normative_documents_issued"),
     r"(?P<zero>无|没有)新增(?:的)?(?:行政法规、)?规章(?:和|及|、|与)(?:行政)?规范性文件"),
    # 无行政事业性收费和政府集中采购: none of the administrative fees
    # (无行政事业性收取费用: the same fee, its verb written out)
    # (无行政事业型收费: 性 written 型)
    (("admin_fees",), r"(?P<zero>无|没有|未)(?:收取|发生|产生)?(?:任何)?行政事业(?:性|型)(?:收费|收取费用)(?!项目)"),
    # 无不予以公开政府信息 (the pre-2019 outline's 不予公开 part answered with none)
    # (没有“不予公开”的政府信息情况: the outcome quoted)
    (("applications_denied",), r"(?P<zero>无|没有|未出现|未发生)(?:发生|出现)?“?不予(?:以)?公开”?(?:的)?(?:政府)?(?:信息|情况|事项)"),
    # 无上年结转, 上年无结转, 没有 2021 年结转的…申请 (the carried-over applications none; a year
    # before 结转 is where they came from)
    (("applications_carried_over",),
     r"(?P<zero>无|没有|不存在)(?:上年(?:度)?|往年|\d{4}年(?:度)?)(?:结转|转结)(?:的)?(?:申请)?(?!至|到|下)"
     # (2021年未转结政府信息公开申请: in a 2022 report, none carried over from that year)
     r"|(?:上年(?:度)?|往年|\d{4}年(?:度)?)(?P<zero>无|没有|未)(?:结转|转结)(?!至|到|下)"),
    # the general shape (after the specific ones: the first zero of a metric in a sentence wins)
    # (not 无行政处罚和行政事业性收费: another fee)
    # (没有向依申请公开对象收取复印、传真、递送等任何费… cut by the page end: 收取…费 says it)
    # (not 申请人逾期未按收费通知要求缴纳费用 2 件: the applicant did not pay, the fees were asked)
    (("info_processing_fees",), rf"{_NEGATION}{_CLAUSE_GAP}(?:(?<!事业性|事业型)收费(?!通知)|(?<!事业性收取|缴纳)费用|信息处理费"
                                r"|(?<!事业性)收取[^,;。\n]{0,16}?费)(?!支出)"),
    (("reconsiderations", "lawsuits"),
     rf"{_NEGATION}{_NOT_RELATED_TO}{_CLAUSE_GAP}(?<!未经|不经)复议{_NOT_AN_OUTCOME}(?:,(?=提起))?{_CLAUSE_GAP}诉讼{_NOT_AN_OUTCOME}"),
    # (not 未经复议直接起诉: a lawsuit brought without a review first)
    (("reconsiderations",), rf"{_NEGATION}{_NOT_RELATED_TO}{_CLAUSE_GAP}(?<!未经|不经)复议{_NOT_AN_OUTCOME}{_NOT_A_JOINT_OUTCOME}"),
    # (not 未产生…诉讼相关的费用支出: a cost, not a lawsuit)
    # (not 未经复议直接诉讼 0 件: a lawsuit brought without a review first, its count written after it)
    (("lawsuits",), rf"{_NEGATION}{_NOT_RELATED_TO}{_CLAUSE_GAP}(?<!未经[^,;。]{{0,6}})诉讼{_NOT_AN_OUTCOME}{_NOT_A_JOINT_OUTCOME_OF_REVIEW}"
                    r"(?!相关|的?费用)"),
    (("applications_received",),
     # (未发生因政府信息公开申请行政复… cut by the page end: 因…申请 leads to a review or a lawsuit)
     # (无申请公开渠道不顺畅问题: 申请 qualifying another noun)
     # (not 不存在申请不予公开信息: the refusals none, not the applications)
     # (not 未收到行政复议、提起行政诉讼的申请: the reviews' and lawsuits' own)
     # (not 全年无政府信息公开申请结转办理情况: none carried, which says nothing of those received)
     # (not 只要不涉及国家机密…的政府信息依申请全部予以公开: a condition of disclosure, no count)
     rf"{_NEGATION}{_ATTRIBUTE_FREE_GAP}(?<!(?:复议|诉讼)(?:方面|类|案件|事项)?(?:的)?|因[^,;。]{{0,10}})申请(?!人|行政(?:复|诉)|复议|不予|结转|转结|[^,;。:\n]{{0,14}}(?:复议|诉讼)"
     # (a complaint about an application is not one, but 未收到…申请及相关投诉举报情况 names both as none)
     r"|(?!(?:及|和|以及|与)(?:相关)?(?:的)?(?:投诉|举报))[^,;。:\n]{0,14}(?:举报|投诉)"
     r"|(?:全部|均|一律)(?:予以|依法)?公开"
     r"|[^,;。:\n]{0,8}(?:渠道|途径|平台|方式)[^,;。:\n]{0,6}(?:问题|不畅|不顺)"
     rf"|[^,;。:\n]{{0,20}}(?:费|收取))"),
)

#: (metrics, what a heading names): under an outline heading naming these, a short paragraph
#: that only says "none" (``四、依申请公开政府信息收费及减免情况⏎我镇2016年度无申请。``,
#: ``四、复议和诉讼情况⏎2013年,未发生…``) states a zero of the heading's metrics, whatever noun
#: the sentence itself uses. First match wins.
HEADING_ZERO_SUBJECTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("info_processing_fees",), r"收费|费用"),
    (("reconsiderations", "lawsuits"), r"复议.{0,14}诉讼"),
    (("reconsiderations",), r"复议"),
    (("lawsuits",), r"诉讼"),
    (("applications_received",), r"依申请公开|申请公开"),
)
#: a page cut right after "none received" (…依申请公开情况⏎2020年,未收到政府|): the applications' zero, when the
#: words left, their paragraph (its heading run on, in a narrative view) or the part's heading name the
#: applications (:data:`CUT_RECEIPT_SUBJECT`), and never when the words left turn to complaints, reviews or
#: suits (未接到关于信息公开工作的投诉, 未接到因政府信息公开导致)
CUT_RECEIPT_ZERO = (r"(?P<zero>(?:未|没有)(?:曾)?(?:收到|接到|受理))"
                    r"(?:(?!投诉|复议|诉讼|导致|引起|引发|建议|咨询|举报|费)[^,;。:\n]){0,16}\s*$")
CUT_RECEIPT_SUBJECT = r"申(?!诉)"
#: an outline heading on its own line (一、… / (三)… / 3.…), the subject in ``subject``
#: (5、因政府信息公开申请行政复议、提起行政诉讼的情况。无。: the heading closed by 。 with its "none" on its line)
OUTLINE_HEADING = (r"(?m)^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|[((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[、.])"
                   r"(?P<subject>[^\n。]{2,40})(?:[ \t]*$|。(?=[ \t]?(?:无|没有|未)[^\n]{0,12}$))")

