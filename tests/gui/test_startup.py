"""Start-up path of `pizhu`: the report shows first, the store opens behind the first paint."""
from __future__ import annotations

from gui.app import StoreOpener, create_window
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
