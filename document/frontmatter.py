"""The front matter of a report: its title, dateline, speaker, metadata headers and captions.

A speech is framed — 政府工作报告 / ——2026年1月26日在……会议上 / 广东省省长 孟凡利 — and a copy
from the web adds metadata (来源：…, 时间：…, 发布机构：…) and photo captions.  These leading lines
get a role (model.BlockRole) so that the reader shows them as front matter, the outline and
page-break repair leave them alone, and the document takes its title from them.  The front
matter ends where the body begins: at the salutation (各位代表：), a numbered heading, a sentence
or a long line.  Metadata lines later in the text (编辑：…) get the META role too.

A dateline broken over two lines (——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上) is
joined back into one, and that join is reported like every other.
"""
from __future__ import annotations

import re

from document.blocks import RawBlock
from document.cjk import ends_sentence
from document.linekinds import (
    is_caption, is_dateline, is_datetime, is_salutation, is_speaker, is_title_like, meta_value, starts_dateline,
)
from document.model import BlockKind, BlockRole, RepairKind
from document.numbering import appendix_marker_length, match_marker
from document.pagebreak import Note

#: The front matter is never longer than this many blocks (a law's amendment history included).
FRONT_LIMIT = 40
DATELINE_JOIN = "dateline split across lines"
_TITLE_WORDS = re.compile("报告|報告|规划|規劃|纲要|綱要|意见|意見|通知|决定|決定|公报|公報|办法|辦法|方案|条例|條例|"
                          "决议|決議|说明|說明|讲话|講話|白皮书|白皮書|施政|建议|建議|规定|規定")
_DATELINE_END = ("上", "上）", "上)", "通过", "通過")
_VALUE_LENGTH = 40


def _role(text: str) -> BlockRole | None:
    if is_dateline(text) or starts_dateline(text):
        return BlockRole.DATELINE
    if is_speaker(text):
        return BlockRole.SPEAKER
    if meta_value(text) is not None or is_datetime(text):
        return BlockRole.META
    if is_caption(text):
        return BlockRole.CAPTION
    if is_title_like(text) and _TITLE_WORDS.search(text) and match_marker(text) is None \
            and not appendix_marker_length(text):
        return BlockRole.TITLE
    return None


def _joins_dateline(first: RawBlock, second: RawBlock) -> bool:
    """The second line completes a dateline the first one started."""
    head, tail = first.text.strip(), second.text.strip()
    return (starts_dateline(head) and not head.endswith(_DATELINE_END) and len(tail) <= _VALUE_LENGTH
            and tail.endswith(_DATELINE_END))


def _merge(first: RawBlock, second: RawBlock) -> RawBlock:
    head = first.text.rstrip()
    tail = second.text.strip()
    notes = (*first.notes, Note(RepairKind.JOIN, len(head), tail[:12], DATELINE_JOIN, second.origin),
             *(Note(n.kind, len(head) + n.offset, n.text, n.reason, n.origin) for n in second.notes))
    return RawBlock(BlockKind.PARAGRAPH, head + tail, origin=first.origin, line_break=first.line_break,
                    role=BlockRole.DATELINE, notes=notes)


def mark_front_matter(blocks: list[RawBlock]) -> list[RawBlock]:
    """Give the leading frame lines their roles (and META to metadata lines anywhere)."""
    out: list[RawBlock] = []
    index = 0
    front = True
    seen_paragraph = False
    while index < len(blocks):
        block = blocks[index]
        if front and block.kind is BlockKind.HEADING and block.heading_level == 1 and not seen_paragraph:
            block.role = BlockRole.TITLE    # the leading # title (document.outline.leading_title_blocks)
            out.append(block)
            index += 1
            continue
        paragraph = block.kind is BlockKind.PARAGRAPH and block.top_level and block.role is BlockRole.BODY
        if front and paragraph and len(out) < FRONT_LIMIT:
            seen_paragraph = True
            role = None if is_salutation(block.text) else _role(block.text.strip())
            if role is not None:
                index = _take_front_line(blocks, index, role, out)
                continue
        front = False
        if paragraph and meta_value(block.text) is not None and len(block.text) <= _VALUE_LENGTH:
            index = _take_front_line(blocks, index, BlockRole.META, out)
            continue
        out.append(block)
        index += 1
    return out


def _take_front_line(blocks: list[RawBlock], index: int, role: BlockRole, out: list[RawBlock]) -> int:
    """Give ``blocks[index]`` its role — with a dateline's second half, or a bare metadata key's
    value on the next line — and return the index of the next block to look at."""
    block = blocks[index]
    index += 1
    if role is BlockRole.DATELINE and index < len(blocks) and _joins_dateline(block, blocks[index]):
        block = _merge(block, blocks[index])
        index += 1
    block.role = role
    out.append(block)
    if role is BlockRole.META and meta_value(block.text) == "" and index < len(blocks):
        index = _take_value(blocks, index, out)
    return index


def _take_value(blocks: list[RawBlock], index: int, out: list[RawBlock]) -> int:
    """A bare metadata key (来源：) has its value on the next line (四川日报)."""
    value = blocks[index]
    text = value.text.strip()
    if (value.kind is BlockKind.PARAGRAPH and text and len(text) <= _VALUE_LENGTH and not ends_sentence(text)
            and not is_salutation(text) and match_marker(text) is None):
        value.role = BlockRole.META
        out.append(value)
        return index + 1
    return index
