"""CLI commands: each module has NAME, HELP, add_arguments(parser) and run(args) -> int."""
from pizhu.commands import annotations, outline, text

COMMANDS = (outline, text, annotations)
