"""How the reading scripts are named in the UI: a short label for the toolbar and a full name for
the View › Script menu, tooltips and the status bar, both in the UI language.

The ids are ``document/script_ids.py``'s; the names are UI strings.  The reading script and the
UI language are independent: an English UI reads a report in 臺灣正體 as well as a Chinese one.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def script_label(script: str) -> str:
    """The toolbar's short label."""
    labels = {
        "source": QCoreApplication.translate("Scripts", "Original", "toolbar: the text as written"),
        "s": QCoreApplication.translate("Scripts", "Simplified", "toolbar: Simplified Chinese script"),
        "t": QCoreApplication.translate("Scripts", "Traditional", "toolbar: Traditional Chinese script (OpenCC)"),
        "tw": QCoreApplication.translate("Scripts", "Taiwan", "toolbar: Taiwan standard characters"),
        "twp": QCoreApplication.translate("Scripts", "Taiwan+", "toolbar: Taiwan characters and Taiwan phrasing"),
        "hk": QCoreApplication.translate("Scripts", "Hong Kong", "toolbar: Hong Kong characters"),
    }
    return labels.get(script, script)


def script_name(script: str) -> str:
    """The full name (menu entry, tooltip, status bar)."""
    names = {
        "source": QCoreApplication.translate("Scripts", "Original Text"),
        "s": QCoreApplication.translate("Scripts", "Simplified Chinese"),
        "t": QCoreApplication.translate("Scripts", "Traditional Chinese (OpenCC)"),
        "tw": QCoreApplication.translate("Scripts", "Taiwan Standard"),
        "twp": QCoreApplication.translate("Scripts", "Taiwan Standard with Taiwan Phrasing"),
        "hk": QCoreApplication.translate("Scripts", "Hong Kong Traditional"),
    }
    return names.get(script, script)
