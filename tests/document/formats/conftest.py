"""Shared inputs for the format tests: the bundled report as Markdown and as parsed."""
from __future__ import annotations

import pytest

from document.loading import load_document
from resources import bundled_report_bytes


@pytest.fixture(scope="session")
def bundled_markdown() -> str:
    return bundled_report_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def bundled_document():
    return load_document(None)
