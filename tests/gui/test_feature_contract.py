"""Every link between features is declared: no getattr/hasattr, no imports or attribute reads
across feature packages, and the window offers everything the FeatureHost protocol lists."""
from __future__ import annotations

import ast
from pathlib import Path

from gui.core.host import FeatureHost
from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "gui"
#: Feature packages and the window attribute each is exposed as (gui/features.py).
FEATURES = {"annotations": "annotations", "find": "finder", "exchange": "exchange",
            "commitments": "commitments", "sync": "sync"}
FEATURE_ATTRIBUTES = set(FEATURES.values())


def _modules(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_no_getattr_or_hasattr_anywhere_in_gui():
    found = [f"{path.relative_to(ROOT)}:{node.lineno}"
             for path, tree in _modules(GUI) for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
             and node.func.id in ("getattr", "hasattr")]
    assert found == []


def test_features_do_not_import_each_other():
    crossing = []
    for package in FEATURES:
        others = {f"gui.{other}" for other in FEATURES if other != package}
        for path, tree in _modules(GUI / package):
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                crossing += [f"{path.relative_to(ROOT)} imports {name}" for name in names
                             if any(name == o or name.startswith(o + ".") for o in others)]
    assert crossing == []


def test_nothing_in_gui_reaches_a_feature_through_the_window():
    """``window.annotations`` & co. exist for the application, tools and tests only."""
    allowed = {GUI / "features.py", GUI / "main_window.py"}
    found = [f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}"
             for path, tree in _modules(GUI) if path not in allowed
             for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr in FEATURE_ATTRIBUTES
             and isinstance(node.value, (ast.Name, ast.Attribute))
             and (getattr_name(node.value) in ("window", "host", "_window"))]
    assert found == []


def test_features_do_not_look_widgets_up_by_name():
    """findChild("someDock") is a link nobody declared: features use the host's signals instead."""
    found = [f"{path.relative_to(ROOT)}:{node.lineno}"
             for package in FEATURES for path, tree in _modules(GUI / package) for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr in ("findChild", "findChildren")]
    assert found == []


def getattr_name(node: ast.AST) -> str:
    return node.attr if isinstance(node, ast.Attribute) else node.id   # type: ignore[union-attr]


def test_the_core_imports_no_feature():
    crossing = [f"{path.relative_to(ROOT)} imports {node.module}"
                for path, tree in _modules(GUI / "core") for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module
                and any(node.module.startswith(f"gui.{feature}") for feature in FEATURES)]
    assert crossing == []


def test_the_main_window_offers_everything_the_feature_host_protocol_lists(open_window):
    window = open_window()
    declared = {name for name in FeatureHost.__dict__ if not name.startswith("_")}
    declared |= set(FeatureHost.__annotations__)
    missing = sorted(name for name in declared if not hasattr(window, name))   # noqa: B009 - the test's own check
    assert missing == []
    assert isinstance(window, MainWindow)
    for attribute in FEATURE_ATTRIBUTES:                                    # installed, typed
        assert getattr(window, attribute) is not None and attribute in MainWindow.__annotations__
