"""Far-future timestamps (issue 14.4): refused at import; a stored one never blocks an edit."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from document.annotation import Annotation, CommitmentStatus, TextQuote
from storage.exchange.errors import ExchangeError
from storage.exchange.w3c_parse import parse_annotations
from storage.store import Store

DOC = "urn:sha256:" + "ab" * 32
LAST_INSTANT = datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)


def _file(**times) -> bytes:
    item = {"type": "Annotation", "id": "urn:uuid:00000000-0000-4000-8000-000000000001",
            "target": {"source": DOC, "selector": {"type": "TextQuoteSelector", "exact": "经济运行"}}}
    item.update(times)
    return json.dumps(item).encode()


@pytest.mark.parametrize("field", ["created", "modified"])
@pytest.mark.parametrize("value", ["9999-12-31T23:59:59.999999Z", "3000-01-01T00:00:00Z", "5000-06-01T00:00:00+08:00"])
def test_far_future_times_are_refused_at_import(field, value):
    with pytest.raises(ExchangeError, match=rf"{field}.*after the year 2999"):
        parse_annotations(_file(**{field: value}))


def test_the_last_year_accepted_still_imports():
    [annotation] = parse_annotations(_file(modified="2999-12-31T23:59:59.999Z"))
    assert annotation.modified.year == 2999


@pytest.fixture
def doomed(tmp_path):
    """A store already holding an annotation stamped at the last representable instant
    (as an older Pizhu could import it)."""
    store = Store.open(tmp_path / "pizhu.sqlite3")
    annotation = store.add(Annotation(
        id="far", document_id=DOC, start=0, end=4, quote=TextQuote("经济运行"),
        tags=("旧",), created=LAST_INSTANT, modified=LAST_INSTANT))
    yield store, annotation
    store.close()


def test_an_annotation_stamped_at_the_last_instant_can_be_deleted(doomed):
    store, annotation = doomed
    [tombstone] = store.delete([annotation.id])
    assert tombstone.deleted and tombstone.modified == LAST_INSTANT
    assert store.annotations(DOC) == []


def test_an_annotation_stamped_at_the_last_instant_can_be_retagged_and_tracked(doomed):
    store, annotation = doomed
    store.rename_tag("旧", "新")
    assert store.get(annotation.id).tags == ("新",)
    store.delete_tag("新")
    assert store.get(annotation.id).tags == ()
    changed = store.set_commitment_status(annotation.id, CommitmentStatus.ACHIEVED)
    assert changed.commitment.status is CommitmentStatus.ACHIEVED
    edited = store.update(annotation.with_changes(note="仍可编辑", modified=LAST_INSTANT), base=annotation)
    assert edited.note == "仍可编辑"
