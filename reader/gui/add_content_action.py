"""File › Add content…, as the window holds it: the controller and its dialog are made when first
asked for, so that a start loads neither the content packs' modules nor PyNaCl.

Signals: ``library_changed()`` (packs were added: the window reads its library again, see
``LibraryController.reload``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from reader.gui.add_content import AddContentController


class AddContentAction(QObject):
    """Opens the Add content dialog over ``window``; says in ``status_bar`` what was added.

    Signals: ``library_changed()``."""

    library_changed = Signal()

    def __init__(self, window: QWidget, status_bar: QStatusBar, shows_added: Callable[[], bool]) -> None:
        """``shows_added``: whether the window shows added packs (see ``Library.reads_folders``)."""
        super().__init__(window)
        self._window = window
        self._status_bar = status_bar
        self._shows_added = shows_added
        self.controller: AddContentController | None = None

    @Slot()
    def start(self) -> None:
        """Open the dialog on the first USB drive (or no folder yet)."""
        if self.controller is None:
            from reader.gui.add_content import AddContentController  # packs and PyNaCl: only when asked

            self.controller = AddContentController(self._window, self._shows_added())
            self.controller.content_added.connect(self._added)
        self.controller.start()

    @Slot(str)
    def _added(self, what: str) -> None:
        """Say what was added (``Added: TITLE (version N)…``), then have the window read it."""
        self._status_bar.showMessage(what, 30000)
        self.library_changed.emit()
