"""Helpers for GUI tests: a main window on a real store, waited until the document shows."""
from __future__ import annotations

import pytest

from gui.app import create_window
from gui.settings import Settings


@pytest.fixture(autouse=True, scope="session")
def english_ui(qapp):
    """The UI speaks English as on an English system: with its plural forms ("1 annotation")."""
    from gui.language import install_language, remove_language

    install_language("en")
    yield
    remove_language()


@pytest.fixture
def ui_language(english_ui):
    """ui_language("zh_TW"): the UI in that language until the test ends (then English again)."""
    from gui.language import install_language

    yield install_language
    install_language("en")


@pytest.fixture
def open_window(qtbot, isolated_user_dirs):
    """open_window(path=None, script=None, store=None) -> MainWindow, shown and rendered."""
    created = []

    def factory(path=None, script=None, store=None, size=(1200, 800)):
        settings = Settings()
        window = create_window(store, str(path) if path else None, script, settings=settings)
        qtbot.addWidget(window)
        window.resize(*size)
        with qtbot.waitSignal(window.documentShown, timeout=20000):
            window.show()
        created.append(window)
        return window

    yield factory
    for window in created:
        window.close()


@pytest.fixture
def store(tmp_path):
    """A real store in a throw-away SQLite file."""
    from storage.store import Store

    opened = Store.open(tmp_path / "pizhu.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def window(open_window, store, tmp_path):
    """The small annotate test report (non-BMP characters before its passages) on ``store``."""
    from test_annotate_support import write_report

    return open_window(write_report(tmp_path), store=store)
