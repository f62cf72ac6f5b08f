"""Guard against a PySide6 build that leaks references to None (6.12.0 does, and crashes)."""
from __future__ import annotations

import sys

from PySide6.QtGui import QTextBlockFormat


def test_void_methods_keep_none_refcount():
    fmt = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(200):
        fmt.setBottomMargin(3.0)
    assert sys.getrefcount(None) - before > -50
