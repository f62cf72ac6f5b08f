"""The first layout of the main window, before the user has moved anything.

Qt sizes docks from their size hints, and the annotations panel's filters ask for a lot: at
1280 px the reading column got 40% of the window.  Here the docks get modest widths, so the
reading column gets most of the window (56% at 1280 px) and its measure stays comfortable;
later runs restore whatever the user arranged.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

# Logical pixels, and at most this share of the window so a small window still reads well.
DEFAULT_DOCK_WIDTHS = {
    Qt.DockWidgetArea.LeftDockWidgetArea: (260, 0.20),
    Qt.DockWidgetArea.RightDockWidgetArea: (290, 0.23),
}


def dock_is_placed(dock: QDockWidget) -> bool:
    """Whether ``dock`` is (or is about to be) shown docked: a dock added to a window already on
    screen — features attach after the first paint — stays hidden until the layout shows it,
    so only a dock hidden on purpose (``hide()``, its View entry unchecked) counts as hidden."""
    hidden = dock.isHidden() and dock.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    return not hidden and not dock.isFloating()


def has_saved_layout(window) -> bool:
    _geometry, state = window.settings.window_state()
    return isinstance(state, QByteArray) and not state.isEmpty()


def apply_default_layout(window: QMainWindow) -> None:
    for area, (pixels, share) in DEFAULT_DOCK_WIDTHS.items():
        docks = [d for d in window.findChildren(QDockWidget)
                 if window.dockWidgetArea(d) == area and dock_is_placed(d)]
        if docks:
            width = min(pixels, int(share * window.width()))
            window.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
