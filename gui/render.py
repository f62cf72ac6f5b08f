"""Building the reader's QTextDocument from a Document's blocks.

One QTextBlock per canonical line, so Qt positions equal display offsets in UTF-16 units;
line breaks inside a block become U+2028 (one unit, no new block).  Raw HTML from the file is
inserted as plain text — nothing here ever parses markup.  Big documents are built in slices
from the event loop (see :class:`DocumentBuilder`) so the window never freezes.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import (
    QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat,
)

from document.model import Block, BlockKind, BlockRole, Repair, RepairKind, SpanStyle
from gui import typography
from gui.reader_text import ReaderText

LINE_SEPARATOR = "\u2028"
#: Front matter and a 目录 block are set apart from the body (see docs/documents.md):
#: role → (centred, muted, italic).
_SET_APART = {
    BlockRole.DATELINE: (True, False, False), BlockRole.SPEAKER: (True, False, False),
    BlockRole.META: (False, True, False), BlockRole.CONTENTS: (False, True, False),
    BlockRole.CAPTION: (False, True, True),
}
SLICE_BLOCKS = 400


def _outline_levels(reader_text: ReaderText) -> dict[int, tuple[int, int]]:
    """block index → (outline level, title length in source characters)."""
    return {e.block_index: (e.level, len(e.title)) for e in reader_text.document.entries()}


class _Writer:
    """Appends blocks to a QTextDocument through one cursor."""

    def __init__(self, doc: QTextDocument, reader_text: ReaderText, palette: QPalette, point_size: int):
        self.doc = doc
        self.rt = reader_text
        self.palette = palette
        self.size = point_size
        self.cursor = QTextCursor(doc)
        self.levels = _outline_levels(reader_text)
        self.title_blocks = _title_block_count(reader_text)
        self.repairs = reader_text.document.repairs   # in offset order
        self.next_repair = 0
        self._made: dict[tuple, tuple[QTextBlockFormat, QTextCharFormat]] = {}
        self.first = True
        self.current_list = None
        self.current_list_key = None

    def write(self, index: int, block: Block) -> None:
        block_fmt, char_fmt = self._formats(index, block)
        if self.first:
            self.cursor.setBlockFormat(block_fmt)
            self.cursor.setBlockCharFormat(char_fmt)
            self.first = False
        else:
            self.cursor.insertBlock(block_fmt, char_fmt)
        self._attach_list(block)
        self._write_text(index, block, char_fmt)

    def _formats(self, index: int, block: Block) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """The block's formats, made once per kind of block: a 1 MB report has thousands of
        paragraphs with the same two formats (never modified once made)."""
        key = self._format_key(index, block)
        formats = self._made.get(key)
        if formats is None:
            formats = self._made[key] = self._make_formats(key)
        return formats

    def _format_key(self, index: int, block: Block) -> tuple:
        kind = block.kind
        if index < self.title_blocks or block.role is BlockRole.TITLE:
            return ("heading", 0)
        if block.role in _SET_APART:
            return ("role", block.role)
        if index in self.levels and (kind is BlockKind.HEADING or self._title_only(index, block)):
            # Styled by outline level, whether the source used ####, ## or a plain paragraph.
            return ("heading", self.levels[index][0])
        if kind is BlockKind.HEADING:
            return ("heading", 4)
        if kind in (BlockKind.CODE, BlockKind.HTML):
            return ("code",)
        if kind is BlockKind.QUOTE:
            return ("quote", block.depth)
        if kind is BlockKind.LIST_ITEM:
            return ("list",)
        if kind is BlockKind.TABLE_CELL:
            return ("cell", min(block.table_col, 4), block.table_row % 2 == 0, block.table_row == 0)
        return ("paragraph",)

    def _make_formats(self, key: tuple) -> tuple[QTextBlockFormat, QTextCharFormat]:
        kind = key[0]
        if kind == "heading":
            return typography.heading_format(key[1], self.size)
        if kind == "role":
            return self._role_format(key[1])
        if kind == "code":
            return typography.code_format(self.palette, self.size)
        if kind == "quote":
            return typography.indented_format(key[1], self.size), typography.quote_char_format(self.palette)
        if kind == "list":
            return typography.indented_format(0, self.size), QTextCharFormat()
        if kind == "cell":
            _kind, column, shaded, header = key
            fmt = typography.indented_format(1 + column, self.size)
            if shaded:
                fmt.setBackground(typography.subtle_background(self.palette))
            char = QTextCharFormat()
            if header:
                char.setFontWeight(QFont.Weight.Bold)
            return fmt, char
        return typography.paragraph_format(self.size), QTextCharFormat()

    def _role_format(self, role: BlockRole) -> tuple[QTextBlockFormat, QTextCharFormat]:
        centered, muted, italic = _SET_APART[role]
        return typography.front_matter_format(self.palette, self.size, centered=centered, muted=muted, italic=italic)

    def _title_only(self, index: int, block: Block) -> bool:
        """A paragraph that is nothing but its section title (（一）以制造业振兴为重点……。)."""
        if block.kind is not BlockKind.PARAGRAPH:
            return False
        text = self.rt.document.text[block.start:block.end].strip().rstrip("。；：")
        return len(text) <= self.levels[index][1]

    def _attach_list(self, block: Block) -> None:
        """List markers are decorations drawn by Qt, not text — as in HTML's text content."""
        if block.kind is not BlockKind.LIST_ITEM:
            self.current_list, self.current_list_key = None, None
            return
        if not block.marker:
            return  # a continuation paragraph of the same item
        ordered = block.marker[0].isdigit()
        key = (block.depth, ordered)
        if self.current_list is None or key != self.current_list_key:
            fmt = QTextListFormat()
            fmt.setStyle(QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc)
            fmt.setIndent(max(1, block.depth))
            if ordered:
                fmt.setStart(int("".join(ch for ch in block.marker if ch.isdigit()) or 1))
            self.current_list = self.cursor.createList(fmt)
            self.current_list_key = key
        else:
            self.current_list.add(self.cursor.block())

    def _write_text(self, index: int, block: Block, base: QTextCharFormat) -> None:
        rt = self.rt
        start, end = rt.to_display(block.start), rt.to_display(block.end)
        text = rt.text[start:end]
        styled = self._span_formats(index, block, base)
        if not styled:
            self.cursor.insertText(text.replace("\n", LINE_SEPARATOR), base)
            return
        # Cut the block at every span boundary and insert each piece with its merged format.
        cuts = sorted({0, len(text)} | {max(0, min(len(text), s - start)) for s, e, _ in styled}
                      | {max(0, min(len(text), e - start)) for s, e, _ in styled})
        for left, right in zip(cuts, cuts[1:]):
            fmt = QTextCharFormat(base)
            for s, e, extra in styled:
                if s - start <= left and right <= e - start:
                    fmt.merge(extra)
            self.cursor.insertText(text[left:right].replace("\n", LINE_SEPARATOR), fmt)

    def _span_formats(self, index: int, block: Block, base: QTextCharFormat) -> list[tuple[int, int, QTextCharFormat]]:
        rt = self.rt
        styled = []
        for span in block.spans:
            s, e = rt.display_range(span.start, span.end)
            styled.append((s, e, self._span_format(span.style, span.href)))
        if index in self.levels and block.kind is BlockKind.PARAGRAPH and not self._title_only(index, block):
            # A run-in section title (（二）扎实开展……。制定……) reads as a bold lead-in.
            title_len = self.levels[index][1]
            s, e = rt.display_range(block.start, block.start + title_len)
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            styled.append((s, e, bold))
        styled.extend(self._repair_marks(block))
        return styled

    def _repair_marks(self, block: Block) -> list[tuple[int, int, QTextCharFormat]]:
        """Faint marks on the character where a sentence was joined or a line left out."""
        repairs = self.repairs
        while self.next_repair < len(repairs) and repairs[self.next_repair].offset < block.start:
            self.next_repair += 1
        at_char: dict[int, list[str]] = {}   # several lines left out in a row share one mark
        while self.next_repair < len(repairs) and repairs[self.next_repair].offset <= block.end:
            repair = repairs[self.next_repair]
            self.next_repair += 1
            if block.end > block.start:
                at_char.setdefault(min(repair.offset, block.end - 1), []).append(repair_explanation(repair))
        marks = []
        for at, explanations in at_char.items():
            s, e = self.rt.display_range(at, at + 1)
            marks.append((s, e, typography.repair_mark_format(self.palette, "\n".join(explanations))))
        return marks

    def _span_format(self, style: SpanStyle, href: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if style is SpanStyle.BOLD:
            fmt.setFontWeight(QFont.Weight.Bold)
        elif style is SpanStyle.ITALIC:
            fmt.setFontItalic(True)
        elif style is SpanStyle.STRIKE:
            fmt.setFontStrikeOut(True)
        elif style is SpanStyle.CODE:
            fmt.setFontFamilies(typography.MONO_FAMILIES)
            fmt.setBackground(typography.subtle_background(self.palette))
        elif style is SpanStyle.LINK:
            fmt = typography.link_char_format(self.palette, href)
        return fmt


def repair_explanation(repair: Repair) -> str:
    """Plain-text hover text of a repair mark (the reason is an English phrase from document/)."""
    if repair.kind is RepairKind.JOIN:
        return QCoreApplication.translate("Reader", "Joined here: {reason} (source line {line})").format(
            reason=repair.reason, line=repair.origin)
    return QCoreApplication.translate("Reader", "Left out here: “{text}” — {reason} (source line {line})").format(
        text=repair.text, reason=repair.reason, line=repair.origin)


def _title_block_count(reader_text: ReaderText) -> int:
    from document.outline import leading_title_blocks

    return leading_title_blocks(list(reader_text.document.blocks))


def new_text_document(point_size: int, parent: QObject | None = None) -> QTextDocument:
    doc = QTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(typography.reading_font(point_size))
    doc.setDocumentMargin(24)
    return doc


def build_document(reader_text: ReaderText, palette: QPalette, point_size: int,
                   parent: QObject | None = None) -> QTextDocument:
    """Build the whole QTextDocument at once (small documents, tests, benchmarks)."""
    doc = new_text_document(point_size, parent)
    writer = _Writer(doc, reader_text, palette, point_size)
    for index, block in enumerate(reader_text.document.blocks):
        writer.write(index, block)
    return doc


class DocumentBuilder(QObject):
    """Builds a QTextDocument slice by slice from the event loop, reporting progress."""

    progress = Signal(int, int)        # blocks done, total
    finished = Signal(QTextDocument)

    def __init__(self, reader_text: ReaderText, palette: QPalette, point_size: int, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = new_text_document(point_size, None)
        self._writer = _Writer(self.doc, reader_text, palette, point_size)
        self._blocks = reader_text.document.blocks
        self._next = 0
        self._cancelled = False

    def start(self) -> None:
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        self._cancelled = True

    def _step(self) -> None:
        if self._cancelled:
            return
        stop = min(len(self._blocks), self._next + SLICE_BLOCKS)
        for index in range(self._next, stop):
            self._writer.write(index, self._blocks[index])
        self._next = stop
        self.progress.emit(stop, len(self._blocks))
        if stop < len(self._blocks):
            QTimer.singleShot(0, self._step)
        else:
            self.finished.emit(self.doc)
