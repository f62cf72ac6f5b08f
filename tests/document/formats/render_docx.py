"""Render a Markdown report as a .docx the way Word users make them, for the format tests.

Headings get heading styles; paragraphs that start with 一、 or （一） get Word automatic
numbering (the label is not typed, Word computes it) when the label is the next number of its
level, as in a report written in Word; bold runs, tables and bullet lists are kept.  With
``plain=True`` the file looks like a WPS copy: every paragraph Normal, labels typed, the title
centred.
"""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from document.blocks import RawBlock, parse_blocks
from document.model import BlockKind, InlineSpan, SpanStyle
from document.numbering import match_marker

_NUMBERING = f"""<w:numbering {nsdecls('w')}>
  <w:abstractNum w:abstractNumId="90">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
      <w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
      <w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>
</w:numbering>"""


def _auto_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    definitions = parse_xml(_NUMBERING)
    for child in list(definitions):
        if child.tag.endswith("abstractNum"):
            numbering.insert(0, child)
        else:
            numbering.append(child)


def _number(paragraph, level: int) -> None:
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
    ))


def _hyperlink(paragraph, text: str, url: str) -> None:
    rel = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel}"><w:r><w:t xml:space="preserve">'
        f'{escape(text)}</w:t></w:r></w:hyperlink>'
    ))


def _add_runs(paragraph, block: RawBlock, skip: int) -> None:
    """The block's text from ``skip`` on, split into runs at bold/italic/link boundaries."""
    cuts = {skip, len(block.text)}
    for span in block.spans:
        cuts.update((max(span.start, skip), max(span.end, skip)))
    points = sorted(c for c in cuts if skip <= c <= len(block.text))
    for start, end in zip(points, points[1:]):
        covering = {s.style: s for s in block.spans if s.start <= start and s.end >= end}
        if SpanStyle.LINK in covering:
            _hyperlink(paragraph, block.text[start:end], covering[SpanStyle.LINK].href)
            continue
        run = paragraph.add_run(block.text[start:end])
        run.bold = SpanStyle.BOLD in covering or None
        run.italic = SpanStyle.ITALIC in covering or None


class _Counters:
    def __init__(self) -> None:
        self.values = [0, 0]

    def take(self, rank: int, number: int) -> bool:
        """Whether ``number`` is the next label of ``rank`` (then Word can generate it)."""
        if self.values[rank - 1] + 1 != number:
            return False
        self.values[rank - 1] = number
        if rank == 1:
            self.values[1] = 0
        return True


def _table(document, cells: list[RawBlock]) -> None:
    rows = max(c.table_row for c in cells) + 1
    cols = max(c.table_col for c in cells) + 1
    table = document.add_table(rows=rows, cols=cols)
    for cell in cells:
        table.cell(cell.table_row, cell.table_col).text = cell.text


def render_docx(markdown: str, plain: bool = False) -> bytes:
    document = new_docx()
    _auto_numbering(document)
    counters = _Counters()
    blocks = parse_blocks(markdown)
    index = 0
    leading = True
    while index < len(blocks):
        block = blocks[index]
        if block.kind is BlockKind.TABLE_CELL:
            end = index
            while end < len(blocks) and blocks[end].kind is BlockKind.TABLE_CELL:
                end += 1
            _table(document, blocks[index:end])
            index = end
            continue
        index += 1
        is_title = leading and block.kind is BlockKind.HEADING and block.heading_level == 1
        leading = is_title
        marker = match_marker(block.text, ranks=(1, 2))
        auto = not plain and marker is not None and counters.take(marker.rank, marker.number)
        if plain or block.kind is not BlockKind.HEADING:
            style = "List Bullet" if block.kind is BlockKind.LIST_ITEM and not plain else None
            paragraph = document.add_paragraph(style=style)
        else:
            paragraph = document.add_heading(level=block.heading_level if not is_title else 0)
        if plain and is_title:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if plain and block.kind is BlockKind.HEADING and not is_title:
            block.spans = [InlineSpan(0, len(block.text), SpanStyle.BOLD)]   # WPS bolds headings
        if auto:
            _number(paragraph, marker.rank - 1)
        _add_runs(paragraph, block, marker.length if auto else 0)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()
