"""The reader on a store with an unreadable row shows the readable annotations and says what is
wrong in the status bar (issue 14.3)."""
from __future__ import annotations

import sys
from pathlib import Path

from document.loading import load_document
from gui.app import StoreOpener, create_window
from gui.settings import Settings
from storage.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from damaged import execute, fill  # noqa: E402


def test_the_readable_annotations_show_and_the_damage_is_reported(qtbot, tmp_path):
    document = load_document()
    path = tmp_path / "pizhu.sqlite3"
    annotations = fill(path, document.id, 3)
    execute(path, f"UPDATE annotations SET state = 'weird' WHERE id = '{annotations[1].id}'")
    window = create_window(None, None, None, settings=Settings())
    qtbot.addWidget(window)
    StoreOpener(window, lambda: Store.open(path))
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        window.show()
    qtbot.waitUntil(lambda: "cannot be read" in window.statusBar().currentMessage(), timeout=20000)
    assert "1 of 3 annotations" in window.statusBar().currentMessage()
    assert set(window.annotation_state.annotations) == {annotations[0].id, annotations[2].id}
    window.close()
    window.store.close()
