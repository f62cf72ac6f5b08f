"""The details of the selected row, below the table: its passage, fields, and — for a tracked
commitment — the dated status history, newest first.

The history is rich text built from escaped strings only: every user string (notes, sources,
authors, quotes from files) goes through ``html.escape``, so markup, Markdown or formulas in
them show as typed.  A source that is a web address is a link, and an evidence passage is a
link to its report; nothing opens on its own — :attr:`sourceClicked` and
:attr:`evidenceClicked` fire only when the user clicks (the browser never follows links).
"""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from document.annotation import Evidence, StatusEntry
from document.times import local_minute
from gui.commitments.labels import STATUS_COLORS, STATUS_LABELS, value_label
from storage.ledger import LedgerEntry

EVIDENCE_SCHEME = "pizhu-evidence"
WEB_SCHEMES = ("http", "https")
EVIDENCE_QUOTE = 80


def web_address(source: str) -> QUrl | None:
    """``source`` as a URL when it is a single http(s) address, else None (free text)."""
    text = source.strip()
    if not text or any(c.isspace() for c in text):
        return None
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if url.isValid() and url.scheme().lower() in WEB_SCHEMES and url.host():
        return url
    return None


class DetailsPane(QWidget):
    sourceClicked = Signal(QUrl)
    evidenceClicked = Signal(object)        # Evidence
    changeStatusRequested = Signal()
    trackRequested = Signal()
    dismissRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentDetails")
        self.display: Callable[[str], str] = lambda s: s
        self.report_title: Callable[[str], str] = lambda document_id: ""
        self.entry: LedgerEntry | None = None
        self._evidence: dict[str, Evidence] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("detailsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        row.addWidget(self.heading, 1)
        self.status_button = QPushButton(self.tr("Change &Status…"))
        self.status_button.setObjectName("changeStatusButton")
        self.status_button.clicked.connect(self.changeStatusRequested.emit)
        self.track_button = QPushButton(self.tr("&Track"))
        self.track_button.setObjectName("trackButton")
        self.track_button.setToolTip(self.tr("Track the selected suggestions (Ctrl+Return)"))
        self.track_button.clicked.connect(self.trackRequested.emit)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.setToolTip(self.tr("Dismiss the selected suggestions (Del)"))
        self.dismiss_button.clicked.connect(self.dismissRequested.emit)
        for button in (self.status_button, self.track_button, self.dismiss_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.history = QTextBrowser()
        self.history.setObjectName("commitmentHistory")
        self.history.setOpenLinks(False)
        self.history.setOpenExternalLinks(False)
        self.history.anchorClicked.connect(self._on_anchor)
        layout.addWidget(self.history, 1)
        self.show_entry(None)

    # -- content ------------------------------------------------------------------------------
    def show_entry(self, entry: LedgerEntry | None) -> None:
        self.entry = entry
        self._evidence = {}
        tracked = entry is not None and entry.tracked
        self.status_button.setVisible(tracked)
        self.track_button.setVisible(entry is not None and not tracked)
        self.dismiss_button.setVisible(entry is not None and not tracked)
        if entry is None:
            self.heading.setText(self.tr("Select a commitment to see its passage and status history."))
            self.history.clear()
            return
        self.dismiss_button.setText(self.tr("&Restore") if entry.dismissed else self.tr("&Dismiss"))
        c = entry.commitment
        fields = " · ".join(t for t in (
            self.display(c.indicator), self.display(c.value + c.unit), self.display(c.qualifier), c.horizon,
            self.display(c.category), self.display(value_label(c.kind))) if t)
        self.heading.setText(fields)
        self.history.setHtml(self._history_html(entry))

    def _history_html(self, entry: LedgerEntry) -> str:
        parts = [f"<p>{_text(self.display(entry.section))}<br/>“{_text(self.display(entry.quote))}”</p>"]
        if not entry.tracked:
            hint = (self.tr("A dismissed suggestion. Restore it to track it.") if entry.dismissed
                    else self.tr("A suggestion of the detector: press Ctrl+Return to track it."))
            parts.append(f"<p><i>{_text(hint)}</i></p>")
            return "".join(parts)
        if not entry.history:
            parts.append(f"<p><i>{_text(self.tr('No status changes yet.'))}</i></p>")
        for step in reversed(entry.history):
            parts.append(self._step_html(step))
        return "".join(parts)

    def _step_html(self, step: StatusEntry) -> str:
        color = STATUS_COLORS[step.status]
        label = _text(self.display(STATUS_LABELS[step.status]))
        head = (f"<span style='background-color:{color}; color:#202124'>&nbsp;{label}&nbsp;</span> "
                f"{_text(local_minute(step.at))}")
        if step.author:
            head += f" · {_text(step.author)}"
        lines = [head]
        if step.note:
            lines.append(_text(step.note))
        if step.source:
            url = web_address(step.source)
            source = (f"<a href='{html.escape(url.toString(), quote=True)}'>{_text(step.source)}</a>" if url
                      else _text(step.source))
            lines.append(f"{_text(self.tr('Source:'))} {source}")
        if step.evidence is not None:
            self._evidence[step.id] = step.evidence
            quote = step.evidence.quote.exact
            quote = quote if len(quote) <= EVIDENCE_QUOTE else quote[:EVIDENCE_QUOTE] + "…"
            title = self.report_title(step.evidence.document_id)
            link = f"{EVIDENCE_SCHEME}:{html.escape(step.id, quote=True)}"
            lines.append(f"{_text(self.tr('Evidence:'))} <a href='{link}'>“{_text(quote)}”</a>"
                         + (f" — {_text(title)}" if title else ""))
        return "<p>" + "<br/>".join(lines) + "</p>"

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == EVIDENCE_SCHEME:
            evidence = self._evidence.get(url.path())
            if evidence is not None:
                self.evidenceClicked.emit(evidence)
        elif url.scheme().lower() in WEB_SCHEMES:
            self.sourceClicked.emit(url)

    def evidence_links(self) -> list[str]:
        """The entry ids whose evidence is shown as a link (tests click them)."""
        return list(self._evidence)

    def click_evidence(self, entry_id: str) -> None:
        self._on_anchor(QUrl(f"{EVIDENCE_SCHEME}:{entry_id}"))


def _text(value: str) -> str:
    """A user string as rich text that shows literally (line breaks kept)."""
    return html.escape(value, quote=True).replace("\n", "<br/>")
