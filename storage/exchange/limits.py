"""Can this annotation travel?  One rule for the W3C writer and reader.

The import limits (:mod:`storage.exchange.fields`) are checked on the annotation as it will be
*written*: an id as the IRI the writer produces (non-ASCII percent-encoded: one CJK character
becomes nine), the author as the single joined name, the quote as placed on the document.  The
reader refuses an item with a problem; the writer refuses to write one.  So a file Pizhu accepts
can always be exported and imported again, which a check on the raw input alone cannot promise
(a 600-character Chinese id is 5,400 characters once written).
"""
from __future__ import annotations

from document.annotation import Annotation
from storage.exchange import fields as F
from storage.exchange.values import annotation_iri, encode_iri


def _too_long(what: str, length: int, limit: int) -> str:
    return f"{what} is {length:,} characters (limit {limit:,})"


# Writing an id as an IRI adds at most a 13-character prefix and turns one code point into at
# most 12 characters (four percent-encoded UTF-8 bytes): ids this short always fit, unencoded.
_SURELY_FITS = (F.MAX_ID - 13) // 12


def _iri_length(value: str, encode) -> int:
    return len(value) if len(value) <= _SURELY_FITS else len(encode(value))


def id_problem(identifier: str, what: str = "its id") -> str | None:
    """Why an id (of an annotation or a status entry) is too long once written, or None."""
    length = _iri_length(identifier, annotation_iri)
    return _too_long(f"{what}, once written as an IRI,", length, F.MAX_ID) if length > F.MAX_ID else None


def problem(annotation: Annotation) -> str | None:
    """Why ``annotation`` could not be exported and imported again, or None.

    Runs for every imported item, so the common case — everything well within the limits —
    is a handful of length comparisons; the message is built only for a problem.
    """
    quote = annotation.quote
    lengths = (
        ("its id, once written as an IRI,", _iri_length(annotation.id, annotation_iri), F.MAX_ID),
        ("its document id, once written as an IRI,", _iri_length(annotation.document_id, encode_iri), F.MAX_ID),
        ("its quote", len(quote.exact), F.MAX_QUOTE),
        ("its quote prefix", len(quote.prefix), F.MAX_CONTEXT),
        ("its quote suffix", len(quote.suffix), F.MAX_CONTEXT),
        ("its note", len(annotation.note), F.MAX_NOTE),
        ("its author", len(annotation.author), F.MAX_AUTHOR),
    )
    for what, length, limit in lengths:
        if length > limit:
            return _too_long(what, length, limit)
    tags = annotation.tags
    if tags:
        if len(tags) > F.MAX_TAGS:
            return f"it has {len(tags):,} tags (limit {F.MAX_TAGS:,})"
        longest = max(len(tag.strip()) for tag in tags)
        if longest > F.MAX_TAG:
            return _too_long("a tag", longest, F.MAX_TAG)
    commitment = annotation.commitment
    if commitment is not None:
        for name in F.EXT_COMMITMENT_FIELDS:
            value = getattr(commitment, name, "")
            if isinstance(value, str) and len(value) > F.MAX_COMMITMENT_FIELD:
                return _too_long(f"its commitment {name}", len(value), F.MAX_COMMITMENT_FIELD)
    if annotation.modified >= F.LATEST_TIME or annotation.created >= F.LATEST_TIME:
        what = "created" if annotation.created >= F.LATEST_TIME else "modified"
        return f"its {what} time is after the year {F.LATEST_TIME.year - 1}"
    return None
