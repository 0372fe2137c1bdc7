"""Classifier inputs: one string per unit carrying its context and its text.

A unit is encoded as ``zone \\x1f enumeration-kind \\x1f text`` so that a plain list of strings
goes through a scikit-learn Pipeline and a skops file (only module-level functions of this
module are referenced by the saved model, never pickled code).

For the topic model an encoding may carry, after ``\\x1e``, the text of the unit's *mirror*:
the problem listed at the same position as a measure (一是 ↔ 一是), or the measure at the
same position as a problem (:func:`mirror_partners`). Field guide §4.2: most measures
mirror the problem labels one-to-one, so the partner's topic cues are evidence for the
unit's own topics; they enter as ``__pair__cue=<topic>`` tokens only, never as the unit's text."""
from __future__ import annotations

import functools

import regex

from ..segment import cut
from .topics import TOPIC_CUES
from .units import strip_enum

SEP = "\x1f"
PAIR = "\x1e"


@functools.lru_cache(maxsize=1)
def _topic_cues() -> tuple[tuple[str, regex.Pattern], ...]:
    return tuple((label, regex.compile(pattern)) for label, pattern in TOPIC_CUES)


@functools.lru_cache(maxsize=4096)
def topic_cue_tokens(text: str) -> tuple[str, ...]:
    """``__cue=<topic>`` once per match of a topic's cue words (:data:`~.topics.TOPIC_CUES`).
    Cached: a unit's text is read by both models, and again as its mirror's context."""
    return tuple(f"__cue={label}" for label, pattern in _topic_cues() for _ in pattern.findall(text))


@functools.lru_cache(maxsize=4096)
def cue_topics(text: str) -> frozenset[str]:
    """The topics whose cue words ``text`` uses (:data:`~.topics.TOPIC_CUES`)."""
    return frozenset(token.split("=", 1)[1] for token in topic_cue_tokens(text))


def encode(zone: str | None, enum: str | None, clean_text: str, mirror: str | None = None) -> str:
    base = f"{zone or 'unsplit'}{SEP}{enum or '-'}{SEP}{strip_enum(clean_text).replace(PAIR, ' ')}"
    return f"{base}{PAIR}{strip_enum(mirror).replace(PAIR, ' ')}" if mirror else base


def mirror_partners(labels: list[str], enums: list[str | None]) -> list[int | None]:
    """For each unit of one report's 五 (in order), the index of its mirror or None: the k-th
    enumerated problem and the k-th enumerated measure are each other's mirror. Units that
    are not enumerated, and the surplus of the longer list, have none."""
    problems = [k for k, (lab, en) in enumerate(zip(labels, enums)) if lab == "problem" and en]
    measures = [k for k, (lab, en) in enumerate(zip(labels, enums)) if lab == "measure" and en]
    out: list[int | None] = [None] * len(labels)
    for p, m in zip(problems, measures):
        out[p], out[m] = m, p
    return out


def _own(encoded: str) -> str:
    return encoded.split(PAIR, 1)[0]


def text_part(encoded: str) -> str:
    """The unit's text (character n-grams are taken from it; never the mirror's)."""
    return _own(encoded).rsplit(SEP, 1)[-1]


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """The jieba words of a unit's text, punctuation left out. Cached: the label and the
    topic model read the same unit, and a report's previous year is read again."""
    return tuple(w for w in cut(text) if w.strip() and w not in ",;:。、()“”《》")


def word_features(encoded: str) -> list[str]:
    """jieba words and word bigrams of the text, context tokens (zone, enumeration, zone x
    leading word) that let the model read a sentence the way its place suggests, and topic
    cue tokens."""
    own, _, mirror = encoded.partition(PAIR)
    zone, enum, text = own.split(SEP, 2)
    words = _words(text)
    feats = [f"__zone={zone}", f"__enum={enum}", f"__enum_any={enum != '-'}"]
    if words:
        feats.append(f"__first={words[0]}")
        feats.append(f"__zone_first={zone}:{words[0]}")
    feats.extend(words)
    feats.extend(f"{a}_{b}" for a, b in zip(words, words[1:]))
    feats.extend(topic_cue_tokens(text))
    if mirror:
        feats.extend(f"__pair{token}" for token in topic_cue_tokens(mirror))
    return feats
