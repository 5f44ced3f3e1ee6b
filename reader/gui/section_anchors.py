"""Where each section of an article starts in its laid-out document, and the reading position
(section and distance scrolled into it) that a scroll value stands for, and back."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence

from PySide6.QtGui import QTextBlock, QTextDocument

from reader.core.history import Position

log = logging.getLogger(__name__)

JUMP_PADDING = 10  # a section jumped to starts this far below the top edge, not glued to it
TOP_SLACK = 2  # a heading this close below the top edge counts as at the top


class SectionAnchors:
    """The anchors of an article's sections in a document, in order.

    The anchors' blocks are found, and their heights measured, only when first needed: showing
    the start of the article needs neither, and the start is what the window shows first.
    """

    def __init__(self, document: QTextDocument, section_ids: Sequence[str]) -> None:
        self._document = document
        self.ids = list(section_ids)
        self._blocks: list[QTextBlock] | None = None  # None until found
        self._tops: list[float] | None = None  # None until measured, and again when the layout changes
        document.documentLayout().documentSizeChanged.connect(self.forget_tops)

    def __contains__(self, section_id: object) -> bool:
        return section_id in self.ids

    @property
    def start(self) -> Position:
        """The very start of the article: its first section, not scrolled into."""
        return Position(self.ids[0], 0) if self.ids else Position("", 0)

    def found_ids(self) -> list[str]:
        """Return the ids of the sections whose anchors are in the document, in order."""
        found = self._find()
        return [section_id for section_id in self.ids if section_id in found]

    def block(self, section_id: str) -> QTextBlock:
        """The block holding a section's anchor (the document's first block if it has none)."""
        return self._found_blocks()[self.ids.index(section_id)]

    def forget_tops(self) -> None:
        """Measure the anchors again when next needed (the text was laid out anew)."""
        self._tops = None

    def section_at(self, scrolled: int) -> str:
        """Return the id of the section at the top of a pane scrolled this far ("" if none)."""
        if not self.ids:
            return ""
        index = bisect.bisect_right(self._measured_tops(), scrolled + JUMP_PADDING + TOP_SLACK) - 1
        return self.ids[max(index, 0)]

    def section_holding(self, position: int) -> str:
        """Return the id of the section that holds a position in the text ("" if none)."""
        if not self.ids:
            return ""
        starts = [block.position() for block in self._found_blocks()]
        return self.ids[max(bisect.bisect_right(starts, position) - 1, 0)]

    def position_at(self, scrolled: int, section_id: str) -> Position:
        """Return the reading position of a pane scrolled this far, counted from a section."""
        if section_id not in self:
            return Position(section_id, 0)
        if self._is_start(section_id, scrolled):
            return self.start
        return Position(section_id, max(0, round(scrolled + JUMP_PADDING - self._top(section_id))))

    def scroll_value(self, position: Position) -> int:
        """Return how far to scroll a pane to show a position; its section must be in the document."""
        if self._is_start(position.section_id, position.offset):
            return 0
        return round(self._top(position.section_id) + position.offset) - JUMP_PADDING

    def _is_start(self, section_id: str, distance: int) -> bool:
        # The first section at no distance (none scrolled, or no offset) is the article's start,
        # the top of the pane: known without laying the whole text out, as the first paint needs.
        return Position(section_id, distance) == self.start

    def _top(self, section_id: str) -> float:
        return self._measured_tops()[self.ids.index(section_id)]

    def _measured_tops(self) -> list[float]:
        if self._tops is None:
            layout = self._document.documentLayout()
            self._tops = [layout.blockBoundingRect(block).top() for block in self._found_blocks()]
        return self._tops

    def _found_blocks(self) -> list[QTextBlock]:
        if self._blocks is None:
            found = self._find()
            missing = [section_id for section_id in self.ids if section_id not in found]
            if missing:
                log.warning("no anchor in the document for sections %s", ", ".join(missing))
            self._blocks = [found.get(section_id, self._document.begin()) for section_id in self.ids]
        return self._blocks

    def _find(self) -> dict[str, QTextBlock]:
        found: dict[str, QTextBlock] = {}
        block = self._document.begin()
        while block.isValid():
            for name in block.charFormat().anchorNames() or _fragment_anchors(block):
                found.setdefault(name, block)
            block = block.next()
        return found


def _fragment_anchors(block: QTextBlock) -> list[str]:
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        names += iterator.fragment().charFormat().anchorNames()
        iterator += 1
    return names
