"""Find in the document: the find bar (Ctrl+F), the search panel (Ctrl+Shift+F) and their wiring.

Matching itself (script-insensitive, tolerant of stray spaces) lives in :mod:`document.find`;
this package only asks it, paints its SOURCE ranges through the reader's text map and lets the
user move between them.
"""
from __future__ import annotations


def install(window) -> None:
    """Attach find to ``window`` (``window.finder`` is the controller)."""
    from gui.find.controller import FindController

    window.finder = FindController(window)
