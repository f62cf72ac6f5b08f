"""``pizhu commitments [FILE] [--json | --format csv|xlsx -o OUT]``: the commitment ledger.

Lists the detected suggestions (quantified targets and checkable pledges) together with the
commitments tracked in the store, in document order; dismissed suggestions are left out.
Read-only: a store that does not exist yet is not created.

JSON items: start, end, quote, kind, indicator, value, unit, qualifier, horizon, strength,
binding, category, section, tracked (bool), annotation (id or null), status (null for a
suggestion) and history ([{status, at, author, note, source}], oldest first).
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from pizhu.commands.common import add_file_argument, load_from_args, print_json



def add_arguments(parser: argparse.ArgumentParser) -> None:
    from storage.exchange.ledger_export import LEDGER_FORMAT_IDS

    add_file_argument(parser)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON with offsets, fields and status history")
    output.add_argument("--format", choices=LEDGER_FORMAT_IDS, help="write a spreadsheet (needs -o OUT)")
    parser.add_argument("-o", "--output", metavar="OUT", help="file to write with --format")


def history_json(entries) -> list[dict[str, Any]]:
    from storage.convert import time_to_json

    return [{"status": e.status.value, "at": time_to_json(e.at), "author": e.author, "note": e.note,
             "source": e.source} for e in entries]


def commitment_json(commitment, history) -> dict[str, Any]:
    """The commitment fields, status and history as ``pizhu annotations --json`` lists them."""
    from document.annotation import COMMITMENT_FIELDS, commitment_field_text

    value: dict[str, Any] = {name: commitment_field_text(commitment, name) for name in COMMITMENT_FIELDS}
    value["status"] = commitment.status.value
    value["history"] = history_json(history)
    return value


def entry_json(entry) -> dict[str, Any]:
    from document.annotation import COMMITMENT_FIELDS, commitment_field_text

    item: dict[str, Any] = {"start": entry.start, "end": entry.end, "quote": entry.quote}
    item.update({name: commitment_field_text(entry.commitment, name) for name in COMMITMENT_FIELDS})
    item.update({
        "section": entry.section,
        "tracked": entry.tracked,
        "annotation": entry.annotation.id if entry.annotation is not None else None,
        "status": entry.status.value if entry.status is not None else None,
        "history": history_json(entry.history),
    })
    return item


def _print_list(entries) -> None:
    if not entries:
        print("no commitments found")
        return
    for entry in entries:
        c = entry.commitment
        figure = " ".join(p for p in (c.value + c.unit, c.qualifier, c.horizon and f"({c.horizon})") if p)
        mark = f"[{entry.status.value}]" if entry.tracked else "[suggested]"
        print(f"{entry.start:>6}  {mark} {c.kind.value}: {c.indicator or '—'}" + (f": {figure}" if figure else ""))
        print(f"        {' '.join(entry.quote.split())}")
    tracked = sum(1 for e in entries if e.tracked)
    print(f"{len(entries)} commitments ({tracked} tracked, {len(entries) - tracked} suggested)")


def run(args: argparse.Namespace) -> int:
    from pizhu.paths import store_path
    from storage.ledger import load_ledger

    if args.format and not args.output:
        print("pizhu: error: --format needs -o OUT (a spreadsheet is not written to the terminal)", file=sys.stderr)
        return 2
    if args.output and not args.format:
        print("pizhu: error: -o OUT needs --format csv or --format xlsx", file=sys.stderr)
        return 2
    document = load_from_args(args)
    path = store_path(getattr(args, "data_dir", None))
    if path.exists():
        from storage.store import Store

        with Store.open(path) as store:
            entries = load_ledger(store, document)
    else:
        entries = load_ledger(None, document)
    if args.json:
        print_json([entry_json(e) for e in entries])
    elif args.format:
        from storage.exchange.exporting import write_atomically
        from storage.exchange.ledger_export import render_ledger

        write_atomically(render_ledger(args.format, entries, title=document.title), args.output)
    else:
        _print_list(entries)
    return 0
