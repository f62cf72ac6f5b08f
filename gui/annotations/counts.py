"""How many annotations each outline section holds, shown in the outline.

Recomputed from the index (two bisections per outline entry) shortly after any change and after
every rendering of the document (:class:`gui.core.outline_follower.OutlineFollower`).
"""
from __future__ import annotations

from gui.core.outline_follower import OutlineFollower


class OutlineCounts(OutlineFollower):
    def update(self) -> None:
        document = self.window.document
        counts = self.state.index.section_counts(document.sections) if document is not None else {}
        self.window.outline_dock.model.set_counts(counts)
