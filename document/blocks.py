"""Markdown token stream → reading blocks (text and spans relative to each block).

Offsets are assigned later, after page-break repair has joined split paragraphs, so this
module only decides what each block *is* and what text it reads as.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it.token import Token

from document.inline import InlineText, flatten_inline, markdown_parser
from document.model import BlockKind, InlineSpan


@dataclass
class RawBlock:
    """A block before offsets: its reading text, styled spans and hints about its structure.

    Every reader (Markdown here, .docx/.html/.pdf in :mod:`document.formats`) produces these;
    page-break repair and the outline then work on them alike.
    """

    kind: BlockKind
    text: str
    spans: list[InlineSpan] = field(default_factory=list)
    marker: str = ""
    depth: int = 0
    heading_level: int = 0
    top_level: bool = True
    only_link_or_image: bool = False
    fully_bold: bool = False
    table_row: int = -1
    table_col: int = -1
    # Paged sources (PDF): (offset in ``text``, page number) for each page this block's text
    # starts on, first at offset 0; empty for sources without pages.
    pages: list[tuple[int, int]] = field(default_factory=list)
    # Layout evidence (PDF) that this block continues the previous one across a page end:
    # the previous page's last line ran to the margin and this one is not indented.
    continues_previous: bool = False


@dataclass
class _Container:
    kind: str            # "bullet_list", "ordered_list", "list_item", "blockquote", "table"
    counter: int = 0
    marker: str = ""
    first_paragraph: bool = True


def parse_blocks(source: str) -> list[RawBlock]:
    """Parse normalised Markdown into reading blocks; empty blocks are dropped."""
    tokens = markdown_parser().parse(source)
    walker = _BlockWalker()
    for index, token in enumerate(tokens):
        walker.visit(tokens, index, token)
    return [block for block in walker.blocks if block.text.strip()]


class _BlockWalker:
    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.stack: list[_Container] = []
        self.pending_kind: BlockKind | None = None
        self.heading_level = 0
        self.row = -1
        self.col = -1

    # -- containers -------------------------------------------------------------------
    def _in(self, kind: str) -> bool:
        return any(c.kind == kind for c in self.stack)

    def _depth(self) -> int:
        return sum(1 for c in self.stack if c.kind in ("list_item", "blockquote"))

    def _innermost(self, *kinds: str) -> _Container | None:
        for container in reversed(self.stack):
            if container.kind in kinds:
                return container
        return None

    def visit(self, tokens: list[Token], index: int, token: Token) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            container = _Container(kind[:-5])
            if kind == "ordered_list_open":
                container.counter = int(token.attrGet("start") or 1) - 1
            self.stack.append(container)
        elif kind == "list_item_open":
            parent = self._innermost("bullet_list", "ordered_list")
            marker = "•"
            if parent is not None and parent.kind == "ordered_list":
                parent.counter += 1
                marker = f"{parent.counter}{token.markup or '.'}"
            self.stack.append(_Container("list_item", marker=marker))
        elif kind == "blockquote_open":
            self.stack.append(_Container("blockquote"))
        elif kind == "table_open":
            self.stack.append(_Container("table"))
            self.row = -1
        elif kind == "tr_open":
            self.row += 1
            self.col = -1
        elif kind in ("th_open", "td_open"):
            self.col += 1
            self.pending_kind = BlockKind.TABLE_CELL
        elif kind.endswith("_close") and kind in (
            "bullet_list_close", "ordered_list_close", "list_item_close", "blockquote_close", "table_close",
        ):
            self.stack.pop()
        elif kind == "heading_open":
            self.pending_kind = BlockKind.HEADING
            self.heading_level = int(token.tag[1:])
        elif kind == "paragraph_open":
            self.pending_kind = self._paragraph_kind()
        elif kind == "inline" and self.pending_kind is not None:
            self._add_inline(self.pending_kind, flatten_inline(token.children))
            self.pending_kind = None
        elif kind in ("fence", "code_block"):
            self._add_literal(BlockKind.CODE, token.content)
        elif kind == "html_block":
            self._add_literal(BlockKind.HTML, token.content)

    def _paragraph_kind(self) -> BlockKind:
        innermost = self._innermost("list_item", "blockquote")
        if innermost is None:
            return BlockKind.PARAGRAPH
        return BlockKind.LIST_ITEM if innermost.kind == "list_item" else BlockKind.QUOTE

    def _take_marker(self) -> str:
        item = self._innermost("list_item")
        if item is None or not item.first_paragraph:
            return ""
        item.first_paragraph = False
        return item.marker

    def _add_inline(self, kind: BlockKind, inline: InlineText) -> None:
        block = RawBlock(
            kind=kind,
            text=inline.text,
            spans=inline.spans,
            depth=self._depth(),
            top_level=not self.stack,
            only_link_or_image=inline.only_link_or_image,
            fully_bold=inline.fully_bold(),
        )
        if kind is BlockKind.HEADING:
            block.heading_level = self.heading_level
        elif kind is BlockKind.LIST_ITEM:
            block.marker = self._take_marker()
        elif kind is BlockKind.TABLE_CELL:
            block.table_row, block.table_col = self.row, self.col
            block.top_level = False
        self.blocks.append(block)

    def _add_literal(self, kind: BlockKind, content: str) -> None:
        text = content[:-1] if content.endswith("\n") else content
        self.blocks.append(RawBlock(kind=kind, text=text, depth=self._depth(), top_level=False))
