"""Value conversions shared by the W3C writer and reader: timestamps and identifiers.

Why a module of its own: the writer and the reader must agree exactly (a round trip has to give
back the same id and the same instant), so both sides call these functions.
"""
from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from document.times import iso_utc
from storage.exchange.fields import ID_NAMESPACE, UUID_URN

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# RFC 3339 date-time as the W3C model asks for; a missing offset is read as UTC (lenient).
_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+\-]\d{2}:\d{2})?$"
)
# A UUID as ``str(uuid.UUID(...))`` writes it (lower case, hyphenated): every id Pizhu makes.
# Such a value needs no parsing to be written or read back; ``\Z``: no trailing newline.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
# Characters that may stay literal in an IRI we write; everything else is percent-encoded.
_IRI_SAFE = "!#$%&'()*+,/:;=?@[]~-._"


def format_time(moment: datetime) -> str:
    """UTC ``…Z`` with milliseconds (or microseconds when they matter) for a lossless round trip."""
    return iso_utc(moment)


# The form Pizhu writes (``format_time``), which is nearly every time an import reads.
_WRITTEN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}(?:[0-9]{3})?Z")


def parse_time(value: str) -> datetime:
    """An RFC 3339 date-time as an aware UTC datetime; raises ValueError when it is not one."""
    if _WRITTEN.fullmatch(value):
        # Python's own parser reads exactly this form to the same aware UTC instant; anything
        # it refuses (day 31 of April, a leap second) gets the full reading below.
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    match = _RFC3339.match(value.strip())
    if not match:
        raise ValueError(f"not an RFC 3339 date-time: {value[:40]!r}")
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    fraction = match.group(7) or ""
    micro = int((fraction[1:] + "000000")[:6]) if fraction else 0
    if second == 60:  # a leap second: keep the instant inside the minute
        second = 59
    moment = datetime(year, month, day, hour, minute, second, micro, tzinfo=timezone.utc)
    zone = match.group(8)
    if zone and zone not in ("Z", "z"):
        sign = 1 if zone[0] == "+" else -1
        hours, minutes = int(zone[1:3]), int(zone[4:6])
        if hours > 23 or minutes > 59:
            raise ValueError(f"bad UTC offset in {value[:40]!r}")
        try:
            moment = moment - sign * timedelta(hours=hours, minutes=minutes)
        except OverflowError:
            raise ValueError(f"date-time out of range: {value[:40]!r}") from None
    return moment


def encode_iri(value: str) -> str:
    """Percent-encode non-ASCII and unsafe characters (UTF-8) so the id is a valid URI."""
    return quote(value, safe=_IRI_SAFE)


def annotation_iri(annotation_id: str) -> str:
    """``urn:uuid:…`` for Pizhu's UUID ids; other stored ids are IRIs already (percent-encoded)."""
    if _CANONICAL_UUID.match(annotation_id):
        return UUID_URN + annotation_id
    try:
        return UUID_URN + str(uuid.UUID(annotation_id))
    except ValueError:
        pass
    if _SCHEME.match(annotation_id):
        return encode_iri(annotation_id)
    return "urn:pizhu:id:" + quote(annotation_id, safe="")


def id_from_iri(iri: str) -> str:
    """The Pizhu id for an incoming annotation IRI (inverse of :func:`annotation_iri`).

    ``urn:uuid:X`` gives the UUID ``X``; any other IRI is kept (percent-encoded where it has
    non-ASCII characters) so a foreign producer's annotation keeps its identity across imports;
    a relative id is made absolute under ``urn:pizhu:id:``.
    """
    text = iri.strip()
    if text.startswith(UUID_URN) and _CANONICAL_UUID.match(text, len(UUID_URN)):
        return text[len(UUID_URN):]
    if text.lower().startswith(UUID_URN):
        try:
            return str(uuid.UUID(text[len(UUID_URN):]))
        except ValueError:
            pass
    if _SCHEME.match(text):
        return encode_iri(text)
    return "urn:pizhu:id:" + quote(text, safe="")


def derived_id(*parts: str) -> str:
    """A stable UUID for something that has no id of its own (same input, same id)."""
    return str(uuid.uuid5(ID_NAMESPACE, "\x1f".join(parts)))
