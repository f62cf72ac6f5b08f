"""Undoable resolutions of annotations that need attention (accept, re-attach, discard).

They are pushed onto the annotations controller's ``undo_stack`` when it has one, so Ctrl+Z
undoes them in line with every other annotation edit; otherwise onto a stack of our own.  Each
redo and undo is one Store call.  Resolving is an edit: ``modified`` is bumped so the resolved
position wins when teammates merge, and an undo bumps it again (it too is a new state).

After a store call the controller is told what changed through its incremental
``apply_updated``/``apply_added``/``apply_removed`` when it offers them, else ``reload()``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from document.annotation import Annotation, utc_now


def fresh(annotation: Annotation) -> Annotation:
    return annotation.with_changes(modified=max(utc_now(), annotation.modified))


def notify(window: Any, kind: str, values: Sequence[Any]) -> None:
    """Tell the annotations controller (if any) that ``values`` were updated/added/removed."""
    controller = getattr(window, "annotations", None)
    if controller is None:
        return
    method = getattr(controller, f"apply_{kind}", None)
    if callable(method) and getattr(controller, "document_id", None) is not None:
        method(list(values))
    elif callable(getattr(controller, "reload", None)):
        controller.reload()


class _StoreCommand(QUndoCommand):
    def __init__(self, window: Any, text: str, done: Callable[[], None]) -> None:
        super().__init__(text)
        self.window = window
        self.done = done     # refreshes the Needs Attention list

    def _run(self, call: Callable[[], Any], kind: str, values_of: Callable[[Any], Sequence[Any]]) -> None:
        try:
            result = call()
        except Exception as error:  # noqa: BLE001 - keep the window alive, say what happened
            self.window.show_status(f"{self.text()} 失败 failed: {error}", 10000)
            self.setObsolete(True)
            return
        notify(self.window, kind, values_of(result))
        self.done()


class MoveAnnotation(_StoreCommand):
    """Accept a candidate or re-attach to a selection: new position (and quote, state)."""

    def __init__(self, window: Any, before: Annotation, after: Annotation, text: str,
                 done: Callable[[], None]) -> None:
        super().__init__(window, text, done)
        self.before, self.after = before, after

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, value: Annotation) -> None:
        store = self.window.store
        self._run(lambda: store.update(fresh(value)), "updated", lambda stored: [stored])


class DiscardAnnotation(_StoreCommand):
    """Discard an unplaceable annotation: a tombstone (so a merge cannot bring it back)."""

    def __init__(self, window: Any, annotation: Annotation, done: Callable[[], None]) -> None:
        super().__init__(window, "Discard Annotation", done)
        self.annotation = annotation

    def redo(self) -> None:
        ids = [self.annotation.id]
        self._run(lambda: self.window.store.delete(ids), "removed", lambda _tombstones: ids)

    def undo(self) -> None:
        revived = [fresh(self.annotation)]
        self._run(lambda: self.window.store.restore(revived), "added", lambda restored: restored)
