"""jieba's word frequencies, read one first character at a time.

:func:`textmine.segment.cut` needs jieba's dictionary (its default one plus textmine's user
words: ~500k entries, words and their prefixes). jieba loads all of it at once, a third of a
second or more, most of a fresh process's start, while one report's section 五 looks up
words beginning with a few hundred characters. So the same entries are kept on disk split by
first character (:data:`CACHE_PREFIX` files in the temporary directory, where jieba keeps
its own cache), and a part is read when a word starting with its character is first looked
up. The file is built once per machine from jieba's own load (:func:`textmine.segment.tokenizer`)
and named by everything it is made from (jieba's version and dictionary file, the user
dictionary's bytes), so a change to any of them makes a new one; a file that cannot be read
or written leaves the process with jieba's dictionary in memory, as before.

The words are the same either way: a part holds exactly the entries of jieba's ``FREQ`` that
start with its character, and ``total`` is jieba's (``tests/test_segment.py`` checks the cut
against jieba through the file).
"""
from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import struct
import tempfile
import threading
from math import log
from pathlib import Path

#: bumped when the file layout changes
FORMAT = b"textmine-wordfreq-2\n"
CACHE_PREFIX = "textmine-jieba-"
_HEADER = struct.Struct("<Q")  # length of the marshalled (total, index, length of the parts) after FORMAT


class WordFrequencies:
    """``words_from(ch)``: the entries of jieba's ``FREQ`` that start with ``ch`` (a dict);
    ``total`` and ``logtotal`` as jieba scores with them. Over a jieba Tokenizer in memory
    (:meth:`of_tokenizer`: its whole ``FREQ``, words added to it later included) or over a
    file (:meth:`from_file`), whose parts are read on first use."""

    def __init__(self, total: int = 1, *, tokenizer=None, index: dict | None = None, data=None,
                 source: str = "<memory>"):
        self._total = total
        self._logtotal = log(total)
        self.source = source
        self._tok = tokenizer
        self._index = index or {}
        self._data = data
        self._parts: dict[str, dict] = {}
        self._lock = threading.Lock()

    @classmethod
    def of_tokenizer(cls, tokenizer) -> "WordFrequencies":
        return cls(tokenizer=tokenizer)

    @property
    def in_memory(self) -> bool:
        """Over jieba's tokenizer (nothing to read), not over a file."""
        return self._tok is not None

    @property
    def total(self) -> int:
        return self._tok.total if self._tok is not None else self._total

    @property
    def logtotal(self) -> float:
        return log(self._tok.total) if self._tok is not None else self._logtotal

    @classmethod
    def from_file(cls, path: "str | os.PathLike") -> "WordFrequencies":
        """The frequencies a :func:`write` made; ``ValueError`` when it is not such a file."""
        with open(path, "rb") as handle:  # mapped, not read: a process reads few of its parts
            _check_owner(handle.fileno(), path)
            try:
                data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except ValueError:  # an empty file cannot be mapped
                data = b""
        if data[:len(FORMAT)] != FORMAT or len(data) < len(FORMAT) + _HEADER.size:
            raise ValueError(f"{path}: not a textmine word-frequency file")
        (length,) = _HEADER.unpack_from(data, len(FORMAT))
        start = len(FORMAT) + _HEADER.size
        try:
            total, index, body_length = marshal.loads(data[start:start + length])
        except (EOFError, ValueError, TypeError) as exc:
            raise ValueError(f"{path}: unreadable header ({exc})") from None
        if not isinstance(total, int) or total <= 0 or not isinstance(index, dict):
            raise ValueError(f"{path}: unreadable header")
        body = memoryview(data)[start + length:]
        if len(body) != body_length:  # the parts' offsets were written against this length
            raise ValueError(f"{path}: truncated or padded ({len(body)} bytes of parts, {body_length} written)")
        return cls(total, index=index, data=body, source=str(path))

    def words_from(self, ch: str) -> dict:
        if self._tok is not None:
            return self._tok.FREQ
        part = self._parts.get(ch)
        if part is None:
            part = self._read(ch)
        return part

    def _read(self, ch: str) -> dict:
        span = self._index.get(ch)
        part = marshal.loads(self._data[span[0]:span[0] + span[1]]) if span is not None else {}
        with self._lock:  # two threads may read one part: both get the one kept
            return self._parts.setdefault(ch, part)

    def load_all(self) -> None:
        """Read every part now (a fork server does, so that its workers share them)."""
        for ch in self._index:
            self.words_from(ch)

    @property
    def n_loaded(self) -> int:
        return len(self._parts)


def _check_owner(fd: int, path) -> None:
    """The file sits in a directory others can write to (like jieba's own cache): read it
    only if this user made it and nobody else can change it."""
    if not hasattr(os, "getuid"):  # (Windows: per-user temporary directories)
        return
    stat = os.fstat(fd)
    if stat.st_uid != os.getuid() or stat.st_mode & 0o022:
        raise ValueError(f"{path}: not made by this user, or writable by others; not read")


def write(path: "str | os.PathLike", freq: dict, total: int) -> None:
    """Write ``freq`` split by first character, atomically (a temporary file, then renamed)."""
    parts: dict[str, dict] = {}
    for word in sorted(freq):
        parts.setdefault(word[0], {})[word] = freq[word]
    index, blobs, offset = {}, [], 0
    for ch, part in parts.items():
        blob = marshal.dumps(part)
        index[ch] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    header = marshal.dumps((total, index, offset))
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(FORMAT + _HEADER.pack(len(header)) + header)
            for blob in blobs:
                handle.write(blob)
        os.chmod(tmp, 0o644)  # whatever the umask: _check_owner reads only a file others cannot change
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def cache_path(jieba, user_dict: Path, directory: str | None = None) -> Path:
    """Where the file for ``jieba`` (the module)'s default dictionary plus ``user_dict``
    lives: named by a hash of what it is made from."""
    digest = hashlib.sha256(FORMAT)
    digest.update(str(getattr(jieba, "__version__", "?")).encode())
    default = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    try:
        stat = default.stat()
        digest.update(f"{default}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    except OSError:
        digest.update(b"no default dictionary")
    try:
        digest.update(user_dict.read_bytes())
    except OSError:
        digest.update(b"no user dictionary")
    return Path(directory or tempfile.gettempdir()) / f"{CACHE_PREFIX}{digest.hexdigest()[:24]}.freq"


__all__ = ["WordFrequencies", "write", "cache_path", "FORMAT", "CACHE_PREFIX"]
