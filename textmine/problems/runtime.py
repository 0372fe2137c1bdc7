"""The shipped form of the section 五 classifier: its fitted weights as plain arrays.

Training builds two scikit-learn Pipelines (:mod:`.classifier`) and saves them with skops.
At audit time the same arithmetic is done here with numpy from the weights those pipelines
learnt, exported to ``models/sentence_classifier.npz``: TF-IDF of character 1–3-grams and of
the word features (sublinear tf, idf, L2 norm per block, the two blocks side by side), a
linear decision, softmax for the label and a logistic per topic. Why not call the pipelines:
scikit-learn's per-call validation and the skops load cost ten times the arithmetic (about
9 ms per report and 3 s per process), and the audit must not pay that. The predictions are
the pipelines' own: ``tests/test_sentence_runtime.py`` checks every unit of the corpus
against them.

The file is read with ``allow_pickle=False``: strings are stored as fixed-width unicode
arrays, numbers as float64, so loading runs no code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import ModelUnavailable
from .topics import TOPIC_LABELS

RUNTIME_FILE = "sentence_classifier.npz"
RUNTIME_FORMAT = 1
#: scikit-learn's char analyzer folds runs of two or more whitespace characters to one space
_WHITE_SPACES = re.compile(r"\s\s+")


def char_ngrams(text: str, low: int = 1, high: int = 3) -> list[str]:
    """Character n-grams exactly as ``TfidfVectorizer(analyzer="char")`` takes them."""
    text = _WHITE_SPACES.sub(" ", text)
    size = len(text)
    grams: list[str] = []
    for n in range(low, min(high, size) + 1):
        grams.extend(text[i:i + n] for i in range(size - n + 1))
    return grams


class TfidfBlock:
    """One fitted TF-IDF vectorizer: its terms in column order and their idf."""

    def __init__(self, terms: Sequence[str], idf: np.ndarray):
        self.terms = tuple(terms)
        self.idf = np.asarray(idf, dtype=np.float64)

    def __len__(self) -> int:
        return len(self.terms)


#: bits of one character in an n-gram's number (every code point + 1 fits in 21 bits, so a
#: 3-gram fits in 63)
_CHAR_BITS = 21


def ngram_number(gram: str) -> int:
    """One character 1–3-gram as a number: its characters' code points + 1, 21 bits each
    (+ 1 so that no n-gram's number is a shorter one's)."""
    number = 0
    for ch in gram:
        number = (number << _CHAR_BITS) | (ord(ch) + 1)
    return number


def ngram_numbers(grams: Sequence[str]) -> np.ndarray:
    """:func:`ngram_number` of every gram at once (a vocabulary's ~30,000 in ~2 ms, not
    ~70 ms): the grams as one fixed-width numpy string array, whose code points are folded
    column by column up to each gram's own length (so a NUL inside a gram counts as the
    character it is, not as padding)."""
    if not grams:
        return np.zeros(0, dtype=np.int64)
    lengths = np.fromiter(map(len, grams), dtype=np.int64, count=len(grams))
    if lengths.max() > 3:
        raise ValueError("character n-grams are 1-3 characters long")
    try:
        fixed = np.array(grams, dtype=f"<U{int(lengths.max())}")
    except UnicodeError:  # a lone surrogate numpy will not store: the slow way, same numbers
        return np.array([ngram_number(g) for g in grams], dtype=np.int64)
    points = fixed.view(np.uint32).reshape(len(grams), -1).astype(np.int64) + 1
    numbers = np.zeros(len(grams), dtype=np.int64)
    for column in range(points.shape[1]):
        numbers = np.where(column < lengths, (numbers << _CHAR_BITS) | points[:, column], numbers)
    return numbers


class Vocabulary:
    """Every term of one kind (character n-grams, or word features) that either model knows,
    numbered once, so that a unit's tokens are looked up once for both models. Unknown tokens
    get :attr:`unknown`, a number no model has a column for."""

    def __init__(self, *term_lists: Sequence[str]):
        first_seen = dict.fromkeys(chain.from_iterable(term_lists))  # in order of first appearance
        self.index: dict[str, int] = dict(zip(first_seen, range(len(first_seen))))
        self.unknown = len(self.index)
        self._numbers = self._numbered_ids = None  # for texts_ids, made on first use

    def texts_ids(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(rows, ids)``: the term numbers of the character 1–3-grams of every text
        (:func:`char_ngrams`; all unigrams, then all bigrams, then all trigrams; unknown ones
        get :attr:`unknown`) and the index of the text each comes from, taken in one pass
        over all the texts: their code points side by side, n-grams that would run from one
        text into the next left out, each n-gram a number (:func:`ngram_number`) looked up
        in a sorted array, no string per n-gram."""
        self._number_terms()
        texts = [_WHITE_SPACES.sub(" ", t) for t in texts]
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64) + 1
        # (array methods, not the np.* functions: those add a dispatch layer per call, and a
        # report's 五 makes ~50 of these calls on small arrays)
        owner = np.arange(len(texts), dtype=np.int64).repeat(lengths)
        # each position's distance to the end of its text: an n-gram starts where it is >= n - 1
        to_end = lengths.cumsum().repeat(lengths) - np.arange(len(codes), dtype=np.int64) - 1
        keys, rows = [codes], [owner]
        if len(codes) >= 2:
            fits = to_end[:-1] >= 1
            keys.append(((codes[:-1] << _CHAR_BITS) | codes[1:])[fits])
            rows.append(owner[:-1][fits])
        if len(codes) >= 3:
            fits = to_end[:-2] >= 2
            keys.append(((codes[:-2] << 2 * _CHAR_BITS) | (codes[1:-1] << _CHAR_BITS) | codes[2:])[fits])
            rows.append(owner[:-2][fits])
        keys_all, rows_all = np.concatenate(keys), np.concatenate(rows)
        return rows_all, self._lookup(keys_all)

    def _number_terms(self) -> None:
        if self._numbers is None:
            numbers = ngram_numbers(list(self.index))
            order = np.argsort(numbers, kind="stable")
            self._numbers = numbers[order]
            self._numbered_ids = np.fromiter(self.index.values(), dtype=np.int64, count=len(self.index))[order]

    def _lookup(self, keys: np.ndarray) -> np.ndarray:
        if not len(self._numbers):
            return np.full(len(keys), self.unknown, dtype=np.int64)
        at = np.minimum(self._numbers.searchsorted(keys), len(self._numbers) - 1)
        return np.where(self._numbers[at] == keys, self._numbered_ids[at], self.unknown)

    def columns(self, terms: Sequence[str], offset: int = 0) -> np.ndarray:
        """For every term number (and :attr:`unknown`), the column of ``terms`` it is, plus
        ``offset``, or -1."""
        out = np.full(self.unknown + 1, -1, dtype=np.int64)
        out[[self.index[t] for t in terms]] = np.arange(len(terms), dtype=np.int64) + offset
        return out


class LinearModel:
    """Char and word TF-IDF blocks side by side, then ``x @ coef.T + intercept``."""

    def __init__(self, chars: TfidfBlock, words: TfidfBlock, coef: np.ndarray, intercept: np.ndarray):
        self.chars, self.words = chars, words
        self.coef = np.ascontiguousarray(coef, dtype=np.float64)
        self._coef_by_column = np.ascontiguousarray(self.coef.T)  # a term's weights in one row
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.n_chars = len(chars)
        self.width = len(chars) + len(words)
        self.idf = np.concatenate([chars.idf, words.idf])
        self._char_column = self._word_column = None

    def bind(self, chars: Vocabulary, words: Vocabulary) -> None:
        """Number its columns by the shared vocabularies' term numbers (one table per block:
        a character n-gram and a word feature may be the same string)."""
        self._char_column = chars.columns(self.chars.terms)
        self._word_column = words.columns(self.words.terms, offset=self.n_chars)

    def decisions(self, batch: "Batch") -> np.ndarray:
        """``(documents, outputs)`` decision values of a :class:`Batch` of documents.

        One pass for the whole batch: every known token becomes ``row * width + column``;
        counting those keys gives the term frequencies; ``(1 + log tf) * idf`` is divided by
        the L2 norm of its row's block (chars and words are normalised apart, as the two
        vectorizers of the FeatureUnion do)."""
        n = batch.n
        out = np.empty((n, len(self.intercept)))
        out[:] = self.intercept
        if not n:
            return out
        keys = []
        for rows, ids, table in ((batch.char_rows, batch.char_ids, self._char_column),
                                 (batch.word_rows, batch.word_ids, self._word_column)):
            columns = table[ids]
            known = columns >= 0
            keys.append(rows[known] * self.width + columns[known])
        keys = np.concatenate(keys)
        if not len(keys):
            return out
        keys.sort()
        starts = _run_starts(keys)
        counts = np.empty_like(starts)
        np.subtract(starts[1:], starts[:-1], out=counts[:-1])
        counts[-1] = len(keys) - starts[-1]
        rows, columns = np.divmod(keys[starts], self.width)
        values = (1.0 + np.log(counts)) * self.idf[columns]
        block = rows * 2 + (columns >= self.n_chars)
        norms = np.sqrt(np.bincount(block, weights=values * values, minlength=2 * n))
        values /= norms[block]  # idf >= 1, so every present block has a norm > 0
        # terms come sorted by row: each document's weighted terms summed in one reduceat
        # (np.add.at, the obvious way, is several times slower on arrays this small)
        firsts = _run_starts(rows)
        out[rows[firsts]] += np.add.reduceat(self._coef_by_column[columns] * values[:, None], firsts, axis=0)
        return out


@dataclass(frozen=True)
class Batch:
    """What the models read of ``n`` documents: the term numbers of their character n-grams
    and of their word features, each with the index of the document it belongs to."""

    n: int
    char_rows: np.ndarray
    char_ids: np.ndarray
    word_rows: np.ndarray
    word_ids: np.ndarray


def _run_starts(sorted_values: np.ndarray) -> np.ndarray:
    """Where each run of equal values starts in a sorted, non-empty array."""
    first = np.empty(len(sorted_values), dtype=bool)
    first[0] = True
    np.not_equal(sorted_values[1:], sorted_values[:-1], out=first[1:])
    return first.nonzero()[0]


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def logistic(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


class RuntimeClassifier:
    """Label and topic probabilities from exported weights (see module docstring)."""

    def __init__(self, label: LinearModel, classes: Sequence[str], topics: LinearModel,
                 topic_names: Sequence[str], source: str = "<memory>"):
        self.label, self.classes = label, tuple(classes)
        self.topics, self.topic_names = topics, tuple(topic_names)
        self.source = source
        self.char_terms = Vocabulary(label.chars.terms, topics.chars.terms)
        self.word_terms = Vocabulary(label.words.terms, topics.words.terms)
        for model in (label, topics):
            model.bind(self.char_terms, self.word_terms)

    def chars(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(rows, term numbers)`` of the texts' character n-grams (:meth:`batch`)."""
        return self.char_terms.texts_ids(texts)

    def batch(self, texts: Sequence[str], word_features: Sequence[Sequence[str]],
              chars: tuple[np.ndarray, np.ndarray] | None = None) -> Batch:
        """What :meth:`proba` reads of documents: each one's text (its character n-grams)
        and word features. ``chars``, when given, is :meth:`chars` of these texts already
        taken."""
        char_rows, char_ids = chars if chars is not None else self.chars(texts)
        get, unknown = self.word_terms.index.get, self.word_terms.unknown
        flat = [get(f, unknown) for features in word_features for f in features]
        word_ids = np.fromiter(flat, dtype=np.int64, count=len(flat))
        word_rows = np.arange(len(texts), dtype=np.int64).repeat(
            np.fromiter(map(len, word_features), dtype=np.int64, count=len(word_features)))
        return Batch(len(texts), char_rows, char_ids, word_rows, word_ids)

    def proba(self, batch: Batch, model: str) -> np.ndarray:
        """Rows of label (softmax) or topic (one logistic each) probabilities of a
        :class:`Batch` of documents."""
        if model == "label":
            return softmax(self.label.decisions(batch))
        return logistic(self.topics.decisions(batch))

    # -- export / file ------------------------------------------------------------------
    @classmethod
    def from_pipelines(cls, label_pipeline, topic_pipeline, topic_names: Sequence[str]) -> "RuntimeClassifier":
        """The weights of two fitted Pipelines (FeatureUnion of chars + words, then a
        LogisticRegression / a OneVsRestClassifier of them), as :func:`build_pipelines`
        makes them."""
        label_model = label_pipeline.named_steps["model"]
        topic_model = topic_pipeline.named_steps["model"]
        if not getattr(topic_model, "multilabel_", False):
            raise ValueError("the topic model must be a multi-label one-vs-rest classifier")
        width = sum(len(v.vocabulary_) for _, v in topic_pipeline.named_steps["features"].transformer_list)
        topic_coef = np.vstack([_coef(e, width) for e in topic_model.estimators_])
        topic_intercept = np.concatenate([_intercept(e) for e in topic_model.estimators_])
        return cls(_linear(label_pipeline, label_model.coef_, label_model.intercept_),
                   [str(c) for c in label_model.classes_],
                   _linear(topic_pipeline, topic_coef, topic_intercept), topic_names)

    def arrays(self) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {"format": np.array([RUNTIME_FORMAT]),
                                      "classes": np.array(self.classes, dtype=str),
                                      "topic_names": np.array(self.topic_names, dtype=str)}
        for name, linear in (("label", self.label), ("topics", self.topics)):
            for block_name, block in (("chars", linear.chars), ("words", linear.words)):
                terms = np.array(block.terms, dtype=str)
                if terms.tolist() != list(block.terms):  # numpy drops trailing NULs
                    raise ValueError(f"{name}.{block_name}: a term does not survive as a numpy string")
                out[f"{name}.{block_name}.terms"] = terms
                out[f"{name}.{block_name}.idf"] = block.idf
            out[f"{name}.coef"] = linear.coef
            out[f"{name}.intercept"] = linear.intercept
        return out

    def save(self, path: Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # np.savez stamps each member with the current time; a fixed stamp keeps the file
        # byte-identical across rebuilds of the same model. Stored, not deflated: the audit's
        # first report reads it, and inflating 11 MB took ~40 ms of a ~1 s start (the file
        # is 3x larger for it)
        import zipfile

        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
            for key, array in sorted(self.arrays().items()):
                info = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_STORED
                with archive.open(info, "w") as member:
                    np.lib.format.write_array(member, np.asarray(array), allow_pickle=False)

    @classmethod
    def load(cls, path: Path) -> "RuntimeClassifier":
        path = Path(path)
        if not path.exists():
            raise ModelUnavailable(str(path), "sentence classifier weights not found; run `textmine train` to build them")
        try:
            with np.load(path, allow_pickle=False) as data:
                arrays = {key: data[key] for key in data.files}
            if int(arrays["format"][0]) != RUNTIME_FORMAT:
                raise ModelUnavailable(str(path), "not a textmine sentence classifier (format mismatch); run `textmine train`")
            linear = {name: LinearModel(
                TfidfBlock(arrays[f"{name}.chars.terms"].tolist(), arrays[f"{name}.chars.idf"]),
                TfidfBlock(arrays[f"{name}.words.terms"].tolist(), arrays[f"{name}.words.idf"]),
                arrays[f"{name}.coef"], arrays[f"{name}.intercept"]) for name in ("label", "topics")}
            names = tuple(arrays["topic_names"].tolist())
            classes = arrays["classes"].tolist()
        except ModelUnavailable:
            raise
        except Exception as exc:  # truncated, foreign or pickled content: say so, no traceback
            raise ModelUnavailable(str(path), f"cannot read the sentence classifier weights ({type(exc).__name__}: {exc})") from None
        if names != TOPIC_LABELS:
            raise ModelUnavailable(str(path), "model topics differ from the taxonomy; run `textmine train`")
        for name, model in linear.items():
            if model.coef.shape[1] != model.width or len(model.chars.idf) != model.n_chars:
                raise ModelUnavailable(str(path), f"{name} weights do not match its vocabulary "
                                                  f"({model.coef.shape[1]} columns for {model.width} terms)")
        return cls(linear["label"], classes, linear["topics"], names, source=str(path))


#: the decision value that stands for a topic one-vs-rest never saw in training (scikit-learn
#: then fits a constant predictor): logistic(-40) is 4e-18, as good as its constant 0
_CONSTANT_DECISION = 40.0


def _coef(estimator, width: int) -> np.ndarray:
    return estimator.coef_ if hasattr(estimator, "coef_") else np.zeros((1, width))


def _intercept(estimator) -> np.ndarray:
    if hasattr(estimator, "intercept_"):
        return estimator.intercept_
    constant = float(np.ravel(estimator.y_)[0])  # a topic with no positive (or no negative) example
    return np.array([_CONSTANT_DECISION if constant > 0.5 else -_CONSTANT_DECISION])


def _linear(pipeline, coef, intercept) -> LinearModel:
    union = dict(pipeline.named_steps["features"].transformer_list)
    chars, words = union["chars"], union["words"]
    blocks = [TfidfBlock(sorted(v.vocabulary_, key=v.vocabulary_.get), v.idf_) for v in (chars, words)]
    if coef.shape[1] != len(blocks[0]) + len(blocks[1]):
        raise ValueError("coefficients do not match the vocabulary")
    return LinearModel(blocks[0], blocks[1], coef, intercept)
