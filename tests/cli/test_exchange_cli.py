"""``pizhu import`` / ``pizhu export``: output, files, exit codes (0 ok, 1 bad input, 2 usage)."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from document.annotation import Annotation, TextQuote
from document.loading import load_document
from pizhu.cli import main
from pizhu.paths import store_path
from storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2024, 3, 1, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def report():
    return load_document(None)


def _seed(data_dir: Path, report) -> None:
    with Store.open(store_path(str(data_dir))) as store:
        store.ensure_document(report)
        annotations = []
        for index, (needle, tags, author) in enumerate([
            ("全省地区生产总值增长 4.5% 左右", ("GDP",), "张三"),
            ("推动高质量发展", ("发展",), "李四"),
            ("各位代表", (), "张三"),
        ]):
            start = report.text.index(needle)
            annotations.append(Annotation(
                id=f"00000000-0000-4000-8000-{index:012d}", document_id=report.id, start=start,
                end=start + len(needle), quote=TextQuote.from_text(report.text, start, start + len(needle)),
                tags=tags, author=author, note="=cmd()" if index == 2 else "", created=T0, modified=T0,
            ))
        store.add_many(annotations)


@pytest.fixture
def seeded(tmp_path, report) -> Path:
    data_dir = tmp_path / "mine"
    _seed(data_dir, report)
    return data_dir


def test_export_w3c_to_stdout_and_import_into_another_store(seeded, tmp_path, capsys):
    assert main(["--data-dir", str(seeded), "export", "--format", "w3c"]) == 0
    exported = capsys.readouterr().out
    collection = json.loads(exported)
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 3
    path = tmp_path / "team.json"
    path.write_text(exported, encoding="utf-8")

    other = tmp_path / "theirs"
    assert main(["import", str(path), "--data-dir", str(other), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dry run" in out and "3 added" in out
    assert main(["import", str(path), "--data-dir", str(other)]) == 0
    out = capsys.readouterr().out
    assert "3 added" in out and "0 re-anchored, 0 need review, 0 orphaned" in out
    assert main(["import", str(path), "--data-dir", str(other)]) == 0
    assert "3 unchanged" in capsys.readouterr().out


def test_export_filters_and_output_file(seeded, tmp_path, capsys):
    out = tmp_path / "brief.md"
    assert main(["export", "--format", "markdown", "--author", "张三", "-o", str(out), "--data-dir", str(seeded)]) == 0
    assert capsys.readouterr().out == ""
    brief = out.read_text(encoding="utf-8")
    assert "全省地区生产总值增长 4.5% 左右" in brief and "推动高质量发展" not in brief

    table = tmp_path / "gdp.csv"
    assert main(["export", "--format", "csv", "--tag", "GDP", "-o", str(table), "--data-dir", str(seeded)]) == 0
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"), newline="")))
    assert len(rows) == 2 and rows[1][1] == "全省地区生产总值增长 4.5% 左右"

    assert main(["export", "--format", "csv", "--data-dir", str(seeded)]) == 0
    assert "'=cmd()" in capsys.readouterr().out


def test_import_of_an_unknown_document_needs_document_option(seeded, tmp_path, report, capsys):
    edited = tmp_path / "edited.md"
    edited.write_text(report.source.replace("各位代表", "尊敬的各位代表", 1), encoding="utf-8")
    assert main(["export", "--format", "w3c", "-o", str(tmp_path / "a.json"), "--data-dir", str(seeded)]) == 0
    exported = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    for item in exported["first"]["items"]:
        item["target"]["source"]["id"] = "urn:sha256:" + "0" * 64
    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(foreign), "--data-dir", str(tmp_path / "x")]) == 1
    assert "--document" in capsys.readouterr().err
    assert main(["import", str(foreign), "--document", str(edited), "--data-dir", str(tmp_path / "x")]) == 0
    out = capsys.readouterr().out
    assert "3 added" in out and " 0 re-anchored" not in out


def test_export_tag_includes_child_tags_like_the_panel(tmp_path, report, capsys):
    data_dir = tmp_path / "tags"
    with Store.open(store_path(str(data_dir))) as store:
        store.ensure_document(report)
        rows = []
        for index, (needle, tags) in enumerate([
            ("全省地区生产总值增长 4.5% 左右", ("承诺/经济",)),
            ("推动高质量发展", ("承诺",)),
            ("各位代表", ("承诺书",)),
        ]):
            start = report.text.index(needle)
            rows.append(Annotation(
                id=f"00000000-0000-4000-8000-{index + 20:012d}", document_id=report.id, start=start,
                end=start + len(needle), quote=TextQuote.from_text(report.text, start, start + len(needle)),
                tags=tags, created=T0, modified=T0,
            ))
        store.add_many(rows)
    capsys.readouterr()
    assert main(["export", "--format", "w3c", "--tag", "承诺", "--data-dir", str(data_dir)]) == 0
    exported = json.loads(capsys.readouterr().out)
    quotes = {item["target"]["selector"][0]["exact"] for item in exported["first"]["items"]}
    assert quotes == {"全省地区生产总值增长 4.5% 左右", "推动高质量发展"}


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "pizhu", *args], capture_output=True, text=True, env=env, timeout=120)


def test_exit_codes_and_one_line_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "AnnotationPage", "items": [{"type": "Annotation", "target": "http://x.org/"}]}')
    result = _cli("import", str(bad), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "items[0]" in result.stderr and "Traceback" not in result.stderr

    missing = _cli("import", str(tmp_path / "nope.json"), "--data-dir", str(tmp_path / "d"))
    assert missing.returncode == 1 and "no such file" in missing.stderr

    usage = _cli("export", "--format", "pdf", "--data-dir", str(tmp_path / "d"))
    assert usage.returncode == 2 and usage.stderr.count("\n") == 1

    no_format = _cli("export", "--data-dir", str(tmp_path / "d"))
    assert no_format.returncode == 2

    no_file = _cli("import", "--data-dir", str(tmp_path / "d"))
    assert no_file.returncode == 2

    section = _cli("export", "--format", "csv", "--section", "没有这一节", "--data-dir", str(tmp_path / "d"))
    assert section.returncode == 1 and "no section titled" in section.stderr

    to_dir = _cli("export", "--format", "csv", "-o", str(tmp_path), "--data-dir", str(tmp_path / "d"))
    assert to_dir.returncode == 1 and "directory" in to_dir.stderr
