"""The HTML audit page: self-contained, escaped, every finding linked to its evidence, failing
cells marked; written atomically without clobbering; checked in headless Chromium (a
screenshot that is not blank, and the DOM after the browser parsed it) where Chromium is
installed."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import pytest
from lxml import html as lxml_html

from test_reconcile_helpers import figure, sample_tables
from textmine.errors import TextmineError
from textmine.metadata import detect_metadata
from textmine.model import Report
from textmine.problems.model import Sentence
from textmine.readers import load
from textmine.reconcile import reconcile
from textmine.render.html import OutputExists, cell_id, render_html, write_html
from textmine.sections import split_sections

HOSTILE = '<script>alert("x")</script><img src=http://example.invalid/x.png onerror=alert(1)>'


def build_report(example_path, *, hostile: bool = False, **table_changes) -> Report:
    """The example report with one table cell changed (so the page has a FAIL to show), a few
    narrative figures and a section 五 sentence; optionally with markup injected into the text."""
    raw = example_path.read_text(encoding="utf-8")
    if hostile:
        raw = raw.replace("（一）主动公开情况。", f"（一）主动公开情况。{HOSTILE}", 1)
    doc = load(raw.encode("utf-8"), format="txt")
    sections = split_sections(doc)
    tables = sample_tables(**table_changes)
    meta = detect_metadata(doc, sections, tables)
    text = doc.text
    figs = (figure("新收政府信息公开申请62件", text, "applications_received", 62, index=0),
            figure("上年结转4件", text, "applications_carried_over", 4, index=1),
            figure("结转下年度继续办理3件", text, "applications_carried_forward", 3, index=2))
    start = text.index("一是政策解读")
    end = text.index("。", start) + 1
    sentences = (Sentence("problems", text[start:end], start, end, "problem", ("interpretation",), None,
                          (f"主题词“解读”{HOSTILE if hostile else ''}",)),)
    findings = reconcile(doc, sections, tables, figs, metadata=meta)
    return Report(document=doc, sections=sections, metadata=meta, tables=tables, figures=figs,
                  sentences=sentences, findings=findings)


def parse(page: str):
    return lxml_html.fromstring(page.encode("utf-8"))


def assert_links_resolve(tree):
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    hrefs = [a.get("href") for a in tree.iter("a") if a.get("href")]
    assert hrefs
    for href in hrefs:
        assert href.startswith("#"), f"external link {href}"
        assert href[1:] in ids, f"dangling link {href}"


def test_page_lists_findings_links_evidence_and_marks_failing_cells(example_path):
    report = build_report(example_path, new__total=63)
    tree = parse(render_html(report))
    # self-contained: no scripts, no external resources
    assert not tree.xpath("//script") and not tree.xpath("//link") and not tree.xpath("//img")
    assert_links_resolve(tree)
    fails = [f for f in report.findings if f.status == "FAIL"]
    assert fails
    items = tree.xpath('//li[contains(@class,"f-FAIL")]')
    assert len(items) == len(fails)
    # the changed cell is marked and links back to each FAIL that cites it
    cell = tree.get_element_by_id(cell_id("applications", "new", "total"))
    assert "cell-fail" in cell.get("class")
    assert len(cell.xpath(".//sup/a")) == 3  # identity, applicant columns, narrative
    # the narrative figure is highlighted and its FAIL evidence is anchored in the text
    narrative_fail = next(n for n, f in enumerate(report.findings, 1) if f.rule == "narrative_vs_table.applications_received")
    anchor = tree.get_element_by_id(f"ev-{narrative_fail}-1")
    assert anchor is not None
    assert tree.xpath('//span[contains(@class,"t-ev-FAIL") and contains(text(),"新收政府信息公开申请62件")]')
    assert tree.xpath('//span[contains(@class,"t-fig")]')
    # cells not involved in a failing check are not marked
    assert "cell-fail" not in tree.get_element_by_id(cell_id("applications", "granted", "total")).get("class")
    # section 五 sentences with label, topics and reasons
    rows = tree.xpath('//section[@id="sentences"]//tbody/tr')
    assert len(rows) == 1 and "问题" in rows[0].text_content() and "interpretation" in rows[0].text_content()
    # the whole report text is on the page
    text = tree.xpath('//div[@class="text"]')[0].text_content()
    assert text == report.document.text


def test_report_text_is_escaped(example_path):
    report = build_report(example_path, hostile=True)
    page = render_html(report)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    tree = parse(page)
    assert not tree.xpath("//script") and not tree.xpath("//img")
    assert HOSTILE in tree.xpath('//div[@class="text"]')[0].text_content()
    assert_links_resolve(tree)


def test_page_is_deterministic(example_path):
    report = build_report(example_path, new__total=63)
    assert render_html(report) == render_html(build_report(example_path, new__total=63))


def test_write_is_atomic_and_never_clobbers(example_path, tmp_path):
    report = build_report(example_path)
    out = tmp_path / "audit.html"
    write_html(report, out)
    first = out.read_bytes()
    assert first.startswith(b"<!DOCTYPE html>")
    out.write_text("precious", encoding="utf-8")
    with pytest.raises(OutputExists) as info:
        write_html(report, out)
    assert str(out) in str(info.value) and out.read_text(encoding="utf-8") == "precious"
    write_html(report, out, overwrite=True)
    assert out.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.html"]  # no temporary left behind
    with pytest.raises(TextmineError) as info:
        write_html(report, tmp_path / "missing-dir" / "a.html")
    assert "does not exist" in str(info.value)


def test_cli_audit_html(example_path, tmp_path):
    out = tmp_path / "page.html"
    run = subprocess.run([sys.executable, "-m", "textmine.cli", "audit", str(example_path), "--html", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    tree = parse(out.read_text(encoding="utf-8"))
    assert tree.xpath('//section[@id="findings"]') and tree.xpath('//section[@id="tables"]')
    assert_links_resolve(tree)
    again = subprocess.run([sys.executable, "-m", "textmine.cli", "audit", str(example_path), "--html", str(out)],
                           capture_output=True, text=True)
    assert again.returncode == 2 and "already exists" in again.stderr and "Traceback" not in again.stderr


# --------------------------------------------------------------------------- Chromium

CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium", shutil.which("chromium-browser"))
                 if p and os.path.exists(p)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def chromium(*args: str, timeout: int = 60) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                              timeout=timeout)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_page_in_headless_chromium(example_path, tmp_path):
    from PIL import Image, ImageStat

    report = build_report(example_path, new__total=63)
    page = tmp_path / "audit.html"
    write_html(report, page)
    shot = tmp_path / "shot.png"
    result = chromium(f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri())
    assert shot.exists(), result.stderr.decode("utf-8", "replace")[-500:]
    with Image.open(shot) as image:
        assert image.size == (1200, 1600)
        gray = image.convert("L")
        stat = ImageStat.Stat(gray)
        assert stat.stddev[0] > 10  # not a blank page
        # the red of failing findings / cells is painted somewhere
        pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
        red = (pixels[..., 0] > 180) & (pixels[..., 1] < 120) & (pixels[..., 2] < 120)
        assert red.any()
    dom = chromium("--dump-dom", page.as_uri())
    assert dom.returncode == 0
    tree = parse(dom.stdout.decode("utf-8"))
    # the browser's DOM: failing cells carry the mark, every finding link resolves
    marked = {td.get("id") for td in tree.xpath('//td[contains(@class,"cell-fail")]')}
    assert cell_id("applications", "new", "total") in marked
    assert cell_id("applications", "granted", "total") not in marked
    assert_links_resolve(tree)
    finding_links = tree.xpath('//li[contains(@class,"finding")]//div[@class="ev"]/a')
    assert finding_links and all(tree.get_element_by_id(a.get("href")[1:]) is not None for a in finding_links)
    assert not tree.xpath("//script")
