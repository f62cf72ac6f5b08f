"""Script switching and find as the window does them, each beside a floor from the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_switch.py

Switching: for the bundled report and a ~1 MB synthetic report, to every script — convert + map
(``ReaderText`` construction, the script-view cache emptied first so nothing is reused) and
re-render (``gui.render.build_document``) — against a plain ``opencc.OpenCC(config).convert`` of
the same canonical text (converter created outside the timing).  Find: the index build once,
then the latency of a two-character query through the find controller's path (index.find +
mapping every match to display/Qt positions), and through a live window's controller
(``search_now``: find, paint layer, results model, select and reveal), against a plain
``str.find`` loop.  Best of N; nothing is asserted.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from common import best_of, isolate, ratio_line, synthetic_report

isolate()

import opencc  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from document import scripts  # noqa: E402
from document.find import SearchIndex  # noqa: E402
from document.loading import load_document  # noqa: E402
from document.scripts import SCRIPT_IDS  # noqa: E402
from gui.app import application, create_window  # noqa: E402
from gui.reader_text import ReaderText  # noqa: E402
from gui.render import build_document  # noqa: E402

#: The config a naive viewer would call for each script of a Simplified report ("source"
#: converts nothing; it is measured against s2t only to give its figures a scale).
FLOOR_CONFIG = {"source": "s2t", "s": "t2s", "t": "s2t", "tw": "s2tw", "twp": "s2twp", "hk": "s2hk"}
QUERY = "发展"


def switch_figures(label: str, document, app) -> None:
    palette = app.palette()
    text = document.text
    print(f"\n{label}: {len(text):,} characters, {len(document.blocks):,} blocks")
    for script in SCRIPT_IDS:
        config = FLOOR_CONFIG[script]
        plain = opencc.OpenCC(config)
        floor = best_of(lambda: plain.convert(text), 3)

        def convert_and_map() -> ReaderText:
            scripts._VIEW_CACHE.clear()   # measure the conversion, not the cache
            return ReaderText(document, script)

        mapped = best_of(convert_and_map, 3)
        rt = convert_and_map()
        render = best_of(lambda: build_document(rt, palette, 15).deleteLater(), 3)

        def whole() -> None:
            build_document(convert_and_map(), palette, 15).deleteLater()

        total = best_of(whole, 3)
        floor_label = f"OpenCC {config}" + (", scale only" if script == "source" else "")
        print(ratio_line(f"  {script:<6} convert + map", mapped, floor, floor_label))
        print(ratio_line(f"  {script:<6} re-render (build_document)", render, floor, floor_label))
        print(ratio_line(f"  {script:<6} switch total", total, floor, floor_label))
        app.processEvents()


def plain_find(text: str, query: str) -> list[int]:
    hits, at = [], text.find(query)
    while at >= 0:
        hits.append(at)
        at = text.find(query, at + 1)
    return hits


def search_figures(document, path: Path, app) -> None:
    text = document.text
    print(f"\nfind “{QUERY}” in the ~1 MB report ({len(plain_find(text, QUERY)):,} matches)")
    floor = best_of(lambda: plain_find(text, QUERY), 7)
    # The index holds a Mainland form and the Taiwan-phrase (twp) view: s2twp is its floor.
    s2twp = opencc.OpenCC("s2twp")
    def build() -> SearchIndex:
        scripts._VIEW_CACHE.clear()   # the index shares the twp view with the reader: rebuild it
        return SearchIndex(text)

    index_build = best_of(build, 3)
    print(ratio_line("  index build (once, in the background)", index_build,
                     best_of(lambda: s2twp.convert(text), 3), "OpenCC s2twp"))
    index = SearchIndex(text)
    for script in ("s", "twp"):
        rt = ReaderText(document, script)

        def controller_path() -> None:
            for match in index.find(QUERY):
                rt.qt_range_of_source(match.start, match.end)

        print(ratio_line(f"  query → matches → display ({script})", best_of(controller_path, 7), floor,
                         "str.find loop"))
    window = create_window(None, str(path), "twp")
    window.resize(1200, 800)
    loop = QEventLoop()
    window.documentShown.connect(lambda _rt: QTimer.singleShot(50, loop.quit))
    QTimer.singleShot(60000, loop.quit)
    window.show()
    loop.exec()
    finder = window.finder
    finder.open_bar()
    finder.bar.set_text(QUERY, notify=False)
    while finder.indexes.index_for(window.document.id, window.document.text) is None:
        app.processEvents()
    live = best_of(lambda: (finder.search_now(), app.processEvents()), 7)
    print(ratio_line("  live window search_now (twp, painted)", live, floor, "str.find loop"))
    step = best_of(lambda: (finder.find_next(), app.processEvents()), 7)
    print(ratio_line("  live window F3 (next match, painted)", step, floor, "str.find loop"))
    window.close()


def main() -> None:
    app = application()
    print("Pizhu script switching and find (best of N, offscreen; printed, not asserted)")
    switch_figures("bundled report", load_document(None), app)
    scratch = Path(tempfile.mkdtemp(prefix="pizhu-bench-switch-"))
    big_path = scratch / "synthetic.md"
    big_path.write_text(synthetic_report(1_000_000), encoding="utf-8")
    print(f"\n(synthetic report: {os.path.getsize(big_path) / 1e6:.2f} MB UTF-8)")
    big = load_document(str(big_path))
    switch_figures("synthetic report", big, app)
    search_figures(big, big_path, app)


if __name__ == "__main__":
    main()
