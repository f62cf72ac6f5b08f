"""Highlight styles: the declared hook list through which features change how highlights paint.

The reader paints a :class:`~gui.reader_view.Highlight` per annotation.  A feature that wants
some highlights painted differently — author layers hide or recolour an author's, a commitments
view might tint tracked commitments — registers a style ``(annotation, highlight) -> highlight``
with :meth:`HighlightStyles.add` and calls :meth:`restyle` when its own settings change; the
annotations feature applies every style, in registration order, whenever it builds a highlight,
and repaints all highlights on :attr:`changed`.

A style runs for every highlight when a document's annotations are read (10,000 of them), so it
must be cheap: look things up in immutable snapshots, never in the store.  Hiding a highlight
means returning an empty range at its start (the reader paints and hit-tests nothing there).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from document.annotation import Annotation
from gui.reader_layers import Highlight

HighlightStyle = Callable[[Annotation, Highlight], Highlight]


class HighlightStyles(QObject):
    """The registered styles, applied in order."""

    changed = Signal()   # a style was added or its settings changed: repaint every highlight

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._styles: list[HighlightStyle] = []

    def add(self, style: HighlightStyle) -> None:
        self._styles.append(style)
        self.changed.emit()

    def restyle(self) -> None:
        """A style's own settings changed (an author hidden, a colour chosen)."""
        self.changed.emit()

    def apply(self, annotation: Annotation, highlight: Highlight) -> Highlight:
        for style in self._styles:
            highlight = style(annotation, highlight)
        return highlight
