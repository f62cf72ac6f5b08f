"""Fixtures shared by the store tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from storage.store import Store


@pytest.fixture
def store(tmp_path: Path):
    """A fresh store in a real SQLite file, closed after the test."""
    store = Store.open(tmp_path / "pizhu.sqlite3")
    yield store
    store.close()
