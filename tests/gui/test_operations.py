"""The operation path without widgets: a real store, the shared state, its undo stack and its
change event (gui/core/operations.py, gui/core/tag_operations.py, gui/core/state.py)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from document.annotation import AnchorState, Annotation, TextQuote, new_annotation_id
from gui.core import operations, tag_operations
from gui.core.changes import Cause
from gui.core.state import AnnotationState

DOC = "urn:sha256:" + "ef" * 32
OTHER = "urn:sha256:" + "01" * 32
TEXT = "全省地区生产总值增长4.5%左右，城乡居民收入稳步增长，粮食产量稳定。"


def make(start: int, end: int, document_id: str = DOC, **fields) -> Annotation:
    return Annotation(id=new_annotation_id(), document_id=document_id, start=start, end=end,
                      quote=TextQuote.from_text(TEXT, start, end), **fields)


@pytest.fixture
def state(qapp, store):
    state = AnnotationState()
    state.show_document(DOC)
    state.attach_store(store)
    state.flush_load()
    changes = []
    state.changed.connect(changes.append)
    state.seen = changes          # type: ignore[attr-defined] - the test's own record
    return state


def test_create_undo_redo_keep_the_id_and_each_emits_one_change(state, store):
    annotation = make(0, 6, tags=("承诺",))
    assert state.execute(operations.create(state, [annotation], "Highlight"))
    assert store.get(annotation.id) == annotation and annotation.id in state.index
    state.undo_stack.undo()
    assert store.get(annotation.id).deleted and annotation.id not in state.index
    state.undo_stack.redo()
    revived = store.get(annotation.id)
    assert not revived.deleted and revived.tags == ("承诺",) and state.index.get(annotation.id) == revived
    assert [c.cause for c in state.seen] == [Cause.OPERATION, Cause.UNDO, Cause.OPERATION]
    assert [(len(c.added), len(c.removed)) for c in state.seen] == [(1, 0), (0, 1), (1, 0)]


def test_edit_undo_and_redo_write_only_their_own_field(state, store):
    annotation = make(0, 6)
    state.execute(operations.create(state, [annotation], "Highlight"))
    store.update(store.get(annotation.id).with_changes(note="另一窗口"))      # another window
    shown = state.index.get(annotation.id)
    state.execute(operations.edit(state, [shown], [shown.with_changes(color="#90caf9")], "Colour"))
    assert (store.get(annotation.id).color, store.get(annotation.id).note) == ("#90caf9", "另一窗口")
    assert state.index.get(annotation.id).note == "另一窗口"                   # reported back
    [edited] = state.seen[-1].updated
    assert (edited.before.color, edited.after.color) == (annotation.color, "#90caf9")
    state.undo_stack.undo()
    assert (store.get(annotation.id).color, store.get(annotation.id).note) == (annotation.color, "另一窗口")
    state.undo_stack.redo()
    assert (store.get(annotation.id).color, store.get(annotation.id).note) == ("#90caf9", "另一窗口")


def test_an_edit_of_an_annotation_deleted_elsewhere_is_refused_and_reported(state, store):
    annotation = make(0, 6)
    state.execute(operations.create(state, [annotation], "Highlight"))
    problems = []
    state.problem.connect(problems.append)
    store.delete([annotation.id])                                              # another window
    shown = state.index.get(annotation.id)
    state.execute(operations.edit(state, [shown], [shown.with_changes(note="晚了")], "Note"))
    assert store.get(annotation.id).deleted and store.get(annotation.id).note == ""
    assert annotation.id not in state.index and problems and "another window" in problems[0]


def test_a_failing_store_call_changes_nothing_and_says_so(state, store):
    annotation = make(0, 6)
    state.execute(operations.create(state, [annotation], "Highlight"))
    problems = []
    state.problem.connect(problems.append)
    before = len(state.seen)
    duplicate = operations.create(state, [annotation], "Highlight")            # the id exists
    assert not state.execute(duplicate)
    assert duplicate.failed and problems and len(state.seen) == before
    assert state.undo_stack.count() == 1                                       # not on the stack


def test_a_merge_done_elsewhere_becomes_one_undoable_operation(state, store):
    kept = store.add(make(0, 6, note="本地"))
    state.refresh()
    before = operations.snapshot(store, [DOC])
    incoming = [replace(kept, note="队友", modified=kept.modified.replace(year=kept.modified.year + 1)),
                make(8, 12, state=AnchorState.REVIEW), make(14, 20, document_id=OTHER)]
    store.merge(incoming)                                                      # as the import worker does
    after = operations.snapshot(store, [DOC, OTHER])
    operation = operations.applied(state, before, after, "Import Annotations")
    assert operation is not None and operation.size == 3
    state.execute(operation)
    change = state.seen[-1]
    assert {a.id for a in change.added} == {incoming[1].id} and [e.after.note for e in change.updated] == ["队友"]
    assert [a.id for a in state.index.needs_attention()] == [incoming[1].id]
    state.undo_stack.undo()
    assert store.get(kept.id).note == "本地"
    assert store.get(incoming[1].id).deleted and store.get(incoming[2].id).deleted   # other documents too
    assert set(state.index) == {kept.id} and state.index.needs_attention() == []
    state.undo_stack.redo()
    assert store.get(kept.id).note == "队友" and not store.get(incoming[2].id).deleted
    assert operations.applied(state, after, after, "Nothing") is None


def test_refresh_reports_what_another_process_changed(state, store):
    first, second = store.add(make(0, 6)), store.add(make(8, 12))
    state.refresh()
    store.update(first.with_changes(state=AnchorState.ORPHAN))
    store.delete([second.id])
    third = store.add(make(14, 20))
    change = state.refresh()
    assert change.cause is Cause.REFRESH
    assert [a.id for a in change.added] == [third.id] and [a.id for a in change.removed] == [second.id]
    assert [e.after.state for e in change.updated] == [AnchorState.ORPHAN]
    assert state.refresh().empty


def test_tag_rename_merge_delete_and_colour_undo_exactly(state, store):
    one = store.add(make(0, 6, tags=("A", "C")))
    other_document = store.add(make(0, 6, document_id=OTHER, tags=("A",)))
    store.set_tag_color("A", "#ff0000")
    store.set_tag_color("C", "#00ff00")
    state.refresh()
    colors = lambda: {t.name: t.color for t in store.tags()}                  # noqa: E731

    state.execute(tag_operations.rename(state, "A", "B"))
    assert store.get(one.id).tags == ("B", "C") and store.get(other_document.id).tags == ("B",)
    assert colors() == {"B": "#ff0000", "C": "#00ff00"}
    assert state.index.get(one.id).tags == ("B", "C") and state.index.tag_colors["B"] == "#ff0000"
    state.undo_stack.undo()
    assert store.get(one.id).tags == ("A", "C") and store.get(other_document.id).tags == ("A",)
    assert colors() == {"A": "#ff0000", "C": "#00ff00"}                       # B forgotten again
    state.undo_stack.redo()
    assert colors() == {"B": "#ff0000", "C": "#00ff00"}

    state.execute(tag_operations.merge(state, ["B", "C"], "C"))
    assert store.get(one.id).tags == ("C",) and state.undo_stack.undoText() == "Merge Tags"
    state.undo_stack.undo()
    assert store.get(one.id).tags == ("B", "C") and colors() == {"B": "#ff0000", "C": "#00ff00"}

    state.execute(tag_operations.delete(state, ["B", "C"]))
    assert store.get(one.id).tags == () and colors() == {} and state.undo_stack.undoText() == "Delete 2 Tags"
    state.undo_stack.undo()
    assert store.get(one.id).tags == ("B", "C") and colors() == {"B": "#ff0000", "C": "#00ff00"}

    state.execute(tag_operations.colour(state, ["B"], "#123456"))
    assert colors()["B"] == "#123456" and state.index.tag_colors["B"] == "#123456"
    state.undo_stack.undo()
    assert colors()["B"] == "#ff0000" and state.index.tag_colors["B"] == "#ff0000"
    assert state.undo_stack.redoText() == "Tag Colour" and state.undo_stack.undoText() == "Rename Tag"
    state.execute(tag_operations.rename(state, "B", "B"))       # changes nothing: no undo step
    assert state.undo_stack.count() == 1 and state.undo_stack.undoText() == "Rename Tag"


def test_an_operation_on_other_state_still_reports_through_the_change_event(state, store):
    """A feature's own operation (say, dismissing a commitment suggestion) changes no
    annotation; naming the aspect it changed lets that feature's views follow the one event."""
    from gui.core.operations import Operation, StoreResult

    class Remember(Operation):
        def __init__(self, state, log):
            super().__init__(state, "Dismiss Suggestion")
            self.log = log

        def forward(self, store):
            self.log.append("dismissed")
            return StoreResult(aspects=frozenset({"dismissals"}))

        def backward(self, store):
            self.log.append("undismissed")
            return StoreResult(aspects=frozenset({"dismissals"}))

    log = []
    state.execute(Remember(state, log))
    state.undo_stack.undo()
    assert log == ["dismissed", "undismissed"]
    assert [(c.cause, c.aspects, c.size) for c in state.seen] == [
        (Cause.OPERATION, frozenset({"dismissals"}), 0), (Cause.UNDO, frozenset({"dismissals"}), 0)]
