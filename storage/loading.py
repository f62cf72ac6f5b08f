"""Reading annotations inside a session: the one bulk read every part of the store shares.

The public reads (:mod:`storage.reading`), the edits that must see the stored version first
(:mod:`storage.editing`, :mod:`storage.tagging`, :mod:`storage.commitment_store`) all load
annotations through :func:`load`, so there is one statement, one order and one way a row that
cannot be read is reported (:mod:`storage.damage`).

Column selects rather than ORM entity loading: the annotations panel of a report with 10,000
highlights needs every row at once, and building tuples is several times cheaper than building
identity-mapped objects that are thrown away immediately.
"""
from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, func, select
from sqlalchemy.orm import Session

from document.annotation import Annotation
from storage import convert, damage
from storage.schema import AnnotationRow, AnnotationTagRow, AuthorRow, TagRow
from storage.writes import chunks

ANNOTATION_SELECT = (
    AnnotationRow.id, AnnotationRow.document_id, AnnotationRow.start, AnnotationRow.end,
    AnnotationRow.exact, AnnotationRow.prefix, AnnotationRow.suffix, AnnotationRow.color,
    AnnotationRow.note, AuthorRow.name, AnnotationRow.created, AnnotationRow.modified,
    AnnotationRow.state, AnnotationRow.deleted, AnnotationRow.commitment_indicator,
    AnnotationRow.commitment_value, AnnotationRow.commitment_unit,
    AnnotationRow.commitment_qualifier, AnnotationRow.commitment_horizon,
    AnnotationRow.commitment_status, AnnotationRow.commitment_kind, AnnotationRow.commitment_strength,
    AnnotationRow.commitment_binding, AnnotationRow.commitment_category,
)
# The order annotations are handed out in, as a key on those rows.
_ROW_ORDER = itemgetter(*(convert.ANNOTATION_COLUMNS.index(name)
                          for name in ("start", "end", "created", "id")))
# An annotation's tags as "position:tag_id,..." (see convert.tag_ids_from_links): integers
# only, so no separator can clash with a tag name; correlated with the outer annotations row.
_TAG_LINKS = (
    select(func.group_concat(
        AnnotationTagRow.position.concat(":").concat(AnnotationTagRow.tag_id)))
    .where(AnnotationTagRow.annotation_id == AnnotationRow.id)
    .scalar_subquery()
)


def load(session: Session, criteria: list[ColumnElement[bool]], path: Path) -> list[Annotation]:
    """Annotations matching ``criteria``, ordered by start, end (then created, id).

    One Core statement (no ORM entities) reads every row with its tags as a
    ``"position:tag_id,..."`` list (:data:`_TAG_LINKS`), and a small second one reads the
    names of the tags those lists mention.  Reading the links with the row saves walking
    the document's annotations a second time and grouping 10,000 link rows in Python; the
    names are decoded once per distinct combination of tags, and the annotations that
    share a combination share its tuple.  A row this Pizhu cannot read raises
    :class:`~storage.errors.StoreDamaged` naming ``path``, carrying the readable ones.
    """
    connection = session.connection()
    with convert.gc_paused():
        rows = connection.execute(
            select(*ANNOTATION_SELECT, _TAG_LINKS)
            .outerjoin(AuthorRow, AuthorRow.id == AnnotationRow.author_id)
            .where(*criteria)
            .order_by(AnnotationRow.start, AnnotationRow.end)
        ).all()
        if not rows:
            return []
        # Ties on (start, end) are broken here: the document index already yields rows in
        # (start, end) order, and this near-linear pass is cheaper than SQLite's sorter,
        # which would copy every row.  The order is the same: integers, and text compared
        # by code point just as SQLite's default BINARY collation compares UTF-8 bytes.
        try:
            rows.sort(key=_ROW_ORDER)
            tag_ids = {links: convert.tag_ids_from_links(links)
                       for links in {row[-1] for row in rows}}
            names = tag_names(connection, {i for ids in tag_ids.values() for i in ids})
            tags = {links: tuple(names[i] for i in ids) for links, ids in tag_ids.items()}
            return convert.annotations_from_rows(rows, tags)
        except (ValueError, TypeError, KeyError):
            pass  # a row this Pizhu cannot read: sort the good from the bad, below
    raise damage.salvage(rows, lambda ids: tag_names(connection, ids), path)


def load_ids(session: Session, ids: Sequence[str], path: Path) -> dict[str, Annotation]:
    """The stored annotations among ``ids`` (tombstones included), by id."""
    found: dict[str, Annotation] = {}
    for chunk in chunks(list(dict.fromkeys(ids))):
        for annotation in load(session, [AnnotationRow.id.in_(chunk)], path):
            found[annotation.id] = annotation
    return found


def tag_names(connection: Connection, tag_ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in chunks(sorted(tag_ids)):
        names.update(connection.execute(
            select(TagRow.id, TagRow.name).where(TagRow.id.in_(chunk))).all())
    return names
