"""Tags are many-to-many with colours; rename, merge and delete touch every annotation once."""
from __future__ import annotations


import pytest

from storage.errors import StoreError
from storage.store import Store
from store_samples import DOC, OTHER_DOC, sample


def counts(store: Store, document_id: str | None = None) -> dict[str, int]:
    return {t.name: t.count for t in store.tags(document_id)}


def test_tags_are_shared_and_counted_per_document(store: Store):
    store.add(sample(tags=("承诺", "GDP")))
    store.add(sample(tags=("承诺",)))
    store.add(sample(document_id=OTHER_DOC, tags=("承诺", "就业")))
    assert counts(store) == {"GDP": 1, "就业": 1, "承诺": 3}
    assert counts(store, DOC) == {"GDP": 1, "承诺": 2}
    assert counts(store, OTHER_DOC) == {"就业": 1, "承诺": 1}


def test_colours(store: Store):
    store.add(sample(tags=("a",)))
    store.set_tag_color("a", "#ff0000")
    store.set_tag_color("新标签", "#00ff00")  # a tag can be defined before it is used
    assert {t.name: (t.color, t.count) for t in store.tags()} == {
        "a": ("#ff0000", 1), "新标签": ("#00ff00", 0)}
    store.set_tag_color("a", None)
    assert store.tags(DOC)[0].color is None


def test_rename_changes_every_annotation_and_bumps_modified(store: Store):
    one = store.add(sample(tags=("x", "old", "y")))
    deleted = store.add(sample(tags=("old",)))
    store.delete([deleted.id])
    other = store.add(sample(tags=("y",)))
    store.set_tag_color("old", "#123456")
    store.rename_tag("old", "新")
    renamed = store.get(one.id)
    assert renamed.tags == ("x", "新", "y") and renamed.modified > one.modified
    assert store.get(other.id) == other  # untouched
    assert store.get(deleted.id).tags == ("新",)
    assert {t.name: (t.color, t.count) for t in store.tags()} == {
        "x": (None, 1), "y": (None, 2), "新": ("#123456", 1)}


def test_rename_onto_an_existing_tag_merges(store: Store):
    both = store.add(sample(tags=("目标", "指标")))
    only_old = store.add(sample(tags=("目标", "z")))
    store.set_tag_color("指标", "#abcdef")
    store.rename_tag("目标", "指标")
    assert store.get(both.id).tags == ("指标",)
    assert store.get(only_old.id).tags == ("指标", "z")
    assert {t.name: (t.color, t.count) for t in store.tags()} == {"指标": ("#abcdef", 2), "z": (None, 1)}


def test_rename_errors_and_no_ops(store: Store):
    annotation = store.add(sample(tags=("a",)))
    with pytest.raises(StoreError, match="no tag"):
        store.rename_tag("missing", "b")
    with pytest.raises(StoreError, match="empty"):
        store.rename_tag("a", "  ")
    store.rename_tag("a", "a")
    assert store.get(annotation.id) == annotation


def test_merge_tags(store: Store):
    a = store.add(sample(tags=("s1", "s2", "keep")))
    b = store.add(sample(tags=("s2",)))
    c = store.add(sample(tags=("keep",)))
    store.set_tag_color("s2", "#222222")
    store.merge_tags(["s1", "s2", "missing"], "T")
    assert store.get(a.id).tags == ("T", "keep")
    assert store.get(b.id).tags == ("T",)
    assert store.get(c.id) == c
    assert {t.name: (t.color, t.count) for t in store.tags()} == {"T": ("#222222", 2), "keep": (None, 2)}


def test_delete_tag(store: Store):
    a = store.add(sample(tags=("a", "b")))
    store.set_tag_color("a", "#111111")
    store.delete_tag("a")
    store.delete_tag("never-existed")
    stored = store.get(a.id)
    assert stored.tags == ("b",) and stored.modified > a.modified
    assert counts(store) == {"b": 1}
    store.add(sample(tags=("a",)))
    assert store.tags(DOC)[0].color is None  # the colour went with the tag


def test_authors(store: Store):
    store.add(sample(author="乙"))
    store.add(sample(author="甲"))
    gone = store.add(sample(author="丙"))
    store.add(sample(author="丁", document_id=OTHER_DOC))
    store.add(sample())
    store.delete([gone.id])
    assert store.authors() == sorted(["乙", "甲", "丁"])
    assert store.authors(DOC) == sorted(["乙", "甲"])
