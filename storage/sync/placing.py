"""Re-anchoring pulled annotations whose quote no longer sits at their position here.

A document's id is the hash of its source file, but its canonical text — which offsets count
in — comes from the parser, so two teammates with different Pizhu versions can hold the same
document with slightly different texts.  A pulled annotation whose quote is not at its
position in *this* store's text is placed exactly as an import places it
(:func:`storage.exchange.importer.place`); uncertain ones are stored as *review* or *orphan*
and so appear under Needs Attention.  Annotations whose quote is where they say, tombstones,
and annotations of a document this store has no text for are kept as they came.

Re-anchoring does not change ``modified``: it is not an edit, so it is not pushed back.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from document.annotation import AnchorState, Annotation
from storage.exchange.importer import place
from storage.exchange.w3c_parse import Incoming


@dataclass(frozen=True)
class Placement:
    annotations: list[Annotation]
    reanchored: int = 0
    needs_review: int = 0
    orphaned: int = 0


def place_pulled(store: Any, annotations: Sequence[Annotation]) -> Placement:
    texts: dict[str, str] = {}
    for document_id in {a.document_id for a in annotations if not a.deleted}:
        record = store.document_record(document_id)
        texts[document_id] = record.text if record is not None else ""
    placed: list[Annotation] = []
    counts = {AnchorState.REVIEW: 0, AnchorState.ORPHAN: 0, "moved": 0}
    for annotation in annotations:
        text = texts.get(annotation.document_id, "")
        if annotation.deleted or not text or text[annotation.start:annotation.end] == annotation.quote.exact:
            placed.append(annotation)
            continue
        item = Incoming(annotation=annotation, source=annotation.document_id,
                        has_position=True, has_quote=bool(annotation.quote.exact))
        moved, result = place(text, item)
        placed.append(moved)
        state = result.state if result is not None else AnchorState.ANCHORED
        counts[state if state in counts else "moved"] += 1
    return Placement(placed, reanchored=counts["moved"], needs_review=counts[AnchorState.REVIEW],
                     orphaned=counts[AnchorState.ORPHAN])
