"""Segmentation: jieba with the domain dictionary (loaded once per process) and a sentence
splitter that respects Chinese punctuation, quotes, enumerations and list numbering."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Iterator

import regex

from .paths import models_dir

USER_DICT = "jieba_user_dict.txt"

_lock = threading.Lock()
_tokenizer = None


def tokenizer():
    """The process-wide jieba Tokenizer with textmine's user dictionary. Built on first use;
    every later caller (the spaCy pipeline, the classifier, ...) shares it, so the main
    dictionary is never loaded twice in one process."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                path = models_dir() / USER_DICT
                if path.exists():
                    tok.load_userdict(str(path))
                _tokenizer = tok
    return _tokenizer


def cut(text: str) -> list[str]:
    """Words of ``text`` (precise mode, HMM on)."""
    return tokenizer().lcut(text)


# --------------------------------------------------------------------------- sentences


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int
    text: str


#: sentence-final punctuation (after normalisation ! ? ; are ASCII)
_FINAL = "。!?;…"
_OPEN_QUOTES = "“‘「『《"
_CLOSE_QUOTES = "”’」』》"

#: an enumeration item starting mid-paragraph: 二是 / 第二, / (2) / 2. — split before it
#: when it follows a clause boundary (comma, semicolon) rather than running on a word.
_ENUM_START = regex.compile(
    r"(?<=[,;:。])\s*(?=(?:[二三四五六七八九十]是|第[二三四五六七八九十][,、]|\([2-9]\)|[2-9][.、](?!\d)))")


def split_sentences(text: str, offset: int = 0, *, split_enumerations: bool = True) -> list[SentenceSpan]:
    """Split ``text`` into sentences. Offsets are ``offset`` + position in ``text``.

    Boundaries: 。!?;… and line breaks, but not inside quotes or book-title marks; with
    ``split_enumerations`` an ``一是…,二是…`` run is cut before each later item too."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        if ch == "\n":
            spans.append((start, i))
            start = i + 1
            depth = 0
        elif ch in _FINAL and depth == 0:
            j = i + 1
            while j < n and (text[j] in _FINAL or text[j] in _CLOSE_QUOTES):
                j += 1
            spans.append((start, j))
            start = j
            i = j
            continue
        i += 1
    spans.append((start, n))
    if split_enumerations:
        refined: list[tuple[int, int]] = []
        for s, e in spans:
            cuts = [m.end() for m in _ENUM_START.finditer(text, s, e) if s < m.end() < e]
            bounds = [s, *cuts, e]
            refined.extend((a, b) for a, b in zip(bounds, bounds[1:]))
        spans = refined
    out: list[SentenceSpan] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(SentenceSpan(offset + s, offset + e, text[s:e]))
    return out


def iter_sentences(text: str, start: int, end: int, **kwargs) -> Iterator[SentenceSpan]:
    yield from split_sentences(text[start:end], start, **kwargs)
