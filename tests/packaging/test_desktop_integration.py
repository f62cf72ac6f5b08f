"""Desktop integration (packaging/linux, packaging/install-desktop.sh): validated with the
freedesktop tools, installed into a throw-away XDG_DATA_HOME and recognised by a real MIME
database."""
from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from resources import APP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.xml"
INSTALL = ROOT / "packaging" / "install-desktop.sh"
ANNOTATIONS_TYPE = "application/x-pizhu-annotations+json"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
DOCUMENT_TYPES = {   # what "Open with Pizhu" is offered for
    "text/markdown", "text/plain", "text/html", "application/xhtml+xml", "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def tool(name: str, package: str) -> str:
    """The path of a freedesktop tool; missing is a failure where it can be installed."""
    found = shutil.which(name)
    if found:
        return found
    if not sys.platform.startswith("linux"):
        pytest.skip(f"{name} is a freedesktop.org tool with no package for {sys.platform}")
    pytest.fail(f"{name} not found: apt-get install {package} (.ci/run installs it)")


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def validate_desktop(path: Path) -> None:
    result = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def validate_metainfo(path: Path) -> None:
    result = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


# -- the files as shipped -------------------------------------------------------------------
def test_the_desktop_entry_is_valid_and_offers_pizhu_for_reports_and_annotations():
    validate_desktop(DESKTOP)
    entry = desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "pizhu %f"
    types = set(filter(None, entry["MimeType"].split(";")))
    assert {ANNOTATIONS_TYPE} | DOCUMENT_TYPES <= types


def test_every_format_pizhu_opens_is_offered_by_the_desktop_entry(qapp):
    """The entry's MimeType follows the one list of openable suffixes (document/formats)."""
    from PySide6.QtCore import QMimeDatabase

    from document.formats import OPENABLE_SUFFIXES

    offered = set(filter(None, desktop_entry(DESKTOP)["MimeType"].split(";")))
    database = QMimeDatabase()
    for suffix in OPENABLE_SUFFIXES:
        mime = database.mimeTypeForFile(f"report{suffix}", QMimeDatabase.MatchMode.MatchExtension)
        if mime.isDefault():      # a suffix this system's MIME database does not know
            continue
        assert mime.name() in offered, suffix


def test_the_appstream_metadata_is_valid_and_agrees_with_the_package():
    validate_metainfo(METAINFO)
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == DESKTOP.name
    assert component.find("provides/mediatype").text == ANNOTATIONS_TYPE
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    newest = component.find("releases/release")
    assert newest.get("version") == version
    assert newest.find("description/ul/li") is not None            # release notes
    for image in component.iterfind("screenshots/screenshot/image"):
        in_repository = image.text.split("/main/", 1)[1]
        assert (ROOT / in_repository).is_file(), image.text


def test_the_mime_type_is_pizhus_own_json_ld():
    mime = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime.get("type") == ANNOTATIONS_TYPE
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/ld+json"
    from storage.exchange.fields import EXT_NAMESPACE

    assert mime.find(f"{MIME_NS}magic/{MIME_NS}match").get("value") == EXT_NAMESPACE


def test_every_icon_size_is_a_rendering_of_the_svg(qapp):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from render_icons import render
    finally:
        sys.path.pop(0)
    from PySide6.QtGui import QImage

    from resources import icon_path

    for size in ICON_SIZES:
        shipped = QImage(str(icon_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert (shipped.width(), shipped.height()) == (size, size)
        fresh = render(size).convertToFormat(QImage.Format.Format_ARGB32)
        difference = sum(abs(a - b) for a, b in zip(bytes(shipped.constBits()), bytes(fresh.constBits())))
        assert difference / (size * size * 4) < 2.0, f"pizhu-{size}.png is stale: packaging/render_icons.py"


# -- installed for a user -------------------------------------------------------------------
def _install(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    return subprocess.run(["sh", str(INSTALL), *args], env=env, capture_output=True, text=True, timeout=120)


def _detected_types(data: Path, *files: Path) -> list[str]:
    """What a Qt application's MIME database (shared-mime-info) says each file is."""
    code = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
            "db = QMimeDatabase()\nprint('\\n'.join(db.mimeTypeForFile(f).name() for f in sys.argv[1:]))")
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    result = subprocess.run([sys.executable, "-c", code, *map(str, files)], env=env,
                            capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.split()


@pytest.fixture
def fake_pizhu(tmp_path) -> Path:
    """An executable standing for `pizhu`, in a directory whose name needs quoting."""
    command = tmp_path / "my apps" / "pizhu"
    command.parent.mkdir()
    command.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    command.chmod(0o755)
    return command


def test_install_and_uninstall_for_one_user(tmp_path, fake_pizhu):
    tool("update-mime-database", "shared-mime-info")
    data = tmp_path / "share"
    result = _install(data, "--exec", str(fake_pizhu))
    assert result.returncode == 0, result.stderr

    installed = data / "applications" / f"{APP_ID}.desktop"
    validate_desktop(installed)
    assert desktop_entry(installed)["Exec"] == f'"{fake_pizhu}" %f'
    validate_metainfo(data / "metainfo" / f"{APP_ID}.metainfo.xml")
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("update-desktop-database"):
        cache = (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"{ANNOTATIONS_TYPE}={APP_ID}.desktop;" in cache
        assert f"text/markdown={APP_ID}.desktop;" in cache

    result = _install(data, "--uninstall")
    assert result.returncode == 0, result.stderr
    leftovers = [p for p in data.rglob(f"{APP_ID}*")]
    assert leftovers == []
    assert ANNOTATIONS_TYPE not in (data / "mime" / "types").read_text(encoding="utf-8")


def test_an_exported_annotation_file_is_recognised_by_content(tmp_path, fake_pizhu):
    tool("update-mime-database", "shared-mime-info")
    data = tmp_path / "share"
    assert _install(data, "--exec", str(fake_pizhu)).returncode == 0
    exported = tmp_path / "报告 批注.jsonld"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PIZHU_DATA_DIR=str(tmp_path / "store"))
    subprocess.run([sys.executable, "-m", "pizhu", "export", "--format", "w3c", "-o", str(exported)],
                   env=env, check=True, capture_output=True, timeout=120)
    other = tmp_path / "other.jsonld"     # a W3C annotation from another tool
    other.write_text('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation"}', encoding="utf-8")
    assert _detected_types(data, exported, other) == [ANNOTATIONS_TYPE, "application/ld+json"]


def test_install_without_pizhu_on_path_says_what_to_do(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), PATH="/usr/bin:/bin")
    result = subprocess.run(["sh", str(INSTALL)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "pizhu is not on PATH; pass --exec" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()
