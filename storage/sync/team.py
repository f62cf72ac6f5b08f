"""The API the CLI and the GUI use: a :class:`TeamServer`, and :meth:`TeamServer.sync`.

::

    server = TeamServer("postgresql+psycopg://alice@db.example.org/pizhu")
    summary = server.sync(store, document_id=None, progress=callback)   # None: all documents
    server.close()

``sync`` blocks; the GUI runs it on its worker thread and receives :class:`SyncProgress`
through ``progress`` (called on that thread).  A :class:`TeamServer` keeps one pooled
connection between syncs, so a periodic sync does not log in every time; use it from one
thread at a time.  Every failure is a :class:`~document.errors.PizhuError` with one line:
:class:`ServerUnreachable`, :class:`LoginRefused`, :class:`~storage.errors.NewerSchema`, or
another :class:`SyncError`; on any of them before the pull is merged, the local store is exactly
as it was.  A login that may only read still pulls; ``summary.not_pushed`` says what stayed here.

One sync (details in :mod:`storage.sync.server` and :mod:`storage.sync.local`):

1. connect; create or upgrade the team database's schema if needed (refusing a newer one);
2. find the annotations changed here since the last exchange and push them in one server
   transaction, where the import rule decides each against the server's copy;
3. pull, in one snapshot, what others changed since the last pull, plus the server copies that
   beat pushed ones;
4. re-anchor pulled annotations whose quote is not at their position here, and merge them with
   ``Store.merge`` — the import's merge, in one local transaction;
5. record the new bases and marks (and the sync time) in one more local transaction.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from storage import convert
from storage.engine import make_server_engine
from storage.merging import Decision
from storage.migrations import ServerHeader, prepare_server
from storage.records import MergeResult
from storage.sync import server as remote
from storage.sync.credentials import keyring_password, label, parse_server_url, without_password
from storage.sync.errors import SyncError
from storage.sync.failures import PRIVILEGE_STATES, sqlstate, translate
from storage.sync.local import LocalState, Outgoing
from storage.sync.placing import place_pulled
from storage.sync.summary import ProgressCallback, SyncPhase, SyncProgress, SyncSummary

log = logging.getLogger(__name__)

_RETRY_STATES = {"40001", "40P01"}  # serialization failure, deadlock: try the push once more


def _quiet(_progress: SyncProgress) -> None:
    pass


class TeamServer:
    """A team database to sync with.  ``url`` may carry a password; ``password`` overrides it."""

    def __init__(self, url: str | URL, password: str | None = None) -> None:
        parsed = parse_server_url(url) if isinstance(url, str) else url
        self.url = without_password(parsed)
        self.label = label(parsed)
        self._password = password if password is not None else parsed.password
        self._engine: Engine | None = None
        self._stores: dict[Path, LocalState] = {}

    def _secrets(self) -> list[str]:
        return [self._password] if self._password else []

    def _translate(self, error: BaseException) -> SyncError:
        return translate(error, self.label, self.url.database or "", self._secrets())

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_server_engine(self.url, self._password)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        for state in self._stores.values():
            state.close()
        self._stores.clear()

    def _local(self, path: Path) -> LocalState:
        """The bookkeeping of a store, kept open between syncs (its page cache stays warm)."""
        if path not in self._stores:
            self._stores[path] = LocalState(path)
        return self._stores[path]

    def __enter__(self) -> "TeamServer":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def check(self) -> ServerHeader:
        """Connect, then create or upgrade the schema if needed; refuse a newer one."""
        try:
            return prepare_server(self.engine, self.label)
        except sa_exc.DBAPIError as error:
            if self._password is None and "no password supplied" in str(error.orig):
                password = keyring_password(self.url)
                if password is not None:
                    self._engine.dispose()
                    self._engine = None
                    self._password = password
                    return self.check()
            raise self._translate(error) from None

    def sync(self, store: Any, document_id: str | None = None,
             progress: ProgressCallback | None = None) -> SyncSummary:
        """Push this store's changes and pull others' for one document (``None``: all)."""
        return _Run(self, store, document_id, progress or _quiet).run()


@dataclass
class _Run:
    """One sync; see the module docstring for the steps."""

    server: TeamServer
    store: Any
    document_id: str | None
    progress: ProgressCallback
    conflicts: set[str] = field(default_factory=set)

    def report(self, phase: SyncPhase, done: int = 0, total: int = 0) -> None:
        self.progress(SyncProgress(phase, done, total))

    def run(self) -> SyncSummary:
        self.report(SyncPhase.CONNECTING)
        header = self.server.check()
        state = self.server._local(Path(self.store.path))
        outgoing = state.outgoing(header.server_id, self.document_id)
        marks = state.marks(header.server_id)
        outcome, not_pushed = self._push(state, outgoing)
        self.report(SyncPhase.PULLING)
        pull = self._call(remote.pull, self.server.engine, self.document_id, marks,
                          outcome.seq_range, outcome.ids(Decision.OLDER_SKIPPED))
        placement = place_pulled(self.store, pull.annotations)
        merged = self._apply(placement.annotations, pull.history)
        bases = {i: m for i, m in zip(outgoing.column("id"), outgoing.column("modified"))
                 if outcome.decisions.get(i) not in (None, Decision.OLDER_SKIPPED)}
        bases.update({a.id: convert.time_to_db(a.modified) for a in pull.annotations
                      if a.id not in merged.older_skipped_ids})
        unpushed = set(outgoing.column("id")) - set(outcome.decisions)
        self.conflicts.update(a.id for a in pull.annotations if a.id in unpushed)
        finished = state.record(header.server_id, self.server.label, bases,
                                {d: pull.clock for d in pull.documents},
                                None if not_pushed else (self.document_id, outgoing.upto))
        self.report(SyncPhase.DONE)
        winners = outcome.ids(Decision.ADDED, Decision.UPDATED)
        deleted = {i for i, d in zip(outgoing.column("id"), outgoing.column("deleted")) if d}
        return SyncSummary(
            server=self.server.label,
            pushed=len(winners),
            pulled=merged.added + merged.updated,
            conflicts=len(self.conflicts),
            pushed_deletions=sum(1 for i in winners if i in deleted),
            pulled_deletions=merged.deleted,
            reanchored=placement.reanchored,
            needs_review=placement.needs_review,
            orphaned=placement.orphaned,
            not_pushed=not_pushed,
            finished=finished,
        )

    def _apply(self, annotations: list, history: list) -> MergeResult:
        """Merge pulled annotations and their status history into the store: the import's
        merge, one transaction."""
        self.report(SyncPhase.APPLYING, 0, len(annotations))
        merged = self.store.merge(annotations, history=history) if annotations else MergeResult()
        self.report(SyncPhase.APPLYING, len(annotations), len(annotations))
        return merged

    def _call(self, function, *args):
        try:
            return function(*args)
        except sa_exc.SQLAlchemyError as error:
            raise self.server._translate(error) from None

    def _push(self, state: LocalState, outgoing: Outgoing) -> tuple[remote.PushOutcome, int]:
        """Push the changed annotations: (the server's answer, how many stayed unpushed)."""
        if not outgoing.rows:
            return remote.PushOutcome(), 0
        ids = outgoing.column("id")
        history = state.history(ids)
        documents = {d: self.store.document_record(d) for d in set(outgoing.column("document_id"))}

        def sent(done: int, total: int) -> None:
            self.report(SyncPhase.PUSHING, done, total)

        for attempt in (1, 2):
            try:
                outcome = remote.push(self.server.engine, outgoing, history, documents, sent)
                break
            except sa_exc.DBAPIError as error:
                code = sqlstate(error)
                if code in PRIVILEGE_STATES:
                    log.info("%s may only read; %d local changes stay here", self.server.label, len(ids))
                    return remote.PushOutcome(), len(ids)
                if code in _RETRY_STATES and attempt == 1:
                    continue
                raise self.server._translate(error) from None
        for ident, modified, base in zip(ids, outgoing.column("modified"), outgoing.bases):
            theirs = outcome.server_times.get(ident)
            if theirs is not None and theirs not in (base, modified):
                self.conflicts.add(ident)
        return outcome, 0


def last_sync(store: Any) -> list[tuple[str, datetime | None]]:
    """(server label, last sync time) of every server this store synced with, newest first."""
    with LocalState(Path(store.path)) as state:
        return [(peer.label, peer.last_sync) for peer in state.peers()]
