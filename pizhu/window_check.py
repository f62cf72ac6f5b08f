"""Can Pizhu open a window?  Answered before Qt starts.

Without a display, or with a library of its platform plugin missing, Qt aborts (status 134)
with five lines whose hint names libxcb-cursor0 even when that library is present.  This module
finds the same conditions beforehand, without importing Qt, and describes them in one line that
says what to install (Debian/Ubuntu and Fedora package names) or what to set, so the shell can
exit with status 1 instead.

Which platform Qt will use is decided as Qt decides it: ``QT_QPA_PLATFORM`` (a ``;``-separated
list, each entry ``name[:options]``) when set, else Wayland then X11 in a Wayland session and
X11 otherwise.  Platforms that need no display server (offscreen, minimal, vnc, …) only need
Qt's GUI libraries.  macOS and Windows always have their platform: nothing is checked there.
"""
from __future__ import annotations

import ctypes
import glob
import os
import socket
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class SystemLibrary:
    """A shared library Qt loads from the system, and the packages that provide it."""

    soname: str
    debian: str
    fedora: str


def _libraries(*rows: tuple[str, str, str]) -> tuple[SystemLibrary, ...]:
    return tuple(SystemLibrary(*row) for row in rows)


# Loaded by Qt's GUI library (libQt6Gui) whatever the platform (readelf -d: NEEDED).
GUI_LIBRARIES = _libraries(
    ("libGL.so.1", "libgl1", "libglvnd-glx"),
    ("libEGL.so.1", "libegl1", "libglvnd-egl"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    ("libfreetype.so.6", "libfreetype6", "freetype"),
    ("libX11.so.6", "libx11-6", "libX11"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    ("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
)

# Loaded by the X11 platform plugin (libqxcb.so and libQt6XcbQpa, with Qt's D-Bus library).
XCB_LIBRARIES = _libraries(
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)

# Loaded by the Wayland platform plugin (libqwayland.so and libQt6WaylandClient).
WAYLAND_LIBRARIES = _libraries(
    ("libwayland-client.so.0", "libwayland-client0", "libwayland-client"),
    ("libwayland-cursor.so.0", "libwayland-cursor0", "libwayland-cursor"),
    ("libwayland-egl.so.1", "libwayland-egl1", "libwayland-egl"),
)

# Platforms that draw without a display server; they need Qt's GUI libraries only.
HEADLESS_PLATFORMS = frozenset({
    "offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay",
})
PLATFORM_LIBRARIES = {"xcb": XCB_LIBRARIES, "wayland": WAYLAND_LIBRARIES, "wayland-egl": WAYLAND_LIBRARIES}
KNOWN_PLATFORMS = HEADLESS_PLATFORMS | PLATFORM_LIBRARIES.keys()
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland*.so", "wayland-egl": "libqwayland*.so"}
HEADLESS_HINT = "QT_QPA_PLATFORM=offscreen runs without a screen"


class SystemProbe(Protocol):
    """What the check asks of the system; tests may answer with a stand-in."""

    def load_error(self, library: str) -> str | None:
        """None when ``library`` (a soname or a path) loads, else the loader's message."""

    def plugin_path(self, platform: str) -> str | None:
        """Qt's plugin file for ``platform``, when it can be found."""

    def x11_error(self, display: str) -> str | None:
        """None when an X server accepts a connection on ``display``, else why not."""

    def wayland_error(self, socket_path: str) -> str | None:
        """None when a Wayland compositor listens on ``socket_path``, else why not."""


class DynamicLoader:
    """The real system: the dynamic loader, Qt's plugin directory, the display sockets."""

    XCB_ERRORS = {
        1: "no X server answers there, or it refused this user",
        5: "the display name cannot be parsed",
        6: "the display has no such screen",
    }

    def load_error(self, library: str) -> str | None:
        try:
            ctypes.CDLL(library)
        except OSError as error:
            return str(error)
        return None

    def plugin_path(self, platform: str) -> str | None:
        pattern = PLUGIN_FILES.get(platform)
        if pattern is None:
            pattern = f"libq{platform}.so"
        for directory in _plugin_directories():
            found = sorted(glob.glob(os.path.join(directory, "platforms", pattern)))
            if found:
                return found[0]
        return None

    def x11_error(self, display: str) -> str | None:
        host, number = _x11_address(display)
        if host:
            # A remote display (SSH forwarding): give up after a few seconds, not TCP's minutes.
            try:
                socket.create_connection((host, 6000 + number), timeout=3).close()
            except OSError as error:
                return error.strerror or str(error)
        try:
            xcb = ctypes.CDLL("libxcb.so.1")
        except OSError:
            return None     # cannot tell; the library check names what is missing
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        connection = xcb.xcb_connect(display.encode(), None)
        try:
            code = xcb.xcb_connection_has_error(connection)
        finally:
            xcb.xcb_disconnect(connection)
        return self.XCB_ERRORS.get(code, f"connection error {code}") if code else None

    def wayland_error(self, socket_path: str) -> str | None:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
                connection.settimeout(3)
                connection.connect(socket_path)
        except OSError as error:
            return error.strerror or str(error)
        return None


def _plugin_directories() -> list[str]:
    """Where the PySide6 in use keeps Qt's plugins (found without importing Qt)."""
    directories = [d for d in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if d]
    spec = find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        directories.append(os.path.join(location, "Qt", "plugins"))
    bundle = getattr(sys, "_MEIPASS", None)     # a frozen build keeps the package layout
    if bundle:
        directories.append(os.path.join(bundle, "PySide6", "Qt", "plugins"))
    return directories


def _x11_address(display: str) -> tuple[str, int]:
    """(host, display number) of ``[host]:number[.screen]``; host "" for a local socket."""
    host, _, rest = display.rpartition(":")
    if host.endswith("/unix") or host in ("unix", "localhost/unix"):
        host = ""
    number = rest.split(".")[0]
    return host, int(number) if number.isdigit() else 0


def platform_candidates(environ: Mapping[str, str]) -> list[str]:
    """The platforms Qt will try, in order."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [entry.split(":")[0].strip() for entry in chosen.split(";") if entry.strip()]
    if environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def window_problem(environ: Mapping[str, str] | None = None, probe: SystemProbe | None = None,
                   system: str | None = None) -> str | None:
    """None when Qt can open a window; else one line saying why not and what to do.

    Every platform Qt would try is checked; the first that works ends the check, and when none
    does the first one's problem is reported (it is the one the user expects).
    """
    environ = os.environ if environ is None else environ
    system = sys.platform if system is None else system
    if system == "darwin" or system.startswith("win"):
        return None
    probe = probe or DynamicLoader()
    problems = []
    for platform in platform_candidates(environ):
        problem = _platform_problem(platform, environ, probe)
        if problem is None:
            return None
        problems.append(problem)
    return problems[0] if problems else None


def _platform_problem(platform: str, environ: Mapping[str, str], probe: SystemProbe) -> str | None:
    """The display comes first: without one, installing libraries would not help."""
    if platform == "xcb":
        problem = _x11_problem(environ, probe)
    elif platform in PLATFORM_LIBRARIES:
        problem = _wayland_problem(environ, probe)
    else:
        problem = None
    if problem:
        return problem
    if platform not in KNOWN_PLATFORMS and probe.plugin_path(platform) is None:
        return (f"cannot open a window: QT_QPA_PLATFORM asks for '{platform}', a platform Qt does not "
                "have here; use xcb, wayland or offscreen")
    libraries = GUI_LIBRARIES + PLATFORM_LIBRARIES.get(platform, ())
    missing = _missing_libraries(platform, libraries, probe)
    return _missing_message(platform, missing) if missing else None


def _missing_libraries(platform: str, libraries: Sequence[SystemLibrary],
                       probe: SystemProbe) -> list[SystemLibrary | str]:
    """The libraries Qt would fail to load for ``platform`` (a soname when none is known).

    The plugin itself is loaded first, as Qt would load it (with its own search path, which in
    a frozen build is the bundle); only when that fails are the known libraries tried one by
    one, so that all the missing ones are named at once.
    """
    plugin = probe.plugin_path(platform)
    plugin_error = probe.load_error(plugin) if plugin else None
    if plugin and plugin_error is None:
        return []
    missing: list[SystemLibrary | str] = [lib for lib in libraries if probe.load_error(lib.soname)]
    if not missing and plugin_error:
        # A library this list does not know: the loader's message names it.
        missing.append(plugin_error.split(":")[0].strip())
    return missing


def _missing_message(platform: str, missing: Sequence[SystemLibrary | str]) -> str:
    names = ", ".join(lib.soname if isinstance(lib, SystemLibrary) else lib for lib in missing)
    known = [lib for lib in missing if isinstance(lib, SystemLibrary)]
    what = f"Qt's {platform} platform" if platform in PLATFORM_LIBRARIES else "Qt"
    message = f"cannot open a window: {what} needs {names}, which cannot be loaded"
    if known:
        debian = " ".join(dict.fromkeys(lib.debian for lib in known))
        fedora = " ".join(dict.fromkeys(lib.fedora for lib in known))
        them = "them" if len(known) > 1 else "it"
        message += f"; install {them} (Debian/Ubuntu: apt install {debian}; Fedora: dnf install {fedora})"
    else:
        message += "; install the package that provides it"
    return message


def _x11_problem(environ: Mapping[str, str], probe: SystemProbe) -> str | None:
    display = environ.get("DISPLAY", "")
    if not display:
        wayland = "; WAYLAND_DISPLAY is set: try QT_QPA_PLATFORM=wayland" if environ.get("WAYLAND_DISPLAY") else ""
        return ("cannot open a window: no display (DISPLAY is not set); start Pizhu from a desktop "
                f"session, or over SSH with -X{wayland}; {HEADLESS_HINT}")
    error = probe.x11_error(display)
    if error:
        return (f"cannot open a window: cannot connect to the X display DISPLAY={display} ({error}); "
                f"check DISPLAY and the X server's permissions (xhost, XAUTHORITY); {HEADLESS_HINT}")
    return None


def _wayland_problem(environ: Mapping[str, str], probe: SystemProbe) -> str | None:
    name = environ.get("WAYLAND_DISPLAY", "") or "wayland-0"
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    path = name if os.path.isabs(name) else str(Path(runtime) / name) if runtime else ""
    if not path:
        return f"cannot open a window: XDG_RUNTIME_DIR is not set, so there is no Wayland display; {HEADLESS_HINT}"
    error = probe.wayland_error(path)
    if error:
        return (f"cannot open a window: no Wayland compositor at {path} ({error}); "
                f"check WAYLAND_DISPLAY, or set QT_QPA_PLATFORM=xcb; {HEADLESS_HINT}")
    return None
