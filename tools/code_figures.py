"""Code-shape figures for reviews: largest classes and functions (lines), the highest
cyclomatic complexities, and getattr/hasattr calls in gui/ (links nobody declared).

    .venv/bin/pip install radon          # a development tool, not a dependency
    .venv/bin/python tools/code_figures.py [REPO]

Pairs of repeated code come from the ``duplicates`` tool (``duplicates --repo REPO``).
"""
from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGES = ("gui", "document", "storage", "pizhu")


def sizes(root: Path, packages) -> tuple[list, list]:
    classes, functions = [], []
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                    entry = (node.end_lineno - node.lineno + 1, f"{path.relative_to(root)}:{node.name}")
                    (classes if isinstance(node, ast.ClassDef) else functions).append(entry)
    return sorted(classes, reverse=True), sorted(functions, reverse=True)


def complexities(root: Path, packages) -> list:
    radon = shutil.which("radon", path=str(Path(sys.executable).parent)) or shutil.which("radon")
    if radon is None:
        raise SystemExit("radon is not installed: .venv/bin/pip install radon")
    out = subprocess.run([radon, "cc", "-j", *packages], cwd=root, capture_output=True, text=True, check=True)
    found = []
    for path, blocks in json.loads(out.stdout).items():
        for block in blocks:
            if block["type"] != "class":
                owner = f"{block['classname']}." if block.get("classname") else ""
                found.append((block["complexity"], f"{path}:{owner}{block['name']}"))
    return sorted(found, reverse=True)


def undeclared_links(root: Path) -> list[str]:
    found = []
    for path in sorted((root / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "hasattr"):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    for label, packages in (("all packages", PACKAGES), ("gui/", ("gui",))):
        classes, functions = sizes(root, packages)
        print(f"{label}: largest classes   {classes[:3]}")
        print(f"{label}: largest functions {functions[:3]}")
        print(f"{label}: classes over 400 lines {[c for c in classes if c[0] > 400]}")
        ranked = complexities(root, packages)
        print(f"{label}: five highest cyclomatic complexities {ranked[:5]}")
        print(f"{label}: functions over complexity 20 {[c for c in ranked if c[0] > 20]}")
    links = undeclared_links(root)
    print(f"getattr/hasattr calls in gui/: {len(links)} {links}")


if __name__ == "__main__":
    main()
