"""``pizhu commitments [FILE] [--json]``: detected commitment candidates (forward-looking targets)."""
from __future__ import annotations

import argparse
from dataclasses import asdict

from document.commitments import detect_commitments
from pizhu.commands.common import add_file_argument, load_from_args, print_json

NAME = "commitments"
HELP = "list detected commitment candidates (quantified, forward-looking targets)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON with offsets and fields")


def run(args: argparse.Namespace) -> int:
    candidates = detect_commitments(load_from_args(args))
    if args.json:
        print_json([{**asdict(c), "kind": c.kind.value, "strength": c.strength.value,
                     "binding": c.binding.value} for c in candidates])
        return 0
    for c in candidates:
        fields = " ".join(part for part in (c.value + c.unit, c.qualifier, c.horizon and f"({c.horizon})") if part)
        print(f"{c.start:>6}  {c.indicator or '—'}: {fields}")
        print(f"        {c.quote}")
    return 0
