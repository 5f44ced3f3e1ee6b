"""View › Read aloud and Pause reading: their actions and the status bar's messages, and the
reader made the first time it is asked for (QtTextToSpeech loads QtMultimedia: not at start-up,
and a reader installed without it says so instead)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar

from reader.gui.content_view import ContentView
from reader.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from reader.gui.read_aloud import ReadAloud

log = logging.getLogger(__name__)
MESSAGE_MS = 10000
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "ReadAloudActions", "Read aloud is not available: this reader was installed without Qt's speech module."
)
"""The status bar's message in English (shown translated)."""


class ReadAloudActions(QObject):
    """Starts and stops reading aloud from a checkable action, pauses and resumes from another,
    and says in the status bar what stops it (no voice for the article's language)."""

    def __init__(
        self,
        read: QAction,
        pause: QAction,
        content: ContentView,
        status_bar: QStatusBar,
        language: Callable[[], str],
        engine: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.read = read
        self.pause = pause
        self._content = content
        self._status_bar = status_bar
        self._language = language
        self._engine = engine  # "" for the system's; the tests name Qt's "mock"
        self._reader: ReadAloud | None = None
        self.pause.setEnabled(False)

    def connect_signals(self) -> None:
        """Wire the two actions."""
        self.read.toggled.connect(self._toggled)
        self.pause.triggered.connect(self._pause_or_resume)

    def reader(self) -> ReadAloud | None:
        """The reader, made on first use; None (and the action disabled) without QtTextToSpeech."""
        if self._reader is None:
            try:
                from reader.gui.read_aloud import ReadAloud
            except ImportError as exc:
                log.warning("read aloud is not available: %s", exc)
                self._status_bar.showMessage(self.tr(UNAVAILABLE), MESSAGE_MS)
                self.read.setChecked(False)
                self.read.setEnabled(False)
                return None
            self._reader = ReadAloud(self._content, self._engine, self)
            self._reader.state_changed.connect(self._state_changed)
            self._reader.problem.connect(self._problem)
        return self._reader

    @Slot(bool)
    def _toggled(self, checked: bool) -> None:
        reader = self.reader()
        if reader is None:
            return
        if not checked:
            reader.stop()
        elif reader.state() == "stopped" and not reader.read(self._language()):
            self.read.setChecked(False)

    @Slot()
    def _pause_or_resume(self) -> None:
        if self._reader is not None:
            self._reader.pause_or_resume()

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        reading = state != "stopped"
        if self.read.isChecked() != reading:
            self.read.setChecked(reading)
        self.pause.setEnabled(reading and self._reader is not None and self._reader.can_pause())
        self.pause.setText(self.tr("&Resume reading") if state == "paused" else self.tr("&Pause reading"))

    @Slot(str)
    def _problem(self, message: str) -> None:
        log.warning("read aloud: %s", message)
        self._status_bar.showMessage(message, MESSAGE_MS)
