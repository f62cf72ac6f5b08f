"""Launching the GUI from the command line."""
from __future__ import annotations

import argparse
import os
import sys

from document.errors import PizhuError
from pizhu.paths import store_path
from pizhu.window_check import window_problem


def run_gui(args: argparse.Namespace) -> int:
    # Validate the file before any window appears: a bad path is a one-line error, exit 1.
    path = None
    if args.file:
        from document.loading import read_document_bytes

        read_document_bytes(args.file)
        path = os.path.abspath(args.file)
    # No display or a missing library: one line and status 1, not Qt's abort.
    problem = window_problem()
    if problem:
        raise PizhuError(problem)
    location = store_path(args.data_dir)

    def open_store():
        from storage.store import Store  # SQLAlchemy loads off the GUI thread, after first paint

        return Store.open(location)

    from gui.app import run

    return run(open_store, path, args.script, notify=_notice)


def _notice(message: str) -> None:
    """A notice from the window that belongs on the command line too (a missing CJK font)."""
    print(f"pizhu: {message}", file=sys.stderr)
