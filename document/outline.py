"""Outline from numbering, not from ``#`` counts.

Real reports mix ``##``, ``###`` and ``####`` for the same level and leave many sections as
plain paragraphs, so the rank of a candidate comes from its marker (document/numbering.py, the
one source of truth for ranks) and its level from a stack: pop entries of rank ≥ the new rank,
push, level = depth.  On top of that:

* an unnumbered Markdown heading takes the rank of the numbered headings written at the same
  ``#`` level (## 文字实录 beside ## 一、…; ## 附则 beside ## 第二编 …), else the document's
  highest rank;
* an unnumbered heading recognised in plain text (role HEADING) that comes before the first
  section of the document's highest numbered rank holds those sections (a report whose parts
  are "“十五五”时期主要目标和2026年重点工作" › 一、… › （一）…); later ones stand beside them;
* 附件N / 附录 / 名词解释 / 注释 start an appendix: a top-level entry holding its own numbered
  items.  A bare ``附件1`` line takes the title on the next line into its entry's title
  (``附件1 2026年省十件民生实事``);
* front matter, metadata and a 目录 block are never entries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from document.cjk import ends_sentence
from document.linekinds import has_sentence_break
from document.model import Block, BlockKind, BlockRole, OutlineEntry, SpanStyle
from document.numbering import (
    DIVISION_RANKS, Rank, RUN_IN_RANKS, TOP_RANK, appendix_marker_length, is_article_start, is_bare_appendix_marker,
    is_glossary_heading, match_marker, may_start_section,
)

_RUN_IN_END = re.compile(r"[。；：]|[;:](?!\d)")
_TRAILING_STOP = "。"
#: Rank of an appendix entry: above every numbered rank, and it closes whatever was open.
APPENDIX_RANK = min(Rank) - 10
#: How long a line may be to pass for a title (a division line, an appendix heading).
TITLE_LENGTH = 60


@dataclass
class _Node:
    title: str
    rank: int
    start: int
    block_index: int
    children: list["_Node"] = field(default_factory=list)


#: How an entry's rank is found once the document's highest numbered rank is known.
_NUMBERED = "numbered"   # from its marker (or the numbered headings at its # level)
_TOP = "top"             # an unnumbered Markdown heading at a level no numbered heading uses
_PLAIN = "plain"         # an unnumbered heading recognised in plain text


@dataclass(frozen=True)
class _Candidate:
    title: str
    rank: int = 0
    placement: str = _NUMBERED
    appendix: bool = False
    consumes_next: bool = False


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
    """The leading ``#`` headings, else the title line of the front matter."""
    titles = [text[b.start:b.end].strip() for b in blocks[: leading_title_blocks(blocks)]]
    title = " ".join(t for t in titles if t)
    if title:
        return title
    for block in blocks:
        if block.role is BlockRole.TITLE:
            return text[block.start:block.end].strip()
        if block.role is BlockRole.BODY:
            break
    return ""


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


def _title_line(block_text: str) -> bool:
    stripped = _heading_title(block_text)
    return 0 < len(stripped) <= TITLE_LENGTH and not has_sentence_break(stripped)


class _Candidates:
    """Decides which blocks are outline entries, and with what title and rank."""

    def __init__(self, text: str, blocks: list[Block]):
        self.text = text
        self.blocks = blocks
        self.title_blocks = leading_title_blocks(blocks)
        self.level_ranks: dict[int, int] = {}
        self.in_article = False
        for block in blocks:
            if block.kind is BlockKind.HEADING and block.role is BlockRole.BODY:
                marker = match_marker(self._text(block))
                if marker:
                    self.level_ranks.setdefault(block.heading_level, marker.rank)

    def _text(self, block: Block) -> str:
        return self.text[block.start:block.end]

    def find(self, index: int) -> _Candidate | None:
        block = self.blocks[index]
        if block.role not in (BlockRole.BODY, BlockRole.HEADING) or index < self.title_blocks:
            return None
        block_text = self._text(block)
        if block.kind is BlockKind.HEADING:
            return self._heading(index, block, block_text)
        if block.kind is BlockKind.PARAGRAPH and block.depth == 0:
            return self._paragraph(index, block, block_text)
        return None

    def _heading(self, index: int, block: Block, block_text: str) -> _Candidate:
        self.in_article = False
        appendix = self._appendix(index, block_text)
        if appendix is not None:
            return appendix
        marker = match_marker(block_text)
        if marker:
            return _Candidate(_heading_title(block_text), marker.rank)
        if block.heading_level in self.level_ranks:
            return _Candidate(_heading_title(block_text), self.level_ranks[block.heading_level])
        return _Candidate(_heading_title(block_text), placement=_TOP)

    def _paragraph(self, index: int, block: Block, block_text: str) -> _Candidate | None:
        if block.role is BlockRole.HEADING:
            return _Candidate(_heading_title(block_text), placement=_PLAIN)
        if not may_start_section(block_text):
            return None
        if _title_line(block_text) and not has_sentence_break(block_text):
            appendix = self._appendix(index, block_text)
            if appendix is not None:
                self.in_article = False
                return appendix
        if is_article_start(block_text):
            self.in_article = True    # its （一）（二）… enumerate inside the article
            return None
        marker = match_marker(block_text)
        if marker is None:
            return None
        if marker.rank in RUN_IN_RANKS and not self.in_article:
            return _Candidate(_run_in_title(self.text, block, block_text), marker.rank)
        if marker.rank in DIVISION_RANKS and _title_line(block_text):
            return _Candidate(_heading_title(block_text), marker.rank)
        return None

    def _appendix(self, index: int, block_text: str) -> _Candidate | None:
        if not appendix_marker_length(block_text):
            return None
        title = _heading_title(block_text)
        if is_bare_appendix_marker(block_text) and index + 1 < len(self.blocks):
            following = self.blocks[index + 1]
            next_text = self._text(following).strip()
            if (following.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and _title_line(next_text)
                    and not ends_sentence(next_text) and match_marker(next_text) is None
                    and (is_glossary_heading(next_text) or not appendix_marker_length(next_text))):
                return _Candidate(f"{title.rstrip(':：')} {_heading_title(next_text)}", APPENDIX_RANK,
                                  appendix=True, consumes_next=True)
        return _Candidate(title, APPENDIX_RANK, appendix=True)


def _resolve_ranks(found: list[tuple[int, _Candidate]]) -> list[tuple[int, _Candidate, int]]:
    """Give unnumbered entries their rank: beside or above the document's highest numbered rank."""
    numbered = [c.rank for _, c in found if c.placement == _NUMBERED and not c.appendix]
    top = min(numbered) if numbered else TOP_RANK
    first_top = next((i for i, c in found if c.placement == _NUMBERED and not c.appendix and c.rank == top),
                     len(found) and found[-1][0] + 1)
    resolved = []
    for index, candidate in found:
        rank = candidate.rank
        if candidate.placement == _TOP:
            rank = top
        elif candidate.placement == _PLAIN:
            rank = top - 1 if index < first_top else top
        resolved.append((index, candidate, rank))
    return resolved


def build_outline(text: str, blocks: list[Block]) -> tuple[OutlineEntry, ...]:
    """The outline tree; every entry knows its start and end in the canonical text."""
    candidates = _Candidates(text, blocks)
    found: list[tuple[int, _Candidate]] = []
    skip = -1
    for index, block in enumerate(blocks):
        if index == skip or block.kind is BlockKind.TABLE_CELL:
            continue
        candidate = candidates.find(index)
        if candidate is None:
            continue
        found.append((index, candidate))
        if candidate.consumes_next:
            skip = index + 1
    roots: list[_Node] = []
    stack: list[_Node] = []
    for index, candidate, rank in _resolve_ranks(found):
        node = _Node(candidate.title, rank, blocks[index].start, index)
        if candidate.appendix:
            stack.clear()
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
