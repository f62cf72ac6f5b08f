"""What the annotations panel shows: a filter over tag, colour, author, section and free text.

Pure Python so it can be tested and timed without widgets.  Free-text search is a substring
search over the quote and the note (Chinese has no word boundaries to tokenise on), folded
for case, and script-insensitive where OpenCC is available: the query is also tried in
Simplified and Traditional form, so 發展 finds 发展 without converting 10,000 quotes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from document.annotation import NEEDS_ATTENTION, Annotation
from document.sections import SectionIndex
from gui.core.index import ORPHAN
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

    def matcher(self, sections: SectionIndex | None = None) -> Callable[[Annotation], bool]:
        """A fast predicate ``Annotation -> bool`` for this filter.  ``sections``: the
        document's outline, which the section criterion needs.

        Only the criteria that are set are tested, each as cheaply as it can be (the panel runs
        this over 10,000 annotations per keystroke): the tag rule is decided once per distinct
        tag combination, the free text against folded quotes and notes kept between queries.
        """
        checks: list[Callable[[Annotation], bool]] = []
        if self.tag:
            checks.append(_tag_check(self.tag))
        if self.color:
            color = self.color.lower()
            checks.append(lambda a: a.color.lower() == color)
        if self.author:
            author = self.author
            checks.append(lambda a: a.author == author)
        if self.attention:
            checks.append(lambda a: a.state in NEEDS_ATTENTION)
        if self.section is not None and sections is not None:
            entry = sections.entry(sections.index_of_start(self.section))
            if entry is not None:
                # An orphan's offsets are stale: it belongs to no section.
                checks.append(lambda a: a.state is not ORPHAN and sections.holds(entry, a.start))
        needles = query_variants(self.text.strip())
        if needles:
            checks.append(_text_check(needles))
        if not checks:
            return _everything
        if len(checks) == 1:
            return checks[0]

        def matches(a: Annotation) -> bool:
            for check in checks:
                if not check(a):
                    return False
            return True

        return matches


def _everything(_annotation: Annotation) -> bool:
    return True


def _tag_check(tag: str) -> Callable[[Annotation], bool]:
    """The tag criterion (storage.exchange.filters.tag_matcher), decided once per tag tuple:
    10,000 annotations carry only a few hundred distinct combinations of tags."""
    tag_matches = tag_matcher(tag)
    decided: dict[tuple[str, ...], bool] = {}

    def check(a: Annotation) -> bool:
        verdict = decided.get(a.tags)
        if verdict is None:
            verdict = decided[a.tags] = any(tag_matches(t) for t in a.tags)
        return verdict

    return check


#: annotation id → (the annotation, its quote and note folded for case): kept between queries,
#: valid while the id still holds the same (immutable) annotation.
_HAYSTACKS: dict[str, tuple[Annotation, str]] = {}


def _folded(a: Annotation) -> str:
    if len(_HAYSTACKS) > 100_000:
        _HAYSTACKS.clear()
    folded = (a.quote.exact + "\n" + a.note).casefold()
    _HAYSTACKS[a.id] = (a, folded)
    return folded


def _text_check(needles: tuple[str, ...]) -> Callable[[Annotation], bool]:
    """Free text in the quote or the note (a query typed letter by letter searches 10,000
    annotations each time, so their folded text is made once)."""
    kept = _HAYSTACKS
    first, others = needles[0], needles[1:]

    def haystack_of(a: Annotation) -> str:
        entry = kept.get(a.id)
        return entry[1] if entry is not None and entry[0] is a else _folded(a)

    # Unrolled for the usual one or two forms (a Chinese query in Simplified and Traditional):
    # a generator per annotation cost as much as the search itself.
    if not others:
        return lambda a: first in haystack_of(a)
    if len(others) == 1:
        second = others[0]

        def check_two(a: Annotation) -> bool:
            entry = kept.get(a.id)
            haystack = entry[1] if entry is not None and entry[0] is a else _folded(a)
            return first in haystack or second in haystack

        return check_two

    def check(a: Annotation) -> bool:
        haystack = haystack_of(a)
        return first in haystack or any(n in haystack for n in others)

    return check


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
