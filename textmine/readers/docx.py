"""Word (.docx) reports: paragraphs and tables in body order, merged cells as spans.

The container is checked before anything is parsed: it must be a zip holding
``word/document.xml``, and its inflated size, member count and compression ratio must stay
under :class:`~textmine.readers.Limits` (a zip bomb is refused without inflating it).
Then only the parts the text needs are parsed: ``word/document.xml`` and, through its
relationships, the numbering and styles parts (an XML parser that resolves no entities and
fetches nothing). No document object model is built around them: python-docx's would parse
every part and tie them together in reference cycles, which keep each document's trees in
memory until a full garbage collection (batch workers collect rarely). Automatic numbering
(``一、`` from ``numbering.xml``) is rendered in front of the paragraph it numbers
(:mod:`.docx_numbering`). Text is taken from
``w:t`` / ``w:tab`` / ``w:br`` in order, skipping deleted runs, field instructions and the
fallback copy of alternate content, so nothing is read twice. Table cells get their grid
position from ``w:gridBefore`` and ``w:gridSpan``; ``w:vMerge`` continuation cells extend the
cell above instead of appearing as empty cells.
"""
from __future__ import annotations

import functools
import io
import posixpath
import zipfile

from ..errors import CorruptFile, InputTooLarge, TextmineError
from ..model import Document
from .builder import MAX_SPAN, CellSpec, DocumentBuilder
from .docx_numbering import Numbering

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

#: refuse archives with more members than this
MAX_MEMBERS = 5000
#: a member inflating more than this many times its compressed size is a bomb
MAX_RATIO = 200
#: ... unless it is small anyway
RATIO_FLOOR = 1 * 1024 * 1024

#: elements whose text is not document text
_SKIP = frozenset((f"{W}del", f"{W}instrText", f"{W}delText", f"{MC}Fallback", f"{W}fldData",
                   f"{W}footnoteReference", f"{W}endnoteReference", f"{W}commentReference"))
#: containers at body level whose children are body content
_WRAPPERS = frozenset((f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag", f"{W}ins"))


def open_container(data: bytes, source: str, limits) -> zipfile.ZipFile:
    """The DOCX's zip archive, open; what is not a DOCX, and zip bombs, are refused before
    anything is inflated."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise CorruptFile(source, "an OLE compound file: a legacy .doc or a password-protected "
                                  "document; save it as an unprotected .docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise CorruptFile(source, "not a DOCX (not a zip archive; truncated download?)") from None
    except Exception as exc:  # zipfile raises assorted errors on damaged archives
        raise CorruptFile(source, f"damaged zip archive ({exc})") from None
    try:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise InputTooLarge(source, f"{len(members)} members in the DOCX archive (cap {MAX_MEMBERS})")
        names = {m.filename for m in members}
        if "word/document.xml" not in names:
            raise CorruptFile(source, "a zip archive but not a Word document (no word/document.xml)")
        total = 0
        for member in members:
            total += member.file_size
            if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
                raise InputTooLarge(source, f"{member.filename} would inflate {member.file_size} bytes from "
                                            f"{member.compress_size} (a zip bomb?)")
        if total > limits.max_unpacked_bytes:
            raise InputTooLarge(source, f"the DOCX inflates to {total} bytes, over the "
                                        f"{limits.max_unpacked_bytes}-byte cap")
    except BaseException:
        archive.close()
        raise
    return archive


def run_text(element) -> str:
    """Text of a paragraph (or any element) in document order."""
    parts: list[str] = []

    def visit(el) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if tag == f"{W}t":
            parts.append(el.text or "")
            return
        if tag == f"{W}tab" and el.getparent() is not None and el.getparent().tag == f"{W}r":
            parts.append("\t")
            return
        if tag in (f"{W}br", f"{W}cr"):
            if el.get(f"{W}type") != "page":
                parts.append("\n")
            return
        if tag == f"{W}noBreakHyphen":
            parts.append("-")
            return
        if tag == f"{W}sym":
            return
        for child in el:
            visit(child)

    visit(element)
    return "".join(parts)


_T = f"{W}t"
#: what :func:`run_text` treats specially besides ``w:t``
_SPECIAL_TAGS = (f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", f"{W}sym", *sorted(_SKIP))


def complex_elements(root) -> set:
    """The elements under ``root`` whose :func:`run_text` is more than their ``w:t`` texts
    joined: those holding (or being) a tab, break, hyphen, symbol or skipped element, or a
    ``w:t`` with children. For every other element the two are the same, which spares the
    element-by-element walk for nearly every paragraph and table cell."""
    marked: set = set()
    for el in root.iter(*_SPECIAL_TAGS):
        marked.add(el)
        marked.update(el.iterancestors())
    for t in root.iter(_T):
        if len(t):
            marked.add(t)
            marked.update(t.iterancestors())
    return marked


def paragraph_text(p, numbering: Numbering | None, complex: set | None = None) -> str:
    """A paragraph's text with its automatic number (``一、`` / ``1.``) in front.
    ``complex`` is :func:`complex_elements` of the document, when known."""
    label = numbering.label(p) if numbering is not None else ""
    if complex is not None and p not in complex:
        return label + "".join([t.text or "" for t in p.iter(_T)])
    return label + run_text(p)


def _cell_text(tc, numbering: Numbering | None = None, complex: set | None = None,
               index: tuple[dict, dict] | None = None) -> str:
    if index is not None:
        # as below, with the paragraphs and w:t texts read off :func:`_table_index`
        paragraphs, texts = index
        parts = []
        for p in paragraphs[tc]:
            label = numbering.label(p) if numbering is not None else ""
            parts.append(label + "".join(texts[p]) if p not in complex else label + run_text(p))
        return "\n".join(parts)
    return "\n".join([paragraph_text(el, numbering, complex) for el in tc.iter(f"{W}p")])


_P, _R, _TC = f"{W}p", f"{W}r", f"{W}tc"


def _table_index(tbl) -> tuple[dict, dict] | None:
    """For a plain table (every ``w:tc`` in a ``w:tr`` of ``tbl``, every ``w:p`` directly in a
    ``w:tc``, every ``w:t`` in a ``w:r`` directly in a ``w:p``): each cell's paragraphs (what
    ``tc.iter(w:p)`` gives) and each paragraph's ``w:t`` texts (what ``p.iter(w:t)`` gives),
    from one pass over the table; None for any other table. Setting up two iterators per
    cell cost more than walking them."""
    paragraphs: dict = {}
    texts: dict = {}
    cell = paragraph = None
    cell_paragraphs: list = []
    paragraph_texts: list = []
    for el in tbl.iter(_TC, _P, _T):
        tag = el.tag
        if tag == _T:
            run = el.getparent()
            if paragraph is None or run is None or run.tag != _R or run.getparent() is not paragraph:
                return None
            paragraph_texts.append(el.text or "")
        elif tag == _P:
            if cell is None or el.getparent() is not cell:
                return None
            paragraph = el
            paragraph_texts = texts[el] = []
            cell_paragraphs.append(el)
        else:
            row = el.getparent()
            if row is None or row.tag != _TR or row.getparent() is not tbl:
                return None
            cell = el
            paragraph = None
            cell_paragraphs = paragraphs[el] = []
    return paragraphs, texts


def _child(el, tag: str):
    """The first child of ``el`` with ``tag`` (as ``el.find(tag)``, without the path
    machinery: this runs for every cell)."""
    for child in el:
        if child.tag == tag:
            return child
    return None


_TR, _TR_PR, _GRID_BEFORE, _TC_PR, _GRID_SPAN, _V_MERGE, _VAL = (
    f"{W}tr", f"{W}trPr", f"{W}gridBefore", f"{W}tcPr", f"{W}gridSpan", f"{W}vMerge", f"{W}val")


def table_cells(tbl, numbering: Numbering | None = None, complex: set | None = None) -> list[CellSpec]:
    """Grid cells of one ``w:tbl``. A vertically merged cell is one cell with a rowspan."""
    cells: list[CellSpec] = []
    index = _table_index(tbl) if complex is not None else None
    # the open vertical merge per grid column: index into cells
    open_merge: dict[int, int] = {}
    row_index = 0
    for tr in tbl.iterchildren(_TR):
        col = 0
        trpr = _child(tr, _TR_PR)
        if trpr is not None:
            before = _child(trpr, _GRID_BEFORE)
            if before is not None:
                col += min(max(0, _int(before.get(_VAL), 0)), MAX_SPAN)
        for tc in _row_cells(tr):
            tcpr = _child(tc, _TC_PR)
            span = 1
            vmerge = None
            if tcpr is not None and len(tcpr):
                grid_span = _child(tcpr, _GRID_SPAN)
                if grid_span is not None:
                    # a row wider than MAX_SPAN columns is a broken file: its cells keep a
                    # column each beyond that, so none is lost and the grid stays bounded
                    span = max(1, min(_int(grid_span.get(_VAL), 1), MAX_SPAN - col))
                vm = _child(tcpr, _V_MERGE)
                if vm is not None:
                    vmerge = vm.get(_VAL) or "continue"
            if vmerge == "continue" and col in open_merge:
                i = open_merge[col]
                above = cells[i]
                extra = _cell_text(tc, numbering, complex, index).strip()
                text = f"{above.text}\n{extra}" if extra else above.text
                cells[i] = CellSpec(above.row, above.col, text, row_index - above.row + 1, above.colspan)
            else:
                cells.append(CellSpec(row_index, col, _cell_text(tc, numbering, complex, index), 1, span))
                if open_merge:
                    for c in range(col, col + span):
                        open_merge.pop(c, None)
                if vmerge == "restart":
                    open_merge[col] = len(cells) - 1
            col += span
        row_index += 1
    return cells


def _row_cells(tr):
    """``w:tc`` children of a row, looking through content controls and custom XML."""
    for child in tr:
        if child.tag == f"{W}tc":
            yield child
        elif child.tag in _WRAPPERS:
            yield from _row_cells(child)


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _body_blocks(container):
    """Paragraphs and tables at body level, in order."""
    for child in container:
        tag = child.tag
        if tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif tag in _WRAPPERS:
            yield from _body_blocks(child)


_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
#: the main document part (:func:`open_container` has made sure it is there) and its
#: relationships, where the numbering and styles parts are named
_MAIN_PART = "word/document.xml"
_MAIN_RELS = "word/_rels/document.xml.rels"


@functools.cache
def _xml_parser():
    import lxml.etree as etree

    # what python-docx parses Word XML with: whitespace between elements dropped, entities
    # left unresolved (no entity tricks), nothing fetched from the network
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)


#: how much of a member is inflated at a time
_CHUNK = 1 << 16


class _Inflater:
    """Reads members of a checked DOCX a chunk at a time, counting what is actually inflated
    against ``limits.max_unpacked_bytes``. The archive's headers were checked before anything
    was read, but a forged header can under-state a member's size (a 1.6 MB file inflated
    to 2.1 GB in one ``archive.read``); what counts is what comes out."""

    def __init__(self, archive: zipfile.ZipFile, source: str, limits):
        self.archive, self.source, self.budget, self.used = archive, source, limits.max_unpacked_bytes, 0

    def read(self, name: str) -> bytes:
        chunks: list[bytes] = []
        with self.archive.open(name) as member:
            while True:
                chunk = member.read(_CHUNK)
                if not chunk:
                    break
                self.used += len(chunk)
                if self.used > self.budget:
                    raise InputTooLarge(self.source, f"{name} inflates past the {self.budget}-byte cap "
                                                     "(more than the zip headers declare)")
                chunks.append(chunk)
        return b"".join(chunks)


def _related_parts(archive: "_Inflater", names: set[str]) -> dict[str, str]:
    """Part names of the main document's relationships by kind (the last segment of the
    relationship type: ``numbering``, ``styles``, ...), internal targets in the archive only.
    Targets are relative to ``word/`` unless they start with ``/``."""
    import lxml.etree as etree

    if _MAIN_RELS not in names:
        return {}
    parts: dict[str, str] = {}
    for rel in etree.fromstring(archive.read(_MAIN_RELS), _xml_parser()).iter(_RELATIONSHIP):
        kind, target = (rel.get("Type") or "").rsplit("/", 1)[-1], rel.get("Target")
        if not target or rel.get("TargetMode") == "External" or kind in parts:
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
        if name in names:
            parts[kind] = name
    return parts


def _parts(archive: "_Inflater"):
    """(``w:body``, the numbering root or None, the styles root or None) of a checked DOCX."""
    import lxml.etree as etree

    parser = _xml_parser()
    names = set(archive.archive.namelist())
    body = etree.fromstring(archive.read(_MAIN_PART), parser).find(f"{W}body")
    if body is None:
        raise ValueError(f"{_MAIN_PART} has no w:body")
    related = _related_parts(archive, names)
    numbering = styles = None
    # without numbering definitions no paragraph gets a label whatever the styles say
    if "numbering" in related:
        numbering = etree.fromstring(archive.read(related["numbering"]), parser)
        if "styles" in related:
            styles = etree.fromstring(archive.read(related["styles"]), parser)
    return body, numbering, styles


def read(data: bytes, source: str, limits) -> Document:
    with open_container(data, source, limits) as archive:
        try:
            body, numbering_element, styles_element = _parts(_Inflater(archive, source, limits))
            numbering = Numbering(numbering_element, styles_element)
        except TextmineError:
            raise
        except Exception as exc:  # lxml / zlib / zipfile errors on a damaged file
            raise CorruptFile(source, f"the Word document cannot be opened ({type(exc).__name__}: {exc})"[:300]) from None
    builder = DocumentBuilder(source, "docx", None)
    complex = complex_elements(body)
    for block in _body_blocks(body):
        if block.tag == f"{W}p":
            for line in paragraph_text(block, numbering, complex).split("\n"):
                builder.add_paragraph(line)
            continue
        cells = table_cells(block, numbering, complex)
        if not cells or not any(c.text.strip() for c in cells):
            continue
        if max(c.col + c.colspan for c in cells) < 2:
            for cell in cells:  # a one-column box around text is text
                for line in cell.text.split("\n"):
                    builder.add_paragraph(line)
            continue
        builder.add_table(cells, "docx")
    return builder.build()
