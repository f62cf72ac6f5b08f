"""Merging annotations from an exchange file (docs/architecture.md §7), in one transaction."""
from __future__ import annotations

from pathlib import Path

import pytest

from document.annotation import Commitment, CommitmentStatus
from storage.errors import StoreError
from storage.merging import Decision, decide
from storage.store import Store
from store_samples import DOC, OTHER_DOC, at, sample


def test_unknown_ids_are_added(store: Store):
    incoming = [sample(0, 2, tags=("a",), author="甲"), sample(3, 4, document_id=OTHER_DOC)]
    result = store.merge(incoming)
    assert (result.added, result.updated, result.unchanged, result.older_skipped) == (2, 0, 0, 0)
    assert result.added_ids == tuple(a.id for a in incoming)
    assert store.annotations(DOC) == [incoming[0]]
    assert store.document_record(OTHER_DOC) is not None


def test_newer_wins_tie_keeps_local_older_is_skipped(store: Store):
    local = [sample(when=10, note="local") for _ in range(3)]
    store.add_many(local)
    newer = local[0].with_changes(note="newer", modified=at(11))
    tie = local[1].with_changes(note="tie", modified=at(10))
    older = local[2].with_changes(note="older", modified=at(9))
    result = store.merge([newer, tie, older])
    assert result.updated_ids == (newer.id,)
    assert result.unchanged_ids == (tie.id,)
    assert result.older_skipped_ids == (older.id,)
    assert {a.id: a.note for a in store.annotations(DOC)} == {
        newer.id: "newer", tie.id: "local", older.id: "local"}
    assert store.get(newer.id) == newer


def test_tombstone_beats_older_edit_and_older_live_copy_stays_deleted(store: Store):
    edited = store.add(sample(when=10, note="edited locally"))
    tombstone = edited.with_changes(deleted=True, modified=at(20))
    result = store.merge([tombstone])
    assert result.updated_ids == (edited.id,) and result.deleted_ids == (edited.id,)
    assert store.annotations(DOC) == [] and store.get(edited.id).deleted

    for stale in (edited, edited.with_changes(note="same time", modified=at(20))):
        result = store.merge([stale])
        assert result.updated == 0 and store.get(edited.id).deleted


def test_local_tombstone_beats_older_incoming_edit(store: Store):
    annotation = store.add(sample(when=10))
    [tombstone] = store.delete([annotation.id])
    result = store.merge([annotation.with_changes(note="edited elsewhere", modified=at(11))])
    assert result.older_skipped == 1
    assert store.get(annotation.id) == tombstone


def test_edit_after_deletion_brings_it_back(store: Store):
    annotation = store.add(sample(when=10))
    [tombstone] = store.delete([annotation.id])
    later = annotation.with_changes(note="edited after the delete",
                                    modified=tombstone.modified.replace(year=tombstone.modified.year + 1))
    assert store.merge([later]).updated == 1
    assert store.annotations(DOC) == [later]


def test_incoming_tombstone_for_an_unknown_id_is_kept(store: Store):
    ghost = sample(when=30, deleted=True)
    result = store.merge([ghost])
    assert result.added_ids == (ghost.id,) and result.deleted_ids == (ghost.id,)
    assert store.annotations(DOC) == []
    assert store.merge([ghost.with_changes(deleted=False, modified=at(29))]).older_skipped == 1


def test_identical_and_same_file_twice_change_nothing(store: Store, tmp_path: Path):
    local = store.add(sample(when=5, tags=("a", "b")))
    incoming = [
        local,
        local.with_changes(note="newer", modified=at(6)),  # same id twice: the later entry wins
        sample(when=1, tags=(" b ", "c", "c"), commitment=Commitment(status=CommitmentStatus.MISSED)),
        sample(when=2, deleted=True),
    ]
    first = store.merge(incoming)
    assert (first.added, first.updated, first.unchanged) == (2, 1, 1)
    snapshot = store.annotations(DOC, include_deleted=True)
    history = {a.id: store.commitment_history(a.id) for a in snapshot}
    tags = store.tags()
    files = (tmp_path / "pizhu.sqlite3", tmp_path / "pizhu.sqlite3-wal")
    sizes = [(f.stat().st_mtime_ns, f.stat().st_size) for f in files]

    second = store.merge(incoming)
    assert (second.added, second.updated) == (0, 0)
    assert second.unchanged + second.older_skipped == len(incoming)
    assert not second.changed
    assert store.annotations(DOC, include_deleted=True) == snapshot
    assert {a.id: store.commitment_history(a.id) for a in snapshot} == history
    assert store.tags() == tags
    assert [(f.stat().st_mtime_ns, f.stat().st_size) for f in files] == sizes  # nothing written


def test_dry_run_reports_the_same_and_writes_nothing(store: Store, tmp_path: Path):
    local = store.add(sample(when=5))
    incoming = [sample(when=1), local.with_changes(note="newer", modified=at(6)),
                local.with_changes(note="older", modified=at(4))]
    wal = Path(str(tmp_path / "pizhu.sqlite3") + "-wal")
    before = (store.annotations(DOC, include_deleted=True), wal.stat().st_size)
    dry = store.merge(incoming, dry_run=True)
    assert dry.dry_run and (dry.added, dry.updated, dry.unchanged, dry.older_skipped) == (1, 1, 0, 1)
    assert (store.annotations(DOC, include_deleted=True), wal.stat().st_size) == before
    real = store.merge(incoming)
    assert (real.added_ids, real.updated_ids, real.older_skipped_ids) == (
        dry.added_ids, dry.updated_ids, dry.older_skipped_ids)


def test_merged_status_change_enters_the_history(store: Store):
    local = store.add(sample(when=1, commitment=Commitment(indicator="GDP")))
    store.merge([local.with_changes(commitment=Commitment(indicator="GDP", status=CommitmentStatus.ACHIEVED),
                                    modified=at(2))])
    history = store.commitment_history(local.id)
    assert [(e.previous, e.status) for e in history] == [
        (None, CommitmentStatus.OPEN), (CommitmentStatus.OPEN, CommitmentStatus.ACHIEVED)]
    assert history[-1].at == at(2)


def test_histories_merge_as_a_union_by_id_and_retractions_win(store: Store, tmp_path: Path):
    """Two stores change the same commitment; each file's entries join the other's history."""
    mine = store.add(sample(when=1, commitment=Commitment(indicator="GDP"), author="甲"))
    with Store.open(tmp_path / "theirs.sqlite3") as theirs:
        theirs.merge([mine], history=store.commitment_history(mine.id))
        _a, their_entry = theirs.change_status(mine.id, CommitmentStatus.MISSED, author="乙", note="见年报")
        _b, mistaken = theirs.change_status(mine.id, CommitmentStatus.UNCLEAR, author="乙")
        theirs.retract_status_change(mistaken.id)
        their_annotation = theirs.get(mine.id)
        their_history = theirs.commitment_histories(DOC)[mine.id]
    _c, my_entry = store.change_status(mine.id, CommitmentStatus.IN_PROGRESS, author="甲")
    store.merge([their_annotation], history=their_history)
    merged = store.commitment_history(mine.id, include_retracted=True)
    assert {e.id for e in merged} == {e.id for e in their_history} | {my_entry.id}
    assert [e.id for e in merged if not e.live] == [mistaken.id]
    assert their_entry in merged
    # Merging the same history again changes nothing; a later retraction on this side stays.
    store.retract_status_change(their_entry.id)
    store.merge([their_annotation], history=their_history)
    assert not next(e for e in store.commitment_history(mine.id, True) if e.id == their_entry.id).live
    assert len(store.commitment_history(mine.id, include_retracted=True)) == len(merged)


def test_decide_is_pure():
    local = sample(when=10)
    assert decide(None, local) is Decision.ADDED
    assert decide(local, local) is Decision.UNCHANGED
    assert decide(local, local.with_changes(note="x", modified=at(10))) is Decision.UNCHANGED
    assert decide(local, local.with_changes(modified=at(11))) is Decision.UPDATED
    assert decide(local, local.with_changes(deleted=True, modified=at(9))) is Decision.OLDER_SKIPPED


def test_a_failing_merge_writes_nothing(store: Store):
    local = store.add(sample(when=1))
    good_new = sample(when=1)
    good_update = local.with_changes(note="newer", modified=at(2))
    broken = sample(when=1, end=None)  # NOT NULL violated by the database, mid-transaction
    with pytest.raises(StoreError):
        store.merge([good_new, good_update, broken])
    assert store.annotations(DOC, include_deleted=True) == [local]
