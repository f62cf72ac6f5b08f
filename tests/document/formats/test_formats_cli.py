"""Every CLI command opens .docx/.html/.pdf reports; PDF pages reach JSON and every export."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from document.annotation import Annotation, TextQuote
from document.loading import load_document
from pizhu.cli import main
from pizhu.paths import store_path
from render_docx import render_docx
from render_html import render_html
from render_pdf import render_pdf
from storage.store import Store

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def renderings(tmp_path_factory, bundled_markdown) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("renderings")
    files = {
        "docx": render_docx(bundled_markdown), "html": render_html(bundled_markdown),
        "htm": render_html(bundled_markdown, br_paragraphs=True), "pdf": render_pdf(bundled_markdown),
    }
    paths = {}
    for suffix, data in files.items():
        paths[suffix] = folder / f"report.{suffix}"
        paths[suffix].write_bytes(data)
    return paths


def _json(capsys, *argv: str):
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("suffix", ["docx", "html", "htm", "pdf"])
def test_outline_command_gives_the_markdown_outline_for_every_format(capsys, renderings, suffix):
    expected = _json(capsys, "outline")
    assert _json(capsys, "outline", str(renderings[suffix])) == expected


def test_text_json_lists_page_starts_for_a_pdf_only(capsys, renderings):
    pdf = _json(capsys, "text", str(renderings["pdf"]))
    assert pdf["pages"][0] == {"start": 0, "page": 1} and len(pdf["pages"]) > 10
    assert [p["page"] for p in pdf["pages"]] == list(range(1, len(pdf["pages"]) + 1))
    assert _json(capsys, "text", str(renderings["docx"]))["pages"] == []
    traditional = _json(capsys, "text", str(renderings["pdf"]), "--script", "t")
    assert traditional["pages"] == pdf["pages"]        # page starts are source offsets


def test_annotations_and_exports_cite_the_pdf_page(capsys, renderings, tmp_path):
    document = load_document(renderings["pdf"])
    start = document.text.index("居全国前列")
    page = document.page_at(start)
    assert page > 1
    with Store.open(store_path()) as store:
        store.ensure_document(document)
        store.add(Annotation(id="00000000-0000-4000-8000-000000000001", document_id=document.id,
                             start=start, end=start + 5, tags=("能源",),
                             quote=TextQuote.from_text(document.text, start, start + 5)))
    items = _json(capsys, "annotations", str(renderings["pdf"]))
    assert [item["page"] for item in items] == [page]
    assert main(["annotations", str(renderings["pdf"])]) == 0
    assert f"p. {page}" in capsys.readouterr().out

    outputs = {}
    for fmt in ("w3c", "csv", "markdown"):
        target = tmp_path / f"out.{fmt}"
        assert main(["export", str(renderings["pdf"]), "--format", fmt, "-o", str(target)]) == 0
        outputs[fmt] = target.read_bytes()
    item = json.loads(outputs["w3c"])["first"]["items"][0]
    assert item["pizhu:page"] == page
    rows = list(csv.DictReader(io.StringIO(outputs["csv"].decode("utf-8-sig"), newline="")))
    assert rows[0]["page"] == f"p. {page}"
    assert f"- 页码：p. {page}" in outputs["markdown"].decode("utf-8")
    capsys.readouterr()

    # The exchange file with the page extension imports again (into a fresh store).
    assert main(["import", str(tmp_path / "out.w3c"), "--document", str(renderings["pdf"]),
                 "--data-dir", str(tmp_path / "other")]) == 0


def _run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pizhu", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("name, data, message", [
    ("scan.pdf", None, "OCR is not supported"),
    ("broken.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50, "damaged PDF"),
    ("book.docx", "zip", "not a Word document"),
    ("index.html", b"<html><body><ul><li><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></li></ul></body></html>",
     "no article text"),
])
def test_bad_reports_exit_1_with_one_line(tmp_path, name, data, message):
    if data is None:
        from reportlab.pdfgen import canvas

        stream = io.BytesIO()
        page = canvas.Canvas(stream)
        page.rect(50, 50, 400, 600, fill=1)
        page.showPage()
        page.save()
        data = stream.getvalue()
    elif data == "zip":
        import zipfile

        stream = io.BytesIO()
        with zipfile.ZipFile(stream, "w") as archive:
            archive.writestr("mimetype", "application/epub+zip")
        data = stream.getvalue()
    target = tmp_path / name
    target.write_bytes(data)
    result = _run("outline", str(target))
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
