"""Section splitter: every heading variant and trap of field guide §1, one test each."""
from __future__ import annotations

from pathlib import Path

import pytest

from textmine.model import SECTION_KEYS
from textmine.readers import load, read_text
from textmine.sections import HEADING_VARIANTS, classify_heading, split_sections

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sections"
TEMPLATE = (FIXTURES / "report_body_2021.txt").read_text(encoding="utf-8")

DEFAULT = {
    "title": "清溪区水利局2023年政府信息公开工作年度报告",
    "preamble": "本报告根据《中华人民共和国政府信息公开条例》编制。统计期限自2023年1月1日起至2023年12月31日止。",
    "h1": "一、总体情况",
    "h2": "二、主动公开政府信息情况",
    "h3": "三、收到和处理政府信息公开申请情况",
    "h4": "四、政府信息公开行政复议、行政诉讼情况",
    "h5": "五、存在的主要问题及改进情况",
    "h6": "六、其他需要报告的事项",
    "body5": "一是政策解读形式单一；二是信息更新不够及时。下一步，我局将每季度开展一次业务培训。",
}


def report(**changes) -> str:
    return TEMPLATE.format(**{**DEFAULT, **changes})


def split(text: str):
    doc = read_text(text)
    return doc, split_sections(doc)


def heading_of(doc, sections, key):
    section = sections.get(key)
    assert section is not None, f"{key} not found; found {sections.keys}"
    return doc.text[section.start:section.body_start].strip()


# --------------------------------------------------------------------------- variants

VARIANTS = [
    # 一
    ("h1", "一、总体情况", "overview"),
    ("h1", "一、總體情況", "overview"),
    ("h1", "一、工作总体推进情况", "overview"),
    ("h1", "一、工作基本情况", "overview"),
    ("h1", "一、政府信息公开总体工作情况", "overview"),
    ("h1", "总体情况", "overview"),
    ("h1", "第一部分 总体情况", "overview"),
    ("h1", "一.总体情况", "overview"),
    ("h1", "一 总体情况", "overview"),
    ("h1", "一、 总体情况", "overview"),
    ("h1", "一、总体情况（图解）", "overview"),
    # 二
    ("h2", "二、行政机关主动公开政府信息情况", "active_disclosure"),
    ("h2", "二、主动公开政府信息的情况", "active_disclosure"),
    ("h2", "二、主动公开政府信息统计情况", "active_disclosure"),
    ("h2", "二、主動公開政府信息情況", "active_disclosure"),
    # 三
    ("h3", "三、行政机关收到和处理政府信息公开申请情况", "applications"),
    ("h3", "三、依申请公开政府信息情况", "applications"),
    ("h3", "三、收到和处理政府信息公开申请的情况", "applications"),
    ("h3", "三、收到和處理政府信息公開申請情況", "applications"),
    # stop 39: the 2008 outline's 三, and the short names older outlines list
    ("h3", "三、依申请公开政府信息和不予公开政府信息情况", "applications"),
    ("h3", "三、依申请公开办理", "applications"),
    # 四: norm, connectors, causal wording, prefix dropped, typo, traditional
    ("h4", "四、政府信息公开行政复议和行政诉讼情况", "review_litigation"),
    ("h4", "四、政府信息公开行政复议及行政诉讼情况", "review_litigation"),
    ("h4", "四、政府信息公开行政复议行政诉讼情况", "review_litigation"),
    ("h4", "四、政府信息公开行政复议和诉讼情况", "review_litigation"),
    ("h4", "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况", "review_litigation"),
    ("h4", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "review_litigation"),
    ("h4", "四、因政府信息公开工作被申请行政复议及提起行政诉讼的情况", "review_litigation"),
    ("h4", "四、因政府信息公开工作被申请行政复议提起行政诉讼情况", "review_litigation"),
    ("h4", "四、因政府信息公开申请行政复议、行政诉讼情况", "review_litigation"),
    ("h4", "四、行政复议和行政诉讼情况", "review_litigation"),
    ("h4", "四、因政府信息公开申请行政复议的情况", "review_litigation"),
    ("h4", "四、复议和诉讼情况", "review_litigation"),
    ("h4", "四、政府信息公开行行政复议、行政诉讼情况", "review_litigation"),
    ("h4", "四、政府信息公開行政復議、行政訴訟情況", "review_litigation"),
    # 五
    ("h5", "五、政府信息公开工作存在的主要问题及改进情况", "problems"),
    ("h5", "五、政府信息公开存在的主要问题及改进情况", "problems"),
    ("h5", "五、存在的主要问题和改进情况", "problems"),
    ("h5", "五、存在主要问题和改进情况", "problems"),
    ("h5", "五、存在问题及改进情况", "problems"),
    ("h5", "五、存在的问题及改进计划", "problems"),
    ("h5", "五、存在不足及改进措施", "problems"),
    ("h5", "五、存在的主要问题及改进措施", "problems"),
    ("h5", "五、主要问题和改进措施", "problems"),
    ("h5", "五、存在问题及工作打算", "problems"),
    ("h5", "三、存在的困难和问题", "problems"),
    ("h5", "五、存在的主要问题及下一步工作打算", "problems"),
    ("h5", "五、工作存在的主要问题及下步打算", "problems"),
    ("h5", "五、存在主要问题和整改措施", "problems"),
    ("h5", "三、工作中存在的问题及改进措施", "problems"),
    ("h5", "五、工作中存在的不足和下一步打算", "problems"),
    ("h5", "四、问题与不足", "problems"),
    ("h5", "四、存在的不足与问题", "problems"),
    # issue 26: the wordings real 五 headings take beyond the template's
    ("h5", "五、存在的主要问题、原因及改进措施", "problems"),
    ("h5", "五、当前存在的主要问题及改进措施", "problems"),
    ("h5", "五、本机关政府信息公开工作存在的主要问题及改进情况", "problems"),
    ("h5", "五、问题及改进措施", "problems"),
    ("h5", "五、存在的困难和问题及下一步工作打算", "problems"),
    ("h5", "五、困难和问题", "problems"),
    ("h5", "五、存在的主要问题及改进情况(含上年度问题整改情况)", "problems"),
    # 六
    ("h6", "六、其他事项", "other"),
    ("h6", "六、其它需要报告事项", "other"),
    ("h6", "六、其他需要報告的事項", "other"),
]


@pytest.mark.parametrize("slot, heading, key", VARIANTS, ids=[v[1] for v in VARIANTS])
def test_heading_variant(slot, heading, key):
    doc, sections = split(report(**{slot: heading}))
    assert sections.keys == SECTION_KEYS, sections.notes
    assert sections.missing == ()
    # the section starts at the heading as written (normalised), not somewhere near it
    written = "".join(read_text(heading).text.split())
    assert "".join(heading_of(doc, sections, key).split()) == written


def test_every_declared_variant_is_exercised_or_reachable():
    """Each line of HEADING_VARIANTS matches at least one realistic heading."""
    samples = [h for _slot, h, _key in VARIANTS] + [
        "一、概述", "一、主要工作概述", "一、主要任务落实情况", "一、基本情况", "二、主动公开信息情况",
        "三、收到和处理澳门葡京官方网站申请情况", "四、澳门赌场行政复议、行政诉讼情况",
        "二、主动公开某某娱乐城情况", "五、存在问题", "六、改进措施", "四、政府信息公开的收费及减免情况",
        "八、咨询处理情况", "七、代表建议委员提案办理结果公开情况", "八、回应解读情况",
        "九、工作机构、人员情况", "十、举报投诉", "五、政务公开工作要点落实情况", "九、其他工作情况",
        "七、说明与附表",
    ]
    used = set()
    for sample in samples:
        line = read_text(sample).text.strip()
        for i, variant in enumerate(HEADING_VARIANTS):
            import regex

            from textmine.sections import _ordinal

            style, _num, start = _ordinal(line)
            compact = "".join(line[start:].split())
            if (not variant.numbered_only or style == "cn") and regex.match(variant.pattern, compact):
                used.add(i)
                break
    assert used == set(range(len(HEADING_VARIANTS)))


# --------------------------------------------------------------------------- traps


def test_table_of_contents_with_dot_leaders_is_not_the_split():
    toc = "\n".join([
        "目  录", "一、总体情况........................1", "二、主动公开政府信息情况............2",
        "三、收到和处理政府信息公开申请情况……3", "四、政府信息公开行政复议、行政诉讼情况··········4",
        "五、存在的主要问题及改进情况 ------ 5", "六、其他需要报告的事项          5",
    ])
    text = report(preamble=DEFAULT["preamble"] + "\n" + toc)
    doc, sections = split(text)
    assert sections.keys == SECTION_KEYS
    first = sections.get("overview")
    assert first.start > doc.text.index("六、其他需要报告的事项          5")
    for line in toc.split("\n")[1:]:
        assert classify_heading(read_text(line).text.strip()) is None


def test_table_of_contents_without_leaders_loses_to_the_body():
    toc = "\n".join(["一、总体情况 1", "二、主动公开政府信息情况 2", "三、收到和处理政府信息公开申请情况 3",
                     "四、政府信息公开行政复议、行政诉讼情况 4", "五、存在的主要问题及改进情况 5",
                     "六、其他需要报告的事项 5"])
    doc, sections = split(report(preamble=toc))
    assert sections.keys == SECTION_KEYS
    assert sections.get("overview").start > doc.text.index("六、其他需要报告的事项 5")


def test_carried_forward_row_right_before_heading_four():
    body = report().replace(
        "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理 0 0 0 0 0 0 0")
    assert "四、结转下年度继续办理 0 0 0 0 0 0 0\n\n四、政府信息公开" in body
    doc, sections = split(body)
    review = sections.get("review_litigation")
    assert doc.text[review.start:].startswith("四、政府信息公开行政复议")
    applications = sections.get("applications")
    assert "四、结转下年度继续办理 0 0 0 0 0 0 0" in doc.text[applications.start:applications.end]


def test_table_rows_with_section_ordinals_stay_in_table_three():
    body = report().replace("一、本年新收政府信息公开申请数量\t\t5", "一、本年新收政府信息公开申请数量 5") \
                   .replace("三、本年度办理结果\t", "三、本年度办理结果 ")
    doc, sections = split(body)
    assert sections.keys == SECTION_KEYS
    applications = sections.get("applications")
    span = doc.text[applications.start:applications.end]
    assert "一、本年新收政府信息公开申请数量 5" in span and "三、本年度办理结果 " in span
    assert sections.get("overview").start < applications.start


def test_stated_part_count_that_disagrees_with_the_list_and_the_parts():
    preamble = ("本报告分为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                "存在的主要问题及改进情况、其他需要报告的事项等六个部分。")
    _doc, sections = split(report(preamble=preamble))
    assert sections.keys == SECTION_KEYS
    assert "the introduction states 6 parts but lists 5" in sections.notes
    assert not any("were found" in n for n in sections.notes)


@pytest.mark.parametrize("phrase, stated", [("六部分", 6), ("六个部分", 6), ("6个部分", 6), ("六大部分", 6),
                                            ("六大内容模块", 6), ("五个部分", 5)])
def test_stated_part_count_forms(phrase, stated):
    _doc, sections = split(report(preamble=f"本报告由总体情况等{phrase}组成。"))
    expected_note = f"the introduction states {stated} parts but 6 were found"
    assert (expected_note in sections.notes) is (stated != 6)


def test_part_numbering_word_is_not_a_count():
    _doc, sections = split(report(preamble="本报告第一部分为总体情况。", h1="第一部分 总体情况"))
    assert not any("states" in n for n in sections.notes)


def test_misnumbered_parts_after_an_inserted_part():
    doc = load(FIXTURES / "misnumbered_extra_part.txt")
    sections = split_sections(doc)
    assert sections.keys == ("overview", "active_disclosure", "applications", "review_litigation",
                             "key_tasks", "problems", "other")
    assert sections.missing == ()
    assert sections.get("problems").number == "六" and sections.get("other").number == "七"
    assert any("problems is numbered 六" in n for n in sections.notes)
    assert "the introduction states 6 parts but 7 were found" in sections.notes


def test_spam_replacing_words_inside_heading_three():
    _doc, sections = split(report(h3="三、收到和处理澳门葡京娱乐场官方网站申请情况"))
    assert sections.keys == SECTION_KEYS


def test_spam_inside_heading_four():
    _doc, sections = split(report(h4="四、澳门威尼斯人线上娱乐行政复议、行政诉讼情况"))
    assert sections.keys == SECTION_KEYS


def test_traditional_mirror_copy():
    trad = report(**{
        "title": "清溪區水利局2023年政府信息公開工作年度報告",
        "h1": "一、總體情況", "h2": "二、主動公開政府信息情況", "h3": "三、收到和處理政府信息公開申請情況",
        "h4": "四、政府信息公開行政復議、行政訴訟情況", "h5": "五、存在的主要問題及改進情況",
        "h6": "六、其他需要報告的事項"})
    doc, sections = split(trad)
    assert sections.keys == SECTION_KEYS
    assert sections.get("overview").title == "总体情况"


def test_pinyin_glosses_in_headings():
    _doc, sections = split(report(h3="三、收到和處(chǔ)理政府信息公開申請情況",
                                  h5="五、存在的主要問(wèn)題及改進(jìn)情況"))
    assert sections.keys == SECTION_KEYS


def test_question_mark_placeholders_for_full_width_spaces():
    _doc, sections = split(report(h1="一、?总体情况", h2="??二、主动公开政府信息情况"))
    assert sections.keys == SECTION_KEYS


def test_space_after_dunhao_and_inside_title():
    _doc, sections = split(report(h1="一、 概 述", h5="五、 存在的主要问题及改进情况"))
    assert sections.keys == SECTION_KEYS


def test_run_in_heading_needs_an_ordinal():
    doc, sections = split(report(h1="一、总体情况。2023年，我局全年发布信息287条。"))
    overview = sections.get("overview")
    assert overview.title == "总体情况"
    assert doc.text[overview.body_start:].startswith("2023年")
    # without an ordinal a sentence beginning with the words is not a heading
    assert classify_heading("总体情况。2023年,我局全年发布信息287条。") is None


def test_missing_overview_heading_is_reported_not_invented():
    body = report().replace("一、总体情况\n", "")
    body = body.replace("（一）主动公开情况。", "（一）主动公开政府信息的情况\n")
    doc, sections = split(body)
    assert sections.missing == ("overview",)
    assert sections.keys == SECTION_KEYS[1:]
    assert sections.preamble == (0, sections.sections[0].start)


def test_subitems_of_overview_do_not_take_the_place_of_parts():
    body = report().replace(
        "（一）主动公开情况。", "1.主动公开情况。").replace("（二）依申请公开情况。", "2、依申请公开情况：")
    doc, sections = split(body)
    assert sections.keys == SECTION_KEYS
    assert doc.text[sections.get("active_disclosure").start:].startswith("二、主动公开政府信息情况")


def test_intro_listing_the_parts_is_not_a_heading():
    preamble = ("本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。")
    doc, sections = split(report(preamble=preamble))
    assert sections.get("overview").start > doc.text.index(preamble[:10])


def test_whole_report_on_one_line():
    flat = "".join(report().split("\n")).replace("\t", " ")
    assert "\n" not in flat
    doc, sections = split(flat)
    assert sections.keys == SECTION_KEYS
    assert any("line breaks" in n for n in sections.notes)
    assert doc.text[sections.get("review_litigation").start:].startswith("四、政府信息公开行政复议")
    # the carried-forward row of table 三 is not mistaken for 四
    assert "四、结转下年度继续办理" in doc.text[sections.get("applications").start:sections.get("applications").end]
    assert doc.text[sections.get("other").start:].startswith("六、其他需要报告的事项")


def test_pre2019_national_outline_mapped():
    doc = load(FIXTURES / "pre2019_outline.txt")
    sections = split_sections(doc)
    assert sections.keys == ("overview", "active_disclosure", "applications", "fees", "review_litigation",
                             "problems", "appendix")
    assert sections.missing == ("other",)
    assert sections.get("overview").title == "概 述"
    # the preamble heading 引 言 and its text are the preamble, not a part
    assert "引 言" in doc.text[: sections.preamble[1]]


def test_pre2019_local_extensions():
    text = "\n".join([
        "南河区人民政府2013年政府信息公开工作年度报告",
        "一、概述", "本年度推进政府信息公开工作。",
        "二、主动公开政府信息情况", "主动公开信息2100条。",
        "三、依申请公开政府信息情况", "受理申请36件。",
        "四、咨询处理情况", "接受公众咨询1200人次。",
        "五、政府信息公开的收费及减免情况", "未收取费用。",
        "六、因政府信息公开申请行政复议、提起行政诉讼情况", "无。",
        "七、代表建议委员提案办理结果公开情况", "公开建议提案办理结果58件。",
        "八、存在的主要问题及下一步工作打算", "公开内容有待深化。",
    ])
    _doc, sections = split(text)
    assert sections.keys == ("overview", "active_disclosure", "applications", "consultations", "fees",
                             "review_litigation", "npc_cppcc", "problems")
    assert sections.missing == ("other",)


def test_ten_part_outline_with_problems_as_part_ten():
    parts = ["一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、回应解读情况",
             "五、政府信息公开的收费及减免情况", "六、因政府信息公开申请行政复议、提起行政诉讼情况",
             "七、工作机构、人员情况", "八、举报投诉", "九、其他工作情况", "十、主要问题和改进措施"]
    text = "衡山县2015年政府信息公开工作年度报告\n" + "\n".join(f"{p}\n本部分内容从略。" for p in parts)
    _doc, sections = split(text)
    assert sections.get("problems").number == "十"
    assert sections.keys == ("overview", "active_disclosure", "applications", "interpretation", "fees",
                             "review_litigation", "organisation", "complaints", "other_work", "problems")


# --------------------------------------------------------------------------- 五 split


@pytest.mark.parametrize("problem_label, measure_label", [
    ("（一）存在的问题", "（二）改进情况"),
    ("（一）存在的主要问题", "（二）改进措施"),
    ("（一）主要问题", "（二）改进措施"),
    ("（一）存在问题", "（二）进一步整改"),
    ("存在问题：", "改进措施："),
])
def test_five_split_by_labels(problem_label, measure_label):
    body5 = (f"{problem_label}\n1.政策解读形式单一。\n2.信息更新不够及时。\n"
             f"{measure_label}\n1.每季度开展一次业务培训。\n2.完善信息发布审核流程。")
    doc, sections = split(report(body5=body5))
    problems = sections.get("problems")
    assert [s.key for s in problems.subsections] == ["problems", "measures"]
    first, second = problems.subsections
    assert doc.text[first.start:first.end].startswith(read_text(problem_label).text.strip())
    assert "完善信息发布审核流程" in doc.text[second.start:second.end]
    assert second.end == problems.end


def test_five_label_colon_run_in():
    body5 = "存在问题：信息公开内容不够全面。改进措施：加强村务公开栏日常更新。"
    doc, sections = split(report(body5=body5))
    subs = sections.get("problems").subsections
    assert [s.key for s in subs] == ["problems", "measures"]
    assert doc.text[subs[1].start:subs[1].end].startswith("改进措施:加强")


@pytest.mark.parametrize("blanks", ["\t", " ", "\u3000", "\n"])
def test_five_labels_after_a_long_run_of_blanks(blanks):
    # a DOCX row of 20,000 empty grid cells in 五 reads as a line of tabs; the label search
    # used to try every blank as a label's start and run to the end of the blanks from each
    # (quadratic: ~40 s for this one section)
    body5 = ("（一）存在的问题\n1.政策解读形式单一。\n" + blanks * 20_000 + "\n"
             "工作成效明显\n存在问题：信息更新不够及时。\n改进措施：完善信息发布审核流程。")
    doc, sections = split(report(body5=body5))
    subs = sections.get("problems").subsections
    assert [(s.key, s.title) for s in subs] == [("problems", "存在的问题"), ("measures", "改进措施")]
    assert doc.text[subs[1].start:subs[1].end].startswith("改进措施:完善")


def test_a_label_match_never_starts_in_blanks():
    from textmine.sections import _MEASURE_LABEL, _PROBLEM_LABEL

    for pattern in (_PROBLEM_LABEL, _MEASURE_LABEL):
        # (texts as the normaliser leaves them: ASCII brackets and colons)
        for text in ("\t\t存在问题:", "  改进措施:", "\u3000(二)改进情况", "\n\n2.存在的问题。"):
            assert all(not text[m.start()].isspace() for m in pattern.finditer(text))
    assert [m.group() for m in _PROBLEM_LABEL.finditer("\t(一) 存在的问题。")] == ["(一) 存在的问题"]


def test_five_without_labels_has_no_subsections():
    body5 = "我局政务公开工作仍存在信息更新不及时的问题。针对以上问题，下一步将加强培训，确保信息及时发布。"
    _doc, sections = split(report(body5=body5))
    assert sections.get("problems").subsections == ()


def test_five_split_into_two_top_level_parts():
    body = report(h5="五、 存在问题", h6="七、其他需要报告的事项",
                  body5="部分科室对信息公开重视不够。\n\n六、 改进措施\n加强培训，落实考核。")
    doc, sections = split(body)
    assert sections.keys == SECTION_KEYS
    problems = sections.get("problems")
    assert [(s.key, s.title) for s in problems.subsections] == [("problems", "存在问题"), ("measures", "改进措施")]
    assert doc.text[problems.subsections[1].start:].startswith("六、 改进措施")
    assert any("split into two top-level parts" in n for n in sections.notes)


# --------------------------------------------------------------------------- whole documents


def test_seed_sections_and_subsections(seed_path):
    doc = load(seed_path)
    sections = split_sections(doc)
    assert sections.keys == SECTION_KEYS and sections.missing == () and sections.notes == ()
    heads = [doc.text[s.start:s.body_start].strip() for s in sections.sections]
    assert heads == ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                     "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                     "六、其他需要报告的事项"]
    assert [s.key for s in sections.get("problems").subsections] == ["problems", "measures"]
    # parts tile the text after the title: each ends where the next begins
    for a, b in zip(sections.sections, sections.sections[1:]):
        assert a.end == b.start
    assert sections.sections[-1].end == len(doc.text)


def test_template_docx_has_six_parts():
    path = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "template-2021-blank.docx"
    if not path.exists():
        pytest.skip("template not available")
    assert split_sections(load(path)).keys == SECTION_KEYS


def test_text_with_no_parts():
    _doc, sections = split("今天天气晴，气温十八度。\n明天多云转小雨。")
    assert sections.sections == () and sections.missing == SECTION_KEYS


def test_split_is_deterministic():
    text = report()
    assert split(text)[1] == split(text)[1]


def test_paragraph_naming_parts_inline_is_not_split_there():
    mention = ("2023年，我局按照要求编制本报告，内容包括一、总体情况；二、主动公开政府信息情况；"
               "三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况等。" * 6)
    assert len(mention) > 400
    doc, sections = split(report(preamble=mention))
    assert sections.keys == SECTION_KEYS
    normalised = read_text(mention).text.strip()
    assert sections.get("overview").start > doc.text.index(normalised) + len(normalised)
    assert not any("line breaks" in n for n in sections.notes)


def test_numbered_sentence_mentioning_review_is_not_heading_four():
    assert classify_heading("一、全年共发生行政复议案件3件,行政诉讼情况良好") is None
    assert classify_heading("二、主动公开信息512条,其中政策文件情况良好") is None


def test_variants_tried_as_one_alternation_give_the_first_matching_variant():
    # _match_variant reads every variant in one match call; the answer must be the one a
    # loop over HEADING_VARIANTS in order gives, with the same end, numbered or not
    import regex

    from corpora.generator import generate_report
    from textmine.sections import _match_variant

    def by_loop(compact: str, numbered: bool):
        for variant in HEADING_VARIANTS:
            if variant.numbered_only and not numbered:
                continue
            hit = regex.match(variant.pattern, compact)
            if hit:
                return variant, hit.end()
        return None

    from textmine.readers import read_bytes

    reports = [generate_report(seed, template=t) for seed in range(12) for t in ("2021", "2019", "pre-2019")]
    texts = [read_bytes(r.data, r.name).text for r in reports]
    lines = {"".join(line.split()) for text in texts for line in text.split("\n")}
    lines |= {"".join(line.lstrip("一二三四五六七八九十、.()（） ").split()) for text in texts for line in text.split("\n")}
    lines |= {"存在的主要问题及改进情况", "其他需要报告的事项", "主动公开政府信息情况统计表", "基本情况", "机构设置和人员情况"}
    found = 0
    for compact in sorted(lines):
        for numbered in (False, True):
            assert _match_variant(compact, numbered) == by_loop(compact, numbered), (compact, numbered)
            found += _match_variant(compact, numbered) is not None
    assert found > 50
