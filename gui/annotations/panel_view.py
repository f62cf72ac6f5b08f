"""The annotations panel kept in step with the change event: rows, filter, choices, script, jumps.

An incremental change inserts, updates or removes one row per annotation (the model bisects);
a reset or a change above :data:`BULK` gives the model the whole set again, and a filter or
sort change re-selects the rows from what it holds (one pass, no rows built: see model.py).  The filter choices (tags, authors, colours, sections) and
the status-bar count follow shortly after a burst of changes, coalesced: they repaint whole
widgets, which a burst should pay for once, outside the frame that shows the edit itself.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from document.annotation import Annotation
from gui.annotations.filters import AnnotationFilter
from gui.annotations.focus import Focus
from gui.annotations.panel import AnnotationsDock
from gui.core.changes import AnnotationChange, Cause
from gui.core.host import FeatureHost
from gui.core.index import is_placed

BULK = 64              # above this many changed annotations, rebuild the rows
CHOICES_DELAY_MS = 120


class PanelView(QObject):
    """Fills the dock's model from the state and turns the dock's requests into actions."""

    countChanged = Signal(int, int)   # annotations shown, annotations in all

    def __init__(self, window: FeatureHost, dock: AnnotationsDock, focus: Focus) -> None:
        super().__init__(dock)
        self.window = window
        self.state = window.annotation_state
        self.dock, self.focus = dock, focus
        self.model = dock.model
        self._filter = AnnotationFilter()
        self._sections = None
        self._choices_key: tuple = ()
        self._later = QTimer(self, singleShot=True, interval=CHOICES_DELAY_MS)
        self._later.timeout.connect(self.refresh_choices)
        self.state.changed.connect(self._on_change)
        window.documentShown.connect(self._on_document_shown)
        dock.filterChanged.connect(self.refilter)
        dock.jumpRequested.connect(self.jump_to)
        dock.orphanClicked.connect(lambda a: self.explain_orphan(a.id if a else "", bring_forward=False))

    # -- following the document and the change event --------------------------------------------
    def _on_document_shown(self, reader_text) -> None:
        document = reader_text.document
        if self._sections is not document.sections:
            self._sections = document.sections
            self.model.set_sections(document.sections)
        self.model.set_pages(document.page_at if document.page_starts else None)
        self._set_display_script(reader_text)
        self.refresh_choices(force=True)

    def _on_change(self, change: AnnotationChange) -> None:
        if change.cause is Cause.PREVIEW:
            return            # the panel fills once the whole set is read
        if change.reset or change.size > BULK:
            self.rebuild()
        else:
            for annotation in change.removed:
                self.model.remove(annotation.id)
            for edited in change.updated:
                self.model.update(edited.after)
            for annotation in change.added:
                self.model.insert(annotation)
        if change.tag_colors is not None:
            self.dock.delegate.tag_colors = dict(change.tag_colors)
            self.dock.tree.viewport().update()
        self.changed_soon()

    def changed_soon(self) -> None:
        self._later.start()

    def rebuild(self) -> None:
        """The whole set again (a load, a reset, a large change)."""
        self.model.set_annotations(self.state.index.values())
        self.dock.delegate.tag_colors = dict(self.state.index.tag_colors)
        self._show_rows()

    def refilter(self) -> None:
        """The filter or the sort order changed: the same set, other rows."""
        self._filter = self.dock.current_filter()
        self._show_rows()
        self.changed_soon()

    def _show_rows(self) -> None:
        matches = None if self._filter.empty else self._filter.matcher(self._sections)
        self.model.apply(matches, self.dock.current_sort())
        if self.focus.focused_id:
            self.dock.select_annotation(self.focus.focused_id)

    def refresh_choices(self, force: bool = False) -> None:
        """Filter choices from what the index holds (kept when unchanged) and the count."""
        self._later.stop()
        index = self.state.index
        tags, authors = index.tags_with_parents(), index.authors()
        colors = self.window.settings.colors
        sections = self._sections.entries if self._sections is not None else []
        key = (tuple(tags), tuple(authors), tuple(colors), len(sections))
        if force or key != self._choices_key:
            self._choices_key = key
            convert = self.model.convert   # titles sit in the text: sliced from the view, cheap
            self.dock.set_choices(tags, colors, authors, [(convert(e.title), e.level, e.start) for e in sections])
        self.countChanged.emit(self.model.visible_count(), len(index))

    # -- script -----------------------------------------------------------------------------------
    def _set_display_script(self, rt) -> None:
        """Quotes and titles in the reader's script.  A quote that still sits where it was
        stored is sliced from the reader's converted text (exactly what the reader shows, and
        O(log n)); anything else goes through OpenCC (window.display), cached."""
        if rt.script == "source":
            self.model.set_convert(_same, None)
            return
        text = rt.document.text
        cache: dict[str, str] = {}
        display = self.window.display

        def convert(value: str) -> str:
            if value not in cache:
                start = text.find(value) if 3 < len(value) < 200 else -1
                if start >= 0:
                    ds, de = rt.display_range(start, start + len(value))
                    cache[value] = rt.text[ds:de]
                else:
                    cache[value] = display(value)
            return cache[value]

        def quote_of(a: Annotation) -> str:
            if text[a.start:a.end] == a.quote.exact:
                ds, de = rt.display_range(a.start, a.end)
                return rt.text[ds:de]
            return convert(a.quote.exact)

        self.model.set_convert(convert, quote_of)

    # -- jumps ------------------------------------------------------------------------------------
    def jump_to(self, target) -> None:
        """Show an annotation (selecting its passage) or a section start in the reader."""
        reader = self.window.reader
        if isinstance(target, int):
            if target < 0:   # the orphans' group: it has no place in the text
                self.explain_orphan("")
            else:
                reader.scroll_to_offset(target)
            return
        if not is_placed(target):
            # Its offsets are stale (often 0): jumping would show an unrelated passage.
            self.focus.mark(target.id)
            reader.set_focused_highlight(None)
            self.explain_orphan(target.id)
            return
        self.focus.mark(target.id)
        reader.select_source_range(target.start, target.end)
        reader.set_focused_highlight(target.id)

    def explain_orphan(self, annotation_id: str, bring_forward: bool = True) -> None:
        """An orphan was asked for: say why it cannot be shown, and (``bring_forward``) ask for
        the place where it can be re-attached (Needs Attention, when installed)."""
        self.window.show_status(
            self.tr("This annotation lost its place in the text: re-attach it in Needs Attention."), 10000)
        if bring_forward:
            self.state.request_attention(annotation_id)


def _same(text: str) -> str:
    return text
