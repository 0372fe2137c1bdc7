"""HTML pages: the report body and its tables, without the page around it.

Government pages wrap a report in chrome: navigation, 无障碍/长者版 bars, breadcrumbs, a
索引号/发布机构/文号 metadata table, share bars, "扫一扫在手机打开", weather and date strips,
footers. The reader

1. decodes the bytes (BOM, then ``<meta charset>`` / ``http-equiv`` if the bytes agree, then
   detection — :mod:`.decoding`); a JSON API response carrying the page as an escaped HTML
   string is unwrapped first;
2. parses with lxml (scripts are never run) and removes chrome by tag, by class/id words
   and by what short elements say (:data:`CHROME_TAGS`, :data:`CHROME_ATTR_WORDS`,
   :data:`CHROME_TEXT`, :data:`METADATA_LABELS`), and hidden elements;
3. picks the content container: the deepest element that still holds most of the page's
   non-link text;
4. walks it in document order: block elements become paragraphs, data tables become
   :class:`~textmine.model.RawTable` s with rowspan/colspan (``<br>`` in a cell is a line
   break the builder joins, ``&nbsp;`` is blank), layout tables are walked as containers.

The page title (``<h1>``, a title-like element, or ``<title>`` without the site name) is
put first when the body does not already start with it.
"""
from __future__ import annotations

import functools
import json
import re

import regex

from ..errors import CorruptFile
from ..model import Document
from .builder import MAX_SPAN, CellSpec, DocumentBuilder
from .decoding import decode

# --------------------------------------------------------------------------- declarations

#: elements that never carry report text
CHROME_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "svg", "canvas", "video", "audio", "map", "nav", "header", "footer", "aside", "form",
    "select", "option", "button", "input", "textarea", "label", "head", "link", "meta",
)

#: words in class / id that mark chrome (matched as whole tokens, split on -_ and case)
CHROME_ATTR_WORDS: tuple[str, ...] = (
    "nav", "navbar", "menu", "topbar", "toolbar", "header", "head", "footer", "foot", "bottom",
    "breadcrumb", "crumb", "crumbs", "position", "location", "weizhi", "dqwz", "share", "bdshare",
    "jiathis", "fenxiang", "qrcode", "ewm", "erweima", "wza", "barrier", "accessible", "elder",
    "older", "weather", "tianqi", "search", "sidebar", "side", "login", "copyright", "banquan",
    "print", "fontsize", "font", "zihao", "related", "xgxx", "xgwz", "relevant", "pagination",
    "pager", "prev", "next", "sxp", "comment", "advert", "ad", "ads", "banner", "logo", "skip",
    "tools", "gongneng", "date", "time", "meta", "info", "attrs", "property",
)

#: short elements whose whole text is one of these are chrome (regex, matched against the
#: element's text with whitespace removed)
CHROME_TEXT: tuple[str, ...] = (
    r"(?:无障碍(?:浏览|阅读)?|长者版|关怀版|适老化|老年版|简体版?|繁體版?|繁体版?|English|手机版|移动版|"
    r"网站地图|登录|注册|首页|网站首页|设为首页|加入收藏|收藏本站|智能问答|[|｜/·]){2,}",
    r"扫一扫在手机(?:上)?打开(?:当前页|本页)?|扫一扫|手机扫一扫|微信扫一扫.{0,10}",
    r"(?:分享到|分享)[:：]?.{0,30}",
    r"(?:当前位置|您现在的位置|您的位置|所在位置)[:：].{0,120}",
    r"[【\[]?(?:字体|字号)[:：]?[大中小]{3}[】\]]?.{0,40}",
    r"(?:[【\[]?(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏|返回顶部|保存|纠错)[】\]]?){1,6}",
    r"(?:上一篇|下一篇)[:：].{0,80}",
    r"(?:相关(?:链接|文章|信息|阅读|新闻))[:：]?.{0,200}",
    r".{0,80}(?:版权所有|ICP备|网站标识码|公网安备|主办单位[:：]|承办单位[:：]|技术支持[:：]|维护单位[:：]).{0,200}",
    r"(?:\d{4}年\d{1,2}月\d{1,2}日|-{2,4}年-{1,2}月-{1,2}日)星期[一二三四五六日天-].{0,30}",
    r"(?:发布(?:时间|日期)|来源|信息来源|浏览次数|访问量|阅读量|点击数|作者|编辑)[:：].{0,120}",
    r"[|｜\s]{3,}",
    r"(?:热搜词|热门搜索|热点搜索)[:：].{0,200}",
    # pagination strips: 首页 上一页 1 2 3 下一页 尾页
    r"(?:首页|上一页|下一页|尾页|末页|第\d+页|共\d+页|\d{1,3}|…|[<>«»|])*(?:上一页|下一页|尾页|末页)"
    r"(?:首页|上一页|下一页|尾页|末页|第\d+页|共\d+页|\d{1,3}|…|[<>«»|])*",
)

#: labels of the metadata table above many reports; an element holding several of them
#: (and little else) is that table
METADATA_LABELS: tuple[str, ...] = (
    "索引号", "发布机构", "发文机关", "文号", "发文字号", "成文日期", "发布日期", "主题分类",
    "信息来源", "生效日期", "公开方式", "公开范围", "主题词", "信息分类", "组配分类", "体裁分类",
    "有效性", "废止日期", "统一编号",
)

_BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "center", "address", "figure", "figcaption", "hr",
    "body", "html", "caption", "table", "tr", "tbody", "thead", "tfoot", "td", "th", "font-block",
))
_CHROME_TEXT = regex.compile(r"^(?:" + "|".join(CHROME_TEXT) + r")$", regex.IGNORECASE)
_ATTR_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_CHROME_WORDS = frozenset(CHROME_ATTR_WORDS)
#: an element with this much text is never removed by its class/id alone
_MAX_CHROME_CHARS = 300
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_FONT_TAG = re.compile(r"</?font\b[^>]*>", re.IGNORECASE)
#: C0 control characters and lone surrogates. libxml2's HTML parser keeps controls in text,
#: but lxml refuses to be given them back (removing a chrome element moves its tail text onto
#: a neighbour; the title is copied), so a page with one would stop the reader: Word pastes
#: vertical tabs and form feeds, and character references (``&#12;``) make them too. Form
#: feed is HTML whitespace and vertical tab renders as nothing visible, so both become a
#: space; the other controls carry nothing and are dropped, as the normaliser drops them from
#: every other format. A lone surrogate (only a JSON response's ``\ud83d`` escape makes one:
#: decoding is strict) would make the parser silently drop the rest of the page; it becomes
#: U+FFFD.
#: Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) are refused by lxml too ("All strings must
#: be XML compatible"): they become U+FFFD, so a <title> holding one no longer stops the reader.
_UNSAFE_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_UNSAFE_REPLACEMENTS = ({i: None for i in range(0x20) if i not in (0x09, 0x0A, 0x0D)} | {0x0B: " ", 0x0C: " "}
                        | dict.fromkeys(range(0xD800, 0xE000), "\ufffd")
                        | dict.fromkeys([*range(0xFDD0, 0xFDF0), 0xFFFE, 0xFFFF], "\ufffd"))


def _xml_safe(text: str) -> str:
    """``text`` as lxml accepts it back (see :data:`_UNSAFE_CHARS`)."""
    return text.translate(_UNSAFE_REPLACEMENTS) if _UNSAFE_CHARS.search(text) else text


_MAX_DEPTH = 1500
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|--|——| - )\s*")
_TITLE_WORDS = frozenset(("title", "biaoti", "bt", "tit", "articletitle"))
_REPORT_WORDS = regex.compile(r"年度报告|工作报告|情况的报告|公开.{0,6}报告")
#: text that is report content even inside an element whose class says chrome
_REPORT_TEXT = regex.compile(r"报告|情况|事项|问题|^[一二三四五六七八九十]{1,3}、|^[(（][一二三四五六七八九十]{1,3}[)）]")


# --------------------------------------------------------------------------- decoding


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>`` or http-equiv),
    or in an XML declaration."""
    head = data[:4096]
    m = _CHARSET.search(head)
    if m:
        return m.group(1).decode("ascii", "ignore")
    m = re.search(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", head, re.IGNORECASE)
    return m.group(1).decode("ascii", "ignore") if m else None


def unwrap_json(text: str) -> str | None:
    """If ``text`` is a JSON (or JSONP) response, the HTML string inside it that carries
    the report (the longest string with the most Chinese), with a title field first."""
    body = text.strip()
    m = re.match(r"^[\w$.]+\s*\((.*)\)\s*;?\s*$", body, re.DOTALL)  # JSONP callback(...)
    if m:
        body = m.group(1)
    if not body[:1] in "{[":
        return None
    try:
        value = json.loads(body)
    except ValueError:
        return None
    strings: list[tuple[str, str]] = []

    def walk(node, key: str = "") -> None:
        if isinstance(node, dict):
            for k in sorted(node, key=str):
                walk(node[k], str(k))
        elif isinstance(node, list):
            for item in node:
                walk(item, key)
        elif isinstance(node, str):
            strings.append((key.lower(), node))

    walk(value)
    if not strings:
        return None

    def cjk(s: str) -> int:
        return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")

    key, content = max(strings, key=lambda ks: (cjk(ks[1]), len(ks[1])))
    if cjk(content) < 20:
        return None
    titles = [s for k, s in strings if s is not content and ("title" in k or k in ("bt", "name", "subject"))
              and _REPORT_WORDS.search(s) and len(s) < 120]
    title = f"<h1>{_escape(titles[0])}</h1>" if titles and titles[0] not in content else ""
    if "<" not in content:
        content = "".join(f"<p>{_escape(line)}</p>" for line in content.splitlines())
    return f"<html><body>{title}{content}</body></html>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- cleaning


def _text(el) -> str:
    return "".join(el.itertext())


def _compact(text: str) -> str:
    return "".join(text.split())  # NBSP is whitespace to str.split


#: the attributes :func:`_attr_words` reads / the ones that can hide an element (most
#: elements have neither: testing ``el.keys()`` first spares reading them one by one)
_NAMING_ATTRIBUTES = frozenset(("class", "id", "role"))
_HIDING_ATTRIBUTES = frozenset(("hidden", "aria-hidden", "style"))


def _attr_words(el) -> frozenset[str]:
    return _words_of(el.get("class"), el.get("id"), el.get("role"))


@functools.lru_cache(maxsize=4096)
def _words_of(*values: str | None) -> frozenset[str]:
    """Lower-cased words of class / id / role values (pages repeat the same few values)."""
    words: set[str] = set()
    for value in values:
        if value:
            words.update(w.lower() for w in _ATTR_SPLIT.split(value) if w)
    return frozenset(words)


@functools.lru_cache(maxsize=16384)
def _is_chrome_text(compact: str) -> bool:
    """Whether an element's whole (compacted) text is chrome (:data:`CHROME_TEXT`)."""
    return _CHROME_TEXT.match(compact) is not None


_ANY_METADATA_LABEL = regex.compile("|".join(regex.escape(label) for label in METADATA_LABELS))


def _is_metadata_block(el, compact: str) -> bool:
    return _is_metadata_text(compact)


@functools.lru_cache(maxsize=16384)
def _is_metadata_text(compact: str) -> bool:
    """Whether an element whose compacted text is ``compact`` is the metadata table (cached:
    pages repeat the same short texts, table cells above all)."""
    if _ANY_METADATA_LABEL.search(compact) is None:
        return False  # the usual answer, found in one pass
    hits = sum(1 for label in METADATA_LABELS if label in compact)
    return hits >= 3 and len(compact) < 60 * hits + 200


def _remove(el) -> None:
    """Drop ``el`` but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        # (a character reference such as &#12; can leave a control character in either text)
        prev = el.getprevious()
        if prev is not None:
            prev.tail = _xml_safe((prev.tail or "") + tail)
        else:
            parent.text = _xml_safe((parent.text or "") + tail)
    parent.remove(el)


#: the longest compacted text :func:`_is_metadata_block` can accept (every label present)
_MAX_METADATA_CHARS = 60 * len(METADATA_LABELS) + 200
#: the longest compacted text matched against :data:`CHROME_TEXT`
_MAX_CHROME_TEXT_CHARS = 260


def strip_chrome(root, lengths: dict | None = None) -> list:
    """Remove chrome from the tree in place (see module docstring). ``lengths``, when
    given, is filled with the non-link text length of every element left in the tree (as
    :func:`_own_text_lengths` would count it afterwards), for :func:`content_root`.

    Passes in order: comments and processing instructions; chrome tags; hidden elements;
    elements whose class/id/role says chrome (unless they hold report text); elements whose
    whole text is chrome or a metadata table. Each pass looks at elements in document order,
    so an element is judged before anything inside it; removing it takes its subtree (what
    the pass then does inside the removed subtree changes nothing)."""
    import lxml.etree as etree

    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(el)
    for el in list(root.iter(*CHROME_TAGS)):
        _remove(el)
    # only elements with these attributes can be hidden or named chrome; both lists are taken
    # before either pass (what the first removes is out of the tree, so the second cannot
    # touch the page)
    may_hide: list = []
    named: list = []
    for el in root.iter():
        names = el.keys()
        if names:
            if not _HIDING_ATTRIBUTES.isdisjoint(names):
                may_hide.append(el)
            if not _NAMING_ATTRIBUTES.isdisjoint(names):
                named.append(el)
    for el in may_hide:
        if el.getparent() is None:
            continue
        if el.get("hidden") is not None or el.get("aria-hidden") == "true" or \
                _HIDDEN_STYLE.search(el.get("style") or ""):
            _remove(el)
    for el in named:
        if el.getparent() is None or el.tag in ("body", "html"):
            continue
        if _attr_words(el) & _CHROME_WORDS:
            compact = _compact(_text(el))
            if len(compact) <= _MAX_CHROME_CHARS and not _REPORT_TEXT.search(compact):
                _remove(el)
    # The last pass judges every element by its whole text, in document order. Removing an
    # element never changes the text of one judged after it (those come later in document
    # order: not its ancestors), so every text is taken from one bottom-up walk over the tree
    # as it stands now, which also picks the elements to remove; they are then removed in
    # document order (inside a removed element, removing changes nothing on the page).
    # The same walk counts every element's non-link text length (content_root's measure);
    # only the elements above a removed one change, and those are counted again afterwards.
    parents: list = []
    for el in _text_chrome(root, lengths):
        parent = el.getparent()
        if parent is not None:
            parents.append(parent)
            _remove(el)
    if lengths is not None and parents:
        _recount_lengths(lengths, parents)
    # every element that has a class, id or role and is in the tree now is in this list (in
    # document order); page_title needs no other walk over the page to find them
    return named


_METADATA_TAGS = frozenset(("table", "div", "ul", "dl", "p"))


def _text_chrome(root, lengths: dict | None = None) -> list:
    """Elements under ``root`` (not ``root``, ``<body>``, ``<html>``) whose whole compacted
    text is chrome (:data:`CHROME_TEXT`) or a metadata block, in document order. One walk:
    an element's compacted text is the concatenation of its parts' compacted texts (compacting
    drops characters one by one), kept only while short enough to be judged at all.

    ``lengths``, when given, gets what :func:`_own_text_lengths` counts for every element
    (compacted lengths add up the same way; link text counts a quarter).

    The walk keeps a frame per open element and finishes an element without children (most
    of a page: cells, paragraphs, links) as soon as it meets it, instead of handling a start
    and an end event for each."""
    limit = max(_MAX_METADATA_CHARS, _MAX_CHROME_TEXT_CHARS)
    count = lengths is not None
    found: list[tuple[int, object]] = []
    judge = _judge_text

    own = root.text
    own_length = 0
    compact = ""
    if own:
        compact = "".join(own.split())
        own_length = len(compact)
        if not isinstance(root.tag, str):
            compact = ""
    # per open element: [the element, the iterator over its children, its compacted text so
    # far (None once longer than limit), its position in document order, its non-link text
    # length so far, the length of its own text (kept for links, whose own text counts only
    # with the rest)]
    stack: list[list] = [[root, iter(root), compact, 0, 0, own_length] if root.tag == "a"
                         else [root, iter(root), compact, 0, own_length, 0]]
    order = 1
    while stack:
        frame = stack[-1]
        for child in frame[1]:
            tag = child.tag
            own = child.text
            if own:
                compact = "".join(own.split())
                own_length = len(compact)
                if not isinstance(tag, str):
                    compact = ""
            else:
                compact = ""
                own_length = 0
            if len(child):
                # descend: the rest of this element's children wait in its iterator
                stack.append([child, iter(child), compact, order, 0, own_length] if tag == "a"
                             else [child, iter(child), compact, order, own_length, 0])
                order += 1
                break
            # an element without children: its own text is all of it (_judge_text, inlined:
            # this runs for most elements of a page)
            if compact and isinstance(tag, str) and tag != "body" and tag != "html" and (
                    (tag in _METADATA_TAGS and len(compact) <= _MAX_METADATA_CHARS
                     and _is_metadata_text(compact))
                    or (len(compact) <= _MAX_CHROME_TEXT_CHARS and _is_chrome_text(compact))):
                found.append((order, child))
            order += 1
            if tag == "a":
                own_length //= 4  # link lists are navigation
            if count:
                lengths[child] = own_length
            tail = child.tail
            tail = "".join(tail.split()) if tail else ""
            frame[4] += own_length + len(tail)
            so_far = frame[2]
            if so_far is not None:
                so_far = so_far + compact + tail if tail else so_far + compact
                frame[2] = so_far if len(so_far) <= limit else None
        else:
            stack.pop()
            el, _, text, position, length, link_own = frame
            tag = el.tag
            if text and el is not root and judge(el, tag, text):
                found.append((position, el))
            if tag == "a":
                length = (length + link_own) // 4
            if count:
                lengths[el] = length
            if stack:  # (el is not root: root's frame is the last)
                parent = stack[-1]
                tail = el.tail
                tail = "".join(tail.split()) if tail else ""
                parent[4] += length + len(tail)
                so_far = parent[2]
                if so_far is not None:
                    if text is None:
                        parent[2] = None
                    else:
                        so_far = so_far + text + tail if tail else so_far + text
                        parent[2] = so_far if len(so_far) <= limit else None
    found.sort(key=lambda item: item[0])
    return [el for _, el in found]


def _judge_text(el, tag, text: str) -> bool:
    """Whether ``el`` (not the walk's root), whose whole compacted text is ``text`` (not
    empty), is chrome or a metadata block."""
    if not isinstance(tag, str) or tag == "body" or tag == "html":
        return False
    # a longer text cannot be a metadata block (see _MAX_METADATA_CHARS), and is kept out of
    # the cache
    return (tag in _METADATA_TAGS and len(text) <= _MAX_METADATA_CHARS and _is_metadata_text(text)) or \
        (len(text) <= _MAX_CHROME_TEXT_CHARS and _is_chrome_text(text))


def _recount_lengths(lengths: dict, parents: list) -> None:
    """After elements were removed from under ``parents``, count again (as
    :func:`_own_text_lengths` does) the length of each of them and of everything above them,
    deepest first; every other element's subtree is as it was counted."""
    depth: dict = {}
    for parent in parents:
        chain = []
        node = parent
        while node is not None and node not in depth:
            chain.append(node)
            node = node.getparent()
        base = -1 if node is None else depth[node]
        for i, node in enumerate(reversed(chain)):
            depth[node] = base + 1 + i
    for node in sorted(depth, key=depth.__getitem__, reverse=True):
        own = node.text
        total = len(_compact(own)) if own and node.tag != "a" else 0
        for child in node:
            total += lengths[child]
            tail = child.tail
            if tail:
                total += len(_compact(tail))
        if node.tag == "a":
            total = (total + (len(_compact(own)) if own else 0)) // 4
        lengths[node] = total


# --------------------------------------------------------------------------- content


def _own_text_lengths(root) -> dict:
    """Non-link text length of every element (bottom-up, without recursion)."""
    import lxml.etree as etree

    lengths: dict = {}
    stack: list[int] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            stack.append(len(_compact(el.text)) if el.text and el.tag != "a" else 0)
            continue
        total = stack.pop()
        if el.tag == "a":
            total = (total + (len(_compact(el.text)) if el.text else 0)) // 4  # link lists are navigation
        lengths[el] = total
        if stack:
            stack[-1] += total + (len(_compact(el.tail)) if el.tail and el is not root else 0)
    return lengths


def content_root(body, layout: dict | None = None, lengths: dict | None = None):
    """The deepest element that still holds most (85 %) of the page's non-link text.
    ``layout`` caches :func:`_is_layout_table` answers for the page; ``lengths`` is
    :func:`_own_text_lengths` of ``body`` (or of the tree it is in), when known."""
    if lengths is None:
        lengths = _own_text_lengths(body)
    total = lengths.get(body, 0)
    if total == 0:
        return body
    node = body
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        best = max(children, key=lambda c: lengths.get(c, 0), default=None)
        if best is None or lengths.get(best, 0) < 0.85 * total or best.tag in ("p", "li") \
                or (best.tag == "table" and not _is_layout_table(best, layout)):
            return node
        node = best


def _is_layout_table(table, cache: dict | None = None) -> bool:
    """A table used to lay out a page, not to hold data: it nests tables, or a cell holds
    running text of several paragraphs. ``cache`` (element -> answer) spares asking twice
    about the same table."""
    if cache is not None:
        known = cache.get(table)
        if known is None:
            known = cache[table] = _is_layout_table(table)
        return known
    if next(table.iterdescendants("table"), None) is not None:
        return True
    # The two questions about cells are asked in XPath: libxml2 measures every cell's text
    # and counts its paragraphs without making a Python object per cell or paragraph.
    long_cells, crowded_cells = _layout_xpaths()
    # cells whose text (string-length is len(_text(cell))) is long before compacting ...
    for cell in long_cells(table):
        if len(_compact(_text(cell))) > 400:  # ... and after
            return True
    # a cell holding more than three paragraphs (a <p> counts for every cell it lies in)
    return crowded_cells(table)


@functools.cache
def _layout_xpaths():
    import lxml.etree as etree

    return (etree.XPath("descendant::td[string-length() > 400] | descendant::th[string-length() > 400]"),
            etree.XPath("boolean(descendant::td[descendant::p[4]] | descendant::th[descendant::p[4]])"))


def _rows(table) -> list:
    rows = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child if isinstance(r.tag, str) and r.tag == "tr")
    return rows


def _span(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return max(1, min(int(str(value).strip() or 1), MAX_SPAN))
    except ValueError:
        return 1


def _cell_text(cell) -> str:
    """A cell's text with ``<br>`` and block children as line breaks."""
    text = cell.text
    parts: list[str] = [text] if text else []
    # children without children of their own (a value in a <p> or <span>, the common
    # case) are read here; anything deeper goes through the general walk
    for child in cell:
        if len(child):
            return _nested_cell_text(cell)
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == "br":
            parts.append("\n")
        else:
            text = child.text
            if tag in _BLOCK_TAGS:
                if parts:
                    parts.append("\n")
                if text:
                    parts.append(text)
                parts.append("\n")
            elif text:
                parts.append(text)
        tail = child.tail
        if tail:
            parts.append(tail)
    return "".join(parts).replace("\xa0", " ")


def _nested_cell_text(cell) -> str:
    import lxml.etree as etree

    parts: list[str] = []
    for event, el in etree.iterwalk(cell, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if el.tag == "br":
                parts.append("\n")
            elif el.tag in _BLOCK_TAGS and el is not cell and parts:
                parts.append("\n")
            if el.text and el.tag != "br":
                parts.append(el.text)
        else:
            if el.tag in _BLOCK_TAGS and el is not cell:
                parts.append("\n")
            if el.tail and el is not cell:
                parts.append(el.tail)
    return "".join(parts).replace("\xa0", " ")


def table_cells(table) -> list[CellSpec]:
    """Grid positions of a table's cells (the HTML table model: spans occupy slots)."""
    occupied: set[tuple[int, int]] = set()
    cells: list[CellSpec] = []
    rows = _rows(table)
    n_rows = len(rows)
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            if cell.tag != "td" and cell.tag != "th":
                continue
            while (r, c) in occupied:
                c += 1
            rowspan, colspan = cell.get("rowspan"), cell.get("colspan")
            # a rowspan reaching past the last row is clipped (browsers do the same); a row
            # wider than MAX_SPAN columns is a broken page: its cells keep a column each beyond
            # that, so none is lost and the grid stays bounded
            rowspan = 1 if rowspan is None else min(_span(rowspan), max(n_rows - r, 1))
            colspan = 1 if colspan is None else max(1, min(_span(colspan), MAX_SPAN - c))
            if rowspan == 1:
                if colspan == 1:
                    occupied.add((r, c))
                else:
                    for dc in range(colspan):
                        occupied.add((r, c + dc))
            else:
                for dr in range(rowspan):
                    for dc in range(colspan):
                        occupied.add((r + dr, c + dc))
            cells.append(CellSpec(r, c, _cell_text(cell), rowspan, colspan))
            c += colspan
    return cells


class _Walker:
    """Document-order walk emitting paragraphs and tables into a builder."""

    def __init__(self, builder: DocumentBuilder, layout: dict | None = None):
        self.builder = builder
        self.line: list[str] = []
        self.layout = {} if layout is None else layout  # _is_layout_table answers

    def flush(self) -> None:
        if not self.line:
            return
        text = "".join(self.line)
        self.line = []
        for piece in text.split("\n"):
            piece = piece.strip()
            if piece and not _is_chrome_text(_compact(piece)):
                self.builder.add_paragraph(piece)

    def walk(self, root) -> None:
        """Document-order walk without recursion: data tables are emitted whole (their
        subtree is skipped), block elements break lines, ``<br>`` breaks a line."""
        import lxml.etree as etree

        walker = etree.iterwalk(root, events=("start", "end"))
        for event, el in walker:
            tag = el.tag if isinstance(el.tag, str) else ""
            if event == "start":
                if tag == "br":
                    self.line.append("\n")
                elif tag == "table" and not _is_layout_table(el, self.layout):
                    self.flush()
                    self.table(el)
                    walker.skip_subtree()  # its "end" event still comes, and adds the tail
                    continue
                elif tag in _BLOCK_TAGS:
                    self.flush()
                if el.text and tag != "br":
                    self.line.append(el.text)
                continue
            if tag in _BLOCK_TAGS:
                self.flush()
            if el.tail and el is not root:
                self.line.append(el.tail)

    def table(self, el) -> None:
        for caption in el.iterchildren("caption"):
            self.builder.add_paragraph(_cell_text(caption))
        cells = table_cells(el)
        if not cells or not any(s.text.strip() for s in cells):
            return
        if max(s.col + s.colspan for s in cells) < 2:
            for s in cells:  # a one-column box: its cells are paragraphs
                for piece in s.text.split("\n"):
                    if piece.strip():
                        self.builder.add_paragraph(piece.strip())
            return
        self.builder.add_table(cells, "html")


def page_title(root, body_text_start: str, named: list | None = None) -> str | None:
    """The report title from ``<h1>`` / a title-like element / ``<title>``, if the body
    does not already begin with it. ``named``, when given, holds (in document order) every
    element of the tree ``root`` is in that has a class, id or role attribute (what
    :func:`strip_chrome` returns), and perhaps some no longer in it."""
    candidates: list[str] = []
    for el in root.iter("h1", "h2"):
        candidates.append(_text(el))
    if named is None:
        for el in root.iter():
            if not _NAMING_ATTRIBUTES.isdisjoint(el.keys()) and _attr_words(el) & _TITLE_WORDS:
                candidates.append(_text(el))
    else:
        for el in named:
            if _attr_words(el) & _TITLE_WORDS and _is_within(el, root):
                candidates.append(_text(el))
    head_title = root if root.tag == "title" else root.find(".//title")
    if head_title is not None and head_title.text:
        parts = [p for p in _TITLE_SPLIT.split(head_title.text.strip()) if p]
        candidates.extend(parts)
    body_start = None
    for text in candidates:
        title = " ".join(text.split())
        if title and _REPORT_WORDS.search(title) and len(title) <= 100:
            if body_start is None:
                body_start = _compact(body_text_start)
            if _compact(title) in body_start[: len(_compact(title)) + 20]:
                return None  # the body already opens with it
            return title
    return None


def _is_within(el, root) -> bool:
    """Whether ``el`` is ``root`` or inside it."""
    node = el
    while node is not None:
        if node is root:
            return True
        node = node.getparent()
    return False


def _text_start(el, length: int) -> str:
    """``_text(el)[:length]`` without joining the whole of a long element's text."""
    parts: list[str] = []
    have = 0
    for piece in el.itertext():
        parts.append(piece)
        have += len(piece)
        if have >= length:
            break
    return "".join(parts)[:length]


def _parser():
    import lxml.etree as etree

    # huge_tree lifts libxml2's default depth limit of 256, beyond which text is silently lost.
    # The plain etree parser builds the same tree as lxml.html's; lxml.html's only adds a
    # Python class lookup for every element touched, which the reader does not use.
    return etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)


def _too_deep(root) -> bool:
    import lxml.etree as etree

    if root.xpath("count(//*|//comment()|//processing-instruction())") <= _MAX_DEPTH:
        return False  # too few nodes to nest that deep
    depth = 0
    for event, _el in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > _MAX_DEPTH:
            return True
    return False


def read(data: bytes, source: str, limits) -> Document:
    import lxml.etree as etree

    text, encoding = decode(data, source, declared_charset(data))
    unwrapped = unwrap_json(text)
    if unwrapped is not None:
        text = unwrapped
    text = _XML_DECL.sub("", text, count=1)
    # <font> carries no structure, and old pages leave it unclosed hundreds of times, which
    # nests the tree past the parser's depth limit
    text = _FONT_TAG.sub("", text)
    text = _xml_safe(text)
    try:
        root = etree.fromstring(text, _parser())
        if root is None:  # as lxml.html.document_fromstring says it
            raise etree.ParserError("Document is empty")
    except (etree.ParserError, ValueError) as exc:
        raise CorruptFile(source, f"not a readable HTML page ({exc})") from None
    if _too_deep(root):
        raise CorruptFile(source, f"the page nests elements more than {_MAX_DEPTH} levels deep; "
                                  "the parser would drop text beyond that")
    title_source = root.find(".//title")
    title_copy = None
    if title_source is not None:
        title_copy = etree.Element("title")
        title_copy.text = _xml_safe(title_source.text) if title_source.text else None
    lengths: dict = {}
    named = strip_chrome(root, lengths)
    body = root.find("body")
    if body is None:
        body = root
    layout: dict = {}
    content = content_root(body, layout, lengths)
    builder = DocumentBuilder(source, "html", encoding)
    walker = _Walker(builder, layout)
    content_start = _text_start(content, 400)
    title = page_title(body if content is body else _holder(content, body), content_start, named)
    if title is None and title_copy is not None:
        title = page_title(title_copy, content_start)
    if title:
        builder.add_paragraph(title)
    walker.walk(content)
    walker.flush()
    return builder.build()


def _holder(content, body):
    """Where to look for the title: the content's parent chain up to (not including) body,
    since the title element usually sits just above the body text."""
    node = content
    for _ in range(3):
        parent = node.getparent()
        if parent is None or parent is body:
            break
        node = parent
    return node
