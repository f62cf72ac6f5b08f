"""The annotations feature: the panel, the reader's highlights, outline counts and editing.

Each part has one job and talks to the others only through the shared state's change event:

* :class:`~gui.annotations.highlights.ReaderHighlights` paints highlights in the reader;
* :class:`~gui.annotations.panel_view.PanelView` keeps the panel's rows, filter and choices;
* :class:`~gui.annotations.counts.OutlineCounts` shows how many annotations each section holds;
* :class:`~gui.annotations.focus.Focus` knows which annotation the next command acts on;
* :class:`~gui.annotations.editing.AnnotationEditor` turns intentions into operations;
* :class:`~gui.annotations.actions.AnnotationActions` owns menus, shortcuts and dialogs.

Flow of Ctrl+H: the action asks the editor → the editor builds an Annotation and executes a
``create`` operation → its redo makes one store insert → the state emits one change → the
reader adds one highlight, the panel one row, the counts follow after the frame.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from gui.annotations.counts import OutlineCounts
from gui.annotations.editing import AnnotationEditor
from gui.annotations.focus import Focus
from gui.annotations.highlights import ReaderHighlights
from gui.annotations.panel import AnnotationsDock
from gui.annotations.panel_view import PanelView
from gui.annotations.selection_bar import SelectionBar
from gui.core.host import FeatureHost


class AnnotationsFeature(QObject):
    """Builds and wires the parts; the window exposes it as ``window.annotations``."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.setObjectName("annotationsFeature")
        self.window = window
        self.state = window.annotation_state
        self.dock = AnnotationsDock(window)
        window.add_dock(self.dock, tabbed=True)
        self.bar = SelectionBar(window.reader)
        self.bar.set_colors(window.settings.colors)
        selection_actions = window.selection_actions
        selection_actions.changed.connect(lambda: self.bar.set_extra_actions(selection_actions.actions()))
        window.reader.selectionFinished.connect(self.bar.show_for_selection)
        self.focus = Focus(window.reader, self.dock, self.state)
        self.highlights = ReaderHighlights(window.reader, self.state, window.highlight_styles,
                                           window.settings.colors)
        self.panel = PanelView(window, self.dock, self.focus)
        self.panel.countChanged.connect(self._show_count)
        self.counts = OutlineCounts(window)
        self.editor = AnnotationEditor(window, self.focus, self.bar)
        window.reader.highlightClicked.connect(self.focus_annotation)

        from gui.annotations.actions import AnnotationActions

        self.actions = AnnotationActions(self)

    def focus_annotation(self, annotation_id: str, quiet: bool = False, panel: bool = True) -> None:
        """A highlight was clicked (or reached): mark it and select it in the panel, saying so
        when the panel's filter hides it."""
        if not self.focus.focus(annotation_id, quiet, panel) and not quiet:
            self.window.show_status(self.tr("This annotation is hidden by the panel's filter"))

    def colors_renamed(self) -> None:
        """Preferences renamed the colours: menus, the bar and hover texts name them anew."""
        colors = self.window.settings.colors
        self.bar.set_colors(colors)
        self.highlights.set_color_names(colors)
        self.panel.refresh_choices(force=True)

    def _show_count(self, shown: int, total: int) -> None:
        self.window.set_counts_text(self.tr("Annotations: {total}").format(total=total) if shown == total
                                    else self.tr("Annotations: {shown} / {total}").format(shown=shown, total=total))

    # -- demo data (screenshots, benchmarks) ---------------------------------------------------------
    def add_demo_highlights(self, count: int, seed: int = 7) -> None:
        """Store ``count`` plausible highlights (one transaction) and show them."""
        document, store = self.window.document, self.state.store
        if document is None or store is None or count <= 0:
            return
        from gui.annotations.demo import demo_annotations

        settings = self.window.settings
        store.add_many(demo_annotations(document, count, [c for c, _ in settings.colors], settings.author, seed))
        self.state.refresh()
        self.panel.refresh_choices()
        self.counts.update()
