"""Start the window: the QApplication, settings, logging, the bundle and the main window."""

from __future__ import annotations

import functools
import gc
import logging
import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader import APP_NAME
from reader.core.bundle import Bundle
from reader.core.errors import ReaderError, SectionNotFoundError
from reader.core.policy import EXIT_PROBLEM, EXIT_USAGE
from reader.gui.application import app_icon, create_application

if TYPE_CHECKING:
    from reader.gui.crash import ExceptionHandler
    from reader.gui.main_window import MainWindow

log = logging.getLogger(__name__)
REPORT_FIRST_PAINT = "READER_REPORT_FIRST_PAINT"  # set by bench/startup.py only
WARM_UP_MS = 300  # after the first paint: load search's vocabulary so the first keystroke is quick


def open_bundle(bundle_path: Path | None) -> Bundle:
    """Open and verify the bundle asked for, or the shipped one."""
    if bundle_path is None:
        from reader.core.cache import default_bundle

        bundle_path = default_bundle()
    return Bundle.open(bundle_path)


def _report_first_paint() -> None:
    """For bench/startup.py: print the time of the article's first paint, then quit."""
    print(f"first-paint {time.time():.6f}", flush=True)
    QTimer.singleShot(0, QApplication.quit)


def _after_first_paint(handler: ExceptionHandler, window: MainWindow, warm_up: bool) -> None:
    """Once the article is on screen: the log file and the window icon, then (soon) search."""
    from reader.gui.crash import setup_logging

    gc.enable()  # reader.cli turned it off for the start-up
    handler.log_path = setup_logging()
    QApplication.setWindowIcon(app_icon())
    if warm_up:
        QTimer.singleShot(WARM_UP_MS, window.search_controller.warm_up)


def _build_window(app: QApplication, bundle: Bundle) -> MainWindow:
    from reader.gui import theme
    from reader.gui.main_window import MainWindow
    from reader.gui.settings import Settings, config_folder

    settings = Settings(config_folder())
    theme.apply(app, settings.theme)
    return MainWindow(bundle, settings)


def _cannot_start(handler: ExceptionHandler, message: str) -> None:
    """Open the log (what was logged so far goes in), then tell the user why there is no window."""
    from PySide6.QtWidgets import QMessageBox

    from reader.gui.crash import setup_logging

    handler.log_path = setup_logging()
    where = f"\n\nDetails were written to {handler.log_path}." if handler.log_path else ""
    QMessageBox.critical(None, "Reader", message + where)


def _content_cannot_be_opened(handler: ExceptionHandler, error: ReaderError) -> int:
    log.error("%s", error)
    _cannot_start(handler, f"The reader's content cannot be opened.\n\n{error}")
    return EXIT_USAGE


def no_display() -> str | None:
    """Why no window can open here, when Qt would abort trying: Linux without a display."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith(("xcb", "wayland"))):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "no display to open the window on (DISPLAY is not set); 'reader self-check' needs none"


def run(bundle_path: Path | None, section: str | None, search: str | None = None) -> int:
    """Open the reader window on a bundle (default: the shipped one) and run until it closes."""
    problem = no_display()
    if problem is not None:
        print(f"{APP_NAME}: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    app = create_application()
    from reader.gui.crash import ExceptionHandler, start_early_logging

    start_early_logging()
    handler = ExceptionHandler(None)
    handler.install()
    try:
        bundle = open_bundle(bundle_path)
        if section is not None:
            bundle.section(section)
    except SectionNotFoundError as exc:
        print(f"{APP_NAME}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ReaderError as exc:
        return _content_cannot_be_opened(handler, exc)

    try:
        window = _build_window(app, bundle)
    except ReaderError as exc:  # content the window cannot lay out (more than one document holds)
        bundle.close()
        return _content_cannot_be_opened(handler, exc)
    except Exception as exc:  # the last net before the window exists: no traceback for the user
        log.critical("the window could not be built:\n%s", "".join(traceback.format_exception(exc)))
        summary = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        _cannot_start(handler, f"The reader could not start because of an unexpected error.\n\n{summary}")
        bundle.close()
        return EXIT_PROBLEM
    if os.environ.get(REPORT_FIRST_PAINT):
        window.first_painted.connect(_report_first_paint)
    later = functools.partial(_after_first_paint, handler, window, not search)
    window.first_painted.connect(functools.partial(QTimer.singleShot, 0, later))
    window.show()
    window.resume(section)
    if search:
        window.start_search(search)
    code = app.exec()
    bundle.close()
    return code
