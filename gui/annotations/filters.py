"""What the annotations panel shows: a filter over tag, colour, author, section and free text.

Pure Python so it can be tested and timed without widgets.  Free-text search is a substring
search over the quote and the note (Chinese has no word boundaries to tokenise on), folded
for case, and script-insensitive where OpenCC is available: the query is also tried in
Simplified and Traditional form, so 發展 finds 发展 without converting 10,000 quotes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from document.annotation import NEEDS_ATTENTION, Annotation
from document.sections import SectionIndex
from gui.core.index import is_placed
from storage.exchange.filters import tag_matcher


@dataclass(frozen=True)
class AnnotationFilter:
    """Every criterion is optional; an empty filter matches everything."""

    tag: str = ""            # the tag and its children, ignoring case: storage.exchange.filters.tag_matcher
    color: str = ""          # "#rrggbb"
    author: str = ""
    section: int | None = None   # start of an outline entry: annotations in its section
    text: str = ""
    attention: bool = False  # only annotations to review or orphaned (their place is uncertain)

    @property
    def empty(self) -> bool:
        return not (self.tag or self.color or self.author or self.section is not None or self.text.strip()
                    or self.attention)

    def matcher(self, sections: SectionIndex | None = None):
        """A fast predicate ``Annotation -> bool`` for this filter (query variants computed once).
        ``sections``: the document's outline, which the section criterion needs."""
        tag, color, author = self.tag, self.color.lower(), self.author
        section = None
        if self.section is not None and sections is not None:
            section = sections.entry(sections.index_of_start(self.section))
        attention = self.attention
        needles = query_variants(self.text.strip())
        tag_matches = tag_matcher(tag)

        def matches(a: Annotation) -> bool:
            if tag and not any(tag_matches(t) for t in a.tags):
                return False
            if color and a.color.lower() != color:
                return False
            if author and a.author != author:
                return False
            if attention and a.state not in NEEDS_ATTENTION:
                return False
            # An orphan's offsets are stale: it belongs to no section.
            if section is not None and not (is_placed(a) and sections.holds(section, a.start)):
                return False
            if needles:
                haystack = (a.quote.exact + "\n" + a.note).casefold()
                if not any(n in haystack for n in needles):
                    return False
            return True

        return matches


@lru_cache(maxsize=64)
def query_variants(query: str) -> tuple[str, ...]:
    """The query folded for case, plus its Simplified and Traditional forms when they differ."""
    if not query:
        return ()
    variants = {query.casefold()}
    if not query.isascii():
        for converted in _script_forms(query):
            variants.add(converted.casefold())
    return tuple(sorted(variants))


def _script_forms(query: str) -> list[str]:
    forms = []
    for config in ("t2s", "s2t", "tw2sp"):
        try:
            forms.append(_converter(config).convert(query))
        except Exception:  # noqa: BLE001 - a missing config only loses a variant
            continue
    return forms


@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc  # imported lazily: an ASCII-only query never loads OpenCC

    return opencc.OpenCC(config)
