"""The DDL each released schema version created, frozen forever.

A store created by an old Pizhu has exactly these tables; the migration steps in
:mod:`storage.migrations` start from them, and the migration tests build real old files with
them.  Never edit a released version here: add a new version and a step instead.

* v1 — documents, authors, tags, annotations, annotation_tags.
* v2 — tag colours (``tags.color``) and the canonical text of each document
  (``documents.text``), needed to re-anchor annotations onto a new version of a report.
* v3 — commitment tracking: the structured commitment fields on ``annotations`` and the
  ``commitment_history`` table.
* v4 — the commitment ledger: ``commitment_deadline`` renamed ``commitment_horizon``, the kind,
  strength, binding and category columns, a history with stable text ids, author, source,
  evidence and retraction, and the ``commitment_dismissals`` table.
* v5 — team sync: the local change log ``sync_log`` (kept by triggers) and the ``sync_peers``,
  ``sync_marks`` and ``sync_base`` tables (a team server is created at v5 or later, never
  migrated from an earlier version).
"""
from __future__ import annotations

V1_DDL = (
    """CREATE TABLE authors (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (name)
)""",
    """CREATE TABLE documents (
	id TEXT NOT NULL,
	title TEXT DEFAULT '' NOT NULL,
	path TEXT DEFAULT '' NOT NULL,
	first_seen TEXT NOT NULL,
	last_opened TEXT NOT NULL,
	PRIMARY KEY (id)
)""",
    """CREATE TABLE tags (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (name)
)""",
    """CREATE TABLE annotations (
	id TEXT NOT NULL,
	document_id TEXT NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	exact TEXT NOT NULL,
	prefix TEXT DEFAULT '' NOT NULL,
	suffix TEXT DEFAULT '' NOT NULL,
	color TEXT NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	author_id INTEGER,
	created TEXT NOT NULL,
	modified TEXT NOT NULL,
	state TEXT DEFAULT 'anchored' NOT NULL,
	deleted INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE,
	FOREIGN KEY(author_id) REFERENCES authors (id) ON DELETE SET NULL
)""",
    'CREATE INDEX ix_annotations_document ON annotations (document_id, start, "end")',
    """CREATE TABLE annotation_tags (
	annotation_id TEXT NOT NULL,
	tag_id INTEGER NOT NULL,
	position INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (annotation_id, tag_id),
	FOREIGN KEY(annotation_id) REFERENCES annotations (id) ON DELETE CASCADE,
	FOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_annotation_tags_tag ON annotation_tags (tag_id)",
    "PRAGMA application_id = 1346984520",
    "PRAGMA user_version = 1",
)

V2_DDL = (
    """CREATE TABLE authors (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (name)
)""",
    """CREATE TABLE documents (
	id TEXT NOT NULL,
	title TEXT DEFAULT '' NOT NULL,
	path TEXT DEFAULT '' NOT NULL,
	first_seen TEXT NOT NULL,
	last_opened TEXT NOT NULL,
	text TEXT DEFAULT '' NOT NULL,
	PRIMARY KEY (id)
)""",
    """CREATE TABLE tags (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	color TEXT,
	PRIMARY KEY (id),
	UNIQUE (name)
)""",
    V1_DDL[3],
    V1_DDL[4],
    V1_DDL[5],
    V1_DDL[6],
    "PRAGMA application_id = 1346984520",
    "PRAGMA user_version = 2",
)

V3_DDL = (
    V2_DDL[0],
    V2_DDL[1],
    V2_DDL[2],
    """CREATE TABLE annotations (
	id TEXT NOT NULL,
	document_id TEXT NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	exact TEXT NOT NULL,
	prefix TEXT DEFAULT '' NOT NULL,
	suffix TEXT DEFAULT '' NOT NULL,
	color TEXT NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	author_id INTEGER,
	created TEXT NOT NULL,
	modified TEXT NOT NULL,
	state TEXT DEFAULT 'anchored' NOT NULL,
	deleted INTEGER DEFAULT 0 NOT NULL,
	commitment_indicator TEXT DEFAULT '' NOT NULL,
	commitment_value TEXT DEFAULT '' NOT NULL,
	commitment_unit TEXT DEFAULT '' NOT NULL,
	commitment_qualifier TEXT DEFAULT '' NOT NULL,
	commitment_deadline TEXT DEFAULT '' NOT NULL,
	commitment_status TEXT,
	PRIMARY KEY (id),
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE,
	FOREIGN KEY(author_id) REFERENCES authors (id) ON DELETE SET NULL
)""",
    V1_DDL[4],
    V1_DDL[5],
    V1_DDL[6],
    """CREATE TABLE commitment_history (
	id INTEGER NOT NULL,
	annotation_id TEXT NOT NULL,
	old_status TEXT,
	new_status TEXT NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	changed TEXT NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(annotation_id) REFERENCES annotations (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_commitment_history_annotation ON commitment_history (annotation_id, id)",
    "PRAGMA application_id = 1346984520",
    "PRAGMA user_version = 3",
)

V4_DDL = (
    V3_DDL[0],
    V3_DDL[1],
    V3_DDL[2],
    """CREATE TABLE annotations (
	id TEXT NOT NULL,
	document_id TEXT NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	exact TEXT NOT NULL,
	prefix TEXT DEFAULT '' NOT NULL,
	suffix TEXT DEFAULT '' NOT NULL,
	color TEXT NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	author_id INTEGER,
	created TEXT NOT NULL,
	modified TEXT NOT NULL,
	state TEXT DEFAULT 'anchored' NOT NULL,
	deleted INTEGER DEFAULT 0 NOT NULL,
	commitment_indicator TEXT DEFAULT '' NOT NULL,
	commitment_value TEXT DEFAULT '' NOT NULL,
	commitment_unit TEXT DEFAULT '' NOT NULL,
	commitment_qualifier TEXT DEFAULT '' NOT NULL,
	commitment_horizon TEXT DEFAULT '' NOT NULL,
	commitment_status TEXT,
	commitment_kind TEXT DEFAULT '' NOT NULL,
	commitment_strength TEXT DEFAULT '' NOT NULL,
	commitment_binding TEXT DEFAULT '' NOT NULL,
	commitment_category TEXT DEFAULT '' NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE,
	FOREIGN KEY(author_id) REFERENCES authors (id) ON DELETE SET NULL
)""",
    V1_DDL[4],
    """CREATE TABLE commitment_dismissals (
	id TEXT NOT NULL,
	document_id TEXT NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	quote TEXT NOT NULL,
	author TEXT DEFAULT '' NOT NULL,
	dismissed TEXT NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_commitment_dismissals_document ON commitment_dismissals (document_id, start)",
    V1_DDL[5],
    V1_DDL[6],
    """CREATE TABLE commitment_history (
	id TEXT NOT NULL,
	annotation_id TEXT NOT NULL,
	old_status TEXT,
	new_status TEXT NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	source TEXT DEFAULT '' NOT NULL,
	author TEXT DEFAULT '' NOT NULL,
	changed TEXT NOT NULL,
	evidence_document TEXT DEFAULT '' NOT NULL,
	evidence_selector TEXT DEFAULT '' NOT NULL,
	retracted TEXT,
	PRIMARY KEY (id),
	FOREIGN KEY(annotation_id) REFERENCES annotations (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_commitment_history_annotation ON commitment_history (annotation_id, changed)",
    "PRAGMA application_id = 1346984520",
    "PRAGMA user_version = 4",
)

RELEASED = {1: V1_DDL, 2: V2_DDL, 3: V3_DDL, 4: V4_DDL}  # version -> DDL that created a fresh store of that version
