"""Boilerplate: how much of a sentence is wording that many reports share.

After Lang & Stice-Lawrence (2015): an n-gram is *common* when it appears in at least
``min_doc_share`` of the documents of a corpus; a sentence's boilerplate score is the share
of its character n-grams that are common. Character n-grams (default 4) stand in for word
tetragrams because Chinese has no spaces; digits are folded to 0 so that "2023年" and
"2024年" count as the same wording, and punctuation and spaces are dropped. An n-gram that
holds a digit is never common: a number is the sentence's own content, and without this rule
the template around it ("0个工作日内", "0月底前") made dated, quantified commitments look
like boilerplate (on the annotated corpus they then scored above the M0 measures).

``Boilerplate.fit(texts)`` works on any corpus the user gives (one text per report);
the shipped default (``models/lexicons/boilerplate_ngrams.json``, plain JSON) was fitted on
the section 五 reports of ``corpora/sentences``.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import regex

from ..errors import ModelUnavailable, TextmineError
from ..paths import models_dir

DEFAULT_FILE = "lexicons/boilerplate_ngrams.json"
_RUN = regex.compile(r"[\p{Han}A-Za-z0-9]+")
_DIGIT = regex.compile(r"\d")


def ngrams(text: str, n: int) -> list[str]:
    """Character n-grams inside runs of letters/digits/Han (never across punctuation), digits
    folded to 0."""
    out: list[str] = []
    for run in _RUN.findall(text):
        chars = _DIGIT.sub("0", run)
        out.extend(chars[i:i + n] for i in range(len(chars) - n + 1))
    return out


@dataclass(frozen=True)
class Boilerplate:
    common: frozenset[str]
    n: int = 4
    min_doc_share: float = 0.05
    n_docs: int = 0

    @classmethod
    def fit(cls, texts: Iterable[str], *, n: int = 4, min_doc_share: float = 0.05,
            min_docs: int = 2) -> "Boilerplate":
        """Common n-grams of ``texts`` (one text per document): those in at least
        ``min_doc_share`` of the documents and in at least ``min_docs`` of them."""
        if n < 2:
            raise TextmineError("<boilerplate>", "n must be at least 2")
        if not 0 < min_doc_share <= 1:
            raise TextmineError("<boilerplate>", "min_doc_share must be in (0, 1]")
        counts: dict[str, int] = {}
        n_docs = 0
        for text in texts:
            n_docs += 1
            for gram in set(ngrams(text, n)):
                counts[gram] = counts.get(gram, 0) + 1
        if n_docs == 0:
            raise TextmineError("<boilerplate>", "cannot fit on an empty corpus")
        threshold = max(min_docs, min_doc_share * n_docs)
        common = frozenset(g for g, c in counts.items() if c >= threshold and "0" not in g)
        return cls(common=common, n=n, min_doc_share=min_doc_share, n_docs=n_docs)

    def score(self, sentence: str) -> float | None:
        """Share of the sentence's n-grams that are common (None if it has none)."""
        grams = ngrams(sentence, self.n)
        if not grams:
            return None
        return round(sum(g in self.common for g in grams) / len(grams), 4)

    # -- plain-data persistence --------------------------------------------------------
    def to_dict(self) -> dict:
        return {"method": "share of character n-grams common across documents",
                "n": self.n, "min_doc_share": self.min_doc_share, "n_docs": self.n_docs,
                "common": sorted(self.common)}

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Boilerplate":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(common=frozenset(data["common"]), n=int(data["n"]),
                       min_doc_share=float(data["min_doc_share"]), n_docs=int(data["n_docs"]))
        except FileNotFoundError:
            raise ModelUnavailable(str(path), "boilerplate n-gram table not found") from None
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelUnavailable(str(path), f"not a boilerplate n-gram table ({exc})") from None


@functools.lru_cache(maxsize=1)
def default_boilerplate() -> Boilerplate:
    return Boilerplate.load(models_dir() / DEFAULT_FILE)
