"""Every way Pizhu writes a timestamp as text, in one place.

Two families: *wire* formats (the store, JSON output, W3C files) are UTC, ISO 8601 with a
trailing ``Z`` and exact; *display* formats are for people — local time in the window, UTC
with its name in the Markdown brief (a shared file is read in several time zones).

All formatting is by hand rather than ``strftime``: ``%Y`` does not zero-pad years before
1000 on glibc, and a far-past or far-future time must still read the same everywhere.
A naive datetime is taken to be UTC (Pizhu only makes aware UTC ones; guessing local time for a
careless caller's value would shift it).
"""
from __future__ import annotations

from datetime import datetime, timezone


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        return moment.astimezone()
    except (OverflowError, OSError, ValueError):   # beyond what the platform's clock handles
        return moment.astimezone(timezone.utc)


def _date(v: datetime) -> str:
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}"


def _minute(v: datetime) -> str:
    return f"{_date(v)} {v.hour:02d}:{v.minute:02d}"


# -- wire formats ---------------------------------------------------------------------------
def iso_utc(moment: datetime, digits: int | None = None) -> str:
    """``2023-01-16T08:30:00.123Z``.  ``digits``: 3 (milliseconds) or 6 (microseconds); None
    picks milliseconds unless the microseconds matter (a lossless round trip either way)."""
    if moment.tzinfo is timezone.utc and moment.year >= 1000 and digits in _TIMESPEC_OR_NONE:
        if digits is None:
            digits = 3 if moment.microsecond % 1000 == 0 else 6
        # The common case (every time Pizhu makes or reads is aware UTC), written by C code:
        # the same text, as isoformat zero-pads every field and, like the slice below,
        # truncates to milliseconds rather than rounding; "+00:00" becomes "Z".  Years before
        # 1000 take the hand-written path (see the module doc).
        return moment.isoformat(timespec=_TIMESPEC[digits])[:-6] + "Z"
    v = _utc(moment)
    if digits is None:
        digits = 3 if v.microsecond % 1000 == 0 else 6
    fraction = f"{v.microsecond:06d}"[:digits]
    return f"{_date(v)}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{fraction}Z"


_TIMESPEC = {3: "milliseconds", 6: "microseconds"}
_TIMESPEC_OR_NONE = (None, 3, 6)


# -- display formats --------------------------------------------------------------------------
def local_minute(moment: datetime) -> str:
    """``2023-01-16 16:30`` in the computer's time zone (the annotations panel)."""
    return _minute(_local(moment))


def local_date(moment: datetime) -> str:
    """``2023-01-16`` in the computer's time zone."""
    return _date(_local(moment))


def utc_minute(moment: datetime) -> str:
    """``2023-01-16 08:30 UTC`` (files read in several time zones: the Markdown brief)."""
    return _minute(_utc(moment)) + " UTC"


def local_recent(moment: datetime, now: datetime | None = None) -> str:
    """``16:30`` when ``moment`` falls on today's date in the computer's time zone, else
    ``2023-01-16 16:30`` (how recent something was: the last sync in the status bar)."""
    v = _local(moment)
    today = _local(now if now is not None else datetime.now(timezone.utc))
    return f"{v.hour:02d}:{v.minute:02d}" if _date(v) == _date(today) else _minute(v)
