"""The Qt application of the reader: named, styled and with a readable font, and its icon.

A leaf module: the window, printing and the self-check all start the application from here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from reader import APP_NAME, __version__
from reader.core.locations import resources_dir
from reader.gui import i18n

# QIcon's type loads with the icon, after the first paint: at start-up it cost 1% (bench/startup.py).
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

MIN_UI_POINT_SIZE = 10.0
ICON_SIZES = (32, 64, 256)


def create_application() -> QApplication:
    """Return the running QApplication or create one, named and styled for the reader, in
    English until ``reader.gui.i18n.install`` puts in another language."""
    _prefer_utf8_locale()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        app.setStyle("Fusion")
    else:
        # Asking for the style on the command line costs less than setStyle() afterwards.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Reader")
    app.setApplicationVersion(__version__)
    font = app.font()
    if font.pointSizeF() < MIN_UI_POINT_SIZE:
        font.setPointSizeF(MIN_UI_POINT_SIZE)
        app.setFont(font)
    i18n.ensure_installed(app)
    return app


def icon_paths() -> list[Path]:
    """The PNG files of the application icon."""
    return [resources_dir() / "icons" / f"reader-{size}.png" for size in ICON_SIZES]


def app_icon() -> QIcon:
    """The application icon, in the sizes shipped."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in icon_paths():
        icon.addFile(str(path))
    return icon


def _prefer_utf8_locale() -> None:
    """Under the bare C locale Qt switches to C.UTF-8 itself, with a warning: do it quietly."""
    if sys.platform.startswith("linux"):
        current = os.environ.get("LC_ALL") or os.environ.get("LC_CTYPE") or os.environ.get("LANG") or "C"
        if current in ("C", "POSIX"):
            os.environ["LC_CTYPE"] = "C.UTF-8"
            os.environ.pop("LC_ALL", None)


def ensure_gui_application(offscreen: bool) -> QApplication:
    """Return the running Qt application, or start a (headless, if asked) one for painting."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return create_application()
