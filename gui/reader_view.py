"""The reading pane: renders a document, tracks the reading position, paints highlights.

Highlights are painted by ``paintEvent`` as fills under the text, and only those that intersect
the visible part of the document: with 10,000 highlights a scroll or an added highlight touches
the few hundred on screen, not all of them.  (Find matches remain ExtraSelections.)  Positions cross into Qt only through :class:`ReaderText`.
"""
from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit, QToolTip

from gui import typography
from gui.reader_text import ReaderText


_MATCH_COLOR = "#f5d76e"          # find matches: a light marker yellow
_CURRENT_MATCH_COLOR = "#f39c3d"  # the current match: orange, as browsers paint it


@dataclass(frozen=True)
class Highlight:
    """What the reader needs to paint one annotation (source offsets)."""

    id: str
    start: int
    end: int
    color: str
    has_note: bool = False
    tooltip: str = ""   # plain text; escaped before display


def qt_ranges_of(reader_text: ReaderText, highlights) -> list[tuple[int, int, str]]:
    """(Qt start, Qt end, id) of each highlight in ``reader_text``, sorted.  Pure Python on
    immutable values, so it may run in a worker thread."""
    convert = reader_text.qt_range_of_source
    ranges = [(*convert(h.start, h.end), h.id) for h in highlights]
    ranges.sort()
    return ranges


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
        self._highlights: dict[str, Highlight] = {}
        self._qt_ranges: list[tuple[int, int, str]] = []   # (qt start, qt end, id) sorted
        self._starts: list[int] = []
        self._longest = 0
        self._focused_id: str | None = None
        # Highlights are painted by paintEvent as rectangles under the text, not as
        # ExtraSelections: QTextLayout redraws the glyphs of every ExtraSelection, so 300
        # visible highlights cost 300 text redraws (4x a plain repaint).  Rectangles are cached
        # per highlight in document coordinates until the layout changes.
        self._visible_highlights: list[tuple[int, int, Highlight]] = []
        self._rect_cache: dict[str, list[QRectF]] = {}
        # Find matches: a layer of their own, painted above the highlights (source ranges).
        self._match_ranges: list[tuple[int, int]] = []
        self._match_starts: list[int] = []
        self._match_longest = 0
        self._match_current: int | None = None
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
            self._match_ranges, self._match_starts, self._match_current = [], [], None   # another text
        doc.setParent(self)
        self.reader_text = reader_text
        self._point_size = point_size
        self.setDocument(doc)
        self._doc = doc
        if old is not None and old is not doc:
            old.deleteLater()
        self._rect_cache.clear()
        doc.documentLayout().documentSizeChanged.connect(self._on_layout_changed)
        self._apply_measure()
        self._map_highlights()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._rect_cache.clear()
        self._apply_measure()
        self._refresh_visible()

    def _on_layout_changed(self, _size=None) -> None:
        """The layout moved text (lazy layout progressing, a relayout): cached rectangles and the
        visible set are stale; recompute once the burst of size changes is over."""
        self._rect_cache.clear()
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
        side = max(8, (self.viewport().width() - max_px) // 2)
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

        ``qt_ranges``: the result of :func:`qt_ranges_of` for ``reader_text``, computed ahead
        (off the GUI thread); used when that is still the text shown, else everything is remapped.
        """
        self._highlights = {h.id: h for h in highlights}
        if qt_ranges is not None and reader_text is not None and reader_text is self.reader_text:
            self._rect_cache.clear()
            self._qt_ranges = qt_ranges
            self._starts = [r[0] for r in qt_ranges]
            self._longest = max((e - s for s, e, _ in qt_ranges), default=0)
            self._refresh_visible()
            return
        self._map_highlights()

    @property
    def highlight_count(self) -> int:
        return len(self._highlights)

    def add_highlight(self, highlight: Highlight) -> None:
        """Add (or replace) one highlight in O(log n) + a repaint of the visible ones.

        With 10,000 highlights, remapping all of them on every edit would cost more than a frame.
        """
        dirty = []
        if highlight.id in self._highlights:
            dirty = self._dirty([highlight.id])   # where the old version was painted
            self._drop_range(self._highlights[highlight.id])
        self._rect_cache.pop(highlight.id, None)
        self._highlights[highlight.id] = highlight
        if self.reader_text is not None:
            qs, qe = self.reader_text.qt_range_of_source(highlight.start, highlight.end)
            entry = (qs, qe, highlight.id)
            index = bisect_left(self._qt_ranges, entry)
            self._qt_ranges.insert(index, entry)
            self._starts.insert(index, qs)
            self._longest = max(self._longest, qe - qs)
        self._refresh_visible(dirty + self._dirty([highlight.id]))

    def update_highlight(self, highlight: Highlight) -> None:
        """Repaint one highlight whose colour, note or range changed."""
        self.add_highlight(highlight)

    def remove_highlight(self, annotation_id: str) -> None:
        dirty = self._dirty([annotation_id])
        highlight = self._highlights.pop(annotation_id, None)
        if highlight is None:
            return
        self._rect_cache.pop(annotation_id, None)
        self._drop_range(highlight)
        if self._focused_id == annotation_id:
            self._focused_id = None
        self._refresh_visible(dirty)

    def highlight(self, annotation_id: str) -> Highlight | None:
        return self._highlights.get(annotation_id)

    def _drop_range(self, highlight: Highlight) -> None:
        if self.reader_text is None:
            return
        qs, qe = self.reader_text.qt_range_of_source(highlight.start, highlight.end)
        entry = (qs, qe, highlight.id)
        index = bisect_left(self._qt_ranges, entry)
        if index < len(self._qt_ranges) and self._qt_ranges[index] == entry:
            del self._qt_ranges[index]
            del self._starts[index]
            if qe - qs >= self._longest:
                self._longest = max((e - s for s, e, _ in self._qt_ranges), default=0)

    def set_focused_highlight(self, annotation_id: str | None) -> None:
        dirty = self._dirty([i for i in (self._focused_id, annotation_id) if i])
        self._focused_id = annotation_id
        self._refresh_visible(dirty)

    def _dirty(self, ids: list[str]) -> list[QRectF]:
        """Document rectangles of these highlights (what must be repainted when they change)."""
        rects: list[QRectF] = []
        if self.reader_text is None or self.document() is None:
            return rects
        for annotation_id in ids:
            h = self._highlights.get(annotation_id)
            if h is None:
                continue
            cached = self._rect_cache.get(annotation_id)
            if cached is None:
                qs, qe = self.reader_text.qt_range_of_source(h.start, h.end)
                cached = self._range_rects(qs, qe)
            rects.extend(cached)
        return rects

    def highlights_at(self, source_offset: int) -> list[Highlight]:
        return [h for h in self._highlights.values() if h.start <= source_offset < h.end]

    def _map_highlights(self) -> None:
        self._rect_cache.clear()
        rt = self.reader_text
        self._qt_ranges = [] if rt is None else qt_ranges_of(rt, self._highlights.values())
        self._starts = [r[0] for r in self._qt_ranges]
        self._longest = max((e - s for s, e, _ in self._qt_ranges), default=0)
        self._refresh_visible()

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
        """Work out which highlights are on screen (bisection), then repaint.

        ``dirty``: document rectangles that changed (one added highlight); only they are
        repainted.  None repaints the whole viewport (scrolling, a new set of highlights).
        """
        if not self._qt_ranges and not self._match_ranges:
            self._visible_highlights = []
            if self.extraSelections():
                self.setExtraSelections([])
            self._repaint(dirty)
            return
        first, last = self.visible_qt_range()
        lo = bisect_left(self._starts, first - self._longest)
        hi = bisect_left(self._starts, last)
        self._visible_highlights = [
            (qs, qe, self._highlights[annotation_id])
            for qs, qe, annotation_id in self._qt_ranges[lo:hi] if qe > first
        ]
        self.setExtraSelections(self._match_selections(first, last))
        self._repaint(dirty)

    def _repaint(self, dirty: list[QRectF] | None) -> None:
        if dirty is None:
            self.viewport().update()
            return
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        for rect in dirty:
            self.viewport().update(rect.translated(-dx, -dy).toAlignedRect().adjusted(-2, -2, 2, 3))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Highlight fills under the text, then the text, then note and focus underlines."""
        if not self._visible_highlights or self.document() is None:
            super().paintEvent(event)
            return
        palette = self.palette()
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        clip = QRectF(event.rect()).translated(dx, dy)
        painted: list[tuple[Highlight, list[QRectF]]] = []
        painter = QPainter(self.viewport())
        painter.translate(-dx, -dy)
        fills: dict[str, QColor] = {}
        for qs, qe, h in self._visible_highlights:
            rects = self._rect_cache.get(h.id)
            if rects is None:
                rects = self._rect_cache[h.id] = self._range_rects(qs, qe)
            if not any(r.intersects(clip) for r in rects):
                continue
            fill = fills.get(h.color)
            if fill is None:
                fill = fills[h.color] = typography.highlight_fill(h.color, palette)
            for rect in rects:
                painter.fillRect(rect, fill)
            if h.has_note or h.id == self._focused_id:
                painted.append((h, rects))
        painter.end()
        super().paintEvent(event)
        if not painted:
            return
        painter = QPainter(self.viewport())
        painter.translate(-dx, -dy)
        for h, rects in painted:
            if h.id == self._focused_id:
                pen = QPen(palette.color(palette.ColorRole.Highlight), 2)
            else:
                pen = QPen(QColor(h.color).darker(160), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for rect in rects:
                y = rect.bottom() - 1
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.end()

    def _range_rects(self, qs: int, qe: int) -> list[QRectF]:
        """Document-coordinate rectangles covering Qt positions [qs, qe), one per line."""
        doc = self.document()
        layout = doc.documentLayout()
        rects: list[QRectF] = []
        block = doc.findBlock(qs)
        while block.isValid() and block.position() < qe:
            text_layout = block.layout()
            origin = layout.blockBoundingRect(block).topLeft()
            start = max(qs, block.position()) - block.position()
            end = min(qe, block.position() + block.length() - 1) - block.position()
            if end > start and text_layout is not None and text_layout.lineCount():
                line = text_layout.lineForTextPosition(start)
                number = line.lineNumber() if line.isValid() else 0
                while number < text_layout.lineCount():
                    line = text_layout.lineAt(number)
                    line_start = line.textStart()
                    if line_start >= end:
                        break
                    line_end = line_start + line.textLength()
                    a, b = max(start, line_start), min(end, line_end)
                    if b > a:
                        x1 = line.cursorToX(a)[0]
                        x2 = line.cursorToX(b)[0]
                        rects.append(QRectF(origin.x() + min(x1, x2), origin.y() + line.y(),
                                            abs(x2 - x1), line.height()))
                    number += 1
            block = block.next()
        return rects

    # -- find matches ----------------------------------------------------------------------
    def set_search_matches(self, ranges: Sequence[tuple[int, int]], current: int | None = None) -> None:
        """Paint find matches (source ranges sorted by start) lightly, ``ranges[current]`` strongly.

        A layer separate from the highlights so find never disturbs them; like them, only the
        visible matches become ExtraSelections and each is mapped to Qt positions when painted,
        so a 10,000-match query costs a scroll no more than a 10-match one.
        """
        self._match_ranges = list(ranges)
        self._match_starts = [start for start, _ in self._match_ranges]
        self._match_longest = max((end - start for start, end in self._match_ranges), default=0)
        self._match_current = current
        self._refresh_visible()

    def clear_search_matches(self) -> None:
        self.set_search_matches([])

    def _match_selections(self, first_qt: int, last_qt: int) -> list[QTextEdit.ExtraSelection]:
        rt = self.reader_text
        if rt is None or not self._match_ranges:
            return []
        first = rt.source_of_qt(first_qt)
        last = rt.source_of_qt(min(last_qt, rt.qt_of_display(len(rt.text))))
        lo = bisect_left(self._match_starts, first - self._match_longest)
        hi = bisect_left(self._match_starts, last + 1)
        palette = self.palette()
        plain = QTextCharFormat()
        plain.setBackground(typography.highlight_fill(_MATCH_COLOR, palette))
        strong = QTextCharFormat()
        strong.setBackground(typography.highlight_fill(_CURRENT_MATCH_COLOR, palette))
        strong.setFontUnderline(True)
        strong.setUnderlineColor(QColor(_CURRENT_MATCH_COLOR).darker(140))
        selections = []
        for index in range(lo, hi):
            start, end = self._match_ranges[index]
            if end < first:
                continue
            qs, qe = rt.qt_range_of_source(start, end)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(qs)
            cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = strong if index == self._match_current else plain
            selections.append(selection)
        return selections

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
            cursor = self.cursorForPosition(point)
            text = self._tooltip_at(cursor)
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
        if not parts:
            return ""
        body = "<hr/>".join(parts)
        return f"<div style='white-space:pre-wrap; max-width:36em'>{body}</div>"
