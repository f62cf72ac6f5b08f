"""Undoable annotation edits: each redo and each undo is one Store call (one transaction) per
command — except edits of several annotations, which are one ``Store.update`` each (see below).

Commands hold whole Annotation values (immutable), so undo restores exactly what was there —
the same id, quote, tags and note.  Every application bumps ``modified``: an undo is a new
edit as far as a teammate's merge is concerned, so it must win over the state it replaces.
Deleting leaves a tombstone (``store.delete``); undoing a delete revives the same id
(``store.restore``) rather than creating a lookalike.  Edits (and their undo/redo) pass the
value they replace as ``base`` to ``Store.update``: only the fields the command changes are
written, so two running windows do not overwrite each other, and an annotation deleted in the
other window stays deleted.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from document.annotation import Annotation, utc_now

if TYPE_CHECKING:  # pragma: no cover
    from gui.annotations.controller import AnnotationsController


def _fresh(annotations: list[Annotation]) -> list[Annotation]:
    now = utc_now()
    return [a.with_changes(modified=now) for a in annotations]


class _StoreCommand(QUndoCommand):
    """Runs a store call and, only if it succeeded, tells the controller what changed."""

    def __init__(self, controller: "AnnotationsController", text: str) -> None:
        super().__init__(text)
        self.controller = controller

    def _run(self, call, after) -> None:
        """``after(result)`` gets what the store returned (values as stored)."""
        try:
            result = call()
        except Exception as error:  # noqa: BLE001 - keep the window alive, say what happened
            self.controller.report_failure(self.text(), error)
            self.setObsolete(True)
            return
        after(result)


class CreateAnnotation(_StoreCommand):
    """A new highlight (possibly with tags or a note given before it was created)."""

    def __init__(self, controller: "AnnotationsController", annotation: Annotation, text: str = "Highlight") -> None:
        super().__init__(controller, text)
        self.annotation = annotation
        self._done_once = False

    def redo(self) -> None:
        store = self.controller.store
        if not self._done_once:
            self._done_once = True
            self._run(lambda: store.add(self.annotation), lambda stored: self.controller.apply_added([stored]))
            return
        revived = _fresh([self.annotation])
        self._run(lambda: store.restore(revived), self.controller.apply_added)

    def undo(self) -> None:
        ids = [self.annotation.id]
        self._run(lambda: self.controller.store.delete(ids), lambda _tombstones: self.controller.apply_removed(ids))


class EditAnnotations(_StoreCommand):
    """Tags, note or colour of one or more annotations changed (one transaction for all)."""

    def __init__(self, controller: "AnnotationsController", before: list[Annotation],
                 after: list[Annotation], text: str) -> None:
        super().__init__(controller, text)
        self.before, self.after = before, after

    def redo(self) -> None:
        self._apply(self.after, self.before)

    def undo(self) -> None:
        self._apply(self.before, self.after)

    def _apply(self, values: list[Annotation], bases: list[Annotation]) -> None:
        """Write ``values`` as edits of ``bases`` (what this window showed): only the fields this
        command changes are written, so another window's edits to other fields survive."""
        fresh = _fresh(values)
        self._run(lambda: self.controller.store_update(fresh, bases), self.controller.apply_updated)


class DeleteAnnotations(_StoreCommand):
    """Annotations replaced by tombstones; undo brings back the same ids."""

    def __init__(self, controller: "AnnotationsController", annotations: list[Annotation]) -> None:
        count = len(annotations)
        super().__init__(controller, "Delete Highlight" if count == 1 else f"Delete {count} Highlights")
        self.annotations = annotations

    def redo(self) -> None:
        ids = [a.id for a in self.annotations]
        self._run(lambda: self.controller.store.delete(ids), lambda _tombstones: self.controller.apply_removed(ids))

    def undo(self) -> None:
        revived = _fresh(self.annotations)
        self._run(lambda: self.controller.store.restore(revived), self.controller.apply_added)
