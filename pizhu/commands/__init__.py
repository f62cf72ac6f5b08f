"""CLI commands: each module has NAME, HELP, add_arguments(parser) and run(args) -> int."""
from pizhu.commands import annotations, commitments, export, import_, outline, sync, text

COMMANDS = (outline, text, annotations, import_, export, commitments, sync)
