"""``pizhu text [FILE] [--script ID] [--json]``: the canonical text or a script view of it."""
from __future__ import annotations

import argparse
import sys

from pizhu.commands.common import add_file_argument, add_script_argument, load_from_args, print_json

NAME = "text"
HELP = "print the canonical reading text (or a script view of it)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    add_script_argument(parser)
    parser.add_argument("--json", action="store_true",
                        help='print {"text": …, "to_source": […], "pages": [{"start", "page"}, …]}')


def run(args: argparse.Namespace) -> int:
    document = load_from_args(args)
    text = document.text
    to_source = list(range(len(text) + 1))
    if args.script not in (None, "source"):
        from document.scripts import script_view

        view = script_view(document.text, args.script, document.unconverted_ranges())
        text, to_source = view.text, view.to_source_list()
    if args.json:
        # PDF pages: where each page begins, in source offsets (empty for other formats).
        pages = [{"start": start, "page": page} for start, page in document.page_starts]
        print_json({"text": text, "to_source": to_source, "pages": pages})
    else:
        sys.stdout.write(text + "\n")
    return 0

