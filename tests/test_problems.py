"""Section 五: units, classifier, specificity, boilerplate, follow-through (issue 6)."""
from __future__ import annotations

import pytest

from textmine.model import Document
from textmine.problems import analyse_sentences, frame
from textmine.problems.specificity import SPECIFIC_AT, load_cues, score
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


def test_seed_three_problems_three_measures_all_low_specificity(seed_path):
    doc = _seed(seed_path)
    analysis = _analyse(doc)
    problems = [s for s in analysis.sentences if s.label == "problem"]
    measures = [s for s in analysis.sentences if s.label == "measure"]
    assert len(problems) == 3, [s.text for s in analysis.sentences]
    assert len(measures) == 3
    assert all(m.specificity is not None and m.specificity < SPECIFIC_AT for m in measures)
    assert all(m.reasons for m in measures)
    assert all(p.specificity is None for p in problems)
    platform = next(m for m in measures if "公众号" in m.text)
    assert any(r.split()[1].startswith("named_platform") for r in platform.reasons)
    spec = [f for f in analysis.findings if f.rule == "problems.measure_specificity"]
    assert spec and spec[0].status == "FAIL" and spec[0].found == 0


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
    ("number_target", "全年组织业务培训不少于3次。"),
    ("frequency", "每季度开展一次网站栏目巡查。"),
    ("named_platform", "依托“幸福东城”微信公众号推送政策解读。"),
    ("platform_object", "在门户网站开设专栏。"),
    ("named_document", "出台《政务公开工作考核办法》。"),
    ("document_to_draft", "制定信息发布审核细则。"),
    ("responsible_office", "由办公室牵头建立联络员制度。"),
    ("scope_marker", "对所有栏目逐项排查,实现全覆盖。"),
    ("generic_verb", "进一步加强组织领导。"),
    ("abstract_outcome", "提升政务公开工作水平。"),
    ("no_verifiable_object", "不断创新公开形式。"),
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
    assert boiler.score < 0.1


def test_every_cue_in_the_table_has_a_case():
    assert {c.name for c in load_cues()} <= {c for c, _ in CUE_CASES}


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
