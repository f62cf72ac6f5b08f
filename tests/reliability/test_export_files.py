"""Export files get the mode a new file gets from the umask, keep an existing file's mode, and
are flushed to disk before the rename (14.9)."""
from __future__ import annotations

import os
import stat
import sys

import pytest

from storage.exchange.exporting import write_atomically

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_export_respects_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        write_atomically(b"data", tmp_path / "out.json")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "out.json") == 0o666 & ~umask
    assert (tmp_path / "out.json").read_bytes() == b"data"


def test_overwriting_keeps_the_existing_mode(tmp_path):
    target = tmp_path / "shared.csv"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    write_atomically(b"new", target)
    assert target.read_bytes() == b"new" and _mode(target) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["shared.csv"]  # no temporary left behind


def test_the_data_is_synced_before_the_rename(tmp_path, monkeypatch):
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    write_atomically(b"data", tmp_path / "out.md")
    assert calls[:2] == ["fsync", "replace"]
