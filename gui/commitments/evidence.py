"""Evidence in another report: which reports can lend a passage, and opening one at its passage.

A status change may cite a passage of **another opened report** (say the next year's review of
this year's targets).  The reports offered are those the store has recorded — every report
ever opened here, with its canonical text, so offsets are the ones the evidence will be
re-anchored against — followed by recent files the store does not know yet (read through the
worker when picked, and recorded then).  The evidence is stored as the report's document id
plus its W3C selectors (``Evidence``).

Opening evidence: the report is looked up by id in the store (its path), opened in the window,
and once shown, the quote is re-anchored in its current text (it may have been edited since)
and selected.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from document.anchoring import reanchor
from document.annotation import Evidence
from document.loading import load_document
from document.model import Document
from gui.core.host import FeatureHost
from gui.worker import Worker

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportChoice:
    """A report offered as evidence: known to the store (``text`` set) or a recent file."""

    title: str
    path: str
    document_id: str = ""
    text: str | None = None


class EvidenceReports(QObject):
    """The reports a status change can cite, and loading one that is not in the store yet."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window.annotation_state)
        self.window = window
        self.worker = Worker(self)

    def choices(self) -> list[ReportChoice]:
        """Recorded reports (most recently opened first, the shown one last), then recent files
        the store does not know.  Never raises: a store error leaves the recent files."""
        shown = self.window.document.id if self.window.document is not None else ""
        known: list[ReportChoice] = []
        paths: set[str] = set()
        store = self.window.store
        if store is not None:
            try:
                for record in store.documents():
                    if record.text:
                        known.append(ReportChoice(record.title or os.path.basename(record.path) or record.id,
                                                  record.path, record.id, record.text))
                        paths.add(os.path.normcase(os.path.abspath(record.path)) if record.path else "")
            except Exception:  # noqa: BLE001 - offer what we can
                logger.exception("listing recorded reports failed")
        known.sort(key=lambda c: c.document_id == shown)       # stable: others first
        recent = [ReportChoice(os.path.basename(path), path) for path in self.window.settings.recent_files
                  if os.path.normcase(os.path.abspath(path)) not in paths]
        return known + recent

    def load(self, path: str, done: Callable[[ReportChoice], None], failed: Callable[[str], None]) -> None:
        """Read a recent file in the worker, record it in the store, hand back its choice."""
        store = self.window.store

        def work() -> ReportChoice:
            document = load_document(path)
            if store is not None:
                store.ensure_document(document)
            return choice_of(document)

        self.worker.run(work, done, failed)


def choice_of(document: Document) -> ReportChoice:
    return ReportChoice(document.title or os.path.basename(document.path), document.path, document.id, document.text)


class EvidenceOpener(QObject):
    """Opens the report an evidence passage is in and selects the passage there."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window.annotation_state)
        self.window = window
        self._pending: tuple[Evidence, str] | None = None   # the evidence, the path being opened
        window.documentShown.connect(self._on_shown)

    def open(self, evidence: Evidence) -> None:
        document = self.window.document
        if document is not None and document.id == evidence.document_id:
            self._select(document, evidence)
            return
        record = None
        if self.window.store is not None:
            try:
                record = self.window.store.document_record(evidence.document_id)
            except Exception:  # noqa: BLE001 - said below
                logger.exception("looking up the evidence report failed")
        if record is None or not record.path:
            self.window.show_status(self.tr("The report this evidence is in was never opened here"), 10000)
            return
        if not os.path.exists(record.path):
            self.window.show_status(self.tr("The report “{0}” is no longer at {1}").format(record.title, record.path), 10000)
            return
        self._pending = (evidence, record.path)
        self.window.open_document(record.path)

    def _on_shown(self, reader_text) -> None:
        pending, self._pending = self._pending, None
        shown = self.window.document_path
        if pending is not None and shown and _same_file(shown, pending[1]):
            self._select(reader_text.document, pending[0])

    def _select(self, document: Document, evidence: Evidence) -> None:
        found = reanchor(document.text, evidence.quote, evidence.start, evidence.end)
        if not found.placed:
            self.window.show_status(self.tr("The evidence passage is no longer in this report"), 10000)
            return
        self.window.reader.select_source_range(found.start, found.end)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
