"""Render resources/icons/reader.svg to the PNG sizes, .ico and .icns the installers need.

Run once after changing the SVG (needs the `package` extra: Pillow); the outputs are committed.

    python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> None:
    """Write reader-<size>.png for each size, reader.ico and reader.icns."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "reader.svg"))
    paths = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"reader-{size}.png"
        image.save(str(path))
        paths.append(path)
    largest = Image.open(ICONS / "reader-512.png")
    largest.save(ICONS / "reader.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(ICONS / "reader.icns")
    del app
    print(f"wrote {len(paths)} PNGs, reader.ico and reader.icns to {ICONS}")


if __name__ == "__main__":
    main()
