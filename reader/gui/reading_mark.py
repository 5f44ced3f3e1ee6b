"""The mark of the words being read aloud in the article."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

READING = "#b3d7ff"  # the words being read aloud: black on light blue in every colour scheme


def reading_selection(cursor: QTextCursor) -> QTextEdit.ExtraSelection:
    """The mark of the words being read aloud."""
    from PySide6.QtGui import QColor, QTextCharFormat  # loaded when reading aloud: see gui.startup

    text_format = QTextCharFormat()
    text_format.setBackground(QColor(READING))
    text_format.setForeground(QColor("black"))
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = text_format
    return selection
