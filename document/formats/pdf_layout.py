"""From PDF lines to raw blocks: page furniture, paragraphs, headings by size, tables.

Geometry is what a PDF has instead of markup, so it decides here what markup decides for
Markdown: a paragraph starts where a line is indented, where the previous line stopped short
of the right margin, after a wider gap, where the font changes, or where a line opens with a
section marker after a finished sentence; a line set larger than the body text is a heading
(the largest size is level 1); two or more consecutive lines with cell-wide gaps are a table.  Page furniture — page numbers and
running heads, which sit on a page's first or last line — is recognised by its pattern or by
repeating across pages, and dropped.  Each page's blocks carry their page number; a paragraph
that runs over a page end leaves here as two blocks and is joined by the shared page-break
repair, which also merges their page marks.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from document.blocks import RawBlock
from document.cjk import is_cjk
from document.formats.extraction import mark_leading_title
from document.formats.pdf_lines import PdfLine
from document.formats.text_builder import TextBuilder
from document.model import BlockKind, InlineSpan, SpanStyle
from document.numbering import match_marker

_PAGE_NUMBER = re.compile(
    r"^[-—–－‒\s]*(?:\d{1,4}|[ivxlcdm]{1,6}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)[-—–－‒\s]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_URL = re.compile(r"https?://[\x21-\x7e]+")
HEADING_SIZE_STEP = 1.5      # points above the body size that make a heading
INDENT_EMS = 0.8             # first-line indent, in body font sizes
SHORT_LINE_EMS = 1.5         # a line ending this far before the right margin ends its paragraph
GAP_FACTOR = 1.6             # a gap this much wider than the usual line spacing separates blocks
FURNITURE_DEPTH = 2          # lines from each page edge that may be a running head or page number
CENTRED_EMS = 2.0            # a centred line keeps this much off both margins, the same on each side
_SENTENCE_END = re.compile(r"[。！？!?][”’」』）)]*$")


@dataclass(frozen=True)
class BodyMetrics:
    size: float
    left: float
    right: float
    spacing: float


def _mode(values, default: float) -> float:
    counts = Counter(round(v) for v in values)
    return float(counts.most_common(1)[0][0]) if counts else default


def body_metrics(pages: list[list[PdfLine]]) -> BodyMetrics:
    lines = [line for page in pages for line in page]
    sizes = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    size = sizes.most_common(1)[0][0] if sizes else 12.0
    body = [line for line in lines if abs(line.size - size) < 0.6 and len(line.text) >= 8]
    spacing = [a.y - b.y for page in pages for a, b in zip(page, page[1:])
               if abs(a.size - size) < 0.6 and abs(b.size - size) < 0.6 and a.y > b.y]
    return BodyMetrics(
        size=size,
        left=_mode((line.x0 for line in body), 72.0),
        right=_mode((line.x1 for line in body), 520.0),
        spacing=_mode(spacing, size * 1.5),
    )


def _edge_lines(page: list[PdfLine]) -> tuple[list[PdfLine], list[PdfLine]]:
    """The page's topmost and bottommost lines by position (content order may differ)."""
    ordered = sorted(page, key=lambda line: -line.y)
    return ordered[:FURNITURE_DEPTH], ordered[::-1][:FURNITURE_DEPTH]


def remove_furniture(pages: list[list[PdfLine]], body_size: float) -> list[list[PdfLine]]:
    """Drop page numbers and running heads/feet: lines at a page's top or bottom edge, set no
    larger than the body text, that look like a page number or repeat across pages."""
    def key(line: PdfLine) -> str:
        return _DIGITS.sub("#", line.text.replace(" ", ""))

    seen = Counter()
    for page in pages:
        top, bottom = _edge_lines(page)
        seen.update({key(line) for line in top + bottom})
    repeats = max(2, len(pages) // 3) if len(pages) > 2 else len(pages) + 1

    def furniture(line: PdfLine) -> bool:
        if line.size > body_size + 0.5:
            return False
        return bool(_PAGE_NUMBER.match(line.text)) or seen[key(line)] >= repeats

    kept = []
    for page in pages:
        top, bottom = _edge_lines(page)
        dropped: set[int] = set()
        for edge in (top, bottom):
            for line in edge:
                if not furniture(line):
                    break
                dropped.add(id(line))
        kept.append([line for line in page if id(line) not in dropped])
    return kept


def heading_levels(pages: list[list[PdfLine]], metrics: BodyMetrics) -> dict[float, int]:
    """Font size → heading level for sizes clearly above the body's, largest first."""
    sizes = sorted({round(line.size * 2) / 2 for page in pages for line in page
                    if line.size >= metrics.size + HEADING_SIZE_STEP}, reverse=True)
    return {size: min(level, 6) for level, size in enumerate(sizes, start=1)}


def _starts_block(previous: PdfLine, line: PdfLine, metrics: BodyMetrics, same_page: bool = True) -> bool:
    em = metrics.size
    if abs(previous.size - line.size) > 0.6 or previous.fully_bold != line.fully_bold:
        return True
    if previous.cells or line.cells:
        return True
    if line.x0 > metrics.left + INDENT_EMS * em:
        return True
    if previous.x1 < metrics.right - SHORT_LINE_EMS * max(previous.size, em):
        return True
    if _SENTENCE_END.search(previous.text.rstrip()) and match_marker(line.text) is not None:
        # A sentence ran to the margin and the next line opens with a section marker
        # (（四）, 五、): a new section, even where the layout sets no indent to show it.
        return True
    return same_page and previous.y - line.y > GAP_FACTOR * metrics.spacing


def _join_text(builder: TextBuilder, line: PdfLine) -> None:
    """Append a line; a line end between CJK characters is no space, between words one."""
    before = builder.text[-1:]
    if before and not (is_cjk(before) or is_cjk(line.text[:1])) and not before.isspace():
        builder.add(" ")
    start = 0
    for index in range(1, len(line.text) + 1):
        if index == len(line.text) or line.bold[index] != line.bold[start]:
            style = frozenset({SpanStyle.BOLD}) if line.bold[start] else frozenset()
            builder.add(line.text[start:index], style)
            start = index


def _centred(line: PdfLine, metrics: BodyMetrics) -> bool:
    before, after = line.x0 - metrics.left, metrics.right - line.x1
    margin = CENTRED_EMS * metrics.size
    return before > margin and after > margin and abs(before - after) < margin


def page_blocks(lines: list[PdfLine], metrics: BodyMetrics, levels: dict[float, int],
                table_row: list[int], previous_last: PdfLine | None = None,
                centred: set[int] | None = None) -> list[RawBlock]:
    """One page's lines grouped into blocks, each marked with the page.

    ``previous_last`` is the previous page's last line: when the layout shows this page's
    first paragraph going on from it, the block says so (``continues_previous``).  The indices
    of blocks whose every line is centred are added to ``centred`` when it is given.
    """
    blocks: list[RawBlock] = []
    group: list[PdfLine] = []

    def close() -> None:
        if not group:
            return
        if group[0].cells:
            blocks.extend(_row_cells(group[0], table_row))
        else:
            builder = TextBuilder()
            for line in group:
                _join_text(builder, line)
            level = levels.get(round(group[0].size * 2) / 2, 0)
            _mark_urls(builder)
            if level:
                block = builder.block(BlockKind.HEADING, heading_level=level)
            else:
                block = builder.block()
            block.pages = [(0, group[0].page)]
            if block.text:
                if centred is not None and all(_centred(line, metrics) for line in group):
                    centred.add(len(blocks))
                blocks.append(block)
            table_row[0] = -1
        group.clear()

    for line in lines:
        if group and _starts_block(group[-1], line, metrics):
            close()
        group.append(line)
    close()
    if blocks and lines and previous_last is not None and blocks[0].kind is BlockKind.PARAGRAPH:
        blocks[0].continues_previous = not _starts_block(previous_last, lines[0], metrics, same_page=False)
    return blocks


def _mark_urls(builder: TextBuilder) -> None:
    """Web addresses in the text are links (a PDF's link annotations are not read)."""
    text = builder.text
    for match in _URL.finditer(text):
        builder.spans.append(InlineSpan(match.start(), match.end(), SpanStyle.LINK, match.group()))


def _row_cells(line: PdfLine, table_row: list[int]) -> list[RawBlock]:
    table_row[0] += 1
    cells = []
    for col, (start, end) in enumerate(line.cells):
        text = line.text[start:end].strip()
        if text:
            cells.append(RawBlock(kind=BlockKind.TABLE_CELL, text=text, top_level=False,
                                  table_row=table_row[0], table_col=col, pages=[(0, line.page)]))
    return cells


def layout_blocks(pages: list[list[PdfLine]]) -> list[RawBlock]:
    pages = remove_furniture(pages, body_metrics(pages).size)
    metrics = body_metrics(pages)
    levels = heading_levels(pages, metrics)
    blocks: list[RawBlock] = []
    table_row = [-1]
    previous_last = None
    centred: set[int] = set()   # on the first page, where a title set in the body size sits
    for lines in pages:
        blocks.extend(page_blocks(lines, metrics, levels, table_row, previous_last,
                                  centred if not blocks else None))
        previous_last = lines[-1] if lines else previous_last
    return mark_leading_title(_lone_rows_as_paragraphs(blocks), centred)


def _lone_rows_as_paragraphs(blocks: list[RawBlock]) -> list[RawBlock]:
    """A single line with wide gaps is no table: two issuing organs side by side under a notice
    (海南省农业农村厅　　海南省财政厅) read as one line.  A table needs two rows."""
    result: list[RawBlock] = []
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and blocks[end].kind is BlockKind.TABLE_CELL:
            end += 1
        run = blocks[index:end]
        if run and all(cell.table_row == run[0].table_row for cell in run):
            result.append(RawBlock(kind=BlockKind.PARAGRAPH, text=" ".join(cell.text for cell in run),
                                   pages=run[0].pages))
            index = end
        elif run:
            result.extend(run)
            index = end
        else:
            result.append(blocks[index])
            index += 1
    return result
