"""The bundled report's canonical text, parsed once for the script and find tests."""
from __future__ import annotations

from functools import lru_cache

from document.loading import load_document


@lru_cache(maxsize=1)
def report_text() -> str:
    return load_document(None).text
