"""Year pairs by agency: 简称/全称, 人民政府 vs 办公室, renamed agencies where the text says so,
missing years, ambiguous and wrong-year candidates — pairing alone, then in a batch
(``textmine batch 2024/ --previous 2023/``) with the cross-year checks for every pair."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import textmine
import textmine.corpus as corpus
from corpora.generator import generate_report
from textmine.agency import name_key
from textmine.corpus.pairing import YearEntry, pair_years


def entry(source: str, name: str | None, year: int | None, former=()) -> YearEntry:
    return YearEntry(source, year, {"name": name, "key": name_key(name), "former_names": list(former)})


def by_source(pairings):
    out = {}
    for p in pairings:
        if p.this is not None:
            out[p.this.source] = p
        elif p.previous is not None:
            out[p.previous.source] = p
    return out


def test_short_and_full_names_pair_and_the_rest_say_why():
    this = [entry("24/hongze.pdf", "洪泽区政府", 2024), entry("24/jinhua.pdf", "金华市市场监管局", 2024),
            entry("24/new.pdf", "长丰县统计局", 2024), entry("24/none.pdf", None, 2024)]
    last = [entry("23/hongze.pdf", "淮安市洪泽区人民政府", 2023), entry("23/jinhua.pdf", "金华市市场监督管理局", 2023),
            entry("23/gone.pdf", "临川县审计局", 2023)]
    found = by_source(pair_years(this, last))
    assert found["24/hongze.pdf"].previous.source == "23/hongze.pdf" and found["24/hongze.pdf"].how == "same_name"
    assert found["24/jinhua.pdf"].previous.source == "23/jinhua.pdf"
    assert found["24/new.pdf"].previous is None and "长丰县统计局" in found["24/new.pdf"].why
    assert found["24/none.pdf"].previous is None and "未能识别" in found["24/none.pdf"].why
    assert found["23/gone.pdf"].this is None and "本年报告中没有临川县审计局" in found["23/gone.pdf"].why


def test_a_government_pairs_with_its_office_and_a_renamed_agency_with_its_former_name():
    this = [entry("24/a.pdf", "洪泽区人民政府", 2024),
            entry("24/b.pdf", "永兴县卫生健康局", 2024, former=["永兴县卫生和计划生育局"]),
            entry("24/c.pdf", "永兴县医疗保障局", 2024, former=["卫生和计划生育局"])]  # a former name without a place
    last = [entry("23/a.pdf", "洪泽区人民政府办公室", 2023), entry("23/b.pdf", "永兴县卫生和计划生育局", 2023)]
    found = by_source(pair_years(this, last))
    assert (found["24/a.pdf"].previous.source, found["24/a.pdf"].how) == ("23/a.pdf", "government_office")
    assert (found["24/b.pdf"].previous.source, found["24/b.pdf"].how) == ("23/b.pdf", "former_name")
    # 24/c names the same former body: last year's report is already 24/b's partner
    assert found["24/c.pdf"].previous is None and "已与24/b.pdf配对" in found["24/c.pdf"].why


def test_places_that_contradict_never_pair():
    this = [entry("24/x.pdf", "墨脱县德兴乡人民政府", 2024)]
    last = [entry("23/y.pdf", "陇西县德兴乡", 2023)]
    found = by_source(pair_years(this, last))
    assert found["24/x.pdf"].previous is None and found["23/y.pdf"].this is None


def test_ambiguous_and_wrong_year_candidates_are_not_paired():
    this = [entry("24/a.pdf", "清河县教育局", 2024), entry("24/b.pdf", "平阳县审计局", 2024)]
    last = [entry("23/a1.pdf", "清河县教育局", 2023), entry("23/a2.pdf", "河北省清河县教育局", 2023),
            entry("22/b.pdf", "平阳县审计局", 2022)]
    found = by_source(pair_years(this, last))
    assert found["24/a.pdf"].previous is None and "2份" in found["24/a.pdf"].why
    assert found["24/b.pdf"].previous is None and "2022" in found["24/b.pdf"].why


def test_a_name_without_a_place_pairs_only_when_it_is_unique_on_both_sides():
    found = by_source(pair_years([entry("24/e.pdf", "教育局", 2024)], [entry("23/e.pdf", "教育局", 2023)]))
    assert found["24/e.pdf"].how == "unique_name"
    found = by_source(pair_years([entry("24/e.pdf", "教育局", 2024), entry("24/f.pdf", "教育局", 2024)],
                                 [entry("23/e.pdf", "教育局", 2023)]))
    assert found["24/e.pdf"].previous is None and "不含地名" in found["24/e.pdf"].why


def test_real_pages_of_one_agency_in_two_years_pair():
    from textmine.real.pages import load_pages

    pages = load_pages()
    if not pages:
        pytest.skip("../shared/corpora/real-pages not available")
    reports = {pid: textmine.audit(pages[pid].text) for pid in ("p165", "p166", "p140", "p110", "p111")}

    def e(pid):
        r = reports[pid]
        return YearEntry(pid, r.metadata.year, r.agency_identity.to_dict())

    found = by_source(pair_years([e("p165"), e("p140"), e("p110")], [e("p166"), e("p111")]))
    assert found["p165"].previous.source == "p166"  # 墨脱县德兴乡 2022 and 2021
    assert found["p140"].previous is None  # 陇西县德兴乡: another 德兴乡
    assert found["p110"].previous.source == "p111"  # 青海省 2013 and 2012


# --------------------------------------------------------------------------- in a batch

AGENCIES = {
    "market": {"agency": "清河县市场监督管理局", "self": "我局", "short": "清河市监"},
    "town": {"agency": "平阳县东风镇人民政府", "self": "我镇", "short": "东风镇"},
}


def write_years(root: Path) -> tuple[Path, Path]:
    """Two years of generated reports: two agencies in both, one renamed (its 一 says so),
    one only this year, one only last year."""
    last, this = root / "2023", root / "2024"
    options = {"template": "2021", "rendering": "tsv", "tables_missing": False}
    for i, names in enumerate(AGENCIES.values()):
        generate_report(10 + i, agency=names, year=2023, **options).write(last)
        generate_report(20 + i, agency=names, year=2024, **options).write(this)
    generate_report(30, agency={"agency": "永兴县卫生和计划生育局", "self": "我局", "short": "永兴卫计"}, year=2023,
                    **options).write(last)
    generate_report(31, agency={"agency": "永兴县卫生健康局", "self": "我局", "short": "永兴卫健"}, year=2024,
                    former_name="永兴县卫生和计划生育局", **options).write(this)
    generate_report(40, agency={"agency": "长丰县统计局", "self": "我局", "short": "长丰统计"}, year=2024,
                    **options).write(this)
    generate_report(41, agency={"agency": "临川县审计局", "self": "我局", "short": "临川审计"}, year=2023,
                    **options).write(last)
    return this, last


@pytest.fixture(scope="module")
def years(tmp_path_factory):
    return write_years(tmp_path_factory.mktemp("years"))


def _pairs(result) -> dict[str, tuple]:
    table = result.table("pairs")
    return {Path(r.source).name: (r.role, r.status, r.how, Path(r.partner_source).name if isinstance(r.partner_source, str)
                                  else None, r.why) for r in table.itertuples()}


def test_a_batch_with_previous_pairs_audits_both_years_and_runs_the_cross_year_checks(years, tmp_path):
    this, last = years
    result = textmine.batch(this, previous=last, out=tmp_path / "out", executor=_threads())
    assert result.total == result.ok == 8
    pairs = _pairs(result)
    names = {n: p for n, p in pairs.items()}
    paired = {n: p[3] for n, p in names.items() if p[1] == "paired" and p[0] == "this"}
    assert len(paired) == 3
    renamed = next(n for n in names if n.startswith("000031"))
    assert names[renamed][2] == "former_name" and names[renamed][3].startswith("000030")
    alone_this = next(n for n in names if n.startswith("000040"))
    alone_last = next(n for n in names if n.startswith("000041"))
    assert names[alone_this][:2] == ("this", "unpaired") and "长丰县统计局" in names[alone_this][4]
    assert names[alone_last][:2] == ("previous", "unpaired") and "临川县审计局" in names[alone_last][4]
    # every paired report has the cross-year findings, the rest have none
    findings = result.table("findings")
    cross = findings[findings["rule"].str.startswith("cross_year.")]
    with_cross = {Path(s).name for s in cross["source"]}
    assert with_cross == set(paired)
    # the renamed agency's pair is compared, not refused as two agencies
    renamed_rows = cross[cross["source"].str.endswith(renamed)]
    assert not renamed_rows["message"].str.contains("机关不同").any()
    # both years are in the results; the reports table knows each report's agency
    reports = result.table("reports")
    assert set(reports["agency_name"]) >= {"清河县市场监督管理局", "永兴县卫生健康局", "临川县审计局"}


def test_the_cross_year_findings_are_those_of_compare(years, tmp_path):
    from textmine.commands.compare import compare

    this, last = years
    result = textmine.batch(this, previous=last, out=tmp_path / "out", executor=_threads())
    findings = result.table("findings")
    market_this = next(p for p in this.iterdir() if p.name.startswith("000020"))
    market_last = next(p for p in last.iterdir() if p.name.startswith("000010"))
    _, _, expected = compare(market_last, market_this)
    got = findings[(findings["source"] == str(market_this)) & findings["rule"].isin({f.rule for f in expected})]
    assert sorted(zip(got["rule"], got["status"], got["message"])) == sorted((f.rule, f.status, f.message) for f in expected)


def test_a_resumed_batch_with_previous_ends_with_the_same_tables(years, tmp_path):
    this, last = years
    whole = textmine.batch(this, previous=last, out=tmp_path / "whole", executor=_threads())
    calls = {"n": 0}

    def stop_early(_result):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt

    first = textmine.batch(this, previous=last, out=tmp_path / "resumed", executor=_threads(), on_result=stop_early,
                           chunk_size=1)
    assert first.interrupted and not first.corpus
    again = textmine.batch(this, previous=last, out=tmp_path / "resumed", executor=_threads())
    assert again.skipped >= 1
    for table in ("reports", "findings", "pairs", "copies"):
        a = whole.table(table).drop(columns=["report_id"] if table != "reports" else ["report_id"])
        b = again.table(table).drop(columns=["report_id"] if table != "reports" else ["report_id"])
        pd.testing.assert_frame_equal(a, b, obj=table)


def test_a_batch_in_memory_has_the_same_corpus_rows_as_one_on_disk(years, tmp_path):
    this, last = years
    disk = textmine.batch(this, previous=last, out=tmp_path / "out", executor=_threads())
    memory = textmine.batch(this, previous=last, executor=_threads())
    for table in ("pairs", "copies"):
        pd.testing.assert_frame_equal(disk.table(table), memory.table(table), obj=table)
    corpus_findings = lambda r: r.table("findings").pipe(lambda f: f[f["rule"].str.startswith(("corpus.", "cross_year."))])
    pd.testing.assert_frame_equal(corpus_findings(disk).reset_index(drop=True),
                                  corpus_findings(memory).reset_index(drop=True))


def test_the_api_pairs_reports_in_memory(years):
    this, last = years
    reports = [textmine.audit(p) for p in sorted(this.iterdir())]
    previous = [textmine.audit(p) for p in sorted(last.iterdir())]
    result = corpus.check(reports, previous=previous)
    assert sum(p.paired for p in result.pairings) == 3
    for report, findings in zip(reports, result.findings):
        pairing = next(p for p in result.pairings if p.this is not None and p.this.source == report.document.source)
        has_cross = any(f.rule.startswith("cross_year.") for f in findings)
        assert has_cross == pairing.paired


def test_the_command_line_lists_pairs_and_the_unpaired(years, tmp_path):
    this, last = years
    out = tmp_path / "cli"
    run = subprocess.run([sys.executable, "-m", "textmine", "batch", str(this), "--previous", str(last), "--out", str(out),
                          "-j", "1", "--no-progress"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "year pairs: 3 of 4 reports paired" in run.stderr
    assert "unpaired (this)" in run.stderr and "长丰县统计局" in run.stderr
    assert "unpaired (previous)" in run.stderr and "临川县审计局" in run.stderr
    assert (out / "parquet" / "pairs.parquet").exists() and (out / "parquet" / "copies.parquet").exists()


def _threads():
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(2)


def test_two_generated_years_pair_as_their_record_says(tmp_path):
    """The generator's two-year corpus (corpora/generator/years.py): every agency with a report
    in both years is paired (renamed ones by their stated former name), the rest are listed,
    and every planted copy across agencies is flagged."""
    import json

    from corpora.generator.years import write_years

    this, last = write_years(tmp_path / "years", 40, seed=3)
    records = [json.loads(line) for line in (tmp_path / "years" / "years.jsonl").read_text().splitlines()]
    agencies = {r["agency"] for r in records if r["year"] == 2024}
    earlier = {r["agency"] for r in records if r["year"] == 2023}
    both = {r["agency"] for r in records if r["year"] == 2024 and (r["agency"] in earlier or r.get("former_name") in earlier)}
    result = textmine.batch(this, previous=last, out=tmp_path / "out", executor=_threads())
    pairs = result.table("pairs")
    mine = pairs[pairs["role"] == "this"]
    assert (mine["status"] == "paired").sum() == len(both) < len(agencies)
    renamed = {Path(r["file"]).name for r in records if r.get("former_name")}
    assert renamed and set(mine[mine["how"] == "former_name"]["source"].map(lambda s: Path(s).name)) == renamed
    later = {int(Path(r["file"]).name[:6]): Path(r["file"]).name for r in records if r["year"] == 2024}
    planted = {tuple(sorted((Path(r["file"]).name, later[r["copied_from"]["seed"]])))
               for r in records if r.get("copied_from")}
    copies = result.table("copies")
    flagged = {tuple(sorted((Path(a).name, Path(b).name)))
               for a, b, s in zip(copies["source"], copies["other_source"], copies["status"]) if isinstance(s, str)}
    assert planted and planted <= flagged
