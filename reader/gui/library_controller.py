"""Go › Library in the window: the library page shown in place of the article, built when first
shown (start-up does without it), and the article it opens."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from reader.core.model import ArticleInfo
from reader.gui.focus_frame import FocusFrame

if TYPE_CHECKING:
    from PySide6.QtGui import QFont  # a type loaded at start-up costs: only for the annotations

    from reader.gui.library_page import LibraryPage


class LibraryController(QObject):
    """Shows the library page in place of the reading pane, and the reading pane again.

    The page takes the article's place, not the left pane's: its columns (title, edition,
    source, publisher) need the width, and the left pane keeps the tree and the search results.

    Signals:
        article_requested(str): the user opened an article (its id) on the page.
        shown_changed(bool): the page was shown (True) or the article again (False).
        first_painted(): the page was painted for the first time.
    """

    article_requested = Signal(str)
    shown_changed = Signal(bool)
    first_painted = Signal()

    def __init__(
        self,
        articles: Sequence[ArticleInfo],
        stack: QStackedWidget,
        reading: FocusFrame,
        parent: QObject | None = None,
        publishers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._articles = list(articles)
        self._publishers = publishers or {}
        self._stack = stack
        self._reading = reading
        self._page: LibraryPage | None = None
        self._frame: QWidget | None = None
        self._font: QFont | None = None

    def set_font(self, font: QFont) -> None:
        """Give the page the left pane's font (the text size steps with the article's)."""
        self._font = font
        if self._page is not None:
            self._page.setFont(font)

    @property
    def page(self) -> LibraryPage:
        """The library page, made when first asked for."""
        if self._page is None:
            from reader.gui.library_page import LibraryPage

            self._page = LibraryPage(self._articles, self._publishers)
            if self._font is not None:
                self._page.setFont(self._font)
            self._frame = FocusFrame(self._page)
            self._stack.addWidget(self._frame)
            self._page.article_requested.connect(self.article_requested)
            self._page.close_requested.connect(self.hide)
            self._page.first_painted.connect(self.first_painted)
        return self._page

    def is_shown(self) -> bool:
        """Whether the page is shown in place of the article."""
        return self._frame is not None and self._stack.currentWidget() is self._frame

    @Slot()
    def show(self) -> None:
        """Show the page in place of the article, the keyboard focus in its filter box."""
        page = self.page
        if self._frame is not None and not self.is_shown():
            self._stack.setCurrentWidget(self._frame)
            self.shown_changed.emit(True)
        page.filter.setFocus(Qt.FocusReason.OtherFocusReason)
        page.filter.selectAll()

    @Slot()
    def hide(self) -> None:
        """Show the article again (nothing if it is shown)."""
        if self.is_shown():
            self._stack.setCurrentWidget(self._reading)
            self.shown_changed.emit(False)
            self._reading.pane.setFocus(Qt.FocusReason.OtherFocusReason)
