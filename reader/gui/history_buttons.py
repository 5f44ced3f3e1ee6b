"""The mouse's back and forward buttons, for any widget with a ``history_requested`` signal."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QMouseEvent


class HistoryButtons:
    """Mixin for a widget with a ``history_requested(int)`` signal: the mouse's back and forward
    buttons emit it (-1, +1); other buttons act as usual."""

    history_requested: SignalInstance

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Emit ``history_requested`` for the back and forward buttons."""
        step = {Qt.MouseButton.BackButton: -1, Qt.MouseButton.ForwardButton: 1}.get(event.button(), 0)
        if step:
            self.history_requested.emit(step)
            event.accept()
            return
        super().mousePressEvent(event)  # type: ignore[misc]
