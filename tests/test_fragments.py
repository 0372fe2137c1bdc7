"""Pages scraped from the middle of a report (search results, mirrors) are report content: they
are audited as fragments, flagged in the metadata, and nothing FAILs for what they do not show.
Only what is not a report is refused. Fixtures are written in the shapes real pages showed."""
from __future__ import annotations

import json

import pytest

import textmine
from textmine.errors import NotAReport
from textmine.metadata import is_report_content

# a page that starts at 一's second sub-part: no title, no preamble, no 一、
MID_REPORT = """(二)依申请公开情况。本年度我局共收到政府信息公开申请6件,均已按期答复,其中予以公开4件,
不予公开1件,无法提供1件。未发生因政府信息公开引起的行政复议和行政诉讼。
(三)政府信息管理情况。严格落实信息发布审核制度,对拟公开的信息进行保密审查。
(四)平台建设情况。持续优化政府门户网站“信息公开”专栏,及时更新公开目录。
"""

# a page holding only a report's 五, under a headline a document site wrote
ONLY_FIVE = """资料分享 热门搜词 反馈
东江县2014年政府信息公开工作存在的主要问题及改进措施
2014年,我县政府信息公开工作取得一定成效,但仍存在一些问题:一是部分单位主动公开意识不强;
二是公开内容不够全面。针对以上问题,2015年我县将从以下方面改进:
(一)强化责任意识。督促各单位落实主动公开职责。
(二)优化公开渠道。加强政府门户网站建设,完善政务公开栏目。
"""

# a report opening with its preamble and an unusual first heading (一、工作概述)
PREAMBLE_AND_OVERVIEW = """根据《中华人民共和国政府信息公开条例》要求,特编制完成本报告。
一、工作概述
2023年,我局累计主动公开政府信息29条,全年未收到政府信息公开申请。
"""

RECIPE = """红烧肉的做法
五花肉切块,冷水下锅焯水,捞出洗净。锅中放少许油,加冰糖小火炒出糖色,放入肉块翻炒上色,
加生抽、老抽、料酒和开水,大火烧开后转小火炖一小时,收汁即可。
"""


def test_a_mid_report_page_is_audited_as_a_fragment():
    report = textmine.audit(MID_REPORT)
    assert report.metadata.fragment is True
    assert report.to_dict()["fragment"] is True
    assert ("applications_received", 6) in [(f.metric, f.value) for f in report.figures]
    # what the page does not show (tables, the other parts) is never a FAIL
    assert [f for f in report.findings if f.status == "FAIL"] == []


def test_a_page_of_section_five_only_is_a_fragment_not_a_refusal():
    report = textmine.audit(ONLY_FIVE)
    assert report.metadata.fragment is True
    assert report.metadata.title is None


def test_a_report_that_opens_with_its_preamble_is_not_a_fragment():
    report = textmine.audit(PREAMBLE_AND_OVERVIEW)
    assert report.metadata.fragment is False
    assert [s.key for s in report.sections.sections][:1] == ["overview"]


# a page opening at 一 whose first lines cite the Regulations as 一's own prose (the title and
# the preamble were lost), and one whose 一 opens with the report's own preamble
OPENS_AT_ONE = """一、总体情况
2024年,我局按照《中华人民共和国政府信息公开条例》要求,不断完善公开内容,规范公开流程。
(一)主动公开情况
全年在政府网站发布信息36条,在微信公众号发布信息210条。
"""
PREAMBLE_INSIDE_ONE = """一、总体情况
根据《中华人民共和国政府信息公开条例》要求,现将我局2019年政府信息公开工作情况报告如下:
(一)主动公开情况
全年在政府网站发布信息36条。
"""


OPENS_AT_ONE_CITING_A_NOTICE = """一、总体情况
2021年,我街道认真贯彻落实《关于编制发布2021年政府信息公开工作年度报告的函》等文件要求,做好政务公开工作。
(一)主动公开情况
全年发布各类政务信息422条。
(二)依申请公开情况
全年收到政府信息公开申请2件,均按时答复。
"""


def test_a_page_opening_at_one_citing_the_regulations_is_a_fragment():
    assert textmine.audit(OPENS_AT_ONE).metadata.fragment is True
    # a notice's title naming 年度报告 is not the report speaking of itself
    assert textmine.audit(OPENS_AT_ONE_CITING_A_NOTICE).metadata.fragment is True
    assert textmine.audit(PREAMBLE_INSIDE_ONE).metadata.fragment is False


def test_a_titled_report_is_not_a_fragment(example_path):
    assert textmine.audit(example_path).metadata.fragment is False


def test_what_is_not_a_report_is_still_refused():
    with pytest.raises(NotAReport):
        textmine.audit(RECIPE)
    assert not is_report_content(RECIPE)
    assert is_report_content(MID_REPORT) and is_report_content(ONLY_FIVE)


def test_a_title_kept_in_a_layout_table_is_read():
    # a site's layout table leaves cell separators after the title line
    text = ("当前位置 : 首页 |\n索引号: | 2015-1 | 公开方式: | 主动公开 |\n"
            "2013年度东江镇政府信息公开工作年度报告 | ||\n"
            "现将我镇2013年政府信息公开工作报告如下: 一、政府信息主动公开情况 全年主动公开政府信息123件。\n")
    meta = textmine.audit(text).metadata
    assert meta.title == "2013年度东江镇政府信息公开工作年度报告"
    assert meta.agency == "东江镇" and meta.fragment is False


def _real_pages():
    from textmine.real.pages import load_pages

    pages = load_pages()
    if not pages:
        pytest.skip("../shared/corpora/real-pages is not beside the project")
    return pages


def test_no_real_page_is_refused():
    # every page of the real corpus is (part of) a report: none may be refused
    refused = []
    for page in _real_pages().values():
        try:
            textmine.audit(page.text)
        except NotAReport:
            refused.append(page.id)
    assert refused == []


def test_a_page_opening_at_one_without_title_or_preamble_lost_its_head():
    text = "一、总体情况\n2023年,我局累计主动公开政府信息29条,全年未收到政府信息公开申请。\n"
    assert textmine.audit(text).metadata.fragment is True
    # a preamble written inside 一 is still the report's head
    inside = "一、总体情况\n根据《中华人民共和国政府信息公开条例》要求,编制本报告。2023年,我局主动公开信息29条。\n"
    assert textmine.audit(inside).metadata.fragment is False
