"""The commitment ledger of one document: detected suggestions and tracked commitments together.

What the CLI (``pizhu commitments``), the exports and the Commitments panel show is one list of
:class:`LedgerEntry`, built here from the detector's candidates and the store's annotations,
histories and dismissals:

* A **tracked** commitment is a live annotation with commitment fields; its status and history
  come from the store.  A suggestion that a tracked commitment covers (their ranges overlap by
  at least half of the shorter) is not listed again.
* An **untracked suggestion** is a candidate nobody tracked or dismissed; its status is None.
* A **dismissed** suggestion is left out (or flagged, with ``include_dismissed``).  Dismissals
  are matched by quote and position: a dismissal hides the candidate with the same quote
  nearest to where it was dismissed (so a re-detected suggestion stays dismissed even when
  offsets move), or failing that a candidate whose range overlaps it by most of both.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from document.annotation import Annotation, Commitment, CommitmentStatus, StatusEntry, TextQuote, new_annotation_id
from document.commitments import CommitmentCandidate, describe_passage, detect_commitments
from document.model import Document
from storage.records import Dismissal

SECTION_SEPARATOR = " › "
_OVERLAP_TRACKED = 0.5   # of the shorter range
_OVERLAP_DISMISSED = 0.8  # of both ranges


@dataclass(frozen=True)
class LedgerEntry:
    """One row of the ledger: a tracked commitment or an untracked suggestion."""

    start: int
    end: int
    quote: str
    commitment: Commitment          # the fields; status ``open`` for a suggestion
    section: str
    annotation: Annotation | None   # the tracked annotation, None for a suggestion
    history: tuple[StatusEntry, ...] = ()
    suggestion: CommitmentCandidate | None = None
    dismissed: bool = False
    dismissals: tuple[str, ...] = ()  # ids of the dismissals hiding it (``Store.undismiss`` brings it back)

    @property
    def tracked(self) -> bool:
        return self.annotation is not None

    @property
    def status(self) -> CommitmentStatus | None:
        return self.commitment.status if self.annotation is not None else None


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _covers(annotation: Annotation, candidate: CommitmentCandidate) -> bool:
    shorter = min(annotation.end - annotation.start, candidate.end - candidate.start) or 1
    return _overlap(annotation.start, annotation.end, candidate.start, candidate.end) >= _OVERLAP_TRACKED * shorter


def dismissals_hiding(candidates: Sequence[CommitmentCandidate],
                      dismissals: Iterable[Dismissal]) -> dict[int, list[Dismissal]]:
    """The dismissals hiding each candidate, by candidate index (see the module documentation)."""
    hidden: dict[int, list[Dismissal]] = {}
    by_quote: dict[str, list[int]] = {}
    for index, candidate in enumerate(candidates):
        by_quote.setdefault(candidate.quote, []).append(index)
    for dismissal in dismissals:
        same = by_quote.get(dismissal.quote)
        if same:
            nearest = min(same, key=lambda i: abs(candidates[i].start - dismissal.start))
            hidden.setdefault(nearest, []).append(dismissal)
            continue
        for index, candidate in enumerate(candidates):
            common = _overlap(candidate.start, candidate.end, dismissal.start, dismissal.end)
            if common >= _OVERLAP_DISMISSED * max(candidate.end - candidate.start, dismissal.end - dismissal.start, 1):
                hidden.setdefault(index, []).append(dismissal)
    return hidden


def dismissed_candidates(candidates: Sequence[CommitmentCandidate], dismissals: Iterable[Dismissal]) -> set[int]:
    """Indexes of the candidates the dismissals hide (see the module documentation)."""
    return set(dismissals_hiding(candidates, dismissals))


class _Coverage:
    """Which candidates each tracked annotation covers, found by bisection: candidates are
    short (a clause), so only those starting less than the longest candidate before an
    annotation can overlap it — the ledger stays linear in practice with 1,000 tracked
    commitments and thousands of candidates, where comparing every pair took seconds."""

    def __init__(self, candidates: Sequence[CommitmentCandidate]) -> None:
        self.order = sorted(range(len(candidates)), key=lambda i: (candidates[i].start, i))
        self.starts = [candidates[i].start for i in self.order]
        self.reach = max((c.end - c.start for c in candidates), default=0)
        self.candidates = candidates

    def covered_by(self, annotation: Annotation) -> list[int]:
        """Indexes of the candidates ``annotation`` covers, in candidate order."""
        low = bisect_left(self.starts, annotation.start - self.reach)
        high = bisect_left(self.starts, annotation.end)
        return sorted(i for i in self.order[low:high] if _covers(annotation, self.candidates[i]))


def build_ledger(document: Document, annotations: Iterable[Annotation],
                 histories: dict[str, list[StatusEntry]], dismissals: Iterable[Dismissal],
                 candidates: Sequence[CommitmentCandidate] | None = None,
                 include_dismissed: bool = False) -> list[LedgerEntry]:
    """The ledger in document order (see the module documentation)."""
    candidates = detect_commitments(document) if candidates is None else candidates
    tracked = sorted((a for a in annotations if a.commitment is not None and not a.deleted),
                     key=lambda a: (a.start, a.end, a.created, a.id))
    hidden = dismissals_hiding(candidates, dismissals)
    coverage = _Coverage(candidates)
    covered: set[int] = set()
    entries = []
    sections = document.sections
    labels: dict[int, str] = {}     # section index → label: a thousand commitments share a few dozen
    for a in tracked:
        covers = coverage.covered_by(a)
        covered.update(covers)
        where = sections.section_of(a.start)
        label = labels.get(where)
        if label is None:
            label = labels[where] = section_label(document, a.start)
        entries.append(LedgerEntry(
            start=a.start, end=a.end, quote=a.quote.exact, commitment=a.commitment,  # type: ignore[arg-type]
            section=label, annotation=a,
            history=tuple(e for e in histories.get(a.id, ()) if e.live),
            suggestion=candidates[covers[0]] if covers else None))
    for index, candidate in enumerate(candidates):
        if index in covered:
            continue
        if index in hidden and not include_dismissed:
            continue
        entries.append(LedgerEntry(start=candidate.start, end=candidate.end, quote=candidate.quote,
                                   commitment=candidate.as_commitment(), section=candidate.section,
                                   annotation=None, suggestion=candidate, dismissed=index in hidden,
                                   dismissals=tuple(d.id for d in hidden.get(index, ()))))
    entries.sort(key=lambda e: (e.start, e.end, not e.tracked))
    return entries


def load_ledger(store: Any, document: Document, include_dismissed: bool = False) -> list[LedgerEntry]:
    """:func:`build_ledger` with what ``store`` holds for ``document`` (a store of None: none)."""
    if store is None:
        return build_ledger(document, [], {}, [], include_dismissed=include_dismissed)
    return build_ledger(document, store.annotations(document.id), store.commitment_histories(document.id),
                        store.dismissals(document.id), include_dismissed=include_dismissed)


def section_label(document: Document, offset: int) -> str:
    return SECTION_SEPARATOR.join(entry.title for entry in document.section_path(offset))


def annotation_for(document: Document, start: int, end: int, commitment: Commitment, *, color: str,
                   author: str = "") -> Annotation:
    """A new highlight of ``document[start:end]`` carrying ``commitment`` (for ``Store.track``)."""
    return Annotation(id=new_annotation_id(), document_id=document.id, start=start, end=end,
                      quote=TextQuote.from_text(document.text, start, end), color=color,
                      author=author, commitment=commitment)


def suggestion_annotation(document: Document, candidate: CommitmentCandidate, *, color: str,
                          author: str = "") -> Annotation:
    """The highlight that tracks a suggestion (the GUI passes its 承诺 colour)."""
    return annotation_for(document, candidate.start, candidate.end, candidate.as_commitment(),
                          color=color, author=author)


def passage_annotation(document: Document, start: int, end: int, *, color: str, author: str = "") -> Annotation:
    """The highlight that tracks a passage the detector missed ("Track as commitment"): its
    fields are read from the passage as the detector would read them."""
    return annotation_for(document, start, end, describe_passage(document, start, end).as_commitment(),
                          color=color, author=author)
