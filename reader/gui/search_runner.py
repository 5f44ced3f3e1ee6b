"""Searches run on a thread of their own, so that typing never waits for one.

Over a library of hundreds of articles a search takes 10 to 40 ms, and the warm-up that loads the
search engine takes most of a second: on the window's thread that froze typing (issue 13's goal is
no stall over 50 ms, ``bench/library_window.py``). Here one worker thread runs them in the order
asked; a search asked for while another runs makes any waiting one stale, and a stale one is
skipped before it starts and its answer dropped if it finishes. Answers come back to the window's
thread as a signal.

The worker is the only one to use the library's searcher once it has started: the searcher's
caches are not shared between threads. The bundles' SQLite connections are read by the window's
thread too (an article's sections); SQLite serialises that (``reader.core.bundle``).
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from reader.core.errors import ReaderError

if TYPE_CHECKING:
    from reader.core.search import SearchResult
    from reader.core.search.merge import LibrarySearcher

log = logging.getLogger(__name__)

SWITCH_INTERVAL = 0.0005
"""Seconds a thread holds the interpreter's lock while another waits for it, once search has its thread."""


class SearchRunner(QObject):
    """Runs a library's searches on one worker thread, newest first.

    Signals:
        finished(int, object): a search's number (from ``submit``) and its SearchResult, or the
            ReaderError that stopped it. Only the newest search's answer is sent.
    """

    finished = Signal(int, object)

    def __init__(self, searcher: Callable[[], LibrarySearcher], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._searcher = searcher
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
        self._latest = 0  # the newest search's number: written by the window's thread, read by the worker
        # The window's thread calls into Python at every paint and timer: each time it waits for
        # the interpreter's lock until the worker yields it, 5 ms by default. A shorter turn kept
        # typing's longest stall lower (median 36 against 58 ms, bench/library_window.py, loaded).
        sys.setswitchinterval(SWITCH_INTERVAL)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def submit(self, text: str, limit: int, correct: bool, language: str | None) -> int:
        """Ask for a search; return its number. Any search asked for before it goes stale."""
        self._latest += 1
        if self._executor is not None:
            self._executor.submit(self._run, self._latest, text, limit, correct, language)
        return self._latest

    def warm_up(self, language: str | None) -> None:
        """Make the searcher and load what a search needs, on the thread (never skipped as stale,
        and answered by no signal); then leave everything made so far out of the garbage
        collector's passes.

        What start-up and the warm-up made (the library's catalog, the window, search's word
        lists: 180,000 objects over 400 articles) lives as long as the window; a full pass over it,
        holding the interpreter's lock, stalled typing for 40 to 90 ms.
        """
        if self._executor is not None:
            self._executor.submit(self._warm_up, language)

    def _warm_up(self, language: str | None) -> None:
        try:
            self._searcher().search("warm up", limit=1, language=language)
        except Exception:  # the first real search says what is wrong
            log.exception("search's warm-up failed")
        finally:
            gc.freeze()

    def forget(self) -> None:
        """Make every search asked for so far stale: its answer will not be sent."""
        self._latest += 1

    @Slot()
    def shutdown(self) -> None:
        """Drop the waiting searches and wait for the running one (before the bundles close)."""
        if self._executor is not None:
            self.forget()
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _run(self, number: int, text: str, limit: int, correct: bool, language: str | None) -> None:
        if number != self._latest:
            return  # a newer search was asked for while this one waited
        outcome: SearchResult | ReaderError
        try:
            outcome = self._searcher().search(text, limit=limit, correct=correct, language=language)
        except ReaderError as exc:
            outcome = exc
        except Exception as exc:  # on a thread no handler sees (a closed bundle, a bug): logged, then said
            log.exception("search for %r failed", text)
            outcome = ReaderError(f"search failed: {exc}")
        if number != self._latest:
            return
        try:
            self.finished.emit(number, outcome)
        except RuntimeError:  # the window closed while this search ran
            log.debug("search answer dropped: the window is gone")
