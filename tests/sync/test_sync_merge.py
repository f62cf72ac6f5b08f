"""Two teammates' stores syncing through a real PostgreSQL server: what travels, who wins."""
from __future__ import annotations

from dataclasses import replace

import pytest

from document.annotation import AnchorState, CommitmentStatus, Evidence, TextQuote
from storage.sync import SyncPhase, TeamServer
from sync_samples import (
    OTHER_REPORT,
    at,
    by_id,
    commitment,
    edited,
    highlight,
    open_store,
    report,
)


@pytest.fixture
def doc():
    return report()


@pytest.fixture
def alice(tmp_path, doc):
    store = open_store(tmp_path, "alice", doc)
    yield store
    store.close()


@pytest.fixture
def bob(tmp_path, doc):
    store = open_store(tmp_path, "bob", doc)
    yield store
    store.close()


@pytest.fixture
def servers(team):
    opened = {role: TeamServer(team.url(role)) for role in ("alice", "bob", "carol")}
    yield opened
    for server in opened.values():
        server.close()


def test_every_field_tags_order_and_status_history_travel(alice, bob, servers, doc):
    note = alice.add(commitment(doc))
    evidence = Evidence(doc.id, 0, 4, TextQuote.from_text(doc.text, 0, 4))
    alice.change_status(note.id, CommitmentStatus.IN_PROGRESS, author="张三", note="已开工 <script>",
                        source="https://example.org/公报", evidence=evidence)
    _after, mistaken = alice.change_status(note.id, CommitmentStatus.MISSED, note="看错了")
    alice.retract_status_change(mistaken.id)
    alice.change_status(note.id, CommitmentStatus.ACHIEVED, note="统计公报：6.1%")
    plain = alice.add(highlight(doc, "经济运行稳中向好", tags=("b", "a", "c"), author="李四"))
    gone = alice.add(highlight(doc, "城镇新增就业"))
    alice.delete([gone.id])

    first = servers["alice"].sync(alice, doc.id)
    assert (first.pushed, first.pulled, first.conflicts, first.pushed_deletions) == (3, 0, 0, 1)
    pulled = servers["bob"].sync(bob, doc.id)
    assert (pulled.pushed, pulled.pulled, pulled.pulled_deletions) == (0, 3, 1)

    assert by_id(bob, doc.id) == by_id(alice, doc.id)
    assert bob.get(plain.id).tags == ("b", "a", "c")
    assert bob.get(gone.id).deleted
    history = bob.commitment_history(note.id, include_retracted=True)
    assert history == alice.commitment_history(note.id, include_retracted=True)
    assert [(e.status, e.note, e.live) for e in history] == [
        (CommitmentStatus.OPEN, "", True), (CommitmentStatus.IN_PROGRESS, "已开工 <script>", True),
        (CommitmentStatus.MISSED, "看错了", False), (CommitmentStatus.ACHIEVED, "统计公报：6.1%", True)]
    assert history[1].evidence == evidence and history[1].source == "https://example.org/公报"

    # An undo made later travels too: the entry is retracted on the other side.
    latest = alice.commitment_history(note.id)[-1]
    alice.retract_status_change(latest.id)
    servers["alice"].sync(alice, doc.id)
    servers["bob"].sync(bob, doc.id)
    assert [e.id for e in bob.commitment_history(note.id)] == [e.id for e in alice.commitment_history(note.id)]
    assert bob.get(note.id).commitment.status is CommitmentStatus.IN_PROGRESS


def test_a_second_sync_changes_nothing(alice, bob, servers, doc):
    alice.add_many([highlight(doc, "经济运行"), highlight(doc, "就业")])
    servers["alice"].sync(alice, doc.id)
    servers["bob"].sync(bob, doc.id)
    before = (by_id(alice, doc.id), by_id(bob, doc.id))
    for store, role in ((alice, "alice"), (bob, "bob"), (alice, "alice")):
        summary = servers[role].sync(store, doc.id)
        assert (summary.pushed, summary.pulled, summary.conflicts) == (0, 0, 0)
    assert (by_id(alice, doc.id), by_id(bob, doc.id)) == before


def test_conflicting_edits_newest_wins_on_both_sides(alice, bob, servers, doc):
    shared = alice.add(highlight(doc, "经济运行", when=0, note="original"))
    servers["alice"].sync(alice, doc.id)
    servers["bob"].sync(bob, doc.id)
    alice.update(edited(shared, 10, note="alice, older"))
    bob.update(edited(shared, 20, note="bob, newer"))
    other = alice.add(highlight(doc, "就业", when=1))
    servers["bob"].sync(bob, doc.id)
    summary = servers["bob"].sync(bob, doc.id)
    assert summary.conflicts == 0  # nothing new on either side

    summary = servers["alice"].sync(alice, doc.id)
    assert summary.conflicts == 1 and summary.pushed == 1 and summary.pulled == 1  # other / bob's edit
    assert alice.get(shared.id).note == "bob, newer"
    servers["bob"].sync(bob, doc.id)
    assert bob.get(shared.id).note == "bob, newer" and bob.get(other.id) is not None
    assert by_id(alice, doc.id) == by_id(bob, doc.id)


def test_a_newer_local_edit_beats_an_older_server_copy(alice, bob, servers, doc):
    shared = alice.add(highlight(doc, "经济运行", when=0))
    servers["alice"].sync(alice, doc.id)
    servers["bob"].sync(bob, doc.id)
    bob.update(edited(shared, 10, note="bob first"))
    alice.update(edited(shared, 30, note="alice later"))
    servers["bob"].sync(bob, doc.id)
    summary = servers["alice"].sync(alice, doc.id)
    assert (summary.pushed, summary.pulled, summary.conflicts) == (1, 0, 1)
    servers["bob"].sync(bob, doc.id)
    assert bob.get(shared.id).note == "alice later"


def test_equal_times_keep_each_local_copy_as_import_does(alice, bob, servers, doc):
    shared = alice.add(highlight(doc, "经济运行", when=0))
    servers["alice"].sync(alice, doc.id)
    servers["bob"].sync(bob, doc.id)
    alice.update(edited(shared, 10, note="alice"))
    bob.update(edited(shared, 10, note="bob"))
    servers["alice"].sync(alice, doc.id)
    servers["bob"].sync(bob, doc.id)
    assert alice.get(shared.id).note == "alice" and bob.get(shared.id).note == "bob"


def test_deletions_win_over_older_edits_and_later_edits_bring_it_back(alice, bob, servers, doc):
    shared = alice.add(highlight(doc, "经济运行", when=0))
    servers["alice"].sync(alice, doc.id)
    servers["bob"].sync(bob, doc.id)
    bob.update(edited(shared, 5, note="edited before the deletion"))
    [tombstone] = alice.delete([shared.id])
    servers["alice"].sync(alice, doc.id)
    summary = servers["bob"].sync(bob, doc.id)
    assert summary.conflicts == 1 and summary.pulled_deletions == 1
    assert bob.get(shared.id).deleted and alice.get(shared.id).deleted

    revived = replace(bob.get(shared.id), deleted=False, note="restored",
                      modified=tombstone.modified + (at(1) - at(0)))
    bob.update(revived)
    servers["bob"].sync(bob, doc.id)
    servers["alice"].sync(alice, doc.id)
    assert not alice.get(shared.id).deleted and alice.get(shared.id).note == "restored"


def test_a_document_unknown_to_the_server_and_to_the_other_client(tmp_path, alice, bob, servers, doc):
    second = report(OTHER_REPORT)
    alice.ensure_document(second)
    mine = alice.add(highlight(second, "城镇新增就业", author="alice"))
    summary = servers["alice"].sync(alice, second.id)
    assert summary.pushed == 1
    assert servers["alice"].engine  # the server now knows the document, title and text
    [(title, text)] = _server_documents(servers["alice"], second.id)
    assert (title, text) == (second.title, second.text)

    only_first = servers["bob"].sync(bob, doc.id)
    assert only_first.pulled == 0 and bob.get(mine.id) is None  # one document asked, one synced
    everything = servers["bob"].sync(bob, None)
    assert everything.pulled == 1 and bob.get(mine.id) == mine


def _server_documents(server, document_id):
    from sqlalchemy import select

    from storage.schema import DocumentRow

    with server.engine.connect() as conn:
        return conn.execute(select(DocumentRow.title, DocumentRow.text)
                            .where(DocumentRow.id == document_id)).all()


def test_each_change_carries_its_author_and_who_pushed_it(alice, bob, servers, team, doc):
    mine = alice.add(highlight(doc, "经济运行", author="张三"))
    servers["alice"].sync(alice, doc.id)
    servers["bob"].sync(bob, doc.id)
    bob.update(edited(bob.get(mine.id), 50, note="bob's edit"))
    servers["bob"].sync(bob, doc.id)
    servers["alice"].sync(alice, doc.id)
    assert alice.get(mine.id).author == "张三"  # who highlighted it stays the author
    assert team.query(f"SELECT pushed_by FROM sync_changes WHERE annotation_id = '{mine.id}'") == [("bob",)]
    assert team.query("SELECT tableowner FROM pg_tables WHERE tablename = 'annotations'") == [("pizhu_team",)]


def test_pulled_annotations_are_reanchored_on_a_text_that_differs(alice, bob, servers, doc):
    moved = alice.add(highlight(doc, "城镇新增就业四十八万人"))
    lost = alice.add(highlight(doc, "居民消费价格涨幅"))
    kept = alice.add(highlight(doc, "一、过去一年工作回顾"))
    servers["alice"].sync(alice, doc.id)
    # Bob's Pizhu reads the same file into a different canonical text (another parser version).
    text = doc.text.replace("全年", "全年（修订）").replace("居民消费价格涨幅", "物价")
    bob.ensure_document(replace(doc, text=text))
    summary = servers["bob"].sync(bob, doc.id)
    assert (summary.pulled, summary.reanchored, summary.orphaned) == (3, 1, 1)
    placed = bob.get(moved.id)
    assert text[placed.start:placed.end] == "城镇新增就业四十八万人" and placed.state is AnchorState.ANCHORED
    assert bob.get(lost.id).state is AnchorState.ORPHAN  # listed under Needs Attention
    assert bob.get(kept.id) == kept
    again = servers["bob"].sync(bob, doc.id)  # re-anchoring is not an edit: nothing to push back
    assert (again.pushed, again.pulled) == (0, 0)


def test_progress_is_reported_in_order(alice, servers, doc):
    alice.add_many([highlight(doc, "经济运行"), highlight(doc, "就业")])
    seen = []
    servers["alice"].sync(alice, doc.id, progress=seen.append)
    phases = [p.phase for p in seen]
    assert phases[0] is SyncPhase.CONNECTING and phases[-1] is SyncPhase.DONE
    assert [p for p in seen if p.phase is SyncPhase.PUSHING][-1].done == 2
    assert phases.index(SyncPhase.PUSHING) < phases.index(SyncPhase.PULLING) < phases.index(SyncPhase.APPLYING)


def test_ten_thousand_annotations_round_trip(tmp_path, alice, bob, servers, doc):
    many = [highlight(doc, "经济运行", id=f"a{n:05d}", note=f"第{n}条", tags=(f"t{n % 7}", "共享"),
                      author=f"作者{n % 5}", when=n / 1000) for n in range(10_000)]
    alice.add_many(many)
    assert servers["alice"].sync(alice, None).pushed == 10_000
    assert servers["bob"].sync(bob, None).pulled == 10_000
    assert by_id(bob, doc.id) == by_id(alice, doc.id)
    changed = [edited(a, 20_000 + n, note="改") for n, a in enumerate(many[:100])]
    bob.update_many(changed)
    summary = servers["bob"].sync(bob, None)
    assert (summary.pushed, summary.pulled) == (100, 0)
    assert servers["alice"].sync(alice, None).pulled == 100
    assert by_id(bob, doc.id) == by_id(alice, doc.id)


@pytest.mark.parametrize("phase", [SyncPhase.PUSHING, SyncPhase.APPLYING])
def test_a_cancelled_sync_leaves_both_sides_as_they_were(alice, bob, servers, team, doc, phase):
    from storage.sync import SyncCancelled, last_sync

    theirs = bob.add(highlight(doc, "就业"))
    servers["bob"].sync(bob, doc.id)
    mine = alice.add(highlight(doc, "经济运行"))

    def cancel(update):
        if update.phase is phase:
            raise SyncCancelled("cancelled")

    with pytest.raises(SyncCancelled):
        servers["alice"].sync(alice, doc.id, progress=cancel)
    pushed = phase is SyncPhase.APPLYING  # cancelled after the push committed
    assert sorted(team.query("SELECT id FROM annotations")) == sorted(
        [(theirs.id,)] + ([(mine.id,)] if pushed else []))
    assert alice.get(theirs.id) is None and last_sync(alice) == []
    summary = servers["alice"].sync(alice, doc.id)
    assert (summary.pushed, summary.pulled) == (0 if pushed else 1, 1) and alice.get(theirs.id) == theirs
    [(label, when)] = last_sync(alice)
    assert label == servers["alice"].label and when == summary.finished
    assert bob.get(mine.id) is None
