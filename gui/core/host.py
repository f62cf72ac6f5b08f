"""The contract between the main window and the features attached to it.

A *feature* (annotations, find, exchange; next commitments, sync) is built from a
:class:`FeatureHost` — the main window — and may use exactly what this Protocol lists: the
reading parts, the shared annotation state and highlight styles, three signals and a handful
of extension points.  Features never reach each other (no ``window.<feature>``, no getattr,
no imports across feature packages; tests/gui/test_feature_contract.py enforces it); what two
features share lives here or in :mod:`gui.core`:

* state of the shown document's annotations and every change to it → ``annotation_state``
  (:class:`gui.core.state.AnnotationState`: index, undo stack, operations, change event);
* how highlights paint → ``highlight_styles`` (:class:`gui.core.styles.HighlightStyles`);
* "show this annotation where its place can be fixed" → ``annotation_state.attentionRequested``;
* dropped files → ``accept_drops`` + ``fileDropped``;
* docks sharing the right edge → ``add_dock(..., tabbed=True)``;
* actions on the reader's selection (its toolbar and context menu) → ``selection_actions``
  (:class:`gui.core.selection_actions.SelectionActions`);
* badges per outline section → ``outline_dock.set_badges(owner, badges)``;
* opening another report (an evidence passage) → ``open_document(path)`` + ``documentShown``;
* a tab in Edit › Preferences… → ``preference_pages.add(factory)``
  (:mod:`gui.core.preference_pages`).

``gui/features.py`` lists the features in installation (= menu) order.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, SignalInstance

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

    from document.model import Document
    from gui.core.preference_pages import PreferencePages
    from gui.core.selection_actions import SelectionActions
    from gui.core.state import AnnotationState
    from gui.core.styles import HighlightStyles
    from gui.outline_dock import OutlineDock
    from gui.reader_text import ReaderText
    from gui.reader_view import ReaderView
    from gui.settings import Settings


class FeatureHost(Protocol):
    """What a feature may use of the main window."""

    # -- reading ---------------------------------------------------------------------------
    reader: "ReaderView"
    outline_dock: "OutlineDock"
    settings: "Settings"
    store: Any                       # storage.store.Store once open, else None
    reader_text: "ReaderText | None"
    document_path: str | None        # None: the bundled report
    script: str

    @property
    def document(self) -> "Document | None": ...

    def display(self, text: str) -> str: ...          # a title or quote in the current script

    def go_to_offset(self, offset: int) -> None: ...

    def open_document(self, path: str | None) -> None: ...   # None: the bundled report

    # -- shared state ------------------------------------------------------------------------
    annotation_state: "AnnotationState"
    highlight_styles: "HighlightStyles"
    selection_actions: "SelectionActions"
    preference_pages: "PreferencePages"

    # -- signals -----------------------------------------------------------------------------
    documentShown: SignalInstance    # ReaderText, after (re)rendering in any script
    storeAttached: SignalInstance    # the Store, once it is open (after the first paint)
    fileDropped: SignalInstance      # path of a dropped file with a suffix a feature accepts

    # -- extension points --------------------------------------------------------------------
    def menu(self, title: str) -> "QMenu": ...

    def add_action(self, menu_title: str, text: str, slot: Callable[[], Any], shortcut: Any = None,
                   object_name: str = "") -> "QAction": ...

    def add_dock(self, dock: "QDockWidget", area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                 tabbed: bool = False) -> None: ...

    def tabify_with_neighbour(self, dock: "QDockWidget") -> None: ...

    def add_reader_bar(self, bar: "QWidget", above: bool = False) -> None: ...

    def add_status_widget(self, widget: "QWidget") -> None: ...

    def accept_drops(self, suffixes: Sequence[str]) -> None: ...

    def show_status(self, message: str, timeout_ms: int = 5000) -> None: ...

    def clear_status(self) -> None: ...

    def set_counts_text(self, text: str) -> None: ...
