"""Logging: problems go to a rotating file in the log directory; stderr only with -v."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from pizhu.cli import main
from pizhu.logs import LOG_FILE, setup_logging


def test_a_warning_lands_in_the_log_file_and_not_on_stderr(capsys):
    path = setup_logging(verbose=False)
    assert path is not None and path.parent == Path(os.environ["PIZHU_LOG_DIR"])
    logging.getLogger("gui.worker").warning("background job failed", exc_info=ValueError("boom"))
    logging.getLogger("gui.worker").debug("not recorded without -v")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "background job failed" in written and "ValueError: boom" in written
    assert "not recorded" not in written
    assert capsys.readouterr().err == ""


def test_verbose_logs_our_records_on_stderr_but_not_the_libraries_debug(capsys):
    setup_logging(verbose=True)
    logging.getLogger("storage.store").debug("our detail")
    logging.getLogger("sqlalchemy.engine").info("SELECT 1")
    err = capsys.readouterr().err
    assert "our detail" in err and "SELECT 1" not in err
    setup_logging(verbose=False)
    logging.getLogger("storage.store").debug("quiet again")
    assert capsys.readouterr().err == ""


def test_bad_input_stays_one_line_without_v_and_is_explained_with_it(tmp_path, capsys):
    missing = str(tmp_path / "nowhere.md")
    assert main(["outline", missing]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert main(["outline", missing, "-v"]) == 1
    err = capsys.readouterr().err
    assert "refused" in err and err.count("pizhu:") == 1
    assert (Path(os.environ["PIZHU_LOG_DIR"]) / LOG_FILE).parent.is_dir()
    setup_logging(verbose=False)
