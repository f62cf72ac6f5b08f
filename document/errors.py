"""The one error family the shell turns into a clear message and exit status 1."""


class PizhuError(Exception):
    """Bad input a user can act on; ``str(error)`` is a one-line message."""


class DocumentError(PizhuError):
    """A document that cannot be read: missing, a directory, binary, undecodable, empty."""
