"""The two layers the reader paints over its text: annotation highlights and find matches.

Both keep their ranges sorted by start so the part on screen is found by bisection: with
10,000 highlights (or 10,000 matches) a scroll or one added highlight touches the few hundred
that are visible, never all of them.

* :class:`HighlightLayer` — fills under the text, painted by the reader's ``paintEvent`` as
  rectangles (not ExtraSelections: QTextLayout redraws the glyphs of every ExtraSelection, so
  300 visible highlights cost 300 text redraws).  Rectangles are cached per highlight in
  document coordinates until the layout changes.
* :class:`MatchLayer` — find matches, a layer of their own above the highlights; only the
  visible ones become ExtraSelections, each mapped to Qt positions when painted.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from gui import typography
from gui.reader_text import ReaderText

_MATCH_COLOR = "#f5d76e"          # find matches: a light marker yellow
_CURRENT_MATCH_COLOR = "#f39c3d"  # the current match: orange, as browsers paint it


class Highlight(NamedTuple):
    """What the reader needs to paint one annotation (source offsets).

    A named tuple, not a dataclass: opening a report builds one per annotation (10,000), and a
    tuple is made several times faster.  Styles derive variants with ``_replace``.
    """

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


def range_rects(doc: QTextDocument, qs: int, qe: int) -> list[QRectF]:
    """Document-coordinate rectangles covering Qt positions [qs, qe), one per line."""
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


class HighlightLayer:
    """Highlights by id, their Qt ranges sorted by start, and the ones on screen."""

    def __init__(self, document: Callable[[], QTextDocument | None]) -> None:
        self._document = document
        self.reader_text: ReaderText | None = None
        self.by_id: dict[str, Highlight] = {}
        self._qt_ranges: list[tuple[int, int, str]] = []   # (qt start, qt end, id) sorted
        self._starts: list[int] = []
        self._longest = 0
        self._rects: dict[str, list[QRectF]] = {}
        self.visible: list[tuple[int, int, Highlight]] = []
        self.focused_id: str | None = None

    def __bool__(self) -> bool:
        return bool(self._qt_ranges)

    # -- content -------------------------------------------------------------------------
    def replace(self, highlights: list[Highlight], qt_ranges: list[tuple[int, int, str]] | None,
                reader_text: ReaderText | None) -> None:
        self.by_id = {h.id: h for h in highlights}
        if qt_ranges is not None and reader_text is not None and reader_text is self.reader_text:
            self._rects.clear()
            self._set_ranges(qt_ranges)
        else:
            self.remap()

    def remap(self) -> None:
        """Map every highlight again (another text, another script)."""
        self._rects.clear()
        rt = self.reader_text
        self._set_ranges([] if rt is None else qt_ranges_of(rt, self.by_id.values()))

    def _set_ranges(self, ranges: list[tuple[int, int, str]]) -> None:
        self._qt_ranges = ranges
        self._starts = [r[0] for r in ranges]
        self._longest = max((e - s for s, e, _ in ranges), default=0)

    def add(self, highlight: Highlight) -> list[QRectF]:
        """Add (or replace) one highlight in O(log n); returns what must be repainted."""
        dirty = []
        if highlight.id in self.by_id:
            dirty = self.dirty([highlight.id])   # where the old version was painted
            self._drop_range(self.by_id[highlight.id])
        self._rects.pop(highlight.id, None)
        self.by_id[highlight.id] = highlight
        if self.reader_text is not None:
            qs, qe = self.reader_text.qt_range_of_source(highlight.start, highlight.end)
            entry = (qs, qe, highlight.id)
            index = bisect_left(self._qt_ranges, entry)
            self._qt_ranges.insert(index, entry)
            self._starts.insert(index, qs)
            self._longest = max(self._longest, qe - qs)
        return dirty + self.dirty([highlight.id])

    def remove(self, annotation_id: str) -> list[QRectF] | None:
        """Drop one highlight; returns what must be repainted (None: it was not there)."""
        dirty = self.dirty([annotation_id])
        highlight = self.by_id.pop(annotation_id, None)
        if highlight is None:
            return None
        self._rects.pop(annotation_id, None)
        self._drop_range(highlight)
        if self.focused_id == annotation_id:
            self.focused_id = None
        return dirty

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

    def focus(self, annotation_id: str | None) -> list[QRectF]:
        dirty = self.dirty([i for i in (self.focused_id, annotation_id) if i])
        self.focused_id = annotation_id
        return dirty

    # -- geometry --------------------------------------------------------------------------
    def layout_changed(self) -> None:
        self._rects.clear()

    def dirty(self, ids: list[str]) -> list[QRectF]:
        """Document rectangles of these highlights (what must be repainted when they change)."""
        rects: list[QRectF] = []
        doc = self._document()
        if self.reader_text is None or doc is None:
            return rects
        for annotation_id in ids:
            h = self.by_id.get(annotation_id)
            if h is None:
                continue
            cached = self._rects.get(annotation_id)
            if cached is None:
                cached = range_rects(doc, *self.reader_text.qt_range_of_source(h.start, h.end))
            rects.extend(cached)
        return rects

    def at(self, source_offset: int) -> list[Highlight]:
        return [h for h in self.by_id.values() if h.start <= source_offset < h.end]

    def find_visible(self, first: int, last: int) -> None:
        """The highlights overlapping Qt positions [first, last): bisection, not a scan."""
        lo = bisect_left(self._starts, first - self._longest)
        hi = bisect_left(self._starts, last)
        self.visible = [(qs, qe, self.by_id[i]) for qs, qe, i in self._qt_ranges[lo:hi] if qe > first]

    # -- painting ----------------------------------------------------------------------------
    def paint_fills(self, painter: QPainter, clip: QRectF, palette: QPalette) -> list[tuple[Highlight, list[QRectF]]]:
        """Fills under the text; returns the highlights that also need a mark above it."""
        doc = self._document()
        marked: list[tuple[Highlight, list[QRectF]]] = []
        fills: dict[str, QColor] = {}
        for qs, qe, h in self.visible:
            rects = self._rects.get(h.id)
            if rects is None:
                rects = self._rects[h.id] = range_rects(doc, qs, qe)
            if not any(r.intersects(clip) for r in rects):
                continue
            fill = fills.get(h.color)
            if fill is None:
                fill = fills[h.color] = typography.highlight_fill(h.color, palette)
            for rect in rects:
                painter.fillRect(rect, fill)
            if h.has_note or h.id == self.focused_id:
                marked.append((h, rects))
        return marked

    def paint_marks(self, painter: QPainter, marked: list[tuple[Highlight, list[QRectF]]], palette: QPalette) -> None:
        """Underlines above the text: solid for the focused highlight, dashed for a note."""
        for h, rects in marked:
            if h.id == self.focused_id:
                pen = QPen(palette.color(palette.ColorRole.Highlight), 2)
            else:
                pen = QPen(QColor(h.color).darker(160), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for rect in rects:
                y = rect.bottom() - 1
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


class MatchLayer:
    """Find matches (source ranges sorted by start) and the current one."""

    def __init__(self) -> None:
        self.ranges: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._longest = 0
        self.current: int | None = None

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def set(self, ranges: Sequence[tuple[int, int]], current: int | None) -> None:
        self.ranges = list(ranges)
        self._starts = [start for start, _ in self.ranges]
        self._longest = max((end - start for start, end in self.ranges), default=0)
        self.current = current

    def selections(self, doc: QTextDocument, rt: ReaderText | None, palette: QPalette,
                   first_qt: int, last_qt: int) -> list[QTextEdit.ExtraSelection]:
        """ExtraSelections for the matches between Qt positions ``first_qt`` and ``last_qt``."""
        if rt is None or not self.ranges:
            return []
        first = rt.source_of_qt(first_qt)
        last = rt.source_of_qt(min(last_qt, rt.qt_of_display(len(rt.text))))
        lo = bisect_left(self._starts, first - self._longest)
        hi = bisect_left(self._starts, last + 1)
        plain = QTextCharFormat()
        plain.setBackground(typography.highlight_fill(_MATCH_COLOR, palette))
        strong = QTextCharFormat()
        strong.setBackground(typography.highlight_fill(_CURRENT_MATCH_COLOR, palette))
        strong.setFontUnderline(True)
        strong.setUnderlineColor(QColor(_CURRENT_MATCH_COLOR).darker(140))
        selections = []
        for index in range(lo, hi):
            start, end = self.ranges[index]
            if end < first:
                continue
            qs, qe = rt.qt_range_of_source(start, end)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(qs)
            cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = strong if index == self.current else plain
            selections.append(selection)
        return selections
