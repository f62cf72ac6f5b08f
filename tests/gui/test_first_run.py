"""A first run on a bare machine: a missing library or CJK font is explained, not suffered.

The library test hides a real library from a real `pizhu` process (a private mount namespace
binds /dev/null over the file) on a real X server; the font tests give a real process a
fontconfig with no fonts at all.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui import font_check
from xserver import pizhu_command, pizhu_env, x_display  # noqa: F401 - fixture

HIDDEN = "libxcb-icccm.so.4"


def _library_file(soname: str) -> str:
    """The file the dynamic loader picks for ``soname`` (read from this process's own map)."""
    ctypes.CDLL(soname)
    with open("/proc/self/maps", encoding="utf-8") as maps:
        for line in maps:
            path = line.split()[-1]
            if os.path.basename(path).startswith(soname):
                return os.path.realpath(path)
    raise AssertionError(f"{soname} is loaded but not mapped")


def _hiding(path: str) -> list[str]:
    """A command prefix running the rest with /dev/null bound over ``path``, for that process only."""
    if shutil.which("unshare") is None:
        pytest.fail("unshare not found (util-linux)")
    user = [] if os.geteuid() == 0 else ["--map-root-user"]
    probe = subprocess.run(["unshare", "--mount", *user, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"this machine allows no private mount namespace: {probe.stderr.strip()}")
    return ["unshare", "--mount", "--propagation", "private", *user,
            "sh", "-c", 'mount --bind /dev/null "$0" && exec "$@"', path]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb libraries are a Linux matter")
def test_a_missing_xcb_library_is_named_with_its_packages(x_display, tmp_path):
    hidden = _library_file(HIDDEN)
    result = subprocess.run(_hiding(hidden) + pizhu_command(), env=pizhu_env(x_display, tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        f"pizhu: cannot open a window: Qt's xcb platform needs {HIDDEN}, which cannot be loaded; "
        "install it (Debian/Ubuntu: apt install libxcb-icccm4; Fedora: dnf install xcb-util-wm)\n"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb libraries are a Linux matter")
def test_with_every_library_and_a_display_the_window_opens(x_display, tmp_path):
    result = subprocess.run(pizhu_command(), env=pizhu_env(x_display, tmp_path, PIZHU_EXIT_AFTER_START="1"),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "pizhu.sqlite3").is_file()    # the store opened behind the window


def _fontconfig_without_fonts(tmp_path: Path) -> str:
    (tmp_path / "fonts").mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{tmp_path / 'fonts'}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return str(config)


def _start_offscreen(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environment = pizhu_env(None, tmp_path, QT_QPA_PLATFORM="offscreen", PIZHU_EXIT_AFTER_START="1", **env)
    return subprocess.run(pizhu_command(), env=environment, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig decides the fonts on Linux")
def test_without_a_cjk_font_the_user_is_told_once_which_package_to_install(tmp_path):
    result = _start_offscreen(tmp_path, FONTCONFIG_FILE=_fontconfig_without_fonts(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("No font for Chinese text is installed") == 1
    assert "apt install fonts-noto-cjk" in result.stderr
    assert "dnf install google-noto-sans-cjk-fonts" in result.stderr


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fc-list (fontconfig) tells what the system has")
def test_the_warning_agrees_with_fontconfig(tmp_path):
    has_cjk = bool(subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True).stdout.strip())
    result = _start_offscreen(tmp_path)
    assert result.returncode == 0, result.stderr
    assert ("No font for Chinese text" in result.stderr) == (not has_cjk)


def test_exit_after_start_reports_a_store_that_failed(tmp_path):
    """The smoke check's hook (PIZHU_EXIT_AFTER_START) says 1 when the store could not open."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "pizhu.sqlite3").write_bytes(b"not a database" * 100)
    result = _start_offscreen(tmp_path)
    assert result.returncode == 1, result.stderr


def test_the_warning_goes_to_the_status_bar_once(open_window, monkeypatch):
    monkeypatch.setattr(font_check, "_warned", False)
    monkeypatch.setattr(font_check, "cjk_families", lambda: [])
    window = open_window()
    shown: list[str] = []
    show = lambda message: (shown.append(message), window.show_status(message, 0))  # noqa: E731
    assert font_check.warn_once_without_cjk_font(show) is True
    assert font_check.warn_once_without_cjk_font(show) is False
    assert len(shown) == 1
    assert "fonts-noto-cjk" in window.statusBar().currentMessage()


def test_other_systems_name_a_font_not_a_package():
    assert font_check.install_hint("darwin") == "Noto Sans CJK SC"
    assert "fonts-noto-cjk" in font_check.install_hint("linux")


def test_an_annotation_file_opened_from_the_desktop_goes_to_the_import_preview(open_window, store, tmp_path, qtbot):
    """`pizhu FILE.jsonld` ("Open with Pizhu"): the report shows, and once the store is open the
    file is previewed for import, as a dropped file would be."""
    from gui.app import import_when_store_opens, is_annotations_file
    from pizhu.cli import main

    exported = tmp_path / "team.jsonld"
    assert main(["export", "--format", "w3c", "-o", str(exported)]) == 0
    assert is_annotations_file(str(exported)) and not is_annotations_file("report.md")
    window = open_window()
    import_when_store_opens(window, str(exported))
    assert window.exchange.importer.dialog is None
    window.attach_store(store)
    qtbot.waitUntil(lambda: window.exchange.importer.dialog is not None, timeout=20_000)
    window.exchange.importer.dialog.reject()
