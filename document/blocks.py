"""Markdown and plain text → raw reading blocks (text, spans and hints, before offsets).

This is the Markdown/plain-text *reader* of the pipeline (docs/documents.md): it decides what
each block is and what text it reads as.  Page-break repair, debris removal, the front matter,
offsets and the outline come later and are shared by every reader
(:func:`document.pipeline.assemble`).

Plain text is read as Markdown (a .txt report rarely contains Markdown syntax, and when it does
it means it), with two additions: a source paragraph whose lines are really paragraphs of their
own is cut at its line breaks (:mod:`document.paragraphing`), and big inputs skip markdown-it
where it would change nothing (:mod:`document.prescan`).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it.token import Token

from document.inline import InlineText, flatten_inline, markdown_parser
from document.model import BlockKind, BlockRole, InlineSpan
from document.paragraphing import cut_at_breaks, splits_into_lines, trim_line
from document.prescan import (
    MD_TRIM_CHARS, Prescan, cell_needs_inline_parse, plain_paragraph_lines, prescan, soft_break,
)


@dataclass(slots=True)
class RawBlock:
    """A block before offsets: its reading text, styled spans and hints about its structure.

    Every reader (Markdown and plain text here, .docx/.html/.pdf in :mod:`document.formats`)
    produces these and the shared pipeline works on them alike.  Hints a reader may set:
    ``heading_level`` (a heading of that level), ``fully_bold``, ``pages``,
    ``continues_previous`` (layout evidence of a page-split paragraph), ``origin`` (where the
    block starts in the source, for explanations: a 1-based line number), ``line_break`` (the
    block continues the previous one's source paragraph across a single line break, so it may
    be a piece of the same sentence).  ``role`` is set by the pipeline.  Slots, and shared empty tuples for
    spans and pages, keep a million table cells small.
    """

    kind: BlockKind
    text: str
    spans: Sequence[InlineSpan] = ()
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
    pages: Sequence[tuple[int, int]] = ()
    origin: int = 0
    line_break: bool = False
    role: BlockRole = BlockRole.BODY
    #: Repairs made to this block, with offsets inside ``text`` (document.pagebreak.Note).
    notes: Sequence = ()
    # Layout evidence (PDF) that this block continues the previous one across a page end:
    # the previous page's last line ran to the margin and this one is not indented.
    continues_previous: bool = False


@dataclass(slots=True)
class TableRun(RawBlock):
    """The body rows of a tall table, carried through the pipeline as one block.

    :func:`document.pipeline.place` expands it into one Block per cell, so a table of 500,000
    rows never becomes 1.5 million RawBlocks that every pipeline step would visit.  ``rows``
    holds each row's trimmed cell texts ("" for an empty cell); a row whose cells hold inline
    markup is in ``parsed`` instead, as ``(column, text, spans)`` for each non-empty cell.
    ``first_row`` is the table row number of the first row.
    """

    rows: list[list[str]] = field(default_factory=list)
    parsed: dict[int, list[tuple[int, str, Sequence[InlineSpan]]]] = field(default_factory=dict)
    first_row: int = 0


#: The text a TableRun stands in with until it is placed (never shown: runs are expanded).
TABLE_RUN_TEXT = "▦"


@dataclass
class _Container:
    kind: str            # "bullet_list", "ordered_list", "list_item", "blockquote", "table"
    counter: int = 0
    marker: str = ""
    first_paragraph: bool = True


def parse_blocks(source: str, fast_paths: bool = True) -> list[RawBlock]:
    """Parse normalised Markdown into reading blocks; empty blocks are dropped.

    ``fast_paths=False`` hands everything to markdown-it (the tests compare both ways)."""
    scan = prescan(source) if fast_paths else Prescan(source, list(range(source.count("\n") + 1)))
    tokens = markdown_parser().parse(scan.markdown)
    walker = _BlockWalker(scan)
    for token in tokens:
        walker.visit(token)
    return [block for block in walker.blocks if block.text.strip()]


class _BlockWalker:
    def __init__(self, scan: Prescan) -> None:
        self.scan = scan
        self.blocks: list[RawBlock] = []
        self.stack: list[_Container] = []
        self.pending_kind: BlockKind | None = None
        self.pending_line = 0
        self.heading_level = 0
        self.row = -1
        self.col = -1
        self.row_line = -1

    # -- containers -------------------------------------------------------------------
    def _depth(self) -> int:
        return sum(1 for c in self.stack if c.kind in ("list_item", "blockquote"))

    def _innermost(self, *kinds: str) -> _Container | None:
        for container in reversed(self.stack):
            if container.kind in kinds:
                return container
        return None

    def _origin(self, token: Token) -> int:
        return self.scan.source_line(token.map[0]) + 1 if token.map else 0

    def visit(self, token: Token) -> None:
        kind = token.type
        if self._visit_container(token) or self._visit_table(token):
            return
        if kind == "heading_open":
            self.pending_kind = BlockKind.HEADING
            self.pending_line = self._origin(token)
            self.heading_level = int(token.tag[1:])
        elif kind == "paragraph_open":
            self._open_paragraph(token)
        elif kind == "inline" and self.pending_kind is not None:
            self._add_inline(self.pending_kind, flatten_inline(token.children))
            self.pending_kind = None
        elif kind in ("fence", "code_block"):
            self._add_literal(BlockKind.CODE, token.content, self._origin(token))
        elif kind == "html_block":
            self._add_literal(BlockKind.HTML, token.content, self._origin(token))

    def _visit_container(self, token: Token) -> bool:
        """Lists, list items and quotes: the stack that gives depth and list markers."""
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
        elif kind in ("bullet_list_close", "ordered_list_close", "list_item_close", "blockquote_close"):
            self.stack.pop()
        else:
            return False
        return True

    def _visit_table(self, token: Token) -> bool:
        """Table rows and cells (and a tall table's prescanned rows after its first one)."""
        kind = token.type
        if kind == "table_open":
            self.stack.append(_Container("table"))
            self.row = -1
        elif kind == "table_close":
            self.stack.pop()
        elif kind == "tr_open":
            self.row += 1
            self.col = -1
            self.row_line = token.map[0] if token.map else -1
        elif kind == "tr_close":
            self._add_prescanned_rows()
        elif kind in ("th_open", "td_open"):
            self.col += 1
            self.pending_kind = BlockKind.TABLE_CELL
            self.pending_line = self.scan.source_line(self.row_line) + 1
        else:
            return False
        return True

    def _open_paragraph(self, token: Token) -> None:
        line = token.map[0] if token.map else -1
        plain = self.scan.plain.get(line)
        if plain is not None and not self.stack:
            for paragraph in plain:
                lines = paragraph.lines
                if len(lines) == 1:
                    lines = [lines[0].strip(MD_TRIM_CHARS)]
                else:
                    lines = plain_paragraph_lines(paragraph)
                self._add_plain(paragraph.first_line, lines)
            self.pending_kind = None
            return
        self.pending_kind = self._paragraph_kind()
        self.pending_line = self._origin(token)

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

    # -- blocks ---------------------------------------------------------------------------
    def _add_plain(self, first_line: int, lines: list[str]) -> None:
        """A paragraph read without markdown-it: its lines, joined or one block each."""
        if len(lines) == 1:
            self.blocks.append(RawBlock(BlockKind.PARAGRAPH, lines[0], (), "", 0, 0, True, False, False, -1, -1, (),
                                        first_line + 1))
            return
        if splits_into_lines(lines):
            for index, line in enumerate(lines):
                self.blocks.append(RawBlock(BlockKind.PARAGRAPH, trim_line(line), origin=first_line + index + 1,
                                            line_break=index > 0))
            return
        parts = [lines[0]]
        for before, after in zip(lines, lines[1:]):
            parts.append(soft_break(before, after))
            parts.append(after)
        self.blocks.append(RawBlock(BlockKind.PARAGRAPH, "".join(parts), origin=first_line + 1))

    def _add_inline(self, kind: BlockKind, inline: InlineText) -> None:
        if kind is BlockKind.PARAGRAPH and not self.stack and inline.breaks:
            lines = cut_at_breaks(inline)
            if splits_into_lines([line.text for line in lines]):
                for index, line in enumerate(lines):
                    self.blocks.append(RawBlock(kind, line.text, line.spans, fully_bold=line.fully_bold(),
                                                origin=self.pending_line + index, line_break=index > 0))
                return
        block = RawBlock(
            kind=kind,
            text=inline.text,
            spans=inline.spans,
            depth=self._depth(),
            top_level=not self.stack,
            only_link_or_image=inline.only_link_or_image,
            fully_bold=inline.fully_bold(),
            origin=self.pending_line,
        )
        if kind is BlockKind.HEADING:
            block.heading_level = self.heading_level
        elif kind is BlockKind.LIST_ITEM:
            block.marker = self._take_marker()
        elif kind is BlockKind.TABLE_CELL:
            block.table_row, block.table_col = self.row, self.col
            block.top_level = False
        self.blocks.append(block)

    def _add_prescanned_rows(self) -> None:
        """After the first body row of a tall table, its other rows, read by the prescan."""
        rows = self.scan.tables.get(self.row_line)
        if rows is None:
            return
        parser = markdown_parser()
        parsed: dict[int, list[tuple[int, str, Sequence[InlineSpan]]]] = {}
        for number, (cells, marked) in enumerate(zip(rows.rows, rows.marked)):
            if not marked:
                continue
            row: list[tuple[int, str, Sequence[InlineSpan]]] = []
            for col, cell in enumerate(cells):
                if cell and cell_needs_inline_parse(cell):
                    inline = flatten_inline(parser.parseInline(cell)[0].children)
                    if inline.text.strip():
                        row.append((col, inline.text, inline.spans))
                elif cell:
                    row.append((col, cell, ()))
            parsed[number] = row
        self.blocks.append(TableRun(BlockKind.TABLE_CELL, TABLE_RUN_TEXT, depth=self._depth(), top_level=False,
                                    origin=rows.first_line + 1, rows=rows.rows, parsed=parsed, first_row=self.row + 1))
        self.row += len(rows.rows)

    def _add_literal(self, kind: BlockKind, content: str, origin: int) -> None:
        text = content[:-1] if content.endswith("\n") else content
        self.blocks.append(RawBlock(kind=kind, text=text, depth=self._depth(), top_level=False, origin=origin))
