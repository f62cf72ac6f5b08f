"""The import operation: an exchange file → re-anchored annotations → one store merge.

Order matters for "nothing changes on bad input": the whole file is parsed and validated, the
target documents are resolved and every annotation is re-anchored *before* the store is
written; the write is the single ``Store.merge`` transaction (docs/architecture.md §7 merge rules live
there: new ids added, newer ``modified`` wins, ties keep the local copy, tombstones win over
older edits).

Target document, per ``target.source`` of the file:

1. ``--document FILE`` given: every annotation goes to that document (the file may come from
   another version of it — re-anchoring moves the annotations onto this text).
2. Otherwise a source the store has seen (``Store.document_record``) uses the stored text, and
   the bundled report's id uses the bundled report.
3. Otherwise the import is refused, asking for ``--document FILE``.

Per annotation: a quote is re-anchored against the canonical text (the file's position is the
hint); a position-only annotation takes its quote from the text (orphan if out of range); a
quote-pair RangeSelector runs from the start quote's position to the end quote's start; a
tombstone is not re-anchored (it only has to carry its id and time).  Several items with the
same id: the newest ``modified`` is kept (a tombstone wins a tie; a full tie keeps the first) and
the summary counts the others as ``duplicates`` — a file merged from two exports legitimately
lists an id twice, so this is not a reason to refuse it.

Summary counts (:class:`ImportSummary`): ``added``/``updated``/``unchanged``/``older_skipped``
come from the merge; ``reanchored`` (placed at another position than the file said, or with
changed text), ``needs_review`` and ``orphaned`` count the live incoming annotations.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from document.anchoring import AnchorResult, apply_result, exact_occurrences, reanchor
from document.annotation import AnchorState, Annotation, TextQuote
from document.model import Document
from storage.exchange import fields as F
from storage.exchange import limits
from storage.exchange.errors import ExchangeError
from storage.exchange.w3c_parse import Incoming, parse


@dataclass(frozen=True)
class ImportSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    older_skipped: int = 0
    reanchored: int = 0
    needs_review: int = 0
    orphaned: int = 0
    deleted: int = 0
    duplicates: int = 0  # items dropped because the file lists their id again with a newer copy
    dry_run: bool = False

    def describe(self) -> str:
        """The lines ``pizhu import`` prints."""
        head = "dry run, nothing written" if self.dry_run else "imported"
        return "\n".join([
            f"{head}: {self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.older_skipped} older skipped"
            + (f" ({self.deleted} deletions)" if self.deleted else "")
            + (f"; {self.duplicates} duplicate ids in the file (newest modified kept)" if self.duplicates else ""),
            f"anchoring: {self.reanchored} re-anchored, {self.needs_review} need review, {self.orphaned} orphaned",
        ])


@dataclass(frozen=True)
class _Target:
    document_id: str
    text: str
    document: Document | None = None  # set when the store must learn the document first


def read_file(path: str | Path) -> bytes:
    """The file's bytes, refusing a missing file, a directory or one above the size limit."""
    file = Path(path)
    if not file.exists():
        raise ExchangeError(f"{file}: no such file")
    if not file.is_file():
        raise ExchangeError(f"{file}: not a file")
    size = file.stat().st_size
    if size > F.MAX_FILE_BYTES:
        raise ExchangeError(f"{file}: {F.megabytes(size)} is above the {F.megabytes(F.MAX_FILE_BYTES)} import limit")
    try:
        with file.open("rb") as stream:
            data = stream.read(F.MAX_FILE_BYTES + 1)  # never more, even if st_size lied
    except OSError as error:
        raise ExchangeError(f"{file}: cannot read ({error.strerror or error})") from None
    if len(data) > F.MAX_FILE_BYTES:
        raise ExchangeError(f"{file}: larger than the {F.megabytes(F.MAX_FILE_BYTES)} import limit")
    return data


def _bundled() -> Document:
    from document.loading import load_document

    return load_document(None)


def _resolve_targets(
    store: Any,
    incoming: Sequence[Incoming],
    document: Document | None,
    bundled: Callable[[], Document],
) -> dict[str, _Target]:
    sources = sorted({item.source for item in incoming})
    if document is not None:
        target = _Target(document.id, document.text, document)
        return {source: target for source in sources}
    targets: dict[str, _Target] = {}
    bundled_document: Document | None = None
    for source in sources:
        if not source:
            raise ExchangeError("the annotations name no target document; pass --document FILE")
        record = store.document_record(source)
        if record is not None and record.text:  # a placeholder row (never opened) has no text
            targets[source] = _Target(record.id, record.text)
            continue
        if bundled_document is None:
            bundled_document = bundled()
        if source == bundled_document.id:
            targets[source] = _Target(bundled_document.id, bundled_document.text, bundled_document)
            continue
        raise ExchangeError(
            f"the annotations target {source[:90]}, a document this store has not seen; pass --document FILE"
        )
    return targets


def _clamped(text: str, start: int, end: int) -> tuple[int, int]:
    start = max(0, min(start, len(text)))
    return start, max(start, min(end, len(text)))


def _place_range(text: str, item: Incoming) -> tuple[Annotation, AnchorResult]:
    first, last = item.range_quotes  # type: ignore[misc]
    begin = reanchor(text, first, None)
    result = AnchorResult(AnchorState.ORPHAN, 0, 0, 0.0)
    if begin.placed or begin.state is AnchorState.REVIEW:
        ends = [p for p in exact_occurrences(text, last.exact) if p >= begin.end]
        if ends:
            state = begin.state if begin.state is not AnchorState.CHANGED else AnchorState.REVIEW
            result = AnchorResult(state, begin.start, ends[0], begin.score, begin.runner_up)
    annotation = replace(item.annotation, quote=TextQuote.from_text(text, result.start, result.end))
    return apply_result(annotation, result), result


def place(text: str, item: Incoming) -> tuple[Annotation, AnchorResult | None]:
    """The incoming annotation positioned on ``text`` (None result: kept as the file said)."""
    annotation = item.annotation
    if annotation.deleted:
        start, end = _clamped(text, annotation.start, annotation.end)
        quote = annotation.quote if item.has_quote else TextQuote.from_text(text, start, end)
        return replace(annotation, start=start, end=end, quote=quote), None
    if item.range_quotes is not None and not item.has_position:
        return _place_range(text, item)
    if not item.has_quote:
        if annotation.end > len(text):
            start, end = _clamped(text, annotation.start, annotation.end)
            result = AnchorResult(AnchorState.ORPHAN, start, end, 0.0)
            return apply_result(replace(annotation, quote=TextQuote.from_text(text, start, end)), result), result
        quote = TextQuote.from_text(text, annotation.start, annotation.end)
        result = AnchorResult(AnchorState.ANCHORED, annotation.start, annotation.end, 1.0)
        return apply_result(replace(annotation, quote=quote), result), result
    hint_start = annotation.start if item.has_position else None
    hint_end = annotation.end if item.has_position else None
    result = reanchor(text, annotation.quote, hint_start, hint_end)
    return apply_result(annotation, result), result


def _newest_per_id(annotations: list[Annotation]) -> list[Annotation]:
    chosen: dict[str, Annotation] = {}
    for annotation in annotations:
        known = chosen.get(annotation.id)
        if known is None or (annotation.modified, annotation.deleted) > (known.modified, known.deleted):
            chosen[annotation.id] = annotation
    return list(chosen.values())


def import_bytes(
    store: Any,
    data: bytes,
    *,
    document: Document | None = None,
    dry_run: bool = False,
    bundled: Callable[[], Document] = _bundled,
    name: str | None = None,
) -> ImportSummary:
    """Parse, validate, re-anchor and merge ``data``; nothing is written when any step fails.

    ``name`` (the file's path) prefixes every error about the file's content.
    """
    try:
        incoming = parse(data)
    except ExchangeError as error:
        if name is None:
            raise
        raise ExchangeError(f"{name}: {error}") from None
    targets = _resolve_targets(store, incoming, document, bundled)
    placed: list[Annotation] = []
    reanchored = needs_review = orphaned = 0
    for item in incoming:
        target = targets[item.source]
        annotation, result = place(target.text, item)
        if annotation.document_id != target.document_id:
            annotation = replace(annotation, document_id=target.document_id)
        # Parsing checked the item as the file gave it; placing changes only the quote (e.g. a
        # position-only range longer than a quote may be), the document id and the position.
        if annotation.quote is item.annotation.quote and annotation.document_id == item.annotation.document_id:
            found = None
        else:
            found = limits.problem(annotation)
        if found:
            raise ExchangeError(f"{name + ': ' if name else ''}annotation {annotation.id[:80]} "
                                f"cannot be imported as placed: {found}")
        placed.append(annotation)
        if result is None:
            continue
        if result.state is AnchorState.REVIEW:
            needs_review += 1
        elif result.state is AnchorState.ORPHAN:
            orphaned += 1
        elif result.state is AnchorState.CHANGED or (
            item.has_position and (result.start, result.end) != (item.annotation.start, item.annotation.end)
        ):
            reanchored += 1
    learned = {t.document_id: t.document for t in targets.values() if t.document is not None}
    unique = _newest_per_id(placed)
    history = [entry for item in incoming for entry in item.history]
    merged = store.merge(unique, dry_run=dry_run, history=history, documents=list(learned.values()))
    return ImportSummary(
        added=merged.added,
        updated=merged.updated,
        unchanged=merged.unchanged,
        older_skipped=merged.older_skipped,
        reanchored=reanchored,
        needs_review=needs_review,
        orphaned=orphaned,
        deleted=merged.deleted,
        duplicates=len(placed) - len(unique),
        dry_run=dry_run,
    )


def import_file(
    store: Any, path: str | Path, *, document: Document | None = None, dry_run: bool = False
) -> ImportSummary:
    return import_bytes(store, read_file(path), document=document, dry_run=dry_run, name=str(path))
