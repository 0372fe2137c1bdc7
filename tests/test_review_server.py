"""The review web application through Starlette's test client: the corpus view and the report
view (the audit page with a decision form on every finding), report text escaped everywhere,
and every state-changing request refused without the session's token, from another origin,
cross-site, or through a host name that is not this machine."""
from __future__ import annotations

import base64
import hashlib
import re
import shutil
from urllib.parse import urlencode

import pytest
from lxml import html as lxml_html
from starlette.testclient import TestClient

from review_corpus import CELL_CASE, FIGURE_CASE, HOSTILE, make_corpus
from textmine.render.html import CSS
from textmine.review.server import SESSION_COOKIE, create_app

BASE = "http://127.0.0.1:8765"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("review-server"))


@pytest.fixture
def client(built, tmp_path):
    results = tmp_path / "results"
    shutil.copytree(built.out, results)
    app = create_app(results)
    with TestClient(app, base_url=BASE) as c:
        yield c
    app.state.review.close()


def tree(response):
    return lxml_html.fromstring(response.content)


def csrf_of(page) -> str:
    return tree(page).xpath('//meta[@name="csrf-token"]/@content')[0]


def report_link(client, name: str) -> str:
    page = client.get("/?" + urlencode({"q": name}))
    links = tree(page).xpath('//a[@class="open-report"]/@href')
    assert len(links) == 1, links
    return links[0]


def forms(page):
    return tree(page).xpath('//form[contains(@class, "decide")]')


def test_corpus_view_lists_reports_with_counts_progress_and_plots(client):
    page = client.get("/")
    assert page.status_code == 200
    doc = tree(page)
    rows = doc.xpath('//table[@id="reports"]/tbody/tr')
    assert len(rows) == 8
    assert len(doc.xpath('//tr[contains(@class, "error-row")]')) == 1
    assert "无法读取" in doc.xpath('string(//tr[contains(@class, "error-row")])')
    headers = doc.xpath('//table[@id="reports"]/thead//a/text()')
    assert headers[:1] == ["机关"] and {"错误", "警告", "提示", "存疑", "审核进度"} <= set(headers)
    assert len(doc.xpath('//section[@id="plots"]//svg')) == 3
    rule_links = doc.xpath('//section[@id="plots"]//svg//a/@href')
    assert any("rule=breakdown.sum" in href for href in rule_links)
    # filters and sorting are plain GET queries
    only = tree(client.get("/?rule=breakdown.sum"))
    assert [t for t in only.xpath('//td[@class="src"]/text()')] == [FIGURE_CASE]
    by_agency = tree(client.get("/?sort=agency&dir=asc")).xpath('//a[@class="open-report"]/text()')
    assert by_agency == sorted(by_agency)


def test_report_text_is_escaped_in_both_views(client):
    corpus = client.get("/")
    assert HOSTILE not in corpus.text and "&lt;script&gt;" in corpus.text
    doc = tree(corpus)
    assert doc.xpath("//script/@src") == ["/static/review.js"] and not doc.xpath("//img")
    page = client.get(report_link(client, "hostile"))
    assert page.status_code == 200
    assert HOSTILE not in page.text
    doc = tree(page)
    assert doc.xpath("//script/@src") == ["/static/review.js"] and not doc.xpath("//script[not(@src)]")
    assert not doc.xpath("//img") and "alert(1)" in doc.xpath('string(//div[@class="text"])')
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    inline = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()
    assert f"'sha256-{inline}'" in policy and doc.xpath("string(//style)") == CSS
    assert page.headers["x-frame-options"] == "DENY" and page.headers["x-content-type-options"] == "nosniff"


def test_report_view_is_the_audit_page_with_a_decision_form_on_every_finding(client):
    page = client.get(report_link(client, CELL_CASE))
    doc = tree(page)
    findings = doc.xpath('//li[contains(@class, "finding")]')
    assert findings and len(forms(page)) == len(findings)
    assert doc.xpath('//section[@id="tables"]//td[contains(@class, "cell-fail")]')  # failing cells marked
    assert doc.xpath('//div[@class="text"]//span[contains(@class, "t-fig")]')  # figures highlighted
    for li in findings:
        form = li.xpath('.//form[contains(@class, "decide")]')[0]
        assert form.get("data-fp") and form.get("data-version") == "0"
        assert {b.get("value") for b in form.xpath(".//button[@name='state']")} == {"confirmed", "dismissed", "open"}
        assert form.xpath(".//textarea[@name='note']")
    actionable = [f for f in forms(page) if f.get("data-actionable") == "1"]
    assert doc.xpath('string(//b[@id="n-actionable"])') == str(len(actionable))
    assert not doc.xpath('//a[@id="next-report"]')  # the only report its filter keeps
    unfiltered = tree(client.get(report_link(client, CELL_CASE).split("?")[0]))
    order = tree(client.get("/")).xpath('//a[@class="open-report"]/@href')
    position = [h.split("?")[0] for h in order].index(report_link(client, CELL_CASE).split("?")[0])
    assert unfiltered.xpath('//a[@id="next-report"]/@href')[0].split("?")[0] == order[position + 1].split("?")[0]


def test_decisions_through_the_api_with_versions_and_conflicts(client):
    page = client.get(report_link(client, CELL_CASE))
    token = csrf_of(page)
    fp = forms(page)[0].get("data-fp")
    post = lambda body, **headers: client.post("/api/decision", json=body,  # noqa: E731
                                               headers={"X-CSRF-Token": token, **headers})
    ok = post({"fingerprint": fp, "base": 0, "state": "confirmed", "reviewer": "张三"})
    assert ok.status_code == 200 and ok.json()["decision"]["version"] == 1
    assert "tm_reviewer" in ok.headers.get("set-cookie", "")
    merged = post({"fingerprint": fp, "base": 0, "note": "商业企业列", "reviewer": "李四"})
    assert merged.json()["merged"] and merged.json()["decision"]["note"] == "商业企业列"
    clash = post({"fingerprint": fp, "base": 0, "state": "dismissed", "reviewer": "王五"})
    assert clash.status_code == 409 and clash.json()["current"]["reviewer"] == "李四"
    assert post({"fingerprint": fp, "base": 2, "state": "bogus", "reviewer": "王五"}).status_code == 400
    assert post({"fingerprint": fp, "base": 2, "state": "dismissed"}).status_code == 200  # name from the cookie
    again = client.get(report_link(client, CELL_CASE))
    form = next(f for f in forms(again) if f.get("data-fp") == fp)
    assert form.get("data-state") == "dismissed" and form.get("data-version") == "3"
    assert form.xpath("string(.//textarea)") == "商业企业列"
    listed = client.get(f"/api/report/{report_link(client, CELL_CASE).split('/')[2].split('?')[0]}/decisions")
    assert listed.json()["decisions"][fp]["version"] == 3


def test_state_changes_need_token_same_origin_and_a_local_host(client):
    page = client.get(report_link(client, CELL_CASE))
    token = csrf_of(page)
    fp = forms(page)[0].get("data-fp")
    body = {"fingerprint": fp, "base": 0, "state": "confirmed", "reviewer": "张三"}
    assert client.post("/api/decision", json=body).status_code == 403
    assert client.post("/api/decision", json=body, headers={"X-CSRF-Token": token[:-1] + ("1" if token[-1] == "0" else "0")}).status_code == 403
    other = TestClient(client.app, base_url=BASE)  # another browser: its own session, not this token
    assert other.post("/api/decision", json=body, headers={"X-CSRF-Token": token}).status_code == 403
    refused = client.post("/api/decision", json=body, headers={"X-CSRF-Token": token, "Origin": "http://evil.example"})
    assert refused.status_code == 403
    cross = client.post("/api/decision", json=body, headers={"X-CSRF-Token": token, "Sec-Fetch-Site": "cross-site"})
    assert cross.status_code == 403
    form_encoded = client.post("/api/decision", data=body, headers={"X-CSRF-Token": token})
    assert form_encoded.status_code == 415  # a cross-site form cannot send JSON
    assert client.get("/", headers={"Host": "rebound.example:8765"}).status_code == 421
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200
    assert client.get("/decision").status_code == 405  # GET never changes anything
    # nothing was written by any of these
    assert forms(client.get(report_link(client, CELL_CASE)))[0].get("data-version") == "0"
    fresh = TestClient(client.app, base_url=BASE).get("/").headers["set-cookie"]
    assert SESSION_COOKIE in fresh and "HttpOnly" in fresh and "samesite=strict" in fresh.lower()
    assert SESSION_COOKIE not in (client.get("/").headers.get("set-cookie") or "")  # a known session is kept


def test_forms_work_without_script(client):
    page = client.get(report_link(client, CELL_CASE))
    form = forms(page)[1]
    fields = {i.get("name"): i.get("value") for i in form.xpath(".//input[@type='hidden']")}
    named = client.post("/reviewer", data={"csrf": fields["csrf"], "reviewer": "赵六", "back": "/"},
                        follow_redirects=False)
    assert named.status_code == 303
    response = client.post("/decision", data={**fields, "state": "confirmed"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].endswith(f"#finding-{form.get('data-n')}")
    noted = client.post("/decision", data={**fields, "base": "1", "note": "表三合计有误", "save_note": "1"},
                        follow_redirects=False)
    assert noted.status_code == 303
    after = next(f for f in forms(client.get(report_link(client, CELL_CASE))) if f.get("data-fp") == fields["fingerprint"])
    assert after.get("data-state") == "confirmed" and after.xpath("string(.//textarea)") == "表三合计有误"
    assert "赵六" in after.xpath("string(.//span[@data-role='meta'])")
    stale = client.post("/decision", data={**fields, "base": "0", "state": "dismissed"})
    assert stale.status_code == 409 and "其他审核人" in stale.text
    away = client.post("/decision", data={**fields, "base": "2", "state": "open", "back": "https://evil.example/x"},
                       follow_redirects=False)
    assert away.headers["location"] == "/"
    assert client.post("/decision", data={**fields, "csrf": "nope", "state": "open"}).status_code == 403


def test_decisions_no_longer_raised_are_shown_on_the_report(built, client):
    page = client.get(report_link(client, FIGURE_CASE))
    token = csrf_of(page)
    target = next(f for f in forms(page) if f.get("data-actionable") == "1"
                  and "breakdown.sum" in f.getparent().xpath("string(.//span[@class='rule'])"))
    fp = target.get("data-fp")
    assert client.post("/api/decision", json={"fingerprint": fp, "base": 0, "state": "confirmed", "reviewer": "张三",
                                              }, headers={"X-CSRF-Token": token}).status_code == 200
    # the corrected file, audited again into this copy of the results
    built.rerun_corrected(FIGURE_CASE, client.app.state.review.path.parent)
    page = client.get(report_link(client, FIGURE_CASE))
    doc = tree(page)
    gone = doc.xpath('//*[@data-fp="%s"]' % fp)
    assert gone, "the decision is shown"
    where = gone[0]
    text = where.xpath("string(.)")
    assert "已确认" in text
    assert "已不再出现" in text or where.xpath("ancestor::details[@id='orphans']")


def test_unknown_pages_and_reports(client):
    assert client.get("/report/0000000000000000").status_code == 404
    assert client.get("/nothing-here").status_code == 404
    error_row = tree(client.get("/?status=error")).xpath('//tr[contains(@class, "error-row")]')
    assert error_row and not error_row[0].xpath(".//a")  # an unreadable file has no report view
    assert client.get("/export.pdf").status_code == 404


def test_reviewer_names_and_notes_are_escaped(client):
    page = client.get(report_link(client, CELL_CASE))
    token = csrf_of(page)
    fp = forms(page)[0].get("data-fp")
    evil = '<img src=x onerror=alert(2)>'
    assert client.post("/api/decision", json={"fingerprint": fp, "base": 0, "note": evil, "reviewer": evil},
                       headers={"X-CSRF-Token": token}).status_code == 200
    again = client.get(report_link(client, CELL_CASE))
    assert evil not in again.text and not tree(again).xpath("//img")
    assert re.search(r"&lt;img src=x onerror=alert\(2\)&gt;", again.text)
