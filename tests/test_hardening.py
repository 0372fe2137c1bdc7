"""Issue 22: defects a 12,000-input fuzz and a newcomer's run found, each pinned where it was
fixed (the fuzz benchmark itself is ``benchmarks/fuzz.py``)."""
from __future__ import annotations

from pathlib import Path
import subprocess
import sys

import pytest

import textmine
from textmine.readers import load

REPORT = ("东江县水利局2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条,其中政策文件20条。\n"
          "三、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请6件,均已按时答复。\n")


# --------------------------------------------------------------------------- reading

@pytest.mark.parametrize("odd", ["\ufffe", "\uffff", "\ufdd0"])
def test_a_noncharacter_in_an_html_title_is_replaced_not_a_traceback(odd):
    body = "".join(f"<p>{line}</p>" for line in REPORT.splitlines()[1:])
    page = (f"<html><head><title>东江县{odd}水利局2023年政府信息公开工作年度报告</title></head>"
            f"<body><h1>东江县水利局2023年政府信息公开工作年度报告</h1>{body}</body></html>")
    report = textmine.audit(page.encode("utf-8"), format="html")
    assert odd not in report.document.text
    assert any(f.metric == "items_published" and f.value == 120 for f in report.figures)


@pytest.mark.parametrize("damage", [
    lambda data: data[:40] + b"\xff" + data[40:],  # one stray byte (inside a character)
    lambda data: data[:-2],                        # cut in the middle of the last character
])
def test_a_utf8_file_with_a_few_bad_bytes_is_read_and_says_so(damage):
    data = damage((REPORT + "以上为本年度报告。").encode("utf-8"))
    doc = load(data)
    assert doc.encoding.startswith("utf-8 (") and "replaced" in doc.encoding
    report = textmine.audit(data)
    assert any("replaced" in note for note in report.metadata.notes)
    assert any(f.metric == "applications_received" and f.value == 6 for f in report.figures)


def test_gbk_and_binary_are_not_taken_for_damaged_utf8():
    assert load(REPORT.encode("gbk")).encoding in ("gb18030", "gbk")
    with pytest.raises(textmine.errors.TextmineError):
        load(bytes(range(256)) * 40)


# --------------------------------------------------------------------------- the command line

@pytest.mark.parametrize("argv", [
    ["audit", "{missing}"],
    ["audit", "{directory}"],
    ["audit", "{report}", "--previous", "{missing}"],
    ["compare", "{missing}", "{report}"],
])
def test_paths_on_the_command_line_are_never_read_as_report_text(argv, tmp_path, capsys):
    from textmine.cli import main

    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    names = {"missing": str(tmp_path / "nosuchfile"), "directory": str(tmp_path), "report": str(report)}
    code = main([a.format(**names) for a in argv])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err
    assert "no such file" in err or "is a directory" in err
    assert "no report title" not in err  # the name was not taken for the report's text


def test_the_readme_test_line_prints_pytest_summary():
    """README's second command is what CI runs; with ``-q`` also in ``addopts`` pytest ran
    at ``-qq`` and printed no summary line, so a reader could not tell what ran."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```bash\n(.+?)\n```", readme, flags=re.S)
    assert commands[1].strip().startswith("python -m pytest")
    # run that command's options on one small test file: the summary line must be there
    options = commands[1].split()[3:]
    out = subprocess.run([sys.executable, "-m", "pytest", *options, "tests/test_segment.py"], cwd=root,
                         capture_output=True, text=True, timeout=600)
    assert re.search(r"\d+ passed", out.stdout), out.stdout[-500:]


# --------------------------------------------------------------------------- batch workers

_PARENT_DIES = """
import os, time
from textmine.batch.pool import IsolatedPool
pool = IsolatedPool(2)
pool.submit(time.sleep, 0.0).result()    # the workers are up
futures = [pool.submit(time.sleep, 1.0) for _ in range(4)]
time.sleep(0.3)      # they are busy
os._exit(0)          # and the parent dies without a word, as under kill -9
"""


def test_workers_whose_parent_is_gone_exit_without_a_traceback():
    """Workers killed with their parent printed BrokenPipeError tracebacks (each sent its
    result into a pipe nobody read any more). They now exit quietly."""
    import subprocess
    import sys

    # stderr is shared with the workers: communicate() returns when the last of them is gone
    done = subprocess.run([sys.executable, "-c", _PARENT_DIES], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "BrokenPipeError" not in done.stderr


# --------------------------------------------------------------------------- DOCX

def _docx_with_forged_sizes(inflated: int) -> bytes:
    """A real DOCX whose document.xml inflates to ``inflated`` bytes while its zip headers
    (local and central) say it is 4 KB."""
    import io
    import struct
    import zipfile

    from corpora.generator import generate_report

    original = zipfile.ZipFile(io.BytesIO(generate_report(3, rendering="docx").data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in original.infolist():
            if info.filename != "word/document.xml":
                new.writestr(info, original.read(info.filename))
                continue
            xml = original.read(info.filename)
            head, tail = xml.split(b"</w:body>")
            filler = b"<w:p><w:r><w:t>" + b"A" * 4000 + b"</w:t></w:r></w:p>"
            with new.open("word/document.xml", "w") as member:
                member.write(head)
                for _ in range(inflated // len(filler)):
                    member.write(filler)
                member.write(b"</w:body>" + tail)
    data = bytearray(out.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 4096)  # local header: uncompressed size
    central = bytes(data).index(b"PK\x01\x02", bytes(data).rindex(b"word/document.xml") - 46 - 40)
    struct.pack_into("<I", data, central + 24, 4096)             # central directory entry
    return bytes(data)


def test_a_docx_whose_headers_understate_its_size_is_capped_by_what_is_inflated():
    import tracemalloc

    from textmine.errors import TextmineError
    from textmine.readers import Limits

    data = _docx_with_forged_sizes(48 * 2**20)
    assert len(data) < 2**20  # a small file
    tracemalloc.start()
    try:
        with pytest.raises(TextmineError) as caught:
            load(data, format="docx", limits=Limits(max_unpacked_bytes=8 * 2**20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 24 * 2**20, f"{peak / 2**20:.0f} MB held while refusing it"
    assert caught.value.code in ("too_large", "corrupt")


# --------------------------------------------------------------------------- the HTML page

def test_the_html_page_numbers_findings_in_the_order_it_lists_them_and_speaks_chinese(example_path):
    import re

    from textmine.render.html import render_html

    report = textmine.audit(example_path)
    page = render_html(report)
    items = re.findall(r'<li id="finding-(\d+)" class="finding f-(\w+)" value="(\d+)"', page)
    assert [int(v) for _, _, v in items] == list(range(1, len(items) + 1))
    statuses = [s for _, s, _ in items]
    assert statuses == sorted(statuses, key=["FAIL", "UNCERTAIN", "PASS", "NOT_ASSESSABLE"].index)
    # a cell's superscript and a text mark show the number the list shows
    shown = {n: v for n, _, v in items}
    for n, label in re.findall(r'<sup>.*?<a href="#finding-(\d+)">(\d+)</a>', page):
        assert shown[n] == label
    # expected and found values are Chinese (or numbers and signs), never English words
    for value in re.findall(r'<div class="ef">(.*?)</div>', page):
        assert not re.search(r"[A-Za-z]{3,}", value), value
    # a severity is shown only where it means something, and never as 提示 beside 不一致
    for status, body in re.findall(r'class="finding f-(\w+)"[^>]*>(.*?)</li>', page, flags=re.S):
        if status in ("PASS", "NOT_ASSESSABLE"):
            assert "严重程度" not in body
        if status == "FAIL":
            assert "严重程度：提示" not in body


# --------------------------------------------------------------------------- honest PASS

BLANK_TEMPLATE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "template-2021-blank.docx"


def _findings(report, prefix):
    return {f.rule: f for f in report.findings if f.rule.startswith(prefix)}


def test_an_unfilled_template_passes_nothing():
    """An all-blank template PASSed table arithmetic ("7列均相符"): a check with no stated value
    has nothing to check; and the quality rules say the tables and 五 were left unfilled."""
    if not BLANK_TEMPLATE.exists():
        pytest.skip("../shared/corpora/template-2021-blank.docx is not beside the project")
    report = textmine.audit(BLANK_TEMPLATE)
    for rule in ("applications.identity", "applications.results_total", "review_litigation.block_totals",
                 "active_disclosure.regulations_issuer"):
        statuses = {f.status for f in report.findings if f.rule == rule}
        assert statuses == {"NOT_ASSESSABLE"}, (rule, statuses)
    assert "没有填写任何数字" in _findings(report, "applications.identity")["applications.identity"].message
    filled = [f for f in report.findings if f.rule == "quality.blank_cells"]
    assert [f.status for f in filled] == ["FAIL", "FAIL", "FAIL"]
    assert _findings(report, "quality.empty")["quality.empty_problems"].status == "FAIL"
    assert not any(f.status == "PASS" for f in report.findings if f.rule.startswith(("applications.", "review_")))


def _pipe_report(mutate=lambda text: text, seed=5) -> str:
    from corpora.generator import generate_report

    return mutate(generate_report(seed, rendering="pipe").text)


def test_a_row_holding_words_and_no_value_is_unknown_not_blank():
    # the carried-over row written as words (见附件): not read, so not blank
    text = _pipe_report(lambda t: t.replace("| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                                            "| 二、上年结转政府信息公开申请数量 | 见附件 |"))
    report = textmine.audit(text)
    cells = [v for v in report.tables["applications"].values if v.row == "carried_over"]
    assert cells and all(v.status == "unknown" for v in cells)
    identity = [f for f in report.findings if f.rule == "applications.identity"]
    assert not any(f.status == "PASS" for f in identity)  # a check on an unread row is not PASSed


def test_a_sentence_using_one_row_label_is_not_a_table():
    text = ("东江县住建局2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息80条。\n"
            "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量300件,结转的21件申请人类别为自然人,"
            "新收政府信息公开申请中,申请人的类别为自然人的298件。\n")
    report = textmine.audit(text)
    assert not report.tables["applications"].values
    assert not any(f.rule == "quality.blank_cells" and f.status == "FAIL" for f in report.findings)


@pytest.mark.parametrize("five, status", [
    ("无。", "FAIL"),
    ("暂无", "FAIL"),
    ("一是公开内容不够全面。下一步,我局将细化公开目录。", "PASS"),
])
def test_an_empty_or_none_five_fails(five, status):
    text = _pipe_report(lambda t: t[:t.index("五、存在的主要问题及改进情况")]
                        + f"五、存在的主要问题及改进情况\n{five}\n六、其他需要报告的事项\n无。\n")
    assert _findings(textmine.audit(text), "quality.empty")["quality.empty_problems"].status == status


def test_a_missing_table_is_found_in_the_tabled_formats_only():
    head = "东江县水利局{year}年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息80条。\n"
    parts = ("二、主动公开政府信息情况\n详见附表。\n三、收到和处理政府信息公开申请情况\n全年收到申请2件。\n"
             "四、政府信息公开行政复议、行政诉讼情况\n无。\n五、存在的主要问题及改进情况\n一是培训不足。\n")
    new = [f for f in textmine.audit(head.format(year=2023) + parts).findings if f.rule == "quality.missing_table"]
    assert {f.status for f in new} == {"UNCERTAIN"}  # not there, or served as images
    old = [f for f in textmine.audit(head.format(year=2014) + parts).findings if f.rule == "quality.missing_table"]
    assert "UNCERTAIN" not in {f.status for f in old} and "FAIL" not in {f.status for f in old}


# --------------------------------------------------------------------------- compare

def _generated(tmp_path, seed) -> Path:
    from corpora.generator import generate_report

    path = tmp_path / f"r{seed}.txt"
    path.write_text(generate_report(seed, rendering="tsv").text, encoding="utf-8")
    return path


@pytest.mark.parametrize("pair", ["other_agency", "same_year"])
def test_compare_of_reports_that_are_no_year_pair_warns_and_fails_nothing(pair, tmp_path, capsys):
    """``compare`` of two agencies, or of one report with itself, ran 五's follow-up checks
    and FAILed (the same problems 'copied from last year') without a word of warning."""
    from textmine.cli import main
    from textmine.commands.compare import compare

    last = _generated(tmp_path, 1 if pair == "other_agency" else 2)
    this = _generated(tmp_path, 2)
    _, report, findings = compare(last, this)
    assert not any(f.status == "FAIL" for f in findings)
    premise = [f for f in findings if f.rule == "cross_year.pairing"]
    assert [f.status for f in premise] == ["UNCERTAIN"]
    assert ("机关不同" if pair == "other_agency" else "同一年度") in premise[0].message
    assert not any(f.rule.startswith("problems.repeated") for f in report.findings)
    main(["compare", str(last), str(this)])
    assert "warning" in capsys.readouterr().out.lower()


# --------------------------------------------------------------------------- other years

@pytest.mark.parametrize("sentence, flagged", [
    ("全年主动公开政府信息120条。我局2022年度共受理政府信息公开申请12件。", True),   # the year left unchanged
    ("全年主动公开政府信息120条,本局2022年共收到申请5件。", True),
    ("全年主动公开政府信息120条,较2022年增长10%。", False),                      # a comparison
    ("本年度收到申请22起,比2022年(31起)下降29%。", False),
    ("2022年以来累计公开信息3000条。", False),                                  # cumulative
    ("全年主动公开信息120条。2024年我局将加强培训。", False),                     # a plan
])
def test_another_years_statistics_stated_as_this_years_are_found(sentence, flagged):
    text = f"东江县水利局2023年政府信息公开工作年度报告\n一、总体情况\n{sentence}\n六、其他需要报告的事项\n无。\n"
    statuses = [f.status for f in textmine.audit(text).findings if f.rule == "text.report_year"]
    assert bool({"UNCERTAIN", "FAIL"} & set(statuses)) is flagged, statuses


def test_a_long_blank_run_after_another_years_statement_is_read_in_linear_time():
    """The fuzz's runs:387 shape: ``2024年度我局未`` then 50,000 blanks took 9 s in the year rule
    (unbounded blanks either side of an optional word). Run in a child with a deadline so that a
    regression fails here instead of hanging the suite."""
    script = (
        "import textmine\n"
        "text = ('东江县水利局2025年政府信息公开工作年度报告\\n一、总体情况\\n全年主动公开信息120条。\\n'\n"
        "        '六、其他需要报告的事项\\n2024年度我局未' + ' ' * 400_000 + '收取信息处理费。\\n')\n"
        "fs = [f for f in textmine.audit(text).findings if f.rule == 'text.report_year']\n"
        "print(sorted({f.status for f in fs}))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "['UNCERTAIN']"  # the year left unchanged is still found
