"""The content pane: one article at a time in a QTextBrowser, with anchors, scroll-spy, zoom,
a bounded line length and a strict link policy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFontMetricsF,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.core.history import Position
from reader.core.policy import LINK_SCHEMES
from reader.core.text_direction import is_right_to_left, right_to_left_html
from reader.gui.history_buttons import HistoryButtons
from reader.gui.i18n import QT_TRANSLATE_NOOP
from reader.gui.match_highlighter import MatchHighlighter
from reader.gui.reading_mark import READING as READING
from reader.gui.reading_mark import reading_selection
from reader.gui.safe_document import SafeDocument, refuse_resource
from reader.gui.section_anchors import SectionAnchors
from reader.gui.table_text import selection_has_table, selection_text

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12.0
MAX_LINE_CHARACTERS = 80
MIN_SIDE_MARGIN = 12.0  # beside the document's own margin
DOCUMENT_MARGIN = 16.0
HINT = QT_TRANSLATE_NOOP("ContentView", "The text of the article; scroll or use the section tree to move")


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

    def __init__(self, parent: QWidget | None = None, language_of: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._language_of = language_of  # a section's article's language: right to left for Arabic
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Article"))
        self.setAccessibleDescription(self.tr(HINT))
        self._anchors = SectionAnchors(self.document(), [])
        self._matches = MatchHighlighter()
        self._reading: QTextEdit.ExtraSelection | None = None  # the words being read aloud
        self._shown: SafeDocument | None = None  # the article's document, once one is shown
        self._current = ""
        self._jumping = False
        self._painted = False
        self._screen_reader = False  # the article's accessible interface is installed
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
        given in order) styled by the bundle's stylesheet; right to left for such a language."""
        if section_ids and self._language_of is not None and is_right_to_left(self._language_of(section_ids[0])):
            html = right_to_left_html(html)
        document = SafeDocument(self)
        document.setDefaultStyleSheet(stylesheet)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.setHtml(html)
        self._update_column()
        self._matches = MatchHighlighter()  # the old marks were cursors in the old document
        self._reading = None
        self.setExtraSelections([])
        # The document shown before, kept here rather than told by its parent: that parent is
        # Qt's private text control the first time, and making it a Python object cost 14% of the
        # instructions to the first paint (callgrind). None the first time (Qt deletes its own).
        old = self._shown
        # Setting the document scrolls to the top: the scroll-spy must not measure the old
        # article's anchors against it (it waits for the jump).
        self._jumping = True
        # Laid out at the pane's width from the start: else its first layout is wider than the pane,
        # the horizontal scroll bar comes and goes, and the whole window is painted twice (an
        # article over a library opened in 47-82 ms instead of 91-115). Not before the window is
        # first shown: its width is not known yet, and the layout was wasted (3.7% of a start).
        if self.isVisible():
            document.setTextWidth(self.viewport().width())
        try:
            self.setDocument(document)
        finally:
            self._jumping = False
        self._anchors = SectionAnchors(document, section_ids)
        self._shown = document
        if old is not None:  # the article shown before: one article's document at a time
            old.deleteLater()
        self._set_current(self._anchors.start.section_id)

    def section_ids(self) -> list[str]:
        """Return the ids of the sections whose anchors are in the document, in order."""
        return self._anchors.found_ids()

    # Where the reader is

    def section_at_top(self) -> str:
        """Return the id of the section shown at the top of the pane."""
        return self._anchors.section_at(self.verticalScrollBar().value())

    def current_section(self) -> str:
        """Return the section the reader is in: the last one jumped to, or the one at the top."""
        return self._current

    def position(self) -> Position:
        """Return the reading position: the current section and the distance scrolled below it."""
        section = self._current or self.section_at_top()
        return self._anchors.position_at(self.verticalScrollBar().value(), section)

    def restore_position(self, position: Position, *, caret: bool = True) -> bool:
        """Scroll back to a reading position; return False if its section is not in the document.

        The caret goes to the section's heading (a screen reader reads on from there) and the
        heading becomes the pane's accessible description (said now if the pane has the focus,
        else when it gets it). ``caret=False`` (a new layout keeping the place) leaves both.
        """
        if position.section_id not in self._anchors:
            return False
        self._jumping = True
        try:
            if caret:
                self._place_caret(position)
            self.verticalScrollBar().setValue(self._anchors.scroll_value(position))
        finally:
            self._jumping = False
        self._set_current(position.section_id)
        return True

    @Slot(str)
    def scroll_to_section(self, section_id: str) -> bool:
        """Bring a section to the top of the pane (as far as the document allows)."""
        if section_id not in self._anchors:
            log.warning("no section %r in the document", section_id)
            return False
        return self.restore_position(Position(section_id, 0))

    @contextmanager
    def _keeping_position(self) -> Iterator[None]:
        """Keep the reading position while the text is laid out anew (zoom, resize)."""
        # A pane not scrolled at all stays at the top: there is no place to keep.
        keep = self.position() if self.verticalScrollBar().value() > 0 else None
        yield
        if keep is not None:
            self.restore_position(keep, caret=False)

    def _place_caret(self, position: Position) -> None:
        # The start is the document's first block: known without finding the anchors (start-up).
        start = position.offset == 0 and position.section_id == self._anchors.start.section_id
        block = self.document().begin() if start else self._anchors.block(position.section_id)
        self.setTextCursor(QTextCursor(block))  # scrolls it into view: the caller scrolls after
        if self._screen_reader:
            from reader.gui import screen_reader

            screen_reader.caret_moved(self)
        # A screen reader says the description when the focus comes to the pane, and when it
        # changes while the pane has the focus (Orca 43 reads neither a caret the program moved
        # nor an announcement).
        self.setAccessibleDescription(" ".join(block.text().split()) or self.tr(HINT))

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
            QTimer.singleShot(0, self._install_screen_reader)

    @Slot()
    def _install_screen_reader(self) -> None:
        """Give screen readers the article's text and headings (after the first paint: see there)."""
        from reader.gui import screen_reader

        screen_reader.install(self)
        self._screen_reader = True

    # Search matches

    def set_highlights(self, pattern: str) -> int:
        """Mark every match of a regular expression (case-insensitive); return how many there are."""
        count = self._matches.find(self.document(), pattern)
        self._show_marks()
        return count

    def match_count(self) -> int:
        """How many matches are marked."""
        return len(self._matches)

    def current_match(self) -> int:
        """The index of the current match (from 0), or -1."""
        return self._matches.current

    def go_to_match(self, step: int) -> None:
        """Go to the next (+1) or previous (-1) match after or before the current one or the view."""
        if self._matches:
            view_start = self.cursorForPosition(self.viewport().rect().topLeft()).position()
            self._select_match(self._matches.step(step, view_start))

    def first_match_in(self, section_id: str) -> None:
        """Make the first match at or after a section's heading the current one, in view."""
        if not self._matches or section_id not in self._anchors:
            return
        index = self._matches.first_from(self._anchors.block(section_id).position())
        if index is not None:
            self._select_match(index)

    def _select_match(self, index: int) -> None:
        self._matches.select(index)
        self._show_marks()
        match = self._matches[index]
        rect = self.cursorRect(match)
        if not 0 <= rect.top() <= self.viewport().height() * 2 // 3:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        # The section that holds the match, not the one at the top of the pane, is where the reader is.
        self._set_current(self._anchors.section_holding(match.selectionStart()))
        self.match_changed.emit(index + 1, len(self._matches))

    # Reading aloud

    def reading_range(self) -> tuple[int, int]:
        """The document positions to read aloud: the selection, else the current section (its
        heading up to the next section's)."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return cursor.selectionStart(), cursor.selectionEnd()
        end = self.document().characterCount() - 1
        section = self._current or self.section_at_top()
        if section not in self._anchors:
            return 0, end
        ids = self._anchors.ids
        start = self._anchors.block(section).position()
        later = [self._anchors.block(other).position() for other in ids[ids.index(section) + 1 :]]
        return start, min([position for position in later if position > start], default=end)

    def mark_reading(self, start: int, end: int) -> None:
        """Mark the words being read aloud (document positions) and keep them in view; an empty
        range takes the mark away."""
        self._reading = None
        if end > start:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._reading = reading_selection(cursor)
            rect = self.cursorRect(cursor)
            if not 0 <= rect.top() <= self.viewport().height() - 2 * rect.height():
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        self._show_marks()

    def _show_marks(self) -> None:
        reading = [self._reading] if self._reading is not None else []
        self.setExtraSelections(self._matches.selections() + reading)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Copy as Qt does, but a table's plain text as tab-separated cells, one row a line."""
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        if not (cursor.hasSelection() and selection_has_table(cursor)):
            return data
        # Qt's own data makes its plain text when asked, whatever setText says: a copy of its
        # HTML, with the table's plain text beside it.
        copied = QMimeData()
        copied.setHtml(data.html())
        copied.setText(selection_text(cursor))
        return copied

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
        with self._keeping_position():
            self._zoom = steps
            font = self.font()
            font.setPointSizeF(BASE_POINT_SIZE + steps)
            self.setFont(font)
            self.document().setDefaultFont(font)
            self._update_column()

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
        with self._keeping_position():
            self._update_column()
            super().resizeEvent(event)

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
