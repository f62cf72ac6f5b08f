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


def test_pyside_no_longer_reads_the_source_of_modules_imported_after_it():
    """gui/qt_binding.py turns off PySide6's per-import source scan (memory and start-up);
    should a PySide release rename what it patches, this fails rather than the cost coming
    back unnoticed."""
    import importlib
    import linecache
    import tempfile
    from pathlib import Path

    import gui  # noqa: F401 - installs the patch
    from gui.qt_binding import skip_feature_scans

    assert skip_feature_scans()
    with tempfile.TemporaryDirectory() as folder:
        module = Path(folder) / "pizhu_scan_probe.py"
        module.write_text("VALUE = 1\n", encoding="utf-8")
        sys.path.insert(0, folder)
        try:
            assert importlib.import_module("pizhu_scan_probe").VALUE == 1
        finally:
            sys.path.remove(folder)
            sys.modules.pop("pizhu_scan_probe", None)
        assert str(module) not in linecache.cache
