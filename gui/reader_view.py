"""The reading pane: renders a document, tracks the reading position, paints highlights.

Highlights are painted by ``paintEvent`` as fills under the text, and only those that intersect
the visible part of the document (:mod:`gui.reader_layers` keeps them and the find matches
sorted for that); a PDF report's page marks are painted in the margin the same way
(:mod:`gui.reader_pages`).  Positions cross into Qt only through :class:`ReaderText`.
"""
from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit, QToolTip

from gui import typography
from gui.reader_layers import Highlight, HighlightLayer, MatchLayer
from gui.reader_pages import PageMarks, page_tooltip
from gui.reader_text import ReaderText


class ReaderView(QTextEdit):
    """Read-only rich text view with source-offset based navigation and highlights."""

    topOffsetChanged = Signal(int)          # source offset at the top of the viewport
    highlightClicked = Signal(str)          # annotation id
    selectionFinished = Signal()            # mouse/keyboard selection settled

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # the main window takes dropped files
        self.viewport().setMouseTracking(True)
        self.reader_text: ReaderText | None = None
        self.tooltip_provider = None   # Callable[[Highlight], str] | None: hover text on demand
        self._doc: QTextDocument | None = None   # documents we built (Qt deletes its default one)
        self._layer = HighlightLayer(self.document)
        self._matches = MatchLayer()
        self.page_marks = PageMarks()
        self._visible_range = (0, 0)   # Qt positions on screen, as of the last refresh
        self._max_width_em = typography.MAX_LINE_EM
        self._point_size = 15
        self._relayout_timer = QTimer(self, singleShot=True, interval=0)
        self._relayout_timer.timeout.connect(self._refresh_visible)
        self._scroll_timer = QTimer(self, singleShot=True, interval=40)
        self._scroll_timer.timeout.connect(self._emit_top)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- content ------------------------------------------------------------------------------
    def set_content(self, reader_text: ReaderText, doc: QTextDocument, point_size: int) -> None:
        old = self._doc
        if self.reader_text is not None and self.reader_text.document.id != reader_text.document.id:
            self._matches.set([], None)   # another text
        doc.setParent(self)
        self.reader_text = self._layer.reader_text = reader_text
        self._point_size = point_size
        self.page_marks.set(reader_text, doc.defaultFont())
        self.setDocument(doc)
        self._doc = doc
        if old is not None and old is not doc:
            old.deleteLater()
        doc.documentLayout().documentSizeChanged.connect(self._on_layout_changed)
        self._apply_measure()
        self._layer.remap()
        self._refresh_visible()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._layer.layout_changed()
        self._apply_measure()
        self._refresh_visible()

    def _on_layout_changed(self, _size=None) -> None:
        """The layout moved text (lazy layout progressing, a relayout): cached rectangles and the
        visible set are stale; recompute once the burst of size changes is over."""
        self._layer.layout_changed()
        if not self._relayout_timer.isActive():
            self._relayout_timer.start()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:   # highlight fills depend on the palette
            self.viewport().update()

    def _apply_measure(self) -> None:
        """Centre a readable line length by widening the root frame's side margins."""
        doc = self.document()
        if doc is None:
            return
        char_px = self.fontMetrics().horizontalAdvance("中") * self._point_size / max(1, self.font().pointSize())
        max_px = int(char_px * self._max_width_em)
        side = max(8, self.page_marks.gutter(), (self.viewport().width() - max_px) // 2)
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    # -- positions -------------------------------------------------------------------------
    def top_offset(self) -> int:
        """Source offset of the first character visible at the top of the viewport."""
        if self.reader_text is None:
            return 0
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, 4))
        return self.reader_text.source_of_qt(cursor.position())

    def scroll_to_offset(self, source_offset: int) -> None:
        """Put the line holding ``source_offset`` at the top of the viewport."""
        if self.reader_text is None:
            return
        position = self.reader_text.qt_of_source(source_offset)
        block = self.document().findBlock(position)
        if not block.isValid():
            return
        layout = self.document().documentLayout()
        top = layout.blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(position - block.position())
        if line.isValid():
            top += line.y()
        cursor = QTextCursor(block)
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(int(top))
        self._emit_top()

    def selected_source_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if self.reader_text is None or not cursor.hasSelection():
            return None
        start, end = self.reader_text.source_range_of_qt(cursor.selectionStart(), cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_source_range(self, start: int, end: int, scroll: bool = True) -> None:
        if self.reader_text is None:
            return
        if scroll:
            self.scroll_to_offset(start)
        qs, qe = self.reader_text.qt_range_of_source(start, end)
        cursor = self.textCursor()
        cursor.setPosition(qs)
        cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def scroll_to_top(self) -> None:
        """Show the start, and say so at once: a new document shown at the top may not scroll
        at all, and then no scroll would announce its position (the section label's title)."""
        self.verticalScrollBar().setValue(0)
        self.topOffsetChanged.emit(0)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def _on_scrolled(self) -> None:
        self._refresh_visible()
        self._scroll_timer.start()

    def _emit_top(self) -> None:
        self.topOffsetChanged.emit(self.top_offset())

    # -- highlights ------------------------------------------------------------------------
    def set_highlights(self, highlights: list[Highlight], qt_ranges: list[tuple[int, int, str]] | None = None,
                       reader_text: ReaderText | None = None) -> None:
        """Replace every highlight (maps them all: use the incremental calls for one change).

        ``qt_ranges``: the result of :func:`qt_ranges_of` for ``reader_text``, computed ahead;
        used when that is still the text shown, else everything is remapped.
        """
        self._layer.replace(highlights, qt_ranges, reader_text)
        self._refresh_visible()

    @property
    def highlight_count(self) -> int:
        return len(self._layer.by_id)

    @property
    def focused_highlight(self) -> str | None:
        return self._layer.focused_id

    def add_highlight(self, highlight: Highlight) -> None:
        """Add (or replace) one highlight in O(log n) + a repaint of the visible ones.

        With 10,000 highlights, remapping all of them on every edit would cost more than a frame.
        """
        self._refresh_visible(self._layer.add(highlight))

    def update_highlight(self, highlight: Highlight) -> None:
        """Repaint one highlight whose colour, note or range changed."""
        self.add_highlight(highlight)

    def remove_highlight(self, annotation_id: str) -> None:
        dirty = self._layer.remove(annotation_id)
        if dirty is not None:
            self._refresh_visible(dirty)

    def highlight(self, annotation_id: str) -> Highlight | None:
        return self._layer.by_id.get(annotation_id)

    def set_focused_highlight(self, annotation_id: str | None) -> None:
        if annotation_id == self._layer.focused_id:
            return   # the panel re-selects the focused row after every sort or filter change
        self._refresh_visible(self._layer.focus(annotation_id))

    def highlights_at(self, source_offset: int) -> list[Highlight]:
        return self._layer.at(source_offset)

    def visible_qt_range(self) -> tuple[int, int]:
        """Qt positions of the first and past the last block on screen.

        Walks the visible blocks' layout rectangles instead of hit-testing the bottom corner:
        right after a document is shown, the hit test answers "end of document", which would
        paint every one of 10,000 highlights.
        """
        first = self.cursorForPosition(QPoint(0, 0)).position()
        doc = self.document()
        layout = doc.documentLayout()
        bottom = self.verticalScrollBar().value() + self.viewport().height()
        block = doc.findBlock(first)
        last = first
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.height() <= 0 or rect.top() > bottom:
                break
            last = block.position() + block.length()
            block = block.next()
        return first, last + 1

    def _refresh_visible(self, dirty: list[QRectF] | None = None) -> None:
        """Work out which highlights and matches are on screen (bisection), then repaint.

        ``dirty``: document rectangles that changed (one added highlight); only they are
        repainted.  None repaints the whole viewport (scrolling, a new set of highlights).
        """
        if not self._layer and not self._matches:
            self._layer.visible = []
            if self.extraSelections():
                self.setExtraSelections([])
            if self.page_marks:
                self._visible_range = self.visible_qt_range()
            self._repaint(dirty)
            return
        first, last = self._visible_range = self.visible_qt_range()
        self._layer.find_visible(first, last)
        self.setExtraSelections(self._matches.selections(self.document(), self.reader_text, self.palette(),
                                                         first, last))
        self._repaint(dirty)

    def _repaint(self, dirty: list[QRectF] | None) -> None:
        if dirty is None:
            self.viewport().update()
            return
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        for rect in dirty:
            self.viewport().update(rect.translated(-dx, -dy).toAlignedRect().adjusted(-2, -2, 2, 3))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Highlight fills under the text, then the text, then note and focus underlines and
        page marks."""
        if self.document() is None or (not self._layer.visible and not self.page_marks):
            super().paintEvent(event)
            return
        palette = self.palette()
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        clip = QRectF(event.rect()).translated(dx, dy)
        marked = []
        if self._layer.visible:
            painter = QPainter(self.viewport())
            painter.translate(-dx, -dy)
            marked = self._layer.paint_fills(painter, clip, palette)
            painter.end()
        super().paintEvent(event)
        if not marked and not self.page_marks:
            return
        painter = QPainter(self.viewport())
        painter.translate(-dx, -dy)
        if marked:
            self._layer.paint_marks(painter, marked, palette)
        if self.page_marks:
            self.page_marks.paint(painter, self.document(), self.visible_page_marks(), clip, palette)
        painter.end()

    def visible_page_marks(self):
        """The page marks on screen (PDF reports; none for other formats)."""
        return self.page_marks.between(*self._visible_range)

    # -- find matches ----------------------------------------------------------------------
    def set_search_matches(self, ranges: Sequence[tuple[int, int]], current: int | None = None) -> None:
        """Paint find matches (source ranges sorted by start) lightly, ``ranges[current]`` strongly.

        A layer separate from the highlights so find never disturbs them; like them, only the
        visible matches become ExtraSelections and each is mapped to Qt positions when painted,
        so a 10,000-match query costs a scroll no more than a 10-match one.
        """
        self._matches.set(ranges, current)
        self._refresh_visible()

    def clear_search_matches(self) -> None:
        self.set_search_matches([])

    @property
    def search_matches(self) -> list[tuple[int, int]]:
        return self._matches.ranges

    # -- mouse ------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.reader_text is None:
            return
        if self.textCursor().hasSelection():
            self.selectionFinished.emit()
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        hits = self.highlights_at(self.reader_text.source_of_qt(position))
        if hits:
            self.highlightClicked.emit(min(hits, key=lambda h: h.end - h.start).id)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        super().keyReleaseEvent(event)
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self.textCursor().hasSelection():
            self.selectionFinished.emit()

    def event(self, event) -> bool:  # noqa: D401 - Qt API
        if event.type() == QEvent.Type.ToolTip and self.reader_text is not None:
            point = self.viewport().mapFromGlobal(event.globalPos())
            page = self.page_at_point(point)
            text = html.escape(page_tooltip(page)) if page is not None else self._tooltip_at(self.cursorForPosition(point))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_for(self, highlight: Highlight) -> str:
        """Plain-text hover text of ``highlight``: its own, else asked of ``tooltip_provider``
        (built on hover, so opening 10,000 highlights does not format 10,000 tooltips)."""
        if highlight.tooltip or self.tooltip_provider is None:
            return highlight.tooltip
        return self.tooltip_provider(highlight)

    def page_at_point(self, point: QPoint) -> int | None:
        """The page whose margin label is under ``point`` (viewport coordinates)."""
        if not self.page_marks:
            return None
        at = QPointF(point) + QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        return self.page_marks.label_at(self.document(), self.visible_page_marks(), at)

    def _tooltip_at(self, cursor: QTextCursor) -> str:
        """Rich-text tooltip whose every user string is escaped: notes are shown, never rendered."""
        parts = []
        offset = self.reader_text.source_of_qt(cursor.position())
        for h in self.highlights_at(offset):
            tip = self.tooltip_for(h)
            if tip:
                parts.append(html.escape(tip))
        href = cursor.charFormat().property(QTextFormat.Property.UserProperty)
        if isinstance(href, str) and href:
            parts.append(html.escape(href))
        repair = cursor.charFormat().property(typography.REPAIR_PROPERTY)
        if isinstance(repair, str) and repair:
            parts.append(html.escape(repair))
        if not parts:
            return ""
        body = "<hr/>".join(parts)
        return f"<div style='white-space:pre-wrap; max-width:36em'>{body}</div>"
