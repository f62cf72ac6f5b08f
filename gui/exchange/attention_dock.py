"""The *Needs Attention* dock: annotations whose place in the current text is uncertain.

A view only: it lists what :class:`gui.exchange.attention.AttentionController` hands it and
forwards the user's intentions (accept, re-attach, discard, show) as signals.  For the selected
annotation it shows the stored quote with its context beside the best candidate in the current
text, so the reader can judge without hunting through the report.  All text is escaped before
it goes into the rich-text labels: quotes and notes come from documents and teammates.
"""
from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDockWidget, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from document.annotation import AnchorState, Annotation
from document.times import local_date
from gui import typography
from gui.core.anchor_states import STATE_COLORS, state_name
from gui.exchange.candidates import Candidate, Passage, stored_passage



def _dot(color: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def _short(text: str, limit: int = 38) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


class AttentionList(QListWidget):
    """Enter shows the match (``itemActivated``); Delete discards, as in the annotations panel."""

    deleteRequested = Signal()

    @staticmethod
    def _is_delete(event) -> bool:
        return event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace

    def event(self, event) -> bool:  # noqa: D401 - Qt API
        # The window's Edit › Delete Highlight action also uses Delete; while this list has focus
        # the key is ours, or it would delete whatever the annotations panel has selected.
        if event.type() == QEvent.Type.ShortcutOverride and self._is_delete(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._is_delete(event):
            self.deleteRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class AttentionDock(QDockWidget):
    """Lists review/orphan annotations of the shown document."""

    acceptRequested = Signal(str)      # annotation id
    reattachRequested = Signal(str)
    discardRequested = Signal(str)
    showRequested = Signal(str)
    currentChanged = Signal(str)       # "" when nothing is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Needs Attention"))
        self.setObjectName("attentionDock")
        self.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.display: Callable[[str], str] = lambda s: s
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        self.header = QLabel(objectName="attentionHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)

        self.list = AttentionList(objectName="attentionList")
        self.list.setIconSize(QSize(10, 10))
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda item: self.showRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.deleteRequested.connect(lambda: self.current_id() and self.discardRequested.emit(self.current_id()))

        self.details = QWidget(objectName="attentionDetails")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(4)
        self.stored_title = self._caption()
        self.stored_text = self._passage_label("attentionStored")
        self.candidate_title = self._caption()
        self.candidate_text = self._passage_label("attentionCandidate")
        for widget in (self.stored_title, self.stored_text, self.candidate_title, self.candidate_text):
            details.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.accept_button = self._button(self.tr("Accept"), "attentionAccept",
                                          self.tr("Move the annotation to the match shown above"), self.acceptRequested)
        self.reattach_button = self._button(self.tr("Re-attach"), "attentionReattach",
                                            self.tr("Attach the annotation to the text selected in the reader"),
                                            self.reattachRequested)
        self.discard_button = self._button(
            self.tr("Discard"), "attentionDiscard",
            self.tr("Delete the annotation (undoable; teammates' merges will not bring it back)"),
            self.discardRequested)
        self.show_button = self._button(self.tr("Show"), "attentionShow",
                                        self.tr("Select the match (or the old position) in the reader"),
                                        self.showRequested)
        for button in (self.accept_button, self.reattach_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        details.addLayout(buttons)
        details.addStretch(1)

        self.empty = QLabel(self.tr(
            "Nothing needs attention.\n\nAnnotations that an import or a new version of the report cannot place "
            "with confidence are listed here — never dropped."), objectName="attentionEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("padding: 8px;")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([150, 450])      # the comparison needs the room; the list scrolls
        self.list.setMinimumHeight(90)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty, 1)
        self.setWidget(body)
        self._annotations: dict[str, Annotation] = {}
        self.set_items([])

    # -- building helpers ---------------------------------------------------------------------
    def _caption(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        font.setBold(True)
        label.setFont(font)
        return label

    def _passage_label(self, name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setMargin(6)
        label.setAutoFillBackground(True)
        label.setBackgroundRole(label.palette().ColorRole.Base)
        font = typography.reading_font(max(10, round(label.font().pointSizeF())))
        label.setFont(font)
        return label

    def _button(self, text: str, name: str, tip: str, signal) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(tip)
        button.clicked.connect(lambda: self.current_id() and signal.emit(self.current_id()))
        return button

    # -- content --------------------------------------------------------------------------------
    def set_items(self, annotations: Sequence[Annotation]) -> None:
        """Show ``annotations`` (review/orphan ones), keeping the selection where possible."""
        keep = self.current_id()
        self._annotations = {a.id: a for a in annotations}
        self.list.blockSignals(True)
        self.list.clear()
        for a in annotations:
            quote = _short(self.display(a.quote.exact) or self.tr("(empty quote)"))
            label = state_name(a.state) or a.state.value
            item = QListWidgetItem(_dot(STATE_COLORS.get(a.state, "#888888")), f"{quote}\n{label} · {a.author or '—'}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(self.display(a.quote.exact)[:400])
            self.list.addItem(item)
        self.list.blockSignals(False)
        count = len(annotations)
        review = sum(1 for a in annotations if a.state is AnchorState.REVIEW)
        self.header.setText(self.tr("%n annotation(s) need(s) attention ({review} to review, {orphaned} orphaned)",
                                    "", count).format(review=review, orphaned=count - review) if count else "")
        self.header.setVisible(bool(count))
        self.splitter.setVisible(bool(count))
        self.empty.setVisible(not count)
        if count:
            ids = [a.id for a in annotations]
            self.select(keep if keep in ids else ids[0])
        else:
            self.currentChanged.emit("")

    def select(self, annotation_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == annotation_id:
                self.list.setCurrentRow(row)
                self._on_current(self.list.item(row), None)
                return

    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def ids(self) -> list[str]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]

    def _on_current(self, current, _previous) -> None:
        self.currentChanged.emit(current.data(Qt.ItemDataRole.UserRole) if current is not None else "")

    def show_details(self, annotation: Annotation, candidate: Candidate, has_selection: bool) -> None:
        """Fill the comparison for the selected annotation."""
        date = local_date(annotation.modified)
        self.stored_title.setText(self.tr("Stored quote · {author} · {date}").format(
            author=annotation.author or self.tr("unknown author"), date=date))
        self.stored_text.setText(self._rich(stored_passage(annotation), annotation.color))
        if candidate.usable:
            score = f"{candidate.result.score:.0%}"
            self.candidate_title.setText(
                self.tr("Likely match in this text · score {score}").format(score=score)
                if candidate.result.score >= 0.85 else
                self.tr("Possible match in this text · score {score}").format(score=score))
            self.candidate_text.setText(self._rich(candidate.passage, annotation.color))
        else:
            self.candidate_title.setText(self.tr("No match in this text"))
            self.candidate_text.setText(html.escape(self.tr(
                "The quote was not found. Select the passage in the reader and press Re-attach, or Discard it.")))
        self.accept_button.setEnabled(candidate.usable)
        self.reattach_button.setEnabled(has_selection)
        self.reattach_button.setToolTip(
            self.tr("Attach the annotation to the text selected in the reader") if has_selection
            else self.tr("Select the passage in the reader first"))

    def set_selection_available(self, available: bool) -> None:
        self.reattach_button.setEnabled(available and bool(self.current_id()))

    def _rich(self, passage: Passage, color: str) -> str:
        fill = typography.highlight_fill(color or "#ffd54f", self.palette())
        muted = typography.muted_color(self.palette()).name()
        rgba = f"rgba({fill.red()},{fill.green()},{fill.blue()},{fill.alpha()})"
        before, middle, after = (html.escape(self.display(part)) for part in (passage.before, passage.middle, passage.after))
        lead = "…" if passage.before else ""
        tail = "…" if passage.after else ""
        text = self.palette().color(self.palette().ColorRole.Text).name()
        return (f'<div style="color:{muted}">{lead}{before}'
                f'<span style="background-color:{rgba}; color:{text}; font-weight:600">{middle}</span>'
                f'{after}{tail}</div>').replace("\n", "<br>")
