"""Run a command inside a private mount namespace with a read-only or a full file system.

Real file systems, not simulations: ``unshare --mount --map-root-user`` gives the child its own
mount table (no privileges needed where user namespaces are enabled; CI runs as root), in which
a directory is bind-mounted read-only or a 1 MiB tmpfs is mounted and filled.  Nothing outside
the child is affected, and the mounts vanish with it.
"""
from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def available() -> bool:
    """True when this machine can make private mount namespaces (Linux with unshare)."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--mount", "--map-root-user", "true"], capture_output=True)
    return probe.returncode == 0


def _run(setup: str, argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    command = " ".join(shlex.quote(part) for part in [sys.executable, "-m", "pizhu", *argv])
    script = f"set -e\n{setup}\ncd {shlex.quote(str(ROOT))}\nexec {command}\n"
    return subprocess.run(["unshare", "--mount", "--map-root-user", "--propagation", "private", "sh", "-c", script],
                          capture_output=True, text=True, env=env, timeout=120)


def run_read_only(directory: Path, argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """``pizhu argv`` with ``directory`` mounted read-only."""
    where = shlex.quote(str(directory))
    return _run(f"mount --bind {where} {where}\nmount -o remount,ro,bind {where}", argv, env)


def run_on_full_disk(directory: Path, store: Path, argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """``pizhu argv`` with ``directory`` a full 1 MiB tmpfs holding a copy of ``store``."""
    where = shlex.quote(str(directory))
    setup = (f"mount -t tmpfs -o size=1m tmpfs {where}\n"
             f"cp {shlex.quote(str(store))} {where}/pizhu.sqlite3\n"
             f"dd if=/dev/zero of={where}/filler bs=4096 2>/dev/null || true")
    return _run(setup, argv, env)
