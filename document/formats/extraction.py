"""What a format reader hands to the shared pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from document.model import BlockKind

if TYPE_CHECKING:  # pragma: no cover - a name in annotations only: the reader window's start-up
    from document.blocks import RawBlock   # imports this package and must not load markdown-it

TITLE_MAX_CHARS = 40


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


def mark_leading_title(blocks: list[RawBlock], centred: set[int]) -> list[RawBlock]:
    """Centred short lines opening a document that marks no headings are its title.

    WPS copies centre the title in Normal style, and a PDF printed from one sets it in the body
    size; the shared pipeline takes leading level-1 headings as the title, so those lines are
    handed over as such.  ``centred`` holds the indices of the centred blocks.
    """
    if any(block.kind is BlockKind.HEADING for block in blocks):
        return blocks
    for index, block in enumerate(blocks):
        if index not in centred:
            break
        if len(block.text) > TITLE_MAX_CHARS or block.text.endswith(("。", "；", "：")):
            break
        block.kind, block.heading_level = BlockKind.HEADING, 1
    return blocks
