"""Where Pizhu keeps its data: appdirs by default, ``--data-dir`` or PIZHU_DATA_DIR override."""
from __future__ import annotations

import os
from pathlib import Path

import appdirs

APP_NAME = "pizhu"
DATA_DIR_ENV = "PIZHU_DATA_DIR"
STORE_FILENAME = "pizhu.sqlite3"


def data_dir(override: str | None = None) -> Path:
    """The data directory, created if needed; an explicit override beats the environment."""
    chosen = override or os.environ.get(DATA_DIR_ENV) or appdirs.user_data_dir(APP_NAME)
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_path(override: str | None = None) -> Path:
    return data_dir(override) / STORE_FILENAME
