"""The ledger's undoable operations: each wraps one store call of the ledger API and its inverse
(docs/commitments.md, "The API the Commitments panel uses") so that tracking, inline edits,
status changes and dismissals sit on the one undo stack and report through the one change
event (docs/architecture.md, "The operation path").

State that is not an annotation is named in ``StoreResult.aspects``: :data:`DISMISSALS` when
the dismissed suggestions changed, :data:`HISTORY` when a status history changed — so the panel
re-reads exactly that, after the operation *and* after its undo.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from document.annotation import Annotation, Commitment, CommitmentStatus, Evidence, StatusEntry
from gui.core.operations import Operation, StoreResult
from storage.records import Dismissal

if TYPE_CHECKING:  # pragma: no cover
    from gui.core.state import AnnotationState

DISMISSALS = "dismissals"
HISTORY = "commitment_history"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commitments", text)


class TrackCommitments(Operation):
    """New highlights carrying commitment fields: ``store.track``; undo deletes them (tombstones,
    so a teammate's merge cannot resurrect them), redo restores the same ids."""

    def __init__(self, state: "AnnotationState", annotations: Sequence[Annotation], text: str) -> None:
        super().__init__(state, text)
        self.annotations = list(annotations)
        self._tombstones: list[Annotation] = []
        self._stored = False

    def forward(self, store: Any) -> StoreResult:
        if not self._stored:
            stored = store.track(self.annotations)
            self._stored = True
        else:
            stored = store.restore(self._tombstones)
        return StoreResult(tuple(stored), aspects=frozenset({HISTORY}))

    def backward(self, store: Any) -> StoreResult:
        self._tombstones = store.delete([a.id for a in self.annotations])
        return StoreResult(tuple(self._tombstones), aspects=frozenset({HISTORY}))


class SetCommitment(Operation):
    """An existing highlight becomes a commitment (``store.set_commitment``); undo gives it its
    previous fields back (None: a plain highlight again)."""

    def __init__(self, state: "AnnotationState", annotation_id: str, commitment: Commitment | None,
                 author: str, text: str) -> None:
        super().__init__(state, text)
        self.annotation_id, self.commitment, self.author = annotation_id, commitment, author
        self._before: Commitment | None = None

    def forward(self, store: Any) -> StoreResult:
        before, after = store.set_commitment(self.annotation_id, self.commitment, self.author)
        self._before = before.commitment
        return StoreResult((after,), aspects=frozenset({HISTORY}))

    def backward(self, store: Any) -> StoreResult:
        _before, after = store.set_commitment(self.annotation_id, self._before, self.author)
        return StoreResult((after,), aspects=frozenset({HISTORY}))


class EditCommitment(Operation):
    """Commitment fields changed inline (``store.edit_commitment``, never the status); undo
    writes the values those keys had before."""

    def __init__(self, state: "AnnotationState", annotation_id: str, changes: Mapping[str, str]) -> None:
        super().__init__(state, _tr("Edit Commitment"))
        self.annotation_id = annotation_id
        self.changes = dict(changes)
        self._before: dict[str, str] = {}

    def forward(self, store: Any) -> StoreResult:
        from document.annotation import commitment_field_text

        before, after = store.edit_commitment(self.annotation_id, self.changes)
        if before.commitment is not None:
            self._before = {name: commitment_field_text(before.commitment, name) for name in self.changes}
        return StoreResult((after,))

    def backward(self, store: Any) -> StoreResult:
        _before, after = store.edit_commitment(self.annotation_id, self._before)
        return StoreResult((after,))


class ChangeStatus(Operation):
    """A dated status change with who, note, source and evidence (``store.change_status``);
    undo retracts that entry (``store.retract_status_change``), redo records it again."""

    def __init__(self, state: "AnnotationState", annotation_id: str, status: CommitmentStatus, *,
                 author: str = "", note: str = "", source: str = "", evidence: Evidence | None = None) -> None:
        super().__init__(state, _tr("Change Status"))
        self.annotation_id, self.status = annotation_id, CommitmentStatus(status)
        self.author, self.note, self.source, self.evidence = author, note, source, evidence
        self.entry: StatusEntry | None = None

    def forward(self, store: Any) -> StoreResult:
        annotation, self.entry = store.change_status(
            self.annotation_id, self.status, author=self.author, note=self.note, source=self.source,
            evidence=self.evidence)
        return StoreResult((annotation,), aspects=frozenset({HISTORY}))

    def backward(self, store: Any) -> StoreResult:
        if self.entry is None:
            return StoreResult()
        return StoreResult((store.retract_status_change(self.entry.id),), aspects=frozenset({HISTORY}))


class DismissSuggestions(Operation):
    """Suggestions dismissed (``store.dismiss``): undo forgets the dismissals, redo restores the
    same rows, so a dismissal keeps its id through undo and redo."""

    def __init__(self, state: "AnnotationState", document_id: str, suggestions: Sequence[tuple[int, int, str]],
                 author: str) -> None:
        count = len(suggestions)
        super().__init__(state, _tr("Dismiss Suggestion") if count == 1 else _tr("Dismiss Suggestions"))
        self.document_id, self.suggestions, self.author = document_id, list(suggestions), author
        self.dismissals: list[Dismissal] = []

    def forward(self, store: Any) -> StoreResult:
        if not self.dismissals:
            self.dismissals = store.dismiss(self.document_id, self.suggestions, self.author)
        else:
            store.restore_dismissals(self.dismissals)
        return StoreResult(aspects=frozenset({DISMISSALS}))

    def backward(self, store: Any) -> StoreResult:
        store.undismiss([d.id for d in self.dismissals])
        return StoreResult(aspects=frozenset({DISMISSALS}))


class RestoreSuggestions(Operation):
    """Dismissed suggestions shown again (``store.undismiss``); undo dismisses them again with
    the same rows (``store.restore_dismissals``)."""

    def __init__(self, state: "AnnotationState", dismissal_ids: Sequence[str]) -> None:
        super().__init__(state, _tr("Restore Suggestion"))
        self.dismissal_ids = list(dismissal_ids)
        self.dismissals: list[Dismissal] = []

    def forward(self, store: Any) -> StoreResult:
        self.dismissals = store.undismiss(self.dismissal_ids)
        return StoreResult(aspects=frozenset({DISMISSALS}))

    def backward(self, store: Any) -> StoreResult:
        store.restore_dismissals(self.dismissals)
        return StoreResult(aspects=frozenset({DISMISSALS}))
