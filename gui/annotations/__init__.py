"""Annotating: highlights, tags, notes, the annotations panel and undo/redo.

``install(window)`` attaches the feature; the controller is then ``window.annotations``.
"""
from __future__ import annotations


def install(window) -> None:
    """Create the controller (dock, selection bar, Edit-menu actions) for ``window``."""
    from gui.annotations.controller import AnnotationsController

    window.annotations = AnnotationsController(window)
