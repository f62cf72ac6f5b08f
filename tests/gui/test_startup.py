"""Start-up path of `pizhu`: the report shows first, the store opens behind the first paint."""
from __future__ import annotations

import os
import subprocess
import sys

from gui.app import StoreOpener, complete_window, create_window, new_window
from gui.settings import Settings
from storage.store import Store
from document.annotation import Annotation, TextQuote


def test_store_opens_after_first_paint_and_annotations_follow(qtbot, tmp_path):
    store_file = tmp_path / "pizhu.sqlite3"
    seeded = Store.open(store_file)
    from document.loading import load_document

    document = load_document()
    seeded.ensure_document(document)
    start = document.text.index("地区生产总值")
    seeded.add(Annotation(id="a1", document_id=document.id, start=start, end=start + 6,
                          quote=TextQuote.from_text(document.text, start, start + 6), author="甲"))
    seeded.close()

    window = create_window(None, None, None, settings=Settings())
    qtbot.addWidget(window)
    store_when_shown = []
    window.documentShown.connect(lambda _rt: store_when_shown.append(window.store))
    StoreOpener(window, lambda: Store.open(store_file))
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        window.show()
    assert store_when_shown[0] is None          # the report did not wait for the store
    qtbot.waitUntil(lambda: window.store is not None, timeout=20000)
    qtbot.waitUntil(lambda: "a1" in window.annotation_state.annotations, timeout=20000)
    assert window.annotation_state.annotations["a1"].author == "甲"
    window.close()
    window.store.close()


def test_a_broken_store_leaves_the_reader_usable(qtbot, tmp_path):
    bad = tmp_path / "pizhu.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    window = create_window(None, None, None, settings=Settings())
    qtbot.addWidget(window)
    StoreOpener(window, lambda: Store.open(bad))
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        window.show()
    qtbot.waitUntil(lambda: "store" in window.statusBar().currentMessage().lower(), timeout=20000)
    assert window.store is None
    assert window.document is not None
    assert bad.read_bytes().startswith(b"this is not a database")   # left untouched
    window.close()


def test_the_window_appears_first_and_is_completed_behind_its_first_paint(qtbot):
    """`pizhu`'s order (gui.app.run): a window with an empty reading pane is shown, and after
    its first paint the reader, the menus, the docks, the features and the report follow."""
    window = new_window(None, None, Settings())
    qtbot.addWidget(window)
    assert window.annotations is None and window.menuBar().actions() == []
    completed = []
    window.after_first_paint(lambda: (completed.append(True), complete_window(window)))
    assert not completed
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        window.show()
    assert completed and window.annotations is not None
    assert window.reader.isVisible() and window.document is not None
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&Edit", "&View"]
    window.close()


def test_pizhu_shows_its_window_before_loading_what_only_later_work_needs(tmp_path):
    """Start-up cost is paid by the window appearing late: when `pizhu` shows its window, the
    parser, the store, OpenCC and the features are not loaded yet, and PySide6 has kept no
    module's source in memory (gui/qt_binding.py)."""
    probe = """
import linecache, os, sys
from PySide6.QtWidgets import QMainWindow
def show(window):
    QMainWindow.setVisible(window, True)
    heavy = ("markdown_it", "sqlalchemy", "opencc", "storage.store", "document.loading",
             "gui.annotations.feature", "gui.find.controller", "gui.exchange.controller", "logging.handlers")
    print(sorted(name for name in heavy if name in sys.modules))
    print(len([path for path in linecache.cache if path.endswith(".py") and "PySide6" not in path]))
    sys.stdout.flush()
    os._exit(0)
from gui.main_window import MainWindow
MainWindow.show = show
from pizhu.cli import main
main([])
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=tmp_path)
    loaded, sources = result.stdout.splitlines()[:2]
    assert loaded == "[]", result.stderr[-2000:]
    assert int(sources) < 10
