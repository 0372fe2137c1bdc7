"""The topic taxonomy of section 五 (field guide §4.2): one line per label.

Each label has a short code, used in the hand-annotated corpus (``corpora/sentences``) to
keep annotation lines short, and a definition that says what a sentence must be about to
carry it. Problems and measures share the taxonomy, which is what lets follow-through
match a problem to the measure that answers it.
"""
from __future__ import annotations

#: (label, corpus code, definition)
TOPICS: tuple[tuple[str, str, str], ...] = (
    ("coverage_depth", "cov", "content too thin or routine, key areas / hot issues not covered, 形式多实质少, 上级采用少"),
    ("training_skills", "trn", "training, business ability of staff, learning the 条例"),
    ("timeliness", "tim", "information released late, columns not updated, stale or empty columns"),
    ("platforms_channels", "plat", "website columns/专栏, new-media accounts, 公开栏/专区, platform integration, 载体, 便民性"),
    ("staffing", "staff", "too few people, part-time/兼职, turnover, no legal/IT professionals, liaison not replaced"),
    ("procedures_review", "proc", "release workflow, 三审三校, confidentiality review, 制度/台账/流程/长效机制"),
    ("awareness_leadership", "lead", "认识不深, 重视不够, leadership and responsibility systems"),
    ("innovation_publicity", "innov", "novelty of form, publicity, reporting highlights upward, 亮点"),
    ("interpretation", "interp", "policy interpretation: single form, not plain language, no experts"),
    ("catalogue_standardisation", "cat", "公开目录/指南 detail, 标准化规范化, 基层政务公开, 权力目录"),
    ("participation_response", "part", "决策公开, public participation, 政府开放日, 回应关切"),
    ("coordination", "coord", "exchange with other units, cross-department coordination"),
    ("supervision_assessment", "sup", "assessment, inspection, rectification of upper-level findings"),
    ("applications_handling", "app", "依申请公开 handling, reply documents (format, numbering, remedies)"),
    ("security", "sec", "保密, 错敏词, copying old items to pass assessment"),
    ("legal_framework", "legal", "revising local rules/规定 to implement the 条例"),
)

#: each label as a Chinese reader names it (messages and the HTML page are Chinese)
TOPIC_NAMES_ZH: dict[str, str] = {
    "coverage_depth": "公开内容的全面与深度",
    "training_skills": "培训与业务能力",
    "timeliness": "公开及时性",
    "platforms_channels": "平台与渠道",
    "staffing": "人员配备",
    "procedures_review": "程序与审核制度",
    "awareness_leadership": "认识与组织领导",
    "innovation_publicity": "创新与宣传",
    "interpretation": "政策解读",
    "catalogue_standardisation": "目录与标准化",
    "participation_response": "公众参与与回应关切",
    "coordination": "统筹协调",
    "supervision_assessment": "监督考核",
    "applications_handling": "依申请公开办理",
    "security": "保密与安全",
    "legal_framework": "法规制度",
}

#: words that signal a topic (field guide §4.2), one line per label. The classifier sees a
#: ``__cue=<label>`` token for every match (:func:`textmine.problems.features.word_features`),
#: which lets a rare topic generalise from few examples: a sentence about 错敏词 looks like
#: other security sentences even when it shares no character trigram with them. A cue is
#: evidence, not a rule: the model weighs it against the rest of the sentence. Changing this
#: table changes the features, so the model must be retrained (the metadata records its hash).
TOPIC_CUES: tuple[tuple[str, str], ...] = (
    ("coverage_depth", r"公开(?:的)?内容|重点领域|公开(?:的)?范围|深度|广度|实质性|五公开|全过程公开|细化|不够全面|碎片化|颗粒度|"
     r"工作动态|只公开|未公开|公开不全|不完整|明细|要素|实用性|针对性|质量|信息量|数量|全面性|覆盖面"),
    ("training_skills", r"培训|轮训|学习|业务能力|业务水平|能力素质|业务不熟|掌握不准|把握不准|辅导|传帮带|老带新|跟班|"
     r"业务素质|综合素质|专业素养|业务知识|新条例|理解不(?:够|深|透|到位)"),
    ("timeliness", r"及时|滞后|更新|时效|延迟|工作日|集中补发|集中公开|空白|僵尸|才公开|时限|同步发布|即时|当日|每[周月季]"),
    ("platforms_channels", r"网站|栏目|专栏|新媒体|公众号|微博|抖音|客户端|公开栏|专区|查阅点|平台|渠道|载体|适老化|检索|"
     r"便民|查阅场所|显示屏|信息网|途径|手段"),
    ("staffing", r"兼职|专职|人员不足|力量|配备|配齐|流动|调整频繁|联络员|专人|岗位|增配|人手|调岗|队伍|兼任|"
     r"人员紧缺|身兼多职|专业人员|加派"),
    # not bare 机制/制度: every topic has its own (联动机制, 考核制度); workflow words only
    ("procedures_review", r"审核|审签|三审|审批|签批|流程|台账|公开属性|归档|闭环|规程|长效机制|工作机制|工作制度|管理制度|"
     r"发布制度|留痕|底稿|复核|记录"),
    ("awareness_leadership", r"重视|认识|意识|领导|第一责任|主体责任|责任清单|述职|党组|领导小组|一把手|主要负责同志"),
    ("innovation_publicity", r"创新|亮点|特色|品牌|宣传|知晓|经验做法|典型|评选|可视化|短视频"),
    ("interpretation", r"解读|解答|问答|图解|通俗|看不懂|明白纸"),
    ("catalogue_standardisation", r"目录|指南|标准化|规范化|标准指引|事项清单|权责清单|基层政务公开"),
    ("participation_response", r"征求意见|公众参与|开放日|回应|关切|舆情|政民互动|留言|信箱|决策|听证|座谈|议事|采纳|"
     r"意见建议|互动|参与|所想所盼|群众[^,。;]{0,8}需求"),
    ("coordination", r"协调|协同|联动|共享|会商|对接|沟通|衔接|口径|联合|部门之间|部门间|统筹|分工|各自为战|推诿|职责交叉|统一发布"),
    ("supervision_assessment", r"考核|督查|督办|评估|通报|抽查|监测|巡查|检查|整改|问责|扣分|考评|销号|监管|监督"),
    ("applications_handling", r"依申请|申请人|答复书|答复|补正|救济|不予公开|信息不存在|复议"),
    ("security", r"保密|错敏|敏感|隐私|个人信息|身份证|脱敏|泄露|商业秘密|去标识化|安全"),
    # rules governing disclosure only: citing or studying 《条例》 is not about rules (issue 19)
    ("legal_framework", r"(?:制定|制订|修订|出台|废止|清理|研究)[^,。;]{0,12}(?:规定|办法|规章|实施细则|实施意见)|"
     r"规章|立法|实施细则|配套制度"),
)



def topic_cues_hash() -> str:
    """SHA-256 of :data:`TOPIC_CUES` (recorded in the model metadata: the features depend on it)."""
    import hashlib

    text = "\n".join(f"{label}\t{pattern}" for label, pattern in TOPIC_CUES)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


TOPIC_LABELS: tuple[str, ...] = tuple(label for label, _, _ in TOPICS)
CODE_TO_TOPIC: dict[str, str] = {code: label for label, code, _ in TOPICS}
TOPIC_DEFINITIONS: dict[str, str] = {label: text for label, _, text in TOPICS}

#: topics that answer each other although they differ (one line per pair, read both ways):
#: a problem about one is addressed by a measure about the other. Kept small on purpose —
#: every pair here makes more problems count as answered.
#: (staffing ↔ training_skills was one until issue 19: on real pages a shortage of people —
#: 兼职, 人手不够, 缺乏专人 — is not answered by training the few there are; a measure that does
#: both carries both topics)
RELATED_TOPICS: tuple[tuple[str, str, str], ...] = (
    ("procedures_review", "security",
     "保密审查 / 错敏词校核 is a step of the release workflow: fixing the workflow answers a leak and vice versa"),
    ("interpretation", "participation_response",
     "解读回应: explaining a policy and answering the public's questions about it are one task"),
)

#: sentence labels
LABELS: tuple[str, ...] = ("problem", "measure", "other")
