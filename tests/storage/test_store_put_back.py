"""Undo and redo put values back through ``Store.update_unless_newer``: never over a newer edit."""
from __future__ import annotations

from storage.store import Store
from store_samples import sample


def test_a_put_back_writes_the_fields_nobody_changed_since(store: Store):
    mine = store.add(sample(note="旧", tags=("旧",)))
    edited = store.update(mine.with_changes(note="新"), base=mine)
    store.update(store.get(mine.id).with_changes(tags=("队友",)))     # a teammate retags meanwhile
    result = store.update_unless_newer([edited.with_changes(note="旧")], [edited])
    assert [a.note for a in result.stored] == ["旧"] and result.superseded == () and result.conflicts == ()
    assert store.get(mine.id).note == "旧" and store.get(mine.id).tags == ("队友",)


def test_a_field_someone_else_changed_since_keeps_their_value(store: Store):
    mine = store.add(sample(note="旧"))
    edited = store.update(mine.with_changes(note="我的"), base=mine)
    theirs = store.update(store.get(mine.id).with_changes(note="队友的"))
    result = store.update_unless_newer([edited.with_changes(note="旧")], [edited])
    assert result.stored == () and [a.note for a in result.superseded] == ["队友的"]
    assert store.get(mine.id) == theirs          # untouched: not even ``modified`` moved


def test_a_deletion_waits_for_nobody_having_changed_anything(store: Store):
    mine = store.add(sample(note="旧"))
    store.update(store.get(mine.id).with_changes(color="#90caf9"))        # someone recolours it
    result = store.update_unless_newer([mine.with_changes(deleted=True)], [mine])
    assert [a.id for a in result.superseded] == [mine.id] and not store.get(mine.id).deleted
    unchanged = store.get(mine.id)
    assert store.update_unless_newer([unchanged.with_changes(deleted=True)], [unchanged]).stored[0].deleted


def test_an_annotation_deleted_elsewhere_stays_deleted(store: Store):
    mine = store.add(sample(note="旧"))
    store.delete([mine.id])
    result = store.update_unless_newer([mine.with_changes(note="新")], [mine])
    assert result.conflicts == (mine.id,) and store.get(mine.id).deleted
