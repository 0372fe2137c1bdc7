"""corpora/real_pages/validate.py on a made-up search page: a FAIL check the scorer could never pair
(no spans) is refused, one with its spans passes."""
from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "corpora" / "real-pages" / "pages.jsonl"
TEXT = ("某某镇2023年政府信息公开工作年度报告\n本年报由总体情况、主动公开政府信息情况、存在的主要问题及改进情况、"
        "其他需要报告的事项五个部分组成。\n一、总体情况\n全年主动公开政府信息120条。\n")


def _validate(tmp_path, monkeypatch, capsys, check):
    if not PAGES.exists():
        pytest.skip("../shared is not beside the project")
    key = "search:0123456789ab"
    cache = tmp_path / "cache.jsonl"
    cache.write_text(json.dumps({"key": key, "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setenv("TEXTMINE_FIGURE_CACHE", str(cache))
    record = {"id": key, "split": "dev2", "source": key, "sha1": hashlib.sha1(TEXT.encode("utf-8")).hexdigest(),
              "fragment": False, "agency_level": "township",
              "figures": [{"metric": "items_published", "value": 120, "span": "120条"}],
              "checks": [check], "notes": "某某镇 2023 (made up)."}
    annotations = tmp_path / "figures-test.jsonl"
    annotations.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("validate", ROOT / "corpora" / "real_pages" / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    status = module.main([str(annotations)])
    return status, capsys.readouterr().out


def test_a_fail_without_spans_is_refused(tmp_path, monkeypatch, capsys):
    status, out = _validate(tmp_path, monkeypatch, capsys,
                            {"check": "listed_count", "status": "FAIL", "spans": [], "why": "五个部分, four named"})
    assert status == 1 and "give spans" in out


def test_a_fail_with_its_spans_passes(tmp_path, monkeypatch, capsys):
    status, out = _validate(tmp_path, monkeypatch, capsys,
                            {"check": "listed_count", "status": "FAIL", "spans": ["五个部分"], "why": "four named"})
    assert status == 0 and "1 pages, 0 problems" in out
