"""Test setup shared by every suite: offscreen Qt, temp data dir and temp QSettings.

Nothing here touches the user's real data directory or settings.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "shanxi-2023-government-work-report.md"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Point the store, QSettings, the log and HOME-based lookups at throw-away directories."""
    data = tmp_path_factory.mktemp("data")
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("PIZHU_DATA_DIR", str(data))
    monkeypatch.setenv("PIZHU_CONFIG_DIR", str(config))
    monkeypatch.setenv("PIZHU_LOG_DIR", str(tmp_path_factory.mktemp("log")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CACHE_HOME", str(data / "cache"))
    yield data


@pytest.fixture
def seed_path() -> Path:
    return SEED
