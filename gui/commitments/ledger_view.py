"""The ledger kept in step with the change event: detection, histories, dismissals → entries.

What the panel shows is :func:`storage.ledger.build_ledger` over

* the **candidates** the detector finds in the shown document — computed off the GUI thread
  through the worker funnel and cached per document id (a script switch, reopening a report or
  showing it again costs nothing; a 10 MB report never freezes the window);
* the **tracked commitments** — the state's index (the one in-memory copy of the annotations);
* their **histories** and the document's **dismissals** — read from the store: all of them on
  a reset, only the involved commitments' histories on an incremental change, the dismissals
  when a change names the ``dismissals`` aspect.

While the panel is hidden nothing is rebuilt (a change only marks the ledger stale); showing
it rebuilds once.  :attr:`entriesChanged` carries the new entries to the table and the chart.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from document.annotation import Annotation, StatusEntry
from document.commitments import CommitmentCandidate, detect_commitments
from document.model import Document
from gui.commitments.operations import DISMISSALS, HISTORY
from gui.core.changes import AnnotationChange, Cause
from gui.core.host import FeatureHost
from gui.worker import Worker
from storage.ledger import LedgerEntry, build_ledger
from storage.records import Dismissal

logger = logging.getLogger(__name__)

CACHED_DOCUMENTS = 4   # candidates kept for this many documents
BULK = 64              # above this many involved annotations, re-read every history


def is_commitment_change(change: AnnotationChange) -> bool:
    """Whether ``change`` can alter the ledger (a commitment was involved, or a ledger aspect)."""
    if change.reset or change.aspects & {DISMISSALS, HISTORY}:
        return True
    return any(a.commitment is not None for a in change.involved())


class LedgerView(QObject):
    """Builds the shown document's ledger (see the module documentation)."""

    entriesChanged = Signal(list)      # list[LedgerEntry], document order
    detectingChanged = Signal(bool)    # the detector runs for the shown document

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window.annotation_state)
        self.window = window
        self.state = window.annotation_state
        self.worker = Worker(self)
        self._candidates: OrderedDict[str, list[CommitmentCandidate]] = OrderedDict()
        self._detecting: set[str] = set()
        self._histories: dict[str, list[StatusEntry]] = {}
        self._dismissals: list[Dismissal] = []
        self._document_id: str | None = None   # whose histories and dismissals are held
        self.entries: list[LedgerEntry] = []
        self.active = False
        self._stale = True
        self.state.changed.connect(self._on_change)
        window.documentShown.connect(lambda _rt: self._on_document())
        window.storeAttached.connect(lambda _store: self._on_document(reread=True))

    # -- activity --------------------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        """The panel is shown (follow every change) or hidden (only note that one happened)."""
        self.active = active
        if active and self._stale:
            self.reload()

    @property
    def detecting(self) -> bool:
        document = self.window.document
        return document is not None and document.id in self._detecting

    def candidates(self, document: Document) -> list[CommitmentCandidate] | None:
        """The cached candidates of ``document`` (None while they are being found)."""
        found = self._candidates.get(document.id)
        if found is not None:
            self._candidates.move_to_end(document.id)
        return found

    # -- following the window --------------------------------------------------------------------
    def _on_document(self, reread: bool = False) -> None:
        document = self.window.document
        if document is None:
            return
        if reread or document.id != self._document_id:
            self._stale = True
        if not self.active:
            return
        if self._stale:
            self.reload()
        else:
            self._detect(document)

    def _on_change(self, change: AnnotationChange) -> None:
        if change.cause is Cause.PREVIEW or not is_commitment_change(change):
            return
        if not self.active or change.reset:
            self._stale = True
            if self.active:
                self.reload()
            return
        involved = {a.id for a in change.involved()}
        try:
            if DISMISSALS in change.aspects:
                self._dismissals = self._read_dismissals()
            if len(involved) > BULK:
                self._histories = self._read_histories()
            else:
                for annotation_id in involved:
                    self._histories[annotation_id] = self.state.store.commitment_history(annotation_id)
        except Exception:  # noqa: BLE001 - show what we have; the log has the cause
            logger.exception("reading the commitment ledger failed")
        self.rebuild()

    # -- building ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read histories and dismissals again, find candidates if needed, rebuild."""
        document = self.window.document
        if document is None:
            return
        self._detect(document)
        if self.state.loading and self.state.store is not None:
            return          # the LOAD that follows brings the commitments
        self._stale = False
        self._document_id = document.id
        try:
            self._histories = self._read_histories()
            self._dismissals = self._read_dismissals()
        except Exception as error:  # noqa: BLE001 - a damaged store: say it, show the suggestions
            logger.exception("reading the commitment ledger failed")
            self.state.report(self.tr("Reading the commitment ledger failed: {0}").format(error))
            self._histories, self._dismissals = {}, []
        self.rebuild()

    def rebuild(self) -> None:
        document = self.window.document
        if document is None:
            return
        tracked: Sequence[Annotation] = [a for a in self.state.index.values() if a.commitment is not None]
        self.entries = build_ledger(document, tracked, self._histories, self._dismissals,
                                    candidates=self.candidates(document) or [], include_dismissed=True)
        self.entriesChanged.emit(self.entries)

    def _read_histories(self) -> dict[str, list[StatusEntry]]:
        store, document_id = self.state.store, self.state.document_id
        if store is None or document_id is None:
            return {}
        return store.commitment_histories(document_id, include_retracted=False)

    def _read_dismissals(self) -> list[Dismissal]:
        store, document_id = self.state.store, self.state.document_id
        if store is None or document_id is None:
            return []
        return store.dismissals(document_id)

    # -- detection -------------------------------------------------------------------------------------
    def _detect(self, document: Document) -> None:
        if document.id in self._candidates or document.id in self._detecting:
            return
        self._detecting.add(document.id)
        self.detectingChanged.emit(True)
        self.worker.run(lambda: detect_commitments(document),
                        lambda found: self._detected(document.id, found),
                        lambda message: self._detection_failed(document.id, message))

    def _detected(self, document_id: str, found: list[CommitmentCandidate]) -> None:
        self._detecting.discard(document_id)
        self._candidates[document_id] = found
        while len(self._candidates) > CACHED_DOCUMENTS:
            self._candidates.popitem(last=False)
        self.detectingChanged.emit(False)
        document = self.window.document
        if document is not None and document.id == document_id:
            if self.active:
                self.rebuild()
            else:
                self._stale = True

    def _detection_failed(self, document_id: str, message: str) -> None:
        self._detecting.discard(document_id)
        self._candidates[document_id] = []     # do not try again and again; tracked ones still show
        self.detectingChanged.emit(False)
        self.state.report(self.tr("Finding commitments failed: {0}").format(message))
