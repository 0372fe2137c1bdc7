"""Real-page classes of round 8 (issue 18), from the fresh blind batches z17 and z18. Each sentence is
written here in the shape of the real pages (made-up bodies and numbers)."""
from __future__ import annotations

import pytest

from figure_text import figures
from figure_text import metric_values as _found


@pytest.mark.parametrize("text, expected", [
    # carried over, in the words 上一年度结转受理
    ("2022年,我局受理自然人政府信息公开申请3件,上一年度结转受理1件。",
     [("applications_received", 3), ("applications_carried_over", 1)]),
    # the old outline's 不予受理的申请 is not processed, not received
    ("2015年共受理政府信息公开申请2件。不予受理的申请0件。已答复的申请2件。",
     [("applications_received", 2), ("applications_not_processed", 0), ("applications_handled", 2)]),
    # received and handled with who asked named between
    ("2022年区政府办公室收到并办理群众提出的信息公开申请14件。",
     [("applications_received", 14), ("applications_handled", 14)]),
    # 接收依申请信息公开办理 N 件: taken in; its change follows it
    ("2024年接收依申请信息公开办理40件,与去年相比增加了12件。",
     [("applications_received", 40), ("applications_received", 12)]),
    # answered, of the applications before it
    ("2023年政府信息依申请公开收到申请9条,及时回复9条。", [("applications_received", 9), ("applications_handled", 9)]),
    # the outcome with to whom and by what right between
    ("新收到政府信息公开申请3件,其中2件依法向申请人予以公开,1件不予公开。",
     [("applications_received", 3), ("applications_granted", 2), ("applications_denied", 1)]),
])
def test_applications_in_the_words_of_the_fresh_batches(text, expected):
    assert _found(text) == expected


def test_the_body_won_is_upheld():
    assert _found("因政府信息公开申请产生行政复议2起,均胜诉;行政诉讼4起,其中胜诉1起,其他结果2起,尚未审结1起。") == [
        ("reconsiderations", 2), ("reconsiderations_upheld", 2), ("lawsuits", 4), ("lawsuits_upheld", 1),
        ("lawsuits_other", 2), ("lawsuits_pending", 1)]
    # a rate of winning is no count of cases
    assert ("lawsuits_upheld", 95.24) not in _found("已审结行政诉讼案件21件,胜诉率95.24%。")


@pytest.mark.parametrize("text", [
    "全年共收到申请26件。未出现因依申请公开引发的行政复议和行政诉讼被撤销或败诉等情况。",
    "2023年,我办收到申请1件,无因信息公开案件引起的行政诉讼、行政复议败诉等情况。",
])
def test_none_lost_said_once_of_reviews_and_lawsuits_is_none_corrected_of_either(text):
    found = _found(text)
    assert ("reconsiderations_corrected", 0) in found and ("lawsuits_corrected", 0) in found
    # nothing is said of how many there were
    assert ("lawsuits", 0) not in found and ("reconsiderations", 0) not in found


@pytest.mark.parametrize("text, expected", [
    ("通过门户网站公开市政府文件23件,某某市人民政府令4件。", [("documents_published", 23), ("regulations_issued", 4)]),
    ("活动期间,全市举办活动1200余场,服务企业900余家。", [("events", 1200)]),
    # the named kinds come first: trainings, interviews, press conferences
    ("开展培训活动5场,组织开展在线访谈活动12次,举办新闻发布活动3场。",
     [("trainings", 5), ("online_interviews", 12), ("press_conferences", 3)]),
    ("2024年经开区本级及7个公开单位通过网站主动公开政府信息共计600条。",
     [("departments", 7), ("items_published", 600)]),
    ("全区43个政府信息公开主体单位安排专人维护本单位栏目。", [("departments", 43)]),
    ("大力开展政策解读工作,对6件重要政策文件进行了政策解读。", [("policy_interpretations", 6)]),
    ("严格落实解读三同步要求,实现重要政策文件100%实质性解读。", [("interpretation_rate", 100)]),
    ("区政府网站主动公开信息8000条,向市政府网站投递信息300条。", [("items_published", 8000), ("items_submitted", 300)]),
    ("通过热线、网民留言等平台处理回复信息250条。", [("messages_handled", 250)]),
    # the pages, not the last label of the list before them
    ("设置走进某区、新闻中心、政策解读、办事服务等页面8个,开设专题专栏30个。", [("site_columns", 8), ("site_columns", 30)]),
    ("专题专栏维护数12条,新开设专栏数量3条。", [("site_columns", 12), ("site_columns", 3)]),
    # areas of the work counted after the columns named before them are no figure
    ("在法定主动公开和专题专栏的20个试点领域中,积极公开工作进展。", []),
])
def test_counts_of_the_fresh_batches(text, expected):
    assert _found(text) == expected


def test_channels_named_back_to_back_before_fenbie_take_one_number_each():
    found = [(f.metric, f.value, f.channel) for f in figures("在街道政务微博微信公开信息分别为120条和80条。")]
    assert found == [("items_published", 120, "weibo"), ("items_published", 80, "wechat")]


def test_the_governments_meetings_made_public_are_items_with_their_label():
    found = [(f.metric, f.value, f.category) for f in figures(
        "通过新闻办举办新闻发布会20次,报道省政府常务会议18次;主动公开市政府常务会议信息9次。")]
    assert found == [("press_conferences", 20, None), ("items_published", 18, "省政府常务会议"),
                     ("items_published", 9, "市政府常务会议信息")]
    # meetings held on the disclosure work stay meetings
    assert [(f.metric, f.value) for f in figures("召开常务会议5次研究政务公开工作。")] == [("meetings", 5)]


# -- classes of the fresh batches z19 and z20


@pytest.mark.parametrize("text, expected", [
    ("全年办结依申请公开政府信息0件,未出现行政复议败诉情形。",
     [("applications_handled", 0), ("reconsiderations_corrected", 0)]),
    ("全年办理依申请公开信息50件;行政复议3件、行政诉讼5件,不存在被纠错和被判败诉的情况。",
     [("applications_received", 50), ("reconsiderations", 3), ("lawsuits", 5), ("reconsiderations_corrected", 0),
      ("lawsuits_corrected", 0)]),
    # no cost related to them says nothing of how many there were
    ("2023年共受理申请7件。无与诉讼(行政复议,行政诉讼)有关的费用支出。", [("applications_received", 7)]),
    # …but none with anyone is none
    ("本年度没有与有关单位和个人因政府信息公开申请行政复议及提起行政诉讼的案件。",
     [("reconsiderations", 0), ("lawsuits", 0)]),
    # (未制发规范性文件 read as issued 0 here until stop 44; ANNOTATION.md lists zeros in words for applications, fees,
    # reviews and suits only, and 15 of 17 dev2 pages leave it out — now no figure, round 21)
    ("通过门户网站主动公开信息900条,未制发规范性文件。", [("items_published", 900)]),
    ("共收到8份政府信息公开申请,其中予以公开2件。无下年度结转。", [("applications_received", 8), ("applications_granted", 2),
                                        ("applications_carried_forward", 0)]),
    ("2024年,某局受理、办理、答复依申请公开3件,办结3件。",
     [("applications_received", 3), ("applications_handled", 3), ("applications_handled", 3)]),
])
def test_zeros_and_applications_of_the_later_fresh_batches(text, expected):
    assert _found(text) == expected



@pytest.mark.parametrize("text, expected", [
    # the body's rules named among the kinds published stay items (the annotators split on them)
    ("在政务公开栏目发布信息60条:发布政府信息公开制度2份,部门文件3份,预算决算类信息20份。",
     [("items_published", 60), ("items_published", 2), ("documents_published", 3), ("items_published", 20)]),
    ("全年共计巡网20余次,未出现栏目超期更新的情况。", [("inspections", 20)]),
    ("建立健全工作制度3项。", []),
])
def test_kinds_of_the_fresh_batch_z21(text, expected):
    assert _found(text) == expected


def test_fresh_batch_z22_shapes():
    # (another kind named before the reviews: a split class, read as no figure as round 6 settled it)
    assert _found("共收到9件依申请公开,按时予以答复,没有出现被投诉举报、行政复议及行政诉讼纠错的情况。") == [
        ("applications_received", 9)]
    # pushed to the public is published, not submitted (to another body's site it is)
    assert _found("在网站开设了活动专栏,累计向社会推送信息30余条。") == [("items_published", 30)]


@pytest.mark.parametrize("text, expected", [
    ("及时处理人民群众诉求,2023年12345共受理90件。", [("hotline_cases", 90)]),
    ("依托信箱及网信平台及时解读教育政策,2022年回应网络舆情和群众关切问题共计1500件。", [("hot_topics_responded", 1500)]),
    ("发布主动回应100条,第一时间回应群众关切。", [("hot_topics_responded", 100)]),
    # the platforms a body publishes on are no count of accounts
    ("主要依托区政府网站及“某某局”微信公众号两个平台进行公开。全区共有政务新媒体账号13个。", [("new_media_accounts", 13)]),
])
def test_fresh_batch_z24_shapes(text, expected):
    assert _found(text) == expected
