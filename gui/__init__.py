"""Pizhu's PySide6 user interface (docs/architecture.md, "Inside gui/")."""
from PySide6 import QtCore as _QtCore  # noqa: F401 - loads shiboken's import hook, turned off next

from gui.qt_binding import skip_feature_scans

skip_feature_scans()
