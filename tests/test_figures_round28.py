"""Round 28 (stop 51): classes from the dev2 pages' remaining errors. Fixtures are written here in the shapes of
the real pages (no page text is copied)."""
from __future__ import annotations

from figure_text import audited, audited as figures


# --------------------------------------------------------------------------- a kind of channel before its account

def test_the_kind_of_channel_before_the_account_it_names_is_no_channel_of_its_own():
    got = audited("2022年,管委会门户网站和政务新媒体微信公众号“某某片区”分别发布信息210条、386条。",
                  ("metric", "value", "channel"))
    assert got == [("items_published", 210, "website"), ("items_published", 386, "wechat")]


def test_new_media_named_on_its_own_is_still_a_channel_of_the_list():
    got = audited("2022年,门户网站和政务新媒体分别发布信息210条、386条。", ("metric", "value", "channel"))
    assert got == [("items_published", 210, "website"), ("items_published", 386, "other")]


def test_one_number_after_a_website_and_an_account_is_said_of_each_once():
    got = audited("2024年,门户网站和政务新媒体微信公众号“某某园区”分别发布信息95条。", ("metric", "value", "channel"))
    assert got == [("items_published", 95, "website"), ("items_published", 95, "wechat")]


# --------------------------------------------------------------------------- the rate of cases dealt with

def test_a_rate_of_cases_dealt_with_is_the_completion_rate():
    got = audited("全年处理书记信箱来信12件,处理率达到100%。", ("metric", "value", "kind"))
    assert ("completion_rate", 100, "rate") in got
    got = audited("处理依申请公开3件,按时处理率100%。", ("metric", "value", "kind"))
    assert ("completion_rate", 100, "rate") in got
    assert not any(metric == "reply_rate" for metric, _, _ in got)


# --------------------------------------------------------------------------- people per unit

def test_people_each_unit_of_a_kind_assigns_are_no_head_count_of_the_body():
    got = figures("局办公室配备专职人员2名负责公开工作,相关科室配备1名信息员负责信息报送。")
    assert got == [("staff", 2)]
    assert figures("各业务股室设1名联络员负责依申请公开的初步答复。") == []
    assert figures("明确分管副局长负责此项工作,每个科室和下属单位设1名信息发布人员。") == []


def test_a_leader_and_a_contact_each_unit_names_are_no_head_count():
    assert figures("各股室确定了一位负责人和一名联络员,具体负责本股室的信息公开工作。") == []


def test_the_body_setting_up_its_own_post_is_still_counted():
    assert figures("局机关设1名专职人员负责政务公开工作。") == [("staff", 1)]


# --------------------------------------------------------------------------- the same one

def test_the_same_one_is_no_count():
    got = figures("以图解、视频等多种形式解读同一篇政策文件,全年多元化解读政策文件18篇。")
    assert ("documents_published", 1) not in got and all(value != 1 for _, value in got)
