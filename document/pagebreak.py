"""Page-break repair: join what is really one sentence split by a page end or a line break.

Reports converted from PDF split a paragraph where a page ended (``……装机容量位`` /
``居全国前列……``), and line-per-paragraph copies split sentences where a web page had a
subscript or a bold run (``PM`` / ``2.5`` / ``年平均浓度……``).  A plain top-level paragraph that
ends without sentence-final punctuation is joined, with no separator, to the next plain
top-level paragraph (also after a full stop when a paged reader's layout shows the paragraph
going on: ``continues_previous``) — never when either side is a section title (a numbering marker of any
rank, an appendix or 目录 heading, or bold from end to end), a dateline, a speaker line, a
metadata header, a photo caption, a salutation, front matter, or holds only a link or an image.

Pieces of one source paragraph that was cut at its line breaks (:mod:`document.paragraphing`)
need positive evidence as well: the first stops where nothing can stop (……发展的 / a lone
``（``), the second starts where nothing can start (``，`` / ``是：``), one is a fragment
(``2.5``), or the first is a long line stopping mid-sentence.  A short complete phrase on its own
line is a heading and stays one.

Each join is recorded on the joined block (see :class:`Note`) and becomes a
:class:`~document.model.Repair` once offsets are known.  Runs in time linear in the input:
pieces are collected and concatenated once per chain, whatever the chain's length.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from document.blocks import RawBlock
from document.cjk import SENTENCE_FINAL
from document.linekinds import (
    CONTINUES_AFTER, CONTINUES_BEFORE, TITLE_LIKE_LENGTH, continues_before, has_sentence_break, is_fragment,
    is_frame_line, is_salutation,
)
from document.model import BlockKind, BlockRole, InlineSpan, RepairKind
from document.numbering import appendix_marker_length, is_contents_heading, match_marker, may_start_section

_TITLE_PUNCTUATION = frozenset("。！？；：")
_TITLE_PUNCTUATION_RE = re.compile("[。！？；：]")
#: A line this long that stops mid-sentence is a sentence broken by the line end, not a heading.
LONG_LINE = 40
PAGE_BREAK = "sentence split by a page break"
_new = tuple.__new__
LINE_BREAK = "sentence split across lines"


class Note(NamedTuple):
    """A repair attached to a block until offsets are known: ``offset`` is within the block."""

    kind: RepairKind
    offset: int
    text: str
    reason: str
    origin: int


def is_section_title(block: RawBlock) -> bool:
    """A paragraph that is only a title: a marker without sentence punctuation, or all bold."""
    if block.fully_bold:
        return True
    return _titled(block.text) and not _TITLE_PUNCTUATION_RE.search(_after_marker(block.text))


def _titled(text: str) -> bool:
    return match_marker(text) is not None or appendix_marker_length(text) > 0 or is_contents_heading(text)


def _after_marker(text: str) -> str:
    """The text after an appendix marker, whose own colon (附件一：) is no sentence punctuation."""
    return text[appendix_marker_length(text):]


def _joinable(block: RawBlock) -> bool:
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.top_level
        and block.role is BlockRole.BODY
        and not block.only_link_or_image
        and not block.text.lstrip().startswith("——")
        and not is_frame_line(block.text)
    )


class _Facts(NamedTuple):
    """What the join rules ask about a joinable block, worked out once per block."""

    titled: bool             # starts with a numbering, appendix or 目录 marker (or is all bold)
    title_punctuation: bool  # has 。！？；： after its marker
    salutation: bool
    ends_sentence: bool
    title_like: bool         # short, one phrase (see linekinds.is_title_like)
    continues_after: bool
    continues_before: bool
    fragment: bool
    length: int
    comma: bool              # a clause ended inside it: a sentence under way, not a heading

    @classmethod
    def of(cls, block: RawBlock) -> "_Facts":
        """The same answers as the linekinds predicates, worked out inline (this runs per paragraph)."""
        text = block.text
        stripped = text.strip()
        length = len(stripped)
        first, last = stripped[:1], stripped[-1:]
        titled = block.fully_bold or (may_start_section(stripped) and _titled(stripped))
        ends = last in SENTENCE_FINAL
        after = last in CONTINUES_AFTER or (last.isascii() and last.isalnum())
        return _new(cls, (
            titled,
            titled and bool(_TITLE_PUNCTUATION_RE.search(_after_marker(text))),
            length <= 12 and is_salutation(stripped),
            ends,
            2 <= length <= TITLE_LIKE_LENGTH and not ends and not after and not has_sentence_break(stripped),
            after,
            first in CONTINUES_BEFORE or (first == "是" and continues_before(stripped)),
            length <= 2 or is_fragment(stripped),
            len(text),
            "，" in stripped,
        ))


def _line_pieces_continue(first: _Facts, second: _Facts) -> bool:
    """Evidence that a line and the next one are pieces of one sentence."""
    return (first.continues_after or second.continues_before or first.fragment or second.fragment
            or first.length >= LONG_LINE or not first.title_like or first.comma)


def _list_of_short_lines(first: _Facts, second: _Facts) -> bool:
    """Two short phrases in a row (工商、金融界 200人 / 专业界 200人) are a list, not a sentence."""
    return (first.title_like and second.title_like and not first.continues_after and not second.continues_before
            and not first.fragment and not second.fragment and not first.comma and not second.comma)


def can_continue(first: RawBlock, second: RawBlock) -> bool:
    """Whether ``second`` continues ``first`` across a page break (both single blocks)."""
    if not (_joinable(first) and _joinable(second)):
        return False
    return _Chain(first, _Facts.of(first)).accepts(second, _Facts.of(second))


def repair_page_breaks(blocks: list[RawBlock]) -> list[RawBlock]:
    """Join split paragraphs; returns a new list (chains of any length join in linear time)."""
    repaired: list[RawBlock] = []
    chain: _Chain | None = None
    for block in blocks:
        if not _joinable(block):
            if chain is not None:
                repaired.append(chain.build())
                chain = None
            repaired.append(block)
            continue
        facts = _Facts.of(block)
        if chain is not None and chain.accepts(block, facts):
            chain.add(block, facts)
            continue
        if chain is not None:
            repaired.append(chain.build())
        chain = _Chain(block, facts)
    if chain is not None:
        repaired.append(chain.build())
    return repaired


class _Chain:
    """Joinable blocks being joined into one, with what the join rules need kept up to date.

    Only the last piece can change when another is added (its trailing spaces go, a space may
    come), so the work per join is proportional to the pieces involved, never to the chain.
    """

    def __init__(self, head: RawBlock, facts: _Facts):
        self.head = head
        self.parts = [head.text]
        self.base = 0                       # offset of the last piece in the joined text
        self.spans: list[InlineSpan] | None = None
        self.last_spans = 0                 # index in ``spans`` where the last piece's spans start
        self.pages: list[tuple[int, int]] = []
        self.last_pages = 0
        self.notes: list[Note] = []
        self.title_punctuation = facts.title_punctuation
        self.titled = facts.titled
        self.last = facts                   # facts of the last piece

    def accepts(self, second: RawBlock, facts: _Facts) -> bool:
        if self.titled and not self.title_punctuation:
            return False
        if self.last.ends_sentence and not second.continues_previous:
            return False     # a paged reader's layout evidence vouches for a break after a full stop
        if facts.titled or facts.salutation:
            return False
        if second.line_break and not self._new_page(second):
            return _line_pieces_continue(self.last, facts)
        return not _list_of_short_lines(self.last, facts)

    def _new_page(self, second: RawBlock) -> bool:
        """A paged reader's next line starts another page: the break is a page break."""
        if not second.pages:
            return False
        pages = self.pages if self.spans is not None else self.head.pages
        return bool(pages) and pages[-1][1] != second.pages[0][1]

    def add(self, second: RawBlock, facts: _Facts) -> None:
        if self.spans is None:
            self.spans = list(self.head.spans)
            self.pages = list(self.head.pages)
            self.notes = list(self.head.notes)
        last = self.parts[-1]
        head_text = last.rstrip()
        tail = second.text.lstrip()
        if self._needs_space(head_text, tail, second.line_break):
            head_text += " "
        self.parts[-1] = head_text
        end = self.base + len(head_text)
        shift = end - (len(second.text) - len(tail))
        if len(self.spans) > self.last_spans:
            clipped = [InlineSpan(min(s.start, end), min(s.end, end), s.style, s.href)
                       for s in self.spans[self.last_spans:]]
            del self.spans[self.last_spans:]
            self.spans.extend(s for s in clipped if s.end > s.start)
        self.last_spans = len(self.spans)
        if second.spans:
            moved = (InlineSpan(s.start + shift, s.end + shift, s.style, s.href) for s in second.spans)
            self.spans.extend(s for s in moved if s.end > end and s.end > s.start)
        if len(self.pages) > self.last_pages:
            self.pages[self.last_pages:] = [(min(at, end), page) for at, page in self.pages[self.last_pages:]]
        self.last_pages = len(self.pages)
        if second.pages:
            self.pages.extend((max(at + shift, end), page) for at, page in second.pages)
        self.notes.append(_new(Note, (RepairKind.JOIN, end, tail[:12], LINE_BREAK if second.line_break else PAGE_BREAK,
                                      second.origin)))
        if second.notes:
            self.notes.extend(Note(n.kind, n.offset + shift, n.text, n.reason, n.origin) for n in second.notes)
        self.parts.append(tail)
        self.base = end
        self.last = facts
        if self.titled and not self.title_punctuation:
            self.title_punctuation = bool(_TITLE_PUNCTUATION_RE.search(tail))

    def build(self) -> RawBlock:
        if len(self.parts) == 1:
            return self.head
        head = self.head
        return RawBlock(
            kind=head.kind,
            text="".join(self.parts),
            spans=self.spans or (),
            top_level=True,
            only_link_or_image=False,
            fully_bold=False,
            pages=_distinct_pages(self.pages),
            origin=head.origin,
            line_break=head.line_break,
            role=head.role,
            notes=tuple(self.notes),
        )

    @staticmethod
    def _needs_space(head: str, tail: str, line_break: bool) -> bool:
        """A break between two Latin words stood for a space (between digits only after a page end)."""
        before, after = head[-1:], tail[:1]
        if not (before.isascii() and after.isascii()):
            return False
        if line_break:
            return before.isalpha() and after.isalpha()
        return before.isalnum() and after.isalnum()


def _distinct_pages(pages: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Page starts without repeats of the page already in force."""
    kept: list[tuple[int, int]] = []
    for at, page in pages:
        if not kept or page != kept[-1][1]:
            kept.append((at, page))
    return kept
