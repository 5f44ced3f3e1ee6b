"""Back/forward history of reading positions, like a browser's, for jumps between sections."""

from __future__ import annotations

from typing import NamedTuple


class Position(NamedTuple):
    """A place in the article: a section and how far below its heading the view's top is."""

    section_id: str
    offset: int = 0


class NavigationHistory:
    """A list of positions with a cursor; a new visit drops the positions ahead of the cursor."""

    def __init__(self, limit: int = 100) -> None:
        self._entries: list[Position] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Position | None:
        """The position the reader is at, if any."""
        return self._entries[self._index] if self._entries else None

    def can_go_back(self) -> bool:
        """Whether there is a position behind the current one."""
        return self._index > 0

    def can_go_forward(self) -> bool:
        """Whether there is a position ahead of the current one."""
        return self._index < len(self._entries) - 1

    def update_current(self, position: Position) -> None:
        """Record where the reader scrolled to since arriving at the current entry."""
        if self._entries:
            self._entries[self._index] = position
        else:
            self.visit(position)

    def visit(self, position: Position) -> None:
        """Add a new position after the current one; the forward positions are dropped."""
        if self.current == position:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(position)
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def back(self) -> Position | None:
        """Step back and return the position there, or None at the start."""
        if not self.can_go_back():
            return None
        self._index -= 1
        return self._entries[self._index]

    def forward(self) -> Position | None:
        """Step forward and return the position there, or None at the end."""
        if not self.can_go_forward():
            return None
        self._index += 1
        return self._entries[self._index]
