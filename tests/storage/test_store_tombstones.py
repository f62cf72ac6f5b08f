"""Deleting leaves tombstones (so merges cannot resurrect), and undo restores the same ids."""
from __future__ import annotations

from pathlib import Path


from storage.store import Store
from store_samples import DOC, sample


def test_delete_leaves_tombstones_with_bumped_modified(store: Store):
    keep, gone1, gone2 = sample(0, 1), sample(2, 3, tags=("t",)), sample(4, 5)
    store.add_many([keep, gone1, gone2])
    tombstones = store.delete([gone2.id, gone1.id, "unknown-id"])
    assert [t.id for t in tombstones] == [gone2.id, gone1.id]
    assert all(t.deleted and t.modified > gone1.modified for t in tombstones)
    assert [a.id for a in store.annotations(DOC)] == [keep.id]
    assert [a.id for a in store.annotations(DOC, include_deleted=True)] == [keep.id, gone1.id, gone2.id]
    stored = store.get(gone1.id)
    assert stored.deleted and stored.tags == ("t",) and stored == tombstones[1]
    assert {t.name: t.count for t in store.tags()} == {"t": 0}
    assert store.tags(DOC) == []


def test_deleting_a_tombstone_again_changes_nothing(store: Store):
    annotation = store.add(sample())
    [tombstone] = store.delete([annotation.id])
    assert store.delete([annotation.id]) == []
    assert store.get(annotation.id) == tombstone


def test_restore_brings_back_the_same_ids(store: Store):
    annotations = [sample(i, i + 2, tags=("a", "b"), note=f"n{i}", author="甲") for i in range(3)]
    store.add_many(annotations)
    tombstones = store.delete([a.id for a in annotations])
    assert store.annotations(DOC) == []
    restored = store.restore(tombstones)
    assert [a.id for a in store.annotations(DOC)] == [a.id for a in annotations]
    for original, back, tombstone in zip(annotations, store.annotations(DOC), tombstones):
        assert back.deleted is False and back.modified > tombstone.modified
        assert back.with_changes(modified=original.modified) == original
    assert restored == store.annotations(DOC)
    assert store.authors(DOC) == ["甲"]


def test_restore_of_an_annotation_the_store_lost_inserts_it(tmp_path: Path):
    annotation = sample(tags=("x",))
    with Store.open(tmp_path / "other.sqlite3") as store:
        [restored] = store.restore([annotation.with_changes(deleted=True)])
        assert store.get(annotation.id) == restored and not restored.deleted


def test_delete_of_many_is_one_transaction(store: Store):
    annotations = [sample(i, i + 1) for i in range(300)]
    store.add_many(annotations)
    tombstones = store.delete([a.id for a in annotations])
    assert len(tombstones) == 300 and store.annotations(DOC) == []
