"""Page-break repair (docs/architecture.md §7).

Reports converted from PDF split a paragraph where a page ended (``……装机容量位`` /
``居全国前列……``).  A plain top-level paragraph that ends without sentence-final punctuation
is joined, with no separator, to the next plain top-level paragraph — unless either side is a
section title, a dateline, or holds only a link or an image.  Only the parsed blocks change;
the file is never rewritten.
"""
from __future__ import annotations

from document.blocks import RawBlock
from document.cjk import ends_sentence
from document.model import BlockKind, InlineSpan
from document.numbering import match_marker

_TITLE_PUNCTUATION = frozenset("。！？；：")


def is_section_title(block: RawBlock) -> bool:
    """A paragraph that is only a title: a marker without sentence punctuation, or all bold."""
    if block.fully_bold:
        return True
    return match_marker(block.text) is not None and not (_TITLE_PUNCTUATION & set(block.text))


def _joinable(block: RawBlock) -> bool:
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.top_level
        and not block.only_link_or_image
        and not block.text.lstrip().startswith("——")
    )


def can_continue(first: RawBlock, second: RawBlock) -> bool:
    """Whether ``second`` continues ``first`` across a page break.

    A reader with layout evidence (``continues_previous``) vouches for a break that fell
    after a full stop; the text rules decide everything else.
    """
    return (
        _joinable(first)
        and _joinable(second)
        and not is_section_title(first)
        and (second.continues_previous or not ends_sentence(first.text))
        and match_marker(second.text) is None
    )


def repair_page_breaks(blocks: list[RawBlock]) -> list[RawBlock]:
    """Join split paragraphs; returns a new list (chains of several splits join too)."""
    repaired: list[RawBlock] = []
    for block in blocks:
        if repaired and can_continue(repaired[-1], block):
            repaired[-1] = _join(repaired[-1], block)
        else:
            repaired.append(block)
    return repaired


def _join(first: RawBlock, second: RawBlock) -> RawBlock:
    head = first.text.rstrip()
    tail = second.text.lstrip()
    if head[-1:].isascii() and head[-1:].isalnum() and tail[:1].isascii() and tail[:1].isalnum():
        head += " "   # a split between two Latin words: the page break stood for a space
    shift = len(head) - (len(second.text) - len(tail))
    spans = [InlineSpan(min(s.start, len(head)), min(s.end, len(head)), s.style, s.href) for s in first.spans]
    spans += [InlineSpan(s.start + shift, s.end + shift, s.style, s.href) for s in second.spans
              if s.end + shift > len(head)]
    spans = [s for s in spans if s.end > s.start]
    pages = [(min(at, len(head)), page) for at, page in first.pages]
    pages += [(max(at + shift, len(head)), page) for at, page in second.pages]
    return RawBlock(
        kind=first.kind,
        text=head + tail,
        spans=spans,
        top_level=True,
        only_link_or_image=False,
        fully_bold=False,
        pages=_distinct_pages(pages),
    )


def _distinct_pages(pages: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Page starts without repeats of the page already in force."""
    kept: list[tuple[int, int]] = []
    for at, page in pages:
        if not kept or page != kept[-1][1]:
            kept.append((at, page))
    return kept
