"""Start the window: the QApplication, the bundle, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from reader import APP_NAME, __version__
from reader.core.bundle import Bundle
from reader.core.errors import ReaderError, SectionNotFoundError

log = logging.getLogger(__name__)


def run(bundle_path: Path | None, section: str | None) -> int:
    """Open the reader window on a bundle (default: the shipped one) and run until it closes."""
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Reader")
    app.setApplicationVersion(__version__)
    try:
        if bundle_path is None:
            from reader.core.locations import default_bundle

            bundle_path = default_bundle()
        bundle = Bundle.open(bundle_path)
        if section is not None:
            bundle.section(section)
    except SectionNotFoundError as exc:
        print(f"{APP_NAME}: error: {exc}", file=sys.stderr)
        return 2
    except ReaderError as exc:
        print(f"{APP_NAME}: error: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "Reader", f"The reader's content cannot be opened.\n\n{exc}")
        return 2

    from reader.gui.main_window import MainWindow

    window = MainWindow(bundle)
    window.show()
    if section is not None:
        window.open_section(section)
    code = app.exec()
    bundle.close()
    return code
