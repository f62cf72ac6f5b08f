"""Arguments and helpers shared by the CLI commands."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from document.script_ids import SCRIPT_IDS

if TYPE_CHECKING:  # pragma: no cover
    from document.model import Document


def add_global_arguments(parser: argparse.ArgumentParser, suppress_default: bool = False) -> None:
    """``--data-dir`` and ``-v`` are accepted before or after the command name."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS if suppress_default else None,
        help="keep the annotation store in DIR (also: PIZHU_DATA_DIR)",
    )
    parser.add_argument(
        "-v", "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if suppress_default else False,
        help="log what happens on stderr (warnings and errors always go to the log file)",
    )


def add_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE", help="report: .md, .txt, .docx, .html or .pdf (default: the bundled report)")


def add_script_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--script",
        metavar="ID",
        choices=SCRIPT_IDS,
        default=None,
        help="display script: " + ", ".join(SCRIPT_IDS),
    )


def load_from_args(args: argparse.Namespace) -> Document:
    """Load FILE (or the bundled report); notices such as "read as GB18030" go to stderr."""
    from document.loading import load_document   # not loaded by `pizhu` opening the reader

    document = load_document(getattr(args, "file", None))
    for notice in document.notices:
        print(f"pizhu: {notice}", file=sys.stderr)
    return document


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@contextmanager
def opened_store(args: argparse.Namespace, *, read_only: bool = False) -> Iterator[Any]:
    """The store at ``--data-dir`` / PIZHU_DATA_DIR / the user data dir, closed afterwards.

    ``read_only`` (listing, exporting, a dry run): nothing is created, upgraded or written —
    a missing store reads as empty, an old one is upgraded in memory only.  SQLAlchemy is
    imported here, not at module level, so other commands start fast.
    """
    from pizhu.paths import store_path
    from storage.store import Store

    store = Store.open(store_path(getattr(args, "data_dir", None)), read_only=read_only)
    try:
        yield store
    finally:
        store.close()
