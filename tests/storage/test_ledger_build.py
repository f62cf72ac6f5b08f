"""build_ledger at scale: which suggestions a tracked commitment covers is found by bisection,
and must agree with comparing every pair; dismissed entries name the dismissals hiding them."""
from __future__ import annotations

import random
from datetime import datetime, timezone

import pytest

from document.annotation import Annotation, Commitment, TextQuote, new_annotation_id
from document.commitments import detect_commitments
from document.loading import load_document
from storage.ledger import build_ledger, section_label
from storage.records import Dismissal

T = datetime(2024, 3, 5, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def report():
    return load_document(None)


@pytest.fixture(scope="module")
def candidates(report):
    return detect_commitments(report)


def _tracked(report, start: int, end: int) -> Annotation:
    return Annotation(id=new_annotation_id(), document_id=report.id, start=start, end=end,
                      quote=TextQuote.from_text(report.text, start, end), commitment=Commitment(indicator="x"),
                      created=T, modified=T)


def _covers(a, c) -> bool:
    """The ledger's rule, written out plainly: overlap by half of the shorter range."""
    shorter = min(a.end - a.start, c.end - c.start) or 1
    return max(0, min(a.end, c.end) - max(a.start, c.start)) >= 0.5 * shorter


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_coverage_by_bisection_agrees_with_every_pair(report, candidates, seed):
    rng = random.Random(seed)
    tracked = []
    for _ in range(300):
        if rng.random() < 0.5:            # around a candidate, shifted a little
            c = rng.choice(candidates)
            start = max(0, c.start + rng.randint(-20, 20))
            end = min(len(report.text), max(start + 1, c.end + rng.randint(-20, 20)))
        else:                             # anywhere, any length
            start = rng.randrange(0, len(report.text) - 200)
            end = start + rng.randint(1, 200)
        tracked.append(_tracked(report, start, end))
    ledger = build_ledger(report, tracked, {}, [], candidates=candidates)
    by_id = {e.annotation.id: e for e in ledger if e.tracked}
    for annotation in tracked:
        expected = next((c for c in candidates if _covers(annotation, c)), None)
        assert by_id[annotation.id].suggestion == expected
        assert by_id[annotation.id].section == section_label(report, annotation.start)
    shown = {(e.start, e.end) for e in ledger if not e.tracked}
    assert shown == {(c.start, c.end) for c in candidates if not any(_covers(a, c) for a in tracked)}


def test_dismissed_entries_name_their_dismissals(report, candidates):
    first, second = candidates[0], candidates[1]
    dismissals = [Dismissal(new_annotation_id(), report.id, first.start, first.end, first.quote, "甲", T),
                  Dismissal(new_annotation_id(), report.id, first.start, first.end, first.quote, "乙", T)]
    ledger = build_ledger(report, [], {}, dismissals, candidates=candidates, include_dismissed=True)
    flagged = {e.quote: e for e in ledger if e.dismissed}
    assert set(flagged) == {first.quote}
    assert flagged[first.quote].dismissals == tuple(d.id for d in dismissals)
    assert next(e for e in ledger if e.quote == second.quote).dismissals == ()
