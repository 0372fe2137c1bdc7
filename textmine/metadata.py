"""Title, agency, year and template era of a report.

* **Title**: the first line before the first part that ends like a report title (every
  variant of field guide §1.2 is one line in :data:`TITLE_ENDINGS`); a title that a PDF or a
  page broke over two lines (agency, then ``2023年政府信息公开工作年度报告``) is joined.
* **Agency**: what the title says before the year (or before the title words); else who
  compiled it (``本报告由…编制``), who publishes it (``现将/现公布…年度报告``), or the
  signature line at the end.
* **Year**: the title's year (``2023``, ``2023年度``, ``二〇二三年``, ``2021政府…`` without 年);
  else the year the preamble calls the report by (``现将2023年度政府信息公开工作报告如下``); else the
  statistics period (``自2023年1月1日…``); else the commonest year in the opening.
  A title year that disagrees with the statistics period is a note.
* **Template era**: what the parsed tables' own headers say (``ParsedTable.template``); the
  notice a report cites is not reliable. An old outline with no tables is pre-2019.
* **Fragment**: a page scraped from the middle of a report (search results and mirrors keep
  such pages: only ``(一)(二)`` sub-headings, or none, or a page that opens at 一 without the
  report's head) has no title and no preamble. It is still audited when its words are a report's (:data:`REPORT_WORDS`); the
  flag tells every later stage that what the page lacks was not shown, not left out.
"""
from __future__ import annotations

from collections import Counter
from typing import Mapping

import regex

from .model import Document, Metadata, SectionMap

#: How report titles end (field guide §1.2), one variant per line.
TITLE_ENDINGS: tuple[str, ...] = (
    # …政府信息公开工作年度报告 / …年度…工作报告 / 关于 2020 年度政府信息公开工作的年度报告
    # (…政府信息公开工作2023年度报告: the year written inside the ending)
    r"(?:政府|政务)?信息公开(?:工作)?(?:开展)?(?:的)?(?:(?:19|20)\d{2}年(?:度)?)?(?:年度)?(?:工作)?报告",
    r"政务公开(?:工作)?(?:年度)?报告",  # …政务公开工作年度报告
    r"政务信息公开(?:工作)?(?:开展)?(?:年度)?报告",  # …政务信息公开年度报告
    r"关于.{2,40}?情况的报告",  # 关于…年度…情况的报告
    r"(?:政府|政务)?信息公开(?:工作)?年报",  # 2012年某局政府信息公开工作年报
)
#: (…年度报告(图解版); 2024 年政府信息公开工作年度报告(上海市嘉定区国防动员办公室): the body named in brackets after it;
#: …政府信息公开工作年度报告(2019年): the year in brackets)
_TITLE = regex.compile(r"(?:" + "|".join(TITLE_ENDINGS)
                       + r")(?:\((?:图解|图文|简明)?(?:版本?)?\)|\(图解\)|\(\p{Han}{2,30}\)|\((?:19|20)\d{2}年(?:度)?\))?$")
#: a line ending inside a title's own ending (…年政府信息, …年度信息公开工作): the next line may finish the title
_TITLE_FIRST_HALF = regex.compile(r"(?:19|20)\d{2}年(?:度)?\p{Han}{0,6}?(?:政府信息|政务|信息公开(?:工作)?|政府信息公开(?:工作)?)$")
#: a title at the very start of a text whose line breaks were stripped (document-sharing
#: sites put the whole report on one line): the shortest run of title characters ending
#: like a title
_INLINE_TITLE = regex.compile(r"^\s*(?P<title>[^,。;:\n]{2,60}?(?:" + "|".join(TITLE_ENDINGS) + r"))")
#: words a title line never starts with (those are sentences about the report)
#: (您现在所在的位置:网站首页>政府信息公开>…>政府信息公开年报: a page's breadcrumb, ending in the column's name)
_NOT_A_TITLE = regex.compile(r"^(?:本报告|根据|依据|按照|现将|现公布|为|如对|报告中|各|附件|附表"
                             r"|(?:您|你)?(?:现在|当前)?所?在(?:的)?位置|当前位置|您的位置|位置[::]"
                             # a page's metadata block (索引号 | 分类 | 名称: …), not the title line itself
                             r"|索引号|分类[::]|发布机构|名称[::]|标题[::]|文号|主题词|发文日期|成文日期|所属)")
#: the fields of a page's metadata block anywhere in a line (…发布日期 2024-01-16 主题词 政府信息公开工作年度报告:
#: the block's subject field ends like a title, and its line before ends like an agency)
_PAGE_FIELDS = regex.compile(r"索引号|发布日期|发布时间|主题词|主题分类|公文种类|发文日期|成文日期")
#: how agency names end: a line before a title line that ends like this is the title's first half
AGENCY_SUFFIX = regex.compile(
    r"(?:人民政府|政府|办公室|办公厅|委员会|委|局|厅|署|院|中心|办事处|街道|镇|乡|区|县|市|州|盟|旗|"
    r"管委会|管理委员会|处|所|站|队|会|部|集团|公司|学校|大学|法院|检察院)$")

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_YEAR_DIGITS = regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?!\d)\s*(?:年度|年)?")
_YEAR_WORDS = regex.compile(r"(?P<year>[二一][〇○零O一二三四五六七八九]{3})\s*(?:年度|年)")
#: a whole calendar year stated as dates (2023年1月1日起至2023年12月31日): its first and last year.
#: The statistics-period rule (:mod:`textmine.reconcile.years`) reads it after its lead words
#: (自2024年1月1日起至12月31日止: the last year left out is the first)
PERIOD_DATES = (r"(?P<year>(?:19|20)\d{2})\s*年\s*(?:1|一)\s*月\s*(?:1|一)\s*日[^。\n]{0,6}?"
                r"(?:至|到|-|—|~)\s*(?:(?P<end>(?:19|20)\d{2})\s*年\s*)?(?:12|十二)\s*月\s*(?:31|三十一)\s*日")
#: the reporting period as dates, read for the report year. Only the years are read, so the words
#: that may lead it (自, 期限为) are not part of the pattern: optional, they made every position of
#: the text a place to try a match (30x slower)
_PERIOD = regex.compile(PERIOD_DATES)
_COMPILED_BY = regex.compile(
    r"(?:本报告|本年度报告)(?:是)?由(?P<agency>[^,。;:()《》]{2,40}?)(?:根据|依据|按照|依照|结合|编制|制作|负责)")
_PUBLISHES = regex.compile(
    r"(?:现将|现公布|特公布|现予公布|公布)(?P<agency>[^,。;:()《》]{2,40}?)(?:关于)?(?:(?:19|20)\d{2}|[二一][〇○零一二三四五六七八九]{3})\s*年")
_ANY_YEAR = regex.compile(r"(?<!\d)(?P<year>20[0-3]\d)\s*年")
#: what only a report's preamble says (根据《条例》…编制本报告, 统计期限, 特向社会公布…)
_REPORT_SELF_REFERENCE = (r"本(?:年度)?报告|本年报|报告中所列数据|统计期限|(?:特|现)向社会公布|现(?:将|予)?公布"
                          r"|现将[^。\n]{0,40}?(?:报告|情况)(?:汇报|报告)?如下|编制[^。\n]{0,30}?报告|特编制"
                          # (现结合工作实际,将保税区 2021 年度政府信息公开年度报告…; 现将…年度报告予以公开; 现将 2023 年…年度报告
                          # 汇报如下; …并形成 2022 年政府信息公开工作年度报告: the report named as what is being published)
                          r"|现(?:结合[^。\n]{0,20}?)?将[^。\n]{0,60}?(?:年度报告|(?:报告|情况)(?:汇报|报告)?如下)|形成[^。\n]{0,30}?年度报告"
                          # (现就开展 2023 年度政府信息公开工作总结如下: the year's disclosure work summed up, as the report)
                          r"|现就[^。\n]{0,40}?信息公开工作(?:总结|报告|汇报)如下")
#: the report's own title in 《》 after the verb that publishes or makes it (现编制《北杜街道办事处 2023 年政府信息公开工作年度
#: 报告》, 现向社会公开《…年度报告》, 认真编制了《2021 年色威镇政府…》): read before cited titles are blanked
_OWN_TITLE_PUBLISHED = regex.compile(r"(?:编制|向社会公开|公开|公布|形成|发布)(?:了)?《[^》\n]{0,60}?(?:年度报告|年报)")
_CITING = r"(?:依据|根据|按照)《"
_CITES = _CITING + r"中华人民共和国政府信息公开条例》"
PREAMBLE = regex.compile(_REPORT_SELF_REFERENCE + "|" + _CITES)
_CITES_REGULATIONS = regex.compile(_CITES)
_CITES_START = regex.compile(r"(?:^|\n)\s*" + _CITING + r"中华人民")
#: a preamble written inside 一 speaks of the report itself (…现将…报告如下); 一 citing the
#: Regulations (按照《条例》要求开展…工作) is 一's own prose, not the report's head
PREAMBLE_IN_PART = regex.compile(_REPORT_SELF_REFERENCE)
#: a cited document's title (《关于编制发布…年度报告的函》 speaks of a notice, not of this report)
_BOOK_TITLE = regex.compile(r"《[^》\n]{0,80}》")
#: the words of disclosure-report content, one family a line: a page naming at least
#: :data:`REPORT_WORDS_NEEDED` of them is report content even without a title or a standard part
REPORT_WORDS: tuple[str, ...] = (
    r"政府信息公开|政务公开|信息公开",
    r"主动公开",
    r"依申请公开|政府信息公开申请",
    r"《(?:中华人民共和国)?政府信息公开条例》|《条例》",
    r"政府信息管理|公开平台|平台建设|监督保障|教育培训",
    r"公开目录|公开指南|公开专栏|政府网站|门户网站",
    r"(?:行政复议|行政诉讼)",
    r"存在的?(?:主要)?问题|改进(?:情况|措施)",
    # the 五公开 of 政务公开 work, the sub-headings a 2019+ report's 一 is often written under
    r"决策(?:和执行)?公开|执行公开|管理公开|服务公开|结果公开|会议公开",
    # the old outline's 概述 sub-headings ((一)政府信息公开工作机构和人员设置情况, (二)建立健全…工作制度情况), a page
    # scraped from there on
    r"工作机构和人员|(?:机构|人员)设置情况|工作制度(?:建设)?情况",
    # the report naming itself (现将我厅 2016 年政府信息公开工作情况报告如下; 现就开展 2023 年度政府信息公开工作
    # 总结如下: a work summary written in the report's place)
    r"现(?:将|就)[^。\n]{0,40}?(?:信息公开|政务公开)[^。\n]{0,20}?(?:报告|情况|总结)如下",
)
REPORT_WORDS_NEEDED = 3
_REPORT_WORDS = tuple(regex.compile(w) for w in REPORT_WORDS)
_DATE_LINE = regex.compile(r"^(?:20\d{2}|[二一][〇○零一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月")


def words_year(text: str) -> int | None:
    """``二〇二三`` -> 2023."""
    try:
        return int("".join(str(_CN_DIGIT[ch]) for ch in text))
    except KeyError:
        return None


def _compact(text: str) -> str:
    return "".join(text.split())


def _join_title(first: str, second: str) -> str:
    """Two halves of a broken title: glued where Chinese meets Chinese or digits."""
    a, b = first.strip(), second.strip()
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return f"{a} {b}"
    return a + b


def _lines(text: str, end: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text[:end].split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def find_title(doc: Document, first_section: int) -> tuple[str | None, tuple[int, int] | None]:
    """The report title and its span (see module docstring)."""
    head_end = first_section if first_section > 0 else min(len(doc.text), 1500)
    lines = _lines(doc.text, head_end)
    for i, (start, line) in enumerate(lines[:15]):
        # a title kept in a page's layout table keeps the table's cell separators (标题 | ||)
        line = line.rstrip(" \t|")
        compact = _compact(line)
        if i + 1 < len(lines) and _TITLE_FIRST_HALF.search(compact) and not _TITLE.search(compact):
            # (大埔县三河镇人民政府 2023 年政府信息⏎公开工作年度报告; 道县文广新局 2013 年度信息公开工作⏎年度报告: a title
            # broken inside its own ending, the next line finishing it)
            following = lines[i + 1][1].rstrip(" \t|")
            joined = compact + _compact(following)
            if len(_compact(following)) <= 12 and _TITLE.search(joined) and not regex.search(r"[,。;]", joined):
                begin = start + len(line) - len(line.lstrip())
                end = lines[i + 1][0] + len(following.rstrip())
                return joined, (begin, end)
        if len(compact) > 80 or not _TITLE.search(compact) or _NOT_A_TITLE.match(compact) \
                or regex.search(r"[,。;]", compact) or _PAGE_FIELDS.search(compact):
            continue
        begin = start + len(line) - len(line.lstrip())
        end = start + len(line.rstrip())
        title = " ".join(line.split())
        if i > 0:
            prev_start, prev = lines[i - 1]
            prev_compact = _compact(prev)
            if len(prev_compact) <= 40 and AGENCY_SUFFIX.search(prev_compact) \
                    and not regex.search(r"[,。;:]", prev_compact) and not _PAGE_FIELDS.search(prev_compact) and lines[i - 1][0] + len(prev) + 1 >= start - 1:
                begin = prev_start + len(prev) - len(prev.lstrip())
                title = _join_title(" ".join(prev.split()), title)
        return title, (begin, end)
    m = _INLINE_TITLE.match(doc.text[:200])
    # (not | 索引号 | …/2026-244370 | 分类 | 信息公开年报: a page's metadata row ending in its category, whose
    # index number's year is the year published, not the year reported)
    # (| 索 引 号 | 014416330/2021-04847 | 分 类 | 政府信息公开年报: the same with the fields' characters spaced out)
    if m and not _NOT_A_TITLE.match(_compact(m.group("title")).lstrip("|")) \
            and not _PAGE_FIELDS.search(_compact(m.group("title"))):
        begin, end = m.span("title")
        begin += len(m.group("title")) - len(m.group("title").lstrip())
        return " ".join(doc.text[begin:end].split()), (begin, end)
    return None, None


def _agency_from_title(title: str) -> str | None:
    compact = _compact(title)
    bracketed = regex.search(r"\((?P<agency>\p{Han}{2,30})\)$", compact)
    if bracketed and AGENCY_SUFFIX.search(bracketed.group("agency")):
        return bracketed.group("agency")  # (2024 年政府信息公开工作年度报告(上海市嘉定区国防动员办公室))
    compact = regex.sub(r"^关于", "", compact)
    m = regex.match(r"(?P<agency>.+?)(?:关于)?(?:(?:19|20)\d{2}|[二一][〇○零O一二三四五六七八九]{3})\s*(?:年度|年)?", compact)
    if m and len(m.group("agency")) >= 2:
        return m.group("agency")
    # year first ("2023年XX局政府信息公开…"), or no year at all
    rest = _YEAR_DIGITS.sub("", compact, count=1)
    m = regex.match(r"(?P<agency>.+?)(?:政府|政务)?信息公开|(?P<agency>.+?)政务公开", rest)
    if m and len(m.group("agency")) >= 3:
        return m.group("agency")
    return None


def _agency_from_text(doc: Document) -> str | None:
    head = doc.text[:3000]
    for pattern in (_COMPILED_BY, _PUBLISHES):
        m = pattern.search(head)
        if m:
            agency = _compact(m.group("agency"))
            # "XX市人民政府办公室" compiles the report of "XX市人民政府"
            agency = regex.sub(r"(?<=政府)(?:办公室|办公厅)$", "", agency)
            if len(agency) >= 2:
                return agency
    # signature at the end: an agency line followed by a date line
    tail = [line.strip() for line in doc.text[-600:].split("\n") if line.strip()]
    for a, b in zip(tail, tail[1:]):
        if _DATE_LINE.match(b) and AGENCY_SUFFIX.search(a) and len(a) <= 30 and not regex.search(r"[,。;:]", a):
            return a
    return None


def _title_year(title: str | None) -> int | None:
    if not title:
        return None
    compact = _compact(title)
    # the year written as one (2016年…年度报告) before a bare number that only looks like one (a spam
    # mirror's 最新版2022_…2016年政府信息公开工作年度报告)
    found = list(_YEAR_DIGITS.finditer(compact))
    m = next((y for y in found if y.group().endswith(("年", "年度"))), found[0] if found else None)
    if m:
        return int(m.group("year"))
    m = _YEAR_WORDS.search(compact)
    return words_year(m.group("year")) if m else None


#: the preamble naming the report it introduces (现将我局2022年度政府信息公开工作报告如下, 现将…2021年度…年度报告
#:向社会公布, 由某局编制的2009年度政府信息公开年度报告): the year the report calls itself by
SELF_NAMED_YEAR = regex.compile(
    r"(?:现(?:将|予|对)|编制(?:了|的)|(?:特|现)?向社会公布)[^。\n]{0,40}?(?<!\d)(?P<year>20\d{2})\s*年(?:度)?[^。\n\d]{0,24}?"
    r"(?:政府信息公开|政务公开|信息公开)[^。\n\d]{0,12}?(?:报告|总结)"  # (现对我局2011年度政府信息公开工作总结如下)
    # (特向社会公布2015年度本级政府信息公开工作年度报告; …编制,总结某区2021年政府信息公开工作情况: the year the
    # preamble says the report is of)
    r"|编制,\s?总结[^。\n]{0,30}?(?<!\d)(?P<year>20\d{2})\s*年(?:度)?(?:政府信息公开|政务公开|信息公开)工作情况"
    # (…完成2020年政府信息公开工作,形成本报告: the year whose work the report is formed on)
    r"|(?<!\d)(?P<year>20\d{2})\s*年(?:度)?(?:政府信息公开|政务公开|信息公开)工作[,,]\s?(?:形成|编制|撰写)(?:了)?本报告")


def self_named_year(text: str) -> regex.Match | None:
    """The preamble's naming of its own report, in the opening text."""
    return SELF_NAMED_YEAR.search(text[:4000])


def _period_year(doc: Document) -> int | None:
    m = _PERIOD.search(doc.text[:4000])
    if m and m.group("end") in (None, m.group("year")):
        return int(m.group("year"))
    return None


def detect_template(sections: SectionMap, tables: Mapping) -> str:
    """The template era: what the tables' own headers say (the cited notice is not
    reliable), table 二 first; an outline with the old 收费及减免 part, 说明与附表 or a 概述 first part and no
    readable tables is pre-2019."""
    return _template_and_notes(sections, tables)[0]


def _template_and_notes(sections: SectionMap, tables: Mapping) -> tuple[str, tuple[str, ...]]:
    seen: dict[str, str] = {}
    for key in ("applications", "active_disclosure", "review_litigation"):
        table = tables.get(key)
        template = getattr(table, "template", "unknown") if table is not None else "unknown"
        if template and template != "unknown":
            seen[key] = template
    if seen:
        counts = Counter(seen.values())
        # table 二's column headers differ most between templates (本年新制作数量 vs 本年制发件数);
        # table 三 differs only in whether (六)其他处理 is split, which hybrids get wrong
        template = seen.get("active_disclosure") or seen.get("applications") or counts.most_common(1)[0][0]
        notes = ()
        if len(counts) > 1:
            notes = ("the tables disagree on the template: "
                     + ", ".join(f"{k} {v}" for k, v in sorted(seen.items())),)
        return template, notes
    old_outline = any(s.key in {"fees", "appendix", "consultations"} for s in sections.sections) or any(
        s.key == "overview" and _compact(s.title) in {"概述", "主要工作概述", "基本工作情况", "主要任务落实情况"}
        for s in sections.sections)
    return ("pre-2019" if old_outline else "unknown"), ()


def is_report_content(text: str) -> bool:
    """True when ``text`` speaks the language of a disclosure report (:data:`REPORT_WORDS`)."""
    return sum(1 for w in _REPORT_WORDS if w.search(text)) >= REPORT_WORDS_NEEDED


#: the preamble's closing line, the office to ask about the report (如对本报告有任何疑问,请联系…): on a page that has
#: nothing else of the preamble, the page starts after the report's head — its last sentence is no head
_CONTACT_LINE = regex.compile(r"如(?:对|有)?(?:本|该)?(?:年度)?报告(?:有|存在)?(?:任何)?(?:疑问|问题|意见)[^\n]*")


def _speaks_of_itself(text: str) -> bool:
    """Whether ``text`` speaks of the report itself (:data:`PREAMBLE_IN_PART`, or its own title published), not counting
    the titles it cites nor the contact line alone."""
    return bool(_OWN_TITLE_PUBLISHED.search(text)
                or PREAMBLE_IN_PART.search(_without_contact(_without_book_titles(text))))


def _without_contact(text: str) -> str:
    return _CONTACT_LINE.sub("", text)


def _without_book_titles(text: str) -> str:
    """``text`` with each cited title (《…》) blanked, same length: a notice's title naming
    年度报告 is not the report speaking of itself."""
    return _BOOK_TITLE.sub(lambda m: " " * len(m.group()), text)


#: the page header of a PDF viewer's page (Page 4 - 德州市…年度报告; 第4页 -)
_LATER_PDF_PAGE = regex.compile(r"\s*(?:Page|第)\s?(?P<page>\d{1,3})\s?页?\s?[-–—]")


def is_fragment(doc: Document, sections: SectionMap, title: str | None) -> bool:
    """A page that does not start at its report's beginning: no title and no preamble before the
    first part (a page that opens at 一 without them lost its head as surely as one opening at
    (二)); its words must still be a report's. A preamble written inside 一 (some reports put
    根据《条例》… there) is looked for in 一's first lines too. A later page of a PDF as a viewer
    serves it (``Page 4 - …年度报告``) is a fragment whatever title its page header repeats."""
    later_page = _LATER_PDF_PAGE.match(doc.text)
    if later_page is not None and int(later_page.group("page")) >= 2:
        return is_report_content(doc.text)
    if title is not None:
        return False
    first = sections.sections[0] if sections.sections else None
    head = doc.text[:first.start] if first is not None else doc.text[:600]
    # (根据《中华人民⏎一、总体情况: the preamble's first words, cut by the page's own line break, still stand before 一)
    if _CITES_REGULATIONS.search(head) or _CITES_START.search(head) or _speaks_of_itself(head):
        return False
    if first is not None and first.key == "overview" and _speaks_of_itself(_first_paragraph(doc.text, first.body_start)):
        return False
    if first is not None and first.key in _FIRST_PARTS and _opens_before_part_one(head):
        return False
    return is_report_content(doc.text)


def _opens_before_part_one(head: str) -> bool:
    """Whether ``head`` holds the report's opening words (2021年,某局认真贯彻落实《条例》…) before part 一's heading —
    not 一's own first paragraph on a page that opens at 一 (一、总体情况⏎2022年,…认真贯彻落实…)."""
    opening = _OPENING_PROSE.search(head)
    part_one = _PART_ONE.search(head)
    return opening is not None and (part_one is None or opening.start() < part_one.start())


#: the heading of part 一 on a line of its own
_PART_ONE = regex.compile(r"(?:^|\n)\s*一\s*[、.．]")
#: the parts a report opens with (一 of the 2019 outline, or of the old one)
_FIRST_PARTS = frozenset({"overview", "active_disclosure"})
#: a report's opening words before its first part: the year's work summed up (2021年,某局认真贯彻落实…, 今年以来,我镇…)
_OPENING_PROSE = regex.compile(r"(?:^|\n)\s*(?:(?:19|20)\d{2}\s?年(?:度)?|今年以来|一年来)[,,]?[^。\n]{0,40}?"
                               r"(?:贯彻|落实|按照|坚持|紧扣|围绕|深入|认真|严格|在[^。\n]{0,12}领导下)")


#: how far into 一 its first paragraph is read for a preamble written there
_FIRST_PARAGRAPH_REACH = 600


def _first_paragraph(text: str, start: int) -> str:
    """The first paragraph from ``start`` (at least 200 characters, at most :data:`_FIRST_PARAGRAPH_REACH`): a preamble
    written into 一 may close a long first paragraph (…,现将我局政府信息公开工作报告如下; …本报告所列数据统计期限自…)."""
    body = text[start:start + _FIRST_PARAGRAPH_REACH]
    stripped = len(body) - len(body.lstrip())
    end = body.find("\n", stripped)
    return body[:max(200, end)] if end >= 0 else body


def detect_metadata(doc: Document, sections: SectionMap, tables: Mapping) -> Metadata:
    first = sections.sections[0].start if sections.sections else 0
    title, span = find_title(doc, first)
    agency = _agency_from_title(title) if title else None
    agency = agency or _agency_from_text(doc)
    notes: list[str] = []
    title_year = _title_year(title)
    period_year = _period_year(doc)
    named = self_named_year(doc.text)
    # (no title line: the preamble's own naming before the statistics period, which a copied report may
    # have left at last year's)
    year = title_year or (int(named.group("year")) if named else None) or period_year
    if year is None:
        counts = Counter(int(m.group("year")) for m in _ANY_YEAR.finditer(doc.text[:5000]))
        if counts:
            year = counts.most_common(1)[0][0]
            notes.append(f"year {year} is the commonest year in the opening text (no title year, no statistics period)")
    if title_year and period_year and title_year != period_year:
        notes.append(f"the title says {title_year} but the statistics period is {period_year}")
    if title is None:
        notes.append("no title line found before the first part")
    if doc.encoding and "replaced" in doc.encoding:
        notes.append(f"the file is not valid {doc.encoding.split(' ')[0]} throughout: read as {doc.encoding}; "
                     "the replaced characters show as �")
    fragment = is_fragment(doc, sections, title)
    if fragment:
        notes.append("a fragment: the page starts inside the report (no title, no preamble, not at 一)")
    template, template_notes = _template_and_notes(sections, tables)
    notes.extend(template_notes)
    return Metadata(title=title, agency=agency, year=year, template=template, title_span=span,
                    notes=tuple(notes), fragment=fragment)
