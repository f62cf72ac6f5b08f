"""Edits with a base write the fields the caller changed — every field of Annotation."""
from __future__ import annotations

from dataclasses import fields

from document.annotation import AnchorState, Annotation, Commitment, TextQuote
from storage import editing
from storage.store import Store
from store_samples import sample


def test_every_annotation_field_but_identity_and_times_is_editable():
    every = {f.name for f in fields(Annotation)}
    assert set(editing.EDITABLE) == every - {"id", "document_id", "created", "modified"}


def test_an_edit_of_each_editable_field_is_stored_and_keeps_the_others(store: Store):
    """One annotation, one edit per field, each with the previous value as base; between edits
    another window changes the note (or, when the note is the edited field, the colour)."""
    changes = {
        "start": 1, "end": 3, "quote": TextQuote("济运", "经", "行"), "color": "#90caf9",
        "tags": ("承诺", "目标"), "note": "我的批注", "author": "乙", "state": AnchorState.REVIEW,
        "commitment": Commitment("地区生产总值", "6", "%"), "deleted": True,
    }
    assert set(changes) == set(editing.EDITABLE), "a new Annotation field needs an entry here"
    current = store.add(sample(tags=("旧",)))
    for name, value in changes.items():
        other_field, other_value = ("color", "#a5d6a7") if name == "note" else ("note", f"另一窗口 {name}")
        store.update(store.get(current.id).with_changes(**{other_field: other_value}))   # another window
        stored = store.update(current.with_changes(**{name: value}), base=current)
        assert getattr(stored, name) == value, name
        assert getattr(stored, other_field) == other_value, name
        current = stored
