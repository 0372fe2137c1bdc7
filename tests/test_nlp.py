"""textmine.nlp(): blank zh + jieba + the textmine_figures component, renderable with displaCy."""
from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy import displacy

import textmine
from textmine.figures.model import Figure

TEXT = ("２０２３年，全年共受理政府信息公开申请８件（含上年结转１件），"
        "依托“平顶山市应急”微信公众号发布信息624条，答复率、满意率均为100%。")


@pytest.fixture(scope="module")
def nlp():
    return textmine.nlp()


def test_pipeline_is_blank_chinese_with_jieba_and_the_component(nlp):
    assert nlp.lang == "zh"
    assert nlp.pipe_names == ["textmine_figures"]
    assert str(nlp.tokenizer.segmenter) == "jieba"
    assert "依申请公开" in [t.text for t in nlp.make_doc("依申请公开政府信息")]


def test_figures_become_spans_with_records_on_the_original_text(nlp):
    doc = nlp(TEXT)
    spans = doc.spans["figures"]
    labels = [(s.label_, s._.figure.value) for s in spans]
    assert labels == [("applications_received", 8), ("applications_carried_over", 1),
                      ("items_published", 624), ("reply_rate", 100), ("satisfaction_rate", 100)]
    # the text is not normalised: spans cover the full-width digits as written
    assert spans[0].text.endswith("８件")
    assert all(isinstance(s._.figure, Figure) for s in spans)
    assert spans[2]._.figure.channel == "wechat"
    assert len(doc._.figures) == 5


def test_entities_are_the_non_overlapping_figures(nlp):
    doc = nlp(TEXT)
    ents = [(e.label_, e.text) for e in doc.ents]
    assert ents[0][0] == "applications_received"
    assert len(ents) == 4  # the two rates share one number: one entity
    starts = [e.start for e in doc.ents]
    assert starts == sorted(starts)


def test_displacy_renders_spans_and_entities(nlp):
    doc = nlp(TEXT)
    html = displacy.render(doc, style="span", options={"spans_key": "figures"})
    assert "applications_received" in html and "satisfaction_rate" in html
    html = displacy.render(doc, style="ent")
    assert "items_published" in html


def test_add_pipe_by_name_on_any_blank_chinese_pipeline():
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    pipeline.add_pipe("textmine_figures", config={"spans_key": "numbers", "set_ents": False})
    doc = pipeline("网站总访问量 208788 次")
    assert [(s.label_, s.text) for s in doc.spans["numbers"]] == [("site_visits", "网站总访问量 208788 次")]
    assert doc.ents == ()


def test_entry_point_registers_the_factory_without_importing_textmine():
    code = ("import spacy\n"
            "nlp = spacy.blank('zh')\n"  # default character segmenter: no jieba needed
            "nlp.add_pipe('textmine_figures')\n"
            "doc = nlp('收到政府信息公开申请3件')\n"
            "print([s.label_ for s in doc.spans['figures']])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=str(textmine.paths.PROJECT_ROOT.parent))
    assert out.stdout.strip() == "['applications_received']"


def test_component_handles_text_without_figures(nlp):
    doc = nlp("进一步加强政策解读工作，提升解读质量。")
    assert list(doc.spans["figures"]) == [] and doc.ents == ()


def test_textmine_nlp_stays_callable_after_the_submodule_is_imported():
    import textmine.nlp as module

    assert textmine.nlp is module or callable(textmine.nlp)
    assert textmine.nlp().pipe_names == ["textmine_figures"]
    assert textmine.nlp(figures=False).pipe_names == []
    doc = module.nlp(spans_key="x")("受理政府信息公开申请3件")
    assert doc.spans["x"][0].label_ == "applications_received"
