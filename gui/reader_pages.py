"""Faint marks where each printed page of a PDF report begins, drawn in the reader's margin.

A page mark is painted, never inserted: it is no character of the QTextDocument, so it takes
no offset, cannot be selected or copied, and leaves every source ↔ Qt mapping alone.  The
convention is a scholarly edition's: the page number ("p. 12", :func:`gui.core.pages.page_citation`)
stands in the margin beside the line where the page begins, and a hairline marks the exact
place — across the column above a paragraph that opens the page, or a corner (⌜) between the
two characters where a paragraph runs on from the previous page (a plain stroke would read as
the text cursor).  Colours derive from the
palette (:func:`gui.typography.muted_color`), so the marks stay faint in light and dark themes.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QTextDocument

from gui import typography
from gui.core.pages import page_citation
from gui.reader_text import ReaderText

LABEL_SCALE = 0.72   # of the reading font
LABEL_GAP = 14       # pixels between a label and the text column
RULE_ALPHA = 140     # of the muted colour: fainter than the labels


@dataclass(frozen=True)
class PageMark:
    position: int   # Qt position of the page's first character
    page: int


@dataclass(frozen=True)
class PlacedMark:
    """A mark laid out in document coordinates."""

    mark: PageMark
    label: QRectF       # where the "p. 12" label is drawn
    rule: tuple[QPointF, ...]   # the hairline's points (none at the very top of the text)


class PageMarks:
    """The page starts of the shown document in Qt positions, and how to paint them."""

    def __init__(self) -> None:
        self.marks: list[PageMark] = []
        self._positions: list[int] = []
        self._font = QFont()

    def __bool__(self) -> bool:
        return bool(self.marks)

    def set(self, reader_text: ReaderText | None, reading_font: QFont) -> None:
        """Map the document's page starts (source offsets) into the view's Qt positions."""
        starts = reader_text.document.page_starts if reader_text is not None else ()
        self.marks = [PageMark(reader_text.qt_of_source(start), page) for start, page in starts]
        self._positions = [mark.position for mark in self.marks]
        self._font = QFont(reading_font)
        self._font.setPointSizeF(max(7.0, reading_font.pointSizeF() * LABEL_SCALE))

    def gutter(self) -> int:
        """Pixels the left margin needs so the widest label fits beside the column."""
        if not self.marks:
            return 0
        widest = page_citation(max(mark.page for mark in self.marks))
        return int(QFontMetricsF(self._font).horizontalAdvance(widest)) + 2 * LABEL_GAP

    def between(self, first: int, last: int) -> list[PageMark]:
        """Marks whose page begins at a Qt position in ``[first, last]`` (a bisection)."""
        return self.marks[bisect_left(self._positions, first):bisect_right(self._positions, last)]

    def place(self, doc: QTextDocument, mark: PageMark) -> PlacedMark | None:
        """Where ``mark``'s label and hairline go, from the line that holds its position."""
        block = doc.findBlock(mark.position)
        layout = block.layout() if block.isValid() else None
        if layout is None or layout.lineCount() == 0:
            return None
        in_block = mark.position - block.position()
        line = layout.lineForTextPosition(in_block)
        if not line.isValid():
            return None
        origin = layout.position()
        top = origin.y() + line.y()
        column_left, column_right = _column(doc)
        metrics = QFontMetricsF(self._font)
        text = page_citation(mark.page)
        width = metrics.horizontalAdvance(text)
        baseline = top + line.ascent()
        label = QRectF(column_left - LABEL_GAP - width, baseline - metrics.ascent(), width, metrics.height())
        rule: tuple[QPointF, ...] = ()
        if in_block == 0 and mark.position > 0:
            # The page opens with this paragraph: a hairline across the column, in the gap above.
            gap = doc.documentLayout().blockBoundingRect(block).top()
            y = (gap + top) / 2 if top - gap > 2 else top - 1
            rule = (QPointF(column_left, y), QPointF(column_right, y))
        elif in_block > 0:
            x, _ = line.cursorToX(in_block)
            x += origin.x()
            arm = metrics.horizontalAdvance("0")
            rule = (QPointF(x, top + line.height() - 2), QPointF(x, top + 1), QPointF(x + arm, top + 1))
        return PlacedMark(mark, label, rule)

    def paint(self, painter: QPainter, doc: QTextDocument, marks: list[PageMark], clip: QRectF,
              palette: QPalette) -> None:
        muted = typography.muted_color(palette)
        faint = QColor(muted)
        faint.setAlpha(RULE_ALPHA)
        painter.save()
        painter.setFont(self._font)
        for mark in marks:
            placed = self.place(doc, mark)
            if placed is None or not placed.label.adjusted(-4, -4, 4, 4).united(_rule_rect(placed)).intersects(clip):
                continue
            if placed.rule:
                painter.setPen(QPen(faint, 1))
                painter.drawPolyline(list(placed.rule))
            painter.setPen(muted)
            painter.drawText(placed.label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             page_citation(mark.page))
        painter.restore()

    def label_at(self, doc: QTextDocument, marks: list[PageMark], point: QPointF) -> int | None:
        """The page whose label (or hairline) is under ``point`` (document coordinates)."""
        for mark in marks:
            placed = self.place(doc, mark)
            if placed is not None and placed.label.adjusted(-4, -4, 4, 4).contains(point):
                return mark.page
        return None


def page_tooltip(page: int) -> str:
    return QCoreApplication.translate("Reader", "Page {page} of the PDF begins here").format(page=page)


def _column(doc: QTextDocument) -> tuple[float, float]:
    """The text column's left and right edges: inside the root frame's side margins."""
    fmt = doc.rootFrame().frameFormat()
    return fmt.leftMargin(), doc.size().width() - fmt.rightMargin()


def _rule_rect(placed: PlacedMark) -> QRectF:
    if not placed.rule:
        return placed.label
    xs, ys = [p.x() for p in placed.rule], [p.y() for p in placed.rule]
    return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys))).adjusted(-2, -2, 2, 2)
