"""Logging to a rotating file in the user's folder, and a safety net for unexpected errors.

Fatal errors (a crash in Qt, an abort of the interpreter) cannot be caught; ``faulthandler``
writes their Python traceback to the log file, or to stderr until the file is open.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from reader import APP_NAME
from reader.core.locations import log_dir
from reader.gui.fatal_errors import trace_fatal_errors_to

log = logging.getLogger(__name__)
LOG_NAME = "reader.log"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record comes (tests and frozen apps replace it)."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record, unless there is no stderr at all (a windowed app on Windows)."""
        if sys.stderr is not None:
            super().emit(record)


class EarlyRecords(logging.Handler):
    """Keeps the records logged before the log file is open, to write them there once it is."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record (the first thousand)."""
        if len(self.records) < 1000:
            self.records.append(record)


def start_early_logging() -> None:
    """Log warnings to stderr and keep every record until ``setup_logging`` opens the file."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    _add(root, _console())
    _add(root, EarlyRecords())
    if sys.stderr is not None:
        trace_fatal_errors_to(sys.stderr)


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to ``reader.log`` (rotated at 1 MB, 3 kept) and warnings to stderr; return the file.

    Records kept since ``start_early_logging`` are written first. Calling it again replaces the
    handlers it added before.
    """
    from reader.gui.log_file import LogFile  # logging.handlers costs start-up time: load it when needed

    root = logging.getLogger()
    early = [record for h in root.handlers if isinstance(h, EarlyRecords) for record in h.records]
    for old in [h for h in root.handlers if getattr(h, "reader_handler", False)]:
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.INFO)
    _add(root, _console())
    path = (folder or log_dir()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = LogFile(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write the log file %s: %s", path, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for record in early:
        handler.handle(record)
    _add(root, handler)
    handler.flush()
    trace_fatal_errors_to(handler.stream)
    return path


def _console() -> logging.Handler:
    console = _StderrHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter(f"{APP_NAME}: %(levelname)s: %(message)s"))
    return console


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.reader_handler = True  # type: ignore[attr-defined]
    root.addHandler(handler)


class ExceptionHandler:
    """An excepthook: logs the traceback, tells the user in a short dialog, and lets the reader go on."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._showing = False

    def install(self) -> None:
        """Make this the interpreter's excepthook."""
        sys.excepthook = self.handle

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """Log an unhandled exception and tell the user."""
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if self.log_path is None:  # before the first paint: open the log now, so this is kept
            self.log_path = setup_logging()
        log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is None or self._showing:
            return
        self._showing = True
        try:
            self.notify(f"{kind.__name__}: {error}".splitlines()[0][:200])
        finally:
            self._showing = False

    def notify(self, summary: str) -> None:
        """Show the short dialog (tests replace this)."""
        where = ""
        if self.log_path:
            details = QCoreApplication.translate("ExceptionHandler", "Details were written to %1.")
            where = "\n\n" + details.replace("%1", str(self.log_path))
        from PySide6.QtWidgets import QMessageBox  # only for errors: 0.6% of the start (gui.startup)

        said = QCoreApplication.translate("ExceptionHandler", "Something went wrong, but the reader is still running.")
        QMessageBox.warning(None, "Reader", f"{said}\n\n{summary}{where}")
