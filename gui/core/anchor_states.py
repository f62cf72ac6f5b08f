"""How anchoring states are shown, wherever annotations are listed (panel, Needs Attention).

One table so the same state never carries two names or two colours.  ``ANCHORED`` shows no
badge; ``CHANGED`` is placed but its text differs (a badge, no warning colour).  The labels are
English sources, shown in the UI language by :func:`state_name`.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from document.annotation import AnchorState, Annotation

STATE_LABELS = {AnchorState.REVIEW: QT_TRANSLATE_NOOP("AnchorStates", "to review"),
                AnchorState.ORPHAN: QT_TRANSLATE_NOOP("AnchorStates", "orphaned"),
                AnchorState.CHANGED: QT_TRANSLATE_NOOP("AnchorStates", "text changed")}
STATE_COLORS = {AnchorState.REVIEW: "#e08a00", AnchorState.ORPHAN: "#d93025", AnchorState.CHANGED: ""}


def state_name(state: AnchorState) -> str:
    """The badge text of ``state`` in the UI language ("" for a state without a badge)."""
    label = STATE_LABELS.get(state)
    return QCoreApplication.translate("AnchorStates", label) if label else ""


def state_label(annotation: Annotation) -> str:
    """The badge text of an annotation that is not simply anchored ("" when it is)."""
    return state_name(annotation.state)
