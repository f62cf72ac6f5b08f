"""The UI speaks Simplified Chinese, Traditional Chinese and English, and nothing is left out.

* every message the sources use (``self.tr``, ``QCoreApplication.translate``, the markers) is
  in each .ts file, with a finished translation in zh_CN and zh_TW and the plural forms in en;
* no UI text reaches a Qt text setter without going through a translation call;
* the shipped .qm files are the compilation of the .ts files;
* translations keep placeholders, plural markers, mnemonics and shortcut columns, use the
  glossary's terms (docs/translation.md) and stay in their script.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tools.translations import (
    LANGUAGES, PLURAL_ONLY, ROOT, TRANSLATED, extract, problems, qm_path, read_ts, release, ts_path,
)

GLOSSARY = ROOT / "docs" / "translation.md"


def test_sources_use_translation_calls_correctly():
    """Texts must be literals (an f-string cannot be looked up) with a known context."""
    assert extract().errors == []


def test_the_extraction_reads_a_context_constant_and_a_module_shorthand(tmp_path):
    """``_C = "Ctx"`` names a context once; ``def _tr(text, n=-1): return
    QCoreApplication.translate("Ctx", text, "", n)`` makes its literal calls messages (plural when
    counted).  A rebound constant or an alias is not a context: that is an error, not a lost string."""
    (tmp_path / "gui").mkdir()
    (tmp_path / "gui" / "x.py").write_text(
        '_C = "Table"\nROWS = (QT_TRANSLATE_NOOP(_C, "Unit"),)\n'
        'def header(text):\n    return QCoreApplication.translate(_C, text)\n'
        'def _tr(text, n=-1):\n    """Short."""\n    return QCoreApplication.translate("Steps", text, "", n)\n'
        '_tr("Stop Tracking")\n_tr("Track %n Commitment(s)", 3)\n_tr(f"Track {x}")\n'
        'header("Unit")\n', encoding="utf-8")
    (tmp_path / "gui" / "y.py").write_text(
        '_C = "A"\n_C = "B"\nQT_TRANSLATE_NOOP(_C, "Kind")\n', encoding="utf-8")
    found = extract(tmp_path)
    assert {(m.context, m.source, m.numerus) for m in found.messages.values()} == {
        ("Table", "Unit", False), ("Steps", "Stop Tracking", False), ("Steps", "Track %n Commitment(s)", True)}
    assert len(found.errors) == 2
    assert found.errors[0].startswith("gui/x.py:10: the text is built at run time")
    assert found.errors[1].startswith("gui/y.py:3: QT_TRANSLATE_NOOP() needs a literal context")


def test_every_ui_string_is_translated_in_every_language():
    """A new ``self.tr("…")`` fails here until it is in the .ts files and translated
    (``python tools/translations.py update``, translate, ``… release``)."""
    assert problems() == []


def test_the_ts_files_hold_finished_non_empty_translations():
    """Read the .ts files directly: every zh_CN / zh_TW message is finished and non-empty, every
    English one is a plural with two forms."""
    for language in TRANSLATED:
        messages = read_ts(ts_path(language))
        assert len(messages) > 250
        for item in messages.values():
            assert item.finished and all(form.strip() for form in item.forms), (language, item.message)
    for language in PLURAL_ONLY:
        for item in read_ts(ts_path(language)).values():
            assert item.message.numerus and len(item.forms) == 2 and all(item.forms), item.message


# -- untranslated literals -----------------------------------------------------------------------
# Calls that put text on screen.  For these, every string argument that reads as words must be
# a translation call's result, not a literal.  A number names the only argument that is text.
TEXT_CALLS: dict[str, int | None] = {name: None for name in (
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setLabelText", "setTitle", "setHeaderLabels", "setHeaderLabel", "setAccessibleName", "setIconText",
    "setAccessibleDescription", "showMessage", "show_status", "addAction", "addMenu", "addItem", "addItems",
    "insertItem", "setItemText", "setItemData", "addButton", "addRow", "addTab", "setTabText", "getText",
    "getInt", "getItem", "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getColor", "set_count",
    "setOkButtonText", "setCancelButtonText", "report", "set_summary",
    "QAction", "QLabel", "QPushButton", "QToolButton", "QMenu", "QGroupBox", "QCheckBox", "QRadioButton",
    "QDockWidget", "QToolBar", "QMessageBox", "QTreeWidgetItem", "QListWidgetItem", "QStandardItem",
)}
TEXT_CALLS["add_action"] = 1          # (menu key, text, slot, shortcut, object name)
# QMessageBox's static boxes; the same names on a logger are log records, not UI.
BOX_CALLS = {"information", "warning", "critical", "question", "about"}
WORDS = re.compile(r"[A-Za-z]{2,}|[\u3400-\u9fff]")
def _texts(node: ast.AST):
    """String literals (and f-string parts) in an argument, not inside a nested call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant):
                yield part.value
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _texts(element)
    elif isinstance(node, ast.BinOp):
        yield from _texts(node.left)
        yield from _texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _texts(node.body)
        yield from _texts(node.orelse)


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def untranslated_literals(root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted((root / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = _name(call)
            receiver = getattr(getattr(call.func, "value", None), "id", "")
            if name in BOX_CALLS and receiver == "QMessageBox":
                only = None
            elif name in TEXT_CALLS:
                only = TEXT_CALLS[name]
            else:
                continue
            arguments = [(i, a) for i, a in enumerate(call.args) if only is None or i == only]
            if only is None:
                arguments += [(k.arg, k.value) for k in call.keywords if k.arg != "objectName"]
            for _position, argument in arguments:
                for text in _texts(argument):
                    if WORDS.search(text) and not text.startswith("\t"):   # "\tDel": a key column
                        found.append(f"{path.relative_to(root)}:{call.lineno}: {name}({text!r})")
    return found


def test_no_ui_text_bypasses_translation():
    """A label, tooltip, menu entry, status message or dialog text written as a bare literal
    would stay in one language: wrap it in ``self.tr()`` / ``QCoreApplication.translate()``."""
    assert untranslated_literals() == []


def test_the_literal_scan_catches_a_bare_label(tmp_path):
    (tmp_path / "gui").mkdir()
    (tmp_path / "gui" / "x.py").write_text(
        'label.setText("批注 Annotations")\nbutton.setToolTip(f"Close {key}")\nwindow.add_action("&File", "&Open…", f)\n'
        'box.setText(self.tr("Fine"))\nlabel.setText("▲")\n', encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in untranslated_literals(tmp_path)] == [
        "setText('批注 Annotations')", "setToolTip('Close ')", "add_action('&Open…')"]


# -- the compiled files ----------------------------------------------------------------------------
def _translator(path: Path):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(path)), path
    return translator


def _check_qm(language: str, qm: Path) -> None:
    translator = _translator(qm)
    for item in read_ts(ts_path(language)).values():
        m = item.message
        if m.numerus:
            for n, form in ((1, item.forms[0]), (5, item.forms[-1])):
                assert translator.translate(m.context, m.source, m.comment or None, n) == form, m
        else:
            assert translator.translate(m.context, m.source, m.comment or None) == item.forms[0], m


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_files_are_the_compiled_ts_files(language):
    """resources/translations/*.qm are committed (so `pip install .`, the editable install and
    the frozen build need no build step); they must say what the .ts files say
    (``python tools/translations.py release`` after editing a .ts file)."""
    _check_qm(language, qm_path(language))


def test_pyside6_lrelease_compiles_the_ts_files(tmp_path):
    """The .ts files compile with PySide6's own lrelease, unfinished messages refused."""
    for path in release(target=tmp_path):
        assert path.stat().st_size > 0
    for language in LANGUAGES:
        _check_qm(language, qm_path(language, tmp_path))


# -- what the translations say ----------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%n|%\d")


def _all_translations():
    for language in TRANSLATED:
        for item in read_ts(ts_path(language)).values():
            yield language, item


def test_placeholders_mnemonics_and_line_breaks_survive():
    for language, item in _all_translations():
        source = item.message.source
        for form in item.forms:
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), (language, source, form)
            if re.search(r"&[^&\s]", source):
                # Chinese menus keep the key as "文件(&F)": the same letter, reachable by Alt.
                key = re.search(r"&([^&\s])", source).group(1).upper()
                assert f"&{key}" in form.upper(), (language, source, form)
            assert form.count("\n") == source.count("\n"), (language, source, form)
            assert source.endswith("…") == form.endswith("…"), (language, source, form)


def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def test_each_chinese_translation_stays_in_its_script():
    """zh_TW holds no Simplified-only character, zh_CN no Traditional-only one (OpenCC decides)."""
    to_traditional, to_simplified = _opencc("s2t"), _opencc("t2s")
    for language, item in _all_translations():
        for form in item.forms:
            chars = set(re.findall(r"[\u3400-\u9fff]", form))
            if language == "zh_TW":
                wrong = {c for c in chars if to_simplified.convert(c) == c and to_traditional.convert(c) != c}
            else:
                wrong = {c for c in chars if to_traditional.convert(c) == c and to_simplified.convert(c) != c}
            assert not wrong, (language, item.message.source, form, wrong)


def glossary() -> list[tuple[str, str, str]]:
    """(English, zh_CN, zh_TW) rows of the glossary table in docs/translation.md."""
    rows = []
    text = GLOSSARY.read_text(encoding="utf-8")
    table = text.split("## Glossary", 1)[1].split("\n## ", 1)[0]
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0] and not set(cells[0]) <= set("-: ") and cells[0] != "English":
            rows.append((cells[0], cells[1], cells[2]))
    return rows


def test_the_glossary_is_followed():
    """Where a message's English uses a glossary term as a word, its translation uses the
    glossary's word for it (e.g. every "annotation" is 批注 / 批註, never 注释)."""
    rows = glossary()
    assert len(rows) >= 20
    for english, zh_cn, zh_tw in rows:
        pattern = re.compile(rf"\b{re.escape(english)}\w*", re.IGNORECASE)
        for language, item in _all_translations():
            # Placeholders and the format's proper name are not words of the sentence.
            words = PLACEHOLDER.sub("", item.message.source.replace("&", "")).replace("W3C Web Annotation", "")
            if pattern.search(words):
                wanted = zh_cn if language == "zh_CN" else zh_tw
                alternatives = [w.strip() for w in wanted.split("/")]
                assert any(w in form for form in item.forms for w in alternatives), \
                    (english, language, item.message.source, item.forms)
