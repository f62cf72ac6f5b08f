"""``pizhu export [FILE] --format w3c|markdown|csv [-o OUT] [--tag TAG] [--author NAME]``.

Writes the stored annotations of FILE (default: the bundled report) to OUT, or to stdout when
no ``-o`` is given.  ``w3c`` includes tombstones (so deletes propagate to teammates); the
Markdown brief and the CSV are reading copies and leave them out.  ``--section TITLE`` limits
the export to one outline entry.  OUT is written to a temporary file and renamed, so a failed
export never leaves half a file behind.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from pizhu.commands.common import add_file_argument, load_from_args
from pizhu.commands.import_ import opened_store
from storage.exchange import csv_export, markdown_brief, w3c
from storage.exchange.errors import ExchangeError
from storage.exchange.filters import ExportFilter, select

NAME = "export"
HELP = "export a document's annotations as W3C JSON-LD, a Markdown brief or CSV"
FORMATS = ("w3c", "markdown", "csv")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    parser.add_argument("--format", required=True, choices=FORMATS, help="output format")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    parser.add_argument("--tag", metavar="TAG", help="only annotations with this tag")
    parser.add_argument("--author", metavar="NAME", help="only annotations by this author")
    parser.add_argument("--section", metavar="TITLE", help="only annotations in this outline section")


def _write(data: bytes, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(output)
    if target.is_dir():
        raise ExchangeError(f"{target}: is a directory")
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ExchangeError(f"{target}: directory {directory} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".pizhu-export-", dir=directory)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except OSError as error:
        raise ExchangeError(f"{target}: cannot write ({error.strerror or error})") from None


def render(fmt: str, document, annotations) -> bytes:
    if fmt == "w3c":
        return w3c.export_bytes(document.id, annotations, title=document.title)
    if fmt == "markdown":
        return markdown_brief.export_bytes(document, annotations)
    return csv_export.export_bytes(document, annotations)


def run(args: argparse.Namespace) -> int:
    document = load_from_args(args)
    chosen = ExportFilter(tag=args.tag, author=args.author, section=args.section, include_deleted=args.format == "w3c")
    with opened_store(args) as store:
        stored = store.annotations(document.id, include_deleted=chosen.include_deleted)
    _write(render(args.format, document, select(stored, document, chosen)), args.output)
    return 0
