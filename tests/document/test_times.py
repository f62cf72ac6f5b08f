"""document/times.py: every timestamp-as-text format, on ordinary, edge and naive values."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from document.times import iso_utc, local_date, local_minute, local_recent, utc_minute

T = datetime(2023, 1, 16, 8, 30, 5, 123000, tzinfo=timezone.utc)


def test_wire_formats_are_utc_with_a_z_and_exact():
    assert iso_utc(T, 3) == "2023-01-16T08:30:05.123Z"
    assert iso_utc(T, 6) == "2023-01-16T08:30:05.123000Z"
    assert iso_utc(T) == "2023-01-16T08:30:05.123Z"                                 # whole milliseconds
    assert iso_utc(T.replace(microsecond=123456)) == "2023-01-16T08:30:05.123456Z"  # microseconds matter
    east = T.astimezone(timezone(timedelta(hours=8)))
    assert iso_utc(east, 3) == iso_utc(T, 3)                                         # converted to UTC
    assert iso_utc(T.replace(tzinfo=None), 3) == iso_utc(T, 3)                       # naive: taken as UTC


def test_far_past_and_far_future_years_keep_four_digits():
    assert iso_utc(datetime(999, 1, 2, tzinfo=timezone.utc), 3) == "0999-01-02T00:00:00.000Z"
    assert utc_minute(datetime(9999, 12, 31, 23, 59, tzinfo=timezone.utc)) == "9999-12-31 23:59 UTC"


def test_display_formats():
    assert utc_minute(T) == "2023-01-16 08:30 UTC"
    local = T.astimezone()
    assert local_minute(T) == f"{local.year:04d}-{local.month:02d}-{local.day:02d} {local.hour:02d}:{local.minute:02d}"
    assert local_date(T) == local_minute(T)[:10]
    # The last minute representable: local conversion may overflow; it still formats.
    assert local_minute(datetime.max.replace(tzinfo=timezone.utc))[:4] == "9999"


def test_recent_times_show_the_hour_today_and_the_date_otherwise():
    local = T.astimezone()
    assert local_recent(T, now=T + timedelta(minutes=5)) == f"{local.hour:02d}:{local.minute:02d}"
    assert local_recent(T, now=T + timedelta(days=2)) == local_minute(T)
