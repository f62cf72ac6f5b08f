"""The status change dialog: new status, who, a note, a source, and optionally a passage of
another report as evidence.

"When" is the moment the change is recorded (the store stamps it); the dialog says so.  The
evidence picker lists the reports the store knows (and recent files), shows the chosen one's
text as written, and takes the passage the user selects there; offsets cross from Qt's UTF-16
positions to code points through :class:`gui.qt_offsets.Utf16Index`, like the reader's.
Opened with ``open()`` (window-modal, non-blocking), so tests drive it as a user does.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from document.annotation import CommitmentStatus, Evidence, TextQuote
from gui.commitments.evidence import EvidenceReports, ReportChoice
from gui.commitments.labels import STATUS_COLORS, STATUS_LABELS
from gui.core.display import swatch_icon
from gui.qt_offsets import Utf16Index
from storage.ledger import LedgerEntry

QUOTE_SHOWN = 160   # characters of the commitment's passage shown at the top


class StatusDialog(QDialog):
    def __init__(self, entry: LedgerEntry, reports: EvidenceReports, author: str, display=lambda s: s,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.setWindowTitle(self.tr("Change Status"))
        self.entry = entry
        self.reports = reports
        self._choices: list[ReportChoice] = []
        self._text = ""
        self._offsets = Utf16Index("")
        layout = QVBoxLayout(self)

        quote = entry.quote if len(entry.quote) <= QUOTE_SHOWN else entry.quote[:QUOTE_SHOWN] + "…"
        subject = QLabel(display(f"{entry.commitment.indicator}\n{quote}"))
        subject.setObjectName("statusSubject")
        subject.setTextFormat(Qt.TextFormat.PlainText)
        subject.setWordWrap(True)
        layout.addWidget(subject)

        form = QFormLayout()
        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        for status in CommitmentStatus:
            self.status.addItem(swatch_icon(STATUS_COLORS[status], 12), display(STATUS_LABELS[status]), status.value)
            self.status.setItemData(self.status.count() - 1, status.value, Qt.ItemDataRole.ToolTipRole)
        current = entry.status.value if entry.status is not None else CommitmentStatus.OPEN.value
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        form.addRow(self.tr("&Status:"), self.status)
        self.author = QLineEdit(author)
        self.author.setObjectName("statusAuthor")
        form.addRow(self.tr("&By:"), self.author)
        when = QLabel(self.tr("Recorded with the current date and time when you press OK"))
        when.setEnabled(False)
        form.addRow(self.tr("When:"), when)
        self.note = QPlainTextEdit()
        self.note.setObjectName("statusNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What shows the new status"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("&Note:"), self.note)
        self.source = QLineEdit()
        self.source.setObjectName("statusSource")
        self.source.setPlaceholderText(self.tr("A URL, or where the information comes from"))
        form.addRow(self.tr("S&ource:"), self.source)
        layout.addLayout(form)
        layout.addWidget(self._evidence_box(), 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 600)

    # -- evidence -------------------------------------------------------------------------------
    def _evidence_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Evidence from another report"))
        box.setObjectName("evidenceBox")
        box.setCheckable(True)
        box.setChecked(False)
        self.evidence_box = box
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.report = QComboBox()
        self.report.setObjectName("evidenceReport")
        self.report.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.report.setMinimumContentsLength(20)
        self._choices = self.reports.choices()
        self.report.addItem(self.tr("Choose a report…"))
        for choice in self._choices:
            self.report.addItem(choice.title)
            self.report.setItemData(self.report.count() - 1, choice.path, Qt.ItemDataRole.ToolTipRole)
        self.report.currentIndexChanged.connect(self._on_report)
        row.addWidget(self.report, 1)
        self.find = QLineEdit()
        self.find.setObjectName("evidenceFind")
        self.find.setPlaceholderText(self.tr("Find in the report…"))
        self.find.returnPressed.connect(self._find_next)
        row.addWidget(self.find)
        find_button = QPushButton(self.tr("Find"))
        find_button.clicked.connect(self._find_next)
        row.addWidget(find_button)
        layout.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setObjectName("evidenceText")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.selectionChanged.connect(self._on_selection)
        layout.addWidget(self.text, 1)
        self.selected = QLabel(self.tr("Select the passage that shows the status."))
        self.selected.setObjectName("evidenceSelected")
        self.selected.setTextFormat(Qt.TextFormat.PlainText)
        self.selected.setWordWrap(True)
        layout.addWidget(self.selected)
        return box

    def choose_report(self, index: int) -> None:
        """Pick the ``index``-th offered report (0-based), as the combo does."""
        self.report.setCurrentIndex(index + 1)

    def report_titles(self) -> list[str]:
        return [c.title for c in self._choices]

    def _on_report(self, combo_index: int) -> None:
        choice = self._choices[combo_index - 1] if combo_index > 0 else None
        if choice is None:
            self._show_text("")
            return
        self.evidence_box.setChecked(True)
        if choice.text is not None:
            self._show_text(choice.text)
            return
        self.selected.setText(self.tr("Reading {0}…").format(choice.path))
        self.reports.load(choice.path, lambda loaded: self._loaded(combo_index, loaded), self._load_failed)

    def _loaded(self, combo_index: int, loaded: ReportChoice) -> None:
        self._choices[combo_index - 1] = loaded
        self.report.setItemText(combo_index, loaded.title)
        if self.report.currentIndex() == combo_index:
            self._show_text(loaded.text or "")

    def _load_failed(self, message: str) -> None:
        self.selected.setText(self.tr("The report could not be read: {0}").format(message))

    def _show_text(self, text: str) -> None:
        self._text = text
        self._offsets = Utf16Index(text)
        self.text.setPlainText(text)
        self.selected.setText(self.tr("Select the passage that shows the status."))

    def select_evidence(self, start: int, end: int) -> None:
        """Select [start, end) (code points) in the shown report's text, as a drag would."""
        cursor = self.text.textCursor()
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def _find_next(self) -> None:
        needle = self.find.text()
        if needle and not self.text.find(needle):
            self.text.moveCursor(QTextCursor.MoveOperation.Start)   # wrap around once
            self.text.find(needle)

    def _selected_range(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or not self._text:
            return None
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        return (start, end) if start < end else None

    def _on_selection(self) -> None:
        found = self._selected_range()
        if found is None:
            return
        passage = self._text[found[0]:found[1]]
        shown = passage if len(passage) <= QUOTE_SHOWN else passage[:QUOTE_SHOWN] + "…"
        self.selected.setText(self.tr("Evidence: “{0}”").format(shown))

    # -- result ------------------------------------------------------------------------------------
    def chosen_status(self) -> CommitmentStatus:
        return CommitmentStatus(self.status.currentData())

    def evidence(self) -> Evidence | None:
        index = self.report.currentIndex()
        found = self._selected_range()
        if not self.evidence_box.isChecked() or index <= 0 or found is None:
            return None
        choice = self._choices[index - 1]
        if not choice.document_id:
            return None
        start, end = found
        return Evidence(choice.document_id, start, end, TextQuote.from_text(self._text, start, end))

    def values(self) -> dict:
        """Keyword arguments of the status change."""
        return {"author": self.author.text().strip(), "note": self.note.toPlainText().strip(),
                "source": self.source.text().strip(), "evidence": self.evidence()}
