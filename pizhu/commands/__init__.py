"""CLI commands: each module has ``add_arguments(parser)`` and ``run(args) -> int``.

The list below names each command and says what it does; a command's module is imported only
when that command is parsed or run, so ``pizhu`` opening the reader never loads what the
commands need (the store, the exchange formats, the commitment detector).
"""
from __future__ import annotations

import argparse
import importlib
from types import ModuleType


class Command:
    """A command as argparse and ``pizhu --help`` see it; its module loads on first use."""

    __slots__ = ("NAME", "HELP", "module_name")

    def __init__(self, name: str, help_text: str, module_name: str) -> None:
        self.NAME, self.HELP, self.module_name = name, help_text, module_name

    @property
    def module(self) -> ModuleType:
        return importlib.import_module(self.module_name)

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        self.module.add_arguments(parser)

    def run(self, args: argparse.Namespace) -> int:
        return self.module.run(args)


COMMANDS = (
    Command("outline", "print the section outline of a report", "pizhu.commands.outline"),
    Command("text", "print the canonical reading text (or a script view of it)", "pizhu.commands.text"),
    Command("annotations", "list the annotations stored for a report", "pizhu.commands.annotations"),
    Command("import", "merge a W3C Web Annotation file into the annotation store", "pizhu.commands.import_"),
    Command("export", "export a document's annotations as W3C JSON-LD, a Markdown brief or CSV",
            "pizhu.commands.export"),
    Command("commitments", "list commitments: detected targets and pledges, and those tracked in the store",
            "pizhu.commands.commitments"),
    Command("sync", "push local changes to the team server and pull teammates' (PostgreSQL)", "pizhu.commands.sync"),
)
