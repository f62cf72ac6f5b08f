"""The store's tag edits: rename, merge, delete and colour tags across every annotation.

A part of :class:`storage.store.Store`.  A tag is a row of its own that annotations link to,
so re-tagging changes links, not annotation rows; each annotation whose tags change still gets
a new ``modified`` (:func:`storage.write_steps.touch`) so the change travels in exports and
team sync like any edit, and each operation returns the annotations it changed, before and
after (:class:`~storage.records.Retagged`), which is what an undo stack and the change event
need.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from document.annotation import Annotation
from storage.errors import StoreError
from storage.loading import load_ids
from storage.records import Retagged
from storage.schema import AnnotationRow, AnnotationTagRow, TagRow
from storage.store_file import StoreFile
from storage.write_steps import tag_ids, touch


class TagEdits(StoreFile):
    """Renaming, merging, deleting and colouring tags, each in one transaction."""

    def rename_tag(self, old: str, new: str) -> Retagged:
        """Rename a tag everywhere; renaming onto an existing tag merges the two."""
        return self._retag([old], new, must_exist=True)

    def merge_tags(self, sources: Sequence[str], target: str) -> Retagged:
        """Replace every source tag by ``target`` (created if needed) and remove the sources.

        The target keeps its colour, or takes the first source colour if it had none.  Live
        annotations whose tags change get a new ``modified`` so the change travels in exports.
        Returns the annotations it changed, before and after (see :class:`Retagged`).
        """
        return self._retag(list(sources), target, must_exist=False)

    def _retag(self, sources: list[str], target: str, must_exist: bool) -> Retagged:
        target = target.strip()
        if not target:
            raise StoreError("a tag name cannot be empty")
        with self._session(write=True) as session:
            rows = {
                row.name: row for row in session.execute(
                    select(TagRow.id, TagRow.name, TagRow.color)
                    .where(TagRow.name.in_([*sources, target]))
                )
            }
            if must_exist:
                missing = [s for s in sources if s not in rows]
                if missing:
                    raise StoreError(f"no tag named {missing[0]!r}")
            source_rows = [rows[s] for s in dict.fromkeys(sources) if s in rows and s != target]
            if not source_rows:
                return Retagged()
            colour = next((r.color for r in source_rows if r.color), None)
            if target in rows:
                target_id = rows[target].id
                if rows[target].color is None and colour is not None:
                    session.execute(update(TagRow).where(TagRow.id == target_id).values(color=colour))
            else:
                target_id = tag_ids(session, [target])[target]
                session.execute(update(TagRow).where(TagRow.id == target_id).values(color=colour))
            source_ids = [r.id for r in source_rows]
            affected = _annotations_with_tags(session, source_ids)
            before = load_ids(session, [ident for ident, _modified in affected], self.path)
            # One source at a time: an annotation that already carries the target (perhaps
            # re-pointed from an earlier source) just loses the link; the others have the link
            # re-pointed at the target, keeping its position among the annotation's tags.
            has_target = select(AnnotationTagRow.annotation_id).where(
                AnnotationTagRow.tag_id == target_id).scalar_subquery()
            for source_id in source_ids:
                session.execute(delete(AnnotationTagRow).where(
                    AnnotationTagRow.tag_id == source_id,
                    AnnotationTagRow.annotation_id.in_(has_target)))
                session.execute(update(AnnotationTagRow)
                                .where(AnnotationTagRow.tag_id == source_id)
                                .values(tag_id=target_id))
            session.execute(delete(TagRow).where(TagRow.id.in_(source_ids)))
            touch(session, affected)
            return self._retagged(session, before)

    def delete_tag(self, name: str) -> Retagged:
        """Remove a tag from every annotation and forget it (and its colour)."""
        return self.delete_tags([name])

    def delete_tags(self, names: Sequence[str]) -> Retagged:
        """:meth:`delete_tag` for several tags in one transaction; unknown names are skipped."""
        with self._session(write=True) as session:
            ids = list(session.execute(select(TagRow.id).where(TagRow.name.in_(list(names)))).scalars())
            if not ids:
                return Retagged()
            affected = _annotations_with_tags(session, ids)
            before = load_ids(session, [ident for ident, _modified in affected], self.path)
            session.execute(delete(AnnotationTagRow).where(AnnotationTagRow.tag_id.in_(ids)))
            session.execute(delete(TagRow).where(TagRow.id.in_(ids)))
            touch(session, affected)
            return self._retagged(session, before)

    def set_tag_color(self, name: str, color: str | None) -> None:
        """Give a tag a colour (``None`` clears it); an unknown tag is created."""
        name = name.strip()
        if not name:
            raise StoreError("a tag name cannot be empty")
        with self._session(write=True) as session:
            tag_id = tag_ids(session, [name])[name]
            session.execute(update(TagRow).where(TagRow.id == tag_id).values(color=color))

    def _retagged(self, session: Session, before: dict[str, Annotation]) -> Retagged:
        after = load_ids(session, list(before), self.path)
        ids = [ident for ident in before if ident in after]
        return Retagged(tuple(before[i] for i in ids), tuple(after[i] for i in ids))


def _annotations_with_tags(session: Session, ids: Sequence[int]) -> list[tuple[str, str]]:
    """(id, modified) of live annotations carrying any of the tags ``ids``."""
    return list(session.execute(
        select(AnnotationRow.id, AnnotationRow.modified).distinct()
        .join(AnnotationTagRow, AnnotationTagRow.annotation_id == AnnotationRow.id)
        .where(AnnotationTagRow.tag_id.in_(ids), AnnotationRow.deleted == 0)
    ).all())
