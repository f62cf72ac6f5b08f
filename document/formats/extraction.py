"""What a format reader hands to the shared pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field

from document.blocks import RawBlock


@dataclass
class Extraction:
    """Raw blocks read from a file, plus what the reader learnt about it.

    ``title`` is the file's own declared title (HTML ``<title>``, .docx core properties), used
    only when the text has no leading title heading.  ``encoding`` names the character set an
    HTML page was decoded from; binary formats leave it empty.
    """

    blocks: list[RawBlock]
    title: str = ""
    encoding: str = ""
    notices: tuple[str, ...] = field(default=())
    paged: bool = False
