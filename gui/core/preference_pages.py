"""Pages that features add to Edit › Preferences… — a declared hook, since the dialog belongs to
no feature.

A feature registers a factory once (``window.preference_pages.add(factory)``); each time the
dialog opens it builds the feature's page as a tab beside *General*.  When the user presses
Save the dialog asks every page for a :meth:`PreferencePage.problem` first (a page with one is
brought to the front and nothing is saved), then calls every page's :meth:`PreferencePage.save`.
Pages write through :class:`gui.settings.Settings` like the rest of the dialog.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class PreferencePage(QWidget):
    """One tab of the Preferences dialog."""

    def title(self) -> str:
        raise NotImplementedError

    def problem(self) -> str:
        """Why the page cannot be saved as it stands ("" when it can); the page shows it too."""
        return ""

    def save(self) -> None:
        raise NotImplementedError


class PreferencePages:
    """The registered page factories, in registration (= feature) order."""

    def __init__(self) -> None:
        self._factories: list[Callable[[QWidget], PreferencePage]] = []

    def add(self, factory: Callable[[QWidget], PreferencePage]) -> None:
        self._factories.append(factory)

    def create(self, parent: QWidget) -> list[PreferencePage]:
        return [factory(parent) for factory in self._factories]
