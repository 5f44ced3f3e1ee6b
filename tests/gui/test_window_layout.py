"""The window for a nurse: visible focus, a narrow screen, zoom everywhere, Top, shortcuts, table copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.gui import theme
from reader.gui.focus_frame import FRAME_WIDTH, FocusFrame, focus_colour
from reader.gui.main_window import NARROW_WIDTH, MainWindow
from reader.gui.shortcuts_dialog import ShortcutsDialog, shortcut_rows

from .conftest import WindowFactory


def _frame_pixel(frame: FocusFrame) -> QColor:
    """The colour painted in the frame's margin, halfway down its left side."""
    return frame.grab().toImage().pixelColor(FRAME_WIDTH // 2, frame.height() // 2)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("pane", ["tree", "content", "results"])
def test_the_focused_pane_is_framed_visibly(window: MainWindow, qtbot: QtBot, scheme: str, pane: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, scheme)
    if pane == "results":
        window.search_controller.start("nausea")
    widget: QWidget = window.search_controller.panel.results if pane == "results" else getattr(window, pane)
    frame, other = (
        (window.content_frame, window.left_frame) if pane == "content" else (window.left_frame, window.content_frame)
    )
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    assert frame.has_focus_inside()
    assert not other.has_focus_inside()
    painted = _frame_pixel(frame)
    assert painted == focus_colour(frame.palette())
    background = frame.palette().color(frame.backgroundRole())
    assert theme.contrast_ratio(painted, background) >= 3
    assert theme.contrast_ratio(painted, window.palette().base().color()) >= 3
    assert _frame_pixel(other) != painted  # the pane without the focus has no frame


def test_f6_moves_the_frame_with_the_focus(window: MainWindow, qtbot: QtBot) -> None:
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(window.tree, Qt.Key.Key_F6)
    assert window.content.hasFocus()
    assert window.content_frame.has_focus_inside()
    assert not window.left_frame.has_focus_inside()


def test_a_narrow_window_folds_the_sections_away_and_keeps_the_search_box(window: MainWindow, qtbot: QtBot) -> None:
    window.open_section("what-should-i-anticipate-during-a-ketamine-treatment-session")
    window.resize(512, 600)
    qtbot.waitUntil(lambda: not window.left_frame.isVisible())
    assert not window.window_actions.toggle_tree.isChecked()
    qtbot.waitUntil(lambda: window.content.width() >= 480)  # the article takes the width
    box = window.search_box
    assert box.isVisible()
    assert box.width() >= 150
    assert window.toolbar.rect().contains(box.geometry())
    path = window.path_label
    qtbot.waitUntil(lambda: path.text() != path.full_text())  # a long path is cut at its start, not its end
    assert path.text().startswith("…")
    assert path.text()[-8:] == path.full_text()[-8:]
    window.resize(NARROW_WIDTH + 200, 600)
    qtbot.waitUntil(window.left_frame.isVisible)  # wide again: the list comes back as the user left it


def test_f9_toggles_the_sections_and_the_choice_is_remembered(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    assert window.left_frame.isVisible()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F9)
    assert not window.left_frame.isVisible()
    assert window.content.hasFocus()  # the focus does not stay in a hidden pane
    assert window.panes() == [window.content, window.search_box]
    window.close()
    again = make_window()
    assert not again.left_frame.isVisible()
    qtbot.keyClick(again.content, Qt.Key.Key_F9)
    assert again.left_frame.isVisible()


def test_zoom_reaches_the_sections_and_the_results(window: MainWindow, qtbot: QtBot) -> None:
    window.search_controller.start("nausea")
    window.search_controller.cancel()
    tree_size = window.tree.font().pointSizeF()
    results_size = window.search_controller.panel.results.font().pointSizeF()
    menu_size = window.menuBar().font().pointSizeF()
    for _ in range(3):
        qtbot.keyClick(window.content, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.tree.font().pointSizeF() == tree_size + 3
    assert window.search_controller.panel.results.font().pointSizeF() == results_size + 3
    assert window.menuBar().font().pointSizeF() == menu_size


def test_ctrl_home_goes_to_the_top_and_back_returns(window: MainWindow, qtbot: QtBot) -> None:
    window.open_section("conclusion")
    for pane in (window.content, window.tree):
        pane.setFocus()
        qtbot.keyClick(pane, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        assert window.content.verticalScrollBar().value() == 0
        assert window.tree.currentIndex().data() == window.catalog.parts(window.content.current_section())[-1]
        window.go(-1)
        assert window.content.current_section() == "ketamine-effects/conclusion"


def test_the_shortcuts_list_is_built_from_the_actions(window: MainWindow, qtbot: QtBot) -> None:
    rows = shortcut_rows(window.window_actions)
    described = " ".join(what for _, what in rows)
    for action in window.window_actions.all():
        if action.shortcuts():
            assert action.statusTip() in described
    assert any(keys == "F9" for keys, _ in rows)
    assert any(keys == "Esc" and "Clear search" in what for keys, what in rows)
    dialog = ShortcutsDialog(window.window_actions, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows)
    window.window_actions.find_next.setShortcut("Ctrl+J")  # the list follows the actions
    assert ("Ctrl+J", "Find next: Go to the next match") in shortcut_rows(window.window_actions)


def _select(window: MainWindow, first: str, last: str) -> None:
    """Select the article's text from the first words found to the end of the last ones."""
    document = window.content.document()
    cursor = QTextCursor(document)
    cursor.setPosition(document.find(first).selectionStart())
    cursor.setPosition(document.find(last).selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    window.content.setTextCursor(cursor)


def test_a_copied_table_is_tab_separated_one_row_a_line(window: MainWindow) -> None:
    _select(window, "Usage", "Shows guarantee in reducing signs of PTSD.")
    text = window.content.createMimeDataFromSelection().text()
    lines = text.splitlines()
    assert lines[0] == "Usage\tDescription"
    assert lines[1] == "Anesthesia\tUtilized in surgeries for sedation and discomfort relief."
    assert lines[-1] == "PTSD\tShows guarantee in reducing signs of PTSD."
    assert len(lines) == 5
    assert "<table" in window.content.createMimeDataFromSelection().html()  # rich paste keeps the table


def test_copied_text_outside_tables_is_qts_own(window: MainWindow) -> None:
    document = window.content.document()
    found = document.find("What is Ketamine?")
    window.content.setTextCursor(found)
    assert window.content.createMimeDataFromSelection().text() == "What is Ketamine?"


def test_text_running_into_a_table_keeps_its_rows(window: MainWindow) -> None:
    _select(window, "Table 1: Common Uses of Ketamine", "Handy in treating chronic discomfort syndromes.")
    lines = [line for line in window.content.createMimeDataFromSelection().text().splitlines() if line]
    assert lines[0] == "Table 1: Common Uses of Ketamine"
    # A selection from outside a table into it takes the whole table (as Qt draws it).
    assert lines[1:3] == ["Usage\tDescription", "Anesthesia\tUtilized in surgeries for sedation and discomfort relief."]
    assert lines[-1] == "Substance Abuse Disorders\tExamined for its prospective to reduce yearnings."
    assert all(line.count("\t") == 1 for line in lines[1:])
