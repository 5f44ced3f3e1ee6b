"""Every QAction of the window and its shortcut, in one place."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class Actions:
    """The window's actions; the main window connects their ``triggered`` signals."""

    def __init__(self, parent: QWidget) -> None:
        self.quit = _action(parent, "&Quit", QKeySequence.StandardKey.Quit, "Close the reader")
        self.about = _action(parent, "&About this content…", None, "Versions, source and corrections")

    def all(self) -> list[QAction]:
        """Return every action (for tests and for adding them to the window)."""
        return [value for value in vars(self).values() if isinstance(value, QAction)]


def _action(parent: QWidget, text: str, shortcut: QKeySequence.StandardKey | str | None, tip: str) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcuts(
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, QKeySequence.StandardKey)
            else [QKeySequence(shortcut)]
        )
    action.setStatusTip(tip)
    action.setToolTip(tip)
    return action
