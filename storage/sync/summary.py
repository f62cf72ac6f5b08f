"""What a sync did, and how it reports its progress (for the CLI line and the GUI)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class SyncPhase(str, Enum):
    CONNECTING = "connecting"   # reaching the server, checking (or creating) its schema
    PUSHING = "pushing"         # done/total: annotations written on the server
    PULLING = "pulling"         # reading what others changed
    APPLYING = "applying"       # done/total: merging pulled annotations into the local store
    DONE = "done"


@dataclass(frozen=True)
class SyncProgress:
    phase: SyncPhase
    done: int = 0
    total: int = 0


ProgressCallback = Callable[[SyncProgress], None]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class SyncSummary:
    """The outcome of one sync.

    ``pushed``/``pulled`` count annotations that changed on the server / here (deletions
    included, and also counted in ``*_deletions``); ``conflicts`` counts annotations edited on
    both sides since the last sync, each resolved by the merge rule (newest edit wins).
    ``not_pushed`` counts local changes kept here because the login may only read.
    """

    server: str
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    pushed_deletions: int = 0
    pulled_deletions: int = 0
    reanchored: int = 0
    needs_review: int = 0
    orphaned: int = 0
    not_pushed: int = 0
    finished: datetime | None = None

    @property
    def changed_here(self) -> bool:
        """True when the local store changed (the GUI refreshes its views)."""
        return self.pulled > 0

    def describe(self) -> str:
        """The line ``pizhu sync`` prints."""
        line = (f"synced with {self.server}: pushed {self.pushed}, pulled {self.pulled}, "
                f"{_plural(self.conflicts, 'conflict')} resolved")
        deletions = [f"{n} {what}" for n, what in ((self.pushed_deletions, "pushed"),
                                                     (self.pulled_deletions, "pulled")) if n]
        if deletions:
            line += f" (deletions: {', '.join(deletions)})"
        if self.reanchored or self.needs_review or self.orphaned:
            line += (f"; anchoring: {self.reanchored} re-anchored, {self.needs_review} need review, "
                     f"{self.orphaned} orphaned")
        if self.not_pushed:
            line += f"; {_plural(self.not_pushed, 'local change')} not pushed (read-only login)"
        return line
