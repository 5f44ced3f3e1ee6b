"""Search on its own thread once the window has warmed up: typing never waits for a search, only
the newest answer is shown, and Enter or Down typed before it comes still act on it."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.errors import ReaderError
from reader.core.search import SearchResult
from reader.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory


@pytest.fixture
def window(make_window: WindowFactory, qtbot: QtBot) -> Iterator[MainWindow]:
    """A shown window whose searches run on the search thread (the warm-up done)."""
    window = make_window()
    controller = window.search_controller
    controller.warm_up()
    qtbot.waitUntil(lambda: controller._runner is not None)
    try:
        yield window
    finally:
        controller.shutdown()


def wait_for_hits(window: MainWindow, qtbot: QtBot) -> list[str]:
    controller = window.search_controller
    qtbot.waitUntil(lambda: not window.search_box.pending() and not controller._pending)
    return controller.panel.hit_ids()


def test_typed_queries_are_searched_off_the_window_s_thread(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.search_controller
    threads: list[str] = []
    real = controller.searcher.search

    def recording(text: str, limit: int = 20, correct: bool = True, language: str | None = None) -> SearchResult:
        threads.append(threading.current_thread().name)
        return real(text, limit, correct, language=language)

    monkeypatch.setattr(controller.searcher, "search", recording)
    controller.focus_box()
    qtbot.keyClicks(window.search_box, "nausea")
    hits = wait_for_hits(window, qtbot)
    assert hits[:2] == ["ketamine-effects/short-term-side-effects", "ketamine-effects/summary-of-negative-effects"]
    assert threads
    assert all(name.startswith("search") for name in threads)
    assert threading.current_thread() is threading.main_thread()
    assert window.content.match_count() >= 2


def test_only_the_newest_answer_is_shown(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = window.search_controller
    started, release = threading.Event(), threading.Event()
    real = controller.searcher.search
    expected = [hit.id for hit in real("hallucinations", 50).hits]

    def slow_first(text: str, limit: int = 20, correct: bool = True, language: str | None = None) -> SearchResult:
        if text == "nausea":
            started.set()
            release.wait(10)
        return real(text, limit, correct, language=language)

    monkeypatch.setattr(controller.searcher, "search", slow_first)
    controller.search("nausea")
    assert started.wait(10)  # the worker runs it
    controller.search("hallucinations")  # asked while the first runs: the first goes stale
    release.set()
    assert wait_for_hits(window, qtbot) == expected
    assert controller.panel._result is not None
    assert controller.panel._result.query == "hallucinations"


def test_enter_typed_before_the_answer_opens_its_top_hit(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.search_controller
    release = threading.Event()
    real = controller.searcher.search

    def held(text: str, limit: int = 20, correct: bool = True, language: str | None = None) -> SearchResult:
        release.wait(10)
        return real(text, limit, correct, language=language)

    monkeypatch.setattr(controller.searcher, "search", held)
    controller.focus_box()
    qtbot.keyClicks(window.search_box, "dependence")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # before the search's answer
    assert controller._pending
    release.set()
    qtbot.waitUntil(lambda: not controller._pending)
    top = controller.panel.hit_ids()[0]
    qtbot.waitUntil(lambda: window.content.current_section() == top)
    assert window.content.hasFocus()


def test_a_cleared_search_s_late_answer_is_dropped(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.search_controller
    started, release, done = threading.Event(), threading.Event(), threading.Event()
    real = controller.searcher.search

    def held(text: str, limit: int = 20, correct: bool = True, language: str | None = None) -> SearchResult:
        started.set()
        release.wait(10)
        try:
            return real(text, limit, correct, language=language)
        finally:
            done.set()

    monkeypatch.setattr(controller.searcher, "search", held)
    controller.search("nausea")
    assert started.wait(10)
    controller.cancel()  # Esc while it runs
    release.set()
    assert done.wait(10)
    qtbot.wait(50)  # the answer's queued signal, had it been sent
    assert not controller.is_active()
    assert window.left.currentIndex() == 0


def test_a_search_that_fails_on_the_thread_is_logged_and_said(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    controller = window.search_controller

    def broken(text: str, limit: int = 20, correct: bool = True, language: str | None = None) -> SearchResult:
        raise ValueError("a bug")

    monkeypatch.setattr(controller.searcher, "search", broken)
    with caplog.at_level(logging.ERROR):
        controller.search("nausea")
        qtbot.waitUntil(lambda: not controller._pending)
    assert "search cannot be used" in window.statusBar().currentMessage().lower()
    assert any("a bug" in record.getMessage() or record.exc_info for record in caplog.records)


def test_a_damaged_index_on_the_thread_is_said(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.search_controller

    def damaged(text: str, limit: int = 20, correct: bool = True, language: str | None = None) -> SearchResult:
        raise ReaderError("no search index")

    monkeypatch.setattr(controller.searcher, "search", damaged)
    controller.search("nausea")
    qtbot.waitUntil(lambda: not controller._pending)
    assert "search cannot be used" in window.statusBar().currentMessage().lower()


def test_shutdown_stops_the_thread(window: MainWindow) -> None:
    controller = window.search_controller
    assert controller._runner is not None
    executor = controller._runner._executor
    assert executor is not None
    controller.search("nausea")
    threads = list(executor._threads)
    assert threads
    controller.shutdown()
    assert not any(thread.is_alive() for thread in threads)


def test_the_warm_up_freezes_start_up_s_objects_even_when_typing_begins_at_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    # The fixture's warm-up is asked for; a search typed before it runs must not make it stale.
    window.search_controller.search("nausea")
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
    qtbot.waitUntil(lambda: not window.search_controller._pending)
    assert window.search_controller.panel.hit_ids()
