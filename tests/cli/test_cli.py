"""CLI contract (README, Command line): output shapes, exit codes, one-line errors, no tracebacks."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pizhu.cli import main
from pizhu.paths import store_path

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "pizhu", *args], capture_output=True, text=True, env=env, timeout=120)


def test_outline_json_of_bundled_report(capsys):
    assert main(["outline", "--json"]) == 0
    outline = json.loads(capsys.readouterr().out)
    assert [e["title"] for e in outline] == [
        "文字实录", "一、过去五年工作回顾", "二、今后五年工作总体安排", "三、2023 年重点工作", "四、全面加强政府自身建设",
    ]
    assert set(outline[2]) == {"level", "title", "start", "end", "children"}
    assert [len(e["children"]) for e in outline] == [0, 0, 10, 12, 0]
    assert all(child["level"] == 2 for child in outline[3]["children"])


def test_outline_tree_is_indented(capsys):
    assert main(["outline"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "一、过去五年工作回顾" in lines
    assert "  （十二）坚决守住疫情防控和安全发展底线" in lines


def test_text_json_has_identity_map_for_source(capsys, tmp_path):
    path = tmp_path / "r.md"
    path.write_text("# 标题\n\n𠀀正文。\n", encoding="utf-8")
    assert main(["text", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == "标题\n𠀀正文。"
    assert data["to_source"] == list(range(len(data["text"]) + 1))


def test_text_plain(capsys, tmp_path):
    path = tmp_path / "r.md"
    path.write_text("甲\n\n乙。", encoding="utf-8")
    assert main(["text", str(path)]) == 0
    assert capsys.readouterr().out == "甲乙。\n"


def test_gb18030_notice_goes_to_stderr_with_status_0(capsys, tmp_path):
    path = tmp_path / "gb.md"
    path.write_bytes("## 一、回顾\n\n正文。\n".encode("gb18030"))
    assert main(["outline", str(path)]) == 0
    captured = capsys.readouterr()
    assert "GB18030" in captured.err
    assert "一、回顾" in captured.out


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.md", "no such file"),
        (lambda p: p, "directory"),
        (lambda p: (p / "bin.md").write_bytes(b"\x00\x01\x02\x03" * 100) and p / "bin.md", "binary"),
        (lambda p: (p / "empty.md").write_bytes(b"") or p / "empty.md", "empty"),
        (lambda p: (p / "bad.md").write_bytes(b"\x80\xfa\x80") and p / "bad.md", "UTF-8"),
    ],
)
def test_bad_files_exit_1_with_one_line(tmp_path, make, message):
    target = make(tmp_path)
    result = run_cli("outline", str(target))
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_usage_exits_2():
    for args in (["outline", "--bogus"], ["text", "--script", "klingon"], ["--no-such-flag"]):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_script_names_valid_ids():
    result = run_cli("text", "--script", "xx")
    assert result.returncode == 2
    for script in ("source", "s", "t", "tw", "twp", "hk"):
        assert script in result.stderr


def test_gui_with_missing_file_is_a_one_line_error(tmp_path):
    result = run_cli(str(tmp_path / "nope.md"))
    assert result.returncode == 1
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert "pizhu" in capsys.readouterr().out
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "outline" in out and "text" in out


def test_bad_data_dir_is_a_one_line_error(tmp_path):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x", encoding="utf-8")
    for args in (["annotations", "--data-dir", str(not_a_dir)],
                 ["export", "--format", "csv", "--data-dir", str(not_a_dir)],
                 ["annotations", "--data-dir", ""]):
        result = run_cli(*args)
        assert result.returncode == 1, args
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "data" in result.stderr


def test_commitments_json(capsys):
    assert main(["commitments", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert {"start", "end", "quote", "indicator", "value", "unit", "qualifier", "horizon"} <= set(items[0])
    assert not store_path().exists()  # listing creates no store
    assert any(item["quote"] == "地区生产总值增长 6%左右" for item in items)
