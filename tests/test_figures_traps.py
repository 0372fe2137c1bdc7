"""Numbers that are not figures (field guide §3 traps), and look-alikes that are."""
from __future__ import annotations

import pytest

from figure_text import figures


@pytest.mark.parametrize("text", [
    # years and dates, including fused ones with 年/月 dropped
    "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    "统计期限为202311日至20231231日,2021年至2023年连续三年开展标准化建设。",
    "对照2022年度报告中提出的问题,我局逐项整改;2024年将继续推进。",
    # document numbers and regulation numbers
    "根据《中华人民共和国政府信息公开条例》(国令第711号)和国办公开办函〔2021〕30号、国办函〔2020〕109号编制。",
    # contacts and addresses in the preamble
    "地址:滨河北路168号县政府大楼5楼,邮政编码:735000,联系电话:0937-4812253,电子邮箱:xzfb2012@163.com。",
    "查阅点设于人民路56号市民中心2楼(邮编721000),开放时间为工作日9:00-17:00,咨询电话12345或0551-63357788。",
    # policy names with numbers, quoted or not
    "全面落实稳经济一揽子政策33条和“民营经济32条”,构建“1+N”政策体系。",
    "深入实施“3815”战略和“8+4”经济政策体系,推进“一件事一次办”。",
    "宣传解读民营经济32条,推动惠企政策直达快享。",
    # hotline numbers as names
    "整合12345、12315、12316等热线资源,畅通12345热线诉求渠道。",
    # ordinals and rankings
    "在省政务公开第三方评估中位列全省第2名,排名第四,较去年前进了三名,连续第二年获评优秀。",
    # Chinese numerals inside set phrases
    "坚持“三审三校”“一事一审”,落实一次性告知,全市七个县均已建成政务公开专区,五个试点区先行先试。",
    # fused digit runs
    "系统导出的原始记录为办理要闻85办理意见1220241210在后台。",
    # durations in problem statements
    "一是个别单位信息发布不及时,存在超过20个工作日才公开的情况,个别栏目超过3个月未更新。",
    # table rows and page chrome
    "规章\t0\t0\t0\n行政规范性文件\t3\t1\t12\n| 行政许可 | 716 |\n第 3 页 共 6 页",
    # a score change and a share with no subject
    "政务公开第三方评估得分较上年提升3.2个百分点,考核分值占比5%。",
])
def test_traps_are_not_figures(text):
    assert figures(text) == ()


def test_a_hotline_name_next_to_a_hotline_count():
    (fig,) = figures("全年通过12345政务服务便民热线受理群众诉求 385 件。")
    assert (fig.metric, fig.value) == ("hotline_cases", 385)
    (fig,) = figures("12345热线 385 件")
    assert (fig.metric, fig.value, fig.text) == ("hotline_cases", 385, "12345热线 385 件")


@pytest.mark.parametrize("text, value", [
    ("2022年,我镇在政府信息公开专栏公开信息2017条。", 2017),
    ("截至2021年底,全县公开信息2019条。", 2019),
    ("2023 年全区受理政府信息公开申请 2023 件。", 2023),
])
def test_a_count_equal_to_a_year_is_a_figure(text, value):
    (fig,) = figures(text)
    assert fig.value == value and fig.unit in ("条", "件")


def test_the_preamble_of_a_report_is_skipped():
    text = ("某区人民政府2023年政府信息公开工作年度报告\n"
            "本报告由区政府办公室编制,电话:0517-87222589,地址:洪泽湖大道 90 号,共发布3条说明。\n"
            "一、总体情况\n全年主动公开政府信息1136条。\n")
    assert [(f.metric, f.value) for f in figures(text)] == [("items_published", 1136)]


def test_checked_items_are_not_published_items():
    (fig,) = figures("全年开展网站检查12次,抽查信息1260条。")
    assert fig.metric == "inspections"
