"""Small dialogs for tagging and noting annotations.

Tags are typed into one line, separated by commas (ASCII or full-width) or semicolons, and
completed from the tags already in the store; a name that does not exist yet simply becomes a
new tag.  Hierarchical tags use "/" (承诺/经济) and complete like any other name.  Notes are
plain text in a QPlainTextEdit: whatever the user types (HTML included) is kept and shown as
typed, never interpreted.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

TAG_SEPARATORS = re.compile(r"[,，;；、]")


def split_tags(text: str) -> tuple[str, ...]:
    """Tags from the editor's text: trimmed, empty ones dropped, first occurrence kept."""
    seen: dict[str, None] = {}
    for part in TAG_SEPARATORS.split(text):
        name = "/".join(piece.strip() for piece in part.strip().split("/"))
        if name.strip("/"):
            seen.setdefault(name.strip("/"), None)
    return tuple(seen)


def join_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


class TagCompleter(QCompleter):
    """Completes the tag under the cursor, not the whole line."""

    def __init__(self, tags: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        # Parented to the completer so Python's garbage collector cannot take it away.
        self.setModel(QStringListModel(list(tags), self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        return [TAG_SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt API
        """The line with its last tag replaced by the chosen completion."""
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        parts = TAG_SEPARATORS.split(text)
        head = [p.strip() for p in parts[:-1] if p.strip()]
        return join_tags([*head, chosen])


class TagLineEdit(QLineEdit):
    """A line of comma-separated tags with completion from known tags."""

    def __init__(self, known: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEdit")
        self.setPlaceholderText(self.tr("commitment, commitment/economy, target …"))
        self.setClearButtonEnabled(True)
        self.setCompleter(TagCompleter(known, self))

    def tags(self) -> tuple[str, ...]:
        return split_tags(self.text())

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(join_tags(tags))


def _plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class TagDialog(QDialog):
    """Edit the tags of one or more annotations."""

    def __init__(self, tags: Iterable[str], known: Sequence[str], subject: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(self.tr("Tags"))
        self._original = tuple(tags)
        self.edit = TagLineEdit(known, self)
        self.edit.set_tags(self._original)
        hint = _plain_label(self.tr("Separate tags with commas; use / for levels (commitment/economy)."), self)
        hint.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        subject_label = _plain_label(_shorten(subject), self)
        subject_label.setObjectName("tagSubject")
        layout.addWidget(subject_label)
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def tags(self) -> tuple[str, ...]:
        """The edited tags; untouched text gives back the original tags exactly."""
        return self.edit.tags() if self.edit.isModified() else self._original


class NoteDialog(QDialog):
    """Edit a multi-line plain-text note; Ctrl+Enter saves."""

    def __init__(self, note: str, subject: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note"))
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteEdit")
        self._original = note
        self.edit.setPlainText(note)
        self.edit.document().setModified(False)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(self.tr("Write a note (plain text)…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Ctrl+Enter saves.  An event filter, not a QShortcut: the editor would take the key
        # as a line break first (it accepts the shortcut override for Return).
        self.edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        subject_label = _plain_label(_shorten(subject), self)
        subject_label.setObjectName("noteSubject")
        layout.addWidget(subject_label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(520, 340)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        """The edited note.  Unedited, the original string comes back byte for byte
        (toPlainText would turn U+00A0 into a space and U+2028 into a newline)."""
        if not self.edit.document().isModified():
            return self._original
        return self.edit.toPlainText()


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
