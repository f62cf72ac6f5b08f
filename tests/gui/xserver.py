"""A real X server (Xvfb) and a real user (xdotool) for tests that run Pizhu as a process.

Debian's ``xvfb`` and ``xdotool`` packages; `.ci/run` installs them.  They are Linux tools, so
these tests are skipped elsewhere — and only there.
"""
from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def require(*tools: str) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Xvfb and xdotool are X11 tools for Linux")
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} not found: apt-get install xvfb xdotool (.ci/run installs them)")


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """A fresh Xvfb server; its DISPLAY name (":N", a free number chosen by Xvfb).  -noreset:
    the server must not regenerate (and refuse connections) when one test's client leaves."""
    require("Xvfb", "xdotool")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not start within 30 s")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


def pizhu_env(display: str | None, tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a pizhu process on ``display`` with throw-away data and settings."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY")}
    # LANGUAGE comes first in Qt's list of the system's languages: the UI is English wherever
    # the suite runs, unless a test asks for another language.
    env.update(PYTHONPATH=str(ROOT), PIZHU_DATA_DIR=str(tmp_path / "data"),
               PIZHU_CONFIG_DIR=str(tmp_path / "config"), LANGUAGE="en")
    env.update(extra)
    if display is not None:
        env["DISPLAY"] = display
    return env


def pizhu_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "pizhu", *args]


def xdotool(display: str, *args: str, check: bool = True) -> str:
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30,
                            env=dict(os.environ, DISPLAY=display))
    if check and result.returncode != 0:
        raise AssertionError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


def wait_for_window(display: str, name: str, process: subprocess.Popen, timeout: float = 60) -> str:
    """The id of the first visible window whose title contains ``name``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"pizhu exited with {process.returncode}: {process.stderr.read()}")
        found = xdotool(display, "search", "--onlyvisible", "--name", name, check=False)
        if found:
            return found.splitlines()[0]
        time.sleep(0.2)
    raise AssertionError(f"no window called {name!r} within {timeout} s")
