"""The one error an exchange file can raise: a one-line message naming the problem and item."""
from __future__ import annotations

from document.errors import PizhuError


class ExchangeError(PizhuError):
    """An annotation file (or export request) that cannot be used; nothing was changed."""
