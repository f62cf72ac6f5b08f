"""Carrying annotations from an earlier version of a report to the version being read.

When a report is revised (a corrected PDF conversion, the final text after the draft), its
document id changes because the id is a hash of the text.  The store still holds the earlier
version's text, so its annotations can be re-anchored onto the new text.

Ids: the store keeps one row per annotation id, so a copy cannot reuse the original's id under
the new document.  Each copy gets ``uuid5(CARRY_NAMESPACE, "<original id> <new document id>")``
instead: deterministic, so two teammates who each carry the same annotation to the same new
version produce the *same* id and their later exchange files merge as one annotation rather than
as duplicates; and carrying twice is a no-op (the merge finds the copies already there).  The
copy keeps author, times, tags, note, colour, commitment and the original quote; its position
and anchoring state come from re-anchoring.  The earlier version keeps its annotations
untouched, so teammates still reading it merge with them as before.

Which earlier version: the most recently opened other document with the same file path or the
same title whose text the store knows, and which has live annotations.  Only that one is
offered, so a chain v1 → v2 → v3 carries v2's copies forward, never v1's a second time.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from document.annotation import AnchorState, Annotation
from document.model import Document
from document.times import local_date

CARRY_NAMESPACE = uuid.UUID("7d7f3c1e-5a8b-4f0e-9c52-70697a68750a")


def carried_id(annotation_id: str, document_id: str) -> str:
    return str(uuid.uuid5(CARRY_NAMESPACE, f"{annotation_id} {document_id}"))


@dataclass(frozen=True)
class CarryOffer:
    """Annotations of an earlier version not yet carried to ``document_id``."""

    document_id: str
    source_id: str
    source_title: str
    source_opened: str           # when the earlier version was last opened, for the notice
    annotations: tuple[Annotation, ...]


@dataclass(frozen=True)
class CarryResult:
    carried: int
    anchored: int
    changed: int
    review: int
    orphaned: int
    skipped: int                 # copies already there (carried before, or deleted since)

    def describe(self) -> str:
        """One status-bar line, in the UI language."""
        details = [QCoreApplication.translate("CarryResult", "%n in place", "", self.anchored)]
        if self.changed:
            details.append(QCoreApplication.translate("CarryResult", "%n with changed text", "", self.changed))
        attention = self.review + self.orphaned
        if attention:
            details.append(QCoreApplication.translate("CarryResult", "%n need(s) attention", "", attention))
        separator = QCoreApplication.translate("CarryResult", ", ", "between the counts")
        line = QCoreApplication.translate("CarryResult", "Carried %n annotation(s) to this version: {details}", "",
                                          self.carried)
        return line.format(details=separator.join(details))


def _same_report(record: Any, document: Document) -> bool:
    if record.id == document.id or not record.text:
        return False
    same_path = bool(document.path) and record.path == document.path
    same_title = bool(document.title) and record.title.strip() == document.title.strip()
    return same_path or same_title


def find_offer(store: Any, document: Document) -> CarryOffer | None:
    """What could be carried to ``document`` (None: nothing, or everything already carried)."""
    for record in store.documents():           # most recently opened first
        if not _same_report(record, document):
            continue
        live = store.annotations(record.id)
        if not live:
            continue
        present = {a.id for a in store.annotations(document.id, include_deleted=True)}
        pending = tuple(a for a in live if carried_id(a.id, document.id) not in present)
        if not pending:
            return None
        return CarryOffer(document.id, record.id, record.title, local_date(record.last_opened), pending)
    return None


def carry(store: Any, document: Document, offer: CarryOffer) -> CarryResult:
    """Re-anchor the offered annotations onto ``document`` and merge the copies (one transaction)."""
    copies: list[Annotation] = []
    states: dict[AnchorState, int] = {state: 0 for state in AnchorState}
    from document.anchoring import apply_result, reanchor_all  # loads rapidfuzz on first use

    for annotation, result in reanchor_all(document.text, list(offer.annotations)):
        copy = apply_result(annotation, result)
        copies.append(replace(copy, id=carried_id(annotation.id, document.id), document_id=document.id))
        states[result.state] += 1
    merged = store.merge(copies)
    return CarryResult(
        carried=merged.added + merged.updated,
        anchored=states[AnchorState.ANCHORED],
        changed=states[AnchorState.CHANGED],
        review=states[AnchorState.REVIEW],
        orphaned=states[AnchorState.ORPHAN],
        skipped=merged.unchanged + merged.older_skipped,
    )
