"""The whole review in a real headless browser (Debian's Chromium driven by Playwright, no
browser download): open the corpus view, filter, open a report, confirm, dismiss and note from
the keyboard, a second reviewer's conflicting change reported, the batch re-run on corrected
files while the server runs, the decisions still there (one shown as no longer raised), and
both exports downloaded and read back. Skips cleanly where Chromium or Playwright is absent."""
from __future__ import annotations

import io
import os
import shutil
import socket
import threading
import time

import pytest
from docx import Document
from openpyxl import load_workbook

from review_corpus import CELL_CASE, FIGURE_CASE, make_corpus, run_batch

CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium", shutil.which("chromium-browser"))
                 if p and os.path.exists(p)), None)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")]

#: flags that work on these machines (no sandbox in containers, nothing fetched in the background)
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


class Served:
    """``textmine review`` in a thread: uvicorn on a free loopback port."""

    def __init__(self, results):
        import uvicorn

        from textmine.review.server import create_app

        self.app = create_app(results)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the review server did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)
        self.app.state.review.close()


@pytest.fixture
def browser():
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            yield launched
        finally:
            launched.close()


def _page(browser, errors: list):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1300, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page


def _open_report(page, base: str, name: str) -> None:
    page.goto(base + "/")
    page.fill("#f-q", name)
    page.click("#apply-filters")
    page.wait_for_selector("a.open-report")
    assert page.locator("a.open-report").count() == 1
    page.click("a.open-report")
    page.wait_for_selector("form.decide")


def _form(page, rule: str):
    """The decision form of the first finding of ``rule`` on the report page."""
    return page.locator("li.finding", has=page.locator("span.rule", has_text=rule)).first.locator("form.decide")


def _download(page, selector: str) -> bytes:
    with page.expect_download() as info:
        page.click(selector)
    with open(info.value.path(), "rb") as handle:
        return handle.read()


def test_review_flow_in_headless_chromium(browser, tmp_path):
    batch = make_corpus(tmp_path)
    errors: list[str] = []
    with Served(batch.out) as served:
        page = _page(browser, errors)
        base = served.url
        # open: every report, the plots
        page.goto(base + "/")
        assert page.locator("#reports tbody tr").count() == 8
        assert page.locator("#plots svg").count() == 3
        page.fill("#reviewer", "张三")
        page.click(".reviewer-form button")
        page.wait_for_load_state()
        assert page.input_value("#reviewer") == "张三"
        # filter: reports with an error-level FAIL, then one file
        page.select_option("#f-status", "FAIL:error")
        page.click("#apply-filters")
        page.wait_for_load_state()
        n_errors = page.locator("#reports tbody tr").count()
        assert 2 <= n_errors < 8
        _open_report(page, base, CELL_CASE)

        # from the keyboard: the first undecided finding has the focus
        current = page.locator("li.finding.current form.decide")
        assert current.get_attribute("data-state") == "open"
        first_fp = current.get_attribute("data-fp")
        page.keyboard.press("c")
        confirmed = page.locator(f'form.decide[data-fp="{first_fp}"]')
        confirmed.locator('[data-role="state"]:has-text("已确认")').wait_for()
        # confirming moved the focus to the next undecided finding: dismiss it
        second_fp = page.locator("li.finding.current form.decide").get_attribute("data-fp")
        assert second_fp != first_fp
        page.keyboard.press("d")
        page.locator(f'form.decide[data-fp="{second_fp}"] [data-role="state"]:has-text("已排除")').wait_for()
        # a note on the confirmed one: focus it with k, n, type, Ctrl+Enter
        while page.locator("li.finding.current form.decide").get_attribute("data-fp") != first_fp:
            page.keyboard.press("k")
        page.keyboard.press("n")
        page.keyboard.type("商业企业列合计有误，请更正")
        page.keyboard.press("Control+Enter")
        confirmed.locator('[data-role="message"]:has-text("已保存")').wait_for()
        assert page.text_content("#n-decided") == "2"

        # a second reviewer, in another browser session, on a page opened before 张三's change
        other = _page(browser, errors)
        other.goto(page.url)
        other.fill("#reviewer", "李四")
        theirs = other.locator(f'form.decide[data-fp="{first_fp}"]')
        assert theirs.get_attribute("data-state") == "confirmed"  # they see 张三's decision
        page.locator(f'form.decide[data-fp="{first_fp}"] button.b-open').click()  # 张三 reopens it...
        confirmed.locator('[data-role="state"]:has-text("待定")').wait_for()
        theirs.locator("button.b-dismiss").click()  # ...while 李四 dismisses what they saw confirmed
        theirs.locator('[data-role="message"]:has-text("未保存")').wait_for()
        assert "张三" in theirs.locator('[data-role="message"]').text_content()
        theirs.locator("button.b-confirm").click()  # having seen it, 李四 confirms: now it is saved
        theirs.locator('[data-role="message"]:has-text("已保存")').wait_for()
        other.context.close()

        # the figure case: confirm its breakdown FAIL with the mouse
        _open_report(page, base, FIGURE_CASE)
        figure_form = _form(page, "breakdown.sum")
        figure_fp = figure_form.get_attribute("data-fp")
        figure_form.locator("button.b-confirm").click()
        figure_form.locator('[data-role="state"]:has-text("已确认")').wait_for()

        # the agencies send corrected files; the batch runs again while the server is up
        batch.rewrite(CELL_CASE, "13")  # still wrong
        batch.rewrite(FIGURE_CASE, str(batch.planted[FIGURE_CASE].injection.old))  # fixed
        run_batch(batch.inputs, batch.out)

        _open_report(page, base, CELL_CASE)
        again = page.locator(f'form.decide[data-fp="{first_fp}"]')
        assert again.get_attribute("data-state") == "confirmed"
        assert again.locator("textarea").input_value() == "商业企业列合计有误，请更正"
        assert "李四" in again.locator('[data-role="meta"]').text_content()
        assert page.locator(f'form.decide[data-fp="{second_fp}"]').get_attribute("data-state") == "dismissed"
        _open_report(page, base, FIGURE_CASE)
        shown = page.locator(f'[data-fp="{figure_fp}"]').first
        assert "已确认" in shown.text_content()
        assert "已不再出现" in shown.text_content() or page.locator("#orphans").count() == 1

        # export: both files, from the corpus view
        page.goto(base + "/")
        sheet = load_workbook(io.BytesIO(_download(page, "#export-xlsx")))["核对结果"]
        header = [c.value for c in sheet[1]]
        rows = [dict(zip(header, (c.value for c in r))) for r in sheet.iter_rows(min_row=2)]
        noted = [r for r in rows if r["指纹"] == first_fp]
        assert noted[0]["审核结论"] == "已确认" and noted[0]["审核意见"] == "商业企业列合计有误，请更正"
        assert [r["本次运行"] for r in rows if r["指纹"] == figure_fp][0] in ("已不再出现", "现为相符")
        circular = Document(io.BytesIO(_download(page, "#export-docx")))
        text = "\n".join(p.text for p in circular.paragraphs)
        assert "审核意见：商业企业列合计有误，请更正" in text and "原文：表三（依申请公开）" in text
    # no script error, no resource the policy refused; Chromium logs the one conflict we provoked
    assert [e for e in errors if "409 (Conflict)" not in e] == []
    assert len(errors) == 1
