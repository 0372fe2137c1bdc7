"""Section 五 scored on real pages (:mod:`.realcorpus`), report-grouped by split.

Two views of the same annotated pages:

* **units** — the annotated units given to the models as they are (zones as the audit would
  give them): label macro-F1, topic micro- and macro-F1 with each topic's support, and the
  specificity score against the annotated levels (Spearman, and every level-2/3 measure that
  scores below 0.5 or level-0 measure above 0.2);
* **audit** — each page audited as a user would (:func:`textmine.audit` on its text): the
  audit's own units matched to the annotated ones by overlap (how many annotated units it
  finds, and with the right label), its problem → measure links against the annotated
  ``answers``, and its ``problems.unaddressed`` warnings against the annotated unaddressed
  problems. A warning (FAIL) is right when its evidence lies on an annotated problem that no
  measure answers on a page that shows its whole 五; on a page that cut 五 off every FAIL is
  wrong (it should be UNCERTAIN) and nothing there counts towards recall.
"""
from __future__ import annotations

from ..errors import TextmineError
from .realcorpus import RealPage, items
from .topics import TOPIC_LABELS

SPECIFIC_LEVELS_FLOOR = 0.5  # every annotated level-2/3 measure should score at least this
BOILERPLATE_CEILING = 0.2    # every annotated level-0 measure at most this
MIN_TOPIC_SUPPORT = 10       # topics with this many examples are held to the per-topic floor


def _f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp + fp + fn else 0.0


def _prf(tp: int, fp: int, fn: int) -> dict:
    return {"precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / (tp + fn), 4) if tp + fn else None,
            "f1": _f1(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn}


def unit_scores(classifier, pages: list[RealPage]) -> dict:
    """Labels, topics and specificity on the annotated units of ``pages``."""
    from .specificity import score as specificity
    from .training import score

    annotated = items(pages)
    result = score(classifier, annotated)
    per_topic = result["topics"]["per_topic"]
    tp = sum(v["confusion"]["tp"] for v in per_topic.values())
    fp = sum(v["confusion"]["fp"] for v in per_topic.values())
    fn = sum(v["confusion"]["fn"] for v in per_topic.values())
    result["topics"]["micro_f1"] = _f1(tp, fp, fn)
    weak = {t: v["f1"] for t, v in per_topic.items() if v["support"] >= MIN_TOPIC_SUPPORT and v["f1"] < 0.6}
    result["topics"]["weak_topics"] = weak
    measures = [i for i in annotated if i.label == "measure" and i.level is not None]
    scores = [specificity(i.text).score for i in measures]
    result["specificity"]["low_specific"] = [
        {"where": i.where, "level": i.level, "score": s} for i, s in zip(measures, scores)
        if i.level >= 2 and s < SPECIFIC_LEVELS_FLOOR]
    result["specificity"]["high_boilerplate"] = [
        {"where": i.where, "level": i.level, "score": s} for i, s in zip(measures, scores)
        if i.level == 0 and s > BOILERPLATE_CEILING]
    result["specificity"]["second_annotator"] = _second_annotator(measures, scores)
    return result


def _second_annotator(measures, scores) -> dict | None:
    """Agreement of a second blind annotation of the levels with the first (as first annotated,
    before any adjudication), and of the scores with the second and with the first as annotated,
    on the measures both annotated (None when there are fewer than ten)."""
    from scipy.stats import spearmanr

    from .realcorpus import read_first_levels, read_second_levels

    second = read_second_levels()
    as_annotated = read_first_levels()
    both = [(as_annotated.get(i.where, i.level), second[i.where], s)
            for i, s in zip(measures, scores) if i.where in second]
    if len(both) < 10:
        return None
    first, other, score = zip(*both)
    every_first = [as_annotated.get(i.where, i.level) for i in measures]
    return {"n": len(both), "annotators_spearman": round(float(spearmanr(first, other).statistic), 4),
            "exact_agreement": round(sum(a == b for a, b in zip(first, other)) / len(both), 4),
            "scores_vs_second_spearman": round(float(spearmanr(score, other).statistic), 4),
            "adjudicated": sum(i.where in as_annotated for i in measures),
            "scores_vs_first_as_annotated_spearman": round(float(spearmanr(scores, every_first).statistic), 4)}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(gold: list, predicted: list) -> dict[int, int]:
    """gold unit id -> index of the predicted sentence covering most of it (at least half of
    the shorter of the two), each predicted sentence used once, best overlaps first."""
    pairs = []
    for g in gold:
        for k, s in enumerate(predicted):
            o = _overlap((g.start, g.end), (s.start, s.end))
            if o and o * 2 >= min(g.end - g.start, s.end - s.start):
                pairs.append((-o, g.id, k))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gid, k in sorted(pairs):
        if gid not in out and k not in used:
            out[gid] = k
            used.add(k)
    return out


def _audit_five(text: str, classifier=None):
    """What :func:`textmine.audit` makes of a page's 五 (its sentences and findings), with
    ``classifier`` (default: the shipped one); None when the page is not taken for a report."""
    from ..metadata import detect_metadata
    from ..pipeline import audit
    from ..readers import load
    from ..sections import split_sections
    from ..tables import parse_tables
    from . import analyse_sentences

    if classifier is None:
        try:
            report = audit(text)
        except TextmineError:  # an excerpt the audit does not take for a report: nothing found
            return None
        return report.sentences, report.findings
    doc = load(text)
    sections = split_sections(doc)
    metadata = detect_metadata(doc, sections, parse_tables(doc, sections))
    analysis = analyse_sentences(doc, sections, metadata=metadata, classifier=classifier)
    return analysis.sentences, analysis.findings


def audit_scores(pages: list[RealPage], classifier=None) -> dict:
    """The audit's units, links and ``problems.unaddressed`` warnings on ``pages``."""
    found = right_label = gold_units = predicted_units = 0
    link_tp = link_fp = link_fn = 0
    warn_tp = warn_fp = warn_fn = 0
    uncertain_on_cut = 0
    details = []
    for page in pages:
        five = _audit_five(page.text, classifier)
        sentences, findings = (list(five[0]), list(five[1])) if five else ([], [])
        predicted_units += len(sentences)
        gold_units += len(page.units)
        matched = _match(list(page.units), sentences)
        by_id = {u.id: u for u in page.units}
        for gid, k in matched.items():
            found += 1
            right_label += by_id[gid].label == sentences[k].label
        # links: (problem, measure) pairs over matched units
        gold_pairs = {(p, m.id) for m in page.units for p in m.answers}
        index_of = {k: gid for gid, k in matched.items()}
        predicted_pairs = set()
        for k, s in enumerate(sentences):
            if s.label != "measure" or k not in index_of:
                continue
            for p_index in s.addresses:
                if p_index in index_of:
                    predicted_pairs.add((index_of[p_index], index_of[k]))
        link_tp += len(gold_pairs & predicted_pairs)
        link_fp += len(predicted_pairs - gold_pairs)
        link_fn += len(gold_pairs - predicted_pairs)
        # unaddressed warnings
        answered = {p for m in page.units for p in m.answers}
        unaddressed = {u.id for u in page.units if u.label == "problem" and u.id not in answered}
        warned: set[int] = set()
        stray = 0
        for f in findings:
            if f.rule != "problems.unaddressed" or f.status not in ("FAIL", "UNCERTAIN"):
                continue
            if f.status == "UNCERTAIN":
                uncertain_on_cut += page.cut
                continue
            span = next(((e.start, e.end) for e in f.evidence if e.start is not None), None)
            hit = max(((_overlap(span, (u.start, u.end)), u.id) for u in page.units if u.label == "problem"),
                      default=(0, None)) if span else (0, None)
            if hit[0] and not page.cut:
                warned.add(hit[1])
            else:
                stray += 1
        tp = len(warned & unaddressed)
        warn_tp += tp
        warn_fp += len(warned - unaddressed) + stray
        if not page.cut:
            warn_fn += len(unaddressed - warned)
        details.append({"page": page.key, "cut": page.cut, "gold_unaddressed": sorted(unaddressed),
                        "warned": sorted(warned), "stray_warnings": stray})
    return {
        "pages": len(pages),
        "units": {"annotated": gold_units, "audit": predicted_units, "found": found,
                  "found_share": round(found / gold_units, 4) if gold_units else None,
                  "label_accuracy_on_found": round(right_label / found, 4) if found else None},
        "links": _prf(link_tp, link_fp, link_fn),
        "unaddressed": {**_prf(warn_tp, warn_fp, warn_fn), "uncertain_on_cut_pages": uncertain_on_cut},
        "details": details,
    }


def merge_audit(results: list[dict]) -> dict:
    """:func:`audit_scores` of several page sets (cross-validation folds) as one."""
    def counts(key: str) -> tuple[int, int, int]:
        return tuple(sum(r[key][c] for r in results) for c in ("tp", "fp", "fn"))

    units = {k: sum(r["units"][k] for r in results) for k in ("annotated", "audit", "found")}
    right = sum(round((r["units"]["label_accuracy_on_found"] or 0) * r["units"]["found"]) for r in results)
    units["found_share"] = round(units["found"] / units["annotated"], 4) if units["annotated"] else None
    units["label_accuracy_on_found"] = round(right / units["found"], 4) if units["found"] else None
    return {"pages": sum(r["pages"] for r in results), "units": units, "links": _prf(*counts("links")),
            "unaddressed": {**_prf(*counts("unaddressed")),
                            "uncertain_on_cut_pages": sum(r["unaddressed"]["uncertain_on_cut_pages"] for r in results)},
            "details": [d for r in results for d in r["details"]]}


def evaluate(pages: list[RealPage], classifier) -> dict:
    return {"units": unit_scores(classifier, pages), "audit": audit_scores(pages),
            "topic_labels": list(TOPIC_LABELS)}
