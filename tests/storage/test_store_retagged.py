"""Tag-wide operations report what they changed, in every document, so the GUI can undo them."""
from __future__ import annotations

from storage.store import Store
from store_samples import OTHER_DOC, sample


def test_rename_reports_each_changed_annotation_before_and_after(store: Store):
    one = store.add(sample(tags=("x", "old", "y")))
    elsewhere = store.add(sample(document_id=OTHER_DOC, tags=("old",)))
    untouched = store.add(sample(tags=("y",)))
    gone = store.add(sample(tags=("old",)))
    store.delete([gone.id])
    retagged = store.rename_tag("old", "new")
    assert [a.id for a in retagged.before] == [a.id for a in retagged.after]
    assert {a.id for a in retagged.after} == {one.id, elsewhere.id}       # live ones, any document
    before = {a.id: a for a in retagged.before}
    after = {a.id: a for a in retagged.after}
    assert before[one.id] == one and after[one.id] == store.get(one.id)
    assert after[one.id].tags == ("x", "new", "y") and after[elsewhere.id].tags == ("new",)
    assert after[one.id].modified > one.modified
    assert untouched.id not in after


def test_merge_and_delete_report_too_and_nothing_is_an_empty_report(store: Store):
    a = store.add(sample(tags=("s1", "T")))
    b = store.add(sample(tags=("s2",)))
    merged = store.merge_tags(["s1", "s2"], "T")
    assert {x.id: x.tags for x in merged.after} == {a.id: ("T",), b.id: ("T",)}
    deleted = store.delete_tags(["T", "never-existed"])
    assert {x.id: x.tags for x in deleted.before} == {a.id: ("T",), b.id: ("T",)}
    assert {x.id: x.tags for x in deleted.after} == {a.id: (), b.id: ()}
    assert store.delete_tag("T").after == () and store.merge_tags([], "y").after == ()
