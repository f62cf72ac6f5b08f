"""The password prompt: shown when the team server asks for a password Pizhu could not find
(``~/.pgpass``, ``PGPASSWORD``, the system keyring), or refused the one it was given.

Opened with ``open()`` (window-modal, not blocking), only for a sync the user started: periodic
syncs never prompt.  "Remember" keeps the password where ``pizhu sync --save-password`` keeps
it — the system keyring, or libpq's password file where there is none — and only once the
sync it was typed for has succeeded; without it the password lives in memory until Pizhu quits.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


class PasswordDialog(QDialog):
    """Asks for the password of ``role`` on the server ``label``; ``problem``: why again."""

    def __init__(self, label: str, problem: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPasswordDialog")
        self.setWindowTitle(self.tr("Team Server Password"))
        intro = QLabel(self.tr("The team server {0} asks for a password.").format(label))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.problem_label = QLabel(problem)
        self.problem_label.setObjectName("syncPasswordProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.problem_label.setVisible(bool(problem))
        self.edit = QLineEdit()
        self.edit.setObjectName("syncPasswordEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(self.tr("Password"))
        self.remember_check = QCheckBox(self.tr("&Remember this password"))
        self.remember_check.setObjectName("rememberPasswordCheck")
        self.remember_check.setToolTip(self.tr(
            "Kept in the system keyring (or, where there is none, in ~/.pgpass, readable only by "
            "you) — never in Pizhu's settings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sync"))
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.edit)
        layout.addWidget(self.remember_check)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def password(self) -> str:
        return self.edit.text()

    @property
    def remember(self) -> bool:
        return self.remember_check.isChecked()
