"""Offers, after a report opens, to carry annotations over from its earlier version.

Looking for an earlier version reads every stored document's text, and re-anchoring hundreds
of annotations can take a while, so both run in the worker; the reader is already showing the
new text and stays usable.  A "Not now" lasts for this session and this document.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.core.host import FeatureHost
from gui.core.operations import snapshot
from gui.exchange.carry_bar import CarryOverBar
from gui.exchange.carry_over import CarryOffer, CarryResult, carry, find_offer
from gui.exchange.import_flow import merged_undoably
from gui.worker import Worker


class CarryOverController(QObject):
    offerShown = Signal(object)     # CarryOffer
    noOffer = Signal()              # the check found nothing to carry
    carried = Signal(object)        # CarryResult

    def __init__(self, window: FeatureHost, attention=None) -> None:
        super().__init__(window)
        self.window = window
        self.attention = attention
        self.worker = Worker(self)
        self.bar = CarryOverBar()
        window.add_reader_bar(self.bar, above=True)
        self._checked: str | None = None
        self._dismissed: set[str] = set()
        self.bar.carryRequested.connect(self.carry_over)
        self.bar.dismissed.connect(self._on_dismissed)
        window.documentShown.connect(self._on_document_shown)
        window.storeAttached.connect(lambda _store: self._recheck())

    @property
    def offer(self) -> CarryOffer | None:
        return self.bar.offer

    def _on_document_shown(self, reader_text) -> None:
        document = reader_text.document
        if document.id == self._checked:
            return
        self._checked = document.id
        self.bar.clear()
        self.check()

    def _recheck(self) -> None:
        """The store arrived after the document was shown: look again."""
        if self.window.document is not None:
            self._checked = self.window.document.id
            self.check()

    def check(self) -> None:
        """Look (in the worker) for annotations of an earlier version of the shown report."""
        document, store = self.window.document, self.window.store
        if document is None or store is None or document.id in self._dismissed:
            return
        self.worker.run(lambda: find_offer(store, document), self._on_offer,
                        lambda message: self.window.show_status(
                            self.tr("Carry-over check failed: {message}").format(message=message), 8000))

    def _on_offer(self, offer: CarryOffer | None) -> None:
        document = self.window.document
        if offer is None or document is None or offer.document_id != document.id:
            self.noOffer.emit()
            return
        self.bar.show_offer(offer, self.window.display)
        self.offerShown.emit(offer)

    def _on_dismissed(self) -> None:
        if self.bar.offer is not None:
            self._dismissed.add(self.bar.offer.document_id)
        self.bar.offer = None

    def carry_over(self) -> None:
        """Re-anchor the offered annotations onto the shown text and store the copies."""
        offer, document, store = self.bar.offer, self.window.document, self.window.store
        if offer is None or document is None or store is None or offer.document_id != document.id:
            self.bar.clear()
            return
        self.bar.busy()

        def work():
            before = snapshot(store, [document.id])
            result = carry(store, document, offer)
            return result, before, snapshot(store, [document.id])

        self.worker.run(work, lambda outcome: self._on_carried(*outcome), self._on_failed)

    def _on_carried(self, result: CarryResult, before=None, after=None) -> None:
        self.bar.clear()
        if before is not None and after is not None:
            merged_undoably(self.window, self.tr("Carry Over Annotations"), before, after)
        self.window.show_status(result.describe(), 12000)
        if self.attention is not None:
            if self.attention.refresh() and (result.review or result.orphaned):
                self.attention.reveal()
        self.carried.emit(result)

    def _on_failed(self, message: str) -> None:
        self.bar.clear()
        self.window.show_status(self.tr("Carrying over failed: {message}").format(message=message), 12000)
