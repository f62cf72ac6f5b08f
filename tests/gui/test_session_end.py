"""Ending a session keeps it: SIGTERM (a logout, `kill`, a shutdown) saves what Ctrl+Q saves.

Pizhu runs as a real process on a real X server; xdotool scrolls the report as a user would,
then the process is ended.  The saved window geometry, dock state and reading position are
read back from the settings file.
"""
from __future__ import annotations

import shutil
import signal
import subprocess
import time

import pytest
from PySide6.QtCore import QByteArray

from document.loading import load_document
from gui.settings import Settings
from xserver import pizhu_command, pizhu_env, wait_for_window, x_display, xdotool  # noqa: F401 - fixture

SHOWN = " — Pizhu"   # the title once a report is on screen ("<title> — Pizhu")


def _run_and_end(display: str, tmp_path, report, end) -> subprocess.CompletedProcess:
    process = subprocess.Popen(pizhu_command(str(report)), env=pizhu_env(display, tmp_path),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        window = wait_for_window(display, SHOWN, process)
        xdotool(display, "mousemove", "--window", window, "500", "400")
        xdotool(display, "click", "--repeat", "10", "--delay", "30", "5")   # wheel down
        time.sleep(1.0)   # the reading position follows the scroll after a short pause
        end(process, window)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _sigterm_with_a_dialog_open(display: str):
    def end(process: subprocess.Popen, window: str) -> None:
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "ctrl+o")                  # a modal file dialog: its own event loop
        wait_for_window(display, "Open Report", process)
        process.send_signal(signal.SIGTERM)

    return end


def _ctrl_q(display: str):
    def end(_process: subprocess.Popen, window: str) -> None:
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "ctrl+q")

    return end


@pytest.mark.parametrize("how, status", [("sigterm", 128 + signal.SIGTERM), ("ctrl+q", 0)])
def test_sigterm_saves_the_session_as_ctrl_q_does(x_display, tmp_path, seed_path, monkeypatch, how, status):
    report = tmp_path / "report.md"
    shutil.copyfile(seed_path, report)
    end = _sigterm_with_a_dialog_open(x_display) if how == "sigterm" else _ctrl_q(x_display)

    result = _run_and_end(x_display, tmp_path, report, end)

    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    monkeypatch.setenv("PIZHU_CONFIG_DIR", str(tmp_path / "config"))
    settings = Settings()
    geometry, state = settings.window_state()
    assert isinstance(geometry, QByteArray) and not geometry.isEmpty()
    assert isinstance(state, QByteArray) and not state.isEmpty()
    assert settings.reading_position(load_document(str(report)).id) > 0
    assert settings.last_document == str(report)
