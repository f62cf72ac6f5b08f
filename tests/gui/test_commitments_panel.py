"""The Commitments panel on the real window and a real store: opening it, sorting and filtering,
tracking with Ctrl+Return, inline edits and their undo, dismissals, scripts, hostile text,
outline badges, the overview and the export."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from document.annotation import CommitmentStatus, CommitmentStrength
from gui.commitments.columns import COLUMN_INDEX
from gui.commitments.labels import commitment_color
from gui.outline_dock import BADGE_COLUMN, BadgeRole
from tests.gui.commitments_support import (
    CTRL, CTRL_SHIFT, INDICATORS, REPORT, cell, column, entry_of, open_panel, press_in_reader, select_rows, write,
)


@pytest.fixture
def report(tmp_path):
    return write(tmp_path, "report.md", REPORT)


@pytest.fixture
def window(open_window, store, report):
    return open_window(report, store=store)


def _tracked(window):
    return {a.commitment.indicator: a for a in window.annotation_state.annotations.values() if a.commitment}


def test_ctrl_shift_m_opens_the_panel_with_focus_on_the_first_row(window, qtbot):
    dock = window.commitments.dock
    assert not dock.isVisible()                       # shown on demand
    dock = open_panel(window, qtbot)
    assert dock.isVisible() and dock.table.hasFocus()
    assert dock.table.currentIndex().row() == 0
    assert [i.row() for i in dock.table.selectionModel().selectedRows()] == [0]
    assert column(dock, "indicator") == INDICATORS    # document order by default
    assert column(dock, "section")[:3] == ["二"] * 3 and column(dock, "section")[3] == "三（一）"
    assert column(dock, "status") == ["未跟踪"] * 5
    assert window.commitments.panel_action.shortcut().toString() == "Ctrl+Shift+M"


def test_sorting_by_a_header_and_filtering_by_text_status_and_category(window, qtbot):
    dock = open_panel(window, qtbot)
    dock.table.sortByColumn(COLUMN_INDEX["value"], Qt.SortOrder.AscendingOrder)
    assert column(dock, "value") == ["2", "6", "45", "280", "建成通车"]     # numbers by magnitude
    dock.table.sortByColumn(COLUMN_INDEX["value"], Qt.SortOrder.DescendingOrder)
    assert column(dock, "value")[0] == "建成通车"
    dock.table.sortByColumn(COLUMN_INDEX["section"], Qt.SortOrder.AscendingOrder)
    assert column(dock, "indicator") == INDICATORS

    dock.search.setText("基站")
    qtbot.waitUntil(lambda: dock.proxy.rowCount() == 1, timeout=2000)    # debounced
    assert column(dock, "indicator") == ["5G基站"]
    dock.search.setText("")
    dock.apply_filter()
    dock.category_filter.setCurrentIndex(dock.category_filter.findData("民生"))
    assert column(dock, "indicator") == ["城镇新增就业"]
    dock.category_filter.setCurrentIndex(0)
    select_rows(dock, "粮食产量")
    window.commitments.track_selected()
    dock.status_filter.setCurrentIndex(dock.status_filter.findData(CommitmentStatus.OPEN.value))
    assert column(dock, "indicator") == ["粮食产量"]
    dock.status_filter.setCurrentIndex(dock.status_filter.findData("untracked"))
    assert len(column(dock, "indicator")) == 4 and "粮食产量" not in column(dock, "indicator")


def test_ctrl_return_tracks_the_selected_suggestions_in_the_commitment_colour(window, qtbot):
    # The user renamed the colours: the third one is now called 承诺.
    window.settings.set_color_names(["目标", "重点", "承诺", "问题", "疑问"])
    colour = window.settings.colors[2][0]
    assert commitment_color(window.settings.colors) == colour
    dock = open_panel(window, qtbot)
    select_rows(dock, "地区生产总值增长", "5G基站")
    qtbot.keyClick(dock.table, Qt.Key.Key_Return, CTRL)
    tracked = _tracked(window)
    assert set(tracked) == {"地区生产总值增长", "5G基站"}
    gdp = tracked["地区生产总值增长"]
    assert gdp.color == colour and gdp.author == window.settings.author
    assert (gdp.commitment.value, gdp.commitment.unit, gdp.commitment.qualifier, gdp.commitment.horizon) == \
        ("6", "%", "左右", "2023")
    assert window.document.text[gdp.start:gdp.end] == "地区生产总值增长6%左右"
    highlight = window.reader.highlight(gdp.id)                  # painted in the reader
    assert highlight is not None and highlight.color == colour
    stored = window.store.get(gdp.id)
    assert stored.commitment == gdp.commitment and stored.color == colour
    assert [e.status for e in window.store.commitment_history(gdp.id)] == [CommitmentStatus.OPEN]
    # The tracked rows replace the suggestions and stay selected.
    assert dock.proxy.rowCount() == 5
    assert {e.commitment.indicator for e in dock.selected_entries()} == {"地区生产总值增长", "5G基站"}
    assert all(e.tracked for e in dock.selected_entries())
    assert column(dock, "status").count("未评估") == 2

    press_in_reader(window, qtbot, Qt.Key.Key_Z, CTRL)             # one undo step for both
    assert _tracked(window) == {} and window.reader.highlight(gdp.id) is None
    assert column(dock, "status") == ["未跟踪"] * 5
    press_in_reader(window, qtbot, Qt.Key.Key_Z, CTRL_SHIFT)       # redo: the same ids come back
    assert set(_tracked(window)) == {"地区生产总值增长", "5G基站"} and gdp.id in window.annotation_state.annotations


def test_inline_edits_are_undoable_and_suggestions_are_read_only(window, qtbot):
    dock = open_panel(window, qtbot)
    assert not (dock.proxy.flags(cell(dock, "粮食产量", "value")) & Qt.ItemFlag.ItemIsEditable)
    select_rows(dock, "粮食产量")
    window.commitments.track_selected()
    index = cell(dock, "粮食产量", "value")
    assert dock.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    dock.table.setCurrentIndex(index)
    qtbot.keyClick(dock.table, Qt.Key.Key_F2)                     # edit as a user does
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "280"
    editor.selectAll()
    qtbot.keyClicks(editor, "300")
    qtbot.keyClick(editor, Qt.Key.Key_Return)                    # Qt commits on the next turn
    annotation_id = _tracked(window)["粮食产量"].id
    qtbot.waitUntil(lambda: window.store.get(annotation_id).commitment.value == "300", timeout=2000)
    assert cell(dock, "粮食产量", "value").data() == "300"

    # A combo box for a field with fixed values (Strength is a header menu away).
    dock.set_column_shown(COLUMN_INDEX["strength"], True)
    index = cell(dock, "粮食产量", "strength")
    dock.table.setCurrentIndex(index)
    dock.table.edit(index)
    combo = dock.table.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["确定", "力争"]
    combo.setCurrentIndex(combo.findData(CommitmentStrength.AIM.value))
    combo.activated.emit(combo.currentIndex())                    # a pick commits at once
    assert window.store.get(annotation_id).commitment.strength is CommitmentStrength.AIM
    assert cell(dock, "粮食产量", "strength").data() == "力争"
    assert window.store.get(annotation_id).commitment.status is CommitmentStatus.OPEN   # never touched

    stack = window.annotation_state.undo_stack
    stack.undo()
    assert window.store.get(annotation_id).commitment.strength is CommitmentStrength.FIRM
    stack.undo()
    assert window.store.get(annotation_id).commitment.value == "280"
    assert cell(dock, "粮食产量", "value").data() == "280"
    stack.redo()
    stack.redo()
    stored = window.store.get(annotation_id).commitment
    assert (stored.value, stored.strength) == ("300", CommitmentStrength.AIM)
    assert cell(dock, "粮食产量", "strength").data() == "力争"


def test_an_inline_status_pick_records_a_dated_change_by_the_user(window, qtbot):
    dock = open_panel(window, qtbot)
    select_rows(dock, "5G基站")
    window.commitments.track_selected()
    index = cell(dock, "5G基站", "status")
    dock.table.edit(index)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.count() == 6
    combo.setCurrentIndex(combo.findData("in_progress"))
    combo.activated.emit(combo.currentIndex())
    annotation_id = _tracked(window)["5G基站"].id
    history = window.store.commitment_history(annotation_id)
    assert [e.status.value for e in history] == ["open", "in_progress"]
    assert history[-1].author == window.settings.author
    assert cell(dock, "5G基站", "status").data() == "推进中"
    window.annotation_state.undo_stack.undo()                   # retracted, not deleted
    assert [e.status.value for e in window.store.commitment_history(annotation_id)] == ["open"]
    assert len(window.store.commitment_history(annotation_id, include_retracted=True)) == 2
    assert cell(dock, "5G基站", "status").data() == "未评估"


def test_dismissing_is_undoable_and_remembered_after_reopening(open_window, store, report, qtbot):
    window = open_window(report, store=store)
    dock = open_panel(window, qtbot)
    select_rows(dock, "城镇新增就业")
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    assert "城镇新增就业" not in column(dock, "indicator") and dock.proxy.rowCount() == 4
    assert dock.table.currentIndex().isValid()                   # a row stays current
    dock.show_dismissed.setChecked(True)                          # the toggle shows them, struck out
    assert dock.proxy.rowCount() == 5
    font = cell(dock, "城镇新增就业", "indicator").data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut()
    dock.show_dismissed.setChecked(False)
    press_in_reader(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert dock.proxy.rowCount() == 5 and store.dismissals(window.document.id) == []
    press_in_reader(window, qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert dock.proxy.rowCount() == 4 and len(store.dismissals(window.document.id)) == 1
    window.close()

    again = open_window(report, store=store)
    dock = open_panel(again, qtbot, rows=4)
    assert "城镇新增就业" not in column(dock, "indicator")
    assert dock.show_dismissed.isChecked() is False
    dock.show_dismissed.setChecked(True)
    select_rows(dock, "城镇新增就业")
    again.commitments.dismiss_selected()                          # on a dismissed row: restore
    assert store.dismissals(again.document.id) == []
    dock.show_dismissed.setChecked(False)
    assert dock.proxy.rowCount() == 5


def test_a_script_switch_shows_the_table_in_that_script_and_keeps_stored_values(window, qtbot):
    dock = open_panel(window, qtbot)
    select_rows(dock, "地区生产总值增长")
    window.commitments.track_selected()
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        press_in_reader(window, qtbot, Qt.Key.Key_3, CTRL)         # 繁體
    assert column(dock, "indicator")[0] == "地區生產總值增長"
    assert column(dock, "section")[0] == "二"
    assert column(dock, "status")[0] == "未評估"
    assert column(dock, "status")[1] == "未跟蹤"
    assert dock.proxy.rowCount() == 5 and not window.commitments.ledger.detecting   # cached: no new run
    index = cell(dock, "地区生产总值增长", "indicator")
    assert index.data(Qt.ItemDataRole.EditRole) == "地区生产总值增长"   # edits start from what is stored
    dock.table.setCurrentIndex(index)
    qtbot.keyClick(dock.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "地区生产总值增长"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert _tracked(window)["地区生产总值增长"].commitment.indicator == "地区生产总值增长"
    assert dock.chart.rows[0].title == "二、2023年主要目标"
    assert "二、2023年主要目標" in dock.chart.summary()
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        press_in_reader(window, qtbot, Qt.Key.Key_1, CTRL)
    assert column(dock, "indicator")[0] == "地区生产总值增长"


HOSTILE = "<b>粗体</b> **加粗** =HYPERLINK(\"http://x\") <img src=x onerror=alert(1)>"


def test_hostile_strings_stay_plain_text_in_every_view(window, qtbot):
    dock = open_panel(window, qtbot)
    select_rows(dock, "粮食产量")
    window.commitments.track_selected()
    annotation_id = _tracked(window)["粮食产量"].id
    window.commitments.editor.edit(annotation_id, "indicator", HOSTILE)
    window.commitments.editor.change_status(annotation_id, "achieved", note=HOSTILE, source=HOSTILE,
                                            author="<i>me</i>")
    index = cell(dock, HOSTILE, "indicator")
    assert index.data() == HOSTILE
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>粗体" not in tooltip and "&lt;b&gt;粗体" in tooltip
    dock.table.setCurrentIndex(index)
    details = dock.details
    assert HOSTILE in details.heading.text()
    shown = details.history.toPlainText()
    assert shown.count(HOSTILE) == 2 and "<i>me</i>" in shown       # note and source, literally
    assert details.history.document().toHtml().count("<img") == 0
    assert dock.chart.rows and HOSTILE not in dock.chart.summary()   # the chart shows sections


def test_outline_badges_show_achieved_over_tracked_per_section(window, qtbot):
    dock = open_panel(window, qtbot)
    outline = window.outline_dock
    assert outline.tree.header().isSectionHidden(BADGE_COLUMN)       # nothing tracked: no column
    select_rows(dock, "地区生产总值增长", "城镇新增就业", "5G基站")
    window.commitments.track_selected()
    window.commitments.editor.change_status(_tracked(window)["城镇新增就业"].id, "achieved")
    starts = {e.title: e.start for e in window.document.entries()}
    model = outline.model
    qtbot.waitUntil(lambda: [b.text for b in model.badges(starts["二、2023年主要目标"])] == ["1/2"], timeout=2000)
    assert [b.text for b in model.badges(starts["三、2023年重点工作"])] == ["0/1"]
    assert [b.text for b in model.badges(starts["（一）扩大有效投资"])] == ["0/1"]
    assert model.badges(starts["一、过去一年工作回顾"]) == []
    index = model.index_for_start(starts["二、2023年主要目标"])
    badge_index = model.index(index.row(), BADGE_COLUMN, index.parent())
    assert badge_index.data(BadgeRole)[0].color == commitment_color(window.settings.colors)
    assert "2 tracked commitments, 1 achieved" in badge_index.data(Qt.ItemDataRole.ToolTipRole)
    assert not outline.tree.header().isSectionHidden(BADGE_COLUMN)
    with qtbot.waitSignal(window.documentShown, timeout=20000):     # a re-render keeps them
        press_in_reader(window, qtbot, Qt.Key.Key_4, CTRL)
    assert [b.text for b in model.badges(starts["二、2023年主要目标"])] == ["1/2"]


def test_the_overview_counts_by_status_and_category_per_section(window, qtbot):
    dock = open_panel(window, qtbot)
    select_rows(dock, "地区生产总值增长", "粮食产量")
    window.commitments.track_selected()
    window.commitments.editor.change_status(_tracked(window)["粮食产量"].id, "partly")
    chart = dock.chart
    rows = {r.title: r for r in chart.rows}
    assert dict(rows["二、2023年主要目标"].statuses) == {"open": 1, "partly": 1, "untracked": 1}
    assert dict(rows["三、2023年重点工作"].statuses) == {"untracked": 2}
    assert dict(rows["二、2023年主要目标"].categories) == {"经济": 1, "民生": 1, "乡村": 1}
    assert chart.summary().splitlines()[0] == "二、2023年主要目标: 3 (未评估 1, 部分完成 1, 未跟踪 1)"
    dock.set_chart_mode("category", emit=True)
    assert window.settings.commitments_chart == "category"
    assert chart.summary().splitlines()[1].startswith("三、2023年重点工作: 2 (")
    qtbot.waitUntil(lambda: chart.height() >= chart.sizeHint().height(), timeout=2000)   # room for every row
    assert not chart.grab().isNull()


def test_the_panel_exports_the_rows_it_shows(window, qtbot, tmp_path):
    dock = open_panel(window, qtbot)
    select_rows(dock, "5G基站")
    window.commitments.track_selected()
    target = tmp_path / "ledger"
    with qtbot.waitSignal(window.commitments.export.exported, timeout=20000) as done:
        window.commitments.export.export_to(str(target), "xlsx")
    count, path = done.args
    assert count == 5 and path.endswith("ledger.xlsx")
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert [r["indicator"] for r in rows] == INDICATORS
    assert next(r for r in rows if r["indicator"] == "5G基站")["tracked"] is True
    dock.search.setText("粮食")
    dock.apply_filter()
    with qtbot.waitSignal(window.commitments.export.exported, timeout=20000) as done:
        window.commitments.export.export_to(str(tmp_path / "some.csv"), "csv")
    assert done.args[0] == 1
    assert "粮食产量" in (tmp_path / "some.csv").read_text(encoding="utf-8-sig")
    dialog = window.commitments.export.choose()                       # the save dialog lists both
    assert dialog is not None and len(dialog.nameFilters()) == 2
    dialog.reject()


def test_entry_on_a_row_selects_its_passage_in_the_reader(window, qtbot):
    dock = open_panel(window, qtbot)
    select_rows(dock, "太原地铁1号线")
    qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    entry = entry_of(dock, "太原地铁1号线")
    assert window.reader.selected_source_range() == (entry.start, entry.end)
    assert dock.table.hasFocus()                                   # keep going through the list


def test_the_shortcuts_are_in_the_menus_and_clash_with_no_other(window):
    listed = {a.objectName(): a for a in window.menu_actions()}        # what F1 lists
    assert listed["commitmentsAction"].shortcut().toString() == "Ctrl+Shift+M"
    assert listed["trackCommitmentAction"].shortcut().toString() == "Ctrl+Shift+H"
    assert window.commitments.dock.toggleViewAction() not in window.menu_actions()   # one View entry
    keys = [k.toString() for a in window.actions() for k in a.shortcuts() if not k.isEmpty()]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []
