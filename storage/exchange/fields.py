"""Names and limits of the exchange formats: the one source of truth.

Every JSON key, type name, extension property and limit used by the W3C writer and reader,
the CSV and the Markdown exports is defined here, so a renamed field cannot drift between the
writer and the reader.  docs/exchange-format.md describes the same names for users.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

# --- W3C Web Annotation Data Model (JSON-LD) -------------------------------------------------
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT = "@context"
ID = "id"
TYPE = "type"
LD_ID = "@id"  # JSON-LD keyword aliases accepted on import
LD_TYPE = "@type"

T_ANNOTATION = "Annotation"
T_PAGE = "AnnotationPage"
T_COLLECTION = "AnnotationCollection"
T_TEXTUAL_BODY = "TextualBody"
T_SPECIFIC_RESOURCE = "SpecificResource"
T_PERSON = "Person"
T_TEXT = "Text"
T_QUOTE_SELECTOR = "TextQuoteSelector"
T_POSITION_SELECTOR = "TextPositionSelector"
T_RANGE_SELECTOR = "RangeSelector"

LABEL = "label"
TOTAL = "total"
FIRST = "first"
NEXT = "next"
ITEMS = "items"
START_INDEX = "startIndex"
PART_OF = "partOf"
MOTIVATION = "motivation"
CREATED = "created"
MODIFIED = "modified"
CREATOR = "creator"
NAME = "name"
NICKNAME = "nickname"
BODY = "body"
BODY_VALUE = "bodyValue"
VALUE = "value"
PURPOSE = "purpose"
FORMAT = "format"
TARGET = "target"
SOURCE = "source"
SELECTOR = "selector"
EXACT = "exact"
PREFIX = "prefix"
SUFFIX = "suffix"
START = "start"
END = "end"
START_SELECTOR = "startSelector"
END_SELECTOR = "endSelector"
REFINED_BY = "refinedBy"

MOTIVATION_HIGHLIGHTING = "highlighting"
MOTIVATION_TAGGING = "tagging"
PURPOSE_TAGGING = "tagging"
PURPOSE_COMMENTING = "commenting"
NOTE_FORMAT = "text/plain"

# --- Pizhu extension namespace ----------------------------------------------------------------
# A stable identifier (it names the vocabulary; nothing is fetched from it).  Properties are
# written as compact IRIs "pizhu:color" with the prefix declared in @context; the reader also
# accepts the expanded form "https://w3id.org/pizhu/ns/v1#color".
EXT_PREFIX = "pizhu"
EXT_NAMESPACE = "https://w3id.org/pizhu/ns/v1#"
EXT_COLOR = "color"  # "#rrggbb"
EXT_STATE = "anchorState"  # anchored | changed | review | orphan (informative; import re-anchors)
EXT_DELETED = "deleted"  # true on a tombstone
EXT_COMMITMENT = "commitment"  # object with the keys below
EXT_INDICATOR = "indicator"
EXT_VALUE = "value"
EXT_UNIT = "unit"
EXT_QUALIFIER = "qualifier"
EXT_HORIZON = "horizon"
EXT_DEADLINE = "deadline"  # read only: files before the ledger called the horizon so
EXT_KIND = "kind"  # quantified | pledge
EXT_STRENGTH = "strength"  # firm | aim
EXT_BINDING = "binding"  # expected | binding
EXT_CATEGORY = "category"
EXT_STATUS = "status"
# The commitment fields as written, one key each: Commitment field name == extension key name.
EXT_COMMITMENT_FIELDS = (
    EXT_KIND, EXT_INDICATOR, EXT_VALUE, EXT_UNIT, EXT_QUALIFIER, EXT_HORIZON, EXT_STRENGTH, EXT_BINDING, EXT_CATEGORY,
)
# The status history, inside the commitment object: a list of entry objects with an "id" and
# the keys below (see docs/exchange-format.md); the evidence is a SpecificResource like a target.
EXT_HISTORY = "history"
EXT_PREVIOUS = "previous"
EXT_AT = "at"
EXT_AUTHOR = "author"
EXT_NOTE = "note"
EXT_SOURCE = "source"
EXT_EVIDENCE = "evidence"
EXT_RETRACTED = "retracted"
MAX_HISTORY = 10_000  # entries of one commitment
EXT_DOCUMENT_TITLE = "documentTitle"  # on the collection, informative
EXT_PAGE = "page"  # PDF page (1-based) where the highlight starts, informative; PDFs only


def ext(name: str) -> str:
    """The compact IRI written for an extension property, e.g. ``pizhu:color``."""
    return f"{EXT_PREFIX}:{name}"


def ext_expanded(name: str) -> str:
    return EXT_NAMESPACE + name


EXPORT_CONTEXT = [W3C_CONTEXT, {EXT_PREFIX: EXT_NAMESPACE}]

# Namespace for uuid5 ids Pizhu derives (collection/page ids, ids for id-less foreign items).
ID_NAMESPACE = uuid.UUID("6f1c2b7e-3a54-5d8e-9b0c-7a1e2f3d4c5b")
UUID_URN = "urn:uuid:"

# A missing ``created`` becomes this fixed instant, so importing the same id-less file twice
# yields the same annotations (and merges to "unchanged") instead of new timestamps.
MISSING_CREATED = datetime(1970, 1, 1, tzinfo=timezone.utc)

# --- Import limits (checked before/while parsing; each breach rejects the whole file) --------
# Principle: the limits are a superset of anything Pizhu produces in realistic use, so every
# file Pizhu exports imports again (the W3C writer refuses an annotation or a file above them
# rather than write a file it would then refuse), while hostile input stays bounded: the size is
# checked before the file is read, nesting before it is walked.  Pizhu writes ~1.1 KB per
# annotation, so 256 MiB holds ~230,000 of them; MAX_ITEMS is higher for terser producers.
MAX_FILE_BYTES = 256 * 1024 * 1024  # 256 MiB, checked before the file is read or parsed
MAX_DEPTH = 32  # nesting of JSON arrays/objects; real files need < 10
MAX_ITEMS = 500_000  # annotations per file
MAX_QUOTE = 1_000_000  # characters of a quote (a highlight of a few hundred pages)
MAX_NOTE = 1_000_000  # characters of a note (all of an annotation's comment bodies together)
MAX_STRING = 1_000_000  # characters of any other single text value (a body value, …)
MAX_TAG = 1_000  # characters in one tag
MAX_TAGS = 1_000  # tags on one annotation
MAX_CONTEXT = 1_000  # characters of prefix/suffix (Pizhu writes 32)
# Ids, sources and authors are limited on the form the writer puts in the file (an id as its
# percent-encoded IRI, several creators as the one joined name), so what is accepted is what
# will be written, and every accepted file can be exported and imported again (limits.py).
MAX_ID = 2_000  # characters of an annotation id or target source, as written
MAX_AUTHOR = 2_000  # characters of the author (creators joined with ", ")
MAX_COMMITMENT_FIELD = 1_000  # characters of one commitment field
MAX_PAGES = 10_000  # embedded pages followed through "next"
# One value of the file — an annotation, or anything else outside the pages' spine — is
# measured while it is scanned, before it is decoded (bounded_json.py), so the memory it can
# take is bounded whatever the file holds.  A real annotation at every other limit (1M-char
# quote and note, 1,000 tags of 1,000 characters, all \u-escaped) stays within these.
MAX_VALUE_CHARS = 32 * 1024 * 1024  # characters of one value's JSON text
MAX_VALUE_CONTAINERS = 20_000  # arrays and objects inside one value
MAX_VALUE_ITEMS = 200_000  # commas inside one value (an upper bound on its members)
# Times at or after this instant are refused: a "modified" in the far future would win every
# merge forever, and one at the edge of the calendar left no room for the next edit's time.
LATEST_TIME = datetime(3000, 1, 1, tzinfo=timezone.utc)


def megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


# --- CSV / Markdown -------------------------------------------------------------------------
CSV_COLUMNS = (
    "section", "quote", "tags", "note", "author", "created", "modified", "start", "end", "color", "state",
    "page",
)
# Commitment columns after those: empty for a highlight that is not a commitment.
CSV_COMMITMENT_COLUMNS = (
    "kind", "indicator", "value", "unit", "qualifier", "horizon", "strength", "binding", "category", "status",
)
CSV_TAG_SEPARATOR = "; "
# A cell starting with one of these (after any blanks) could be evaluated by a spreadsheet.
# Full-width forms come from Chinese input methods and some spreadsheets fold them to ASCII;
# a leading NUL is dropped by some importers, exposing what follows.
CSV_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00", "＝", "＋", "－", "＠")
CSV_LEADING_BLANKS = " \t\r\n\x00\u3000"
