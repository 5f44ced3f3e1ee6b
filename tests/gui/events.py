"""Counting a widget's events in window tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class EventCounter(QObject):
    """Counts the events of one type a watched object gets (install it as an event filter)."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Count the event if it is of the kind counted; never stop it."""
        if event.type() == self.kind:
            self.count += 1
        return False
