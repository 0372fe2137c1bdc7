"""Section 五: units, classifier, specificity, boilerplate, follow-through (issue 6)."""
from __future__ import annotations

import shutil

import pytest

from textmine.model import Document
from textmine.paths import models_dir
from textmine.problems import analyse_sentences, frame
from textmine.problems.specificity import BOILERPLATE_AT, CUES_FILE, NAMES_NOTHING_AT, SPECIFIC_AT, load_cues, score
from textmine.problems.units import section_units, split_problems
from textmine.readers import load
from textmine.sections import split_sections


def _analyse(doc: Document, previous=None):
    return analyse_sentences(doc, split_sections(doc), previous=previous)


def _seed(seed_path):
    return load(seed_path)


# --------------------------------------------------------------------------- the seed


def test_seed_units_split_the_listed_problems(seed_path):
    doc = _seed(seed_path)
    units = section_units(doc, split_sections(doc))
    problem_units = [u for u in units if u.zone == "problems"]
    parts = [p.clean for u in problem_units for p in split_problems(u)]
    assert "仅注重常规性公开,对群众关心的热点、难点问题不够全面深入" in parts
    assert "同时缺乏与其他单位部门的交流沟通" in parts
    assert "政策公开内容相对单一" in parts
    measures = [u for u in units if u.zone == "measures" and u.enum == "shi"]
    assert [u.clean[:2] for u in measures] == ["一是", "二是", "三是"]
    for u in units:  # offsets point at the text
        assert doc.text[u.start:u.end] == u.text


def test_seed_three_problems_three_measures_one_checkable(seed_path):
    doc = _seed(seed_path)
    analysis = _analyse(doc)
    problems = [s for s in analysis.sentences if s.label == "problem"]
    measures = [s for s in analysis.sentences if s.label == "measure"]
    assert len(problems) == 3, [s.text for s in analysis.sentences]
    assert len(measures) == 3
    # two principles and one named account (依托“平顶山市应急”公众号: level 2, checkable)
    assert [m.specificity >= SPECIFIC_AT for m in measures] == [False, False, True]
    assert all(m.reasons for m in measures)
    assert all(p.specificity is None for p in problems)
    platform = next(m for m in measures if "公众号" in m.text)
    assert any(r.split()[1].startswith("named_platform") for r in platform.reasons)
    spec = [f for f in analysis.findings if f.rule == "problems.measure_specificity"]
    assert spec and spec[0].status == "PASS" and spec[0].severity == "info" and spec[0].found == 1


def test_seed_coordination_problem_has_no_measure(seed_path):
    doc = _seed(seed_path)
    analysis = _analyse(doc)
    coord = next(s for s in analysis.sentences if "交流沟通" in s.text)
    assert coord.label == "problem"
    assert "coordination" in coord.topics
    assert coord.addressed_by == ()
    unaddressed = [f for f in analysis.findings if f.rule == "problems.unaddressed" and f.status == "FAIL"]
    spans = [(e.start, e.end) for f in unaddressed for e in f.evidence]
    assert (coord.start, coord.end) in spans
    # the other two problems are answered (coverage by 一是, ...)
    others = [s for s in analysis.sentences if s.label == "problem" and s is not coord]
    assert all(s.addressed_by for s in others)
    hot = next(s for s in others if "热点" in s.text)
    assert "coverage_depth" in hot.topics


def test_seed_reports_its_follow_up_on_last_year(seed_path):
    analysis = _analyse(_seed(seed_path))
    reported = [f for f in analysis.findings if f.rule == "problems.improvements_reported"]
    assert reported and reported[0].status == "PASS"


def test_sentence_dict_and_frame(seed_path):
    doc = _seed(seed_path)
    analysis = _analyse(doc)
    d = analysis.sentences[0].to_dict()
    for key in ("section", "text", "start", "end", "label", "topics", "specificity", "reasons",
                "boilerplate", "addresses", "addressed_by", "zone", "index"):
        assert key in d
    df = frame(analysis.sentences)
    assert len(df) == len(analysis.sentences)
    assert set(df["label"]) <= {"problem", "measure", "other"}
    assert list(df["index"]) == list(range(len(df)))
    row = df[df["text"].str.contains("交流沟通")].iloc[0]
    assert row["addressed_by"] == "" and "coordination" in row["topics"]


def test_deterministic(seed_path):
    doc = _seed(seed_path)
    a = [s.to_dict() for s in _analyse(doc).sentences]
    b = [s.to_dict() for s in _analyse(doc).sentences]
    assert a == b


def test_pipeline_exposes_sentences(seed_path):
    import textmine

    data = textmine.audit(seed_path).to_dict()
    labels = [s["label"] for s in data["sentences"]]
    assert labels.count("problem") == 3 and labels.count("measure") == 3
    assert any(f["rule"] == "problems.unaddressed" and f["status"] == "FAIL" for f in data["findings"])


# --------------------------------------------------------------------------- written shapes

FIVE = "五、存在的主要问题及改进情况\n{body}\n六、其他需要报告的事项\n无。\n"


def _doc(body: str) -> Document:
    return load(FIVE.format(body=body))


def test_pivot_paragraph_without_labels():
    doc = _doc("2022年,我镇政务公开工作取得一定成效,但仍存在一些不足,主要是:村务公开栏更新不及时,"
               "工作人员多为兼职且变动频繁。针对以上问题,下一步我镇将:一是每月更新村务公开栏;"
               "二是明确1名专职人员负责政务公开工作。")
    analysis = _analyse(doc)
    labels = [(s.label, s.zone) for s in analysis.sentences]
    assert ("problem", "before_pivot") in labels and ("measure", "after_pivot") in labels
    assert sum(s.label == "measure" for s in analysis.sentences) == 2
    monthly = next(s for s in analysis.sentences if "每月" in s.text)
    assert any("frequency" in r for r in monthly.reasons)


def test_single_sentence_covering_problem_and_measure():
    doc = _doc("我局政策解读形式单一,下一步将通过图解、短视频等形式丰富政策解读。")
    analysis = _analyse(doc)
    assert [s.label for s in analysis.sentences] == ["problem", "measure"]
    assert all("interpretation" in s.topics for s in analysis.sentences)
    assert analysis.sentences[0].addressed_by == (1,)


def test_numbered_lists_under_colon_labels():
    doc = _doc("存在问题:\n1.依申请公开答复书未注明救济途径;\n2.信息发布审核流程执行不严格。\n"
               "改进措施:\n1.规范依申请公开答复书格式,写明复议和诉讼途径;\n2.严格落实信息发布三级审核制度。")
    analysis = _analyse(doc)
    got = [s.label for s in analysis.sentences if s.label != "other"]
    assert got == ["problem", "problem", "measure", "measure"]
    app = [s for s in analysis.sentences if "答复书" in s.text]
    assert all("applications_handling" in s.topics for s in app)


LABEL_CASES = [
    ("problem", "before_pivot", "部分科室对信息公开工作重视不够,报送信息的积极性不高。"),
    ("problem", "problems", "三是政府网站部分栏目长期未更新,存在空白栏目。"),
    ("problem", "unsplit", "信息公开工作人员业务能力有待提高"),
    ("measure", "after_pivot", "二是定期组织信息公开业务培训,提升工作人员业务水平。"),
    ("measure", "measures", "一是严格落实信息发布审核制度,确保发布内容准确无误。"),
    ("measure", "unsplit", "加强信息公开业务培训,提高工作人员依法公开的能力。"),
    ("other", "before_pivot", "2023年,我局政府信息公开工作取得了一定成效,但仍存在一些不足。"),
    ("other", "after_pivot", "针对以上问题,我局将重点做好以下几方面工作:"),
    ("other", "unsplit", "无。"),
]


@pytest.mark.parametrize("label,zone,text", LABEL_CASES)
def test_label_cases(label, zone, text):
    from textmine.problems.classifier import get_classifier
    from textmine.problems.features import encode
    from textmine.problems.units import clean_text, enum_kind

    pred = get_classifier().predict([encode(zone, enum_kind(text), clean_text(text))])[0]
    assert pred.label == label, (text, pred)


TOPIC_CASES = [
    ("coverage_depth", "problems", "一是公开内容以工作动态为主,群众关心的重点领域信息公开不够深入;"),
    ("training_skills", "measures", "二是每年组织工作人员参加《条例》专题培训,提高业务能力;"),
    ("timeliness", "problems", "部分栏目信息更新不及时,有的栏目半年未更新。"),
    ("platforms_channels", "measures", "三是整合各类政务新媒体账号,优化政府网站栏目设置。"),
    ("staffing", "problems", "信息公开工作人员均为兼职,人员流动性大。"),
    ("procedures_review", "measures", "一是健全信息发布审核制度,落实三审三校流程;"),
    ("awareness_leadership", "problems", "一是个别单位领导对政务公开工作重视不够,认识不到位;"),
    ("innovation_publicity", "measures", "二是创新公开形式,总结提炼工作亮点并及时向上级报送;"),
    ("interpretation", "problems", "政策解读形式单一,解读材料不够通俗易懂。"),
    ("catalogue_standardisation", "measures", "一是对照标准指引,细化完善基层政务公开事项目录;"),
    ("participation_response", "measures", "二是拓宽公众参与渠道,重大决策前公开征求意见并及时回应社会关切;"),
    ("coordination", "problems", "二是与其他部门之间的沟通协调不够,信息共享不畅;"),
    ("supervision_assessment", "measures", "三是将政务公开纳入年度绩效考核,定期开展督查;"),
    ("applications_handling", "problems", "依申请公开答复书格式不规范,未注明救济渠道。"),
    ("security", "measures", "一是严格落实保密审查制度,防止泄露个人隐私和敏感信息;"),
    ("legal_framework", "measures", "二是修订本市政府信息公开规定,使之与新《条例》相衔接;"),
]


@pytest.mark.parametrize("topic,zone,text", TOPIC_CASES)
def test_topic_cases(topic, zone, text):
    from textmine.problems.classifier import get_classifier
    from textmine.problems.features import encode
    from textmine.problems.units import clean_text, enum_kind

    pred = get_classifier().predict([encode(zone, enum_kind(clean_text(text)), clean_text(text))])[0]
    assert topic in pred.topics, (text, pred)


# --------------------------------------------------------------------------- specificity cues

CUE_CASES = [
    ("deadline", "2024年6月底前完成政务公开专区改造。"),
    ("deadline", "对依申请公开事项在20个工作日内答复。"),
    ("deadline", "要求相关单位于4月15日前补充公开。"),
    ("named_document", "编写《乡镇政务公开工作手册》。"),
    ("number_target", "全年组织业务培训不少于3次。"),
    ("number_target", "政策文件草案公开征求意见时间不少于30日。"),
    ("number_cn", "安排一名同志专门负责政务公开工作。"),
    ("frequency", "每季度开展一次网站栏目巡查。"),
    ("named_platform", "依托“幸福东城”微信公众号推送政策解读。"),
    ("object_platform", "在门户网站开设专栏。"),
    ("facility", "在便民服务中心设立政务公开查阅点。"),
    ("facility", "对街道信息网进行升级改造,增加留言互动功能。"),
    ("practice", "实行新进人员跟班学习制度。"),
    ("named_routine", "严格落实信息发布“三审三校”制度。"),
    ("object_training", "组织全体工作人员参加业务培训。"),
    ("object_procedure", "严格执行信息发布审核流程。"),
    ("object_generic_procedure", "规范工作流程,加强信息质量把控。"),
    ("object_generic_channel", "进一步拓宽信息来源和渠道。"),
    ("object_catalogue", "对照上级要求梳理公开目录。"),
    ("object_applications", "规范依申请公开办理,做好答复书制作。"),
    ("object_participation", "广泛收集群众意见建议,及时回应社会关切。"),
    ("object_staffing", "加派人手,充实信息公开工作力量。"),
    ("object_content", "重点公开财政预决算和重大项目信息。"),
    ("object_supervision", "将政务公开纳入年度考核。"),
    ("object_security", "强化网络安全建设。"),
    ("object_coordination", "加强与业务科室的协同配合。"),
    ("object_interpretation", "采用图解、视频等形式解读政策。"),
    ("object_publicity", "加大政府信息公开工作宣传力度。"),
    ("object_public_concern", "优先公开涉及群众切身利益的事项。"),
    ("object_public_concern", "把群众最关心的热点问题作为公开重点。"),
    ("named_document", "出台《政务公开工作考核办法》。"),
    ("document_to_draft", "制定信息发布审核细则。"),
    ("responsible_office", "由办公室牵头建立联络员制度。"),
    ("responsible_office", "调整充实政务公开工作领导小组,统筹推进公开工作。"),
    ("new_column", "在政府门户网站增设政策解读专栏。"),
    ("new_column", "开通“XX发布”政务微博账号。"),
    ("named_catalogue", "对政府信息公开目录进行全面梳理和更新。"),
    ("scope_marker", "对所有栏目逐项排查,实现全覆盖。"),
    ("generic_verb", "进一步加强组织领导。"),
    ("abstract_outcome", "提升政务公开工作水平。"),
    ("no_verifiable_object", "不断创新公开形式。"),
    ("context_frame", "紧密结合全镇乡村振兴工作实际,及时发布工作动态。"),
    ("abstract_scope", "继续丰富公开内容,拓展公开渠道。"),
]


@pytest.mark.parametrize("cue,text", CUE_CASES)
def test_specificity_cue(cue, text):
    result = score(text)
    names = [r.split()[1].rstrip(":") for r in result.reasons]
    assert cue in names, result


def test_specificity_orders_specific_above_boilerplate():
    specific = score("6月底前在门户网站开设“政策问答”专栏并每月更新。")
    boiler = score("进一步加强政策解读工作,提升解读质量。")
    assert specific.score >= SPECIFIC_AT > boiler.score
    # interpretation work named is an area, at the boilerplate line at most (the real dev pages give such
    # measures level 1; stop 47), never more
    assert boiler.score <= BOILERPLATE_AT
    assert score("进一步提高认识,提升工作质量。").score < 0.1


LEVEL_CASES = [
    # (annotated level, a measure written in the shape real 五 measures take)
    # issue 26, made-up measures of the classes the real dev pages showed: boilerplate whose
    # nouns name no area (决策部署, 多渠道, 工作平台, 长效机制) …
    (0, "坚持以人民为中心,认真贯彻落实上级关于政务公开工作的决策部署。"),
    (0, "采取多种形式、多渠道推进政务公开,在创新工作思路、完善工作平台上取得新突破。"),
    (0, "认真采取有效措施,建立健全内部工作制度,做到职责明确、运作规范,保证政府信息公开工作顺利开展。"),
    (0, "建立健全长效工作机制,推动政务公开工作制度化、规范化。"),
    (0, "强化责任担当,提高思想认识,推动政府信息公开工作有序开展。"),
    (0, "我镇将继续按照县政务公开领导小组办公室的要求,进一步加强政务公开工作。"),
    # … areas in the words real measures use (study, staff strength, sectors, content quality) …
    (1, "三是加强业务学习,提高工作人员综合素质。"),
    (1, "二是加强学习,全面准确把握《中华人民共和国政府信息公开条例》的精神实质。"),
    (1, "加强对公开信息的质量把控,提升信息内容的可读性。"),
    (1, "充实工作力量,保持信息公开工作人员相对稳定。"),
    (1, "围绕群众关心的医疗、社保、就业等民生领域,加大信息公开力度。"),
    (1, "及时发布政策文件和工作动态,确保信息公开的时效性。"),
    (1, "利用微信、微博等新媒体拓宽信息发布渠道。"),
    (1, "推动基层政务公开标准化规范化建设,规范村务公开内容。"),
    (1, "推进政务公开与政务服务深度融合。"),
    # … and a named column, body or catalogue (level 2)
    (2, "在政府门户网站增设政策解读专栏,同步发布解读材料。"),
    (2, "成立政务公开工作领导小组,统筹推进政务公开工作。"),
    (2, "对政府信息公开目录进行全面梳理和更新。"),
    (2, "全面规范政府信息公开目录,及时更新目录内容。"),
    (2, "在档案馆、图书馆设置政府信息查阅点。"),
    (2, "编印政府信息公开工作手册,发放至各科室。"),
    (0, "一是加强组织领导,提高对政府信息公开工作重要性的认识。"),
    (0, "进一步加大公开力度,不断提升政务公开工作水平。"),
    (0, "下步打算将进一步扩大公开内容,确保信息公开的及时性、有效性。"),
    (1, "二是加强培训,提高工作人员业务能力。"),
    (1, "三是扩展公开渠道,规范信息公开程序。"),
    (1, "重点公开涉及群众切身利益的惠农政策和财政预决算信息。"),
    (2, "进一步修订《政务公开工作考核办法》,切实加强考核。"),  # an intensifier cancels nothing
    (2, "制定业务培训计划和考核考评办法,分级分层组织实施。"),
    (2, "不定期更新编制依申请公开答复书模板,使答复更加规范。"),
    (2, "依托“清溪人社”微信公众号发布政策解读。"),
    (2, "设立群众意见建议收集站点,增设政务信息公开查阅场所。"),
    (2, "实行政府信息公开工作人员跟班学习制度,不断提高业务水平。"),
    (3, "检测数据按季度发布,以便及时修改完善。"),
    (3, "2025年6月底前完成政务公开专区改造。"),
    (3, "全年组织业务培训不少于3次。"),
    # one area word amid boilerplate is boilerplate; the same word with little around it is not
    (0, "进一步提高认识,加强培训,加深干部职工对工作的认识,提高政府信息公开工作水平。"),
    (1, "组织工作人员参加业务培训,提升业务水平。"),
    # an area the measure acts on, in words the narrow lists used to miss
    (1, "二是与区住建局建立改造信息定期对接机制,统一对外发布口径。"),
    (1, "一是细化公开财政资金分配结果,做到项目、金额、对象全公开。"),
    # a form or template to produce, a named tool, an office made responsible
    (2, "统一使用县政务公开办印发的答复书样式,逐项列明救济途径。"),
    (2, "一是引入错敏词智能检测工具,在信息发布前进行自动筛查。"),
    (2, "明确办公室为信息发布审核的归口科室,实行统一审核。"),
    # a date and a rhythm are checkable, whatever intensifier surrounds them
    (3, "进一步加强监测,对政务新媒体实行月度监测通报,不断提升管理水平。"),
    (3, "街道已于2024年10月建立公示材料发布前保密审查制度。"),
    # issue 26, second pass: generic measures whose only area words are abstract or context.
    # The closing of ANNOTATION.md (丰富公开内容, 拓展公开渠道) names no area …
    (0, "下一步将继续丰富公开内容,拓展公开渠道,不断提升政务公开工作水平。"),
    (0, "进一步拓宽信息公开渠道,创新公开形式。"),
    # … nor does the context a measure stands in (结合…实际, 围绕…中心工作, 以…为导向) …
    (0, "紧密结合全镇乡村振兴工作实际,进一步丰富公开内容。"),
    (0, "坚持以企业和群众需求为导向,不断提升公开质量。"),
    (0, "紧紧围绕县委县政府重点项目建设中心工作,切实做好政府信息公开工作。"),
    # … nor 队伍建设, 整改到位 or 加强领导 without detail
    (0, "下一步将持续加强政务公开队伍建设,提高业务水平。"),
    (0, "对此,我局将持续跟踪问题整改,确保整改到位。"),
    (0, "加强组织领导,落实工作责任,推动政务公开工作落到实处。"),
    # the same words beside an area the measure does act on stay level 1
    (1, "结合工作实际,组织工作人员参加业务培训。"),
    (1, "丰富公开内容,及时发布政策文件和工作动态。"),
    (1, "三是扩展公开渠道,规范信息公开程序,加大信息公开力度。"),
    # issue 26s3 (dev batch 3): a named review or service routine is a system one can check …
    (2, "一是严格执行“三审三校”制度,把好信息发布关。"),
    (2, "依申请公开办理实行首问负责制和限时办结制。"),
    # … the abstract 拓宽渠道 names no area in either word order …
    (0, "三是在公开渠道拓宽上取得新突破。"),
    # … and older wording names staffing and areas the lists missed
    (1, "充实政务公开工作人员队伍,不断提高人员综合素质。"),
    (1, "推动政府信息公开与网上办事、电子政务相结合。"),
    # issue 26s4 (dev batch 4): the matters the public cares about are an area the measure acts on
    (1, "三是围绕群众关心的热点问题,加大信息公开力度。"),
    (0, "紧紧围绕人民群众关心的重点工作,加强公开力度。"),
]


@pytest.mark.parametrize("level,text", LEVEL_CASES)
def test_specificity_follows_the_annotated_levels(level, text):
    """Level 0 stays at or below 0.2 (BOILERPLATE_AT), level 1 above what names nothing and
    below 0.5 (an area alone sits at the boilerplate line: annotators split such measures
    between levels 0 and 1), levels 2-3 reach 0.5 (issue 19's targets), each score with the
    reasons that make it."""
    result = score(text)
    if level == 0:
        assert result.score <= BOILERPLATE_AT, result
    elif level == 1:
        assert NAMES_NOTHING_AT < result.score < SPECIFIC_AT, result
    else:
        assert result.score >= SPECIFIC_AT, result
    assert result.reasons and all(r[0] in "+-" for r in result.reasons)


def test_specificity_cues_read_digit_runs_in_linear_time():
    """No cue lets a digit run be re-read from each of its digits (issue 22: 20,000 digits
    took ~36 s, 100,000 never finished): runs are matched from their first digit and at most
    a few digits long."""
    import regex as re_module

    for cue in load_cues():
        assert not re_module.search(r"\\d[+*]|\\d\{\d*,\}", cue.pattern.pattern), cue.name
    long_run = "一是在" + "7" * 200_000 + "个工作日内完成。"
    assert score(long_run).score >= 0  # finishes: quadratic would take hours
    assert score("在" + "8" * 200_000 + "名同志中安排一名专人。").score >= SPECIFIC_AT


def test_every_cue_in_the_table_has_a_case():
    assert {c.name for c in load_cues()} <= {c for c, _ in CUE_CASES}


NOT_CUE_CASES = [
    # an enumeration marker or a fixed phrase is not a count
    ("number_cn", "一是进一步统一公开口径,第一时间发布权威信息。"),
    # a time limit's number is the deadline, not a second quantified target
    ("number_target", "在20个工作日内答复。"),
    # a reference to the national regulation is not a document to draft
    ("named_document", "组织工作人员学习《条例》。"),
    # 一批 / 一项 in a set phrase count nothing
    ("number_cn", "打造一批业务够硬的工作队伍。"),
    ("number_cn", "坚持把主动公开作为一项常态工作。"),
    # a stock phrase is not an area or a body made responsible
    ("object_content", "认真贯彻落实上级决策部署。"),
    ("object_platform", "采取多种形式、多渠道推进政务公开。"),
    ("responsible_office", "按照县政务公开领导小组办公室的要求做好公开工作。"),
    # a regular chore is an area, not a stated frequency
    ("frequency", "及时上传政府信息,定期检查维护。"),
    # an area named only as the context of the measure, or the abstract 公开渠道, is no area
    ("object_content", "紧密结合乡村振兴工作实际,丰富公开内容。"),
    ("object_platform", "进一步拓宽信息公开渠道。"),
    ("object_supervision", "持续跟踪问题整改,确保整改到位。"),
    ("object_platform", "二是在渠道拓宽上有新突破。"),
    ("object_generic_channel", "采取多种形式、多渠道推进政务公开。"),
    ("object_generic_channel", "进一步拓宽信息公开渠道。"),
    # 围绕…重点工作 is the frame of the measure, not the public's concerns as an area
    ("object_public_concern", "紧紧围绕人民群众关心的重点工作,加强公开力度。"),
]


@pytest.mark.parametrize("cue,text", NOT_CUE_CASES)
def test_specificity_cue_does_not_fire(cue, text):
    names = [r.split()[1].rstrip(":") for r in score(text).reasons]
    assert cue not in names, score(text)


def test_specificity_weights_fit_annotated_levels(tmp_path):
    """fit_weights moves the weights towards the levels and is deterministic; write_weights
    changes only the weight column."""
    from textmine.problems.specificity import calibration_objective, fit_weights, write_weights

    texts = ["进一步加强组织领导。", "不断提升公开质量。", "组织工作人员参加业务培训。", "优化门户网站栏目设置。",
             "依托“清溪人社”微信公众号发布政策解读。", "制定《信息发布审核办法》。",
             "2025年6月底前完成专区改造。", "全年组织业务培训不少于3次。"]
    levels = [0, 0, 1, 1, 2, 2, 3, 3]
    cues = load_cues()
    flat = tuple(c.__class__(c.name, c.group, 0.0 if c.group == "context" else 0.05 if c.weight > 0 else -0.05,
                             c.pattern, c.meaning) for c in cues)

    def objective(cs):
        return calibration_objective([score(t, cs).score for t in texts], levels)

    fitted = fit_weights(texts, levels, flat)
    assert objective(fitted) > objective(flat)
    assert fitted == fit_weights(texts, levels, flat)
    # a context frame (weight 0, never fitted) names no area and weighs nothing
    assert all(c.weight == 0 for c in fitted if c.group == "context")
    assert all((c.weight <= 0) == (c.group == "generic") for c in fitted if c.group != "context")
    assert score("2025年6月底前完成专区改造。", fitted).score >= SPECIFIC_AT
    assert score("进一步加强组织领导。", fitted).score < SPECIFIC_AT

    path = tmp_path / "cues.tsv"
    shutil.copyfile(models_dir() / CUES_FILE, path)
    before = path.read_text(encoding="utf-8").splitlines()
    write_weights(path, fitted)
    after = path.read_text(encoding="utf-8").splitlines()
    assert len(before) == len(after)
    for a, b in zip(before, after):
        if a != b:  # only the weight column (third field) may differ
            fa, fb = a.split("\t"), b.split("\t")
            assert fa[:2] + fa[3:] == fb[:2] + fb[3:]
    assert {c.name: c.weight for c in load_cues(str(path))} == {c.name: c.weight for c in fitted}


# --------------------------------------------------------------------------- boilerplate


def test_boilerplate_fit_score_and_round_trip(tmp_path):
    from textmine.problems.boilerplate import Boilerplate

    docs = [f"{y}年,我局将进一步加强组织领导,不断提升政务公开工作水平。{extra}"
            for y, extra in [(2021, "开通政务微博。"), (2022, "修订考核办法。"), (2023, "每月更新公开栏。"),
                             (2024, "配备两名专职人员。")]]
    model = Boilerplate.fit(docs, n=4, min_doc_share=0.5)
    generic = model.score("进一步加强组织领导,不断提升政务公开工作水平")
    specific = model.score("在6月底前修订考核办法")
    assert generic == 1.0 and specific < 0.3
    path = tmp_path / "bp.json"
    model.save(path)
    assert Boilerplate.load(path) == model
    assert model.score(",。") is None


def test_boilerplate_default_ships_plain_json():
    import json

    from textmine.paths import models_dir
    from textmine.problems.boilerplate import DEFAULT_FILE, default_boilerplate

    data = json.loads((models_dir() / DEFAULT_FILE).read_text(encoding="utf-8"))
    assert data["n"] == 4 and data["common"]
    bp = default_boilerplate()
    assert bp.score("进一步加强组织领导,不断提升政务公开工作水平") > bp.score("6月底前在“幸福东城”公众号开设“问政”栏目")


def test_boilerplate_bad_input(tmp_path):
    from textmine.errors import TextmineError
    from textmine.problems.boilerplate import Boilerplate

    with pytest.raises(TextmineError):
        Boilerplate.fit([])
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(TextmineError, match="bad.json"):
        Boilerplate.load(bad)


# --------------------------------------------------------------------------- context and links


def test_frame_alone_is_other():
    """A frame the splitter leaves standing (主要表现在:) states nothing, whatever the model says."""
    doc = _doc("对照上级要求,还有一些需要改进的地方。主要表现在:一是政策解读形式单一;"
               "二是部分单位信息公开工作人员兼职多、流动性大。针对存在问题,下一步将丰富政策解读形式,"
               "并建立传帮带机制,定期组织业务培训。")
    analysis = _analyse(doc)
    frame = [s for s in analysis.sentences if "".join(s.text.split()).rstrip(":") == "主要表现在"]
    assert frame and frame[0].label == "other" and frame[0].topics == ()
    assert sum(s.label == "problem" for s in analysis.sentences) == 2


def test_mirror_partners_pair_list_positions():
    from textmine.problems.features import mirror_partners

    labels = ["other", "problem", "problem", "problem", "other", "measure", "measure"]
    enums = [None, "shi", "shi", "shi", None, "shi", "shi"]
    assert mirror_partners(labels, enums) == [None, 5, 6, None, None, 1, 2]
    # units that are not enumerated have no mirror
    assert mirror_partners(["problem", "measure"], [None, None]) == [None, None]


def test_mirror_context_only_adds_pair_tokens():
    from textmine.problems.features import encode, text_part, word_features

    plain = encode("measures", "shi", "一是加强业务培训;")
    paired = encode("measures", "shi", "一是加强业务培训;", "一是政务公开工作人员兼职多、流动性大;")
    assert text_part(plain) == text_part(paired) == "加强业务培训;"
    extra = [f for f in word_features(paired) if f not in word_features(plain)]
    assert extra and all(f.startswith("__pair__cue=") for f in extra)
    assert "__pair__cue=staffing" in extra


def _sentence(index, label, topics, text):
    from textmine.problems.model import Sentence

    return Sentence(section="problems", text=text, start=0, end=len(text), label=label, topics=topics, index=index)


def test_related_topics_answer_each_other():
    from textmine.problems.followthrough import addresses, link, match_score

    leak = _sentence(0, "problem", ("security",), "个别单位发布信息时出现错敏词,保密审查把关不严")
    workflow = _sentence(1, "measure", ("procedures_review",), "严格执行信息发布三审三校制度")
    more_security = _sentence(2, "measure", ("security",), "每季度开展一次错敏词专项检查")
    coord = _sentence(3, "problem", ("coordination",), "与其他部门沟通协调不够")
    assert addresses(leak, workflow) and not addresses(coord, workflow)
    # a shared topic ranks above a related one
    assert match_score(leak, more_security) > match_score(leak, workflow) > 0
    links = link((leak, workflow, more_security, coord))
    assert links[0] == (2, 1) and links[3] == ()


def test_training_does_not_answer_a_shortage_of_people():
    """On real pages a shortage of people (兼职, 人手不够) is not answered by training the few
    there are (issue 19): staffing and training_skills are no longer related topics."""
    from textmine.problems.followthrough import addresses

    shortage = _sentence(0, "problem", ("staffing",), "从事政务公开工作的人员多为兼职,工作力量不足")
    training = _sentence(1, "measure", ("training_skills",), "组织工作人员参加业务培训,提高业务能力")
    more_people = _sentence(2, "measure", ("staffing",), "加派人手,明确专人负责信息公开工作")
    assert not addresses(shortage, training) and addresses(shortage, more_people)


def test_a_measure_repeating_the_problems_words_answers_it():
    """教育培训不足 … 加强培训: when the classifier gives the measure another topic, both naming
    the problem's topic by its cue words still links them; shared boilerplate does not."""
    from textmine.problems.followthrough import link

    problem = _sentence(0, "problem", ("training_skills",), "对《条例》学习宣传力度不够,教育培训不足")
    measure = _sentence(1, "measure", ("awareness_leadership",), "进一步提高认识,加强培训,提高信息公开工作水平")
    late = _sentence(2, "problem", ("timeliness",), "政府信息公开工作涉及面广,信息更新不够及时")
    generic = _sentence(3, "measure", ("awareness_leadership",), "我镇将继续按照要求,进一步加强政府信息公开和政务公开工作")
    links = link((problem, measure, late, generic))
    assert links[0] == (1,) and links[2] == ()




def test_a_shared_topic_about_another_aspect_does_not_answer():
    """Real pages (issue 26): a measure carries two or three topics, and a topic alone then
    answered problems about another aspect of it. The problem and the measure must name the
    same aspect (cues.LINK_CONCEPTS), in whatever words (made-up sentences of real shapes)."""
    from textmine.problems.followthrough import addresses, concepts, link

    publicity = _sentence(0, "problem", ("innovation_publicity",), "对政务公开工作的社会宣传力度不够")
    new_forms = _sentence(1, "measure", ("innovation_publicity", "platforms_channels"), "不断创新公开形式,探索公开新途径")
    promote = _sentence(2, "measure", ("innovation_publicity",), "利用政务新媒体加大政务公开宣传推广")
    assert not addresses(publicity, new_forms) and addresses(publicity, promote)
    # the same aspect in other words answers, whatever topic the classifier gave each
    eager = _sentence(3, "problem", ("coverage_depth",), "部分单位公开工作积极性、主动性不够")
    assess = _sentence(4, "measure", ("supervision_assessment",), "加强督导考核,调动各单位做好公开工作的积极性")
    late = _sentence(5, "problem", ("timeliness",), "部分栏目信息更新不够及时")
    release = _sentence(6, "measure", ("coverage_depth",), "各科室形成的文件做到及时发布、应公开尽公开")
    effect = _sentence(7, "measure", ("coverage_depth",), "增加工作的主动性和信息公开的实效性")
    assert addresses(eager, assess) and link((late, release)) == {5: (6,)}
    assert "timeliness" not in concepts(effect.text) and not addresses(late, effect)
    # boilerplate names no aspect: 提高…工作的质量和水平 does not answer 内容不够全面
    partial = _sentence(8, "problem", ("coverage_depth",), "公开内容不够全面")
    generic = _sentence(9, "measure", ("coverage_depth", "innovation_publicity"), "总结经验、创新方法,提高政府信息公开工作的质量和水平")
    assert not addresses(partial, generic)


def test_boilerplate_does_not_answer_by_a_shared_topic_alone():
    """ANNOTATION.md: a generic measure answers nothing. A problem naming no aspect of the
    table used to be answered by any measure sharing its topic, boilerplate included; the
    effect of the work (实效性 … 有效运作) is an aspect of its own (made-up real shapes)."""
    from textmine.problems.followthrough import addresses

    form = _sentence(0, "problem", ("coverage_depth",), "在公开的格式上不能完全规范")
    closing = _sentence(1, "measure", ("coverage_depth", "innovation_publicity"),
                        "采取多种形式推进政务公开,在创新工作思路上取得新突破,进一步提高工作水平")
    template = _sentence(2, "measure", ("coverage_depth",), "制定统一的信息发布模板,规范公开格式")
    assert not addresses(form, closing) and addresses(form, template)
    effect = _sentence(3, "problem", ("coverage_depth",), "1.信息公开的实效性有待进一步加强")
    workflow = _sentence(4, "measure", ("timeliness", "procedures_review"),
                         "1.规范工作流程,及时上传政府信息,确保公开工作按照既定流程有效运作")
    assert addresses(effect, workflow)


def test_a_concrete_measure_answers_the_problem_it_acts_on():
    """A checkable measure answers in its own words (a deadline for 不及时, a head count for
    力量不足, a liaison for 沟通不够), and a measure naming no aspect of the table keeps the
    topic rule (made-up sentences in the shape of the own corpus and real pages)."""
    from textmine.problems.followthrough import addresses

    late = _sentence(0, "problem", ("timeliness",), "部分政策文件公开不够及时,存在集中补发现象")
    deadline = _sentence(1, "measure", ("timeliness",), "政策文件自印发之日起20个工作日内公开")
    few = _sentence(2, "problem", ("staffing",), "工作人员力量不足,且近两年人员变动较大")
    hire = _sentence(3, "measure", ("staffing",), "增配1名工作人员,保持人员相对稳定")
    apart = _sentence(4, "problem", ("coordination",), "与县直部门的沟通联系不够紧密")
    liaison = _sentence(5, "measure", ("coordination",), "主动对接县财政局等部门,建立信息共享联络机制")
    whole = _sentence(6, "measure", ("timeliness",), "对项目建设信息实行事前、事中、事后全过程公开")
    plain = _sentence(7, "measure", ("coordination",), "下一步将牵头组建工作专班")
    assert addresses(late, deadline) and addresses(few, hire) and addresses(apart, liaison)
    assert addresses(late, whole) and addresses(apart, plain)
    assert not addresses(few, deadline) and not addresses(late, hire)
