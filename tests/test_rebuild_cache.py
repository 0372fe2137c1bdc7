"""The search cache's rebuild tool (corpora/real_pages/rebuild_cache.py): an excerpt is cached only
when it has an annotated page's sha1; the page is then listed as present, its url and query kept."""
from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "corpora" / "real_pages" / "rebuild_cache.py"

PAGE = ("某县某局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局主动公开政府信息56条。\n"
        "五、存在的主要问题及改进情况\n一是公开内容不够全面。二是下一步将加强培训。")
FIVE = PAGE[PAGE.index("五、"):]


def _load(name: str):
    """A fresh copy of the tool as a module (each test patches its own)."""
    spec = importlib.util.spec_from_file_location(name, TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@pytest.fixture()
def tool(tmp_path, monkeypatch):
    module = _load("rebuild_cache")
    monkeypatch.setenv("TEXTMINE_FIGURE_CACHE", str(tmp_path / "figure_pages.jsonl"))
    monkeypatch.setenv("TEXTMINE_REAL_CACHE", str(tmp_path / "search.jsonl"))
    monkeypatch.setattr(module, "SOURCES", tmp_path / "sources.jsonl")
    pages = {
        _sha1(PAGE): {"key": "search:" + _sha1(PAGE)[:12], "kind": "figures", "batch": "z1", "level": "county_department",
                      "year": 2023, "head": "某县某局 2023 (某省).", "url": None},
        _sha1(FIVE): {"key": "search:" + _sha1(FIVE)[:12], "kind": "five", "batch": "five:dev", "level": "county",
                      "year": 2023, "head": "", "url": "http://example.gov.cn/a.html"},
    }
    monkeypatch.setattr(module, "wanted", lambda: pages)
    return module


def _excerpt(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(text, ensure_ascii=False) + "\n", encoding="utf-8")  # as the tool prints it
    return path


def test_an_excerpt_with_the_annotated_sha1_is_cached_once(tool, tmp_path):
    assert len(tool.missing(set(), five=True)) == 2
    out = tool.take([_excerpt(tmp_path, "a.txt", PAGE)], "http://example.gov.cn/p.html", "某县某局 2023年年度报告")
    assert out[0].endswith(f"MATCH search:{_sha1(PAGE)[:12]} (z1)")
    cached = [json.loads(line) for line in (tmp_path / "figure_pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert cached == [{"key": "search:" + _sha1(PAGE)[:12], "level": "county_department", "sha1": _sha1(PAGE),
                       "text": PAGE, "url": "http://example.gov.cn/p.html", "year": 2023}]
    again = tool.take([_excerpt(tmp_path, "b.txt", PAGE + "\n")], "u", "q")
    assert "ALREADY" in again[0] and len((tmp_path / "figure_pages.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    # (the page's 五, annotated on its own, is in the same excerpt: both are taken from it)
    assert "MATCH search:" in out[1] and "five:dev" in out[1]
    assert tool.missing(set(), five=True) == []


def test_a_section_five_page_is_cut_at_its_heading(tool, tmp_path):
    longer = "某县2023年报告\n一、总体情况\n" + FIVE  # another excerpt of the same page, with the same 五
    out = tool.take([_excerpt(tmp_path, "c.txt", longer)], "http://example.gov.cn/a.html", "q")
    assert "MATCH search:" in out[0]
    cached = json.loads((tmp_path / "search.jsonl").read_text(encoding="utf-8"))
    assert cached["text"] == FIVE and cached["sha1"] == _sha1(FIVE)
    source = json.loads((tmp_path / "sources.jsonl").read_text(encoding="utf-8"))
    assert source == {"key": "search:" + _sha1(FIVE)[:12], "kind": "five", "query": "q", "url": "http://example.gov.cn/a.html"}


def test_a_copying_slip_is_refused_and_nothing_is_written(tool, tmp_path):
    slipped = PAGE.replace("56条", "65条").replace("培训", "培訓")  # (a slip in 五 too: that part alone would match)
    assert tool.main(["take", "--url", "u", "--query", "q", str(_excerpt(tmp_path, "d.txt", slipped))]) == 1
    assert not (tmp_path / "figure_pages.jsonl").exists() and not (tmp_path / "sources.jsonl").exists()


def test_the_shipped_annotations_name_every_search_page_once():
    module = _load("rebuild_cache_real")
    pages = module.wanted()
    keys = [p["key"] for p in pages.values()]
    assert len(keys) == len(set(keys)) >= 1000
    assert all(p["kind"] == "five" or p["head"] for p in pages.values())  # the notes name agency and year


def test_a_section_five_stretch_is_found_under_another_heading_and_blank_lines(tool, tmp_path, monkeypatch):
    # an older outline puts the problems under 六, the page goes on after them, and the cached text
    # was written with its blank lines collapsed
    stored = "六、存在的问题和改进措施\n人员力量不足。\n下一步将充实人员。"
    pages = {_sha1(stored): {"key": "search:" + _sha1(stored)[:12], "kind": "five", "batch": "five:heldout",
                             "level": "township", "year": 2012, "head": "", "url": "u"}}
    monkeypatch.setattr(tool, "wanted", lambda: pages)
    excerpt = "某镇2012年报告\n\n五、收费情况\n未收费。\n\n" + stored.replace("\n", "\n\n") + "\n\n七、其他事项\n无。"
    out = tool.take([_excerpt(tmp_path, "e.txt", excerpt)], "u", "q")
    assert "MATCH search:" in out[0]
    assert json.loads((tmp_path / "search.jsonl").read_text(encoding="utf-8"))["text"] == stored


def test_a_page_cached_shorter_than_the_excerpt_now_returned_is_found(tool, tmp_path):
    longer = PAGE + "\n六、其他需要报告的事项\n无。"  # the index now keeps more of the page
    out = tool.take([_excerpt(tmp_path, "f.txt", longer)], "u", "q")
    assert out[0].endswith(f"MATCH search:{_sha1(PAGE)[:12]} (z1)")
    cached = json.loads((tmp_path / "figure_pages.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert cached["text"] == PAGE


def test_the_sources_name_annotated_pages_and_no_text():
    module = _load("rebuild_cache_sources")
    keys = {p["key"] for p in module.wanted().values()}
    lines = [json.loads(line) for line in module.SOURCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 1000 and {r["key"] for r in lines} <= keys
    assert all(set(r) <= {"key", "kind", "url", "query"} and r["kind"] in ("figures", "five") for r in lines)
    assert all(len(r["query"] or "") <= 120 for r in lines)  # queries, never page text


def test_a_fresh_page_is_added_once_under_its_sha1_key(tool, tmp_path):
    fresh = "某镇2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息18条。"
    path = _excerpt(tmp_path, "e.txt", fresh)
    assert tool.main(["add", "--url", "http://example.gov.cn/z.html", "--query", "某镇 2024",
                      "--level", "township", "--year", "2024", str(path)]) == 0
    cached = json.loads((tmp_path / "figure_pages.jsonl").read_text(encoding="utf-8"))
    assert cached["key"] == "search:" + _sha1(fresh)[:12] and cached["text"] == fresh and cached["year"] == 2024
    # the same page again, or another version of it at the same address, is refused
    assert "KNOWN" in tool.add(path, "http://example.gov.cn/z2.html", "q", "township", 2024)
    assert "KNOWN URL" in tool.add(_excerpt(tmp_path, "f.txt", fresh + "\n下一段"), "http://example.gov.cn/z.html",
                                   "q", "township", 2024)
    # an annotated page is no fresh page
    assert "KNOWN" in tool.add(_excerpt(tmp_path, "g.txt", PAGE), "http://example.gov.cn/p.html", "q", "county", 2023)
    assert len((tmp_path / "sources.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_a_fresh_five_page_is_cut_at_its_heading_split_by_the_rule_and_located(tool, tmp_path):
    excerpt = ("某镇2016年政府信息公开工作年度报告\n  一、基本情况\n主动公开信息56条。\n\n\n"
               "五、存在的主要问题及改进情况  \n一是信息更新 不够及时。\n二是下一步将加强培训。\n")
    out = tool.add(_excerpt(tmp_path, "h.txt", excerpt), "http://example.gov.cn/f.html", "某镇 2016",
                   five_from="五、存在的主要问题")
    five = "五、存在的主要问题及改进情况\n一是信息更新 不够及时。\n二是下一步将加强培训。"
    key = "search:" + _sha1(five)[:12]
    assert f"ADDED {key} split={tool.five_split(key)}" in out
    assert json.loads((tmp_path / "search.jsonl").read_text(encoding="utf-8"))["text"] == five
    assert tool.five_split(key) in {"dev", "heldout"}
    # the rule of corpora/sentences/ANNOTATION.md, on a page it drew before (units-dev3.jsonl's split)
    assert [tool.five_split(k) for k in ("search:000000000000", "search:ffffffffffff")] == [
        "heldout" if int(hashlib.sha256(("textmine-real-five-2026-12:" + k).encode()).hexdigest(), 16) % 5 == 0
        else "dev" for k in ("search:000000000000", "search:ffffffffffff")]
    spans = tool.offsets(key, ["一是信息更新不够及时。", "二是下一步将加强培训。"])  # (the page's space ignored)
    assert [five[int(a):int(b)] for a, b in (s.split() for s in spans)] == ["一是信息更新 不够及时。", "二是下一步将加强培训。"]
    assert tool.offsets(key, ["加强培训", "信息更新"])[1].startswith("NOT FOUND")  # in order only
    assert "NO HEADING" in tool.add(_excerpt(tmp_path, "i.txt", "某镇报告\n全文无问题部分"), "u2", "q",
                                    five_from="五、存在的主要问题")


def test_a_fresh_page_at_the_address_of_a_shared_page_is_refused(tool, tmp_path, monkeypatch):
    # the same report found again by the search tool may be a held-out page of ../shared
    import textmine.real.pages as real_pages

    shared = tmp_path / "pages.jsonl"
    shared.write_text(json.dumps({"id": "p081", "url": "http://www.example.gov.cn/nb/2020/t1.html",
                                  "text": "某区某局2020年政府信息公开工作年度报告"}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    monkeypatch.setattr(real_pages, "PAGES_PATH", shared)
    fresh = _excerpt(tmp_path, "s.txt", "某区某局2020年政府信息公开工作年度报告\n一、总体情况\n主动公开信息12条。")
    out = tool.add(fresh, "https://example.gov.cn/nb/2020/t1.html/", "某区某局 2020", "county_department", 2020)
    assert "KNOWN SHARED p081" in out
    assert not (tmp_path / "figure_pages.jsonl").exists() and not (tmp_path / "sources.jsonl").exists()
    # another agency's report at another address is added as before
    other = _excerpt(tmp_path, "o.txt", "某县水利局2020年政府信息公开工作年度报告\n一、总体情况\n主动公开信息9条。")
    assert "ADDED" in tool.add(other, "http://example.gov.cn/nb/2020/t2.html", "q", "county_department", 2020)


def test_a_copy_of_a_shared_report_at_another_address_is_refused(tool, tmp_path, monkeypatch):
    # (z100 cached a held-out page's report from the city portal, the shared page being the bureau's own
    # site: the same agency and year, another excerpt of it)
    import textmine.real.pages as real_pages

    shared = tmp_path / "pages.jsonl"
    shared.write_text(json.dumps({"id": "p018", "url": "http://wsjkw.example.gov.cn/art/2024/1/22/a.html",
                                  "text": "东江市卫生健康委员会2023年政府信息公开工作年度报告\n一、总体情况\n"
                                          "2023年,全市卫生健康系统主动公开信息356条。"}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    monkeypatch.setattr(real_pages, "PAGES_PATH", shared)
    tool._shared_agency_years.cache_clear()
    mirror = _excerpt(tmp_path, "m.txt", "东江市卫生健康委员会2023年政府信息公开工作年度报告\n发布时间:2024-01-22\n"
                                         "一、总体情况\n(一)主动公开。全年在门户网站发布信息356条,其中政策文件12件。")
    out = tool.add(mirror, "http://www.example.gov.cn/art/2024/1/22/b.html", "东江 卫健委 2023", "city_department", 2023)
    assert "KNOWN SHARED p018" in out
    assert not (tmp_path / "figure_pages.jsonl").exists()
    # the same agency's report of another year is another report
    later = _excerpt(tmp_path, "n.txt", "东江市卫生健康委员会2024年政府信息公开工作年度报告\n一、总体情况\n主动公开信息300条。")
    assert "ADDED" in tool.add(later, "http://www.example.gov.cn/art/2025/1/20/c.html", "q", "city_department", 2024)
