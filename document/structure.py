"""Roles that shape the outline: a 目录 block, and the unnumbered headings of plain text.

* **目录** — a contents heading followed by the titles it lists (often with dot leaders and page
  numbers: ``第一章　发展环境……3``).  They get the CONTENTS role so the outline does not list
  every section twice; the block ends where the body starts repeating its first title, or at
  the first line that is not a listed title.
* **Unnumbered headings in plain text** — a report copied one paragraph per line loses the
  ``#`` of its headings (“十四五”时期工作回顾).  A short phrase on its own line, after a sentence
  ended and before the body goes on, inside a run of such lines, gets the HEADING role; the
  outline places it (document/outline.py).

Both run in one pass over the blocks.
"""
from __future__ import annotations

import re

from document.blocks import RawBlock
from document.cjk import ends_sentence
from document.linekinds import is_frame_line, is_salutation, is_title_like
from document.model import BlockKind, BlockRole
from document.numbering import appendix_marker_length, is_contents_heading, match_marker

#: A line of a table of contents: its title, then dot leaders and a page number.
_LEADERS = re.compile(r"[\s.．。·…‥_-]*\d{0,4}\s*$")
_SPACE = re.compile(r"\s+")
_CONTENTS_LINE = 80
#: A body paragraph after a heading: long, or a finished sentence.
_BODY_LINE = 40


def _contents_title(text: str) -> str:
    return _SPACE.sub("", _LEADERS.sub("", text.strip()))


def mark_contents(blocks: list[RawBlock]) -> None:
    """Give a 目录 heading and the titles it lists the CONTENTS role (in place)."""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH) or not is_contents_heading(block.text):
            index += 1
            continue
        end = index + 1
        first = ""
        while end < len(blocks):
            entry = blocks[end]
            title = _contents_title(entry.text)
            if entry.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or not title \
                    or len(entry.text.strip()) > _CONTENTS_LINE or (first and title == first) \
                    or ends_sentence(title):
                break
            first = first or title
            end += 1
        if end - index > 2:
            for listed in blocks[index:end]:
                listed.role = BlockRole.CONTENTS
        index = end


def _starts_fresh(previous: RawBlock) -> bool:
    """The heading follows a finished sentence or another heading (not metadata or page chrome)."""
    if previous.kind is BlockKind.HEADING or previous.role is BlockRole.HEADING:
        return True
    return previous.role is BlockRole.BODY and ends_sentence(previous.text)


def _body_follows(following: RawBlock) -> bool:
    text = following.text.strip()
    return following.kind is BlockKind.PARAGRAPH and following.role is BlockRole.BODY and (
        len(text) > _BODY_LINE or ends_sentence(text) or match_marker(text) is not None)


def mark_plain_headings(blocks: list[RawBlock]) -> None:
    """Give short phrases standing alone between sentences of a line-per-paragraph text the HEADING role."""
    for index in range(1, len(blocks) - 1):
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or not block.top_level or block.role is not BlockRole.BODY:
            continue
        following = blocks[index + 1]
        if not (block.line_break or following.line_break):
            continue
        text = block.text.strip()
        if not is_title_like(text) or match_marker(text) or appendix_marker_length(text) or is_frame_line(text) \
                or is_salutation(text) or is_contents_heading(text):
            continue
        if _starts_fresh(blocks[index - 1]) and _body_follows(following):
            block.role = BlockRole.HEADING
