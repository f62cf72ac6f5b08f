"""The local annotation store (docs/architecture.md §7): SQLAlchemy 2.x over SQLite, no Qt.

Callers use :class:`storage.store.Store` only; it hands out ``document/`` dataclasses and the
records in :mod:`storage.records`, never ORM rows.

* ``store``      the facade: one short transaction per public call, assembled from
                 ``store_file`` (open, close, the session gate), ``reading``, ``editing``,
                 ``tagging`` and ``commitment_store`` (the ledger)
* ``loading``, ``write_steps``, ``status_history``  the steps those parts' transactions share
* ``writes``     the bulk statements (plain ``executemany``)
* ``engine``     engine settings: WAL, FULL sync, foreign keys, busy timeout, BEGIN IMMEDIATE
* ``schema``     the current tables as ORM models
* ``history``    the DDL of every released schema version, frozen
* ``migrations`` creating a store, upgrading old ones (with a backup copy first)
* ``opening``    opening a file: what may be touched, integrity checks, read-only access, errors
* ``damage``     reading a damaged store: the readable rows, never a partial list as whole
* ``convert``    rows <-> dataclasses, timestamps <-> stored text
* ``merging``    the per-annotation merge rule
* ``records``, ``errors``  values and the error the facade hands out
* ``exchange/``  W3C / CSV / Markdown files (built on the facade)
"""
