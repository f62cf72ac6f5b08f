"""Rows ↔ document/ dataclasses, and timestamps ↔ stored text.

Kept apart from the Store so the mapping of every field is in one place and can be read (and
tested) without a database.  :func:`annotations_from_rows` is the hot loop of opening a
document with thousands of highlights, so it (and its helpers) trade a little plainness for
speed; each trick says why it is safe.
"""
from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from document.annotation import (
    AnchorState, Annotation, Commitment, CommitmentBinding, CommitmentKind, CommitmentStatus,
    CommitmentStrength, StatusEntry, TextQuote,
)
from document.times import iso_utc
from storage.exchange.selectors import evidence_from_json, evidence_json
from storage.records import Dismissal, DocumentRecord

# Columns read back into an Annotation, in this order (``author`` is the author's name;
# ``tag_links`` is described in :func:`tag_ids_from_links`).
ANNOTATION_COLUMNS = (
    "id", "document_id", "start", "end", "exact", "prefix", "suffix", "color", "note",
    "author", "created", "modified", "state", "deleted",
    "commitment_indicator", "commitment_value", "commitment_unit", "commitment_qualifier",
    "commitment_horizon", "commitment_status", "commitment_kind", "commitment_strength",
    "commitment_binding", "commitment_category", "tag_links",
)


# Value -> member lookups: a dict get is several times cheaper than calling the Enum, and the
# panel query converts every row.
_STATES = {state.value: state for state in AnchorState}
_STATUSES = {status.value: status for status in CommitmentStatus}
# An empty kind/strength/binding (a row written before v4 or by hand) reads as the default.
_KINDS = {"": CommitmentKind.PLEDGE, **{kind.value: kind for kind in CommitmentKind}}
_STRENGTHS = {"": CommitmentStrength.FIRM, **{s.value: s for s in CommitmentStrength}}
_BINDINGS = {"": CommitmentBinding.EXPECTED, **{b.value: b for b in CommitmentBinding}}


def time_to_db(value: datetime) -> str:
    """UTC, fixed width, microseconds: exact, and text order is time order.

    A naive datetime is taken to be UTC already (the app only makes aware UTC ones; a naive
    value can only come from a careless caller, and guessing local time would shift it).
    """
    return iso_utc(value, 6)


def time_from_db(value: str) -> datetime:
    return datetime.fromisoformat(value)  # the trailing Z makes it aware UTC (Python 3.11+)


def time_to_json(value: datetime) -> str:
    """``2023-01-16T08:30:00.123Z``: UTC with milliseconds, as users' scripts expect."""
    return iso_utc(value, 3)


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: surrounding whitespace trimmed, empty names dropped, duplicates removed
    (first occurrence keeps its place).  The order the user gave is otherwise kept."""
    seen: dict[str, None] = {}
    for tag in tags:
        name = tag.strip()
        if name and name not in seen:
            seen[name] = None
    return tuple(seen)


#: Columns ``annotations`` is written with, in the order of :func:`annotation_row`.
ANNOTATION_WRITE_COLUMNS = (
    "id", "document_id", "start", "end", "exact", "prefix", "suffix", "color", "note",
    "author_id", "created", "modified", "state", "deleted",
    "commitment_indicator", "commitment_value", "commitment_unit", "commitment_qualifier",
    "commitment_horizon", "commitment_status", "commitment_kind", "commitment_strength",
    "commitment_binding", "commitment_category",
)
_NO_COMMITMENT = ("", "", "", "", "", None, "", "", "", "")


def annotation_row(annotation: Annotation, author_id: int | None) -> tuple[Any, ...]:
    """Column values of ``annotations`` for one annotation, in :data:`ANNOTATION_WRITE_COLUMNS`
    order (tags and author go elsewhere).  A tuple, because the bulk writes hand rows straight
    to the driver's ``executemany`` (see :mod:`storage.writes`); enum members are ``str``
    subclasses, so ``.value`` is all a stored enum needs — a value that is not a member (a
    careless caller's plain string) is still checked by the enum call."""
    commitment = annotation.commitment
    quote = annotation.quote
    created = annotation.created
    modified = annotation.modified
    created_text = time_to_db(created)
    head = (
        annotation.id, annotation.document_id, annotation.start, annotation.end,
        quote.exact, quote.prefix, quote.suffix, annotation.color, annotation.note, author_id,
        created_text, created_text if modified == created else time_to_db(modified),
        AnchorState(annotation.state).value, 1 if annotation.deleted else 0,
    )
    if commitment is None:
        return head + _NO_COMMITMENT
    return head + (
        commitment.indicator, commitment.value, commitment.unit, commitment.qualifier,
        commitment.horizon, CommitmentStatus(commitment.status).value,
        CommitmentKind(commitment.kind).value, CommitmentStrength(commitment.strength).value,
        CommitmentBinding(commitment.binding).value, commitment.category,
    )


def annotation_values(annotation: Annotation, author_id: int | None) -> dict[str, Any]:
    """:func:`annotation_row` as a column → value mapping."""
    return dict(zip(ANNOTATION_WRITE_COLUMNS, annotation_row(annotation, author_id)))


def tag_ids_from_links(links: str | None) -> tuple[int, ...]:
    """Tag ids in the user's order from a ``"position:tag_id,..."`` list (``None``: no tags).

    The list is SQLite's ``group_concat`` over an annotation's ``annotation_tags`` rows (see
    ``storage.loading.load``).  It holds integers only, so the separators cannot clash with a tag name,
    and it carries the positions because ``group_concat`` promises no order.
    """
    if not links:
        return ()
    pairs = sorted(tuple(map(int, link.split(":"))) for link in links.split(","))
    return tuple(tag_id for _position, tag_id in pairs)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a large read builds its objects.

    Reading 10,000 annotations allocates some 50,000 container objects (rows, dataclasses and
    their ``__dict__``s) that all survive; each 700 allocations trigger a collection that
    re-examines the young ones, and the growing heap triggers full collections too, which
    together cost about a third of the read (see benchmarks/bench_store.py).  None of these
    objects is garbage, so pausing loses nothing; reference counting still frees everything
    else.  The collector is re-enabled only if it was enabled on entry, so code that turned it
    off for its own reasons keeps it off.  (Two threads reading at once: the one that paused it
    resumes it when done, perhaps while the other still reads; that one then merely pays the
    ordinary, unpaused cost.)
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _filler(cls: type, names: tuple[str, ...]) -> Callable[[dict[str, Any]], Any]:
    """A fast ``build(values)`` for the frozen dataclass ``cls`` whose fields are ``names``.

    A frozen dataclass's ``__init__`` assigns every field through ``object.__setattr__``;
    for the 10,000 rows of a large document that is a third of the conversion.  When ``cls``
    is a plain frozen dataclass (instance ``__dict__``, no ``__post_init__``) and ``values``
    names exactly its fields, filling ``__dict__`` of a bare instance gives an object equal in
    every respect to ``cls(**values)``.  If the class ever stops being plain (slots, a
    ``__post_init__``, another field), this falls back to calling it, so it stays correct.
    """
    plain = (
        dataclasses.is_dataclass(cls)
        and tuple(f.name for f in dataclasses.fields(cls)) == names
        and not hasattr(cls, "__post_init__")
        and not hasattr(cls, "__slots__")
    )
    if not plain:
        return lambda values: cls(**values)
    new = object.__new__

    def build(values: dict[str, Any]) -> Any:
        instance = new(cls)
        instance.__dict__.update(values)
        return instance

    build.plain = True  # type: ignore[attr-defined]  # for the test that guards this path
    return build


_new_quote = _filler(TextQuote, ("exact", "prefix", "suffix"))
_new_annotation = _filler(Annotation, (
    "id", "document_id", "start", "end", "quote", "color", "tags", "note", "author",
    "created", "modified", "state", "commitment", "deleted",
))


def annotations_from_rows(rows: Iterable[Sequence[Any]],
                          tags: Mapping[str | None, tuple[str, ...]]) -> list[Annotation]:
    """Annotations from rows in :data:`ANNOTATION_COLUMNS` order.

    ``tags`` maps each row's ``tag_links`` value to its tag names in order (``None`` → ``()``),
    so the tuple is decoded once per distinct combination of tags rather than once per row.
    This is the hot loop of opening a document with many highlights, hence the local names,
    the dict lookups for enums and the shared datetime when ``modified == created`` (the
    common case of a highlight never edited).
    """
    parse = datetime.fromisoformat   # the trailing Z makes it aware UTC (Python 3.11+)
    states, statuses = _STATES, _STATUSES
    new_quote, new_annotation = _new_quote, _new_annotation
    result: list[Annotation] = []
    append = result.append
    for (ident, document_id, start, end, exact, prefix, suffix, color, note, author, created,
         modified, state, deleted, indicator, value, unit, qualifier, horizon, status, kind,
         strength, binding, category, links) in rows:
        # SQLite keeps whatever a damaged or hand-edited file holds (text in an integer column,
        # a number in a text one); such a row must not become an Annotation that fails later.
        if type(start) is not int or type(end) is not int:
            raise TypeError(f"start/end are not integers ({start!r:.20}, {end!r:.20})")
        if not (type(exact) is type(prefix) is type(suffix) is type(note) is type(color) is str):
            raise TypeError("a text field holds a non-text value")
        created_at = parse(created)
        if created_at.tzinfo is None:
            raise ValueError(f"created {created!r:.40} has no time zone")
        append(new_annotation({
            "id": ident,
            "document_id": document_id,
            "start": start,
            "end": end,
            "quote": new_quote({"exact": exact, "prefix": prefix, "suffix": suffix}),
            "color": color,
            "tags": tags[links],
            "note": note,
            "author": author or "",
            "created": created_at,
            "modified": created_at if modified == created else _aware(parse(modified)),
            "state": states.get(state) or AnchorState(state),
            "commitment": None if status is None else Commitment(
                indicator=indicator, value=value, unit=unit, qualifier=qualifier,
                horizon=horizon, status=statuses.get(status) or CommitmentStatus(status),
                kind=_KINDS.get(kind) or CommitmentKind(kind),
                strength=_STRENGTHS.get(strength) or CommitmentStrength(strength),
                binding=_BINDINGS.get(binding) or CommitmentBinding(binding), category=category),
            "deleted": bool(deleted),
        }))
    return result


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment} has no time zone")
    return moment


def document_from_row(row: Sequence[Any]) -> DocumentRecord:
    ident, title, path, text, first_seen, last_opened = row
    return DocumentRecord(
        id=ident, title=title, path=path, text=text,
        first_seen=time_from_db(first_seen), last_opened=time_from_db(last_opened),
    )


# Columns of commitment_history read back into a StatusEntry, in this order.
STATUS_ENTRY_COLUMNS = (
    "id", "annotation_id", "old_status", "new_status", "changed", "author", "note", "source",
    "evidence_document", "evidence_selector", "retracted",
)


def status_entry_values(entry: StatusEntry) -> dict[str, Any]:
    document_id, selector = evidence_json(entry.evidence)
    return {
        "id": entry.id,
        "annotation_id": entry.annotation_id,
        "old_status": CommitmentStatus(entry.previous).value if entry.previous is not None else None,
        "new_status": CommitmentStatus(entry.status).value,
        "changed": time_to_db(entry.at),
        "author": entry.author,
        "note": entry.note,
        "source": entry.source,
        "evidence_document": document_id,
        "evidence_selector": selector,
        "retracted": time_to_db(entry.retracted) if entry.retracted is not None else None,
    }


def status_entry_from_row(row: Sequence[Any]) -> StatusEntry:
    (ident, annotation_id, old, new, changed, author, note, source, evidence_document,
     evidence_selector, retracted) = row
    return StatusEntry(
        id=ident,
        annotation_id=annotation_id,
        status=CommitmentStatus(new),
        previous=CommitmentStatus(old) if old is not None else None,
        at=time_from_db(changed),
        author=author,
        note=note,
        source=source,
        evidence=evidence_from_json(evidence_document, evidence_selector),
        retracted=time_from_db(retracted) if retracted is not None else None,
    )


DISMISSAL_COLUMNS = ("id", "document_id", "start", "end", "quote", "author", "dismissed")


def dismissal_from_row(row: Sequence[Any]) -> Dismissal:
    ident, document_id, start, end, quote, author, dismissed = row
    return Dismissal(id=ident, document_id=document_id, start=start, end=end, quote=quote,
                     author=author, dismissed=time_from_db(dismissed))
