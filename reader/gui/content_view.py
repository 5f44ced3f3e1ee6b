"""The content pane: the whole article in one QTextBrowser, with anchors, scroll-spy, zoom,
a bounded line length and a strict link policy.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import (
    QFontMetricsF,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.core.history import Position
from reader.core.policy import LINK_SCHEMES
from reader.gui.history_buttons import HistoryButtons
from reader.gui.safe_document import SafeDocument, refuse_resource

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QUrl
    from PySide6.QtGui import QTextCursor

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12.0
MAX_LINE_CHARACTERS = 80
MIN_SIDE_MARGIN = 12.0  # beside the document's own margin
DOCUMENT_MARGIN = 16.0
MATCH = "#ffe36e"  # search matches: black on yellow in light and dark alike
CURRENT_MATCH = "#ff9f43"
MAX_MATCHES = 5000
JUMP_PADDING = 10  # a section jumped to starts this far below the top edge, not glued to it


class ContentView(HistoryButtons, QTextBrowser):
    """Shows the article and reports which section is at the top.

    Signals:
        section_changed(str): the section at the top of the pane changed (scrolling or a jump).
        section_link_requested(str): the user clicked a link to a section (#id); the window jumps.
        external_link_requested(str): the user clicked an http(s) or mailto link (its address);
            it is not opened.
        zoom_requested(int): Ctrl+wheel asked for one step larger (+1) or smaller (-1).
        history_requested(int): the mouse's back (-1) or forward (+1) button was pressed.
        match_changed(int, int): the current search match (from 1) and how many there are.
        first_painted(): the article was painted for the first time (start-up work can follow).
    """

    section_changed = Signal(str)
    section_link_requested = Signal(str)
    external_link_requested = Signal(str)
    zoom_requested = Signal(int)
    history_requested = Signal(int)
    match_changed = Signal(int, int)
    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The text of the article; scroll or use the section tree to move")
        self._anchor_ids: list[str] = []
        self._blocks: list[QTextBlock] | None = []
        self._anchor_tops: list[float] | None = None
        self._current = ""
        self._jumping = False
        self._painted = False
        self._matches: list[QTextCursor] = []
        self._match = -1
        self._zoom = 0
        self._side_margin = -1
        # The margins beside the text column are the page's colour, not the window's.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        font = self.font()
        font.setPointSizeF(BASE_POINT_SIZE)
        self.setFont(font)
        self.installEventFilter(self)  # the wheel over the margins: see eventFilter
        self.anchorClicked.connect(self._follow_link)
        self.verticalScrollBar().valueChanged.connect(self._update_current_section)

    # Showing the article

    def show_article(self, html: str, stylesheet: str, section_ids: Sequence[str]) -> None:
        """Show an article (HTML fragments of the bundle, with an anchor for each of its sections,
        given in order) styled by the bundle's stylesheet."""
        document = SafeDocument(self)
        document.setDefaultStyleSheet(stylesheet)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.setHtml(html)
        self._update_column()
        self.setDocument(document)
        document.documentLayout().documentSizeChanged.connect(self._forget_anchor_tops)
        self._anchor_ids = list(section_ids)
        self._blocks = None
        self._anchor_tops = None
        self._current = self._anchor_ids[0] if self._anchor_ids else ""

    @property
    def _anchor_blocks(self) -> list[QTextBlock]:
        """The block of each section's anchor, found when first needed: painting the top of the
        article needs none of them, and finding them costs 1% of the start-up."""
        if self._blocks is None:
            found = self._find_anchors()
            missing = [section_id for section_id in self._anchor_ids if section_id not in found]
            if missing:
                log.warning("no anchor in the document for sections %s", ", ".join(missing))
            self._blocks = [found.get(section_id, self.document().begin()) for section_id in self._anchor_ids]
        return self._blocks

    def _find_anchors(self) -> dict[str, QTextBlock]:
        found: dict[str, QTextBlock] = {}
        block = self.document().begin()
        while block.isValid():
            for name in block.charFormat().anchorNames() or _fragment_anchors(block):
                found.setdefault(name, block)
            block = block.next()
        return found

    def section_ids(self) -> list[str]:
        """Return the ids of the sections whose anchors are in the document, in order."""
        found = self._find_anchors()
        return [section_id for section_id in self._anchor_ids if section_id in found]

    @Slot()
    def _forget_anchor_tops(self) -> None:
        self._anchor_tops = None

    def _tops(self) -> list[float]:
        if self._anchor_tops is None:
            layout = self.document().documentLayout()
            self._anchor_tops = [layout.blockBoundingRect(b).top() for b in self._anchor_blocks]
        return self._anchor_tops

    # Where the reader is

    def section_at_top(self) -> str:
        """Return the id of the section shown at the top of the pane."""
        if not self._anchor_ids:
            return ""
        position = bisect.bisect_right(self._tops(), self._view_top() + 2) - 1
        return self._anchor_ids[max(position, 0)]

    def current_section(self) -> str:
        """Return the section the reader is in: the last one jumped to, or the one at the top."""
        return self._current

    def position(self) -> Position:
        """Return the reading position: the current section and the distance scrolled below it."""
        if not self._anchor_ids:
            return Position("", 0)
        if self.verticalScrollBar().value() == 0 and self._current in ("", self._anchor_ids[0]):
            return Position(self._anchor_ids[0], 0)  # the top: no need to lay the whole text out
        section = self._current or self.section_at_top()
        if section not in self._anchor_ids:
            return Position(section, 0)
        top = self._tops()[self._anchor_ids.index(section)]
        return Position(section, max(0, round(self._view_top() - top)))

    def _view_top(self) -> int:
        return self.verticalScrollBar().value() + JUMP_PADDING

    def restore_position(self, position: Position) -> bool:
        """Scroll back to a reading position; return False if its section is not in the document."""
        if position.section_id not in self._anchor_ids:
            return False
        if position == Position(self._anchor_ids[0], 0):
            self.verticalScrollBar().setValue(0)  # the top: no need to lay the whole text out
            self._set_current(position.section_id)
            return True
        top = self._tops()[self._anchor_ids.index(position.section_id)]
        self._jumping = True
        try:
            self.verticalScrollBar().setValue(round(top + position.offset) - JUMP_PADDING)
        finally:
            self._jumping = False
        self._set_current(position.section_id)
        return True

    @Slot(str)
    def scroll_to_section(self, section_id: str) -> bool:
        """Bring a section to the top of the pane (as far as the document allows)."""
        if section_id not in self._anchor_ids:
            log.warning("no section %r in the document", section_id)
            return False
        return self.restore_position(Position(section_id, 0))

    @Slot()
    def _update_current_section(self) -> None:
        if not self._jumping:
            self._set_current(self.section_at_top())

    def _set_current(self, section_id: str) -> None:
        if section_id and section_id != self._current:
            self._current = section_id
            self.section_changed.emit(section_id)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Paint, and say so the first time."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # Search matches

    def set_highlights(self, pattern: str) -> int:
        """Mark every match of a regular expression (case-insensitive); return how many there are."""
        from PySide6.QtCore import QRegularExpression  # search's classes load on the first search
        from PySide6.QtGui import QTextCursor

        self._matches = []
        self._match = -1
        if pattern:
            options = (
                QRegularExpression.PatternOption.CaseInsensitiveOption
                | QRegularExpression.PatternOption.UseUnicodePropertiesOption
            )
            expression = QRegularExpression(pattern, options)
            document = self.document()
            cursor = document.find(expression, 0)
            while not cursor.isNull() and len(self._matches) < MAX_MATCHES:
                if cursor.hasSelection():
                    self._matches.append(QTextCursor(cursor))
                cursor = document.find(expression, cursor)
        self._show_matches()
        return len(self._matches)

    def match_count(self) -> int:
        """How many matches are marked."""
        return len(self._matches)

    def current_match(self) -> int:
        """The index of the current match (from 0), or -1."""
        return self._match

    def _show_matches(self) -> None:
        from PySide6.QtGui import QColor, QTextCharFormat
        from PySide6.QtWidgets import QTextEdit

        selections = []
        for number, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            text_format = QTextCharFormat()
            text_format.setBackground(QColor(CURRENT_MATCH if number == self._match else MATCH))
            text_format.setForeground(QColor("black"))
            selection.format = text_format
            selections.append(selection)
        self.setExtraSelections(selections)

    def go_to_match(self, step: int) -> None:
        """Go to the next (+1) or previous (-1) match after or before the current one or the view."""
        if not self._matches:
            return
        if self._match < 0:
            top = self.cursorForPosition(self.viewport().rect().topLeft()).position()
            after = [i for i, c in enumerate(self._matches) if c.selectionStart() >= top]
            first = after[0] if after else 0
            index = first if step > 0 else first - 1
        else:
            index = self._match + step
        self._select_match(index % len(self._matches))

    def first_match_in(self, section_id: str) -> None:
        """Make the first match at or after a section's heading the current one, in view."""
        if not self._matches or section_id not in self._anchor_ids:
            return
        start = self._anchor_blocks[self._anchor_ids.index(section_id)].position()
        index = next((i for i, c in enumerate(self._matches) if c.selectionStart() >= start), None)
        if index is not None:
            self._select_match(index)

    def _select_match(self, index: int) -> None:
        self._match = index
        self._show_matches()
        rect = self.cursorRect(self._matches[index])
        if not 0 <= rect.top() <= self.viewport().height() * 2 // 3:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        self.match_changed.emit(index + 1, len(self._matches))

    # Links and resources

    # "QUrl" by name: the class itself would load QUrl's type at start-up, before any link is clicked.
    @Slot("QUrl")
    def _follow_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if not scheme and url.hasFragment() and not url.path():
            self.section_link_requested.emit(url.fragment())
        elif scheme in LINK_SCHEMES:
            self.external_link_requested.emit(url.toString())
        else:
            log.warning("ignored a link to %s: only section links and web addresses are handled", url.toString())

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: A002, N802
        """Serve nothing from outside the bundle: no file, network or data resource is ever loaded."""
        return refuse_resource(type, name)

    # Zoom and the text column

    @property
    def zoom(self) -> int:
        """Zoom steps (points) above the normal text size."""
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        """Set the text size to the normal size plus ``steps`` points, keeping the reading position."""
        keep = self.position() if self._anchor_ids and self.verticalScrollBar().value() > 0 else None
        self._zoom = steps
        font = self.font()
        font.setPointSizeF(BASE_POINT_SIZE + steps)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._update_column()
        if keep is not None:
            self.restore_position(keep)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Scroll the text when the wheel turns over the margins beside the column."""
        # The margins are the scroll area's own, outside its viewport, and Qt passes a wheel
        # turned there on to the parent.
        if watched is self and event.type() == QEvent.Type.Wheel:
            self.wheelEvent(event)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Ctrl+wheel asks for a zoom step (the window applies and saves it); else scroll."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Keep the text column at a readable width and the reader's place when the pane resizes."""
        # At the very top there is no place to keep, and no need to lay the whole text out for it.
        keep = self.position() if self._anchor_ids and self.verticalScrollBar().value() > 0 else None
        self._update_column()
        super().resizeEvent(event)
        if keep is not None:
            self.restore_position(keep)

    def _update_column(self) -> None:
        """Centre a column of about MAX_LINE_CHARACTERS in the pane.

        The margins are the viewport's, not the document's: Qt sizes the viewport before it lays
        the text out, so a resize lays the text out once (margins in the document changed after
        the layout would lay it out again).
        """
        # The pane's width (the viewport's largest, plus the margins it already has) less a scroll
        # bar: asking the viewport itself costs a type initialisation in PySide at start-up.
        margins = 2 * max(self._side_margin, 0)
        width = self.maximumViewportSize().width() + margins - self.verticalScrollBar().sizeHint().width()
        column = QFontMetricsF(self.font()).averageCharWidth() * MAX_LINE_CHARACTERS
        side = round(max(MIN_SIDE_MARGIN, (width - column) / 2 - DOCUMENT_MARGIN))
        if side != self._side_margin:
            self._side_margin = side
            self.setViewportMargins(side, 0, side, 0)

    def text_column_width(self) -> float:
        """The width of the text column in pixels (for tests and layout checks)."""
        return self.viewport().width() - 2 * self.document().documentMargin()


def _fragment_anchors(block: QTextBlock) -> list[str]:
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        names += iterator.fragment().charFormat().anchorNames()
        iterator += 1
    return names
