"""Every metric family of contract.md (and the extensions), phrased the ways field guide §3
lists, with units, qualifiers, channels and categories."""
from __future__ import annotations

import pytest

from textmine.figures.vocabulary import METRICS
from figure_text import figures


def brief(text: str):
    return [(f.metric, f.value, f.unit) for f in figures(text)]


@pytest.mark.parametrize("text, expected", [
    # items published, with the channel where it is said
    ("全年在区政府门户网站主动公开政府信息1136条。", [("items_published", 1136, "条")]),
    ("本年度主动公开政府信息共计486篇。", [("items_published", 486, "篇")]),
    ("在政府信息公开平台公开信息1823条次。", [("items_published", 1823, "条次")]),
    ("“丰城发布”微信公众号全年推送83期312条。", [("items_published", 83, "期"), ("items_published", 312, "条")]),
    ("报送政务信息稿件 48 篇。", [("items_submitted", 48, "篇")]),
    ("公开政策文件78件,补发之前文件12件。", [("documents_published", 78, "件"), ("documents_published", 12, "件")]),
    # visits
    ("网站总访问量 208788 次,独立用户访问总 196223 个。",
     [("site_visits", 208788, "次"), ("site_unique_visitors", 196223, "个")]),
    ("总访问量:6549423次", [("site_visits", 6549423, "次")]),
    ("全年网站访问人次:35.6万。", [("site_visits", 356000, None)]),
    ("推文阅读量达860万余次。", [("content_views", 8600000, "次")]),
    # interpretation
    ("发布政策解读23条,解读率达100%。", [("policy_interpretations", 23, "条"), ("interpretation_rate", 100, "%")]),
    ("通过文字、图片等形式制作政策解读 21 个。", [("policy_interpretations", 21, "个")]),
    # interaction
    ("全年办理网民留言426条。", [("messages_handled", 426, "条")]),
    ("“书记信箱”“县长信箱”来信215件。", [("messages_handled", 215, "件")]),
    ("12345热线 385 件。", [("hotline_cases", 385, "件")]),
    ("12316三农服务热线解答农户咨询3150人次。", [("hotline_cases", 3150, "人次")]),
    # events
    ("举办新闻发布会28场次。", [("press_conferences", 28, "场次")]),
    ("召开了12次新闻发布会。", [("press_conferences", 12, "次")]),
    ("开展“在线访谈”8期。", [("online_interviews", 8, "期")]),
    ("开展意见征集9次,收到意见建议236条。", [("consultations", 9, "次"), ("consultation_comments", 236, "条")]),
    ("编发《县政府公报》4期,共印发2400册。", [("gazette_issues", 4, "期"), ("gazette_copies", 2400, "册")]),
    ("赠阅公报1.2万余册。", [("gazette_copies", 12000, "册")]),
    ("举办业务培训班2期,培训工作人员160人次。", [("trainings", 2, "期"), ("training_attendance", 160, "人次")]),
    ("全年组织 4 次政府信息公开栏目全覆盖检查。", [("inspections", 4, "次")]),
    ("配备专职工作人员2名。", [("staff", 2, "名")]),
    # applications
    ("全年共受理政府信息公开申请 8 件。", [("applications_received", 8, "件")]),
    ("本年度新收政府信息公开申请数量43件。", [("applications_received", 43, "件")]),
    ("依申请公开12件。", [("applications_received", 12, "件")]),
    ("全年收到申请公开政府信息共9份。", [("applications_received", 9, "份")]),
    ("共受理群众依申请公开事项36件次。", [("applications_received", 36, "件次")]),
    ("答复 3050 件。", [("applications_handled", 3050, "件")]),
    ("上年结转政府信息公开申请2件。", [("applications_carried_over", 2, "件")]),
    ("结转下年度继续办理3件。", [("applications_carried_forward", 3, "件")]),
    ("“予以公开”26件、“部分公开”4件、“不予公开”1件、“无法提供”9件、“不予处理”2件、其他处理1件。",
     [("applications_granted", 26, "件"), ("applications_partial", 4, "件"), ("applications_denied", 1, "件"),
      ("applications_unavailable", 9, "件"), ("applications_not_processed", 2, "件"), ("applications_other", 1, "件")]),
    ("18件予以公开,3件因本机关不掌握相关信息无法提供。",
     [("applications_granted", 18, "件"), ("applications_unavailable", 3, "件")]),
    # licences in prose
    ("收到行政许可申请560件,受理552件,准予许可548件,不予许可4件,撤销许可1件。",
     [("licence_applications", 560, "件"), ("licence_accepted", 552, "件"), ("licence_granted", 548, "件"),
      ("licence_denied", 4, "件"), ("licence_revoked", 1, "件")]),
    # table 二 in prose
    ("本年制发行政规范性文件4件,废止2件,现行有效27件。",
     [("normative_documents_issued", 4, "件"), ("normative_documents_repealed", 2, "件"),
      ("normative_documents_in_force", 27, "件")]),
    ("新制定规章2部,废止规章1部。", [("regulations_issued", 2, "部"), ("regulations_repealed", 1, "部")]),
    ("作出行政许可处理决定1386项、行政处罚决定47件、行政强制决定3件,行政事业性收费0元。",
     [("licence_decisions", 1386, "项"), ("punishment_decisions", 47, "件"), ("coercion_decisions", 3, "件"),
      ("admin_fees", 0, "元")]),
    # review and litigation
    ("收到政府信息公开复议案件3宗,行政应诉案件1宗。", [("reconsiderations", 3, "宗"), ("lawsuits", 1, "宗")]),
    # fees
    ("全年收取政府信息公开信息处理费 3940 元。", [("info_processing_fees", 3940, "元")]),
    ("共收取信息处理费0.38万元。", [("info_processing_fees", 3800, "元")]),
    # NPC / CPPCC
    ("办理人大代表建议55件、政协委员提案83件。", [("npc_suggestions", 55, "件"), ("cppcc_proposals", 83, "件")]),
    ("承办人大代表建议和政协提案共194件。", [("npc_cppcc_items", 194, "件")]),
    # rates
    ("办结率99.2%,按时回复率100%,群众满意率95%以上。",
     [("completion_rate", 99.2, "%"), ("reply_rate", 100, "%"), ("satisfaction_rate", 95, "%")]),
    ("重点领域信息主动公开率达到98.5%,全文电子化率100%,合格率均为 100%。",
     [("disclosure_rate", 98.5, "%"), ("digitisation_rate", 100, "%"), ("pass_rate", 100, "%")]),
    # misc
    ("公共企事业单位30余家,政务服务事项1268项,设立查阅场所3个,提供查阅服务320人次,合并栏目6个。",
     [("public_enterprises", 30, "家"), ("service_items", 1268, "项"), ("reading_sites", 3, "个"),
      ("reading_visitors", 320, "人次"), ("site_columns", 6, "个")]),
    ("在运维政务新媒体账号共计37个,“西城发布”微信公众号粉丝数突破12万。",
     [("new_media_accounts", 37, "个"), ("new_media_followers", 120000, None)]),
])
def test_metric_phrasings(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text, qualifier", [
    ("主动公开各类政府信息 5500 余条", "more_than"), ("公开信息755多条", "more_than"),
    ("访问量9.2余万人次", "more_than"), ("发布信息超过3000条", "more_than"), ("访问量突破6亿余次", "more_than"),
    ("网站信息更新近800条", "approx"), ("新闻发布会召开约15场", "approx"), ("开展业务培训10次左右", "approx"),
    ("受理申请不到20件", "less_than"), ("依申请公开办理量不足10件", "less_than"), ("满意率80%以上", "more_than"),
])
def test_qualifiers(text, qualifier):
    (fig,) = figures(text)
    assert fig.qualifier == qualifier


def test_ranges_keep_both_ends():
    (fig,) = figures("全年组织政务公开业务培训5-6场。")
    assert (fig.metric, fig.value, fig.value_high, fig.qualifier) == ("trainings", 5, 6, "range")


def test_chinese_numerals_are_values():
    assert brief("共召开新闻发布会十一场,开展在线访谈三期,发布政策解读六百二十四篇,热线来电两千余个。") == [
        ("press_conferences", 11, "场"), ("online_interviews", 3, "期"), ("policy_interpretations", 624, "篇"),
        ("hotline_cases", 2000, "个")]


@pytest.mark.parametrize("text, channel", [
    ("门户网站发布信息300条", "website"), ("“平安西湖”微信公众号推送信息312条", "wechat"),
    ("依托“平顶山市应急”公众号,全年发布信息 624 条", "wechat"), ("官方微博发布信息3260条", "weibo"),
    ("抖音号发布短视频418条", "douyin"), ("今日头条号公开信息955条", "toutiao"), ("通过移动客户端推送信息88条", "app"),
    ("在镇政务公开栏张贴公示信息96期", "board"), ("通过政务新媒体公开信息568条", "other"),
    ("全年主动公开政府信息486篇", None),
])
def test_channels(text, channel):
    (fig,) = figures(text)
    assert fig.channel == channel


def test_channel_is_not_carried_across_a_semicolon():
    figs = figures("网站总访问量 208788 次;累计发布信息总数 304 条")
    assert figs[1].metric == "items_published" and figs[1].channel is None


@pytest.mark.parametrize("text, category", [
    ("累计发布信息总数 304 条,概况类信息 193 条", "概况类"),
    ("累计发布信息总数 304 条,政务动态信息 78 条", "政务动态"),
    ("累计发布信息总数 304 条,信息公开目录类 33 条", "信息公开目录类"),
    ("发布信息1064条,其中财政预决算信息36条", "财政预决算"),
    ("发布信息1064条,其中人事信息86条", "人事信息"),
    ("其中文字解读38篇", "文字解读"),
    ("网上申请58件", "网上申请"),
    ("自然人申请97件", "自然人"),
    ("配备兼职信息员15名", "兼职信息员"),
])
def test_categories(text, category):
    assert figures(text)[-1].category == category


def test_every_metric_has_a_family_and_description():
    for name, info in METRICS.items():
        assert info.name == name and info.family and info.description
        assert info.table in (None, "active_disclosure", "applications", "review_litigation")


def test_contract_vocabulary_is_covered():
    contract = ("site_visits site_unique_visitors items_published policy_interpretations messages_handled hotline_cases "
                "press_conferences online_interviews consultations gazette_issues trainings training_attendance "
                "applications_received applications_carried_over applications_carried_forward applications_granted "
                "applications_partial applications_denied applications_unavailable applications_not_processed "
                "applications_other regulations_issued normative_documents_issued normative_documents_repealed "
                "normative_documents_in_force licence_decisions punishment_decisions coercion_decisions admin_fees "
                "reconsiderations lawsuits info_processing_fees npc_suggestions cppcc_proposals reply_rate "
                "satisfaction_rate completion_rate").split()
    assert set(contract) <= set(METRICS)
