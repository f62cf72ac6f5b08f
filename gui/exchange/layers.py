"""Author layers: show or hide each author's highlights and give an author a colour of their own.

After merging a team's files the reader can be a patchwork of everyone's highlights; layers let
a reader see one colleague's reading at a time, or tell the authors apart at a glance, without
changing anything stored (the colour override is a view setting, never written to annotations,
so it does not travel to teammates or win merges).

Mechanism: :meth:`AuthorLayers.style` is registered in the window's highlight styles
(:class:`gui.core.styles.HighlightStyles`), the declared hook list the annotations feature
applies to every highlight it builds.  A hidden author's highlight becomes an empty range at
its start, which the reader paints as nothing and never hit-tests, so every incremental
add/update/remove path in the reader stays as it is.  The style only reads immutable snapshots
(a frozenset and a mapping replaced whole on every change), so it is cheap for 10,000
highlights.  The choices are kept in Settings (``layers/…`` keys, defined there).

The panel is not filtered by layers: it has its own author filter, and a hidden highlight
should still be findable in the list.

Orphans are not painted either: their stored position no longer holds their quote, so a fill
there would mark text the author never highlighted.  They stay in the panel and in Needs
Attention, where they can be re-attached.
"""
from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from PySide6.QtCore import QObject, Signal

from document.annotation import Annotation
from gui.core.index import ORPHAN
from gui.reader_layers import Highlight
from gui.settings import Settings

NO_AUTHOR = ""   # annotations without an author form a layer of their own


class AuthorLayers(QObject):
    """Which authors are shown, and their colour overrides (persisted in the settings file)."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.hidden: frozenset[str] = settings.hidden_authors
        self.colors = MappingProxyType(settings.author_colors)

    def _save(self) -> None:
        self._settings.hidden_authors = self.hidden
        self._settings.author_colors = self.colors
        self.changed.emit()

    # -- changing ---------------------------------------------------------------------------
    def set_visible(self, author: str, visible: bool) -> None:
        hidden = self.hidden - {author} if visible else self.hidden | {author}
        if hidden != self.hidden:
            self.hidden = frozenset(hidden)
            self._save()

    def show_all(self) -> None:
        if self.hidden:
            self.hidden = frozenset()
            self._save()

    def show_only(self, author: str, authors: Iterable[str]) -> None:
        self.hidden = frozenset(a for a in authors if a != author)
        self._save()

    def set_color(self, author: str, color: str | None) -> None:
        colors = dict(self.colors)
        if color:
            colors[author] = color
        else:
            colors.pop(author, None)
        self.colors = MappingProxyType(colors)
        self._save()

    def reset_colors(self) -> None:
        if self.colors:
            self.colors = MappingProxyType({})
            self._save()

    # -- consulted by the annotations controller ----------------------------------------------
    def is_visible(self, author: str) -> bool:
        return author not in self.hidden

    def style(self, annotation: Annotation, highlight: Highlight) -> Highlight:
        """The highlight as the layers want it painted (hidden: an empty range)."""
        author = annotation.author or NO_AUTHOR
        if author in self.hidden or annotation.state is ORPHAN:
            return highlight._replace(end=highlight.start, tooltip="")
        color = self.colors.get(author)
        return highlight._replace(color=color) if color else highlight
