"""The review's store: its tables beside the batch's (which keeps resuming), fingerprints that
re-attach decisions after a re-run and a corrected file, decisions with versions (merges,
conflicts, no lost update between two writers), reports rebuilt from the store exactly as a
fresh audit renders them, and agency columns shown only when a store has them."""
from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import threading

import pytest

import textmine
from review_corpus import CELL_CASE, FIGURE_CASE, make_corpus, run_batch
from textmine.batch.store import NARRATIVES, SQLITE_NAME
from textmine.corpus.run import RULE_PREFIX
from textmine.render.frames import TABLES
from textmine.render.html import render_html
from textmine.review import corpus as corpus_view
from textmine.review import decisions
from textmine.review.decisions import Conflict, InvalidDecision
from textmine.review.fingerprint import fingerprints, mask, report_key
from textmine.review.index import needs_sync, sync
from textmine.review.rebuild import rebuild_report, report_text
from textmine.review.records import finding_records, snapshot
from textmine.review.store import ReviewError, connect, open_store


@pytest.fixture
def batch(tmp_path):
    return make_corpus(tmp_path)


def _open(out):
    conn = connect(open_store(out))
    sync(conn)
    return conn


def _findings(conn, name: str) -> list[sqlite3.Row]:
    """The review index rows of one file's findings, with their rule, status and fingerprint."""
    return conn.execute(
        "SELECT rf.* FROM review_findings AS rf JOIN reports AS r ON r.report_id = rf.report_id "
        "WHERE r.source LIKE ? ORDER BY rf.ord", (f"%{name}",)).fetchall()


def _decide(conn, fp, reviewer="张三", **change):
    current = decisions.get(conn, [fp]).get(fp)
    return decisions.decide(conn, fp, reviewer=reviewer, base=current.version if current else 0,
                            snapshot=lambda: snapshot(conn, fp), **change)


def test_review_tables_are_added_beside_the_batch_which_still_resumes(batch):
    conn = _open(batch.out)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"review_reports", "review_findings", "review_decisions", "review_history"} <= tables
    # the batch's own tables, its ledger and the narratives its corpus pass reads: untouched
    assert {t for t in tables if not t.startswith("review_")} == {*TABLES, "files", NARRATIVES}
    n_reports = conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    assert conn.execute("SELECT COUNT(*) FROM review_reports").fetchone()[0] == n_reports == 8
    fp = _findings(conn, CELL_CASE)[0]["fingerprint"]
    _decide(conn, fp, state="confirmed")
    conn.close()
    # the same command again: a resume that skips every file, then exports; the batch's
    # own tables and files are as they were and the decision is still there
    result = batch.batch()
    assert result.summary().count("already done") == 1 and "0 audited" in result.summary()
    assert (batch.out / "parquet" / "findings.parquet").exists()
    conn = _open(batch.out)
    assert decisions.get(conn, [fp])[fp].state == "confirmed"


def test_open_store_refuses_what_is_not_a_batch(tmp_path):
    with pytest.raises(ReviewError, match="holds no batch results"):
        open_store(tmp_path)
    (tmp_path / SQLITE_NAME).write_bytes(b"not a database at all" * 100)
    with pytest.raises(ReviewError, match="not a textmine batch store"):
        open_store(tmp_path)


def test_fingerprints_are_the_same_in_another_run_and_differ_within_a_report(batch, tmp_path):
    other = tmp_path / "again"
    run_batch(batch.inputs, other)
    first, second = _open(batch.out), _open(other)
    ours = sorted(r[0] for r in first.execute("SELECT fingerprint FROM review_findings"))
    theirs = sorted(r[0] for r in second.execute("SELECT fingerprint FROM review_findings"))
    assert ours == theirs and len(ours) > 50
    # no two findings of one report share a fingerprint
    for (report_id,) in first.execute("SELECT report_id FROM review_reports"):
        prints = [r[0] for r in first.execute("SELECT fingerprint FROM review_findings WHERE report_id = ?", (report_id,))]
        assert len(prints) == len(set(prints))


def test_fingerprint_keys_on_what_a_finding_is_about_not_values_or_offsets():
    figures = {(10, 20): {"metric": "applications_received", "channel": None, "category": None, "section": "overview"}}
    moved = {(12, 22): figures[(10, 20)]}
    sentences = {(30, 60): "一是政策解读数量偏少，全年仅发布2篇。"}
    key = report_key("临川市生态环境局", 2023, "/a/b.pdf")
    assert key == report_key(" 临川市生态环境局 ", 2023, "/elsewhere/renamed.pdf")  # same report, another file
    assert report_key(None, 2023, "/a/b.pdf") != report_key(None, 2023, "/a/c.pdf")
    cell = [{"table": "applications", "row": "new", "column": "total"}]
    one = fingerprints(key, [("narrative_vs_table.applications_received", [{"start": 10, "end": 20}, *cell])],
                       figures, {})
    two = fingerprints(key, [("narrative_vs_table.applications_received", [*cell, {"start": 12, "end": 22}])],
                       moved, {})
    assert one == two  # the figure moved (a corrected file), the finding is the same
    sentence = fingerprints(key, [("problems.unaddressed", [{"start": 30, "end": 60}])], {}, sentences)
    edited = fingerprints(key, [("problems.unaddressed", [{"start": 30, "end": 60}])], {},
                          {(30, 60): "一是政策解读数量偏少，全年仅发布3篇。"})
    assert sentence == edited and mask("发布 12.5 万条") == "发布#万条"
    twice = fingerprints(key, [("breakdown.sum", []), ("breakdown.sum", [])], {}, {})
    assert len(set(twice)) == 2
    assert fingerprints(report_key("另一局", 2023, None), [("breakdown.sum", [])], {}, {}) != twice[:1]


def test_decisions_reattach_after_a_corrected_file_and_outlive_fixed_findings(batch):
    conn = _open(batch.out)
    cell_fails = [r for r in _findings(conn, CELL_CASE) if r["status"] == "FAIL" and r["severity"] == "error"]
    figure_fail = [r for r in _findings(conn, FIGURE_CASE) if r["rule"] == "breakdown.sum" and r["status"] == "FAIL"]
    assert {r["rule"] for r in cell_fails} == {"applications.identity", "applications.results_total",
                                                "applications.applicant_columns"}
    assert len(figure_fail) == 1
    for row in cell_fails:
        _decide(conn, row["fingerprint"], state="confirmed", note="表三商业企业列总计有误")
    _decide(conn, figure_fail[0]["fingerprint"], reviewer="李四", state="confirmed")
    old_ids = {r[0] for r in conn.execute("SELECT report_id FROM reports")}
    conn.close()

    # the agency sends corrected files: one still wrong (another number), one fixed
    batch.rewrite(CELL_CASE, "13")
    batch.rewrite(FIGURE_CASE, str(batch.planted[FIGURE_CASE].injection.old))
    batch.batch()
    conn = connect(open_store(batch.out))
    assert needs_sync(conn)
    result = sync(conn)
    assert result.added == 2 and result.removed == 2
    assert len({r[0] for r in conn.execute("SELECT report_id FROM reports")} - old_ids) == 2

    still = [r for r in _findings(conn, CELL_CASE) if r["status"] == "FAIL" and r["severity"] == "error"]
    assert {r["fingerprint"] for r in still} == {r["fingerprint"] for r in cell_fails}
    attached = decisions.get(conn, [r["fingerprint"] for r in still])
    assert {d.state for d in attached.values()} == {"confirmed"} and len(attached) == 3
    fixed = figure_fail[0]["fingerprint"]
    now = [r for r in _findings(conn, FIGURE_CASE) if r["fingerprint"] == fixed]
    assert [r["status"] for r in now] in ([], ["PASS"])  # no longer raised
    assert decisions.get(conn, [fixed])[fixed].reviewer == "李四"
    records = {r.fingerprint: r for r in finding_records(conn)}
    assert records[fixed].raised is False and records[fixed].decision.state == "confirmed"
    assert all(records[r["fingerprint"]].raised for r in still)


def test_versions_merge_different_fields_and_report_conflicts(batch):
    conn = _open(batch.out)
    fp = _findings(conn, CELL_CASE)[0]["fingerprint"]
    snap = lambda: snapshot(conn, fp)  # noqa: E731
    first = decisions.decide(conn, fp, reviewer="张三", base=0, state="confirmed", snapshot=snap)
    assert first.decision.version == 1 and first.decision.rule and first.decision.evidence
    # 李四 saw version 0 and writes a note: another field, so both are kept
    merged = decisions.decide(conn, fp, reviewer="李四", base=0, note="请核对商业企业列", snapshot=snap)
    assert merged.merged and merged.decision.version == 2
    assert (merged.decision.state, merged.decision.note) == ("confirmed", "请核对商业企业列")
    # 王五 also saw version 0 and dismisses: the same field 张三 set, so nothing is written
    with pytest.raises(Conflict) as conflict:
        decisions.decide(conn, fp, reviewer="王五", base=0, state="dismissed", snapshot=snap)
    assert conflict.value.current.reviewer == "李四" and conflict.value.fields == ("state",)
    assert decisions.get(conn, [fp])[fp].version == 2
    # the same value as the other reviewer's is no conflict; writing nothing new keeps the version
    same = decisions.decide(conn, fp, reviewer="王五", base=0, state="confirmed", snapshot=snap)
    assert not same.changed and same.decision.version == 2
    history = decisions.history(conn, fp)
    assert [(h["version"], h["reviewer"], h["state"]) for h in history] == [(1, "张三", "confirmed"),
                                                                           (2, "李四", "confirmed")]
    with pytest.raises(InvalidDecision):
        decisions.decide(conn, fp, reviewer="  ", base=2, state="dismissed", snapshot=snap)
    with pytest.raises(InvalidDecision):
        decisions.decide(conn, fp, reviewer="张三", base=2, state="approved", snapshot=snap)
    with pytest.raises(InvalidDecision, match="no current finding"):
        decisions.decide(conn, "0" * 32, reviewer="张三", base=0, state="confirmed", snapshot=lambda: None)


def test_two_writers_at_once_lose_nothing(batch):
    """Two reviewers (two connections, two threads) write the same decision as fast as they
    can, each from the version it last saw: every write is either applied or reported as a
    conflict, and the history holds exactly the applied ones, one version after another."""
    path = open_store(batch.out)
    sync(connect(path))
    fp = _findings(connect(path), CELL_CASE)[0]["fingerprint"]
    applied: list[tuple[str, int]] = []
    conflicts = []
    lock = threading.Lock()

    def reviewer(name: str, notes: int):
        conn = connect(path)
        seen = 0
        for i in range(notes):
            try:
                outcome = decisions.decide(conn, fp, reviewer=name, base=seen, note=f"{name} {i}",
                                           snapshot=lambda: snapshot(conn, fp, with_text=False))
                seen = outcome.decision.version
                with lock:
                    applied.append((f"{name} {i}", seen))
            except Conflict as exc:
                seen = exc.current.version
                with lock:
                    conflicts.append(name)
        conn.close()

    threads = [threading.Thread(target=reviewer, args=(n, 40)) for n in ("张三", "李四")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    conn = connect(path)
    history = decisions.history(conn, fp)
    assert len(applied) + len(conflicts) == 80
    assert [h["version"] for h in history] == list(range(1, len(applied) + 1))
    assert sorted((note, version) for note, version in applied) == sorted((h["note"], h["version"]) for h in history)
    assert decisions.get(conn, [fp])[fp].note == history[-1]["note"]


def test_rebuilt_reports_render_as_a_fresh_audit(batch):
    conn = _open(batch.out)
    rows = conn.execute("SELECT * FROM reports WHERE status = 'ok' ORDER BY source").fetchall()
    assert len(rows) == 7
    for row in rows:
        text, why = report_text(row)
        assert text and not why
        rebuilt = rebuild_report(conn, row, text)
        # the batch's corpus pass adds its findings (corpus.*) to each report: a lone audit has none
        own = dataclasses.replace(rebuilt, findings=tuple(f for f in rebuilt.findings
                                                          if not f.rule.startswith(RULE_PREFIX)))
        assert render_html(own) == render_html(textmine.audit(row["source"]))


def test_rebuilt_real_reports_render_as_a_fresh_audit(real_pdf, tmp_path):
    inputs = tmp_path / "real"
    inputs.mkdir()
    for name in ("hongze2023", "huaian2024"):
        shutil.copy(real_pdf(name), inputs)
    run_batch(inputs, tmp_path / "out")
    conn = _open(tmp_path / "out")
    for row in conn.execute("SELECT * FROM reports").fetchall():
        text, _ = report_text(row)
        assert render_html(rebuild_report(conn, row, text)) == render_html(textmine.audit(row["source"]))


def test_a_changed_file_is_not_shown_against_stale_offsets(batch):
    conn = _open(batch.out)
    row = conn.execute("SELECT * FROM reports WHERE source LIKE ?", (f"%{CELL_CASE}",)).fetchone()
    batch.rewrite(CELL_CASE, "15")
    text, why = report_text(row)
    assert text is None and "已被修改" in why
    page = render_html(rebuild_report(conn, row, text))
    assert "applications.identity" in page  # findings, tables and figures still shown from the store


def test_agency_columns_are_shown_when_a_store_has_them(batch):
    conn = _open(batch.out)
    # the batch's reports carry the agency identity stage's columns: found by name
    extras = corpus_view.agency_extras(conn)
    assert {"level", "region"} <= set(extras.keys)
    levels = {r["level"] for r in corpus_view.select(conn, corpus_view.Filters(), extras) if r["report_status"] == "ok"}
    assert levels and None not in levels
    level = sorted(levels)[0]
    rows = corpus_view.select(conn, corpus_view.Filters.from_query({"level": level}, extras.keys), extras)
    assert rows and {r["level"] for r in rows} == {level}
    # a store without them (an older batch) shows none, and never fails
    for column in ("agency_name", "agency_level", "agency_region"):
        conn.execute(f'ALTER TABLE reports DROP COLUMN "{column}"')
    assert corpus_view.agency_extras(conn).keys == ()
    # or the identity sits in reports.extra as a record
    conn.execute("UPDATE reports SET extra = json_set(COALESCE(extra, '{}'), '$.agency_identity', "
                 "json_object('region', '江苏省淮安市'))")
    extras = corpus_view.agency_extras(conn)
    assert extras.keys == ("region",)
    assert {r["region"] for r in corpus_view.select(conn, corpus_view.Filters(), extras)} == {"江苏省淮安市"}


def test_corpus_filters_sorting_and_progress(batch):
    conn = _open(batch.out)
    extras = corpus_view.agency_extras(conn)

    def pick(**query):
        return corpus_view.select(conn, corpus_view.Filters.from_query(query), extras)

    everything = pick()
    assert len(everything) == 8 and everything[0]["n_error"] == max(r["n_error"] for r in everything)
    assert [r["report_status"] for r in pick(status="error")] == ["error"]
    by_rule = pick(rule="breakdown.sum")
    assert [r["source"].rsplit("/", 1)[1] for r in by_rule] == [FIGURE_CASE]
    with_errors = pick(status="FAIL:error")
    assert {r["source"].rsplit("/", 1)[1] for r in with_errors} >= {CELL_CASE, FIGURE_CASE}
    assert all(r["n_error"] for r in with_errors) and len(with_errors) < len(everything)
    agencies = [r["agency"] for r in pick(sort="agency", dir="asc") if r["agency"]]
    assert agencies == sorted(agencies)
    assert len(pick(q="教育局")) >= 1 and all("教育局" in (r["agency"] or "") for r in pick(q="教育局"))
    assert pick(q="%") == []  # LIKE wildcards are searched for as characters
    # review progress: one decision on the cell case
    cell = pick(rule="applications.identity")[0]
    fp = _findings(conn, CELL_CASE)[0]["fingerprint"]
    _decide(conn, fp, state="dismissed")
    row = next(r for r in pick() if r["report_id"] == cell["report_id"])
    assert (row["decided"], row["dismissed"]) == (1, 1) and row["actionable"] > 1
    assert row["report_id"] in {r["report_id"] for r in pick(review="partial")}
    assert row["report_id"] not in {r["report_id"] for r in pick(review="untouched")}
    summary = corpus_view.summarise(pick())
    assert summary.decided == 1 and summary.errors == 1
