"""Paints one search result: the section on a muted first line, the context below with the
match in bold on a marker background.

Everything is drawn with QPainter.drawText from plain strings — document text is never handed
to a rich-text engine, so a report containing ``<b>`` shows ``<b>``.  The left context is elided
from the left and the right one from the right, so the match itself always stays in view.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui import typography
from gui.find.results_model import Row, RowRole

PAD_X = 10
PAD_Y = 5
LINE_GAP = 2
MATCH_COLOR = "#f5d76e"
MATCH_INK = "#1f1f1f"


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """Section (smaller), context (reading font) and match (bold) fonts."""
    context = QFont(base)
    context.setFamilies(typography.READING_FAMILIES)
    section = QFont(context)
    section.setPointSizeF(max(7.0, context.pointSizeF() * 0.86))
    match = QFont(context)
    match.setWeight(QFont.Weight.Bold)
    return section, context, match


class ResultDelegate(QStyledItemDelegate):
    """Two-line result rows of uniform height (the list view can then skip measuring)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        section, context, _match = _fonts(option.font)
        height = QFontMetrics(section).height() + LINE_GAP + QFontMetrics(context).height() + 2 * PAD_Y
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: Row | None = index.data(RowRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, hover and selection exactly as the platform style draws them.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if row is None:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        palette = opt.palette
        text_color = palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(text_color)
        muted.setAlphaF(0.62)
        section_font, context_font, match_font = _fonts(opt.font)
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)

        painter.save()
        try:
            fm_section = QFontMetrics(section_font)
            painter.setFont(section_font)
            painter.setPen(muted)
            section_rect = QRect(rect.left(), rect.top(), rect.width(), fm_section.height())
            painter.drawText(section_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fm_section.elidedText(row.section, Qt.TextElideMode.ElideMiddle, rect.width()))
            top = section_rect.bottom() + 1 + LINE_GAP
            self._paint_context(painter, row, QRect(rect.left(), top, rect.width(), rect.bottom() - top + 1),
                                context_font, match_font, text_color, palette, selected)
        finally:
            painter.restore()

    @staticmethod
    def _paint_context(painter: QPainter, row: Row, rect: QRect, context_font: QFont, match_font: QFont,
                       text_color: QColor, palette: QPalette, selected: bool) -> None:
        fm = QFontMetrics(context_font)
        fm_match = QFontMetrics(match_font)
        match = fm_match.elidedText(row.match, Qt.TextElideMode.ElideRight, rect.width())
        match_width = fm_match.horizontalAdvance(match)
        room = max(0, rect.width() - match_width)
        # Give the left context at most 40 % of the room, so the match sits near the start.
        right_natural = fm.horizontalAdvance(row.right)
        left_room = max(room - right_natural, int(room * 0.4))
        left = fm.elidedText(row.left, Qt.TextElideMode.ElideLeft, left_room)
        left_width = fm.horizontalAdvance(left)
        right = fm.elidedText(row.right, Qt.TextElideMode.ElideRight, max(0, room - left_width))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine)
        x = rect.left()
        painter.setFont(context_font)
        painter.setPen(text_color)
        painter.drawText(QRect(x, rect.top(), left_width, rect.height()), flags, left)
        x += left_width
        match_rect = QRect(x, rect.top(), match_width, rect.height())
        if selected or not typography.is_dark(palette):
            # An opaque marker with dark ink stays legible on the selection colour too.
            painter.fillRect(match_rect.adjusted(-2, 1, 2, -1), QColor(MATCH_COLOR))
            painter.setPen(QColor(MATCH_INK))
        else:
            painter.fillRect(match_rect.adjusted(-2, 1, 2, -1), typography.highlight_fill(MATCH_COLOR, palette))
        painter.setFont(match_font)
        painter.drawText(match_rect, flags, match)
        painter.setPen(text_color)
        x += match_width
        painter.setFont(context_font)
        painter.drawText(QRect(x, rect.top(), rect.right() - x + 1, rect.height()), flags, right)
