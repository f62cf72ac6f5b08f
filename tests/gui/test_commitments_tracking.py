"""Commitments in the real window beyond the table: the status dialog with evidence from a
second opened report and its undo, "Track as commitment" from a reader selection, the panel
following an import of a W3C file carrying commitments, detection off the GUI thread."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QApplication

from document.annotation import CommitmentStatus, Evidence, StatusEntry, TextQuote
from document.loading import load_document
from storage.exchange import w3c
from storage.ledger import suggestion_annotation
from document.commitments import detect_commitments
from tests.gui.commitments_support import (
    CTRL, CTRL_SHIFT, INDICATORS, REPORT, REVIEW, column, open_panel, press_in_reader, select_rows, write,
)
from tests.gui.test_annotate_support import select_in_qt


class _Opened(QObject):
    """Records the URLs the application asks the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls():
    recorder = _Opened()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def _tracked(window):
    return {a.commitment.indicator: a for a in window.annotation_state.annotations.values() if a.commitment}


def _show(window, qtbot, path):
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        window.open_document(str(path))


def test_a_status_change_records_history_with_evidence_from_a_second_report(
        open_window, store, tmp_path, qtbot, opened_urls):
    report = write(tmp_path, "2023.md", REPORT)
    review = write(tmp_path, "2024.md", REVIEW)
    window = open_window(report, store=store)
    _show(window, qtbot, review)                 # the second report is opened once …
    review_id = window.document.id
    _show(window, qtbot, report)                 # … then the reader goes back to the first
    dock = open_panel(window, qtbot)
    select_rows(dock, "城镇新增就业")
    window.commitments.track_selected()
    annotation_id = _tracked(window)["城镇新增就业"].id

    dialog = window.commitments.open_status_dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.report_titles()[0] == "2024年政府工作报告"      # other reports first
    dialog.status.setCurrentIndex(dialog.status.findData(CommitmentStatus.ACHIEVED.value))
    dialog.author.setText("李明")
    dialog.note.setPlainText("超额完成")
    dialog.source.setText("https://www.shanxi.gov.cn/2024/report")
    dialog.choose_report(0)
    assert dialog.evidence_box.isChecked() and dialog.text.toPlainText() == load_document(review).text
    passage = "城镇新增就业47.6万人"
    start = load_document(review).text.index(passage)
    dialog.select_evidence(start, start + len(passage))
    assert passage in dialog.selected.text()
    dialog.accept()

    history = store.commitment_history(annotation_id)
    assert [e.status for e in history] == [CommitmentStatus.OPEN, CommitmentStatus.ACHIEVED]
    step = history[-1]
    assert (step.author, step.note, step.source) == ("李明", "超额完成", "https://www.shanxi.gov.cn/2024/report")
    assert step.evidence == Evidence(review_id, start, start + len(passage),
                                     TextQuote.from_text(load_document(review).text, start, start + len(passage)))
    assert store.get(annotation_id).commitment.status is CommitmentStatus.ACHIEVED

    press_in_reader(window, qtbot, Qt.Key.Key_Z, CTRL)    # undo retracts the change …
    assert store.get(annotation_id).commitment.status is CommitmentStatus.OPEN
    assert [e.status for e in store.commitment_history(annotation_id)] == [CommitmentStatus.OPEN]
    assert store.commitment_history(annotation_id, include_retracted=True)[-1].retracted is not None
    select_rows(dock, "城镇新增就业")
    assert "超额完成" not in dock.details.history.toPlainText()
    assert column(dock, "status")[1] == "未评估"
    press_in_reader(window, qtbot, Qt.Key.Key_Z, CTRL_SHIFT)   # … redo records it again
    step = store.commitment_history(annotation_id)[-1]
    assert (step.status, step.note, step.evidence.document_id) == (CommitmentStatus.ACHIEVED, "超额完成", review_id)

    # The history shows in the details pane, newest first; links open only when clicked.
    select_rows(dock, "城镇新增就业")
    details = dock.details
    shown = details.history.toPlainText()
    assert shown.index("已完成") < shown.index("未评估") and "超额完成" in shown and "李明" in shown
    assert "2024年政府工作报告" in shown and passage in shown
    assert opened_urls.urls == []
    details.history.anchorClicked.emit(QUrl("https://www.shanxi.gov.cn/2024/report"))
    assert opened_urls.urls == ["https://www.shanxi.gov.cn/2024/report"]
    assert details.evidence_links() == [step.id]
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        details.click_evidence(step.id)          # opens the other report at the passage
    assert window.document.id == review_id
    qtbot.waitUntil(lambda: window.reader.selected_source_range() == (start, start + len(passage)), timeout=2000)


def test_a_cancelled_status_dialog_changes_nothing(window_on_report, qtbot, store):
    window = window_on_report
    dock = open_panel(window, qtbot)
    select_rows(dock, "粮食产量")
    window.commitments.track_selected()
    stack_size = window.annotation_state.undo_stack.count()
    dialog = window.commitments.open_status_dialog()
    dialog.status.setCurrentIndex(dialog.status.findData("missed"))
    dialog.reject()
    annotation_id = _tracked(window)["粮食产量"].id
    assert len(store.commitment_history(annotation_id)) == 1
    assert window.annotation_state.undo_stack.count() == stack_size


@pytest.fixture
def window_on_report(open_window, store, tmp_path):
    return open_window(write(tmp_path, "report.md", REPORT), store=store)


def test_track_as_commitment_from_a_reader_selection(window_on_report, qtbot):
    window = window_on_report
    text = window.document.text
    passage = "加快建设现代化产业体系"
    start = text.index(passage)
    select_in_qt(window, start, start + len(passage))      # after 😀: Qt and Python offsets differ
    window.reader.selectionFinished.emit()
    bar = window.annotations.bar
    button = bar.findChild(type(bar.tag_button), "trackCommitmentActionButton")
    assert button is not None and button.defaultAction() is window.commitments.track_selection_action
    assert window.commitments.track_selection_action.shortcut().toString() == "Ctrl+Shift+H"
    assert window.commitments.track_selection_action in _reader_menu_actions(window, qtbot)
    press_in_reader(window, qtbot, Qt.Key.Key_H, CTRL_SHIFT)
    tracked = _tracked(window)
    assert len(tracked) == 1
    (annotation,) = tracked.values()
    assert (annotation.start, annotation.end) == (start, start + len(passage))
    assert annotation.commitment.indicator == "现代化产业体系"          # read by describe_passage
    assert annotation.commitment.horizon == "2023"
    assert annotation.color == "#ef9a9a"                                # the default 承诺 colour
    assert window.reader.highlight(annotation.id).color == "#ef9a9a"
    dock = open_panel(window, qtbot, rows=len(INDICATORS) + 1)
    assert "现代化产业体系" in column(dock, "indicator")

    # A plain highlight made earlier becomes a commitment in place (same id, same colour).
    plain_start = text.index("城乡居民收入稳步增长")
    plain = window.annotations.editor.highlight_range(plain_start, plain_start + 10)
    select_in_qt(window, plain_start, plain_start + 10)
    window.commitments.track_selection()
    became = window.annotation_state.annotations[plain.id]
    assert became.commitment is not None and became.color == plain.color
    window.annotation_state.undo_stack.undo()
    assert window.annotation_state.annotations[plain.id].commitment is None   # a plain highlight again


def _reader_menu_actions(window, qtbot) -> list:
    """The actions of the reader's context menu, opened as a right click does."""
    seen: list = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            seen.extend(_all_actions(popup))
            popup.close()

    viewport = window.reader.viewport()
    QTimer.singleShot(100, read_and_close)
    point = viewport.rect().center()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))
    assert seen, "no context menu opened"
    return seen


def _all_actions(menu) -> list:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(_all_actions(action.menu()))
    return found


def test_the_panel_follows_an_import_of_a_w3c_file_carrying_commitments(window_on_report, qtbot, store, tmp_path):
    window = window_on_report
    dock = open_panel(window, qtbot)
    document = window.document
    candidate = next(c for c in detect_commitments(document) if c.indicator == "太原地铁1号线")
    teammate = replace(suggestion_annotation(document, candidate, color="#ef9a9a", author="王芳"),
                       commitment=replace(candidate.as_commitment(), status=CommitmentStatus.ACHIEVED))
    at = datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc)
    history = [StatusEntry("7f7e0e52-5c0e-4a4e-9d1d-3a0b1f2c3d4e", teammate.id, CommitmentStatus.ACHIEVED, None,
                           at, author="王芳", note="已通车", source="太原日报")]
    path = tmp_path / "team.jsonld"
    path.write_bytes(w3c.export_bytes(document.id, [teammate], title=document.title,
                                      histories={teammate.id: history}))
    flow = window.exchange.importer
    with qtbot.waitSignal(flow.previewReady, timeout=20000) as shown:
        flow.start(str(path))
    with qtbot.waitSignal(flow.imported, timeout=20000):
        shown.args[0].import_button.click()
    assert dock.proxy.rowCount() == len(INDICATORS)          # the suggestion became a tracked row
    statuses = dict(zip(column(dock, "indicator"), column(dock, "status")))
    assert statuses["太原地铁1号线"] == "已完成"
    select_rows(dock, "太原地铁1号线")
    assert "已通车" in dock.details.history.toPlainText() and "王芳" in dock.details.history.toPlainText()
    window.undo_action.trigger()                              # Edit › Undo Import Annotations
    statuses = dict(zip(column(dock, "indicator"), column(dock, "status")))
    assert statuses["太原地铁1号线"] == "未跟踪"


def test_detection_runs_off_the_gui_thread_and_is_cached_per_document(open_window, store, tmp_path, qtbot):
    body = REPORT.split("## 二、", 1)[1]
    big = REPORT + "".join(f"\n## {i}、第{i}部分\n\n" + body.replace("## ", "### ") for i in range(4, 400))
    window = open_window(write(tmp_path, "big.md", big), store=store)
    press_in_reader(window, qtbot, Qt.Key.Key_M, CTRL_SHIFT)
    ledger, dock = window.commitments.ledger, window.commitments.dock
    assert dock.isVisible(), "the shortcut did not reach the window"
    assert ledger.detecting, "the shortcut returned once the detector was done"
    assert dock.detecting_label.isVisible()
    qtbot.waitUntil(lambda: not ledger.detecting, timeout=60000)
    assert dock.proxy.rowCount() >= 5 * 396 and not dock.detecting_label.isVisible()
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        press_in_reader(window, qtbot, Qt.Key.Key_3, CTRL)
    assert not ledger.detecting                                       # the same document: cached
