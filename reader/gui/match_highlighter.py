"""A search's matches in a document: found by a regular expression, one of them current, and
marked in a text edit as extra selections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCursor

MATCH = "#ffe36e"  # search matches: black on yellow in light and dark alike
CURRENT_MATCH = "#ff9f43"
MAX_MATCHES = 5000


class MatchHighlighter:
    """The matches of one search in a document (none until ``find``), as a sequence of text
    cursors that select them, and which one is current."""

    def __init__(self) -> None:
        self._matches: list[QTextCursor] = []
        self._current = -1

    def find(self, document: QTextDocument, pattern: str) -> int:
        """Find every match of a regular expression (case-insensitive; an empty one matches nothing),
        up to MAX_MATCHES, none of them current; return how many there are."""
        # Loaded with the first search: at the module's top it costs 0.5% of start-up instructions.
        from PySide6.QtCore import QRegularExpression

        self._matches = []
        self._current = -1
        if not pattern:
            return 0
        options = (
            QRegularExpression.PatternOption.CaseInsensitiveOption
            | QRegularExpression.PatternOption.UseUnicodePropertiesOption
        )
        expression = QRegularExpression(pattern, options)
        cursor = document.find(expression, 0)
        while not cursor.isNull() and len(self._matches) < MAX_MATCHES:
            if cursor.hasSelection():
                self._matches.append(cursor)
                cursor = document.find(expression, cursor)
            else:  # an empty match (a pattern like "x?"): step past it, or it is found forever
                cursor = document.find(expression, cursor.position() + 1)
        return len(self._matches)

    def __len__(self) -> int:
        return len(self._matches)

    def __getitem__(self, index: int) -> QTextCursor:
        return self._matches[index]

    @property
    def current(self) -> int:
        """The index of the current match (from 0), or -1."""
        return self._current

    def step(self, step: int, view_start: int) -> int:
        """Return the index of the match ``step`` (+1 or -1) after or before the current one, or, if
        none is current, after or before the text position ``view_start``; wrapping around.
        There must be matches."""
        if self._current >= 0:
            return (self._current + step) % len(self._matches)
        first = self.first_from(view_start)
        if first is None:
            first = 0  # no match below: the next is the first one, the previous the last one
        return (first if step > 0 else first - 1) % len(self._matches)

    def first_from(self, position: int) -> int | None:
        """Return the index of the first match that starts at or after a text position, if any."""
        return next((i for i, cursor in enumerate(self._matches) if cursor.selectionStart() >= position), None)

    def select(self, index: int) -> None:
        """Make a match the current one."""
        self._current = index

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        """The marks for a text edit: every match, the current one in its own colour."""
        # Loaded with the first search: at the module's top it costs 1.4% of start-up instructions.
        from PySide6.QtGui import QTextCharFormat

        formats = []
        for colour in (MATCH, CURRENT_MATCH):
            text_format = QTextCharFormat()
            text_format.setBackground(QColor(colour))
            text_format.setForeground(QColor("black"))
            formats.append(text_format)
        selections = []
        for number, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = formats[number == self._current]
            selections.append(selection)
        return selections
