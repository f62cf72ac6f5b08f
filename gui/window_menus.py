"""The main window's menu bar: its own entries, the extension points features add to, and the
tidying after they did (Quit last, no doubled separators), plus Help's boxes.

Features add entries through :meth:`MainWindow.menu` / :meth:`MainWindow.add_action`, which land
here; menus are created in the order first asked for, before Help.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from document.script_ids import SCRIPT_IDS
from gui.language import application_name
from gui.script_names import script_label, script_name
from gui.settings import DEFAULT_FONT_SIZE

if TYPE_CHECKING:  # pragma: no cover
    from gui.main_window import MainWindow

SCRIPT_SHORTCUTS = {"source": "Ctrl+1", "s": "Ctrl+2", "t": "Ctrl+3", "tw": "Ctrl+4", "twp": "Ctrl+5", "hk": "Ctrl+6"}

# Top-level menus are asked for by their English title (features say ``window.menu("&View")``);
# the menu bar shows the title in the UI language.  A feature adding a new top-level menu marks
# its title here too.
MENU_TITLES = (
    QT_TRANSLATE_NOOP("Menus", "&File"), QT_TRANSLATE_NOOP("Menus", "&Edit"),
    QT_TRANSLATE_NOOP("Menus", "&View"), QT_TRANSLATE_NOOP("Menus", "&Help"),
)


def plain_action_text(text: str) -> str:
    """A menu entry's text without its mnemonic: "&Open…" → "Open…", "打开(&O)…" → "打开…"."""
    text = re.sub(r"\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0]


def menu_title(key: str) -> str:
    """The shown title of the top-level menu ``key`` (an English title, as features name it)."""
    return QCoreApplication.translate("Menus", key)


class WindowMenus(QObject):
    """Owns the menu bar of one main window."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self.script_actions = QActionGroup(window)
        self.script_actions.setExclusive(True)

    # -- extension points -------------------------------------------------------------------
    def menu(self, title: str) -> QMenu:
        """The top-level menu called ``title``, created (before Help) if needed."""
        if title not in self.menus:
            menu = QMenu(menu_title(title), self.window)
            help_menu = self.menus.get("&Help")
            if help_menu is not None:
                self.window.menuBar().insertMenu(help_menu.menuAction(), menu)
            else:
                self.window.menuBar().addMenu(menu)
            self.menus[title] = menu
        return self.menus[title]

    def add_action(self, menu_title: str, text: str, slot: Callable[[], Any], shortcut=None,
                   object_name: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if object_name:
            action.setObjectName(object_name)
        action.triggered.connect(slot)
        self.menu(menu_title).addAction(action)
        self.window.addAction(action)  # shortcuts work while docks have focus
        return action

    # -- the window's own entries -----------------------------------------------------------------
    def build(self) -> None:
        w = self.window
        self.menu("&File")
        self.add_action("&File", self.tr("&Open…"), w.choose_file, QKeySequence.StandardKey.Open, "openAction")
        w.recent_menu = self.menu("&File").addMenu(self.tr("Open &Recent"))
        w.recent_menu.setObjectName("recentMenu")
        w.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.add_action("&File", self.tr("Open &Bundled Report"), lambda: w.open_document(None))
        self.menu("&File").addSeparator()
        self.quit_action = w.quit_action = self.add_action("&File", self.tr("&Quit"), w.close, "Ctrl+Q", "quitAction")
        self._build_undo(self.menu("&Edit"))
        self.menu("&View")
        self.add_action("&View", self.tr("Zoom &In"), lambda: w.set_font_size(w.point_size + 1),
                        ["Ctrl+=", "Ctrl++"], "zoomInAction")
        self.add_action("&View", self.tr("Zoom &Out"), lambda: w.set_font_size(w.point_size - 1), "Ctrl+-", "zoomOutAction")
        self.add_action("&View", self.tr("&Actual Size"), lambda: w.set_font_size(DEFAULT_FONT_SIZE), "Ctrl+0",
                        "zoomResetAction")
        self.menu("&View").addSeparator()
        self._build_script_menu()
        self.menu("&View").addSeparator()
        self.menu("&View").addAction(w.outline_dock.toggleViewAction())
        w.outline_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.add_action("&View", self.tr("Focus Outline &Filter"), w.focus_outline_filter, "Ctrl+Shift+L")
        self.menu("&Help")
        self.add_action("&Help", self.tr("&Keyboard Shortcuts"), self._show_shortcuts, "F1")
        self.add_action("&Help", self.tr("&About Pizhu"), self._show_about)

    def _build_undo(self, edit: QMenu) -> None:
        """Undo and Redo of every annotation operation, whichever feature made it."""
        w, stack = self.window, self.window.annotation_state.undo_stack
        w.undo_action = stack.createUndoAction(w)      # Qt's own "Undo %1", in the UI language
        w.undo_action.setObjectName("undoAction")
        w.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        w.redo_action = stack.createRedoAction(w)
        w.redo_action.setObjectName("redoAction")
        w.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (w.undo_action, w.redo_action):
            edit.addAction(action)
            w.addAction(action)
        edit.addSeparator()

    def _build_script_menu(self) -> None:
        w = self.window
        menu = self.menu("&View").addMenu(self.tr("&Script"))
        menu.setObjectName("scriptMenu")
        toolbar = QToolBar(self.tr("Script"), w)
        toolbar.setObjectName("scriptToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        for script in SCRIPT_IDS:
            action = QAction(script_name(script), w)     # the menu names it in full,
            action.setIconText(script_label(script))       # the toolbar briefly
            action.setObjectName(f"script_{script}")
            action.setCheckable(True)
            action.setChecked(script == w.script)
            action.setShortcut(QKeySequence(SCRIPT_SHORTCUTS[script]))
            action.setToolTip(f"{script_name(script)} ({SCRIPT_SHORTCUTS[script]})")
            action.setData(script)
            action.triggered.connect(lambda _checked=False, s=script: w.set_script(s))
            self.script_actions.addAction(action)
            menu.addAction(action)
            toolbar.addAction(action)
            w.addAction(action)
        w.script_toolbar = toolbar

    def check_script(self, script: str) -> None:
        for action in self.script_actions.actions():
            action.setChecked(action.data() == script)

    def finish(self) -> None:
        """After the features added their actions: Quit goes last in File, behind one separator,
        and no menu ends or doubles up on separators."""
        file_menu = self.menu("&File")
        file_menu.removeAction(self.quit_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        for menu in self.menus.values():
            previous_separator = True
            for action in list(menu.actions()):
                if action.isSeparator() and previous_separator:
                    menu.removeAction(action)
                previous_separator = action.isSeparator() and action in menu.actions()
            actions = menu.actions()
            if actions and actions[-1].isSeparator():
                menu.removeAction(actions[-1])

    def _fill_recent_menu(self) -> None:
        w = self.window
        w.recent_menu.clear()
        files = w.settings.recent_files
        for path in files:
            action = w.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: w.open_document(p))
        if not files:
            w.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            w.recent_menu.addSeparator()
            w.recent_menu.addAction(self.tr("Clear Menu"), w.settings.clear_recent_files)

    def actions(self) -> list[QAction]:
        """Every action reachable from the menu bar, submenus included."""
        found: list[QAction] = []

        def walk(actions) -> None:
            for action in actions:
                if action.menu() is not None:
                    walk(action.menu().actions())
                elif not action.isSeparator():
                    found.append(action)

        walk(self.window.menuBar().actions())
        return found

    def _show_shortcuts(self) -> QMessageBox:
        """Help › Keyboard Shortcuts (F1): every menu entry with a key, as a two-column table.
        Entries carry the user's colour names, so every cell is escaped."""
        rows = set()
        for action in self.actions():
            if not action.shortcut().isEmpty() and action.text():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.add((plain_action_text(action.text()), keys))
        cells = "".join(f"<tr><td>{html.escape(text)}</td><td style='padding-left:24px'>{html.escape(keys)}</td></tr>"
                        for text, keys in sorted(rows))
        return self._open_box("shortcutsBox", self.tr("Keyboard Shortcuts"), f"<table>{cells}</table>",
                              Qt.TextFormat.RichText)

    def _show_about(self) -> QMessageBox:
        import importlib.metadata  # only here: it costs ~30 ms at start-up

        try:
            version = importlib.metadata.version("pizhu")
        except importlib.metadata.PackageNotFoundError:
            version = self.tr("(development version)")
        name = application_name()
        box = self._open_box("aboutBox", self.tr("About {name}").format(name=name),
                             self.tr("{name} {version}\nRead and annotate Chinese policy documents.").format(
                                 name=name, version=version), Qt.TextFormat.PlainText)
        box.setIconPixmap(self.window.windowIcon().pixmap(64, 64))
        return box

    def _open_box(self, name: str, title: str, text: str, text_format: Qt.TextFormat) -> QMessageBox:
        """A window-modal message box, opened (not exec'd) so the reader keeps painting."""
        box = QMessageBox(self.window)
        box.setObjectName(name)
        box.setWindowTitle(title)
        box.setTextFormat(text_format)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
