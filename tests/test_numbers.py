"""textmine.numbers: every number form the field guide lists, parsed to a plain value."""
from __future__ import annotations

import pytest

from textmine.numbers import chinese_numeral, find_quantities, parse_number, parse_quantity


@pytest.mark.parametrize("text, value", [
    ("八", 8), ("十", 10), ("十一", 11), ("二十", 20), ("三百零四", 304), ("六百二十四", 624), ("两千", 2000),
    ("一万二千", 12000), ("三亿五千万", 350_000_000), ("二〇二三", 2023), ("百", 100),
])
def test_chinese_numerals(text, value):
    assert chinese_numeral(text) == value


def test_chinese_numeral_rejects_other_text():
    assert chinese_numeral("一是") is None
    assert chinese_numeral("") is None


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("1,286条", 1286, "条", None),
    ("1 286条", 1286, "条", None),
    ("１２８６条", 1286, "条", None),            # full-width digits fold
    ("１，２８６条", 1286, "条", None),
    ("20.9万", 209_000, None, None),
    ("1.42万条", 14_200, "条", None),            # exactly, not 14199.999…
    ("62.96万条", 629_600, "条", None),
    ("9.2余万人次", 92_000, "人次", "more_than"),
    ("176万余次", 1_760_000, "次", "more_than"),
    ("6亿余次", 600_000_000, "次", "more_than"),
    ("1.2亿", 120_000_000, None, None),
    ("5500 余条", 5500, "条", "more_than"),
    ("5500余条", 5500, "条", "more_than"),
    ("755多条", 755, "条", "more_than"),
    ("三万余人", 30_000, "人", "more_than"),
    ("百余条", 100, "条", "more_than"),
    ("3千余册", 3000, "册", "more_than"),
    ("约 3 万次", 30_000, "次", "approx"),
    ("近800条", 800, "条", "approx"),
    ("10次左右", 10, "次", "approx"),
    ("超过41万次", 410_000, "次", "more_than"),
    ("超2万条", 20_000, "条", "more_than"),
    ("逾50万次", 500_000, "次", "more_than"),
    ("突破12万", 120_000, None, "more_than"),
    ("80%以上", 80, "%", "more_than"),
    ("不足10件", 10, "件", "less_than"),
    ("不到20件", 20, "件", "less_than"),
    ("100%", 100, "%", None),
    ("1.18 %", 1.18, "%", None),
    ("2.5个百分点", 2.5, "个百分点", None),
    ("0.5万元", 5000, "元", None),
    ("(1386)条", 1386, "条", None),
    ("八件", 8, "件", None),
    ("十一场", 11, "场", None),
    ("两千余个", 2000, "个", "more_than"),
])
def test_parse_quantity(text, value, unit, qualifier):
    q = parse_quantity(text)
    assert q is not None, text
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)
    assert type(q.value) is type(value)


@pytest.mark.parametrize("text, low, high, unit", [
    ("2至3次", 2, 3, "次"), ("5-6场", 5, 6, "场"), ("20%-30%", 20, 30, "%"), ("二至三次", 2, 3, "次"),
    ("1.5万-2万人次", 15_000, 20_000, "人次"),
])
def test_ranges(text, low, high, unit):
    q = parse_quantity(text)
    assert (q.value, q.value_high, q.unit, q.qualifier) == (low, high, unit, "range")


def test_parse_number_plain_values():
    assert parse_number("1,286") == 1286
    assert parse_number("三百零四") is None  # a Chinese numeral needs a unit or magnitude to be a number
    assert parse_number("三百零四条") == 304
    assert parse_number("不是数字") is None


def test_years_and_dates_are_time_quantities():
    found = find_quantities("自2023年1月1日至2023年12月31日止,统计期限为202311日至20231231日")
    assert found and all(q.is_time for q in found)


def test_codes_and_names_are_not_read_as_counts():
    found = find_quantities("电子邮箱:hzzwgk@126.com,工作日8:30-12:00,一是加强,三审三校,百姓")
    # 126 belongs to an address, 30 and 00 to a time; Chinese words are not numbers
    assert [q.value for q in found] == [8, 12]
    assert all(q.unit is None for q in found)


def test_runs_of_digits_longer_than_any_number_are_not_numbers():
    # glued cells or noise; int() refuses over 4,300 digits and the JSON could not hold one
    text = "全年公开信息" + "8" * 5000 + "条，办理申请" + "二" * 5000 + "件，受理12件。"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(12, "件")]
    assert parse_number("1" * 31) is None and parse_number("1" * 30) == int("1" * 30)
    assert chinese_numeral("二" * 31) is None and chinese_numeral("二〇二三") == 2023


def test_space_grouped_thousands_only_before_a_unit():
    # table rows "72 64 178 37 351" must stay five numbers
    assert [q.value for q in find_quantities("72 64 178 37 351")] == [72, 64, 178, 37, 351]
    assert [q.value for q in find_quantities("公开信息1 286条")] == [1286]


def test_offsets_point_into_the_text():
    text = "全年受理申请 95 件,约 3 万次"
    spans = [text[q.start:q.end] for q in find_quantities(text)]
    assert spans == ["95 件", "约 3 万次"]
    q = find_quantities(text)[0]
    assert text[q.num_start:q.num_end] == "95"
