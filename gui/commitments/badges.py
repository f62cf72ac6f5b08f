"""Outline badges: how many commitments each section tracks and how many are achieved.

Computed from the state's index (tracked commitments are annotations with commitment fields)
shortly after a change involving a commitment and after every rendering
(:class:`gui.core.outline_follower.OutlineFollower`), then handed to the outline through its declared hook
``outline_dock.set_badges("commitments", …)``.  Children count towards their parents, as the
annotation counts do (one rule: ``SectionIndex.counts``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from document.annotation import AnchorState, CommitmentStatus
from gui.commitments.labels import commitment_color
from gui.core.changes import AnnotationChange
from gui.core.outline_follower import OutlineFollower
from gui.outline_dock import OutlineBadge

OWNER = "commitments"


def badge_text(achieved: int, tracked: int) -> str:
    return f"{achieved}/{tracked}"


class OutlineBadges(OutlineFollower):
    def relevant(self, change: AnnotationChange) -> bool:
        return super().relevant(change) and (change.reset or any(
            a.commitment is not None for a in change.involved()))

    def update(self) -> None:
        document = self.window.document
        badges: dict[int, OutlineBadge] = {}
        if document is not None:
            tracked, achieved = [], []
            for a in self.state.index.values():
                if a.commitment is not None and a.state is not AnchorState.ORPHAN:
                    tracked.append(a.start)
                    if a.commitment.status is CommitmentStatus.ACHIEVED:
                        achieved.append(a.start)
            tracked.sort()
            achieved.sort()
            done = document.sections.counts(achieved)
            color = commitment_color(self.window.settings.colors)
            for start, count in document.sections.counts(tracked).items():
                reached = done.get(start, 0)
                tip = QCoreApplication.translate("OutlineBadges", "%n tracked commitment(s), {achieved} achieved",
                                                 "", count).format(achieved=reached)
                badges[start] = OutlineBadge(badge_text(reached, count), tip, color)
        self.window.outline_dock.set_badges(OWNER, badges)
