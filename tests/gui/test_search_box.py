"""The search box on its own: a search once typing pauses, and the keys that drive search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from reader.gui.search_box import DEBOUNCE_MS, HINT, SearchBox


@pytest.fixture
def box(qtbot: QtBot) -> SearchBox:
    widget = SearchBox()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def test_one_search_once_typing_pauses(box: SearchBox, qtbot: QtBot) -> None:
    with qtbot.waitSignal(box.search_requested, timeout=DEBOUNCE_MS * 10) as blocker:
        qtbot.keyClicks(box, "nausea")
    assert blocker.args == ["nausea"]
    with qtbot.assertNotEmitted(box.search_requested, wait=DEBOUNCE_MS * 2):
        box.search_now()  # the same text again: no second search


@pytest.mark.parametrize(
    ("key", "modifier", "signal"),
    [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "open_requested"),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.NoModifier, "open_requested"),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, "cancel_requested"),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier, "results_focus_requested"),
    ],
)
def test_keys(box: SearchBox, qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier, signal: str) -> None:
    box.setText("ketamine")
    with qtbot.waitSignal(getattr(box, signal), timeout=1000):
        qtbot.keyClick(box, key, modifier)


def test_escape_drops_the_pending_search(box: SearchBox, qtbot: QtBot) -> None:
    qtbot.keyClicks(box, "keta")
    assert box.pending()
    with qtbot.assertNotEmitted(box.search_requested, wait=DEBOUNCE_MS * 3):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.pending()


def test_clear_search_empties_the_box_and_forgets_the_last_query(box: SearchBox, qtbot: QtBot) -> None:
    box.set_query("nausea")
    box.clear_search()
    assert box.text() == ""
    with qtbot.waitSignal(box.search_requested, timeout=1000) as blocker:
        box.set_query("nausea")  # the same query after a clear is a new search
    assert blocker.args == ["nausea"]


def test_the_clear_button_has_a_name(box: SearchBox, qtbot: QtBot) -> None:
    assert box.findChildren(QToolButton) == []  # none until the first keystroke (start-up)
    qtbot.keyClicks(box, "n")
    buttons = box.findChildren(QToolButton)
    assert buttons
    assert {button.accessibleName() for button in buttons} == {"Clear the search"}


def test_the_status_is_the_description_until_the_search_is_cleared(box: SearchBox) -> None:
    assert box.accessibleDescription() == HINT
    box.set_status("3 sections found")
    assert box.accessibleDescription() == "3 sections found"
    box.set_status("")
    assert box.accessibleDescription() == HINT
    box.set_status("No section mentions “pregnant”.")
    box.clear_search()
    assert box.accessibleDescription() == HINT


def test_warm_up_changes_nothing_the_person_sees(box: SearchBox, qtbot: QtBot) -> None:
    box.warm_up()
    assert not box.isClearButtonEnabled()  # shown only once something is typed
    assert box.text() == ""
    qtbot.keyClicks(box, "a")
    assert box.isClearButtonEnabled()
