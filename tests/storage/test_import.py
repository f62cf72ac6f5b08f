"""Import through a real SQLite store: round trips, merge rules, re-anchoring, rejections, fuzz."""
from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from document.annotation import AnchorState, Annotation, Commitment, CommitmentStatus, TextQuote
from document.loading import load_document
from storage.exchange import fields as F
from storage.exchange import w3c
from storage.exchange.errors import ExchangeError
from storage.exchange.importer import import_bytes, import_file
from storage.exchange.w3c_parse import parse
from storage.store import Store

T0 = datetime(2024, 3, 1, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def report():
    return load_document(None)


def _open(path: Path) -> Store:
    return Store.open(path)


@pytest.fixture
def store(tmp_path, report):
    opened = _open(tmp_path / "local.sqlite3")
    opened.ensure_document(report)
    yield opened
    opened.close()


@pytest.fixture
def fresh(tmp_path):
    opened = _open(tmp_path / "fresh.sqlite3")
    yield opened
    opened.close()


def dump(store: Store) -> list[str]:
    """Every row of the SQLite file, as SQL text: the store's complete state."""
    connection = sqlite3.connect(store.path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _at(report, needle: str, ident: str, minutes: int = 0, **changes) -> Annotation:
    start = report.text.index(needle)
    end = start + len(needle)
    values = dict(
        id=ident, document_id=report.id, start=start, end=end,
        quote=TextQuote.from_text(report.text, start, end),
        created=T0, modified=T0 + timedelta(minutes=minutes),
    )
    values.update(changes)
    return Annotation(**values)


def _ids(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


@pytest.fixture
def sample(report) -> list[Annotation]:
    return [
        _at(report, "全省地区生产总值增长 4.5% 左右", _ids(1), tags=("GDP", "目标"), note="注意口径\n第二行",
            author="张三", color="#81c784",
            commitment=Commitment("地区生产总值", "4.5", "%", "左右", "2022", CommitmentStatus.ACHIEVED)),
        _at(report, "各位代表", _ids(2), author="李四", note="=1+1"),
        _at(report, "推动高质量发展", _ids(3), tags=("发展",)),
        _at(report, "文字实录", _ids(4), deleted=True, minutes=5),
    ]


def _export(store: Store, report) -> bytes:
    return w3c.export_bytes(report.id, store.annotations(report.id, include_deleted=True), title=report.title)


def _by_id(annotations):
    return {a.id: a for a in annotations}


def test_round_trip_into_a_fresh_store_keeps_everything(store, fresh, report, sample):
    store.add_many(sample)
    data = _export(store, report)
    summary = import_bytes(fresh, data)
    assert (summary.added, summary.updated, summary.unchanged, summary.older_skipped) == (4, 0, 0, 0)
    assert (summary.reanchored, summary.needs_review, summary.orphaned) == (0, 0, 0)
    mine = _by_id(store.annotations(report.id, include_deleted=True))
    theirs = _by_id(fresh.annotations(report.id, include_deleted=True))
    assert mine.keys() == theirs.keys()
    for ident, local in mine.items():
        other = theirs[ident]
        if local.deleted:
            assert (other.deleted, other.start, other.end, other.modified) == (True, local.start, local.end, local.modified)
        else:
            assert other == local
    assert fresh.document_record(report.id).text == report.text


def test_same_file_twice_changes_nothing(store, fresh, report, sample):
    store.add_many(sample)
    data = _export(store, report)
    import_bytes(fresh, data)
    before = dump(fresh)
    again = import_bytes(fresh, data)
    assert (again.added, again.updated, again.unchanged, again.older_skipped) == (0, 0, 4, 0)
    assert dump(fresh) == before


def test_merge_rules_newer_wins_ties_keep_local_tombstones_propagate(store, fresh, report, sample):
    store.add_many(sample)
    first_export = _export(store, report)
    import_bytes(fresh, first_export)

    # Newer incoming edit wins.
    edited = store.update(store.get(_ids(2)).with_changes(note="新批注"))
    summary = import_bytes(fresh, _export(store, report))
    assert summary.updated == 1 and fresh.get(_ids(2)).note == "新批注"

    # A local edit newer than the file survives (older skipped).
    local = fresh.update(fresh.get(_ids(3)).with_changes(note="本地更新"))
    summary = import_bytes(fresh, _export(store, report))
    assert summary.older_skipped == 1 and fresh.get(_ids(3)).note == "本地更新"

    # A tie (same modified, different content) keeps the local copy.
    connection = sqlite3.connect(fresh.path)
    with connection:
        connection.execute("UPDATE annotations SET note = ? WHERE id = ?", ("本地同时刻", _ids(1)))
    connection.close()
    assert fresh.get(_ids(1)).modified == store.get(_ids(1)).modified
    summary = import_bytes(fresh, _export(store, report))
    assert summary.unchanged >= 1 and summary.updated == 0
    assert fresh.get(_ids(1)).note == "本地同时刻"

    # A deletion propagates and an older live copy cannot bring it back.
    store.delete([_ids(2)])
    summary = import_bytes(fresh, _export(store, report))
    assert summary.deleted == 1 and fresh.get(_ids(2)).deleted
    summary = import_bytes(fresh, first_export)
    assert fresh.get(_ids(2)).deleted
    assert edited.modified < fresh.get(_ids(2)).modified
    assert local.note == "本地更新"


def test_dry_run_changes_nothing(store, fresh, report, sample):
    store.add_many(sample)
    data = _export(store, report)
    before = dump(fresh)
    summary = import_bytes(fresh, data, dry_run=True)
    assert summary.dry_run and summary.added == 4
    assert "dry run" in summary.describe()
    assert dump(fresh) == before


def _edited_report(tmp_path: Path, report) -> tuple[Path, str]:
    source = report.source
    deleted = "三是人民至上情怀坚决打好防疫阻击战。"
    assert deleted in source
    changed = source.replace(deleted, "").replace("全省地区生产总值增长 4.5% 左右", "全省地区生产总值增长 4.6% 左右")
    changed = changed.replace("各位代表", "尊敬的各位代表", 1)
    path = tmp_path / "edited.md"
    path.write_text(changed, encoding="utf-8")
    return path, deleted


def test_import_onto_an_edited_version_reanchors(store, tmp_path, report, sample):
    path, deleted = _edited_report(tmp_path, report)
    gone = _at(report, deleted, _ids(7))
    store.add_many([*sample, gone])
    data = _export(store, report)
    other = _open(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(ExchangeError, match="--document"):
            import_bytes(other, data, bundled=lambda: load_document(str(path)))
        edited = load_document(str(path))
        summary = import_bytes(other, data, document=edited)
        assert summary.added == 5
        assert summary.orphaned == 1
        assert summary.reanchored >= 2  # the changed number, and everything after the insertion
        placed = _by_id(other.annotations(edited.id, include_deleted=True))
        gdp = placed[_ids(1)]
        assert gdp.state is AnchorState.CHANGED
        assert edited.text[gdp.start:gdp.end] == "全省地区生产总值增长 4.6% 左右"
        assert placed[_ids(7)].state is AnchorState.ORPHAN
        assert placed[_ids(3)].state is AnchorState.ANCHORED
        assert edited.text[placed[_ids(3)].start:placed[_ids(3)].end] == "推动高质量发展"
        assert all(a.document_id == edited.id for a in placed.values())
    finally:
        other.close()


def test_position_only_and_quote_only_annotations_from_other_producers(fresh, report):
    start = report.text.index("推动高质量发展")
    items = [
        {"id": "http://example.org/a/1", "type": "Annotation",
         "target": {"source": report.id, "selector": {"type": "TextPositionSelector", "start": start, "end": start + 7}}},
        {"type": "Annotation", "body": {"type": "TextualBody", "value": "好", "purpose": "commenting"},
         "target": [{"source": {"id": report.id}, "selector": {"type": "TextQuoteSelector", "exact": "各位代表"}}]},
        {"type": "Annotation", "target": {"source": report.id, "selector": {
            "type": "RangeSelector",
            "startSelector": {"type": "TextQuoteSelector", "exact": "推动高质量"},
            "endSelector": {"type": "TextQuoteSelector", "exact": "取得"}}}},
    ]
    data = json.dumps({"type": "AnnotationPage", "items": items}, ensure_ascii=False).encode()
    summary = import_bytes(fresh, data)
    assert summary.added == 3
    stored = fresh.annotations(report.id)
    by_quote = {a.quote.exact: a for a in stored}
    assert "推动高质量发展" in by_quote
    assert by_quote["推动高质量发展"].id == "http://example.org/a/1"
    assert any(a.note == "好" and report.text[a.start:a.end] == "各位代表" for a in stored)
    # The position-only item lands exactly where it says.  The two quote-only ones carry no
    # position hint and their quotes (各位代表, 推动高质量) occur more than once in the report, so
    # each is placed at an occurrence but listed for review rather than trusted.
    assert (summary.reanchored, summary.needs_review, summary.orphaned) == (0, 2, 0)
    assert by_quote["推动高质量发展"].state is AnchorState.ANCHORED
    assert sorted(a.state.value for a in stored) == ["anchored", "review", "review"]
    assert import_bytes(fresh, data).unchanged == 3  # derived ids and epoch times: idempotent


BAD_FILES = {
    "not json": b"{",
    "wrong shape": b'{"type": "Book"}',
    "second item bad": None,  # built in the test from a valid export
    "gb18030": "{\"type\": \"批注\"}".encode("gb18030"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_leave_the_store_unchanged(store, report, sample, name):
    store.add_many(sample)
    data = BAD_FILES[name]
    if data is None:
        exported = json.loads(_export(store, report))
        exported["first"]["items"][1]["target"]["selector"] = [{"type": "TextPositionSelector", "start": 5, "end": 1}]
        exported["first"]["items"][0]["body"] = [{"type": "TextualBody", "value": "会被丢弃"}]
        data = json.dumps(exported).encode()
    before = dump(store)
    with pytest.raises(ExchangeError) as caught:
        import_bytes(store, data)
    assert "\n" not in str(caught.value)
    assert dump(store) == before


def test_import_file_checks_path_and_size(store, tmp_path):
    with pytest.raises(ExchangeError, match="no such file"):
        import_file(store, tmp_path / "missing.json")
    with pytest.raises(ExchangeError, match="not a file"):
        import_file(store, tmp_path)
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.truncate(F.MAX_FILE_BYTES + 1)  # sparse: no real disk use
    with pytest.raises(ExchangeError, match="import limit"):
        import_file(store, big)


def test_hostile_300_mb_file_is_refused_before_it_is_read(store, tmp_path, monkeypatch):
    big = tmp_path / "hostile.json"
    with big.open("wb") as stream:
        stream.truncate(300 * 1024 * 1024)  # sparse
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    with pytest.raises(ExchangeError, match="300 MB is above the 256 MB import limit"):
        import_file(store, big)
    assert big not in opened


def test_non_utf8_file_error_names_the_file(store, tmp_path):
    bad = tmp_path / "批注-gbk.json"
    bad.write_bytes('{"type": "AnnotationPage", "items": [{"note": "注释"}]}'.encode("gb18030"))
    with pytest.raises(ExchangeError) as caught:
        import_file(store, bad)
    assert str(caught.value).startswith(f"{bad}: file is not UTF-8")
    assert "GB18030" in str(caught.value)


def test_duplicate_ids_keep_the_newest_and_are_counted(fresh, report):
    first = _at(report, "各位代表", _ids(7), note="旧")
    newer = replace(first, note="新", modified=T0 + timedelta(hours=2))
    data = json.loads(w3c.export_bytes(report.id, [first]))
    data["first"]["items"] = [w3c.annotation_to_w3c(newer), w3c.annotation_to_w3c(first)]
    summary = import_bytes(fresh, json.dumps(data, ensure_ascii=False).encode(), bundled=lambda: report)
    assert (summary.added, summary.duplicates) == (1, 1)
    assert "1 duplicate ids in the file (newest modified kept)" in summary.describe()
    assert fresh.get(_ids(7)).note == "新"


def test_round_trip_of_long_notes_quotes_and_many_long_tags(tmp_path, report):
    import random

    rng = random.Random(4)
    paragraphs = ["".join(rng.choice("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥") for _ in range(2_000)) for _ in range(80)]
    source = tmp_path / "long.md"
    source.write_text("# 长报告\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    long_document = load_document(str(source))
    start = long_document.text.index(paragraphs[3][:50])
    end = start + 120_000
    annotation = Annotation(
        id=_ids(9), document_id=long_document.id, start=start, end=end,
        quote=TextQuote.from_text(long_document.text, start, end),
        tags=("长" * 300, *(f"标签/{i}" for i in range(249))), note="注" * 150_000, author="张三",
        created=T0, modified=T0,
    )
    here, there = _open(tmp_path / "here.sqlite3"), _open(tmp_path / "there.sqlite3")
    try:
        here.ensure_document(long_document)
        here.add_many([annotation])
        data = w3c.export_bytes(long_document.id, here.annotations(long_document.id))
        summary = import_bytes(there, data, document=long_document)
        assert (summary.added, summary.reanchored, summary.needs_review, summary.orphaned) == (1, 0, 0, 0)
        assert there.get(_ids(9)) == here.get(_ids(9))
        assert len(there.get(_ids(9)).tags) == 250
    finally:
        here.close()
        there.close()


def test_export_refuses_what_it_could_not_import_again(report, monkeypatch):
    from storage.exchange import fields

    too_many = _at(report, "各位代表", _ids(8), tags=tuple(f"t{i}" for i in range(fields.MAX_TAGS + 1)))
    with pytest.raises(ExchangeError, match=f"annotation {_ids(8)} cannot be exchanged: it has 1,001 tags"):
        w3c.export_bytes(report.id, [too_many])
    monkeypatch.setattr(fields, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ExchangeError, match="above the 0 MB import limit"):
        w3c.export_bytes(report.id, [_at(report, "各位代表", _ids(8), note="注" * 2000)])


# --- fuzz: mutated files give ExchangeError or a full import, never anything else -----------------


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


REPLACEMENTS = [
    None, True, 0, -1, 10**9, 1.5, "", "x", "长" * 50, [], {}, [1, "a"], {"type": "Annotation"},
    "\ud800", "\x00", "0001-01-01T00:00:00+01:00", "urn:sha256:" + "0" * 64, ["Annotation", "Other"],
]


@pytest.fixture(scope="module")
def valid_file(report) -> bytes:
    rng = random.Random(3)
    annotations = []
    for index in range(6):
        start = rng.randrange(0, len(report.text) - 40)
        end = start + rng.randint(6, 30)
        annotations.append(Annotation(
            id=_ids(100 + index), document_id=report.id, start=start, end=end,
            quote=TextQuote.from_text(report.text, start, end), tags=("t",) if index % 2 else (),
            note="n" if index % 3 else "", author="甲", created=T0, modified=T0,
            commitment=Commitment("x") if index == 4 else None, deleted=index == 5,
        ))
    return w3c.export_bytes(report.id, annotations)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_files_are_rejected_whole_or_imported_whole(tmp_path_factory, valid_file, data):
    directory = tmp_path_factory.mktemp("fuzz")
    target = _open(directory / "fuzz.sqlite3")
    try:
        mode = data.draw(st.sampled_from(["delete", "replace", "truncate", "flip"]))
        if mode in ("delete", "replace"):
            value = json.loads(valid_file)
            paths = [p for p in _paths(value) if p]
            path = data.draw(st.sampled_from(paths))
            parent = value
            for key in path[:-1]:
                parent = parent[key]
            if mode == "delete":
                del parent[path[-1]]
            else:
                parent[path[-1]] = data.draw(st.sampled_from(REPLACEMENTS))
            mutated = json.dumps(value).encode()  # ASCII escapes: lone surrogates stay encodable
        elif mode == "truncate":
            mutated = valid_file[: data.draw(st.integers(0, len(valid_file) - 1))]
        else:
            position = data.draw(st.integers(0, len(valid_file) - 1))
            mutated = valid_file[:position] + bytes([valid_file[position] ^ 0xFF]) + valid_file[position + 1:]
        before = dump(target)
        try:
            summary = import_bytes(target, mutated)
        except ExchangeError as error:
            event("rejected")
            assert str(error) and "\n" not in str(error)
            assert dump(target) == before
            return
        event("imported")
        expected = {incoming.annotation.id for incoming in parse(mutated)}
        stored = {a.id for doc in target.documents() for a in target.annotations(doc.id, include_deleted=True)}
        assert expected == stored
        assert summary.added == len(expected)
    finally:
        target.close()
