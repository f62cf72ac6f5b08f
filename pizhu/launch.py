"""Launching the GUI from the command line."""
from __future__ import annotations

import argparse
import os

from pizhu.paths import store_path


def run_gui(args: argparse.Namespace) -> int:
    # Validate the file before any window appears: a bad path is a one-line error, exit 1.
    path = None
    if args.file:
        from document.loading import read_document_bytes

        read_document_bytes(args.file)
        path = os.path.abspath(args.file)
    location = store_path(args.data_dir)

    def open_store():
        from storage.store import Store  # SQLAlchemy loads off the GUI thread, after first paint

        return Store.open(location)

    from gui.app import run

    return run(open_store, path, args.script)
