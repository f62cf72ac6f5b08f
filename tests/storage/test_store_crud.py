"""Adding, reading and updating annotations and documents: every field survives byte for byte."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from document.annotation import AnchorState, Commitment, CommitmentStatus, TextQuote
from document.model import Document
from storage.errors import StoreError
from storage.store import Store
from store_samples import DOC, OTHER_DOC, at, sample

NASTY = (
    "<script>alert('x')</script><b onclick=\"y\">&amp;</b>"  # HTML is data, never markup
    "\u202eevil\u202c"  # RTL override
    "a\u200bb\u200cc\u200dd\ufeff"  # zero-width space / non-joiner / joiner / BOM
    "𠀀😀👩‍👩‍👧‍👦"  # outside the BMP, and a ZWJ sequence
    "e\u0301 é"  # combining vs precomposed: must not be normalised
    "\r\n\t'\"\\%_;--\x00 NUL"  # SQL-ish and control characters, NUL included
)


def test_round_trip_of_every_field(store: Store):
    annotation = sample(
        3, 9,
        quote=TextQuote(exact="𠀀" + NASTY, prefix="前" * 32, suffix=NASTY[:32]),
        color="#12abEF", tags=("承诺", "GDP", NASTY), note="注" * 100_000 + NASTY,
        author="张三 " + NASTY,
        created=datetime(2023, 1, 16, 8, 30, 0, 123456, tzinfo=timezone.utc),
        modified=datetime(2023, 1, 17, 16, 30, 0, 999, tzinfo=timezone(timedelta(hours=8))),
        state=AnchorState.REVIEW,
        commitment=Commitment(indicator="地区生产总值", value="6", unit="%", qualifier="左右",
                              horizon="2023", status=CommitmentStatus.IN_PROGRESS),
    )
    assert store.add(annotation) == annotation
    stored = store.get(annotation.id)
    assert stored == annotation
    assert stored.note.encode("utf-8") == annotation.note.encode("utf-8")
    assert stored.quote.exact.encode("utf-8") == annotation.quote.exact.encode("utf-8")
    assert stored.author.encode("utf-8") == annotation.author.encode("utf-8")
    assert stored.tags[2].encode("utf-8") == NASTY.encode("utf-8")
    assert stored.modified.tzinfo is not None and stored.modified.utcoffset() == timedelta(0)
    assert stored.modified == annotation.modified
    assert store.annotations(DOC) == [annotation]


def test_survives_reopening(tmp_path: Path):
    path = tmp_path / "pizhu.sqlite3"
    annotation = sample(note=NASTY, tags=("a",), author="李四")
    with Store.open(path) as store:
        store.add(annotation)
    with Store.open(path) as store:
        assert store.get(annotation.id) == annotation


def test_defaults_and_no_commitment(store: Store):
    annotation = sample()
    store.add(annotation)
    stored = store.get(annotation.id)
    assert stored == annotation
    assert stored.commitment is None and stored.author == "" and stored.tags == ()


def test_annotations_are_ordered_by_start_then_end_and_per_document(store: Store):
    late, short, long_, other = sample(10, 12), sample(2, 3), sample(2, 8), sample(0, 1, document_id=OTHER_DOC)
    for annotation in (late, long_, other, short):
        store.add(annotation)
    assert [a.id for a in store.annotations(DOC)] == [short.id, long_.id, late.id]
    assert [a.id for a in store.annotations(OTHER_DOC)] == [other.id]
    assert store.annotations("urn:sha256:none") == []


def test_tags_are_trimmed_deduplicated_and_keep_their_order(store: Store):
    stored = store.add(sample(tags=(" 目标 ", "b", "目标", "", "a")))
    assert stored.tags == ("目标", "b", "a")
    assert store.get(stored.id).tags == ("目标", "b", "a")


def test_update_replaces_every_field(store: Store):
    original = store.add(sample(tags=("a", "b"), author="甲", note="old",
                                commitment=Commitment(indicator="x")))
    changed = original.with_changes(
        start=5, end=7, quote=TextQuote("新的", "p", "s"), color="#000000", tags=("c",),
        note="new " + NASTY, author="乙", state=AnchorState.ORPHAN, commitment=None,
    )
    assert store.update(changed) == changed
    assert store.get(original.id) == changed
    assert store.authors(DOC) == ["乙"]
    assert {t.name: t.count for t in store.tags()} == {"a": 0, "b": 0, "c": 1}


def test_update_of_unknown_id_and_duplicate_add_are_errors(store: Store):
    annotation = sample()
    with pytest.raises(StoreError, match="no annotation"):
        store.update(annotation)
    store.add(annotation)
    with pytest.raises(StoreError, match="already exists"):
        store.add(annotation.with_changes(note="again"))
    assert store.get(annotation.id) == annotation


def test_add_many_is_all_or_nothing(store: Store):
    existing = store.add(sample())
    batch = [sample(), sample(), existing]
    with pytest.raises(StoreError):
        store.add_many(batch)
    assert [a.id for a in store.annotations(DOC)] == [existing.id]
    fresh = [sample(i, i + 1) for i in range(50)]
    store.add_many(fresh)
    assert len(store.annotations(DOC)) == 51


def test_get_unknown_is_none(store: Store):
    assert store.get("no-such-id") is None


def _document(text: str, path: str = "/tmp/report.md", title: str = "报告") -> Document:
    return Document(id=DOC, source=text, text=text, blocks=(), title=title, outline=(), path=path)


def test_ensure_document_records_text_and_times(store: Store):
    assert store.document_record(DOC) is None
    store.ensure_document(_document("第一版 𠀀" + NASTY))
    first = store.document_record(DOC)
    assert first.text == "第一版 𠀀" + NASTY and first.title == "报告" and first.path == "/tmp/report.md"
    assert first.first_seen == first.last_opened
    store.ensure_document(_document("第二版", path=""))
    second = store.document_record(DOC)
    assert second.text == "第二版" and second.path == "/tmp/report.md"
    assert second.first_seen == first.first_seen and second.last_opened >= first.last_opened
    assert [d.id for d in store.documents()] == [DOC]


def test_annotation_for_an_unseen_document_gets_a_placeholder_record(store: Store):
    store.add(sample(document_id=OTHER_DOC))
    record = store.document_record(OTHER_DOC)
    assert record is not None and record.text == ""
    store.ensure_document(Document(id=OTHER_DOC, source="t", text="t", blocks=(), title="T",
                                   outline=(), path="/x.md"))
    assert store.document_record(OTHER_DOC).title == "T"


def test_closed_store_refuses_work(tmp_path: Path):
    store = Store.open(tmp_path / "pizhu.sqlite3")
    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        store.annotations(DOC)


_texts = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(exact=_texts, note=_texts, author=_texts, tag=_texts,
       micros=st.integers(min_value=0, max_value=10**12))
def test_any_text_round_trips(store: Store, exact, note, author, tag, micros):
    annotation = sample(quote=TextQuote(exact, exact[:3], exact[-3:]), note=note, author=author,
                        tags=(tag,), modified=at(0) + timedelta(microseconds=micros))
    stored = store.add(annotation)
    assert store.get(annotation.id) == stored
    assert stored.tags == ((tag.strip(),) if tag.strip() else ())


def test_update_with_base_keeps_changes_made_by_another_instance(tmp_path):
    """Two windows on one store: A tags, B (still holding the old copy) writes a note."""
    from dataclasses import replace as _replace

    from storage.errors import StoreConflict

    path = tmp_path / "shared.sqlite3"
    first, second = Store.open(path), Store.open(path)
    try:
        original = first.add(sample(0, 4, id="shared", tags=("旧",), note=""))
        seen_by_b = second.get("shared")
        tagged = original.with_changes(tags=("承诺",))
        first.update(tagged, base=original)
        noted = seen_by_b.with_changes(note="B 的批注")
        result = second.update(noted, base=seen_by_b)
        stored = first.get("shared")
        assert stored.tags == ("承诺",) and stored.note == "B 的批注"
        assert result == stored
        assert stored.modified > tagged.modified
        # Without a base the caller's copy wins whole (the documented replace semantics).
        second.update(_replace(seen_by_b, note="整条覆盖"))
        assert first.get("shared").tags == ("旧",)
        # An edit based on a live copy never resurrects an annotation deleted elsewhere.
        live = first.get("shared")
        second.delete(["shared"])
        with pytest.raises(StoreConflict):
            first.update(live.with_changes(note="复活?"), base=live)
        assert first.get("shared").deleted
    finally:
        first.close()
        second.close()


def test_update_many_is_one_transaction_with_per_item_conflicts(tmp_path):
    path = tmp_path / "many.sqlite3"
    store, other = Store.open(path), Store.open(path)
    try:
        first = store.add(sample(0, 4, id="one"))
        second = store.add(sample(5, 9, id="two"))
        other.delete(["two"])
        stored, conflicts = store.update_many(
            [first.with_changes(color="#90caf9"), second.with_changes(color="#90caf9")], [first, second])
        assert [a.id for a in stored] == ["one"] and conflicts == ["two"]
        assert store.get("one").color == "#90caf9"
        assert store.get("two").deleted and store.get("two").color == second.color
    finally:
        store.close()
        other.close()
