"""Classifier inputs: one string per unit carrying its context and its text.

A unit is encoded as ``zone \\x1f enumeration-kind \\x1f text`` so that a plain list of strings
goes through a scikit-learn Pipeline and a skops file (only module-level functions of this
module are referenced by the saved model, never pickled code)."""
from __future__ import annotations

from ..segment import cut
from .units import strip_enum

SEP = "\x1f"


def encode(zone: str | None, enum: str | None, clean_text: str) -> str:
    return f"{zone or 'unsplit'}{SEP}{enum or '-'}{SEP}{strip_enum(clean_text)}"


def text_part(encoded: str) -> str:
    """The unit's text (character n-grams are taken from it)."""
    return encoded.rsplit(SEP, 1)[-1]


def word_features(encoded: str) -> list[str]:
    """jieba words and word bigrams of the text, plus context tokens (zone, enumeration,
    zone x leading word) that let the model read a sentence the way its place suggests."""
    zone, enum, text = encoded.split(SEP, 2)
    words = [w for w in cut(text) if w.strip() and w not in ",;:。、()“”《》"]
    feats = [f"__zone={zone}", f"__enum={enum}", f"__enum_any={enum != '-'}"]
    if words:
        feats.append(f"__first={words[0]}")
        feats.append(f"__zone_first={zone}:{words[0]}")
    feats.extend(words)
    feats.extend(f"{a}_{b}" for a, b in zip(words, words[1:]))
    return feats
