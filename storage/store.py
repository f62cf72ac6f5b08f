"""The Store facade: the only way the GUI, the CLI and the exchange code touch the database.

Every public method opens its own short session and, for writes, one ``BEGIN IMMEDIATE``
transaction that is committed before the method returns — so each user action is atomic, a
process killed right after an action keeps it, and two Pizhu windows on one store simply take
turns (see :mod:`storage.engine`).  Values going in and out are ``document/`` dataclasses or
the records in :mod:`storage.records`; ORM rows never leave the storage package.

``Store`` is assembled from parts, one job each (docs/architecture.md, "The store"):

=================================================  ============================================
part                                               job
=================================================  ============================================
:class:`storage.store_file.StoreFile`              open, close, the one gate to a session
:class:`storage.reading.AnnotationReads`           annotations, documents, tags, authors
:class:`storage.editing.AnnotationWrites`          add, update, delete, restore, merge
:class:`storage.tagging.TagEdits`                  rename, merge, delete, colour tags
:class:`storage.commitment_store.CommitmentLedger` tracking, status history, dismissals
=================================================  ============================================

Why parts of one class rather than objects the facade forwards to: the GUI, the CLI, the
exchange code, team sync, the tests and the benchmarks call some forty methods on a store,
and a facade of forwards would be a second copy of every signature to keep in step.  The parts
share nothing but :class:`~storage.store_file.StoreFile` (the engines and ``_session``); what
their transactions are made of is plain functions on a session — :mod:`storage.loading` (the
bulk read), :mod:`storage.write_steps` (the shared write steps), :mod:`storage.status_history`
— never one part's method called from another.
"""
from __future__ import annotations

from storage.commitment_store import CommitmentLedger
from storage.reading import AnnotationReads
from storage.tagging import TagEdits


class Store(AnnotationReads, TagEdits, CommitmentLedger):
    """The local annotation store (docs/architecture.md §7).  Open with :meth:`open`, then :meth:`close`."""
