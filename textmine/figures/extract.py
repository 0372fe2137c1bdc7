"""Narrative figure extraction: regex only, every pattern compiled once at import.

How a figure is found (the tables it reads are in :mod:`textmine.figures.vocabulary`):

1. The narrative view (:mod:`textmine.figures.narrative`) is scanned once for quantities
   (:func:`textmine.numbers.find_quantities`). Quantities that are dates or durations
   (年/月/日/号/个月), ordinals (第四), inside quotes or book titles (“民营经济32条”,
   《…》), glued to a following name (12345热线, 8+4, 5G, a fused digit run) or stated in
   a plan (下一步/力争/计划于) are dropped before anything else looks at them.
2. For each remaining quantity, the *window* is the text since the previous quantity in the
   same sentence. Metric wording in the window is matched with one compiled alternation;
   the nearest wording whose units fit wins (a wording right before the number beats one
   after it, which beats one further back). Wording right after the number (``50 件予以
   公开``, ``4 次…检查``) is used when the window has none. Relative words (废止, 结果维持,
   受理, 采纳) take their metric from the family of the figure before them, or from the wording
   right before them when it names a family (``行政复议结果纠正``).
3. Changes (同比增长/较上年减少/…), shares (占 N%), distributive lists (``建议和提案分别为
   74 件和 69 件``, ``答复率、满意率均为 100%``) and periods (历年累计, 日均, 在运维) are read
   from the same window.
4. Breakdowns: an opener (其中/包括/包含/内有/含, also inside parentheses) after a figure
   starts a list of its parts; a part whose window has no wording inherits the total's metric
   with its label as category. ``;``/``)``/另有 and the end of the sentence close lists, and so
   does a comma after a ``、``-separated list when the next clause has its own verb or channel
   (``其中 A、B、C,微信公众号推送信息 D 条``); 等 marks a list as not exhaustive. After
   coordinated totals (``行政复议 4 件、行政诉讼 3 件,其中…``) a part goes to the total it
   fits. After ``总数/总计/合计/共计`` the following labelled figures of the same metric are
   parts even without an opener (``发布信息总数 304 条,概况类信息 193 条,…``).
5. Zeros stated in words (未收取信息处理费, 未发生行政复议) come from their own table.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

import regex

from ..numbers import PERCENT_UNITS, Quantity, find_quantities
from . import vocabulary as V
from .guard import guarded

# --------------------------------------------------------------------------- compiled once

BEFORE_ALTERNATIVES: list[str] = []
#: group name -> ("metric", pattern index) / ("relative", role) / ("marker", kind) / ("change", "")
_GROUP_MEANING: dict[str, tuple[str, object]] = {}


def _add(name: str, pattern: str, meaning: tuple[str, object]) -> None:
    BEFORE_ALTERNATIVES.append(f"(?P<{name}>{pattern})")
    _GROUP_MEANING[name] = meaning


_add("chg", V.CHANGE_PATTERN.replace("(?P<dir>", "(?P<dir1>"), ("change", "dir1"))
for _kind in ("cumulative", "daily_average", "as_of", "share", "distribute", "each", "total", "terminator"):
    _add(f"k_{_kind}", V.MARKERS[_kind], ("marker", _kind))
for _i, _mp in enumerate(V.METRIC_PATTERNS):
    if _mp.side == "before":
        _add(f"m{_i}", _mp.pattern, ("metric", _i))
for _i, (_role, _pattern) in enumerate(V.RELATIVE_PATTERNS):
    _add(f"r{_i}", _pattern, ("relative", _role))
_add("bare", V.BARE_CHANGE_PATTERN.replace("(?P<dir>", "(?P<dir2>"), ("bare", "dir2"))
_add("k_opener", V.MARKERS["opener"], ("marker", "opener"))
_add("k_colon", V.MARKERS["colon"], ("marker", "colon"))
_add("k_etc", V.MARKERS["etc"], ("marker", "etc"))

BEFORE = regex.compile(guarded(BEFORE_ALTERNATIVES))
_BEFORE_GROUPS = tuple(name for name in BEFORE.groupindex if name in _GROUP_MEANING)


def _after_regex(side: str) -> tuple[regex.Pattern, dict[str, int]]:
    alts, names = [], {}
    for i, mp in enumerate(V.METRIC_PATTERNS):
        if mp.side == side:
            alts.append(f"(?P<a{i}>{mp.pattern})")
            names[f"a{i}"] = i
    return regex.compile("|".join(alts)), names


AFTER_NEAR, _AFTER_NEAR_NAMES = _after_regex("after_near")
AFTER, _AFTER_NAMES = _after_regex("after")
#: the after-near wordings one by one, in priority order, for when the first that matches does
#: not fit the number's unit
_AFTER_NEAR_EACH = tuple((i, regex.compile(V.METRIC_PATTERNS[i].pattern)) for i in sorted(_AFTER_NEAR_NAMES.values()))

CHANNEL = regex.compile("|".join(f"(?P<{name}_{i}>{pattern})" for i, (name, pattern) in enumerate(V.CHANNEL_PATTERNS)))
ZEROS = tuple((metrics, regex.compile(pattern)) for metrics, pattern in V.ZERO_PATTERNS)
HEADING = regex.compile(V.OUTLINE_HEADING)
HEADING_SUBJECTS = tuple((metrics, regex.compile(pattern)) for metrics, pattern in V.HEADING_ZERO_SUBJECTS)
CUT_RECEIPT_ZERO = regex.compile(V.CUT_RECEIPT_ZERO)
_ANSWERED_WITH_OUTCOMES_AFTER = regex.compile(V.ANSWERED_WITH_OUTCOMES_AFTER)
_GRANTED_AMONG_OUTCOMES = regex.compile(V.GRANTED_AMONG_OUTCOMES)
_GRANTED_PART = regex.compile(V.GRANTED_PART)
_SEPARATOR_BETWEEN = regex.compile(r"[,、;]")
_OTHER_LABEL = regex.compile(r"其他(?:的)?")
_TRAINED_AFTER = regex.compile(r"\s?(?:进行|开展|接受|参加)(?:了)?[^,;。\d]{0,12}?(?:培训|轮训)")
#: a part of reviews or suits named by its kind right after its number, then the outcome said of it (and of the kind
#: coordinated after it): 140 件行政复议、49 件行政诉讼获维持, 8 件行政复议结果纠正; one group per role
_REVIEW_ROLES = ("upheld", "corrected", "other_result", "pending")
_REVIEW_PART_AFTER = regex.compile(
    r"\s?行政(?P<noun>复议|诉讼)(?:案件)?(?:、\s?\d+\s?(?:件|起|宗)\s?行政(?:复议|诉讼)(?:案件)?)?"
    r"\s?(?:均|已|获|被|为)?(?:" + "|".join(
        f"(?P<{role}>{pattern})" for role, pattern in V.RELATIVE_PATTERNS if role in _REVIEW_ROLES) + ")")
_OUTCOME_IN_SENTENCE = regex.compile(V.OTHER_OUTCOME_WORDS + r"|信息不存在|非政府信息|不属于|不掌握")
CUT_RECEIPT_SUBJECT = regex.compile(V.CUT_RECEIPT_SUBJECT)
NEGATION = regex.compile(V.NEGATION)
_YEAR = regex.compile(V.YEAR_WORD)
PLAN = regex.compile(V.PLAN_PATTERN)
COMPARE = regex.compile(V.MARKERS["compare"])
NAME_STEM = regex.compile("(?:" + "|".join(V.NAME_STEMS) + r")\s?$")

_CLAUSE_BREAK = regex.compile(r"[,;:。()]")
#: a semicolon ends a statement: a wording before it names no number after it (未作出行政强制;作出 694 宗行政许可)
_STATEMENT_SEMICOLON = regex.compile(r"[;；]")
#: a wording that ends a list of topics (…政策解读等方面), then a list of counts with their own labels (其中主要
#: 包括机构职能 3 条): the label names what the number counts, not the last topic (not 发布多种形式政策解读,其中
#: 图解 18 件: kinds of the wording's own)
_OWN_LABEL_AFTER_TOPICS = regex.compile(r"\s?等(?:方面|领域|内容)?[^。\d]{0,8}?(?:其中|包括)[^,;。\d]{0,6}?[,:]?\s?\p{Han}{2,}\s?$")
#: the last clause before a position, after its separator
_LAST_CLAUSE = regex.compile(r"(?<=[,;、])[^,;、。:()\d]{2,16}$")
#: the rest of the means after named channels (通过其他方式公开 73 条, 其它渠道发布 12 条)
_OTHER_MEANS = regex.compile(r"(?:其他|其它)(?:方式|渠道|途径|载体|形式)")
#: a list of carriers closed by 等 (…公示栏等载体, 微信公众号等新媒体): the figure after it is no one channel's
_SEVERAL_CARRIERS = regex.compile(r"等(?:多种)?(?:载体|平台|渠道|方式|形式|媒体|新媒体|途径)")
#: what joins coordinated channel names (网站、微信公众号和公开栏)
_COORDINATOR = regex.compile(r"\s*(?:、|和|及|与|以及|或)\s*(?:“[^”]{1,16}”|《[^》]{1,20})?\s*")
_BRACKETS = regex.compile(r"[();]")
_SEPARATORS = regex.compile(r"[,、]")
#: between two numbers of one run (2433、1664 和 2247 条)
_NUMBERS_JOINED = regex.compile(r"\s?(?:、|和|及|与)\s?")
#: channels joined, the next one maybe with its owner (区门户网站、教体局微信公众号)
_CHANNEL_JOIN = regex.compile(_COORDINATOR.pattern
                              + r"(?:\p{Han}{1,5}?(?:局|委|办|院|厅|部|中心|政府|镇|街道)(?:的)?)?")
#: blank lines (at most three blanks before each line break)
_BLANK_LINES = regex.compile(r"(?:[^\S\n]{0,3}\n)+")
#: the comma between two kinds listed one after another
_LIST_COMMA = regex.compile(r"\s?[,;、]\s?")
#: words that make a label no kind of what was published (已公开 37 个, 较上年上涨了 800 人, 共发文 2 个)
_NOT_A_KIND = regex.compile(r"已|较|比|涨|增|减|降|公开|发布|发文|共|累计|其中|赠阅|发行|印发|发放|编印|阅读|点击|浏览|访问|报送")
#: nothing counted between a number and the end of its clause (分别发布 500 余条。: the only number)
_NO_NUMBER_TO_CLAUSE_END = regex.compile(r"[^\d,;。\n]*(?:[,;。\n]|$)")
#: a clause that opens by naming the channel it is about (通过微信公众号“某某发布”…)
_VIA_CHANNEL = regex.compile(r"\s*(?:通过|在|依托|利用)\s*(?:“[^”]{1,16}”)?\s*(?P<channel>" + CHANNEL.pattern + ")")
#: a clause naming the channel it came through, however closely (通过区政府门户网站…, 通过公开栏…)
_THROUGH_CHANNEL = regex.compile(r"\s*(?:通过|在|依托|利用)[^,;。\d]{0,12}?(?:" + CHANNEL.pattern + ")")
#: units only items published are counted in, and what must follow the first of a run of labelled
#: counts in them: a separator, a label of a few characters and a number in the same unit
_LABELLED_RUN_UNITS = frozenset({"条", "篇"})
_VERB_IN_LABEL = regex.compile(r"发现|纠正|整改|审核|审查|检查|删除|撤销|清理|办理|办结|答复|回复|受理|处理|收到|征集|提出")
#: (乡村振兴领域 60 余条(含产业扶持等),民生保障领域 80 余条: a gloss in brackets after the first part)
_LABELLED_RUN_NEXT = regex.compile(r"(?:\([^()\d]{1,30}\))?\s?[、,;]\s?[^\d\s,;、。:()]{2,10}?\s?\d+\s?(?:余|多)?(?P<unit>条|篇)")
#: what an opener may introduce instead of parts: kinds named without a count, closed by 等
_DESCRIBED = regex.compile(r"[^\d,;。()]*等\s?[,;。]")
#: a publishing verb opening a part's words
_PUBLISHING_VERB = regex.compile(r"^(?:主动)?(?:公开|发布|公布)(?:了)?")
#: the verb that takes applications up: alone it names those received (全年办理政府信息公开申请 21 件,
#: as the pages read it), after the received count it names those handled
_TAKING_UP = regex.compile(r"办理(?:了)?(?:各类)?\s?$")
#: a part that opens by naming the rest of its total (其他…)
_REST_LEAD = regex.compile(r"[\s,、;]*(?:其他|其它|其余)")
#: what may stand between one part of a list and the words of the next
_PART_GAP = regex.compile(r"[\s,、;]*")
#: a part named by its channel alone (…,政务微博 260 条): the separator, the channel, and at
#: most a publishing verb before the number
#: (…,党政网 40 条,市工商局网站 27 条, 市政府网站 27 条: the channel with its owner named before it)
_CHANNEL_LABEL = regex.compile(r"\s*[,、]\s*(?P<label>(?:\p{Han}{1,6}?(?:局|委|办|厅|院|中心|政府))?(?:政务|官方)?(?:"
                               + "|".join(p for _, p in V.CHANNEL_PATTERNS)
                               + r"))\s*[::]?\s*(?:发布|推送)?\s*(?:信息)?\s*(?:共|计)?\s*")
#: a clause opening with a verb of publishing (…,发布本系统政务动态信息 596 条)
_NEW_STATEMENT_VERB = regex.compile(r"\s*(?:另|还|并|同时)?(?:主动)?(?:发布|公开|公布|推送|更新|编发)")
NEW_STATEMENT_OR_CHANNEL = regex.compile(rf"(?:{V.NEW_STATEMENT})|(?:“[^”]{{1,16}}”)?(?:{CHANNEL.pattern})")
_FIRST_CLAUSE = regex.compile(r"[^,;。]*")
#: between a figure and an opener: a ; and then a clause of its own
_CLAUSE_AFTER_SEMICOLON = regex.compile(r";[^,;。]*,")
_SEMICOLON_ONLY = regex.compile(r"\s*;\s*")
#: after 包含/包括 (no colon), the contents of the next count's noun (…等信息的部门文件 28 条)
_CONTENTS_OF_NEXT = regex.compile(r"(?![::])[^,;。:\d]{2,60}?的[^,;。:\d]{1,12}\d")
#: what ends the clause of a count (a bracket after it is then no gloss of that count)
_CLAUSE_SEPARATOR = regex.compile(r"[,、;:。\n]")
_OPENER_AT = regex.compile(r"\s?(?:" + V.MARKERS["opener"] + ")")
#: right after a clause: its count opens a list of its own
_OPENS_OWN_LIST = regex.compile(r",\s?(?:其中|包括|含)")
_COUNT_IN_CLAUSE = regex.compile(r"[\d一二三四五六七八九十两]")
#: a channel named near a clause's start, then a verb of publishing (…;政府大厅电子显示屏发布 32 条):
#: a statement of its own
_CHANNEL_PUBLISHES = regex.compile(rf"[^,;。\d]{{0,6}}?(?:{CHANNEL.pattern})[^,;。\d]{{0,4}}?(?:发布|公开|推送|更新|张贴|公示)"
                                   # (…其他公开内容 81 条;重庆政务服务网公开行政许可信息 546 条: another site, by its name)
                                   r"|[^,;。\d]{1,12}?(?:服务网|网站|平台)(?:上)?(?:主动)?(?:发布|公开|推送|公示)")

#: how far before a number its wording, markers and list structure are looked for
MAX_WINDOW = 40

#: a verb of publishing after a column's wording (在“三务公开”专栏公开政府集中采购 13 项): the column is where the
#: number's items went, not what it counts
_PUBLISHED_IN_IT = regex.compile(r"公开|发布|公布|更新|推送|上传|发表")
#: what may stand between a wording and its number without breaking adjacency
_FILLER = regex.compile(r"(?:\s|共|共计|合计|总计|累计|达|达到|为|是|有|计|约为|:|\"|”|》|\)|了|已|数|量|全年|分别为|均为|增至|增加至|增长至|提升至|升至)*")
_SENTENCE_END = regex.compile(r"[。!?\n]")
_QUOTED = regex.compile(r"“[^”\n]{0,60}”|《[^》\n]{0,80}》|「[^」\n]{0,60}」|\"[^\"\n]{0,40}\"|‘[^’\n]{0,30}’")
#: a number glued to what follows it is a name or a code, not a count
_GLUED_AFTER = regex.compile(r"\s?(?:热线|服务热线|\+|[A-Za-z]|号文|号令|\p{Han})")
#: a verb or a word opening the next clause, glued to a count written without its unit (…信息 184通过…)
_CLAUSE_OPENING_AFTER = regex.compile(r"(?:通过|公开|发布|其中|主要|涉及|包括)")
#: a clause opening with a year (…,2020 年办理 3 件,…); up to the number, and the next clause's after it: a count
#: between a year and a later one, in a sentence running through three or more years, is history (:func:`_keep`)
_YEAR_CLAUSE_OPENING = regex.compile(r"(?:^|(?<=[,;、。\n]))\s?(?:19|20)\d{2}\s?年")
_YEAR_CLAUSE_BEFORE = regex.compile(r"(?:^|(?<=[,;、。\n]))\s?(?P<year>(?:19|20)\d{2})\s?年(?:度)?[^,;。、\n\d]{0,20}$")
_LATER_YEAR_CLAUSE_AFTER = regex.compile(r"[^,;。\n\d]{0,6}[,;、]\s?(?P<year>(?:19|20)\d{2})\s?年(?:度)?[^,;。、\n\d]{0,20}\d")
#: who asked, counted (收到 187 个申请人提出的…申请 583 件)
_APPLICANTS_AFTER = regex.compile(r"\s?申请人")


def _year_series(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` runs through three or more years, clause by clause."""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    stops = [i for i in (text.find("。", at), text.find("\n", at)) if i >= 0]
    end = min(stops) if stops else len(text)
    return len(_YEAR_CLAUSE_OPENING.findall(text, start, end)) >= 3


_GLUED_BEFORE = regex.compile(r"(?:\+|第\s?\(?\s?|No\.?\s?)$")
#: the headings of a catalogue of content counted by kind (5 类 7 项内容)
_KINDS_BEFORE = regex.compile(r"\d\s?(?:大)?类\s?$")
_CONTENT_AFTER = regex.compile(r"\s?(?:公开)?内容")
#: a mark an amount passed (突破 13 亿大关)
_MILESTONE_AFTER = regex.compile(r"\s?(?:元)?大关")
#: rates listed with 、 right before a percentage (满意率、办复率、公示率 100%)
_RATES_LISTED_BEFORE = regex.compile(r"(?P<rates>(?:\p{Han}{1,8}率、)+\p{Han}{1,8}率)(?:均|都)?(?:达到|达|为|是)?\s?$")
#: a count of items glued right after a count of pushes (发布 247 次 457 条)
_ITEMS_RIGHT_AFTER = regex.compile(r"\s?\d{1,6}\s?(?:条|篇)")
_PUSHED_BEFORE = regex.compile(r"(?:发布|推送|推出|编发)(?:了)?\s?$")
#: the posts of a leading group, held by the people counted before them (两名副镇长任副组长,3 名科长为成员)
_GROUP_POST_AFTER = regex.compile(r"\p{Han}{1,6}?(?:任|担任|为)(?:常务)?(?:副)?(?:组长|组员|成员)")
#: an article cited in a run after 第 (《条例》第19条,20条,21条): the 20 and 21 are articles too
_ARTICLE_RUN_BEFORE = regex.compile(r"第\s?\d{1,3}\s?条(?:\s?[,、和及与]\s?\d{1,3}\s?条)*\s?[,、和及与]\s?$")
#: a telephone's number after its name (热线电话(3222940), 电话:3222940): a number to call, not a count
_PHONE_BEFORE = regex.compile(r"(?:电话|热线|专线|手机|传真)(?:号码)?\s?[:：(（]?\s?$")
#: the first year of a span (2005-2020 年): a year, not a count
_YEAR_RANGE_AFTER = regex.compile(r"\s?[-—–~至到]\s?(?:19|20)\d{2}\s?年")
#: a project or place whose phase a Chinese numeral with 期 names (灌区二期, 二期工程)
_PHASE_OF_BEFORE = regex.compile(r"(?:灌区|新区|园区|小区|工程|项目|片区|花园|家园|新城|社区)\s?$")
_PHASE_OF_AFTER = regex.compile(r"\s?(?:工程|项目|还建|建设|改造|小区|安置)")
#: a count of cases right before (申请 1 件 1 项): what follows restates them in another unit
_CASES_JUST_BEFORE = regex.compile(r"\d\s?(?:件|宗)\s?$")
#: how often, not how many (工作动态每周 2 篇, 每年 1 篇)
#: (每季度通报一次: the verb between the period and its count)
#: (每月公示低保、特困户数及发放情况信息一条: what is done each month, however it is worded)
_FREQUENCY_BEFORE = regex.compile(
    # (每2个月发布一期, 每年检查更新一次: a number of periods, and a check as the deed)
    # (每日实时更新 3 条以上: how, between the period and the deed)
    r"每(?:(?:\d{1,2}\s?)?(?:周|月|年|季度?|天|日|半年|个月|旬)(?:(?:至少|实时)?(?:公示|公开|发布|更新|通报|报送|推送"
    # (每季度组织一次政务信息公开培训, 每月召开一次联席会议: a rhythm set in a rule, no count of the year)
    r"|编发|编印|印发|出刊|检查|梳理|组织|召开|举办)[^,;。:\d\s]{0,20})?)?\s?$")  # (对每一条信息: each, no count)
#: the starting point of a comparison (信息发布量由 2013 年的 1128 条增加到…): another period's figure
_EARLIER_PERIOD_BEFORE = regex.compile(r"由\s?(?:(?:19|20)\d{2}\s?年(?:度)?|原来|原先|以前|过去|上年|去年)(?:的)?\s?$")
#: a rhythm said with one period (增设了视频新闻,一周五期): how often, no count of the year
_ONE_PERIOD_BEFORE = regex.compile(r"[,、]\s?一(?:周|星期)$")
#: 与 2020 年发布数量 26 条相比增长 130.77%: the earlier year's count a change is measured from,
#: no figure of the year reported
_COMPARED_WITH_BEFORE = regex.compile(r"(?:与|同|和)\s?(?:(?:19|20)\d{2}\s?年(?:度)?|上年(?:度)?|去年|上一年(?:度)?)(?:同期)?(?:的)?"
                                      r"[^,;。\d]{0,10}?$")
_COMPARED_WITH_AFTER = regex.compile(r"\s?(?:相比|比较|相较)")
#: a bracket after a comparison that opens with the year compared with (较 2022 年同比增长 57%(2022 年…为 14 件))
_BASE_YEAR_BRACKET_BEFORE = regex.compile(r"(?:同比|较|比)[^。;()]{0,24}\(\s?(?:19|20)\d{2}\s?年[^()]{0,30}$")
#: 一 as an article, not a count (作为一项重要工作, 是一个…)
#: (…政府的一项重要工作, 发布的一份报告: 一 after 的 is an article too; 一式三份 is how many copies
#: of each, no count)
#: (这一… needs no line here: :data:`_ANAPHORA_BEFORE` takes any number after 这)
#: (…有了一个全面认识: 有了 before 一个 is "a")
_ARTICLE_BEFORE = regex.compile(r"(?:(?:作为|成为|列为|是)\p{Han}{0,3}|为|那|其|进行|的|有了)\s?$")
_COPIES_EACH_BEFORE = regex.compile(r"一式\s?$")
#: 均/全部 after a number, before its answer (2 件均已办结)
_OF_ALL_AFTER = regex.compile(r"\s?(?:均|全部|都)(?:已)?")
#: a preposition or verb naming what follows it (通过 12316 平台, 拨打 12345)
_THROUGH_BEFORE = regex.compile(r"(?:通过|依托|利用|拨打|开通|借助|运用)\s?$")
#: a column's name right before a generic publishing wording (“政策解读”栏目发布信息, 社会救助栏目发布信息)
_COLUMN_BEFORE = regex.compile(r"(?:“(?P<name>[^”\d]{2,14})”|(?<=[,;:、]|其中)(?P<name>[^\d,;、。:()“”\s]{2,14}?))"
                               r"(?:栏目|专栏|版块|板块)(?:中|内|上)?(?:共)?(?:发布|公开|更新|推送)(?:了)?(?:各类)?"
                               r"(?:政府|政务)?(?:信息|内容|文章)?\s?$")
#: a part labelled by its year alone (,2017 年 83 条): see _without_earlier_years
_YEAR_LABEL = regex.compile(r"(?:[,、;:]|其中)\s?(?P<year>(?:19|20)\d{2})\s?年(?:度)?\s?$")
#: what a number of 个 counts when it is no figure: kinds (发布信息 6 个类别, 中小学、卫生院等 11 个二级分类), years
#: gone by (8 个年头), areas of the work (…专题专栏的 26 个试点领域中: the areas, not the columns named before them), the platforms
#: a body publishes on (…网站及“某某”微信公众号两个平台进行公开: not a count of accounts)
#: (…政务新媒体和政务服务网四个信息公开载体, 抓住主动公开和依申请公开两个关键: the kinds just listed, counted)
#: a whole divided into parts right before the number (政府信息公开分为 8 个内容)
#: a practice named by its second pass (二次解读, 二次审核, 二次开发)
_SECOND_PASS_AFTER = regex.compile(r"(?:解读|审核|审查|校对|校核|开发|利用|加工|传播|创作|编辑|把关)")
_DIVIDED_INTO_BEFORE = regex.compile(r"(?:分为|分成|划分为|分作)\s*$")
_KINDS_AFTER = regex.compile(r"\s?(?:类别|大类|种类|(?:一级|二级|三级)?分类|模块|年头|环节|步骤|(?:试点|重点|公开)?领域|关键|抓手|方面|层次|层面|维度"
                             r"|(?:政府信息公开|信息公开|政务公开|公开|发布)?(?:平台(?!账号|帐号)|渠道|载体|阵地))"
                             # (9 个重点领域信息专栏: the columns, named by their areas)
                             # (新建 10 余个重点领域信息公开专题专栏: the same with what they publish between)
                             r"(?!(?:信息|政务|政策)?(?:公开)?(?:专题)?(?:栏目|专栏))")
#: a stock word opening a list of documents (现行有效…), and what the list between it and a later kind may
#: hold: document nouns, their counts and separators (no verb that would start another statement)
_IN_FORCE_OPENING = regex.compile(r"现行有效(?:的)?")
_DOCUMENTS_LISTED_ONLY = regex.compile(r"(?:(?![制发印出台布公开废止清理修订新年度本])\p{Han}|[\d\s,、()])*")
#: the information disclosed, named by nothing else (依法公开政府信息, 予以公开相关信息): under a total of
#: applications, what was given on them
_DISCLOSED_INFORMATION = regex.compile(r"(?:依法|已|均)?(?:予以)?公开(?:了)?(?:相关)?(?:政府)?信息")
#: a count of the documents a body made (制发公文 201 件, 行政发文共 21 件, 月报发文数 42 件, 政府文件信息 22 条), of which
#: a bare publishing verb after it counts the ones published: documents, not items
_DOCUMENTS_MADE = regex.compile(r"(?:制发|印发|发出)(?:了)?(?:\p{Han}{0,4}?)(?:公文|文件)|发文|公文|政府文件信息")
_BARE_PUBLISHING = regex.compile(r"(?:主动)?(?:公开发布|公开|发布)(?:了|的)?")
#: what may stand between the applications' count and a bare 公开 that gives its outcome (,已公开 1 条)
_BEFORE_BARE_DISCLOSURE = regex.compile(r"[ ,、]*(?:已|均)?")
_JUST_AFTER_COUNT = regex.compile(r"[\s,、;:]*(?:其中)?[\s,:]*(?:共|已|并)?(?:主动)?(?:公开)?")
#: what a plan or notice asks for, said right after its count (…等 22 项政府信息公开内容作了明确要求)
_REQUIREMENT_AFTER = regex.compile(r"\s?[^,;。\d]{0,14}?(?:作(?:了|出)?|提出(?:了)?)(?:明确|具体|详细)?(?:的)?要求")
#: the field a rank is taken in (在全国 49 个较大市中排名第二, 57 个直报点排名第…): counted peers
_RANKING_POOL_AFTER = regex.compile(r"\s?\p{Han}{0,10}?中?(?:排名|排第|排列第|位列|名列|位居)")
#: the documents a number names right after its unit, by the family they belong to
_DOCUMENT_FAMILY_AFTER = ((regex.compile(r"\s?(?:行政)?规范性文件"), "normative_documents"),
                         (regex.compile(r"\s?(?:政府)?规章(?!制度)"), "regulations"))
#: a noun right after a count that names no document (4 个|主办单位), for a relative word (保留, 废止) read as
#: the normative documents' only by default
_NOT_DOCUMENTS_AFTER = regex.compile(r"\s?(?!(?:行政)?规范性|(?:政府|部门|市|县|区)?规章|(?:政府|政策|现行有效|有效)?文件|公文|政策)"
                                     r"\p{Han}{2}")
#: what another body made and this one reposted (转载城管执法领域法律法规 7 篇): items, whatever the label
_REPOSTED_BEFORE = regex.compile(r"(?:转载|转发)(?:了)?\s?$")
#: a row of a table printed as text (规 章 0 0 0, 新收政府信息公开申请数量 0 0 0 0 0 0 0): bare
#: numbers side by side, separated by spaces only
_TABLE_ROW_AFTER = regex.compile(r"[ \t]+\d+(?:\.\d+)?[ \t]+\d")
_TABLE_ROW_BEFORE = regex.compile(r"\d[ \t]+$")
#: 一个 as an article before what it qualifies (推入一个新的发展阶段, 还干部一个清白): no count
_ARTICLE_AFTER = regex.compile(r"(?:新的|全新|崭新|清白|明白|良好|更高|更好|较好|较大|重要|有力|完整|稳定|坚实|长效)")
#: how a count is kept, not a count (不同渠道和方式公开相同信息按 1 条计)
_COUNTING_RULE_BEFORE = regex.compile(r"按\s?$")
_COUNTING_RULE_AFTER = regex.compile(r"\s?(?:计|统计|计算)")
#: the second half of a "one … one …" rule after a Chinese-numeral one (一件|一档, 一户|一策, 一事|一议)
_ONE_EACH_AFTER = regex.compile(r"一(?:档|策|议|品|审|卷|码|表|册|账|评|单|案|档案)(?!\p{Han}{0,2}\d)")
#: (不同渠道同一信息计 1 条: the same rule with the verb before the number)
_COUNTED_ONCE_BEFORE = regex.compile(r"(?:同一|相同)[^,;。()\d]{0,6}?(?:计|算|记)(?:为|作)?\s?$")
#: 一次 inside a set phrase of the services' reform (最多跑一次, 只跑一次腿清单, 一次性告知): a name, no count
_ONE_TIME_BEFORE = regex.compile(r"跑\s?$")
_ONE_TIME_AFTER = regex.compile(r"性|告知|办结|办好|办成")
#: the separator after a part of a list written number first (…、3 条采购信息、|4 条…)
_NUMBER_FIRST_PART_BEFORE = regex.compile(r"\d\s?条\p{Han}{2,12}[、;]\s?$")
#: a count of rules or mechanisms (9项…工作制度, 九项制度)
_RULES_AFTER = regex.compile(r"[^,;。:\d]{0,12}?(?:制度|机制)(?![^,;。]{0,6}\d)")
#: a count referred back to (这 7 件, 上述 3 件, 以上 2 件): no new figure
_ANAPHORA_BEFORE = regex.compile(r"(?:这|该|上述|前述|以上)\s?$")
#: a count per unit (每个局属单位设置 1 名信息联络员, 各处室指定一名信息员)
#: (每个处室(单位)和直属单位确定了一名信息员: the units named more closely between)
#: (相关科室配备 1 名信息员, 业务科室设 1 名联络员: the units as a kind, each with its own)
_PER_UNIT_BEFORE = regex.compile(r"(?:每个|每一个|各|相关|业务)(?:处室|科室|单位|部门|股室|局属单位|直属单位|村|社区)"
                              r"[^,;。\d]{0,14}?(?:都|均)?"
                              r"(?:指定|设置|配备|明确|确定|安排|设立|设|至少有|有)(?:了)?(?:至少)?"
                              # (各单位均有一名分管领导主管、一名办公室人员具体负责: each count of the run)
                              r"(?:(?:一|两|二|三|\d+)\s?名[^,;。\d]{1,12}?、)*$")
#: what a place administers (下辖 11 个行政村和 1 个社区, 全镇辖 9 个村、2 个社区, 辖区内有 5 个社区): geography, no
#: figure (not 辖区内三家医院…公开: bodies at work)
_ADMINISTERS_BEFORE = regex.compile(r"(?:辖(?!区)|辖区(?:内)?(?:共)?有)(?:有)?[^,;。\d]{0,4}"
                                    r"(?:\d+\s?个[^,;。\d]{1,6}(?:和|、|及|,))?\s?$")
#: (各业务科室配备兼职负责政府信息公开工作的人员各 1 人: 各 again right before the number)
_PER_UNIT_EACH = regex.compile(r"各\p{Han}{0,4}?(?:处室|科室|单位|部门|股室|村|社区|乡镇|街道)[^,;。\d]{0,30}?各\s?$")
#: after a kind's wording, the other kinds of its list and the sum (…、业务动态等共计 50 条)
#: (…、建议提案、公务员招考等六大类 44 项信息: the number of kinds between)
#: (…、行政处罚和强制等重点领域政府信息公开 784 条: the last kind, then the fields' items together)
_LIST_SUM_AFTER = regex.compile(r"[^,;。:\d]*?、[^,;。:\d]*?等\s?(?:(?:共计|合计|总计|共)\s?(?:为|达|有)?"
                                r"|[一二三四五六七八九十两]{1,2}\s?大?类(?:共计|共)?)\s?"
                                r"|[^,;。:\d]*?等\s?(?:重点|重要)?领域(?:的)?(?:政府)?(?:信息)?(?:公开|发布)?(?:共计|共)?\s?")
#: a numbered item of a list the sentence runs through (…;5.…)
_NUMBERED_ITEM = regex.compile(r";\s?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、]")
#: the forms an interpretation takes, listed before 解读 (音频、视频、图表解读 13 件): interpretations all, not kinds of items
#: (文字、图片类政策解读 11 篇; 图文、视频等解读材料 33 件; 一图读懂、动漫等政策解读产品 27 个: forms, then 类 or 等)
_FORMS_OF_INTERPRETATION = regex.compile(r"(?:^|[,;:。])?(?:(?:音频|视频|短视频|图表|图文|图解|图片|文字|动漫|漫画|H5|专家|媒体|动画"
                                         r"|一图读懂|长图"
                                         # (多形式、多角度解读政策文件 17 篇: the manners of interpreting, no kinds listed)
                                         r"|多形式|多角度|多渠道|多维度|多层次|全方位)[、和及与]?)+(?:类|等(?:形式|方式)?(?:的)?)?$")
#: the year's additions to a count (今年新增, 新增): see ``_added``
#: (not 较上年新增 20 条: 20 more than last year, a change)
_ADDED_BEFORE = regex.compile(r"(?<!(?:较|比|同比|环比)[^,;。\d]{0,6})(?:今年|本年(?:度)?|当年|全年|(?:19|20)\d{2}\s?年(?:度)?)?"
                              r"(?:共|累计)?新增(?:了)?\s?$")
#: a value given by a copula or a colon (申请数为 2, 申请数: 0): complete without a unit
_STATED_VALUE_BEFORE = regex.compile(r"(?:为|是|:|达|共|计)\s?$")
#: the headings a disclosure catalogue is made of, counted (19 个一级公开类别, 38 个公开事项), after the catalogue is named
_CATALOGUE_ENTRY_AFTER = regex.compile(r"\s?(?:一级|二级|三级)?(?:公开)?(?:类别|事项|子项)")
_CATALOGUE_BEFORE = regex.compile(r"(?:公开|政务公开|信息公开)事项(?:目录|清单)[^。;]*$")
#: a gloss of what a count leaves out, open before a number (…208 件(不含上年结转 5 件))
_EXCLUDED_GLOSS_BEFORE = regex.compile(r"\((?:不含|不包括|未含)[^()]{0,16}$")
#: a gloss of what a count includes, right before its number (…(含行政规范性文件)182 件)
#: (其他信息(意见征集、答问知识库等)18 条: examples closed by 等 gloss the label before them too)
_INCLUDING_GLOSS_BEFORE = regex.compile(r"\((?:(?:含|包括|包含)[^()]{1,20}|[^()\d]{1,24}等)\)\s?$")
#: 等 closing a list right after its last part's count (…回应关切 2 条、监督保障 9 条等方面。)
_ETC_CLOSING_PART = regex.compile(r"等(?:方面|内容|领域|类别)?(?:的)?(?:信息|内容)?(?=[,;。:\s)]|$)")
#: a numbered slogan (三个“突出”, 两个“确保”; 两个文明建设)
_SLOGAN_AFTER = regex.compile(r"\s?(?:[“\"]|文明)")
#: the page's own counter in the site's header (发布时间: … 浏览次数: 1): the page read, no figure of the report
_PAGE_COUNTER_BEFORE = regex.compile(r"(?:浏览次数|阅读次数|点击次数|点击数|浏览量|阅读量|访问次数)\s?[::]\s?$")
#: the earlier value of a change said with its later one (数量由 17 个调整至 25 个): only the later one counts
_CHANGED_TO_AFTER = regex.compile(r"\s?(?:调整|增加|增|扩大|提高|提升|减少|减|压缩|降低|上升|下降)(?:至|到|为)\s?\d")
#: one for one, a working rule (文件发布一条解读一条, 出台一件解读一件): no count
_ONE_FOR_ONE = regex.compile(r"一\s?(?P<unit>条|件|个|份|项)[^,;。\d]{1,4}一\s?(?P=unit)")
#: one of a list's members (列为八项重点工作之一, 全省 10 个试点之一): the list's length, no count of the year's work
_ONE_OF_AFTER = regex.compile(r"[^,;。\d]{0,10}?之一")
#: the report's outline or a list's length (…等 6 个部分组成): see :data:`V.OUTLINE_AFTER`
_OUTLINE_AFTER = regex.compile(V.OUTLINE_AFTER)
#: an outcome word right after its number (3 件维持): one named group per role
#: (1 件经沟通解释后撤销复议: how it came about may stand between the number and its outcome)
RELATIVE_AFTER = regex.compile(r"\s?(?:经[^,;。\d]{1,10}?后\s?)?(?:均|已|被)?(?:" + "|".join(
    f"(?P<{role}>{pattern})" for role, pattern in V.RELATIVE_PATTERNS if role in V.RELATIVE_AFTER_ROLES) + ")")


def _outcome_of_all(outcomes) -> regex.Pattern:
    """The outcome of every case of a count, said after it (1 件,为其他结果): ``outcomes`` is
    ``(metric, wording)`` pairs, the match's ``lastgroup`` the metric (see
    :data:`V.OUTCOME_OF_ALL_LEAD`)."""
    alternatives = "|".join(f"(?P<{metric}>{pattern})" for metric, pattern in outcomes)
    return regex.compile(rf"{V.OUTCOME_OF_ALL_LEAD}(?:{alternatives})(?![^,;。]{{0,8}}\d)")


#: family of a total -> what follows it when the outcome of all its cases is said
OUTCOMES_OF_ALL: dict[str, regex.Pattern] = {
    family: _outcome_of_all((V.RELATIVE_METRICS[(family, role)], pattern)
                            for role, pattern in V.RELATIVE_PATTERNS if role in V.RELATIVE_AFTER_ROLES)
    for family in V.OUTCOME_OF_ALL_FAMILIES}
OUTCOMES_OF_ALL["applications"] = _outcome_of_all(V.APPLICATION_OUTCOMES_OF_ALL)
_OUTLINE_BEFORE = regex.compile(V.OUTLINE_BEFORE)
#: 无一例 / 没有一起: a negation right before 一 says none
_NONE_BEFORE = regex.compile(r"(?:无|没有|未有|未发生|未出现|不存在)(?:出现|发生)?(?:任何)?$")
#: what parts two coordinated figures into separate statements
_STATEMENT_BREAK = regex.compile(r"[;。\n]")
_DATE_DIGITS = regex.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])")
#: label cleaning for categories
#: the 和 inside the template's own category names (重大建设项目批准和实施, 国民经济和社会发展规划): no separator between
#: two labels (人大建议和政协提案 stays two: each house's papers have metrics of their own)
_AND_BETWEEN_LABELS = r"(?<!批准|国民经济)和(?!实施|社会发展)"
_LABEL_CUT = regex.compile(
    # (not inside 政策、规范性文件 / 法律法规及规范性文件: one label over two kinds of documents)
    rf".*(?:[,;:()“”《》\s]|(?<!政策|法规)(?:、|{_AND_BETWEEN_LABELS}|及(?!时))|(?:、|{_AND_BETWEEN_LABELS}|及(?!时))(?!规范性文件)"
    r"|其中|包括|包含|内有|内含|含|分别(?:为|是|达到|达)?|等|通过|在|以及|另有"
    r"|(?:19|20)\d{2}年(?:度)?|我(?:局|委|办|厅|镇|乡|街道|区|县|市|院|中心|处|所))")
_LABEL_LEAD = regex.compile(
    # (1.组织机构类信息 3 条;2.部门文件类信息 8 条: an item's number before its label)
    r"^(?:(?:\d{1,2}\s?[.、]|主动|累计|全年|共计|共|本年度?|今年|各类|相关|其中|依托|利用|公开|发布|推送|发送|更新|发文|刊发|转载|公布|编发|张贴"
    r"|上传|推出|刊登|报道|了|的)\s?)+")
#: (重大财政政策公开 17 条: the label names what was published, the verb after it is no part of it)
#: (征占用草原许可共办理 64 个: the matter named, the cases handled under it counted)
_LABEL_TRAIL = regex.compile(r"(?:的?(?:总数|总量|数量|条数)|数|共|计|达|为|约|:|\s|(?<=\p{Han}{2})(?:公开|发布|推送)(?:了)?"
                             r"|(?<=\p{Han}{2})(?:共|累计)(?:办理|受理|核发|发放)(?:了)?)+$")
#: a label that ends in a verb and its generic object (经审核发布信息, 对外公开信息) is a verb
#: phrase: the words before the verb say how, not which category
_LABEL_VERB_OBJECT = regex.compile(
    r"(?:公开|发布|推送|发送|更新|发文|刊发|转载|公布|编发|张贴|公示|上传|推出|刊登|报道|审查|审核)(?:了)?"
    r"(?:各类|相关|各领域|各方面|重点领域|各项)?(?:政府|政务)?(?:信息|内容|稿件|文章|消息|新闻)$"
    # an adverb of manner before a verb (及时准确公开…) makes the label a verb phrase
    r"|(?:及时|准确|全面|主动|依法|规范|第一时间)\p{Han}{0,4}(?:公开|发布|推送|更新|公布)")
#: a label naming this verb counts handling, not a category of items published (热点问题解答)
_HANDLING_VERB = regex.compile(r"办理|办结|答复|回复|受理|处理|解答|回答|收到|收件|回应|接听|接待")
#: the received total's own verbs: no new act when a part of it names them (局长信箱收到 2 件)
_RECEIVING_VERB = regex.compile(r"收到|收件|受理|接收")
_RECEIVING_VERB_END = regex.compile(rf"(?:{_RECEIVING_VERB.pattern})$")
#: the metrics that count documents of some kind (their sum counts documents)
_DOCUMENT_KINDS = frozenset({"documents_published", "normative_documents_issued", "regulations_issued"})
#: the subject of a sentence opening a list of the kinds the sentence before counted (主动公开政府信息的类别主要包括:
#: 机构职能类信息共 4 条…)
#: (2025 年新街镇主动公开的信息主要包括:…: the year and the body before)
#: not the kinds of all the years (我乡历年…主要类别情况), which are no parts of the year's count — 全年累计 is the year's own
_NOT_ALL_THE_YEARS = r"(?!.*(?:历年|(?<!全年|本年|今年|年度)累计))"
#: ((二)主动公开政府信息的主要类别情况: an outline item's number before, 情况 after; never the kinds of all the years)
_KINDS_OF_THE_TOTAL = regex.compile(_NOT_ALL_THE_YEARS + r"(?:[((][一二三四五六七八九十\d]{1,2}[))]|[一二三四五六七八九十\d]{1,2}[、.])?"
                                    r"(?:(?:(?:19|20)\d{2}\s?年(?:度)?)?(?:我|本)?\p{Han}{0,8}?(?:(?:19|20)\d{2}\s?年(?:度)?)?"
                                    r"(?:主动)?公开(?:的)?(?:政府|政务)?信息"
                                    r"(?:的)?(?:主要)?(?:类别|类型|分类)?(?:情况)?(?:上)?(?:主要)?"
                                    r"|(?:(?:主动)?公开(?:的)?(?:政府|政务)?信息(?:的)?)?(?:主要)?(?:类别|类型|分类)(?:情况)?(?:上)?(?:主要)?)")
#: the same subject naming the year's items published (…主动公开政府信息主要类别情况, not a bare 主要类别): it may break down
#: the count of the numbered item before it even when that item says more after its count
#: (1、2021 年我乡主动公开政府信息共 12 条,均按规定时间上网发布。⏎2、我乡 2021 年主动公开政府信息主要类别情况:…)
_KINDS_OF_THE_ITEMS_PUBLISHED = regex.compile(_NOT_ALL_THE_YEARS + r".*主动公开(?:的)?(?:政府|政务)?信息(?:的)?(?:主要)?"
                                              r"(?:类别|类型)(?:情况)?")
#: a count right before a bracket (…项目 32 个(其中…)
_COUNT_BEFORE_BRACKET = regex.compile(r"\d+(?:\.\d+)?\s?(?:余|多)?\s?\p{Han}\s?$")
#: a publishing verb, then three or more kinds of information listed with 、 up to 等 right before a count
_KINDS_ENUMERATED_BEFORE = regex.compile(r"(?:公开|发布|公布)(?:了)?(?P<kinds>[^,;。:\d、]{2,16}(?:、[^,;。:\d、]{2,16}){2,})"
                                         r"等(?:类)?(?:信息|内容)?(?:共计|共|合计)?\s?$")
#: after a document wording, other kinds listed up to 等 or content in general (…政策文件、统计公报、经济运行情况等 100 条,
#: …相关政策等内容共计 695 条): the count is of all of them
_OTHER_KINDS_AFTER = regex.compile(r"(?:、[^,;。:\d、]{2,12}){1,6}等(?:信息|内容)?(?:共计|共|合计)?\s?|等(?:相关)?(?:内容|信息)(?:共计|共|合计)?\s?"
                                   # (…发布政务信息、政策法规工作动态等内容 141 条: another kind written on without 、)
                                   r"|\p{Han}{2,8}?等(?:相关)?(?:内容|信息)(?:共计|共|合计)?\s?")
#: kinds listed with 、 after a wording, right up to the count (…文件、重要通知公告、教育动态 1012 条)
_KINDS_LISTED_AFTER = regex.compile(r"(?:、[^,;。:\d、]{2,12}){1,6}(?:共计|共|合计)?\s?")
#: 等 closing a list right before its count (…、其他文件等共 100 余件)
_ETC_SUMMED = regex.compile(r"等(?:类)?(?:信息|内容)?(?:共计|共|合计)?\s?")
#: two or more kinds listed with 、 right before the last one
_KINDS_LISTED_BEFORE = regex.compile(r"(?:[^,;。:\d、]{2,16}、){2,}$")
#: kinds of information that are no documents (领导信息, 财政预决算, 统计数据, 公示公告, 规划计划…)
_NOT_A_DOCUMENT_KIND = regex.compile(r"(?<!公开)信息(?!公开)|统计数据|动态|预决算|预算|决算|公示|(?<!数据)公告|领导|人事|收费|计划|规划"
                                     r"|结果|概况|职能|采购")
#: the families a document word's relative (现行有效, 保留, 废止) belongs to
_DOCUMENT_FAMILIES = frozenset({"normative_documents", "regulations"})
#: 等 closing a list of topics, then a noun of items right before the number (…等政务动态 183 条)
_ETC_ITEMS_NOUN = regex.compile(r"、[^,;。\d]{1,16}?等(?P<noun>(?:政务|工作|各类|政府)?(?:信息|动态|内容|稿件))\s?$")
#: the two kinds of cases whose outcomes (维持, 纠错, 尚未审结) follow their counts
_REVIEW_FAMILIES = frozenset({"reconsiderations", "lawsuits"})
#: the outcome of an application governs the number right after it, within its clause: 事项均予以公开,动态调整
#: 领导分工信息 3 次 is no disclosure of 3 applications (z87)
_COMMA_OR_STOP = regex.compile(r"[,;。]")  # (not a bracket: 其他(不属于本机关公开)的 4 件 is its own clause)
#: the units documents are counted in (items are counted in 条)
_DOCUMENT_COUNTS = frozenset({"件", "份"})
#: what may precede a part's label in its clause: separators, or nouns coordinated with it
#: (重点排污单位废水、废气、噪声监测结果 58 条), never a number
#: (a bracketed sub-list just closed may stand before the separator: …6件)、人事任免4件)
#: (其中,公开领导介绍 4 项;组织机构 6 项;公开法规公文 9 项: the verb of the list said again before a part)
#: (…60 余条(含产业扶持等),民生保障领域 80 余条: the part before glossed in brackets)
#: (…决策文件 5 条,各类通知公告 555 条: the label's leading 各类 / 相关, which the label drops, opens the clause too)
_LABEL_OPENS_CLAUSE = regex.compile(r"(?:\([^()\d]{1,30}\))?\)?[\s,、;:“]*(?:[^\d\s,;:。()]{1,12}、)*[\s“]*(?:公开|发布|公布)?"
                                    # (…决算 1 条,2025 年财政预算 1 条: the document's year before its label)
                                    r"(?:各类|相关)?(?:(?:19|20)\d{2}\s?年(?:度)?)?")
#: between a count and its cumulative restatement (104 份,历年累计 1089 份)
_RUNNING_TOTAL_GAP = regex.compile(r"[\s,、]*(?:\p{Han}{0,2}(?:累计|以来|至今))+\s*(?:共|达|为)?\s*")
_HAN = regex.compile(r"\p{Han}")
#: between a count and the next count of the same thing in another unit (6 期 1920 份, 12 期,共 2400 份)
_FOLLOWING_GAP = regex.compile(r"[\s,、]*(?:共|合计|总计)?(?:计)?\s?")
#: a clause saying where something was published (在信息公开目录系统…发布, 通过微信公众号推送)
_PLACE_STATEMENT = regex.compile(r"\s?(?:在|于|通过|依托|利用)[^,;。\d]{1,40}?(?:发布|公开|推送|更新)")
_MESSAGE_KINDS = frozenset({"messages_handled", "hotline_cases"})
#: the units messages are counted in (not 次 / 人次: times something was done, people served)
_MESSAGE_COUNTS = frozenset({"件", "条", "封"})
_NPC_METRICS = frozenset({"npc_cppcc_items", "npc_suggestions", "cppcc_proposals"})
#: metrics whose count in another unit than the labelled part before it is no part of that list
_UNIT_OF_ITS_OWN = _NPC_METRICS | {"service_items"}
#: what names the answers to suggestions and proposals, not the suggestions themselves
_ANSWERS = regex.compile(r"答复|复文|办理结果|办理情况|办理")
#: the answers' own papers (复文, 答复件) after a publishing verb: items published (公开人大代表建议、政协提案复文 188
#: 件); 办理结果 alone stays the suggestions handled (annotators read 公开…提案办理结果 10 件 both ways)
_REPLY_PAPERS = regex.compile(r"复文|答复(?!率)|办理结果信息")
#: the verbs of making the answers public
_PUBLISHING = r"公开|公示|公布|发布"
_PUBLISHED_REPLY = regex.compile(rf"(?:{_PUBLISHING})(?:了)?(?:答复|复文)")
_PUBLISHED_JUST_BEFORE = regex.compile(rf"(?:{_PUBLISHING})(?:了)?[^,;。、\d]{{0,3}}$")
#: a publishing verb opening the clause of an NPC/CPPCC label (公开人大代表建议和政协提案办理结果 10 件, 集中发布区政府
#: 承办 2022 年度市人大代表建议…办理情况 12 件, 网站公开建议提案办理报告 42 件): what was published, counted as items —
#: the dev and dev2 annotations read 26 such figures as items against 8
#: (…but not 办理结果 N 件: the results published are read as the suggestions handled on six dev2 pages
#: against one — left as the annotators read it)
_RESULTS_LABEL = regex.compile(r"办理结果\s?(?:共计|共)?$")
#: a publishing verb right before an answer, perhaps with 办理 between (发布办理答复 12 件)
_PUBLISHED_HANDLING_BEFORE = regex.compile(rf"(?:{_PUBLISHING})(?:了)?(?P<handling>办理)?$")
#: the papers whose answers a sentence is about
_NPC_PAPERS = regex.compile(r"建议|提案|议案")
_PUBLISHED_IN_CLAUSE = regex.compile(rf"(?:{_PUBLISHING}|登载)(?:了)?(?:\d{{4}}年度?|[^,;。、\d\n]){{0,14}}$")
_POSTINGS_IN_TIMES = regex.compile(V.POSTINGS_IN_TIMES)
#: a total word ending an NPC/CPPCC label (人大代表建议的会办意见共 5 条): no part of the category
_TOTAL_WORD_TAIL = regex.compile(r"\s?(?:共计|合计|共)$")
#: 办理 in the clause before an NPC/CPPCC label: the clause says the handling (公开办理人大建议 38 件)
_HANDLED_IN_CLAUSE = regex.compile(r"办理[^,;。、\d\n]*$")
_PUBLICATION_KINDS = frozenset({"items_published", "documents_published", "policy_interpretations"})
#: case files and answers a list opened by a publishing verb counts (公开…信箱办件 22 件、…热线办件 7341 件)
#: (not 公开…留言…答复 70 条: the messages answered — only a mailbox's or hotline's case files, 办件)
_PUBLISHED_CASE_LABEL = {metric: regex.compile(r"答复|复文|办件") for metric in _NPC_METRICS} | {
    metric: regex.compile(r"办件") for metric in ("messages_handled", "hotline_cases")}
_PUBLISHED_LIST_OPENING = regex.compile(
    r"(?:^|(?<=[,;:]))\s*(?:\d{4}年(?:度)?\s*,?\s*)?(?:全年|共|累计)?(?:公开|公示|公布)(?:了)?[^,;。:]*$")
_STOCK_CONTEXT = regex.compile(V.STOCK_CONTEXT)
_MADE_VERB = regex.compile(r"发布|制发|出台|印发|制定|新增|起草|审议通过")
_IN_FORCE_METRICS = frozenset(V.ISSUED_AS_IN_FORCE.values())
#: new-media accounts and websites named in a sentence (whose views a 浏览量 counts)
_NEW_MEDIA_NAMED = regex.compile(r"微博|微信|抖音|快手|头条|公众号|视频号|新媒体|客户端")
_WEBSITE_NAMED = regex.compile(r"网站|门户|网页|网址|官网")
#: a website or a part of one (专栏点击量: the column's visits)
_SITE_OR_COLUMN_NAMED = regex.compile(_WEBSITE_NAMED.pattern + r"|专栏|栏目|专区")
#: the items published counted earlier in the sentence, then their clicks or views (not 访问量: visits are a site's)
_CLICKS_OF_ITEMS = regex.compile(r"(?:公开|发布|推送|更新)[^。;]{0,30}?\d\s?(?:余|多)?\s?(?:条|篇)[^。;\d]{0,60}?"
                                 r"(?:点击量|浏览量|点击|浏览)(?:总量|次数)?(?:达|为|共)?\s?$")
#: the one 和/及/与 joining two labels of a 各 number
_JOINED_LABELS = regex.compile(r"(?<=\p{Han})(?:和|及|与)(?=\p{Han})")
#: received and handled, both verbs right before a count of applications named after it
_RECEIVED_AND_HANDLED_BEFORE = regex.compile(r"(?:收到|受理)(?:并|和|及)(?:处理|办理|答复)(?:了)?\s?$")
#: a count further on in the same clause (…,结转下年办理政府信息公开申请 1 宗)
_COUNT_LATER_IN_CLAUSE = regex.compile(r"[^,;。\n]*?\d")
#: an outcome closing the clauses that follow a count of applications, after the reason for it
_CLOSING_OUTCOMES = {"不予公开": "applications_denied", "无法提供": "applications_unavailable",
                     "不予处理": "applications_not_processed", "予以公开": "applications_granted",
                     "部分公开": "applications_partial"}
_OUTCOME_CLOSING_AFTER = regex.compile(r"(?:[^。;,\d]{2,30}?,){1,2}\s?(?P<outcome>" + "|".join(_CLOSING_OUTCOMES)
                                       + r")(?=[;。,]|$)")
_CARRIED_AFTER = tuple((metric, regex.compile(pattern)) for metric, pattern in V.APPLICATIONS_CARRIED_AFTER)
#: between two totals named side by side (行政复议 5 宗、行政诉讼 0 宗)
_COORDINATED_TOTALS = regex.compile(r"\s?[、,和及与]\s?")
#: a kind named after others (…、决策解读 / 政府会议、会议解读) and what may stand before its number when the
#: number counts them all (等, 类信息)
_LAST_OF_KINDS = regex.compile(r"\p{Han}{2,}、\p{Han}{0,4}$")
_DOCUMENTS_AND_INTERPRETATIONS = regex.compile(r"(?:文件|规章|法规)(?:及其|及|和|与)(?:相关|配套)?(?:政策)?解读$")
_INTERPRETED_BEFORE = regex.compile(r"解读(?:了)?(?:本级|本部门|本单位|我局|相关|重要|重大)?$")
_ITEMS_AND_BEFORE = regex.compile(r"信息(?:及|和|与|以及)$")
_INTERPRETATION_BEFORE = regex.compile(r"解读、\p{Han}{0,4}$")
_VERB_OPENING = regex.compile(r"(?:主动)?(?:公开|发布|公布|推送|开展|制作|编发)")
_KINDS_SUMMED = regex.compile(r"(?:类)?(?:信息)?\s?(?:等)?\s?(?:共计|合计|共)?\s?")
#: the units items are counted in (not 件: 公开完成 6 件人大主办件、3 件政协主办件 count the papers the noun names)
_ITEM_UNITS = frozenset({"条", "篇"})
#: a noun glued after a count's unit, then 、 and the next number: a list written number first opens there
_NUMBER_FIRST_LIST_OPENED = regex.compile(r"(?P<label>\p{Han}{2,12}?)、\s?\d")
#: a part's label written after its number and unit, up to the list's next separator (1 条政策解读,
#: 5 条工作方案; 3 件网上申请、2 件当面申请和…): a noun phrase without digits
_TRAILING_LABEL = regex.compile(r"(?P<label>[\p{Han}“”《》]{2,14}?)(?=\s*(?:[,、;。]|$|(?:和|及|以及)?\s*\d|等))")
#: …unless it opens with a verb, an adverb or a preposition: then it states something of the number
#: (3 件已办结, 2 件为网上申请, 12 条通过网站发布, 1 件不予公开)
_TRAILING_LABEL_NOT = regex.compile(
    r"[“”《》]*(?:已|均|为|是|系|属|涉及|未|尚|正|在|被|予|经|通过|由|向|对|按|依|于|办|答|转|结|不|无|有|得|获|给|作|进行"
    r"|需|要|因|将|可|并|同|较|比|占|共|累计|合计|分别|其中|主要|包括|全部|各|的|次|以|从|自|到|达|至|涉|用|来"
    r"|公开|发布|推送|上报|报送|更新)")
#: the longest run of parts without units read as a list's parts
_MAX_LIST_WALK = 40
#: how far back in its sentence a number's channel is looked for
_CHANNEL_REACH = 300
#: the kind of channel (政务新媒体) and the accounts it may name right after it
_NEW_MEDIA_KIND = regex.compile(r"(?:政务)?新媒体")
_NEW_MEDIA_CHANNELS = frozenset({"wechat", "weibo", "douyin", "toutiao", "app"})
#: what ends a stretch of a list between two of its numbers
_LIST_GAP_BREAK = regex.compile(r"[。!?\n;:()]")
#: 等 closing a list of channels right before the next one (…公众号等新媒体)
_SUMMED_UP = regex.compile(r"等(?:多种|各类)?$")
#: only a sum's word before a number (…,共计 35 条)
#: (…政策 11 条,…政策公开 17 条,共公开 28 条: a bare publishing verb after 共 adds nothing)
_SUM_ONLY = regex.compile(r"[\s,、;]*(?:共计|合计|总计|总共|共)(?:共)?\s*(?:公开|发布|公布)?(?:了)?\s*(?:为|达|有)?\s*")
#: what a gloss in parentheses may not hold (a number, another bracket, a sentence's end)
_GLOSS_BREAK = regex.compile(r"[\d()。;\n]")
#: how long a gloss between a wording and its number may be (发布信息(工作动态、住房保障、…等栏目)239 条: the columns
#: the count covers, listed in the bracket)
_GLOSS_REACH = 48
#: a label written in quotes right before its number (“政策法规”58 条)
_QUOTED_LABEL = regex.compile(r"“(?P<label>[^“”]{1,20})”\s*(?:类)?(?:信息)?\s*$")
#: a document's title alone in its clause, right before its number (《政府信息公开指南》1 条)
_TITLE_LABEL = regex.compile(r"(?:^|[,;:、\s])(?P<label>《[^《》\d]{2,18}》)\s*$")
_GENERIC_LABELS = frozenset({"信息", "政府信息", "政务信息", "各类信息", "各类政府信息", "相关信息", "内容", "稿件",
                             "文章", "消息", "新闻", "动态", "其他", "其它", "各类", "类", "",
                             # (电视台、微信公众号等方式公开 1000 余条: a description of channels)
                             "方式", "渠道", "途径", "形式", "载体", "平台", "媒体"})


@dataclass(slots=True)
class RawFigure:
    """A figure while it is being built (view offsets)."""

    metric: str
    value: int | float
    unit: str | None
    qualifier: str | None
    start: int
    end: int
    value_start: int
    value_end: int
    value_high: int | float | None = None
    kind: str = "count"
    direction: str | None = None
    channel: str | None = None
    category: str | None = None
    period: str = "annual"
    parent: int | None = None
    parts: list[int] = field(default_factory=list)
    exhaustive: bool | None = None
    includes_carried_over: bool = False
    sentence: int = 0


@dataclass(slots=True)
class _Frame:
    parent: int
    paren: bool
    colon: bool
    implicit: bool = False
    not_exhaustive: bool = False
    #: the figure the opener followed (``parent`` moves to an earlier coordinated total when a
    #: part belongs to it), how many parts the list has taken, and the separator it uses
    #: between its parts (the first ``、`` or ``,`` after its first part)
    opened_after: int = -1
    taken: int = 0
    separator: str | None = None
    #: where the first part's words start (just after the opener)
    first_part_at: int = -1
    #: the parenthesis depth it was opened at: a ``)`` closes only the lists opened inside
    #: it (``其中政策文件 34 条、重点领域信息(执法监督)30 条、…`` goes on past the gloss)
    depth: int = 0


# not frozen: hundreds are made per report and a frozen dataclass's __init__ costs
# about five times as much; nothing assigns to one after it is made
@dataclass(slots=True)
class _Hit:
    kind: str  # metric / relative / marker / change / bare
    start: int
    end: int
    key: object  # pattern index / role / marker kind / direction
    category: str | None = None
    #: for a relative word written right after a metric's wording (行政复议结果纠正): the family
    #: that wording names, which outranks the figure before it, and where that wording starts
    family: str | None = None
    lead: int | None = None

    @property
    def span_start(self) -> int:
        """Where a figure stated with this wording starts (行政复议结果纠正 1 件)."""
        return self.start if self.lead is None else self.lead


# --------------------------------------------------------------------------- helpers


def _hits(text: str, start: int, end: int) -> list[_Hit]:
    out: list[_Hit] = []
    for m in BEFORE.finditer(text, start, end):
        name = m.lastgroup
        if name not in _GROUP_MEANING:
            # lastgroup can be an inner group (cat, dir): find the outer alternative
            name = next(g for g in _BEFORE_GROUPS if m.start(g) >= 0)
        kind, key = _GROUP_MEANING[name]
        category = None
        if kind == "metric":
            mp = V.METRIC_PATTERNS[key]
            if mp.category == "cat" and m.group("cat"):
                category = m.group("cat")
            elif mp.category == "match":
                category = m.group(name)
        elif kind in ("change", "bare"):
            key = V.DIRECTIONS.get(m.group(key), "up")
        family = lead = None
        if kind == "relative" and out and out[-1].kind == "metric" and out[-1].end == m.start():
            named = V.METRICS[V.METRIC_PATTERNS[out[-1].key].metrics[0][0]].family
            if (named, key) in V.RELATIVE_METRICS:
                family, lead = named, out[-1].start
        out.append(_Hit(kind, m.start(), m.end(), key, category, family, lead))
    return out


def _channel_name(match) -> str:
    """The channel a :data:`CHANNEL` match names (its group is the name and a pattern number)."""
    return match.lastgroup.rsplit("_", 1)[0]


def _unit_fits(units: frozenset, unit: str | None) -> bool:
    return unit in units


def _metric_for(pattern_index: int, unit: str | None) -> str | None:
    for metric, units in V.METRIC_PATTERNS[pattern_index].metrics:
        if unit in units:
            return metric
    return None


def text_strip(text: str, start: int, end: int) -> str:
    return text[start:end].strip()


#: the rest of a paragraph after its last count's number: the unit and a full stop, nothing else
_PARAGRAPH_CLOSED_BY_COUNT = regex.compile(r"\s?(?:余|多)?\p{Han}{0,2}[。:]?[ \t]*\n\s*")


def _names_its_own_subject(text: str, sentence_start: int, verb: int) -> bool:
    """Whether the clause of a bare direction verb names what changed before it (…共压缩审批时间 23560 天,
    平均审批效率提高了 84.79%: the efficiency rose, not the count before it) — a change of the figure before
    follows its clause's separator with at most a filler word (受理 87 件,减少 12 件; 较上年共增加 5 件)."""
    return _OWN_SUBJECT.search(text, _clause_start(text, sentence_start, verb), verb) is not None


def _clause_start(text: str, sentence_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last clause mark of its sentence before it."""
    return max(sentence_start, *(text.rfind(mark, sentence_start, pos) + 1 for mark in _CLAUSE_MARKS))


_CLAUSE_MARKS = (",", ";", ":")  # (the text is normalised: full-width marks are folded to these)
#: a subject of two or more characters that is not the count itself (数量, 件数) or a filler (共, 同比, 分别)
_OWN_SUBJECT = regex.compile(r"\p{Han}*?(?<!数|量)(?:效率|时间|时限|时长|速度|质量|水平|满意度|比例|比重|率|成本|能力)(?=\p{Han}{0,2}$)")


def _adjacent(text: str, end: int, start: int) -> bool:
    return _FILLER.fullmatch(text, end, start) is not None


def _gloss_start(text: str, start: int, pos: int) -> int:
    """Where a digit-free gloss in parentheses written right before ``pos`` starts (``政策法规
    文件(规定、条例、标准、方案)4 份``: the wording meets its number across the gloss);
    ``pos`` when there is none."""
    end = pos
    while end > start and text[end - 1] == " ":
        end -= 1
    if end <= start or text[end - 1] != ")":
        return pos
    opened = text.rfind("(", max(start, end - _GLOSS_REACH), end - 1)
    if opened < 0 or _GLOSS_BREAK.search(text, opened + 1, end - 1):
        return pos
    return opened


def _label(text: str, start: int, end: int) -> str | None:
    """The category label written just before a number: ``,概况类信息`` -> 概况类."""
    found = _label_span(text, start, end)
    return found[0] if found else None


def _closed_since(text: str, start: int, end: int) -> bool:
    """Whether a bracket open at ``start`` closes before ``end`` (more ``)`` than ``(`` between)."""
    between = text[start:end]
    return between.count(")") > between.count("(")


#: the rest of a list of labelled parts (…;应急管理类信息 2 条,占比 9%;其他 18 条,占比 82%), a label only there
_REST_LABEL = regex.compile(r"(?:^|(?<=[,;、:\s]))(?P<label>其他|其它)\s?$")


def _rest_label(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``("其他", where)`` when the words before the number are 其他 alone (see :data:`_REST_LABEL`)."""
    m = _REST_LABEL.search(text, start, end)
    return (m.group("label"), m.start("label")) if m else None


def _label_span(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``(label, where it starts in text)`` (see :func:`_label`)."""
    gloss_at = _gloss_start(text, start, end)
    if gloss_at < end:
        # 行政办事事项(居民)105 条: the label with its gloss
        found = _label_span(text, start, gloss_at)
        if found is None:
            return None
        label = found[0] + text[gloss_at:end].strip()
        return (label, found[1]) if len(label) <= 20 else (found[0], found[1])
    raw = text[start:end].rstrip().rstrip(":").rstrip()  # (机构概况:2 条;人事信息:1 条: the label before its colon)
    if raw.endswith("”") and "“" not in raw:
        raw = raw[:-1].rstrip()  # (动态要闻”62 条、市县动态” 59 条: the opening quotes lost, the closing ones stray)
    quoted = _QUOTED_LABEL.search(raw)
    if quoted:
        # 其中“政策法规”58 条,“规划计划”6 条: the column's name in quotes is the label
        label = quoted.group("label").strip()
        if 2 <= len(label) <= 14 and not regex.search(r"\d", label) and label not in _GENERIC_LABELS:
            return label, start + quoted.start("label")
        return None
    title = _TITLE_LABEL.search(raw)
    if title:
        # 信息类别:《政府信息公开指南》1 条;机构概况 1 条: a document's title alone in its clause
        return title.group("label"), start + title.start("label")
    cut = _LABEL_CUT.match(raw)
    label = raw[cut.end():] if cut else raw
    for m in CHANNEL.finditer(label):
        label = label[m.end():]
    label = _LABEL_LEAD.sub("", label)
    label_start = start + len(raw) - len(label)
    label = _LABEL_TRAIL.sub("", label)
    if _LABEL_VERB_OBJECT.search(label):
        return None
    if label.endswith("类信息"):
        label = label[:-2]
    elif label.endswith("信息") and label[:-2] in V.CATEGORY_WORDS:
        label = label[:-2]
    if label in _GENERIC_LABELS or len(label) < 2 or len(label) > 14 or regex.search(r"\d", label):
        return None
    return label, label_start


class _Sentences:
    def __init__(self, text: str):
        self.ends = [m.start() for m in _SENTENCE_END.finditer(text)]

    def start_of(self, pos: int) -> int:
        i = bisect_left(self.ends, pos) - 1
        return self.ends[i] + 1 if i >= 0 else 0

    def end_of(self, pos: int, limit: int) -> int:
        i = bisect_left(self.ends, pos)
        return self.ends[i] if i < len(self.ends) else limit

    def index(self, pos: int) -> int:
        return bisect_left(self.ends, pos)


class _Quotes:
    def __init__(self, text: str):
        spans = [m.span() for m in _QUOTED.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def inside(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.spans[i][0] < start and end <= self.spans[i][1] - 1


# --------------------------------------------------------------------------- traps


def _in_closed_aside(text: str, position: int, end: int) -> bool:
    """Whether ``position`` lies inside brackets that close before ``end``."""
    opening = max(text.rfind("(", 0, position), text.rfind("（", 0, position))
    if opening < 0:
        return False
    closings = [i for i in (text.find(")", opening, end), text.find("）", opening, end)) if i >= 0]
    return bool(closings) and position < min(closings)


#: another kind of piece named after the interpretations, before their shared number (…政策解读、宣传稿件 2305 篇)
_OTHER_KIND_AFTER = regex.compile(r"[、和及与](?:宣传|新闻|动态|工作|信息)\p{Han}{0,4}?(?:稿件|信息|文章|报道)(?:共|共计)?\s?")
#: what :meth:`_Extractor._stated_sum` returns for a sum that is no figure of the vocabulary
_NO_FIGURE = ""
#: applications counted after the verb that handled them (办理的 24 件信息公开申请, 依法依规办结的 551 件依申请公开)
_HANDLED_THE_BEFORE = regex.compile(r"(?:办理|办结|答复|处理)(?:完毕|完成)?(?:了)?的\s?$")
#: the applications just counted said to be concluded (…14 件政府信息公开申请已全部办结)
_CONCLUDED_AFTER = regex.compile(r"\s?(?:(?:已|均已|均)(?:全部)?|全部)(?:依法)?(?:办结|答复完毕|办理完毕|答复)")
#: a number right after a wording read after another number (…2 次、意见征集 17 次)
_NUMBER_NEXT = regex.compile(r"\s?(?:共|计)?\s?\d")
#: what stands between a part and its share written bare (…102 条,8.6%)
_BARE_SHARE_GAP = regex.compile(r"\s?,\s?")
#: terms a Chinese numeral and 次 begin (二次供水, 一次性, 二次开发): no count of times
_TERM_AFTER_TIMES = regex.compile(r"\s?(?:供水|性|开发|创业|分配|装修|污染|加压|元)")
#: information coordinated with the noun right before a number (疫情信息和防控措施 135 条)
_INFORMATION_AND_BEFORE = regex.compile(r"信息(?:和|及|与|、)\p{Han}{1,6}$")
#: the measures a plan holds (出台推进政务公开 4 方面 17 条措施): no count of what was published
_MEASURES_AFTER = regex.compile(r"\s?(?:具体|工作|硬核|务实)?(?:措施|举措)")
#: the likes a channel's posts got (获赞 3.6 万, 点赞量达 1200)
_LIKES_BEFORE = regex.compile(r"(?:获赞|点赞(?:数|量|总数)?)(?:达|为|共|累计)?\s?$")
#: the cases another body led, which this one only helped with (协办件 13 件)
_ASSISTED_BEFORE = regex.compile(r"协办(?:件|事项|案件)?\s?$")
#: people assigned by each unit (各科室还专门指派 1 名工作人员, 各处室各确定 1 名处级干部): a head count per unit, no
#: count of the body's staff
#: (…各确定 1 名处级干部作为责任领导,1 名工作人员为具体责任人: the second head count of the same assignment too;
#: not 局属各基层单位配备兼职政务信息员 6 名, the units' people counted together, nor 各社区均指定…联络员,另外配备 2 名)
#: (各科室、下属事业单位均要落实一名信息员, 镇各部门上报一名信息员, 各办(所)明确1名…信息员: the units listed between)
_EACH_UNIT_ASSIGNS = regex.compile(r"(?:各|每个?)[\p{Han}、()]{0,12}?(?:确定|指派|明确|安排|配备|落实|指定|选派|上报)(?:了)?\s?"
                                   r"(?:[1一][名位][^。;,\n]{0,16}?(?:[,、和]|以及)\s?(?:同时)?(?:确定|指定|明确|安排)?(?:了)?\s?)?$")
#: a bracket's first entry, up to its first separator or bracket
_FIRST_ENTRY = regex.compile(r"[^,;、。()]*")


def _unclosed_gloss(text: str, pos: int) -> bool:
    """``发布专题专栏 1 条(某县…指导目录(2024 年版),预算决算公开 2 条,…。``: a bracket after a count
    that names the item (no number in its first entry) and is never closed in its sentence is a
    gloss the page forgot to close, not a list of the count's parts."""
    first = _FIRST_ENTRY.match(text, pos + 1)
    if any(ch.isdigit() for ch in first.group()):
        return False
    stop = text.find("。", pos)
    stop = len(text) if stop < 0 else stop
    depth = 0
    for ch in text[pos:stop]:
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return False
    return True


#: month•day (5•15, 5·15 政务公开日): a day's name, no count
_MONTH_DAY_MARK = regex.compile(r"[•·・]\d{1,2}")
_MONTH_DAY_MARK_BEFORE = regex.compile(r"\d{1,2}[•·・]$")


def _keep(text: str, q: Quantity, quotes: _Quotes) -> bool:
    """False for quantities that are not counts whatever the context says."""
    if q.is_time:
        return False
    before = text[max(0, q.start - 4):q.num_start]
    if _GLUED_BEFORE.search(before):
        return False
    if q.unit == "条" and _ARTICLE_RUN_BEFORE.search(text, max(0, q.start - 40), q.num_start):
        return False  # 《条例》第19条,20条: an article cited after another, no count
    if quotes.inside(q.start, q.end):
        return False
    if _OUTLINE_AFTER.match(text, q.end):
        return False
    lead = text[max(0, q.start - 12):q.start]
    if _OUTLINE_BEFORE.search(lead):
        return False
    if q.chinese and q.unit == "次" and _TERM_AFTER_TIMES.match(text, q.end):
        return False  # 二次供水许可证信息, 一次性: a term, not a count of times
    if q.unit in ("名", "人", "位") and _EACH_UNIT_ASSIGNS.search(text, max(0, q.start - 40), q.start):
        return False  # 各科室还专门指派 1 名工作人员: a head count per unit, no count of the body's staff
    if q.unit == "项" and _CONTENT_AFTER.match(text, q.end) and _KINDS_BEFORE.search(lead):
        return False  # 涵盖…等 5 类 7 项内容: the headings of the content, not a count of it
    if _MILESTONE_AFTER.match(text, q.end):
        return False  # 财政收入突破 13 亿大关: a mark an amount passed, no count
    if q.unit == "次" and _ITEMS_RIGHT_AFTER.match(text, q.end) and _PUSHED_BEFORE.search(lead):
        return False  # 累计发布 247 次 457 条: the pushes, glued to the items they carried (which the verb counts)
    if q.unit in ("名", "人", "位") and _GROUP_POST_AFTER.match(text, q.end):
        return False  # 两名副镇长任副组长: who holds the leading group's posts, no count of staff
    if q.unit in ("条", "项") and _MEASURES_AFTER.match(text, q.end):
        return False  # 4 方面 17 条措施: the measures of a plan
    if _LIKES_BEFORE.search(lead):
        return False  # 官方抖音…获赞 3.6244 万: the likes a channel got, no count of what it published
    if q.unit == "类" and _NUMBER_NEXT.match(text, q.end):
        return False  # 公示公告信息 4 类 46 条: how many kinds, between the wording and its count
    if _MONTH_DAY_MARK.match(text, q.end) or _MONTH_DAY_MARK_BEFORE.search(text, max(0, q.start - 3), q.start):
        return False  # 5•15 政务公开日: a day of the year named by month and day
    if _ASSISTED_BEFORE.search(lead) and "主办" not in text[max(0, q.start - 40):q.start]:
        # 完成市政府办公室协办件 13 件: cases another body led, no count of this report's (not
        # 代表建议 22 件(主办件 19 件、协办件 3 件): the suggestions by role, parts of their total)
        return False
    if lead.endswith("届") or (q.unit == "次" and text.startswith(("全会", "全体会议"), q.end)) \
            or (q.unit == "次" and text.startswith("会议", q.end) and "届" in lead[-8:]):
        return False  # 市委五届四次全会, 县十八届人大二次会议: a session's ordinal
    if q.chinese and q.value == 1 and _NONE_BEFORE.search(lead):
        return False  # 无一例…行政复议: none, not one
    if q.chinese and q.value == 1 and _ONE_EACH_AFTER.match(text, q.end):
        return False  # 按一件一档规范档案管理, 一企一策: a rule of one thing to each, no count
    if _FREQUENCY_BEFORE.search(text, max(0, q.start - 32), q.start) or _EARLIER_PERIOD_BEFORE.search(lead) \
            or _ONE_PERIOD_BEFORE.search(lead):
        return False
    if _COMPARED_WITH_AFTER.match(text, q.end) and _COMPARED_WITH_BEFORE.search(text, max(0, q.start - 24), q.start):
        return False
    if _BASE_YEAR_BRACKET_BEFORE.search(text, max(0, q.start - 48), q.start):
        return False  # 同比增长 57%(2022 年依申请公开申请数量为 14 件): the year compared with, in its bracket
    if q.chinese and q.value == 1 and (_ARTICLE_BEFORE.search(lead) or _ARTICLE_AFTER.match(text, q.end)):
        return False
    if q.chinese and q.value == 1 and lead.endswith("同"):
        return False  # 解读同一篇政策文件: the same one, no count
    if _ANAPHORA_BEFORE.search(lead):
        return False  # (这 7 件因为…): the number refers back to a count already stated
    if (_COUNTING_RULE_BEFORE.search(lead) and _COUNTING_RULE_AFTER.match(text, q.end)) \
            or _COUNTED_ONCE_BEFORE.search(lead):
        return False
    if q.chinese and q.value == 1 and q.unit == "次" \
            and (_ONE_TIME_BEFORE.search(lead) or _ONE_TIME_AFTER.match(text, q.end)):
        return False
    if q.chinese and q.value == 2 and q.unit == "次" and _SECOND_PASS_AFTER.match(text, q.end):
        return False  # 做好二次解读, 二次审核: a second pass, the name of a practice, no count
    if q.unit in ("个", "项") and _CATALOGUE_ENTRY_AFTER.match(text, q.end) \
            and _CATALOGUE_BEFORE.search(text, max(0, q.start - 40), q.start):
        return False  # (主动公开事项目录…包括 19 个一级公开类别、38 个公开事项: a catalogue's headings, no count of work)
    if q.unit in ("个", "类") and _KINDS_AFTER.match(text, q.end):
        return False  # 发布信息 6 个类别: a count of kinds, no figure (ANNOTATION.md); 8 个年头: a duration
    if q.unit in ("个", "类", "项", "大类") and _DIVIDED_INTO_BEFORE.search(lead):
        return False  # 政府信息公开分为 8 个内容: the parts a whole is divided into, a count of kinds (ANNOTATION.md)
    if q.unit in ("项", "个", "条") and _REQUIREMENT_AFTER.match(text, q.end):
        return False  # 对…等 22 项政府信息公开内容作了明确要求: what a work plan asks for, no count of work done
    if _RANKING_POOL_AFTER.match(text, q.end):
        return False  # 在全国民委系统 57 个直报点排名第…: the field the body is ranked in, not its work
    if _RULES_AFTER.match(text, q.end) and not (q.unit == "条" and _NUMBER_FIRST_PART_BEFORE.search(lead)):
        # 评议考核等9项政府信息公开工作制度: a count of rules set up, no figure (not …、4 条政府信息公开制度 in a list
        # of the items published written number first: the rules' page, one more part of it)
        return False
    if q.chinese and q.unit == "条" and lead.endswith("》"):
        return False  # 《政府信息公开条例》二十条: an article of the law, not a count
    if _COPIES_EACH_BEFORE.search(lead):
        return False
    if _ADMINISTERS_BEFORE.search(text, max(0, q.start - 16), q.start):
        return False  # 下辖 11 个行政村和 1 个社区: the place described, no count of the year's work
    if _PER_UNIT_BEFORE.search(text, max(0, q.start - 32), q.start) or _PER_UNIT_EACH.search(text, max(0, q.start - 48), q.start):
        return False  # 各处室指定一名兼职信息员, 每个局属单位设置 1 名联络员: per unit, not a total
    if q.chinese and q.unit == "期" and (_PHASE_OF_BEFORE.search(lead) or _PHASE_OF_AFTER.match(text, q.end)):
        return False  # 武引灌区二期, 百花二期还建小区: a project's phase, not issues
    if q.unit == "项" and _CASES_JUST_BEFORE.search(lead):
        return False  # 收到申请 1 件 1 项: the same applications counted by the items asked, no second count
    if q.chinese and q.unit not in ("场", "次", "期", "场次") and _SLOGAN_AFTER.match(text, q.end):
        return False  # 坚持做到三个“突出” (not 举办两场“政策公开讲”活动: events, named)
    if q.chinese and q.value == 1 and (_ONE_FOR_ONE.match(text, q.num_start)
                                       or _ONE_FOR_ONE.search(text, max(0, q.num_start - 8), q.end)):
        return False  # 文件发布一条解读一条: one for one, a rule, no count
    if (earlier := _YEAR_CLAUSE_BEFORE.search(text, max(0, q.start - 30), q.start)) is not None \
            and (later := _LATER_YEAR_CLAUSE_AFTER.match(text, q.end)) is not None \
            and int(later.group("year")) > int(earlier.group("year")) and _year_series(text, q.start):
        # 2019 年办理申请 1 件,2020 年办理 3 件,2021 年办理 2 件: the years before, a history (two years side by side,
        # 2023 年受理申请 21 件,2024 年受理申请 17 件,减少 4 件, compare the two and stay figures)
        return False
    if q.unit in ("个", "名", "位") and _APPLICANTS_AFTER.match(text, q.end):
        return False  # 收到 187 个申请人提出的…申请 583 件: who asked, counted; the applications are the count after
    if _ONE_OF_AFTER.match(text, q.end):
        return False  # 列为八项重点工作之一: a list's length, no count
    if _TARGET_BEFORE.search(text, max(0, q.num_start - 30), q.num_start):
        return False  # 确保每月主动公开数量不少于 5 条: a target set, not a count of the year's work
    if _THRESHOLD_BEFORE.search(text, max(0, q.num_start - 6), q.num_start) and _BODIES_BY_THRESHOLD_AFTER.match(text, q.end):
        return False  # 通报表扬公开政府信息数超 30 条的单位, 少于 10 条的单位: a line the bodies are sorted by, no count
    if q.unit is None and q.start >= 2 and text[q.start - 1] == " " and _HAN.match(text, q.start - 2) \
            and text[q.end:q.end + 1] == "\n" and _HAN.match(text, q.end + 1):
        return False  # 工作 1\n开展: a page number that fell inside a sentence wrapped across pages
    if q.unit is None and _PAGE_COUNTER_BEFORE.search(lead):
        return False  # 浏览次数: 1 in the page header: the page's own counter
    if lead.endswith("由") and _CHANGED_TO_AFTER.match(text, q.end):
        return False  # 数量由 17 个调整至 25 个: the count before the change
    if q.unit is None and (_TABLE_ROW_AFTER.match(text, q.num_end)
                           or _TABLE_ROW_BEFORE.search(text, max(0, q.num_start - 4), q.num_start)):
        return False  # 行政规范性文件 0 0 0: a table row printed as text, cells not figures
    if q.unit is None and not text[q.end:].strip() and not _STATED_VALUE_BEFORE.search(lead):
        return False  # …发布各类政务信息667 ending the page: cut inside the number or before its unit
    if q.unit is None and text[q.end:q.end + 1] in ("、", ".") and (q.start == 0 or text[q.start - 1] in "\n:;。( "):
        return False  # 公开内容:1、机构类信息: an item's number
    if q.unit is None and q.magnitude == 1 and q.qualifier is None:
        after = _GLUED_AFTER.match(text, q.end)
        if after and not (lead.endswith("信息") and _CLAUSE_OPENING_AFTER.match(text, q.end)):
            # (but 公开政府信息 184 通过电子显示屏…: the unit left out, the next clause glued on)
            return False
        digits = text[q.num_start:q.num_end]
        if len(digits) >= 9 and _DATE_DIGITS.search(digits):
            return False
        if len(digits) >= 5 and _PHONE_BEFORE.search(lead):
            return False  # 热线电话(3222940): a number to call
        if len(digits) == 4 and _YEAR_RANGE_AFTER.match(text, q.end):
            return False  # 集中清理发布 2005-2020 年规范性文件: the first year of a span, not a count
    elif q.end < len(text) and text[q.end] in "+" or (q.start > 0 and text[q.start - 1] == "+"):
        return False
    return True


# --------------------------------------------------------------------------- the engine


class _Extractor:
    def __init__(self, text: str):
        self.text = text
        self.sentences = _Sentences(text)
        self.quotes = _Quotes(text)
        self.figures: list[RawFigure] = []
        self.frames: list[_Frame] = []
        self.depth = 0
        self.last_at_depth: dict[int, int] = {}
        self.distribute_queue: list[str] = []
        #: channels named together before 分别 (微博、微信和头条号分别发布 A、B 和 C 条), one per number
        self.channel_queue: list[str] = []
        #: several things named before 分别 share one wording (市级、县级媒体刊发文章分别达到 8 篇、15 篇)
        self.repeat_metric = False
        #: the last figure read number first in a list (2条政策解读、…) and its list's metric
        self._number_first: tuple[RawFigure, str] | None = None
        self.current_sentence = -1
        self._plans: dict[int, int] = {}
        #: where the words of the number being read start (for a part's category)
        self._window_start: int | None = None


    # -- state per sentence ------------------------------------------------------------
    def _enter_sentence(self, index: int) -> None:
        if index != self.current_sentence:
            self._close_all()
            self.current_sentence = index
            self.depth = 0
            self.last_at_depth = {}
            self.distribute_queue = []
            self.channel_queue = []
            self.repeat_metric = False

    def _total_of_previous_sentence(self, pos: int) -> int | None:
        """``…举办发布活动 191 场。其中,疫情防控发布会 151 场``: an opener that starts a
        sentence refers to the last figure of the sentence before it (same paragraph)."""
        text = self.text
        start = self.sentences.start_of(pos)
        lead = text[start:pos].strip(" ,:")
        if (lead and not _KINDS_OF_THE_TOTAL.fullmatch(lead)) or not self.figures:
            return None
        last = self.figures[-1]
        # (…主动公开信息 83 条。⏎具体包括履职依据 1 条,…: a paragraph closed by its count, the next opening with the
        # list, breaks that count down; a paragraph saying more after its last count does not)
        if "\n" in text[last.value_end:pos]:
            closed_by_count = _PARAGRAPH_CLOSED_BY_COUNT.fullmatch(text, last.value_end, start) is not None
            the_years_items = (_KINDS_OF_THE_ITEMS_PUBLISHED.fullmatch(lead) is not None
                               and last.metric == "items_published" and last.period == "annual"
                               and text.count("\n", last.value_end, pos) <= 2)
            # (only the count that closes the paragraph: what came before it in its sentence is not the list's)
            return len(self.figures) - 1 if (closed_by_count or the_years_items) and last.kind == "count" \
                and last.parent is None and last.category is None else None
        if last.sentence != self.sentences.index(start - 1):
            return None
        # the sentence's own total, not its last labelled part (收到申请 4 件,2 件为网络申请…自然人的 2 件。
        # 其中 3 件已答复…: the 3 are of the 4), and its first one: what follows it in the sentence
        # is said of it (12345 热线共受理 2720 件,…,办结 2680 件。其中,求助类 2252 件…: of the 2720)
        # (…;4.统计信息发布 27 条;5.…跑腿清单 4615 项。其中,零跑腿清单 1573 条: within the last item of a list
        # the sentence runs through, after its ;)
        # (not after a plain ;: 收到申请 4 件,…;申请人为自然人的 2 件,…。其中 3 件已答复 are of the 4)
        items = [m.end() for m in _NUMBERED_ITEM.finditer(text, self.sentences.start_of(last.start), last.start)]
        clause_start = items[-1] if items else 0
        index = len(self.figures) - 1
        found = None
        while index >= 0 and self.figures[index].sentence == last.sentence and self.figures[index].start >= clause_start:
            fig = self.figures[index]
            if fig.kind == "count" and fig.parent is None and fig.category is None and fig.period == "annual":
                found = index
            index -= 1
        return found if found is not None else len(self.figures) - 1

    def _close_all(self) -> None:
        self.frames = []

    def _pop_frame(self) -> None:
        self.frames.pop()

    def _sentence_figures(self) -> list[RawFigure]:
        """The figures of the current sentence, latest first."""
        return [f for f in reversed(self.figures) if f.sentence == self.current_sentence]

    def _previous_in_sentence(self) -> RawFigure | None:
        if self.figures and self.figures[-1].sentence == self.current_sentence:
            return self.figures[-1]
        return None

    # -- windows -----------------------------------------------------------------------
    def _structure(self, hits: list[_Hit], start: int, end: int) -> dict:
        """Apply the window's structure (parentheses, ;, openers, 等, terminators) to the
        list frames, in text order; return the window's notes."""
        text = self.text
        notes = {"total": False, "distribute": None, "each": None, "share": None, "period": None}
        events: list[tuple[int, str, _Hit | None]] = []
        for m in _BRACKETS.finditer(text, start, end):
            events.append((m.start(), m.group(), None))
        if self.frames:
            for m in _SEPARATORS.finditer(text, start, end):
                events.append((m.start(), m.group(), None))
        for hit in hits:
            if hit.kind == "marker":
                events.append((hit.start, hit.key, hit))
        events.sort(key=lambda e: e[0])
        for pos, what, hit in events:
            if what == "(":
                self.depth += 1
                # 报送 294 篇,其中 274 篇被四类媒体采用(县委用稿 264 篇,市局采用 10 篇): a bracket in
                # the clause of a count holds that count's parts, not more parts of the list
                # around it (a bracket opening with 其中/含 is opened by the opener below)
                parent = self.last_at_depth.get(self.depth - 1)
                if parent is not None and not _CLAUSE_SEPARATOR.search(text, self.figures[parent].end, pos) \
                        and not _OPENER_AT.match(text, pos + 1) and not _unclosed_gloss(text, pos):
                    self.frames.append(_Frame(parent, True, False, opened_after=parent, first_part_at=pos + 1,
                                              depth=self.depth))
            elif what == ")":
                while self.frames and self.frames[-1].depth >= self.depth:
                    self._pop_frame()
                self.depth = max(0, self.depth - 1)
            elif what == ";":
                while self.frames and not (self.frames[-1].colon or self.frames[-1].paren) \
                        and not self._list_goes_on(self.frames[-1], pos + 1):
                    self._pop_frame()
            elif what in (",", "、"):
                if self.frames and self._list_ends(self.frames[-1], what, pos + 1):
                    self._pop_frame()
            elif what == "terminator":
                while self.frames and not self.frames[-1].paren:
                    self._pop_frame()
            elif what == "colon":
                # 发布信息 156 条:乡镇动态 82 条;通知公告 31 条: a colon right after a count opens
                # a list of its parts, as 其中 does (and keeps it open across ;)
                # (基础信息公开(26 条):A、B 各 1 条…: the count may stand in a bracket before the colon)
                parent = self.last_at_depth.get(self.depth)
                if self.figures and text[self.figures[-1].value_start - 1:self.figures[-1].value_start] == "(" \
                        and self.figures[-1].sentence == self.current_sentence:
                    parent = len(self.figures) - 1  # (a bracket holding the count alone)
                if parent is not None and not self.frames and not text[self.figures[parent].end:pos].strip(" )"):
                    self.frames.append(_Frame(parent, False, True, opened_after=parent,
                                              first_part_at=hit.end, depth=self.depth))
            elif what == "opener":
                paren = text[max(start, pos - 1):pos] == "("
                parent_depth = self.depth - 1 if paren else self.depth
                parent = self.last_at_depth.get(parent_depth)
                if parent is not None and not paren and _CLAUSE_AFTER_SEMICOLON.search(text, self.figures[parent].end, pos):
                    parent = None  # 意见征集 8 次;及时公开各类重要会议信息,包括…: a statement of its own
                if parent is not None and not paren and _SEMICOLON_ONLY.fullmatch(text, self.figures[parent].end, pos) \
                        and _CONTENTS_OF_NEXT.match(text, hit.end):
                    # (领导分工 3 条;包含安全教育…等信息的部门文件 28 条: what the next part holds, not parts of the 3)
                    parent = None
                if parent is not None and paren and (counted := _COUNT_BEFORE_BRACKET.search(text, max(0, pos - 16), pos - 1)) \
                        and self.figures[parent].value_end <= counted.start():
                    # 发布规范性文件 0,公布政府集中采购项目 32 个(其中:公开招标 1 个…): the bracket breaks down the number
                    # right before it, which is no figure here — not the figure before that
                    parent = None
                if parent is None and not paren:
                    parent = self._total_of_previous_sentence(pos)
                if parent is not None and self.figures[parent].value == 0:
                    parent = self._beside_zero(parent)
                if parent is not None and self.figures[parent].kind == "rate":
                    parent = self._count_before_rate(parent)
                if parent is not None and _DESCRIBED.match(text, hit.end):
                    parent = None  # 疫情防控 72 条,涵盖防控措施、政策、权威公告等,健康科普 25 条: a description
                if parent is not None:
                    colon = text[hit.end:hit.end + 1] == ":"
                    if not (self.frames and self.frames[-1].parent == parent and not paren):
                        self.frames.append(_Frame(parent, paren, colon, opened_after=parent,
                                                  first_part_at=hit.end + (1 if colon else 0),
                                                  depth=self.depth))
                    elif self.frames[-1].implicit:
                        # 共计 145 条,其中…: the opener makes the list after a stated total explicit
                        self.frames[-1] = _Frame(parent, paren, colon, opened_after=parent,
                                                 first_part_at=hit.end + (1 if colon else 0),
                                                 depth=self.depth)
            elif what == "etc":
                if self.frames:
                    self.frames[-1].not_exhaustive = True
            elif what == "total":
                notes["total"] = True
            elif what in ("distribute", "each"):
                notes[what] = hit
            elif what == "share":
                notes["share"] = hit
            elif what in ("cumulative", "daily_average", "as_of"):
                notes["period"] = what
        return notes

    def _beside_zero(self, index: int) -> int:
        """``被行政复议 5 宗、行政诉讼 0 宗,其中 2 宗维持…``: a zero total has no parts; 其中 after it lists
        the parts of the count coordinated right before it (in its unit), when there is one."""
        zero = self.figures[index]
        before = index - 1
        if before < 0:
            return index
        other = self.figures[before]
        if other.sentence == zero.sentence and other.kind == "count" and other.value > 0 and other.unit == zero.unit \
                and other.parent is None and _COORDINATED_TOTALS.fullmatch(self.text, other.end, zero.start):
            return before
        return index

    def _count_before_rate(self, index: int) -> int:
        """``累计公开政府信息 60 条,全文电子化率达 100%,具体包括:机构职能类 1 条…``: a rate said of a count in
        passing has no parts; the list after it is the count's, when the count stands right before it in
        the same sentence."""
        before = index - 1
        if before >= 0:
            count = self.figures[before]
            if count.sentence == self.figures[index].sentence and count.kind == "count" and count.parent is None:
                return before
        return index

    def _list_goes_on(self, frame: _Frame, after: int) -> bool:
        """``其中,综合政务 59 条;人事工作信息 1 条;教育 8 条``: a list opened by 其中 may separate its
        parts with ``;``; it goes on past one unless what follows states something new (a verb
        or a channel: ``…;微信公众号推送信息 50 条``)."""
        if frame.implicit or not frame.taken or frame.opened_after < 0:
            return False
        rest = self.text[after:after + 40].lstrip()
        first_clause = _FIRST_CLAUSE.match(rest).group()
        if not _COUNT_IN_CLAUSE.search(first_clause) and len(first_clause) < len(rest):
            return False  # …3572 条;建立健全互动交流机制,…办结留言 386 条: a clause without a count says something new
        if _OPENS_OWN_LIST.match(rest, len(first_clause)):
            return False  # …专栏信息 14 条;解读信息发布 6 条,其中…: a total with parts of its own
        if self._parts_by_channel(frame) and _THROUGH_CHANNEL.match(rest) and PLAN.match(rest) is None:
            return True  # 其中,通过网站公开 46 条;通过公开栏发布 56 条: the list's parts are its channels
        return NEW_STATEMENT_OR_CHANNEL.match(rest) is None and PLAN.match(rest) is None \
            and _CHANNEL_PUBLISHES.match(rest) is None

    def _parts_by_channel(self, frame: _Frame) -> bool:
        """Whether ``frame`` lists the parts of a total without a channel by the channel each
        came through (其中通过网站发布 300 条,通过微信发布 200 条)."""
        return self.figures[frame.parent].channel is None and frame.first_part_at >= 0 \
            and _THROUGH_CHANNEL.match(self.text, _PART_GAP.match(self.text, frame.first_part_at).end()) is not None

    def _list_ends(self, frame: _Frame, separator: str, after: int) -> bool:
        """Whether a comma ends the list ``frame`` holds. A list whose parts are separated by
        ``、`` (the first separator after its first part) ends at a comma followed by a clause
        with its own verb or channel: ``其中 A、B、C,微信公众号推送信息 D 条`` / ``…,发布政策
        解读 7 篇`` state something new. Not when the list's own parts are written that way
        (``其中通过网站公开 1200 条、通过公开栏公开 186 条``), and not in a comma-separated
        list, whose parts look like the next clause (``其中上年结转 2 件,本年新收 29 件``)."""
        if frame.implicit or not frame.taken:
            return False
        total_channel = self.figures[frame.parent].channel
        if (via := _VIA_CHANNEL.match(self.text, after)) \
                and _channel_name(CHANNEL.match(self.text, via.start("channel"))) != total_channel \
                and (total_channel is not None or frame.first_part_at < 0
                     or not _THROUGH_CHANNEL.match(self.text, frame.first_part_at)):
            # 网站公开 218 条,其中…16 件,通过微信公众号发布信息 995 条: another channel's count (not
            # in a list whose parts are its channels: 其中通过网站发布 300 条,通过微信发布 200 条; 其中:通过某县某镇
            # 微信公众平台公开 2464 条,…,通过政府网站公开 480 条, the first channel named after its owner)
            return True
        if _PLACE_STATEMENT.match(self.text, after) and self._parts_sum_to_total(frame):
            # 共公开 203 条,其中 A 172 条…公告 16 条,在信息公开目录系统发布政务动态 172 篇: the parts already make
            # up the total; a count published somewhere else is a statement of its own
            return True
        if frame.taken >= 2 and _NEW_STATEMENT_VERB.match(self.text, after) and self._parts_sum_to_total(frame):
            # 政策解读 106 条,其中解读材料 65 条,解读产品 41 条,发布本系统政务动态信息 596 条: the parts already make up the
            # total; a clause opening with a verb of publishing states something new, in a list of any separator
            return True
        if frame.separator is None:
            frame.separator = separator
            if frame.taken < 2:
                return False
            # parts glued without separators (新闻类信息520旗内文件55政策解读60…), then
            # 、微信平台同步发布信息 812 条: the first separator already ends the list
        elif separator not in (",", ";") or frame.separator != "、":
            # (…、信息公开年报 1 条;政府大厅电子显示屏发布 32 条: a ; after a 、 list too)
            return False
        if frame.first_part_at >= 0 and NEW_STATEMENT_OR_CHANNEL.match(self.text, frame.first_part_at):
            return False
        return NEW_STATEMENT_OR_CHANNEL.match(self.text, after) is not None

    def _published_answers(self, hit: _Hit, number_start: int, unit: str | None = None) -> str | None:
        """The label of NPC/CPPCC answers named as one more kind in a list of what was published (after
        a count of items, documents or interpretations, with only a separator between), or named after
        a publishing verb in their clause (:data:`_PUBLISHED_IN_CLAUSE`). None otherwise: 全年办理人大代表
        建议 8 件 stays the suggestions handled."""
        text = self.text
        label = _TOTAL_WORD_TAIL.sub("", text[hit.start:number_start].strip())
        if len(label) > 24:
            return None
        prev = self._previous_in_sentence()
        if prev is not None and prev.metric in _PUBLICATION_KINDS and _PART_GAP.fullmatch(text, prev.end, hit.start) \
                and not (unit and prev.unit and unit != prev.unit):
            # (not …重大建设项目批准和实施 24 条,人大建议和政协提案办理共计 11 件: the papers handled, counted as cases)
            return label
        published_in_clause = _PUBLISHED_IN_CLAUSE.search(text, max(0, hit.start - 24), hit.start) is not None
        if not _ANSWERS.search(label):
            # (主动公开本级人大代表议案建议 24 件,政协委员提案 34 件: the papers published; but 公开办理人大建议 38 件,
            # 办理答复并主动公开建议提案 22 件 say the handling — the suggestions handled, as the annotators read them)
            handled = _HANDLED_IN_CLAUSE.search(text, max(0, hit.start - 24), hit.start)
            return label if published_in_clause and not handled else None
        if _REPLY_PAPERS.search(label) and (_PUBLISHED_JUST_BEFORE.search(text, max(0, hit.start - 8), hit.start)
                                            or _PUBLISHED_REPLY.search(label)):
            return label  # (…建议提案办理专题公开答复 98 件: the verb inside the label)
        if published_in_clause and not _RESULTS_LABEL.search(label):
            return label
        return None

    def _about_the_stock(self, sentence_start: int, start: int) -> bool:
        """Whether documents counted at ``start`` are the stock in force (see
        :data:`~textmine.figures.vocabulary.ISSUED_AS_IN_FORCE`)."""
        if _STOCK_CONTEXT.search(self.text, sentence_start, start):
            # (…“政府规章库”…,以市政府名义发布政府规章 4 部: a verb of making them says the year's own)
            return not _MADE_VERB.search(self.text, max(sentence_start, start - 24), start + 12)
        prev = self._previous_in_sentence()
        # (清理…规范性文件 0 件,保留 4 件,新制发 1 件: a verb of making them opening the part says the year's own)
        return prev is not None and prev.metric in _IN_FORCE_METRICS \
            and _COORDINATED_TOTALS.fullmatch(self.text, prev.end, start) is not None \
            and not _MADE_VERB.search(self.text, start, start + 4)

    def _parts_sum_to_total(self, frame: _Frame) -> bool:
        total = self.figures[frame.parent]
        return len(total.parts) >= 2 and abs(sum(self.figures[i].value for i in total.parts) - total.value) < 1e-9

    def _plan_start(self, sentence_start: int) -> int:
        """Where the first plan word of the sentence starting at ``sentence_start`` is (a
        number after it is a plan or target); the text's length when there is none."""
        cached = self._plans.get(sentence_start)
        if cached is None:
            m = PLAN.search(self.text, sentence_start, self.sentences.end_of(sentence_start, len(self.text)))
            cached = self._plans[sentence_start] = m.start() if m else len(self.text)
        return cached

    def _channel(self, sentence_start: int, pos: int) -> str | None:
        """The nearest channel named before ``pos`` in the same sentence and clause group
        (a ``;`` ends the scope: ``网站访问量 N 次;发布信息 M 条`` does not say where)."""
        found = None
        previous = None
        # (a channel is named within a few clauses of its number; the bound keeps a page
        # with no sentence end from costing the square of its length)
        start = max(sentence_start, pos - _CHANNEL_REACH)
        scope = self.text.rfind(";", start, pos)
        for m in CHANNEL.finditer(self.text, max(start, scope + 1), pos):
            name = _channel_name(m)
            # 通过门户网站、微信公众号和公开栏发布信息 300 条: a total over coordinated channels
            # is no one channel's
            joined = previous is not None and _COORDINATOR.fullmatch(self.text, previous.end(), m.start())
            # …网站和政务微信公众号“城口发布”等新媒体: 等 sums up the channels before it
            summed = previous is not None and _SUMMED_UP.search(self.text, previous.end(), m.start())
            found = None if (joined or summed) and found != name else name
            previous = m
        # (通过微信公众号、短视频平台、村级公示栏等载体发布…: several, not one; …微信公众号公开 863 条,通过其他方式公开
        # 73 条: the rest, by no channel named)
        if found is not None and (_SEVERAL_CARRIERS.search(self.text, previous.end(), pos)
                                  or _OTHER_MEANS.search(self.text, previous.end(), pos)):
            return None
        return found

    # -- resolution --------------------------------------------------------------------
    def _family_context(self) -> str | None:
        if self.frames:
            return V.METRICS[self.figures[self.frames[-1].parent].metric].family
        prev = self._previous_in_sentence()
        if prev is None:
            return None
        family = V.METRICS[prev.metric].family
        if family in _REVIEW_FAMILIES and prev.value == 0 and len(self.figures) >= 2:
            # (行政复议案件 10 件,行政诉讼案件 0 件,结果维持 2 件…: none have no outcomes — the ones after are
            # the other total's)
            before = self.figures[-2]
            other = V.METRICS[before.metric].family
            if before.sentence == prev.sentence and other in _REVIEW_FAMILIES and other != family \
                    and before.metric == other and before.value > 0:
                return other
        return family

    def _resolve_hit(self, hit: _Hit, unit: str | None, number_start: int | None = None
                     ) -> tuple[str, str | None] | None:
        """(metric, category) that ``hit`` gives a number with ``unit`` (starting at
        ``number_start``), or None."""
        if hit.kind == "metric":
            family = self._family_context()
            if V.METRIC_PATTERNS[hit.key].bare_verb and (self.frames or self._bare_disclosure_after_applications(hit)):
                # 其中公开 1 起 / 收到申请 3 件,公开 2 件: an outcome of the applications, in their units
                part = V.PART_OVERRIDES.get((family, V.METRIC_PATTERNS[hit.key].metrics[0][0]))
                if part is not None and _unit_fits(_units_of(part) or frozenset({None}), unit):
                    return part, hit.category
            metric = _metric_for(hit.key, unit)
            if metric is None:
                return None
            if self.frames and not self._beside_received(self.frames[-1].parent):
                metric = V.PART_METRIC_OVERRIDES.get((self.figures[self.frames[-1].parent].metric, metric), metric)
            if metric == "applications_received" and self._taken_up_after_received(hit):
                metric = "applications_handled"
            if metric == "applications_received" and number_start is not None \
                    and _adjacent(self.text, hit.end, number_start) and self._granted_part(hit.start, hit.end):
                metric = "applications_granted"
            if metric in _DOCUMENT_KINDS \
                    and (in_force := V.RELATIVE_METRICS.get((V.METRICS[metric].family, "in_force"))) is not None \
                    and (opening := _IN_FORCE_OPENING.search(self.text, self.sentences.start_of(hit.start), hit.start)) \
                    and _DOCUMENTS_LISTED_ONLY.fullmatch(self.text, opening.end(), hit.end):
                # (现行有效市政府规章 8 部,市政府规范性文件 51 件,市政府部门规范性文件 73 件: in force, all of them —
                # the kind's own in-force metric, as the relative word 现行有效 names it)
                metric = in_force
            if metric == "items_published" and _BARE_PUBLISHING.fullmatch(self.text, hit.start, hit.end) \
                    and self._after_documents_made(hit):
                # (共对外制发文件 41 件,公开发布 39 件; 行政发文共 21 件,主动公开 18 件: the documents published)
                metric = "documents_published"
            if metric == "items_published" and family == "applications" and self.frames \
                    and _DISCLOSED_INFORMATION.fullmatch(self.text, hit.start, hit.end):
                # (收到申请 13 件,其中依法公开政府信息 8 件: the information given on those applications)
                metric = "applications_granted"
            return self._in_context(metric, family), hit.category
        if hit.kind == "relative":
            if hit.key in V.RELATIVE_ADJACENT_ROLES and (number_start is None or not _adjacent(self.text, hit.end, number_start)):
                return None
            family = hit.family or self._family_context()
            if family is None and (number_start is None or _adjacent(self.text, hit.end, number_start)):
                # 结果纠正 1 件 opening a sentence; not 纠正问题信息 12 条, whose noun says
                # the word is not a review outcome
                family = V.RELATIVE_DEFAULT_FAMILY.get(hit.key)
            metric = V.RELATIVE_METRICS.get((family, hit.key))
            if metric is None and (named := self._family_named_in_clause(hit)) is not None:
                # (累计审查 39 件;对现行有效规范性文件进行清理,予以废止 2 件: the documents named in its own clause,
                # not the count before the ;)
                metric = V.RELATIVE_METRICS.get((named, hit.key))
            if metric is None:
                return None
            allowed = _units_of(metric)
            if allowed is not None and unit not in allowed:
                return None
            category = self.text[hit.start:hit.end] if hit.key in V.RELATIVE_CATEGORY_ROLES else None
            return metric, category
        return None

    def _family_named_in_clause(self, hit: _Hit) -> str | None:
        """The family of the last wording before a relative word in its own statement (from the
        sentence start or the last ; before it), when it is a family of documents with that relative word
        (the applications' 办理 keeps its own reading: 按时办理 3 件依申请公开 is the applications received)."""
        text = self.text
        start = self.sentences.start_of(hit.start)
        # (the text is normalised: ； is ; here, as _channel's scope reads it)
        for earlier in reversed(_hits(text, max(start, text.rfind(";", start, hit.start) + 1), hit.start)):
            if earlier.kind == "metric":
                family = V.METRICS[V.METRIC_PATTERNS[earlier.key].metrics[0][0]].family
                return family if family in _DOCUMENT_FAMILIES and (family, hit.key) in V.RELATIVE_METRICS else None
        return None

    def _in_context(self, metric: str, family: str | None) -> str:
        """The metric a wording's ``metric`` is after figures of ``family`` in the sentence (收到
        网民留言 120 条,118 条已答复: messages; 行政复议 5 件,其中 1 件由申请人主动撤回: the review's)."""
        mapped = V.CONTEXT_OVERRIDES.get((family, metric), metric)
        if mapped != metric:
            # a generic handling word read in its context (办结 96 件 after a hotline's cases): the
            # total it follows may name it more closely
            context = self.figures[self.frames[-1].parent] if self.frames else self._previous_in_sentence()
            if context is not None:
                mapped = V.CONTEXT_OF_TOTAL.get((context.metric, mapped), mapped)
        return mapped

    def _after(self, q: Quantity, limit: int) -> tuple[str, str | None, int] | None:
        text = self.text
        family = self._family_context()
        outcome = RELATIVE_AFTER.match(text, q.end, limit)
        if outcome:
            # 其中 3 件维持,1 件尚未审结: the outcome of the reconsiderations / lawsuits before it
            metric = V.RELATIVE_METRICS.get((family, outcome.lastgroup))
            if metric is not None and q.unit in (_units_of(metric) or frozenset({q.unit})):
                return metric, None, outcome.end()
        if family in _REVIEW_FAMILIES and (part := _REVIEW_PART_AFTER.match(text, q.end, self.sentences.end_of(q.end, len(text)))) is not None:
            # (其中:140 件行政复议、49 件行政诉讼获维持,8 件行政复议结果纠正: each part named by its kind, then the
            # outcome said of it and of the kind coordinated after it)
            kind = "reconsiderations" if part.group("noun") == "复议" else "lawsuits"
            role = next(r for r in _REVIEW_ROLES if part.group(r) is not None)
            return V.RELATIVE_METRICS[(kind, role)], None, part.end("noun")
        m = AFTER_NEAR.match(text, q.end, limit)
        if m and text[q.end:q.end + 1] in ("、", ",") and _NUMBER_NEXT.match(text, m.end()):
            m = None  # 开展在线调查 2 次、意见征集 17 次: the wording after the separator labels the next number
        if m:
            i = _AFTER_NEAR_NAMES[m.lastgroup] if m.lastgroup in _AFTER_NEAR_NAMES else \
                next(v for k, v in _AFTER_NEAR_NAMES.items() if m.start(k) >= 0)
            metric = self._granted_instead(_metric_for(i, q.unit), m.start(), m.end(), q)
            if metric:
                category = m.group("cat") if V.METRIC_PATTERNS[i].category == "cat" else None
                return self._in_context(metric, family), category, m.end()
            # 39 个乡镇设置信息联络员: the first wording (staff) does not take 个; a later one may
            for j, pattern in _AFTER_NEAR_EACH:
                if j != i and (metric := _metric_for(j, q.unit)) and (m := pattern.match(text, q.end, limit)):
                    return self._in_context(metric, family), None, m.end()
        if family == "applications" and q.unit in V.CASES:
            # 其中 1 件因于年底提交,按规定结转至下一年度 (a reason in a clause of its own); 其中 1 件为上年度结转
            for metric, carried in _CARRIED_AFTER:
                if m := carried.match(text, q.end, limit):
                    return metric, None, m.end()
        if family == "applications" and q.unit in V.CASES and (m := _OUTCOME_CLOSING_AFTER.match(text, q.end, limit)):
            # (3 条公开详细内容可能涉及经济安全,不予公开;1 条内容本机关未制作,也未保存,无法提供: the outcome closes
            # the count's own clauses, after why)
            return _CLOSING_OUTCOMES[m.group("outcome")], None, m.end()
        if q.unit in V.CASES and q.value > 0 and (m := _ANSWERED_WITH_OUTCOMES_AFTER.match(text, q.end, limit)):
            # (64 件申请均…予以答复,其中予以公开 30 件: the handled the outcomes are parts of; 0 件申请均… has none)
            return "applications_handled", None, m.end("noun")
        clause_end = q.end
        while clause_end < limit and text[clause_end] not in ",;。:()":
            clause_end += 1
        m = AFTER.match(text, q.end, clause_end)
        if m:
            i = _AFTER_NAMES[m.lastgroup] if m.lastgroup in _AFTER_NAMES else \
                next(v for k, v in _AFTER_NAMES.items() if m.start(k) >= 0)
            metric = self._granted_instead(_metric_for(i, q.unit), m.start(), m.end(), q)
            if metric:
                category = m.group("cat") if V.METRIC_PATTERNS[i].category == "cat" else None
                return self._in_context(metric, family), category, m.end()
        return None

    def _compatible(self, parent: RawFigure, metric: str, kind: str, category: str | None,
                    implicit: bool, channel: str | None = None) -> bool:
        if kind != "count":
            return False
        if implicit:
            # 共计 6535 条,通过门户网站公开 3593 条,政务微信 2942 条: a stated total's labelled
            # parts, or its parts by channel, follow it without 其中
            # (not 在区政府网公开信息共计 54 条,通过微信公众号发布信息共计 296 条: one channel's count has no parts
            # by the others — they are its siblings)
            return metric == parent.metric and (category is not None
                                                or (channel is not None and parent.channel is None))
        return metric == parent.metric or metric in V.CHILDREN.get(parent.metric, ())

    # -- one quantity ------------------------------------------------------------------
    def feed(self, q: Quantity, window_start: int, next_start: int) -> int:
        """Read one quantity; return where the next window starts (after wording that
        followed this number and belongs to it)."""
        before = len(self.figures)
        self._feed(q, window_start, next_start)
        if len(self.figures) > before:
            return max(q.end, max(f.end for f in self.figures[before:]))
        return q.end

    def _feed(self, q: Quantity, window_start: int, next_start: int) -> None:
        self._window_start = window_start
        text = self.text
        sentence_start = self.sentences.start_of(q.start)
        self._enter_sentence(self.sentences.index(q.start))
        # only the stretch before the number is read: sentences without numbers and the tails
        # after the last number of a sentence are never scanned (most of a report's prose)
        hits = _hits(text, max(window_start, q.start - MAX_WINDOW), q.start)
        notes = self._structure(hits, window_start, q.start)
        if self._plan_start(sentence_start) < q.start:
            return
        metric_hits = [h for h in hits if h.kind in ("metric", "relative")]
        prev = self._previous_in_sentence()
        number_first = None
        if prev is not None and metric_hits and metric_hits[0].start == window_start \
                and _COUNT_END.search(text, max(0, window_start - 8), window_start) \
                and _SEPARATOR_ONLY.fullmatch(text, metric_hits[0].end, q.start):
            # (发布41条信息:2条政策解读、0条政府信息公开指南: a noun glued after a count's unit and set off
            # from the next number is that count's, written number first — not the next one's wording;
            # this number's own noun follows it)
            glued = metric_hits[0]
            metric_hits = [h for h in metric_hits if h.start >= glued.end]
            number_first = prev.metric
        elif prev is not None and self._number_first is not None and self._number_first[0] is prev \
                and prev.end == window_start and _SEPARATOR_ONLY.fullmatch(text, window_start, q.start):
            number_first = self._number_first[1]  # (…、0条政府信息公开指南: the list goes on number first)
        self._number_first = None
        read_number_first = False
        unit = q.unit
        kind = "count"
        direction = None
        metric = category = None
        span_start, span_end = q.start, q.end
        parent: int | None = None
        inherited = False
        used_hit: _Hit | None = None

        change = next((h for h in reversed(hits) if h.kind == "change"), None)
        bare = next((h for h in reversed(hits) if h.kind == "bare"), None)
        if bare is not None and not (_adjacent(text, bare.end, q.start)
                                     and (prev or COMPARE.search(text, sentence_start, bare.start))
                                     and not _names_its_own_subject(text, sentence_start, bare.start)):
            bare = None
        if change is None and bare is not None:
            change = bare
        if change is not None and metric_hits and metric_hits[-1].start > change.start:
            change = None  # the change word belongs to an earlier clause
        share = notes["share"]
        if share is not None and not (unit in PERCENT_UNITS and _adjacent(text, share.end, q.start)):
            share = None
        # (其中,机构职能类信息 102 条,8.6%,政策、规范性文件类信息 81 条,6.8%…: a part's share written
        # bare after it, without 占)
        bare_share = share is None and change is None and unit in PERCENT_UNITS and prev is not None \
            and prev.kind == "count" and prev.parent is not None and float(q.value) <= 100 \
            and _BARE_SHARE_GAP.fullmatch(text, prev.end, q.start) is not None

        if change is not None:
            kind, direction = "change", change.key
            # (处理申请 46 件(含上年度结转 1 件),同比增长约 5%: the change is the total's, not its aside's)
            before = [h for h in metric_hits if h.end <= change.start
                      and not (h.kind == "metric" and V.METRIC_PATTERNS[h.key].weak)
                      and not _in_closed_aside(text, h.start, change.start)]
            resolved = None
            for hit in reversed(before):
                resolved = self._resolve_any_unit(hit)
                if resolved:
                    span_start = hit.span_start
                    break
            if resolved:
                metric = resolved
            elif prev is not None:
                anchor = prev
                if _in_closed_aside(text, prev.value_start, change.start):
                    anchor = next((f for f in self._sentence_figures()
                                   if not _in_closed_aside(text, f.value_start, change.start)), prev)
                if unit not in PERCENT_UNITS and anchor.unit in PERCENT_UNITS:
                    # (已办结 22050 件,按时办结率 100%,较 2024 年增加 3722 件: a change counted in 件 is the count's,
                    # not the rate's written between them)
                    anchor = next((f for f in self._sentence_figures()
                                   if f.kind == "count" and f.unit not in PERCENT_UNITS), anchor)
                # (接收办理申请 13 件,同比下降 58%: of the first metric a wording states on its number, the received)
                anchor = next((f for f in reversed(self._sentence_figures()) if f.value_start == anchor.value_start
                               and f.kind == anchor.kind), anchor)
                metric = anchor.metric
                span_start = change.start
            else:
                return
        elif share is not None or bare_share:
            if prev is None:
                return
            kind, metric, parent = "share", prev.metric, len(self.figures) - 1
            category = prev.category  # 机构职能类信息 6 条,占 42.9%: the share of that category
            if share is not None and (owner := self._sub_list_closed_by(prev, share)) is not None:
                metric, category, parent = self.figures[owner].metric, self.figures[owner].category, owner
            span_start = share.start if share is not None else q.start
            labelled = self._share_label(prev, share, metric_hits) if share is not None else None
            if labelled is not None:
                metric, category, parent = labelled
        elif unit in PERCENT_UNITS and (rates := _RATES_LISTED_BEFORE.search(text, window_start, q.start)) \
                and len(listed := self._each_metrics(q, metric_hits, rates.end("rates"))) >= 2 \
                and all(V.METRICS[m].family == "rates" for m in listed):
            # (做到了满意率、办复率、公示率 100%: rates listed with 、 right before one percentage, each of them)
            for metric in listed:
                self._emit(q, metric, "rate", None, None, q.start, q.end, None, notes, sentence_start, link=False)
            return
        elif notes["each"] is not None and _adjacent(text, notes["each"].end, q.start) \
                and len(each := self._each_metrics(q, metric_hits, notes["each"].start)) >= 2 \
                and not self._more_labels_than_metrics(len(each), unit, window_start, notes["each"].start):
            # (均为/各 only where it meets its number: 答复率、满意率均为 100%, not 各个环节,共办理…23 件)
            for metric in each:
                kind = "rate" if q.unit in PERCENT_UNITS and V.METRICS[metric].family == "rates" else "count"
                self._emit(q, metric, kind, None, None, q.start, q.end, None, notes, sentence_start, link=False)
            return
        elif notes["each"] is not None and self.frames and _adjacent(text, notes["each"].end, q.start) \
                and len(labels := self._each_labels(window_start, notes["each"].start)) >= 2:
            # 其中…,公共资金使用信息、人员变动类信息各 2 条: one part of its list per label
            metric = self.figures[self.frames[-1].parent].metric
            if unit not in (_units_of(metric) or ()):
                return
            for label, label_start in labels:
                self._emit(q, _category_metric(metric, label), "count", None, label, label_start, q.end, None,
                           notes, sentence_start)
            return
        else:
            queued = self._distributed(q, hits, metric_hits, notes)
            follows = self._follows(q, window_start) or self._running_total(q, notes)
            stated_sum = self._stated_sum(q, window_start) if queued is None and follows is None else None
            if stated_sum == _NO_FIGURE:
                return
            if stated_sum is not None:
                # …A 类 3 条、B 类 4 条,共计 7 条: the sum of the parts before it, not one more part
                self.frames = [f for f in self.frames if self.figures[f.parent].metric != stated_sum]
                self._emit(q, stated_sum, "count", None, None, q.start, q.end, None, notes, sentence_start,
                           link=False)
                return
            if queued is not None:
                metric = queued
            elif follows is not None:
                metric = follows
            else:
                found = self._choose(q, metric_hits, next_start)
                if found is None and number_first is not None:
                    found = self._trailing_label(q, number_first)
                    inherited = found is not None
                    read_number_first = found is not None
                if found is None:
                    found = self._inherit(q, window_start)
                    inherited = found is not None
                if found is None:
                    found = self._added(q, window_start)
                if found is None:
                    sibling = self._sibling(q, window_start)
                    if sibling is not None:
                        found, parent = sibling[:5], sibling[5]
                        inherited = True
                    else:
                        found = self._channel_part(q) or self._first_of_labelled_run(q, window_start) \
                            or self._kinds_enumerated(q)
                        if found is None:
                            return
                metric, category, span_start, span_end, used_hit = found
                if metric in V.LIST_SUM_METRICS and used_hit is not None \
                        and _LIST_SUM_AFTER.fullmatch(text, used_hit.end, q.start):
                    metric = V.LIST_SUM_METRICS[metric]
                elif metric == "policy_interpretations" and used_hit is not None and used_hit.kind == "metric" \
                        and _LAST_OF_KINDS.search(text, max(window_start, used_hit.start - 12), used_hit.start) \
                        and not _VERB_OPENING.match(text, used_hit.start) and not _HAN.match(text, q.end) \
                        and _KINDS_SUMMED.fullmatch(text, used_hit.end, q.start) \
                        and not _INTERPRETATION_BEFORE.search(text, max(window_start, used_hit.start - 12), used_hit.start) \
                        and not _FORMS_OF_INTERPRETATION.search(text, max(window_start, used_hit.start - 16), used_hit.start):
                    # 意见征集、草案解读、决策文件、决策解读等 27 件; 政府会议、会议解读类信息 60 条: interpretations
                    # named last among other kinds count them all, items (发布政策解读、草案解读 46 条: among
                    # interpretations only, interpretations)
                    metric = "items_published"
                elif metric == "policy_interpretations" and used_hit is not None and used_hit.kind == "metric" \
                        and (_OTHER_KIND_AFTER.fullmatch(text, used_hit.end, q.start)
                             or _ITEMS_AND_BEFORE.search(text, max(window_start, used_hit.start - 4), used_hit.start)):
                    # (发布政策解读、宣传稿件 2305 篇: interpretations named first beside another kind, items of both;
                    # 主动公开信息及政策解读材料 61 条: named after information in general, likewise)
                    metric = "items_published"
                if not inherited:
                    as_part = self._category_part(q, window_start, metric) or self._kind_part(q, window_start, metric)
                    if as_part is not None:
                        metric, category, span_start = as_part
                        span_end, used_hit, inherited = q.end, None, True
                if category is None and span_end == q.end and unit in _ITEM_UNITS and V.METRICS[metric].publication \
                        and (opened := _NUMBER_FIRST_LIST_OPENED.match(text, q.end)) is not None \
                        and not _TRAILING_LABEL_NOT.match(opened.group("label")) \
                        and not self._names_another_metric(opened.start("label"), opened.end("label"), metric, q):
                    # (法定主动公开共公布 1 条领导信息、0 条机构信息、1 条财政资金…: the count is read by its verb before
                    # it, but the noun glued after its unit, set off from the next number, opens a list written number
                    # first — its label, and the list goes on number first, each noun its own number's)
                    category = _LABEL_TRAIL.sub("", opened.group("label")) or opened.group("label")
                    span_end = opened.end("label")
                    read_number_first, number_first = True, metric
                if metric == "items_published" and used_hit is not None and used_hit.kind == "metric" \
                        and V.METRIC_PATTERNS[used_hit.key].weak and self.frames \
                        and self.figures[self.frames[-1].parent].metric in V.GENERIC_PARTS_OF \
                        and (unit in _DOCUMENT_COUNTS or (
                            self._channel(sentence_start, q.start) is not None
                            and not _KIND_LABEL_BEFORE.search(text, max(window_start, used_hit.start - 12), used_hit.start))):
                    # 公文信息 96 条,其中通过宣传栏公开信息 41 条; 各类文件 991 件,其中财政信息公开 12 件: generic
                    # words under a total of documents, by channel or counted as documents are, count those
                    # documents (政务动态信息更新 1380 条 under 17 类文件 is items, as the pages read it; so are
                    # kinds of items in 条 under the documents, 公开政府文件 26 件,其中机构职能类信息 4 条)
                    metric = self.figures[self.frames[-1].parent].metric
                if category is None and metric == "items_published" and (column := self._column_label(window_start, q.start)):
                    # “政策解读”栏目发布信息 9 条: the column's name is the label, and names the kind
                    metric, category, span_start = column[0], column[1], min(span_start, column[2])
                if category is None and self._labelled(metric, used_hit, inherited):
                    found_label = _label_span(text, window_start, q.start)
                    if found_label:
                        category, label_start = found_label
                        span_start = min(span_start, label_start)
                if kind == "count" and unit in PERCENT_UNITS and not V.METRICS[metric].family == "rates":
                    return
                if not self.frames and not inherited and unit in ("条", "项") and \
                        self._glued_to_name(q, metric_hits):
                    return
        if kind == "count" and unit in PERCENT_UNITS and metric is not None and V.METRICS[metric].family == "rates":
            kind = "rate"
        if category is not None:
            label_at = text.find(category, span_start, q.end)
            label_at = span_start if label_at < 0 else label_at
            if not _REPOSTED_BEFORE.search(text, max(0, label_at - 4), label_at):
                metric = _category_metric(metric, category)
            if self._other_among_outcomes(metric, category):
                # (…不予公开的 48 件、重复申请的 1 件、咨询说明和其他的 9 件: the rest of the outcomes, the table's other handling)
                metric = "applications_other"
        elif (rest := _rest_label(text, max(0, q.start - 4), q.start)) is not None \
                and self._other_among_outcomes(metric, rest[0]):
            # (…部分公开 1 件,无法提供 3 件,其他 0 件: 其他 alone, not kept as a label, is the same rest of the outcomes)
            metric = "applications_other"
        if metric == "applications_handled" and self._restated_of_all(q):
            return
        if (self._family_context(), metric) in V.CONTEXT_DROPS:
            return
        if kind == "count" and metric == "licence_decisions" and used_hit is not None and self.frames \
                and self.figures[self.frames[-1].parent].metric == "items_published" \
                and q.value <= self.figures[self.frames[-1].parent].value \
                and text[used_hit.start:used_hit.end].endswith("信息"):
            # 公开信息 5641 条,其中…通过信用网站公开行政许可信息 78 条: in a list of the items published, information
            # about licensing is one more kind of item (alone, 公开行政许可信息 546 条 is the decisions published)
            metric, category = "items_published", category or text[used_hit.start:used_hit.end]
        if kind == "count" and metric in _DOCUMENT_KINDS and q.unit == "条" and used_hit is not None \
                and used_hit.kind == "metric" and (_OTHER_KINDS_AFTER.fullmatch(text, used_hit.end, q.start) or (
                    (kinds := _KINDS_LISTED_AFTER.fullmatch(text, used_hit.end, q.start))
                    and _NOT_A_DOCUMENT_KIND.search(kinds.group()))):
            # (公开政策文件、统计公报、经济运行情况等 100 条; 发布…相关政策等内容共计 695 条: documents among other kinds
            # the count covers, in 条 — items; not 发文、数据公报等 50 件, documents in their unit)
            # (主动公开政务信息、文件、重要通知公告、教育动态 1012 条: kinds that are no documents after them, no 等)
            metric = "items_published"
        if kind == "count" and metric in _DOCUMENT_KINDS and used_hit is not None and used_hit.kind == "metric" \
                and _ETC_SUMMED.fullmatch(text, used_hit.end, q.start) \
                and (kinds := _KINDS_LISTED_BEFORE.search(text, max(sentence_start, used_hit.start - 80), used_hit.start)) \
                and _NOT_A_DOCUMENT_KIND.search(kinds.group()):
            # (公开领导信息、财政预决算、部门人事、公示公告、其他文件等 117 篇: documents named last of kinds that are no
            # documents, the list closed by 等 — the count is of all of them, items, whatever its unit)
            metric = "items_published"
        if kind == "count" and metric in _DOCUMENT_KINDS and used_hit is not None and used_hit.kind == "metric" \
                and _INTERPRETED_BEFORE.search(text, max(0, used_hit.start - 8), used_hit.start):
            # (采用文字、图片解读本级政策文件 3 件: the documents interpreted, counted as interpretations — the form's
            # own wording, 图片解读, took the verb)
            metric = "policy_interpretations"
        if kind == "count" and metric in _NPC_METRICS and q.unit == "篇" and used_hit is not None \
                and not _HANDLED_IN_CLAUSE.search(text, max(0, used_hit.start - 24), q.start):
            # (通过门户网站发布通知公告 45 篇、回复建议提案 34 篇: papers counted in 篇 are the answers posted, items;
            # not 办理建议提案答复 34 篇, the answers the handling wrote)
            metric, category = "items_published", category or _TOTAL_WORD_TAIL.sub("", text[used_hit.start:q.start].strip())
        elif kind == "count" and metric in _NPC_METRICS and used_hit is not None \
                and (label := self._published_answers(used_hit, q.start, q.unit)) is not None:
            # 发布政策解读 18 条,建议提案办理 17 条: the answers published in a list of what was published are
            # items of a kind (ANNOTATION.md), not the suggestions handled
            metric, category = "items_published", category or label
        if kind == "count" and metric in _PUBLISHED_CASE_LABEL and used_hit is not None \
                and _PUBLISHED_CASE_LABEL[metric].search(text, used_hit.start, q.start) \
                and _PUBLISHED_LIST_OPENING.search(text, sentence_start, used_hit.start):
            # (2023年,公开书记县长信箱…办件 22 件、12345 政务服务热线办件 7341 件、人大代表建议及答复 107 件: a list
            # opened by 公开 counts the case files and answers published — items of their kinds, as annotated)
            metric, category = "items_published", category or _TOTAL_WORD_TAIL.sub("", text[used_hit.start:q.start].strip())
        if kind == "count" and metric == "applications_handled" and used_hit is not None \
                and _REPLY_PAPERS.fullmatch(text, used_hit.start, used_hit.end) \
                and (verb := _PUBLISHED_HANDLING_BEFORE.search(text, max(0, used_hit.start - 6), used_hit.start)) \
                and _NPC_PAPERS.search(text, sentence_start, used_hit.start):
            # (在“人大代表建议和政协提案办理工作”专栏发布办理答复 12 件: the answers to the papers, published — items)
            metric = "items_published"
            category = category or (verb.group("handling") or "") + text[used_hit.start:used_hit.end]
        if kind == "count" and metric in V.ISSUED_AS_IN_FORCE and self._about_the_stock(sentence_start, span_start):
            # (经清理,保留规范性文件 308 件、修改规范性文件 16 件: amended by the clean-up is a result of the
            # review, as the annotators read it, not documents in force)
            metric = V.REVISED_IN_REVIEW.get(metric, metric) if category in ("修改", "修订") \
                else V.ISSUED_AS_IN_FORCE[metric]
        self._emit(q, metric, kind, direction, category, span_start, span_end, parent, notes, sentence_start)
        if read_number_first and self.figures:
            self._number_first = (self.figures[-1], number_first)
        elif kind == "count" and span_start == q.start and span_end > q.end and prev is not None \
                and prev.value_start == prev.start and prev.end > prev.value_end and prev.sentence == self.current_sentence \
                and V.METRICS[metric].publication and self.figures:
            # (有 2 条文件信息,19 条政务信息,2 条工作总结,1 条…办事指南: a list written number first whose parts name
            # themselves by the vocabulary's words goes on with parts labelled by any noun — of the list's total when
            # there is one: 政策文件类信息 9 条,其中包括 1 条政策解读,5 条工作方案…, documents)
            total = self.figures[self.frames[-1].parent].metric if self.frames else None
            self._number_first = (self.figures[-1], total or V.LIST_SUM_METRICS.get(metric, metric))
        if kind == "count" and metric == "documents_published" and notes["each"] is not None and category \
                and _adjacent(text, notes["each"].end, q.start) and _DOCUMENTS_AND_INTERPRETATIONS.search(category):
            # (发布政策文件及解读各 8 件: as many documents as interpretations, each counted — not 公开各类政策文件和
            # 政策解读信息 102 条, whose 各 is of 各类)
            self._emit(q, "policy_interpretations", kind, None, None, span_start, span_end, None, notes, sentence_start,
                       link=False)
        if used_hit is None and kind == "count" and metric == "applications_received" and float(q.value) != 0 \
                and _RECEIVED_AND_HANDLED_BEFORE.search(text, max(0, q.start - 8), q.start):
            # (收到和处理 12 件政府信息公开申请: the two verbs before the number state both facts, as 收到和处理…申请 12 件 does)
            self._emit(q, "applications_handled", kind, None, None, span_start, span_end, None, notes, sentence_start,
                       link=False)
        if used_hit is not None and used_hit.kind == "metric" and kind == "count" and float(q.value) != 0:
            # 收到和处理政府信息公开申请 2 件: one wording states two facts on one number (of none received,
            # none handled is no second fact: 收到和处理依申请公开 0 件 is read as received only)
            for also in V.METRIC_PATTERNS[used_hit.key].also:
                self._emit(q, also, kind, None, None, span_start, span_end, None, notes, sentence_start, link=False)
        if kind == "count" and metric in V.OUTCOME_OF_ALL_TOTALS \
                and (outcome := OUTCOMES_OF_ALL[V.METRICS[metric].family].match(
                    text, max(q.end, span_end), self.sentences.end_of(q.end, len(text)))) \
                and outcome.end() <= next_start and text[outcome.end():].strip() \
                and not _COUNT_LATER_IN_CLAUSE.match(text, outcome.end()):
            # (not when the page ends right after the outcome's words: 已办结 8 件,结转下年度… was cut before its own count;
            # nor when the outcome's clause has a count of its own: 办结…申请 28 宗,结转下年办理…申请 1 宗)
            last = self.figures[-1]
            if metric == "applications_received" and last.parent is not None and last.start == q.start \
                    and self.figures[last.parent].metric in ("applications_received", "applications_handled"):
                # (收到申请 6 件,其中 5 件属于非本部门掌握,1 件属于已主动公开: a part of the applications named by
                # its outcome is that outcome, not a second figure beside the part)
                last.metric = outcome.lastgroup
            else:
                # (收到 1 件申请,结转至下一年度办理: read after the words that follow the number)
                self._emit(q, outcome.lastgroup, kind, None, None, span_start, span_end, None, notes, sentence_start,
                           link=False)

    def _labelled(self, metric: str, used_hit: _Hit | None, inherited: bool) -> bool:
        """Whether the words before the number name a category: for a part that inherited its
        total's metric, after generic wording (发布信息), and after a relative word that only
        narrows its total (含新制定 1 件 under 规章 2 件)."""
        if inherited:
            return True
        if used_hit is None:
            return False
        if used_hit.kind == "metric":
            # (其中政策文件 4 条、规范性文件 2 条 under the items published: the kind's own words
            # name the part, as the pages label it)
            return V.METRIC_PATTERNS[used_hit.key].weak or (
                bool(self.frames) and metric in V.LABELLED_PARTS.get(self.figures[self.frames[-1].parent].metric, ()))
        return bool(self.frames) and self.figures[self.frames[-1].parent].metric == metric

    def _relative_of_noun_after(self, hit: _Hit, metric: str, q: Quantity) -> str:
        """``现行有效政府规章 8 份;制发 3 份规范性文件``: a verb whose family the sentence gave
        counts the documents its number names right after it, when they are of another kind."""
        for noun, family in _DOCUMENT_FAMILY_AFTER:
            if noun.match(self.text, q.end):
                other = V.RELATIVE_METRICS.get((family, hit.key))
                if other is not None and _unit_fits(_units_of(other) or frozenset({None}), q.unit):
                    return other
                break
        return metric

    def _resolve_any_unit(self, hit: _Hit) -> str | None:
        if hit.kind == "metric":
            return V.METRIC_PATTERNS[hit.key].metrics[0][0]
        if hit.kind == "relative":
            family = hit.family or self._family_context() or V.RELATIVE_DEFAULT_FAMILY.get(hit.key)
            return V.RELATIVE_METRICS.get((family, hit.key))
        return None

    def _choose(self, q: Quantity, metric_hits: list[_Hit], next_start: int):
        """Nearest fitting wording: adjacent before, right after, further before, later after."""
        text = self.text
        unit = q.unit
        fitting: list[tuple[_Hit, str, str | None]] = []
        for hit in reversed(metric_hits):
            resolved = self._resolve_hit(hit, unit, q.start)
            if resolved:
                fitting.append((hit, *resolved))
        limit = self.sentences.end_of(q.end, len(text))
        limit = min(limit, next_start)
        if fitting and (gloss := _INCLUDING_GLOSS_BEFORE.search(text, max(0, q.start - 24), q.start)) \
                and fitting[0][0].start >= gloss.start():
            # 政策类文件(含行政规范性文件)182 件, 本级政府政策(含解读)3 条: what a gloss says the count includes is
            # no name of it — the wording before the gloss is (行政执法类(含行政处罚、行政强制)17245 条信息: also
            # when that wording names no metric of its own)
            fitting = [found for found in fitting if found[0].start < gloss.start()]
        if fitting and fitting[0][0].kind == "metric" and V.METRIC_PATTERNS[fitting[0][0].key].bare_verb:
            # 公报编发 12 期: a verb without an object yields to specific wording in its clause
            for i, (hit, _, _) in enumerate(fitting[1:], 1):
                if _CLAUSE_BREAK.search(text, hit.end, fitting[0][0].start):
                    break
                if hit.kind != "metric" or not V.METRIC_PATTERNS[hit.key].weak:
                    fitting.insert(0, fitting.pop(i))
                    break
        number_at = _gloss_start(text, fitting[0][0].end, q.start) if fitting else q.start
        if fitting and _adjacent(text, fitting[0][0].end, number_at):
            hit, metric, category = fitting[0]
            if hit.kind == "metric" and V.METRIC_PATTERNS[hit.key].bare_verb and unit is not None \
                    and (after := self._after(q, limit)) is not None and after[0] != metric:
                # 共发布 4 条政策解读信息: a verb without an object yields to the noun its number counts
                metric, category, end = after
                return metric, category, hit.span_start, end, None
            if metric == "staff" and _TRAINED_AFTER.match(text, q.end):
                # (对全市各级承办部门工作人员 1000 多人进行业务培训: the staff counted are the people trained)
                return "training_attendance", None, hit.span_start, q.end, hit
            if hit.kind == "relative":
                metric = self._relative_of_noun_after(hit, metric, q)
                if _SEPARATOR_BETWEEN.search(text, hit.end, q.start) and (after := self._after(q, limit)) is not None \
                        and after[0] != metric and V.METRICS[after[0]].family in _REVIEW_FAMILIES:
                    # (49 件行政诉讼获维持,8 件行政复议结果纠正: the outcome before the comma closed the part before;
                    # this number's own kind and outcome follow it)
                    metric, category, end = after
                    return metric, category, q.start, end, None
                if V.METRICS[metric].family in _DOCUMENT_FAMILIES and unit is not None \
                        and (after := self._after(q, limit)) is not None \
                        and V.METRICS[after[0]].family not in _DOCUMENT_FAMILIES:
                    # (仅保留一个微信公众账号: what is kept is named after the number, an account, not a document)
                    metric, category, end = after
                    return metric, category, hit.span_start, end, None
                if hit.family is None and self._family_context() is None \
                        and _NOT_DOCUMENTS_AFTER.match(text, q.end) is not None:
                    # (对政务新媒体进行清理规范,仅保留 4 个主办单位: nothing in the sentence made the word a
                    # document's, and the noun after the number is no document either)
                    return None
            return metric, category, hit.span_start, q.end, hit
        unitless = unit is None and q.magnitude == 1
        after = self._after(q, limit)
        if after and not unitless:
            metric, category, end = after
            if metric == "applications_received" and (_HANDLED_THE_BEFORE.search(text, max(0, q.start - 8), q.start)
                                                      or _CONCLUDED_AFTER.match(text, end)):
                # 本年度办理的 24 件信息公开申请中; 14 件政府信息公开申请已全部办结: the applications handled
                metric = "applications_handled"
            return metric, category, q.start, end, None
        if fitting and not unitless and fitting[0][1] != "items_published" \
                and (etc := _ETC_ITEMS_NOUN.search(text, fitting[0][0].end, number_at)):
            # (…提案建议办理、领导调研活动等政务动态 183 条: a list of topics closed by 等, then the noun the
            # number counts — the topics' first wording names none of it)
            return "items_published", None, q.start - len(etc.group("noun")), q.end, None
        if fitting and not unitless and not self._weak_and_far(q, fitting[0][0]) \
                and len(_CLAUSE_BREAK.findall(text, fitting[0][0].end, number_at)) < 2 \
                and not _STATEMENT_SEMICOLON.search(text, fitting[0][0].end, number_at) \
                and not _OWN_LABEL_AFTER_TOPICS.match(text, fitting[0][0].end, number_at) \
                and not (fitting[0][1] in _DOCUMENT_KINDS and _OF_ANOTHER_NOUN.fullmatch(text, fitting[0][0].end, number_at)) \
                and not (fitting[0][1] in V.APPLICATION_OUTCOMES and _COMMA_OR_STOP.search(text, fitting[0][0].end, number_at)) \
                and not (fitting[0][1] == "site_columns" and _PUBLISHED_IN_IT.search(text, fitting[0][0].end, number_at)):
            hit, metric, category = fitting[0]
            return metric, category, hit.span_start, q.end, hit
        if unitless and fitting and _adjacent(text, fitting[0][0].end, q.start):
            hit, metric, category = fitting[0]
            return metric, category, hit.span_start, q.end, hit
        # a rate stated after its wording's first mention: 答复率较上年提升 2.5 个百分点,达到 100%
        prev = self._previous_in_sentence()
        if prev is not None and (follow := V.FOLLOWING_COUNTS.get(prev.metric)) is not None \
                and unit in (_units_of(follow) or ()) and _FOLLOWING_GAP.fullmatch(text, prev.end, q.start):
            return follow, None, q.start, q.end, None  # (公报 6 期 1920 份: the copies of those issues)
        if unit in PERCENT_UNITS and prev is not None and V.METRICS[prev.metric].family == "rates":
            return prev.metric, None, q.start, q.end, None
        if unit == "次" and (posted := _POSTINGS_IN_TIMES.search(text, max(0, q.start - 20), q.start)):
            return "items_published", posted.group("cat"), posted.start("cat"), q.end, None
        return None

    def _weak_and_far(self, q: Quantity, hit: _Hit) -> bool:
        """``…信息中心等部门和单位,到七个县``: generic wording beyond a clause break says
        nothing about a number that counts the noun right after it."""
        text = self.text
        return (hit.kind == "metric" and V.METRIC_PATTERNS[hit.key].weak
                and q.end < len(text) and regex.match(r"\p{Han}", text[q.end]) is not None
                and _CLAUSE_BREAK.search(text, hit.end, q.start) is not None)

    def _category_part(self, q: Quantity, window_start: int, metric: str):
        """``发布信息 60 条,其中通知公告 4 条,建议提案 1 条,规划 1 条``: inside a list of the
        categories of items published, a part named by another metric's noun (建议提案, a
        column name in quotes, 业务咨询 without a verb of handling) is one more category, not a
        new statement that ends the list (which a verb or a channel opens: ``…,办理网民留言
        30 条``). Inside another total's list, a part named by a channel of messages says
        where that total came in. ``(metric, label, label start)`` or None."""
        text = self.text
        raw = text[window_start:q.start].rstrip()
        quoted = raw.endswith("”") and _QUOTED_LABEL.search(raw) is not None
        # the cheap tests first: most figures are none of these
        if not (quoted or metric in V.CATEGORY_NOUNS or metric in V.CATEGORY_NOUNS_UNLESS_HANDLED
                or metric in V.CHANNEL_NOUNS):
            return None
        frame = self.frames[-1] if self.frames else None
        if frame is not None and frame.implicit:
            return None
        parent_metric = self.figures[frame.parent].metric if frame is not None else None
        lead = raw.lstrip(" ,、;:")
        if parent_metric == "items_published":
            # 其中部门工作公开信息 78 条,公开人大建议提案 35 条: a publishing verb inside a list of
            # the items published names one more kind of them, it states nothing new
            lead = _PUBLISHING_VERB.sub("", lead, count=1)
        if NEW_STATEMENT_OR_CHANNEL.match(lead) or PLAN.search(lead):
            return None
        handled = _HANDLING_VERB.search(lead) is not None
        if parent_metric is not None and parent_metric != "items_published":
            # 处置网络舆情 136 件(其中阳光信访平台 19 件、市长信箱 55 件…); 收到申请 13 件,其中…系统收到
            # 11 件,局长信箱收到 2 件 (receiving is the received total's own verb, no new act)
            if parent_metric == "applications_received":
                handled = _HANDLING_VERB.search(_RECEIVING_VERB.sub("", lead)) is not None
            units = _units_of(parent_metric)
            if metric not in V.CHANNEL_NOUNS or handled or units is None or q.unit not in units:
                return None
            result_metric = parent_metric
        else:
            # a quoted column's name (“规划计划”) is a category unless it names a kind of item
            # published (“政策解读”) or the handling of something (“回应关切”)
            if q.unit not in V.PUBLISHED or not (
                    metric in V.CATEGORY_NOUNS
                    or (metric in V.CATEGORY_NOUNS_UNLESS_HANDLED and not handled)
                    or (quoted and not handled and metric not in V.CHILDREN["items_published"])):
                return None
            if frame is not None and metric == "service_items" and q.unit != self.figures[frame.parent].unit:
                # (发布信息 9081 条,其中…;可全程在线办理政务服务事项 1916 项: the matters, in their own unit, after the list)
                return None
            if frame is None:
                # “规划计划”6 条,“建议提案办理”3 条 after a labelled part, with no total stated (or
                # after a kind of item the list names by its own wording: …意见征集 5 条,政协提案 6 条)
                previous = self._previous_in_sentence()
                if previous is not None and previous.metric in _ITEM_KINDS and previous.category is None:
                    previous = next((f for f in self._sentence_figures()
                                     if f.metric in _ITEM_KINDS and f.category is not None), None)
                if previous is None or previous.metric not in _ITEM_KINDS or previous.category is None:
                    return None
                if metric in _UNIT_OF_ITS_OWN and q.unit != previous.unit:
                    # (…目录信息发布 731 条,政务服务事项数量 120 项: the matters, in their own unit; …重大建设项目批准和实施
                    # 24 条,人大建议和政协提案办理共计 11 件: the papers handled, counted as cases)
                    return None
            result_metric = "items_published"
        found = _label_span(text, window_start, q.start)
        if found is None:
            return None
        label = _RECEIVING_VERB_END.sub("", found[0]) or found[0]  # (局长信箱收到 2 件: the channel is the label)
        return result_metric, label, found[1]

    def _kind_part(self, q: Quantity, window_start: int, metric: str):
        """``公开政务服务事项 33 项,行政许可 30 项,行政征收 1 项``: in a list of a total of
        :data:`~textmine.figures.vocabulary.KINDS_OF` (opened by 其中, or parts written right
        after the total or another part), a part named by one of its kinds' wording is one more
        kind of that total. ``(metric, label, label start)`` or None."""
        if metric not in _KIND_METRICS or "决定" in self.text[window_start:q.start]:
            return None  # (…服务事项处理决定数 0 条,行政处罚类处理决定数 0 条: decisions taken)
        if self.frames and not self.frames[-1].implicit:
            total = self.figures[self.frames[-1].parent].metric
        else:
            previous = self._previous_in_sentence()
            if previous is None or previous.kind != "count" \
                    or not _PART_GAP.fullmatch(self.text, previous.end, window_start):
                return None
            total = previous.metric
        if metric not in V.KINDS_OF.get(total, ()) or q.unit not in (_units_of(total) or ()):
            return None
        found = _label_span(self.text, window_start, q.start)
        return (total, found[0], found[1]) if found else None

    def _inherit(self, q: Quantity, window_start: int):
        """A part without wording of its own takes its total's metric."""
        if q.unit in PERCENT_UNITS or (q.unit is None and q.magnitude == 1):
            return None
        for frame in reversed(self.frames):
            parent = self.figures[frame.parent]
            units = _units_of(parent.metric)
            if units is not None and q.unit not in units:
                continue
            found = _label_span(self.text, window_start, q.start)
            if frame.implicit and found is None:
                continue
            if found is None and (trailing := self._trailing_label(q, parent.metric)) is not None:
                return trailing
            label, label_start = found if found else (None, q.start)
            return parent.metric, label, label_start, q.end, None
        return None

    def _metrics_named(self, start: int, end: int, q: Quantity):
        """The metrics the words ``start:end`` name, in ``q``'s unit, in order."""
        for hit in _hits(self.text, start, end):
            resolved = self._resolve_hit(hit, q.unit, q.start) if hit.kind == "metric" else None
            if resolved:
                yield resolved[0]

    def _names_another_metric(self, start: int, end: int, metric: str, q: Quantity) -> bool:
        """Whether the words ``start:end`` name a metric (in ``q``'s unit) other than ``metric`` and its parts
        (人大主办件 after 公开完成 6 件: the suggestions, not a kind of item)."""
        return any(named != metric and named not in V.CHILDREN.get(metric, ())
                   for named in self._metrics_named(start, end, q))

    def _trailing_label(self, q: Quantity, total: str):
        """``其中 1 条政策解读,5 条工作方案``: in a list after 其中/包括 whose parts put the number first,
        the noun after a part's unit is that part's label (and may name its kind); read here, it is
        no longer left for the next number to take as its own. ``(metric, label, start, end, None)``
        or None."""
        text = self.text
        m = _TRAILING_LABEL.match(text, q.end, self.sentences.end_of(q.end, len(text)))
        if m is None or q.unit is None or _TRAILING_LABEL_NOT.match(m.group("label")):
            return None
        label = m.group("label")
        metric = next((named for named in self._metrics_named(m.start("label"), m.end("label"), q)
                       if named == total or named in V.CHILDREN.get(total, ())), total)
        return metric, _LABEL_TRAIL.sub("", label) or label, q.start, m.end("label"), None

    def _added(self, q: Quantity, window_start: int):
        """``…共主动公开政府信息 615 条,今年新增 94 条`` / ``政府文件 180 条,新增 31 条``: the year's
        additions to the count just before it in the sentence, of its metric and label."""
        if q.unit in PERCENT_UNITS:
            return None
        added = _ADDED_BEFORE.search(self.text, window_start, q.start)
        previous = self._previous_in_sentence()
        if added is None or previous is None or previous.kind != "count" \
                or self.text[previous.end:added.start()].strip(" ,"):
            return None  # (the count it adds to stands right before it: 政府文件 180 条,新增 31 条)
        units = _units_of(previous.metric)
        if units is not None and q.unit not in units:
            return None
        return previous.metric, previous.category, added.start(), q.end, None

    def _sibling(self, q: Quantity, window_start: int):
        """``机构政务信息 80 条,通知公告类 10 条`` and ``…资金监管类 41 份,占比 39.4%。民众问题类
        39 份``: a labelled number with no wording of its own, right after a labelled part (in
        its sentence, or ending the sentence before when the label opens this one), is one more
        part of the same kind. ``(metric, label, label start, end, None, parent)`` or None."""
        text = self.text
        if q.unit in PERCENT_UNITS or q.unit is None:
            return None
        if _HAN.match(text, q.end) and not _ETC_CLOSING_PART.match(text, q.end):
            return None  # 涉及 5 个部门: the number counts the noun after it (not …监督保障 9 条等方面: 等 closes the list)
        found = _label_span(text, window_start, q.start) or _rest_label(text, window_start, q.start)
        if found is None or not _LABEL_OPENS_CLAUSE.fullmatch(text, window_start, found[1]):
            return None
        previous = next((f for f in reversed(self.figures) if f.kind == "count"), None)
        owner = self.last_at_depth.get(self.depth)
        if previous is not None and owner is not None and previous.start > self.figures[owner].end:
            # 政策文件 13 件(县政府文件 5 件,…规范性文件 6 件)、政府工作报告 1 件: what came after the
            # last figure at this depth was in a bracket now closed, that part's own parts; the list
            # goes on from the part itself
            previous = self.figures[owner]
            bracketed = True
        else:
            bracketed = False
        if previous is not None and previous.category is None and previous.parent is None \
                and previous.sentence == self.current_sentence:
            # a part named by its own wording (政策文件 13 件(…)) interrupts the list of labelled
            # parts, it does not end it: the last labelled part of the sentence before it leads
            # (not a part inside a bracket closed since: 政务公开 27 条(人事信息 3 条,…规划计划 4 条),文件通知 7 条,林长制
            # 29 条 — the list after the bracket is the bracket owner's siblings', not its parts)
            previous = next((f for f in self._sentence_figures() if f.kind == "count"
                             and f.start < previous.start and (f.category is not None or f.parent is not None)
                             and not _closed_since(text, f.end, previous.start)),
                            previous)
        if previous is not None and previous.metric in _MESSAGE_KINDS and previous.sentence == self.current_sentence \
                and previous.kind == "count" and q.unit in _MESSAGE_COUNTS and previous.unit == q.unit:
            # 办理12345热线172件、四川信访系统1件、县长信箱2件: after a count of messages or hotline cases,
            # labelled numbers listed with it are messages taken in by those channels
            return "messages_handled", found[0], found[1], q.end, None, None
        # 主动公开政策文件 15 条,重大民生领域工作动态 30 条: a labelled number right after a count of what was
        # published, only a comma between, is one more kind published (items, whatever the first kind)
        comma_listed = previous is not None and previous.sentence == self.current_sentence \
            and V.METRICS[previous.metric].publication \
            and _LIST_COMMA.fullmatch(text, previous.end, found[1]) is not None and not _NOT_A_KIND.search(found[0])
        if previous is None or (previous.category is None and previous.parent is None and not bracketed
                                and not comma_listed):
            return None  # (a part whose own parts were bracketed leads as a labelled one would)
        if previous.sentence != self.current_sentence:
            opens_sentence = self.sentences.start_of(q.start) == window_start or \
                not text[self.sentences.start_of(q.start):found[1]].strip()
            if previous.parent is None or previous.sentence != self.current_sentence - 1 or not opens_sentence \
                    or "\n" in text[previous.end:q.start]:
                return None
        # the list's own metric: a part relabelled by its words (其他公文 5 条: documents) does not
        # make its sibling (决算预算 2 条) one
        # (nor does a parentless part named by its words: 政府文件 180 条;重点工作 79 条 — a list of items)
        metric = self.figures[previous.parent].metric if previous.parent is not None \
            else V.LIST_SUM_METRICS.get(previous.metric, previous.metric)
        units = _units_of(metric)
        if units is None or q.unit not in units:
            return None
        return metric, found[0], found[1], q.end, None, previous.parent

    def _channel_part(self, q: Quantity):
        """``网站发布信息 823 条、微博 187 条、微信 170 条``: a number labelled by nothing but a
        channel, right after a count of the items one channel published, is the items published
        through that channel (the verb and the noun are left out, not the metric; the channel
        is the label's, found as every figure's is)."""
        if q.unit is None or q.unit not in V.PUBLISHED:
            return None
        previous = self._previous_in_sentence()
        if previous is None or previous.kind != "count":
            return None
        if previous.metric != "items_published" or previous.channel is None:
            # (…主动公开政府信息 2195 条,其中…,调整栏目 3 个,微信公众号:600 条,微博 391 条: after another count, the
            # items of the sentence go on by channel)
            if not any(f.metric == "items_published" and f.kind == "count" for f in self._sentence_figures()):
                return None
        label = _CHANNEL_LABEL.fullmatch(self.text, previous.end, q.start)
        if label is None:
            return None
        return "items_published", None, label.start("label"), q.end, None

    def _kinds_enumerated(self, q: Quantity):
        """``主动公开机构职能类、政策与规范性文件类、…、应急管理类等 178 条``: kinds of information listed
        after a publishing verb, too many for any wording to stay within reach, closed by 等 right
        before a count in 条 — the items published of all those kinds."""
        if q.unit != "条":
            return None
        start = self.sentences.start_of(q.start)
        m = _KINDS_ENUMERATED_BEFORE.search(self.text, start, q.start)
        return ("items_published", None, m.start("kinds"), q.end, None) if m else None

    def _first_of_labelled_run(self, q: Quantity, window_start: int):
        """``政务要闻版块,自治区要闻 68 条、市要闻 76 条、区要闻 108 条``: a labelled number in 条/篇
        that opens its clause and is followed by another label and a number in the same unit is
        the first of a list of categories of items published, with no total stated (its siblings
        follow it as :meth:`_sibling` reads them)."""
        if q.unit not in _LABELLED_RUN_UNITS or self.frames:
            return None
        text = self.text
        found = _label_span(text, window_start, q.start)
        if found is None or (found[1] > window_start and text[found[1] - 1] not in ",、;:\n "):
            return None  # (the label opens its clause: 政务要闻版块,自治区要闻 68 条)
        if _VERB_IN_LABEL.search(found[0]):
            return None  # 发现并纠正问题信息 12 条,整改错敏信息 5 条: what was done, not kinds published
        following = _LABELLED_RUN_NEXT.match(text, q.end)
        if following is None or following.group("unit") != q.unit:
            return None
        return "items_published", found[0], found[1], q.end, None

    def _glued_to_name(self, q: Quantity, metric_hits: list[_Hit]) -> bool:
        """``民营经济32条``: a 条/项 count glued to a policy-name stem that is not its
        metric's wording."""
        text = self.text
        if not NAME_STEM.search(text, max(0, q.start - 4), q.start):
            return False
        if _INFORMATION_AND_BEFORE.search(text, max(0, q.start - 12), q.start):
            return False  # 公开疫情信息和防控措施 135 条: the stem coordinated with information, no policy's name
        return not any(_adjacent(text, h.end, q.start) for h in metric_hits)

    def _follows(self, q: Quantity, window_start: int) -> str | None:
        """``推送 83 期 312 条``: a number right after another one counts the same thing."""
        prev = self._previous_in_sentence()
        between = text_strip(self.text, window_start, q.start)
        # (发布信息 189 期,713 条: only a comma between, and nothing named after the second — not 网站 8885 条,
        # 27 个政务新媒体…)
        if prev is None or prev.kind != "count" or between not in ("", ",", "、") \
                or (between and _HAN.match(self.text, q.end)):
            return None
        if prev.value_end != window_start and self.text[prev.value_end:window_start].strip():
            return None
        units = _units_of(prev.metric)
        return prev.metric if units is not None and q.unit in units and q.unit != prev.unit else None

    def _stated_sum(self, q: Quantity, window_start: int) -> str | None:
        """``…,共计 7 条`` / ``…发布信息 514 条,总计 2401 条``: a number with only a sum's word
        before it, after counts in its unit in the same sentence, sums them up: their metric
        (:data:`_NO_FIGURE` for a sum the vocabulary has no name for: received + carried over)."""
        if q.unit is None or not _SUM_ONLY.fullmatch(self.text, window_start, q.start):
            return None
        prev = self._previous_in_sentence()
        while prev is not None and prev.kind != "count":
            prev = self.figures[prev.parent] if prev.parent is not None else None
        if prev is None or prev.unit != q.unit:
            return None
        # (财政信息 26 条、部门动态 59 条…政策文件 3 条,总共 120 条: parts of several kinds sum to items, not
        # to the last part's kind)
        kinds = {f.metric for f in self._sentence_figures() if f.kind == "count" and f.unit == q.unit}
        if len(kinds) < 2:
            return prev.metric
        if kinds <= _DOCUMENT_KINDS:
            return "documents_published"  # (规范性文件 3 件、其他文件 4 件,共计 7 件: documents)
        summed = {V.LIST_SUM_METRICS.get(m, m) for m in kinds}
        if len(summed) > 1 and all(V.METRICS[m].family == "applications" for m in summed):
            if prev.metric in V.APPLICATION_OUTCOMES:
                return "applications_handled"  # (其中予以公开 3 件、不予公开 2 件,共计 5 件: the answered)
            # (接收申请 557 件,上年度结转 4 件,合计 561 件: the applications to answer, a sum the
            # vocabulary has no name for — not one more carried over; 共计 7 件已依法答复完毕 says
            # what they are after the number, read as any wording is)
            return _NO_FIGURE if self.text[q.end:q.end + 1] in ("", ",", ";", "。", "、", "\n") else None
        return summed.pop() if len(summed) == 1 else prev.metric

    def _running_total(self, q: Quantity, notes: dict) -> str | None:
        """``公开文件 104 份,历年累计 1089 份``: a cumulative count right after a count, in its
        unit and with no wording of its own, counts the same thing since records began."""
        prev = self._previous_in_sentence()
        if prev is None or prev.kind != "count" or notes["period"] != "cumulative" or q.unit != prev.unit:
            return None
        # (收到 1 份要求公开政府信息的申请,历年累计 8 份: after the wording read after the count, too)
        gap_from = (prev.value_end, prev.end) if prev.end > prev.value_end else (prev.value_end,)
        return prev.metric if any(_RUNNING_TOTAL_GAP.fullmatch(self.text, a, q.start) for a in gap_from) else None

    def _distributed(self, q: Quantity, hits: list[_Hit], metric_hits: list[_Hit], notes: dict) -> str | None:
        """``建议和提案分别为 74 件和 69 件``: spread the wordings over the numbers."""
        marker = notes["distribute"]
        if marker is not None:
            names: list[str] = []
            for hit in metric_hits:
                if hit.end > marker.start or (hit.kind == "metric" and V.METRIC_PATTERNS[hit.key].weak):
                    continue
                metric = _metric_for(hit.key, q.unit) if hit.kind == "metric" else self._resolve_any_unit(hit)
                if metric is None:
                    continue
                for name in V.DISTRIBUTE.get(metric, (metric,)):
                    if not names or names[-1] != name:
                        names.append(name)
            if len(names) >= 2:
                self.distribute_queue = names[1:]
                return names[0]
            channels = self._coordinated_channels(marker.start)
            if len(channels) >= 2:
                self.channel_queue = channels
                return None
            # (from the last count before 分别: 及时准确公开信息 53 条,分别为… coordinates nothing)
            previous = self._previous_in_sentence()
            coordinated_from = max(self.sentences.start_of(marker.start),
                                   previous.end if previous is not None and previous.end <= marker.start else 0)
            if _COORDINATOR.search(self.text, coordinated_from, marker.start):
                # 市级、县级媒体刊发文章分别达到 8 篇、15 篇: one wording, one number for each thing named
                self.repeat_metric = True
                return None
            # 发布信息 500 条,分别为网站 320 条、微信 180 条: a list of parts (of the count right
            # before 分别, not of one further back: …1200 条,微博、微信分别发布…)
            parent = self.last_at_depth.get(self.depth)
            if parent is not None and not (self.frames and self.frames[-1].parent == parent) \
                    and _PART_GAP.fullmatch(self.text, self.figures[parent].end, marker.start):
                # (…53 条,分别为 A 8 条;B 14 条;C 1 条: a list opened after the count goes on past ;, as 其中's does)
                self.frames.append(_Frame(parent, False, False, depth=self.depth, opened_after=parent,
                                          first_part_at=marker.end))
            return None
        if self.distribute_queue and not metric_hits and self._previous_in_sentence() is not None:
            return self.distribute_queue.pop(0)
        if (self.channel_queue or self.repeat_metric) and not metric_hits \
                and (previous := self._previous_in_sentence()) is not None \
                and _NUMBERS_JOINED.fullmatch(self.text, previous.end, q.start):
            return previous.metric  # the next thing's count, stated with the same wording
        self.distribute_queue = []
        return None

    def _coordinated_channels(self, end: int) -> list[str]:
        """The channels named one after another, joined by 、/和/及, right before ``end`` in its
        clause (``微博、微信公众号和今日头条号分别…``, or back to back: ``政务微博微信…分别为``), in order; [] when
        they are not so joined."""
        text = self.text
        start = max(self.sentences.start_of(end), end - _CHANNEL_REACH)
        clause = max(text.rfind(c, start, end) for c in ",;:") + 1
        found = list(CHANNEL.finditer(text, max(start, clause), end))
        if len(found) < 2 or any(a.end() != b.start() and not _CHANNEL_JOIN.fullmatch(text, a.end(), b.start())
                                 for a, b in zip(found, found[1:])):
            return []
        # (官方网站和政务新媒体微信公众号…分别发布 353 条、542 条: the kind of channel right before the account it
        # qualifies names no channel of its own)
        named = [_channel_name(m) for m, after in zip(found, found[1:] + [None])
                 if not (after is not None and after.start() == m.end() and _NEW_MEDIA_KIND.fullmatch(m.group())
                         and _channel_name(after) in _NEW_MEDIA_CHANNELS)]
        return named if len(named) >= 2 else []

    def _more_labels_than_metrics(self, metrics: int, unit: str | None, start: int, end: int) -> bool:
        """``其中年度报告、公开指南、标准目录、全清单、政策文件…年度报告各 1 条``: inside a list, more labels before a 各
        number than wordings of metrics among them — each label is a part of the list, not each wording a figure."""
        if not self.frames or unit not in (_units_of(self.figures[self.frames[-1].parent].metric) or ()):
            return False
        return len(self._each_labels(start, end)) > metrics

    def _each_labels(self, start: int, end: int) -> list[tuple[str, int]]:
        """The category labels a 各 number applies to: ``、``-separated labels right before the
        marker (``公共资金使用信息、人员变动类信息各 2 条``), each with where it starts."""
        out: list[tuple[str, int]] = []
        pos = start
        pieces = self.text[start:end].split("、")
        if len(pieces) == 2 and not pieces[0].strip():
            # (…当面申请 1 件、网络和信函申请各 3 件: the 、 before the labels ended the part before)
            pos += len(pieces[0]) + 1
            pieces = pieces[1:]
        if len(pieces) == 1 and len(joined := _JOINED_LABELS.split(pieces[0])) == 2:
            # (网络和信函申请各 3 件: two labels joined by 和 sharing the noun written once)
            pieces = joined
        for piece in pieces:
            found = _label_span(self.text, pos, pos + len(piece))
            if found is None:
                return []
            out.append(found)
            pos += len(piece) + 1
        return out

    def _each_metrics(self, q: Quantity, metric_hits: list[_Hit], before: int) -> list[str]:
        """``答复率、满意率均为 100%``: the metrics a 均/各 number applies to (wordings that fit
        its unit, in the stretch right before ``before``, where the marker or the listed rates end)."""
        seen: list[str] = []
        # (…,2022 年未转结政府信息公开申请,进入行政复议程序和行政诉讼程序均为 0 件: only the wordings of the
        # marker's own clause, where it has any)
        clause_start = max(self.text.rfind(",", 0, before), self.text.rfind(";", 0, before))
        if any(clause_start < hit.start and hit.end <= before for hit in metric_hits):
            metric_hits = [hit for hit in metric_hits if hit.start > clause_start]
        # (因政府信息公开被申请行政复议、提起行政诉讼的均为 0 件: a weak wording qualifying the named ones is none of them)
        strong = [hit for hit in metric_hits if hit.end <= before
                  and not (hit.kind == "metric" and V.METRIC_PATTERNS[hit.key].weak)]
        for hit in strong if len(strong) >= 2 else metric_hits:
            if hit.end > before:
                continue
            resolved = self._resolve_hit(hit, q.unit)
            # (人大代表建议和政协提案各 5 件: one wording naming two metrics, each of them)
            for metric in V.DISTRIBUTE.get(resolved[0], (resolved[0],)) if resolved else ():
                if metric not in seen:
                    seen.append(metric)
        return seen

    # -- output ------------------------------------------------------------------------
    def _emit(self, q: Quantity, metric: str, kind: str, direction: str | None, category: str | None,
              span_start: int, span_end: int, parent: int | None, notes: dict, sentence_start: int,
              link: bool = True) -> None:
        if metric in _CHANNEL_METRIC_SOURCES:
            # “某某”微信号…累计点击量 450 万: an account's clicks are reads of its posts
            metric = V.CHANNEL_METRIC_OVERRIDES.get((metric, self._channel(sentence_start, q.start)), metric)
            if metric == "site_visits" and _NEW_MEDIA_NAMED.search(self.text, sentence_start, q.start) \
                    and not _WEBSITE_NAMED.search(self.text, sentence_start, q.start):
                # 通过微博、微信、抖音…发布信息 1.42 万条,浏览量达 6 亿余次: views of posts on several accounts
                metric = "content_views"
            elif metric == "site_visits" and _CLICKS_OF_ITEMS.search(self.text, sentence_start, q.start) \
                    and not _SITE_OR_COLUMN_NAMED.search(self.text, sentence_start, q.start):
                # 主动公开政府信息共计 478 条,…,累计点击量达 254762 人次: with no website named, the clicks
                # said right after the items published are views of those items
                metric = "content_views"
        if metric in V.LICENCE_METRIC_OVERRIDES and self._about_licensing(sentence_start, q.start):
            metric = V.LICENCE_METRIC_OVERRIDES[metric]
        if metric in V.HOTLINE_METRIC_OVERRIDES and self._about_hotline(sentence_start, q):
            metric = V.HOTLINE_METRIC_OVERRIDES[metric]
        info = V.METRICS[metric]
        if info.publication and len(self.channel_queue) >= 2 and kind == "count" \
                and _NO_NUMBER_TO_CLAUSE_END.match(self.text, q.end):
            # 通过区门户网站、微信公众号分别发布 500 余条: one number said of each channel named
            channels, self.channel_queue = self.channel_queue, []
            for channel in channels:
                self.channel_queue = [channel]
                self._emit(q, metric, kind, direction, category, span_start, span_end, parent, notes,
                           sentence_start, link)
            return
        if info.publication and self.channel_queue and kind == "count":
            channel = self.channel_queue.pop(0)
        else:
            channel = self._channel(sentence_start, q.start) if info.publication else None
        period = notes["period"] or info.period
        if period == "as_of" and not info.stock:
            period = "annual"
        fig = RawFigure(metric, q.value, q.unit, q.qualifier, min(span_start, q.start), max(span_end, q.end),
                        q.start, q.end, q.value_high, kind, direction, channel, category, period,
                        sentence=self.current_sentence)
        index = len(self.figures)
        if parent is not None:
            fig.parent = parent
        # (收到申请 208 件(不含上年结转 5 件): what a gloss says the total leaves out is no part of it)
        elif link and kind == "count" and not _EXCLUDED_GLOSS_BEFORE.search(self.text, max(0, q.start - 20), q.start):
            while self.frames:
                frame = self.frames[-1]
                total = self.figures[frame.parent]
                if self._compatible(total, metric, kind, category, frame.implicit, channel) \
                        or (frame.implicit and frame.taken and metric == total.metric and kind == "count"
                            and self._window_start is not None
                            and _REST_LEAD.match(self.text, self._window_start, q.start)):
                    # (…政务微信 2942 条,其他电视台、微信公众号等方式公开 1000 余条: the rest of it)
                    fig.parent = frame.parent
                    frame.taken += 1
                    break
                sibling = self._coordinated_total(frame, metric, kind, category)
                if sibling is not None:
                    fig.parent = frame.parent = sibling
                    frame.taken += 1
                    break
                if metric in V.LIST_INTERLUDES and frame.taken and not frame.implicit:
                    break  # 微信公众号发布 59 条,阅读量 17231 人次,新区报发布 8 条: the list goes on
                if frame.paren:
                    break
                self._pop_frame()
        if fig.parent is not None:
            total = self.figures[fig.parent]
            if total.metric in V.DOCUMENT_PARTS_KEEP_TOTAL and fig.metric == "documents_published":
                # 主动公开规范性文件 81 件,其中市政府文件 10 件…: the normative documents by issuer (here, once the
                # part took its issuer label as documents do; V.PART_METRIC_OVERRIDES, applied when the wording is
                # resolved, would lose the label)
                fig.metric = total.metric
            if fig.channel is None and info.publication:
                fig.channel = total.channel
            if fig.category is None and info.publication and kind == "count" and self._window_start is not None:
                # 其中财政收支信息解读 4 条: a part of a publication total is of the category its
                # words name, even when those words are a metric's own (解读)
                found = _label_span(self.text, self._window_start, q.start)
                if found is not None and found[0] != self.text[span_start:q.start].strip():
                    fig.category = found[0]
        self.figures.append(fig)
        if fig.parent is not None and kind == "count":
            self.figures[fig.parent].parts.append(index)
        if not (index and not link and self.figures[index - 1].value_start == fig.value_start):
            # (受理答复依申请公开案件 6 件(2 件信函、4 件网站): the second fact read on one number — handled beside
            # received — does not take over the list its number opens; the first one leads it)
            self.last_at_depth[self.depth] = index
        if notes["total"] and kind == "count" and metric in ("items_published", "policy_interpretations") \
                and fig.parent is None and fig.category is None:
            # (…,解读及回应信息共计 110 条,其他类信息 1827 条: a part's own 共计 opens no list of its own)
            # (共计公开财政预决算信息 2 条,重点领域信息 2 条,其他类信息 11 条: a total of one kind, named, is the
            # first of the kinds listed, not their sum)
            self.frames.append(_Frame(index, False, False, implicit=True, depth=self.depth))

    def _about_hotline(self, sentence_start: int, q: Quantity) -> bool:
        """Whether the number's clause is about the public service hotline's cases and never names disclosure
        (“12345 政府热线”平台答复群众反映问题 352 个; 办结 657 件 12345 诉求件): answered or handled, they are its cases."""
        clause = _clause_start(self.text, sentence_start, q.start)
        # (not …阳光理政、12345 便民服务平台答复群众关心问题 153 条: the hotline one of several channels listed, messages)
        before = HOTLINE_SUBJECT.search(self.text, clause, q.start) is not None \
            and DISCLOSURE_SUBJECT.search(self.text, clause, q.start) is None and "、" not in self.text[clause:q.start]
        return before or _HOTLINE_CASES_AFTER.match(self.text, q.end) is not None

    def _about_licensing(self, sentence_start: int, pos: int) -> bool:
        """Whether the sentence before ``pos`` is about licensing matters and never names
        disclosure (its applications are then applications for a licence)."""
        return LICENCE_SUBJECT.search(self.text, sentence_start, pos) is not None \
            and DISCLOSURE_SUBJECT.search(self.text, sentence_start, pos) is None

    def _after_documents_made(self, hit: _Hit) -> bool:
        """Whether a bare publishing verb right after a count (nothing but separators or 其中 between) follows a
        count of documents made (共对外制发文件 41 件,公开发布 39 件; not …发文 11 条,其中,…财务信息公开 1 条,
        whose own kind is named)."""
        in_sentence = self._sentence_figures()
        context = next((f for f in in_sentence if f.kind == "count"), None)
        if context is None or _JUST_AFTER_COUNT.fullmatch(self.text, context.end, hit.start) is None:
            return False
        # (the words before the count's own wording are its verb: 制发 of 对外制发文件 41 件 stands before 文件)
        before = max((f.end for f in in_sentence if f.end <= context.start), default=self.sentences.start_of(context.start))
        return _DOCUMENTS_MADE.search(self.text, before, context.value_start) is not None

    def _bare_disclosure_after_applications(self, hit: _Hit) -> bool:
        """``收到申请 3 件,公开 2 件,不予公开 1 件``: a bare 公开 right after a figure of the
        applications, with no channel or other words between (not ``…办理量 10 件,政务新媒体发文
        2300 条``)."""
        prev = self._previous_in_sentence()
        # (收到依申请公开政府信息的要求 1 条,已公开 1 条: 已 before it)
        return (prev is not None and self.text[hit.start:hit.end] == "公开"
                and _BEFORE_BARE_DISCLOSURE.fullmatch(self.text, prev.end, hit.start) is not None)

    def _sub_list_closed_by(self, prev: RawFigure, share: _Hit) -> int | None:
        """``政策法规类的信息 31 条,其中政策法规 15 条、规范性文件 16 条,占总体的比例为 1%``: a share of the whole right
        after the parts of a part (one linked to its total or labelled as one) is that part's share, not its last
        sub-part's — the index of the part whose list it closes, or None. Not a share right after a list's first part,
        nor one where the parts before had shares of their own (机构职能类信息 2 条,占总体 22.2%;乡镇文件类 7 条,占总体
        78.8%: a share after each part)."""
        owner = prev.parent
        if owner is None or owner == len(self.figures) - 1 or not _SHARE_OF_THE_WHOLE.match(self.text, share.start):
            return None
        if self.figures[owner].parent is None and self.figures[owner].category is None:
            return None
        if sum(1 for f in self.figures if f.kind == "count" and f.parent == owner) < 2:
            return None
        if any(f.kind == "share" and f.parent is not None and self.figures[f.parent].parent == owner for f in self.figures):
            return None
        return owner

    def _share_label(self, prev: RawFigure, share: _Hit, metric_hits: list[_Hit]):
        """``其中予以公开占 58.5%、不予公开占 7.3%``, ``政策法规占 7%,工作动态占 45%``: a share
        whose own label stands right before 占, after the figure before it, is the share of what
        the label names, of the total that figure belongs to. ``(metric, category, parent)`` or None."""
        if prev.kind == "share":
            total = prev.parent
        elif self.frames:
            total = self.frames[-1].parent
        else:
            total = len(self.figures) - 1
        if total is None:
            return None
        total_metric = self.figures[total].metric
        label = next((h for h in reversed(metric_hits) if prev.end <= h.start and h.end <= share.start), None)
        if label is not None and not _CLAUSE_BREAK.search(self.text, label.end, share.start):
            metric = self._resolve_any_unit(label)
            if metric is None or not (metric == total_metric or metric in V.CHILDREN.get(total_metric, ())):
                return None
            return metric, label.category, total
        # 工作动态占 45%: a label no wording names is a category of the total's things
        clause = _LAST_CLAUSE.search(self.text, prev.end, share.start)
        if clause is None or total_metric not in V.CHILDREN["items_published"] | {"items_published"}:
            return None
        found = _label_span(self.text, clause.start(), share.start)
        if found is None:
            return None
        return _category_metric(total_metric, found[0]), found[0], total

    def _column_label(self, window_start: int, pos: int):
        """``“政策解读”栏目发布信息 9 条``, ``社会救助栏目发布信息 323 条``: a column named right before
        a generic publishing wording labels the count; a kind its name says (政策解读, 回应关切,
        政策法规) decides the metric. ``(metric, name, name start)`` or None."""
        m = _COLUMN_BEFORE.search(self.text, window_start, pos)
        if m is None:
            return None
        name = m.group("name")
        start, end = m.span("name")
        metric = _category_metric("items_published", name)
        kinds = V.LABELLED_PARTS["items_published"]
        for hit in _hits(self.text, start, end):
            resolved = self._resolve_any_unit(hit) if hit.kind == "metric" else None
            if resolved in kinds and hit.end == end:
                metric = resolved
        return metric, name, start

    def _restated_of_all(self, q: Quantity) -> bool:
        """``收到申请 2 件,2 件均已办结``: the received count said again with 均/全部 before its
        answer is that count's outcome said of all, no second figure (ANNOTATION.md)."""
        prev = self._previous_in_sentence()
        return prev is not None and prev.metric == "applications_received" and prev.value == q.value \
            and _OF_ALL_AFTER.match(self.text, q.end) is not None

    def _other_among_outcomes(self, metric: str | None, category: str) -> bool:
        """A part of the applications labelled only 其他(的), after outcomes in its list: the other handling."""
        if metric not in ("applications_received", "applications_handled") or not self.frames \
                or _OTHER_LABEL.fullmatch(category) is None:
            return False
        return self._outcome_among_parts(self.frames[-1].parent)

    def _outcome_among_parts(self, parent: int) -> bool:
        """Whether a part already read of the total ``parent`` is an outcome of the applications."""
        return any(f.parent == parent and f.metric in V.APPLICATION_OUTCOMES for f in self.figures[parent + 1:])

    def _granted_instead(self, metric: str | None, start: int, end: int, q: Quantity) -> str | None:
        """``metric`` of the wording ``start``–``end`` after ``q``, or the information granted where applications
        received are worded as one of the outcomes (:meth:`_granted_part`, :data:`V.GRANTED_AMONG_OUTCOMES`)."""
        if metric == "applications_received" and (
                self._granted_part(start, end)
                or self._after_applications_total(q) and _GRANTED_AMONG_OUTCOMES.match(self.text, q.end)):
            return "applications_granted"
        return metric

    def _granted_part(self, start: int, end: int) -> bool:
        """``收到申请 11 件,其中:主动公开 1 件,依申请公开 4 件,咨询 2 件…``: a part of the applications named only
        依申请公开 is the information given on them (granted), as the annotators read it, not applications again."""
        if not self.frames or _GRANTED_PART.fullmatch(self.text, start, end) is None:
            return False
        frame = self.frames[-1]
        if self.figures[frame.parent].metric not in ("applications_received", "applications_handled"):
            return False
        # (not 收到申请 9 件,其中依申请公开 9 件 alone: the kind of all of them) other outcomes stand beside it
        return self._outcome_among_parts(frame.parent) \
            or _OUTCOME_IN_SENTENCE.search(self.text, end, self.sentences.end_of(end, len(self.text))) is not None

    def _after_applications_total(self, q: Quantity) -> bool:
        """Whether ``q`` follows, in its paragraph, a larger count of the applications received or handled
        (``收到 7 条申请,均已办结。2 条依申请公开,1 条部分公开…``: the outcomes of those)."""
        if self._family_context() == "applications":
            return True
        last = self.figures[-1] if self.figures else None
        return last is not None and last.metric in ("applications_received", "applications_handled") \
            and last.value > q.value and "\n" not in self.text[last.end:q.start]

    def _taken_up_after_received(self, hit: _Hit) -> bool:
        """``共收到依申请公开 57 件…。全年共办理依申请公开 55 件``: applications taken up (办理)
        after the received count of the same paragraph are the ones handled."""
        if _TAKING_UP.search(self.text, max(0, hit.start - 6), hit.start) is None \
                and not self.text.startswith("办理", hit.start):
            return False
        for figure in reversed(self.figures):
            if "\n" in self.text[figure.end:hit.start]:
                return False
            if figure.metric == "applications_received" and figure.parent is None:
                return True
        return False

    def _beside_received(self, index: int) -> bool:
        """Whether the carried-over figure ``index`` is coordinated with the applications
        received just before it (``收到申请 9 件,上年结转 1 件,其中网络申请 5 件、信函申请 5 件``):
        then a list after the pair is of the received (or of both together: breakdown.sum
        tells), not of the carried-over alone."""
        total = self.figures[index]
        if total.metric not in V.PART_METRIC_OVERRIDES_SOURCES or index == 0:
            return False
        before = self.figures[index - 1]
        while before.parent is not None and before.parent < index - 1:
            before = self.figures[before.parent]
        return (before.metric == "applications_received" and before.sentence == total.sentence
                and not _STATEMENT_BREAK.search(self.text, before.end, total.start))

    def _coordinated_total(self, frame: _Frame, metric: str, kind: str, category: str | None) -> int | None:
        """``被申请行政复议 4 件、被提起行政诉讼 3 件,其中行政复议结果纠正 1 件``: an opener after
        coordinated totals opens a list for all of them; a part whose metric does not fit the
        current total belongs to the nearest one of the run (back from the figure the opener
        followed) that it fits, and the list continues with that total (so ``结果维持 1 件、
        结果纠正 1 件`` after ``行政复议结果维持`` stay with 行政复议)."""
        if frame.implicit or frame.paren or frame.opened_after < 0:
            return None
        index = frame.opened_after
        while index >= 0:
            total = self.figures[index]
            if total.sentence != self.current_sentence or total.parent is not None:
                return None
            if total.kind == "count" and self._compatible(total, metric, kind, category, False):
                return index
            index -= 1  # a change or share between the totals (较上年增长 10.7%) is skipped
        return None

    def finish_frames(self) -> None:
        """Exhaustive flags: ``等`` after a list, a single part, or 主要/如 make a list a
        selection."""
        text = self.text
        for fig in self.figures:
            if not fig.parts:
                continue
            parts = [self.figures[i] for i in fig.parts]
            last = parts[-1]
            first = parts[0]
            tail = text[last.value_end:last.value_end + 3]
            head = text[fig.value_end:first.start]
            between = text[first.start:last.value_end]
            selection = (tail.lstrip().startswith("等") or "等" in between or "等" in head
                         or regex.search(r"主要|例如|如:|比如", head) is not None or len(parts) == 1)
            fig.exhaustive = not selection
            if any(p.metric == "applications_carried_over" for p in parts) and fig.metric.startswith("applications_"):
                fig.includes_carried_over = True


#: metric -> every unit some wording of it accepts (for relative words and inherited parts)
_METRIC_UNITS: dict[str, frozenset] = {}
for _mp in V.METRIC_PATTERNS:
    for _metric, _units in _mp.metrics:
        _METRIC_UNITS[_metric] = _METRIC_UNITS.get(_metric, frozenset()) | _units


_KIND_METRICS = frozenset().union(*V.KINDS_OF.values())
#: items published and the kinds of item a list of them may name by their own wording
_ITEM_KINDS = V.CHILDREN["items_published"] | {"items_published"}
LICENCE_SUBJECT = regex.compile(V.LICENCE_SUBJECT)
HOTLINE_SUBJECT = regex.compile(V.HOTLINE_SUBJECT)
#: the hotline's cases named right after their number (657 件 12345 诉求件)
_HOTLINE_CASES_AFTER = regex.compile(r"\s?“?123\d\d”?(?:热线)?(?:诉求|工单|来电)")
DISCLOSURE_SUBJECT = regex.compile(V.DISCLOSURE_SUBJECT)
_CHANNEL_METRIC_SOURCES = frozenset(source for source, _ in V.CHANNEL_METRIC_OVERRIDES)
_CATEGORY_METRICS = tuple((source, regex.compile(label), target) for source, label, target in V.CATEGORY_METRICS)


def _category_metric(metric: str, category: str) -> str:
    """The metric a figure's category label makes it (公文法规 6 条 under items: documents)."""
    for source, label, target in _CATEGORY_METRICS:
        if metric == source and label.search(category):
            return target
    return metric


def _units_of(metric: str) -> frozenset | None:
    return _METRIC_UNITS.get(metric)


def _heading_metrics(subject: str) -> tuple[str, ...] | None:
    """The metrics an outline heading's ``subject`` names (the first of :data:`HEADING_SUBJECTS` that fits)."""
    return next((metrics for metrics, pattern in HEADING_SUBJECTS if pattern.search(subject)), None)


def _heading_zeros(text: str) -> list[tuple[tuple[str, ...], int, int, int, int]]:
    """``(metrics, paragraph start, paragraph end, zero start, zero end)`` for each short
    paragraph that only says "none" under a heading naming its subject (see
    :data:`~textmine.figures.vocabulary.HEADING_ZERO_SUBJECTS`)."""
    out = []
    for heading in HEADING.finditer(text):
        metrics = _heading_metrics(heading.group("subject"))
        if metrics is None:
            continue
        start = heading.end() + (text[heading.end():heading.end() + 1] == "\n")
        blank = _BLANK_LINES.match(text, start)  # (a blank line between the heading and its paragraph)
        skipped = blank is not None
        start = blank.end() if blank else start
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        paragraph = text[start:end]
        if not paragraph.strip() or len(paragraph) > 60 or regex.search(r"\d", _YEAR.sub("", paragraph)):
            continue
        negation = NEGATION.search(paragraph)
        if negation is not None and skipped and (negation.start() > 12 or not _HAN.match(paragraph, negation.end())):
            # past a blank line only a paragraph that opens by saying none (未发生针对我办…), not a general one
            # with a 未/不涉及 somewhere in it (…均不涉及以上信息, …本年度我局未 cut by the page end)
            continue
        if negation is None or any(pattern.search(paragraph) for _, pattern in HEADING_SUBJECTS[:-1]):
            continue  # 未收到…行政复议申请: a paragraph naming a subject itself is read as written
        out.append((metrics, start, end, start + negation.start("zero"), start + negation.end("zero")))
    return out


_REVIEWS_NAMED = regex.compile(r"复议|诉讼")


def _cut_receipt_zero(text: str) -> tuple[int, int] | None:
    """The span of a "none received" the page is cut right after (``…依申请公开情况⏎2020年,未收到政府``),
    when its paragraph or the heading of its part names the applications."""
    m = CUT_RECEIPT_ZERO.search(text)
    if m is None:
        return None
    sentence_start = max(text.rfind(mark, 0, m.start()) for mark in "。\n") + 1
    if _REVIEWS_NAMED.search(text, sentence_start, m.start()):
        return None  # (…均已按时办结。在行政复议、诉讼方面,也未收到有关政府信…: the reviews' and suits' none)
    if CUT_RECEIPT_SUBJECT.search(text, text.rfind("\n", 0, m.start()) + 1, m.end()) is None:
        heading = None
        for heading in HEADING.finditer(text, 0, m.start()):
            pass  # (the last heading before it: the part it stands in)
        if heading is None or _heading_metrics(heading.group("subject")) != ("applications_received",):
            return None
    return m.span("zero")


def _same_family(metrics: tuple[str, ...], subject: tuple[str, ...]) -> bool:
    """Whether a zero of ``metrics`` is about the heading ``subject``'s own family: under
    依申请公开 a paragraph's 无上年结转 or 没有出现不予公开 is a zero of the applications too."""
    families = {V.METRICS[m].family for m in subject}
    return all(V.METRICS[m].family in families for m in metrics)


#: a page cut inside the reviews' or the suits' noun (…未发生因政府信息公开申请行政复, …未收到行政复议和行政诉): its
#: none reads as if the noun were whole, as one cut right after the noun does
_CUT_NOUN = regex.compile(r"行政(?P<cut>复|诉)\s*$")
_CUT_NOUN_REST = {"复": "议", "诉": "讼"}


def _cut_noun_completed(text: str) -> str:
    """``text`` with the reviews' or the suits' noun the page end cut completed (offsets inside ``text`` hold)."""
    m = _CUT_NOUN.search(text, max(0, len(text) - 8))
    return text if m is None else text[:m.end("cut")] + _CUT_NOUN_REST[m.group("cut")]


def _zeros(text: str, taken: list[RawFigure], sentences: _Sentences) -> list[RawFigure]:
    out: list[RawFigure] = []
    seen: set[tuple[str, int]] = set()

    def add(metric: str, sentence: int, start: int, end: int, vs: int, ve: int) -> None:
        # one zero a metric and sentence, and none where a figure was read — unless that figure
        # counts another period (未受理…申请,历年累计受理…0 条) or restates the zero in digits
        # (未收到…申请,受理依申请公开 0 件: both are listed, as restatements are)
        # (nor a change: 未收到…申请,办理数量为 0 件,较 2024 年减少 5 件 — the 5 says how far it fell)
        if (metric, sentence) in seen or any(f.metric == metric and f.sentence == sentence and f.period == "annual"
                                             and f.kind != "change"
                                             and (f.value != 0 or f.value_start < ve and vs < f.value_end)
                                             for f in taken):
            return
        seen.add((metric, sentence))
        out.append(RawFigure(metric, 0, None, None, start, end, vs, ve, sentence=sentence))

    claimed = _heading_zeros(text)
    for metrics, _, _, vs, ve in claimed:
        for metric in metrics:
            add(metric, sentences.index(vs), vs, ve, vs, ve)
    scanned = _cut_noun_completed(text)
    for metrics, pattern in ZEROS:
        for m in pattern.finditer(scanned):
            vs, ve = (m.span("zero") if "zero" in pattern.groupindex and m.start("zero") >= 0 else m.span())
            if vs >= len(text):
                continue  # (only in the completed noun)
            if any(start <= vs < end and not _same_family(metrics, subject) for subject, start, end, _, _ in claimed):
                continue  # under 收费情况, 我镇无申请 is the zero of the heading's subject
            sentence = sentences.index(m.start())
            for metric in metrics:
                # (由于本区未发生…行政复议案,因此未发生…费用: a zero already stated, given again as the
                # cause of another, is not a second statement)
                if _CAUSE_BEFORE.search(text, max(0, vs - 12), vs) and any(f.metric == metric for f in out):
                    seen.add((metric, sentence))  # (and the sentence's other words on it are no zero either)
                    continue
                # (受理…申请 0 件,故无依申请公开相关信息: the zero read already, drawn again as its consequence — not
                # …未发生政府信息公开申请,因而未发生…收费, the zero said again as the cause of another, which the
                # annotators list as they list restatements)
                if _CONSEQUENCE_BEFORE.search(text, max(0, vs - 6), vs) \
                        and any(f.metric == metric and f.value == 0 and f.start < vs for f in (*taken, *out)):
                    continue
                add(metric, sentence, m.start(), min(m.end(), len(text)), vs, min(ve, len(text)))
    cut = _cut_receipt_zero(text)
    if cut is not None:
        add("applications_received", sentences.index(cut[0]), cut[0], cut[1], *cut)
    return out


#: a count's unit right before a position (where the noun glued after it starts)
_COUNT_END = regex.compile(r"\d\s?(?:条|件|篇|个|项|份|次|期)$")
#: a target or a rule: a floor set after 确保/要求/保证 in the number's clause (确保每月主动公开数量不少于 5 条)
_TARGET_BEFORE = regex.compile(r"(?:确保|要求|保证|规定)[^,;。:\d]{0,24}?(?:不少于|不低于|不得少于|至少)\s*$")
#: a line bodies are sorted by (公开政府信息数超 30 条的单位, 公开信息少于 10 条的单位, 单月未公开一条政府信息的单位):
#: the comparison before the number, the bodies it picks out after it
_THRESHOLD_BEFORE = regex.compile(r"(?:超过|超|多于|少于|低于|不足|高于|未达到?|未公开|不到)\s*$")
_BODIES_BY_THRESHOLD_AFTER = regex.compile(r"[^,;。\d]{0,12}?的(?:单位|部门|乡镇|街道|科室|处室|村|社区|县区|县市区|镇街)")
#: a kind's label right before the generic word of a part (机构职能类|信息 4 条)
_KIND_LABEL_BEFORE = regex.compile(r"\p{Han}{2,10}类$")
#: a document wording as a modifier of the noun the number counts (规范性文件|的通知公告 38 份: notices, not
#: the normative documents; not 的数量/的总数, which count the wording's own noun)
_OF_ANOTHER_NOUN = regex.compile(r"的(?!数量|总数|件数|条数|个数|总量)\p{Han}{2,8}")
#: only a list separator between a noun and the next number (…信息:2 条, …政策解读、0 条)
_SEPARATOR_ONLY = regex.compile(r"\s*[、:,;]\s*")
#: a cause clause opening right before a zero (由于本区未发生…, 因我局未收到…)
_CAUSE_BEFORE = regex.compile(r"(?:由于|因为)[^,;。:]{0,8}$")
#: a consequence drawn right before a zero (…0 件,故无…)
_CONSEQUENCE_BEFORE = regex.compile(r"(?:故|因此|所以|因而)[^,;。:\d]{0,3}$")


#: the public service lines' numbers (12345, 12315, 12369…): a name, never a count left without its unit
_SERVICE_LINE_NUMBER = regex.compile(r"123\d\d")


#: an audience's size or reads right before a bare number (订阅量达到 5664865, 粉丝数 3 万): counted in people or
#: reads, never in the items of the list around it
_AUDIENCE_BEFORE = regex.compile(r"(?:订阅|关注|粉丝|阅读|浏览|访问|点击|播放|用户)(?:量|数|人数|总数|总量)?(?:已)?(?:达到|达|为|超过|超|累计|共)?\s?$")


def _bare_count_after_a_word(text: str, q: Quantity) -> bool:
    """A whole number in digits with no unit or magnitude, right after a character (not after an audience word,
    whose size is no count of items)."""
    return (q.unit is None and q.magnitude == 1 and not q.chinese and float(q.value).is_integer()
            and 0 < q.start and _HAN.match(text, q.start - 1) is not None
            and not _AUDIENCE_BEFORE.search(text, max(0, q.start - 10), q.start))


def _cut_at_line_end(text: str, q: Quantity) -> bool:
    """A bare count right after a word, with nothing after it but the end of its line or of the page."""
    if not _bare_count_after_a_word(text, q):
        return False
    line_end = text.find("\n", q.num_end)
    rest = text[q.num_end:len(text) if line_end < 0 else line_end].strip()
    return not rest or (q.qualifier is not None and rest in ("余", "多"))  # (…领导信息 200 余<end of page>)


def _dropped_unit(text: str, q: Quantity) -> bool:
    """A bare number between a label and the next label (``通知公告307不动产公告``)."""
    # (a decimal is no count of items: 6.2 级地震灾后重建 1086 条 names an earthquake)
    # (通过 12316 农业信息平台: a platform's number after the word that names it, no count)
    # (淄博12345转办件2516件: the service line named by its number, between the city and its cases)
    return (_bare_count_after_a_word(text, q) and q.qualifier is None
            and not _SERVICE_LINE_NUMBER.fullmatch(text, q.num_start, q.num_end)
            and q.end < len(text) and (_HAN.match(text, q.end) is not None or text[q.end] in "、,")
            and not _THROUGH_BEFORE.search(text, max(0, q.start - 4), q.start))


def _units_left_out(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``其中概况类信息348条政务要闻415条通知公告307不动产公告84条``: inside a list whose
    parts state their unit, a part that left it out between a label and the next label takes
    the unit its neighbours share (both sides, each within a short stretch of the same
    sentence), so that it is read as the part it is rather than dropped as glued text. Runs
    of such parts are handled together, in one pass."""
    out = list(quantities)
    n = len(quantities)

    def joined(a: Quantity, b: Quantity) -> bool:
        gap_start, gap_end = a.end, b.start
        return gap_end - gap_start <= 30 and _LIST_GAP_BREAK.search(text, gap_start, gap_end) is None

    i = 0
    while i < n:
        if not _dropped_unit(text, quantities[i]):
            i += 1
            continue
        j = i
        while j + 1 < n and _dropped_unit(text, quantities[j + 1]) and joined(quantities[j], quantities[j + 1]):
            j += 1
        left = quantities[i - 1] if i > 0 and joined(quantities[i - 1], quantities[i]) else None
        right = quantities[j + 1] if j + 1 < n and joined(quantities[j], quantities[j + 1]) else None
        if (left is not None and right is not None and left.unit is not None and left.unit == right.unit
                and left.unit in V.PUBLISHED and j - i < _MAX_LIST_WALK):
            for k in range(i, j + 1):
                out[k] = replace(quantities[k], unit=left.unit)
        i = j + 1
    # (…发布信息 366 条,发布重点领域信息 162<end of page>: the page cut the last count off before its unit —
    # it takes the unit of the count just before it, when that one counts items in the same sentence; so does the
    # last count of a line that lost its unit with its full stop: …人事信息 2 条,财政管理 7⏎(二)依申请公开)
    for i in range(1, n):
        if _cut_at_line_end(text, out[i]) and out[i - 1].unit in V.PUBLISHED \
                and out[i].start - out[i - 1].end <= 40 \
                and _LIST_GAP_BREAK.search(text, out[i - 1].end, out[i].start) is None:
            out[i] = replace(out[i], unit=out[i - 1].unit, end=out[i].num_end)  # (not the line's break after it)
    # 分别发布 2433、1664 和 2247 条: bare numbers joined to the next by 、/和 share the unit the
    # last of their run states
    for i in range(n - 2, -1, -1):
        q, following = out[i], out[i + 1]
        if q.unit is None and q.magnitude == 1 and q.qualifier is None and following.unit is not None \
                and following.unit in V.ITEMS and _NUMBERS_JOINED.fullmatch(text, q.end, following.start):
            out[i] = replace(q, unit=following.unit)
    return out


def extract_from_text(text: str, report_year: int | None = None) -> list[RawFigure]:
    """Figures in ``text`` (a narrative view), offsets into ``text``, sorted by position;
    ``parent``/``parts`` are indexes into the returned list. ``report_year``, when known, places the years a clause
    names with 结转 against the report's own (:func:`_carried_by_year`)."""
    quotes = _Quotes(text)
    quantities = [q for q in _units_left_out(text, find_quantities(text)) if _keep(text, q, quotes)]
    engine = _Extractor(text)
    previous_end = 0
    for i, q in enumerate(quantities):
        if q.start < previous_end:
            continue  # already read as part of the wording after the previous number
        sentence_start = engine.sentences.start_of(q.start)
        window_start = max(previous_end, sentence_start)
        next_start = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
        previous_end = engine.feed(q, window_start, next_start)
    engine.finish_frames()
    figures = engine.figures
    _papers_of_one_house(text, figures)
    _matters_before_their_decisions(text, figures)
    if report_year is not None:
        _carried_by_year(text, figures, report_year)
    figures.extend(_zeros(text, figures, engine.sentences))
    return _sorted(_without_earlier_years(text, figures))


#: a share said to be of the whole (占总体的比例为 1%, 占全部信息的, 占总数的)
_SHARE_OF_THE_WHOLE = regex.compile(r"占(?:总体|全部|总数|总量)")


#: the papers of one house of the NPC / CPPCC, and a part named by its role alone
_HOUSES = frozenset({"npc_suggestions", "cppcc_proposals"})
_ROLE_ONLY = regex.compile(r"(?:主办|协办|会办|承办|分办)(?:件)?")


def _papers_of_one_house(text: str, figures: list[RawFigure]) -> None:
    """``人大主办件 14 件(议案 7 件,建议 7 件),协办件 11 件(议案 6 件…);政协主办件 11 件,协办件 21 件``: among the
    NPC and CPPCC papers, a part named by its role alone after a sibling named by its house (in the same clause, no
    ``;`` between) is that house's, and so are the parts of a house's papers (in order: each settled part passes its
    house on)."""
    for i, fig in enumerate(figures):
        if fig.metric != "npc_cppcc_items" or fig.parent is None:
            continue
        parent = figures[fig.parent]
        if parent.metric in _HOUSES:
            fig.metric = parent.metric
            continue
        sibling = next((figures[j] for j in range(i - 1, fig.parent, -1) if figures[j].parent == fig.parent), None)
        if sibling is not None and sibling.metric in _HOUSES and fig.category and _ROLE_ONLY.fullmatch(fig.category) \
                and ";" not in text[sibling.end:fig.start]:
            fig.metric = sibling.metric


#: the kinds of power whose matters and decisions the 2019 table counted side by side
_POWER_DECISIONS = frozenset({"licence_decisions", "punishment_decisions", "coercion_decisions", "inspections"})
_DECISIONS_WORD = regex.compile(r"处理决定(?:数量|数)")


def _matters_before_their_decisions(text: str, figures: list[RawFigure]) -> None:
    """``行政许可 16 项,较 2018 年减少 1 项,处理决定数量 56 件`` (the 2019 table said in words): a kind of power
    counted in 项 before the decisions of the same kind in its own statement (no ``;``, ``。`` or line break between) counts
    the matters the body holds of that kind, not decisions — and so does its change."""
    for i, fig in enumerate(figures):
        if fig.metric not in _POWER_DECISIONS or fig.unit != "项":
            continue
        for j in range(i + 1, len(figures)):
            later = figures[j]
            if _STATEMENT_BREAK.search(text, fig.end, later.start):
                break
            if later.metric == fig.metric and later.unit != "项" and _DECISIONS_WORD.search(text, later.start, later.end):
                for matter in figures[i:j]:
                    if matter.metric == fig.metric and matter.unit == "项":
                        matter.metric = "service_items"
                break


#: a year named with 结转 in a clause (2026年结转依申请公开事项 1 件, 2025年结转至2026年政府信息公开申请 8 件)
_CARRIED_YEAR = regex.compile(r"(?P<first>(?:19|20)\d{2})\s?年(?:度)?结转(?:(?:至|到)\s?(?P<then>(?:19|20)\d{2})\s?年)?")
#: the applications a count of which the carrying words may name (the wording nearest the number may be the
#: applications' own, 政府信息公开申请 8 件, or 上年结转's, 2026年结转 read as a year before the carry)
_CARRIED_METRICS = frozenset({"applications_received", "applications_carried_over", "applications_handled"})
#: how far before its number a count's clause is read for the year it was carried into
_CARRIED_YEAR_REACH = 60


def _carried_by_year(text: str, figures: list[RawFigure], report_year: int) -> None:
    """Applications carried into a year after the report's are carried forward: in a 2025 report,
    2026年结转… 1 件 and 2025年结转至2026年… 8 件 (a year before 结转 otherwise says where they came from,
    and the wordings cannot tell the report's year); those carried from an earlier year into the report's
    (2024年结转至2025年办理 2 件) are carried over."""
    for fig in figures:
        if fig.metric not in _CARRIED_METRICS or fig.kind != "count":
            continue
        floor = max(0, fig.value_start - _CARRIED_YEAR_REACH)
        floor = max(floor, *(text.rfind(mark, floor, fig.value_start) + 1 for mark in "。\n"))
        named = list(_CARRIED_YEAR.finditer(text, _clause_start(text, floor, fig.value_start), fig.value_start))
        if not named:
            continue
        found = named[-1]  # the year nearest the number
        into = int(found.group("then") or found.group("first"))
        if into > report_year and fig.metric != "applications_handled":
            fig.metric = "applications_carried_forward"
        elif found.group("then") and into == report_year and int(found.group("first")) < report_year:
            # (2024年结转至2025年办理 2 件 in the 2025 report: carried over into it, whatever verb follows)
            fig.metric = "applications_carried_over"


def _without_earlier_years(text: str, figures: list[RawFigure]) -> list[RawFigure]:
    """``累计发布 491 条,其中,2018 年 40 条,2017 年 83 条,2016 年 58 条…``: parts of one total labelled by
    their years are the report year's and earlier years'; only the latest is a fact of the year."""
    by_total: dict[int, list[tuple[int, int]]] = {}
    for i, fig in enumerate(figures):
        if fig.parent is None:
            continue
        label = _YEAR_LABEL.search(text, max(0, fig.value_start - 8), fig.value_start)
        if label is not None:
            by_total.setdefault(fig.parent, []).append((int(label.group("year")), i))
    dropped = set()
    for parts in by_total.values():
        if len(parts) >= 2:
            latest = max(year for year, _ in parts)
            dropped |= {i for year, i in parts if year < latest}
    if not dropped:
        return figures
    return _renumbered(figures, [i for i in range(len(figures)) if i not in dropped])


def _sorted(figures: list[RawFigure]) -> list[RawFigure]:
    """Sort by position (stable for figures sharing a span) and renumber the links."""
    return _renumbered(figures, sorted(range(len(figures)),
                                       key=lambda i: (figures[i].value_start, figures[i].value_end, i)))


def _renumbered(figures: list[RawFigure], order: list[int]) -> list[RawFigure]:
    """The figures at ``order``, in that order, with their parent and part links renumbered; a
    link to a figure left out is dropped."""
    new_index = {old: new for new, old in enumerate(order)}
    out = []
    for old in order:
        fig = figures[old]
        fig.parent = new_index.get(fig.parent) if fig.parent is not None else None
        fig.parts = [new_index[p] for p in fig.parts if p in new_index]
        out.append(fig)
    return out
