"""The store's error: one line a user can act on (the CLI prints it, the GUI shows it)."""
from __future__ import annotations

from document.errors import PizhuError


class StoreError(PizhuError):
    """The annotation store cannot be opened or used.

    Raised for a file that is not an SQLite database, is corrupt, belongs to another program,
    was written by a newer Pizhu, or for a write that names an annotation the store lacks.
    ``str(error)`` is a single line; SQLite's own wording is kept at the end when it helps.
    """


class StoreConflict(StoreError):
    """An edit lost a race with another window or process (e.g. the annotation was deleted
    there meanwhile); nothing was written."""


class NewerSchema(StoreError):
    """The store or team database was written by a newer Pizhu; nothing was touched."""


class StoreDamaged(StoreError):
    """Part of the store cannot be read (a corrupt page, a value this Pizhu cannot interpret).

    ``readable`` holds what could still be read (never presented as complete), ``unreadable``
    how many rows could not be; ``str(error)`` says so in one line.
    """

    def __init__(self, message: str, readable: tuple = (), unreadable: int = 0) -> None:
        super().__init__(message)
        self.readable = readable
        self.unreadable = unreadable
