"""Sample annotations for the store tests (imported by tests/storage/test_store*.py)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from document.annotation import Annotation, TextQuote, new_annotation_id

DOC = "urn:sha256:" + "ab" * 32
OTHER_DOC = "urn:sha256:" + "cd" * 32
T0 = datetime(2023, 1, 16, 8, 30, 0, 123000, tzinfo=timezone.utc)


def at(seconds: float) -> datetime:
    """A fixed timestamp ``seconds`` after T0, so tests never depend on the clock."""
    return T0 + timedelta(seconds=seconds)


def sample(start: int = 0, end: int = 4, *, document_id: str = DOC, exact: str = "经济运行",
           when: float = 0, **fields) -> Annotation:
    fields.setdefault("id", new_annotation_id())
    return Annotation(
        document_id=document_id, start=start, end=end,
        quote=fields.pop("quote", TextQuote(exact, "全年", "稳中向好")),
        created=fields.pop("created", at(when)), modified=fields.pop("modified", at(when)),
        **fields,
    )
