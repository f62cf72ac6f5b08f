"""Before Qt starts: no display or a missing library is one line and status 1, never Qt's abort.

The decision logic is exercised with a stand-in for the system (which libraries load, which
displays answer); the real check runs end to end in a `pizhu` process with DISPLAY pointing
nowhere or unset.  (tests/gui/test_first_run.py hides a real library from a real process.)
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pizhu.window_check import (
    GUI_LIBRARIES, XCB_LIBRARIES, DynamicLoader, platform_candidates, window_problem,
)

ROOT = Path(__file__).resolve().parent.parent.parent


class FakeSystem:
    """Answers as a machine would where ``missing`` libraries are absent."""

    def __init__(self, missing=(), plugin_error=None, x11_error=None, wayland_error=None, plugins=True):
        self.missing = set(missing)
        self.plugin_error = plugin_error
        self.x11 = x11_error
        self.wayland = wayland_error
        self.plugins = plugins
        self.loaded: list[str] = []

    def load_error(self, library: str) -> str | None:
        self.loaded.append(library)
        if library.startswith("/plugins/"):
            if self.plugin_error:
                return self.plugin_error
            if self.missing:
                first = sorted(self.missing)[0]
                return f"{first}: cannot open shared object file: No such file or directory"
            return None
        return f"{library}: cannot open shared object file" if library in self.missing else None

    def plugin_path(self, platform: str) -> str | None:
        return f"/plugins/platforms/libq{platform}.so" if self.plugins else None

    def x11_error(self, display: str) -> str | None:
        return self.x11

    def wayland_error(self, socket_path: str) -> str | None:
        return self.wayland


X11 = {"DISPLAY": ":0"}


def test_a_working_x11_desktop_passes():
    system = FakeSystem()
    assert window_problem(X11, system, "linux") is None
    assert system.loaded == ["/plugins/platforms/libqxcb.so"]   # the plugin loaded: nothing more to try


def test_missing_xcb_libraries_are_all_named_with_their_packages():
    system = FakeSystem(missing={"libxcb-icccm.so.4", "libxcb-keysyms.so.1"})
    problem = window_problem(X11, system, "linux")
    assert problem == (
        "cannot open a window: Qt's xcb platform needs libxcb-icccm.so.4, libxcb-keysyms.so.1, which "
        "cannot be loaded; install them (Debian/Ubuntu: apt install libxcb-icccm4 libxcb-keysyms1; "
        "Fedora: dnf install xcb-util-wm xcb-util-keysyms)"
    )


def test_libxcb_cursor_is_named_only_when_it_is_missing():
    """Qt's own hint names libxcb-cursor0 whatever is missing."""
    problem = window_problem(X11, FakeSystem(missing={"libxcb-image.so.0"}), "linux")
    assert "libxcb-image0" in problem and "xcb-util-image" in problem
    assert "cursor" not in problem


def test_a_library_no_list_knows_is_named_from_the_loader_message():
    system = FakeSystem(plugin_error="libxcb-future.so.9: cannot open shared object file: No such file or directory")
    problem = window_problem(X11, system, "linux")
    assert "needs libxcb-future.so.9" in problem
    assert "install the package that provides it" in problem


def test_without_qt_plugin_file_the_known_libraries_decide():
    assert window_problem(X11, FakeSystem(plugins=False), "linux") is None
    problem = window_problem(X11, FakeSystem(missing={"libEGL.so.1"}, plugins=False), "linux")
    assert "libegl1" in problem and "libglvnd-egl" in problem


def test_no_display_comes_before_libraries():
    problem = window_problem({}, FakeSystem(missing={"libxcb-icccm.so.4"}), "linux")
    assert problem.startswith("cannot open a window: no display (DISPLAY is not set)")
    assert "QT_QPA_PLATFORM=offscreen" in problem


def test_an_unreachable_display_says_which():
    problem = window_problem({"DISPLAY": ":42"}, FakeSystem(x11_error="no X server answers there"), "linux")
    assert "DISPLAY=:42 (no X server answers there)" in problem


def test_offscreen_needs_no_display_but_qt_gui_libraries():
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, FakeSystem(), "linux") is None
    problem = window_problem({"QT_QPA_PLATFORM": "offscreen"}, FakeSystem(missing={"libfontconfig.so.1"}), "linux")
    assert problem.startswith("cannot open a window: Qt needs libfontconfig.so.1")
    assert "apt install libfontconfig1" in problem and "dnf install fontconfig" in problem


def test_a_wayland_session_falls_back_to_x11_as_qt_does():
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": "/run/user/1000",
           "DISPLAY": ":0"}
    assert platform_candidates(env) == ["wayland", "xcb"]
    assert window_problem(env, FakeSystem(wayland_error="Connection refused"), "linux") is None
    both_down = window_problem(env, FakeSystem(wayland_error="Connection refused", x11_error="refused"), "linux")
    assert "no Wayland compositor at /run/user/1000/wayland-0 (Connection refused)" in both_down


def test_an_explicit_platform_list_is_honoured():
    assert platform_candidates({"QT_QPA_PLATFORM": "wayland;xcb:nograb"}) == ["wayland", "xcb"]
    problem = window_problem({"QT_QPA_PLATFORM": "offscren"}, FakeSystem(plugins=False), "linux")
    assert "'offscren'" in problem and "offscreen" in problem


@pytest.mark.parametrize("system", ["darwin", "win32"])
def test_macos_and_windows_always_have_their_platform(system):
    assert window_problem({}, FakeSystem(missing={lib.soname for lib in GUI_LIBRARIES}), system) is None


def test_every_library_names_a_package_for_both_distributions():
    for library in GUI_LIBRARIES + XCB_LIBRARIES:
        assert library.soname.startswith("lib") and ".so." in library.soname
        assert library.debian and library.fedora


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the dynamic loader check is for Linux")
def test_the_real_loader_finds_qt_platform_plugins_and_loads_them():
    loader = DynamicLoader()
    plugin = loader.plugin_path("offscreen")
    assert plugin is not None and Path(plugin).name == "libqoffscreen.so"
    assert loader.load_error(plugin) is None
    assert "cannot open shared object file" in loader.load_error("libpizhu-no-such-library.so.1")


# -- the real check in a real `pizhu` process -----------------------------------------------
def _pizhu(env_changes: dict[str, str | None], tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PIZHU_DATA_DIR=str(tmp_path / "data"),
               PIZHU_CONFIG_DIR=str(tmp_path / "config"))
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        env.pop(name, None)
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run([sys.executable, "-m", "pizhu"], env=env, capture_output=True, text=True, timeout=120)


def _free_display_number() -> int:
    number = 90
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return number


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 displays are a Linux matter here")
def test_pizhu_with_display_pointing_nowhere_exits_1_with_one_line(tmp_path):
    display = f":{_free_display_number()}"
    result = _pizhu({"DISPLAY": display}, tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"pizhu: cannot open a window: cannot connect to the X display DISPLAY={display}")
    assert "qt.qpa" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 displays are a Linux matter here")
def test_pizhu_without_any_display_exits_1_with_one_line(tmp_path):
    result = _pizhu({"DISPLAY": None}, tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("pizhu: cannot open a window: no display (DISPLAY is not set)")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "data").exists()        # nothing was created for a window that never opened
