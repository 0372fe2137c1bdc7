"""textmine.segment: the shared jieba tokenizer and the sentence splitter."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import jieba
import pytest

import textmine
from textmine.segment import cut, split_sentences, tokenizer


def test_tokenizer_is_jiebas_global_default_with_the_user_dictionary():
    tok = tokenizer()
    assert tok is jieba.dt  # spaCy's jieba segmenter calls jieba.cut, i.e. this object
    assert tokenizer() is tok
    words = cut("依申请公开政府信息未收取信息处理费,12345热线办结率100%")
    for term in ("依申请公开", "信息处理费", "12345热线", "办结率"):
        assert term in words


_COUNT_LOADS = textwrap.dedent("""
    import jieba
    loads = []
    original = jieba.Tokenizer.initialize
    def counting(self, dictionary=None):
        if not self.initialized:
            loads.append(1)
        return original(self, dictionary)
    jieba.Tokenizer.initialize = counting
    import textmine.segment as segment  # textmine may read jieba's cache itself: a load too
    read_cache = segment._load_default_cache
    def counting_cache(tok):
        done = read_cache(tok)
        loads.extend([1] if done else [])
        return done
    segment._load_default_cache = counting_cache
    {body}
    print(len(loads))
""")


def _loads(body: str) -> int:
    script = _COUNT_LOADS.format(body=textwrap.indent(textwrap.dedent(body), "").strip())
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=str(textmine.paths.PROJECT_ROOT))
    return int(out.stdout.strip().splitlines()[-1])


def test_one_dictionary_load_per_process_textmine_first():
    assert _loads("""
import textmine
from textmine.segment import cut
cut("政府信息公开")
nlp = textmine.nlp()
doc = nlp("全年受理政府信息公开申请8件")
assert "依申请公开" in [t.text for t in nlp("依申请公开")]
""") == 1


def test_one_dictionary_load_per_process_spacy_first():
    assert _loads("""
import spacy
nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
nlp("政府信息公开")
from textmine.segment import cut
assert "依申请公开" in cut("依申请公开")
""") == 1


def test_sentences_split_on_chinese_punctuation_not_inside_quotes():
    text = "依托“平顶山市应急。公众号”发布信息。受理申请8件!是否答复?已答复;完毕"
    assert [s.text for s in split_sentences(text)] == [
        "依托“平顶山市应急。公众号”发布信息。", "受理申请8件!", "是否答复?", "已答复;", "完毕"]


def test_offsets_are_shifted_by_offset():
    sentences = split_sentences("一是加强。二是完善。", 100)
    assert [(s.start, s.end) for s in sentences] == [(100, 105), (105, 110)]


def test_enumerations_and_list_numbering_are_cut():
    text = "主要表现在:一是政策解读质量仍需提升,二是队伍建设还需加强,三是培训不足"
    assert [s.text for s in split_sentences(text)] == [
        "主要表现在:一是政策解读质量仍需提升,", "二是队伍建设还需加强,", "三是培训不足"]
    listed = "存在问题:1.栏目更新不及时;2.解读形式单一(3)人员不足"
    assert [s.text for s in split_sentences(listed)] == ["存在问题:1.栏目更新不及时;", "2.解读形式单一(3)人员不足"]
    assert len(split_sentences("发布信息1.5万条,第二,加强培训", split_enumerations=True)) == 2


def test_wrapped_pdf_lines_and_page_furniture_do_not_end_sentences():
    text = ("对照上级新要求和公众新期待,还有一些需要加强和改进的\n- 5 -\n地方。主要表现在:一是政策解读质量仍需\n"
            "提升。\n二、主动公开政府信息情况\n行政许可 447228")
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0] == "对照上级新要求和公众新期待,还有一些需要加强和改进的\n- 5 -\n地方。"
    assert sentences[1] == "主要表现在:一是政策解读质量仍需\n提升。"
    assert sentences[2:] == ["二、主动公开政府信息情况", "行政许可 447228"]
    # without joining, every line break is a boundary
    assert len(split_sentences(text, join_wrapped=False)) > len(sentences)


def test_a_lost_closing_quote_does_not_swallow_the_paragraph():
    text = "围绕“" + "政策" * 100 + "。下一句。"
    assert len(split_sentences(text)) == 2


def test_seed_sections_split_into_sentences(seed_path):
    doc = textmine.load(seed_path)
    sentences = split_sentences(doc.text)
    assert any(s.text.startswith("（一）存在的问题") or s.text.startswith("(一)存在的问题") for s in sentences)
    for s in sentences:
        assert doc.text[s.start:s.end] == s.text


def test_dictionary_read_from_jiebas_cache_equals_jiebas_own_load(tmp_path):
    """textmine reads jieba's cache of its default dictionary itself (faster); what it gets
    must be exactly what jieba's initialize() builds, and a bad cache falls back to jieba."""
    from textmine.segment import _load_default_cache

    tokenizer()  # makes sure jieba's cache file exists
    reference = jieba.Tokenizer()
    reference.tmp_dir = str(tmp_path / "fresh")  # no cache there: built from dict.txt
    (tmp_path / "fresh").mkdir()
    reference.initialize()
    ours = jieba.Tokenizer()
    ours.tmp_dir = str(tmp_path / "fresh")  # now holds the cache jieba just wrote
    assert _load_default_cache(ours) and ours.initialized
    assert ours.total == reference.total and ours.FREQ == reference.FREQ
    text = "区政府办公室依申请公开政府信息,政务新媒体发布信息处理费相关规范性文件"
    assert ours.lcut(text) == reference.lcut(text)

    broken = jieba.Tokenizer()
    broken.tmp_dir = str(tmp_path / "broken")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "jieba.cache").write_bytes(b"\x00garbage")
    assert not _load_default_cache(broken) and not broken.initialized
    custom = jieba.Tokenizer(dictionary=str(tmp_path / "fresh" / "jieba.cache"))
    assert not _load_default_cache(custom)  # not the default dictionary: jieba's business


def test_shared_tokenizer_holds_the_default_dictionary_and_the_user_words():
    code = textwrap.dedent("""
        import jieba
        from textmine.paths import models_dir
        from textmine.segment import tokenizer
        tok = tokenizer()
        ref = jieba.Tokenizer()
        ref.initialize()
        ref.load_userdict(str(models_dir() / "jieba_user_dict.txt"))
        assert tok is jieba.dt and tok.total == ref.total and tok.FREQ == ref.FREQ
        print("ok")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr[-2000:]


def test_cut_is_exactly_jiebas_lcut():
    """segment.cut re-walks jieba's word graph in one pass: the words must be jieba's, on
    every rendering of generated reports, the seed and the real PDFs, and on edge cases."""
    import pathlib

    from corpora.generator import RENDERINGS, generate_report

    jieba_cut = tokenizer().lcut
    texts = ["", " ", "\r\n", "a", "政", "依申请公开", "2023年共受理12件,同比增长3.5%", "abc-def_ghi 123.45",
             "霾霾霾霾", "。。,,", "  前后空格  ", "混合English和中文A1B2", "\u3000全角空格\u3000"]
    for seed in range(24):
        texts.append(textmine.load(generate_report(seed, rendering=RENDERINGS[seed % len(RENDERINGS)]).data).text)
    shared = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpora"
    for path in sorted(shared.glob("seed/*.txt")) + sorted(shared.glob("real/*.pdf")):
        texts.append(textmine.load(path).text)
    for text in texts:
        assert cut(text) == jieba_cut(text), text[:40]


def test_jieba_is_imported_without_pkg_resources_which_stays_importable():
    code = textwrap.dedent("""
        import sys
        import textmine
        from textmine.segment import cut
        words = cut("本机关全年共收到政府信息公开申请62件")
        assert "jieba" in sys.modules
        print("pkg_resources" in sys.modules, "政府信息公开申请" in words)
        try:
            import pkg_resources
        except ImportError:
            print("unimportable")
        else:
            print(callable(pkg_resources.resource_stream))
    """)
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["False", "True", "True"]


def _cut_texts() -> list[str]:
    import pathlib

    from corpora.generator import RENDERINGS, generate_report

    texts = ["", "a", "政", "依申请公开", "2023年共受理12件,同比增长3.5%", "霾霾霾霾", "混合English和中文A1B2",
             "\u3000全角空格\u3000", "𠀀𠀁罕见字"]
    for seed in range(40, 52):
        texts.append(textmine.load(generate_report(seed, rendering=RENDERINGS[seed % len(RENDERINGS)]).data).text)
    shared = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpora"
    for path in sorted(shared.glob("seed/*.txt")):
        texts.append(textmine.load(path).text)
    return texts


def test_cut_through_the_per_character_file_is_exactly_jiebas(tmp_path):
    """The dictionary read part by part from the file gives jieba's words, and reads only
    the parts of the characters the text has."""
    from textmine import segment
    from textmine.wordfreq import WordFrequencies, write

    tok = tokenizer()
    write(tmp_path / "words.freq", tok.FREQ, tok.total)
    texts = _cut_texts()
    for text in texts:
        words = WordFrequencies.from_file(tmp_path / "words.freq")
        out: list[str] = []
        for block in jieba.re_han_default.split(text):
            if block and jieba.re_han_default.match(block):
                segment._cut_block(words, block, out)
        expected = [w for block in jieba.re_han_default.split(text) if block and jieba.re_han_default.match(block)
                    for w in tok.lcut(block)]
        assert out == expected, text[:40]
        assert words.n_loaded <= len(set(text)) and words.total == tok.total


def test_a_file_that_is_not_whole_is_refused(tmp_path):
    from textmine.wordfreq import WordFrequencies, write

    write(tmp_path / "words.freq", {"政": 5, "政府": 3, "府": 2}, 10)
    good = (tmp_path / "words.freq").read_bytes()
    assert WordFrequencies.from_file(tmp_path / "words.freq").words_from("政") == {"政": 5, "政府": 3}
    for name, data in (("empty", b""), ("garbage", b"\x00garbage"), ("truncated", good[:-3]),
                       ("jieba", b"textmine-wordfreq-2\n\xff\xff\xff\xff\xff\xff\xff\x7f")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ValueError):
            WordFrequencies.from_file(tmp_path / name)


_FRESH_CUT = textwrap.dedent("""
    import json, sys
    from textmine.segment import cut, word_frequencies
    words = cut(sys.argv[1])
    import jieba
    print(json.dumps({"words": words, "jieba_loaded": jieba.dt.initialized,
                      "parts": word_frequencies().n_loaded, "source": word_frequencies().source}))
""")


def test_a_fresh_process_reads_only_the_parts_it_needs_and_rebuilds_a_bad_file(tmp_path):
    """With the file in place, a new process cuts without loading jieba's dictionary; a
    missing or damaged file is made again from jieba's own load."""
    import json
    import os

    from textmine.paths import models_dir
    from textmine.segment import USER_DICT, import_jieba
    from textmine.wordfreq import cache_path

    text = "本机关全年共收到政府信息公开申请62件,依申请公开办结率100%"
    expected = tokenizer().lcut(text)
    env = {**os.environ, "TMPDIR": str(tmp_path)}  # jieba's cache and ours, both new here
    path = cache_path(import_jieba(), models_dir() / USER_DICT, directory=str(tmp_path))
    path.write_bytes(b"\x00damaged")

    def fresh() -> dict:
        run = subprocess.run([sys.executable, "-c", _FRESH_CUT, text], capture_output=True, text=True, env=env,
                             cwd=str(textmine.paths.PROJECT_ROOT))
        assert run.returncode == 0, run.stderr[-2000:]
        return json.loads(run.stdout.strip().splitlines()[-1])

    first = fresh()  # the damaged file: jieba's load, and the file written again
    assert first["words"] == expected and first["jieba_loaded"] and first["source"] == "<memory>"
    second = fresh()
    assert second["words"] == expected and not second["jieba_loaded"] and second["source"] == str(path)
    assert 0 < second["parts"] <= len(set(text))


def test_a_file_others_could_have_written_is_not_read(tmp_path):
    import os

    from textmine.wordfreq import WordFrequencies, write

    path = tmp_path / "words.freq"
    write(path, {"政": 5, "政府": 3}, 8)
    os.chmod(path, 0o666)  # writable by anyone: it may not be what this user wrote
    with pytest.raises(ValueError, match="writable by others"):
        WordFrequencies.from_file(path)
    os.chmod(path, 0o644)
    assert WordFrequencies.from_file(path).words_from("政") == {"政": 5, "政府": 3}
