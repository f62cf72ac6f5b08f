"""How anchoring states are shown, wherever annotations are listed (panel, Needs Attention).

One table so the same state never carries two names or two colours.  ``ANCHORED`` shows no
badge; ``CHANGED`` is placed but its text differs (a badge, no warning colour).
"""
from __future__ import annotations

from document.annotation import AnchorState, Annotation

STATE_LABELS = {AnchorState.REVIEW: "待核对 review", AnchorState.ORPHAN: "失锚 orphan",
                AnchorState.CHANGED: "已改 changed"}
STATE_COLORS = {AnchorState.REVIEW: "#e08a00", AnchorState.ORPHAN: "#d93025", AnchorState.CHANGED: ""}


def state_label(annotation: Annotation) -> str:
    """The badge text of an annotation that is not simply anchored ("" when it is)."""
    return STATE_LABELS.get(annotation.state, "")
