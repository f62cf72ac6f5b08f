"""``pizhu sync [FILE | --all] --server URL [--save-password]``: team sync with a PostgreSQL server.

Pushes this store's changes and pulls teammates' for one report (FILE, default the bundled
report) or every report (``--all``), merging by the import rules, and prints one line: pushed,
pulled, conflicts resolved.  The server is ``--server URL`` or ``PIZHU_SERVER``, a SQLAlchemy
URL such as ``postgresql+psycopg://alice@db.example.org/pizhu``; the password comes from
``~/.pgpass``, ``PGPASSWORD`` or the system keyring (``--save-password`` asks for it and stores
it there), never from Pizhu's settings.  Exit status: 0 done; 1 the server could not be used
(unreachable, login refused, newer schema) — the local store is then unchanged — or local
changes could not be pushed because the login may only read; 2 bad usage.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from pizhu.commands.common import add_file_argument, load_from_args
from pizhu.commands.import_ import opened_store

SERVER_ENV = "PIZHU_SERVER"  # the same name as storage.sync.credentials.SERVER_ENV (imported late)
EXIT_BAD_INPUT, EXIT_USAGE = 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    parser.add_argument("--all", action="store_true", help="sync every report, not one")
    parser.add_argument("--server", metavar="URL",
                        help=f"team server, e.g. postgresql+psycopg://user@host/db (also: {SERVER_ENV})")
    parser.add_argument("--save-password", action="store_true",
                        help="ask for the server password and keep it in the system keyring "
                             "(or ~/.pgpass where there is none)")


def _usage(message: str) -> int:
    print(f"pizhu: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _read_password(label: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"password for {label}: ")
    return sys.stdin.readline().rstrip("\r\n")


def run(args: argparse.Namespace) -> int:
    from storage.sync import SyncUsageError, TeamServer
    from storage.sync.credentials import label, parse_server_url, save_password

    if args.all and args.file:
        return _usage("give a FILE or --all, not both")
    text = args.server or os.environ.get(SERVER_ENV, "")
    if not text.strip():
        return _usage(f"no team server: pass --server URL or set {SERVER_ENV}")
    try:
        url = parse_server_url(text)
    except SyncUsageError as error:
        return _usage(str(error))
    password = url.password
    if args.server and password:
        print("pizhu: the password in --server is visible to other users of this computer; "
              "keep it in ~/.pgpass or with --save-password instead", file=sys.stderr)
    if args.save_password:
        password = _read_password(label(url))
        where = save_password(url, password)
        print(f"pizhu: password for {label(url)} saved in {where}", file=sys.stderr)
    document = None if args.all else load_from_args(args)
    with opened_store(args) as store:
        if document is not None:
            known = store.document_record(document.id)
            if known is None or not known.text:
                store.ensure_document(document)
        with TeamServer(url, password) as server:
            summary = server.sync(store, None if document is None else document.id)
    print(summary.describe())
    if summary.not_pushed:
        print(f"pizhu: {summary.not_pushed} local change{'s' if summary.not_pushed != 1 else ''} "
              f"not pushed: the login {url.username or ''} may read the team server but not "
              f"write to it", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0
