"""Train and score the section 五 classifier from the annotated corpus.

``train_model`` fits on the training split only (the held-out reports never touch the
model), scores on the held-out split and returns the classifier with its metadata
(corpus hash, seed, library versions, scores). ``write_model`` saves both into a models
directory: the skops file, its weights as arrays (``sentence_classifier.npz``, what the
audit loads) and ``sentence_classifier.json``; the default boilerplate
n-gram table is refitted on the same corpus and saved as JSON beside them.
"""
from __future__ import annotations

import json
import platform
from pathlib import Path

from .classifier import META_FILE, MODEL_FILE, TOPIC_THRESHOLD, Classifier, SentenceClassifier, build_pipelines
from .corpus import Annotated, CorpusReport, corpus_hash, default_corpus_dir, read_corpus, split
from .features import encode, mirror_partners
from .runtime import RUNTIME_FILE
from .topics import LABELS, TOPIC_LABELS, topic_cues_hash

DEFAULT_SEED = 20240601


def _inputs(items: list[Annotated]) -> list[str]:
    return [encode(i.zone, i.enum, i.text) for i in items]


def _mirror_texts(items: list[Annotated]) -> dict[int, str]:
    """id(item) -> the text of its mirror, from the gold labels of each report (the same
    pairing the pipeline makes from predicted labels)."""
    by_report: dict[str, list[Annotated]] = {}
    for i in items:
        by_report.setdefault(i.report, []).append(i)
    out: dict[int, str] = {}
    for units in by_report.values():
        for unit, m in zip(units, mirror_partners([u.label for u in units], [u.enum for u in units])):
            if m is not None:
                out[id(unit)] = units[m].text
    return out


def _topic_inputs(items: list[Annotated], context: list[Annotated] | None = None) -> list[str]:
    """Topic-model encodings of ``items``, mirrors found among ``context`` (default: items)."""
    mirrors = _mirror_texts(context if context is not None else items)
    return [encode(i.zone, i.enum, i.text, mirrors.get(id(i))) for i in items]


def fit(items: list[Annotated], seed: int = DEFAULT_SEED) -> SentenceClassifier:
    import numpy as np

    label_model, topic_model = build_pipelines(seed)
    X = _inputs(items)
    label_model.fit(X, [i.label for i in items])
    topical = [i for i in items if i.label != "other"]
    Y = np.array([[1 if t in i.topics else 0 for t in TOPIC_LABELS] for i in topical])
    topic_model.fit(_topic_inputs(topical, items), Y)
    return SentenceClassifier(label_model, topic_model, TOPIC_LABELS)


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": tp + fn}


def spearman(xs: list[float], ys: list[float]) -> float | None:
    from scipy.stats import spearmanr

    if len(xs) < 3 or len(set(xs)) < 2 or len(set(ys)) < 2:
        return None
    return round(float(spearmanr(xs, ys).statistic), 4)


def score(classifier: Classifier, items: list[Annotated]) -> dict:
    """Label macro-F1 and confusion, topic macro-F1 (on gold problems and measures) with a
    per-topic 2x2 confusion, and the specificity score's Spearman correlation with the
    annotated levels."""
    from .specificity import score as specificity_score

    preds = classifier.predict(_inputs(items))
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for item, pred in zip(items, preds):
        confusion[item.label][pred.label] += 1
    per_label = {}
    for lab in LABELS:
        tp = confusion[lab][lab]
        fp = sum(confusion[g][lab] for g in LABELS if g != lab)
        fn = sum(confusion[lab][p] for p in LABELS if p != lab)
        per_label[lab] = _prf(tp, fp, fn)
    label_macro = round(sum(v["f1"] for v in per_label.values()) / len(LABELS), 4)
    accuracy = round(sum(confusion[l][l] for l in LABELS) / max(1, len(items)), 4)
    # topics: judged on gold problems/measures, with the topic model's own decision (so a
    # label error is not counted twice)
    topical = [i for i in items if i.label != "other"]
    topic_preds = _topic_predictions(classifier, topical, items)
    per_topic = {}
    for t in TOPIC_LABELS:
        tp = sum(1 for i, p in zip(topical, topic_preds) if t in i.topics and t in p)
        fp = sum(1 for i, p in zip(topical, topic_preds) if t not in i.topics and t in p)
        fn = sum(1 for i, p in zip(topical, topic_preds) if t in i.topics and t not in p)
        tn = len(topical) - tp - fp - fn
        per_topic[t] = {**_prf(tp, fp, fn), "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn}}
    present = [t for t in TOPIC_LABELS if per_topic[t]["support"]]
    topic_macro = round(sum(per_topic[t]["f1"] for t in present) / max(1, len(present)), 4)
    exact = round(sum(1 for i, p in zip(topical, topic_preds) if set(i.topics) == set(p)) / max(1, len(topical)), 4)
    measures = [i for i in items if i.label == "measure" and i.level is not None]
    spec_scores = [specificity_score(i.text).score for i in measures]
    return {
        "n": len(items),
        "labels": {"macro_f1": label_macro, "accuracy": accuracy, "per_label": per_label,
                   "confusion": confusion},
        "topics": {"macro_f1": topic_macro, "exact_match": exact, "n": len(topical),
                   "labels_with_support": len(present), "per_topic": per_topic},
        "specificity": {"n": len(measures), "spearman": spearman(spec_scores, [i.level for i in measures]),
                        "mean_by_level": _mean_by_level(measures, spec_scores)},
    }


def _mean_by_level(measures: list[Annotated], scores: list[float]) -> dict:
    out = {}
    for level in sorted({m.level for m in measures}):
        vals = [s for m, s in zip(measures, scores) if m.level == level]
        out[str(level)] = {"n": len(vals), "mean": round(sum(vals) / len(vals), 4)}
    return out


def _topic_predictions(classifier: Classifier, items: list[Annotated],
                       context: list[Annotated] | None = None) -> list[tuple[str, ...]]:
    from .classifier import choose_topics

    if not items:
        return []
    proba = classifier.topic_proba(_topic_inputs(items, context))
    return [tuple(TOPIC_LABELS[k] for k in choose_topics(row)) for row in proba]


def _topic_macro_f1(items: list[Annotated], predicted: list[tuple[str, ...]]) -> tuple[float, dict]:
    per = {}
    for t in TOPIC_LABELS:
        tp = sum(1 for i, p in zip(items, predicted) if t in i.topics and t in p)
        fp = sum(1 for i, p in zip(items, predicted) if t not in i.topics and t in p)
        fn = sum(1 for i, p in zip(items, predicted) if t in i.topics and t not in p)
        per[t] = _prf(tp, fp, fn)
    present = [t for t in TOPIC_LABELS if per[t]["support"]]
    return round(sum(per[t]["f1"] for t in present) / max(1, len(present)), 4), per


CV_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def cross_validate(items: list[Annotated], folds: int = 5, seed: int = DEFAULT_SEED) -> dict:
    """Report-grouped k-fold cross-validation of the current design on ``items`` (the training
    split): label macro-F1, and topic macro-F1 for each threshold of :data:`CV_THRESHOLDS`.
    This is where the topic threshold is chosen, so the held-out split stays untouched."""
    import numpy as np

    from .classifier import TOPIC_THRESHOLD, choose_topics

    reports = sorted({i.report for i in items})
    fold_of = {r: k % folds for k, r in enumerate(reports)}  # deterministic, report-grouped
    label_pred: list[str | None] = [None] * len(items)
    topical_idx = [k for k, i in enumerate(items) if i.label != "other"]
    proba = np.zeros((len(topical_idx), len(TOPIC_LABELS)))
    for k in range(folds):
        train = [i for i in items if fold_of[i.report] != k]
        test_idx = [j for j, i in enumerate(items) if fold_of[i.report] == k]
        model = fit(train, seed)
        for j, pred in zip(test_idx, model.label_model.predict(_inputs([items[j] for j in test_idx]))):
            label_pred[j] = str(pred)
        rows = [n for n, j in enumerate(topical_idx) if fold_of[items[j].report] == k]
        if rows:
            proba[rows] = model.topic_model.predict_proba(
                _topic_inputs([items[topical_idx[n]] for n in rows], items))
    per_label = {}
    for lab in LABELS:
        tp = sum(1 for i, p in zip(items, label_pred) if i.label == lab and p == lab)
        fp = sum(1 for i, p in zip(items, label_pred) if i.label != lab and p == lab)
        fn = sum(1 for i, p in zip(items, label_pred) if i.label == lab and p != lab)
        per_label[lab] = _prf(tp, fp, fn)
    topical = [items[j] for j in topical_idx]
    sweep = {}
    for threshold in CV_THRESHOLDS:
        predicted = [tuple(TOPIC_LABELS[t] for t in choose_topics(row, threshold)) for row in proba]
        sweep[str(threshold)] = _topic_macro_f1(topical, predicted)[0]
    shipped = [tuple(TOPIC_LABELS[t] for t in choose_topics(row)) for row in proba]
    macro, per_topic = _topic_macro_f1(topical, shipped)
    return {"folds": folds, "n": len(items), "reports": len(reports),
            "labels": {"macro_f1": round(sum(v["f1"] for v in per_label.values()) / len(LABELS), 4),
                       "per_label": per_label},
            "topics": {"threshold": TOPIC_THRESHOLD, "macro_f1": macro, "per_topic": per_topic,
                       "threshold_sweep": sweep}}


def train_model(corpus_dir: Path | None = None, seed: int = DEFAULT_SEED) -> tuple[SentenceClassifier, dict]:
    import sklearn
    import skops

    corpus_dir = Path(corpus_dir) if corpus_dir else default_corpus_dir()
    reports = read_corpus(corpus_dir)
    train_items, heldout_items = split(reports)
    classifier = fit(train_items, seed)
    meta = {
        "model": MODEL_FILE,
        "corpus": str(corpus_dir),
        "corpus_sha256": corpus_hash(corpus_dir),
        "topic_cues_sha256": topic_cues_hash(),
        "topic_threshold": TOPIC_THRESHOLD,
        "seed": seed,
        "split": "by report: sha256(report id) mod 5 == 0 is held out",
        "reports": {"train": sum(not r.heldout for r in reports), "heldout": sum(r.heldout for r in reports)},
        "sentences": {"train": len(train_items), "heldout": len(heldout_items)},
        "labels": list(LABELS),
        "topics": list(TOPIC_LABELS),
        "versions": {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
                     "skops": skops.__version__},
        "scores": {"heldout": score(classifier, heldout_items)},
    }
    return classifier, meta


def fit_specificity(reports: list[CorpusReport]) -> tuple[tuple, dict]:
    """Specificity cue weights fitted to the annotated levels of the TRAINING split's
    measures (:func:`.specificity.fit_weights`), with Spearman before and after on both
    splits (the held-out figure is reported, never used to fit)."""
    from .specificity import fit_weights, load_cues, score

    train, heldout = split(reports)
    current = load_cues()
    measures = [i for i in train if i.label == "measure" and i.level is not None]
    fitted = fit_weights([i.text for i in measures], [i.level for i in measures], current)

    def rho(items, cues):
        ms = [i for i in items if i.label == "measure" and i.level is not None]
        return spearman([score(i.text, cues).score for i in ms], [i.level for i in ms])

    report = {"train_measures": len(measures),
              "spearman_before": {"train": rho(train, current), "heldout": rho(heldout, current)},
              "spearman_after": {"train": rho(train, fitted), "heldout": rho(heldout, fitted)},
              "weights": {c.name: c.weight for c in fitted}}
    return fitted, report


def fit_default_boilerplate(reports: list[CorpusReport]):
    from .boilerplate import Boilerplate

    return Boilerplate.fit(["\n".join(i.text for i in r.items) for r in reports], n=4, min_doc_share=0.03)


def write_model(classifier: SentenceClassifier, meta: dict, out_dir: Path) -> tuple[Path, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_FILE
    classifier.save(model_path)
    classifier.shipped().save(out_dir / RUNTIME_FILE)
    meta_path = out_dir / META_FILE
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return model_path, meta_path
