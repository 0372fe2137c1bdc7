"""Section 五 (stop 41): the measures' levels settled by a third reader where two blind annotators
disagreed, the links annotated a second time, and the generic areas the settled levels showed.
Fixtures are written here in the shapes of real measures (no page text is copied)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from textmine.problems.realcorpus import read_first_levels, read_second_levels, units_paths
from textmine.problems.specificity import BOILERPLATE_AT, score

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "corpora" / "sentences" / "real"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REAL / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _annotated_levels() -> dict[str, int]:
    out = {}
    for path in units_paths():
        for line in path.read_text(encoding="utf-8").splitlines():
            page = json.loads(line)
            for unit in page["units"]:
                if unit.get("level") is not None:
                    out[f"{page['page']}#{unit['id']}"] = unit["level"]
    return out


def test_every_settled_level_is_the_second_annotators_and_in_the_units():
    # the adjudication only ever moved a level to the second annotator's reading, and the record keeps
    # the first, so that the figures before the adjudication can still be printed
    first = read_first_levels()
    record = [json.loads(line) for line in (REAL / "levels-adjudicated.jsonl").read_text(encoding="utf-8").splitlines()]
    second = read_second_levels()
    levels = _annotated_levels()
    assert len(first) == len(record) >= 20
    for row in record:
        assert row["first"] != row["adjudicated"]
        assert levels[row["where"]] == row["adjudicated"] == second[row["where"]]
        assert row["reason"]


@pytest.mark.parametrize("generic, named", [
    # channels named only in general are the boilerplate 拓展公开渠道 (level 0); a content area is level 1
    ("二是拓宽对政务信息公开的有效渠道。", "二是加大财政预决算信息公开力度。"),
    ("进一步拓宽信息来源和渠道,使公开信息更加全面。", "进一步做好惠农补贴资金信息公开。"),
    # the workflow or the quality in general (规范流程, 质量把控) is no area one can check
    ("一是规范工作流程,建立长效机制。", "一是严格落实信息发布保密审查。"),
    ("加强对公开信息的质量把控,提升信息的可读性。", "加强对政策文件的同步解读,推出图解和视频。"),
    # publicity of the disclosure work in general (加大…宣传力度: level 0 by precedent)
    ("下一步将加大政务公开工作对外宣传力度。", "下一步将在门户网站公开行政执法信息。"),
])
def test_a_generic_area_scores_on_the_boilerplate_side_and_below_a_named_area(generic, named):
    assert score(generic).score < score(named).score
    assert score(generic).score < BOILERPLATE_AT
    assert any("object_generic" in r or "object_publicity" in r for r in score(generic).reasons)


def test_a_generic_area_beside_a_named_one_does_not_lower_it():
    # the object group counts once with its strongest cue: 渠道 beside 政府门户网站 is the website's level
    alone = score("充分利用政府门户网站公开信息。").score
    both = score("充分利用政府门户网站等渠道公开信息。").score
    assert both == alone == BOILERPLATE_AT


def test_level_items_are_salted_and_blind(tmp_path, monkeypatch):
    # which reading is A is drawn by a salted hash of the unit: about half each way, never by annotator
    from textmine.problems.realcorpus import first_shown_as_a

    module = _script("adjudicate_levels")
    sides = [first_shown_as_a(module.SALT, f"search:{k:012x}#{u}") for k in range(40) for u in range(1, 4)]
    assert 0.3 < sum(sides) / len(sides) < 0.7
    with pytest.raises(SystemExit):
        module.make_items(ROOT / "corpora" / "tmp-items")  # quotes page text: never inside the project


def test_link_apply_brings_the_first_annotation_in_line(tmp_path, monkeypatch):
    # a third reader's verdict for the second annotator adds or removes that (problem, measure) pair only
    module = _script("second_links")
    units = tmp_path / "units.jsonl"
    page = {"page": "search:000000000001", "units": [
        {"id": 1, "label": "problem", "start": 0, "end": 5, "topics": ["tim"]},
        {"id": 2, "label": "problem", "start": 5, "end": 9, "topics": ["trn"]},
        {"id": 3, "label": "measure", "start": 9, "end": 20, "topics": ["tim"], "answers": [1, 2], "level": 1}]}
    units.write_text(json.dumps(page, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    from textmine.problems import realcorpus

    monkeypatch.setattr(realcorpus, "units_paths", lambda: [units])
    out = tmp_path / "adj"
    out.mkdir()
    rows = [({"n": 1, "where": "search:000000000001#2>3", "first": module.ANSWERS},
             {"n": 1, "A": module.ANSWERS, "B": module.DOES_NOT}, {"n": 1, "verdict": "B", "reason": "other shortcoming"}),
            ({"n": 2, "where": "search:000000000001#1>3", "first": module.ANSWERS},
             {"n": 2, "A": module.DOES_NOT, "B": module.ANSWERS}, {"n": 2, "verdict": "both", "reason": "open"})]
    for name, k in (("adjudicate-key.jsonl", 0), ("adjudicate.jsonl", 1), ("verdicts.jsonl", 2)):
        (out / name).write_text("".join(json.dumps(r[k]) + "\n" for r in rows), encoding="utf-8")
    record = tmp_path / "record.jsonl"
    assert module.apply(out, record) == 1
    measure = json.loads(units.read_text(encoding="utf-8"))["units"][2]
    assert measure["answers"] == [1]
    assert [json.loads(line)["where"] for line in record.read_text(encoding="utf-8").splitlines()] == \
        ["search:000000000001#2>3"]


def _five_units(text: str):
    import textmine

    report = textmine.audit(text)
    return [(s.label, s.text) for s in report.sentences]


def test_a_second_shortcoming_after_a_semicolon_inside_an_item_is_its_own_problem():
    # one problem per unit (ANNOTATION.md): after ; a clause with a shortcoming of its own starts another,
    # whatever its topic cue
    units = _five_units("某镇2019年政府信息公开工作年度报告\n一、总体情况\n我镇积极推进公开。\n五、存在的主要问题及改进情况\n"
                        "一是公开工作的日常化、常态化开展需要进一步加强;公开形式较单一。\n下一步,我镇将加强培训。\n")
    problems = [t for label, t in units if label == "problem"]
    assert len(problems) == 2 and problems[1].startswith("公开形式较单一")


@pytest.mark.parametrize("text", [
    # an old outline: the problems at 二, the plans at 三 under 下一步的工作措施
    "某局2012年政府信息公开工作年度报告\n一、概述\n本局积极推进政府信息公开。\n二、政府信息公开中存在的问题\n"
    "一是政府信息公开工作宣传力度有待进一步加强。二是政府信息公开的渠道有待进一步完善。\n三、下一步的工作措施\n"
    "1、加大政府信息公开力度,充分利用政府网站发布信息。\n",
    # an excerpt that starts at the problems part
    "二、政府信息公开中存在的问题\n一是政府信息公开工作宣传力度有待进一步加强。二是政府信息公开的渠道有待进一步完善。\n"
    "三、下一步的工作措施\n1、加大政府信息公开力度,充分利用政府网站发布信息。\n",
])
def test_old_outline_headings_of_problems_and_plans(text):
    from textmine.problems.realeval import _audit_five

    sentences, _ = _audit_five(text)
    assert [s.label for s in sentences] == ["problem", "problem", "measure"]


def test_a_plans_part_headed_next_steps_improvement_measures():
    from textmine.problems.realeval import _audit_five

    sentences, _ = _audit_five("四、下一步改进措施\n2022年将继续综合运用各种信息公开的平台和渠道,进一步加大信息主动公开的力度。\n")
    assert sentences[0].label == "measure"


def test_a_frame_turning_to_what_falls_short_of_the_publics_needs_is_a_problem():
    # 但…内容与公众的需求还存在差距 names what falls short (ANNOTATION.md: frame + problem in one sentence);
    # 但与上级要求还有一定差距 stays a frame
    units = _five_units("某镇2013年政府信息公开工作年度报告\n一、概述\n本镇积极推进公开。\n五、存在的问题和改进措施\n"
                        "2013年,本镇政府信息公开工作在公开内容、基础性工作等方面取得了进展,但主动公开政府信息内容与公众的需求"
                        "还存在一些差距,上传信息量偏少,上传不及时。\n下一步,本镇将加强信息报送。\n")
    assert units[0][0] == "other" and units[0][1].endswith("取得了进展")
    assert units[1] == ("problem", "但主动公开政府信息内容与公众的需求还存在一些差距")
    from textmine.problems import cues
    assert cues.FRAME_RE.match("但与上级要求还有一定差距")
