"""Plain text (.txt) → raw reading blocks: every character is text, nothing is markup.

A .txt report is not Markdown: ``1.实现……`` is not a list, ``>`` between breadcrumb items is
not a quote, ``*`` is an asterisk.  Paragraphs are found the same way as in Markdown files
(:mod:`document.paragraphing`): blank lines separate paragraphs, and a run of lines that are
really one paragraph each is cut at its line breaks; a run that is one paragraph wrapped at a
fixed width is joined (nothing between two CJK characters, a space elsewhere).  Indentation —
ideographic or ASCII spaces before a paragraph — is presentation and is dropped.

No markdown-it here, so a plain-text report of any size reads in linear time.
"""
from __future__ import annotations

from document.blocks import RawBlock
from document.model import BlockKind
from document.paragraphing import splits_into_lines, trim_line
from document.prescan import soft_break


def parse_plain_text(source: str) -> list[RawBlock]:
    """Read normalised plain text (LF line ends) into paragraph blocks."""
    blocks: list[RawBlock] = []
    run: list[str] = []
    first = 0
    for number, line in enumerate(source.split("\n")):
        text = trim_line(line)
        if text:
            if not run:
                first = number
            run.append(text)
            continue
        if run:
            _add_run(blocks, run, first)
            run = []
    if run:
        _add_run(blocks, run, first)
    return blocks


def _add_run(blocks: list[RawBlock], lines: list[str], first: int) -> None:
    if splits_into_lines(lines):
        blocks.extend(RawBlock(BlockKind.PARAGRAPH, line, origin=first + index + 1, line_break=index > 0)
                      for index, line in enumerate(lines))
        return
    parts = [lines[0]]
    for before, after in zip(lines, lines[1:]):
        parts.append(soft_break(before, after))
        parts.append(after)
    blocks.append(RawBlock(BlockKind.PARAGRAPH, "".join(parts), origin=first + 1))
