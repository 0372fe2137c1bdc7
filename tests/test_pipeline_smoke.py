"""End-to-end: the bundled example and the seed go through the whole pipeline."""
from __future__ import annotations

import json
import subprocess
import sys

import textmine
from textmine.model import SECTION_KEYS


def test_example_has_all_six_sections(example_path):
    report = textmine.audit(example_path)
    assert report.sections.keys == SECTION_KEYS
    assert report.metadata.agency == "临川市生态环境局"
    assert report.metadata.year == 2023


def test_seed_json_follows_contract_keys(seed_path):
    data = textmine.audit(seed_path).to_dict()
    for key in ("source", "format", "encoding", "title", "agency", "year", "template", "text",
                "sections", "tables", "figures", "findings", "sentences"):
        assert key in data
    assert data["agency"] == "平顶山市应急管理局"
    assert [s["key"] for s in data["sections"]] == list(SECTION_KEYS)
    for section in data["sections"]:
        assert data["text"][section["start"]:section["end"]].lstrip().startswith(
            ("一", "二", "三", "四", "五", "六"))


def test_cli_audit_json_and_error(seed_path, tmp_path):
    out = subprocess.run([sys.executable, "-m", "textmine.cli", "audit", str(seed_path), "--json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["year"] == 2023
    missing = subprocess.run([sys.executable, "-m", "textmine.cli", "audit", str(tmp_path / "nope.txt")],
                             capture_output=True, text=True)
    assert missing.returncode == 2
    assert "nope.txt" in missing.stderr and "Traceback" not in missing.stderr


def test_cli_help_says_what_it_is_and_lists_every_command():
    from textmine.cli import COMMANDS

    out = subprocess.run([sys.executable, "-m", "textmine", "--help"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "政府信息公开工作年度报告" in out.stdout and "examples:" in out.stdout
    for name in COMMANDS:
        assert f"\n    {name} " in out.stdout
