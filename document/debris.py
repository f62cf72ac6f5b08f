"""Debris removal: lines a conversion or a web page left that are not part of the report.

Dropped, each with a reason the reader can see (Document.repairs):

* page numbers — decorated ones (``— 12 —``, ``第 3 页``, ``3/15``) wherever they stand, bare
  digits (``12``) only when they run in sequence (12, 13, 14 …), since a lone digit on its own
  line is more often a subscript a web page split off (``PM`` / ``2.5``);
* running heads and footers — the same short line (digits ignored) three times or more; its
  first occurrence stays when it opens the document (it is then the title);
* web-page chrome — download/print/share buttons, font-size switches, breadcrumbs, "related
  articles" labels, link ids, placeholder titles (``未知标题``);
* HTML comments, which a Markdown reader never shows.

Only top-level paragraphs are judged (plus HTML comment blocks); headings, lists, quotes and
tables are never dropped.  Linear: one pass to count, one to drop.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from document.blocks import RawBlock
from document.cjk import ends_sentence
from document.linekinds import (
    WEB_CHROME, WEB_CHROME_WEAK, is_link_hash, is_salutation, is_title_like, page_number_kind,
)
from document.model import BlockKind, RepairKind
from document.numbering import appendix_marker_length, is_contents_heading, match_marker
from document.pagebreak import Note

PAGE_NUMBER = "page number"
RUNNING_HEAD = "running head or footer"
WEB_CHROME_REASON = "web page chrome"
BREADCRUMB = "web page breadcrumb"
LINK_ID = "web page link id"
HTML_COMMENT = "HTML comment"

#: How often the same short line must recur to be a running head rather than a repeated phrase.
RUNNING_HEAD_REPEATS = 3
_RUNNING_HEAD_LENGTH = 40
_RUNNING_HEAD_SHORTEST = 4
_BREADCRUMB_LENGTH = 12
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_HTML_COMMENT = re.compile(r"\s*<!--.*?-->\s*", re.DOTALL)
_BODY_LINE = 40
_HOME = frozenset({"首页", "首頁"})


def _candidate(block: RawBlock) -> bool:
    return block.kind is BlockKind.PARAGRAPH and block.top_level


#: Debris lines are short; longer paragraphs are never looked at twice.
_DEBRIS_LENGTH = 48


def _short_lines(blocks: list[RawBlock]) -> dict[int, str]:
    """Index → stripped text of every short top-level paragraph (the only possible debris)."""
    return {index: block.text.strip() for index, block in enumerate(blocks)
            if len(block.text) <= _DEBRIS_LENGTH and block.kind is BlockKind.PARAGRAPH and block.top_level}


def _running_key(text: str) -> str | None:
    if not _RUNNING_HEAD_SHORTEST <= len(text) <= _RUNNING_HEAD_LENGTH or ends_sentence(text):
        return None      # a 2-character piece (揭榜) recurring is a phrase split by line breaks
    if not any(ch.isalpha() for ch in text):
        return None          # page numbers have their own rule; 2.5 is a split subscript
    if match_marker(text) or appendix_marker_length(text) or is_contents_heading(text) or is_salutation(text):
        return None
    return _DIGITS.sub("#", _SPACE.sub("", text))


def _page_numbers(short: dict[int, str]) -> dict[int, str]:
    """Decorated page numbers, and bare numbers that count up like pages (three or more in a row)."""
    reasons: dict[int, str] = {}
    run: list[int] = []
    previous = None
    for index, text in short.items():
        kind = page_number_kind(text)
        if kind == "decorated":
            reasons[index] = PAGE_NUMBER
        elif kind == "bare":
            value = int(text)
            if previous is not None and 0 < value - previous <= 2:
                run.append(index)
            else:
                if len(run) >= RUNNING_HEAD_REPEATS:
                    reasons.update(dict.fromkeys(run, PAGE_NUMBER))
                run = [index]
            previous = value
    if len(run) >= RUNNING_HEAD_REPEATS:
        reasons.update(dict.fromkeys(run, PAGE_NUMBER))
    return reasons


def _chrome(blocks: list[RawBlock], short: dict[int, str]) -> dict[int, str]:
    """Web chrome: strong labels anywhere, weak ones (大 | >) beside chrome, breadcrumb items."""
    reasons: dict[int, str] = {}
    for index, text in short.items():
        if text in WEB_CHROME or (text in _HOME and short.get(index + 1) == ">"):
            reasons[index] = WEB_CHROME_REASON   # 首页 > … opens a breadcrumb
        elif is_link_hash(text):
            reasons[index] = LINK_ID
    if not reasons:
        return reasons
    order = sorted(short)
    for index in chain(order, reversed(order)):   # runs of chrome spread forwards, then backwards
        if index in reasons:
            continue
        text = short[index]
        near = (index - 1) in reasons or (index + 1) in reasons
        if text in WEB_CHROME_WEAK and near:
            reasons[index] = WEB_CHROME_REASON
        elif (index - 1) in reasons and _after_separator(short, reasons, index) \
                and len(text) <= _BREADCRUMB_LENGTH and is_title_like(text):
            reasons[index] = BREADCRUMB
    return reasons


def _after_separator(short: dict[int, str], reasons: dict[int, str], index: int) -> bool:
    """Right after a breadcrumb separator (>), or repeating the breadcrumb item just dropped."""
    before = short.get(index - 1)
    return before == ">" or (reasons.get(index - 1) == BREADCRUMB and before == short.get(index))


def _running_heads(blocks: list[RawBlock], short: dict[int, str], paged: bool) -> set[int]:
    """Short lines repeated on every page; only looked for in a paged source (page hints, or
    page numbers found), since elsewhere a repeated line is content (a list, a table row)."""
    if not paged:
        return set()
    keys = {index: _running_key(text) for index, text in short.items()}
    counts = Counter(k for k in keys.values() if k)
    repeated = {k for k, n in counts.items() if n >= RUNNING_HEAD_REPEATS}
    if not repeated:
        return set()
    first_body = next((i for i, b in enumerate(blocks) if _candidate(b) and len(b.text) > _BODY_LINE), len(blocks))
    dropped: set[int] = set()
    seen: set[str] = set()
    for index, key in keys.items():
        if key not in repeated:
            continue
        if key not in seen and index < first_body:
            seen.add(key)        # the title at the top, repeated as a running head below
            continue
        seen.add(key)
        dropped.add(index)
    return dropped


def drop_debris(blocks: list[RawBlock]) -> list[RawBlock]:
    """The blocks without debris; each dropped line becomes a note on the next kept block."""
    short = _short_lines(blocks)
    reasons = _chrome(blocks, short)
    pages = _page_numbers(short)
    for index, reason in pages.items():
        reasons.setdefault(index, reason)
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HTML and index not in reasons and _HTML_COMMENT.fullmatch(block.text):
            reasons[index] = HTML_COMMENT
    paged = len(pages) >= RUNNING_HEAD_REPEATS or any(block.pages for block in blocks)
    for index in _running_heads(blocks, short, paged):
        reasons.setdefault(index, RUNNING_HEAD)
    if not reasons:
        return blocks
    kept: list[RawBlock] = []
    pending: list[Note] = []
    for index, block in enumerate(blocks):
        if index in reasons:
            pending.append(Note(RepairKind.DROP, 0, block.text.strip(), reasons[index], block.origin))
            continue
        if pending:
            block.notes = (*pending, *block.notes)
            pending = []
        kept.append(block)
    if pending and kept:
        last = kept[-1]
        last.notes = (*last.notes, *(Note(n.kind, len(last.text), n.text, n.reason, n.origin) for n in pending))
    return kept
