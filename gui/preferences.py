"""Edit › Preferences…: the author name written into annotations, the colours' names, the UI
language, and the pages features add (:mod:`gui.core.preference_pages`; team sync's server, for
instance).

The author defaults to the operating-system account (so the first highlight never waits for a
dialog); colours keep their hues and only their names change, so highlights already made keep
meaning what their colour means to the reader.  The UI language follows the system unless one
is chosen here; it applies from the next start (docs/translation.md), and the dialog says so as
soon as another language is picked.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QTabWidget, QVBoxLayout,
    QWidget,
)

from gui.core.preference_pages import PreferencePages
from gui.language import (
    LANGUAGE_NAMES, LANGUAGES, SYSTEM, effective_language, shown_language, system_language,
)
from gui.settings import Settings, default_author, default_color_name


class PreferencesDialog(QDialog):
    """Author and colour names, and the features' pages; saved to Settings when accepted."""

    def __init__(self, settings: Settings, parent=None, pages: PreferencePages | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings

        self.author_edit = QLineEdit(settings.author)
        self.author_edit.setObjectName("authorEdit")
        self.author_edit.setPlaceholderText(default_author())
        self.author_edit.setClearButtonEnabled(True)
        author_box = QGroupBox(self.tr("Author"))
        author_form = QFormLayout(author_box)
        author_form.addRow(self.tr("&Name:"), self.author_edit)
        hint = QLabel(self.tr("Stored with each annotation you make; teammates see it."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        author_form.addRow(hint)

        colors_box = QGroupBox(self.tr("Highlight colour names"))
        colors_form = QFormLayout(colors_box)
        self.name_edits: list[QLineEdit] = []
        from gui.core.display import plain_tooltip, swatch_icon

        for index, (color, name) in enumerate(settings.colors):
            edit = QLineEdit(name)
            edit.setObjectName(f"colorName{index + 1}")
            edit.setPlaceholderText(default_color_name(index))
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
        general_layout.addWidget(self._language_box())
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

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        self.language_combo = QComboBox(objectName="languageCombo")
        system = LANGUAGE_NAMES[system_language()]
        self.language_combo.addItem(self.tr("System default ({language})").format(language=system), SYSTEM)
        for language in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[language], language)   # each in itself
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.settings.language)))
        form.addRow(self.tr("&Interface:"), self.language_combo)
        hint = QLabel(self.tr("Menus, panels and messages. The report's script (View › Script) is a separate "
                              "choice."))
        self.restart_note = QLabel(objectName="languageRestartNote")
        for label in (hint, self.restart_note):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            form.addRow(label)
        hint.setEnabled(False)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self._language_chosen()
        return box

    def _language_chosen(self) -> None:
        chosen = effective_language(self.language_combo.currentData())
        self.restart_note.setText(
            self.tr("Pizhu will be in {language} from its next start.").format(language=LANGUAGE_NAMES[chosen])
            if chosen != shown_language() else "")
        self.restart_note.setVisible(chosen != shown_language())

    def restore_defaults(self) -> None:
        self.author_edit.setText(default_author())
        for index, edit in enumerate(self.name_edits):
            edit.setText(default_color_name(index))
        self.language_combo.setCurrentIndex(0)

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
        self.settings.set_color_names([edit.text().strip() or default_color_name(index)
                                       for index, edit in enumerate(self.name_edits)])
        self.settings.language = self.language_combo.currentData()
        super().accept()
