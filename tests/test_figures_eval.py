"""The figure evaluation harness: gold loading, the matching rule, scores, the CLI, and the
gold corpus itself (every span locates; dev scores stay above the target)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from textmine.cli import main
from textmine.errors import TextmineError
from textmine.figures.evaluation import (GoldFigure, default_gold_paths, evaluate, load_gold, locate, match)
from textmine.figures.model import Figure
from textmine.paths import PROJECT_ROOT


def write(tmp_path, records, name="gold.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def fig(metric, value, start, end, kind="count"):
    return Figure(metric, value, "件", start, end, "", kind=kind, value_start=start, value_end=end)


def test_match_needs_metric_kind_value_and_overlap():
    gold = [GoldFigure("applications_received", 8, 10, 12), GoldFigure("applications_received", 8, 30, 32)]
    predicted = [fig("applications_received", 8, 29, 33), fig("applications_received", 8.0, 5, 12),
                 fig("applications_granted", 8, 10, 12), fig("applications_received", 8, 10, 12, kind="change")]
    assert match(gold, predicted) == [(0, 1), (1, 0)]
    assert match([GoldFigure("site_visits", 209000, 0, 5)], [fig("site_visits", 209001, 0, 5)]) == []
    assert match([GoldFigure("site_visits", 5, 0, 5)], [fig("site_visits", 5, 5, 9)]) == []  # touching, no overlap


def test_scores_per_metric_and_overall(tmp_path):
    path = write(tmp_path, [
        {"id": "a", "split": "dev", "text": "全年受理政府信息公开申请8件，其中予以公开8件。",
         "figures": [{"metric": "applications_received", "value": 8, "span": "8件"},
                     {"metric": "applications_granted", "value": 8, "span": "8件", "parent": 0}]},
        {"id": "b", "split": "dev", "text": "依托“8+4”体系，网站发布信息3条。",
         "figures": [{"metric": "items_published", "value": 30, "span": "3条"}]},
        {"id": "trap", "split": "heldout", "text": "邮编:463000,电话:0396-2211450。", "figures": []},
    ])
    scores, skipped = evaluate(load_gold([path]))
    dev = scores["dev"]
    assert (dev.overall.tp, dev.overall.fp, dev.overall.fn) == (2, 1, 1)
    assert dev.metrics["items_published"].precision == 0.0
    assert dev.metrics["applications_received"].f1 == 1.0
    assert scores["heldout"].overall.tp + scores["heldout"].overall.fp == 0
    assert scores["all"].documents == 3 and skipped == []
    assert dev.attributes["parent"] == [1, 1]


def test_gold_spans_are_located_in_the_normalised_text(tmp_path):
    path = write(tmp_path, [{"id": "x", "text": "访问量２０．９万人次，其中移动端１０万人次；共２５件和５件",
                             "figures": [{"metric": "site_visits", "value": 209000, "span": "２０．９万人次"},
                                         {"metric": "site_visits", "value": 100000, "span": "１０万人次"},
                                         {"metric": "x", "value": 25, "span": "25件"},
                                         {"metric": "y", "value": 5, "span": "5件"}]}])
    (doc,) = load_gold([path])
    text = "访问量20.9万人次,其中移动端10万人次;共25件和5件"
    located = locate(doc, text)
    assert [text[g.start:g.end] for g in located] == ["20.9万人次", "10万人次", "25件", "5件"]
    assert located[3].start == text.rindex("5件")  # not the 5 inside 25


@pytest.mark.parametrize("content, problem", [
    ("{not json", "not JSON"),
    ('{"id": "a", "text": "x"}', "needs 'figures'"),
    ('{"id": "a", "text": "x", "figures": [{"metric": "m"}]}', "needs metric, value and span"),
])
def test_bad_gold_is_a_clear_error(tmp_path, content, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(TextmineError) as err:
        load_gold([path])
    assert f"{path}:1" in str(err.value) and problem in str(err.value)


def test_a_span_that_is_not_in_the_text_names_the_record(tmp_path):
    path = write(tmp_path, [{"id": "a", "text": "受理申请8件", "figures": [
        {"metric": "applications_received", "value": 9, "span": "9件"}]}])
    with pytest.raises(TextmineError, match="9件"):
        evaluate(load_gold([path]))


def test_records_from_an_absent_source_are_skipped(tmp_path):
    path = write(tmp_path, [{"id": "gone", "source": "shared:no/such/file.txt", "figures": []}])
    scores, skipped = evaluate(load_gold([path]))
    assert scores == {} and "gone" in skipped[0]


def test_shipped_gold_corpus():
    paths = default_gold_paths()
    assert {p.name for p in paths} >= {"dev.jsonl", "heldout.jsonl"}
    docs = load_gold(paths)
    written = [d for d in docs if d.text is not None]
    assert len(written) >= 150
    assert {d.split for d in docs} == {"dev", "heldout"}
    assert sum(1 for d in docs if not d.figures) >= 25  # trap paragraphs
    assert any(d.id == "seed" for d in docs)


def test_dev_split_meets_the_target():
    scores, _ = evaluate([d for d in load_gold(default_gold_paths()) if d.split == "dev"])
    assert scores["dev"].overall.f1 >= 0.95


def test_cli_eval_figures(tmp_path, capsys):
    path = write(tmp_path, [{"id": "a", "split": "dev", "text": "全年受理政府信息公开申请8件。",
                             "figures": [{"metric": "applications_received", "value": 8, "span": "8件"}]}])
    assert main(["eval", "figures", "--gold", str(path)]) == 0
    out = capsys.readouterr().out
    assert "| applications_received | 1 | 1 | 1.000 | 1.000 | 1.000 |" in out
    assert main(["eval", "figures", "--gold", str(path), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scores"]["dev"]["overall"]["f1"] == 1.0 and data["errors"] == []
    missing = write(tmp_path, [{"id": "b", "split": "dev", "text": "网站访问量5万次。",
                                "figures": [{"metric": "site_visits", "value": 6, "span": "5万次"}]}], "miss.jsonl")
    assert main(["eval", "figures", "--gold", str(missing), "--min-f1", "0.95"]) == 1


def test_cli_reports_bad_gold_without_traceback(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "textmine.cli", "eval", "figures", "--gold", str(bad)],
                         capture_output=True, text=True, cwd=str(PROJECT_ROOT))
    assert out.returncode == 2 and "bad.jsonl:1" in out.stderr and "Traceback" not in out.stderr
