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
