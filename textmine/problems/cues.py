"""Declarative cue tables for cutting section 五 into units (one line per variant).

Patterns are written against normalised text (ASCII , ; : ( ) ) with whitespace removed."""
from __future__ import annotations

import regex

#: an enumeration marker at the start of a unit -> its kind (a context feature)
ENUM_MARKERS: tuple[tuple[str, str], ...] = (
    ("shi", r"[一二三四五六七八九十]{1,2}是"),              # 一是… 二是…
    ("ordinal", r"第[一二三四五六七八九十]{1,2}[,、:]"),      # 第一,…
    ("paren_cn", r"\([一二三四五六七八九十]{1,2}\)"),        # (一)…
    ("cn_comma", r"[一二三四五六七八九十]{1,2}、"),          # 一、…
    ("paren_num", r"\(\d{1,2}\)|\d{1,2}\)"),                # (1) / 1)
    ("num", r"\d{1,2}[.、](?!\d)"),                        # 1. / 1、
    ("circled", r"[①②③④⑤⑥⑦⑧⑨⑩]"),
)
ENUM_RE = regex.compile(r"^\s*(?:" + "|".join(f"(?P<{k}>{p})" for k, p in ENUM_MARKERS) + r")\s*")

#: where a sentence that introduces a list must be cut so that its first item stands alone
#: (split_sentences already cuts before 二是…九是 after a clause boundary)
FIRST_ITEM_CUT = regex.compile(
    r"(?:(?<=[:,;。])|(?<=存在的?(?:主要)?问题|不足之处|改进措施))\s*(?=(?:一是|第一[,、]|\(一\)|\(1\)|1[.、](?!\d)|①))")

#: clauses that frame a list of problems without being one ("取得了一定成效,但仍存在一些不足,主要是:")
FRAME_CLAUSES: tuple[str, ...] = (
    r"(?:20\d\d|今|本|去)年度?(?:以来)?",
    r".{0,40}取得了?(?:一定|较好|明显|积极|较大|显著)?的?(?:成效|成绩|进展|成果)",
    # (not …公开政府信息内容与公众的需求还存在一些差距: what falls short of the public's needs, a problem)
    r"(?:但|但是|不过)?(?:(?!需求|需要)[^,;:。]){0,30}?(?:仍然?|还|也|依然)?(?:然)?存在(?:着)?(?:一些|一定|不少|若干|以下|如下|许多|部分)?的?"
    r"(?:主要)?(?:问题|不足|差距|短板|薄弱环节)(?:和不足|和问题)?(?:有|如下|是)?",  # …存在的主要问题和不足有:
    r"(?:但|但是)?(?:距离|对照|对标|与|比照).{0,30}(?:要求|期待|期盼|期望|标准|相比|差距)(?:相比)?(?:还有|仍有|尚有|存在)?(?:一定|一些|不小)?的?(?:差距|距离)?",
    r"(?:还|仍|也)?有(?:一些|一定|不少)?(?:需要|亟待|有待)(?:进一步)?(?:加强|改进|完善|提升)(?:和|与)?(?:加强|改进|完善|提升)?的(?:地方|方面|环节)",
    r"(?:主要|具体)(?:表现|体现)?(?:在|为|是|有)?(?:以下(?:几个)?方面)?",
    r"(?:比如说?|例如|譬如|如)",
    r"(?:虽然|虽)[^,]{0,40}",
    r"(?:问题|不足)(?:主要)?(?:如下|有)",
    r"(?:经)?(?:自查|梳理|分析)(?:发现)?",
)
FRAME_RE = regex.compile(r"^(?:" + "|".join(FRAME_CLAUSES) + r")[。:]?$")

#: a shortcoming said as what still needs doing (…知识还需要进一步加强学习, 渠道有待拓宽, 仍需提升):
#: on the real dev pages and in the own corpus every unit with one of these words is a problem
#: (none a measure), however much the rest reads like a plan (加强学习); a plan says 将/要 instead
STILL_NEEDS_RE = regex.compile(r"还需要?|仍需要?|尚需|有待|需要进一步|需进一步")
#: …unless the unit itself turns to plans (下一步,我局还需进一步… / 今后仍需…)
PLAN_WORDS_RE = regex.compile(r"下一?步|今后|明年|(?:20\d\d|新的一)年(?:度)?[,，]?[^。]{0,12}?(?:将|要)|将(?:进一步|继续|着力)|我(?:局|委|办|们)将")

#: the sentence that opens a 五 written without a heading (older and short reports, an
#: excerpt): the year's work framed as done, then turned to what falls short, in one sentence
#: (2013年,本镇…取得了进展,但…还存在一些差距 / …取得了一定的进展,但同时也存在…不够及时)
UNHEADED_FIVE_OPENER = regex.compile(
    r"(?:^|(?<=[。!?]))(?=[^。!?]{0,100}?取得了?[^。!?,;]{0,8}?(?:成效|成绩|进展|成果)"
    r"[^。!?]{0,20}?(?:但|然而|不过)[^。!?]{0,60}?(?:存在|不足|差距|有待|不够))")
#: what must follow such an opener for it to be 五: the turn to what will be done
UNHEADED_FIVE_TURN = regex.compile(r"以下(?:几个)?方面|(?:以下|如下)(?:措施|举措)|改进|整改")

#: a clause that is only a year (2023年, / 今年以来,): it dates what follows and is no unit
YEAR_CLAUSE_RE = regex.compile(r"^(?:20\d\d|今|本|去)年度?(?:以来)?$")
#: a clause where a frame turns to what is wrong (…取得了一定成效,但公开内容…)
TURN_START_RE = regex.compile(r"^(?:但|但是|然而|不过|只是)")

#: a clause that starts the measure part of a sentence that also states a problem
PIVOT_CLAUSE_START = regex.compile(
    r"^(?:下一?步|下阶段|今后|针对|为此|对此|接下来|(?:20\d\d|明)年度?(?:[,]|我|本|全|将)|"
    r"我(?:局|委|办|厅|单位|镇|乡|街道|区|县|市|部门|们)?(?:将|要|会)|(?:将|要)(?:进一步|持续|继续|着力|重点)|"
    # (…宣传力度不够,在以后的工作中,将利用…; …宣传力度不够,要利用多种媒体…: the plan in the problem's sentence)
    r"在(?:以后|今后|下一步|下阶段|未来)(?:的)?(?:工作)?中?|(?:将|要)(?:利用|通过|采取|加强|加大|强化|建立|健全|完善|制定))")

#: a sentence that turns from problems to measures (field guide §4.1)
PIVOT_SENTENCE = regex.compile(
    r"针对(?:以上|上述|存在的?|这些|前述|以上存在的|上年度?|20\d\d年度?|.{0,20}?)(?:问题|不足|短板|差距)"
    r"|下一?步[,]?.{0,24}?(?:将|要|拟|计划)"
    r"|今后.{0,12}?(?:将|要)"
    r"|(?:20\d\d|明)年度?[,]?.{0,16}?(?:将|要|拟|计划)"
    r"|(?:改进|整改)(?:措施|方向|计划|情况)(?:如下|是|为|:)"
    r"|将(?:从|着力|重点|着重)?(?:以下|如下|几个)方面"
    r"|(?:采取|制定)(?:了)?(?:以下|如下)(?:措施|举措)"
    # 结合实际,本局积极落实整改,强化培训工作 (the turn said as taking up the corrections)
    r"|(?:积极|认真|切实|全力)落实整改"
    # a sentence that opens on the agency's plans (我们将在今后的工作中…, 我局将…)
    r"|^(?:我们|我(?:局|委|办|厅|镇|乡|街道|区|县|市|署|中心)|本(?:单位|局|机关))(?:将|要|会|拟)")

#: words that end one problem inside a sentence that lists several (a clause holding one
#: of them closes the problem; a 、-item ending in one is a problem of its own)
PROBLEM_PREDICATES: tuple[str, ...] = (
    "有待", "尚需", "还需", "仍需", "亟需", "亟待", "需进一步", "需要进一步", "不够", "不足", "不强",
    "不高", "不深", "不全", "不到位", "不及时", "不规范", "不完善", "不充分", "不明显", "不统一",
    "不一致", "不精准", "不健全", "不畅", "不力", "欠缺", "缺乏", "缺少", "单一", "薄弱", "滞后", "较少",
    "偏少", "较弱", "较低", "偏低", "不多", "较慢", "不平衡", "不细", "不准", "存在.{0,24}?(?:问题|现象|情况)",
    "流于形式", "形式大于", "多为兼职", "兼职", "流动性", "空白", "未能", "没有", "尚未", "未及时", "不够丰富",
    "难以", "很难", "不能", "无法", "不大", "需要[^,;]{0,10}改进", "不熟", "未进行",
    # …便民性上还有差距, 与群众期盼存在一定差距 (not 缩小差距: a gap someone has, not one closed)
    "(?:有|存在)(?:一定|较大|一些|不小|明显)?(?:的)?差距", "差距(?:较大|明显)",
    # room to improve said as such (信息量还有提升空间, 覆盖面存在短板, 内容还不很全, 方式还要更加丰富,
    # 基础性工作需要持续加强, 服务水平可进一步提升)
    "提升空间", "短板", "不很", "还要(?:更加|进一步)",
    # 信息发布未经领导审批, 职权目录没上传网络
    "未经[^,;。]{0,6}?(?:审核|审批|审查|批准|同意)", "没(?=上传|公开|更新|发布|及时|建立|落实|开展)",
    "需要(?:持续|更加|继续)(?:加强|提高|提升|改进|完善|丰富)", "可(?:以)?进一步(?:提升|提高|丰富|加强|完善|拓展|优化)",
)
PREDICATE_RE = regex.compile("|".join(PROBLEM_PREDICATES))
#: a 、-separated item that ends in a predicate is a separate problem
PREDICATE_AT_END_RE = regex.compile(r"(?:" + "|".join(PROBLEM_PREDICATES) + r")\w{0,4}等?$")

#: a clause that opens by elaborating the problem before it (an example, a cause, a
#: consequence, a worse case) rather than stating another one: it stays with that problem
ELABORATION_START_RE = regex.compile(
    r"^(?:如|比如|例如|譬如|主要表现|表现在|具体表现|特别是|尤其是|其中|导致|致使|造成|从而|影响|以致|"
    r"甚至|对以往|比较局限|尚未实现|均有待)")
#: a clause that gives the cause of the problem after it (由于人员较少,存在…不及时的问题)
CAUSE_START_RE = regex.compile(r"^(?:由于|因为|因|受[^,;]{0,12}影响)")

#: a subsection heading on a line of its own, or opening a unit (not a unit itself):
#: (一)存在问题: / 改进措施 / 五、改进重点 / (二)下步工作措施
SUBHEADING_RE = regex.compile(
    r"^(?:\([一二三四五六七八九十]{0,2}\)|[一二三四五六七八九十]{1,2}[、.]|\d{1,2}[.、])?(?:政府信息公开工作)?"
    r"(?:存在的?(?:主要)?(?:问题|不足)(?:和困难|及原因)?|主要问题|改进(?:措施|情况|重点|方向|思路)|整改措施|"
    r"解决办法(?:和|及)?(?:改进措施)?|下一?步(?:工作)?(?:措施|打算|计划|安排|重点)|下一年度工作(?:打算|计划))"
    r"(?:如下|有)?[。.:]?")

#: a trailer that is no unit: the signing body and date, or the page's furniture after the text
TRAILER_RE = regex.compile(
    r"^(?:[^,。;:]{2,30}(?:人民政府|办事处|局|委员会|委|办公室|管委会|中心)\s*)?"
    # (浙江省国资委 2010年3月18: the signature's date cut by the page end)
    r"(?:(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日?)?|[〇○零一二三四五六七八九Oo0]{4}年(?:[一二三四五六七八九十]{1,2}月)?(?:[一二三四五六七八九十]{1,3}日)?)"
    r"(?:Produced\s?By.*)?$|"
    r"^(?:(?:20\d{5,6}|Produced\s?By.*|(?:上|下)一篇.*|[^,。;:]{2,60}\.(?:docx?|pdf|wps|xlsx?)|附件下载|文件下载|政策咨询|相关附件|相关词条|热门词条|联络我们|扫一扫.*|政府信息公开年报|"
    r"如果您对该政策文件有疑问.*|分享到.*)\s*)+$")

#: words that only lead into a list and are trimmed from a split-off problem
LEAD_IN_RE = regex.compile(r"^(?:如|比如说?|例如|譬如|主要是|主要有|主要表现(?:在|为)|具体(?:表现|体现)(?:在|为))[:,]?")

#: lines that are page furniture in PDF text ("- 4 -", "第 4 页", a bare page number)
PAGE_FURNITURE_RE = regex.compile(r"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|"
                                  r"Page\s*\d{1,3}.*|P\.\s*\d{1,3}|\d{1,3})\s*$")

#: line starts that begin a new unit even without a sentence end before them
HARD_LINE_START_RE = regex.compile(
    r"^\s*(?:" + "|".join(p for _, p in ENUM_MARKERS) + r"|存在的?(?:主要)?问题|主要问题|改进(?:措施|情况)|整改措施|下一?步)")

#: a numbered problem written as a title on a line of its own (``1、配套制度建设有待加强``), its
#: measure on the next line with no sentence end between: the title ends on a complete problem
#: predicate (not a bare 有待 / 不够, which a wrapped line may finish on the next line)
PROBLEM_TITLE_LINE_RE = regex.compile(
    r"^\s*(?:" + "|".join(p for _, p in ENUM_MARKERS) + r")[^。;:!?]{2,36}?"
    r"(?:(?:有待|亟待|尚需|还需|仍需|需要|需)(?:进一步)?(?:加强|提高|提升|完善|改进|规范|健全|增强|深化|拓展|优化|丰富|充实)"
    r"|不到位|不及时|不规范|不完善|不充分|不健全|不平衡|不畅|薄弱|滞后)\s*$")

#: a sentence that opens on a measure's verb (健全…制度, 进一步加强…): after a problem title on a line of
#: its own it answers the title; it is not the title's second sentence
MEASURE_START_RE = regex.compile(
    r"^(?:进一步|继续|切实|认真|严格|不断|持续|着力|全面|要)?(?:健全|建立|完善|加强|制定|推进|落实|强化|规范|明确|"
    r"提高|提升|组织|开展|做好|坚持|加大|拓宽|丰富|创新|优化|实行|设立|配备|配齐)")

#: a sentence that answers the item before it (二是分类不明确。对此,我们加强培训…): a unit of its
#: own, never the item's second sentence
ANSWER_START_RE = regex.compile(r"^(?:对此|为此|针对(?:以上|上述|这些|此|该))")

#: a sentence that closes a list rather than continuing its last item
CLOSING_RE = regex.compile(r"^(?:通过(?:以上|上述|这些)|总之|总的来看|综上|以上)")

SENTENCE_END = "。!?;:"

#: what may follow a report's last part once the report has ended: a signature date at the
#: very end, or the page's furniture after the article (a 五 the page cut off has neither)
REPORT_END_RE = regex.compile(
    r"(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九Oo0]{4}年(?:[一二三四五六七八九十]{1,2}月)?"
    r"(?:[一二三四五六七八九十]{1,3}日)?)\s*$|"
    # the signing body on its own line, then its date cut by the page end (浙江省国资委\n2010年3月18)
    r"[^,。;:\n]{2,30}(?:人民政府|办事处|局|委员会|委|办公室|管委会|中心)\s*\n\s*(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日?)?)?\s*$|"
    # the publishing system's credit line under the article (Produced By 大汉网络 …), the links to the
    # next and previous articles (下一篇: 没有了), the report's attachment by its file name (…年度报告.docx)
    r"Produced\s*By|(?:上|下)一篇|\.(?:docx?|pdf|wps)\s*$|扫一扫|附件下载|文件下载|相关附件|打印本页|关闭本页|【打印|【关闭|相关词条|热门词条|联络我们|分享到|"
    # (the site's footer after the article: 皖公网安备 34…号, 网站标识码, 版权所有, 主办单位, 联系我们)
    r"责任编辑|政府信息公开年报|公网安备|ICP备|网站标识码|版权所有|主办单位[::]|承办单位[::]|技术支持[::]|联系我们|网站地图|Copyright|©")

#: What a problem and a measure must both be about for the measure to answer the problem
#: (ANNOTATION.md, links: "it acts on the same shortcoming, whatever words it uses"): classes
#: of words that name one aspect of the work, the problem's words and the measure's words for
#: it side by side (教育培训不足 … 加强培训; 更新不够及时 … 及时发布; 认识不深 … 提高认识;
#: 积极性不够 … 调动积极性). A topic both sentences carry is not enough on real pages: a
#: measure on 创新公开形式 (innovation) does not answer 宣传力度不够 (innovation too), and
#: 实效性 (effect) is not 时效性 (timeliness) — it is an aspect of its own (实效性有待加强 …
#: 确保…按照既定流程有效运作). Written from the annotation rules and the real
#: dev pages; matched on the clean text after :data:`LINK_GENERIC_RE` is removed.
LINK_CONCEPTS: tuple[tuple[str, str], ...] = (
    # (定期报送/更新/发布: release on a fixed schedule, as 定期维护; not 定期组织培训; not 及时总结经验:
    # summing up promptly is no release on time)
    ("timeliness", r"及时(?!总结)|时效|滞后|迟缓|较慢|延迟|拖延|更新|时限|超期|逾期|第一时间|随时|定期维护|定期(?:报送|上报|发布|更新|上传|公开)|同步|工作日|日内公开|日前|公开时间|发布时间|之日起|即时|实时|当天|当日|补发|频次|全过程公开|事前|事后"),
    # (丰富 of a form — 形式不够丰富, 丰富公开载体 — is the channel aspect, not the content; 涉及面
    # like 覆盖面 is the breadth of what is disclosed; 重点…信息 like 重点领域 the substance;
    # 内容 governed by 规范 or qualified by 可读性/质量/准确 is how the content is written, not how much,
    # and 内容(更新)不够及时 / 内容时效性 only the subject of a timeliness problem;
    # bare 深化 is no content word: measures deepen the work in general — 深化政府信息公开, 深化政策解读;
    # 全面准确把握《条例》 is understanding the rules, not disclosing fully)
    ("content", r"(?<!规范(?:公开|信息)?)内容(?!的?(?:可读|质量|准确|规范)|的?(?:更新)?上?(?:做得)?还?(?:不够|不)?(?:及时|时效))|范围|全面(?:公开|准确(?!地?把握)|、)|(?:不够|不|、)全面|覆盖|涉及面|应公开尽公开|广度|深度|纵深|信息量|信息数量|公开数量|发布数量|偏少|较少|(?<!(?:形式|方式|载体|渠道|手段|途径)[^,;。]{0,8})丰富(?!(?:政府|政务)?(?:信息)?(?:公开)?的?(?:形式|方式|载体|渠道|手段|途径))|完整|扩大|公开的?力度|数量(?:不够|不多|有限)|不够多|更多(?:的)?信息|公开的?信息不够|重点领域|重点[^,;。“”]{0,4}信息|五公开|公开领域|细化|全公开|集成|集中公开|集中展示"),
    ("channel", r"渠道|载体|平台|网站|新媒体|微信|微博|公众号|形式|(?:公开|改变|创新|多种|拓展)的?方式|手段|途径|便民|方便|查阅|查询|功能|版块|板块|APP|客户端|栏目|专栏|信息网|显示屏|公开栏|专区"),
    ("publicity", r"宣传|推广|知晓|亮点|典型经验|经验做法|好做法|工作经验|特色做法|品牌|特色"),
    ("interpretation", r"解读|通俗|图解|解释|问答|解答|答疑"),
    ("participation", r"互动|回应|关切|意见|参与|诉求|留言|咨询|民意|座谈|听取|采纳|反馈"),
    # (人员到位 / 人员保障 / 专门工作人员: the staff a shortage lacks, put in place)
    ("staffing", r"人手|力量|队伍建设|兼职|专职|专人|专岗|配备|配齐|配强|增配|流动|变动|调整频繁|编制|兼任|交接|相对稳定|名工作人员|名干部|人员数量|人员到位|人员保障|专门(?:工作)?人员|人员[^,;]{0,4}(?:较少|偏少)|人员(?:少|不足|紧缺|短缺|有限|调整)"),
    # (not 在…的指导下: whose guidance the work follows, nobody trained; not 业务 naming the line of
    # work — 审计业务文书, 街道业务工作, 业务部门 — rather than the staff's skill in it)
    ("training", r"培训|学习|业务(?!文书|工作|部门|单位|科室|处室|范围|系统|流程|领域)|能力|素质|知识|研判|熟悉|(?<!所)掌握|岗前|跟班|传帮带|指导(?!下)|队伍"),
    ("awareness", r"认识|意识|(?<!高度)重视|重要性|观念|理念|主动性|积极性|自觉性|思想|组织领导|一把手|主要负责人|负责人|主体责任|第一责任人|述职"),
    ("procedure", r"程序|流程|审核|审查|审签|签发|把关|三审|报送|填报|上报|制作|发布机制|工作机制|保密审查|公开属性|属性认定|源头认定"),
    ("catalogue", r"目录|指南|分类|编目|标准化"),
    ("applications", r"依申请|申请|答复"),
    ("supervision", r"考核|督查|督促|监督|检查|通报|督导|问责|评议|考评|巡查"),
    ("security", r"保密|安全|泄密|隐私|个人信息|敏感|错敏|商业秘密|删减|脱敏"),
    ("coordination", r"协调|配合|联动|协同|衔接|沟通|对接|共享|联络|联合发布|会商|口径"),
    ("accuracy", r"准确|错误|差错|错别字|稿件质量|信息质量|公开质量|内容质量|质量把控"),
    # (the working mechanism is the rules: 工作机制不够完善 … 制定管理制度, 制度化不够 … 完善公开机制;
    # not 协调/联动机制, a coordination)
    ("rules", r"制度|规定|办法|细则|(?:公开|工作|管理|长效)机制"),
    ("effect", r"实效性|有效运作|有效执行|有效运行"),
    # the team as a whole (队伍建设): its numbers and its skills at once (:data:`LINK_ASPECT_WHOLES`)
    ("team", r"队伍建设"),
)
#: an aspect that names others as one whole: a problem naming the whole is about it, not
#: about each part (they collapse into the whole), and a measure on any part answers it.
#: 队伍建设有待加强 / 力量薄弱,队伍建设还需加强 is answered by 加强业务培训 on the real pages
#: (four reports: hongze 2023, huaian 2024, two searched pages) as by 充实人员, while a
#: shortage said without the team (兼职, 缺乏专业人员) is still not answered by training.
LINK_ASPECT_WHOLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("team", ("staffing", "training")),
)
#: boilerplate removed before :data:`LINK_CONCEPTS` are matched: it names no aspect (提高…工作的
#: 质量和水平, 予以高度重视并加以解决, 按照《条例》要求)
LINK_GENERIC_RE = regex.compile(
    r"(?:工作|服务)?的?质量和水平|质量和服务水平|高度重视|加以解决|按照[^,。;]{0,30}要求|"
    r"《中华人民共和国政府信息公开条例》|政府信息公开条例")
