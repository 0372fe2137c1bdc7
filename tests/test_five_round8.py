"""Section 五 classes from the fresh dev batch 6 (stop 31): each pinned with a fixture written in
the shape seen on the real pages (no page text)."""
from __future__ import annotations

from textmine.problems import analyse_sentences
from textmine.problems.specificity import score
from textmine.problems.units import five_cut
from textmine.readers import load
from textmine.sections import split_sections


def _analysis(text: str):
    doc = load(text)
    sections = split_sections(doc)
    return analyse_sentences(doc, sections), doc, sections


def _units(text: str) -> dict[str, str]:
    analysis, _, _ = _analysis(text)
    return {"".join(s.text.split()): s.label for s in analysis.sentences}


def test_a_heading_naming_the_work_as_government_affairs_information_opens_five():
    doc = load("某乡2017年政务信息公开工作年度报告\n五、政务信息公开工作存在的主要问题及改进情况\n"
               "一是信息公开的格式还不够规范。二是下一步将每季度开展一次栏目检查。\n")
    problems = split_sections(doc).get("problems")
    assert problems is not None and problems.number == "五"


def test_a_signature_with_a_date_in_chinese_numerals_and_the_sites_credit_line_is_no_unit():
    text = ("二、存在的不足:\n1、有的信息发布还不够及时。\n2、信息发布的内容还不是很全面。\n"
            "某县环境保护局\n二○一○年三月三十日\nProduced By 某某网络 某某发布系统\n")
    analysis, doc, sections = _analysis(text)
    texts = ["".join(s.text.split()) for s in analysis.sentences]
    assert texts == ["1、有的信息发布还不够及时。", "2、信息发布的内容还不是很全面。"], texts
    # the report ended there: nothing is uncertain for want of the rest of 五
    assert not five_cut(doc, sections)
    assert not any(f.rule == "problems.unaddressed" and f.status == "UNCERTAIN" for f in analysis.findings)


def test_a_frame_ending_in_a_colon_is_cut_from_the_problems_on_its_line():
    units = _units("五、政府信息公开工作存在的主要问题及改进措施\n"
                   "2015年,我街道政府信息公开工作存在的主要问题和不足有:主动公开政府信息的意识有待提升,"
                   "主动公开的信息内容不够丰富;\n")
    assert units.get("2015年,我街道政府信息公开工作存在的主要问题和不足有") == "other", units
    assert units.get("主动公开政府信息的意识有待提升") == "problem", units
    assert units.get("主动公开的信息内容不够丰富") == "problem", units


def test_a_plan_said_with_yao_after_the_problems_of_the_sentence_is_cut_off():
    units = _units("五、存在的主要问题及改进情况\n"
                   "我局政府信息公开工作取得了一些成绩,但是同样存在信息公开不够完整、过期信息删除不及时等问题,"
                   "要进一步推进信息化工作,做好以下几个方面工作。\n一是每月梳理一次公开目录。\n")
    assert units.get("过期信息删除不及时等问题") == "problem", units
    assert any(t.startswith("要进一步推进信息化工作") for t in units), units


def test_two_problems_of_one_item_joined_by_a_comma_are_two_units():
    units = _units("五、存在的主要问题及改进情况\n"
                   "一是各科室上报信息不及时。二是对政府信息公开工作不够重视,监管不力。\n"
                   "三是相关人员对政务公开重要性认识仍有不足,政策理解不够透彻。\n"
                   "下一步,我局将每季度开展一次业务培训,并将信息公开纳入年度考核。\n")
    assert units.get("监管不力。") == "problem" or units.get("监管不力") == "problem", units
    assert units.get("政策理解不够透彻。") == "problem" or units.get("政策理解不够透彻") == "problem", units
    # one shortcoming with its consequence stays one unit
    assert any(t.startswith("一是各科室上报信息不及时") for t in units), units


def test_a_numbered_problem_title_is_cut_from_the_measure_on_the_next_line():
    units = _units("五、存在的主要问题及下一步工作打算\n(一)存在的主要问题\n"
                   "1、政府信息公开配套制度建设有待加强\n"
                   "健全镇政府信息发布协调制度,明确考核、评议、问责的具体要求。\n"
                   "2、政府信息公开工作队伍建设有待加强\n"
                   "一是工作人员不够稳定。二是业务能力有待提高。\n")
    assert units.get("1、政府信息公开配套制度建设有待加强") == "problem", units
    assert any(t.startswith("健全镇政府信息发布协调制度") for t in units), units
    # what only elaborates the title stays with it
    elaborated = _units("五、存在的主要问题及改进情况\n1、政务公开队伍建设有待加强\n工作人员多为兼职,流动性大。\n")
    assert any(t.startswith("1、政务公开队伍建设有待加强工作人员多为兼职") for t in elaborated), elaborated
    # a wrapped line that ends on a bare 有待 is no title: its sentence runs on
    wrapped = _units("五、存在的主要问题及改进情况\n1、部分工作人员对信息公开的认识有待\n提高,培训不够。\n")
    assert not any(t.endswith("有待") for t in wrapped), wrapped


def test_a_working_group_set_up_is_a_responsible_office():
    assert score("一是重新建立了信息报送工作小组,每科室指定专人定期报送信息").score >= 0.5
    assert score("进一步提高认识,加强领导").score <= 0.2


def test_the_next_article_link_and_the_attachments_file_name_end_the_report():
    for trailer in ("下一篇: 没有了", "某县水利局2013年度政府信息公开年度工作报告.docx"):
        text = ("三、存在的不足\n工作中还存在一些问题,具体表现在对政务公开工作的重要性认识不足,"
                "政务信息公开的规范化有待进一步提高。对于这些问题,下一步,我局将全面推进公开载体标准化建设。\n\n"
                + trailer + "\n")
        analysis, doc, sections = _analysis(text)
        assert not five_cut(doc, sections), trailer
        assert not any(trailer[:4] in s.text for s in analysis.sentences), trailer
        # the problems left unanswered are warnings, not uncertain for want of the rest of 五
        assert any(f.rule == "problems.unaddressed" and f.status == "FAIL" for f in analysis.findings), trailer
