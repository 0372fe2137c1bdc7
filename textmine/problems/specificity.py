"""How checkable is a measure? A 0–1 score with the reasons behind it (field guide §4.3).

The cues are declarative (``models/lexicons/specificity_cues.tsv``): numbers and quantified
targets, deadlines, stated frequencies, named platforms / accounts / columns, named
documents to draft or revise, responsible offices raise the score; generic verbs
(进一步加强, 不断提升, 持续推进, 切实…) and abstract outcomes (提升…水平) lower it, and a measure
with no verifiable object at all loses a little more. Each reason names the cue, its weight
and the words that triggered it, so the score can be argued with.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from ..errors import ModelUnavailable
from ..paths import models_dir
from .units import clean_text, strip_enum

CUES_FILE = "lexicons/specificity_cues.tsv"
BASE = 0.15
#: applied when no positive cue fired: nothing in the sentence can be verified
NO_OBJECT_PENALTY = -0.10
#: a negative cue counts at most this many times per sentence
MAX_NEGATIVE_HITS = 2
#: at or above this a measure is called specific (checkable)
SPECIFIC_AT = 0.5


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    group: str
    weight: float
    pattern: regex.Pattern
    meaning: str


@functools.lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> tuple[Cue, ...]:
    file = Path(path) if path else models_dir() / CUES_FILE
    if not file.exists():
        raise ModelUnavailable(str(file), "specificity cue table not found")
    cues: list[Cue] = []
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 5:
            raise ModelUnavailable(f"{file}:{number}", "expected cue<TAB>group<TAB>weight<TAB>pattern<TAB>meaning")
        try:
            cues.append(Cue(parts[0], parts[1], float(parts[2]), regex.compile(parts[3]), parts[4]))
        except (ValueError, regex.error) as exc:
            raise ModelUnavailable(f"{file}:{number}", f"bad cue: {exc}") from None
    return tuple(cues)


@dataclass(frozen=True, slots=True)
class Specificity:
    score: float
    reasons: tuple[str, ...]

    @property
    def specific(self) -> bool:
        return self.score >= SPECIFIC_AT


def _reason(weight: float, name: str, words: str) -> str:
    return f"{weight:+.2f} {name}: {words}"


def score(text: str, cues: tuple[Cue, ...] | None = None) -> Specificity:
    """Specificity of one measure sentence."""
    cues = cues if cues is not None else load_cues()
    body = strip_enum(clean_text(text))
    total = BASE
    reasons: list[str] = []
    positive = False
    best_in_group: dict[str, float] = {}
    for cue in cues:
        hits = [m.group(0) for m in cue.pattern.finditer(body) if m.group(0)]
        if not hits:
            continue
        if cue.weight > 0:
            positive = True
            # a group counts once, with its strongest cue; weaker cues of it are shown at +0.00
            gain = max(0.0, cue.weight - best_in_group.get(cue.group, 0.0))
            best_in_group[cue.group] = max(cue.weight, best_in_group.get(cue.group, 0.0))
            total += gain
            reasons.append(_reason(gain, cue.name, "、".join(dict.fromkeys(hits))))
        else:
            used = hits[:MAX_NEGATIVE_HITS]
            total += cue.weight * len(used)
            reasons.append(_reason(cue.weight * len(used), cue.name, "、".join(used)))
    if not positive:
        total += NO_OBJECT_PENALTY
        reasons.append(_reason(NO_OBJECT_PENALTY, "no_verifiable_object", "无数字、期限、具名平台、文件或责任单位"))
    return Specificity(round(min(1.0, max(0.0, total)), 2), tuple(reasons))
