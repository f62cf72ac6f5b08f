"""Tag-wide operations (Edit › Manage Tags): rename, merge, delete and colour — undoable.

A tag operation changes annotations in every document at once.  Redo is the store's own call
(``rename_tag``/``merge_tags``/``delete_tags``, one transaction that owns the retagging rule and
the tags' colours); it returns every annotation it changed, before and after
(:class:`storage.records.Retagged`).  Undo writes the ``before`` values back with the ``after``
values as bases (one transaction: only the tags change back, whatever else happened meanwhile)
and then puts the tags' colours back as they were.  The change event reports the shown
document's share, so its views update like after any edit.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from gui.core.loading import tag_colors
from gui.core.operations import Operation, StoreResult, fresh

if TYPE_CHECKING:  # pragma: no cover
    from gui.core.state import AnnotationState


class _TagTable:
    """Which of some tags existed before an operation, and their colours, to put back on undo."""

    def __init__(self, store: Any, names: Sequence[str]) -> None:
        known = {t.name: t.color for t in store.tags()}
        self.names = list(names)
        self.colors = {name: known[name] for name in names if name in known}

    def restore(self, store: Any) -> None:
        """Each tag that existed gets its colour back; one the operation created (a rename's
        new name) is forgotten again once nothing uses it."""
        now = {t.name: t for t in store.tags()}
        for name, color in self.colors.items():
            if name not in now or now[name].color != color:
                store.set_tag_color(name, color)
        created = [name for name in self.names
                   if name not in self.colors and name in now and now[name].count == 0]
        if created:
            store.delete_tags(created)


class RetagOperation(Operation):
    """Rename, merge or delete tags everywhere (``run`` makes the store call)."""

    def __init__(self, state: "AnnotationState", text: str, names: Sequence[str],
                 run: Callable[[Any], Any]) -> None:
        super().__init__(state, text)
        self.names = list(dict.fromkeys(names))   # every tag involved: sources and target
        self._run_store = run
        self._table: _TagTable | None = None
        self._pairs: list[tuple[Any, Any]] = []

    def forward(self, store: Any) -> StoreResult:
        first = self._table is None
        if first:
            self._table = _TagTable(store, self.names)
        tags_before = store.tags()
        retagged = self._run_store(store)
        self._pairs = list(zip(retagged.before, retagged.after))
        if first and not self._pairs and store.tags() == tags_before:
            self.setObsolete(True)      # nothing changed (a rename onto itself): not worth an undo step
        return StoreResult(tuple(retagged.after), tag_colors=self._colors(store))

    def backward(self, store: Any) -> StoreResult:
        stored: tuple = ()
        gone: tuple[str, ...] = ()
        superseded: tuple[str, ...] = ()
        if self._pairs:
            values = [fresh(before) for before, _after in self._pairs]
            bases = [after for _before, after in self._pairs]
            # An annotation retagged since by someone else (a teammate's sync) keeps their tags.
            rewritten = store.update_unless_newer(values, bases)
            stored, gone = rewritten.stored + rewritten.superseded, rewritten.conflicts
            superseded = tuple(a.id for a in rewritten.superseded)
        if self._table is not None:
            self._table.restore(store)
        return StoreResult(stored, gone, superseded=superseded, tag_colors=self._colors(store))

    def _colors(self, store: Any) -> dict[str, str]:
        document_id = self.state.document_id
        return tag_colors(store, document_id) if document_id else {}


class TagColorOperation(Operation):
    """Give tags a colour (None clears it); undo restores each tag's previous colour."""

    def __init__(self, state: "AnnotationState", names: Sequence[str], color: str | None, text: str) -> None:
        super().__init__(state, text)
        self.names = list(dict.fromkeys(names))
        self.color = color
        self._before: dict[str, str | None] | None = None

    def forward(self, store: Any) -> StoreResult:
        if self._before is None:
            known = {t.name: t.color for t in store.tags()}
            self._before = {name: known.get(name) for name in self.names}
        for name in self.names:
            store.set_tag_color(name, self.color)
        return StoreResult(tag_colors=tag_colors(store, self.state.document_id or ""))

    def backward(self, store: Any) -> StoreResult:
        for name, color in (self._before or {}).items():
            store.set_tag_color(name, color)
        return StoreResult(tag_colors=tag_colors(store, self.state.document_id or ""))


def rename(state: "AnnotationState", old: str, new: str) -> RetagOperation:
    new = new.strip()
    return RetagOperation(state, QCoreApplication.translate("TagOperations", "Rename Tag"), [old, new],
                          lambda store: store.rename_tag(old, new))


def merge(state: "AnnotationState", sources: Sequence[str], target: str) -> RetagOperation:
    target = target.strip()
    return RetagOperation(state, QCoreApplication.translate("TagOperations", "Merge Tags"), [*sources, target],
                          lambda store: store.merge_tags(sources, target))


def delete(state: "AnnotationState", names: Sequence[str]) -> RetagOperation:
    text = QCoreApplication.translate("TagOperations", "Delete %n Tag(s)", "", len(names))
    return RetagOperation(state, text, names, lambda store: store.delete_tags(names))


def colour(state: "AnnotationState", names: Sequence[str], color: str | None) -> TagColorOperation:
    text = (QCoreApplication.translate("TagOperations", "Tag Colour") if color
            else QCoreApplication.translate("TagOperations", "Clear Tag Colour"))
    return TagColorOperation(state, names, color, text)
