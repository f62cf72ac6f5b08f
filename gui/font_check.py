"""Is there a font for Chinese?  Without one every label and the whole report are boxes.

Qt asks the system's font database (fontconfig on Linux) which families cover the Simplified
Chinese writing system; when none does the user is told once per run, in the status bar and
(through the shell) on stderr, which package to install.  macOS and Windows ship CJK fonts, so the hint there is
only a family name.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

FONT_PACKAGES = "Debian/Ubuntu: apt install fonts-noto-cjk; Fedora: dnf install google-noto-sans-cjk-fonts"

_warned = False


def cjk_families() -> list[str]:
    """Installed families that cover Simplified Chinese (a QGuiApplication must exist)."""
    return QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def install_hint(system: str | None = None) -> str:
    system = sys.platform if system is None else system
    if system.startswith("linux") or "bsd" in system:
        return FONT_PACKAGES
    return "Noto Sans CJK SC"


def missing_cjk_font_message(system: str | None = None) -> str:
    return QCoreApplication.translate(
        "FontCheck", "No font for Chinese text is installed, so the text shows as boxes; install one ({0})."
    ).replace("{0}", install_hint(system))


def warn_once_without_cjk_font(*tell: Callable[[str], None]) -> bool:
    """The first time no CJK font is found: log it and pass the message to each of ``tell``
    (the status bar; the shell's stderr line).  Returns whether a warning was given; later
    calls in the same run stay silent."""
    global _warned
    if _warned or cjk_families():
        return False
    _warned = True
    message = missing_cjk_font_message()
    log.warning("%s", message)
    for show in tell:
        show(message)
    return True
