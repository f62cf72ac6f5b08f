"""``pizhu text [FILE] [--script ID] [--json]``: the canonical text or a script view of it.

``--json`` prints ``text``, ``to_source`` and ``pages`` (PDF page starts) and, added for real
reports: ``paragraphing`` (how the source marked paragraphs), ``front_matter`` (title, dateline,
speaker, metadata and caption lines, in canonical offsets), ``contents`` (the ranges of a 目录
block) and ``repairs`` — every sentence joined across a page or line break and every line of
debris left out, with its offset, source line and reason.  Offsets in these added keys are canonical-text
offsets (``to_source`` maps display offsets of a script view to them).
"""
from __future__ import annotations

import argparse
import sys

from document.model import BlockRole, Document
from pizhu.commands.common import add_file_argument, add_script_argument, load_from_args, print_json



def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    add_script_argument(parser)
    parser.add_argument("--json", action="store_true",
                        help='print {"text", "to_source", "pages", "paragraphing", "front_matter", "contents", '
                             '"repairs"}')


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
        print_json({"text": text, "to_source": to_source, "pages": pages, **structure_json(document)})
    else:
        sys.stdout.write(text + "\n")
    return 0



def structure_json(document: Document) -> dict:
    """The keys ``pizhu text --json`` adds about how the report was read."""
    def span(block) -> dict:
        return {"role": block.role.value, "start": block.start, "end": block.end,
                "text": document.text[block.start:block.end]}

    return {
        "paragraphing": document.paragraphing,
        "front_matter": [span(block) for block in document.front_matter()],
        "contents": [span(block) for block in document.blocks if block.role is BlockRole.CONTENTS],
        "repairs": [repair.to_json() for repair in document.repairs],
    }
