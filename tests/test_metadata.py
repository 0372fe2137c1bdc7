"""Title, agency, year and template era."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

import textmine

from conftest import REAL_PDFS
from textmine.metadata import detect_metadata, detect_template
from textmine.model import SectionMap
from textmine.readers import load, read_text
from textmine.sections import split_sections

BODY = ("\n本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据统计期限自{year}年1月1日起至{year}年12月31日止。\n"
        "一、总体情况\n全年主动公开信息120条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
        "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n无。\n")


def meta(text: str):
    doc = read_text(text)
    return detect_metadata(doc, split_sections(doc), {})


@pytest.mark.parametrize("title, agency, year", [
    ("青石县交通运输局2023年政府信息公开工作年度报告", "青石县交通运输局", 2023),
    ("青石县交通运输局2022年度政府信息公开工作报告", "青石县交通运输局", 2022),
    ("南江省教育厅2021年政务信息公开年度报告", "南江省教育厅", 2021),
    ("临川市2023年政务公开工作年度报告", "临川市", 2023),
    ("柳河镇人民政府2020年政务信息公开工作开展年度报告", "柳河镇人民政府", 2020),
    ("关于东河区民政局2022年度政府信息公开工作情况的报告", "东河区民政局", 2022),
    ("南湾区2019年信息公开工作报告", "南湾区", 2019),
    ("青石县交通运输局2023年政府信息公开工作年度报告（图解版本）", "青石县交通运输局", 2023),
    ("白沙县2021政府信息公开年度报告", "白沙县", 2021),
    ("白沙县2022政府信息公开工作年度报告", "白沙县", 2022),
    ("临川市人民政府二〇二三年政府信息公开工作年度报告", "临川市人民政府", 2023),
    ("临川市人民政府二○二二年度政府信息公开工作年度报告", "临川市人民政府", 2022),
    ("2023年青石县审计局政府信息公开工作年度报告", "青石县审计局", 2023),
    ("青石縣審計局2023年政府信息公開工作年度報告", "青石县审计局", 2023),
])
def test_title_variants(title, agency, year):
    m = meta(title + BODY.format(year=year))
    assert m.title == read_text(title).text.strip()
    assert (m.agency, m.year) == (agency, year)
    assert m.notes == ()


def test_title_broken_over_two_lines():
    m = meta("淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告" + BODY.format(year=2024))
    assert m.title == "淮安市洪泽区人民政府2024 年政府信息公开工作年度报告"
    assert (m.agency, m.year) == ("淮安市洪泽区人民政府", 2024)
    assert m.title_span == (0, len("淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告"))


def test_line_before_the_title_that_is_not_an_agency_is_not_joined():
    m = meta("索引号:113208/2024-001\n青石县审计局2023年政府信息公开工作年度报告" + BODY.format(year=2023))
    assert m.title == "青石县审计局2023年政府信息公开工作年度报告"


def test_sentence_mentioning_the_report_is_not_the_title():
    m = meta("现将青石县审计局2023年政府信息公开工作年度报告公布如下。" + BODY.format(year=2023))
    assert m.title is None
    assert m.agency == "青石县审计局" and m.year == 2023
    assert "no title line found before the first part" in m.notes


def test_agency_from_compiled_by_sentence():
    text = BODY.format(year=2023).replace("本报告根据", "本报告由临川市人民政府办公室根据")
    m = meta(text)
    assert (m.title, m.agency, m.year) == (None, "临川市人民政府", 2023)


def test_agency_from_signature_at_the_end():
    m = meta(BODY.format(year=2022) + "\n东河区民政局\n2023年1月20日\n")
    assert m.agency == "东河区民政局" and m.year == 2022


def test_title_year_that_disagrees_with_the_period_is_a_note():
    m = meta("青石县审计局2023年政府信息公开工作年度报告" + BODY.format(year=2022))
    assert m.year == 2023
    assert "the title says 2023 but the statistics period is 2022" in m.notes


def test_a_number_before_the_title_year_is_not_the_year():
    # a spam mirror puts its own words (with a bare 2022) in place of the body's name; the year the
    # title writes as a year (2016年) is the report's, and no year FAIL follows
    title = "幸运彩票最新版2022_官网中文网2016年政府信息公开工作年度报告"
    m = meta(title + BODY.format(year=2016))
    assert m.year == 2016 and not any("the title says" in n for n in m.notes)
    report = textmine.audit(title + BODY.format(year=2016))
    assert not [f for f in report.findings if f.rule == "text.report_year" and f.status == "FAIL"]


def test_year_from_the_opening_text_as_a_last_resort():
    text = BODY.format(year=2021).replace("统计期限自2021年1月1日起至2021年12月31日止", "数据截至2021年底")
    m = meta(text)
    assert m.year == 2021
    assert any("commonest year" in n for n in m.notes)


def test_seed_metadata(seed_path):
    doc = load(seed_path)
    m = detect_metadata(doc, split_sections(doc), {})
    assert (m.agency, m.year) == ("平顶山市应急管理局", 2023)
    assert doc.text[m.title_span[0]:m.title_span[1]] == "平顶山市应急管理局 2023 年政府信息公开工作年度报告"


@pytest.mark.parametrize("name, title, agency, year", [
    ("hongze2023", "洪泽区人民政府2023年政府信息公开工作年度报告", "洪泽区人民政府", 2023),
    ("hongze2024", "淮安市洪泽区人民政府2024年政府信息公开工作年度报告", "淮安市洪泽区人民政府", 2024),
    ("huaian2024", "淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府", 2024),
])
def test_real_pdf_metadata(name, title, agency, year):
    path = REAL_PDFS[name]
    if not path.exists():
        pytest.skip("real PDFs not available")
    doc = load(path)
    m = detect_metadata(doc, split_sections(doc), {})
    assert (m.title, m.agency, m.year) == (title, agency, year)


# --------------------------------------------------------------------------- template era


def tables(**templates):
    return {key: SimpleNamespace(template=value) for key, value in templates.items()}


def test_template_from_tables():
    empty = SectionMap(())
    assert detect_template(empty, tables(active_disclosure="2021", applications="2021")) == "2021"
    assert detect_template(empty, tables(applications="2019", active_disclosure="unknown")) == "2019"
    assert detect_template(empty, {}) == "unknown"


def test_template_disagreement_prefers_table_two_and_notes_it():
    doc = read_text("青石县审计局2023年政府信息公开工作年度报告" + BODY.format(year=2023))
    m = detect_metadata(doc, split_sections(doc), tables(active_disclosure="2021", applications="2019"))
    assert m.template == "2021"
    assert any("disagree" in n for n in m.notes)


def test_pre2019_outline_without_tables():
    doc = read_text("石门县2016年政府信息公开工作年度报告\n一、概述\n略。\n二、主动公开政府信息情况\n略。\n"
                    "四、政府信息公开的收费及减免情况\n无。\n")
    assert detect_template(split_sections(doc), {}) == "pre-2019"


def test_template_of_the_seed_through_the_pipeline(seed_path):
    import textmine

    assert textmine.audit(seed_path).metadata.template == "2021"


def test_title_of_a_report_whose_line_breaks_were_stripped(example_path):
    """Field guide §7: the whole report on one line. The title is the run of title characters
    at the very start, ending like a report title."""
    one_line = example_path.read_text(encoding="utf-8").replace("\n", " ")
    meta = textmine.audit(one_line).metadata
    assert meta.title == "临川市生态环境局2023年政府信息公开工作年度报告"
    assert meta.agency == "临川市生态环境局" and meta.year == 2023
    assert one_line[meta.title_span[0]:meta.title_span[1]] == meta.title
