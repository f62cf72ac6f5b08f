"""One source of truth for each rule: each is defined in one module and the others use it.

Each test names the owner and fails when a second definition appears elsewhere."""
from __future__ import annotations

import ast
import re
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("document", "storage", "gui", "pizhu")


def sources():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            yield path, path.read_text(encoding="utf-8")


def test_export_formats_one_table_for_the_cli_and_the_gui():
    """storage/exchange/exporting.py: EXPORT_FORMATS."""
    from gui.exchange.exporting import formats
    from pizhu.cli import _command_parser
    from storage.exchange.exporting import EXPORT_FORMATS, FORMAT_IDS

    assert formats() is EXPORT_FORMATS and FORMAT_IDS == tuple(EXPORT_FORMATS)
    commands = _command_parser()._subparsers._group_actions[0].choices
    [option] = [a for a in commands["export"]._actions if a.dest == "format"]
    assert tuple(option.choices) == FORMAT_IDS
    for fmt in EXPORT_FORMATS.values():
        assert fmt.suffix.startswith(".") and f"*{fmt.suffix}" in fmt.patterns and fmt.description
    assert [f.id for f in EXPORT_FORMATS.values() if f.include_deleted] == ["w3c"]


def test_settings_keys_live_in_gui_settings():
    """gui/settings.py owns the settings file and every key in it."""
    offenders = [str(path.relative_to(ROOT)) for path, text in sources()
                 if path != ROOT / "gui" / "settings.py" and ("QSettings" in text or "make_qsettings" in text)]
    assert offenders == []


def test_timestamps_are_formatted_in_document_times():
    """document/times.py formats every timestamp as text (wire and display)."""
    pattern = re.compile(r"strftime|\.isoformat\(|%Y")
    # Not a format but a hash input: ids derived for id-less W3C items use created.isoformat(),
    # and changing it would change every derived id (re-importing a file would duplicate).
    allowed = {("storage/exchange/w3c_parse.py", "created.isoformat()")}
    offenders = [f"{path.relative_to(ROOT)}:{n}" for path, text in sources() if path != ROOT / "document" / "times.py"
                 for n, line in enumerate(text.splitlines(), 1)
                 if pattern.search(line) and not line.lstrip().startswith("#")
                 and not any(str(path.relative_to(ROOT)) == f and marker in line for f, marker in allowed)]
    assert offenders == [], "format timestamps through document.times"


def test_needs_attention_is_defined_once():
    """document/annotation.py: NEEDS_ATTENTION (which anchoring states need a person)."""
    definitions = [str(path.relative_to(ROOT)) for path, text in sources()
                   for node in ast.walk(ast.parse(text))
                   if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "NEEDS_ATTENTION" for t in node.targets)]
    assert definitions == ["document/annotation.py"]


def test_which_section_holds_an_offset_is_answered_in_one_place():
    """document/sections.py: nobody else compares offsets with outline entry ranges."""
    pattern = re.compile(r"entry\.start\s*<=|<\s*entry\.end|section\[0\]\s*<=")
    offenders = [f"{path.relative_to(ROOT)}:{n}" for path, text in sources() if path != ROOT / "document" / "sections.py"
                 for n, line in enumerate(text.splitlines(), 1) if pattern.search(line)]
    assert offenders == []


def test_nothing_cites_a_design_document_outside_the_repository():
    """The repository holds its own design (docs/); code, tests and docs never point outside:
    no design document of the workspace, no sibling shared folder, no path into the checkout or
    the folder around it (wherever they are on this machine; a checkout in the system's
    temporary folder only checks its own path, since tests name temporary files)."""
    places = [ROOT]
    if len(ROOT.parent.parts) > 1 and ROOT.parent != Path(tempfile.gettempdir()).resolve():
        places.append(ROOT.parent)
    pattern = re.compile("|".join([r"design\.md", r"\.\./shared", *(re.escape(f"{p}/") for p in places)]))
    files = [p for package in (*PACKAGES, "tests", "docs", "benchmarks", "tools")
             for p in (ROOT / package).rglob("*") if p.suffix in (".py", ".md") and "fixtures" not in p.parts]
    files.append(ROOT / "README.md")
    offenders = [f"{path.relative_to(ROOT)}:{n}" for path in files
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line) and path != Path(__file__)]
    assert offenders == []


def test_commitment_value_labels_are_named_in_gui_commitments_labels():
    """gui/commitments/labels.py names status, kind, strength and binding values (and the 承诺
    colour rule); document/annotation.py only mentions the status names in a docstring."""
    words = ("未评估", "部分完成", "无法核实", "未跟踪", "任务承诺", "量化目标")
    allowed = {ROOT / "gui" / "commitments" / "labels.py", ROOT / "document" / "annotation.py"}
    offenders = [str(path.relative_to(ROOT)) for path, text in sources()
                 if path not in allowed and any(word in text for word in words)]
    assert offenders == []
