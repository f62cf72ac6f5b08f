"""The annotations panel: grouping, filters, jumping, keyboard use, hostile text, persistence."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.annotations.model import IdRole, IsSectionRole
from gui.outline_dock import COUNT_COLUMN, CountRole
from tests.gui.test_annotate_support import passage, select_in_qt, write_report

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

HOSTILE_NOTE = ("<b>粗体</b><script>alert('x')</script>&amp; \u202e反向文字\u202c 零\u200b宽\u200d字\ufeff\n"
                "第二行 <img src=x onerror=alert(1)>\u00a0\u2028行分隔" + "长" * 100_000)
HOSTILE_TAGS = ("<i>斜体</i>", "\u202e标签", "零\u200b宽", "承诺/<b>经济</b>")


def _add(window, needle: str, tags=(), note="", color=None, author=None):
    controller = window.annotations
    if author is not None:
        window.settings.author = author
    start, end = passage(window, needle)
    annotation = controller.editor.highlight_range(start, end, color=color)
    if tags:
        controller.editor.set_tags([annotation.id], tags)
    if note:
        controller.editor.set_note([annotation.id], note)
    return window.annotation_state.annotations[annotation.id]


def _rows(model):
    """[(section title, [annotation ids])] as shown."""
    shown = []
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        assert section.data(IsSectionRole)
        shown.append((section.data(), [model.index(r, 0, section).data(IdRole) for r in range(model.rowCount(section))]))
    return shown


def test_entries_are_grouped_by_section_in_outline_order_with_counts(window, qtbot):
    late = _add(window, "加快建设现代化产业体系")
    early = _add(window, "城乡居民收入稳步增长")
    opening = _add(window, "各位代表")
    rows = _rows(window.annotations.dock.model)
    assert [ids for _title, ids in rows] == [[opening.id], [early.id], [late.id]]
    assert rows[1][0] == "一、过去五年工作回顾  (1)"
    model = window.outline_dock.model
    entries = {e.title: e.start for e in window.document.entries()}
    qtbot.waitUntil(lambda: model.count(entries["一、过去五年工作回顾"]) == 1, timeout=2000)   # coalesced
    assert model.count(entries["二、今后工作安排"]) == 1
    # The count has a column of its own, so eliding a long title never hides it.
    first = model.index_for_start(entries["一、过去五年工作回顾"])
    assert first.data() == "一、过去五年工作回顾"
    assert model.index(first.row(), COUNT_COLUMN, first.parent()).data() == "1"
    assert first.data(CountRole) == 1


def test_display_role_shows_quote_tags_note_author_and_date_as_plain_text(window):
    annotation = _add(window, "城乡居民收入稳步增长", tags=["承诺/经济"], note="年底核查", author="李明")
    index = window.annotations.dock.model.index_of(annotation.id)
    lines = index.data().split("\n")
    assert lines[0] == "城乡居民收入稳步增长"
    assert lines[1] == "#承诺/经济"
    assert lines[2] == "年底核查"
    assert lines[3].startswith("李明 · ") and lines[3][-5:-3].isdigit()


def test_filters_by_tag_author_colour_section_and_free_text(window, qtbot):
    colors = [c for c, _ in window.settings.colors]
    a = _add(window, "城乡居民收入稳步增长", tags=["承诺/经济"], author="李明", color=colors[0])
    b = _add(window, "确保粮食产量稳定在280亿斤以上", tags=["目标"], note="粮食安全", author="王芳", color=colors[1])
    c = _add(window, "加快建设现代化产业体系", tags=["承诺"], author="李明", color=colors[1])
    dock = window.annotations.dock
    model = dock.model
    qtbot.waitUntil(lambda: dock.tag_filter.findData("承诺") >= 0 and dock.author_filter.findData("王芳") >= 0,
                    timeout=2000)   # the filter choices follow the edits shortly

    def shown():
        return sorted(i for _t, ids in _rows(model) for i in ids)

    dock.choose(dock.tag_filter, "承诺")            # the parent tag includes 承诺/经济
    assert shown() == sorted([a.id, c.id])
    qtbot.waitUntil(lambda: window.counts_label.text() == "Annotations: 2 / 3", timeout=2000)
    dock.choose(dock.tag_filter, "承诺/经济")
    assert shown() == [a.id]
    dock.choose(dock.tag_filter, None)
    dock.choose(dock.author_filter, "王芳")
    assert shown() == [b.id]
    dock.choose(dock.author_filter, None)
    dock.choose(dock.color_filter, colors[1])
    assert shown() == sorted([b.id, c.id])
    dock.choose(dock.color_filter, None)
    section = next(e for e in window.document.entries() if e.title.startswith("一、"))
    dock.choose(dock.section_filter, section.start)
    assert shown() == [a.id]
    dock.choose(dock.section_filter, None)

    dock.search.setText("粮食安全")                 # the note
    qtbot.waitUntil(lambda: shown() == [b.id], timeout=2000)
    dock.search.setText("现代化产业")               # a substring of a quote
    qtbot.waitUntil(lambda: shown() == [c.id], timeout=2000)
    dock.search.setText("現代化產業")               # typed in Traditional characters
    qtbot.waitUntil(lambda: shown() == [c.id], timeout=2000)
    dock.search.setText("没有这句话")
    qtbot.waitUntil(lambda: shown() == [], timeout=2000)
    assert dock.empty_label.isVisible() or not window.isVisible()
    dock.search.clear()
    qtbot.waitUntil(lambda: len(shown()) == 3, timeout=2000)

    # A new highlight that the filter hides does not appear; one it shows does.
    dock.choose(dock.tag_filter, "目标")
    d = _add(window, "坚持稳中求进")
    assert d.id not in shown()


def test_sort_by_date_puts_newest_first(window):
    first = _add(window, "加快建设现代化产业体系")
    second = _add(window, "坚持稳中求进")
    dock = window.annotations.dock
    assert _rows(dock.model)[-1][1] == [second.id, first.id]     # by position
    dock.choose(dock.sort_combo, "date")
    assert _rows(dock.model)[-1][1] == [second.id, first.id] if second.created > first.created \
        else [first.id, second.id]
    dock.choose(dock.sort_combo, "position")


def test_enter_on_a_row_jumps_the_reader_and_keyboard_reaches_the_panel(window, qtbot):
    window.resize(900, 400)
    target = _add(window, "加快建设现代化产业体系")
    _add(window, "各位代表")
    window.reader.scroll_to_offset(0)
    select_in_qt(window, 0, 0)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_A, CTRL_SHIFT)     # Ctrl+Shift+A: focus the panel
    tree = window.annotations.dock.tree
    assert tree.hasFocus()
    tree.setCurrentIndex(window.annotations.dock.model.index_of(target.id))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.reader.selected_source_range() == (target.start, target.end)
    assert window.reader.top_offset() > 0
    assert tree.hasFocus()      # keep walking the list with the keyboard


def test_a_highlight_made_while_annotations_load_survives_the_load(open_window, store, tmp_path, qtbot):
    path = write_report(tmp_path)
    first = open_window(path, store=store)
    old = _add(first, "城乡居民收入稳步增长")
    first.close()
    second = open_window(path, store=store)
    controller, state = second.annotations, second.annotation_state
    # The stored annotations are read on the next event-loop turn; an edit made before then
    # must survive that (older) read.
    state.reload()
    assert state.loading
    start, end = passage(second, "加快建设现代化产业体系")
    controller.editor.highlight_range(start, end)
    qtbot.waitUntil(lambda: not state.loading, timeout=5000)
    new = controller.editor.exact_match(start, end)
    assert set(state.index) == {old.id, new.id}
    assert second.reader.highlight(new.id) is not None and second.reader.highlight(old.id) is not None


def test_asking_for_annotations_before_the_deferred_read_performs_it(open_window, store, tmp_path):
    path = write_report(tmp_path)
    first = open_window(path, store=store)
    old = _add(first, "城乡居民收入稳步增长")
    first.close()
    second = open_window(path, store=store)
    second.annotation_state.reload()
    assert second.annotation_state.loading
    assert old.id in second.annotation_state.annotations and not second.annotation_state.loading


def test_clicking_a_highlight_selects_it_in_the_panel(window, qtbot):
    target = _add(window, "城乡居民收入稳步增长")
    _add(window, "加快建设现代化产业体系")
    window.reader.highlightClicked.emit(target.id)
    current = window.annotations.dock.tree.currentIndex()
    assert current.data(IdRole) == target.id
    assert window.reader.focused_highlight == target.id


def test_hostile_notes_and_tags_round_trip_exactly_and_show_as_text(window, store, qtbot):
    annotation = _add(window, "城乡居民收入稳步增长", tags=HOSTILE_TAGS, note=HOSTILE_NOTE)
    stored = store.get(annotation.id)
    assert stored.note == HOSTILE_NOTE and stored.note.encode("utf-8") == HOSTILE_NOTE.encode("utf-8")
    assert stored.tags == HOSTILE_TAGS

    index = window.annotations.dock.model.index_of(annotation.id)
    display = index.data()
    assert HOSTILE_NOTE in display                      # literal, markup and all
    assert "#<i>斜体</i>" in display and "#\u202e标签" in display
    tooltip = window.annotations.dock.model.tooltip(stored)
    assert "<script>" not in tooltip and "&lt;script&gt;" in tooltip
    # The panel paints the row's lines as plain text: the note's markup is drawn as characters.
    tree = window.annotations.dock.tree
    tree.scrollTo(index)
    tree.viewport().grab()
    lines = window.annotations.dock.delegate.laid_out_lines()
    # (the note's line is elided to the panel's width; its markup shows as characters)
    assert any(text.startswith("✎ <b>粗体") for text, _format in lines)
    assert any(text == "<i>斜体</i>" for text, _format in lines)
    assert {text_format for _text, text_format in lines} == {Qt.TextFormat.PlainText}
    reader_tip = window.reader.tooltip_for(window.reader.highlight(annotation.id))
    assert "<script>alert('x')</script>" in reader_tip   # plain text; the reader escapes it

    # The note editor shows it and, unedited, gives it back byte for byte.
    window.annotations.focus_annotation(annotation.id)
    window.reader.setFocus()
    dialog = window.annotations.actions.edit_note()
    assert dialog.edit.toPlainText().startswith("<b>粗体</b><script>")
    assert dialog.note() == HOSTILE_NOTE
    dialog.accept()
    assert store.get(annotation.id).note == HOSTILE_NOTE
    tags_dialog = window.annotations.actions.edit_tags()
    assert tags_dialog.tags() == HOSTILE_TAGS
    tags_dialog.reject()

    # No label anywhere renders user text as rich text: a label that Qt may render as markup
    # never holds the raw markers (escaped text is fine).
    labels = window.findChildren(QLabel)
    assert labels
    for label in labels:
        if label.textFormat() != Qt.TextFormat.PlainText:
            assert not any(marker in label.text() for marker in ("<b>粗体", "<i>斜体", "<script>")), \
                label.objectName()

    # Reloading from the store gives the same strings again.
    window.annotation_state.refresh()
    again = window.annotation_state.annotations[annotation.id]
    assert (again.note, again.tags) == (HOSTILE_NOTE, HOSTILE_TAGS)


def test_highlights_come_back_after_closing_and_reopening(open_window, store, tmp_path, qtbot):
    path = write_report(tmp_path)
    first = open_window(path, store=store)
    start, end = passage(first, "确保粮食产量稳定在280亿斤以上")
    select_in_qt(first, start, end)
    qtbot.keyClick(first.reader, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    made = first.annotations.editor.exact_match(start, end)
    first.annotations.editor.set_tags([made.id], ["承诺"])
    first.annotations.editor.set_note([made.id], "跟踪")
    first.close()

    second = open_window(path, store=store)
    # Stored annotations are read off the GUI thread; they arrive right after the document.
    qtbot.waitUntil(lambda: second.reader.highlight(made.id) is not None, timeout=5000)
    qtbot.waitUntil(lambda: not second.annotation_state.loading, timeout=5000)
    highlight = second.reader.highlight(made.id)
    assert highlight is not None and (highlight.start, highlight.end) == (start, end) and highlight.has_note
    assert second.annotations.dock.model.visible_count() == 1
    back = second.annotation_state.annotations[made.id]
    assert (back.tags, back.note) == (("承诺",), "跟踪")
    assert second.annotation_state.undo_stack.count() == 0


def test_panel_quotes_follow_the_reader_script_and_offsets_stay_in_source(window, store, qtbot):
    annotation = _add(window, "城乡居民收入稳步增长", note="跟踪")
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        window.set_script("t")
    index = window.annotations.dock.model.index_of(annotation.id)
    assert index.data().split("\n")[0] == "城鄉居民收入穩步增長"
    # A selection made in the Traditional view is stored in source offsets.
    start, end = passage(window, "加快建设现代化产业体系")
    window.reader.select_source_range(start, end)
    made = window.annotations.editor.highlight_selection()
    assert (store.get(made.id).start, store.get(made.id).end) == (start, end)
    assert store.get(made.id).quote.exact == "加快建设现代化产业体系"


def _with_state(window, store, needle: str, state, start=None, end=None):
    """A stored annotation in ``state`` (as an import or a new report version leaves it)."""
    from dataclasses import replace

    from document.annotation import Annotation, TextQuote, new_annotation_id

    s, e = passage(window, needle)
    annotation = Annotation(id=new_annotation_id(), document_id=window.document.id,
                            start=s if start is None else start, end=e if end is None else end,
                            quote=TextQuote(needle + "（旧版）"), author="王芳")
    return store.add(replace(annotation, state=state))


def test_review_and_orphan_annotations_are_marked_filtered_and_orphans_grouped_last(window, store, qtbot):
    from PySide6.QtWidgets import QDockWidget

    from document.annotation import AnchorState
    from gui.annotations.model import ORPHAN_TITLE

    plain = _add(window, "城乡居民收入稳步增长")
    review = _with_state(window, store, "确保粮食产量稳定在280亿斤以上", AnchorState.REVIEW)
    changed = _with_state(window, store, "坚持稳中求进", AnchorState.CHANGED)
    # Stale offsets inside section 一 (as left behind) and at 0 (as the importer leaves them).
    stale = _with_state(window, store, "城乡居民收入", AnchorState.ORPHAN)
    at_zero = _with_state(window, store, "全省地区生产总值", AnchorState.ORPHAN, start=0, end=0)
    controller = window.annotations
    window.annotation_state.refresh()
    model, dock = controller.dock.model, controller.dock

    rows = _rows(model)
    assert rows[-1][0] == f"{ORPHAN_TITLE}  (2)"
    assert sorted(rows[-1][1]) == sorted([stale.id, at_zero.id])
    assert all(stale.id not in ids and at_zero.id not in ids for _t, ids in rows[:-1])
    section_one = next(ids for title, ids in rows if title.startswith("一、"))
    assert section_one == [plain.id]
    # Visible marks: the row's text (screen readers) names the state, the delegate paints a badge.
    assert model.index_of(review.id).data().split("\n")[-1] == "to review"
    assert model.index_of(stale.id).data().split("\n")[-1] == "orphaned"
    assert model.index_of(changed.id).data().split("\n")[-1] == "text changed"
    assert model.index_of(plain.id).data().split("\n")[-1].startswith(plain.author)
    assert "orphaned" in model.tooltip(model.annotation(model.index_of(stale.id)))
    assert not dock.tree.viewport().grab().isNull()   # paints the badges without error
    # Nothing is painted at an orphan's stale offset, even without gui/exchange's author layers.
    from gui.core.styles import HighlightStyles

    controller.highlights.styles = HighlightStyles()
    controller.highlights.repaint_all()
    assert window.reader.highlight(stale.id).end == window.reader.highlight(stale.id).start
    assert [h.id for h in window.reader.highlights_at(stale.start)] == [plain.id]
    # Orphans count for no outline section.
    controller.counts.update()
    entries = {e.title: e.start for e in window.document.entries()}
    assert window.outline_dock.model.count(entries["一、过去五年工作回顾"]) == 1

    # Filter: only what needs attention.
    dock.choose(dock.attention_filter, True)
    shown = sorted(i for _t, ids in _rows(model) for i in ids)
    assert shown == sorted([review.id, stale.id, at_zero.id])
    dock.choose(dock.attention_filter, False)
    section = next(e for e in window.document.entries() if e.title.startswith("一、"))
    dock.choose(dock.section_filter, section.start)
    assert [i for _t, ids in _rows(model) for i in ids] == [plain.id]
    dock.choose(dock.section_filter, None)

    # A click on an orphan: a message, no jump, and the panel stays in front.
    window.reader.scroll_to_offset(passage(window, "加快建设现代化产业体系")[0])
    top = window.reader.top_offset()
    dock.focus_panel()
    dock.tree.scrollTo(model.index_of(at_zero.id))
    rect = dock.tree.visualRect(model.index_of(at_zero.id))
    qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dock.tree.currentIndex().data(IdRole) == at_zero.id
    assert "Needs Attention" in window.statusBar().currentMessage()
    assert window.reader.top_offset() == top and not dock.visibleRegion().isEmpty()
    # Enter on it: still no jump to its stale offset, and Needs Attention comes forward.
    window.statusBar().clearMessage()
    qtbot.keyClick(dock.tree, Qt.Key.Key_Return)
    assert window.reader.selected_source_range() is None
    assert window.reader.top_offset() == top
    assert "Needs Attention" in window.statusBar().currentMessage()
    attention = window.findChild(QDockWidget, "attentionDock")
    assert attention.isVisible() and not attention.visibleRegion().isEmpty()
    # Enter on the orphans' group row does not jump to the start either.
    group = model.index(model.rowCount() - 1, 0)
    dock.tree.setCurrentIndex(group)
    dock._on_activated(group)
    assert window.reader.top_offset() == top


def _cut_combos(dock) -> list[tuple[str, str, int, int]]:
    """(combo, text, text width, room) for every fixed entry that would not show whole."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    cut = []
    for combo in dock.findChildren(QComboBox):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        # The "everything" entry and the fixed choices (sort orders, states); not the user's tags.
        texts = [combo.itemText(0)] + [combo.itemText(i) for i in range(combo.count())
                                       if combo.objectName() in ("sortCombo", "attentionFilter")]
        for text in texts:
            width = combo.fontMetrics().horizontalAdvance(text)
            if width + 4 > field.width():   # Fusion pads the label a little
                cut.append((combo.objectName(), text, width, field.width()))
    return cut


@pytest.mark.parametrize("size", [(1200, 800), (1000, 700), (1400, 900)])
def test_filter_combos_show_their_whole_text_at_the_default_width(open_window, store, tmp_path, qtbot, size):
    window = open_window(write_report(tmp_path), store=store, size=size)
    dock = window.annotations.dock
    qtbot.waitUntil(lambda: dock.tag_filter.count() > 0, timeout=2000)
    assert dock.isVisible()
    assert _cut_combos(dock) == []
    # Also when the dock has just the width it asks for (a smaller screen, a restored layout).
    window.resizeDocks([dock], [dock.sizeHint().width()], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() <= dock.sizeHint().width() + 2, timeout=2000)
    assert _cut_combos(dock) == []


def test_a_sort_change_measures_about_a_page_of_rows_to_keep_the_focused_one_in_view(window, qtbot):
    """With 2,000 rows the focused row is found again after a sort change, selected and shown,
    while the tree measures (sizeHint, a Python call each) only the rows near it — not every row
    between the old scroll position and the focused row's new place."""
    from gui.annotations.delegate import AnnotationDelegate

    class CountingDelegate(AnnotationDelegate):
        measured = 0

        def sizeHint(self, option, index):  # noqa: N802 - Qt API
            CountingDelegate.measured += 1
            return super().sizeHint(option, index)

    window.resize(1000, 700)
    window.annotations.add_demo_highlights(2000)
    dock = window.annotations.dock
    dock.tree.setItemDelegate(CountingDelegate(dock.tree, dock.delegate.tag_colors))
    ordered = [i for _title, ids in _rows(dock.model) for i in ids]
    focused = ordered[len(ordered) // 2]
    window.annotations.focus.focus(focused)
    dock.tree.verticalScrollBar().setValue(0)          # far from the focused row
    dock.tree.doItemsLayout()
    CountingDelegate.measured = 0
    dock.choose(dock.sort_combo, "date")
    dock.tree.doItemsLayout()
    dock.tree.viewport().repaint()
    assert dock.tree.currentIndex().data(IdRole) == focused
    assert dock.tree.viewport().rect().intersects(dock.tree.visualRect(dock.tree.currentIndex()))
    assert CountingDelegate.measured < 300
    dock.choose(dock.sort_combo, "position")
