"""Guard against a PySide6 build that leaks references to None (6.12.0 does, and crashes)."""
from __future__ import annotations

import importlib.metadata
import sys

from PySide6.QtGui import QTextBlockFormat

#: Releases known to drop a reference to None on every void method call (pyproject excludes them).
BROKEN_RELEASES = {"6.12.0"}


def test_the_installed_pyside6_is_not_a_known_broken_release():
    assert importlib.metadata.version("PySide6-Essentials") not in BROKEN_RELEASES


def test_void_methods_keep_none_refcount():
    """Measured where it can be: from Python 3.12 None is immortal, its count never moves (and
    the leak can no longer free it), so there the release check above is what guards."""
    fmt = QTextBlockFormat()
    if sys.version_info >= (3, 12):
        before = sys.getrefcount(None)
        for _ in range(200):
            fmt.setBottomMargin(3.0)
        assert sys.getrefcount(None) == before   # immortal: a drifting count would be news
        return
    before = sys.getrefcount(None)
    for _ in range(200):
        fmt.setBottomMargin(3.0)
    assert sys.getrefcount(None) - before > -50
