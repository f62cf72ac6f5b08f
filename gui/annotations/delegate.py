"""Painting rows of the annotations panel: a colour bar, the quote, tags, note and who/when.

Everything is drawn with ``QPainter.drawText`` on plain strings, so a note or tag containing
HTML, bidi overrides or zero-width characters is shown as the characters it is made of.
Each line is elided: a 100,000-character note costs one line of layout, not a text document.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from gui import typography
from gui.annotations.model import IsSectionRole
from gui.core.anchor_states import STATE_COLORS, state_label

PAD = 6
BAR = 4
QUOTE_LINES = 2
NOTE_PREVIEW = 400  # characters of a note considered for its one-line preview


class AnnotationDelegate(QStyledItemDelegate):
    """Two-line quote, a line of tags and note, a muted line of author and date."""

    def __init__(self, parent=None, tag_colors=None) -> None:
        super().__init__(parent)
        self.tag_colors: dict[str, str] = tag_colors if tag_colors is not None else {}
        # Wrapped quotes by (quote, width, font): the tree re-asks sizes and repaints the
        # visible rows after every insertion; wrapping them again each time showed in profiles.
        self._wrap_cache: dict[tuple, list[str]] = {}

    def _quote_lines(self, quote: str, font: QFont, width: int) -> list[str]:
        key = (quote, width, font.key())
        lines = self._wrap_cache.get(key)
        if lines is None:
            if len(self._wrap_cache) > 20_000:
                self._wrap_cache.clear()
            lines = self._wrap_cache[key] = _wrapped(quote, font, width, QUOTE_LINES)
        return lines

    # -- sizes ---------------------------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        if index.data(IsSectionRole):
            return QSize(200, line + 2 * PAD)
        model = index.model()
        annotation = model.annotation(index)
        if annotation is None:
            return QSize(200, line + 2 * PAD)
        quote_lines = QUOTE_LINES
        view = option.widget
        if isinstance(view, QTreeView):
            # Rows hold one or two quote lines as needed (the view re-asks after a resize).
            width = view.viewport().width() - view.indentation() * 2 - BAR - 3 * PAD
            quote_lines = max(1, len(self._quote_lines(model.quote(annotation), option.font, max(40, width))))
        lines = quote_lines + 1 + (1 if annotation.tags or annotation.note else 0)
        return QSize(200, lines * line + 3 * PAD)

    # -- painting ------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        painter.save()
        try:
            if index.data(IsSectionRole):
                self._paint_section(painter, opt, index)
            else:
                self._paint_annotation(painter, opt, index)
        finally:
            painter.restore()

    def _text_color(self, opt: QStyleOptionViewItem) -> QColor:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        return opt.palette.color(role)

    def _muted_color(self, opt: QStyleOptionViewItem) -> QColor:
        if opt.state & QStyle.StateFlag.State_Selected:
            return opt.palette.color(QPalette.ColorRole.HighlightedText)
        return typography.muted_color(opt.palette)

    def _paint_section(self, painter: QPainter, opt: QStyleOptionViewItem, index: QModelIndex) -> None:
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self._text_color(opt))
        rect = opt.rect.adjusted(PAD, 0, -PAD, 0)
        text = QFontMetrics(font).elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _paint_annotation(self, painter: QPainter, opt: QStyleOptionViewItem, index: QModelIndex) -> None:
        model = index.model()
        annotation = model.annotation(index)
        if annotation is None:
            return
        rect = opt.rect
        metrics = QFontMetrics(opt.font)
        line = metrics.lineSpacing()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(rect.left() + 2, rect.top() + PAD, BAR, rect.height() - 2 * PAD)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(annotation.color))
        painter.drawRoundedRect(bar, 2, 2)

        left = rect.left() + BAR + 2 * PAD
        width = max(10, rect.right() - left - PAD)
        y = rect.top() + PAD
        painter.setFont(opt.font)
        painter.setPen(self._text_color(opt))
        for text in self._quote_lines(model.quote(annotation), opt.font, width):
            painter.drawText(QRect(left, y, width, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += line
        y += PAD // 2
        if annotation.tags or annotation.note:
            x = left
            small = QFont(opt.font)
            small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.9))
            small_metrics = QFontMetrics(small)
            painter.setFont(small)
            for tag in annotation.tags:
                label = small_metrics.elidedText(tag, Qt.TextElideMode.ElideRight, max(30, width // 2))
                chip_width = small_metrics.horizontalAdvance(label) + 10
                if x + chip_width > left + width:
                    break
                self._paint_chip(painter, opt, QRect(x, y + 1, chip_width, line - 2), label, tag)
                x += chip_width + 4
            if annotation.note and x < left + width - 20:
                note = " ".join(annotation.note[:NOTE_PREVIEW].split())
                italic = QFont(small)
                italic.setItalic(True)
                painter.setFont(italic)
                painter.setPen(self._text_color(opt))
                text = QFontMetrics(italic).elidedText("✎ " + note, Qt.TextElideMode.ElideRight, left + width - x)
                painter.drawText(QRect(x, y, left + width - x, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += line
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.85))
        painter.setFont(small)
        x = left
        badge = state_label(annotation)
        if badge:   # review / orphan / changed: first on the line, so it survives eliding
            x += self._paint_badge(painter, opt, QRect(left, y + 1, width, line - 2), badge,
                                   STATE_COLORS.get(annotation.state, "")) + 6
        painter.setFont(small)
        painter.setPen(self._muted_color(opt))
        rest = max(0, left + width - x)
        meta = QFontMetrics(small).elidedText(model.meta(annotation), Qt.TextElideMode.ElideRight, rest)
        painter.drawText(QRect(x, y, rest, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, meta)

    def _paint_badge(self, painter: QPainter, opt: QStyleOptionViewItem, rect: QRect, label: str, color: str) -> int:
        """A state badge at the left of ``rect``: white on ``color``, or a muted outline without
        one (the quiet "changed" mark).  Returns its width."""
        font = QFont(painter.font())
        font.setBold(bool(color))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(20, rect.width() - 10))
        badge = QRect(rect.left(), rect.top(), metrics.horizontalAdvance(text) + 10, rect.height())
        radius = badge.height() / 2
        if color:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(QRectF(badge), radius, radius)
            painter.setPen(QColor("#ffffff"))
        else:
            painter.setPen(self._muted_color(opt))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        return badge.width()

    def _paint_chip(self, painter: QPainter, opt: QStyleOptionViewItem, rect: QRect, label: str, tag: str) -> None:
        color = self.tag_colors.get(tag)
        fill = QColor(color) if color else typography.subtle_background(opt.palette)
        if color:
            fill.setAlpha(120 if typography.is_dark(opt.palette) else 90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def _wrapped(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width`` in at most ``max_lines`` lines, the last one elided."""
    text = " ".join(text[:400].split())   # two lines never need more
    units = text.encode("utf-16-le")      # QTextLayout counts UTF-16 units, Python code points

    def piece(start: int, end: int | None = None) -> str:
        chunk = units[2 * start:] if end is None else units[2 * start:2 * end]
        return chunk.decode("utf-16-le", errors="replace")

    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if len(lines) == max_lines - 1:
            rest = piece(line.textStart())
            lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
        else:
            lines.append(piece(line.textStart(), line.textStart() + line.textLength()))
    layout.endLayout()
    return lines
