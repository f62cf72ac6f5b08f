"""Commitment status tracking keeps a history of every change."""
from __future__ import annotations


import pytest

from document.annotation import Commitment, CommitmentStatus
from storage.errors import StoreError
from storage.store import Store
from store_samples import sample


def test_status_changes_are_recorded_with_notes(store: Store):
    annotation = store.add(sample(commitment=Commitment(indicator="地区生产总值", value="6", unit="%",
                                                        qualifier="左右", horizon="2023")))
    in_progress = store.set_commitment_status(annotation.id, CommitmentStatus.IN_PROGRESS, "一季度 4.8%")
    assert in_progress.commitment.status is CommitmentStatus.IN_PROGRESS
    assert in_progress.commitment.indicator == "地区生产总值"
    assert in_progress.modified > annotation.modified
    achieved = store.set_commitment_status(annotation.id, "achieved", "全年 6.1% 🎉")
    assert store.get(annotation.id) == achieved
    history = store.commitment_history(annotation.id)
    assert [(c.old, c.new, c.note) for c in history] == [
        (None, CommitmentStatus.OPEN, ""),
        (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS, "一季度 4.8%"),
        (CommitmentStatus.IN_PROGRESS, CommitmentStatus.ACHIEVED, "全年 6.1% 🎉"),
    ]
    assert history[-1].changed == achieved.modified


def test_setting_a_status_makes_a_highlight_a_commitment(store: Store):
    annotation = store.add(sample())
    updated = store.set_commitment_status(annotation.id, CommitmentStatus.UNCLEAR)
    assert updated.commitment == Commitment(status=CommitmentStatus.UNCLEAR)
    assert [(c.old, c.new) for c in store.commitment_history(annotation.id)] == [
        (None, CommitmentStatus.UNCLEAR)]


def test_update_that_changes_the_status_is_recorded(store: Store):
    annotation = store.add(sample(commitment=Commitment()))
    store.update(annotation.with_changes(note="only the note"))
    store.update(annotation.with_changes(commitment=Commitment(status=CommitmentStatus.MISSED)))
    assert [c.new for c in store.commitment_history(annotation.id)] == [
        CommitmentStatus.OPEN, CommitmentStatus.MISSED]


def test_unknown_annotation_and_bad_status(store: Store):
    with pytest.raises(StoreError):
        store.set_commitment_status("nope", CommitmentStatus.OPEN)
    annotation = store.add(sample())
    with pytest.raises(ValueError):
        store.set_commitment_status(annotation.id, "done-ish")
    assert store.commitment_history("nope") == []
