"""Render the application icon's PNG sizes from its SVG source (resources/icons/pizhu.svg).

Usage: python packaging/render_icons.py
Writes resources/icons/pizhu-<N>.png for every size in ICON_SIZES, with Qt's own SVG renderer,
so the PNGs (used where SVG icons are not, and as the window icon) follow the drawing.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from resources import ICON_SIZES, icon_path  # noqa: E402


def render(size: int):
    """The icon as a QImage of ``size`` × ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(icon_path()))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {icon_path()} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in ICON_SIZES:
        target = icon_path(size)
        if not render(size).save(str(target)):
            raise SystemExit(f"render_icons: cannot write {target}")
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
