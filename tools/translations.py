"""Pizhu's UI translations: extract the strings from the sources, update the .ts files, compile
them to .qm with PySide6's own lrelease.

Usage: python tools/translations.py update    # sources → resources/translations/*.ts
       python tools/translations.py release   # .ts → .qm (pyside6-lrelease)
       python tools/translations.py check     # what the tests check, as a report

Why our own extraction rather than pyside6-lupdate: lupdate's Python parser loses the plural
form of ``QCoreApplication.translate(context, text, "", n)`` (it keeps it only for ``self.tr``)
and skips calls with keyword arguments; the rules below are the ones Pizhu's code follows, and
the tests use the same scan to fail when a string is missing from a .ts file.  The .ts files
stay in Qt's format, so Qt Linguist (pyside6-linguist) edits them.

What is a message (see docs/translation.md):
* ``self.tr(text[, disambiguation[, n]])`` inside a class: context = that class's name (PySide6
  looks the translation up under each class of the object's type in turn);
* ``QCoreApplication.translate(context, text[, disambiguation[, n]])``;
* ``QT_TRANSLATE_NOOP(context, text)``: a string translated later, through a variable;
* ``translatable(context, text)`` (``document/ui_text.py``): the same marker for the layers below
  the GUI, which import no Qt.
A text argument that is an f-string or built with ``+``/``%`` is an error (it cannot be looked up).
* ``_tr(text[, n])`` where ``_tr`` is a module-level function of the same file whose body is
  ``return QCoreApplication.translate(context, text[, disambiguation[, n]])`` on its own
  parameters: a module's shorthand, its calls are messages in that context (a plural when the
  call gives the count).
A context is a string literal, or the name of a module-level constant assigned a string literal
once in the same file (``_C = "LedgerColumns"``: a table of marked strings names its context
once, and the ``translate(_C, ...)`` that shows them uses the same name); anything else is an
error.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_PACKAGES = ("gui", "document", "storage", "pizhu")
TS_DIR = ROOT / "resources" / "translations"
TRANSLATED = ("zh_CN", "zh_TW")      # every message translated
PLURAL_ONLY = ("en",)                # the source language: only the plural forms
LANGUAGES = TRANSLATED + PLURAL_ONLY

TR_RECEIVERS = {"self", "cls"}
TRANSLATE_RECEIVERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
MARKERS = {"QT_TRANSLATE_NOOP", "translatable"}


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""          # Qt's disambiguation
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


@dataclass
class Extraction:
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    locations: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_built_string(node: ast.AST) -> bool:
    """An f-string or a concatenation/format of strings: text that cannot be looked up."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return isinstance(node.op, (ast.Add, ast.Mod)) and any(
            isinstance(side, (ast.Constant, ast.JoinedStr, ast.BinOp)) for side in (node.left, node.right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal(node.func.value) is not None
    return False


def module_constants(tree: ast.Module) -> dict[str, str]:
    """The module-level names bound exactly once, to a string literal: the contexts a file may
    name through a constant (rebound names are left out: their value depends on the moment)."""
    values: dict[str, str | None] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                text = _literal(value)
                values[target.id] = None if target.id in values else text
    return {name: text for name, text in values.items() if text is not None}


@dataclass(frozen=True)
class Shorthand:
    """A module-level ``def _tr(text, n=-1): return QCoreApplication.translate(ctx, text, "", n)``:
    which of its parameters is the text and which (if any) the count."""
    context: str
    comment: str
    text_param: str
    count_param: str | None
    params: tuple[str, ...]

    def arguments(self, call: ast.Call) -> tuple[ast.expr | None, bool]:
        """The call's text argument, and whether it gives a count."""
        given = dict(zip(self.params, call.args))
        given.update({k.arg: k.value for k in call.keywords if k.arg})
        return given.get(self.text_param), self.count_param is not None and self.count_param in given


def _is_translate(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate" \
        and isinstance(node.func.value, ast.Name) and node.func.value.id in TRANSLATE_RECEIVERS


def module_shorthands(tree: ast.Module, constants: dict[str, str]) -> dict[str, Shorthand]:
    """The module-level functions that only return ``QCoreApplication.translate`` of their own
    text parameter in a fixed context (see the module's docstring)."""
    found: dict[str, Shorthand] = {}
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        body = [s for s in function.body if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not _is_translate(body[0].value):
            continue
        call = body[0].value
        params = tuple(a.arg for a in function.args.args)
        args = list(call.args)
        context = args[0] if args else None
        context_text = constants.get(context.id) if isinstance(context, ast.Name) else _literal(context)
        text = args[1] if len(args) > 1 else None
        count = args[3] if len(args) > 3 else next((k.value for k in call.keywords if k.arg == "n"), None)
        if context_text is None or not isinstance(text, ast.Name) or text.id not in params:
            continue
        count_param = count.id if isinstance(count, ast.Name) and count.id in params else None
        comment = _literal(args[2]) if len(args) > 2 else ""
        found[function.name] = Shorthand(context_text, comment or "", text.id, count_param, params)
    return found


class _Scanner(ast.NodeVisitor):
    def __init__(self, relative: str, found: Extraction, constants: dict[str, str] | None = None,
                 shorthands: dict[str, Shorthand] | None = None) -> None:
        self.relative = relative
        self.found = found
        self.constants = constants or {}
        self.shorthands = shorthands or {}
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                and func.value.id in TR_RECEIVERS:
            self._tr(node)
        elif _is_translate(node):
            self._message(node, node.args[:1], node.args[1:], "translate")
        elif isinstance(func, ast.Name) and func.id in MARKERS:
            self._message(node, node.args[:1], node.args[1:2], func.id)
        elif isinstance(func, ast.Name) and func.id in self.shorthands:
            self._shorthand(node, self.shorthands[func.id])
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            self._error(node, "tr() called on another object: its context is unknown; use self.tr or "
                              "QCoreApplication.translate")
        self.generic_visit(node)

    def _tr(self, node: ast.Call) -> None:
        if not self.classes:
            self._error(node, "self.tr() outside a class")
            return
        self._add(node, self.classes[-1], node.args)

    def _message(self, node: ast.Call, context_args: list[ast.expr], rest: list[ast.expr], name: str) -> None:
        context = self._context(context_args[0]) if context_args else None
        if context is None:
            self._error(node, f"{name}() needs a literal context (or a module constant holding one)")
            return
        self._add(node, context, rest)

    def _shorthand(self, node: ast.Call, shorthand: Shorthand) -> None:
        text, counted = shorthand.arguments(node)
        if text is None:
            self._error(node, "a translation call without a text")
            return
        count = [ast.Constant(0)] if counted else []
        self._add(node, shorthand.context, [text, ast.Constant(shorthand.comment), *count], keywords={})

    def _context(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return _literal(node)

    def _add(self, node: ast.Call, context: str, args: list[ast.expr],
             keywords: dict[str | None, ast.expr] | None = None) -> None:
        if keywords is None:
            keywords = {k.arg: k.value for k in node.keywords}
        text_node = args[0] if args else keywords.get("sourceText") or keywords.get("key")
        if text_node is None:
            self._error(node, "a translation call without a text")
            return
        text = _literal(text_node)
        if text is None:
            if _is_built_string(text_node):
                self._error(node, "the text is built at run time (f-string, + or %): translate a literal "
                                  "with {placeholders} and .format() the result")
            return   # a variable: the strings it holds are marked with QT_TRANSLATE_NOOP
        comment_node = args[1] if len(args) > 1 else keywords.get("disambiguation")
        comment = _literal(comment_node) or ""
        numerus = len(args) > 2 or "n" in keywords
        message = Message(context, text, comment, numerus)
        previous = self.found.messages.get(message.key)
        if previous is not None and previous.numerus != numerus:
            self._error(node, f"“{text}” is used both with and without a count in {context}")
        self.found.messages[message.key] = Message(context, text, comment, numerus or bool(previous and previous.numerus))
        self.found.locations.setdefault(message.key, []).append(f"{self.relative}:{node.lineno}")

    def _error(self, node: ast.AST, what: str) -> None:
        self.found.errors.append(f"{self.relative}:{getattr(node, 'lineno', 0)}: {what}")


def source_files(root: Path = ROOT) -> list[Path]:
    return [path for package in SOURCE_PACKAGES for path in sorted((root / package).rglob("*.py"))]


def extract(root: Path = ROOT) -> Extraction:
    """Every translatable message in Pizhu's sources, with where it is used and any misuse."""
    found = Extraction()
    for path in source_files(root):
        relative = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), relative)
        constants = module_constants(tree)
        _Scanner(relative, found, constants, module_shorthands(tree, constants)).visit(tree)
    return found


# -- .ts files ------------------------------------------------------------------------------------
@dataclass
class Translation:
    message: Message
    forms: list[str]               # one for a plain message; the plural forms of a numerus one
    finished: bool


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"pizhu_{language}.ts"


def qm_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"pizhu_{language}.qm"


def read_ts(path: Path) -> dict[tuple[str, str, str], Translation]:
    """The messages of a .ts file, keyed like :class:`Message`."""
    result: dict[tuple[str, str, str], Translation] = {}
    if not path.exists():
        return result
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            source = element.findtext("source") or ""
            comment = element.findtext("comment") or ""
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                forms, kind = [""], "unfinished"
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")] or [""]
                kind = translation.get("type", "")
            else:
                forms, kind = [translation.text or ""], translation.get("type", "")
            message = Message(name, source, comment, numerus)
            finished = kind == "" and all(forms)
            result[message.key] = Translation(message, forms, finished)
    return result


def _indent(element: ET.Element, level: int = 0) -> None:
    pad = "\n" + "    " * level
    if len(element):
        element.text = pad + "    "
        for child in element:
            _indent(child, level + 1)
        child.tail = pad
    if level and not element.tail:
        element.tail = pad


def write_ts(path: Path, language: str, translations: list[Translation],
             locations: dict[tuple[str, str, str], list[str]] | None = None) -> None:
    """Write Qt's TS format: contexts and messages sorted (stable diffs), file names of the uses
    without line numbers (they would change with every edit elsewhere in a file)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Translation]] = {}
    for item in sorted(translations, key=lambda t: t.message):
        by_context.setdefault(item.message.context, []).append(item)
    for name, items in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for item in items:
            attributes = {"numerus": "yes"} if item.message.numerus else {}
            message = ET.SubElement(context, "message", attributes)
            for where in sorted({w.rsplit(":", 1)[0] for w in (locations or {}).get(item.message.key, [])}):
                ET.SubElement(message, "location", filename=f"../../{where}")
            ET.SubElement(message, "source").text = item.message.source
            if item.message.comment:
                ET.SubElement(message, "comment").text = item.message.comment
            translation = ET.SubElement(message, "translation")
            if not item.finished:
                translation.set("type", "unfinished")
            if item.message.numerus:
                for form in item.forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = item.forms[0] if item.forms else ""
    _indent(root)
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False).replace("></location>", "/>")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def plural_forms(language: str) -> int:
    return 2 if language == "en" else 1


def update(root: Path = ROOT, directory: Path = TS_DIR) -> Extraction:
    """Bring every .ts file in line with the sources: new messages unfinished, vanished ones
    dropped, translations of the rest kept."""
    found = extract(root)
    directory.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language, directory)
        existing = read_ts(path)
        items = []
        for key, message in found.messages.items():
            if language in PLURAL_ONLY and not message.numerus:
                continue
            old = existing.get(key)
            if old is not None and old.message.numerus == message.numerus:
                items.append(Translation(message, old.forms, old.finished))
            else:
                items.append(Translation(message, [""] * (plural_forms(language) if message.numerus else 1), False))
        write_ts(path, language, items, found.locations)
    return found


def lrelease() -> list[str]:
    """The command of PySide6's lrelease (the wheel's own copy; no Qt installation needed)."""
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / "lrelease", package / "lrelease.exe",
                      package / "Qt" / "libexec" / "lrelease", package / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return [str(candidate)]
    script = Path(sys.executable).parent / "pyside6-lrelease"
    return [str(script)]


def release(directory: Path = TS_DIR, target: Path | None = None) -> list[Path]:
    """Compile each .ts to its .qm (in ``target``, by default beside it); fails on unfinished
    translations rather than shipping a half-translated UI."""
    written = []
    for language in LANGUAGES:
        out = qm_path(language, target or directory)
        subprocess.run([*lrelease(), "-silent", "-nounfinished", "-fail-on-unfinished",
                        str(ts_path(language, directory)), "-qm", str(out)], check=True)
        written.append(out)
    return written


def problems(root: Path = ROOT, directory: Path = TS_DIR) -> list[str]:
    """Everything the tests check about the .ts files, as lines (empty: all is well)."""
    found = extract(root)
    lines = list(found.errors)
    for language in LANGUAGES:
        existing = read_ts(ts_path(language, directory))
        wanted = {k: m for k, m in found.messages.items() if language not in PLURAL_ONLY or m.numerus}
        for key in sorted(set(wanted) - set(existing)):
            lines.append(f"{language}: missing “{key[1]}” ({key[0]}; used at {', '.join(found.locations[key])})")
        for key in sorted(set(existing) - set(wanted)):
            lines.append(f"{language}: no longer used “{key[1]}” ({key[0]})")
        for key in sorted(set(wanted) & set(existing)):
            item = existing[key]
            if item.message.numerus != wanted[key].numerus:
                lines.append(f"{language}: “{key[1]}” ({key[0]}) must {'' if wanted[key].numerus else 'not '}be a plural")
            elif not item.finished:
                lines.append(f"{language}: untranslated “{key[1]}” ({key[0]})")
            elif item.message.numerus and len(item.forms) != plural_forms(language):
                lines.append(f"{language}: “{key[1]}” ({key[0]}) needs {plural_forms(language)} plural forms")
    return lines


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        found = update()
        print(f"{len(found.messages)} messages; .ts files updated in {TS_DIR.relative_to(ROOT)}")
        for error in found.errors:
            print(error, file=sys.stderr)
        return 1 if found.errors else 0
    if command == "release":
        for path in release():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if command == "check":
        lines = problems()
        for line in lines:
            print(line)
        return 1 if lines else 0
    print(__doc__.split("\n\n")[0], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
