"""Where an annotation that needs attention might belong in the current text, with context.

Pure functions over :mod:`document.anchoring` so the dock shows exactly what re-anchoring
thinks: the best candidate and its score, or nothing for an orphan.  The context is a few
characters either side, enough to recognise the passage without reading the whole report.
"""
from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from document.anchoring import AnchorResult
from document.annotation import AnchorState, Annotation

CONTEXT = 24   # characters of context shown on each side


@dataclass(frozen=True)
class Passage:
    """Text split around a highlighted middle, for display."""

    before: str
    middle: str
    after: str


@dataclass(frozen=True)
class Candidate:
    """The best place for an annotation in the current text (``passage`` None: none found)."""

    result: "AnchorResult"
    passage: Passage | None

    @property
    def usable(self) -> bool:
        return self.passage is not None and self.result.end > self.result.start


def stored_passage(annotation: Annotation) -> Passage:
    """The quote as the author highlighted it, with the stored prefix and suffix."""
    quote = annotation.quote
    return Passage(quote.prefix[-CONTEXT:], quote.exact, quote.suffix[:CONTEXT])


def passage_at(text: str, start: int, end: int) -> Passage:
    return Passage(text[max(0, start - CONTEXT):start], text[start:end], text[end:end + CONTEXT])


def best_candidate(text: str, annotation: Annotation) -> Candidate:
    """Re-anchor ``annotation`` on ``text``; an orphan verdict has no candidate to offer."""
    from document.anchoring import reanchor  # rapidfuzz loads when first needed

    result = reanchor(text, annotation.quote, annotation.start, annotation.end)
    if result.state is AnchorState.ORPHAN or result.end <= result.start:
        return Candidate(result, None)
    return Candidate(result, passage_at(text, result.start, result.end))


def accepted_state(text: str, annotation: Annotation, start: int, end: int) -> AnchorState:
    """``anchored`` when the text there still reads as the quote, else ``changed``."""
    found, exact = text[start:end], annotation.quote.exact
    return AnchorState.ANCHORED if "".join(found.split()) == "".join(exact.split()) else AnchorState.CHANGED
