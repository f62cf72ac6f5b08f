"""``pizhu outline [FILE] [--json]``: the section outline."""
from __future__ import annotations

import argparse

from document.model import OutlineEntry
from document.outline import outline_to_json
from pizhu.commands.common import add_file_argument, load_from_args, print_json



def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON with offsets")


def _print_tree(entries: tuple[OutlineEntry, ...]) -> None:
    for entry in entries:
        print(f"{'  ' * (entry.level - 1)}{entry.title}")
        _print_tree(entry.children)


def run(args: argparse.Namespace) -> int:
    document = load_from_args(args)
    if args.json:
        print_json(outline_to_json(document.outline))
    else:
        if document.title:
            print(document.title)
            print()
        _print_tree(document.outline)
    return 0
