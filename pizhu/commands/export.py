"""``pizhu export [FILE] --format w3c|markdown|csv [-o OUT] [--tag TAG] [--author NAME]``.

Writes the stored annotations of FILE (default: the bundled report) to OUT, or to stdout when
no ``-o`` is given.  ``w3c`` includes tombstones (so deletes propagate to teammates); the
Markdown brief and the CSV are reading copies and leave them out.  ``--section TITLE`` limits
the export to one outline entry.  OUT is written to a temporary file and renamed, so a failed
export never leaves half a file behind.  The store is opened read-only; a damaged one is
refused (exit 1) rather than exported in part.
"""
from __future__ import annotations

import argparse
import sys

from pizhu.commands.common import add_file_argument, load_from_args, opened_store
from storage.exchange.exporting import FORMAT_IDS, export_data, export_filter, write_atomically



def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    parser.add_argument("--format", required=True, choices=FORMAT_IDS, help="output format")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    parser.add_argument("--tag", metavar="TAG", help="only annotations with this tag")
    parser.add_argument("--author", metavar="NAME", help="only annotations by this author")
    parser.add_argument("--section", metavar="TITLE", help="only annotations in this outline section")


def run(args: argparse.Namespace) -> int:
    document = load_from_args(args)
    wanted = export_filter(args.format, args.tag, args.author, args.section)
    with opened_store(args, read_only=True) as store:
        data, _count = export_data(store, document, args.format, wanted)
    if args.output is None or args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomically(data, args.output)
    return 0
