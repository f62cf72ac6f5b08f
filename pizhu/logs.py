"""Where Pizhu's log goes: a rotating file in the platform's log directory, and stderr with -v.

The file (``pizhu.log``, 1 MB × 4) records warnings and errors with their tracebacks — what a
user attaches to a bug report; nothing is written until there is something to say.  ``-v``
adds every record from debug level up on stderr.  Without ``-v`` stderr stays as the command
line promises: one line per problem, never a traceback.  ``PIZHU_LOG_DIR`` moves the file
(the test suite points it at a temporary directory).
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import appdirs

OUR_PACKAGES = ("document", "storage", "gui", "pizhu")   # -v shows their debug records, not libraries
LOG_DIR_ENV = "PIZHU_LOG_DIR"
LOG_FILE = "pizhu.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_installed: list[logging.Handler] = []


class _RotatingFile(logging.Handler):
    """The rotating log file, opened (and ``logging.handlers`` imported) at the first record:
    most runs have nothing to say, and start-up should not pay for the module."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def log_dir() -> Path:
    return Path(os.environ.get(LOG_DIR_ENV) or appdirs.user_log_dir("pizhu")).expanduser()


def setup_logging(verbose: bool = False) -> Path | None:
    """Configure the root logger (again, replacing what an earlier call installed); returns the
    log file, or None when its directory cannot be made (logging then goes on without it)."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    path: Path | None = log_dir() / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = _RotatingFile(path)
    except OSError:
        path = None
    else:
        file_handler.setLevel(logging.WARNING)
        file_handler.setFormatter(logging.Formatter(FORMAT))
        _installed.append(file_handler)
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.DEBUG)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        _installed.append(stream)
    for handler in _installed:
        root.addHandler(handler)
    root.setLevel(logging.WARNING)   # libraries (SQLAlchemy logs every statement at info) stay quiet
    for name in OUR_PACKAGES:
        logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.NOTSET)
    return path
