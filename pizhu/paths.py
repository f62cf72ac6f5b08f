"""Where Pizhu keeps its data: appdirs by default, ``--data-dir`` or PIZHU_DATA_DIR override."""
from __future__ import annotations

import os
from pathlib import Path

import appdirs

from document.errors import PizhuError

APP_NAME = "pizhu"
DATA_DIR_ENV = "PIZHU_DATA_DIR"
STORE_FILENAME = "pizhu.sqlite3"


def data_dir(override: str | None = None) -> Path:
    """The data directory, created if needed; an explicit override beats the environment.

    An empty ``--data-dir ""`` is a mistake, not a request for the default store.
    """
    if override is not None and not override.strip():
        raise PizhuError("--data-dir needs a directory name")
    chosen = override or os.environ.get(DATA_DIR_ENV) or appdirs.user_data_dir(APP_NAME)
    path = Path(chosen).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise PizhuError(f"data directory {path} exists but is not a directory") from None
    except OSError as error:
        raise PizhuError(f"cannot use data directory {path}: {error.strerror or error}") from None
    return path


def store_path(override: str | None = None) -> Path:
    return data_dir(override) / STORE_FILENAME


def cache_dir() -> Path:
    """Where derived, rebuildable files live (created by whoever writes there first)."""
    return Path(appdirs.user_cache_dir(APP_NAME)).expanduser()
