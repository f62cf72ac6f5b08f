"""File › Export Annotations…: format and filters, with a live count of what will be written.

The dialog only gathers an :class:`ExportRequest`; choosing the file name and writing happen in
:mod:`gui.exchange.export_flow`.  The annotations are read once when the dialog opens and the
count is recomputed with the same :func:`storage.exchange.filters.select` the export uses, so
the number shown is the number written.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from document.annotation import Annotation
from document.model import Document
from gui.exchange.exporting import ExportRequest, formats

ALL = None  # item data of the "all" entry of each filter


class ExportDialog(QDialog):
    """Pick a format and optional tag, author and section filters."""

    def __init__(self, document: Document, annotations: list[Annotation], display=lambda s: s,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Annotations"))
        self.document = document
        self.annotations = annotations      # live ones and tombstones
        layout = QVBoxLayout(self)
        title = QLabel(display(document.title) or document.id)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.format_combo = QComboBox(objectName="exportFormat")
        for fmt in formats().values():
            self.format_combo.addItem(QCoreApplication.translate("ExportFormats", fmt.description), fmt.id)
        live = [a for a in annotations if not a.deleted]
        tags = Counter(t for a in live for t in a.tags)
        authors = Counter(a.author for a in live if a.author)
        self.tag_combo = self._combo("exportTag", self.tr("All tags"), [(f"{t}  ({n})", t) for t, n in sorted(tags.items())])
        self.author_combo = self._combo("exportAuthor", self.tr("All authors"),
                                        [(f"{a}  ({n})", a) for a, n in sorted(authors.items())])
        self.section_combo = self._combo("exportSection", self.tr("Whole report"), [
            ("    " * (entry.level - 1) + display(entry.title), entry.title) for entry in document.entries()
        ])
        self.section_combo.setMaxVisibleItems(20)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Tag:"), self.tag_combo)
        form.addRow(self.tr("&Author:"), self.author_combo)
        form.addRow(self.tr("&Section:"), self.section_combo)
        layout.addLayout(form)

        self.count_label = QLabel(objectName="exportCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button: QPushButton = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for combo in (self.format_combo, self.tag_combo, self.author_combo, self.section_combo):
            combo.currentIndexChanged.connect(self._update_count)
        self.setMinimumWidth(460)
        self._update_count()

    @staticmethod
    def _combo(name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.addItem(everything, ALL)
        for label, value in items:
            combo.addItem(label, value)
        combo.setEnabled(bool(items))
        return combo

    # -- reading and setting the choice (tests and callers use these) ---------------------------
    def request(self) -> ExportRequest:
        return ExportRequest(
            format=self.format_combo.currentData(),
            tag=self.tag_combo.currentData(),
            author=self.author_combo.currentData(),
            section=self.section_combo.currentData(),
        )

    def choose(self, format: str | None = None, tag: str | None = None, author: str | None = None,
               section: str | None = None) -> None:
        """Select the given values (a value the combo lacks leaves it unchanged)."""
        for combo, value in ((self.format_combo, format), (self.tag_combo, tag),
                             (self.author_combo, author), (self.section_combo, section)):
            if value is not None:
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)

    def count(self) -> int:
        """Live annotations the current choice exports."""
        from storage.exchange.errors import ExchangeError
        from storage.exchange.filters import ExportFilter, select

        request = self.request()
        try:
            picked = select(self.annotations, self.document,
                            ExportFilter(tag=request.tag, author=request.author, section=request.section))
        except ExchangeError:
            return 0
        return len(picked)

    def _update_count(self) -> None:
        count = self.count()
        request = self.request()
        text = self.tr("%n annotation(s) will be exported.", "", count)
        if request.format == "w3c":
            deleted = sum(1 for a in self.annotations if a.deleted)
            if deleted:
                text += " " + self.tr("%n deletion(s) travel too, so teammates' copies are removed on import.",
                                      "", deleted)
        elif count == 0:
            text = self.tr("No annotations match; the file would hold only a heading.")
        self.count_label.setText(text)
