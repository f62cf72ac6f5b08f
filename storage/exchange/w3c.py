"""W3C Web Annotation export: a document's annotations as one JSON-LD AnnotationCollection.

Shape (design.md §6; field names in :mod:`storage.exchange.fields`)::

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
  ``pizhu:color``, ``pizhu:anchorState``, ``pizhu:commitment`` (``indicator``, ``value``,
  ``unit``, ``qualifier``, ``deadline``, ``status``), ``pizhu:deleted`` and, for a report
  read from a PDF, ``pizhu:page`` (the page where the highlight starts, so it can be cited).
* A tombstone is exported so the delete propagates: id, target, times, creator and
  ``"pizhu:deleted": true`` — but no bodies, colour or commitment, so deleted text does not
  travel.
* Ids: ``urn:uuid:`` for Pizhu ids; any non-ASCII in an id is percent-encoded (UTF-8).
  Collection and page ids are uuid5 of the document id, so the same export is byte-identical.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from document.annotation import Annotation
from storage.exchange import fields as F
from storage.exchange.errors import ExchangeError
from storage.exchange.values import annotation_iri, derived_id, encode_iri, format_time


def annotation_to_w3c(annotation: Annotation, *, with_context: bool = True,
                      page_at: Callable[[int], int | None] | None = None) -> dict[str, Any]:
    """One Annotation as a W3C JSON-LD object (see the module doc for the decisions)."""
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
        commitment = annotation.commitment
        item[F.ext(F.EXT_COMMITMENT)] = {
            F.ext(F.EXT_INDICATOR): commitment.indicator,
            F.ext(F.EXT_VALUE): commitment.value,
            F.ext(F.EXT_UNIT): commitment.unit,
            F.ext(F.EXT_QUALIFIER): commitment.qualifier,
            F.ext(F.EXT_DEADLINE): commitment.horizon,
            F.ext(F.EXT_STATUS): commitment.status.value,
        }
    return item


def _target(annotation: Annotation) -> dict[str, Any]:
    quote_selector: dict[str, Any] = {F.TYPE: F.T_QUOTE_SELECTOR, F.EXACT: annotation.quote.exact}
    if annotation.quote.prefix:
        quote_selector[F.PREFIX] = annotation.quote.prefix
    if annotation.quote.suffix:
        quote_selector[F.SUFFIX] = annotation.quote.suffix
    position_selector = {F.TYPE: F.T_POSITION_SELECTOR, F.START: annotation.start, F.END: annotation.end}
    return {
        F.TYPE: F.T_SPECIFIC_RESOURCE,
        F.SOURCE: {F.ID: annotation_iri_source(annotation.document_id), F.TYPE: F.T_TEXT},
        F.SELECTOR: [quote_selector, position_selector],
    }


def annotation_iri_source(document_id: str) -> str:
    """Document ids are ``urn:sha256:<hex>`` already; encode defensively anyway."""
    return encode_iri(document_id)


def collection(
    document_id: str,
    annotations: Sequence[Annotation],
    *,
    title: str = "",
    page_at: Callable[[int], int | None] | None = None,
) -> dict[str, Any]:
    """The AnnotationCollection with one embedded ``first`` page holding every annotation."""
    collection_id = F.UUID_URN + derived_id("collection", document_id)
    page_id = F.UUID_URN + derived_id("page", document_id)
    label = f"{title} — 批注" if title else "Pizhu annotations"
    items = [annotation_to_w3c(annotation, page_at=page_at) for annotation in annotations]
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
    head = json.dumps(placeholder, ensure_ascii=False, separators=(",", ":"))
    marker = '"items":[]'
    cut = head.rindex(marker) + len(marker) - 1
    body = ",\n".join(json.dumps(item, ensure_ascii=False, separators=(",", ":")) for item in items)
    return (head[:cut] + "\n" + body + "\n" + head[cut:] + "\n").encode("utf-8")


def check_importable(annotation: Annotation) -> None:
    """Refuse an annotation the importer would refuse (fields.py limits), naming it."""
    problem = None
    if len(annotation.quote.exact) > F.MAX_QUOTE:
        problem = f"its quote is {len(annotation.quote.exact):,} characters (limit {F.MAX_QUOTE:,})"
    elif len(annotation.note) > F.MAX_NOTE:
        problem = f"its note is {len(annotation.note):,} characters (limit {F.MAX_NOTE:,})"
    elif len(annotation.tags) > F.MAX_TAGS:
        problem = f"it has {len(annotation.tags):,} tags (limit {F.MAX_TAGS:,})"
    elif any(len(tag.strip()) > F.MAX_TAG for tag in annotation.tags):
        problem = f"a tag is longer than {F.MAX_TAG:,} characters"
    if problem:
        raise ExchangeError(f"annotation {annotation.id} cannot be exchanged: {problem}")


def export_bytes(document_id: str, annotations: Sequence[Annotation], *, title: str = "",
                 page_at: Callable[[int], int | None] | None = None) -> bytes:
    """The exchange file; refused (ExchangeError) when Pizhu could not import it again.

    ``page_at`` (a PDF document's :meth:`~document.model.Document.page_at`) adds ``pizhu:page``.
    """
    for annotation in annotations:
        check_importable(annotation)
    data = dumps(collection(document_id, annotations, title=title, page_at=page_at))
    if len(data) > F.MAX_FILE_BYTES:
        raise ExchangeError(
            f"the export would be {F.megabytes(len(data))}, above the {F.megabytes(F.MAX_FILE_BYTES)} "
            "import limit; export part of the annotations (--tag, --author or --section)"
        )
    return data
