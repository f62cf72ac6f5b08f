"""Outline badges: how many commitments each section tracks and how many are achieved.

Computed from the state's index (tracked commitments are annotations with commitment fields),
coalesced shortly after any change and redone after every rendering (which rebuilds the
outline), then handed to the outline through its declared hook
``outline_dock.set_badges("commitments", …)``.  Children count towards their parents, as the
annotation counts do (one rule: ``SectionIndex.counts``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from document.annotation import AnchorState, CommitmentStatus
from gui.commitments.labels import commitment_color
from gui.core.changes import AnnotationChange, Cause
from gui.core.host import FeatureHost
from gui.outline_dock import OutlineBadge

OWNER = "commitments"
DELAY_MS = 120


def badge_text(achieved: int, tracked: int) -> str:
    return f"{achieved}/{tracked}"


class OutlineBadges(QObject):
    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window.outline_dock)
        self.window = window
        self.state = window.annotation_state
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.update)
        self.state.changed.connect(self._on_change)
        window.documentShown.connect(lambda _rt: self.update())

    def _on_change(self, change: AnnotationChange) -> None:
        if change.cause is not Cause.PREVIEW and (change.reset or any(
                a.commitment is not None for a in change.involved())):
            self._timer.start()

    def update(self) -> None:
        self._timer.stop()
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
                tip = QCoreApplication.translate("OutlineBadges", "%n tracked commitment(s)", "", count) + ", " + \
                    QCoreApplication.translate("OutlineBadges", "%n achieved", "", reached)
                badges[start] = OutlineBadge(badge_text(reached, count), tip, color)
        self.window.outline_dock.set_badges(OWNER, badges)
