"""W3C Web Annotation export: a document's annotations as one JSON-LD AnnotationCollection.

Shape (docs/architecture.md §7; field names in :mod:`storage.exchange.fields`)::

    {"@context": ["http://www.w3.org/ns/anno.jsonld", {"pizhu": "https://w3id.org/pizhu/ns/v1#"}],
     "id": "urn:uuid:…", "type": "AnnotationCollection", "label": "…", "total": N,
     "pizhu:documentTitle": "…",
     "first": {"@context": …, "id": "urn:uuid:…", "type": "AnnotationPage", "startIndex": 0,
               "items": [Annotation, …]}}

Each Annotation repeats the ``@context`` so that every item is a complete Web Annotation on
its own (the W3C test suite checks items one by one).  Decisions:

* ``motivation`` is always ``highlighting``: every Pizhu annotation is a highlight first; what
  its bodies do is said per body with ``purpose`` (``tagging`` for each tag, ``commenting`` for
  the note, ``text/plain``), which is how the model expresses mixed intent.  An annotation with
  neither tags nor note has no body, which the model allows.
* ``creator`` is a ``Person`` with ``name`` (left out when the author is empty).
* ``target`` is a ``SpecificResource`` whose ``source`` is ``{"id": "urn:sha256:…", "type":
  "Text"}`` and whose ``selector`` lists a ``TextQuoteSelector`` and a ``TextPositionSelector``
  (code points into the canonical text, end exclusive).  Empty prefix/suffix are left out.
* Extension properties (namespace ``pizhu`` = ``https://w3id.org/pizhu/ns/v1#``):
  ``pizhu:color``, ``pizhu:anchorState``, ``pizhu:commitment`` (``kind``, ``indicator``,
  ``value``, ``unit``, ``qualifier``, ``horizon``, ``strength``, ``binding``, ``category``,
  ``status`` and ``history``, a list of dated status entries with their evidence),
  ``pizhu:deleted`` and, for a report read from a PDF, ``pizhu:page`` (the page where the
  highlight starts, so it can be cited).
* A tombstone is exported so the delete propagates: id, target, times, creator and
  ``"pizhu:deleted": true`` — but no bodies, colour or commitment, so deleted text does not
  travel.
* Ids: ``urn:uuid:`` for Pizhu ids; any non-ASCII in an id is percent-encoded (UTF-8).
  Collection and page ids are uuid5 of the document id, so the same export is byte-identical.
"""
from __future__ import annotations

import json
from functools import lru_cache
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from document.annotation import Annotation, Commitment, StatusEntry, commitment_field_text
from storage.exchange import fields as F
from storage.exchange import limits
from storage.exchange.selectors import selectors
from storage.exchange.errors import ExchangeError
from storage.exchange.values import annotation_iri, derived_id, encode_iri, format_time


def annotation_to_w3c(annotation: Annotation, *, with_context: bool = True,
                      page_at: Callable[[int], int | None] | None = None,
                      history: Sequence[StatusEntry] = ()) -> dict[str, Any]:
    """One Annotation as a W3C JSON-LD object (see the module doc for the decisions);
    ``history`` is its commitment's status history (retracted entries included)."""
    item: dict[str, Any] = {}
    if with_context:
        item[F.CONTEXT] = F.EXPORT_CONTEXT
    item[F.ID] = annotation_iri(annotation.id)
    item[F.TYPE] = F.T_ANNOTATION
    item[F.MOTIVATION] = F.MOTIVATION_HIGHLIGHTING
    item[F.CREATED] = format_time(annotation.created)
    item[F.MODIFIED] = format_time(annotation.modified)
    if annotation.author:
        item[F.CREATOR] = {F.TYPE: F.T_PERSON, F.NAME: annotation.author}
    if not annotation.deleted:
        bodies = [
            {F.TYPE: F.T_TEXTUAL_BODY, F.PURPOSE: F.PURPOSE_TAGGING, F.VALUE: tag} for tag in annotation.tags
        ]
        if annotation.note:
            bodies.append(
                {F.TYPE: F.T_TEXTUAL_BODY, F.PURPOSE: F.PURPOSE_COMMENTING, F.VALUE: annotation.note,
                 F.FORMAT: F.NOTE_FORMAT}
            )
        if bodies:
            item[F.BODY] = bodies
    item[F.TARGET] = _target(annotation)
    if annotation.deleted:
        item[F.ext(F.EXT_DELETED)] = True
        return item
    item[F.ext(F.EXT_COLOR)] = annotation.color
    item[F.ext(F.EXT_STATE)] = annotation.state.value
    page = page_at(annotation.start) if page_at is not None else None
    if page:
        item[F.ext(F.EXT_PAGE)] = page
    if annotation.commitment is not None:
        item[F.ext(F.EXT_COMMITMENT)] = commitment_to_w3c(annotation.commitment, history)
    return item


def commitment_to_w3c(commitment: Commitment, history: Sequence[StatusEntry] = ()) -> dict[str, Any]:
    """``pizhu:commitment``: every field, the status and (when there is one) the history."""
    value: dict[str, Any] = {F.ext(name): commitment_field_text(commitment, name) for name in F.EXT_COMMITMENT_FIELDS}
    value[F.ext(F.EXT_STATUS)] = commitment.status.value
    if history:
        value[F.ext(F.EXT_HISTORY)] = [status_entry_to_w3c(entry) for entry in history]
    return value


def status_entry_to_w3c(entry: StatusEntry) -> dict[str, Any]:
    """One history entry; empty texts, a missing previous status and no evidence are left out."""
    value: dict[str, Any] = {F.ID: annotation_iri(entry.id), F.ext(F.EXT_STATUS): entry.status.value}
    if entry.previous is not None:
        value[F.ext(F.EXT_PREVIOUS)] = entry.previous.value
    value[F.ext(F.EXT_AT)] = format_time(entry.at)
    for name, text in ((F.EXT_AUTHOR, entry.author), (F.EXT_NOTE, entry.note), (F.EXT_SOURCE, entry.source)):
        if text:
            value[F.ext(name)] = text
    if entry.evidence is not None:
        value[F.ext(F.EXT_EVIDENCE)] = {
            F.TYPE: F.T_SPECIFIC_RESOURCE,
            F.SOURCE: {F.ID: annotation_iri_source(entry.evidence.document_id), F.TYPE: F.T_TEXT},
            F.SELECTOR: selectors(entry.evidence.start, entry.evidence.end, entry.evidence.quote),
        }
    if entry.retracted is not None:
        value[F.ext(F.EXT_RETRACTED)] = format_time(entry.retracted)
    return value


def _target(annotation: Annotation) -> dict[str, Any]:
    return {
        F.TYPE: F.T_SPECIFIC_RESOURCE,
        F.SOURCE: {F.ID: annotation_iri_source(annotation.document_id), F.TYPE: F.T_TEXT},
        F.SELECTOR: selectors(annotation.start, annotation.end, annotation.quote),
    }


@lru_cache(maxsize=64)
def annotation_iri_source(document_id: str) -> str:
    """Document ids are ``urn:sha256:<hex>`` already; encode defensively anyway.  (Cached: an
    export names the same document in every item.)"""
    return encode_iri(document_id)


def collection(
    document_id: str,
    annotations: Sequence[Annotation],
    *,
    title: str = "",
    page_at: Callable[[int], int | None] | None = None,
    histories: Mapping[str, Sequence[StatusEntry]] | None = None,
) -> dict[str, Any]:
    """The AnnotationCollection with one embedded ``first`` page holding every annotation
    (``histories``: status entries by annotation id, as ``Store.commitment_histories`` gives)."""
    collection_id = F.UUID_URN + derived_id("collection", document_id)
    page_id = F.UUID_URN + derived_id("page", document_id)
    label = f"{title} — 批注" if title else "Pizhu annotations"
    histories = histories or {}
    items = [annotation_to_w3c(annotation, page_at=page_at, history=histories.get(annotation.id, ()))
             for annotation in annotations]
    result: dict[str, Any] = {
        F.CONTEXT: F.EXPORT_CONTEXT,
        F.ID: collection_id,
        F.TYPE: F.T_COLLECTION,
        F.LABEL: label,
        F.TOTAL: len(items),
    }
    if title:
        result[F.ext(F.EXT_DOCUMENT_TITLE)] = title
    result[F.FIRST] = {
        F.CONTEXT: F.EXPORT_CONTEXT,
        F.ID: page_id,
        F.TYPE: F.T_PAGE,
        F.PART_OF: {F.ID: collection_id, F.LABEL: label, F.TOTAL: len(items)},
        F.START_INDEX: 0,
        F.ITEMS: items,
    }
    return result


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(value: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON with readable Chinese (no \\u escapes), one annotation per line.

    Compact because 10,000 annotations must stay well below the import limit (fields.py); one item per
    line so a diff of two exports still reads annotation by annotation.
    """
    page = value.get(F.FIRST)
    if not isinstance(page, dict) or not page.get(F.ITEMS):
        return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    items = page[F.ITEMS]
    placeholder = {**value, F.FIRST: {**page, F.ITEMS: []}}
    encode = _COMPACT.encode  # one encoder for every item (json.dumps would make one per call)
    head = encode(placeholder)
    marker = '"items":[]'
    cut = head.rindex(marker) + len(marker) - 1
    body = ",\n".join([encode(item) for item in items])
    return (head[:cut] + "\n" + body + "\n" + head[cut:] + "\n").encode("utf-8")


def check_importable(annotation: Annotation) -> None:
    """Refuse an annotation the importer would refuse (:mod:`storage.exchange.limits`), naming it."""
    found = limits.problem(annotation)
    if found:
        raise ExchangeError(f"annotation {annotation.id[:80]} cannot be exchanged: {found}")


def export_bytes(document_id: str, annotations: Sequence[Annotation], *, title: str = "",
                 page_at: Callable[[int], int | None] | None = None,
                 histories: Mapping[str, Sequence[StatusEntry]] | None = None) -> bytes:
    """The exchange file; refused (ExchangeError) when Pizhu could not import it again.

    ``page_at`` (a PDF document's :meth:`~document.model.Document.page_at`) adds ``pizhu:page``;
    ``histories`` (``Store.commitment_histories``) carry the commitments' status histories.
    """
    for annotation in annotations:
        check_importable(annotation)
    data = dumps(collection(document_id, annotations, title=title, page_at=page_at, histories=histories))
    if len(data) > F.MAX_FILE_BYTES:
        raise ExchangeError(
            f"the export would be {F.megabytes(len(data))}, above the {F.megabytes(F.MAX_FILE_BYTES)} "
            "import limit; export part of the annotations (--tag, --author or --section)"
        )
    return data
