"""The one in-memory copy of the shown document's annotations, with what views ask of it.

Before, the annotations controller, the panel, the reader and Needs Attention each kept and
patched their own copy; now :class:`AnnotationIndex` is the copy, :meth:`apply` is the only way
it changes, and the aggregates views need (sorted starts for outline counts, tag and author
counts for the filter choices, the annotations needing attention) are kept in step with each
change rather than recomputed.  Applying one change costs O(k log n) for k annotations.

Pure Python (no Qt), so it is unit-tested on its own (tests/gui/test_annotation_index.py).
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence

from document.annotation import NEEDS_ATTENTION, AnchorState, Annotation
from document.sections import SectionIndex
from gui.core.changes import AnnotationChange, Cause, Edited

TAG_SEPARATOR = "/"   # "承诺/经济" is a child of "承诺"
ORPHAN = AnchorState.ORPHAN


def tag_parents(tag: str) -> list[str]:
    """"承诺/经济/GDP" → ["承诺", "承诺/经济"]: filtering by a parent shows its children."""
    parts = tag.split(TAG_SEPARATOR)
    return [TAG_SEPARATOR.join(parts[:i]) for i in range(1, len(parts))]


def is_placed(annotation: Annotation) -> bool:
    """Whether the annotation's offsets mean something: an orphan's are stale, so it belongs to
    no section and is painted nowhere.  (Hot loops over 10,000 annotations compare
    ``a.state is not ORPHAN`` inline: the call costs more than the test.)"""
    return annotation.state is not ORPHAN


class AnnotationIndex:
    """Live annotations of one document by id, plus the aggregates kept in step."""

    def __init__(self, annotations: Iterable[Annotation] = (), tag_colors: Mapping[str, str] | None = None) -> None:
        self._by_id: dict[str, Annotation] = {}
        self._starts: list[int] = []                # starts of placed annotations, sorted
        self._tags: Counter[str] = Counter()
        self._authors: Counter[str] = Counter()
        self._attention: dict[str, Annotation] = {}
        self.tag_colors: dict[str, str] = {}
        self.reset(annotations, tag_colors)

    # -- changing ---------------------------------------------------------------------------
    def reset(self, annotations: Iterable[Annotation], tag_colors: Mapping[str, str] | None = None) -> None:
        """Replace everything (a document's annotations were read)."""
        live = [a for a in annotations if not a.deleted]
        self._by_id = {a.id: a for a in live}
        self._starts = sorted(a.start for a in live if a.state is not ORPHAN)
        self._tags = Counter(t for a in live for t in a.tags)
        self._authors = Counter(a.author for a in live if a.author)
        self._attention = {a.id: a for a in live if a.state in NEEDS_ATTENTION}
        self.tag_colors = dict(tag_colors or {})

    def apply(self, change: AnnotationChange) -> None:
        """Make the index show ``change`` (the state calls this before emitting it)."""
        if change.cause is Cause.PREVIEW:
            return
        if change.reset:
            self.reset(change.added, change.tag_colors)
            return
        for annotation in change.removed:
            old = self._by_id.pop(annotation.id, None)
            if old is not None:
                self._count(old, -1)
        for edited in change.updated:
            old = self._by_id.get(edited.after.id)
            if old is not None:
                self._count(old, -1)
            self._by_id[edited.after.id] = edited.after
            self._count(edited.after, +1)
        for annotation in change.added:
            old = self._by_id.get(annotation.id)
            if old is not None:
                self._count(old, -1)
            self._by_id[annotation.id] = annotation
            self._count(annotation, +1)
        if change.tag_colors is not None:
            self.tag_colors = dict(change.tag_colors)

    def _count(self, a: Annotation, sign: int) -> None:
        if is_placed(a):
            if sign > 0:
                insort(self._starts, a.start)
            else:
                index = bisect_left(self._starts, a.start)
                if index < len(self._starts) and self._starts[index] == a.start:
                    del self._starts[index]
        for tag in a.tags:
            _bump(self._tags, tag, sign)
        if a.author:
            _bump(self._authors, a.author, sign)
        if a.state in NEEDS_ATTENTION:
            if sign > 0:
                self._attention[a.id] = a
            else:
                self._attention.pop(a.id, None)

    # -- what changed ----------------------------------------------------------------------------
    def change_to(self, document_id: str, stored: Iterable[Annotation], cause: Cause,
                  gone: Sequence[str] = (), complete: bool = False) -> AnnotationChange:
        """The change that brings the index to ``stored`` (values as the store now holds them).

        Values of other documents are ignored; a tombstone removes.  ``gone``: ids known to be
        deleted without a value at hand.  ``complete``: ``stored`` is the document's whole live
        set, so anything else the index holds was removed (a re-read of the store).
        """
        added: list[Annotation] = []
        updated: list[Edited] = []
        removed: dict[str, Annotation] = {}
        seen: set[str] = set()
        for value in stored:
            if value.document_id != document_id:
                continue
            seen.add(value.id)
            old = self._by_id.get(value.id)
            if value.deleted:
                if old is not None:
                    removed[value.id] = old
            elif old is None:
                added.append(value)
            elif old != value:
                updated.append(Edited(old, value))
        for annotation_id in gone:
            if annotation_id in self._by_id:
                removed[annotation_id] = self._by_id[annotation_id]
        if complete:
            for annotation_id, old in self._by_id.items():
                if annotation_id not in seen:
                    removed[annotation_id] = old
        return AnnotationChange(document_id, cause, tuple(added), tuple(updated), tuple(removed.values()))

    # -- reading ----------------------------------------------------------------------------------
    def get(self, annotation_id: str) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def __contains__(self, annotation_id: object) -> bool:
        return annotation_id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def values(self):
        return self._by_id.values()

    def as_mapping(self) -> Mapping[str, Annotation]:
        """A read-only view by id (callers must not patch the index behind its back)."""
        from types import MappingProxyType

        return MappingProxyType(self._by_id)

    def live(self, ids: Iterable[str]) -> list[Annotation]:
        """The annotations among ``ids`` that are here, each once, in the order asked."""
        return [self._by_id[i] for i in dict.fromkeys(ids) if i in self._by_id]

    def placed_starts(self) -> list[int]:
        """Starts of the placed (non-orphan) annotations, sorted; do not modify."""
        return self._starts

    def section_counts(self, sections: SectionIndex) -> dict[int, int]:
        """Annotations per outline entry (by entry start), children included; orphans count nowhere."""
        return sections.counts(self._starts)

    def tag_counts(self) -> Mapping[str, int]:
        return self._tags

    def tags_with_parents(self) -> list[str]:
        """Every tag in use and the parents of hierarchical ones, sorted (the filter choices)."""
        return sorted(set(self._tags) | {p for tag in self._tags for p in tag_parents(tag)})

    def authors(self) -> list[str]:
        return sorted(self._authors)

    def needs_attention(self) -> list[Annotation]:
        """Review and orphan annotations in text order."""
        return sorted(self._attention.values(), key=lambda a: (a.start, a.end, a.id))


def _bump(counter: Counter[str], key: str, sign: int) -> None:
    counter[key] += sign
    if counter[key] <= 0:
        del counter[key]
