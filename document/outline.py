"""Outline from numbering, not from ``#`` counts (docs/architecture.md §7).

Real reports mix ``##``, ``###`` and ``####`` for the same level and leave many sections as
plain paragraphs, so the rank of a candidate comes from its marker (document/numbering.py) and
its level from a stack: pop entries of rank ≥ the new rank, push, level = depth.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from document.model import Block, BlockKind, OutlineEntry, SpanStyle
from document.numbering import TOP_RANK, match_marker

_RUN_IN_END = re.compile(r"[。；：]")
_TRAILING_STOP = "。"


@dataclass
class _Node:
    title: str
    rank: int
    start: int
    block_index: int
    children: list["_Node"] = field(default_factory=list)


def leading_title_blocks(blocks: list[Block]) -> int:
    """How many leading blocks are unnumbered level-1 headings forming the document title."""
    count = 0
    for block in blocks:
        if block.kind is BlockKind.HEADING and block.heading_level == 1:
            count += 1
            continue
        break
    return count


def document_title(text: str, blocks: list[Block]) -> str:
    titles = [text[b.start:b.end].strip() for b in blocks[: leading_title_blocks(blocks)]]
    return " ".join(t for t in titles if t)


def _heading_title(text: str) -> str:
    return text.strip().rstrip(_TRAILING_STOP).strip()


def _run_in_title(text: str, block: Block, block_text: str) -> str:
    """The title of a paragraph that starts with a marker: its leading bold span, or up to 。；：."""
    lead = len(block_text) - len(block_text.lstrip())
    marker = match_marker(block_text)
    marker_end = block.start + (marker.length if marker else lead)
    for span in block.spans:
        # A bold span that starts the paragraph and goes past the marker is the title
        # (**（一）经济运行稳中向好。**); one holding only the marker (**一、**标题……) is not.
        if span.style is SpanStyle.BOLD and span.start - block.start <= lead and span.end > marker_end:
            return _heading_title(text[span.start:span.end]).rstrip("；：")
    match = _RUN_IN_END.search(block_text)
    return (block_text[: match.start()] if match else block_text).strip()


def _candidate(text: str, block: Block, leading_title: bool) -> tuple[str, int] | None:
    """(title, rank) if ``block`` is an outline entry."""
    block_text = text[block.start:block.end]
    if block.kind is BlockKind.HEADING:
        if leading_title:
            return None
        marker = match_marker(block_text)
        return _heading_title(block_text), marker.rank if marker else TOP_RANK
    if block.kind is BlockKind.PARAGRAPH and block.depth == 0:
        marker = match_marker(block_text, ranks=(1, 2))
        if marker:
            return _run_in_title(text, block, block_text), marker.rank
    return None


def build_outline(text: str, blocks: list[Block]) -> tuple[OutlineEntry, ...]:
    """The outline tree; every entry knows its start and end in the canonical text."""
    title_blocks = leading_title_blocks(blocks)
    roots: list[_Node] = []
    stack: list[_Node] = []
    for index, block in enumerate(blocks):
        found = _candidate(text, block, index < title_blocks)
        if found is None:
            continue
        title, rank = found
        node = _Node(title, rank, block.start, index)
        while stack and stack[-1].rank >= rank:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return _freeze(roots, 1, len(text))


def _freeze(nodes: list[_Node], level: int, parent_end: int) -> tuple[OutlineEntry, ...]:
    entries = []
    for position, node in enumerate(nodes):
        end = nodes[position + 1].start if position + 1 < len(nodes) else parent_end
        entries.append(
            OutlineEntry(
                title=node.title,
                rank=node.rank,
                level=level,
                start=node.start,
                end=end,
                block_index=node.block_index,
                children=_freeze(node.children, level + 1, end),
            )
        )
    return tuple(entries)


def outline_to_json(entries: tuple[OutlineEntry, ...]) -> list[dict]:
    """The CLI's JSON shape: [{"level","title","start","end","children":[…]}]."""
    return [
        {
            "level": e.level,
            "title": e.title,
            "start": e.start,
            "end": e.end,
            "children": outline_to_json(e.children),
        }
        for e in entries
    ]
