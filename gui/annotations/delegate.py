"""Painting rows of the annotations panel: a colour bar, the quote, tags, note and who/when.

Every line is drawn as plain text (a QStaticText whose format is ``PlainText``), so a note or
tag containing HTML, bidi overrides or zero-width characters is shown as the characters it is
made of.  Each line is elided: a 100,000-character note costs one line of layout, not a text
document.  Lines are laid out once and reused (``_Lines``): shaping CJK text again on every
paint was most of the time a filter change spent painting the rows it shows.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from gui import typography
from gui.annotations.model import IsSectionRole
from gui.core.anchor_states import STATE_COLORS, state_label

PAD = 6
BAR = 4
QUOTE_LINES = 2
NOTE_PREVIEW = 400  # characters of a note considered for its one-line preview


class _Face:
    """A font, its metrics and its key: made once, not per painted row."""

    __slots__ = ("font", "metrics", "key")

    def __init__(self, font: QFont) -> None:
        self.font, self.metrics, self.key = font, QFontMetrics(font), font.key()


def _face(base: QFont, scale: float = 1.0, bold: bool = False, italic: bool = False) -> _Face:
    font = QFont(base)
    if scale != 1.0:
        font.setPointSizeF(max(7.0, base.pointSizeF() * scale))
    font.setBold(bold or base.bold())
    font.setItalic(italic)
    return _Face(font)


class _Faces:
    """Every face a row is drawn with, for one base font."""

    __slots__ = ("base", "small", "italic", "meta", "badge", "bold")

    def __init__(self, base: QFont) -> None:
        self.base = _face(base)
        self.small = _face(base, 0.9)
        self.italic = _face(base, 0.9, italic=True)
        self.meta = _face(base, 0.85)
        self.badge = _face(base, 0.85, bold=True)
        self.bold = _face(base, bold=True)


class _Lines:
    """Single lines of text laid out once (QStaticText) and elided once, reused by every
    paint that shows them again: shaping CJK text was most of a row's painting time."""

    LIMIT = 5000

    def __init__(self) -> None:
        self._static: dict[tuple[str, str], QStaticText] = {}
        self._elided: dict[tuple[str, str, int], str] = {}

    def elided(self, face: _Face, text: str, width: int) -> str:
        key = (text, face.key, width)
        shown = self._elided.get(key)
        if shown is None:
            if len(self._elided) > self.LIMIT:
                self._elided.clear()
            shown = self._elided[key] = face.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return shown

    def laid_out(self) -> list[tuple[str, Qt.TextFormat]]:
        return [(static.text(), static.textFormat()) for static in self._static.values()]

    def draw(self, painter: QPainter, face: _Face, rect: QRect, text: str, centered: bool = False) -> None:
        """``text`` in ``face`` (already the painter's font), vertically centred in ``rect``."""
        key = (text, face.key)
        static = self._static.get(key)
        if static is None:
            if len(self._static) > self.LIMIT:
                self._static.clear()
            static = self._static[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)   # a note is shown, never rendered
            static.prepare(painter.transform(), face.font)
        x = rect.left()
        if centered:
            x += (rect.width() - static.size().width()) / 2
        painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - face.metrics.height()) / 2), static)


class AnnotationDelegate(QStyledItemDelegate):
    """Two-line quote, a line of tags and note, a muted line of author and date."""

    def __init__(self, parent=None, tag_colors=None) -> None:
        super().__init__(parent)
        self.tag_colors: dict[str, str] = tag_colors if tag_colors is not None else {}
        # Wrapped quotes by (quote, width, font): the tree re-asks sizes and repaints the
        # visible rows after every insertion; wrapping them again each time showed in profiles.
        self._wrap_cache: dict[tuple, list[str]] = {}
        self._faces: dict[str, _Faces] = {}
        self._lines = _Lines()

    def laid_out_lines(self) -> list[tuple[str, Qt.TextFormat]]:
        """Each line painted lately and how it was laid out (tests: always plain text)."""
        return self._lines.laid_out()

    def _faces_for(self, font: QFont) -> _Faces:
        key = font.key()
        faces = self._faces.get(key)
        if faces is None:
            faces = self._faces[key] = _Faces(font)
        return faces

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
        annotation = index.model().annotation(index)
        if annotation is None:
            # Section rows are items: let Qt read their roles (an annotation row draws
            # everything itself, so it skips asking the model for a dozen roles it ignores).
            self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        painter.save()
        try:
            if annotation is None:
                if index.data(IsSectionRole):
                    self._paint_section(painter, opt, index)
            else:
                self._paint_annotation(painter, opt, index.model(), annotation)
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
        face = self._faces_for(opt.font).bold
        painter.setFont(face.font)
        painter.setPen(self._text_color(opt))
        rect = opt.rect.adjusted(PAD, 0, -PAD, 0)
        self._lines.draw(painter, face, rect, self._lines.elided(face, str(index.data()), rect.width()))

    def _paint_annotation(self, painter: QPainter, opt: QStyleOptionViewItem, model, annotation) -> None:
        faces, lines = self._faces_for(opt.font), self._lines
        rect = opt.rect
        line = opt.fontMetrics.lineSpacing()
        text_color = self._text_color(opt)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(rect.left() + 2, rect.top() + PAD, BAR, rect.height() - 2 * PAD)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(annotation.color))
        painter.drawRoundedRect(bar, 2, 2)

        left = rect.left() + BAR + 2 * PAD
        width = max(10, rect.right() - left - PAD)
        y = rect.top() + PAD
        painter.setFont(faces.base.font)
        painter.setPen(text_color)
        for text in self._quote_lines(model.quote(annotation), opt.font, width):
            lines.draw(painter, faces.base, QRect(left, y, width, line), text)
            y += line
        y += PAD // 2
        if annotation.tags or annotation.note:
            x = left
            small = faces.small
            painter.setFont(small.font)
            for tag in annotation.tags:
                label = lines.elided(small, tag, max(30, width // 2))
                chip_width = small.metrics.horizontalAdvance(label) + 10
                if x + chip_width > left + width:
                    break
                self._paint_chip(painter, opt, small, QRect(x, y + 1, chip_width, line - 2), label, tag)
                x += chip_width + 4
            if annotation.note and x < left + width - 20:
                note = " ".join(annotation.note[:NOTE_PREVIEW].split())
                painter.setFont(faces.italic.font)
                painter.setPen(text_color)
                lines.draw(painter, faces.italic, QRect(x, y, left + width - x, line),
                           lines.elided(faces.italic, "✎ " + note, left + width - x))
            y += line
        x = left
        badge = state_label(annotation)
        if badge:   # review / orphan / changed: first on the line, so it survives eliding
            x += self._paint_badge(painter, opt, faces, QRect(left, y + 1, width, line - 2), badge,
                                   STATE_COLORS.get(annotation.state, "")) + 6
        painter.setFont(faces.meta.font)
        painter.setPen(self._muted_color(opt))
        rest = max(0, left + width - x)
        lines.draw(painter, faces.meta, QRect(x, y, rest, line), lines.elided(faces.meta, model.meta(annotation), rest))

    def _paint_badge(self, painter: QPainter, opt: QStyleOptionViewItem, faces: _Faces, rect: QRect, label: str,
                     color: str) -> int:
        """A state badge at the left of ``rect``: white on ``color``, or a muted outline without
        one (the quiet "changed" mark).  Returns its width."""
        face = faces.badge if color else faces.meta
        painter.setFont(face.font)
        text = self._lines.elided(face, label, max(20, rect.width() - 10))
        badge = QRect(rect.left(), rect.top(), face.metrics.horizontalAdvance(text) + 10, rect.height())
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
        self._lines.draw(painter, face, badge, text, centered=True)
        return badge.width()

    def _paint_chip(self, painter: QPainter, opt: QStyleOptionViewItem, face: _Face, rect: QRect, label: str,
                    tag: str) -> None:
        color = self.tag_colors.get(tag)
        fill = QColor(color) if color else typography.subtle_background(opt.palette)
        if color:
            fill.setAlpha(120 if typography.is_dark(opt.palette) else 90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        self._lines.draw(painter, face, rect, label, centered=True)


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
