"""Bad input: every case gives one clear textmine error naming the file, through the API
and through the command line (exit status 2, one line, no traceback)."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import textmine
from conftest import REAL_PDFS
from textmine.cli import main
from textmine.errors import (CorruptFile, EmptyInput, InputNotFound, InputTooLarge, NotAReport, TextmineError,
                             UndecodableText, UnsupportedFormat)


def _truncated_pdf(path: Path) -> None:
    real = REAL_PDFS["hongze2023"]
    data = real.read_bytes() if real.exists() else b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 50
    path.write_bytes(data[: len(data) // 3])


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b"\x20" * 6_000_000 + b"</w:document>")


#: name -> (how to make it, error class, words the message must contain)
BAD_INPUTS = {
    "empty.txt": (lambda p: p.write_bytes(b""), EmptyInput, "empty"),
    "garbage.txt": (lambda p: p.write_bytes(bytes((i * 151 + 7) % 256 for i in range(3000))), UndecodableText, "binary"),
    "report.xyz": (lambda p: p.write_text("x"), UnsupportedFormat, "unknown extension"),
    "report.doc": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0"), UnsupportedFormat, ".docx"),
    "truncated.pdf": (_truncated_pdf, CorruptFile, "truncated"),
    "weather.txt": (lambda p: p.write_text("今天天气晴，最高气温十八度。\n明天多云转小雨，请注意添衣。\n", encoding="utf-8"),
                    NotAReport, "no report title"),
    "bomb.docx": (_zip_bomb, InputTooLarge, "zip bomb"),
    "folder": (lambda p: p.mkdir(), UnsupportedFormat, "directory"),
    "missing.txt": (lambda p: None, InputNotFound, "no such file"),
    "page.html": (lambda p: p.write_text("<html><body><nav>首页</nav></body></html>"), EmptyInput, "no text"),
}


@pytest.fixture
def bad(tmp_path):
    def make(name: str) -> Path:
        path = tmp_path / name
        BAD_INPUTS[name][0](path)
        return path
    return make


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_api_raises_a_named_textmine_error(bad, name):
    path = bad(name)
    _maker, error, words = BAD_INPUTS[name]
    with pytest.raises(error) as caught:
        textmine.audit(path)
    assert isinstance(caught.value, TextmineError)
    assert caught.value.source == str(path)
    assert str(caught.value).startswith(f"{path}: ") and words in str(caught.value)
    record = caught.value.to_dict()
    assert record["source"] == str(path) and record["error"] == error.code


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_cli_prints_one_line_and_exits_2(bad, name, capsys):
    path = bad(name)
    assert main(["audit", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"textmine: error: {path}: ")
    assert "Traceback" not in err


def test_cli_module_entry_point(bad):
    path = bad("truncated.pdf")
    done = subprocess.run([sys.executable, "-m", "textmine.cli", "audit", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [f"textmine: error: {path}: the PDF is truncated "
                                                "(no %%EOF end marker); download it again"]


def test_error_classes_have_distinct_codes():
    classes = [InputNotFound, UnsupportedFormat, EmptyInput, UndecodableText, CorruptFile, InputTooLarge, NotAReport]
    assert len({c.code for c in classes}) == len(classes)
    error = CorruptFile("a.pdf", "broken")
    assert str(error) == "a.pdf: broken" and error.to_dict() == {"source": "a.pdf", "error": "corrupt",
                                                                 "problem": "broken"}
