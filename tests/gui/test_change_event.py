"""Every mutation goes through one undoable operation path and one change event, and every view
follows that event.  The first three tests are the bugs the hidden coupling between features
caused: a tag rename the undo stack did not know about, a Needs Attention accept written
without a base, and outline counts lost on a script switch."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from document.annotation import AnchorState, TextQuote
from gui.outline_dock import COUNT_COLUMN
from tests.gui.test_annotate_support import add_highlight

CTRL = Qt.KeyboardModifier.ControlModifier


def _outline_counts(window) -> dict[int, int]:
    """The annotation count each outline entry shows in its count column, by entry start."""
    model = window.outline_dock.model
    shown = {}
    for entry in window.document.entries():
        title = model.index_for_start(entry.start)
        text = model.index(title.row(), COUNT_COLUMN, title.parent()).data()
        if text:
            shown[entry.start] = int(text)
    return shown


def test_undo_after_a_tag_rename_undoes_the_rename(window, store, qtbot):
    annotation = add_highlight(window, "城乡居民收入稳步增长", tags=["A", "C"])
    dialog = window.annotations.actions.open_tags_dialog()
    for row in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(row)
        item.setSelected(item.text(0) == "A")
    dialog.rename(new="B")
    assert store.get(annotation.id).tags == ("B", "C")
    dialog.close()

    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    assert store.get(annotation.id).tags == ("A", "C")
    assert window.annotation_state.annotations[annotation.id].tags == ("A", "C")
    assert {t.name for t in store.tags()} == {"A", "C"}       # the rename's B is gone again

    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.get(annotation.id).tags == ("B", "C")
    assert window.annotation_state.annotations[annotation.id].tags == ("B", "C")


def test_accepting_in_needs_attention_keeps_another_windows_edit(open_window, store, qtbot):
    from document.loading import load_document
    from tests.gui.test_exchange_gui import make

    seed = load_document(None)
    review = store.add(replace(make(seed, "地区生产总值"), start=0, end=6, state=AnchorState.REVIEW))
    window = open_window(store=store)
    attention = window.exchange.attention
    qtbot.waitUntil(lambda: attention.dock.ids() == [review.id], timeout=10000)
    # Another window (or `pizhu import`) writes a note while this one shows the annotation.
    store.update(store.get(review.id).with_changes(note="另一窗口的批注"))

    attention.dock.select(review.id)
    attention.dock.accept_button.click()
    accepted = store.get(review.id)
    assert seed.text[accepted.start:accepted.end] == "地区生产总值"
    assert accepted.note == "另一窗口的批注"

    attention.undo_stack.undo()
    back = store.get(review.id)
    assert (back.start, back.end, back.state, back.note) == (0, 6, AnchorState.REVIEW, "另一窗口的批注")


def test_outline_counts_survive_a_script_switch(window, qtbot):
    add_highlight(window, "城乡居民收入稳步增长")
    add_highlight(window, "坚持稳中求进")
    add_highlight(window, "加快建设现代化产业体系")
    starts = {e.title: e.start for e in window.document.entries()}
    expected = {starts["一、过去五年工作回顾"]: 1, starts["二、今后工作安排"]: 2}
    qtbot.waitUntil(lambda: _outline_counts(window) == expected, timeout=2000)

    for script in ("tw", "source"):      # Ctrl+4, then Ctrl+1
        with qtbot.waitSignal(window.documentShown, timeout=20000):
            window.set_script(script)
        qtbot.waitUntil(lambda: _outline_counts(window) == expected, timeout=2000)


# -- every view follows the one change event ---------------------------------------------------

def _views_agree(window, store) -> None:
    """Reader, panel, outline counts and Needs Attention all show what the store holds."""
    state = window.annotation_state
    stored = {a.id: a for a in store.annotations(window.document.id)}
    assert set(state.index) == set(stored)
    assert {i: state.index.get(i) for i in stored} == stored
    reader = window.reader
    assert {i for i in stored if reader.highlight(i) is not None} == set(stored)
    assert reader.highlight_count == len(stored)
    assert window.annotations.dock.model.visible_count() == len(stored)      # no filter set
    window.annotations.counts.update()                                       # skip the coalescing delay
    expected = state.index.section_counts(window.document.sections)
    assert {e.start: window.outline_dock.model.count(e.start) for e in window.document.entries()
            if window.outline_dock.model.count(e.start)} == expected
    attention = window.exchange.attention
    assert attention.dock.ids() == [a.id for a in sorted(
        (a for a in stored.values() if a.state in (AnchorState.REVIEW, AnchorState.ORPHAN)),
        key=lambda a: (a.start, a.end, a.id))]


def test_every_view_follows_edits_undo_and_redo(window, store, qtbot):
    editor, stack = window.annotations.editor, window.annotation_state.undo_stack
    first = add_highlight(window, "城乡居民收入稳步增长", tags=["承诺"])
    second = add_highlight(window, "坚持稳中求进")
    _views_agree(window, store)
    editor.set_note([first.id, second.id], "跟踪")
    editor.delete([second.id])
    _views_agree(window, store)
    for _ in range(4):
        stack.undo()
        _views_agree(window, store)
    for _ in range(4):
        stack.redo()
        _views_agree(window, store)


def test_a_pull_that_changes_many_annotations_updates_every_view(window, store, qtbot):
    """What a team-sync pull will do: many annotations written at once by another writer,
    some re-anchored into review or orphan state; one refresh brings every view along."""
    from document.annotation import new_annotation_id

    kept = add_highlight(window, "城乡居民收入稳步增长")
    text, incoming = window.document.text, []
    for i in range(120):
        start = (i * 37) % (len(text) - 10)
        state = [AnchorState.ANCHORED, AnchorState.REVIEW, AnchorState.ORPHAN][i % 3]
        incoming.append(replace(kept, id=new_annotation_id(), start=start, end=start + 4,
                                quote=TextQuote.from_text(text, start, start + 4), state=state, author="队友"))
    incoming.append(replace(kept, note="队友改过", modified=kept.modified.replace(year=kept.modified.year + 1)))
    store.merge(incoming)
    change = window.annotation_state.refresh()
    assert len(change.added) == 120 and [e.after.note for e in change.updated] == ["队友改过"]
    _views_agree(window, store)
    assert len(window.exchange.attention.dock.ids()) == 80


def test_undoing_an_import_takes_it_back_everywhere(open_window, qtbot, store, tmp_path):
    from document.loading import load_document
    from tests.gui.test_exchange_gui import make, write_w3c

    seed = load_document(None)
    window = open_window(store=store)
    lost = replace(make(seed, "地区生产总值", occurrence=1), quote=TextQuote("报告里找不到的一句话，无处可放", "", ""))
    good = make(seed, "地区生产总值", tags=("GDP",))
    path = write_w3c(tmp_path / "team.jsonld", seed.id, [good, lost], seed.title)
    flow = window.exchange.importer
    with qtbot.waitSignal(flow.previewReady, timeout=20000) as shown:
        flow.start(path)
    with qtbot.waitSignal(flow.imported, timeout=20000):
        shown.args[0].accept()
    assert window.annotation_state.undo_stack.undoText() == "Import Annotations"
    _views_agree(window, store)
    assert window.exchange.attention.dock.ids() == [lost.id]

    window.annotation_state.undo_stack.undo()
    assert store.annotations(seed.id) == [] and store.get(good.id).deleted
    _views_agree(window, store)
    window.annotation_state.undo_stack.redo()
    assert {a.id for a in store.annotations(seed.id)} == {good.id, lost.id}
    _views_agree(window, store)
