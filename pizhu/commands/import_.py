"""``pizhu import ANNOTATIONS.json [--document FILE] [--dry-run]``: merge a W3C annotation file.

The file is validated whole before anything is written; a bad file exits 1 with one line naming
the problem and the item; ``--dry-run`` opens the store read-only (nothing is created, upgraded
or written).  The summary (added, updated, unchanged, older skipped, re-anchored,
needs review, orphaned) goes to stdout.  See storage/exchange/importer.py for the rules.
"""
from __future__ import annotations

import argparse
import sys

from document.loading import load_document
from pizhu.commands.common import opened_store
from storage.exchange.importer import import_file



def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("annotations", metavar="ANNOTATIONS.json", help="W3C Web Annotation JSON-LD file")
    parser.add_argument(
        "--document",
        metavar="FILE",
        help="Markdown report the annotations belong to (needed when the store has not seen it)",
    )
    parser.add_argument("--dry-run", action="store_true", help="report what would change without writing")


def run(args: argparse.Namespace) -> int:
    document = load_document(args.document) if args.document else None
    for notice in document.notices if document is not None else ():
        print(f"pizhu: {notice}", file=sys.stderr)
    with opened_store(args, read_only=args.dry_run) as store:
        summary = import_file(store, args.annotations, document=document, dry_run=args.dry_run)
    print(summary.describe())
    return 0
