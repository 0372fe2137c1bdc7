"""The section 五 sentence classifier: label (problem / measure / other) and topics.

Two scikit-learn Pipelines share one design — character 1–3-gram TF-IDF of the text plus
jieba words, word bigrams and context tokens — with a logistic regression for the label and
one-vs-rest logistic regressions for the 16 topics. The fitted pair is saved with skops
(``models/sentence_classifier.skops``) beside a metadata JSON; its weights are also exported
as arrays (``models/sentence_classifier.npz``, :mod:`.runtime`), which is what the audit
loads, on first use, never at import.
"""
from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from ..fastinit import quick_init
from ..errors import ModelUnavailable
from ..paths import models_dir
from .topics import TOPIC_LABELS

MODEL_FILE = "sentence_classifier.skops"
META_FILE = "sentence_classifier.json"
FORMAT = 1
#: a topic is kept when its probability reaches this; a problem or measure always keeps
#: at least its most probable topic. Chosen by report-grouped 5-fold cross-validation on the
#: training data only (own training reports and real dev pages: ``textmine eval sentences
#: --split cv`` prints the sweep; real units carry two or three topics, where 0.6 kept one);
#: the held-out reports and pages played no part. Per-topic thresholds were tried the same
#: way and did worse (too few examples per topic to place 16 cut-offs). Re-chosen at stop 27
#: with dev batch 5 in the data: real 0.857 at 0.4, 0.864 at 0.45, 0.862 at 0.5; own macro
#: 0.878 at both.
TOPIC_THRESHOLD = 0.45
#: a topic whose cue words (:data:`~.topics.TOPIC_CUES`) the unit itself uses is kept from this
#: lower probability: the cue is evidence the many character n-grams of a real sentence can
#: outvote (…激励约束机制不够健全 is about supervision, …分类不准确 about the catalogue). Chosen by
#: the same cross-validation (`textmine eval sentences --split cv`: real dev topics micro-F1
#: 0.841 → 0.877; at 0.2 0.860, 0.25 0.852). The own corpus, annotated with fewer topics a
#: unit, pays for it (own topics macro-F1 0.903 → 0.884): real text is what the audit reads.
CUED_TOPIC_THRESHOLD = 0.15

#: the only non-scikit-learn objects a model file may reference; anything else in a file
#: makes loading fail rather than run unknown code
TRUSTED_OWN = ("textmine.problems.features.text_part", "textmine.problems.features.word_features")


@quick_init
@dataclass(frozen=True, slots=True)
class Prediction:
    label: str
    confidence: float
    topics: tuple[str, ...]


#: a term must occur in this many training units to get a column: a term seen once cannot
#: generalise, and every column costs the shipped weights a row (issue 19: shrink what ships)
MIN_DF = 2


def build_pipelines(seed: int, min_df: int = MIN_DF):
    """Fresh, unfitted (label pipeline, topic pipeline)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline

    from .features import text_part, word_features

    def features():
        return FeatureUnion([
            ("chars", TfidfVectorizer(analyzer="char", ngram_range=(1, 3), preprocessor=text_part,
                                      sublinear_tf=True, min_df=min_df, lowercase=False)),
            ("words", TfidfVectorizer(analyzer=word_features, sublinear_tf=True, min_df=min_df, lowercase=False)),
        ])

    label = Pipeline([("features", features()),
                      ("model", LogisticRegression(C=20.0, max_iter=5000, class_weight="balanced",
                                                   random_state=seed))])
    topics = Pipeline([("features", features()),
                       ("model", OneVsRestClassifier(LogisticRegression(C=20.0, max_iter=5000,
                                                                        class_weight="balanced",
                                                                        random_state=seed)))])
    return label, topics


def choose_topics(proba, threshold: float = TOPIC_THRESHOLD, cued: frozenset[int] = frozenset()) -> list[int]:
    """Indices of the topics kept from one row of topic probabilities (at least the best);
    ``cued`` are the indices of the topics whose cue words the unit uses, kept from
    :data:`CUED_TOPIC_THRESHOLD`."""
    chosen = [i for i, p in enumerate(proba) if p >= threshold or (i in cued and p >= CUED_TOPIC_THRESHOLD)]
    return chosen or [int(proba.argmax())]


_TOPIC_INDEX = {name: k for k, name in enumerate(TOPIC_LABELS)}


def cued_topics(encoded: str) -> frozenset[int]:
    """Indices (in :data:`TOPIC_LABELS` order) of the topics whose cue words the unit's own
    text uses (not its mirror's)."""
    from .features import cue_topics, text_part

    cues = cue_topics(text_part(encoded))
    return frozenset(_TOPIC_INDEX[name] for name in cues) if cues else frozenset()


class Classifier:
    """Labels and topics of encoded units (:mod:`.features`), whatever computes the
    probabilities: :class:`SentenceClassifier` (the fitted scikit-learn Pipelines, for
    training, evaluation and the skops file) or :class:`ShippedClassifier` (the same weights
    as arrays, what the audit uses). Subclasses give :meth:`label_proba` (columns in
    ``classes`` order) and :meth:`topic_proba` (columns in ``topic_names`` order)."""

    classes: tuple[str, ...]
    topic_names: tuple[str, ...]
    source: str

    def label_proba(self, encoded: list[str]):
        raise NotImplementedError

    def topic_proba(self, encoded: list[str]):
        raise NotImplementedError

    def predict(self, encoded: list[str], topic_inputs: list[str] | None = None,
                label_proba=None) -> list[Prediction]:
        """Label and topics of each encoded unit; ``topic_inputs`` (same length) are the
        encodings the topic model reads, when they carry a mirror (:meth:`predict_units`);
        ``label_proba`` the label probabilities when already computed."""
        if not encoded:
            return []
        if label_proba is None:
            label_proba = self.label_proba(encoded)
        topic_inputs = topic_inputs if topic_inputs is not None else encoded
        topic_proba = self.topic_proba(topic_inputs)
        out: list[Prediction] = []
        for lp, tp, topic_input in zip(label_proba, topic_proba, topic_inputs):
            k = int(lp.argmax())
            label = self.classes[k]
            topics: tuple[str, ...] = ()
            if label != "other":
                topics = tuple(self.topic_names[i] for i in choose_topics(tp, cued=cued_topics(topic_input)))
            out.append(Prediction(label=label, confidence=round(float(lp[k]), 4), topics=topics))
        return out

    def predict_units(self, units: list[tuple[str | None, str | None, str]]) -> list[Prediction]:
        """Predictions for the units of one report's 五, ``(zone, enum, clean text)`` in order:
        labels first, then topics with each enumerated unit's mirror (the problem / measure at
        the same list position, by the predicted labels) as context."""
        from .features import encode, mirror_partners

        if not units:
            return []
        plain = [encode(z, e, t) for z, e, t in units]
        label_proba = self.label_proba(plain)
        labels = [self.classes[int(row.argmax())] for row in label_proba]
        partners = mirror_partners(labels, [e for _, e, _ in units])
        paired = [encode(z, e, t, units[m][2] if m is not None else None)
                  for (z, e, t), m in zip(units, partners)]
        return self.predict(plain, paired, label_proba)


class SentenceClassifier(Classifier):
    """The fitted scikit-learn Pipelines (:func:`build_pipelines`)."""

    def __init__(self, label_model, topic_model, topic_names: tuple[str, ...], source: str = "<memory>"):
        self.label_model = label_model
        self.topic_model = topic_model
        self.classes = tuple(str(c) for c in label_model.classes_)
        self.topic_names = tuple(topic_names)
        self.source = source

    def label_proba(self, encoded: list[str]):
        return self.label_model.predict_proba(encoded)

    def topic_proba(self, encoded: list[str]):
        return self.topic_model.predict_proba(encoded)

    def shipped(self) -> "ShippedClassifier":
        """The same model as arrays (:class:`ShippedClassifier`)."""
        from .runtime import RuntimeClassifier

        return ShippedClassifier(RuntimeClassifier.from_pipelines(self.label_model, self.topic_model,
                                                                  self.topic_names), self.source)

    # -- persistence ------------------------------------------------------------------
    def save(self, path: Path) -> None:
        import skops.io as sio

        bundle = {"format": FORMAT, "label_model": self.label_model, "topic_model": self.topic_model,
                  "topic_names": list(self.topic_names)}
        path.parent.mkdir(parents=True, exist_ok=True)
        # deflated: skops writes every vocabulary entry as a JSON object (~43 MB of schema for
        # ~30k terms a vectorizer), which compresses ~10x
        import zipfile

        sio.dump(bundle, path, compression=zipfile.ZIP_DEFLATED, compresslevel=6)

    @classmethod
    def load(cls, path: Path) -> "SentenceClassifier":
        path = Path(path)
        if not path.exists():
            raise ModelUnavailable(str(path), "sentence classifier not found; run `textmine train` to build it")
        try:
            import skops.io as sio

            untrusted = sio.get_untrusted_types(file=path)
            unexpected = [t for t in untrusted if t not in TRUSTED_OWN and not _is_sklearn_type(t)]
            if unexpected:
                raise ModelUnavailable(str(path), f"model file references unexpected types {unexpected}")
            bundle = sio.load(path, trusted=untrusted)
        except ModelUnavailable:
            raise
        except Exception as exc:  # a truncated or foreign file: say so, no traceback
            raise ModelUnavailable(str(path), f"cannot read the sentence classifier ({type(exc).__name__}: {exc})") from None
        if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
            raise ModelUnavailable(str(path), "not a textmine sentence classifier (format mismatch)")
        names = tuple(bundle["topic_names"])
        if names != TOPIC_LABELS:
            raise ModelUnavailable(str(path), "model topics differ from the taxonomy; run `textmine train`")
        return cls(bundle["label_model"], bundle["topic_model"], names, source=str(path))


class ShippedClassifier(Classifier):
    """The classifier as the audit runs it: the fitted weights as arrays
    (:class:`~.runtime.RuntimeClassifier`), no scikit-learn or skops at run time."""

    def __init__(self, runtime, source: str | None = None):
        self.runtime = runtime
        self.classes = runtime.classes
        self.topic_names = runtime.topic_names
        self.source = source or runtime.source
        self._last_chars: tuple | None = None  # (texts, their n-grams): see _batch

    def _batch(self, encoded: list[str]):
        """What the two vectorizers of the Pipelines read: char n-grams of each unit's text
        and its word features. The topic model reads the texts the label model has just
        read (:meth:`Classifier.predict_units`: the same units, some with a mirror, which is
        no part of the text), so the last texts' n-grams are kept and used again when the
        texts are the same (compared, so threads sharing the model can only miss)."""
        from .features import text_part, word_features

        texts = [text_part(e) for e in encoded]
        last = self._last_chars
        chars = last[1] if last is not None and last[0] == texts else self.runtime.chars(texts)
        self._last_chars = (texts, chars)
        return self.runtime.batch(texts, [word_features(e) for e in encoded], chars)

    def label_proba(self, encoded: list[str]):
        return self.runtime.proba(self._batch(encoded), "label")

    def topic_proba(self, encoded: list[str]):
        return self.runtime.proba(self._batch(encoded), "topics")

    def save(self, path: Path) -> None:
        self.runtime.save(path)

    @classmethod
    def load(cls, path: Path) -> "ShippedClassifier":
        from .runtime import RuntimeClassifier

        return cls(RuntimeClassifier.load(path))


def _is_sklearn_type(name: str) -> bool:
    return name.startswith(("sklearn.", "numpy.", "scipy.sparse."))


def read_metadata(directory: Path | None = None) -> dict:
    path = (Path(directory) if directory else models_dir()) / META_FILE
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


_cache: dict[object, ShippedClassifier] = {}
_lock = threading.Lock()


def get_classifier(directory: Path | None = None) -> ShippedClassifier:
    """The shipped classifier (or the one in ``directory``): its weights file
    (``sentence_classifier.npz``), loaded once per process."""
    # every report asks for the default one: it is found without path work (keyed by the
    # models override, which may change)
    key = ("default", os.environ.get("TEXTMINE_MODELS")) if directory is None else str(Path(directory).resolve())
    shipped = _cache.get(key)
    if shipped is not None:
        return shipped
    from .runtime import RUNTIME_FILE

    with _lock:
        if key not in _cache:
            _cache[key] = ShippedClassifier.load((Path(directory) if directory else models_dir()) / RUNTIME_FILE)
        return _cache[key]
