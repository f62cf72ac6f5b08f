"""The import preview: what a merge *would* do, with Import and Cancel.

Shown with ``open()`` (window-modal, non-blocking) so the event loop keeps turning and tests
can drive it by calling ``accept()``/``reject()``.  Every text is plain text: titles and file
names come from outside and are never interpreted as HTML.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from gui.exchange.importing import ImportPlan

# (summary attribute, label, explanation shown as a tooltip), translated when shown
ROWS: tuple[tuple[str, str, str], ...] = (
    ("added", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Added"),
     QT_TRANSLATE_NOOP("ImportPreviewDialog", "Annotations this store does not have yet")),
    ("updated", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Updated"),
     QT_TRANSLATE_NOOP("ImportPreviewDialog", "Known annotations the file has a newer version of")),
    ("unchanged", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Unchanged"),
     QT_TRANSLATE_NOOP("ImportPreviewDialog", "Already here, identical or as recent")),
    ("older_skipped", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Older, skipped"),
     QT_TRANSLATE_NOOP("ImportPreviewDialog", "The local copy is newer; it is kept")),
    ("reanchored", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Re-anchored"),
     QT_TRANSLATE_NOOP("ImportPreviewDialog", "Found at another position or with slightly changed text")),
    ("needs_review", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Needs review"),
     QT_TRANSLATE_NOOP("ImportPreviewDialog", "Placed with low confidence; listed in Needs Attention")),
    ("orphaned", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Orphaned"),
     QT_TRANSLATE_NOOP("ImportPreviewDialog", "Quote not found in this text; kept and listed in Needs Attention")),
)
DELETIONS_ROW = ("deleted", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Deletions"),
                 QT_TRANSLATE_NOOP("ImportPreviewDialog", "Teammates' deletions included in added/updated"))
ATTENTION_ROWS = {"needs_review", "orphaned"}


def _plain(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ImportPreviewDialog(QDialog):
    """Summary of a dry run; ``accepted`` means "import it"."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import Annotations"))
        self.plan = plan
        summary = plan.summary
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        heading = _plain(Path(plan.path).name if plan.path else self.tr("Annotations"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        heading.setObjectName("importFileLabel")
        layout.addWidget(heading)
        target = _plain(self.tr("%n annotation(s) for: {reports}", "", plan.items).format(reports="; ".join(plan.targets)))
        target.setObjectName("importTargetLabel")
        target.setWordWrap(True)
        layout.addWidget(target)

        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self.count_labels: dict[str, QLabel] = {}
        rows = list(ROWS)
        if summary.deleted:
            rows.insert(2, DELETIONS_ROW)
        counts = dataclasses.asdict(summary)
        muted = self.palette().color(self.foregroundRole())
        muted.setAlpha(120)
        for row, (name, text, tip) in enumerate(rows):
            value = int(counts.get(name, 0))
            label, count = _plain(self.tr(text)), _plain(str(value))
            count.setObjectName(f"count_{name}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bold = QFont(count.font())
            bold.setBold(value > 0)
            count.setFont(bold)
            for widget in (label, count):
                widget.setToolTip(self.tr(tip))
                if value == 0:
                    widget.setStyleSheet(f"color: {muted.name(muted.NameFormat.HexArgb)}")
                elif name in ATTENTION_ROWS:
                    widget.setStyleSheet("color: #c77700")
            grid.addWidget(label, row, 0)
            grid.addWidget(count, row, 1)
            self.count_labels[name] = count
        layout.addWidget(frame)

        attention = summary.needs_review + summary.orphaned
        changes = summary.added + summary.updated
        if attention:
            note = self.tr("%n annotation(s) could not be placed with confidence. They are kept, never dropped, "
                           "and listed in Needs Attention (View menu) to accept, re-attach or discard.", "", attention)
        elif changes == 0:
            note = self.tr("Nothing to import: every annotation in this file is already in the store.")
        else:
            note = self.tr("Nothing is written until you press Import. The import is one step you can repeat safely.")
        self.note_label = _plain(note)
        self.note_label.setObjectName("importNote")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(changes > 0)
        self.import_button.setDefault(changes > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
