"""How the user's strings and colours appear in widgets, shared by every feature.

User strings (colour names, tags, notes, commitment fields read from a report or typed by a
teammate) must show literally: a tooltip or a menu label would otherwise read them as markup
or mnemonics.  Features import these helpers from here rather than from each other.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

SWATCH = 18


def plain_tooltip(text: str) -> str:
    """``text`` (possibly the user's: a colour name, a tag) as a tooltip that shows it literally.

    Qt renders a tooltip as rich text whenever ``Qt.mightBeRichText`` guesses so — a colour
    named ``<b>x</b>`` would turn bold, an ``<img>`` would load.  Escaping alone is not enough
    either: escaped text that no longer looks like markup would be shown as plain text, entities
    and all.  So the escaped text always goes inside an explicit rich-text wrapper.
    """
    body = html.escape(text, quote=False).replace("\n", "<br/>")
    return f"<qt><span style='white-space:pre-wrap'>{body}</span></qt>"


def menu_text(text: str) -> str:
    """A user's string as a menu/button label: "&" is a mnemonic marker there, so double it."""
    return text.replace("&", "&&")


def swatch_icon(color: str, size: int = SWATCH) -> QIcon:
    """A round colour swatch (menus, the selection bar, filter choices)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(135))
    painter.drawEllipse(QRect(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)
