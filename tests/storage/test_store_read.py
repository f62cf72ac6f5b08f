"""The bulk read path (storage.loading.load): tags decoded from "position:tag_id" lists, ties in the
order, dataclasses filled through ``__dict__``, and the collector paused only meanwhile."""
from __future__ import annotations

import dataclasses
import gc
import pickle

import pytest

from document.annotation import Annotation, Commitment, CommitmentStatus, TextQuote
from storage import convert
from storage.store import Store
from store_samples import DOC, at, sample

ODD_TAGS = (
    "a,b", "1:2", "0:1,1:0", ":", ",", "x\x00y", "a\x1fb", "换\n行", "'\"\\%_;--",
    "𠀀😀", "NULL", "10", "2",
)


def test_tags_with_separators_and_more_than_ten_keep_their_order(store: Store):
    # Twelve or more tags: position 10 must sort after 9 (numbers, not text).
    many = tuple(f"t{n}" for n in range(12, 0, -1))
    odd, plenty = store.add(sample(tags=ODD_TAGS)), store.add(sample(tags=many))
    reversed_odd = store.add(sample(tags=tuple(reversed(ODD_TAGS))))
    assert odd.tags == ODD_TAGS   # already as stored: nothing to trim
    assert store.get(odd.id).tags == ODD_TAGS
    assert store.get(plenty.id).tags == many
    by_id = {a.id: a for a in store.annotations(DOC)}
    assert by_id[odd.id].tags == ODD_TAGS
    assert by_id[reversed_odd.id].tags == tuple(reversed(ODD_TAGS))
    assert by_id[plenty.id].tags == many


def test_tag_order_survives_renames_merges_and_deletions(store: Store):
    annotation = store.add(sample(tags=("c", "a", "b", "d")))
    store.rename_tag("a", "z")
    store.merge_tags(["d"], "c")      # onto a tag the annotation already has: the link goes
    store.delete_tag("b")
    assert store.get(annotation.id).tags == ("c", "z")
    assert store.annotations(DOC)[0].tags == ("c", "z")


def test_many_distinct_tags_and_shared_combinations(store: Store):
    # More distinct tag ids than one IN (...) list holds, and combinations shared by rows.
    distinct = [sample(n, n + 1, tags=(f"tag{n}", "共同")) for n in range(620)]
    shared = [sample(700 + n, 701 + n, tags=("共同", "重点")) for n in range(5)]
    store.add_many(distinct + shared)
    loaded = store.annotations(DOC)
    assert [a.tags for a in loaded] == [a.tags for a in distinct + shared]
    assert len({id(a.tags) for a in loaded[-5:]}) == 1   # one tuple for one combination


def test_ties_on_start_and_end_are_ordered_by_created_then_id(store: Store):
    later = sample(5, 9, when=10, id="a-later")
    first_b = sample(5, 9, when=0, id="b-first")
    first_a = sample(5, 9, when=0, id="a-first")
    before = sample(1, 20, when=99, id="z-before")
    store.add_many([later, first_b, before, first_a])
    assert [a.id for a in store.annotations(DOC)] == ["z-before", "a-first", "b-first", "a-later"]


def test_read_values_behave_like_constructed_ones(store: Store):
    original = sample(
        tags=("承诺", "GDP"), note="注", author="张三", modified=at(3600),
        commitment=Commitment(indicator="地区生产总值", value="6", unit="%",
                              status=CommitmentStatus.ACHIEVED),
    )
    store.add(original)
    (loaded,) = store.annotations(DOC)
    assert type(loaded) is Annotation and type(loaded.quote) is TextQuote
    assert loaded == original and hash(loaded) == hash(original)
    assert vars(loaded) == vars(original)
    assert list(vars(loaded)) == [f.name for f in dataclasses.fields(Annotation)]
    assert dataclasses.asdict(loaded) == dataclasses.asdict(original)
    assert dataclasses.replace(loaded, note="新") == dataclasses.replace(original, note="新")
    assert pickle.loads(pickle.dumps(loaded)) == original
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.note = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.quote.exact = "x"  # type: ignore[misc]
    assert loaded.created.tzinfo is not None and loaded.modified > loaded.created


def test_the_fast_fill_is_in_use_and_falls_back_for_classes_that_need_init():
    # If Annotation or TextQuote gain a field, slots or __post_init__, this tells you the
    # read silently went back to the slower constructor call (still correct, see _filler).
    assert getattr(convert._new_annotation, "plain", False)
    assert getattr(convert._new_quote, "plain", False)

    @dataclasses.dataclass(frozen=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            if self.value < 0:
                raise ValueError("negative")

    build = convert._filler(Checked, ("value",))
    assert not getattr(build, "plain", False)
    assert build({"value": 1}) == Checked(1)
    with pytest.raises(ValueError):
        build({"value": -1})
    assert not getattr(convert._filler(TextQuote, ("exact", "prefix")), "plain", False)


def test_the_select_matches_the_column_order_convert_expects():
    from storage import loading
    selected = [column.key for column in loading.ANNOTATION_SELECT] + ["tag_links"]
    expected = list(convert.ANNOTATION_COLUMNS)
    assert selected[expected.index("author")] == "name"   # authors.name, read as the author
    selected[expected.index("author")] = "author"
    assert selected == expected


def test_tag_ids_from_links():
    assert convert.tag_ids_from_links(None) == ()
    assert convert.tag_ids_from_links("0:7") == (7,)
    assert convert.tag_ids_from_links("2:5,10:3,0:9,1:4") == (9, 4, 5, 3)


@pytest.mark.parametrize("enabled", [True, False])
def test_gc_paused_restores_the_collector_state(enabled: bool):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with convert.gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), convert.gc_paused():
            raise RuntimeError("boom")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_the_collector_runs_again_after_a_read(store: Store):
    store.add(sample(tags=("a",)))
    assert gc.isenabled()
    store.annotations(DOC)
    store.get("missing")
    assert gc.isenabled()


def test_overlapping_keeps_only_annotations_that_touch_the_range(store: Store):
    inside = sample(10, 14, id="inside")
    straddles_start = sample(5, 11, id="left")
    straddles_end = sample(19, 30, id="right")
    covers = sample(0, 100, id="covers")
    before = sample(0, 10, id="before")      # ends where the range starts: no overlap
    after = sample(20, 25, id="after")       # starts where the range ends: no overlap
    for annotation in (inside, straddles_start, straddles_end, covers, before, after):
        store.add(annotation)
    store.delete(["inside"])
    found = {a.id for a in store.annotations(DOC, overlapping=(10, 20))}
    assert found == {"left", "right", "covers"}
    with_tombstones = {a.id for a in store.annotations(DOC, include_deleted=True, overlapping=(10, 20))}
    assert with_tombstones == {"inside", "left", "right", "covers"}
