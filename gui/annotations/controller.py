"""The annotation feature's state: the document's live annotations and how edits flow.

Flow of every edit: an action builds new Annotation values → an undo command makes one Store
call (one transaction) → on success the command calls :meth:`apply_added`,
:meth:`apply_updated` or :meth:`apply_removed`, which update the in-memory index, the reader's
highlights and the panel model *incrementally* (one highlight, one row).  With 10,000
highlights an add therefore costs one SQLite insert plus a repaint of the visible highlights;
nothing is rebuilt.  Menus, shortcuts and dialogs live in :mod:`gui.annotations.actions`.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget

from document.annotation import AnchorState, Annotation, TextQuote, new_annotation_id
from gui.annotations.commands import CreateAnnotation, DeleteAnnotations, EditAnnotations
from gui.annotations.filters import AnnotationFilter
from gui.annotations.loading import AnnotationLoader, LoadResult, read_annotations
from gui.annotations.panel import AnnotationsDock
from gui.annotations.sections import SectionIndex
from gui.annotations.selection_bar import SelectionBar
from gui.reader_view import Highlight

BULK = 64          # above this many changes at once, rebuild instead of inserting row by row
TOOLTIP_NOTE = 600  # characters of a note shown when hovering a highlight


class AnnotationsController(QObject):
    """Owns the annotations of the shown document, the undo stack, the dock and the bar."""

    changed = Signal()   # annotations were added, edited or removed
    annotationsShown = Signal()   # a document's stored annotations are in the reader and panel
    #: Optional ``(annotation, highlight) -> highlight`` applied last by :meth:`highlight_of`;
    #: gui/exchange's author layers use it to hide or recolour an author's highlights.  It runs
    #: for every highlight when a document's annotations are read, so keep it cheap.
    highlight_style = None

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("annotationsController")
        self.window = window
        self.reader = window.reader
        self.settings = window.settings
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self._shown_id: str | None = None          # the document shown in the reader
        self._by_id: dict[str, Annotation] = {}   # live annotations of the shown document
        self.sections = SectionIndex(None)
        self.tag_colors: dict[str, str] = {}
        self._starts: list[int] = []              # sorted starts (orphans left out), for per-section counts
        self._tags: Counter[str] = Counter()
        self._authors: Counter[str] = Counter()
        self._focused: str | None = None
        self._filter = AnnotationFilter()
        self._color_names: dict[str, str] = dict(self.settings.colors)   # hex → user's name
        self._counts_timer = QTimer(self, singleShot=True, interval=120)
        self._counts_timer.timeout.connect(self.update_counts)
        self.loader = AnnotationLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.visible.connect(self._on_visible_loaded)
        self._loading_id: str | None = None       # document whose annotations are being read
        self._local: dict[str, Annotation | None] = {}   # edits made while a read runs

        self.dock = AnnotationsDock(window)
        self.dock.delegate.tag_colors = self.tag_colors
        window.add_dock(self.dock)
        self.bar = SelectionBar(self.reader)
        self.bar.set_colors(self.settings.colors)
        self.dock.filterChanged.connect(self.refilter)
        self.dock.jumpRequested.connect(self.jump_to)
        self.dock.orphanClicked.connect(lambda a: self.show_attention(a.id if a else None, raise_dock=False))
        self.dock.tree.selectionModel().currentChanged.connect(self._on_panel_current)
        self.reader.highlightClicked.connect(self.focus_annotation)
        self.reader.cursorPositionChanged.connect(self._on_caret_moved)
        self.reader.tooltip_provider = self.tooltip_of
        self.reader.selectionFinished.connect(self.bar.show_for_selection)
        window.documentShown.connect(self._on_document_shown)
        window.storeAttached.connect(self._on_store_attached)

        from gui.annotations.actions import AnnotationActions

        self.actions = AnnotationActions(self)

    @property
    def store(self):
        return self.window.store

    # -- documents -----------------------------------------------------------------------------
    def _start_load(self, document_id: str, reader_text=None) -> None:
        if self.store is None:
            return
        self._loading_id = document_id
        self._local = {}
        self._color_names = dict(self.settings.colors)
        self.loader.load(self.store, document_id, self.highlight_of, reader_text or self.window.reader_text,
                         self._visible_source_range)

    def _on_document_shown(self, reader_text) -> None:
        document = reader_text.document
        if document.id != self._shown_id:
            self._shown_id = document.id
            self.sections = SectionIndex(document)
            self.dock.model.set_sections(self.sections)
            self.undo_stack.clear()
            self._focused = None
            self._set_display_script()
            self._show(LoadResult(document.id, 0))           # nothing from the old document
            self._start_load(document.id, reader_text)       # read after this first paint
        else:   # the same document re-rendered: another script or font size
            self._set_display_script()
        self._refresh_choices(force=True)

    def _on_store_attached(self, _store) -> None:
        """The store opens after the first paint: read the shown document's annotations now."""
        if self._shown_id is not None:
            self._start_load(self._shown_id)

    def _visible_source_range(self) -> tuple[int, int] | None:
        rt = self.window.reader_text
        if rt is None:
            return None
        first, last = self.reader.visible_qt_range()
        end = self.reader.document().characterCount() - 1   # the last valid Qt position
        return rt.source_of_qt(min(first, end)), rt.source_of_qt(min(last, end))

    def _on_visible_loaded(self, result: LoadResult) -> None:
        """Paint the highlights on screen now; the panel and counts wait for the full read."""
        if result.document_id == self._shown_id and self._loading_id == result.document_id and not result.error:
            self.reader.set_highlights(result.highlights, result.qt_ranges, result.reader_text)
            self.reader.viewport().repaint()   # now, before the full read takes the GUI thread

    def _on_loaded(self, result: LoadResult) -> None:
        if result.document_id == self._shown_id:
            self._apply_load(result)

    def _apply_load(self, result: LoadResult) -> None:
        """Show a deferred read, with any edit made meanwhile laid on top."""
        self._loading_id = None
        if result.error:
            self.report_failure("读取批注 Loading annotations", RuntimeError(result.error))
        local, self._local = self._local, {}
        if local:
            kept = {a.id: a for a in result.annotations}
            for annotation_id, value in local.items():
                if value is None:
                    kept.pop(annotation_id, None)
                else:
                    kept[annotation_id] = value
            result.annotations = sorted(kept.values(), key=lambda a: (a.start, a.end))
            result.highlights = [self.highlight_of(a) for a in result.annotations]
            result.qt_ranges = None
        self._show(result, progressive=True)
        self.annotationsShown.emit()

    def reload(self, progressive: bool = False) -> None:
        """Read the document's annotations again, now (a tag-wide change, demo data)."""
        self.loader.cancel()
        self._loading_id, self._local = None, {}
        result = LoadResult(self._shown_id or "", 0)
        if self.store is not None and self._shown_id is not None:
            try:
                result.annotations = self.store.annotations(self._shown_id)
                result.tag_colors = {t.name: t.color for t in self.store.tags(self._shown_id) if t.color}
            except Exception as error:  # noqa: BLE001 - show the problem, keep reading
                self.report_failure("读取批注 Loading annotations", error)
        self._color_names = dict(self.settings.colors)
        result.highlights = [self.highlight_of(a) for a in result.annotations]
        self._show(result, progressive)

    def _show(self, result: LoadResult, progressive: bool = False) -> None:
        items = result.annotations
        self._by_id = {a.id: a for a in items}
        self._starts = sorted(a.start for a in items if a.state is not AnchorState.ORPHAN)
        self._tags = Counter(t for a in items for t in a.tags)
        self._authors = Counter(a.author for a in items if a.author)
        self.tag_colors.clear()
        self.tag_colors.update(result.tag_colors)
        self.reader.set_highlights(result.highlights, result.qt_ranges, result.reader_text)
        self._rebuild_model(progressive)
        self._after_change()

    @property
    def loading(self) -> bool:
        return self._loading_id is not None

    @property
    def document_id(self) -> str | None:
        """The document whose annotations :attr:`annotations` holds."""
        return self._shown_id

    @property
    def annotations(self) -> dict[str, Annotation]:
        """Live annotations of the shown document by id.  Asking before the deferred read has
        run performs it now, so callers never see a partial set (nor read the store twice)."""
        if self._loading_id is not None:
            self.flush_load()
        return self._by_id

    def flush_load(self) -> None:
        """Run a pending deferred read immediately."""
        if self._loading_id is None or self.store is None:
            return
        self.loader.cancel()
        self._apply_load(read_annotations(self.store, self._loading_id, 0, self.highlight_of,
                                          self.window.reader_text))

    def _set_display_script(self) -> None:
        """Quotes and titles in the reader's script.  A quote that still sits where it was
        stored is sliced from the reader's converted text (exactly what the reader shows, and
        O(log n)); anything else goes through OpenCC (window.display), cached."""
        rt = self.window.reader_text
        if rt is None or rt.script == "source":
            self.dock.model.set_convert(_same, None)
            return
        text = rt.document.text
        cache: dict[str, str] = {}

        def convert(value: str) -> str:
            if value not in cache:
                start = text.find(value) if 3 < len(value) < 200 else -1
                if start >= 0:
                    ds, de = rt.display_range(start, start + len(value))
                    cache[value] = rt.text[ds:de]
                else:
                    cache[value] = self.window.display(value)
            return cache[value]

        def quote_of(a: Annotation) -> str:
            if text[a.start:a.end] == a.quote.exact:
                ds, de = rt.display_range(a.start, a.end)
                return rt.text[ds:de]
            return convert(a.quote.exact)

        self.dock.model.set_convert(convert, quote_of)

    # -- reading the state -----------------------------------------------------------------------
    def highlight_of(self, a: Annotation) -> Highlight:
        """What the reader paints; the hover text is built on demand by :meth:`tooltip_of`."""
        # An orphan's offsets are stale: paint nothing there (an empty range is never hit either).
        end = a.start if a.state is AnchorState.ORPHAN else a.end
        highlight = Highlight(a.id, a.start, end, a.color, bool(a.note))
        return highlight if self.highlight_style is None else self.highlight_style(a, highlight)

    def tooltip_of(self, highlight: Highlight) -> str:
        """Colour name, #tags and the start of the note, as plain text (the reader escapes it)."""
        a = self._by_id.get(highlight.id)
        if a is None:
            return ""
        names = self._color_names
        lines = [names.get(a.color.lower(), names.get(a.color, ""))]
        if a.tags:
            lines[0] = (lines[0] + "  " if lines[0] else "") + "  ".join(f"#{t}" for t in a.tags)
        if a.note:
            lines.append(a.note if len(a.note) <= TOOLTIP_NOTE else a.note[:TOOLTIP_NOTE] + "…")
        return "\n".join(line for line in lines if line)

    def exact_match(self, start: int, end: int) -> Annotation | None:
        """The live annotation covering exactly [start, end), if any (Ctrl+H twice recolours)."""
        for h in self.reader.highlights_at(start):
            if h.start == start and h.end == end and h.id in self._by_id:
                return self._by_id[h.id]
        return None

    def focused(self) -> Annotation | None:
        return self._by_id.get(self._focused) if self._focused else None

    def known_tags(self) -> list[str]:
        """Tags for completion: every tag in the store, plus the parents of hierarchical ones."""
        names = set(self._tags)
        if self.store is not None:
            try:
                names.update(t.name for t in self.store.tags())
            except Exception:  # noqa: BLE001 - completion is a convenience
                pass
        return sorted(names | {p for n in names for p in _parents(n)})

    # -- edits (each one undoable, one Store call) --------------------------------------------------
    def highlight_selection(self, color: str | None = None, tags: Sequence[str] = (), note: str = "",
                            text: str = "Highlight") -> Annotation | None:
        """Highlight the reader's selection; an identical existing highlight is recoloured."""
        selected = self.reader.selected_source_range()
        if selected is None:
            self.window.show_status("先选中文字再高亮 Select some text to highlight first")
            return None
        return self.highlight_range(*selected, color=color, tags=tags, note=note, text=text)

    def highlight_range(self, start: int, end: int, color: str | None = None, tags: Sequence[str] = (),
                        note: str = "", text: str = "Highlight") -> Annotation | None:
        document = self.window.document
        if document is None or self.store is None:
            self.window.show_status("没有批注库，无法保存 No annotation store: highlights cannot be saved")
            return None
        if color:
            self.remember_color(color)
        existing = self.exact_match(start, end)
        if existing is not None:
            if color and color != existing.color:
                self.set_color([existing.id], color)
            self.focus_annotation(existing.id, quiet=True, panel=False)
            return self._by_id.get(existing.id, existing)
        annotation = Annotation(
            id=new_annotation_id(), document_id=document.id, start=start, end=end,
            quote=TextQuote.from_text(document.text, start, end),
            color=color or self.settings.current_color, tags=tuple(tags), note=note,
            author=self.settings.author,
        )
        self.undo_stack.push(CreateAnnotation(self, annotation, text))
        self.bar.hide()
        cursor = self.reader.textCursor()
        if cursor.hasSelection():   # collapse the selection so the new colour shows
            cursor.setPosition(cursor.selectionEnd())
            self.reader.setTextCursor(cursor)
        if annotation.id in self._by_id:
            # The new highlight is what Ctrl+T / Ctrl+Shift+N / Alt+n act on next (after the
            # collapse above, which may have put the caret into a neighbour).
            self.focus_annotation(annotation.id, quiet=True, panel=False)
        return self._by_id.get(annotation.id)

    def set_tags(self, ids: Iterable[str], tags: Sequence[str], common: Sequence[str] | None = None) -> None:
        """Give the annotations ``tags``.  With ``common`` (the tags they shared when the editor
        opened), only those are replaced and each keeps its other tags."""
        before = self._live(ids)
        after = []
        for a in before:
            if common is None:
                new = tuple(tags)
            else:
                # The edited tags in the user's order, then this annotation's own others.
                new = tuple(tags) + tuple(t for t in a.tags if t not in common and t not in tags)
            if new != a.tags:
                after.append((a, a.with_changes(tags=new)))
        self._push_edit(after, "Tag")

    def set_note(self, ids: Iterable[str], note: str) -> None:
        self._push_edit([(a, a.with_changes(note=note)) for a in self._live(ids) if a.note != note], "Note")

    def set_color(self, ids: Iterable[str], color: str) -> None:
        self.remember_color(color)
        self._push_edit([(a, a.with_changes(color=color)) for a in self._live(ids) if a.color != color],
                        "Colour")

    def delete(self, ids: Iterable[str]) -> None:
        doomed = self._live(ids)
        if doomed:
            self.undo_stack.push(DeleteAnnotations(self, doomed))

    def _push_edit(self, pairs: list[tuple[Annotation, Annotation]], text: str) -> None:
        if pairs:
            self.undo_stack.push(EditAnnotations(self, [b for b, _ in pairs], [a for _, a in pairs], text))

    def _live(self, ids: Iterable[str]) -> list[Annotation]:
        return [self._by_id[i] for i in dict.fromkeys(ids) if i in self._by_id]

    def remember_color(self, color: str) -> None:
        if color != self.settings.current_color:
            self.settings.current_color = color

    def store_update(self, values: list[Annotation], bases: Sequence[Annotation] | None = None) -> list[Annotation]:
        """Write edited annotations in one transaction; returns them as stored.

        ``bases``: the versions this window edited (same order).  The store then writes only
        the fields that changed, keeping whatever another window or an import stored meanwhile
        in the others, and refuses to revive an annotation deleted there: that one leaves this
        window too, with a message.
        """
        stored, gone = self.store.update_many(values, bases)
        if gone:
            self.apply_removed(gone)
            self.window.show_status(f"{len(gone)} 条批注已在别处删除，未保存修改 "
                                    f"{len(gone)} annotation(s) were deleted in another window; "
                                    "the edit was not saved", 10000)
        return stored

    # -- applying what the store accepted (called by the undo commands) ---------------------------
    def apply_added(self, added: Sequence[Annotation]) -> None:
        self._note_local(added)
        for a in added:
            self._by_id[a.id] = a
            self._add_start(a)
            self._count(a, +1)
        if len(added) > BULK:
            self.reader.set_highlights([self.highlight_of(a) for a in self._by_id.values()])
            self._rebuild_model()
        else:
            for a in added:
                self.reader.add_highlight(self.highlight_of(a))
                self.dock.model.insert(a)
        self._after_change()

    def apply_updated(self, updated: Sequence[Annotation]) -> None:
        self._note_local(updated)
        for a in updated:
            old = self._by_id.get(a.id)
            if old is None:
                continue
            self._count(old, -1)
            self._count(a, +1)
            if old.start != a.start or old.state != a.state:
                self._drop_start(old)
                self._add_start(a)
            self._by_id[a.id] = a
            self.reader.update_highlight(self.highlight_of(a))
            self.dock.model.update(a)
        self._after_change()

    def apply_removed(self, ids: Sequence[str]) -> None:
        if self._loading_id is not None:
            self._local.update(dict.fromkeys(ids))
        removed = [self._by_id.pop(i) for i in ids if i in self._by_id]
        for a in removed:
            self._drop_start(a)
            self._count(a, -1)
        if len(removed) > BULK:
            self.reader.set_highlights([self.highlight_of(a) for a in self._by_id.values()])
            self._rebuild_model()
        else:
            for a in removed:
                self.reader.remove_highlight(a.id)
                self.dock.model.remove(a.id)
        if self._focused in ids:
            self._focused = None
        self._after_change()

    def _note_local(self, values: Sequence[Annotation]) -> None:
        """While a background read runs, remember edits so its (older) result cannot undo them."""
        if self._loading_id is not None:
            self._local.update((a.id, a) for a in values)

    def _add_start(self, a: Annotation) -> None:
        if a.state is not AnchorState.ORPHAN:   # a stale offset counts for no section
            insort(self._starts, a.start)

    def _drop_start(self, a: Annotation) -> None:
        if a.state is not AnchorState.ORPHAN:
            index = bisect_left(self._starts, a.start)
            if index < len(self._starts) and self._starts[index] == a.start:
                del self._starts[index]

    def _count(self, a: Annotation, sign: int) -> None:
        for tag in a.tags:
            self._tags[tag] += sign
            if self._tags[tag] <= 0:
                del self._tags[tag]
        if a.author:
            self._authors[a.author] += sign
            if self._authors[a.author] <= 0:
                del self._authors[a.author]

    def _after_change(self) -> None:
        """Counts (outline, status bar) and filter choices follow shortly, coalesced: they
        repaint whole widgets, and a burst of edits should pay for that once, outside the
        frame that shows the edit itself."""
        self._counts_timer.start()
        self.changed.emit()

    def update_counts(self) -> None:
        self._counts_timer.stop()
        self.window.outline_dock.model.set_counts(self.sections.counts(self._starts))
        total, shown = len(self._by_id), self.dock.model.visible_count()
        text = f"批注 {total}" if shown == total else f"批注 {shown} / {total}"
        self.window.set_counts_text(text)
        self._refresh_choices()

    # -- panel -----------------------------------------------------------------------------------
    def refilter(self) -> None:
        self._filter = self.dock.current_filter()
        self._rebuild_model()
        self._after_change()

    def _rebuild_model(self, progressive: bool = False) -> None:
        self.dock.model.rebuild(self._by_id.values(), self._filter.matcher(), self.dock.current_sort(),
                                progressive=progressive)
        if self._focused:
            self.dock.select_annotation(self._focused)

    def _refresh_choices(self, force: bool = False) -> None:
        tags = sorted(set(self._tags) | {p for n in self._tags for p in _parents(n)})
        authors = sorted(self._authors)
        key = (tuple(tags), tuple(authors), tuple(self._color_names.items()), len(self.sections.entries))
        if not force and key == getattr(self, "_choices_key", None):
            return
        self._choices_key = key
        convert = self.dock.model.convert   # titles sit in the text: sliced from the view, cheap
        sections = [(convert(e.title), e.level, e.start, e.end) for e in self.sections.entries]
        self.dock.set_choices(tags, self.settings.colors, authors, sections)

    def focus_annotation(self, annotation_id: str, quiet: bool = False, panel: bool = True) -> None:
        """A highlight was clicked (or reached by the caret, or just made): mark it and select
        it in the panel.  ``quiet``: say nothing when the panel's filter hides it."""
        self._focused = annotation_id
        self.reader.set_focused_highlight(annotation_id)
        if not panel:
            return   # a highlight just made: the panel keeps its place (and Ctrl+H its frame)
        if quiet:
            # Just made or reached by the caret: the panel follows after this frame (selecting a
            # row among 10,000 costs a few ms that Ctrl+H should not wait for).
            QTimer.singleShot(0, self, lambda: self._select_in_panel(annotation_id))
        elif not self.dock.select_annotation(annotation_id):
            self.window.show_status("该批注被筛选隐藏 This annotation is hidden by the panel's filter")

    def _select_in_panel(self, annotation_id: str) -> None:
        if self._focused == annotation_id:
            self.dock.select_annotation(annotation_id)

    def _on_caret_moved(self) -> None:
        """The caret moved into a highlight by keyboard (no selection): focus it, as a click does.

        Only while the reader has focus — programmatic moves made for other widgets (a section
        jump from the panel) must not steal the panel's current row.  Cost: one scan of the
        highlights (``highlights_at``), skipped when nothing changes.
        """
        reader, rt = self.reader, self.window.reader_text
        if rt is None or not self._by_id or not reader.hasFocus():
            return
        cursor = reader.textCursor()
        if cursor.hasSelection():
            return
        hits = [h for h in reader.highlights_at(rt.source_of_qt(cursor.position())) if h.id in self._by_id]
        if not hits:
            return
        chosen = min(hits, key=lambda h: h.end - h.start).id
        if chosen != self._focused:
            self.focus_annotation(chosen, quiet=True)

    def _on_panel_current(self, current, _previous) -> None:
        annotation = self.dock.model.annotation(current)
        if annotation is not None:
            self._focused = annotation.id
            self.reader.set_focused_highlight(annotation.id)

    def jump_to(self, target) -> None:
        """Show an annotation (selecting its passage) or a section start in the reader."""
        if isinstance(target, int):
            if target < 0:   # the orphans' group: it has no place in the text
                self.show_attention(None)
            else:
                self.reader.scroll_to_offset(target)
            return
        if target.state is AnchorState.ORPHAN:
            # Its offsets are stale (often 0): jumping would show an unrelated passage.
            self._focused = target.id
            self.reader.set_focused_highlight(None)
            self.show_attention(target.id)
            return
        self._focused = target.id
        self.reader.select_source_range(target.start, target.end)
        self.reader.set_focused_highlight(target.id)

    def show_attention(self, annotation_id: str | None, raise_dock: bool = True) -> None:
        """An orphan was asked for: say why it cannot be shown and bring up Needs Attention
        (where it can be re-attached), when that dock is installed."""
        self.window.show_status("该批注已失锚，原文中找不到它的位置；请在“待处理”中重新附着。"
                                " This annotation lost its place in the text: re-attach it in Needs Attention.", 10000)
        dock = self.window.findChild(QDockWidget, "attentionDock")
        if dock is None or not raise_dock:
            return
        dock.show()
        dock.raise_()
        if annotation_id and hasattr(dock, "select"):
            dock.select(annotation_id)

    def report_failure(self, what: str, error: Exception) -> None:
        self.window.show_status(f"{what} 失败 failed: {error}", 10000)

    # -- demo data (screenshots, benchmarks) -----------------------------------------------------------
    def add_demo_highlights(self, count: int, seed: int = 7) -> None:
        """Store ``count`` plausible highlights (one transaction) and show them."""
        document = self.window.document
        if document is None or self.store is None or count <= 0:
            return
        from gui.annotations.demo import demo_annotations

        colors = [c for c, _ in self.settings.colors]
        self.store.add_many(demo_annotations(document, count, colors, self.settings.author, seed))
        self.reload()
        self.update_counts()


def _same(text: str) -> str:
    return text


def _parents(tag: str) -> list[str]:
    """"承诺/经济/GDP" → ["承诺", "承诺/经济"]: filtering by a parent shows its children."""
    parts = tag.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]
