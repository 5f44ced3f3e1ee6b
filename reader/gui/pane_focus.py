"""F6 and Shift+F6: the keyboard focus from pane to pane of the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def focus_next(panes: Sequence[QWidget], step: int) -> None:
    """Move the focus to the pane after (1) or before (-1) the one holding it (none: the first)."""
    focused = QApplication.focusWidget()
    current = -1
    if focused is not None:
        current = next((i for i, pane in enumerate(panes) if pane is focused or pane.isAncestorOf(focused)), -1)
    target = panes[(current + step) % len(panes)] if current >= 0 else panes[0]
    target.setFocus(Qt.FocusReason.OtherFocusReason)
