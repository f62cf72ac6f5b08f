"""What a finished sync did, as one status-bar line in the UI language.

``SyncSummary.describe()`` (storage/) is the command line's English line; the window says the
same facts through Qt's translations, so a Chinese UI does not end every sync in English.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # pragma: no cover - storage.sync is imported on first sync (start-up time)
    from storage.sync.summary import SyncSummary


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SyncSummary", text, "", n)


def summary_text(summary: SyncSummary) -> str:
    parts = [_tr("Synced with {server}: {sent} sent, {received} received").format(
        server=summary.server, sent=summary.pushed, received=summary.pulled)]
    if summary.conflicts:
        parts.append(_tr("%n conflict(s) resolved, the newest edit kept", summary.conflicts))
    if summary.pushed_deletions or summary.pulled_deletions:
        parts.append(_tr("deletions: {sent} sent, {received} received").format(
            sent=summary.pushed_deletions, received=summary.pulled_deletions))
    if summary.reanchored or summary.needs_review or summary.orphaned:
        parts.append(_tr("{reanchored} re-anchored, {review} to review, {orphaned} orphaned").format(
            reanchored=summary.reanchored, review=summary.needs_review, orphaned=summary.orphaned))
    if summary.not_pushed:
        parts.append(_tr("%n local change(s) not sent (the login may only read)", summary.not_pushed))
    return _tr("; ").join(parts)
