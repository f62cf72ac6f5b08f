"""Is a run of lines one paragraph, or one paragraph per line?

Markdown joins the lines of a paragraph; the most common .txt copy of a report instead puts one
paragraph on each line with no blank line between them, so Markdown would read the whole report
as a single paragraph of 16,000 characters.  The decision is made per source paragraph (a run of
lines between blank lines), so a file that mixes both conventions reads right too:

* lines that mostly end a sentence, or among which a numbered heading, a dateline, a speaker,
  a metadata header, a caption or a page number starts a line, are one paragraph per line;
* lines that mostly stop mid-sentence are a paragraph wrapped at a fixed width (a hard-wrapped
  Markdown file): they stay one paragraph, as CommonMark reads them;
* a run too long to be one real paragraph is split in any case.

Split lines that belong together again (a sentence broken by a line break, a heading split over
two lines) are joined by page-break repair (:mod:`document.pagebreak`), which knows headings,
the speech frame and debris; each such join is reported.
"""
from __future__ import annotations

from document.cjk import ends_sentence
from document.inline import InlineText
from document.linekinds import is_frame_line, is_salutation, page_number_kind
from document.model import InlineSpan
from document.numbering import appendix_marker_length, match_marker

#: No real paragraph is longer; a longer "paragraph" is lines that lost their paragraph breaks.
LONGEST_PARAGRAPH = 2000
_SENTENCE_LINE_SHARE = 0.3
#: Indentation a line-per-paragraph text puts before each paragraph (ideographic or ASCII).
_INDENT = " \t\u3000\u00a0"


def _structural(line: str) -> bool:
    return (match_marker(line) is not None or appendix_marker_length(line) > 0 or is_frame_line(line)
            or is_salutation(line) or page_number_kind(line) is not None)


def splits_into_lines(lines: list[str]) -> bool:
    """Whether the lines of one source paragraph are each a paragraph of their own."""
    if len(lines) < 2:
        return False
    if sum(len(line) for line in lines) > LONGEST_PARAGRAPH:
        return True
    if any(_structural(line) for line in lines[1:]):
        return True
    ending = sum(1 for line in lines[:-1] if ends_sentence(line))
    return ending >= max(1.0, _SENTENCE_LINE_SHARE * (len(lines) - 1))


def cut_at_breaks(inline: InlineText) -> list[InlineText]:
    """The paragraph's lines as separate texts (soft breaks removed, indentation trimmed)."""
    pieces: list[InlineText] = []
    start = 0
    for break_start, break_end in [*inline.breaks, (len(inline.text), len(inline.text))]:
        pieces.append(_piece(inline, start, break_start))
        start = break_end
    return pieces


def _piece(inline: InlineText, start: int, end: int) -> InlineText:
    raw = inline.text[start:end]
    text = raw.strip(_INDENT)
    begin = start + (len(raw) - len(raw.lstrip(_INDENT)))
    stop = begin + len(text)
    spans = [InlineSpan(max(s.start, begin) - begin, min(s.end, stop) - begin, s.style, s.href)
             for s in inline.spans if s.start < stop and s.end > begin]
    return InlineText(text, spans)


def trim_line(line: str) -> str:
    return line.strip(_INDENT)
