"""Staging for ``tools/screenshot.py --exchange``: the exchange UI in a plausible state.

Adds highlights by three authors, two annotations that need attention, raises the Needs
Attention dock, shows the carry-over bar, and saves the import preview and export dialogs
beside the main screenshot (``OUT-preview.png``, ``OUT-export.png``).
"""
from __future__ import annotations

from pathlib import Path

from document.annotation import AnchorState, Annotation, TextQuote, new_annotation_id


def stage(app, window, out: str) -> None:
    from gui.exchange.carry_over import CarryOffer
    from gui.exchange.importing import ImportPlan
    from gui.exchange.preview_dialog import ImportPreviewDialog
    from storage.exchange.importer import ImportSummary

    document, store = window.document, window.store
    if not window.annotation_state.annotations:
        window.annotations.add_demo_highlights(40)
    text = document.text
    start = text.index("地区生产总值")
    review = Annotation(id=new_annotation_id(), document_id=document.id, start=start, end=start + 14,
                        quote=TextQuote("地区生产总值年均增长6.2%", text[max(0, start - 32):start], ""),
                        author="王芳", tags=("目标",), state=AnchorState.REVIEW, color="#90caf9")
    orphan = Annotation(id=new_annotation_id(), document_id=document.id, start=start + 400, end=start + 420,
                        quote=TextQuote("推动煤炭产业向高端化发展并加快转型", "", ""), author="李明",
                        state=AnchorState.ORPHAN, color="#ef9a9a")
    store.add_many([review, orphan])
    window.annotation_state.refresh()
    attention = window.exchange.attention
    attention.refresh()
    attention.reveal()
    attention.dock.select(review.id)
    window.go_to_offset(start)
    live = store.annotations(document.id)
    window.exchange.carry.bar.show_offer(
        CarryOffer(document.id, "urn:sha256:demo", document.title, "2024-03-01", tuple(live[:12])), window.display)
    _settle(app)

    base = Path(out)
    summary = ImportSummary(added=18, updated=3, unchanged=40, older_skipped=1, reanchored=4, needs_review=2,
                            orphaned=1)
    plan = ImportPlan("/home/me/团队批注-王芳.jsonld", b"", None, summary, (document.title,), 62)
    dialog = ImportPreviewDialog(plan, window)
    dialog.show()
    for _ in range(10):
        app.processEvents()
    dialog.grab().save(str(base.with_name(base.stem + "-preview.png")))
    dialog.close()
    export = window.exchange.exporter.open_dialog()
    if export is not None:
        export.choose(format="markdown", author="王芳")
        for _ in range(10):
            app.processEvents()
        export.grab().save(str(base.with_name(base.stem + "-export.png")))
        export.close()


def _settle(app, seconds: float = 0.4) -> None:
    """Let coalesced timers (counts, repaints) fire before grabbing."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
