"""The in-memory annotation index (gui/core/index.py): pure Python, no widgets.

Its aggregates are checked against a recomputation from scratch after every step of random
edit sequences, so "kept in step" means the same as "recomputed"."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from document.annotation import NEEDS_ATTENTION, AnchorState, Annotation, TextQuote
from document.loading import load_document
from gui.core.changes import AnnotationChange, Cause, Edited
from gui.core.index import AnnotationIndex, tag_parents

DOC = "urn:sha256:" + "cd" * 32
T = datetime(2024, 3, 5, tzinfo=timezone.utc)


def make(i: int, start: int = 0, tags=(), author="甲", state=AnchorState.ANCHORED, document=DOC) -> Annotation:
    return Annotation(id=f"a{i}", document_id=document, start=start, end=start + 3, quote=TextQuote("引文"),
                      tags=tuple(tags), author=author, state=state, created=T, modified=T)


def recomputed(values: list[Annotation]) -> dict:
    live = [a for a in values if not a.deleted]
    return {
        "starts": sorted(a.start for a in live if a.state is not AnchorState.ORPHAN),
        "tags": Counter(t for a in live for t in a.tags),
        "authors": sorted({a.author for a in live if a.author}),
        "attention": sorted((a.start, a.end, a.id) for a in live if a.state in NEEDS_ATTENTION),
    }


def observed(index: AnnotationIndex) -> dict:
    return {
        "starts": list(index.placed_starts()),
        "tags": Counter(dict(index.tag_counts())),
        "authors": index.authors(),
        "attention": [(a.start, a.end, a.id) for a in index.needs_attention()],
    }


def test_reset_ignores_tombstones_and_orders_attention_by_position():
    values = [make(1, 40, tags=("承诺/经济",), state=AnchorState.REVIEW), make(2, 5, author="乙"),
              replace(make(3, 9), deleted=True), make(4, 0, state=AnchorState.ORPHAN)]
    index = AnnotationIndex(values, {"承诺": "#ff0000"})
    assert set(index) == {"a1", "a2", "a4"} and len(index) == 3 and "a3" not in index
    assert index.placed_starts() == [5, 40]                   # the orphan's stale start counts nowhere
    assert [a.id for a in index.needs_attention()] == ["a4", "a1"]
    assert index.tags_with_parents() == ["承诺", "承诺/经济"]
    assert index.authors() == ["乙", "甲"] and index.tag_colors == {"承诺": "#ff0000"}
    assert index.live(["a2", "zz", "a2", "a1"]) == [values[1], values[0]]


def test_change_to_reports_added_updated_removed_and_ignores_other_documents():
    index = AnnotationIndex([make(1, 10), make(2, 20)])
    edited = replace(make(1, 10), note="新")
    stored = [edited, replace(make(2, 20), deleted=True), make(3, 30), make(9, 1, document="other"), make(1, 10)]
    change = index.change_to(DOC, stored[:4], Cause.OPERATION)
    assert change.added == (stored[2],)
    assert change.updated == (Edited(make(1, 10), edited),)
    assert [a.id for a in change.removed] == ["a2"]
    assert not change.reset and change.size == 3
    # Unchanged values and unknown tombstones are no change at all.
    assert index.change_to(DOC, [make(1, 10), replace(make(7), deleted=True)], Cause.OPERATION).empty
    # A complete re-read removes whatever it no longer lists; "gone" removes by id.
    assert [a.id for a in index.change_to(DOC, [make(1, 10)], Cause.REFRESH, complete=True).removed] == ["a2"]
    assert [a.id for a in index.change_to(DOC, [], Cause.OPERATION, gone=["a1", "zz"]).removed] == ["a1"]


def test_preview_leaves_the_index_alone_and_load_replaces_it():
    index = AnnotationIndex([make(1)])
    index.apply(AnnotationChange(DOC, Cause.PREVIEW, added=(make(5),)))
    assert set(index) == {"a1"}
    index.apply(AnnotationChange(DOC, Cause.LOAD, added=(make(5), make(6)), tag_colors={"t": "#000000"}))
    assert set(index) == {"a5", "a6"} and index.tag_colors == {"t": "#000000"}


def test_tag_parents():
    assert tag_parents("承诺/经济/GDP") == ["承诺", "承诺/经济"]
    assert tag_parents("承诺") == []


def test_section_counts_use_the_document_outline():
    document = load_document(None)
    first = document.entries()[1]
    values = [make(i, first.start + i) for i in range(3)] + [make(9, first.start, state=AnchorState.ORPHAN)]
    counts = AnnotationIndex(values).section_counts(document.sections)
    assert counts[first.start] == 3


states = st.sampled_from(list(AnchorState))
steps = st.lists(st.tuples(st.sampled_from(["add", "edit", "remove"]), st.integers(0, 7), st.integers(0, 50),
                           st.lists(st.sampled_from(["承诺", "承诺/经济", "目标"]), max_size=2, unique=True),
                           st.sampled_from(["甲", "乙", ""]), states), max_size=40)


@settings(max_examples=150, deadline=None)
@given(steps)
def test_aggregates_match_a_recomputation_after_every_change(sequence):
    index = AnnotationIndex()
    truth: dict[str, Annotation] = {}
    for kind, i, start, tags, author, state in sequence:
        value = make(i, start, tags, author, state)
        if kind == "remove":
            old = truth.pop(value.id, None)
            change = index.change_to(DOC, [replace(old, deleted=True)] if old else [], Cause.OPERATION)
        else:
            truth[value.id] = value
            change = index.change_to(DOC, [value], Cause.OPERATION)
        index.apply(change)
        assert observed(index) == recomputed(list(truth.values()))
        assert dict(index.as_mapping()) == truth
