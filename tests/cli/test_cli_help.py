"""`pizhu --help` shows the GUI usage and the commands; a mistyped command is a usage error."""
from __future__ import annotations

import pytest

from pizhu.cli import main
from pizhu.commands import COMMANDS
from test_cli import run_cli


def test_help_shows_gui_usage_and_every_command(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: pizhu [FILE] [--script ID]")
    assert "pizhu COMMAND" in out
    assert "--script ID" in out and "--data-dir DIR" in out
    for command in COMMANDS:
        assert f"  {command.NAME}" in out and command.HELP in out


def test_help_after_a_file_is_the_same_help(capsys, seed_path):
    assert main([str(seed_path), "-h"]) == 0
    assert "pizhu COMMAND" in capsys.readouterr().out


@pytest.mark.parametrize("typo, command", [("outine", "outline"), ("exprt", "export"),
                                           ("comitments", "commitments"), ("annotation", "annotations")])
def test_a_mistyped_command_suggests_the_right_one(typo, command):
    result = run_cli(typo)
    assert result.returncode == 2
    assert result.stderr == f"pizhu: unknown command '{typo}'; did you mean '{command}'?\n"


def test_a_word_that_is_neither_command_nor_file_lists_the_commands():
    result = run_cli("bogus")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "'bogus' is neither a command nor a file" in result.stderr
    assert all(command.NAME in result.stderr for command in COMMANDS)


def test_a_missing_file_is_reported_as_a_missing_file(tmp_path):
    for name in (str(tmp_path / "report.md"), str(tmp_path / "outine")):
        result = run_cli(name)
        assert result.returncode == 1
        assert result.stderr == f"pizhu: {name}: no such file\n"


def test_an_existing_file_named_like_a_typo_is_opened_not_corrected(tmp_path, monkeypatch, capsys):
    """Something called 'outine' in the current directory is a path, not a typo: the GUI path
    validates it (a directory is refused as a report, with status 1, before any window)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "outine").mkdir()
    assert main(["outine"]) == 1
    assert "outine is a directory, not a report" in capsys.readouterr().err
