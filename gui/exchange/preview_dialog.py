"""The import preview: what a merge *would* do, with Import and Cancel.

Shown with ``open()`` (window-modal, non-blocking) so the event loop keeps turning and tests
can drive it by calling ``accept()``/``reject()``.  Every text is plain text: titles and file
names come from outside and are never interpreted as HTML.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from gui.exchange.importing import ImportPlan

# (summary attribute, label, explanation shown as a tooltip)
ROWS: tuple[tuple[str, str, str], ...] = (
    ("added", "新增 Added", "Annotations this store does not have yet"),
    ("updated", "更新 Updated", "Known annotations the file has a newer version of"),
    ("unchanged", "相同 Unchanged", "Already here, identical or as recent"),
    ("older_skipped", "较旧 Older, skipped", "The local copy is newer; it is kept"),
    ("reanchored", "重新定位 Re-anchored", "Found at another position or with slightly changed text"),
    ("needs_review", "待核对 Needs review", "Placed with low confidence; listed in Needs Attention"),
    ("orphaned", "未定位 Orphaned", "Quote not found in this text; kept and listed in Needs Attention"),
)
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
        self.setWindowTitle("导入批注 Import Annotations")
        self.plan = plan
        summary = plan.summary
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        heading = _plain(Path(plan.path).name if plan.path else "annotations")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        heading.setObjectName("importFileLabel")
        layout.addWidget(heading)
        target = _plain(f"{plan.items} annotation{'s' if plan.items != 1 else ''} for: " + "; ".join(plan.targets))
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
            rows.insert(2, ("deleted", "删除 Deletions", "Teammates' deletions included in added/updated"))
        counts = dataclasses.asdict(summary)
        muted = self.palette().color(self.foregroundRole())
        muted.setAlpha(120)
        for row, (name, text, tip) in enumerate(rows):
            value = int(counts.get(name, 0))
            label, count = _plain(text), _plain(str(value))
            count.setObjectName(f"count_{name}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bold = QFont(count.font())
            bold.setBold(value > 0)
            count.setFont(bold)
            for widget in (label, count):
                widget.setToolTip(tip)
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
            note = (f"{attention} annotation{'s' if attention != 1 else ''} could not be placed with confidence. "
                    "They are kept, never dropped, and listed in Needs Attention (View menu) to accept, "
                    "re-attach or discard.")
        elif changes == 0:
            note = "Nothing to import: every annotation in this file is already in the store."
        else:
            note = "Nothing is written until you press Import. The import is one step you can repeat safely."
        self.note_label = _plain(note)
        self.note_label.setObjectName("importNote")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = buttons.addButton("导入 Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(changes > 0)
        self.import_button.setDefault(changes > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
