"""Undoable operations: the one path by which the GUI changes annotations.

An :class:`Operation` is a QUndoCommand whose ``redo`` and ``undo`` each make their store call
(one transaction) and hand what the store then holds to
:meth:`gui.core.state.AnnotationState.apply_result`, which turns the difference into the change
event.  So every mutation — a highlight, a tag, a delete, a tag rename, an import, accepting a
re-anchored position — is undoable, always written against a base, and reported the same way.

:class:`ValueOperation` covers everything expressed as annotation values: pairs of (before,
after), ``None`` meaning "absent" (never stored, or deleted).  Its writes go through
``Store.update_many(values, bases)`` with the value this operation last saw as the base, so
only the fields it changes are written: another window's (or an import's) edits to other fields
survive, and an annotation deleted elsewhere meanwhile stays deleted (a *conflict*, reported).
Absent → present the first time is ``Store.add_many``; present → absent writes a tombstone
(kept so a teammate's merge cannot bring it back); absent again → present revives the same id.
Every write bumps ``modified``: an undo is a new edit as far as a teammate's merge is concerned,
so it wins over the state it replaces.

An operation made from work already done (an import merged by the worker) is ``applied``: its
first ``redo`` only reports; undo and redo then write like any other.

To add a kind of mutation, prefer building a ValueOperation (see :func:`create`, :func:`edit`,
:func:`delete`); subclass :class:`Operation` only when the store offers a dedicated call (tag
operations, :mod:`gui.core.tag_operations`).  docs/architecture.md walks through it.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from document.annotation import Annotation, utc_now
from gui.core.changes import Cause

if TYPE_CHECKING:  # pragma: no cover
    from gui.core.state import AnnotationState

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreResult:
    """What the store holds after an operation's call, for the annotations it touched.

    ``stored``: values as stored (tombstones included; any document).  ``gone``: ids that left
    without a value at hand.  ``conflicts``: ids the store refused to edit because they were
    deleted elsewhere meanwhile (they leave the view too, and the user is told).
    ``superseded``: ids an undo or redo left alone because someone else (a teammate, through
    a sync; another window) changed them since — their newer version stays, and is in ``stored``.
    ``tag_colors``: the shown document's tag colours when the operation changed them.
    ``aspects``: other state it changed (see :class:`gui.core.changes.AnnotationChange`).
    """

    stored: tuple[Annotation, ...] = ()
    gone: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    superseded: tuple[str, ...] = ()
    tag_colors: Mapping[str, str] | None = None
    aspects: frozenset[str] = frozenset()


class Operation(QUndoCommand):
    """Base of every undoable mutation: subclasses say what ``forward`` and ``backward`` do."""

    def __init__(self, state: "AnnotationState", text: str) -> None:
        super().__init__(text)
        self.state = state
        self.failed = ""          # the error of the last store call, "" when it succeeded

    def forward(self, store: Any) -> StoreResult:
        raise NotImplementedError

    def backward(self, store: Any) -> StoreResult:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self.forward, Cause.OPERATION)

    def undo(self) -> None:
        self._run(self.backward, Cause.UNDO)

    def _run(self, step, cause: Cause) -> None:
        store = self.state.store
        try:
            if store is None:
                raise RuntimeError(QCoreApplication.translate("Operation", "no annotation store is open"))
            result = step(store)
        except Exception as error:  # noqa: BLE001 - keep the window alive, say what happened
            logger.exception("%s failed", self.text())
            self.failed = str(error) or type(error).__name__
            self.state.report(f"{self.text()}: {self.failed}")
            self.setObsolete(True)
            return
        self.failed = ""
        self.state.apply_result(result, cause)


def fresh(annotation: Annotation) -> Annotation:
    """``annotation`` stamped now (never earlier than it already says)."""
    return replace(annotation, modified=max(utc_now(), annotation.modified))


def _absent(value: Annotation | None) -> bool:
    return value is None or value.deleted


class ValueOperation(Operation):
    """Annotations go from ``before`` to ``after`` (same length; ``None``: absent)."""

    def __init__(self, state: "AnnotationState", text: str, before: Sequence[Annotation | None],
                 after: Sequence[Annotation | None], applied: bool = False) -> None:
        super().__init__(state, text)
        if len(before) != len(after):
            raise ValueError("before and after must pair up")
        self.before = list(before)
        self.after = list(after)
        self.ids = [(b or a).id for b, a in zip(before, after)]   # type: ignore[union-attr]
        # What this operation last meant each annotation to be: the base of its next write
        # (None: never stored).  Before the first run that is what the window showed.
        seed = self.after if applied else self.before
        self._known: dict[str, Annotation] = {i: v for i, v in zip(self.ids, seed) if v is not None}
        self._applied = applied
        self._written = applied       # after the first write, writes put values back (undo, redo)
        self._given_up: set[str] = set()   # annotations someone else changed since: left to them

    @property
    def size(self) -> int:
        return len(self.ids)

    def forward(self, store: Any) -> StoreResult:
        if self._applied:       # the work was done elsewhere (an import): report it once
            self._applied = False
            return StoreResult(tuple(self._known.values()))
        return self._write(store, self.after)

    def backward(self, store: Any) -> StoreResult:
        return self._write(store, self.before)

    def _write(self, store: Any, targets: Sequence[Annotation | None]) -> StoreResult:
        """One write of ``targets``.  The base of each value is what this operation last
        *meant* the annotation to be (not what the store merged in from elsewhere): the
        fields that differ between the two are exactly the ones this operation changes.

        The first write is a new edit.  Later ones (undo, redo) put values back, so they leave
        alone an annotation whose changed fields someone else changed since — a teammate's
        edit pulled by a sync must not be overwritten by an older value — and this operation
        gives that annotation up; when it has nothing left, it leaves the undo stack."""
        new: list[Annotation] = []
        values: list[Annotation] = []
        bases: list[Annotation] = []
        wanted_live: set[str] = set()
        for annotation_id, target in zip(self.ids, targets):
            if annotation_id in self._given_up:
                continue
            known = self._known.get(annotation_id)
            if known is None:
                if not _absent(target):
                    new.append(target)        # type: ignore[arg-type]
                continue
            if _absent(target) and known.deleted:
                continue                      # already absent: nothing to write
            if not _absent(target):
                wanted_live.add(annotation_id)
            value = replace(known, deleted=True) if _absent(target) else replace(target, deleted=False)
            values.append(fresh(value))
            bases.append(known)
        stored: list[Annotation] = list(store.add_many(new)) if new else []
        for value in stored:
            self._known[value.id] = value
        written, gone, superseded = self._update(store, values, bases)
        stored.extend(written)
        if self._given_up.issuperset(self.ids):
            self.setObsolete(True)     # everything went to newer edits: nothing left to undo
        return StoreResult(tuple(stored), tuple(gone), tuple(i for i in gone if i in wanted_live),
                           superseded=tuple(superseded))

    def _update(self, store: Any, values: list[Annotation], bases: list[Annotation]
                ) -> tuple[list[Annotation], list[str], list[str]]:
        """Write ``values`` over ``bases``: (as stored, deleted elsewhere, superseded ids)."""
        stored: list[Annotation] = []
        gone: list[str] = []
        superseded: list[str] = []
        if values and not self._written:
            stored, gone = store.update_many(values, bases)
        elif values:
            rewritten = store.update_unless_newer(values, bases)
            gone = list(rewritten.conflicts)
            superseded = [a.id for a in rewritten.superseded]
            stored = list(rewritten.stored + rewritten.superseded)
        self._written = True
        self._given_up.update(superseded)
        refused = set(gone) | set(superseded)
        for value in values:
            if value.id not in refused:
                self._known[value.id] = value
        return stored, gone, superseded


# -- the usual operations, by what the user did ------------------------------------------------

def create(state: "AnnotationState", annotations: Iterable[Annotation], text: str) -> ValueOperation:
    """New annotations (a highlight, possibly with its tags or note)."""
    values = list(annotations)
    return ValueOperation(state, text, [None] * len(values), values)


def edit(state: "AnnotationState", before: Sequence[Annotation], after: Sequence[Annotation],
         text: str) -> ValueOperation:
    """Fields of existing annotations changed (``before``: the values the window showed)."""
    return ValueOperation(state, text, before, after)


def delete(state: "AnnotationState", annotations: Sequence[Annotation], text: str) -> ValueOperation:
    """Annotations deleted (tombstones; undo brings back the same ids)."""
    return ValueOperation(state, text, list(annotations), [None] * len(annotations))


def applied(state: "AnnotationState", before: Mapping[str, Annotation], after: Mapping[str, Annotation],
            text: str) -> ValueOperation | None:
    """Work already written by someone else (an import or carry-over the worker merged), as an
    undoable operation: ``before``/``after`` are snapshots by id of what it may have touched
    (:func:`snapshot`).  None when nothing changed."""
    ids = [i for i in after if before.get(i) != after[i]]
    if not ids:
        return None
    return ValueOperation(state, text, [before.get(i) for i in ids], [after[i] for i in ids], applied=True)


def snapshot(store: Any, document_ids: Iterable[str]) -> dict[str, Annotation]:
    """Every annotation of ``document_ids``, tombstones included, by id (runs in the worker,
    around a merge, to make it undoable: see :func:`applied`)."""
    found: dict[str, Annotation] = {}
    for document_id in dict.fromkeys(document_ids):
        for annotation in store.annotations(document_id, include_deleted=True):
            found[annotation.id] = annotation
    return found
