"""Check a frozen build on a machine without Python: the commands and the GUI all start.

Usage: python3 packaging/smoke_frozen.py [DIST_FOLDER]      (default: dist/pizhu)

The folder is copied to a temporary directory and run with an empty environment.  Where a
private mount namespace is allowed (root, or unprivileged user namespaces), every Python
installation this script can see and the checkout itself are hidden from the frozen app, so
it can only use what it carries.  Prints one line per check and the start-up time; exits 1
when a check fails.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def python_locations() -> list[str]:
    """Directories holding a Python the frozen app must not need."""
    paths = sysconfig.get_paths()
    candidates = {paths["stdlib"], paths["purelib"], paths["platlib"], sys.base_prefix, sys.prefix,
                  "/usr/lib/python3", str(ROOT)}
    candidates |= {str(Path(p)) for p in Path("/usr/lib").glob("python3*")}
    candidates |= {str(Path(p)) for p in Path("/usr/local/lib").glob("python3*")}
    found = sorted(p for p in candidates if p and os.path.isdir(p) and p not in ("/", "/usr", "/usr/local"))
    # Hiding a directory hides what is inside it: keep the outermost ones.
    return [p for p in found if not any(p != q and p.startswith(q.rstrip("/") + "/") for q in found)]


def hiding_prefix(hidden: list[str]) -> list[str]:
    """A command prefix that runs the rest with ``hidden`` directories empty (tmpfs)."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return []
    user = [] if os.geteuid() == 0 else ["--map-root-user"]
    if subprocess.run(["unshare", "--mount", *user, "true"], capture_output=True).returncode != 0:
        return []
    mounts = " && ".join(f'mount -t tmpfs none "${i + 1}"' for i in range(len(hidden)))
    script = f'{mounts} && shift {len(hidden)} && exec "$@"'
    return ["unshare", "--mount", "--propagation", "private", *user, "sh", "-c", script, "hide", *hidden]


def free_display() -> str:
    """An X display name no server answers on here (no socket, no lock file)."""
    number = 90
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return f":{number}"


def write_format_samples(directory: Path) -> list[Path]:
    """The bundled report as .docx, .html and .pdf, made with the test suite's renderers (they
    need the test extras: python-docx, reportlab); none when those are not installed."""
    sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "document" / "formats")]
    try:
        from render_docx import render_docx
        from render_html import render_html
        from render_pdf import render_pdf
    except ImportError as error:
        print(f"no format samples ({error}): install the test extras to check .docx/.html/.pdf")
        return []
    from resources import bundled_report_bytes

    markdown = bundled_report_bytes().decode("utf-8")
    samples = []
    for name, render in (("report.docx", render_docx), ("report.html", render_html), ("report.pdf", render_pdf)):
        path = directory / name
        path.write_bytes(render(markdown))
        samples.append(path)
    return samples


def write_long_run(directory: Path) -> Path:
    """A paragraph with no punctuation for thousands of characters: its 臺灣用語 offset map comes
    from OpenCC's own segmentation, which needs the opencc_dict tool inside the bundle."""
    path = directory / "long-run.md"
    path.write_text("# 长段落\n\n" + "互联网信息软件质量鼠标程序" * 800 + "。\n", encoding="utf-8")
    return path


class Smoke:
    def __init__(self, executable: Path, home: Path, prefix: list[str]) -> None:
        self.executable = executable
        self.home = home
        self.prefix = prefix
        self.failures = 0

    def env(self, **extra: str) -> dict[str, str]:
        return {"HOME": str(self.home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                "PIZHU_DATA_DIR": str(self.home / "data"), "PIZHU_CONFIG_DIR": str(self.home / "config"), **extra}

    def same_as_checkout(self, label: str, args: list[str]) -> None:
        """The frozen app prints exactly what this checkout prints (run with this Python)."""
        env = dict(self.env(), PYTHONPATH=str(ROOT), PATH=os.environ.get("PATH", "/usr/bin:/bin"))
        expected = subprocess.run([sys.executable, "-m", "pizhu", *args], env=env, capture_output=True,
                                  text=True, timeout=300)
        frozen = subprocess.run(self.prefix + [str(self.executable), *args], env=self.env(),
                                capture_output=True, text=True, timeout=300)
        ok = expected.returncode == 0 and frozen.returncode == 0 and frozen.stdout == expected.stdout
        print(f"{'ok  ' if ok else 'FAIL'} {label}")
        if not ok:
            self.failures += 1
            print(f"     checkout {expected.returncode}: {expected.stderr[-500:]}\n"
                  f"     frozen {frozen.returncode}: {frozen.stderr[-500:]}")

    def run(self, label: str, args: list[str], expect_status: int = 0, expect_out: str = "",
            expect_err: str = "", **env: str) -> float:
        started = time.perf_counter()
        try:
            result = subprocess.run(self.prefix + [str(self.executable), *args], env=self.env(**env),
                                    capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            result = subprocess.CompletedProcess(args, -1, "", "still running after 300 s")
        elapsed = time.perf_counter() - started
        ok = (result.returncode == expect_status and expect_out in result.stdout
              and expect_err in result.stderr and "Traceback" not in result.stderr)
        print(f"{'ok  ' if ok else 'FAIL'} {label:<52} {elapsed:6.2f} s")
        if not ok:
            self.failures += 1
            print(f"     status {result.returncode}\n     stdout: {result.stdout[-800:]}\n     stderr: {result.stderr[-1500:]}")
        return elapsed


def main(argv: list[str]) -> int:
    source = Path(argv[1] if len(argv) > 1 else ROOT / "dist" / "pizhu").resolve()
    if not (source / "pizhu").is_file():
        print(f"smoke_frozen: {source}/pizhu not found; build it with packaging/build_frozen.py", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="pizhu-frozen-") as scratch:
        folder = Path(scratch) / "pizhu"
        shutil.copytree(source, folder, symlinks=True)
        home = Path(scratch) / "home"
        home.mkdir()
        hidden = python_locations()
        prefix = hiding_prefix(hidden)
        if prefix:
            print("Python hidden from the frozen app: " + ", ".join(hidden))
        else:
            print("no private mount namespace here: Python stays visible (the environment is still empty)")
        smoke = Smoke(folder / "pizhu", home, prefix)
        smoke.run("pizhu --version", ["--version"], expect_out="pizhu ")
        smoke.run("pizhu outline (bundled report)", ["outline"], expect_out="一、过去五年工作回顾")
        smoke.run("pizhu text --script t (OpenCC dictionaries)", ["text", "--script", "t"], expect_out="政府工作報告")
        for sample in write_format_samples(Path(scratch)):
            smoke.run(f"pizhu outline {sample.name} (format readers)", ["outline", str(sample)],
                      expect_out="一、过去五年工作回顾")
        smoke.same_as_checkout("pizhu text --script twp --json, a long run: same as the checkout",
                               ["text", "--script", "twp", "--json", str(write_long_run(Path(scratch)))])
        # The long run's map came from OpenCC's segmentation, whose dictionaries the bundled
        # opencc_dict tool dumped into the cache: proof the tool runs inside the bundle.
        if not list((home / ".cache" / "pizhu").glob("opencc-segments-*")):
            print("FAIL the bundled opencc_dict tool did not run (no opencc-segments cache)")
            smoke.failures += 1
        smoke.run("pizhu sync to a closed port (psycopg + libpq bundled)",
                  ["sync", "--server", "postgresql://pizhu@127.0.0.1:1/pizhu"], expect_status=1,
                  expect_err="no PostgreSQL server is listening there")
        smoke.run("pizhu outine (a typo is a usage error)", ["outine"], expect_status=2,
                  expect_err="did you mean 'outline'?")
        started = smoke.run("pizhu GUI offscreen: first paint, store open, quit", [],
                            QT_QPA_PLATFORM="offscreen", PIZHU_EXIT_AFTER_START="1")
        if not (home / "data" / "pizhu.sqlite3").is_file():
            print("FAIL the GUI did not create its store")
            smoke.failures += 1
        # The UI languages: Pizhu's catalogues and Qt's own (standard buttons, dialogs).
        for language in ("zh_CN", "zh_TW"):
            for name in (f"pizhu_{language}.qm", f"qtbase_{language}.qm"):
                if not list(folder.rglob(name)):
                    print(f"FAIL the bundle has no {name} (the {language} UI would fall back to English)")
                    smoke.failures += 1
        # (If the display did exist after all, the app would quit after starting: no hang.)
        smoke.run("pizhu with DISPLAY pointing nowhere", [], expect_status=1,
                  expect_err="cannot open a window", DISPLAY=free_display(), PIZHU_EXIT_AFTER_START="1")
        print(f"frozen GUI start-up (first paint + store, offscreen): {started:.2f} s")
    print(f"{'all checks passed' if smoke.failures == 0 else f'{smoke.failures} check(s) failed'}")
    return 0 if smoke.failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
