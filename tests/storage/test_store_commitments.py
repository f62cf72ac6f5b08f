"""The commitment ledger in the store: tracking, fields, a dated status history with evidence,
undoing a status change, and remembered dismissals — each one transaction with its inverse."""
from __future__ import annotations

import pytest

from document.annotation import (
    Commitment, CommitmentBinding, CommitmentKind, CommitmentStatus, CommitmentStrength, Evidence, TextQuote,
)
from storage.errors import StoreError
from storage.store import Store
from store_samples import DOC, OTHER_DOC, sample

GDP = Commitment(indicator="地区生产总值增长", value="6", unit="%", qualifier="左右", horizon="2023",
                 kind=CommitmentKind.QUANTIFIED, category="经济")


def test_tracking_stores_the_fields_and_a_first_entry_and_delete_undoes_it(store: Store):
    [tracked] = store.track([sample(commitment=GDP, author="甲", color="#ef9a9a")])
    assert store.get(tracked.id).commitment == GDP
    [first] = store.commitment_history(tracked.id)
    assert (first.previous, first.status, first.author, first.at) == (None, CommitmentStatus.OPEN, "甲", tracked.modified)
    tombstones = store.delete([tracked.id])
    assert store.annotations(DOC) == []
    store.restore(tombstones)
    assert store.get(tracked.id).commitment == GDP
    with pytest.raises(StoreError):
        store.track([sample()])  # a plain highlight is not a commitment


def test_every_field_round_trips(store: Store):
    commitment = Commitment("粮食综合生产能力", "300", "亿斤", "以上", "2023-2027", CommitmentStatus.PARTLY,
                            CommitmentKind.QUANTIFIED, CommitmentStrength.AIM, CommitmentBinding.BINDING, "乡村")
    [tracked] = store.track([sample(commitment=commitment)])
    assert store.get(tracked.id).commitment == commitment
    assert store.annotations(DOC)[0].commitment == commitment


def test_a_highlight_becomes_a_commitment_and_back(store: Store):
    plain = store.add(sample())
    before, after = store.set_commitment(plain.id, GDP, author="乙")
    assert before.commitment is None and after.commitment == GDP and after.modified > before.modified
    assert [(e.status, e.author) for e in store.commitment_history(plain.id)] == [(CommitmentStatus.OPEN, "乙")]
    _before, undone = store.set_commitment(plain.id, before.commitment)
    assert undone.commitment is None and store.get(plain.id).commitment is None
    assert len(store.commitment_history(plain.id)) == 1  # the history stays with the highlight


def test_editing_fields_keeps_the_status_and_is_undone_by_the_old_values(store: Store):
    [tracked] = store.track([sample(commitment=GDP)])
    store.change_status(tracked.id, CommitmentStatus.IN_PROGRESS)
    before, after = store.edit_commitment(tracked.id, {"value": "6.5", "strength": "aim", "horizon": "2024"})
    assert (after.commitment.value, after.commitment.strength, after.commitment.horizon) == (
        "6.5", CommitmentStrength.AIM, "2024")
    assert after.commitment.status is CommitmentStatus.IN_PROGRESS
    store.edit_commitment(tracked.id, {name: getattr(before.commitment, name).value
                                       if name == "strength" else getattr(before.commitment, name)
                                       for name in ("value", "strength", "horizon")})
    assert store.get(tracked.id).commitment == replace_status(GDP, CommitmentStatus.IN_PROGRESS)
    with pytest.raises(ValueError, match="strength"):
        store.edit_commitment(tracked.id, {"strength": "maybe"})
    with pytest.raises(ValueError):
        store.edit_commitment(tracked.id, {"status": "achieved"})  # status changes have their own door
    with pytest.raises(StoreError):
        store.edit_commitment(store.add(sample()).id, {"value": "1"})


def replace_status(commitment: Commitment, status: CommitmentStatus) -> Commitment:
    from dataclasses import replace

    return replace(commitment, status=status)


def test_status_changes_carry_who_why_source_and_evidence(store: Store):
    [tracked] = store.track([sample(commitment=GDP)])
    evidence = Evidence(OTHER_DOC, 120, 140, TextQuote("全年地区生产总值增长6.1%", "初步核算，", "。"))
    after, entry = store.change_status(tracked.id, "achieved", author="丙", note="超额完成 🎉",
                                       source="https://example.org/2024-report", evidence=evidence)
    assert after.commitment.status is CommitmentStatus.ACHIEVED and after.modified == entry.at
    stored = store.commitment_history(tracked.id)[-1]
    assert stored == entry
    assert (stored.previous, stored.author, stored.note, stored.source, stored.evidence) == (
        CommitmentStatus.OPEN, "丙", "超额完成 🎉", "https://example.org/2024-report", evidence)
    with pytest.raises(ValueError):
        store.change_status(tracked.id, "done-ish")
    with pytest.raises(StoreError):
        store.change_status("nope", CommitmentStatus.OPEN)


def test_undoing_a_status_change_falls_back_to_the_newest_live_entry(store: Store):
    [tracked] = store.track([sample(commitment=GDP)])
    _a, progress = store.change_status(tracked.id, CommitmentStatus.IN_PROGRESS)
    _b, achieved = store.change_status(tracked.id, CommitmentStatus.ACHIEVED)
    undone = store.retract_status_change(achieved.id)
    assert undone.commitment.status is CommitmentStatus.IN_PROGRESS
    assert [e.id for e in store.commitment_history(tracked.id)][-1] == progress.id
    everything = store.commitment_history(tracked.id, include_retracted=True)
    assert [e.live for e in everything] == [True, True, False]
    assert store.retract_status_change(achieved.id) == store.get(tracked.id)  # twice: no change
    store.retract_status_change(progress.id)
    assert store.get(tracked.id).commitment.status is CommitmentStatus.OPEN
    # Redo is a new change.
    _c, again = store.change_status(tracked.id, CommitmentStatus.ACHIEVED)
    assert again.id != achieved.id and store.get(tracked.id).commitment.status is CommitmentStatus.ACHIEVED
    with pytest.raises(StoreError):
        store.retract_status_change("no-such-entry")


def test_histories_of_a_document_for_export(store: Store):
    one, two = store.track([sample(0, 4, commitment=GDP), sample(5, 9, commitment=GDP)])
    store.add(sample(10, 12, document_id=OTHER_DOC, commitment=GDP))
    _x, entry = store.change_status(two.id, CommitmentStatus.MISSED)
    store.retract_status_change(entry.id)
    histories = store.commitment_histories(DOC)
    assert set(histories) == {one.id, two.id}
    assert [e.live for e in histories[two.id]] == [True, False]
    assert [e.live for e in store.commitment_histories(DOC, include_retracted=False)[two.id]] == [True]


def test_an_update_that_changes_the_status_is_recorded(store: Store):
    annotation = store.add(sample(commitment=Commitment()))
    store.update(annotation.with_changes(note="only the note"))
    store.update(annotation.with_changes(commitment=Commitment(status=CommitmentStatus.MISSED)))
    assert [e.status for e in store.commitment_history(annotation.id)] == [
        CommitmentStatus.OPEN, CommitmentStatus.MISSED]


def test_dismissals_are_remembered_per_document_and_undone(store: Store):
    dismissed = store.dismiss(DOC, [(10, 20, "新建 5G 基站 2.5 万个"), (30, 40, "城镇新增就业 45 万人")], author="甲")
    assert [(d.start, d.quote, d.author) for d in store.dismissals(DOC)] == [
        (10, "新建 5G 基站 2.5 万个", "甲"), (30, "城镇新增就业 45 万人", "甲")]
    assert store.dismissals(OTHER_DOC) == []
    removed = store.undismiss([dismissed[0].id])
    assert removed == [dismissed[0]] and [d.id for d in store.dismissals(DOC)] == [dismissed[1].id]
    store.restore_dismissals(removed)
    store.restore_dismissals(removed)  # twice: no duplicate
    assert store.dismissals(DOC) == dismissed


def test_the_ledger_survives_reopening(tmp_path):
    path = tmp_path / "pizhu.sqlite3"
    with Store.open(path) as store:
        [tracked] = store.track([sample(commitment=GDP)])
        _a, entry = store.change_status(tracked.id, CommitmentStatus.PARTLY, note="部分")
        store.dismiss(DOC, [(1, 2, "x")])
    with Store.open(path) as store:
        assert store.get(tracked.id).commitment.status is CommitmentStatus.PARTLY
        assert store.commitment_history(tracked.id)[-1] == entry
        assert [d.quote for d in store.dismissals(DOC)] == ["x"]


def test_every_stored_column_is_written():
    """Each value convert writes names a column (SQLAlchemy would ignore an unknown key silently)."""
    from storage import convert
    from storage.schema import AnnotationRow, StatusEntryRow

    columns = set(AnnotationRow.__table__.columns.keys())
    assert set(convert.annotation_values(sample(commitment=GDP), None)) <= columns
    assert {c for c in columns if c.startswith("commitment_")} <= set(convert.annotation_values(sample(), None))
    from document.annotation import StatusEntry

    entry = StatusEntry("e", "a", CommitmentStatus.OPEN, None, sample().created)
    assert set(convert.status_entry_values(entry)) == set(StatusEntryRow.__table__.columns.keys())
