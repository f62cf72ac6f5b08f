"""``pizhu annotations [FILE] [--json]``: the annotations stored for a document.

Read-only: a store that does not exist yet is not created just to report that it is empty, an
old one is not upgraded, and one on read-only media is read as it is.  On a damaged store the
readable annotations are listed, then one line on stderr says what could not be read (exit 1).
JSON items (README, Command line): id, start, end, quote, tags, note, author, state, created, modified
(UTC, ``…Z``), plus color, commitment and page for scripts that want them: commitment is
``null`` or the commitment's fields (kind, indicator, value, unit, qualifier, horizon, strength,
binding, category), status and history ([{status, at, author, note, source}]) as
``pizhu commitments --json`` gives them; page is the PDF page where the highlight starts
(``null`` for reports without pages).
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from document.annotation import Annotation
from document.model import Document, page_label
from pizhu.commands.common import add_file_argument, load_from_args, opened_store, print_json


_QUOTE_WIDTH = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON with offsets and fields")


def annotation_to_json(annotation: Annotation, page: int | None = None, history=()) -> dict[str, Any]:
    from pizhu.commands.commitments import commitment_json
    from storage.convert import time_to_json

    commitment = annotation.commitment
    return {
        "id": annotation.id,
        "start": annotation.start,
        "end": annotation.end,
        "quote": annotation.quote.exact,
        "tags": list(annotation.tags),
        "note": annotation.note,
        "author": annotation.author,
        "state": annotation.state.value,
        "created": time_to_json(annotation.created),
        "modified": time_to_json(annotation.modified),
        "color": annotation.color,
        "commitment": None if commitment is None else commitment_json(commitment, history),
        "page": page,
    }


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def _print_list(annotations: list[Annotation], document: Document) -> None:
    if not annotations:
        print("no annotations")
        return
    for a in annotations:
        details = [f"[{a.start}–{a.end}]"]
        page = page_label(document.page_at(a.start))
        if page:
            details.append(page)
        if a.state.value != "anchored":
            details.append(f"({a.state.value})")
        details.append(_one_line(a.quote.exact, _QUOTE_WIDTH))
        if a.tags:
            details.append(" ".join(f"#{t}" for t in a.tags))
        if a.author:
            details.append(f"— {a.author}")
        print(" ".join(details))
        if a.commitment is not None:
            c = a.commitment
            target = " ".join(p for p in (c.indicator, c.value + c.unit, c.qualifier, c.horizon) if p)
            print(f"    commitment: {c.status.value}" + (f" · {target}" if target else ""))
        if a.note:
            print(f"    note: {_one_line(a.note, 72)}")
    print(f"{len(annotations)} annotation{'s' if len(annotations) != 1 else ''}")


def run(args: argparse.Namespace) -> int:
    from storage.errors import StoreDamaged

    document = load_from_args(args)
    damage: StoreDamaged | None = None
    histories: dict = {}
    with opened_store(args, read_only=True) as store:
        try:
            annotations = store.annotations(document.id)
        except StoreDamaged as error:  # list what can be read, then say what could not be
            annotations, damage = list(error.readable), error
        if damage is None:
            try:
                histories = store.commitment_histories(document.id, include_retracted=False)
            except StoreDamaged as error:
                damage = error
    if args.json:
        print_json([annotation_to_json(a, document.page_at(a.start), histories.get(a.id, ()))
                    for a in annotations])
    else:
        _print_list(annotations, document)
    if damage is not None:
        print(f"pizhu: {damage}", file=sys.stderr)
        return 1
    return 0
