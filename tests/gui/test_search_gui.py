"""Search in the window: as you type, keyboard through results, matches, F3, Esc, suggestions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.core.search import SearchResult
from reader.gui.main_window import MainWindow


def type_query(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.search_controller.focus_box()
    qtbot.keyClicks(window.search_box, text)
    qtbot.waitUntil(lambda: not window.search_box.pending())


def test_results_appear_as_you_type(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "nausea")
    assert window.left.currentWidget() is window.search_controller.panel
    assert window.search_controller.panel.hit_ids()[:2] == [
        "ketamine-effects/short-term-side-effects",
        "ketamine-effects/summary-of-negative-effects",
    ]
    assert window.content.match_count() >= 2
    assert window.search_controller.match_label.text() == f"{window.content.match_count()} matches"


def test_stale_queries_are_dropped_not_queued(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    real = window.search_controller.searcher.search

    def counting(text: str, limit: int = 20, correct: bool = True, language: str | None = None) -> SearchResult:
        asked.append(text)
        return real(text, limit, correct, language=language)

    monkeypatch.setattr(window.search_controller.searcher, "search", counting)
    type_query(window, qtbot, "hallucinations")
    assert asked == ["hallucinations"]


def test_keyboard_through_results_and_into_a_section(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "side effects")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    results = window.search_controller.panel.results
    assert results.hasFocus()
    assert results.currentRow() == 0
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert results.currentRow() == 1
    chosen = window.search_controller.panel.hit_ids()[1]
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert window.content.current_section() == chosen
    assert window.search_controller.match_label.text().startswith("match ")
    qtbot.keyClick(results, Qt.Key.Key_Up)
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert window.search_box.hasFocus()


def test_opening_a_hit_brings_its_first_match_into_view(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "queasiness")
    window.open_search_hit("summary-of-negative-effects")
    number = window.content.current_match()
    assert number >= 0
    cursor = window.content._matches[number]
    start = window.content.document().find("Summary of Negative Effects").position()
    assert cursor.selectionStart() > start
    rect = window.content.cursorRect(cursor)
    assert 0 <= rect.top() <= window.content.viewport().height()


def test_f3_steps_through_matches(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "hallucinations")
    count = window.content.match_count()
    assert count >= 4
    qtbot.keyClick(window.search_box, Qt.Key.Key_F3)
    assert window.search_controller.match_label.text() == f"match 1 of {count}"
    qtbot.keyClick(window.search_box, Qt.Key.Key_F3)
    assert window.search_controller.match_label.text() == f"match 2 of {count}"
    qtbot.keyClick(window.search_box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.search_controller.match_label.text() == f"match 1 of {count}"
    qtbot.keyClick(window.search_box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.search_controller.match_label.text() == f"match {count} of {count}"
    assert window.content.section_at_top() != ""


def test_enter_in_the_box_opens_the_top_result_and_reads_it(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "side efects")
    top = window.search_controller.panel.hit_ids()[0]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.content.current_section() == top
    assert window.content.hasFocus()
    assert "F3" in window.statusBar().currentMessage()


def test_enter_in_the_results_opens_the_hit_and_reads_it(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "nausea")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    results = window.search_controller.panel.results
    qtbot.keyClick(results, Qt.Key.Key_Down)
    second = window.search_controller.panel.hit_ids()[1]
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert window.content.current_section() == second
    assert window.content.hasFocus()
    assert window.search_box.accessibleDescription().endswith("2 sections found")  # what a screen reader says


def test_enter_in_the_box_opens_the_selected_result(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "nausea")
    panel = window.search_controller.panel
    panel.results.setCurrentRow(1)
    window.search_controller.focus_box()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Enter)
    assert window.content.current_section() == panel.hit_ids()[1]


def test_enter_before_the_pause_searches_then_opens(window: MainWindow, qtbot: QtBot) -> None:
    window.search_controller.focus_box()
    qtbot.keyClicks(window.search_box, "hallucinations")
    assert window.search_box.pending()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.content.current_section() == "ketamine-effects/hallucinations"


def _headings(window: MainWindow) -> list[tuple[int, str]]:
    """(position, section id) of each section's heading, found by its title in the text."""
    found, start = [], 0
    for section_id in window.content.section_ids():
        cursor = window.content.document().find(window.catalog.parts(section_id)[-1], start)
        found.append((cursor.selectionStart(), section_id))
        start = cursor.selectionEnd()
    return found


def test_status_bar_names_the_section_holding_the_match(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1000, 900)
    type_query(window, qtbot, "ketamine")
    headings = _headings(window)
    seen = set()
    for _ in range(window.content.match_count()):
        qtbot.keyClick(window.content, Qt.Key.Key_F3)
        match = window.content._matches[window.content.current_match()].selectionStart()
        holder = [section_id for position, section_id in headings if position <= match][-1]
        assert window.path_label.full_text().endswith(window.catalog.parts(holder)[-1])
        seen.add(holder)
    assert len(seen) > 5


def _cleared(window: MainWindow) -> bool:
    return (
        window.search_box.text() == ""
        and window.content.extraSelections() == []
        and window.left.currentWidget() is window.tree
        and window.content.hasFocus()
        and window.search_controller.match_label.text() == ""
    )


@pytest.mark.parametrize("where", ["results", "article"])
def test_escape_clears_the_search_wherever_it_lives(window: MainWindow, qtbot: QtBot, where: str) -> None:
    type_query(window, qtbot, "ketamine")
    pane: QWidget
    if where == "results":
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
        pane = window.search_controller.panel.results
    else:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
        pane = window.content
    assert pane.hasFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Escape)
    assert _cleared(window)
    assert not window.window_actions.clear_search.isEnabled()


def test_back_returns_to_where_the_reader_was_before_the_search(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1000, 700)
    window.open_section("the-positive-effects-of-ketamine")
    window.open_section("what-is-ketamine")
    window.content.verticalScrollBar().setValue(window.content.verticalScrollBar().value() + 40)
    reading = window.content.position()
    assert reading.section_id == "ketamine-effects/what-is-ketamine"
    assert reading.offset > 0
    type_query(window, qtbot, "hallucinations")
    qtbot.keyClick(window.content, Qt.Key.Key_F3)  # a match shown moves the text
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.content.current_section() == "ketamine-effects/hallucinations"
    qtbot.keyClick(window.content, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.content.position() == reading


def test_escape_clears_everything_and_returns_to_the_article(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "ketamine")
    assert window.content.extraSelections()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.content.extraSelections() == []
    assert window.left.currentWidget() is window.tree
    assert window.content.hasFocus()
    assert window.search_controller.match_label.text() == ""


@pytest.mark.parametrize("key", ["Ctrl+F", "Ctrl+K"])
def test_find_shortcuts_focus_the_box(window: MainWindow, qtbot: QtBot, key: str) -> None:
    window.search_box.setText("old words")
    window.content.setFocus()
    qtbot.keyClick(
        window.content, Qt.Key.Key_F if key == "Ctrl+F" else Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )
    assert window.search_box.hasFocus()
    assert window.search_box.selectedText() == "old words"


def test_no_results_offers_a_clickable_suggestion(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "halucinashuns")
    status = window.search_controller.panel.status.text()
    assert "No results" in status
    assert "Did you mean" in status
    assert "hallucinations" in status
    window.search_controller.panel.status.linkActivated.emit("suggestion")
    assert window.search_box.text() == "hallucinations"
    assert window.search_controller.panel.hit_ids()[0] == "ketamine-effects/hallucinations"


def test_corrected_query_can_be_searched_as_typed(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "halucinations")
    assert "Showing results for <b>hallucinations</b>" in window.search_controller.panel.status.text()
    window.search_controller.panel.status.linkActivated.emit("original")
    assert window.search_controller.panel.hit_ids() == []
    assert "No results" in window.search_controller.panel.status.text()


def test_search_option_opens_with_the_search_done(window: MainWindow) -> None:
    window.search_box.set_query("dosage")
    assert window.search_box.text() == "dosage"
    assert window.search_controller.panel.hit_ids()[0] == "ketamine-effects/key-safety-tips"


def test_clearing_the_box_shows_the_tree_again(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "pain")
    window.search_box.clear()
    window.search_box.search_now()
    assert window.left.currentWidget() is window.tree
    assert window.content.match_count() == 0


def test_f6_reaches_the_results_when_searching(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "pain")
    qtbot.keyClick(window.search_box, Qt.Key.Key_F6)
    assert window.search_controller.panel.hasFocus() or window.search_controller.panel.isAncestorOf(
        window.focusWidget()
    )
