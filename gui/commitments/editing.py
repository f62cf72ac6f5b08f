"""What the user does to the ledger, as operations on the shared state: track suggestions or a
passage, edit a field, change a status, dismiss or restore suggestions.

Each builds the values the ledger API wants and executes one undoable operation
(:mod:`gui.commitments.operations`); the views follow from the change event.  New highlights
take the 承诺 colour (:func:`gui.commitments.labels.commitment_color`) and the user's name.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from document.annotation import Annotation, CommitmentStatus, Evidence
from document.commitments import describe_passage
from gui.commitments.labels import commitment_color
from gui.commitments.operations import (
    ChangeStatus, DismissSuggestions, EditCommitment, RestoreSuggestions, SetCommitment, TrackCommitments,
)
from gui.core.host import FeatureHost
from storage.ledger import LedgerEntry, passage_annotation, suggestion_annotation


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Commitments", text, "", n)


class LedgerEditor(QObject):
    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window.annotation_state)
        self.window = window
        self.state = window.annotation_state
        self.settings = window.settings

    @property
    def color(self) -> str:
        return commitment_color(self.settings.colors)

    def _ready(self) -> bool:
        if self.window.document is None or self.state.store is None:
            self.window.show_status(_tr("No annotation store: commitments cannot be saved"))
            return False
        return True

    # -- tracking ------------------------------------------------------------------------------
    def track(self, entries: Sequence[LedgerEntry]) -> list[Annotation]:
        """Track the untracked suggestions among ``entries``; returns the new annotations."""
        suggestions = [e.suggestion for e in entries if not e.tracked and e.suggestion is not None]
        if not suggestions:
            if entries:
                self.window.show_status(_tr("Already tracked"))
            return []
        if not self._ready():
            return []
        document = self.window.document
        made = [suggestion_annotation(document, c, color=self.color, author=self.settings.author)
                for c in suggestions]
        text = _tr("Track Commitment") if len(made) == 1 else _tr("Track %n Commitment(s)", len(made))
        if not self.state.execute(TrackCommitments(self.state, made, text)):
            return []
        return made

    def track_passage(self, start: int, end: int) -> Annotation | None:
        """Track [start, end) of the shown report (fields read by ``describe_passage``); an
        existing highlight of exactly that range becomes a commitment instead."""
        if not self._ready() or start >= end:
            return None
        document = self.window.document
        existing = self._highlight_at(start, end)
        if existing is not None:
            return self.make_commitment(existing)
        annotation = passage_annotation(document, start, end, color=self.color, author=self.settings.author)
        if not self.state.execute(TrackCommitments(self.state, [annotation], _tr("Track as Commitment"))):
            return None
        return annotation

    def make_commitment(self, annotation: Annotation) -> Annotation | None:
        """An existing highlight becomes a commitment (its fields read from its passage)."""
        if annotation.commitment is not None:
            self.window.show_status(_tr("This highlight is already a tracked commitment"))
            return annotation
        document = self.window.document
        commitment = describe_passage(document, annotation.start, annotation.end).as_commitment()
        operation = SetCommitment(self.state, annotation.id, commitment, self.settings.author,
                                  _tr("Track as Commitment"))
        return self.state.index.get(annotation.id) if self.state.execute(operation) else None

    def untrack(self, entries: Sequence[LedgerEntry]) -> None:
        """Tracked commitments become plain highlights again (their history is kept)."""
        for entry in entries:
            if entry.annotation is not None:
                self.state.execute(SetCommitment(self.state, entry.annotation.id, None, self.settings.author,
                                                 _tr("Stop Tracking")))

    def _highlight_at(self, start: int, end: int) -> Annotation | None:
        for highlight in self.window.reader.highlights_at(start):
            if highlight.start == start and highlight.end == end:
                found = self.state.index.get(highlight.id)
                if found is not None:
                    return found
        return None

    # -- fields and status -------------------------------------------------------------------------
    def edit(self, annotation_id: str, field: str, text: str) -> None:
        self.state.execute(EditCommitment(self.state, annotation_id, {field: text}))

    def change_status(self, annotation_id: str, status: CommitmentStatus | str, *, author: str | None = None,
                      note: str = "", source: str = "", evidence: Evidence | None = None) -> bool:
        operation = ChangeStatus(self.state, annotation_id, CommitmentStatus(status),
                                 author=self.settings.author if author is None else author,
                                 note=note, source=source, evidence=evidence)
        return self.state.execute(operation)

    # -- dismissing ------------------------------------------------------------------------------------
    def dismiss(self, entries: Sequence[LedgerEntry]) -> None:
        """Dismiss the untracked suggestions among ``entries``; dismissed ones are restored."""
        restore = [i for e in entries if not e.tracked and e.dismissed for i in e.dismissals]
        fresh = [(e.start, e.end, e.quote) for e in entries if not e.tracked and not e.dismissed]
        if not fresh and not restore:
            if entries:
                self.window.show_status(_tr("Tracked commitments are not dismissed: use Stop Tracking "
                                            "or delete the highlight"))
            return
        if not self._ready():
            return
        if fresh:
            self.state.execute(DismissSuggestions(self.state, self.window.document.id, fresh, self.settings.author))
        if restore:
            self.state.execute(RestoreSuggestions(self.state, restore))
