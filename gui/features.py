"""The features attached to the main window, in one list.

Each feature is built from the window (:class:`gui.core.host.FeatureHost`) and depends on
nothing but what that protocol offers — never on another feature — so the order below is only
the order of their menu entries and docks (annotations' Edit entries before find's, the
annotations dock in front of Needs Attention).  Adding a feature: docs/architecture.md,
"Add a feature or a dock".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from gui.main_window import MainWindow


def install_features(window: "MainWindow") -> None:
    """Attach every feature to ``window`` and expose each as its typed attribute."""
    from gui.annotations.feature import AnnotationsFeature
    from gui.commitments.feature import CommitmentsFeature
    from gui.exchange.controller import ExchangeFeature
    from gui.find.controller import FindController
    from gui.sync.feature import SyncFeature

    window.annotations = AnnotationsFeature(window)
    window.finder = FindController(window)
    window.exchange = ExchangeFeature(window)
    window.commitments = CommitmentsFeature(window)
    window.sync = SyncFeature(window)
