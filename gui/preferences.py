"""Edit › Preferences…: the author name written into annotations and the colours' names, and
the pages features add (:mod:`gui.core.preference_pages`; team sync's server, for instance).

The author defaults to the operating-system account (so the first highlight never waits for a
dialog); colours keep their hues and only their names change, so highlights already made keep
meaning what their colour means to the reader.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget,
)

from gui.core.preference_pages import PreferencePages
from gui.settings import DEFAULT_COLORS, Settings, default_author


class PreferencesDialog(QDialog):
    """Author and colour names, and the features' pages; saved to Settings when accepted."""

    def __init__(self, settings: Settings, parent=None, pages: PreferencePages | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("偏好设置 Preferences")
        self.settings = settings

        self.author_edit = QLineEdit(settings.author)
        self.author_edit.setObjectName("authorEdit")
        self.author_edit.setPlaceholderText(default_author())
        self.author_edit.setClearButtonEnabled(True)
        author_box = QGroupBox("作者 Author")
        author_form = QFormLayout(author_box)
        author_form.addRow("名字 Name:", self.author_edit)
        hint = QLabel("写入你创建的每条批注，导出和合并时可见。\nStored with each annotation you make; teammates see it.")
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        author_form.addRow(hint)

        colors_box = QGroupBox("高亮颜色名称 Highlight colour names")
        colors_form = QFormLayout(colors_box)
        self.name_edits: list[QLineEdit] = []
        from gui.core.display import plain_tooltip, swatch_icon

        for index, (color, name) in enumerate(settings.colors):
            edit = QLineEdit(name)
            edit.setObjectName(f"colorName{index + 1}")
            edit.setPlaceholderText(DEFAULT_COLORS[index][1])
            edit.setMaxLength(40)
            swatch = QLabel()
            swatch.setPixmap(swatch_icon(color).pixmap(QSize(18, 18)))
            swatch.setToolTip(plain_tooltip(f"{color}  {name}"))   # settings hold both: escape
            colors_form.addRow(swatch, edit)
            self.name_edits.append(edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(author_box)
        general_layout.addWidget(colors_box)
        general_layout.addStretch(1)
        self.pages = pages.create(self) if pages is not None else []
        layout = QVBoxLayout(self)
        if self.pages:
            self.tabs = QTabWidget()
            self.tabs.setObjectName("preferencesTabs")
            self.tabs.addTab(general, self.tr("General"))
            for page in self.pages:
                self.tabs.addTab(page, page.title())
            layout.addWidget(self.tabs)
        else:
            general_layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(general)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        self.author_edit.setText(default_author())
        for edit, (_color, name) in zip(self.name_edits, DEFAULT_COLORS):
            edit.setText(name)

    def show_page(self, page: QWidget) -> None:
        if self.pages:
            self.tabs.setCurrentWidget(page)

    def accept(self) -> None:
        for page in self.pages:
            if page.problem():
                self.show_page(page)      # the page names the problem itself; nothing is saved
                return
        for page in self.pages:
            page.save()
        self.settings.author = self.author_edit.text().strip() or default_author()
        self.settings.set_color_names([
            edit.text().strip() or default for edit, (_c, default) in zip(self.name_edits, DEFAULT_COLORS)
        ])
        super().accept()
