"""The shared pipeline: raw blocks from any reader → canonical text, blocks, repairs.

Every reader — Markdown and plain text (document/blocks.py), and the .docx/.html/.pdf readers —
hands over a list of :class:`~document.blocks.RawBlock` (text, spans, and whatever hints it
knows: heading level, bold, page, source line, "continues the previous line").  From there all
formats go through the same steps, in this order:

1. :func:`document.debris.drop_debris` — page numbers, running heads, web chrome, comments;
2. :func:`document.frontmatter.mark_front_matter` — title, dateline, speaker, metadata, captions;
3. :func:`document.structure.mark_contents` — a 目录 block;
4. :func:`document.pagebreak.repair_page_breaks` — sentences split by a page end or a line break;
5. :func:`document.structure.mark_plain_headings` — unnumbered headings of plain text;
6. :func:`place` — the canonical text (block texts joined by ``\\n``), offsets, and every join
   and drop as a :class:`~document.model.Repair` with its canonical offset.

The outline (document/outline.py) is then built from the placed blocks.  A reader that is not
Markdown calls :func:`assemble` (or :func:`document.loading.document_from_blocks`) with its own
blocks; see docs/documents.md.
"""
from __future__ import annotations

from dataclasses import dataclass

from document.blocks import RawBlock, TableRun
from document.debris import drop_debris
from document.frontmatter import mark_front_matter
from document.model import Block, BlockKind, BlockRole, InlineSpan, Repair
from document.pagebreak import repair_page_breaks
from document.structure import mark_contents, mark_plain_headings

MARKDOWN, LINES, MIXED = "markdown", "lines", "mixed"
_new = tuple.__new__   # builds a Block without the keyword-handling constructor
PageStarts = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Assembly:
    """The canonical text and what belongs to it, before the outline."""

    text: str
    blocks: tuple[Block, ...]
    repairs: tuple[Repair, ...]
    paragraphing: str
    page_starts: PageStarts = ()


def paragraphing(raw_blocks: list[RawBlock]) -> str:
    """How the source marked paragraphs: blank lines, one per line, or both.

    Counts source paragraphs (runs between blank lines): ``lines`` when the runs that were cut
    at their line breaks are at least as many as those that were not."""
    runs = split_runs = 0
    previous_continued = False
    for block in raw_blocks:
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        if block.line_break:
            split_runs += not previous_continued
            previous_continued = True
        else:
            runs += 1
            previous_continued = False
    if not split_runs:
        return MARKDOWN
    return LINES if split_runs >= runs - split_runs else MIXED


def place(raw_blocks: list[RawBlock]) -> tuple[str, tuple[Block, ...], tuple[Repair, ...], PageStarts]:
    """Join block texts with LF into the canonical text; give every block and repair its offsets
    and turn the blocks' page hints into the document's page starts."""
    pieces: list[str] = []
    blocks: list[Block] = []
    repairs: list[Repair] = []
    page_starts: list[tuple[int, int]] = []
    offset = 0
    for raw in raw_blocks:
        if type(raw) is TableRun:
            offset = _place_rows(raw, offset, pieces, blocks)
            continue
        for at, page in raw.pages:
            if not page_starts or page != page_starts[-1][1]:
                page_starts.append((offset + at, page))
        spans = _shifted(raw.spans, offset)
        blocks.append(_new(Block, (raw.kind, offset, offset + len(raw.text), spans, raw.marker, raw.depth,
                                   raw.heading_level, raw.table_row, raw.table_col, raw.role)))
        if raw.notes:
            repairs.extend(_new(Repair, (n.kind, offset + n.offset, n.text, n.reason, n.origin)) for n in raw.notes)
        pieces.append(raw.text)
        offset += len(raw.text) + 1
    return "\n".join(pieces), tuple(blocks), tuple(repairs), tuple(page_starts)


def _shifted(spans, offset: int) -> tuple[InlineSpan, ...]:
    return tuple(InlineSpan(s.start + offset, s.end + offset, s.style, s.href) for s in spans) if spans else ()


def _place_rows(run: TableRun, offset: int, pieces: list[str], blocks: list[Block]) -> int:
    """One Block per cell of a tall table's rows, built as plain tuples (the hot loop of big tables)."""
    kind, depth, body = BlockKind.TABLE_CELL, run.depth, BlockRole.BODY
    append_piece, append_block = pieces.append, blocks.append
    parsed = run.parsed
    for number, cells in enumerate(run.rows):
        row_number = run.first_row + number
        if number in parsed:
            for col, text, spans in parsed[number]:
                end = offset + len(text)
                append_block(_new(Block, (kind, offset, end, _shifted(spans, offset), "", depth, 0, row_number, col,
                                          body)))
                append_piece(text)
                offset = end + 1
            continue
        for col, text in enumerate(cells):
            if text:
                end = offset + len(text)
                append_block(_new(Block, (kind, offset, end, (), "", depth, 0, row_number, col, body)))
                append_piece(text)
                offset = end + 1
    return offset


def assemble(raw_blocks: list[RawBlock]) -> Assembly:
    """Run the shared steps on a reader's raw blocks (empty blocks are ignored)."""
    kept = [block for block in raw_blocks if block.text.strip()]
    mode = paragraphing(kept)
    blocks = mark_front_matter(drop_debris(kept))
    mark_contents(blocks)
    blocks = repair_page_breaks(blocks)
    mark_plain_headings(blocks)
    text, placed, repairs, page_starts = place(blocks)
    return Assembly(text, placed, repairs, mode, page_starts)
