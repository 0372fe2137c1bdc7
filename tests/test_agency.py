"""Agency identity: names cleaned of page furniture, keys under which 简称 and 全称 meet,
levels from the name or from how a page speaks of itself, region and parent, former names,
coverage; the 规章 issuer rule reading the identity when the name is missing. Texts are
written here in the shapes the real pages show (field guide §1.2, §7); the real pages and
PDFs of ../shared are read where present."""
from __future__ import annotations

import pytest

import textmine
from textmine.agency import (LEVELS, NAME_SHAPES, agency_relation, classify_name, clean_name, identify_agency,
                             name_key, shape_of, shape_of_level, split_name)
from textmine.agency.names import place_levels
from textmine.metadata import detect_metadata
from textmine.readers import load
from textmine.sections import split_sections


def identity(text: str):
    doc = load(text)
    sections = split_sections(doc)
    return identify_agency(doc, sections, detect_metadata(doc, sections, {}))


# --------------------------------------------------------------------------- the table


def test_every_level_has_what_it_alone_means_and_every_line_a_known_level():
    levels = {level for _, level, _, _ in NAME_SHAPES}
    assert levels <= set(LEVELS)
    alone = {level for pattern, level, _, _ in NAME_SHAPES if pattern is None}
    assert alone == set(LEVELS) - {"unknown"}
    for level in alone:
        assert shape_of_level(level).kind is not None


@pytest.mark.parametrize("name, level, may", [
    ("淮安市洪泽区人民政府", "county", False), ("洪泽区政府", "county", False), ("正蓝旗", "county", False),
    ("城关镇人民政府", "township", False), ("乌拉特中旗巴音乌兰苏木", "township", False),
    ("西城区广内街道办事处", "township", False), ("清河县市场监督管理局", "county_department", False),
    ("区住建委", "county_department", False), ("重庆市开州区财政局", "county_department", False),
    ("平湖市财政局", "city_department", None), ("临夏州公安局", "city_department", None),
    ("重庆市财政局", "province_department", None), ("西藏自治区政府国资委", "province_department", None),
    ("江苏省教育厅", "province_department", None), ("江苏省人民政府办公厅", "province_department", True),
    ("新疆维吾尔自治区人民政府", "province", True), ("上海市人民政府", "province", True),
    ("淮安市人民政府", "city", True), ("恩施土家族苗族自治州人民政府", "city", True), ("阿里地区", "city", None),
    ("淄博高新技术产业开发区管理委员会", "development_zone", False), ("旌德县经济开发区管委会", "development_zone", False),
    ("国家统计局", "national_department", True), ("教育局", "department", None),
])
def test_name_shapes(name, level, may):
    shape = classify_name(name)
    assert (shape.level, shape.may_issue_regulations) == (level, may)


def test_a_city_management_commission_is_no_development_zone():
    assert classify_name("永宁市城市管理委员会").level == "city_department"
    assert classify_name("永宁市住房和城乡建设管理委员会").level == "city_department"


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("raw, name", [
    ("标题:淮安市洪泽区人民政府", "淮安市洪泽区人民政府"),
    ("标题县政府办", "县政府办"),
    ("名 称:咸宁市生态环境局", "咸宁市生态环境局"),
    ("某某体育app官网:教育局", "教育局"),  # a spam prefix before the name (field guide §7)
    ("梅州市人民政府门户网站梅州市人力资源和社会保障局政府信息公开年报梅州市人力资源和社会保障局",
     "梅州市人力资源和社会保障局"),
    ("岳阳市人民", "岳阳市人民政府"),  # the title's 政府信息公开 took 政府
    ("正阳街道正阳街道办事处", "正阳街道办事处"),
    ("example.com东城街道", "东城街道"),
    ("武昌经开区管委会(滨江商务区管委会)", "武昌经开区管委会"),
    ("北京市“", "北京市"),
])
def test_clean_name(raw, name):
    assert clean_name(raw) == name


@pytest.mark.parametrize("raw", ["标题:", "我局", "了我局", "我旗", "当前位置:首页>", "索引号:00817804-9/",
                                 "本年度报告根据《中华人民共和国", "开发区", "人民政府"])
def test_what_is_no_name(raw):
    assert clean_name(raw) is None


def test_places_and_their_levels():
    places, body = split_name("彭水苗族土家族自治县龙塘乡人民政府")
    assert [p.text for p in places] == ["彭水苗族土家族自治县", "龙塘乡"] and body == "人民政府"
    # a one-character suffix inside a longer name (杭州市, 新乡市, 沙市区, 贵州省)
    for name, texts in (("杭州市余杭区教育局", ["杭州市", "余杭区"]), ("新乡市", ["新乡市"]), ("沙市区", ["沙市区"]),
                        ("贵州省人民政府", ["贵州省"]), ("桦甸市人民政府新华街道办事处", ["桦甸市", "新华街道"])):
        assert [p.text for p in split_name(name)[0]] == texts, name
    # department words are no places (城市管理局, 住房和城乡建设局)
    assert split_name("永宁县城市管理局")[0][-1].text == "永宁县"
    assert [p.text for p in split_name("永宁县住房和城乡建设局")[0]] == ["永宁县"]
    # a 市 inside a 市 is county level; a municipality's 市 is province level
    assert place_levels(split_name("嘉兴市平湖市")[0]) == ("city", "county")
    assert place_levels(split_name("重庆市开州区")[0]) == ("province", "county")


def test_short_and_full_names_share_a_key():
    assert name_key("洪泽区政府") == name_key("淮安市洪泽区人民政府") == name_key("江苏省淮安市洪泽区") == "洪泽区|人民政府"
    assert name_key("金华市市场监管局") == name_key("金华市市场监督管理局")
    assert name_key("舒城县卫健委") == name_key("舒城县卫生健康委员会")
    assert name_key("乐山市发改委") == name_key("乐山市发展和改革委员会")
    assert name_key("临川县人社局") == name_key("临川县人力资源和社会保障局")
    assert name_key("东风街道") == name_key("东风街道办事处")
    assert name_key("洪泽区人民政府办公室") != name_key("洪泽区人民政府")


def test_relation_of_two_identities():
    hongze = {"name": "淮安市洪泽区人民政府", "key": "洪泽区|人民政府"}
    assert agency_relation(hongze, {"name": "洪泽区人民政府", "key": "洪泽区|人民政府"}) == "same_agency"
    office = {"name": "洪泽区人民政府办公室", "key": "洪泽区|人民政府办公室"}
    assert agency_relation(hongze, office) == "same_agency"
    # one key, places that contradict: two agencies
    assert agency_relation({"name": "北京市朝阳区人民政府", "key": "朝阳区|人民政府"},
                           {"name": "长春市朝阳区人民政府", "key": "朝阳区|人民政府"}) == "other_agency"
    renamed = {"name": "永兴县卫生健康局", "key": "永兴县|卫生健康局", "former_names": ["永兴县卫生和计划生育局"]}
    assert agency_relation(renamed, {"name": "永兴县卫生和计划生育局", "key": "永兴县|卫生和计划生育局"}) == "same_agency"
    assert agency_relation({"name": "教育局", "key": "|教育局"}, {"name": "教育局", "key": "|教育局"}) == "unknown_agency"


# --------------------------------------------------------------------------- the stage


def test_identity_from_a_title():
    found = identity("淮安市洪泽区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我区坚持以公开为常态。\n")
    assert (found.name, found.key, found.level, found.kind) == ("淮安市洪泽区人民政府", "洪泽区|人民政府", "county", "县区政府")
    assert (found.region, found.parent) == ("淮安市洪泽区", "淮安市人民政府")
    assert found.name_source == "metadata" and found.level_source == "name"
    assert found.span is not None


def test_a_name_without_a_place_is_completed_by_the_compiler():
    text = ("教育局2023年政府信息公开工作年度报告\n本年度报告由杭州市余杭区教育局根据《条例》编制。\n"
            "一、总体情况\n2023年，我局认真落实政务公开工作要求。\n")
    found = identity(text)
    assert found.name == "杭州市余杭区教育局" and found.level == "county_department"
    assert found.parent == "杭州市余杭区人民政府"


@pytest.mark.parametrize("words, level", [
    ("我镇", "township"), ("本街道", "township"), ("我乡", "township"), ("我苏木", "township"),
    ("我县", "county"), ("本县", "county"), ("我区", "county"), ("我旗", "county"),
    ("我委", "department"), ("我局", "department"), ("我厅", "province_department"),
])
def test_a_page_without_a_name_is_known_by_how_it_speaks_of_itself(words, level):
    text = (f"一、总体情况\n2023年，{words}认真贯彻落实《中华人民共和国政府信息公开条例》，"
            f"{words}主动公开政府信息120条，依申请公开工作平稳有序。\n")
    found = identity(text)
    assert found.name is None and found.level == level and found.level_source == "self_reference"
    assert shape_of(found).kind == shape_of_level(level).kind


def test_a_department_takes_its_level_from_its_place_or_its_government():
    text = ("一、总体情况\n2023年，我局在县委、县政府的正确领导下，认真落实政务公开要求，"
            "我局主动公开信息86条，全县政务公开工作考核中我局位列前茅。\n")
    assert identity(text).level == "county_department"
    text = "一、总体情况\n2023年，我局认真落实市委、市政府部署，围绕全市中心工作，市政府交办的公开任务全部完成。\n"
    assert identity(text).level == "city_department"
    # a department's self-reference outweighs one mention of its place
    text = "一、总体情况\n2023年，我委按照我市部署推进公开工作，我委主动公开信息40条，我委门户网站运行平稳。\n"
    assert identity(text).level == "city_department"


def test_a_level_word_before_a_department_gives_its_level():
    found = identity("一、总体情况\n2022年，市财政局认真贯彻落实《条例》，持续推进财政信息公开。\n")
    assert found.name == "市财政局" and found.level == "city_department" and found.level_source == "name"


def test_the_notice_a_township_answers_gives_its_county():
    text = ("钟祥镇2019年度政府信息公开工作年度报告\n本报告由钟祥镇人民政府根据《仁寿县人民政府办公室关于编制公布"
            "2019年度政府信息公开工作年度报告的通知》要求编制。\n一、总体情况\n2019年，我镇主动公开信息52条。\n")
    found = identity(text)
    assert found.level == "township" and found.parent == "仁寿县人民政府" and found.region == "仁寿县钟祥镇"


def test_former_names_and_coverage():
    text = ("永兴县卫生健康局2019年政府信息公开工作年度报告\n一、总体情况\n根据机构改革方案，原永兴县卫生和计划生育局"
            "更名为永兴县卫生健康局。2019年，我局主动公开信息96条。\n")
    assert identity(text).former_names == ("永兴县卫生和计划生育局",)
    text = ("清河县人民政府2023年政府信息公开工作年度报告\n本报告由清河县人民政府办公室汇总县政府各部门、各乡镇"
            "政府信息公开工作情况编制。\n一、总体情况\n2023年，全县共收到政府信息公开申请58件。\n")
    found = identity(text)
    assert found.level == "county" and found.coverage == "departments" and found.coverage_span is not None
    text = "清河县人民政府2023年政府信息公开工作年度报告（县政府本级）\n一、总体情况\n2023年，县政府本级收到申请5件。\n"
    assert identity(text).coverage == "own"


def test_identity_is_in_the_report_its_json_and_its_row():
    report = textmine.audit("临川市生态环境局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局主动公开信息120条。\n")
    assert report.agency_identity.level == "city_department"
    data = report.to_dict()
    assert data["agency_identity"]["key"] == "临川市|生态环境局" and data["agency"] == "临川市生态环境局"
    from textmine.render.frames import frames

    row = frames(report)["reports"].iloc[0]
    assert (row["agency_name"], row["agency_level"], row["agency_parent"]) == \
        ("临川市生态环境局", "city_department", "临川市人民政府")


# --------------------------------------------------------------------------- 规章 issuer


def _with_regulations(head: str) -> str:
    return (head + "\n二、主动公开政府信息情况\n第二十条第（一）项\t信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
            "规章\t1\t0\t3\n行政规范性文件\t2\t0\t9\n")


def _issuer(text: str):
    (finding,) = [f for f in textmine.audit(text).findings if f.rule == "active_disclosure.regulations_issuer"]
    return finding


def test_regulations_reported_by_a_page_that_calls_itself_a_township():
    finding = _issuer(_with_regulations("一、总体情况\n2023年，我镇认真落实政务公开要求，我镇主动公开信息60条。"))
    assert finding.status == "FAIL" and finding.unit == "乡镇街道"
    assert "按其自称判断" in finding.message


def test_regulations_reported_by_a_county_department_known_from_its_text():
    finding = _issuer(_with_regulations("一、总体情况\n2023年，我局在县委、县政府领导下推进公开，我局全年主动公开信息45条，"
                                        "全县考核中我局成绩良好。"))
    assert finding.status == "FAIL" and finding.unit == "县级政府工作部门"


def test_regulations_of_a_department_of_unknown_level_are_not_judged():
    finding = _issuer(_with_regulations("一、总体情况\n2023年，我局主动公开信息45条。"))
    assert finding.status == "NOT_ASSESSABLE"


# --------------------------------------------------------------------------- real data


def test_real_reports_identity(real_pdf):
    hongze23 = textmine.audit(real_pdf("hongze2023")).agency_identity
    hongze24 = textmine.audit(real_pdf("hongze2024")).agency_identity
    huaian = textmine.audit(real_pdf("huaian2024")).agency_identity
    assert hongze23.key == hongze24.key == "洪泽区|人民政府" and hongze23.level == "county"
    assert (huaian.key, huaian.level, huaian.kind) == ("淮安市|人民政府", "city", "设区的市政府")
    assert agency_relation(hongze23.to_dict(), hongze24.to_dict()) == "same_agency"


#: the real pages' `level` is a guess made by whoever collected them (not truth): the identity
#: must agree with it on most pages where both say something, and say something on most.
#: Measured: a level on 204 of 214 pages, the collector's on 200 of those 204 (the rest: two
#: county-level cities taken for cities, a government's report its office published, one
#: county's office)
AGREEMENT_FLOOR = 0.95
KNOWN_FLOOR = 0.93


def test_real_pages_levels_agree_with_the_collectors_guess_on_most_pages():
    from textmine.real.pages import load_pages

    pages = load_pages()
    if not pages:
        pytest.skip("../shared/corpora/real-pages not available")
    agree = both = known = 0
    for page in pages.values():
        level = textmine.audit(page.text).agency_identity.level
        if level == "unknown":
            continue
        known += 1
        guess = page.level
        ours = "department" if level.endswith("department") or level == "development_zone" else level
        both += 1
        agree += ours == guess
    assert known / len(pages) >= KNOWN_FLOOR
    assert agree / both >= AGREEMENT_FLOOR
