"""The capabilities attached to the main window, in one list."""
from __future__ import annotations


def install_features(window) -> None:
    """Attach every feature controller to ``window``; each owns its docks, menus and actions."""
    for install in _installers():
        install(window)


def _installers():
    from gui.annotations import install as install_annotations
    from gui.exchange import install as install_exchange
    from gui.find import install as install_find

    return [install_annotations, install_find, install_exchange]
