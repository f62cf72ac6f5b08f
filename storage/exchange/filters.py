"""Choosing and ordering the annotations an export contains (shared by every format).

Filters combine with AND: ``tag`` (an annotation carrying that tag or one of its children,
see :func:`tag_matcher`), ``author`` (exact name) and ``section`` (the title of an outline
entry; the annotation *starts* inside the entry's range, children included).  Matching ignores
case and surrounding whitespace so ``--tag gdp`` finds ``GDP``.  An unknown section title is an
error rather than an empty export, because an empty file after a typo looks like data loss.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from document.annotation import Annotation
from document.model import Document, OutlineEntry
from storage.exchange.errors import ExchangeError

SECTION_SEPARATOR = " › "


@dataclass(frozen=True)
class ExportFilter:
    tag: str | None = None
    author: str | None = None
    section: str | None = None
    include_deleted: bool = False

    @property
    def active(self) -> bool:
        return any(value is not None for value in (self.tag, self.author, self.section))


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


TAG_SEPARATOR = "/"  # "承诺/经济" is a child of "承诺"


def tag_matcher(wanted: str) -> Callable[[str], bool]:
    """The one tag-filter rule, shared by ``pizhu export --tag`` and the GUI annotations panel.

    Filter ``T`` matches the tag ``T`` and every tag below it (``T/…``, any depth), so
    ``承诺`` finds ``承诺`` and ``承诺/经济`` but not ``承诺书``.  Comparison ignores surrounding
    whitespace and case (``casefold``: ``gdp`` finds ``GDP``; Chinese has no case, so it is
    exact there); a trailing ``/`` on the filter is ignored.  An empty filter matches every tag.
    """
    folded = wanted.strip().casefold().rstrip(TAG_SEPARATOR)
    children = folded + TAG_SEPARATOR

    def matches(tag: str) -> bool:
        candidate = tag.strip().casefold()
        return candidate == folded or candidate.startswith(children)

    return matches


def _section_entries(document: Document, title: str) -> list[OutlineEntry]:
    entries = [entry for entry in document.entries() if _same(entry.title, title)]
    if not entries:
        known = ", ".join(entry.title for entry in document.outline) or "none"
        raise ExchangeError(f"no section titled {title!r} in {document.title or document.id} (top-level sections: {known})")
    return entries


def select(annotations: Sequence[Annotation], document: Document | None, chosen: ExportFilter) -> list[Annotation]:
    """The annotations that pass ``chosen``, in document order (start, then created, then id)."""
    entries: list[OutlineEntry] = []
    if chosen.section is not None:
        if document is None:
            raise ExchangeError("a section filter needs the document's outline")
        entries = _section_entries(document, chosen.section)
    kept = []
    tag_matches = tag_matcher(chosen.tag) if chosen.tag is not None else None
    for annotation in annotations:
        if annotation.deleted and not chosen.include_deleted:
            continue
        if tag_matches is not None and not any(tag_matches(tag) for tag in annotation.tags):
            continue
        if chosen.author is not None and not _same(annotation.author, chosen.author):
            continue
        if entries and not any(document.sections.holds(entry, annotation.start) for entry in entries):
            continue
        kept.append(annotation)
    kept.sort(key=lambda a: (a.start, a.end, a.created, a.id))
    return kept


def section_path(document: Document | None, offset: int) -> list[OutlineEntry]:
    return [] if document is None else document.section_path(offset)


def section_label(document: Document | None, offset: int) -> str:
    """``三、2023 年重点工作 › （一）…`` for the section holding ``offset`` ("" outside any)."""
    return SECTION_SEPARATOR.join(entry.title for entry in section_path(document, offset))
