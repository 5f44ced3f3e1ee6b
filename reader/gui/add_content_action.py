"""File › Add content…, as the window holds it: the controller and its dialog are made when first
asked for, so that a start loads neither the content packs' modules nor PyNaCl."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from reader.gui.add_content import AddContentController

ADDED = "New content was added: close and open the reader again to read it."


class AddContentAction(QObject):
    """Opens the Add content dialog over ``window``; says in ``status_bar`` when packs were added."""

    def __init__(self, window: QWidget, status_bar: QStatusBar) -> None:
        super().__init__(window)
        self._window = window
        self._status_bar = status_bar
        self.controller: AddContentController | None = None

    @Slot()
    def start(self) -> None:
        """Open the dialog on the first USB drive (or no folder yet)."""
        if self.controller is None:
            from reader.gui.add_content import AddContentController  # packs and PyNaCl: only when asked

            self.controller = AddContentController(self._window)
            self.controller.content_added.connect(self._added)
        self.controller.start()

    @Slot()
    def _added(self) -> None:
        self._status_bar.showMessage(ADDED, 30000)
