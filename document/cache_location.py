"""Where derived, rebuildable files (OpenCC segment-mark dictionaries) are kept between runs.

A module of its own, importing nothing, so the shell can set the place at start-up without
loading OpenCC; :mod:`document.phrase_segments` reads it when it first needs the files.
"""
from __future__ import annotations

import os
from pathlib import Path

_directory: Path | None = None


def set_cache_dir(path: str | os.PathLike | None) -> None:
    """None: a per-process temporary folder (what the tests use)."""
    global _directory
    _directory = Path(path) if path is not None else None
    # A running process that already built its converters drops them (they live elsewhere).
    import sys

    segments = sys.modules.get("document.phrase_segments")
    if segments is not None:
        segments.marked_converters.cache_clear()


def cache_dir() -> Path | None:
    return _directory
