"""内容雷同 across a batch: planted copies (renamed, one part, lightly edited) are found with a
finding on each report pointing at the other (share, spans on both sides); what every report
shares (the format's wording, the batch's common sentences) is not; one agency's reports
are recorded but are no 雷同; the result does not depend on the order reports come in."""
from __future__ import annotations

import random

import numpy as np
import pytest

import textmine
import textmine.corpus as corpus
from corpora.generator import generate_report
from corpora.generator.copies import COPY_MODES, copy_plan
from textmine.corpus.common import TEMPLATE_PHRASES, common_floor, learn_common, template_hashes
from textmine.corpus.copies import (COPY_VERDICTS, CorpusDoc, Docs, compare, find_copies, member, prepare,
                                    verdict)
from textmine.corpus.shingles import SHINGLE, shingle_hashes
from textmine.corpus.texts import NAME_MARK, compact, compact_parts, narrative_parts


def audited(seed: int, **options):
    g = generate_report(seed, **options)
    return textmine.audit(g.data if g.format in ("docx", "pdf") else g.text, format=g.format)


@pytest.fixture(scope="module")
def batch():
    """30 generated reports and three planted copies (one per mode), audited once."""
    plan = {100: (3, "renamed"), 101: (5, "partial"), 102: (8, "edited")}
    seeds = list(range(30)) + sorted(plan)
    reports = [audited(s, copy_of=plan.get(s)) for s in seeds]
    return seeds, reports, plan


# --------------------------------------------------------------------------- pieces


def test_shingle_hashes_are_the_same_in_every_run_and_equal_for_equal_text():
    a = shingle_hashes("本机关全年主动公开政府信息一百二十条")
    assert a.dtype == np.uint32 and len(a) == len("本机关全年主动公开政府信息一百二十条") - SHINGLE + 1
    b = shingle_hashes("另外本机关全年主动公开政府信息一百二十条")
    assert set(a) <= set(b)
    # fixed values: no per-process salt (Python's hash() is salted)
    assert shingle_hashes("政府信息公开工作年度")[0] == shingle_hashes("政府信息公开工作年度")[0]
    assert len(set(shingle_hashes("一二三四五六七八九十甲乙丙丁"))) == 7


def test_compacting_masks_names_self_references_and_years_and_keeps_offsets():
    text = "2023年，平阳县东风镇人民政府坚持公开为常态，我镇全年公开信息150条。"
    part = compact("overview", 100, text, ("平阳县东风镇人民政府", "东风镇", "东风"))
    assert "东风" not in part.chars and "2023" not in part.chars and "150" in part.chars
    assert part.chars.count(NAME_MARK) == 2  # the name, and 镇 after 我
    start, end = part.span(part.chars.index("坚"), part.chars.index("常") + 2)
    assert text[start - 100:end - 100] == "坚持公开为常态"


def test_membership_by_binary_search_is_isin():
    rng = np.random.default_rng(3)
    values = rng.integers(0, 2 ** 32, 500, dtype=np.uint64).astype(np.uint32)
    sorted_set = np.unique(np.concatenate([values[:200], rng.integers(0, 2 ** 32, 300, dtype=np.uint64).astype(np.uint32)]))
    assert (member(values, sorted_set) == np.isin(values, sorted_set)).all()
    assert not member(values, np.zeros(0, dtype=np.uint32)).any()


def test_common_text_floor():
    assert common_floor(2) == 3 and common_floor(22) == 6 and common_floor(400) == 20 and common_floor(2000) == 100
    shared = np.arange(10, dtype=np.uint32)
    sample = [np.concatenate([shared, np.asarray([100 + i], dtype=np.uint32)]) for i in range(30)]
    common = learn_common(sample, template_hashes())
    assert set(shared) <= set(common) and not {100, 101} & set(common)
    assert len(TEMPLATE_PHRASES) and len(template_hashes())


def test_the_verdicts_are_declared_strongest_first():
    shares = [share for _, share, _ in COPY_VERDICTS]
    assert COPY_VERDICTS[0][0] == "FAIL" and all(s in ("FAIL", "UNCERTAIN") for s, _, _ in COPY_VERDICTS)
    assert shares[0] >= 0.5 and min(chars for _, _, chars in COPY_VERDICTS) >= 100


# --------------------------------------------------------------------------- the check


def test_planted_copies_are_found_on_both_sides_and_nothing_else(batch):
    seeds, reports, plan = batch
    result = corpus.check(reports)
    flagged = {tuple(sorted((seeds[int(p.a.report_id[1:])], seeds[int(p.b.report_id[1:])])))
               for p in result.copies if p.status}
    assert flagged == {tuple(sorted((r, d))) for r, (d, _) in plan.items()}
    by_seed = dict(zip(seeds, result.findings))
    for recipient, (donor, mode) in plan.items():
        for me, other in ((recipient, donor), (donor, recipient)):
            (finding,) = [f for f in by_seed[me] if f.rule == "corpus.copied_text"]
            assert finding.status in ("FAIL", "UNCERTAIN") and finding.severity == "warning"
            assert finding.found["other_report_id"] == f"t{seeds.index(other):06d}"
            assert finding.found["share"] >= 0.3 and finding.found["chars"] >= 100
            assert any(e.report == "other" for e in finding.evidence)
            assert any(e.report == "this" for e in finding.evidence)
    # nobody else
    planted = set(plan) | {d for d, _ in plan.values()}
    for seed, findings in by_seed.items():
        if seed not in planted:
            assert not [f for f in findings if f.rule.startswith("corpus.")], seed


def test_the_spans_on_both_sides_hold_the_same_text(batch):
    seeds, reports, plan = batch
    result = corpus.check(reports)
    pair = next(p for p in result.copies if p.status and {seeds[int(p.a.report_id[1:])],
                                                           seeds[int(p.b.report_id[1:])]} == {100, 3})
    text_a = reports[int(pair.a.report_id[1:])].document.text
    text_b = reports[int(pair.b.report_id[1:])].document.text
    longest_a = max((text_a[s:e] for _, s, e in pair.side_a.spans), key=len)
    # the longest copied run, names masked, is in the other report too
    shortened = longest_a.replace(" ", "").replace("\n", "")
    core = shortened[len(shortened) // 3: len(shortened) // 3 + 12]
    assert core and core in text_b.replace(" ", "").replace("\n", "")


def test_reports_that_share_only_the_template_are_not_flagged():
    # twelve agencies, each writing its own sentences around the format's fixed wording
    texts = []
    rng = random.Random(5)
    own = ["网站栏目调整后访问更加便捷", "新建政策问答库收录问题三百余条", "办理群众留言做到件件有回音",
           "组织业务骨干赴兄弟单位学习", "对公开目录进行逐项核对", "修订信息发布审核办法", "开展公开日活动两次",
           "编印政策汇编发放到村组", "在便民服务中心设置查阅点", "推动村务公开栏规范化", "开通短视频账号发布动态",
           "建立公开工作季度通报制度"]
    for i in range(12):
        picked = rng.sample(own, 3)
        body = "；".join(TEMPLATE_PHRASES[25:31]) + "。" + "。".join(f"第{i}号单位{p}" for p in picked) + "。"
        texts.append(f"第{i}号单位2023年政府信息公开工作年度报告\n一、总体情况\n{body}\n五、存在的主要问题及改进情况\n"
                     f"{TEMPLATE_PHRASES[24]}，{TEMPLATE_PHRASES[31]}。\n")
    result = corpus.check([textmine.audit(t) for t in texts])
    assert not [p for p in result.copies if p.status]


def test_one_agencys_reports_are_recorded_but_not_flagged():
    names = {"agency": "清河县市场监督管理局", "self": "我局", "short": "清河市监"}
    this = audited(10, agency=names, year=2024, template="2021", rendering="tsv")
    mirror = audited(10, agency=names, year=2024, template="2021", rendering="pipe")
    others = [audited(s) for s in range(40, 52)]
    result = corpus.check([this, mirror, *others])
    (pair,) = [p for p in result.copies if {p.a.report_id, p.b.report_id} == {"t000000", "t000001"}]
    assert pair.relation == "same_agency" and pair.status is None
    assert not [f for f in result.findings[0] + result.findings[1] if f.rule == "corpus.copied_text"]


def test_an_unknown_agency_is_at_most_uncertain(batch):
    seeds, reports, plan = batch
    docs = []
    for i, r in enumerate(reports):
        identity = r.agency_identity.to_dict()
        if seeds[i] == 100:
            identity = {**identity, "name": None, "key": None}
        docs.append(CorpusDoc(f"t{i:06d}", str(i), r.metadata.year, identity, narrative_parts(r)))
    pairs = [p for p in find_copies(Docs(docs)) if "t" + f"{seeds.index(100):06d}" in (p.a.report_id, p.b.report_id)]
    assert pairs and all(p.relation == "unknown_agency" and p.status == "UNCERTAIN" for p in pairs)


def test_the_result_does_not_depend_on_the_order_of_reports(batch):
    seeds, reports, plan = batch
    docs = [CorpusDoc(f"id{s:04d}", str(s), r.metadata.year, r.agency_identity.to_dict(), narrative_parts(r))
            for s, r in zip(seeds, reports)]
    shuffled = docs[:]
    random.Random(1).shuffle(shuffled)
    key = lambda pairs: [(p.a.report_id, p.b.report_id, p.status, p.side_a, p.side_b) for p in pairs]
    assert key(find_copies(Docs(docs))) == key(find_copies(Docs(shuffled)))


def test_exact_comparison_of_a_renamed_copy(batch):
    seeds, reports, plan = batch
    a = reports[seeds.index(100)]
    b = reports[seeds.index(3)]
    da = CorpusDoc("a", "a", a.metadata.year, a.agency_identity.to_dict(), narrative_parts(a))
    db = CorpusDoc("b", "b", b.metadata.year, b.agency_identity.to_dict(), narrative_parts(b))
    empty = np.zeros(0, dtype=np.uint32)
    pair = compare(da, db, prepare(da, empty), prepare(db, empty))
    assert pair.relation == "other_agency" and verdict(pair.side_a, pair.side_b) == "FAIL"
    assert pair.side_a.parts["problems"][0] > 0.95  # 五 word for word, names aside


def test_planted_copies_on_a_larger_generated_corpus_precision_and_recall():
    n = 200
    plan = copy_plan(n, share=0.1, seed=7, first=7)
    assert len(plan) == 20 and {m for _, m in plan.values()} == set(COPY_MODES)
    seeds = list(range(7, 7 + n))
    reports = [audited(s, copy_of=plan.get(s)) for s in seeds]
    result = corpus.check(reports)
    flagged = {tuple(sorted((seeds[int(p.a.report_id[1:])], seeds[int(p.b.report_id[1:])])))
               for p in result.copies if p.status}
    truth = {tuple(sorted((r, d))) for r, (d, _) in plan.items()}
    hits = len(flagged & truth)
    assert hits / len(flagged) >= 0.95 and hits / len(truth) >= 0.9


def test_real_pages_share_no_text_across_agencies():
    from textmine.real.pages import load_pages

    pages = load_pages()
    if not pages:
        pytest.skip("../shared/corpora/real-pages not available")
    docs = []
    for pid, page in pages.items():
        report = textmine.audit(page.text)
        docs.append(CorpusDoc(pid, pid, report.metadata.year, report.agency_identity.to_dict(), narrative_parts(report)))
    assert not [p for p in find_copies(Docs(docs)) if p.status]
    # and a page under another page's name is found
    donor = next(d for d in docs if d.identity.get("name") == "墨脱县德兴乡人民政府")
    text = textmine.audit(pages[donor.report_id].text).document.text.replace("墨脱县德兴乡人民政府", "平阳县东风镇人民政府")
    copy = textmine.audit(text)
    docs.append(CorpusDoc("copy", "copy", copy.metadata.year, copy.agency_identity.to_dict(), narrative_parts(copy)))
    flagged = [p for p in find_copies(Docs(docs)) if p.status]
    assert [(p.a.report_id, p.b.report_id) for p in flagged] == [("copy", donor.report_id)]
