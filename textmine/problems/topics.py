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

TOPIC_LABELS: tuple[str, ...] = tuple(label for label, _, _ in TOPICS)
CODE_TO_TOPIC: dict[str, str] = {code: label for label, code, _ in TOPICS}
TOPIC_DEFINITIONS: dict[str, str] = {label: text for label, _, text in TOPICS}

#: sentence labels
LABELS: tuple[str, ...] = ("problem", "measure", "other")
