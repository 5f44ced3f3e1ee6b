"""Start the window: the QApplication, settings, logging, the library and the main window.

``run`` returns the application's exit code, or raises ReaderError (after telling the user in a
dialog where a window was expected); ``reader.cli`` turns that into one line and an exit code.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from reader.core.bundle import Bundle
from reader.core.cache import default_bundle
from reader.core.errors import ReaderError, SectionNotFoundError, StartError
from reader.core.library import Library
from reader.core.locations import config_dir
from reader.core.policy import EXIT_OK
from reader.gui import i18n, startup, theme
from reader.gui.application import app_icon, create_application
from reader.gui.crash import ExceptionHandler, setup_logging, start_early_logging
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings
from reader.gui.single_instance import Outcome, Request, SingleInstance

log = logging.getLogger(__name__)
WARM_UP_MS = 300  # after the first paint: load search's vocabulary so the first keystroke is quick


def open_bundle(bundle_path: Path | None) -> Bundle:
    """Open and verify the bundle asked for, or the shipped one."""
    return Bundle.open(default_bundle() if bundle_path is None else bundle_path)


def no_display() -> str | None:
    """Why no window can open here, when Qt would abort trying: Linux without a display."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith(("xcb", "wayland"))):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "no display to open the window on (DISPLAY is not set); 'reader self-check' needs none"


def _tell(handler: ExceptionHandler, message: str) -> None:
    """Open the log (what was logged so far goes in), then tell the user why there is no window.

    Logged as information: on a terminal the command line's one error line says it already.
    """
    log.info("the window was not started: %s", message.replace("\n\n", " "))
    handler.log_path = setup_logging()
    where = ""
    if handler.log_path:
        where = "\n\n" + QCoreApplication.translate("App", "Details were written to %1.").replace(
            "%1", str(handler.log_path)
        )
    from PySide6.QtWidgets import QMessageBox  # only for errors: 0.6% of the start (gui.startup)

    QMessageBox.critical(None, "Reader", message + where)


def _open_log_and_icon(handler: ExceptionHandler) -> None:
    handler.log_path = setup_logging()
    QApplication.setWindowIcon(app_icon())


def named_bundles(bundles: Path | Sequence[Path] | None) -> list[Path]:
    """The bundles named on the command line, as a list (none: the whole library)."""
    if bundles is None:
        return []
    return [bundles] if isinstance(bundles, Path) else list(bundles)


def instance_for(named: Sequence[Path]) -> SingleInstance:
    """The claim of the user's one window on these bundles (none: on the whole library)."""
    return SingleInstance.for_bundles(named)


def run(
    bundles: Path | Sequence[Path] | None, section: str | None, search: str | None = None, lang: str | None = None
) -> int:
    """Open the reader window on the library (every bundle it sees; or only the bundles named)
    and run until it closes, in the interface language ``lang`` (a code; None: the saved choice,
    else the system's).

    When the user's window on that library is already open, hand it the section and search, and
    return 0 once it has taken them (it comes to the front). Raises ReaderError when there is no
    display or no such section, when the content cannot be opened or laid out (a named bundle
    that cannot be read, a library with none to read), and StartError when the window could not
    be built for another reason.
    """
    problem = no_display()
    if problem is not None:
        raise ReaderError(problem)
    named = named_bundles(bundles)
    with instance_for(named) as instance:
        if not instance.claim():
            from reader.gui.instance_server import hand_over  # QtNetwork: only in a later start

            outcome = hand_over(instance, Request(section, search))
            if outcome is Outcome.HANDED:
                return EXIT_OK
            if outcome is Outcome.NO_SECTION and section is not None:
                raise SectionNotFoundError(section)
        return _run_window(instance, named, section, search, lang)


def _run_window(
    instance: SingleInstance, named: Sequence[Path], section: str | None, search: str | None, lang: str | None
) -> int:
    app = create_application()
    start_early_logging()
    handler = ExceptionHandler(None)
    handler.install()
    settings = Settings(config_dir())
    i18n.install(app, i18n.choose(lang, settings.language))  # before any word of the window
    with startup.first_paint() as start:
        try:
            library = Library.open(named or None)  # a broken bundle found in a folder: a notice, not an error
        except ReaderError as exc:
            _tell(handler, QCoreApplication.translate("App", "The reader's content cannot be opened.") + f"\n\n{exc}")
            raise
        with library:
            window = _build_window(app, library, settings, section, handler)
            start.later(lambda: _open_log_and_icon(handler))
            start.later(functools.partial(listen_for_later_starts, instance, window))
            if not search:
                start.later(lambda: QTimer.singleShot(WARM_UP_MS, window.search_controller.warm_up))
            start.wire(window.first_painted)
            window.show()
            window.resume(section)
            if search:
                window.start_search(search)
            return app.exec()


def listen_for_later_starts(instance: SingleInstance, window: MainWindow) -> None:
    """Let later starts of the user's reader on this bundle hand their requests to ``window``."""
    from reader.gui.instance_server import listen  # after the first paint: QtNetwork costs 5% of a start

    server = listen(instance, functools.partial(_has_section, window.shelf), window)
    if server is not None:
        server.request_received.connect(functools.partial(apply_request, window))


def _has_section(library: Library, section_id: str) -> bool:
    try:
        library.find_section(section_id)
    except ReaderError:  # none, or several articles' (LibraryError): not one section to open
        return False
    return True


def apply_request(window: MainWindow, request: Request) -> None:
    """Do what a later start asked in the running window, and bring the window to the front."""
    log.info("a later start asked for section %r, search %r", request.section, request.search)
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    if request.section:
        window.open_section(request.section)
    if request.search:
        window.start_search(request.search)


def _build_window(
    app: QApplication, library: Library, settings: Settings, section: str | None, handler: ExceptionHandler
) -> MainWindow:
    if section is not None:
        library.find_section(section)  # SectionNotFoundError, LibraryError: told on the command line
    try:
        theme.apply(app, settings.theme)
        return MainWindow(library, settings)
    except ReaderError as exc:  # content the window cannot lay out (more than one document holds)
        _tell(handler, QCoreApplication.translate("App", "The reader's content cannot be opened.") + f"\n\n{exc}")
        raise
    except Exception as exc:  # the last net before the window exists: no traceback for the user
        log.critical("the window could not be built:\n%s", "".join(traceback.format_exception(exc)))
        summary = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        _tell(
            handler,
            QCoreApplication.translate("App", "The reader could not start because of an unexpected error.")
            + f"\n\n{summary}",
        )
        raise StartError(f"the window could not be built: {summary}") from None
