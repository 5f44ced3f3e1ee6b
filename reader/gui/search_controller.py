"""Search in the window: the searcher, the results panel (built on the first search), the marks
in the article and stepping through them."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QStatusBar, QWidget

from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.policy import INTERFACE_LANGUAGE, WINDOW_SEARCH_LIMIT
from reader.gui.content_view import ContentView
from reader.gui.search_box import SearchBox

# Search's modules load with the first search (or the warm-up after the first paint): the results
# panel's Qt types cost 22 ms and the search engine 5 ms of a 200 ms start (python -X importtime).
if TYPE_CHECKING:
    from reader.core.search import SearchResult
    from reader.core.search.merge import LibrarySearcher
    from reader.gui.search_panel import SearchPanel
    from reader.gui.search_runner import SearchRunner

log = logging.getLogger(__name__)


class SearchController(QObject):
    """Runs the searches the box asks for over the whole library and shows them: hits in place of
    the section tree (each naming its article when there are several), every match marked in the
    article, "n matches" in the status bar.

    Signals:
        hit_requested(str): the user opened a hit; the window jumps to its section.
        search_started(): a search began while none was shown (the window keeps the reading place).
        active_changed(bool): the search (results and marks) was shown (True) or cleared (False).
    """

    hit_requested = Signal(str)
    search_started = Signal()
    active_changed = Signal(bool)

    def __init__(
        self,
        library: Library,
        box: SearchBox,
        left: QStackedWidget,
        content: ContentView,
        status_bar: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.box = box
        self.left = left
        self.content = content
        self.status_bar = status_bar
        self.match_label = QLabel()
        self.match_label.setAccessibleName(self.tr("Search matches"))
        self._searcher: LibrarySearcher | None = None
        self._panel: SearchPanel | None = None
        self._pattern = ""  # what the shown search marks in an article ("" for no search)
        # Searches run on a worker thread once the warm-up has started it; until then (and in
        # tests that never warm up) they run here, at once.
        self._runner: SearchRunner | None = None
        self._pending = 0  # the number of the search the worker runs for the box (0: none)
        self._then: list[Callable[[], None]] = []  # what Enter or Down asked for while it ran

    def connect_signals(self) -> None:
        """Wire the search box and the article's match changes to this controller."""
        self.box.search_requested.connect(self.search)
        self.box.open_requested.connect(self.open_top)
        self.box.cancel_requested.connect(self.cancel)
        self.box.results_focus_requested.connect(self.focus_results)
        self.content.match_changed.connect(self._show_match)

    @property
    def searcher(self) -> LibrarySearcher:
        """The library's searcher (one ranked list across its bundles), made on first use."""
        if self._searcher is None:
            self._searcher = self.library.searcher()
        return self._searcher

    @property
    def panel(self) -> SearchPanel:
        """The list of results, made on the first search: start-up does without it."""
        if self._panel is None:
            from reader.gui.search_panel import SearchPanel

            panel = SearchPanel()
            articles = self.library.articles()
            if len(articles) > 1:
                panel.article_titles = {article.id: article.title for article in articles}
            self.left.addWidget(panel)
            panel.section_requested.connect(self.open_hit)
            panel.search_requested.connect(self.search_again)
            panel.back_to_box_requested.connect(self.focus_box)
            panel.status_changed.connect(self.box.set_status)
            self._panel = panel
        return self._panel

    @Slot()
    def warm_up(self) -> None:
        """Start the search thread and load what search needs there, before the first keystroke
        asks for it (not once the window is closed). From now on searches run on that thread."""
        if not self.content.window().isVisible() or self._runner is not None:
            return
        if sqlite3.threadsafety < 3:  # an SQLite whose connections two threads may not share
            self.searcher.search("warm up", language=INTERFACE_LANGUAGE)
        else:
            from reader.gui.search_runner import SearchRunner

            self._runner = SearchRunner(self._library_searcher, self)
            self._runner.finished.connect(self._searched)
            self._runner.warm_up(INTERFACE_LANGUAGE)
        # Made now, not at the first keystroke: the panel (made here: its Qt types take 50 ms to
        # load), the clear button's icon (70-80 ms) and the first look at the results list (35 ms).
        # One at a time, so that keys and paints are handled between them.
        QTimer.singleShot(0, self.box.warm_up)
        QTimer.singleShot(0, self.panel.warm_up)

    def _library_searcher(self) -> LibrarySearcher:
        return self.searcher

    def shutdown(self) -> None:
        """Stop the search thread (waiting for a search it runs): before the library closes."""
        if self._runner is not None:
            self._runner.shutdown()

    @contextlib.contextmanager
    def reloading(self) -> Iterator[None]:
        """Around reading the library again (packs were added): the search thread, which reads the
        bundles about to close, stops first; afterwards the searcher is made again over the
        bundles open then, the thread started again, and a search shown or asked for run again."""
        threaded, waited = self._runner is not None, bool(self._pending)
        self.shutdown()
        try:
            yield
        finally:
            if self._runner is not None:
                self._runner.deleteLater()
            self._runner, self._searcher, self._pending, self._then = None, None, 0, []
            if self._panel is not None:
                articles = self.library.articles()
                self._panel.article_titles = {a.id: a.title for a in articles} if len(articles) > 1 else {}
            if threaded:
                self.warm_up()
            if self.is_active() or waited:
                self.search(self.box.text())

    @Slot()
    def focus_box(self) -> None:
        """Put the keyboard focus in the search box, its text selected."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    @Slot()
    def focus_results(self) -> None:
        """Move the keyboard focus into the results, if there are any."""
        if self._pending:
            self._then.append(self.focus_results)
        elif self._panel is not None:
            self._panel.focus_results()

    def is_active(self) -> bool:
        """Whether a search is shown: its results in place of the tree, its marks in the article."""
        return self.results_pane() is not None

    @Slot()
    def open_top(self) -> None:
        """Open the selected result (the top one unless another was chosen), then read it."""
        if self._pending:  # Enter typed before the search's answer: open its top hit when it comes
            self._then.append(self.open_top)
            return
        if self._panel is None or not self._panel.hit_ids():
            if self.box.text().strip():
                self.status_bar.showMessage(self.tr("Nothing to open: no section matches this search."), 5000)
            return
        self.hit_requested.emit(self._panel.current_id())
        self.content.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.content.match_count():
            self.status_bar.showMessage(self.tr("F3: next match · Shift+F3: previous · Esc: clear the search"), 8000)

    @Slot(str)
    def open_hit(self, section_id: str) -> None:
        """Open a hit chosen in the list (Enter or a click) and read it: the focus goes to the
        article, whose heading a screen reader then says."""
        self.hit_requested.emit(section_id)
        self.content.setFocus(Qt.FocusReason.OtherFocusReason)

    def results_pane(self) -> QWidget | None:
        """The results panel if it is the one shown on the left, else None."""
        return self._panel if self._panel is not None and self.left.currentWidget() is self._panel else None

    @Slot(str)
    def search(self, text: str, correct: bool = True) -> None:
        """Search, list the hits in place of the tree and mark every match in the article."""
        if not text.strip():
            self.clear()
            return
        if self._runner is not None:
            self._pending = self._runner.submit(text, WINDOW_SEARCH_LIMIT, correct, INTERFACE_LANGUAGE)
            return
        try:
            result = self.searcher.search(text, limit=WINDOW_SEARCH_LIMIT, correct=correct, language=INTERFACE_LANGUAGE)
        except ReaderError as exc:
            self._failed(exc)
            return
        self._show(result)

    @Slot(int, object)
    def _searched(self, number: int, outcome: SearchResult | ReaderError) -> None:
        """The worker's answer: shown if it is the box's newest search, then what Enter or Down asked."""
        if number != self._pending:
            return  # a search the box has moved on from
        self._pending = 0
        then, self._then = self._then, []
        if isinstance(outcome, ReaderError):
            self._failed(outcome)
            return
        self._show(outcome)
        for step in then:
            step()

    def _failed(self, exc: ReaderError) -> None:
        log.error("search failed: %s", exc)
        self.status_bar.showMessage(self.tr("Search cannot be used: this content's search index is damaged."), 15000)

    def _show(self, result: SearchResult) -> None:
        """List the hits in place of the tree and mark every match in the article."""
        from reader.core.search import highlight_pattern

        if not self.is_active():
            self.search_started.emit()
        self.panel.show_result(result)
        self.left.setCurrentWidget(self.panel)
        self.active_changed.emit(True)
        self._pattern = highlight_pattern(result.terms, result.phrases)
        count = self.content.set_highlights(self._pattern)
        self.match_label.setText(self.tr("%n match(es)", "", count) if result.hits else "")

    @Slot()
    def mark_article(self) -> None:
        """Mark the shown search's matches in the article just laid out in the pane."""
        if self._pattern:
            count = self.content.set_highlights(self._pattern)
            if self.match_label.text():  # a search with hits says how many matches this article has
                self.match_label.setText(self.tr("%n match(es)", "", count))

    @Slot(str, bool)
    def search_again(self, text: str, correct: bool) -> None:
        """Search for a suggestion (or the words as typed), putting them in the box."""
        self.box.setText(text)
        self.search(text, correct)

    def start(self, text: str) -> None:
        """Put a query in the box and search for it at once (``reader --search``)."""
        self.box.set_query(text)

    @Slot()
    def next_match(self) -> None:
        """Go to the next match in the article."""
        self.content.go_to_match(1)

    @Slot()
    def previous_match(self) -> None:
        """Go to the previous match in the article."""
        self.content.go_to_match(-1)

    @Slot()
    def cancel(self) -> None:
        """Clear the search and its marks, show the tree, and give the focus back to the article."""
        self.box.clear_search()
        self.clear()
        self.content.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Take the marks out of the article and show the section tree again."""
        if self._runner is not None:  # a search still running for the box is no longer wanted
            self._runner.forget()
        self._pending = 0
        self._then = []
        self._pattern = ""
        self.content.set_highlights("")
        self.left.setCurrentIndex(0)
        self.match_label.clear()
        self.active_changed.emit(False)

    @Slot(int, int)
    def _show_match(self, number: int, count: int) -> None:
        self.match_label.setText(self.tr("match %1 of %2").replace("%1", str(number)).replace("%2", str(count)))
