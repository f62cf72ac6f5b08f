"""What the user does to annotations, as operations on the state: highlight, tag, note, colour,
delete.  Each builds new Annotation values and executes one undoable operation
(:mod:`gui.core.operations`); the views follow from the change event, nothing here touches them.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject

from document.annotation import Annotation, TextQuote, new_annotation_id
from gui.annotations.focus import Focus
from gui.annotations.selection_bar import SelectionBar
from gui.core import operations
from gui.core.host import FeatureHost
from gui.core.index import tag_parents


class AnnotationEditor(QObject):
    def __init__(self, window: FeatureHost, focus: Focus, bar: SelectionBar) -> None:
        super().__init__(bar)
        self.window = window
        self.state = window.annotation_state
        self.settings = window.settings
        self.reader = window.reader
        self.focus, self.bar = focus, bar

    # -- reading --------------------------------------------------------------------------------
    def exact_match(self, start: int, end: int) -> Annotation | None:
        """The live annotation covering exactly [start, end), if any (Ctrl+H twice recolours)."""
        for h in self.reader.highlights_at(start):
            if h.start == start and h.end == end and h.id in self.state.index:
                return self.state.index.get(h.id)
        return None

    def known_tags(self) -> list[str]:
        """Tags for completion: every tag in the store, plus the parents of hierarchical ones."""
        names = set(self.state.index.tag_counts())
        store = self.state.store
        if store is not None:
            try:
                names.update(t.name for t in store.tags())
            except Exception:  # noqa: BLE001 - completion is a convenience
                pass
        return sorted(names | {p for n in names for p in tag_parents(n)})

    # -- highlighting ----------------------------------------------------------------------------
    def highlight_selection(self, color: str | None = None, tags: Sequence[str] = (), note: str = "",
                            text: str = "") -> Annotation | None:
        """Highlight the reader's selection; an identical existing highlight is recoloured."""
        selected = self.reader.selected_source_range()
        if selected is None:
            self.window.show_status(self.tr("Select some text to highlight first"))
            return None
        return self.highlight_range(*selected, color=color, tags=tags, note=note, text=text)

    def highlight_range(self, start: int, end: int, color: str | None = None, tags: Sequence[str] = (),
                        note: str = "", text: str = "") -> Annotation | None:
        """Highlight [start, end); ``text`` names the undo step ("Highlight" by default)."""
        document = self.window.document
        if document is None or self.state.store is None:
            self.window.show_status(self.tr("No annotation store: highlights cannot be saved"))
            return None
        if color:
            self.remember_color(color)
        existing = self.exact_match(start, end)
        if existing is not None:
            if color and color != existing.color:
                self.set_color([existing.id], color)
            self.focus.focus(existing.id, quiet=True, panel=False)
            return self.state.index.get(existing.id) or existing
        annotation = Annotation(
            id=new_annotation_id(), document_id=document.id, start=start, end=end,
            quote=TextQuote.from_text(document.text, start, end),
            color=color or self.settings.current_color, tags=tuple(tags), note=note,
            author=self.settings.author,
        )
        if not self.state.execute(operations.create(self.state, [annotation], text or self.tr("Highlight"))):
            return None
        self.bar.hide()
        cursor = self.reader.textCursor()
        if cursor.hasSelection():   # collapse the selection so the new colour shows
            cursor.setPosition(cursor.selectionEnd())
            self.reader.setTextCursor(cursor)
        # The new highlight is what Ctrl+T / Ctrl+Shift+N / Alt+n act on next (after the
        # collapse above, which may have put the caret into a neighbour).
        self.focus.focus(annotation.id, quiet=True, panel=False)
        return self.state.index.get(annotation.id)

    # -- editing ---------------------------------------------------------------------------------
    def set_tags(self, ids: Iterable[str], tags: Sequence[str], common: Sequence[str] | None = None) -> None:
        """Give the annotations ``tags``.  With ``common`` (the tags they shared when the editor
        opened), only those are replaced and each keeps its other tags."""
        pairs = []
        for a in self.state.index.live(ids):
            if common is None:
                new = tuple(tags)
            else:
                # The edited tags in the user's order, then this annotation's own others.
                new = tuple(tags) + tuple(t for t in a.tags if t not in common and t not in tags)
            if new != a.tags:
                pairs.append((a, a.with_changes(tags=new)))
        self._edit(pairs, self.tr("Tag"))

    def set_note(self, ids: Iterable[str], note: str) -> None:
        self._edit([(a, a.with_changes(note=note)) for a in self.state.index.live(ids) if a.note != note],
                   self.tr("Note"))

    def set_color(self, ids: Iterable[str], color: str) -> None:
        self.remember_color(color)
        self._edit([(a, a.with_changes(color=color)) for a in self.state.index.live(ids) if a.color != color],
                   self.tr("Colour"))

    def delete(self, ids: Iterable[str]) -> None:
        doomed = self.state.index.live(ids)
        if doomed:
            text = self.tr("Delete %n Highlight(s)", "", len(doomed))
            self.state.execute(operations.delete(self.state, doomed, text))

    def _edit(self, pairs: list[tuple[Annotation, Annotation]], text: str) -> None:
        if pairs:
            self.state.execute(operations.edit(self.state, [b for b, _ in pairs], [a for _, a in pairs], text))

    def remember_color(self, color: str) -> None:
        if color != self.settings.current_color:
            self.settings.current_color = color
