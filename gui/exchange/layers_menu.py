"""View › Author Layers: a submenu rebuilt each time it opens from the shown annotations.

Rebuilt on ``aboutToShow`` because authors come and go with imports and edits, and a menu of a
few names costs nothing to rebuild.  Colours are chosen with QColorDialog (a modal pick the user
is looking at); :class:`~gui.exchange.layers.AuthorLayers` can also be driven directly.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QColorDialog, QMenu

from gui.core.host import FeatureHost
from gui.exchange.layers import NO_AUTHOR, AuthorLayers


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class LayersMenu(QObject):
    """Owns the Author Layers submenu; the layers paint through the window's highlight styles."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.annotation_state
        self.layers = AuthorLayers(window.settings, self)
        self.menu = QMenu(self.tr("&Author Layers"), window)
        self.menu.setObjectName("authorLayersMenu")
        window.menu("&View").addSeparator()
        window.menu("&View").addMenu(self.menu)
        self.menu.aboutToShow.connect(self.rebuild)
        self.layers.changed.connect(self._apply)
        window.highlight_styles.add(self.layers.style)

    def authors(self) -> Counter[str]:
        """Authors of the shown document's annotations, with counts."""
        return Counter(a.author or NO_AUTHOR for a in self.state.annotations.values())

    def _colors(self) -> dict[str, str]:
        """Each author's most used highlight colour (the swatch when no override is set)."""
        per_author: dict[str, Counter[str]] = {}
        for a in self.state.annotations.values():
            per_author.setdefault(a.author or NO_AUTHOR, Counter())[a.color] += 1
        return {author: counts.most_common(1)[0][0] for author, counts in per_author.items()}

    def rebuild(self) -> None:
        menu = self.menu
        menu.clear()
        authors = self.authors()
        if not authors:
            menu.addAction(self.tr("(no annotations)")).setEnabled(False)
            return
        me = self.window.settings.author
        menu.addAction(self.tr("Show &All Authors"), self.layers.show_all).setObjectName("layersShowAll")
        only_mine = menu.addAction(self.tr("Show Only &Mine ({name})").format(name=me.replace("&", "&&")),
                                   lambda: self.layers.show_only(me, authors))
        only_mine.setObjectName("layersOnlyMine")
        only_mine.setEnabled(me in authors)
        menu.addSeparator()
        usual = self._colors()
        colour_menu = QMenu(self.tr("Author &Colour"), menu)
        for author, count in sorted(authors.items(), key=lambda item: (-item[1], item[0])):
            label = author.replace("&", "&&") if author else self.tr("(no author)")
            color = self.layers.colors.get(author, usual.get(author, "#ffd54f"))
            action = QAction(swatch(color), f"{label}  ({count})", menu)
            action.setCheckable(True)
            action.setChecked(self.layers.is_visible(author))
            action.setObjectName(f"layer:{author}")
            action.toggled.connect(lambda visible, a=author: self.layers.set_visible(a, visible))
            menu.addAction(action)
            pick = colour_menu.addAction(swatch(color), f"{label}…")
            pick.triggered.connect(lambda _checked=False, a=author, c=color: self.pick_color(a, c))
        colour_menu.addSeparator()
        reset = colour_menu.addAction(self.tr("Use Highlight Colours"), self.layers.reset_colors)
        reset.setEnabled(bool(self.layers.colors))
        menu.addSeparator()
        menu.addMenu(colour_menu)

    def pick_color(self, author: str, current: str) -> None:
        title = (self.tr("Colour for {author}").format(author=author) if author
                 else self.tr("Colour for Annotations Without an Author"))
        color = QColorDialog.getColor(QColor(current), self.window, title)
        if color.isValid():
            self.layers.set_color(author, color.name())

    def _apply(self) -> None:
        self.window.highlight_styles.restyle()
        hidden = len(self.layers.hidden)
        if hidden:
            self.window.show_status(self.tr("%n author layer(s) hidden (View › Author Layers)", "", hidden), 6000)
