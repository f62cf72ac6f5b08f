"""Team exchange in the window: import preview and commit, errors, export, Needs Attention,
carrying annotations to a new version.  Real store files, real widgets; dialogs are driven
through the objects the flows expose (no blocking exec)."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from document.annotation import AnchorState, Annotation, TextQuote, new_annotation_id
from document.loading import load_document
from gui.exchange.carry_over import carried_id
from gui.exchange.exporting import ExportRequest
from storage.exchange import w3c
from storage.exchange.importer import import_bytes
from storage.store import Store

T = datetime(2024, 3, 5, 8, 0, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def seed():
    return load_document(None)


def make(document, exact: str, *, author: str = "张三", tags=(), occurrence: int = 0, **fields) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(exact, start + 1)
    end = start + len(exact)
    fields.setdefault("created", T)
    fields.setdefault("modified", T)
    return Annotation(id=new_annotation_id(), document_id=document.id, start=start, end=end,
                      quote=TextQuote.from_text(document.text, start, end), author=author, tags=tuple(tags),
                      **fields)


def write_w3c(path, document_id: str, annotations, title: str = "") -> str:
    path.write_bytes(w3c.export_bytes(document_id, annotations, title=title))
    return str(path)


def live(store, document_id):
    return store.annotations(document_id)


# -- import -------------------------------------------------------------------------------------

def test_import_previews_then_merges_and_lists_orphans(open_window, qtbot, store, seed, tmp_path):
    window = open_window(store=store)
    good = make(seed, "地区生产总值", tags=("GDP",))
    lost = replace(make(seed, "地区生产总值", occurrence=1),
                   quote=TextQuote("这段文字在报告里根本不存在也找不到", "", ""))
    path = write_w3c(tmp_path / "team.jsonld", seed.id, [good, lost], seed.title)
    flow = window.exchange.importer

    with qtbot.waitSignal(flow.previewReady, timeout=20000) as shown:
        flow.start(path)
    dialog = shown.args[0]
    assert dialog.isVisible() and dialog is flow.dialog
    assert dialog.count_labels["added"].text() == "2"
    assert dialog.count_labels["orphaned"].text() == "1"
    assert "Needs Attention" in dialog.note_label.text()
    assert live(store, seed.id) == []                        # the dry run wrote nothing

    with qtbot.waitSignal(flow.imported, timeout=20000) as done:
        dialog.import_button.click()
    summary = done.args[0]
    assert (summary.added, summary.orphaned) == (2, 1)
    stored = {a.id: a for a in live(store, seed.id)}
    assert set(stored) == {good.id, lost.id}
    assert stored[lost.id].state is AnchorState.ORPHAN
    assert "2 added" in window.statusBar().currentMessage()
    attention = window.exchange.attention
    assert attention.dock.ids() == [lost.id]                 # orphans are listed, never dropped
    assert good.id in window.annotation_state.annotations        # the panel/reader were refreshed


def test_cancelling_the_preview_changes_nothing(open_window, qtbot, store, seed, tmp_path):
    window = open_window(store=store)
    path = write_w3c(tmp_path / "a.json", seed.id, [make(seed, "地区生产总值")])
    flow = window.exchange.importer
    with qtbot.waitSignal(flow.previewReady, timeout=20000) as shown:
        flow.start(path)
    shown.args[0].reject()
    qtbot.wait(50)
    assert live(store, seed.id) == [] and flow.dialog is None


@pytest.mark.parametrize("content, fragment", [
    (b"{not json", "JSON"),
    (json.dumps({"type": "Annotation", "target": "urn:x"}).encode(), "selector"),
])
def test_an_invalid_file_shows_one_line_and_leaves_the_store_alone(open_window, qtbot, store, seed, tmp_path,
                                                                  content, fragment):
    window = open_window(store=store)
    existing = store.add(make(seed, "地区生产总值"))
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    flow = window.exchange.importer
    with qtbot.waitSignal(flow.failed, timeout=20000) as failed:
        flow.start(str(bad))
    message = failed.args[0]
    assert "\n" not in message and fragment.lower() in message.lower()
    box = flow.error_box
    assert box is not None and box.isVisible() and box.text() == message
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert live(store, seed.id) == [existing]
    box.accept()


def test_a_file_for_an_unknown_report_asks_for_the_report(open_window, qtbot, store, tmp_path):
    report = tmp_path / "other.md"
    report.write_text("# 另一份报告\n\n## 一、总体要求\n\n全年粮食产量稳定在一千三百亿斤以上。\n", encoding="utf-8")
    other = load_document(report)
    annotation = make(other, "粮食产量稳定")
    path = write_w3c(tmp_path / "other.jsonld", other.id, [annotation], other.title)
    window = open_window(store=store)
    flow = window.exchange.importer

    with qtbot.waitSignal(flow.documentNeeded, timeout=20000) as asked:
        flow.start(path)
    box = asked.args[0]
    assert "另一份报告" in box.text()
    with qtbot.waitSignal(flow.previewReady, timeout=20000) as shown:
        flow.use_document_file(str(report))                   # what "Choose Report File…" does
    with qtbot.waitSignal(flow.imported, timeout=20000):
        shown.args[0].accept()
    assert [a.id for a in live(store, other.id)] == [annotation.id]
    assert store.document_record(other.id).text == other.text


def test_dropping_an_annotation_file_starts_the_import(open_window, qtbot, store, seed, tmp_path):
    window = open_window(store=store)
    path = write_w3c(tmp_path / "dropped.jsonld", seed.id, [make(seed, "地区生产总值")])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.exchange.importer.previewReady, timeout=20000) as shown:
        window.dropEvent(event)
    assert shown.args[0].count_labels["added"].text() == "1"
    shown.args[0].reject()
    assert window.document.id == seed.id                     # the report stays open


# -- export -------------------------------------------------------------------------------------

def test_export_dialog_filters_and_every_format_writes_a_file(open_window, qtbot, store, seed, tmp_path):
    mine = store.add(make(seed, "地区生产总值", author="张三", tags=("GDP",)))
    theirs = store.add(make(seed, "地区生产总值", occurrence=1, author="李四", tags=("民生",)))
    window = open_window(store=store)
    flow = window.exchange.exporter
    dialog = flow.open_dialog()
    assert dialog.isVisible() and dialog.count() == 2
    assert {dialog.author_combo.itemData(i) for i in range(dialog.author_combo.count())} == {None, "张三", "李四"}
    dialog.choose(author="李四")
    assert dialog.count() == 1 and "1 annotation will" in dialog.count_label.text()
    dialog.choose(tag="GDP")
    assert dialog.count() == 0
    dialog.reject()

    for fmt, suffix in (("w3c", ".jsonld"), ("markdown", ".md"), ("csv", ".csv")):
        target = tmp_path / f"out{suffix}"
        with qtbot.waitSignal(flow.exported, timeout=20000) as done:
            flow.export_to(ExportRequest(fmt), str(target))
        assert done.args[0] == 2 and target.stat().st_size > 0
    assert "Exported 2 annotations" in window.statusBar().currentMessage()
    assert "地区生产总值" in (tmp_path / "out.md").read_text(encoding="utf-8")

    # the W3C file re-imports into a fresh store as the same annotations
    with Store.open(tmp_path / "fresh.sqlite3") as fresh:
        fresh.ensure_document(seed)
        summary = import_bytes(fresh, (tmp_path / "out.jsonld").read_bytes())
        assert summary.added == 2
        assert {a.id for a in fresh.annotations(seed.id)} == {mine.id, theirs.id}

    with qtbot.waitSignal(flow.exported, timeout=20000) as done:
        flow.export_to(ExportRequest("w3c", author="张三"), str(tmp_path / "mine.jsonld"))
    assert done.args[0] == 1


# -- Needs Attention ----------------------------------------------------------------------------

def _attention_window(open_window, store, seed):
    review = replace(make(seed, "地区生产总值"), start=0, end=6, state=AnchorState.REVIEW)
    orphan = replace(make(seed, "地区生产总值", occurrence=1),
                     quote=TextQuote("完全不存在的一句话，用来测试重新附着", "", ""), state=AnchorState.ORPHAN)
    third = replace(make(seed, "地区生产总值", occurrence=2), quote=TextQuote("又一句不存在的话，供舍弃之用", "", ""),
                    state=AnchorState.ORPHAN)
    for a in (review, orphan, third):
        store.add(a)
    window = open_window(store=store)
    window.exchange.attention.refresh()
    return window, review, orphan, third


def _undo_stack(window):
    return window.exchange.attention.undo_stack


def test_needs_attention_accept_moves_to_the_candidate_and_undoes(open_window, qtbot, store, seed):
    window, review, orphan, third = _attention_window(open_window, store, seed)
    attention = window.exchange.attention
    assert set(attention.dock.ids()) == {review.id, orphan.id, third.id}
    attention.dock.select(review.id)
    assert attention.dock.accept_button.isEnabled()
    assert "地区生产总值" in attention.dock.candidate_text.text()
    attention.dock.select(orphan.id)
    assert not attention.dock.accept_button.isEnabled()        # an orphan has no candidate
    assert "No match" in attention.dock.candidate_title.text()

    attention.dock.select(review.id)
    attention.dock.accept_button.click()
    moved = store.get(review.id)
    assert seed.text[moved.start:moved.end] == "地区生产总值"
    assert moved.state is AnchorState.ANCHORED and moved.modified > review.modified
    assert review.id not in attention.dock.ids()

    _undo_stack(window).undo()
    back = store.get(review.id)
    assert (back.start, back.end, back.state) == (0, 6, AnchorState.REVIEW)
    assert review.id in attention.dock.ids()


def test_needs_attention_reattach_takes_the_selection_and_undoes(open_window, qtbot, store, seed):
    window, _review, orphan, _third = _attention_window(open_window, store, seed)
    attention = window.exchange.attention
    start = seed.text.index("扎实")
    window.reader.select_source_range(start, start + 8)
    attention.dock.select(orphan.id)
    assert attention.dock.reattach_button.isEnabled()
    attention.dock.reattach_button.click()
    attached = store.get(orphan.id)
    assert (attached.start, attached.end, attached.state) == (start, start + 8, AnchorState.ANCHORED)
    assert attached.quote == TextQuote.from_text(seed.text, start, start + 8)
    assert orphan.id not in attention.dock.ids()

    _undo_stack(window).undo()
    assert store.get(orphan.id).quote == orphan.quote and orphan.id in attention.dock.ids()


def test_needs_attention_discard_leaves_a_tombstone_and_undoes(open_window, qtbot, store, seed):
    window, _review, _orphan, third = _attention_window(open_window, store, seed)
    attention = window.exchange.attention
    attention.dock.select(third.id)
    attention.dock.discard_button.click()
    assert store.get(third.id).deleted and third.id not in attention.dock.ids()
    assert third.id not in window.annotation_state.annotations
    _undo_stack(window).undo()
    assert not store.get(third.id).deleted and third.id in attention.dock.ids()
    _undo_stack(window).redo()
    assert store.get(third.id).deleted


def test_reattach_without_a_selection_says_so(open_window, store, seed):
    window, _review, orphan, _third = _attention_window(open_window, store, seed)
    window.reader.clear_selection()
    assert window.exchange.attention.reattach(orphan.id) is False
    assert "Select the passage" in window.statusBar().currentMessage()
    assert store.get(orphan.id) == orphan


# -- carrying annotations to a new version ------------------------------------------------------

def test_annotations_carry_over_to_an_edited_copy(open_window, qtbot, store, seed, tmp_path):
    store.ensure_document(seed)
    kept = store.add(make(seed, "地区生产总值", tags=("GDP",)))
    gone_quote = seed.text[seed.text.index("扎实"):seed.text.index("扎实") + 30]
    gone = store.add(make(seed, gone_quote))
    source = seed.path and open(seed.path, encoding="utf-8").read()
    assert source and gone_quote[:12] in source
    edited = tmp_path / "revised.md"
    # a revision: a new opening paragraph, and the passage of ``gone`` rewritten
    body = source.replace(gone_quote[:12], "大幅改写之后的内容", 1)
    cut = body.index("## 文字实录")
    edited.write_text(body[:cut] + "新增的一段说明文字。\n\n" + body[cut:], encoding="utf-8")

    window = open_window(path=edited, store=store)
    carry = window.exchange.carry
    qtbot.waitUntil(lambda: carry.offer is not None, timeout=20000)
    assert carry.bar.isVisible() and "2 annotations" in carry.bar.label.text()
    new_id = window.document.id
    assert new_id != seed.id

    with qtbot.waitSignal(carry.carried, timeout=20000) as done:
        carry.bar.carry_button.click()
    result = done.args[0]
    assert result.carried == 2 and not carry.bar.isVisible()
    copies = {a.id: a for a in store.annotations(new_id)}
    assert set(copies) == {carried_id(kept.id, new_id), carried_id(gone.id, new_id)}
    moved = copies[carried_id(kept.id, new_id)]
    assert window.document.text[moved.start:moved.end] == "地区生产总值"
    assert moved.tags == ("GDP",) and moved.author == kept.author and moved.state is AnchorState.ANCHORED
    assert copies[carried_id(gone.id, new_id)].state in (AnchorState.REVIEW, AnchorState.ORPHAN)
    assert window.exchange.attention.dock.ids() == [carried_id(gone.id, new_id)]
    assert [a.id for a in store.annotations(seed.id)] and len(store.annotations(seed.id)) == 2  # originals stay
    assert "Carried 2" in window.statusBar().currentMessage()

    # carrying again finds nothing left to carry
    with qtbot.waitSignal(carry.noOffer, timeout=20000):
        carry.check()
    assert carry.offer is None


def test_not_now_hides_the_offer(open_window, qtbot, store, seed, tmp_path):
    store.ensure_document(seed)
    store.add(make(seed, "地区生产总值"))
    edited = tmp_path / "revised.md"
    edited.write_text(open(seed.path, encoding="utf-8").read() + "\n补充一段。\n", encoding="utf-8")
    window = open_window(path=edited, store=store)
    carry = window.exchange.carry
    qtbot.waitUntil(lambda: carry.offer is not None, timeout=20000)
    carry.bar.dismiss_button.click()
    assert not carry.bar.isVisible() and store.annotations(window.document.id) == []


def test_menu_actions_and_shortcuts(open_window):
    window = open_window()
    actions = {a.objectName(): a for a in window.menu_actions()}
    assert actions["importAnnotationsAction"].shortcut().toString() == "Ctrl+Shift+I"
    assert actions["exportAnnotationsAction"].shortcut().toString() == "Ctrl+Shift+E"
    dock = window.findChild(type(window.exchange.attention.dock), "attentionDock")
    assert dock is not None and dock.toggleViewAction().shortcut().toString() == "Ctrl+Shift+R"
    assert dock.toggleViewAction() in window.menu_actions()


# -- teams: author layers and editing others' annotations ----------------------------------------

def test_author_layers_hide_and_recolour_highlights(open_window, qtbot, store, seed):
    mine = store.add(make(seed, "地区生产总值", author="张三"))
    theirs = store.add(make(seed, "地区生产总值", occurrence=1, author="李四", color="#ffd54f"))
    window = open_window(store=store)
    qtbot.waitUntil(lambda: window.reader.highlight(theirs.id) is not None, timeout=10000)
    menu = window.exchange.layers_menu
    menu.rebuild()
    names = {a.objectName() for a in menu.menu.actions()}
    assert {"layer:张三", "layer:李四"} <= names
    layer = next(a for a in menu.menu.actions() if a.objectName() == "layer:李四")
    layer.setChecked(False)                                   # hide 李四's layer
    hidden = window.reader.highlight(theirs.id)
    assert hidden.start == hidden.end
    assert window.reader.highlight(mine.id).end > window.reader.highlight(mine.id).start
    assert window.reader.highlights_at(theirs.start + 1) == []
    window.exchange.layers.set_color("张三", "#26a69a")
    assert window.reader.highlight(mine.id).color == "#26a69a"
    assert store.get(mine.id).color == mine.color               # a view setting, never stored
    window.exchange.layers.show_all()
    assert window.reader.highlight(theirs.id).end == theirs.end
    # the choice survives a restart (settings file)
    from gui.exchange.layers import AuthorLayers
    from gui.settings import Settings
    assert AuthorLayers(Settings()).colors == {"张三": "#26a69a"}


def test_editing_a_teammates_annotation_keeps_their_name(open_window, qtbot, store, seed):
    theirs = store.add(make(seed, "地区生产总值", author="李四"))
    window = open_window(store=store)
    controller = window.annotations
    qtbot.waitUntil(lambda: theirs.id in window.annotation_state.annotations, timeout=10000)
    controller.editor.set_note([theirs.id], "我补充的意见")
    edited = store.get(theirs.id)
    assert edited.note == "我补充的意见" and edited.author == "李四" and edited.modified > theirs.modified


def test_importing_into_an_earlier_version_offers_to_carry_it_over(open_window, qtbot, store, seed, tmp_path):
    store.ensure_document(seed)
    edited = tmp_path / "revised.md"
    edited.write_text(open(seed.path, encoding="utf-8").read() + "\n补充一段。\n", encoding="utf-8")
    window = open_window(path=edited, store=store)
    carry = window.exchange.carry
    path = write_w3c(tmp_path / "teammate-v1.jsonld", seed.id, [make(seed, "地区生产总值", author="李四")])
    flow = window.exchange.importer
    with qtbot.waitSignal(flow.previewReady, timeout=20000) as shown:
        flow.start(path)
    with qtbot.waitSignal(carry.offerShown, timeout=20000):
        shown.args[0].accept()
    assert "into" in window.statusBar().currentMessage()
    assert [a.author for a in carry.offer.annotations] == ["李四"]


def test_orphans_are_listed_but_not_painted(open_window, qtbot, store, seed):
    orphan = store.add(replace(make(seed, "地区生产总值"), quote=TextQuote("早已删去的一句话，找不到了", "", ""),
                               state=AnchorState.ORPHAN))
    window = open_window(store=store)
    qtbot.waitUntil(lambda: window.reader.highlight(orphan.id) is not None, timeout=10000)
    painted = window.reader.highlight(orphan.id)
    assert painted.start == painted.end
    assert window.exchange.attention.dock.ids() == [orphan.id]


def test_a_large_import_keeps_the_event_loop_turning(open_window, qtbot, store, seed, tmp_path):
    from PySide6.QtCore import QTimer

    text, many = seed.text, []
    for i in range(3000):
        start = (i * 97) % (len(text) - 40)
        many.append(Annotation(id=new_annotation_id(), document_id=seed.id, start=start, end=start + 20,
                               quote=TextQuote.from_text(text, start, start + 20), author=f"作者{i % 7}",
                               note="备注" * (i % 5), created=T, modified=T))
    path = write_w3c(tmp_path / "big.jsonld", seed.id, many)
    window = open_window(store=store)
    flow = window.exchange.importer
    ticks = []
    timer = QTimer(window, interval=5)
    timer.timeout.connect(lambda: ticks.append(flow.progress.isVisible()))
    timer.start()
    with qtbot.waitSignal(flow.previewReady, timeout=30000) as shown:
        flow.start(path)
    seen_busy = sum(ticks)
    with qtbot.waitSignal(flow.imported, timeout=30000):
        shown.args[0].accept()
    timer.stop()
    assert seen_busy >= 2                      # the window repainted while the file was read
    assert len(store.annotations(seed.id)) == 3000 and not flow.progress.isVisible()


def test_a_file_for_an_unknown_report_can_go_to_the_open_report(open_window, qtbot, store, seed, tmp_path):
    window = open_window(store=store)
    foreign = replace(make(seed, "地区生产总值"), document_id="urn:sha256:" + "0" * 64)
    path = write_w3c(tmp_path / "draft.jsonld", foreign.document_id, [foreign], "<b>征求意见稿</b>")
    flow = window.exchange.importer
    with qtbot.waitSignal(flow.documentNeeded, timeout=20000) as asked:
        flow.start(path)
    box = asked.args[0]
    assert "<b>征求意见稿</b>" in box.text() and box.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(flow.previewReady, timeout=20000) as shown:
        flow.current_button.click()
    with qtbot.waitSignal(flow.imported, timeout=20000):
        shown.args[0].accept()
    assert [a.id for a in store.annotations(seed.id)] == [foreign.id]


def test_delete_in_the_attention_list_discards(open_window, qtbot, store, seed):
    window, review, orphan, third = _attention_window(open_window, store, seed)
    window.annotations.focus_annotation(review.id)   # focused in the reader: it must survive
    dock = window.exchange.attention.dock
    window.exchange.attention.reveal()
    dock.select(orphan.id)
    dock.list.setFocus()
    qtbot.keyClick(dock.list, Qt.Key.Key_Delete)
    assert store.get(orphan.id).deleted and orphan.id not in dock.ids()
    assert not store.get(review.id).deleted and not store.get(third.id).deleted
