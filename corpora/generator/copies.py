"""Planted copies (内容雷同): a report whose narrative is taken from another's, for the corpus
copy check's tests and benchmark.

    generate_report(seed, copy_of=(donor_seed, "renamed"))

The recipient keeps its own title, preamble and tables; the parts the mode names are the
donor's, with the donor's names (full, short, 我镇/我局) changed to the recipient's. Modes,
one a line in :data:`COPY_MODES`: ``renamed`` (一, 五, 六 word for word), ``partial`` (one part
word for word), ``edited`` (一, 五, 六 lightly
edited: a word in three sentences swapped for a synonym, an occasional sentence left out,
a number in four changed). A copied half of a part is not planted: a generated 五 is ~200
characters, and unrelated generated reports already share ~100 of them (the generator's
sentence cores), so half of one is no evidence of copying. ``truth["copied_from"]`` records the donor's seed, the mode, the
parts copied and whether the recipient's figure truth is still exact.
"""
from __future__ import annotations

import random
import re

#: mode -> (parts copied whole, how the text is changed)
COPY_MODES: dict[str, tuple[tuple[str, ...], str]] = {
    "renamed": (("overview", "problems", "other"), "names"),
    "partial": ((), "names"),  # one part, drawn: 五 or 一
    "edited": (("overview", "problems", "other"), "edits"),
}

#: words an editor swaps (one a line: the word, its stand-in)
SYNONYMS: tuple[tuple[str, str], ...] = (
    ("进一步", "持续"), ("加强", "强化"), ("提高", "提升"), ("不断", "持续"), ("认真", "切实"),
    ("做好", "抓好"), ("及时", "按时"), ("完善", "健全"), ("群众", "公众"), ("工作人员", "干部"),
    ("规范", "严格"), ("推进", "推动"), ("落实", "执行"), ("全面", "系统"),
)
_SENTENCE = re.compile(r"[^。；]+[。；]?")


def _rename(text: str, donor: dict, recipient: dict) -> str:
    for key in ("agency", "short", "self"):
        text = text.replace(donor[key], "\0" + key + "\0")
    for key in ("agency", "short", "self"):
        text = text.replace("\0" + key + "\0", recipient[key])
    return text


def _edit(text: str, rng: random.Random) -> str:
    sentences = _SENTENCE.findall(text)
    out = []
    for i, sentence in enumerate(sentences):
        if i and len(sentences) > 2 and rng.random() < 0.1:
            continue  # left out
        if rng.random() < 0.35:
            options = [(a, b) for a, b in SYNONYMS if a in sentence]
            if options:
                a, b = rng.choice(options)
                sentence = sentence.replace(a, b, 1)
        sentence = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)) if rng.random() < 0.25
                          else m.group(), sentence)
        out.append(sentence)
    return "".join(out) or text


def plant_copy(prose, names: dict, donor, mode: str, rng: random.Random) -> dict:
    """Replace parts of ``prose`` (the recipient's, with ``names``) by the donor draft's
    (``corpora.generator._compose``); returns the truth record of the copy."""
    if mode not in COPY_MODES:
        raise ValueError(f"unknown copy mode {mode!r}; modes: {', '.join(COPY_MODES)}")
    whole, change = COPY_MODES[mode]
    donor_prose = donor.prose
    if mode == "partial":
        whole = (rng.choice(("problems", "problems", "overview")),)
    rewrite = (lambda t: _rename(t, donor.names, names)) if change == "names" else \
        (lambda t: _edit(_rename(t, donor.names, names), rng))
    sections = list(whole)
    exact = change == "names"
    for key in whole:
        prose.paragraphs[key] = [rewrite(p) for p in donor_prose.paragraphs.get(key, ())]
        prose.figures = [f for f in prose.figures if f["section"] != key] + \
            [{**f, "text": _rename(f["text"], donor.names, names)} for f in donor_prose.figures if f["section"] == key]
        if key == "problems":
            prose.sentences = [{**s, "text": _rename(s["text"], donor.names, names)} for s in donor_prose.sentences]
    return {"mode": mode, "sections": sections, "figures_exact": exact}


def copy_plan(n: int, *, share: float = 0.1, seed: int = 0, first: int = 0) -> dict[int, tuple[int, str]]:
    """Which reports of seeds ``first`` .. ``first + n - 1`` copy which: ``{recipient seed:
    (donor seed, mode)}``, a ``share`` of them recipients, modes in turn. A donor gives to one
    recipient and is never one itself, so the planted pairs are all the copying there is."""
    rng = random.Random(f"copy-plan:{seed}:{n}:{first}")
    seeds = list(range(first, first + n))
    k = min(int(n * share), n // 2)
    recipients = rng.sample(seeds, k)
    taken = set(recipients)
    donors = rng.sample([s for s in seeds if s not in taken], k)
    modes = list(COPY_MODES)
    return {r: (d, modes[i % len(modes)]) for i, (r, d) in enumerate(zip(sorted(recipients), donors))}


def write_copy_corpus(directory, n: int, *, share: float = 0.1, seed: int = 0, **options):
    """``n`` generated reports into ``directory`` with planted copies (:func:`copy_plan`), and
    ``copies.jsonl``: one line per planted pair (recipient and donor file names, mode, parts)."""
    import json
    from pathlib import Path

    from . import generate_report

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    plan = copy_plan(n, share=share, seed=seed, first=seed)
    names: dict[int, str] = {}
    copied: dict[int, dict] = {}
    for s in range(seed, seed + n):
        report = generate_report(s, copy_of=plan.get(s), **options)
        report.write(directory)
        names[s] = report.name
        if s in plan:
            copied[s] = report.truth["copied_from"]
    with open(directory / "copies.jsonl", "w", encoding="utf-8") as handle:
        for s in sorted(copied):
            record = {"file": names[s], "donor": names[copied[s]["seed"]], **copied[s]}
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return directory


__all__ = ["COPY_MODES", "SYNONYMS", "plant_copy", "copy_plan", "write_copy_corpus"]
