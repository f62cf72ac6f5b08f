"""Build the frozen application: one folder that runs Pizhu with no Python installed.

Usage: python3 packaging/build_frozen.py [--dist DIR] [--work DIR]

Makes a virtual environment under the work directory (default build/frozen), installs Pizhu
from this checkout (not in editable mode) and PyInstaller into it, and runs
packaging/pizhu.spec.  The result is DIR/pizhu/ (default dist/pizhu/): the ``pizhu`` executable,
its ``_internal/`` libraries and data, and the desktop-integration files with
``install-desktop.sh``.  Prints the build time and the folder's size.

PyInstaller is GPL-licensed with an exception for the bootloader: using it to build does not
change Pizhu's licence, and it is not part of what Pizhu installs.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
PYINSTALLER = "pyinstaller>=6.10,<7"


def _bin(environment: Path, name: str) -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return environment / scripts / name


def _run(*command: str | Path, cwd: Path | None = None) -> None:
    print("+", " ".join(map(str, command)), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=cwd)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path) -> Path:
    environment = work / "venv"
    if not _bin(environment, "python").exists():
        venv.create(environment, with_pip=True)
    python = _bin(environment, "python")
    _run(python, "-m", "pip", "install", "--quiet", "--upgrade", PYINSTALLER)
    # A fresh wheel of this checkout (even at an unchanged version), so the bundle holds exactly
    # what `pip install .` installs.
    _run(python, "-m", "pip", "install", "--quiet", str(ROOT))
    _run(python, "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", str(ROOT))
    _run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", dist, "--workpath", work / "pyinstaller", PACKAGING / "pizhu.spec", cwd=PACKAGING)
    folder = dist / "pizhu"
    _add_desktop_files(folder)
    return folder


def _add_desktop_files(folder: Path) -> None:
    """install-desktop.sh with the files it installs, laid out as it looks for them."""
    shutil.copy2(PACKAGING / "install-desktop.sh", folder / "install-desktop.sh")
    shutil.copytree(PACKAGING / "linux", folder / "linux", dirs_exist_ok=True)
    shutil.copytree(ROOT / "resources" / "icons", folder / "icons", dirs_exist_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the frozen Pizhu folder with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where pizhu/ goes (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "frozen",
                        help="build environment and intermediate files (default: build/frozen)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folder = build(args.dist.resolve(), args.work.resolve())
    elapsed = time.perf_counter() - started
    print(f"built {folder} in {elapsed:.0f} s; {folder_size(folder) / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
