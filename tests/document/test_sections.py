"""The one "which section holds this offset" rule (document/sections.py) against a plain walk
down the outline tree, on the bundled report and on outlines with gaps."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from document.loading import load_document
from document.model import Document, OutlineEntry
from document.sections import SectionIndex


def walk_down(document: Document, offset: int) -> list[OutlineEntry]:
    """Reference: at each level the last entry whose range holds ``offset``, then its children."""
    path, level, length = [], document.outline, len(document.text)
    while True:
        found = None
        for entry in level:
            if entry.start <= offset < entry.end or entry.start <= offset == entry.end == length:
                found = entry
        if found is None:
            return path
        path.append(found)
        level = found.children


def entry(title: str, start: int, end: int, *children: OutlineEntry, level: int = 1) -> OutlineEntry:
    return OutlineEntry(title=title, rank=level, level=level, start=start, end=end, block_index=0,
                        children=tuple(children))


def gapped_document() -> Document:
    """An outline that does not tile its text: front matter before it, a gap after a child
    (an appendix that ends early) and text after the last entry."""
    text = "x" * 100
    outline = (
        entry("一", 10, 50, entry("（一）", 12, 20, level=2), entry("（二）", 30, 40, level=2)),
        entry("二", 50, 80),
    )
    return Document(id="d", source=text, text=text, blocks=(), title="T", outline=outline)


def test_bundled_report_agrees_with_the_tree_walk_everywhere():
    document = load_document(None)
    index = document.sections
    assert len(index.entries) > 20
    for offset in range(0, len(document.text) + 1):
        assert index.path(offset) == walk_down(document, offset), offset


def test_many_offsets_at_once_follow_the_same_rule():
    document = load_document(None)
    index = SectionIndex(document)
    offsets = list(range(0, len(document.text) + 1, 7)) + [len(document.text)]
    assert index.sections_of(offsets) == [index.section_of(offset) for offset in offsets]


def test_gaps_fall_back_to_the_holding_parent_or_to_nothing():
    document = gapped_document()
    index = SectionIndex(document)
    titles = lambda offset: [e.title for e in index.path(offset)]  # noqa: E731
    assert titles(0) == [] and index.section_of(5) == -1          # front matter
    assert titles(15) == ["一", "（一）"]
    assert titles(25) == ["一"]                                     # between the children
    assert titles(45) == ["一"]                                     # after （二） ended early
    assert titles(79) == ["二"]
    assert titles(90) == []                                         # after the last entry
    for offset in range(0, 101):
        assert index.path(offset) == walk_down(document, offset), offset


def test_the_end_of_the_text_belongs_to_the_sections_reaching_it():
    document = load_document(None)
    last = document.sections.path(len(document.text))
    assert last and last[-1].end == len(document.text)


def test_counts_include_children_and_leave_out_empty_entries():
    index = SectionIndex(gapped_document())
    counts = index.counts(sorted([15, 16, 25, 45, 60, 95]))
    assert counts == {10: 4, 12: 2, 50: 1}
    assert index.index_of_start(30) == 2 and index.index_of_start(31) == -1
    assert index.entry(0).title == "一" and index.entry(99) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 60)), min_size=1, max_size=8),
       st.lists(st.integers(0, 260), min_size=1, max_size=30))
def test_random_gapped_outlines_agree_with_the_tree_walk(spans, offsets):
    """Top-level entries at random (sorted, non-overlapping) places, each with one child."""
    text = "y" * 260
    outline, last_end = [], 0
    for start, length in sorted(spans):
        start = max(start, last_end)
        end = min(260, start + length)
        if end <= start:
            continue
        child_end = start + max(1, (end - start) // 2)
        outline.append(entry(f"e{start}", start, end, entry(f"c{start}", start, child_end, level=2)))
        last_end = end
    document = Document(id="r", source=text, text=text, blocks=(), title="R", outline=tuple(outline))
    index = SectionIndex(document)
    for offset in offsets:
        assert index.path(offset) == walk_down(document, offset)
    assert index.sections_of(offsets) == [index.section_of(offset) for offset in offsets]


def test_document_section_path_is_the_index():
    document = load_document(None)
    middle = len(document.text) // 2
    assert document.section_path(middle) == document.sections.path(middle)
    assert document.sections is document.sections                 # built once
    assert replace(document).section_path(middle) == document.section_path(middle)
