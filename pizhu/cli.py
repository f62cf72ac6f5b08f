"""The ``pizhu`` command line (the commands and exit statuses are in the README).

``pizhu [FILE]`` opens the GUI; ``pizhu COMMAND …`` runs a command.  Bad input exits 1 and bad
usage 2, each with one line on stderr and never a traceback.
"""
from __future__ import annotations

import argparse
import difflib
import logging
import os
import sys
from collections.abc import Sequence

from document.errors import PizhuError
from pizhu import __version__
from pizhu.commands import COMMANDS
from pizhu.commands.common import add_global_arguments, add_script_argument
from pizhu.logs import setup_logging

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit status 2."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.exit(EXIT_USAGE, f"pizhu: error: {message}\n")


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pizhu", description="Read and annotate Chinese policy documents.")
    parser.add_argument("--version", action="version", version=f"pizhu {__version__}")
    add_global_arguments(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS:
        command_parser = sub.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        add_global_arguments(command_parser, suppress_default=True)
        command.add_arguments(command_parser)
        command_parser.set_defaults(run=command.run)
    return parser


GUI_USAGE = "pizhu [FILE] [--script ID] [--data-dir DIR] [-v]\n       pizhu COMMAND [ARGUMENTS] (pizhu COMMAND --help)"


def _gui_parser() -> argparse.ArgumentParser:
    """Without a command Pizhu opens the reader; its help lists the commands too."""
    width = max(len(command.NAME) for command in COMMANDS) + 2
    commands = "\n".join(f"  {command.NAME:<{width}}{command.HELP}" for command in COMMANDS)
    parser = _Parser(
        prog="pizhu",
        usage=GUI_USAGE,
        description=("Read and annotate Chinese policy documents.\n\n"
                     "Without a command, Pizhu opens FILE in the reader window (default: the report\n"
                     "read last, else the bundled 2023 Shanxi government work report)."),
        epilog=f"commands:\n{commands}\n\n'pizhu COMMAND --help' describes a command's arguments.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pizhu {__version__}")
    add_global_arguments(parser)
    parser.add_argument("file", nargs="?", metavar="FILE", help="report to open: .md, .txt, .docx, .html or .pdf")
    add_script_argument(parser)
    return parser


def _unknown_command(word: str | None, names: Sequence[str]) -> str | None:
    """A usage error for a first word that is neither a command nor a file, else None.

    ``pizhu outine`` is a typo for ``outline``, not a request to open a file called
    "outine"; a word that looks like a path (a suffix, a separator) stays a file name so
    that a missing report is reported as such.
    """
    if word is None or os.path.exists(word) or os.sep in word or "/" in word or os.path.splitext(word)[1]:
        return None
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    if close:
        return f"unknown command '{word}'; did you mean '{close[0]}'?"
    return f"'{word}' is neither a command nor a file; commands: {', '.join(names)} (pizhu --help)"


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--data-dir", "--script"):
            skip = True
            continue
        if not arg.startswith("-"):
            return arg
    return None


def _use_cache_dir() -> None:
    """Keep OpenCC's segment-mark dictionaries between runs (built once, on first need)."""
    from document.cache_location import set_cache_dir
    from pizhu.paths import cache_dir

    set_cache_dir(cache_dir())


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    names = [command.NAME for command in COMMANDS]
    first = _first_positional(argv)
    is_command = first in names
    if not is_command and any(a in ("-h", "--help") for a in argv):
        # Top-level help: the GUI usage, then the commands.
        _gui_parser().print_help()
        return EXIT_OK
    if not is_command:
        unknown = _unknown_command(first, names)
        if unknown:
            print(f"pizhu: {unknown}", file=sys.stderr)
            return EXIT_USAGE
    parser = _command_parser() if is_command else _gui_parser()
    args = parser.parse_args(argv)
    _use_cache_dir()
    setup_logging(verbose=args.verbose)
    try:
        if is_command:
            return args.run(args)
        from pizhu.launch import run_gui

        return run_gui(args)
    except PizhuError as error:
        logger.info("refused: %s", error, exc_info=True)
        print(f"pizhu: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except MemoryError:
        print("pizhu: out of memory (the input is too large)", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        # Anything the file system refuses that a command did not anticipate: one line, no trace.
        where = f"{error.filename}: " if getattr(error, "filename", None) else ""
        print(f"pizhu: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
