"""Section numbering markers and their ranks — the one source of truth for outline ranks.

Chinese official documents number their sections in a fixed order (GB/T 9704-2012 §7.3.3 for
the four ranks below the chapter; five-year plans and laws add parts, chapters and sections
above them):

    第X编 / 第X篇 / 第X部分 › 第X章 › 第X节 › 一、 › （一） › 1. / 1． / 1、 › （1）

A document uses only some of them; the outline gives levels by nesting, so ranks a document
skips create no empty levels.  Markers are matched in Simplified and Traditional script
(编/編, 节/節), with half-width ``(一)`` and full-width digits ``１．``.  Appendix headings
(附件N, 附录, 名词解释, 注释) and a 目录 heading are recognised here too, so that every rule
about "what starts a section" lives in one module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERAL = "[零〇一二两兩三四五六七八九十百]+"


class Rank(IntEnum):
    """Numbering ranks, highest first (a smaller value holds the larger ones).

    GB/T 9704's four keep their long-standing values 1–4 (callers test ``rank == 1`` for
    ``一、``); the divisions above them count down from 0."""

    PART = -2      # 第一编 · 第一篇 · 第一部分
    CHAPTER = -1   # 第一章
    SECTION = 0    # 第一节
    ITEM = 1       # 一、
    SUBITEM = 2    # （一） (一)
    POINT = 3      # 1. 1． １． 1、
    SUBPOINT = 4   # （1） (1)


#: Ranks of the numbered divisions written as 第X…: they are titles, never run-in paragraphs.
DIVISION_RANKS = (Rank.PART, Rank.CHAPTER, Rank.SECTION)
#: Ranks whose markers open run-in sections in a paragraph (（二）扎实开展……。制定……).
RUN_IN_RANKS = (Rank.ITEM, Rank.SUBITEM)
TOP_RANK = Rank.ITEM

_DIVISION = re.compile(rf"第\s*({_NUMERAL}|\d{{1,3}})\s*(编|編|篇|部分|章|节|節)")
_DIVISION_RANK = {"编": Rank.PART, "編": Rank.PART, "篇": Rank.PART, "部分": Rank.PART,
                  "章": Rank.CHAPTER, "节": Rank.SECTION, "節": Rank.SECTION}
# 一、 — but not the numeral list 一、二、三产业 (another numeral follows the 、).
_ITEM = re.compile(rf"({_NUMERAL})、(?!{_NUMERAL}[、产])")
_SUBITEM = re.compile(rf"[（(]({_NUMERAL})[）)]")
# 1. / 1． / 1、 followed by something that is not a digit (1.5倍 is a number, not a marker).
_POINT = re.compile(r"(\d{1,3})[.．、](?![\d.．])")
_SUBPOINT = re.compile(r"[（(](\d{1,3})[）)]")

RANK_PATTERNS = ((Rank.ITEM, _ITEM), (Rank.SUBITEM, _SUBITEM), (Rank.POINT, _POINT), (Rank.SUBPOINT, _SUBPOINT))
_ALL_RANKS = tuple(Rank)

# 附件 / 附件1 / 附件一： / 附件2 名词解释 / 附录A — an appendix heading.  A Chinese numeral must be
# followed by a separator or the end (附件三所列……的决定 is a sentence, not an appendix); digits
# may run straight into the title (附件2名词解释).
_APPENDIX = re.compile(rf"(附件|附录|附錄)\s*(?P<num>{_NUMERAL}|\d{{1,3}}|[A-Za-z](?![A-Za-z]))?")
_SEPARATORS = " \t\u3000:：、.．"
# First characters a marker can start with (digits are checked with str.isdigit).
_MARKER_FIRST = frozenset("第零〇一二两兩三四五六七八九十百（(")
_APPENDIX_FIRST = frozenset("附名注註术術")
_GLOSSARY = re.compile(r"(名词解释|名詞解釋|注释|註釋|注解|附注|附註|术语解释|術語解釋)[:：]?")
_CONTENTS = re.compile(r"目\s*[录錄]")
_ARTICLE = re.compile(rf"第\s*(?:{_NUMERAL}|\d{{1,4}})\s*[条條]")


def chinese_numeral_value(numeral: str) -> int | None:
    """Value of a Chinese numeral from 1 to 999, or None if it is not a well-formed one."""
    if not numeral:
        return None
    total, current, seen_unit = 0, None, False
    units = {"百": 100, "十": 10}
    last_unit = 1000
    for ch in numeral:
        if ch in _VALUE:
            if current is not None:
                return None  # two digits in a row: 一二
            current = _VALUE[ch]
        elif ch in units:
            unit = units[ch]
            if unit >= last_unit:
                return None
            total += (1 if current is None else current) * unit
            current, last_unit, seen_unit = None, unit, True
        else:
            return None
    if current is not None:
        total += current
    if total <= 0 or (not seen_unit and len(numeral) > 1):
        return None
    return total


def _number(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else chinese_numeral_value(raw)


@dataclass(frozen=True)
class Marker:
    """A numbering marker at the start of a text: its rank and its length in characters."""

    rank: Rank
    length: int
    number: int


def match_marker(text: str, ranks: tuple[int, ...] = _ALL_RANKS) -> Marker | None:
    """The numbering marker that starts ``text`` (leading spaces allowed), if any."""
    stripped = text.lstrip()
    first = stripped[:1]
    if first not in _MARKER_FIRST and not first.isdigit():
        return None
    offset = len(text) - len(stripped)
    if stripped.startswith("第"):
        match = _DIVISION.match(stripped)
        if match:
            rank = _DIVISION_RANK[match.group(2)]
            number = _number(match.group(1))
            return Marker(rank, offset + match.end(), number) if number and rank in ranks else None
    for rank, pattern in RANK_PATTERNS:
        if rank not in ranks:
            continue
        match = pattern.match(stripped)
        if not match:
            continue
        number = _number(match.group(1))
        if number:
            return Marker(rank, offset + match.end(), number)
    return None


def may_start_section(text: str) -> bool:
    """A cheap first look: could ``text`` start with a marker, an appendix or a 目录 heading?"""
    first = text.lstrip()[:1]
    return first in _MARKER_FIRST or first in _APPENDIX_FIRST or first == "目" or first.isdigit()


def _appendix_match(stripped: str) -> re.Match | None:
    match = _APPENDIX.match(stripped)
    if not match:
        return None
    rest = stripped[match.end():]
    number = match.group("num") or ""
    if not rest or rest[0] in _SEPARATORS or number[:1].isdigit():
        return match
    return None


def appendix_marker_length(text: str) -> int:
    """Length of the appendix heading marker that starts ``text`` (附件2, 附件一：, 名词解释 …), else 0."""
    stripped = text.lstrip()
    if stripped[:1] not in _APPENDIX_FIRST:
        return 0
    match = _appendix_match(stripped)
    if match:
        end = match.end()
        while end < len(stripped) and stripped[end] in _SEPARATORS:
            end += 1
        return len(text) - len(stripped) + end
    glossary = _GLOSSARY.fullmatch(stripped.rstrip())
    return len(text) - len(stripped) + glossary.end() if glossary else 0


def is_glossary_heading(text: str) -> bool:
    """名词解释 / 注释 … alone on its line (an appendix without a number)."""
    return bool(_GLOSSARY.fullmatch(text.strip()))


def is_article_start(text: str) -> bool:
    """第二十四条 …… — an article of a law or regulation; its （一）（二）… enumerate, not section."""
    stripped = text.lstrip()
    return stripped[:1] == "第" and bool(_ARTICLE.match(stripped))


def is_bare_appendix_marker(text: str) -> bool:
    """附件 / 附件1 / 附件一： alone on its line — the appendix's title follows on the next line."""
    stripped = text.strip().rstrip(":：").rstrip()
    match = _appendix_match(stripped)
    return bool(match) and match.end() == len(stripped)


def is_contents_heading(text: str) -> bool:
    """目录 / 目　录 / 目錄 alone on its line."""
    stripped = text.strip()
    return len(stripped) <= 8 and stripped[:1] == "目" and bool(_CONTENTS.fullmatch(stripped))
