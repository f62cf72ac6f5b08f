"""Reading a damaged store: what could be read, and never a partial list passed off as whole.

Used by the store's annotation reads (:mod:`storage.loading`, :mod:`storage.reading`; kept apart so they stay
about rows).  Both functions end in :class:`~storage.errors.StoreDamaged`, which carries the
readable annotations and the count of unreadable ones, and says so in one line.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from document.annotation import Annotation
from storage import convert
from storage.errors import StoreDamaged
from storage.opening import one_line
from storage.schema import AnnotationRow


def salvage(rows: Sequence[Any], tag_names: Callable[[set[int]], dict[int, str]], path: Path) -> StoreDamaged:
    """Convert rows one by one (the fast path failed on one of them): the error to raise,
    carrying every row that could be read, in the usual order."""
    readable: list[Annotation] = []
    problems: list[str] = []
    for row in rows:
        try:
            ids = convert.tag_ids_from_links(row[-1])
            names = tag_names(set(ids))
            missing = [i for i in ids if i not in names]
            if missing:
                raise KeyError(f"tag {missing[0]} does not exist")
            readable.extend(convert.annotations_from_rows([row], {row[-1]: tuple(names[i] for i in ids)}))
        except (ValueError, TypeError, KeyError) as error:
            problems.append(f"{str(row[0])[:80]}: {one_line(error)}")
    readable.sort(key=lambda a: (a.start, a.end, a.created, a.id))
    return StoreDamaged(
        f"the annotation store {path} is damaged: {len(problems):,} of {len(rows):,} "
        f"annotations cannot be read (first: {problems[0] if problems else 'unknown'}); restore it from a backup",
        readable=tuple(readable), unreadable=len(problems))


def cross_check(session: Session, criteria: list[ColumnElement[bool]], found: list[Annotation],
                path: Path, known: str | None) -> None:
    """Refuse to pass off a partial read as complete.

    A full read goes through the document index; a damaged index (which ``quick_check`` does
    not notice) silently drops or repeats rows.  Counting the same rows by scanning the table
    itself (``NOT INDEXED``, a few ms for 10,000 rows) and looking for repeated ids catches
    that; so does a store that failed its integrity check at open (``known``).
    """
    in_table = session.execute(
        select(func.count()).select_from(AnnotationRow.__table__)
        .with_hint(AnnotationRow.__table__, "NOT INDEXED").where(*criteria)
    ).scalar_one()
    unique = {a.id: a for a in found}
    problem = known
    if problem is None and (in_table != len(found) or len(unique) != len(found)):
        problem = (f"the annotation store {path} is damaged: its index lists {len(found):,} "
                   f"annotations of this document, its table {in_table:,}; restore it from a backup")
    if problem:
        raise StoreDamaged(problem, readable=tuple(unique.values()), unreadable=max(0, in_table - len(unique)))
