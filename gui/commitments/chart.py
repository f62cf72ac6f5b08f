"""The overview at the top of the Commitments panel: per top-level section, a stacked bar of its
commitments by status (untracked suggestions hatched) or by category, with a legend.

Drawn with QPainter from the panel's entries.  Colours are mid-tone fills with dark text (the
same in light and dark palettes); labels, the bar track and the legend text use the widget's
palette, so the chart stays legible in both.  Hovering a row tells its counts as plain text.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from document.annotation import CommitmentStatus
from gui.commitments.labels import (
    STATUS_COLORS, STATUS_LABELS, SUGGESTED_COLOR, SUGGESTED_LABEL, SUGGESTED_VALUE,
    category_color,
)
from gui.core.display import plain_tooltip
from storage.ledger import SECTION_SEPARATOR, LedgerEntry

STATUS_MODE, CATEGORY_MODE = "status", "category"
ROW_GAP, PAD = 4, 6
NO_CATEGORY = ""


@dataclass
class ChartRow:
    """One top-level section: its title and its entries counted both ways."""

    title: str
    start: int
    statuses: Counter = field(default_factory=Counter)     # status value or SUGGESTED_VALUE → n
    categories: Counter = field(default_factory=Counter)   # category → n

    @property
    def total(self) -> int:
        return sum(self.statuses.values())


_STATUS_VALUES = {status: status.value for status in CommitmentStatus}


def chart_rows(entries: Sequence[LedgerEntry]) -> list[ChartRow]:
    """Entries (dismissed ones left out) grouped by their top-level section, in document order.
    (Runs after every change on a thousand entries: titles are split once per section.)"""
    rows: dict[str, ChartRow] = {}
    titles: dict[str, str] = {}
    for entry in entries:
        if entry.dismissed:
            continue
        section = entry.section
        title = titles.get(section)
        if title is None:
            title = titles[section] = section.split(SECTION_SEPARATOR, 1)[0]
        row = rows.get(title)
        if row is None:
            row = rows[title] = ChartRow(title, entry.start)
        annotation = entry.annotation
        row.statuses[_STATUS_VALUES[annotation.commitment.status] if annotation is not None and
                     annotation.commitment is not None else SUGGESTED_VALUE] += 1
        row.categories[entry.commitment.category or NO_CATEGORY] += 1
    return sorted(rows.values(), key=lambda r: r.start)


class OverviewChart(QWidget):
    """See the module documentation."""

    rowClicked = Signal(str)   # the section's title (as stored)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsChart")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.mode = STATUS_MODE
        self.rows: list[ChartRow] = []
        self.display: Callable[[str], str] = lambda s: s
        self.setAccessibleName(self.tr("Commitments by section"))

    # -- data ---------------------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[LedgerEntry]) -> None:
        self.rows = chart_rows(entries)
        self._changed()

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in (STATUS_MODE, CATEGORY_MODE) else STATUS_MODE
        self._changed()

    def set_display(self, display: Callable[[str], str]) -> None:
        self.display = display
        self._changed()

    def _changed(self) -> None:
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def keys(self) -> list[str]:
        """The legend's keys in order: statuses (then untracked), or categories by count."""
        if self.mode == STATUS_MODE:
            present = Counter()
            for row in self.rows:
                present.update(row.statuses)
            return [k for k in [s.value for s in CommitmentStatus] + [SUGGESTED_VALUE] if present[k]]
        totals: Counter = Counter()
        for row in self.rows:
            totals.update(row.categories)
        return [k for k, _n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]

    def counts(self, row: ChartRow) -> Counter:
        return row.statuses if self.mode == STATUS_MODE else row.categories

    def label(self, key: str) -> str:
        if self.mode == STATUS_MODE:
            text = SUGGESTED_LABEL if key == SUGGESTED_VALUE else STATUS_LABELS[CommitmentStatus(key)]
        else:
            text = key or "—"
        return self.display(text)

    @staticmethod
    def color(mode: str, key: str) -> str:
        if mode == STATUS_MODE:
            return SUGGESTED_COLOR if key == SUGGESTED_VALUE else STATUS_COLORS[CommitmentStatus(key)]
        return category_color(key)

    def summary(self) -> str:
        """The chart as one line of text per section (accessibility, tooltips, tests)."""
        lines = []
        for row in self.rows:
            parts = [f"{self.label(k)} {n}" for k in self.keys() if (n := self.counts(row)[k])]
            lines.append(f"{self.display(row.title) or '—'}: {row.total} ({', '.join(parts)})")
        return "\n".join(lines)

    # -- geometry -----------------------------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() + 2

    def _legend_lines(self, width: int) -> list[list[tuple[str, int]]]:
        """Legend items (key, width) wrapped to ``width``."""
        metrics = self.fontMetrics()
        swatch = metrics.height() - 4
        lines: list[list[tuple[str, int]]] = [[]]
        used = 0
        for key in self.keys():
            item = swatch + 4 + metrics.horizontalAdvance(self.label(key)) + 12
            if lines[-1] and used + item > width:
                lines.append([])
                used = 0
            lines[-1].append((key, item))
            used += item
        return [line for line in lines if line]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # The height follows the current width (the legend wraps); the width asks for little,
        # so the chart never widens the dock.
        rows = max(1, len(self.rows))
        legend = len(self._legend_lines(max(self.width(), 200) - 2 * PAD))
        height = PAD * 2 + rows * (self._row_height() + ROW_GAP) + legend * self._row_height()
        return QSize(200, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(160, self.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.display(r.title)) for r in self.rows), default=0)
        return min(widest + 8, int(self.width() * 0.34))

    def _bar_area(self) -> tuple[float, float]:
        """(x where bars start, width available to the longest bar)."""
        metrics = self.fontMetrics()
        left = PAD + self._label_width()
        count_width = metrics.horizontalAdvance("0000") + 6
        return left, max(20.0, self.width() - left - PAD - count_width)

    def row_at(self, y: float) -> int:
        index = int((y - PAD) // (self._row_height() + ROW_GAP))
        return index if 0 <= index < len(self.rows) and y >= PAD else -1

    # -- painting -------------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        if not self.rows:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No commitments in this report yet"))
            return
        metrics = self.fontMetrics()
        row_height = self._row_height()
        left, span = self._bar_area()
        largest = max(r.total for r in self.rows) or 1
        track = QColor(text_color)
        track.setAlpha(28)
        keys = self.keys()
        y = PAD
        for row in self.rows:
            label_rect = QRectF(PAD, y, left - PAD - 6, row_height)
            painter.setPen(text_color)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(self.display(row.title) or "—", Qt.TextElideMode.ElideRight,
                                                int(label_rect.width())))
            bar = QRectF(left, y + 2, span, row_height - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 3, 3)
            x = left
            counts = self.counts(row)
            for key in keys:
                n = counts[key]
                if not n:
                    continue
                width = span * n / largest
                self._segment(painter, QRectF(x, y + 2, width, row_height - 4), key)
                x += width
            painter.setPen(text_color)
            painter.drawText(QRectF(x + 4, y, self.width() - x - 4 - PAD, row_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(row.total))
            y += row_height + ROW_GAP
        self._legend(painter, y, text_color)

    def _segment(self, painter: QPainter, rect: QRectF, key: str) -> None:
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
        painter.setBrush(QColor(self.color(self.mode, key)))
        painter.drawRect(rect)
        if self.mode == STATUS_MODE and key == SUGGESTED_VALUE:   # untracked: hatched
            painter.setBrush(QBrush(QColor("#757575"), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)

    def _legend(self, painter: QPainter, y: float, text_color: QColor) -> None:
        metrics = self.fontMetrics()
        swatch = metrics.height() - 4
        for line in self._legend_lines(self.width() - 2 * PAD):
            x = float(PAD)
            for key, width in line:
                self._segment(painter, QRectF(x, y + 3, swatch, swatch), key)
                painter.setPen(text_color)
                painter.drawText(QPointF(x + swatch + 4, y + metrics.ascent() + 1), self.label(key))
                x += width
            y += self._row_height()

    # -- interaction ----------------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        index = self.row_at(event.position().y())
        if index < 0:
            QToolTip.hideText()
            return
        row = self.rows[index]
        statuses = ", ".join(f"{self.display(SUGGESTED_LABEL if k == SUGGESTED_VALUE else STATUS_LABELS[CommitmentStatus(k)])} {n}"
                             for k, n in row.statuses.items())
        categories = ", ".join(f"{self.display(k) or '—'} {n}" for k, n in row.categories.most_common())
        text = f"{self.display(row.title)}\n{statuses}\n{categories}"
        QToolTip.showText(event.globalPosition().toPoint(), plain_tooltip(text), self)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        index = self.row_at(event.position().y())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.rowClicked.emit(self.rows[index].title)
