"""Train and score the section 五 classifier from the annotated corpora.

``train_model`` fits on the training split only — the own corpus's training reports and the
real units of the ``dev`` pages (:mod:`.realcorpus`, repeated :data:`REAL_WEIGHT` times: they
are what the audit meets) — so no held-out report or page touches the model; it scores both
held-out sets and returns the classifier with its metadata (corpus hashes, seed, library
versions, scores; paths relative to the project, never the build machine's). ``write_model``
saves into a models directory: the skops file (the fitted Pipelines, without the vectorizers'
record of pruned terms), its weights as arrays (``sentence_classifier.npz``, what the audit
loads) and ``sentence_classifier.json``; the default boilerplate n-gram table is refitted on
the own corpus and saved as JSON beside them.
"""
from __future__ import annotations

import hashlib
import json
import platform
from pathlib import Path

from .classifier import META_FILE, MODEL_FILE, TOPIC_THRESHOLD, Classifier, SentenceClassifier, build_pipelines
from .corpus import Annotated, CorpusReport, corpus_hash, default_corpus_dir, read_corpus, split
from .features import encode, mirror_partners
from .runtime import RUNTIME_FILE
from .topics import LABELS, TOPIC_LABELS, topic_cues_hash

DEFAULT_SEED = 20240601
#: how many times each real training unit counts against one unit of the own corpus (real
#: units are ~300 against ~1,700): chosen by report-grouped cross-validation on the real dev
#: pages (``textmine eval sentences --split cv``); the held-out pages played no part
REAL_WEIGHT = 4


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


def fit(items: list[Annotated], seed: int = DEFAULT_SEED, min_df: int | None = None) -> SentenceClassifier:
    import numpy as np

    label_model, topic_model = build_pipelines(seed) if min_df is None else build_pipelines(seed, min_df)
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
    from .classifier import choose_topics, cued_topics

    if not items:
        return []
    inputs = _topic_inputs(items, context)
    proba = classifier.topic_proba(inputs)
    return [tuple(TOPIC_LABELS[k] for k in choose_topics(row, cued=cued_topics(x))) for row, x in zip(proba, inputs)]


def _topic_macro_f1(items: list[Annotated], predicted: list[tuple[str, ...]]) -> tuple[float, dict]:
    per = {}
    for t in TOPIC_LABELS:
        tp = sum(1 for i, p in zip(items, predicted) if t in i.topics and t in p)
        fp = sum(1 for i, p in zip(items, predicted) if t not in i.topics and t in p)
        fn = sum(1 for i, p in zip(items, predicted) if t in i.topics and t not in p)
        per[t] = _prf(tp, fp, fn)
    present = [t for t in TOPIC_LABELS if per[t]["support"]]
    return round(sum(per[t]["f1"] for t in present) / max(1, len(present)), 4), per


CV_THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def cross_validate(items: list[Annotated], real_pages: list | None = None, folds: int = 5,
                   seed: int = DEFAULT_SEED) -> dict:
    """Report-grouped k-fold cross-validation of the current design on training data only:
    the own corpus's training split (``items``) and the real dev pages (``real_pages``,
    grouped by report, weighted :data:`REAL_WEIGHT` as in training). Each fold leaves out a
    fifth of the own reports and of the real reports together. Label macro-F1, and topic F1
    (own: macro; real: micro) for each threshold of :data:`CV_THRESHOLDS`: this is where the
    topic threshold and the real weight are chosen, so the held-out split stays untouched."""
    import numpy as np

    from .classifier import TOPIC_THRESHOLD, choose_topics, cued_topics
    from .realcorpus import page_items
    from .realeval import audit_scores, merge_audit

    real_pages = real_pages or []
    reports = sorted({i.report for i in items})
    fold_of = {r: k % folds for k, r in enumerate(reports)}  # deterministic, report-grouped
    groups = sorted({p.group for p in real_pages})
    group_fold = {g: k % folds for k, g in enumerate(groups)}
    real_items = {p.key: page_items(p) for p in real_pages}
    label_pred: list[str | None] = [None] * len(items)
    topical_idx = [k for k, i in enumerate(items) if i.label != "other"]
    proba = np.zeros((len(topical_idx), len(TOPIC_LABELS)))
    real_audits = []
    real_gold_labels: list[str] = []
    real_pred_labels: list[str] = []
    real_topic_gold: list[set] = []
    real_topic_proba = []
    real_topic_cued: list[frozenset[int]] = []
    # every topical unit's encoding (its mirror found among all items), built once for its
    # fold's predictions and its cued topics
    topic_inputs = _topic_inputs([items[j] for j in topical_idx], items)
    cued = [cued_topics(x) for x in topic_inputs]
    for k in range(folds):
        train = [i for i in items if fold_of[i.report] != k]
        train += [i for p in real_pages if group_fold[p.group] != k for i in real_items[p.key]] * REAL_WEIGHT
        test_idx = [j for j, i in enumerate(items) if fold_of[i.report] == k]
        model = fit(train, seed)
        for j, pred in zip(test_idx, model.label_model.predict(_inputs([items[j] for j in test_idx]))):
            label_pred[j] = str(pred)
        rows = [n for n, j in enumerate(topical_idx) if fold_of[items[j].report] == k]
        if rows:
            proba[rows] = model.topic_model.predict_proba([topic_inputs[n] for n in rows])
        fold_pages = [p for p in real_pages if group_fold[p.group] == k]
        if fold_pages:
            real_audits.append(audit_scores(fold_pages, model.shipped()))
        for page in fold_pages:
            units = real_items[page.key]
            real_gold_labels += [u.label for u in units]
            real_pred_labels += [str(x) for x in model.label_model.predict(_inputs(units))]
            topical = [u for u in units if u.label != "other"]
            if topical:
                inputs = _topic_inputs(topical, units)
                real_topic_proba.append(model.topic_model.predict_proba(inputs))
                real_topic_gold += [set(u.topics) for u in topical]
                real_topic_cued += [cued_topics(x) for x in inputs]
    per_label = {lab: _prf(*_counts(items, label_pred, lab)) for lab in LABELS}
    topical = [items[j] for j in topical_idx]
    sweep = {}
    for threshold in CV_THRESHOLDS:
        predicted = [tuple(TOPIC_LABELS[t] for t in choose_topics(row, threshold, c)) for row, c in zip(proba, cued)]
        sweep[str(threshold)] = _topic_macro_f1(topical, predicted)[0]
    shipped = [tuple(TOPIC_LABELS[t] for t in choose_topics(row, cued=c)) for row, c in zip(proba, cued)]
    macro, per_topic = _topic_macro_f1(topical, shipped)
    real = {"n": len(real_gold_labels), "groups": len(groups)}
    if real_gold_labels:
        real_f1 = []
        for lab in LABELS:
            tp = sum(g == lab and p == lab for g, p in zip(real_gold_labels, real_pred_labels))
            fp = sum(g != lab and p == lab for g, p in zip(real_gold_labels, real_pred_labels))
            fn = sum(g == lab and p != lab for g, p in zip(real_gold_labels, real_pred_labels))
            real_f1.append(_prf(tp, fp, fn)["f1"])
        real["labels_macro_f1"] = round(sum(real_f1) / len(LABELS), 4)
        matrix = np.vstack(real_topic_proba) if real_topic_proba else np.zeros((0, len(TOPIC_LABELS)))
        real["threshold_sweep"] = {str(t): _micro_f1(real_topic_gold, matrix, t, real_topic_cued)
                                   for t in CV_THRESHOLDS}
        real["topics_micro_f1"] = real["threshold_sweep"][str(TOPIC_THRESHOLD)]
        real["audit"] = {k: v for k, v in merge_audit(real_audits).items() if k != "details"}
    else:
        real.update(labels_macro_f1=0.0, topics_micro_f1=0.0, threshold_sweep={})
    return {"folds": folds, "n": len(items), "reports": len(reports), "real": real,
            "labels": {"macro_f1": round(sum(v["f1"] for v in per_label.values()) / len(LABELS), 4),
                       "per_label": per_label},
            "topics": {"threshold": TOPIC_THRESHOLD, "macro_f1": macro, "per_topic": per_topic,
                       "threshold_sweep": sweep}}


def _counts(items: list[Annotated], predicted: list, label: str) -> tuple[int, int, int]:
    tp = sum(1 for i, p in zip(items, predicted) if i.label == label and p == label)
    fp = sum(1 for i, p in zip(items, predicted) if i.label != label and p == label)
    fn = sum(1 for i, p in zip(items, predicted) if i.label == label and p != label)
    return tp, fp, fn


def _micro_f1(gold: list[set], proba, threshold: float, cued: list[frozenset[int]] | None = None) -> float:
    from .classifier import choose_topics

    cued = cued if cued is not None else [frozenset()] * len(gold)
    predicted = [{TOPIC_LABELS[t] for t in choose_topics(row, threshold, c)} for row, c in zip(proba, cued)]
    tp = sum(len(g & p) for g, p in zip(gold, predicted))
    fp = sum(len(p - g) for g, p in zip(gold, predicted))
    fn = sum(len(g - p) for g, p in zip(gold, predicted))
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp + fp + fn else 0.0


def _relative(path: Path) -> str:
    """A path as recorded in model metadata: relative to the project when inside it (a
    build machine's absolute paths mean nothing elsewhere), else only its name."""
    from ..paths import PROJECT_ROOT

    try:
        return Path(path).resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return Path(path).name


def real_training_items(real=None) -> list[Annotated]:
    """The real dev pages' units, each repeated :data:`REAL_WEIGHT` times."""
    from .realcorpus import items

    return items(real.split("dev")) * REAL_WEIGHT if real is not None else []


def train_model(corpus_dir: Path | None = None, seed: int = DEFAULT_SEED, *, real_units: Path | None = None,
                real_cache: Path | None = None, use_real: bool = True) -> tuple[SentenceClassifier, dict]:
    import sklearn
    import skops

    from .realcorpus import read_real, units_path
    from .realeval import unit_scores

    corpus_dir = Path(corpus_dir) if corpus_dir else default_corpus_dir()
    reports = read_corpus(corpus_dir)
    train_items, heldout_items = split(reports)
    real = read_real(real_units, real_cache) if use_real else None
    real_items = real_training_items(real)
    classifier = fit(train_items + real_items, seed)
    units_file = Path(real_units) if real_units else units_path()
    meta = {
        "model": MODEL_FILE,
        "corpus": _relative(corpus_dir),
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
    if real is not None:
        meta["real"] = {
            "units": _relative(units_file),
            "units_sha256": hashlib.sha256(units_file.read_bytes()).hexdigest(),
            "weight": REAL_WEIGHT,
            "pages": {"dev": len(real.split("dev")), "heldout": len(real.split("heldout")),
                      "missing": sorted(real.missing), "changed": sorted(real.changed)},
            "units_trained": len(real_items) // REAL_WEIGHT,
            "split": "corpora/real_pages/split.json for shared pages; sha256(salt + group) mod 5 == 0 for the rest",
        }
        meta["scores"]["real_heldout"] = _compact_unit_scores(unit_scores(classifier, real.split("heldout")))
    return classifier, meta


def _compact_unit_scores(result: dict) -> dict:
    """The headline figures of :func:`.realeval.unit_scores` for the metadata file."""
    spec = result["specificity"]
    return {"n": result["n"], "label_macro_f1": result["labels"]["macro_f1"],
            "topics_micro_f1": result["topics"]["micro_f1"], "topics_macro_f1": result["topics"]["macro_f1"],
            "specificity_spearman": spec["spearman"], "specific_below_0.5": len(spec["low_specific"]),
            "boilerplate_above_0.2": len(spec["high_boilerplate"])}


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
    _drop_pruned_terms(classifier)
    classifier.save(model_path)
    classifier.shipped().save(out_dir / RUNTIME_FILE)
    meta_path = out_dir / META_FILE
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return model_path, meta_path


def _drop_pruned_terms(classifier: SentenceClassifier) -> None:
    """A fitted TfidfVectorizer keeps every term that min_df pruned in ``stop_words_``, only
    for introspection (scikit-learn documents it as safe to delete before pickling): most of
    a skops file's bulk, none of its predictions."""
    for pipeline in (classifier.label_model, classifier.topic_model):
        for _, vectorizer in pipeline.named_steps["features"].transformer_list:
            if hasattr(vectorizer, "stop_words_"):
                del vectorizer.stop_words_
