"""The Team Sync tab of Edit › Preferences…: the server, periodic sync, sync on opening.

The URL is checked as it is typed, with the one line :func:`gui.sync.config.check_url` gives
(the same rules as ``pizhu sync --server``, and no password in it); Save is refused while it
cannot be used.  When ``PIZHU_SERVER`` is set it wins (see :mod:`gui.sync.config`): the field
shows that server, read-only, and says so.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from gui.core.preference_pages import PreferencePage
from gui.settings import MAX_SYNC_MINUTES, MIN_SYNC_MINUTES, Settings
from gui.sync.config import EXAMPLE, check_url, current_server, environment_server

_GOOD, _BAD = "color: #2e7d32;", "color: #c62828;"


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class SyncPreferencesPage(PreferencePage):
    """Team sync settings; ``saved`` is called after they were written."""

    def __init__(self, settings: Settings, saved: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPreferencesPage")
        self.settings = settings
        self._saved = saved
        self.from_environment = bool(environment_server())

        self.server_edit = QLineEdit()
        self.server_edit.setObjectName("syncServerEdit")
        self.server_edit.setPlaceholderText(EXAMPLE)
        self.server_edit.setClearButtonEnabled(True)
        self.server_edit.setMinimumWidth(380)          # a whole URL stays readable
        self.check_label = _note("")
        self.check_label.setObjectName("syncServerCheck")
        server_box = QGroupBox(self.tr("Team server"))
        server_form = QFormLayout(server_box)
        server_form.addRow(self.tr("&Server:"), self.server_edit)
        server_form.addRow(self.check_label)
        if self.from_environment:
            shown = current_server(settings)
            self.server_edit.setText(shown.url.render_as_string(hide_password=True) if shown.usable
                                     else self.tr("(not a usable URL)"))
            self.server_edit.setReadOnly(True)
            self.server_edit.setClearButtonEnabled(False)
            environment = _note(self.tr("Set by the PIZHU_SERVER environment variable, which takes "
                                        "precedence; unset it to choose the server here."))
            environment.setObjectName("syncEnvironmentNote")
            server_form.addRow(environment)
        else:
            self.server_edit.setText(settings.sync_server)
        hint = _note(self.tr("A PostgreSQL URL without password. Pizhu asks for the password when "
                             "the server wants one and can keep it in the system keyring — never "
                             "in its settings. Setting up the server: docs/teams.md."))
        hint.setEnabled(False)
        server_form.addRow(hint)

        self.periodic_check = QCheckBox(self.tr("Sync &every"))
        self.periodic_check.setObjectName("syncPeriodicCheck")
        self.periodic_check.setChecked(settings.sync_periodically)
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("syncIntervalSpin")
        self.interval_spin.setRange(MIN_SYNC_MINUTES, MAX_SYNC_MINUTES)
        self.interval_spin.setValue(settings.sync_interval_minutes)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setEnabled(self.periodic_check.isChecked())
        self.periodic_check.toggled.connect(self.interval_spin.setEnabled)
        periodic_row = QHBoxLayout()
        periodic_row.addWidget(self.periodic_check)
        periodic_row.addWidget(self.interval_spin)
        periodic_row.addStretch(1)
        self.on_open_check = QCheckBox(self.tr("Sync a report when it is &opened"))
        self.on_open_check.setObjectName("syncOnOpenCheck")
        self.on_open_check.setChecked(settings.sync_on_open)
        when_box = QGroupBox(self.tr("When to sync"))
        when_layout = QVBoxLayout(when_box)
        when_layout.addLayout(periodic_row)
        when_layout.addWidget(self.on_open_check)
        when_hint = _note(self.tr("File › Sync (Ctrl+Shift+S) syncs the shown report at any time. "
                                  "Periodic syncs wait while a dialog is open and back off while "
                                  "the server cannot be reached."))
        when_hint.setEnabled(False)
        when_layout.addWidget(when_hint)

        layout = QVBoxLayout(self)
        layout.addWidget(server_box)
        layout.addWidget(when_box)
        layout.addStretch(1)
        self.server_edit.textChanged.connect(self._check)
        self._check()

    def title(self) -> str:
        return self.tr("Team Sync")

    def _checked(self):
        if self.from_environment:
            return current_server(self.settings)
        return check_url(self.server_edit.text())

    def _check(self) -> None:
        choice = self._checked()
        if choice.problem:
            self.check_label.setText(choice.problem)
            self.check_label.setStyleSheet(_BAD)
        elif choice.usable:
            self.check_label.setText(self.tr("Syncs with {0}").format(choice.label))
            self.check_label.setStyleSheet(_GOOD)
        else:
            self.check_label.setText(self.tr("No team server: annotations stay on this computer "
                                             "(exchange them as files)."))
            self.check_label.setStyleSheet("")

    def problem(self) -> str:
        if self.from_environment:
            return ""                 # not the user's to fix here
        problem = self._checked().problem
        if problem:
            self.server_edit.setFocus()
        return problem

    def save(self) -> None:
        if not self.from_environment:
            self.settings.sync_server = self.server_edit.text()
        self.settings.sync_periodically = self.periodic_check.isChecked()
        self.settings.sync_interval_minutes = self.interval_spin.value()
        self.settings.sync_on_open = self.on_open_check.isChecked()
        self._saved()
