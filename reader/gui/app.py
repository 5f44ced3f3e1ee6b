"""Start the window: the QApplication, settings, logging, the bundle and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from reader import APP_NAME, __version__
from reader.core.bundle import Bundle
from reader.core.errors import ReaderError, SectionNotFoundError

log = logging.getLogger(__name__)
MIN_UI_POINT_SIZE = 10.0


def create_application() -> QApplication:
    """Return the running QApplication or create one, named and styled for the reader."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Reader")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < MIN_UI_POINT_SIZE:
        font.setPointSizeF(MIN_UI_POINT_SIZE)
        app.setFont(font)
    return app


def open_bundle(bundle_path: Path | None) -> Bundle:
    """Open and verify the bundle asked for, or the shipped one."""
    if bundle_path is None:
        from reader.core.locations import default_bundle

        bundle_path = default_bundle()
    return Bundle.open(bundle_path)


def run(bundle_path: Path | None, section: str | None) -> int:
    """Open the reader window on a bundle (default: the shipped one) and run until it closes."""
    app = create_application()
    from reader.gui.crash import ExceptionHandler, setup_logging

    log_path = setup_logging()
    ExceptionHandler(log_path).install()
    try:
        bundle = open_bundle(bundle_path)
        if section is not None:
            bundle.section(section)
    except SectionNotFoundError as exc:
        print(f"{APP_NAME}: error: {exc}", file=sys.stderr)
        return 2
    except ReaderError as exc:
        log.error("%s", exc)
        QMessageBox.critical(None, "Reader", f"The reader's content cannot be opened.\n\n{exc}")
        return 2

    from reader.gui.main_window import MainWindow
    from reader.gui.settings import Settings, config_folder

    window = MainWindow(bundle, Settings(config_folder()))
    window.show()
    window.resume(section)
    code = app.exec()
    bundle.close()
    return code
