"""``textmine compare LAST THIS``: the cross-year checks from the command line."""
from __future__ import annotations

import json
import subprocess
import sys


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "textmine.cli", *args], capture_output=True, text=True)


def test_compare_flags_a_broken_chain_and_a_copied_report(example_path, tmp_path):
    # last year: the example (2023, 结转下年度 3); this year: the same report re-dated to 2024,
    # so its 上年结转 (4) does not continue last year's 结转下年度 (3) and all prose is copied
    this = tmp_path / "2024.txt"
    this.write_text(example_path.read_text(encoding="utf-8").replace("2023", "2024"), encoding="utf-8")
    run = _cli("compare", str(example_path), str(this), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert (data["last"]["year"], data["this"]["year"]) == (2023, 2024)
    failed = {(f["rule"], f["unit"]) for f in data["findings"] if f["status"] == "FAIL"}
    assert ("cross_year.carried_over_chain", "“总计”列") in failed
    assert ("cross_year.repeated_text", "五、存在的主要问题及改进情况") in failed
    chain = next(f for f in data["findings"] if f["rule"] == "cross_year.carried_over_chain" and f["unit"] == "“总计”列")
    assert (chain["expected"], chain["found"]) == (3, 4)
    assert {e.get("report", "this") for e in chain["evidence"]} == {"this", "previous"}
    # human-readable output and --strict for scripts
    text = _cli("compare", str(example_path), str(this))
    assert text.returncode == 0 and "FAIL" in text.stdout and "cross_year.carried_over_chain" in text.stdout
    assert _cli("compare", str(example_path), str(this), "--strict").returncode == 1


def test_compare_swapped_or_missing_arguments(example_path, tmp_path):
    this = tmp_path / "2024.txt"
    this.write_text(example_path.read_text(encoding="utf-8").replace("2023", "2024"), encoding="utf-8")
    swapped = _cli("compare", str(this), str(example_path))
    assert swapped.returncode == 0 and "LAST is later than THIS" in swapped.stdout
    missing = _cli("compare", str(tmp_path / "nope.txt"), str(this))
    assert missing.returncode == 2 and "nope.txt" in missing.stderr and "Traceback" not in missing.stderr


def test_compare_of_two_agencies_warns_and_runs_no_cross_year_check(example_path, tmp_path):
    """Issue 22: two agencies' reports compared ran the 五 follow-up checks and FAILed with no
    warning. The pair is judged where it is formed: one warning, no follow-up, no FAIL."""
    other = tmp_path / "other.txt"
    other.write_text(example_path.read_text(encoding="utf-8").replace("临川市生态环境局", "青山县交通运输局")
                     .replace("2023", "2022"), encoding="utf-8")
    run = _cli("compare", str(other), str(example_path), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert "机关不同" in data["pairing_problem"]
    statuses = {(f["rule"], f["status"]) for f in data["findings"]}
    assert ("cross_year.pairing", "UNCERTAIN") in statuses
    assert not [f for f in data["findings"] if f["status"] == "FAIL"]
    assert not [f for f in data["findings"] if f["rule"].startswith("problems.")]
    text = _cli("compare", str(other), str(example_path))
    assert "WARNING: these two reports cannot be compared" in text.stdout and "机关不同" in text.stdout
    assert _cli("compare", str(other), str(example_path), "--strict").returncode == 1


def test_compare_of_a_report_with_itself_warns(example_path):
    run = _cli("compare", str(example_path), str(example_path), "--json")
    data = json.loads(run.stdout)
    assert "同一年度" in data["pairing_problem"]
    # the copied-problem checks would FAIL every sentence of 五 against itself
    assert not [f for f in data["findings"] if f["status"] == "FAIL"]
    assert "WARNING" in _cli("compare", str(example_path), str(example_path)).stdout


def test_a_proper_pair_has_no_pairing_problem(example_path, tmp_path):
    this = tmp_path / "2024.txt"
    this.write_text(example_path.read_text(encoding="utf-8").replace("2023", "2024"), encoding="utf-8")
    data = json.loads(_cli("compare", str(example_path), str(this), "--json").stdout)
    assert data["pairing_problem"] is None
    assert [f["status"] for f in data["findings"] if f["rule"] == "cross_year.pairing"] == ["PASS"]
    assert any(f["rule"].startswith("problems.") for f in data["findings"])
