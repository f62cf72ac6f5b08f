"""The find session's rules without widgets: where a search starts, wrapping, keeping a match."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gui.find.session import FindSession

MATCHES = [(3, 5), (10, 12), (20, 22), (40, 42)]


def test_incremental_search_starts_at_the_reading_position():
    session = FindSession()
    session.set_matches("发展", MATCHES, anchor=15)
    assert session.current_match == (20, 22) and session.label() == "3 / 4"
    session.set_matches("发展", MATCHES, anchor=50)     # past the last match: the first one
    assert session.current == 0


def test_keep_survives_a_rerender_when_still_a_match():
    session = FindSession()
    session.set_matches("发展", MATCHES, anchor=0, keep=(20, 22))
    assert session.current == 2
    session.set_matches("发展", MATCHES, anchor=0, keep=(21, 23))   # gone: falls back to the anchor
    assert session.current == 0


def test_labels():
    session = FindSession()
    assert session.label() == ""
    session.set_matches("无", [], anchor=0)
    assert session.label() == "No matches" and session.step(True) is None
    session.set_matches("的", [(i, i + 1) for i in range(0, 24000, 2)], anchor=0)
    assert session.label() == "1 / 12,000"


@given(st.integers(min_value=1, max_value=30), st.integers(min_value=0, max_value=60), st.booleans())
def test_a_full_cycle_wraps_exactly_once_and_returns(count, anchor, forward):
    matches = [(i * 2, i * 2 + 1) for i in range(count)]
    session = FindSession()
    session.set_matches("x", matches, anchor=anchor)
    start = session.current
    wraps = sum(session.step(forward).wrapped for _ in range(count))
    assert session.current == start
    assert wraps == 1
