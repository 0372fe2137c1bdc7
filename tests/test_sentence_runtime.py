"""The shipped section 五 classifier (weights as arrays) against the scikit-learn Pipelines it
was exported from: same probabilities, same predictions, on every unit of the corpus."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from textmine.errors import TextmineError
from textmine.paths import models_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pipelines(trained_models):
    """The fitted Pipelines of a model trained here (the skops file is not shipped)."""
    from textmine.problems.classifier import SentenceClassifier

    return SentenceClassifier.load(trained_models / "sentence_classifier.skops")


@pytest.fixture(scope="module")
def exported(trained_models):
    """The same model's weights as the audit runs them (its ``sentence_classifier.npz``)."""
    from textmine.problems.classifier import ShippedClassifier

    return ShippedClassifier.load(trained_models / "sentence_classifier.npz")


@pytest.fixture(scope="module")
def corpus_units():
    """Every annotated unit, encoded plain and with its annotated mirror (as the topic model
    reads units in a report)."""
    from textmine.problems.corpus import read_corpus
    from textmine.problems.training import _inputs, _topic_inputs

    items = [i for r in read_corpus() for i in r.items]
    return _inputs(items), _topic_inputs([i for i in items if i.label != "other"], items)


def test_shipped_weights_give_the_pipelines_probabilities(pipelines, exported, corpus_units):
    shipped = exported
    plain, paired = corpus_units
    assert len(plain) >= 1500 and any("\x1e" in e for e in paired)
    np.testing.assert_allclose(shipped.label_proba(plain), pipelines.label_proba(plain), rtol=0, atol=1e-9)
    np.testing.assert_allclose(shipped.topic_proba(paired), pipelines.topic_proba(paired), rtol=0, atol=1e-9)
    assert shipped.predict(plain) == pipelines.predict(plain)
    assert shipped.classes == pipelines.classes == ("measure", "other", "problem")


def test_report_units_predicted_alike(pipelines, exported):
    """predict_units (labels, then topics with the mirror) on a whole report's 五."""
    from textmine.problems.units import section_units
    from textmine.readers import load
    from textmine.sections import split_sections

    doc = load(ROOT / "examples" / "sample-report.txt")
    units = [(u.zone, u.enum, u.clean) for u in section_units(doc, split_sections(doc))]
    assert len(units) >= 6
    assert exported.predict_units(units) == pipelines.predict_units(units)


def test_weights_file_round_trip_is_byte_identical(pipelines, trained_models, tmp_path):
    from textmine.problems.classifier import ShippedClassifier

    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    pipelines.shipped().save(first)
    ShippedClassifier.load(first).save(second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == (trained_models / "sentence_classifier.npz").read_bytes()
    if not trained_models.complete:
        pytest.skip("some real pages' text is not here (../shared, search cache): cannot rebuild the shipped weights")
    # the shipped file is what `textmine train` builds from the corpora, not something stale
    assert first.read_bytes() == (models_dir() / "sentence_classifier.npz").read_bytes()


def test_weights_file_refuses_broken_and_pickled_content(tmp_path):
    from textmine.problems.classifier import ShippedClassifier

    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(TextmineError, match="broken.npz"):
        ShippedClassifier.load(broken)
    with pytest.raises(TextmineError, match="textmine train"):
        ShippedClassifier.load(tmp_path / "absent.npz")
    # an object array can only be stored pickled; loading must refuse it, not run it
    pickled = tmp_path / "pickled.npz"
    with zipfile.ZipFile(models_dir() / "sentence_classifier.npz") as src, zipfile.ZipFile(pickled, "w") as dst:
        for name in src.namelist():
            if name != "classes.npy":
                dst.writestr(name, src.read(name))
        with dst.open("classes.npy", "w") as member:
            np.lib.format.write_array(member, np.array(["measure", "other", "problem"], dtype=object),
                                      allow_pickle=True)
    with pytest.raises(TextmineError, match="pickled.npz"):
        ShippedClassifier.load(pickled)


def test_weights_that_do_not_fit_the_vocabulary_are_refused(tmp_path):
    from textmine.problems.classifier import ShippedClassifier

    bad = tmp_path / "short.npz"
    with np.load(models_dir() / "sentence_classifier.npz", allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["label.coef"] = arrays["label.coef"][:, :-5]
    np.savez(bad, **arrays)
    with pytest.raises(TextmineError, match="do not match"):
        ShippedClassifier.load(bad)


def test_audit_needs_neither_scikit_learn_nor_skops():
    code = ("import sys, textmine; r = textmine.audit('examples/sample-report.txt'); "
            "assert any(s.label == 'measure' for s in r.sentences); "
            "print(sorted(m for m in ('sklearn', 'skops', 'scipy', 'pandas', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("text", [
    "", "改", "改进", "加强政务公开培训", "主动公开  政府信息\t\n12条", "𠀀𠀁字 a\u3000b",
    "lone \ud800 surrogate", "A\u00e9\u00e9\u00e9", "，。、；（一）",
])
def test_ngram_numbers_find_the_terms_the_strings_would(text):
    from textmine.problems.classifier import get_classifier
    from textmine.problems.runtime import char_ngrams

    vocabulary = get_classifier().runtime.char_terms
    by_strings = [vocabulary.index.get(gram, vocabulary.unknown) for gram in char_ngrams(text)]
    by_numbers = vocabulary.texts_ids([text])[1]
    assert sorted(by_numbers.tolist()) == sorted(by_strings)
    assert len(by_numbers) == len(char_ngrams(text))


def test_texts_taken_together_give_each_text_its_own_ngrams():
    # one pass over texts side by side: no n-gram may run from one text into the next
    from textmine.problems.classifier import get_classifier
    from textmine.problems.runtime import char_ngrams

    vocabulary = get_classifier().runtime.char_terms
    texts = ["", "改", "改进", "加强政务公开培训", "主动公开  政府信息\t\n12条", "𠀀𠀁字 a\u3000b",
             "lone \ud800 surrogate", "", "，。、；（一）", "进"]
    rows, ids = vocabulary.texts_ids(texts)
    assert len(rows) == len(ids)
    for k, text in enumerate(texts):
        by_strings = [vocabulary.index.get(gram, vocabulary.unknown) for gram in char_ngrams(text)]
        assert sorted(ids[rows == k].tolist()) == sorted(by_strings), text
    assert vocabulary.texts_ids([])[0].tolist() == []


def test_ngram_numbers_of_a_small_vocabulary():
    from textmine.problems.runtime import Vocabulary

    vocabulary = Vocabulary(["改", "改进", "进一", "𠀀"], ["进", "改"])
    # 1-grams 改 进 一 𠀀, 2-grams 改进 进一 一𠀀, 3-grams 改进一 进一𠀀; unknown is 5
    assert vocabulary.texts_ids(["改进一𠀀"])[1].tolist() == [0, 4, 5, 3, 1, 2, 5, 5, 5]
    assert Vocabulary([]).texts_ids(["改进"])[1].tolist() == [0, 0, 0]


def test_ngram_numbers_at_once_equal_one_by_one():
    from textmine.problems.classifier import get_classifier
    from textmine.problems.runtime import ngram_number, ngram_numbers

    shipped = list(get_classifier().runtime.char_terms.index)
    edge = ["a", "\x00", "\x00b", "a\x00", "a\x00b", "𠀀𠀁字", "改进", "\ud800", "x\udfffy", "\U0010ffff" * 3]
    for grams in (shipped, edge, edge[:7], [], ["改"]):
        assert ngram_numbers(grams).tolist() == [ngram_number(g) for g in grams]
    with pytest.raises(ValueError):
        ngram_numbers(["四个字符"])


def test_vocabulary_numbers_terms_in_order_of_first_appearance():
    from textmine.problems.runtime import Vocabulary

    lists = (["改进", "改", "进"], [], ["进", "一", "改进", "二"], ["三"])
    expected: dict[str, int] = {}
    for terms in lists:
        for term in terms:
            expected.setdefault(term, len(expected))
    vocabulary = Vocabulary(*lists)
    assert vocabulary.index == expected and list(vocabulary.index) == list(expected)
    assert vocabulary.unknown == 6
