"""The reader's highlights, kept in step with the change event.

One highlight per live annotation, built by :meth:`ReaderHighlights.highlight_of` (the
annotation's range and colour, then every registered highlight style).  An incremental change
touches one highlight per annotation — O(log n) plus a repaint of what is on screen, so with
10,000 highlights Ctrl+H still fits in a frame; a reset or a change above :data:`BULK` replaces
them all.  Hover text is built on demand from the index, so reading 10,000 annotations formats
no tooltips.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from document.annotation import Annotation
from gui.core.changes import AnnotationChange, Cause
from gui.core.index import ORPHAN
from gui.core.state import AnnotationState
from gui.core.styles import HighlightStyles
from gui.reader_layers import Highlight
from gui.reader_view import ReaderView

BULK = 64            # above this many changed annotations, repaint all instead of one by one
TOOLTIP_NOTE = 600   # characters of a note shown when hovering a highlight


class ReaderHighlights(QObject):
    """Paints the state's annotations in the reader and answers its hover questions."""

    def __init__(self, reader: ReaderView, state: AnnotationState, styles: HighlightStyles,
                 color_names: list[tuple[str, str]]) -> None:
        super().__init__(reader)
        self.reader = reader
        self.state = state
        self.styles = styles
        self.set_color_names(color_names)
        reader.tooltip_provider = self.tooltip_of
        state.changed.connect(self._on_change)
        styles.changed.connect(self.repaint_all)

    def set_color_names(self, colors: list[tuple[str, str]]) -> None:
        """(hex, name) pairs from Preferences: hover text names the colour."""
        self._color_names = {color.lower(): name for color, name in colors}

    def highlight_of(self, a: Annotation) -> Highlight:
        # An orphan's offsets are stale: paint nothing there (an empty range is never hit either).
        end = a.end if a.state is not ORPHAN else a.start
        return self.styles.apply(a, Highlight(a.id, a.start, end, a.color, bool(a.note)))

    def repaint_all(self) -> None:
        self.reader.set_highlights([self.highlight_of(a) for a in self.state.index.values()])

    def _on_change(self, change: AnnotationChange) -> None:
        if change.reset:
            self.reader.set_highlights([self.highlight_of(a) for a in change.added])
            if change.cause is Cause.PREVIEW:
                self.reader.viewport().repaint()   # now, before the full read takes the GUI thread
            return
        if change.size > BULK:
            self.repaint_all()
            return
        for annotation in change.removed:
            self.reader.remove_highlight(annotation.id)
        for annotation in change.current():
            self.reader.add_highlight(self.highlight_of(annotation))

    def tooltip_of(self, highlight: Highlight) -> str:
        """Colour name, #tags and the start of the note, as plain text (the reader escapes it)."""
        a = self.state.index.get(highlight.id)
        if a is None:
            return ""
        first = self._color_names.get(a.color.lower(), "")
        if a.tags:
            first = (first + "  " if first else "") + "  ".join(f"#{t}" for t in a.tags)
        lines = [first]
        if a.note:
            lines.append(a.note if len(a.note) <= TOOLTIP_NOTE else a.note[:TOOLTIP_NOTE] + "…")
        return "\n".join(line for line in lines if line)
