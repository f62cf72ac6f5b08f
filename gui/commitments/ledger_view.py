"""The ledger kept in step with the change event: detection, histories, dismissals → entries.

What the panel shows is :func:`storage.ledger.build_ledger` over

* the **candidates** the detector finds in the shown document — computed off the GUI thread
  through the worker funnel and cached per document id (a script switch, reopening a report or
  showing it again costs nothing; a 10 MB report never freezes the window);
* the **tracked commitments** — the state's index (the one in-memory copy of the annotations);
* their **histories** and the document's **dismissals** — read from the store: all histories
  on a reset (in the worker: a thousand commitments' histories take a tenth of a second to
  read, and the rows need only the annotations to show), only the involved commitments'
  histories on an incremental change, the dismissals on a reset and when a change names the
  ``dismissals`` aspect.

While the panel is hidden nothing is rebuilt (a change only marks the ledger stale); showing
it rebuilds once.  :attr:`entriesChanged` carries the new entries to the table and the chart.

Most changes touch tracked commitments in place — a status change, an inline edit, a note —
without moving them or making one tracked or untracked.  Those cannot change which suggestions
are covered, so the affected entries are patched (:attr:`entriesPatched`) instead of the whole
ledger being rebuilt: with a thousand tracked commitments a status change stays one row.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

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
    entriesPatched = Signal(list)      # list[LedgerEntry]: these entries changed in place
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
        self._history_read = 0                  # generation of the last whole-history read
        self._history_pending = False           # … and whether it is still under way
        self._fresh: set[str] = set()           # ids whose history was read after it started
        self.entries: list[LedgerEntry] = []
        self._position: dict[str, int] = {}     # annotation id → index into entries
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

    @property
    def busy(self) -> bool:
        """Detection or a whole-history read is under way (the ledger will change once more)."""
        return self.detecting or self._history_pending

    def forget_candidates(self) -> None:
        """Drop the cached candidates: the next showing detects again (benchmarks time it)."""
        self._candidates.clear()
        self._stale = True

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
                self._read_all_histories()
            else:
                for annotation_id in involved:
                    self._histories[annotation_id] = self.state.store.commitment_history(annotation_id)
                self._fresh |= involved
        except Exception:  # noqa: BLE001 - show what we have; the log has the cause
            logger.exception("reading the commitment ledger failed")
        if DISMISSALS in change.aspects or not self._patch(change):
            self.rebuild()

    def _patch(self, change: AnnotationChange) -> bool:
        """Update the entries of commitments changed in place; False when the change may move
        or (un)track something, which only a rebuild gets right."""
        if change.added or change.removed:
            return False
        patched: list[LedgerEntry] = []
        for edited in change.updated:
            before, after = edited.before, edited.after
            position = self._position.get(after.id)
            if (position is None or before.commitment is None or after.commitment is None
                    or (before.start, before.end, before.state) != (after.start, after.end, after.state)):
                return False
            entry = replace(self.entries[position], commitment=after.commitment, annotation=after,
                            quote=after.quote.exact,
                            history=tuple(e for e in self._histories.get(after.id, ()) if e.live))
            patched.append(entry)
        for entry in patched:
            self.entries[self._position[entry.annotation.id]] = entry
        if patched:
            self.entriesPatched.emit(patched)
        return True

    # -- building ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read histories and dismissals again, find candidates if needed, rebuild."""
        document = self.window.document
        if document is None:
            return
        if self.state.loading and self.state.store is not None:
            self._detect(document)
            return          # the LOAD that follows brings the commitments
        self._stale = False
        if self._document_id != document.id:
            self._histories = {}
        self._document_id = document.id
        try:
            self._dismissals = self._read_dismissals()
        except Exception as error:  # noqa: BLE001 - a damaged store: say it, show the suggestions
            logger.exception("reading the commitment ledger failed")
            self.state.report(self.tr("Reading the commitment ledger failed: {0}").format(error))
            self._dismissals = []
        self.rebuild()
        # The worker starts after the rows are built: it would share the GIL with the build.
        self._read_in_worker(document, histories=True)

    def rebuild(self) -> None:
        document = self.window.document
        if document is None:
            return
        tracked: Sequence[Annotation] = [a for a in self.state.index.values() if a.commitment is not None]
        self.entries = build_ledger(document, tracked, self._histories, self._dismissals,
                                    candidates=self.candidates(document) or [], include_dismissed=True)
        self._position = {e.annotation.id: i for i, e in enumerate(self.entries) if e.annotation is not None}
        self.entriesChanged.emit(self.entries)

    def _read_dismissals(self) -> list[Dismissal]:
        store, document_id = self.state.store, self.state.document_id
        if store is None or document_id is None:
            return []
        return store.dismissals(document_id)

    # -- work in the worker ----------------------------------------------------------------------------
    def _detect(self, document: Document) -> None:
        self._read_in_worker(document, histories=False)

    def _read_all_histories(self) -> None:
        document = self.window.document
        if document is not None:
            self._read_in_worker(document, histories=True)

    def _read_in_worker(self, document: Document, histories: bool) -> None:
        """One job: the document's histories (when asked) and its candidates (when not cached
        and not being found), then one rebuild.  One job, not two: two Python threads share the
        GIL with each other and with the GUI thread, whose every Qt call then waits for it.
        Histories read for single commitments meanwhile (``_fresh``) are newer and kept."""
        detect = document.id not in self._candidates and document.id not in self._detecting
        store = self.state.store if histories else None
        if not detect and store is None:
            return
        generation = self._history_read
        if store is not None:
            self._history_read += 1
            generation = self._history_read
            self._history_pending = True
            self._fresh = set()
        if detect:
            self._detecting.add(document.id)
            self.detectingChanged.emit(True)

        def work() -> tuple[dict[str, list[StatusEntry]] | None, list[CommitmentCandidate] | None]:
            found = store.commitment_histories(document.id, include_retracted=False) if store is not None else None
            return found, detect_commitments(document) if detect else None

        self.worker.run(work, lambda result: self._read_done(document.id, generation, detect, store, *result),
                        lambda message: self._read_failed(document.id, generation, detect, store, message))

    def _read_done(self, document_id: str, generation: int, detected: bool, store, histories, candidates) -> None:
        changed = False
        if detected:
            self._detecting.discard(document_id)
            self._candidates[document_id] = candidates or []
            while len(self._candidates) > CACHED_DOCUMENTS:
                self._candidates.popitem(last=False)
            self.detectingChanged.emit(False)
            changed = True
        if store is not None and generation == self._history_read:   # else a newer read is under way
            self._history_pending = False
            if document_id == self._document_id:
                for annotation_id in self._fresh:
                    histories[annotation_id] = self._histories.get(annotation_id, [])
                self._histories = histories
                changed = True
        document = self.window.document
        if changed and document is not None and document.id == document_id:
            if self.active:
                self.rebuild()
            else:
                self._stale = True

    def _read_failed(self, document_id: str, generation: int, detected: bool, store, message: str) -> None:
        if detected:
            self._detecting.discard(document_id)
            self._candidates[document_id] = []     # not again and again; tracked ones still show
            self.detectingChanged.emit(False)
        if store is not None and generation == self._history_read:
            self._history_pending = False
        self.state.report(self.tr("Reading the commitment ledger failed: {0}").format(message))
