"""The JSON-lines readers name the file and line of a broken line (one shared reader)."""
import json

import pytest

from textmine.figures.evaluation import GoldError, load_gold
from textmine.problems.realcorpus import RealCorpusError, read_real, read_second_levels
from textmine.real.pages import RealPagesError, load_search_pages


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_broken_line_of_each_reader_names_its_file_and_line(tmp_path):
    good_page = json.dumps({"key": "search:0123456789ab", "text": "2023年,我镇收到政府信息公开申请3件。"},
                           ensure_ascii=False)
    cache = _write(tmp_path / "figure_pages.jsonl", [good_page, "", "{cut off"])
    with pytest.raises(RealPagesError) as caught:
        load_search_pages(cache)
    assert caught.value.source == "figure_pages.jsonl:3" and "not JSON" in caught.value.problem

    levels = _write(tmp_path / "levels-second.jsonl", ['{"where": "shared:p013#4", "level": 2}', "[1, 2]"])
    with pytest.raises(RealCorpusError) as caught:
        read_second_levels(levels)
    assert caught.value.source == "levels-second.jsonl:2"

    units = _write(tmp_path / "units-dev9.jsonl", ['{"page": "search:0123456789ab"'])
    with pytest.raises(RealCorpusError) as caught:
        read_real(units, cache=tmp_path / "search.jsonl")
    assert caught.value.source == "units-dev9.jsonl:1" and "not JSON" in caught.value.problem

    gold = _write(tmp_path / "gold.jsonl", ['{"id": "g1", "text": "发布信息12条", "figures": []}', "not json"])
    with pytest.raises(GoldError) as caught:
        load_gold([gold])
    assert caught.value.source == f"{gold}:2"


def test_blank_lines_are_skipped_and_records_kept_in_order(tmp_path):
    lines = [json.dumps({"where": f"search:0123456789ab#{i}", "level": i % 4}) for i in range(1, 6)]
    levels = _write(tmp_path / "levels-second.jsonl", lines[:2] + ["", "   "] + lines[2:])
    assert read_second_levels(levels) == {f"search:0123456789ab#{i}": i % 4 for i in range(1, 6)}
