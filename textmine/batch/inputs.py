"""Turn what a user passed (directories, globs, lists of paths, files) into the files to audit.

- a directory: every file under it (recursively) whose extension textmine reads, plus the ones
  it knows it cannot read (``.doc``, ``.zip``, images ...) so they get an error row saying
  what to do instead of silently vanishing; hidden files and folders are skipped;
- a glob (``reports/**/*.pdf``), expanded recursively;
- ``@FILE``, or a text file whose every line names an existing file: a list of paths, one per
  line (blank lines and ``#`` comments ignored; relative paths are taken from the current
  directory, else from the list's own directory);
- anything else: a file, kept even if it does not exist, so it gets a ``not_found`` row.

Paths are kept as the user wrote them (joined, not resolved), de-duplicated, and sorted, so
the same command always sees the same files in the same order.
"""
from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterable

from ..errors import InputNotFound
from ..readers import EXTENSIONS, UNSUPPORTED_HINTS

#: extensions picked up from a directory walk
WALK_EXTENSIONS = frozenset(EXTENSIONS) | frozenset(UNSUPPORTED_HINTS)
_GLOB_CHARS = set("*?[")
_LIST_SNIFF_BYTES = 4 * 1024 * 1024


def _walk(directory: Path, exclude: Path | None) -> list[str]:
    found = []
    for root, dirs, files in os.walk(directory):
        root_path = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and (exclude is None or not _same(root_path / d, exclude)))
        for name in files:
            if name.startswith(".") or Path(name).suffix.lower() not in WALK_EXTENSIONS:
                continue
            found.append(str(root_path / name))
    return found


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:  # pragma: no cover
        return False


def _first_line_is_file(path: Path) -> bool:
    """Cheap test before reading a whole .txt: does its first line name a file?"""
    with open(path, "rb") as handle:
        head = handle.read(4096)
    for line in head.decode("utf-8-sig", errors="replace").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            candidate = Path(line)
            return len(line) < 1024 and (candidate.is_file() or (path.parent / candidate).is_file())
    return False


def _read_list(path: Path, strict: bool) -> list[str] | None:
    """The paths listed in ``path``, or None when it does not look like a list (``strict``:
    it was marked with ``@``, so every line is taken as a path)."""
    try:
        if not strict:
            if path.stat().st_size > _LIST_SNIFF_BYTES or not _first_line_is_file(path):
                return None
        raw = path.read_bytes()
    except OSError as exc:
        raise InputNotFound(str(path), f"the list of files cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if strict:
            text = raw.decode("gb18030", errors="replace")
        else:
            return None
    entries = [line.strip() for line in text.splitlines()]
    entries = [e for e in entries if e and not e.startswith("#")]
    if not entries:
        return [] if strict else None
    resolved = []
    for entry in entries:
        candidate = Path(entry)
        if not candidate.is_absolute() and not candidate.exists() and (path.parent / candidate).exists():
            candidate = path.parent / candidate
        if not strict and not candidate.is_file():
            return None  # a line that is not a file: this is a report, not a list
        resolved.append(str(candidate))
    return resolved


def expand_inputs(specs: "str | os.PathLike | Iterable[str | os.PathLike]", *,
                  exclude: "str | os.PathLike | None" = None) -> list[str]:
    """The sorted, de-duplicated files named by ``specs`` (see the module doc). ``exclude``
    is a directory never to descend into (the batch's own output)."""
    if isinstance(specs, (str, os.PathLike)):
        specs = [specs]
    exclude_path = Path(exclude) if exclude is not None else None
    files: list[str] = []
    for spec in specs:
        text = os.fspath(spec)
        path = Path(text)
        if text.startswith("@") and not path.exists():
            listed = _read_list(Path(text[1:]), strict=True)
            files.extend(listed or [])
        elif path.is_dir():
            files.extend(_walk(path, exclude_path))
        elif path.is_file():
            listed = _read_list(path, strict=False) if path.suffix.lower() in ("", ".txt", ".lst", ".list") else None
            files.extend(listed if listed is not None else [text])
        elif _GLOB_CHARS & set(text):
            matches = sorted(m for m in glob.glob(text, recursive=True) if os.path.isfile(m))
            if exclude_path is not None:
                matches = [m for m in matches if not _inside(Path(m), exclude_path)]
            if not matches:
                raise InputNotFound(text, "the pattern matches no files")
            files.extend(matches)
        else:
            files.append(text)  # missing: it gets a not_found row rather than vanishing
    return sorted(set(files))


def _inside(path: Path, directory: Path) -> bool:
    try:
        path.resolve().relative_to(directory.resolve())
        return True
    except ValueError:
        return False


__all__ = ["expand_inputs", "WALK_EXTENSIONS"]
