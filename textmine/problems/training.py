"""Train and score the section 五 classifier from the annotated corpus.

``train_model`` fits on the training split only (the held-out reports never touch the
model), scores on the held-out split and returns the classifier with its metadata
(corpus hash, seed, library versions, scores). ``write_model`` saves both into a models
directory: the skops file and ``sentence_classifier.json``; the default boilerplate
n-gram table is refitted on the same corpus and saved as JSON beside them.
"""
from __future__ import annotations

import json
import platform
from pathlib import Path

from .classifier import META_FILE, MODEL_FILE, SentenceClassifier, build_pipelines
from .corpus import Annotated, CorpusReport, corpus_hash, default_corpus_dir, read_corpus, split
from .features import encode
from .topics import LABELS, TOPIC_LABELS

DEFAULT_SEED = 20240601


def _inputs(items: list[Annotated]) -> list[str]:
    return [encode(i.zone, i.enum, i.text) for i in items]


def fit(items: list[Annotated], seed: int = DEFAULT_SEED) -> SentenceClassifier:
    import numpy as np

    label_model, topic_model = build_pipelines(seed)
    X = _inputs(items)
    label_model.fit(X, [i.label for i in items])
    topical = [i for i in items if i.label != "other"]
    Y = np.array([[1 if t in i.topics else 0 for t in TOPIC_LABELS] for i in topical])
    topic_model.fit(_inputs(topical), Y)
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


def score(classifier: SentenceClassifier, items: list[Annotated]) -> dict:
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
    topic_preds = _topic_predictions(classifier, topical)
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


def _topic_predictions(classifier: SentenceClassifier, items: list[Annotated]) -> list[tuple[str, ...]]:
    from .classifier import TOPIC_THRESHOLD

    if not items:
        return []
    proba = classifier.topic_model.predict_proba(_inputs(items))
    out = []
    for row in proba:
        chosen = [k for k, p in enumerate(row) if p >= TOPIC_THRESHOLD] or [int(row.argmax())]
        out.append(tuple(TOPIC_LABELS[k] for k in chosen))
    return out


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


def fit_default_boilerplate(reports: list[CorpusReport]):
    from .boilerplate import Boilerplate

    return Boilerplate.fit(["\n".join(i.text for i in r.items) for r in reports], n=4, min_doc_share=0.03)


def write_model(classifier: SentenceClassifier, meta: dict, out_dir: Path) -> tuple[Path, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_FILE
    classifier.save(model_path)
    meta_path = out_dir / META_FILE
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return model_path, meta_path
