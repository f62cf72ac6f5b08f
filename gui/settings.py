"""Remembered preferences (QSettings) with typed accessors.

Settings live in an INI file under PIZHU_CONFIG_DIR when that is set (the test suite always
sets it), otherwise in the platform's usual place.  Keys are defined here and nowhere else.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings

CONFIG_DIR_ENV = "PIZHU_CONFIG_DIR"
DEFAULT_FONT_SIZE = 15
MIN_FONT_SIZE, MAX_FONT_SIZE = 9, 40
MAX_RECENT = 10
DEFAULT_SYNC_MINUTES = 15
MIN_SYNC_MINUTES, MAX_SYNC_MINUTES = 1, 24 * 60

# Default highlight colours and their names (editable in Preferences).  The default names are
# UI strings, shown in the UI language (default_color_name); a name the user typed is theirs.
DEFAULT_COLORS: tuple[tuple[str, str], ...] = (
    ("#ffd54f", QT_TRANSLATE_NOOP("HighlightColours", "Target")),
    ("#ef9a9a", QT_TRANSLATE_NOOP("HighlightColours", "Commitment")),
    ("#a5d6a7", QT_TRANSLATE_NOOP("HighlightColours", "Achievement")),
    ("#90caf9", QT_TRANSLATE_NOOP("HighlightColours", "Problem")),
    ("#ce93d8", QT_TRANSLATE_NOOP("HighlightColours", "Question")),
)


def default_color_name(index: int) -> str:
    """The default name of palette colour ``index``, in the UI language."""
    return QCoreApplication.translate("HighlightColours", DEFAULT_COLORS[index][1])


def make_qsettings() -> QSettings:
    """The one settings file every part of the GUI reads and writes (redirected in tests)."""
    directory = os.environ.get(CONFIG_DIR_ENV)
    if directory:
        Path(directory).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(directory) / "pizhu.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "pizhu", "pizhu")


def default_author() -> str:
    """The operating-system account name: a first highlight never waits for a dialog."""
    try:
        import getpass   # only when no author name was set: not at every start-up

        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no passwd entry in some containers
        return "reader"


class Settings:
    """Typed wrapper over QSettings; every write is synced so a crash keeps it."""

    def __init__(self) -> None:
        self._q = make_qsettings()

    def _get(self, key: str, default, kind=None):
        value = self._q.value(key, default)
        if kind is None or value is None:
            return value
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value) -> None:
        self._q.setValue(key, value)
        self._q.sync()

    # -- reading --------------------------------------------------------------------------
    @property
    def font_size(self) -> int:
        size = self._get("reader/font_size", DEFAULT_FONT_SIZE, int)
        return max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))

    @font_size.setter
    def font_size(self, size: int) -> None:
        self._set("reader/font_size", int(size))

    @property
    def script(self) -> str:
        return str(self._get("reader/script", "source"))

    @script.setter
    def script(self, script: str) -> None:
        self._set("reader/script", script)

    @property
    def previous_script(self) -> str:
        """The script shown before the current one: the likeliest next switch, prepared in the
        background once a report is on screen."""
        return str(self._get("reader/previous_script", "") or "")

    @previous_script.setter
    def previous_script(self, script: str) -> None:
        self._set("reader/previous_script", script)

    @property
    def last_document(self) -> str:
        return str(self._get("session/last_document", "") or "")

    @last_document.setter
    def last_document(self, path: str) -> None:
        self._set("session/last_document", path)

    def reading_position(self, document_id: str) -> int:
        return self._get(f"positions/{_key(document_id)}", 0, int)

    def set_reading_position(self, document_id: str, offset: int) -> None:
        self._set(f"positions/{_key(document_id)}", int(offset))

    # -- interface --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The UI language chosen in Preferences ("zh_CN", "zh_TW", "en"); "" follows the system."""
        return str(self._get("interface/language", "") or "")

    @language.setter
    def language(self, language: str) -> None:
        self._set("interface/language", language)

    # -- recent files ---------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self._q.value("session/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent_file(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self._set("session/recent", files[:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self._set("session/recent", [])

    # -- window ---------------------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self._q.value("window/geometry"), self._q.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._set("window/state", state)

    # -- annotating -----------------------------------------------------------------------
    @property
    def author(self) -> str:
        return str(self._get("annotate/author", "") or default_author())

    @author.setter
    def author(self, name: str) -> None:
        self._set("annotate/author", name.strip())

    @property
    def colors(self) -> list[tuple[str, str]]:
        """[(hex colour, name)] — the highlight palette with user-chosen names (a name left at
        its default is shown in the UI language)."""
        names = self._q.value("annotate/color_names", None)
        if isinstance(names, str):
            names = [names]
        result = []
        for index, (color, _source) in enumerate(DEFAULT_COLORS):
            name = names[index] if names and index < len(names) and names[index] else default_color_name(index)
            result.append((color, str(name)))
        return result

    def set_color_names(self, names: list[str]) -> None:
        """Store the names; one equal to its default is stored as "" so it keeps following the
        UI language."""
        self._set("annotate/color_names", [
            "" if name == default_color_name(index) else name for index, name in enumerate(names)])

    @property
    def current_color(self) -> str:
        return str(self._get("annotate/current_color", DEFAULT_COLORS[0][0]))

    @current_color.setter
    def current_color(self, color: str) -> None:
        self._set("annotate/current_color", color)

    # -- the commitments panel -----------------------------------------------------------
    @property
    def commitments_header(self) -> QByteArray | None:
        """The ledger table's header (column order, widths, hidden columns, sort)."""
        value = self._q.value("commitments/header")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @commitments_header.setter
    def commitments_header(self, state: QByteArray) -> None:
        self._set("commitments/header", state)

    @property
    def show_dismissed_commitments(self) -> bool:
        return str(self._get("commitments/show_dismissed", "false")).lower() == "true"

    @show_dismissed_commitments.setter
    def show_dismissed_commitments(self, shown: bool) -> None:
        self._set("commitments/show_dismissed", "true" if shown else "false")

    @property
    def commitments_chart(self) -> str:
        """What the overview chart breaks sections down by: ``status`` or ``category``."""
        value = str(self._get("commitments/chart", "status"))
        return value if value in ("status", "category") else "status"

    @commitments_chart.setter
    def commitments_chart(self, mode: str) -> None:
        self._set("commitments/chart", mode)

    # -- author layers (a view setting: never written to annotations) -------------------------
    @property
    def hidden_authors(self) -> frozenset[str]:
        """Authors whose highlights are hidden ("" stands for annotations without an author)."""
        value = self._json("layers/hidden_authors", [])
        return frozenset(str(a) for a in value)

    @hidden_authors.setter
    def hidden_authors(self, authors) -> None:
        self._set("layers/hidden_authors", json.dumps(sorted(authors), ensure_ascii=False))

    @property
    def author_colors(self) -> dict[str, str]:
        """Author → colour painted instead of the highlight's own."""
        value = self._json("layers/author_colors", {})
        return {str(k): str(v) for k, v in value.items()}

    @author_colors.setter
    def author_colors(self, colors) -> None:
        self._set("layers/author_colors", json.dumps(dict(colors), ensure_ascii=False))

    # -- team sync (gui/sync): the server's URL without password — never a password --------------
    @property
    def sync_server(self) -> str:
        return str(self._get("sync/server", "") or "")

    @sync_server.setter
    def sync_server(self, url: str) -> None:
        self._set("sync/server", url.strip())

    @property
    def sync_periodically(self) -> bool:
        return self._flag("sync/periodic", False)

    @sync_periodically.setter
    def sync_periodically(self, on: bool) -> None:
        self._set("sync/periodic", "true" if on else "false")

    @property
    def sync_interval_minutes(self) -> int:
        minutes = self._get("sync/interval_minutes", DEFAULT_SYNC_MINUTES, int)
        return max(MIN_SYNC_MINUTES, min(MAX_SYNC_MINUTES, minutes))

    @sync_interval_minutes.setter
    def sync_interval_minutes(self, minutes: int) -> None:
        self._set("sync/interval_minutes", int(minutes))

    @property
    def sync_on_open(self) -> bool:
        return self._flag("sync/on_open", False)

    @sync_on_open.setter
    def sync_on_open(self, on: bool) -> None:
        self._set("sync/on_open", "true" if on else "false")

    def last_synced(self, server: str) -> dict[str, str]:
        """When this window last synced with ``server`` (its label): document id → UTC time
        (ISO 8601, :func:`document.times.iso_utc`); ``"*"`` for a sync of all documents."""
        value = self._json("sync/last_synced", {}).get(server, {})
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def set_last_synced(self, server: str, document_id: str, when: str) -> None:
        every = self._json("sync/last_synced", {})
        times = every.get(server) if isinstance(every.get(server), dict) else {}
        every[server] = {**times, document_id: when}
        self._set("sync/last_synced", json.dumps(every, ensure_ascii=False))

    @property
    def read_only_servers_told(self) -> frozenset[str]:
        """Servers whose read-only login the user was told about (told once)."""
        return frozenset(str(s) for s in self._json("sync/read_only_told", []))

    def tell_read_only_server(self, server: str) -> None:
        self._set("sync/read_only_told", json.dumps(sorted(self.read_only_servers_told | {server}),
                                                    ensure_ascii=False))

    def _flag(self, key: str, default: bool) -> bool:
        return str(self._get(key, "true" if default else "false")).lower() == "true"

    def _json(self, key: str, default):
        """A JSON value stored under ``key``; ``default`` when absent, damaged or of another type."""
        raw = self._q.value(key, "")
        try:
            value = json.loads(raw) if raw else default
        except (TypeError, ValueError):
            return default
        return value if isinstance(value, type(default)) else default


def _key(document_id: str) -> str:
    return document_id.replace(":", "_").replace("/", "_")
