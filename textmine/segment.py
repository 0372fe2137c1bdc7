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
    """The process-wide jieba Tokenizer with textmine's user dictionary.

    It is jieba's *global default* tokenizer (``jieba.dt``): spaCy's ``zh`` jieba segmenter
    calls ``jieba.cut``, which uses that same object, so textmine, spaCy and anything else in
    the process share one dictionary load. The user dictionary is added on first use."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                jieba = import_jieba()
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.dt
                if not tok.initialized and not _load_default_cache(tok):
                    tok.initialize()  # builds (and caches) the prefix dictionary
                path = models_dir() / USER_DICT
                if path.exists():
                    tok.load_userdict(str(path))
                _tokenizer = tok
    return _tokenizer


def import_jieba():
    """``import jieba``, without the ``pkg_resources`` jieba's ``_compat`` imports only to
    open its own dictionary file (0.17–0.2 s of a ~1 s start; setuptools deprecates it).
    jieba falls back to a plain ``open`` beside its ``__file__`` when that import fails,
    so for the length of this one import ``pkg_resources`` reads as absent (a ``None`` in
    ``sys.modules``); the entry is removed after, so anything else can still import it. A
    process that already has ``pkg_resources`` or jieba loaded is left as it is."""
    import sys

    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if hide and "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


def _load_default_cache(tok) -> bool:
    """Fill ``tok`` from jieba's own cache of its default dictionary, when that is what it
    would load: the same file, read with one ``marshal.loads`` of its bytes instead of
    jieba's ``marshal.load`` on the open file, which reads in small pieces and takes three
    times as long (0.5 s of a 1 s start). Anything unexpected leaves it to jieba."""
    import marshal
    import os
    import tempfile

    import jieba

    if tok.dictionary != jieba.DEFAULT_DICT or tok.cache_file:
        return False
    path = os.path.join(tok.tmp_dir or tempfile.gettempdir(), "jieba.cache")
    try:
        with open(path, "rb") as f:
            freq, total = marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        return False
    if not isinstance(freq, dict) or not isinstance(total, int) or not freq:
        return False
    with tok.lock:
        if not tok.initialized:
            tok.FREQ, tok.total = freq, total
            tok.initialized = True
    return True


_words_lock = threading.Lock()
_words = None


def word_frequencies():
    """The dictionary :func:`cut` reads (:class:`textmine.wordfreq.WordFrequencies`): jieba's
    own, when it is in memory already (:func:`tokenizer` was called, or spaCy's jieba
    segmenter ran); else the same entries read by first character from the file
    :mod:`textmine.wordfreq` keeps; else (the first run on this machine, or no file can be
    kept) jieba's load, which also writes that file for the next process."""
    global _words
    words = _words
    if words is not None and (words.in_memory or not _jieba_loaded()):
        return words
    from .wordfreq import WordFrequencies, cache_path, write

    with _words_lock:
        if _jieba_loaded():  # the whole dictionary is here: nothing to read from the file
            _words = WordFrequencies.of_tokenizer(tokenizer())
            return _words
        if _words is not None:
            return _words
        path = cache_path(import_jieba(), models_dir() / USER_DICT)
        try:
            _words = WordFrequencies.from_file(path)
        except (OSError, ValueError):
            tok = tokenizer()
            try:
                write(path, tok.FREQ, tok.total)
            except OSError:  # no writable temporary directory: this process keeps jieba's
                pass
            _words = WordFrequencies.of_tokenizer(tok)
        return _words


def _jieba_loaded() -> bool:
    import sys

    jieba = sys.modules.get("jieba")
    return jieba is not None and getattr(getattr(jieba, "dt", None), "initialized", False)


def cut(text: str) -> list[str]:
    """Words of ``text``: exactly ``tokenizer().lcut(text)`` (precise mode, HMM on), in one
    pass per block instead of jieba's three (see :func:`_cut_block`), with the dictionary
    read as far as the text needs it (:func:`word_frequencies`)."""
    words = word_frequencies()
    jieba = import_jieba()

    out: list[str] = []
    han, skip = jieba.re_han_default, jieba.re_skip_default
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            _cut_block(words, block, out)
            continue
        for piece in skip.split(block):
            if skip.match(piece):
                out.append(piece)
            else:
                out.extend(piece)  # jieba yields what it does not segment one character at a time
    return out


def _cut_block(words, sentence: str, out: list[str]) -> None:
    """jieba's ``Tokenizer.__cut_DAG`` on one block, same words: the best route through the
    dictionary's words from the end of the block back, then unknown runs through the HMM.
    jieba builds the word graph as a dict of lists, then scores it with a generator of
    tuples per position; here each position's words are scored as they are found, with the
    same arithmetic (``log(freq) - log(total) + best after``) and the same tie-break (the
    longer word), so the route and the words are jieba's own. ``tests/test_segment.py``
    checks it against jieba on every rendering of generated reports and the real ones."""
    from math import log

    from jieba import finalseg

    words_from = words.words_from
    logtotal = words.logtotal
    n = len(sentence)
    score = [0.0] * (n + 1)
    end = [0] * (n + 1)
    for start in range(n - 1, -1, -1):
        best, best_end = None, start
        i = start
        frag = sentence[start]
        freq = words_from(frag)  # every word tried from here starts with this character
        while i < n and frag in freq:
            count = freq[frag]
            if count:
                value = log(count) - logtotal + score[i + 1]
                if best is None or value > best or (value == best and i > best_end):
                    best, best_end = value, i
            i += 1
            frag = sentence[start:i + 1]
        if best is None:  # no word starts here: the character alone
            best, best_end = log(freq.get(sentence[start]) or 1) - logtotal + score[start + 1], start
        score[start] = best
        end[start] = best_end

    def flush(run: str) -> None:  # single characters in a row, as jieba ends them
        if len(run) == 1:
            out.append(run)
        elif not words_from(run[0]).get(run):
            out.extend(finalseg.cut(run))
        else:
            out.extend(run)

    x = 0
    buf = ""
    while x < n:
        y = end[x] + 1
        if y - x == 1:
            buf += sentence[x]
        else:
            if buf:
                flush(buf)
                buf = ""
            out.append(sentence[x:y])
        x = y
    if buf:
        flush(buf)


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
#: a quote left open this long is a lost closing mark (PDF extraction), not a quotation
_MAX_QUOTE = 160

#: an enumeration item starting mid-paragraph: 二是 / 第二, / (2) / 2. — split before it
#: when it follows a clause boundary (comma, semicolon) rather than running on a word.
_ENUM_START = regex.compile(
    r"(?<=[,;:。])\s*(?=(?:[二三四五六七八九十]是|第[二三四五六七八九十][,、]|\([2-9]\)|[2-9][.、](?!\d)))")

#: a line that starts a new unit whatever the previous line looked like: headings and list
#: numbering (一、 (一) 1. 1、 一是 第一, ① folded to 1)
_LINE_START_MARK = regex.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)"
    r"|[一二三四五六七八九十]是|第[一二三四五六七八九十][,、])")
#: page furniture printed by PDF exports: "- 3 -", "第 3 页 共 6 页", "Page 3", "P. 3"
PAGE_FURNITURE = regex.compile(
    r"[ \t]*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,/]?\s*共\s*\d{1,3}\s*页)?"
    r"|(?:Page|P\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})[ \t]*")
#: a wrapped PDF line is at least this long (Chinese characters, spaces not counted)
_WRAP_MIN = 18
_WRAP_NO_END = "。!?;…:”』」》)"
#: a space between two CJK characters: PDF prose has spaces only around numbers and Latin
#: words, while table header rows separate their cells with them
_CELL_GAP = regex.compile(r"[^\x00-\x7f]\x20+[^\x00-\x7f]")


def _wrapped_breaks(text: str) -> set[int]:
    """Offsets of line breaks that only wrap a paragraph (PDF text): the line before is long
    and does not end a sentence, the next line does not start a heading or list item. Page
    furniture lines between two halves of a wrapped paragraph are skipped over too."""
    soft: set[int] = set()
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    for i in range(len(lines) - 1):
        s, e = lines[i]
        body = text[s:e].strip()
        # the tests on the line itself first: most lines fail them, and then the lines
        # after it need not be looked at (len(body) bounds the length without spaces)
        if (len(body) < _WRAP_MIN or len(body.replace(" ", "")) < _WRAP_MIN or body[-1] in _WRAP_NO_END
                or "\t" in body or "|" in body or len(_CELL_GAP.findall(body)) >= 2):
            continue
        j = i + 1
        while j < len(lines) - 1 and (PAGE_FURNITURE.fullmatch(text, *lines[j]) or not text[slice(*lines[j])].strip()):
            j += 1
        nxt = text[slice(*lines[j])]
        if (nxt.strip() and "\t" not in nxt.strip() and not _LINE_START_MARK.match(nxt)
                and all(PAGE_FURNITURE.fullmatch(text, *lines[k]) for k in range(i + 1, j))):
            soft.update(lines[k][1] for k in range(i, j))
    return soft


def split_sentences(text: str, offset: int = 0, *, split_enumerations: bool = True,
                    join_wrapped: bool = True) -> list[SentenceSpan]:
    """Split ``text`` into sentences. Offsets are ``offset`` + position in ``text``.

    Boundaries: 。!?;… and line breaks, but not inside quotes or book-title marks (a quote
    left open for more than a short paragraph is taken as a lost closing mark); with
    ``split_enumerations`` an ``一是…,二是…`` run is cut before each later item too. With
    ``join_wrapped`` a line break that merely wraps a long line (PDF text: the line does not
    end a sentence and the next one does not start a heading or list item) is not a boundary,
    and page furniture lines (``- 3 -``) inside such a paragraph are skipped."""
    spans: list[tuple[int, int]] = []
    soft = _wrapped_breaks(text) if join_wrapped and "\n" in text else set()
    depth = 0
    opened = 0
    start = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in _OPEN_QUOTES:
            if depth == 0:
                opened = i
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif depth and i - opened > _MAX_QUOTE:
            depth = 0
        if ch == "\n" and i not in soft:
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
        if e > s and not (soft and PAGE_FURNITURE.fullmatch(text, s, e)):
            out.append(SentenceSpan(offset + s, offset + e, text[s:e]))
    return out


def iter_sentences(text: str, start: int, end: int, **kwargs) -> Iterator[SentenceSpan]:
    yield from split_sentences(text[start:end], start, **kwargs)
