"""The dependency arrows point one way: pizhu -> gui -> storage -> document (and gui -> document)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# package -> top-level imports it must never make
FORBIDDEN = {
    "document": {"PySide6", "sqlalchemy", "storage", "gui", "pizhu"},
    "storage": {"PySide6", "gui", "pizhu"},
    "gui": {"sqlalchemy", "sqlite3", "pizhu"},
    "resources": {"PySide6", "sqlalchemy", "storage", "gui", "pizhu"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_import_points_backwards():
    violations = []
    for package, forbidden in FORBIDDEN.items():
        for path in (ROOT / package).rglob("*.py"):
            bad = imported_roots(path) & forbidden
            if bad:
                violations.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert violations == []


def test_gui_has_no_sql():
    offenders = [
        str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py")
        if any(word in p.read_text(encoding="utf-8") for word in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"))
    ]
    assert offenders == []


def test_scanner_catches_a_backward_import(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nfrom PySide6.QtCore import Qt\nfrom sqlalchemy import text\n", encoding="utf-8")
    assert {"PySide6", "sqlalchemy"} <= imported_roots(probe)
