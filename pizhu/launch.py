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
    from gui.app import run
    from storage.store import Store

    store = Store.open(store_path(args.data_dir))
    try:
        return run(store, path, args.script)
    finally:
        store.close()
