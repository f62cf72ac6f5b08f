"""The UI language: which one (the system's, unless Preferences chose one) and loading its
translations — Pizhu's own (resources/translations, compiled from the .ts sources) and Qt's
(qtbase, shipped with PySide6: standard buttons, file dialogs, line-edit context menus).

The UI language and the reading script (原文/简/繁/臺…) are independent: one is how the
application speaks, the other how the report is shown.  The language is chosen once, before the
window is built; a change in Preferences applies when Pizhu starts again (docs/translation.md
says why there is no live switch).  Loading a .qm file maps it into memory: a millisecond or two.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "zh_TW", "en")
SYSTEM = ""          # the setting's value for "follow the system"
SOURCE_LANGUAGE = "en"
# Each language named in itself, as language lists do: a user looking for their language finds
# it whatever the current UI language is.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}

_TRADITIONAL_REGIONS = {"tw", "hk", "mo"}
_shown = SOURCE_LANGUAGE     # the language installed in this run
_installed: list[QTranslator] = []


def language_of_tag(tag: str) -> str | None:
    """The UI language for one BCP 47 / POSIX locale name (``zh-Hant-HK``, ``zh_CN.UTF-8``),
    None when Pizhu has no translation for it."""
    parts = tag.split(".")[0].replace("_", "-").lower().split("-")
    if parts[0] == "zh":
        rest = set(parts[1:])
        return "zh_TW" if "hant" in rest or (rest & _TRADITIONAL_REGIONS and "hans" not in rest) else "zh_CN"
    if parts[0] == "en":
        return "en"
    return None


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first of the system's preferred languages Pizhu speaks; English otherwise."""
    tags = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in tags:
        language = language_of_tag(tag)
        if language is not None:
            return language
    return SOURCE_LANGUAGE


def effective_language(setting: str) -> str:
    """The language to show: the Preferences choice, or the system's when it is ``SYSTEM``."""
    return setting if setting in LANGUAGES else system_language()


def qt_translations_dir() -> str:
    """Where PySide6 keeps Qt's own .qm files (a frozen build keeps the same layout)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _load(directory: str | Path, name: str) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())   # owned by the application: kept alive
    if translator.load(name, str(directory)):
        return translator
    translator.deleteLater()
    return None


def install_language(language: str) -> list[QTranslator]:
    """Install the translators for ``language`` on the running application (replacing any
    installed before) and return them.  Qt's translations first, so Pizhu's own win where both
    answer."""
    global _shown
    remove_language()
    app = QCoreApplication.instance()
    wanted = [] if language == SOURCE_LANGUAGE else [(qt_translations_dir(), f"qtbase_{language}")]
    wanted.append((translations_dir(), f"pizhu_{language}"))   # English: the plural forms
    for directory, name in wanted:
        translator = _load(directory, name)
        if translator is None:
            log.warning("no translation %s in %s", name, directory)
            continue
        app.installTranslator(translator)
        _installed.append(translator)
    _shown = language
    return list(_installed)


def remove_language() -> None:
    """Take the installed translators away again (back to the English sources)."""
    global _shown
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _shown = SOURCE_LANGUAGE


def shown_language() -> str:
    """The language this run's UI is in."""
    return _shown


def application_name() -> str:
    """Pizhu's name in the UI language (批注 / 批註 in Chinese, as the desktop entry names it)."""
    return QCoreApplication.translate("Application", "Pizhu")
