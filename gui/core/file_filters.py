"""File-dialog filters shared by the window and the features, in the UI language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from document.formats import OPEN_DIALOG_PATTERNS


def report_file_filter() -> str:
    """Every format Pizhu opens as a report, then all files."""
    return QCoreApplication.translate("FileFilters", "Reports ({patterns});;All Files (*)").format(
        patterns=OPEN_DIALOG_PATTERNS)


def with_all_files(file_filter: str) -> str:
    """``file_filter`` followed by "All Files (*)"."""
    return file_filter + ";;" + QCoreApplication.translate("FileFilters", "All Files (*)")
