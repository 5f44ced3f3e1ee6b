"""Go › Library in the window: the library page shown in place of the article, built when first
shown (start-up does without it), and the article it opens; and the window's library read again
after File › Add content… added packs (``reload``), without a restart.

Reloading opens the library again in place (``Library.reload``: what the folders hold now) and
gives every part of the window that holds something of it the new one: the articles and their
outline (the tree), the library page, the searcher (made again at the next search, on the search
thread started again), Print's catalog. The article read is laid out again from its bundle as it
is now (an updated pack's new text, never the replaced file) and kept at its reading place. The
bundles held before are closed only once nothing reads them (the search thread is stopped first).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QStatusBar, QWidget

from reader.core.catalog import Catalog
from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.model import ArticleInfo
from reader.gui.focus_frame import FocusFrame

if TYPE_CHECKING:
    from PySide6.QtGui import QFont  # a type loaded at start-up costs: only for the annotations

    from reader.gui.article_switcher import ArticleSwitcher
    from reader.gui.content_view import ContentView
    from reader.gui.handout_actions import HandoutActions
    from reader.gui.library_page import LibraryPage
    from reader.gui.search_controller import SearchController
    from reader.gui.section_tree import OutlineModel

log = logging.getLogger(__name__)


class ReaderWindow(Protocol):
    """The parts of the window (reader.gui.main_window.MainWindow) that hold its library."""

    shelf: Library
    catalog: Catalog
    articles: list[ArticleInfo]
    article_pages: ArticleSwitcher
    outline_model: OutlineModel
    content: ContentView
    search_controller: SearchController
    handouts: HandoutActions

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


class LibraryController(QObject):
    """Shows the library page in place of the reading pane, and the reading pane again.

    The page takes the article's place, not the left pane's: its columns (title, edition,
    source, publisher) need the width, and the left pane keeps the tree and the search results.

    Signals:
        article_requested(str): the user opened an article (its id) on the page.
        shown_changed(bool): the page was shown (True) or the article again (False).
        first_painted(): the page was painted for the first time.
        reloaded(): the window shows the library read again (``reload``).
    """

    article_requested = Signal(str)
    shown_changed = Signal(bool)
    first_painted = Signal()
    reloaded = Signal()

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

    def set_articles(self, articles: Sequence[ArticleInfo], publishers: Mapping[str, str]) -> None:
        """List other articles: the page is made again (now if it is shown, else when next asked for)."""
        self._articles = list(articles)
        self._publishers = publishers
        if self._page is None or self._frame is None:
            return
        shown = self.is_shown()
        self._stack.removeWidget(self._frame)
        self._frame.deleteLater()
        self._page, self._frame = None, None
        if shown:
            self._stack.setCurrentWidget(self._reading)
            self.shown_changed.emit(False)
            self.show()

    @Slot()
    def reload(self) -> None:
        """Read the window's library again (packs were added) and show it, keeping the article read
        at its place; the window keeps the library it had when it cannot be read (said in the
        status bar)."""
        window = cast(ReaderWindow, self.parent())
        with window.search_controller.reloading():
            try:
                window.shelf.reload()
            except ReaderError as exc:
                log.warning("the library could not be read again: %s", exc)
                message = self.tr("The library could not be read again: %1").replace("%1", str(exc))
                window.statusBar().showMessage(message, 15000)
            else:
                self._show_library(window)
        self.reloaded.emit()

    def _show_library(self, window: ReaderWindow) -> None:
        """Give every part of the window the library read again; lay the article out again."""
        position = window.content.position()
        catalog = Catalog.of(window.shelf)
        window.catalog = catalog
        window.articles = list(catalog.articles.values())
        window.handouts.catalog = catalog
        pages = window.article_pages
        pages.set_catalog(catalog)  # the article is laid out again below, from the bundle open now
        window.outline_model.set_outline(catalog, pages.tips())
        self.set_articles(window.articles, catalog.publishers())
        kept = pages.article_of(position.section_id)
        try:
            pages.show(kept or pages.start_article(None))
        except ReaderError as exc:  # an article more than the pane lays out at once
            log.warning("%s", exc)
        if not (kept and window.content.restore_position(position, caret=False)):
            window.content.verticalScrollBar().setValue(0)
